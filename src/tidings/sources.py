"""What ``tidings ingest`` is pointed at, expanded into articles.

A source spec is "-" (stdin), a file, a folder (read recursively), a glob pattern, or an http(s) URL (a page,
or a feed whose entries are fetched). Each input becomes one :class:`Item` per article it holds, keyed by a
stable id so a batch can report, skip and resume inputs. The kind of an input is told from its content first
(WARC, feed, JSONL, HTML, text) and its name second. Problems become ``InputError`` items; nothing raises.
"""

from __future__ import annotations

import glob
import io
import os
import sys
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO
from urllib.parse import urlsplit

import httpx

from tidings.documents import (
    MAX_INPUT_BYTES,
    article_from_html,
    article_from_text,
    detect_kind,
    read_source,
)
from tidings.errors import InputError
from tidings.feeds import FeedEntry, PoliteClient, looks_like_feed, parse_feed
from tidings.records import Article
from tidings.warc import is_warc, iter_warc_articles, warc_articles_from_stream

KINDS = ("text", "html", "jsonl", "warc", "feed-entry", "url")
_HEAD_BYTES = 65536
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_GLOB_CHARS = frozenset("*?[")


@dataclass
class Item:
    """One article (or the problem reading it) from a source, with a stable key naming where it came from.

    Keys: an absolute file path, ``path#line N`` (JSONL), ``path#<WARC-Record-ID>``, a page or feed-entry URL.
    """

    key: str
    payload: Article | InputError
    kind: str  # one of KINDS


def expand_sources(
    specs: list[str],
    *,
    client: PoliteClient | None = None,
    stdin: BinaryIO | None = None,
    max_bytes: int = MAX_INPUT_BYTES,
) -> Iterator[Item]:
    """Yield the Items of every spec, in order; a folder or glob is read in sorted path order.

    URLs are fetched with ``client`` (a PoliteClient is made, and closed at the end, when none is given).
    """
    own_client: PoliteClient | None = None
    try:
        for spec in specs:
            if spec == "-":
                yield from _stdin_items(stdin, max_bytes)
            elif _is_url(spec):
                if client is None:
                    client = own_client = PoliteClient(max_bytes=max_bytes)
                yield from _url_items(spec, client)
            else:
                paths = _local_paths(spec)
                if paths is None:
                    yield Item(spec, InputError(spec, "no such file, folder or URL"), "text")
                for path in paths or []:
                    yield from _file_items(path, max_bytes)
    finally:
        if own_client is not None:
            own_client.close()


def count_sources(specs: list[str]) -> int | None:
    """How many articles ``specs`` hold, for a progress bar: one per page or text file, one per line of a
    JSON Lines dump; None when a URL, stdin or a WARC file makes it unknowable without reading it all."""
    total = 0
    for spec in specs:
        if spec == "-" or _is_url(spec):
            return None
        for path in _local_paths(spec) or [spec]:
            count = _articles_in(path)
            if count is None:
                return None
            total += count
    return total


def _articles_in(path: str) -> int | None:
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
            if head.startswith(b"\x1f\x8b") or is_warc(head):
                return None  # compressed or an archive: unknown until read
            if detect_kind(head, path) != "jsonl":
                return 1
            handle.seek(0)
            return sum(1 for line in handle if line.strip())
    except OSError:
        return 1  # reported as a failure when read


# ----------------------------------------------------------------------------------------------- local
def _is_url(spec: str) -> bool:
    return spec.lower().startswith(("http://", "https://"))


def _local_paths(spec: str) -> list[str] | None:
    """The files a local spec names (sorted; hidden ones skipped in folders), or None when nothing matches."""
    if os.path.isdir(spec):
        return _walk(spec)
    if os.path.lexists(spec):
        return [spec]
    if not _GLOB_CHARS & set(spec):
        return None
    found: list[str] = []
    for match in sorted(glob.glob(spec, recursive=True), key=_path_order):
        found += _walk(match) if os.path.isdir(match) else [match]
    return found or None


def _walk(folder: str) -> list[str]:
    found: list[str] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [os.path.join(root, name) for name in files if not name.startswith(".")]
    return sorted(found, key=_path_order)


def _path_order(path: str) -> tuple[str, ...]:
    """Sort key by path components, so a folder's files stay together ("a/z" before "a-b", "a.txt")."""
    return tuple(os.path.normpath(path).split(os.sep))


def _file_items(path: str, max_bytes: int) -> Iterator[Item]:
    key = os.path.abspath(path)
    head = _head(path)
    if is_warc(head):
        for record_key, payload in iter_warc_articles(path, max_record_bytes=max_bytes):
            yield Item(key + record_key[len(path) :], payload, "warc")
        return
    kind = detect_kind(head, path)
    outputs = list(read_source(path, max_bytes=max_bytes))
    yield from _keyed(
        outputs, key, path, kind, lambda: _record_lines(_read_capped(path, max_bytes), max_bytes)
    )


def _head(path: str) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read(_HEAD_BYTES)
    except OSError:
        return b""  # read_source reports the problem in its own words


