"""The reading room: a web UI over the event store, with the JSON API of :mod:`tidings.api` under ``/api/``.

``create_app(store)`` builds the FastAPI app; ``tidings serve`` runs it with uvicorn. Every page is built from
the same data function as its JSON twin and rendered by Jinja2 with autoescaping, so article text and comments
are always shown as text. Every asset (CSS, a small script, the offline world map) is served from
``tidings/static``; pages work with JavaScript off.

Security: admins log in with a password hashed by argon2 (``tidings admin create``); the session is a
cookie signed with the site's secret (kept in the store's ``site_settings``); every form carries a CSRF token
bound to the session; comment posting and login attempts are rate limited; responses carry a strict
Content Security Policy (no inline script), ``nosniff``, ``frame-ancestors 'none'`` and a same-origin referrer
policy. Clients never see a stack trace: the API answers one JSON error shape, pages a plain error page.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import itertools
import json
import logging
import math
import re
import secrets
import threading
import time
from collections import defaultdict, deque
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi import FastAPI, Form, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tidings import api
from tidings.api import CORRECTABLE, EventQuery, EventQueryDep, WebError
from tidings.errors import TidingsError
from tidings.records import MODALITIES, PLOVER_TYPES
from tidings.store import ORDERS, ArticleFilter, Store
from tidings.stories import url_host

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
SESSION_COOKIE = "tidings_session"
SESSION_HOURS = 8
MAX_NAME, MAX_EMAIL, MAX_COMMENT = 100, 254, 5000
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
QUAD_COLOURS = {1: "#2f7d3b", 2: "#1f5fa8", 3: "#d9822b", 4: "#c0392b"}
QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
        b"form-action 'self'; frame-ancestors 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
_HASHER = PasswordHasher()
_DUMMY_HASH = _HASHER.hash(secrets.token_urlsafe(16))


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify_password(stored: str | None, password: str) -> bool:
    """True when ``password`` matches; a missing user costs the same time as a wrong password."""
    try:
        return _HASHER.verify(stored or _DUMMY_HASH, password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False


# -- middleware and rate limits ------------------------------------------------------------------------------
class SecurityHeaders:
    """Adds the security headers to every response (pure ASGI, so streamed downloads stay streamed)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + SECURITY_HEADERS
            await send(message)

        await self.app(scope, receive, send_with_headers)


class RateLimit:
    """At most ``limit`` events per key in a sliding ``window`` of seconds (in this process's memory)."""

    def __init__(self, limit: int, window: float) -> None:
        self.limit, self.window = limit, window
        self._seen: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def hit(self, key: str) -> bool:
        """Count one event for ``key``; False when it is over the limit (and then it is not counted)."""
        now = time.monotonic()
        with self._lock:
            seen = self._seen[key]
            while seen and seen[0] <= now - self.window:
                seen.popleft()
            if len(seen) >= self.limit:
                return False
            seen.append(now)
            return True


