"""Polite fetching and feed polling, against a real HTTP server on 127.0.0.1 (pytest-httpserver)."""

from __future__ import annotations

import itertools
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

import tidings
from tidings.errors import ConfigError, InputError
from tidings.feeds import (
    USER_AGENT,
    FeedState,
    PoliteClient,
    backoff_delay,
    fetch_feed,
    looks_like_feed,
    parse_feed,
    parse_interval,
    schedule_next_poll,
)

FIXTURES = Path(__file__).parent / "fixtures" / "feeds"
ALLOW_ALL = "User-agent: *\nDisallow:\n"


def fixture_feed(name: str, server: HTTPServer) -> bytes:
    """A feed fixture with its links pointing at the test server."""
    base = server.url_for("/").rstrip("/")
    return (FIXTURES / name).read_text(encoding="utf-8").replace("{server}", base).encode("utf-8")


@pytest.fixture
def server(httpserver: HTTPServer) -> HTTPServer:
    """The test server, with a robots.txt that allows everything."""
    httpserver.expect_request("/robots.txt").respond_with_data(ALLOW_ALL, content_type="text/plain")
    return httpserver


@pytest.fixture
def client() -> Iterator[PoliteClient]:
    with PoliteClient(delay=0.0, timeout=5.0) as polite:
        yield polite


def conditional_feed(body: bytes, etag: str, modified: str, content_type: str):
    """A werkzeug handler serving ``body`` with validators, and 304 when the client already has it."""

    def handler(request: Request) -> Response:
        if request.headers.get("If-None-Match") == etag:
            return Response(status=304, headers={"ETag": etag})
        return Response(body, content_type=content_type, headers={"ETag": etag, "Last-Modified": modified})

    return handler


# ----------------------------------------------------------------------------------------------- polling
def test_rss_poll_then_conditional_poll_gets_304(server: HTTPServer, client: PoliteClient) -> None:
    etag, modified = '"rss-v1"', "Tue, 05 Mar 2024 10:00:00 GMT"
    body = fixture_feed("rss.xml", server)
    server.expect_request("/rss.xml").respond_with_handler(
        conditional_feed(body, etag, modified, "application/rss+xml")
    )
    state = FeedState(url=server.url_for("/rss.xml"))

    first = fetch_feed(client, state)
    assert (first.status, first.not_modified, first.error) == (200, False, None)
    assert [e.url for e in first.entries] == [
        server.url_for("/news/talks.html"),
        server.url_for("/news/protest.html"),  # relative link made absolute
        server.url_for("/news/gone.html"),
    ]
    talks = first.entries[0]
    assert talks.title == "Ministers resume nuclear talks in Geneva"
    assert talks.published == "2024-03-05T09:30"
    assert talks.id == "example-news-1001"
    assert talks.summary == "The foreign ministers of Iran and France met in Geneva."
    assert first.entries[1].published == "2024-03-07T17:05"  # +0100 normalised to UTC
    assert (state.etag, state.last_modified) == (etag, modified)

    second = fetch_feed(client, state)
    assert (second.status, second.not_modified, second.entries, second.error) == (304, True, [], None)
    feed_requests = [req for req, _ in server.log if req.path == "/rss.xml"]
    assert len(feed_requests) == 2
    assert "If-None-Match" not in feed_requests[0].headers
    assert feed_requests[1].headers["If-None-Match"] == etag
    assert feed_requests[1].headers["If-Modified-Since"] == modified
    assert state.etag == etag


def test_atom_feed_entries(server: HTTPServer, client: PoliteClient) -> None:
    server.expect_request("/atom.xml").respond_with_data(
        fixture_feed("atom.xml", server), content_type="application/atom+xml", headers={"ETag": '"a1"'}
    )
    state = FeedState(url=server.url_for("/atom.xml"))
    result = fetch_feed(client, state)
    assert result.error is None
    assert [(e.url, e.title, e.published, e.id) for e in result.entries] == [
        (
            server.url_for("/news/protest.html"),
            "Students march in Santiago",
            "2024-03-07T17:05",
            "urn:example-news:1002",
        ),
        (
            server.url_for("/news/talks.html"),
            "Ministers resume nuclear talks in Geneva",
            "2024-03-05T09:30",  # no <published>: <updated> stands in
            "urn:example-news:1001",
        ),
    ]
    assert state.etag == '"a1"'
    assert state.last_modified is None


