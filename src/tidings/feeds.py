"""Polite fetching over HTTP and reading RSS/Atom feeds.

:class:`PoliteClient` is the only way tidings talks to web servers: it sends an honest User-Agent, asks
each host one thing at a time with a pause between requests, honours robots.txt, and never reads more
than a size limit. :func:`fetch_feed` polls a feed with conditional GETs, so an unchanged feed costs the
server a 304. Every problem with a URL or a feed becomes an :class:`InputError` naming it.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import threading
import time
import urllib.robotparser
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

from tidings import __version__
from tidings.documents import MAX_INPUT_BYTES
from tidings.errors import ConfigError, InputError

USER_AGENT = f"tidings/{__version__} (+https://example.invalid/tidings; news event extraction)"
MAX_FEED_ENTRIES = 500
# feedparser spends ~20 microseconds per tag (twice over for a malformed feed); more tags than this is an
# attack (or a mistake), never a news feed, and is refused before parsing.
MAX_FEED_TAGS = 100_000
MAX_REDIRECTS = 5
# RFC 9309: a robots.txt may be cached, but for no more than a day.
ROBOTS_TTL = 24 * 3600.0
# After a server error on robots.txt the host is treated as off limits for a while, then asked again.
ROBOTS_RETRY = 300.0
MAX_ROBOTS_BYTES = 512 * 1024

_FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5"
)
_REDIRECTS = (301, 302, 303, 307, 308)
# Headers describing the bytes on the wire; they no longer hold once the body has been decoded.
_WIRE_HEADERS = ("content-encoding", "content-length", "transfer-encoding")


def _limit_message(max_bytes: int) -> str:
    return f"larger than the {max_bytes // (1024 * 1024)} MB limit"


# ----------------------------------------------------------------------------------------------- records
@dataclass
class FeedState:
    """What tidings remembers about one feed between polls."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    failures: int = 0  # consecutive failed polls; 0 after a good one
    next_poll: float = 0.0  # Unix time of the next poll

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FeedState:
        return cls(
            url=str(data["url"]),
            etag=data.get("etag"),
            last_modified=data.get("last_modified"),
            failures=int(data.get("failures") or 0),
            next_poll=float(data.get("next_poll") or 0.0),
        )


@dataclass
class FeedEntry:
    url: str | None
    title: str | None
    published: str | None  # ISO, "2024-03-01T12:30" (UTC) or "2024-03-01"
    summary: str | None
    id: str | None


@dataclass
class FeedResult:
    status: int  # HTTP status; 0 when no answer came back
    entries: list[FeedEntry] = field(default_factory=list)
    not_modified: bool = False
    error: str | None = None  # the problem, e.g. "HTTP 500" or "not a valid RSS or Atom feed"


# ----------------------------------------------------------------------------------------------- client
@dataclass
class _Host:
    lock: threading.Lock = field(default_factory=threading.Lock)
    last_request: float = -math.inf  # time.monotonic() when the previous request to the host ended
    robots: urllib.robotparser.RobotFileParser | None = None
    robots_problem: str | None = None  # why the host may not be fetched now (robots.txt unavailable)
    robots_expires: float = -math.inf