# -- small helpers for templates -----------------------------------------------------------------------------
def _parse_when(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def dateline(value: str | None) -> str:
    """``2023-01-13T11:42`` as the seed page shows it: ``Friday 13 January 2023 - 11:42``."""
    moment = _parse_when(value)
    if moment is None:
        return value or ""
    day = f"{moment:%A} {moment.day} {moment:%B %Y}"
    has_time = value is not None and "T" in value
    return f"{day} - {moment:%H:%M}" if has_time else day


def _timestamp_text(value: str | None) -> str:
    moment = _parse_when(value)
    return f"{moment.day} {moment:%B %Y} at {moment:%H:%M}" if moment else (value or "")


def highlight(text: str, events: list[dict[str, Any]]) -> Markup:
    """The article body as paragraphs, each event's evidence marked and linked to the event's page.

    Where evidence of several events overlaps, the mark links to the first; every other event gets a small
    link of its own where its evidence ends, so each event is one click away from its sentence."""
    spans = []
    for event in events:
        for item in event.get("evidence") or []:
            start, end = int(item["start"]), int(item["end"])
            if 0 <= start < end <= len(text):
                spans.append((start, end, event))
    anchored: set[str] = set()
    linked: set[str] = set()
    out: list[str] = []
    for line in re.finditer(r"[^\n]+", text):
        para_start, para_end = line.span()
        inside = [
            (max(s, para_start), min(e, para_end), ev)
            for s, e, ev in spans
            if s < para_end and e > para_start
        ]
        points = sorted({para_start, para_end, *(s for s, _, _ in inside), *(e for _, e, _ in inside)})
        parts: list[str] = []
        for a, b in itertools.pairwise(points):
            piece = escape(text[a:b])
            covering = [ev for s, e, ev in inside if s <= a and e >= b]
            if not covering:
                parts.append(str(piece))
                continue
            for ev in covering:
                if ev["id"] not in anchored:
                    anchored.add(ev["id"])
                    parts.append(f'<span class="anchor" id="evidence-{escape(ev["id"])}"></span>')
            first = covering[0]
            linked.add(first["id"])
            label = escape(", ".join(f"{ev['type']} ({ev.get('mode') or ''})" for ev in covering))
            kind = " multi" if len(covering) > 1 else ""
            parts.append(
                f'<mark class="evidence{kind}" data-event="{escape(first["id"])}">'
                f'<a href="/events/{escape(first["id"])}" title="{label}">{piece}</a></mark>'
            )
            for _, e, ev in inside:
                if e == b and ev["id"] not in linked:
                    linked.add(ev["id"])
                    title = f"{ev['type']} ({ev.get('mode') or ''})"
                    parts.append(
                        f'<sup class="evref"><a href="/events/{escape(ev["id"])}" title="{escape(title)}">'
                        f"{escape(ev['type'])}</a></sup>"
                    )
        out.append("<p>" + "".join(parts) + "</p>")
    return Markup("\n".join(out))


def actor_label(actor: dict[str, Any] | None) -> str:
    if not actor:
        return ""
    return str(actor.get("name") or actor.get("text") or "")


@lru_cache(maxsize=1)
def world_map() -> dict[str, Any]:
    """The offline base map (Natural Earth 1:110m, see tools/build_basemap.py), read once."""
    data: dict[str, Any] = json.loads((HERE / "static" / "world-110m.json").read_text(encoding="utf-8"))
    return data


def project(lon: float, lat: float) -> tuple[float, float]:
    """Equirectangular, as the base map: 2 canvas units per degree."""
    return round((lon + 180.0) * 2, 1), round((90.0 - lat) * 2, 1)


def map_layout(places: list[dict[str, Any]]) -> dict[str, Any]:
    top = max((p["events"] for p in places), default=1)
    dots = []
    for place in places:
        if place.get("lat") is None or place.get("lon") is None:
            continue
        x, y = project(place["lon"], place["lat"])
        radius = round(2.5 + 9 * math.sqrt(place["events"] / top), 1)
        dots.append({**place, "x": x, "y": y, "r": radius})
    active = {p.get("country") for p in places}
    return {"base": world_map(), "dots": dots, "active": active}


def network_layout(graph: dict[str, Any], size: int = 900) -> dict[str, Any]:
    """Nodes on a circle, most active first from the top; sizes by activity, edges by QuadClass."""
    nodes, centre, ring = graph["nodes"], size / 2, size / 2 - 190
    top = max((n["events"] for n in nodes), default=1)
    placed = {}
    count = max(len(nodes), 1)
    # Spread the most active actors around the circle (a step coprime with the count visits every slot).
    step = next((k for k in range(max(1, round(count * 0.382)), count + 1) if math.gcd(k, count) == 1), 1)
    for i, node in enumerate(nodes):
        angle = 2 * math.pi * ((i * step) % count) / count - math.pi / 2
        x, y = centre + ring * math.cos(angle), centre + ring * math.sin(angle)
        label_x = centre + (ring + 16) * math.cos(angle)
        label_y = centre + (ring + 16) * math.sin(angle)
        anchor = "start" if math.cos(angle) > 0.2 else "end" if math.cos(angle) < -0.2 else "middle"
        placed[node["id"]] = {
            **node,
            "x": round(x, 1),
            "y": round(y, 1),
            "r": round(4 + 16 * math.sqrt(node["events"] / top), 1),
            "lx": round(label_x, 1),
            "ly": round(label_y + 4, 1),
            "anchor": anchor,
        }
    top_edge = max((e["events"] for e in graph["edges"]), default=1)
    edges = [
        {
            **edge,
            "x1": placed[edge["source"]]["x"],
            "y1": placed[edge["source"]]["y"],
            "x2": placed[edge["target"]]["x"],
            "y2": placed[edge["target"]]["y"],
            "width": round(1 + 4 * edge["events"] / top_edge, 1),
            "colour": QUAD_COLOURS.get(edge.get("quad_class") or 0, "#888"),
        }
        for edge in graph["edges"]
    ]
    return {"size": size, "nodes": list(placed.values()), "edges": edges}


def _templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    env = templates.env
    env.filters.update(dateline=dateline, stamp=_timestamp_text, actor=actor_label)
    env.globals.update(
        plover_types=PLOVER_TYPES,
        modalities=MODALITIES,
        orders=ORDERS,
        correctable=CORRECTABLE,
        quad_colours=QUAD_COLOURS,
        quad_names=QUAD_NAMES,
        qs=api.query_string,
        actor_ids=api.actor_ids,
    )
    return templates


# -- the app -------------------------------------------------------------------------------------------------
def create_app(
    store: Store,
    *,
    moderate_comments: bool = True,
    comment_limit: int = 5,
    comment_window: float = 600.0,
    login_limit: int = 10,
    secret_key: str | None = None,
    https_only: bool = False,
) -> FastAPI:
    """The reading room over ``store``. Comments wait for approval unless ``moderate_comments`` is False;
    one address may post ``comment_limit`` comments per ``comment_window`` seconds."""
    secret = secret_key or store.site_setting("session_secret", lambda: secrets.token_urlsafe(48))
    app = FastAPI(
        title="tidings",
        summary="The reading room's JSON API over the tidings event record",
        docs_url=None,  # the interactive docs load their scripts from a CDN: only the document is served
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.store = store
    app.state.moderate_comments = moderate_comments
    app.state.secret = secret
    app.state.comment_limit = (comment_limit, comment_window)
    app.state.login_limit = RateLimit(login_limit, 600.0)
    app.state.templates = _templates()
    app.add_middleware(
        SessionMiddleware,
        secret_key=secret,
        session_cookie=SESSION_COOKIE,
        max_age=SESSION_HOURS * 3600,
        same_site="lax",
        https_only=https_only,
    )
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(api.router)
    app.include_router(_admin_api_router())
    _add_error_handlers(app)
    _add_pages(app)
    return app


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def error_response(request: Request, status: int, code: str, message: str) -> Response:
    if _wants_json(request):
        return JSONResponse(
            {"error": {"status": status, "code": code, "message": message}}, status_code=status
        )
    templates: Jinja2Templates = request.app.state.templates
    context = {"status": status, "code": code, "message": message, "user": None, "twin": None}
    return templates.TemplateResponse(request, "error.html", context, status_code=status)


_HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    429: "rate_limited",
}


def _add_error_handlers(app: FastAPI) -> None:
    async def web_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, WebError)
        return error_response(request, exc.status, exc.code, exc.message)

    async def tidings_error(request: Request, exc: Exception) -> Response:
        return error_response(request, 400, "bad_request", str(exc))

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        message = "not found" if exc.status_code == 404 else str(exc.detail)
        return error_response(request, exc.status_code, _HTTP_CODES.get(exc.status_code, "error"), message)

    async def invalid(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        problems = []
        for error in exc.errors():
            where = ".".join(str(part) for part in error.get("loc", ())[1:]) or "request"
            problems.append(f"{where}: {error.get('msg', 'invalid')}")
        return error_response(request, 400, "bad_request", "; ".join(problems) or "invalid request")

    async def crashed(request: Request, exc: Exception) -> Response:
        log.exception("error serving %s", request.url.path, exc_info=exc)
        return error_response(request, 500, "internal_error", "something went wrong on our side")

    app.add_exception_handler(WebError, web_error)
    app.add_exception_handler(TidingsError, tidings_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(Exception, crashed)


# -- sessions, CSRF, admins ----------------------------------------------------------------------------------
def csrf_token(request: Request) -> str:
    token = request.session.get("csrf")
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token


def check_csrf(request: Request, sent: str) -> None:
    expected = request.session.get("csrf")
    if not isinstance(expected, str) or not sent or not hmac.compare_digest(expected, sent):
        raise WebError(403, "csrf", "this form has expired or did not come from this site; reload the page")


def current_user(request: Request) -> str | None:
    user = request.session.get("user")
    return user if isinstance(user, str) else None


def require_admin(request: Request) -> str:
    user = current_user(request)
    if user is None:
        raise WebError(401, "unauthorized", "log in as an admin first")
    return user


def client_hash(request: Request) -> str:
    """A keyed hash of the client's address: enough to rate limit, useless to anyone without the secret."""
    host = request.client.host if request.client else "unknown"
    return hmac.new(request.app.state.secret.encode(), host.encode(), hashlib.sha256).hexdigest()[:32]


def render(
    request: Request, name: str, context: dict[str, Any], *, twin: str | None, status: int = 200
) -> Response:
    templates: Jinja2Templates = request.app.state.templates
    full = {"csrf": csrf_token(request), "user": current_user(request), "twin": twin, **context}
    return templates.TemplateResponse(request, name, full, status_code=status)


def _store(request: Request) -> Store:
    return api.store_of(request)


def _admin_api_router() -> Any:
    from fastapi import APIRouter

    router = APIRouter(prefix="/api/admin", tags=["admin"])

    @router.get("/queue", summary="Comments and corrections waiting for review (admins only)")
    def admin_queue(request: Request) -> dict[str, Any]:
        require_admin(request)
        return admin_data(_store(request))

    return router


def admin_data(store: Store) -> dict[str, Any]:
    return {
        "pending_comments": store.comments(status="pending"),
        "recent_comments": store.comments(status="approved")[-20:],
        "pending_corrections": store.corrections(status="pending"),
        # Corrections whose event a new text of the article no longer gives: kept for a person to redo.
        "detached_corrections": [c for c in store.corrections(detached=True) if c["status"] != "rejected"],
    }


# -- pages ---------------------------------------------------------------------------------------------------
FormText = Annotated[str, Form()]


def _add_pages(app: FastAPI) -> None:
    @app.get("/", include_in_schema=False)
    def home() -> Response:
        return RedirectResponse("/events", status_code=303)

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events(request: Request, q: EventQueryDep) -> Response:
        data = api.events_page(_store(request), q)
        return render(
            request, "events.html", {"data": data, "q": q}, twin="/api/events?" + api.query_string(q.params())
        )

    @app.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def event(request: Request, event_id: str) -> Response:
        return _event_view(request, event_id)

    @app.post("/events/{event_id}/corrections", include_in_schema=False)
    def correct(
        request: Request,
        event_id: str,
        field: FormText = "",
        value: FormText = "",
        note: FormText = "",
        csrf: FormText = "",
    ) -> Response:
        check_csrf(request, csrf)
        user = require_admin(request)
        store = _store(request)
        current = store.event(event_id)
        if current is None:
            raise api.not_found("event", event_id)
        try:
            corrected = api.parse_correction(field, value)
        except WebError as exc:
            return _event_view(request, event_id, problem=exc.message, status=400)
        store.add_correction(
            event_id,
            field,
            original=api.current_value(current, field),
            corrected=corrected,
            note=note.strip()[:1000] or None,
            author=user,
        )
        return RedirectResponse(f"/events/{event_id}?corrected=1#corrections", status_code=303)

    @app.get("/articles", response_class=HTMLResponse, include_in_schema=False)
    def articles(
        request: Request,
        text: str | None = None,
        site: str | None = None,
        country: str | None = None,
        limit: int = Query(api.DEFAULT_LIMIT, ge=1, le=api.MAX_LIMIT),
        offset: int = Query(0, ge=0),
    ) -> Response:
        f = ArticleFilter(text=api._clean(text), site=api._clean(site), country=api._clean(country))
        data = api.articles_page(_store(request), f, limit=limit, offset=offset)
        params = {"text": f.text, "site": f.site, "country": f.country}
        return render(
            request,
            "articles.html",
            {"data": data, "params": params},
            twin="/api/articles?" + api.query_string(params),
        )

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article(request: Request, article_id: str, comment: str | None = None) -> Response:
        return _article_view(request, article_id, notice=comment)

    @app.post("/articles/{article_id}/comments", include_in_schema=False)
    def post_comment(
        request: Request,
        article_id: str,
        name: FormText = "",
        email: FormText = "",
        comment: FormText = "",
        csrf: FormText = "",
    ) -> Response:
        check_csrf(request, csrf)
        store = _store(request)
        if store.article(article_id) is None:
            raise api.not_found("article", article_id)
        form = {"name": name.strip(), "email": email.strip(), "comment": comment.strip()}
        problems = comment_problems(form)
        if problems:
            return _article_view(request, article_id, form=form, problems=problems, status=400)
        who = client_hash(request)
        # Counted in the store, so the limit holds across restarts and worker processes.
        limit, window = request.app.state.comment_limit
        since = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=window)
        if store.recent_comment_count(who, since) >= limit:
            raise WebError(429, "rate_limited", "too many comments from your address; try again later")
        status = "pending" if request.app.state.moderate_comments else "approved"
        store.add_comment(
            article_id,
            name=form["name"],
            email=form["email"],
            body=form["comment"],
            status=status,
            ip_hash=who,
        )
        return RedirectResponse(f"/articles/{article_id}?comment={status}#comments", status_code=303)

    @app.get("/actors", response_class=HTMLResponse, include_in_schema=False)
    def actors(
        request: Request,
        q: str | None = None,
        country: str | None = None,
        limit: int = Query(api.DEFAULT_LIMIT, ge=1, le=api.MAX_LIMIT),
        offset: int = Query(0, ge=0),
    ) -> Response:
        text, where = api._clean(q), api._clean(country)
        data = api.actors_page(_store(request), text=text, country=where, limit=limit, offset=offset)
        params = {"q": text, "country": where}
        return render(
            request,
            "actors.html",
            {"data": data, "params": params},
            twin="/api/actors?" + api.query_string(params),
        )

    @app.get("/actors/{actor_key}", response_class=HTMLResponse, include_in_schema=False)
    def actor(request: Request, actor_key: str) -> Response:
        data = api.actor_page(_store(request), actor_key)
        types = sorted({t for month in data["timeline"] for t in month["types"]})
        top = max((m["events"] for m in data["timeline"]), default=1)
        return render(
            request, "actor.html", {"data": data, "types": types, "top": top}, twin=f"/api/actors/{actor_key}"
        )

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network(request: Request, q: EventQueryDep) -> Response:
        data = api.network_page(_store(request), q)
        return render(
            request,
            "network.html",
            {"data": data, "layout": network_layout(data), "q": q},
            twin="/api/network?" + api.query_string(q.filters()),
        )

    @app.get("/map", response_class=HTMLResponse, include_in_schema=False)
    def map_page(request: Request, q: EventQueryDep) -> Response:
        data = api.places_page(_store(request), q)
        return render(
            request,
            "map.html",
            {"data": data, "layout": map_layout(data["places"]), "q": q},
            twin="/api/places?" + api.query_string(q.filters()),
        )

    @app.get("/admin", response_class=HTMLResponse, include_in_schema=False)
    def admin(request: Request) -> Response:
        if current_user(request) is None:
            return RedirectResponse("/admin/login", status_code=303)
        return render(request, "admin.html", {"data": admin_data(_store(request))}, twin="/api/admin/queue")

    @app.get("/admin/login", response_class=HTMLResponse, include_in_schema=False)
    def login_form(request: Request) -> Response:
        return render(request, "login.html", {"problem": None}, twin=None)

    @app.post("/admin/login", include_in_schema=False)
    def login(
        request: Request, username: FormText = "", password: FormText = "", csrf: FormText = ""
    ) -> Response:
        check_csrf(request, csrf)
        if not request.app.state.login_limit.hit(client_hash(request)):
            raise WebError(429, "rate_limited", "too many login attempts; try again later")
        if not verify_password(_store(request).password_hash(username.strip()), password):
            return render(
                request, "login.html", {"problem": "wrong username or password"}, twin=None, status=401
            )
        request.session.clear()  # a fresh session (and CSRF token) on login
        request.session.update(user=username.strip(), csrf=secrets.token_urlsafe(32))
        return RedirectResponse("/admin", status_code=303)

    @app.post("/admin/logout", include_in_schema=False)
    def logout(request: Request, csrf: FormText = "") -> Response:
        check_csrf(request, csrf)
        request.session.clear()
        return RedirectResponse("/events", status_code=303)

    @app.post("/admin/comments/{comment_id}", include_in_schema=False)
    def moderate(request: Request, comment_id: int, action: FormText = "", csrf: FormText = "") -> Response:
        check_csrf(request, csrf)
        require_admin(request)
        store = _store(request)
        statuses = {"approve": "approved", "reject": "rejected"}
        if action == "delete":
            done = store.delete_comment(comment_id)
        elif action in statuses:
            done = store.set_comment_status(comment_id, statuses[action])
        else:
            raise WebError(
                400, "bad_request", f"action: unknown value '{action}'; known: approve, reject, delete"
            )
        if not done:
            raise api.not_found("comment", str(comment_id))
        return RedirectResponse("/admin#comments", status_code=303)

    @app.post("/admin/corrections/{correction_id}", include_in_schema=False)
    def review(request: Request, correction_id: int, action: FormText = "", csrf: FormText = "") -> Response:
        check_csrf(request, csrf)
        user = require_admin(request)
        statuses = {"accept": "accepted", "reject": "rejected"}
        if action not in statuses:
            raise WebError(400, "bad_request", f"action: unknown value '{action}'; known: accept, reject")
        if not _store(request).review_correction(correction_id, statuses[action], user):
            raise api.not_found("correction", str(correction_id))
        return RedirectResponse("/admin#corrections", status_code=303)


def comment_problems(form: dict[str, str]) -> dict[str, str]:
    problems = {}
    if not form["name"]:
        problems["name"] = "Please give your name."
    elif len(form["name"]) > MAX_NAME:
        problems["name"] = f"Names are at most {MAX_NAME} characters."
    if not _EMAIL.fullmatch(form["email"]) or len(form["email"]) > MAX_EMAIL:
        problems["email"] = "Please give a valid email address."
    if not form["comment"]:
        problems["comment"] = "Please write a comment."
    elif len(form["comment"]) > MAX_COMMENT:
        problems["comment"] = f"Comments are at most {MAX_COMMENT} characters."
    return problems


def _article_view(
    request: Request,
    article_id: str,
    *,
    form: dict[str, str] | None = None,
    problems: dict[str, str] | None = None,
    notice: str | None = None,
    status: int = 200,
) -> Response:
    data = api.article_page(_store(request), article_id, base_url=api.base_url_of(request))
    article = data["article"]
    context = {
        "data": data,
        "body": highlight(article.get("text") or "", data["events"]),
        "site": article.get("site") or url_host(article.get("url")),
        "form": form or {"name": "", "email": "", "comment": ""},
        "problems": problems or {},
        "notice": notice if notice in ("pending", "approved") else None,
    }
    return render(request, "article.html", context, twin=f"/api/articles/{article_id}", status=status)


def _event_view(
    request: Request, event_id: str, *, problem: str | None = None, status: int = 200
) -> Response:
    data = api.event_page(_store(request), event_id)
    context = {"data": data, "problem": problem, "sent": request.query_params.get("corrected") == "1"}
    return render(request, "event.html", context, twin=f"/api/events/{event_id}", status=status)


__all__ = ["EventQuery", "create_app", "hash_password", "verify_password"]