def test_feed_server_error_is_reported_not_raised(server: HTTPServer, client: PoliteClient) -> None:
    server.expect_request("/down.xml").respond_with_data("oops", status=503)
    state = FeedState(url=server.url_for("/down.xml"), etag='"old"', failures=2)
    result = fetch_feed(client, state)
    assert (result.status, result.entries, result.not_modified, result.error) == (503, [], False, "HTTP 503")
    assert (state.etag, state.failures) == ('"old"', 2)  # failures are the caller's to count


def test_feed_state_round_trips_through_a_dict() -> None:
    state = FeedState(url="https://n.test/feed", etag='"x"', last_modified="Tue", failures=2, next_poll=5.5)
    assert FeedState.from_dict(state.to_dict()) == state
    assert FeedState.from_dict({"url": "https://n.test/feed"}) == FeedState(url="https://n.test/feed")


# ----------------------------------------------------------------------------------------------- hostile
BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
]>
<rss version="2.0"><channel><title>&f;</title>
<item><title>&f;</title><link>http://n.test/a</link></item></channel></rss>"""
NESTED = b'<?xml version="1.0"?><rss version="2.0"><channel><item><title>' + b"<b>" * (5 * 1024 * 1024 // 3)


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (bytes(range(256)) * 20_000, "not a valid RSS or Atom feed"),
        (b"<rss>" + bytes(range(256)) * 4000, "not a valid RSS or Atom feed"),
        (NESTED, "not a valid RSS or Atom feed (more than 100,000 tags)"),
        (BOMB, "not a valid RSS or Atom feed (declares XML entities)"),
        (b"<html><body><p>Just a page</p></body></html>", "not a valid RSS or Atom feed"),
    ],
    ids=["binary", "rss-then-binary", "nested-tags", "entity-bomb", "html"],
)
def test_hostile_feed_is_an_error_quickly(
    server: HTTPServer, client: PoliteClient, body: bytes, problem: str
) -> None:
    server.expect_request("/feed").respond_with_data(body, content_type="application/rss+xml")
    state = FeedState(url=server.url_for("/feed"))
    started = time.monotonic()
    result = fetch_feed(client, state)
    assert time.monotonic() - started < 3.0
    assert (result.status, result.entries, result.error) == (200, [], problem)
    assert state.etag is None


def test_bozo_feed_keeps_its_entries() -> None:
    broken = b'<rss version="2.0"><channel><item><title>One & two</title><link>http://n.test/1</link></item>'
    entries = parse_feed(broken, "http://n.test/feed")
    assert [(e.title, e.url) for e in entries] == [("One & two", "http://n.test/1")]


def test_feed_entries_are_capped_at_500() -> None:
    items = b"".join(b"<item><link>http://n.test/%d</link></item>" % n for n in range(600))
    entries = parse_feed(b'<rss version="2.0"><channel>' + items + b"</channel></rss>", "http://n.test/")
    assert len(entries) == 500
    assert entries[-1].url == "http://n.test/499"