class PoliteClient:
    """An HTTP client that is easy on servers: one request per host at a time, a pause between requests
    to the same host, robots.txt honoured, bodies capped at ``max_bytes``.

    Safe to share between threads; requests to different hosts run in parallel.
    """

    def __init__(
        self,
        *,
        delay: float = 1.0,
        timeout: float = 20.0,
        max_bytes: int = MAX_INPUT_BYTES,
        user_agent: str = USER_AGENT,
        respect_robots: bool = True,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.delay = delay
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.user_agent = user_agent
        self.respect_robots = respect_robots
        self._http = httpx.Client(
            headers={"User-Agent": user_agent},
            timeout=timeout,
            follow_redirects=False,  # redirects are followed here, so each hop is checked and paced
            transport=transport,
        )
        self._hosts: dict[str, _Host] = {}
        self._hosts_lock = threading.Lock()

    def __enter__(self) -> PoliteClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def get(self, url: str, headers: dict[str, str] | None = None) -> httpx.Response:
        """GET ``url`` (following redirects); an HTTP error status raises ``InputError(url, "HTTP 404")``."""
        response = self.fetch(url, headers)
        if response.status_code >= 400:
            raise InputError(url, f"HTTP {response.status_code}")
        return response

    def fetch(self, url: str, headers: dict[str, str] | None = None) -> httpx.Response:
        """Like :meth:`get`, but an HTTP error status is returned rather than raised."""
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            response = self._fetch_once(url, current, headers or {})
            location = response.headers.get("location")
            if response.status_code not in _REDIRECTS or not location:
                return response
            try:
                current = urljoin(current, location.strip())
            except ValueError:
                raise InputError(url, "cannot follow a redirect to a malformed address") from None
        raise InputError(url, f"cannot fetch (more than {MAX_REDIRECTS} redirects)")

    # One hop: wait for the host, check robots.txt, read the body within the limit.
    def _fetch_once(self, label: str, url: str, headers: dict[str, str]) -> httpx.Response:
        try:
            parts = urlsplit(url)
            hostname = parts.hostname
        except ValueError:  # an unclosed IPv6 bracket, a bad port
            raise InputError(label, "not a well-formed URL") from None
        if parts.scheme not in ("http", "https") or not hostname:
            raise InputError(label, "not an http or https URL")
        origin = f"{parts.scheme}://{parts.netloc}".lower()
        host = self._host(origin)
        with host.lock:
            if self.respect_robots:
                self._check_robots(label, url, origin, host)
            return self._request(label, url, headers, host, self.max_bytes)

    def _host(self, origin: str) -> _Host:
        with self._hosts_lock:
            return self._hosts.setdefault(origin, _Host())

    def _request(
        self, label: str, url: str, headers: dict[str, str], host: _Host, max_bytes: int
    ) -> httpx.Response:
        wait = host.last_request + self.delay - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        started = time.monotonic()
        try:
            with self._http.stream("GET", url, headers=headers) as response:
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > max_bytes:
                    raise InputError(label, _limit_message(max_bytes))
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > max_bytes:
                        raise InputError(label, _limit_message(max_bytes))
                    if time.monotonic() - started > self.timeout:  # a server trickling bytes forever
                        raise InputError(label, "cannot fetch (timed out)")
        except httpx.TimeoutException:
            raise InputError(label, "cannot fetch (timed out)") from None
        except httpx.HTTPError as exc:
            raise InputError(label, f"cannot fetch ({_reason(exc)})") from None
        finally:
            host.last_request = time.monotonic()
        kept = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in _WIRE_HEADERS]
        return httpx.Response(
            response.status_code, headers=kept, content=bytes(body), request=response.request
        )

    def _check_robots(self, label: str, url: str, origin: str, host: _Host) -> None:
        now = time.monotonic()
        if now >= host.robots_expires:
            host.robots, host.robots_problem = self._load_robots(label, origin, host)
            host.robots_expires = now + (ROBOTS_RETRY if host.robots_problem else ROBOTS_TTL)
        if host.robots_problem:
            raise InputError(label, host.robots_problem)
        if host.robots is not None and not host.robots.can_fetch(self.user_agent, url):
            raise InputError(label, "disallowed by robots.txt")

    def _load_robots(
        self, label: str, origin: str, host: _Host
    ) -> tuple[urllib.robotparser.RobotFileParser | None, str | None]:
        """The host's robots.txt rules (None: everything allowed), or why the host is off limits now.

        Follows RFC 9309: a missing robots.txt (4xx) allows everything, a server error forbids everything.
        An unreachable host raises, since the page itself cannot be fetched either.
        """
        robots_url = origin + "/robots.txt"
        response = None
        for _ in range(MAX_REDIRECTS + 1):
            try:
                response = self._request(label, robots_url, {}, host, MAX_ROBOTS_BYTES)
            except InputError as exc:
                if exc.problem.startswith("larger than"):
                    return None, None  # RFC 9309 lets a crawler ignore what lies past its limit
                raise
            location = response.headers.get("location")
            if response.status_code not in _REDIRECTS or not location:
                break
            try:
                robots_url = urljoin(robots_url, location.strip())
                elsewhere = urlsplit(robots_url).netloc.lower() != urlsplit(origin).netloc
            except ValueError:
                return None, None  # a redirect to a malformed address: as if there were no robots.txt
            if elsewhere:
                return None, None  # not followed off the host, to keep one lock per request
        if response is None or 300 <= response.status_code < 500:
            return None, None
        if response.status_code >= 500:
            return None, f"robots.txt unavailable (HTTP {response.status_code})"
        parser = urllib.robotparser.RobotFileParser(robots_url)
        parser.parse(response.content.decode("utf-8", errors="replace").splitlines())
        return parser, None


