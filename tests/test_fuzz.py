"""Hostile input, property by property: whatever bytes arrive as a page, a text, a JSON Lines dump, a feed, a
WARC file or a date, tidings returns articles or per-input errors, never raises anything else, and finishes
within a bound (hypothesis ``deadline``; inputs capped in size). Size limits are checked with small caps.

The same entry points are driven by the atheris target in fuzz/fuzz_ingest.py (see test_fuzz_regressions.py).
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tidings.dates import parse_published, resolve_date
from tidings.documents import article_from_html, article_from_text, articles_from_jsonl, read_source
from tidings.errors import DateError, InputError
from tidings.feeds import MAX_FEED_ENTRIES, parse_feed
from tidings.records import DATE_PRECISIONS, DATE_RELATIONS, Article
from tidings.sources import expand_sources
from tidings.warc import iter_warc_articles, warc_articles_from_stream

ROOT = Path(__file__).resolve().parents[1]
PAGE = (ROOT / "examples" / "border-shelling.html").read_bytes()
FEED_URL = "http://127.0.0.1/feed.xml"
MB = 1024 * 1024

# Each property gets a few seconds per example at most: a hang is a failure, not a slow test.
BOUNDED = settings(
    max_examples=200,
    deadline=dt.timedelta(seconds=5),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)

# Bytes that look a little like what they claim to be, so the parsers get past their first check.
markup = st.lists(
    st.sampled_from(
        [
            b"<html>",
            b"<body>",
            b"<p>",
            b"</p>",
            b"<article>",
            b"<div class='related'>",
            b"<a href='/x'>",
            b"<meta property='article:published_time' content='2023-03-07T09:15'>",
            b"<time datetime='0000-13-45'>",
            b'<script type=\'application/ld+json\'>{"datePublished": "x"}</script>',
            b"<meta charset='x-unknown'>",
            b"<![CDATA[",
            b"<!--",
            b"&#0;",
            b"\x00",
            b"\xff\xfe",
            b"Read more:",
            b"The minister met the president in Pretoria on Monday. ",
        ]
    )
    | st.binary(max_size=40),
    max_size=60,
).map(b"".join)
texts = st.text(max_size=3000)


def _is_result(item: object) -> bool:
    return isinstance(item, InputError) or (isinstance(item, Article) and bool(item.text.strip()))


# -- documents ---------------------------------------------------------------------------------------------
@BOUNDED
@given(st.binary(max_size=20_000) | markup)
@example(b"\x1f\x8b" + b"\x00" * 20)
@example(gzip.compress(PAGE)[:200])
@example(b"\xff\xfe" + "<p>hello</p>".encode("utf-16-le"))
def test_any_bytes_read_as_a_source_give_articles_or_input_errors(data: bytes) -> None:
    items = list(read_source("-", stdin=io.BytesIO(data), max_bytes=MB))
    assert items and all(_is_result(item) for item in items)


@BOUNDED
@given(markup | st.binary(max_size=5000))
def test_any_bytes_as_html_give_an_article_or_an_input_error(data: bytes) -> None:
    try:
        article = article_from_html(data, source="page.html", url="http://127.0.0.1/a")
    except InputError as exc:
        assert exc.source == "page.html"
    else:
        assert article.text.strip() and "\x00" not in article.text


@BOUNDED
@given(texts, st.none() | st.text(max_size=100))
def test_any_text_gives_an_article_or_an_input_error(text: str, title: str | None) -> None:
    try:
        article = article_from_text(text, source="t.txt", title=title)
    except InputError as exc:
        assert str(exc) == "t.txt: no article text found"
    else:
        assert article.text.strip() and "\x00" not in article.text


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=200),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
records = st.fixed_dictionaries(
    {},
    optional={
        "id": json_values,
        "title": json_values,
        "date": json_values | st.sampled_from(["2023-03-07", "yesterday", "99999-01-01", "2023-02-30"]),
        "url": json_values | st.just("https://x.example/a\x00b"),
        "text": json_values | st.just("The minister met the president.\x00"),
        "html": json_values | st.just(PAGE.decode()),
    },
)


@BOUNDED
@given(st.lists(records | json_values, max_size=6), st.sampled_from(["\n", "\r\n", "\n\n", "\u2028"]))
def test_any_json_lines_give_one_result_per_record(rows: list[object], newline: str) -> None:
    data = newline.join(json.dumps(row) for row in rows)
    items = list(articles_from_jsonl(data, source="d.jsonl"))
    assert all(_is_result(item) for item in items)
    for item in items:
        if isinstance(item, Article):
            assert "\x00" not in item.text and "\x00" not in (item.url or "") + (item.title or "")


@BOUNDED
@given(texts)
def test_any_text_as_json_lines_never_raises(data: str) -> None:
    assert all(_is_result(item) for item in articles_from_jsonl(data, source="d.jsonl"))


def test_deeply_nested_json_is_an_input_error_not_a_recursion_crash() -> None:
    items = list(articles_from_jsonl("[" * 100_000 + "]" * 100_000, source="d.jsonl"))
    assert [str(i) for i in items] == ["d.jsonl line 1: not valid JSON"]


def test_size_limits_hold_for_plain_and_gzipped_inputs() -> None:
    big = b"x" * (MB + 1)
    [plain] = read_source("-", stdin=io.BytesIO(big), max_bytes=MB)
    assert str(plain) == "<stdin>: larger than the 1 MB limit"
    bomb = gzip.compress(b"\x00" * (50 * MB))  # 50 KB that would inflate to 50 MB
    assert len(bomb) < 100_000
    [inflated] = read_source("-", stdin=io.BytesIO(bomb), max_bytes=MB)
    assert str(inflated) == "<stdin>: larger than the 1 MB limit when decompressed"


# -- feeds -------------------------------------------------------------------------------------------------
feed_parts = st.lists(
    st.sampled_from(
        [
            "<item>",
            "</item>",
            "<entry>",
            "</entry>",
            "<title>Talks</title>",
            "<link>/a1</link>",
            "<link>javascript:alert(1)</link>",
            "<link>http://[::1</link>",
            '<link href="https:/n/x"/>',
            "<pubDate>Tue, 14 Mar 2023 16:05:00 +0000</pubDate>",
            "<pubDate>Tue, 99 Foo 99999</pubDate>",
            "<updated>2023-03-14T16:05:00Z</updated>",
            "<![CDATA[<p>x</p>]]>",
            "&amp;",
            "&bogus;",
            "<guid>\x01</guid>",
        ]
    )
    | st.text(max_size=30),
    max_size=40,
).map("".join)


@BOUNDED
@given(
    st.sampled_from(
        [
            '<?xml version="1.0"?><rss version="2.0"><channel>{}</channel></rss>',
            '<feed xmlns="http://www.w3.org/2005/Atom">{}</feed>',
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">{}</rdf:RDF>',
            "{}",
        ]
    ),
    feed_parts,
    st.sampled_from(["utf-8", "utf-16", "latin-1"]),
)
def test_any_feed_gives_entries_with_followable_links_or_an_input_error(
    shell: str, body: str, encoding: str
) -> None:
    data = shell.format(body).encode(encoding, errors="replace")
    try:
        entries = parse_feed(data, FEED_URL, "application/rss+xml")
    except InputError as exc:
        assert exc.source == FEED_URL and exc.problem.startswith("not a valid RSS or Atom feed")
        return
    assert len(entries) <= MAX_FEED_ENTRIES
    for entry in entries:
        assert entry.url is None or entry.url.startswith(("http://", "https://"))
        assert not any("\x00" in (v or "") for v in (entry.url, entry.title, entry.id, entry.summary))


def test_feed_entries_and_tags_are_capped() -> None:
    items = "".join(f"<item><link>/a{n}</link></item>" for n in range(MAX_FEED_ENTRIES + 100))
    data = f'<rss version="2.0"><channel>{items}</channel></rss>'.encode()
    assert len(parse_feed(data, FEED_URL)) == MAX_FEED_ENTRIES
    with pytest.raises(InputError, match=r"more than 100,000 tags"):
        parse_feed(b'<rss version="2.0"><channel>' + b"<x/>" * 100_001 + b"</channel></rss>", FEED_URL)
    with pytest.raises(InputError, match="declares XML entities"):
        parse_feed(b'<!DOCTYPE r [<!ENTITY a "aa">]><rss version="2.0"></rss>', FEED_URL)


# -- WARC --------------------------------------------------------------------------------------------------
def _warc(gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        "https://news.example/a1", "response", payload=io.BytesIO(PAGE), http_headers=headers
    )
    writer.write_record(record)
    return out.getvalue()


WARCS = (_warc(False), _warc(True))


@BOUNDED
@given(
    st.sampled_from(WARCS),
    st.integers(min_value=0, max_value=len(WARCS[0])),
    st.binary(max_size=200),
    st.integers(min_value=0, max_value=len(WARCS[0])),
)
@example(WARCS[1], 0, b"", 0)
def test_cut_or_corrupted_warc_gives_pages_and_one_damage_error(
    archive: bytes, cut: int, garbage: bytes, at: int
) -> None:
    data = archive[:at] + garbage + archive[at + len(garbage) : cut or None]
    results = list(warc_articles_from_stream(io.BytesIO(data), "x.warc", max_record_bytes=MB))
    assert all(key.startswith("x.warc") and _is_result(item) for key, item in results)
    errors = [item for _, item in results if isinstance(item, InputError)]
    assert len(errors) <= 1


@BOUNDED
@given(st.binary(max_size=3000))
def test_any_bytes_as_a_warc_file_never_raise(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    path = tmp_path_factory.mktemp("warc") / "x.warc.gz"
    path.write_bytes(b"WARC/1.0\r\n" + data)
    assert all(_is_result(item) for _, item in iter_warc_articles(str(path), max_record_bytes=MB))


@BOUNDED
@given(st.sampled_from(WARCS) | st.binary(max_size=3000) | markup)
def test_stdin_of_any_kind_expands_into_items(data: bytes) -> None:
    items = list(expand_sources(["-"], stdin=io.BytesIO(data), max_bytes=MB))
    assert items and all(item.key and _is_result(item.payload) for item in items)


# -- dates -------------------------------------------------------------------------------------------------
date_words = st.lists(
    st.sampled_from(
        [
            *("next", "last", "this", "on", "since", "before", "after", "until", "prior", "to", "the"),
            *("early", "late", "mid", "Monday", "March", "2023", "99999", "0", "-1", "ago", "weeks"),
            *("months", "years", "days", "1st", "31st", "2023-02-30", "T", "12:60", "noon", "Q3", "1990s"),
        ]
    )
    | st.text(max_size=10),
    max_size=12,
).map(" ".join)


@BOUNDED
@given(date_words | st.text(max_size=300))
def test_any_published_value_is_a_date_or_a_date_error(value: str) -> None:
    try:
        published = parse_published(value)
    except DateError as exc:
        assert str(exc).startswith("cannot read ")
    else:
        year = int(published[:4])
        assert 1800 <= year <= 2200 and len(published) in (10, 16)


@BOUNDED
@given(
    date_words | st.text(max_size=300),
    date_words,
    st.none() | st.dates(),
    st.booleans(),
)
def test_any_date_expression_resolves_or_gives_none(
    expression: str, lead: str, published: dt.date | None, future: bool
) -> None:
    found = resolve_date(expression, published, lead=lead, future=future)
    if found is not None:
        assert found.precision in DATE_PRECISIONS and found.relation in DATE_RELATIONS
        assert found.date and found.date[:4].isdigit()