def test_looks_like_feed() -> None:
    assert looks_like_feed(b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- hi -->\n<rss version="2.0">')
    assert looks_like_feed(b'<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>')
    assert looks_like_feed(b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf">')
    assert not looks_like_feed(b"<feed><title>not atom</title></feed>")
    assert not looks_like_feed(b'<!DOCTYPE html><html><link type="application/rss+xml" href="/rss">')
    assert not looks_like_feed(b"plain text about <rss feeds")
    assert not looks_like_feed(b"")


# ----------------------------------------------------------------------------------------------- client
def test_user_agent_is_sent(server: HTTPServer, client: PoliteClient) -> None:
    server.expect_request("/page").respond_with_data("hello")
    assert client.get(server.url_for("/page")).text == "hello"
    assert (
        f"tidings/{tidings.__version__} (+https://example.invalid/tidings; news event extraction)"
        == USER_AGENT
    )
    assert {req.headers["User-Agent"] for req, _ in server.log} == {USER_AGENT}
    assert [req.path for req, _ in server.log] == ["/robots.txt", "/page"]


def test_robots_txt_disallow_is_honoured(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /private/\n")
    httpserver.expect_request("/open").respond_with_data("fine")
    url = httpserver.url_for("/private/page")
    with PoliteClient(delay=0.0) as client:
        with pytest.raises(InputError) as caught:
            client.get(url)
        assert str(caught.value) == f"{url}: disallowed by robots.txt"
        assert client.get(httpserver.url_for("/open")).text == "fine"
    # robots.txt is read once per host, and a disallowed page is never requested
    assert [req.path for req, _ in httpserver.log] == ["/robots.txt", "/open"]


def test_robots_txt_group_for_tidings_wins_over_star(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data(
        "User-agent: *\nDisallow: /\n\nUser-agent: tidings\nDisallow: /no-bots/\n"
    )
    httpserver.expect_request("/news").respond_with_data("news")
    with PoliteClient(delay=0.0) as client:
        with pytest.raises(InputError, match=r"disallowed by robots\.txt$"):
            client.get(httpserver.url_for("/no-bots/x"))
        assert client.get(httpserver.url_for("/news")).text == "news"


def test_robots_txt_server_error_keeps_us_off_the_host(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data("busy", status=503)
    url = httpserver.url_for("/news")
    with PoliteClient(delay=0.0) as client, pytest.raises(InputError) as caught:
        client.get(url)
    assert str(caught.value) == f"{url}: robots.txt unavailable (HTTP 503)"
    assert [req.path for req, _ in httpserver.log] == ["/robots.txt"]


def test_robots_txt_can_be_ignored_when_asked(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/private/page").respond_with_data("ok")
    with PoliteClient(delay=0.0, respect_robots=False) as client:
        assert client.get(httpserver.url_for("/private/page")).text == "ok"
    assert [req.path for req, _ in httpserver.log] == ["/private/page"]


def test_missing_robots_txt_allows_everything(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data("not here", status=404)
    httpserver.expect_request("/page").respond_with_data("ok")
    with PoliteClient(delay=0.0) as client:
        assert client.get(httpserver.url_for("/page")).text == "ok"


def test_requests_to_one_host_are_spaced_by_the_delay(httpserver: HTTPServer) -> None:
    seen: list[float] = []

    def stamp(request: Request) -> Response:
        seen.append(time.monotonic())
        return Response("User-agent: *\nDisallow:\n" if request.path == "/robots.txt" else "ok")

    httpserver.expect_request("/robots.txt").respond_with_handler(stamp)
    httpserver.expect_request("/a").respond_with_handler(stamp)
    httpserver.expect_request("/b").respond_with_handler(stamp)
    with PoliteClient(delay=0.2) as client:
        client.get(httpserver.url_for("/a"))
        client.get(httpserver.url_for("/b"))
    assert len(seen) == 3  # robots.txt, /a, /b
    gaps = [later - earlier for earlier, later in itertools.pairwise(seen)]
    assert min(gaps) >= 0.2


def test_http_error_message(server: HTTPServer, client: PoliteClient) -> None:
    server.expect_request("/broken").respond_with_data("boom", status=500)
    url = server.url_for("/broken")
    with pytest.raises(InputError) as caught:
        client.get(url)
    assert str(caught.value) == f"{url}: HTTP 500"
    assert client.fetch(url).status_code == 500  # fetch returns it instead


def test_connection_refused_message() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/feed"
    with PoliteClient(delay=0.0, timeout=2.0) as client:
        with pytest.raises(InputError) as caught:
            client.get(url)
        assert str(caught.value) == f"{url}: cannot fetch (connection refused)"
        result = fetch_feed(client, FeedState(url=url))
    assert (result.status, result.error) == (0, "cannot fetch (connection refused)")


def test_not_http_is_refused(client: PoliteClient) -> None:
    with pytest.raises(InputError) as caught:
        client.get("ftp://n.test/feed")
    assert str(caught.value) == "ftp://n.test/feed: not an http or https URL"
    with pytest.raises(InputError) as caught:
        client.get("http://[n.test/feed")
    assert str(caught.value) == "http://[n.test/feed: not a well-formed URL"


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_oversized_response_is_cut(server: HTTPServer, chunked: bool) -> None:
    block = b"x" * 65536

    def big(request: Request) -> Response:
        if chunked:  # no Content-Length: the client must count as it reads
            return Response((block for _ in range(40)), content_type="text/plain")
        return Response(block * 40, content_type="text/plain")

    server.expect_request("/big").respond_with_handler(big)
    url = server.url_for("/big")
    with PoliteClient(delay=0.0, max_bytes=1024 * 1024) as client, pytest.raises(InputError) as caught:
        client.get(url)
    assert str(caught.value) == f"{url}: larger than the 1 MB limit"


def test_redirects_are_followed_and_checked(server: HTTPServer, client: PoliteClient) -> None:
    server.expect_request("/old").respond_with_data("", status=301, headers={"Location": "/new"})
    server.expect_request("/new").respond_with_data("moved here")
    response = client.get(server.url_for("/old"))
    assert response.text == "moved here"
    assert str(response.url) == server.url_for("/new")


def test_a_redirect_to_a_malformed_address_is_an_input_error(client: PoliteClient) -> None:
    import http.server
    import threading

    class Odd(http.server.BaseHTTPRequestHandler):
        """A server that answers every page with a redirect no URL parser can read (an unclosed IPv6
        bracket); the test server's framework refuses to send such a header, so this one is written raw."""

        def do_GET(self) -> None:  # the name http.server calls
            if self.path == "/robots.txt":
                self.send_response(404)
            else:
                self.send_response(302)
                self.send_header("Location", "http://[broken/x")
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    odd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Odd)
    threading.Thread(target=odd.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{odd.server_address[1]}/odd"
    try:
        with pytest.raises(InputError) as caught:
            client.get(url)
        assert str(caught.value) == f"{url}: cannot follow a redirect to a malformed address"
    finally:
        odd.shutdown()
        odd.server_close()


def test_gzip_body_is_decoded(server: HTTPServer, client: PoliteClient) -> None:
    import gzip

    server.expect_request("/z").respond_with_data(
        gzip.compress(b"squeezed"), headers={"Content-Encoding": "gzip"}
    )
    response = client.get(server.url_for("/z"))
    assert response.content == b"squeezed"
    assert "content-encoding" not in response.headers


# ----------------------------------------------------------------------------------------------- timing
def test_backoff_grows_and_is_capped() -> None:
    assert backoff_delay(0) == 0.0
    assert [backoff_delay(n) for n in (1, 2, 3, 4)] == [60.0, 120.0, 240.0, 480.0]
    assert backoff_delay(7) == 3600.0
    assert backoff_delay(10_000) == 3600.0
    assert backoff_delay(3, base=10.0, cap=25.0) == 25.0


def test_schedule_next_poll_backs_off_after_failures() -> None:
    state = FeedState(url="https://n.test/feed")
    assert schedule_next_poll(state, 900.0, now=1000.0) == 1900.0
    state.failures = 6  # 60 * 2**5 = 1920 s, more than the interval
    assert schedule_next_poll(state, 900.0, now=1000.0) == 2920.0
    assert state.next_poll == 2920.0


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("30s", 30.0), ("15m", 900.0), ("2h", 7200.0), ("1d", 86400.0), (" 1.5h ", 5400.0), ("10M", 600.0)],
)
def test_parse_interval(text: str, seconds: float) -> None:
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("text", ["x", "15", "0s", "-5m", "", "5 minutes", "1w"])
def test_parse_interval_refuses(text: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_interval(text)
    assert str(caught.value) == f"cannot read {text!r} as an interval (use e.g. 30s, 15m, 2h)"


def test_parse_interval_message_word_for_word() -> None:
    with pytest.raises(ConfigError) as caught:
        parse_interval("x")
    assert str(caught.value) == "cannot read 'x' as an interval (use e.g. 30s, 15m, 2h)"


@settings(max_examples=150, deadline=None)
@given(
    st.binary(max_size=2000),
    st.sampled_from([b"", b'<rss version="2.0"><channel>', b"<feed xmlns='http://www.w3.org/2005/Atom'>"]),
)
def test_any_bytes_parse_or_fail_cleanly(junk: bytes, prefix: bytes) -> None:
    try:
        entries = parse_feed(prefix + junk, "http://n.test/feed")
    except InputError as exc:
        assert exc.problem.startswith("not a valid RSS or Atom feed")
    else:
        assert len(entries) <= 500