def _reason(exc: httpx.HTTPError) -> str:
    """A short reason from an httpx error: "connection refused" rather than "[Errno 111] ..."."""
    if isinstance(exc, httpx.TooManyRedirects):
        return "too many redirects"
    if isinstance(exc, httpx.DecodingError):
        return "cannot decode the response body"
    text = re.sub(r"^\[Errno -?\d+\]\s*", "", str(exc).strip()) or type(exc).__name__
    return text[:1].lower() + text[1:200]


# ----------------------------------------------------------------------------------------------- feeds
def fetch_feed(client: PoliteClient, state: FeedState) -> FeedResult:
    """Poll one feed with a conditional GET; ``state`` gets the new ETag / Last-Modified validators.

    Never raises for a bad feed or server: the problem is in ``FeedResult.error``. Counting failures and
    setting ``state.next_poll`` are left to the caller (see :func:`schedule_next_poll`).
    """
    headers = {"Accept": _FEED_ACCEPT}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    try:
        response = client.fetch(state.url, headers)
    except InputError as exc:
        return FeedResult(status=0, error=exc.problem)
    status = response.status_code
    if status == 304:
        state.etag = response.headers.get("etag") or state.etag
        state.last_modified = response.headers.get("last-modified") or state.last_modified
        return FeedResult(status=status, not_modified=True)
    if status >= 400 or status < 200:
        return FeedResult(status=status, error=f"HTTP {status}")
    try:
        entries = parse_feed(response.content, str(response.url), response.headers.get("content-type"))
    except InputError as exc:
        return FeedResult(status=status, error=exc.problem)
    # Validators are only kept for a feed that was read: a 304 must never hide a feed we could not parse.
    state.etag = response.headers.get("etag")
    state.last_modified = response.headers.get("last-modified")
    return FeedResult(status=status, entries=entries)


def parse_feed(data: bytes, url: str, content_type: str | None = None) -> list[FeedEntry]:
    """The entries of an RSS or Atom document (at most 500), links made absolute against ``url``."""
    if not looks_like_feed(data):
        raise InputError(url, "not a valid RSS or Atom feed")
    if b"<!ENTITY" in data:
        # Entity declarations are how "billion laughs" bombs start; news feeds have no use for them.
        raise InputError(url, "not a valid RSS or Atom feed (declares XML entities)")
    if _count_tags(data) > MAX_FEED_TAGS:
        raise InputError(url, f"not a valid RSS or Atom feed (more than {MAX_FEED_TAGS:,} tags)")
    import feedparser  # lazy: only feed users pay for it

    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    try:
        parsed: Any = feedparser.parse(data, response_headers=headers, sanitize_html=True)
    except Exception:  # feedparser on hostile bytes; the feed is simply unreadable
        raise InputError(url, "not a valid RSS or Atom feed") from None
    raw_entries = parsed.get("entries") or []
    if not raw_entries:
        if parsed.get("bozo") or not parsed.get("version"):
            raise InputError(url, "not a valid RSS or Atom feed")
        return []
    return [_entry(raw, url) for raw in raw_entries[:MAX_FEED_ENTRIES]]


