"""The reading room under attack, in process through httpx.ASGITransport over a real SQLite store (examples/):
schemathesis against the OpenAPI document, injection strings in every filter, security headers, CSRF on every
form, expired and forged sessions, the login rate limit, and no stack trace in a 500."""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from itsdangerous import TimestampSigner
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from test_api import ENVOY, Client, copy_store, reading_room_template  # noqa: F401 (a fixture)
from test_web import PASSWORD, csrf_of, log_in
from tidings.store import EventFilter, Store

pytestmark = pytest.mark.model

EVENT_FILTERS = (
    "actor",
    "country",
    "source_country",
    "target_country",
    "type",
    "since",
    "until",
    "place",
    "text",
    "modality",
    "min_confidence",
    "article_id",
    "order",
)
HOSTILE = (
    "' OR 1=1 --",
    '"; DROP TABLE events; --',
    "%' --",
    "%",
    "_",
    "*",
    '" OR ""="',
    "') UNION SELECT password_hash FROM users --",
    "NEAR(a b) OR x:*",  # FTS5 and tsquery syntax
    "ünïcødé ☃ 🚀 \u202e\ufeff",
    "a\x00b",
    "\x00",
    "<script>alert(1)</script>",
    "x" * 10_000,
)


@pytest.fixture
def store(reading_room_template: Path, tmp_path: Path) -> Iterator[Store]:  # noqa: F811
    from tidings.web import hash_password

    with Store.open(str(copy_store(reading_room_template, tmp_path))) as opened:
        opened.create_user("editor", hash_password(PASSWORD))
        yield opened


def make_client(store: Store, **options: Any) -> Client:
    from tidings.web import create_app

    return Client(create_app(store, **options))


@pytest.fixture
def client(store: Store) -> Iterator[Client]:
    c = make_client(store)
    yield c
    c.close()


# -- schemathesis ------------------------------------------------------------------------------------------
def test_api_operations_never_fail_and_match_their_schema(store: Store) -> None:
    """Every GET operation of /api/openapi.json, 25 generated requests each (derandomized for CI)."""
    from tidings.web import create_app

    schema = schemathesis.openapi.from_asgi("/api/openapi.json", create_app(store)).include(method="GET")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 8
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=25,
            deadline=None,
            database=None,
            derandomize=True,
            suppress_health_check=list(HealthCheck),
        )
        def call(case: Any) -> None:
            response = case.call()
            case.validate_response(response, checks=(not_a_server_error, response_schema_conformance))
            assert "Traceback" not in response.text

        call()


def test_the_openapi_document_lists_every_api_read(client: Client) -> None:
    paths = client.get("/api/openapi.json").json()["paths"]
    reads = {"/api/events", "/api/events/{event_id}", "/api/articles", "/api/actors", "/api/stats"}
    assert reads <= set(paths)
    assert all(set(ops) == {"get"} for ops in paths.values())  # the API only reads


# -- injection ---------------------------------------------------------------------------------------------
def test_injection_in_every_filter_is_harmless(client: Client, store: Store) -> None:
    before = store.counts()
    every_event = store.count_events(EventFilter())
    for name in EVENT_FILTERS:
        for value in HOSTILE:
            for path in ("/api/events", "/events", "/api/places", "/api/stats", "/api/events.csv"):
                response = client.get(path, params={name: value})
                assert response.status_code in (200, 400), (path, name, value[:40], response.status_code)
                assert "Traceback" not in response.text
            if name in ("actor", "text", "place") and value.startswith("'"):
                # a quote that escaped into the SQL would match everything (OR 1=1)
                total = client.get("/api/events", params={name: value}).json()["total"]
                assert total < every_event, (name, value)
    for value in HOSTILE:
        for path, name in (("/api/articles", "text"), ("/api/articles", "site"), ("/api/actors", "q")):
            response = client.get(path, params={name: value})
            assert response.status_code in (200, 400), (path, name, value[:40])
        for path in ("/api/events/", "/api/articles/", "/api/actors/", "/events/", "/articles/"):
            assert client.get(path + quote(value, safe="")).status_code in (400, 404), (path, value[:40])
    assert store.counts() == before


# -- headers -----------------------------------------------------------------------------------------------
def test_security_headers_on_every_kind_of_response(client: Client) -> None:
    urls = (
        "/events",
        f"/articles/{ENVOY}",
        "/admin/login",
        "/api/events",
        "/api/openapi.json",
        "/api/events.csv",
        "/static/tidings.css",
        "/static/tidings.js",
        "/nowhere",
        "/api/nowhere",
        "/events?since=never",
    )
    for url in urls:
        response = client.get(url)
        csp = response.headers.get("content-security-policy", "")
        assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp, url
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp, url
        assert response.headers.get("x-content-type-options") == "nosniff", url
        assert "server error" not in response.text.lower() or response.status_code != 500


