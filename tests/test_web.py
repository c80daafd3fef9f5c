"""The reading room's HTML pages, forms and security, in process through httpx.ASGITransport, over a real
SQLite store (see test_api.py); plus the ``serve`` and ``admin create`` commands."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner
from markupsafe import escape

from test_api import ENVOY, Client, copy_store, reading_room_template  # noqa: F401 (a fixture)
from tidings.store import EventFilter, Store

pytestmark = pytest.mark.model

PASSWORD = "correct horse battery staple"
XSS_SCRIPT = "<script>alert('owned')</script>"
XSS_IMG = '"><img src=x onerror=alert(1)>'
EMAIL = "reader.private@example.org"


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


def csrf_of(page: httpx.Response) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert found, "the page has no CSRF field"
    return found.group(1)


def log_in(client: Client) -> None:
    token = csrf_of(client.get("/admin/login"))
    response = client.post("/admin/login", data={"username": "editor", "password": PASSWORD, "csrf": token})
    assert response.status_code == 303 and response.headers["location"] == "/admin"


def post_comment(client: Client, article_id: str = ENVOY, **fields: str) -> httpx.Response:
    token = csrf_of(client.get(f"/articles/{article_id}"))
    data = {"name": "Reader", "email": EMAIL, "comment": "Thanks for this.", "csrf": token, **fields}
    return client.post(f"/articles/{article_id}/comments", data=data)


def twin_of(page: httpx.Response) -> str:
    found = re.search(r'<link rel="alternate" type="application/json" href="([^"]+)">', page.text)
    assert found, "the page has no JSON twin"
    return html.unescape(found.group(1))


# -- every page and its JSON twin ----------------------------------------------------------------------------
def test_every_page_renders_and_has_a_json_twin(client: Client, store: Store) -> None:
    event = store.events(EventFilter(article_id=ENVOY), limit=1)[0]
    actor = store.actors(text="vieira")[0][0]
    log_in(client)
    pages = [
        "/events",
        "/events?type=CONSULT&country=BRA&order=-confidence",
        f"/events/{event['id']}",
        "/articles",
        f"/articles/{ENVOY}",
        "/actors",
        f"/actors/{actor['id']}",
        "/network",
        "/network?country=GEO",
        "/map",
        "/map?type=COERCE",
        "/admin",
    ]
    for url in pages:
        page = client.get(url)
        assert page.status_code == 200, url
        assert page.headers["content-type"].startswith("text/html")
        twin = client.get(twin_of(page))
        assert twin.status_code == 200 and twin.headers["content-type"] == "application/json", url


def test_home_goes_to_the_events(client: Client) -> None:
    response = client.get("/")
    assert response.status_code == 303 and response.headers["location"] == "/events"


def test_security_headers_on_pages_api_and_assets(client: Client) -> None:
    for url in ("/events", "/api/events", "/static/tidings.css", "/nowhere"):
        headers = client.get(url).headers
        assert headers["content-security-policy"].startswith("default-src 'self'")
        assert "frame-ancestors 'none'" in headers["content-security-policy"]
        assert "unsafe-inline" not in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "same-origin"


def test_pages_load_nothing_from_elsewhere_and_no_inline_script(client: Client, store: Store) -> None:
    event = store.events(EventFilter(), limit=1)[0]
    for url in ("/events", f"/articles/{ENVOY}", "/map", "/network", f"/events/{event['id']}"):
        text = client.get(url).text
        assert not re.search(
            r'(src|href)="(https?:)?//',
            text.replace('href="https://twitter', "")
            .replace('href="https://www.', "")
            .replace('href="https://wa.me', "")
            .replace('href="https://t.me', "")
            .replace('href="https://steppe', "")
            .replace('href="https://wire.', ""),
        ), url
        assert "<script>" not in text and " style=" not in text and "onclick" not in text
        for script in re.findall(r'<script src="([^"]+)"', text):
            assert script.startswith("/static/")
    assert client.get("/static/tidings.js").status_code == 200
    assert client.get("/static/world-110m.json").json()["countries"]


def test_events_page_filters_sorts_and_offers_downloads(client: Client, store: Store) -> None:
    page = client.get("/events?type=CONSULT&order=-confidence")
    rows = re.findall(r'<span class="type">([A-Z]+)</span>', page.text)
    assert rows and set(rows) == {"CONSULT"}
    assert f'<strong id="total">{store.count_events(EventFilter(type="CONSULT"))}</strong>' in page.text
    assert 'href="/api/events.csv?type=CONSULT"' in page.text
    assert 'href="/api/events.jsonl?type=CONSULT"' in page.text
    assert "/events?type=CONSULT&amp;order=confidence" in page.text  # the column flips the order
    assert '<option value="CONSULT" selected>' in page.text
    paged = client.get("/events?limit=5")
    assert 'rel="next" href="/events?limit=5&amp;offset=5"' in paged.text


def test_bad_filters_give_a_plain_error_page(client: Client) -> None:
    page = client.get("/events?since=yesterday")
    assert page.status_code == 400 and page.headers["content-type"].startswith("text/html")
    assert "since: &#39;yesterday&#39; is not a date (YYYY, YYYY-MM or YYYY-MM-DD)" in page.text
    missing = client.get("/articles/nope")
    assert missing.status_code == 404 and "no article with id &#39;nope&#39;" in missing.text


# -- the article page as the seed shows it -------------------------------------------------------------------
def test_article_page_like_the_seed(client: Client, store: Store) -> None:
    page = client.get(f"/articles/{ENVOY}").text
    assert '<h1 class="headline">Brazil&#39;s Foreign Minister Meets Ramaphosa In Pretoria</h1>' in page
    assert "Tuesday 7 March 2023 - 09:15" in page
    assert '<span class="byline">By Southern Desk</span>' in page
    events = store.events(EventFilter(article_id=ENVOY))
    for event in events:  # every event's evidence is marked and links to the event
        assert f'href="/events/{event["id"]}"' in page
    marks = re.findall(r'<mark class="evidence[^"]*"[^>]*><a href="/events/(\w+)"', page)
    refs = re.findall(r'<sup class="evref"><a href="/events/(\w+)"', page)
    assert set(marks) | set(refs) == {e["id"] for e in events}
    for event in events:
        assert f'id="evidence-{event["id"]}"' in page
    assert "Read more" in page and 'href="/articles/a' in page
    assert "Vieira Ends Southern Africa Tour In Maputo" in page
    assert "Share it:" in page and "mailto:?subject=" in page
    assert "https://twitter.com/intent/tweet?url=http%3A%2F%2Ftestserver%2Farticles%2F" in page
    assert "Leave a Reply" in page
    assert "Your email address will not be published. Required fields are marked" in page
    for field in ("Comment", "Name", "Email"):
        assert f'{field} <span class="req">*</span>' in page


def test_highlight_escapes_text_and_splits_overlaps() -> None:
    from tidings.web import highlight

    text = "One <b>two</b> three.\nFour five."
    events = [
        {"id": "e1", "type": "CONSULT", "mode": "talks", "evidence": [{"start": 0, "end": 14}]},
        {"id": "e2", "type": "ACCUSE", "mode": None, "evidence": [{"start": 4, "end": 27}]},
    ]
    out = str(highlight(text, events))
    assert "<b>" not in out and "&lt;b&gt;two&lt;/b&gt;" in out
    assert out.count("<p>") == 2 and 'id="evidence-e1"' in out and 'id="evidence-e2"' in out
    assert '<mark class="evidence multi"' in out  # where both events' evidence overlaps
    assert 'href="/events/e1"' in out and 'href="/events/e2"' in out
    contained = [{"id": "e3", "type": "AID", "mode": None, "evidence": [{"start": 4, "end": 8}]}]
    out = str(highlight(text, events[:1] + contained))
    assert '<sup class="evref"><a href="/events/e3"' in out  # wholly inside another event's evidence


def test_dateline_as_the_seed_writes_it() -> None:
    from tidings.web import dateline

    assert dateline("2023-01-13T11:42") == "Friday 13 January 2023 - 11:42"
    assert dateline("2023-01-13") == "Friday 13 January 2023"
    assert dateline("2023") == "2023" and dateline(None) == ""


# -- comments and moderation ---------------------------------------------------------------------------------
def test_comments_wait_for_approval_then_appear(client: Client) -> None:
    response = post_comment(client, comment="A first reply.")
    assert response.status_code == 303
    assert response.headers["location"] == f"/articles/{ENVOY}?comment=pending#comments"
    page = client.get(response.headers["location"]).text
    assert "Your comment is awaiting moderation." in page and "A first reply." not in page
    assert client.get(f"/api/articles/{ENVOY}").json()["comments"] == []
    log_in(client)
    admin = client.get("/admin")
    assert "A first reply." in admin.text
    comment_id = re.search(r'id="pending-(\d+)"', admin.text).group(1)  # type: ignore[union-attr]
    approve = client.post(f"/admin/comments/{comment_id}", data={"action": "approve", "csrf": csrf_of(admin)})
    assert approve.status_code == 303
    page = client.get(f"/articles/{ENVOY}").text
    assert "A first reply." in page and "1 comment</h2>" in page
    [public] = client.get(f"/api/articles/{ENVOY}").json()["comments"]
    assert set(public) == {"id", "name", "body", "created_at"} and public["body"] == "A first reply."


def test_comments_are_newest_last(client: Client) -> None:
    moderated_off = make_client(client_store(client), moderate_comments=False)
    for body in ("first words", "second words", "third words"):
        assert post_comment(moderated_off, comment=body).status_code == 303
    page = moderated_off.get(f"/articles/{ENVOY}").text
    assert page.index("first words") < page.index("second words") < page.index("third words")
    moderated_off.close()


def client_store(client: Client) -> Store:
    transport = client.client._transport
    assert isinstance(transport, httpx.ASGITransport)
    store: Store = transport.app.state.store  # type: ignore[attr-defined]
    return store


def test_admin_can_reject_and_delete(client: Client, store: Store) -> None:
    post_comment(client, comment="spam spam")
    post_comment(client, comment="more spam")
    log_in(client)
    admin = client.get("/admin")
    ids = re.findall(r'id="pending-(\d+)"', admin.text)
    token = csrf_of(admin)
    assert (
        client.post(f"/admin/comments/{ids[0]}", data={"action": "reject", "csrf": token}).status_code == 303
    )
    assert (
        client.post(f"/admin/comments/{ids[1]}", data={"action": "delete", "csrf": token}).status_code == 303
    )
    assert [c["status"] for c in store.comments()] == ["rejected"]
    assert "spam" not in client.get(f"/articles/{ENVOY}").text
    missing = client.post(f"/admin/comments/{ids[1]}", data={"action": "approve", "csrf": token})
    assert missing.status_code == 404 and "no comment with id" in missing.text


def test_hostile_comments_are_shown_as_text(store: Store) -> None:
    client = make_client(store, moderate_comments=False)
    post_comment(client, name=XSS_IMG, comment=XSS_SCRIPT + " and " + XSS_IMG)
    page = client.get(f"/articles/{ENVOY}").text
    assert XSS_SCRIPT not in page and "<img src=x" not in page
    assert str(escape(XSS_SCRIPT)) in page and str(escape(XSS_IMG)) in page
    assert client.get(f"/api/articles/{ENVOY}").json()["comments"][0]["body"].startswith(XSS_SCRIPT)
    client.close()


def test_the_commenters_email_is_shown_nowhere(client: Client, store: Store) -> None:
    post_comment(client, comment="pending one")
    log_in(client)
    admin = client.get("/admin")
    assert EMAIL not in admin.text and EMAIL not in client.get("/api/admin/queue").text
    comment_id = re.search(r'id="pending-(\d+)"', admin.text).group(1)  # type: ignore[union-attr]
    client.post(f"/admin/comments/{comment_id}", data={"action": "approve", "csrf": csrf_of(admin)})
    for url in (
        f"/articles/{ENVOY}",
        f"/api/articles/{ENVOY}",
        "/admin",
        "/api/admin/queue",
        "/events",
        "/api/events",
        "/api/stats",
    ):
        assert EMAIL not in client.get(url).text, url
    assert EMAIL not in str(store.comments())  # the store keeps it, but never hands it out


def test_comment_form_problems_are_shown_with_the_form(client: Client) -> None:
    response = post_comment(client, name="", email="not-an-address", comment="kept text")
    assert response.status_code == 400
    assert "Please give your name." in response.text and "Please give a valid email address." in response.text
    assert ">kept text</textarea>" in response.text


def test_forms_without_a_valid_csrf_token_are_refused(client: Client, store: Store) -> None:
    client.get(f"/articles/{ENVOY}")
    data = {"name": "Reader", "email": EMAIL, "comment": "no token"}
    for token in (None, "forged-token"):
        sent = data if token is None else {**data, "csrf": token}
        response = client.post(f"/articles/{ENVOY}/comments", data=sent)
        assert response.status_code == 403
        assert "this form has expired or did not come from this site; reload the page" in response.text
    fresh = make_client(store)  # a token from another session is no good either
    stolen = csrf_of(client.get("/admin/login"))
    login = fresh.post("/admin/login", data={"username": "editor", "password": PASSWORD, "csrf": stolen})
    assert login.status_code == 403
    fresh.close()
    assert store.comments() == []


def test_comment_posting_is_rate_limited(store: Store) -> None:
    client = make_client(store, comment_limit=2)
    assert [post_comment(client).status_code for _ in range(2)] == [303, 303]
    third = post_comment(client)
    assert third.status_code == 429 and "too many comments from your address; try again later" in third.text
    client.close()


def test_admin_pages_and_actions_need_a_login(client: Client) -> None:
    assert client.get("/admin").headers["location"] == "/admin/login"
    page = client.get("/admin/login")
    response = client.post("/admin/comments/1", data={"action": "approve", "csrf": csrf_of(page)})
    assert response.status_code == 401 and "log in as an admin first" in response.text
    response = client.get("/api/admin/queue")
    assert response.status_code == 401
    assert response.json() == {
        "error": {"status": 401, "code": "unauthorized", "message": "log in as an admin first"}
    }


def test_wrong_passwords_are_refused(client: Client) -> None:
    token = csrf_of(client.get("/admin/login"))
    for username, password in (("editor", "wrong password"), ("nobody", PASSWORD)):
        response = client.post(
            "/admin/login", data={"username": username, "password": password, "csrf": token}
        )
        assert response.status_code == 401 and "wrong username or password" in response.text
    assert client.get("/admin").status_code == 303


def test_logging_out_ends_the_session(client: Client) -> None:
    log_in(client)
    assert client.get("/admin").status_code == 200
    response = client.post("/admin/logout", data={"csrf": csrf_of(client.get("/events"))})
    assert response.status_code == 303
    assert client.get("/admin").status_code == 303


def test_the_session_cookie_is_signed(client: Client) -> None:
    log_in(client)
    cookie = client.client.cookies.get("tidings_session")
    assert cookie and "editor" not in cookie
    client.client.cookies.set("tidings_session", cookie[:-4] + "AAAA")
    assert client.get("/admin").status_code == 303


# -- corrections through the event page ----------------------------------------------------------------------
def test_analysts_correct_an_event_and_the_original_is_kept(client: Client, store: Store) -> None:
    event = store.events(EventFilter(article_id=ENVOY, type="REJECT"), limit=1)[0]
    anonymous = client.get(f"/events/{event['id']}")
    assert "Log in</a> to flag this event or suggest a correction." in anonymous.text
    log_in(client)
    page = client.get(f"/events/{event['id']}")
    bad = client.post(
        f"/events/{event['id']}/corrections", data={"field": "type", "value": "PARTY", "csrf": csrf_of(page)}
    )
    assert bad.status_code == 400 and "type: &#39;PARTY&#39; is not one of" in bad.text
    sent = client.post(
        f"/events/{event['id']}/corrections",
        data={"field": "type", "value": "accuse", "note": "it is criticism", "csrf": csrf_of(page)},
    )
    assert sent.status_code == 303
    assert "Your correction is stored and waits for review." in client.get(sent.headers["location"]).text
    assert client.get(f"/api/events/{event['id']}").json()["event"]["type"] == "REJECT"
    admin = client.get("/admin")
    [correction] = store.corrections(status="pending")
    assert correction["author"] == "editor" and correction["original"] == "REJECT"
    accept = client.post(
        f"/admin/corrections/{correction['id']}", data={"action": "accept", "csrf": csrf_of(admin)}
    )
    assert accept.status_code == 303
    body = client.get(f"/api/events/{event['id']}").json()["event"]
    assert body["type"] == "ACCUSE" and body["original"] == {"type": "REJECT"}
    page = client.get(f"/events/{event['id']}").text
    assert "As extracted" in page and "type: REJECT" in page


def test_correction_forms_need_a_login_and_a_token(client: Client, store: Store) -> None:
    event = store.events(EventFilter(), limit=1)[0]
    token = csrf_of(client.get("/admin/login"))
    response = client.post(
        f"/events/{event['id']}/corrections", data={"field": "type", "value": "AID", "csrf": token}
    )
    assert response.status_code == 401
    log_in(client)
    response = client.post(f"/events/{event['id']}/corrections", data={"field": "type", "value": "AID"})
    assert response.status_code == 403 and store.corrections() == []


def test_corrections_outlive_a_new_text_of_their_article(
    client: Client, store: Store, tmp_path: Path
) -> None:
    """A revised article is extracted afresh: each correction moves to the event re-read from the same
    sentence, and one whose sentence is gone is kept for the admins, not dropped with the old event."""
    import json

    from tidings.batch import ingest
    from tidings.config import Settings

    stored = store.article(ENVOY)
    assert stored is not None
    rejection = store.events(EventFilter(article_id=ENVOY, type="REJECT"), limit=1)[0]
    meeting = store.events(EventFilter(article_id=ENVOY, type="CONSULT"), order="id", limit=1)[0]
    fixed = store.add_correction(rejection["id"], "type", original="REJECT", corrected="ACCUSE", note=None,
                                 author="editor", status="accepted")  # fmt: skip
    waiting = store.add_correction(meeting["id"], "date", original=meeting["date"], corrected="2023-03-05",
                                   note=None, author="editor")  # fmt: skip

    def revise(text: str) -> None:
        record = {"id": ENVOY, "title": stored["title"], "date": stored["published"], "text": text}
        version = tmp_path / "revised.jsonl"
        version.write_text(json.dumps(record) + "\n", encoding="utf-8")
        assert ingest([str(version)], store, Settings()).updated == 1

    revise(stored["text"] + "\n\nThe presidency said a further visit was being prepared.")
    carried = {c["id"]: c for c in store.corrections(article_id=ENVOY)}
    assert carried[fixed]["event_id"] and carried[waiting]["event_id"]
    moved = store.event(carried[fixed]["event_id"])
    assert moved is not None and moved["type"] == "ACCUSE"
    assert moved["evidence"][0]["text"] == rejection["evidence"][0]["text"]
    assert store.corrections(detached=True) == []

    without = "\n\n".join(p for p in stored["text"].split("\n\n") if "rejected criticism" not in p)
    revise(without)
    [gone] = store.corrections(detached=True)
    assert gone["id"] == fixed and gone["event_evidence"] == rejection["evidence"][0]["text"]
    log_in(client)
    admin = client.get("/admin").text
    assert f'id="detached-{fixed}"' in admin
    assert str(escape(rejection["evidence"][0]["text"])) in admin
    queue = client.get("/api/admin/queue").json()
    assert [c["id"] for c in queue["detached_corrections"]] == [fixed]
    assert [c["id"] for c in queue["pending_corrections"]] == [waiting]


# -- the commands --------------------------------------------------------------------------------------------
def test_admin_create_asks_twice_and_stores_a_hash(tmp_path: Path) -> None:
    from tidings.cli import cli
    from tidings.web import verify_password

    db = str(tmp_path / "admins.sqlite")
    runner = CliRunner()
    result = runner.invoke(cli, ["admin", "create", "ana", "--db", db], input=f"{PASSWORD}\n{PASSWORD}\n")
    assert result.exit_code == 0, result.output
    assert "admin 'ana' created" in result.output
    with Store.open(db) as store:
        stored = store.password_hash("ana")
    assert stored and stored.startswith("$argon2id$") and PASSWORD not in stored
    assert verify_password(stored, PASSWORD) and not verify_password(stored, "guess")
    again = runner.invoke(
        cli, ["admin", "create", "ana", "--db", db, "--password-stdin"], input=PASSWORD + "\n"
    )
    assert again.exit_code == 3 and "tidings: admin 'ana' already exists" in again.output
    short = runner.invoke(cli, ["admin", "create", "bo", "--db", db, "--password-stdin"], input="short\n")
    assert short.exit_code == 2 and "tidings: password must be at least 10 characters" in short.output


def test_serve_is_a_command() -> None:
    from tidings.cli import cli

    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0 and "--port" in result.output and "--no-moderate" in result.output


def test_the_event_page_says_whether_its_place_was_stated(client: Client, store: Store) -> None:
    events = store.events(EventFilter(), limit=1000)
    stated = next(e for e in events if (e.get("place") or {}).get("text"))
    unstated = next(e for e in events if e.get("place") and not e["place"].get("text"))
    page = client.get(f"/events/{stated['id']}").text
    assert f"words: “{escape(stated['place']['text'])}”" in page
    assert "not stated for this event" not in page
    page = client.get(f"/events/{unstated['id']}").text
    assert "not stated for this event" in page