def _read_capped(path: str, max_bytes: int) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(max_bytes + 1)


def _stdin_items(stdin: BinaryIO | None, max_bytes: int) -> Iterator[Item]:
    label = "<stdin>"
    data = (stdin if stdin is not None else sys.stdin.buffer).read(max_bytes + 1)
    if len(data) <= max_bytes and is_warc(data[:_HEAD_BYTES]):
        for record_key, payload in warc_articles_from_stream(
            io.BytesIO(data), label, max_record_bytes=max_bytes
        ):
            yield Item(record_key, payload, "warc")
        return
    outputs = list(read_source("-", stdin=io.BytesIO(data), max_bytes=max_bytes))
    kind = detect_kind(data[:_HEAD_BYTES])
    yield from _keyed(outputs, label, label, kind, lambda: _record_lines(data, max_bytes))


def _keyed(
    outputs: list[Article | InputError], key: str, label: str, kind: str, lines: Callable[[], list[int]]
) -> Iterator[Item]:
    """Items for what read_source gave for one input: JSONL records keyed by line, anything else by input."""
    whole_input_error = (
        len(outputs) == 1 and isinstance(outputs[0], InputError) and outputs[0].source == label
    )
    if kind != "jsonl" or whole_input_error:
        for output in outputs:
            yield Item(key, output, kind)
        return
    numbers = lines()
    # One output per non-blank line in a JSON Lines file; a whole-file JSON document gives one per record.
    by_line = len(numbers) == len(outputs)
    for number, output in enumerate(outputs, start=1):
        suffix = f"line {numbers[number - 1]}" if by_line else f"record {number}"
        yield Item(f"{key}#{suffix}", output, kind)


def _record_lines(data: bytes, max_bytes: int) -> list[int]:
    """Numbers of the non-blank lines of a (maybe gzipped) JSON Lines file, as articles_from_jsonl counts."""
    if data.startswith(b"\x1f\x8b"):
        try:
            data = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data, max_bytes + 1)
        except zlib.error:
            return []
    text = data.decode("utf-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8-sig", errors="replace")
    return [number for number, line in enumerate(text.split("\n"), start=1) if line.strip()]


# ----------------------------------------------------------------------------------------------- web
def _url_items(url: str, client: PoliteClient) -> Iterator[Item]:
    try:
        response = client.get(url)
    except InputError as exc:
        yield Item(url, exc, "url")
        return
    data = response.content
    if looks_like_feed(data):
        try:  # a feed: each entry's page is fetched and read
            entries = parse_feed(data, str(response.url), response.headers.get("content-type"))
        except InputError as exc:
            yield Item(url, InputError(url, exc.problem), "url")
            return
        yield from _entry_items(url, entries, client)
    elif is_warc(data[:_HEAD_BYTES]):
        for record_key, payload in warc_articles_from_stream(
            io.BytesIO(data), url, max_record_bytes=client.max_bytes
        ):
            yield Item(record_key, payload, "warc")
    else:
        yield Item(url, _page_article(response, url), "url")


def _entry_items(feed_url: str, entries: list[FeedEntry], client: PoliteClient) -> Iterator[Item]:
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        if entry.url is None:
            key = entry.id or f"{feed_url}#entry {number}"
            yield Item(key, InputError(key, "feed entry has no link"), "feed-entry")
            continue
        if entry.url in seen:
            continue
        seen.add(entry.url)
        try:
            response = client.get(entry.url)
        except InputError as exc:
            yield Item(entry.url, exc, "feed-entry")
            continue
        payload = _page_article(response, entry.url)
        if isinstance(payload, Article):  # the page knows best; the feed fills what it leaves out
            payload.title = payload.title or entry.title
            payload.published = payload.published or entry.published
        yield Item(entry.url, payload, "feed-entry")


def _page_article(response: httpx.Response, source: str) -> Article | InputError:
    """The article on a fetched page (HTML or plain text), or why there is none."""
    data = response.content
    media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    final_url = str(response.url)
    try:
        if not data.strip():
            raise InputError(source, "page is empty")
        kind = detect_kind(data[:_HEAD_BYTES], urlsplit(final_url).path)
        if media_type in _HTML_TYPES or (kind == "html" and media_type != "text/plain"):
            # without a charset from the server, documents reads the page's own <meta charset>
            article = article_from_html(_declared_text(response) or data, source=source, url=final_url)
        elif media_type.startswith("text/") or (not media_type and kind == "text"):
            article = article_from_text(_declared_text(response) or _plain_text(data, source), source=source)
            article.url = final_url
        else:
            raise InputError(source, f"not an article page ({media_type or 'no content type'})")
    except InputError as exc:
        return exc
    return article


def _declared_text(response: httpx.Response) -> str | None:
    """The body decoded with the charset the server declared, if it declared one that works."""
    charset = response.charset_encoding
    if not charset:
        return None
    try:
        return response.content.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return None


def _plain_text(data: bytes, source: str) -> str:
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return data.decode("utf-16")
        if b"\x00" not in data:
            return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    raise InputError(source, "binary data, not text or HTML")