_CDATA = re.compile(rb"<!\[CDATA\[.*?\]\]>", re.S)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _count_tags(data: bytes) -> int:
    """Markup tags in ``data``, not counting HTML carried inside CDATA sections."""
    return _CDATA.sub(b"", data).count(b"<")


def _entry(raw: Any, base: str) -> FeedEntry:
    def text(key: str) -> str | None:
        value = raw.get(key)
        return (_CONTROL.sub("", value).strip() or None) if isinstance(value, str) else None

    link = text("link")
    if link is None:
        for candidate in raw.get("links") or []:
            if candidate.get("rel", "alternate") == "alternate" and candidate.get("href"):
                link = str(candidate["href"]).strip()
                break
    if link is not None:
        try:
            link = urljoin(base, link)
            parts = urlsplit(link)
        except ValueError:  # e.g. an unclosed IPv6 bracket
            parts = None
        # No host, or control characters (a NUL cannot even be stored in PostgreSQL): not a link to follow.
        followable = parts is not None and parts.scheme in ("http", "https") and bool(parts.hostname)
        if not followable or _CONTROL.search(link):
            link = None
    stamp = raw.get("published_parsed") or raw.get("updated_parsed")
    return FeedEntry(
        url=link,
        title=text("title"),
        published=_iso(stamp),
        summary=text("summary"),
        id=text("id"),
    )


def _iso(stamp: Any) -> str | None:
    """ISO "YYYY-MM-DDTHH:MM" (UTC, as feedparser normalises it) from a time.struct_time."""
    if not stamp:
        return None
    try:
        return dt.datetime(*stamp[:6]).strftime("%Y-%m-%dT%H:%M")
    except (TypeError, ValueError, OverflowError):
        return None


_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)[\s>/]", re.I)
_ATOM_NAMESPACES = (b"http://www.w3.org/2005/Atom", b"http://purl.org/atom/ns#")
_PROLOG_ITEM = re.compile(rb"\s*(<\?.*?\?>|<!--.*?-->|<!DOCTYPE(\s[^\[>]*)?(\[.*?\])?\s*>)", re.S | re.I)


def looks_like_feed(data: bytes) -> bool:
    """Whether ``data`` is an RSS or Atom document: its root element is <rss>, an Atom <feed> or <rdf:RDF>."""
    head = data[:65536]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", errors="ignore").encode("utf-8")
    head = head.lstrip(b"\xef\xbb\xbf \t\r\n\f")
    position = 0
    while prolog := _PROLOG_ITEM.match(head, position):  # declaration, comments, doctype
        position = prolog.end()
    head = head[position:].lstrip()
    root = _FEED_ROOT.match(head)
    if root is None:
        return False
    name = root.group(1).lower()
    if name == b"feed":
        start_tag = head[: head.find(b">") + 1 or 4096]
        return any(namespace in start_tag for namespace in _ATOM_NAMESPACES)
    return True


# ----------------------------------------------------------------------------------------------- timing
def backoff_delay(failures: int, base: float = 60.0, cap: float = 3600.0) -> float:
    """Seconds to wait after ``failures`` consecutive failures: base, 2*base, 4*base, ... at most ``cap``."""
    if failures <= 0:
        return 0.0
    return min(cap, base * 2.0 ** min(failures - 1, 62))


def schedule_next_poll(state: FeedState, interval: float, now: float | None = None) -> float:
    """Set ``state.next_poll``: ``interval`` after a good poll, longer (backing off) after failures."""
    now = time.time() if now is None else now
    state.next_poll = now + max(interval, backoff_delay(state.failures))
    return state.next_poll


_UNITS = {"s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}
_INTERVAL = re.compile(r"(\d+(?:\.\d+)?)\s*([smhd])")


def parse_interval(text: str) -> float:
    """Seconds in an interval written like "30s", "15m", "2h" or "1d"."""
    match = _INTERVAL.fullmatch(text.strip().lower()) if isinstance(text, str) else None
    seconds = float(match.group(1)) * _UNITS[match.group(2)] if match else 0.0
    if seconds <= 0:
        raise ConfigError(f"cannot read {text!r} as an interval (use e.g. 30s, 15m, 2h)")
    return seconds