# -- forms -------------------------------------------------------------------------------------------------
def test_every_post_form_refuses_a_missing_or_forged_csrf_token(client: Client, store: Store) -> None:
    from tidings.web import create_app

    post_client = make_client(store, moderate_comments=False)
    event = store.events(EventFilter(), limit=1)[0]
    app = create_app(store)
    posted = {route.path for route in app.routes if "POST" in (getattr(route, "methods", None) or ())}
    forms = {
        "/articles/{article_id}/comments": (
            f"/articles/{ENVOY}/comments",
            {"name": "R", "email": "r@example.org", "comment": "hi"},
        ),
        "/events/{event_id}/corrections": (
            f"/events/{event['id']}/corrections",
            {"field": "type", "value": "AID"},
        ),
        "/admin/login": ("/admin/login", {"username": "editor", "password": PASSWORD}),
        "/admin/logout": ("/admin/logout", {}),
        "/admin/comments/{comment_id}": ("/admin/comments/1", {"action": "approve"}),
        "/admin/corrections/{correction_id}": ("/admin/corrections/1", {"action": "accept"}),
    }
    assert posted == set(forms), "a new form needs its CSRF check tested here"
    log_in(post_client)
    for url, data in forms.values():
        for token in (None, "forged", ""):
            sent = data if token is None else {**data, "csrf": token}
            response = post_client.post(url, data=sent)
            assert response.status_code == 403, (url, token)
            assert "this form has expired or did not come from this site; reload the page" in response.text
    assert post_client.get("/admin").status_code == 200  # the refused logout left the session alone
    assert store.comments() == [] and store.corrections() == []
    post_client.close()


# -- sessions ----------------------------------------------------------------------------------------------
def _session_cookie(secret: str, session: dict[str, Any], *, age: float) -> str:
    """A cookie as Starlette's SessionMiddleware writes it, signed ``age`` seconds ago."""

    class Backdated(TimestampSigner):
        def get_timestamp(self) -> int:
            return int(time.time() - age)

    data = base64.b64encode(json.dumps(session).encode())
    return Backdated(secret).sign(data).decode()


def test_expired_and_forged_sessions_are_not_accepted(client: Client, store: Store) -> None:
    from tidings.web import SESSION_COOKIE, SESSION_HOURS

    secret = client_secret(client)
    fresh = _session_cookie(secret, {"user": "editor"}, age=60)
    client.client.cookies.set(SESSION_COOKIE, fresh)
    assert client.get("/admin").status_code == 200  # the way the cookies are made here is right
    client.client.cookies.clear()
    expired = _session_cookie(secret, {"user": "editor"}, age=SESSION_HOURS * 3600 + 60)
    client.client.cookies.set(SESSION_COOKIE, expired)
    assert client.get("/admin").status_code == 303
    assert client.get("/api/admin/queue").status_code == 401
    client.client.cookies.clear()
    forged = _session_cookie("not-the-secret", {"user": "editor"}, age=0)
    client.client.cookies.set(SESSION_COOKIE, forged)
    assert client.get("/admin").status_code == 303
    client.client.cookies.clear()
    unsigned = base64.b64encode(json.dumps({"user": "editor"}).encode()).decode()
    client.client.cookies.set(SESSION_COOKIE, unsigned)
    assert client.get("/admin").status_code == 303


def client_secret(client: Client) -> str:
    transport = client.client._transport
    return str(transport.app.state.secret)  # type: ignore[attr-defined]


def test_session_cookie_flags(client: Client) -> None:
    cookie = client.get("/admin/login").headers.get("set-cookie", "")
    assert "httponly" in cookie.lower() and "samesite=lax" in cookie.lower()
    assert "max-age=" in cookie.lower()


def test_login_attempts_are_rate_limited(store: Store) -> None:
    client = make_client(store, login_limit=3)
    token = csrf_of(client.get("/admin/login"))
    for _ in range(3):
        wrong = client.post("/admin/login", data={"username": "editor", "password": "guess", "csrf": token})
        assert wrong.status_code == 401
    for password in ("guess", PASSWORD):  # once limited, even the right password waits
        sent = {"username": "editor", "password": password, "csrf": token}
        limited = client.post("/admin/login", data=sent)
        assert limited.status_code == 429
        assert "too many login attempts; try again later" in limited.text
    assert client.get("/admin").status_code == 303
    client.close()


# -- errors ------------------------------------------------------------------------------------------------
def test_a_crash_shows_no_stack_trace(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("secret internals /etc/passwd at line 42")

    monkeypatch.setattr(Store, "events", explode)
    monkeypatch.setattr(Store, "count_events", explode)
    client = make_client(store)
    for url in ("/api/events", "/events"):
        response = client.get(url)
        assert response.status_code == 500, url
        assert "Traceback" not in response.text and "secret internals" not in response.text
        assert 'File "' not in response.text and "RuntimeError" not in response.text
        assert "something went wrong on our side" in response.text
    assert client.get("/api/events").json() == {
        "error": {"status": 500, "code": "internal_error", "message": "something went wrong on our side"}
    }
    client.close()
