"""Expanding what ``tidings ingest`` is pointed at: files, folders, globs, stdin, pages and feeds."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tidings.errors import InputError
from tidings.feeds import PoliteClient
from tidings.records import Article
from tidings.sources import Item, count_sources, expand_sources

FIXTURES = Path(__file__).parent / "fixtures" / "feeds"
TALKS = (FIXTURES / "page-talks.html").read_bytes()
PROTEST = (FIXTURES / "page-protest.html").read_bytes()

TEXT_ARTICLE = """Opposition leader arrested in Dhaka

Police in Dhaka arrested the leader of the main opposition party on Sunday, hours before a planned rally.

The interior minister said the arrest was lawful and that the rally had not been authorised.
"""
JSONL_RECORDS = [
    {
        "id": "r1",
        "title": "Ceasefire agreed",
        "date": "2024-02-01",
        "text": "Both sides agreed to a ceasefire.",
    },
    {"id": "r2", "title": "Aid arrives", "text": "The first aid convoy reached the city on Friday."},
]


def write_warc(path: Path) -> None:
    """A crawl holding one HTML page, one image and one 404 page."""
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, status, content_type, body in [
            ("https://n.test/talks", "200 OK", "text/html", TALKS),
            ("https://n.test/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
            ("https://n.test/gone", "404 Not Found", "text/html", PROTEST),
        ]:
            http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http)
            )


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """A folder of every kind of input, plus things to skip and things that fail."""
    folder = tmp_path / "inbox"
    (folder / "sub").mkdir(parents=True)
    (folder / ".git").mkdir()
    (folder / "a-text.txt").write_text(TEXT_ARTICLE, encoding="utf-8")
    (folder / "b-page.html").write_bytes(TALKS)
    lines = [json.dumps(JSONL_RECORDS[0]), "", json.dumps(JSONL_RECORDS[1]), "not json"]
    (folder / "c-dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    write_warc(folder / "d-crawl.bin")  # a WARC known from its content, not its name
    (folder / "e-empty.txt").write_bytes(b"")
    (folder / "f-binary.dat").write_bytes(bytes(range(256)) * 4)
    (folder / ".hidden.txt").write_text(TEXT_ARTICLE, encoding="utf-8")
    (folder / ".git" / "notes.txt").write_text(TEXT_ARTICLE, encoding="utf-8")
    (folder / "sub" / "g-protest.htm").write_bytes(PROTEST)
    return folder


def summary(items: list[Item], root: Path) -> list[tuple[str, str, str]]:
    """(key relative to root, kind, title or error problem) for each item."""
    out = []
    for item in items:
        key = item.key.replace(str(root) + os.sep, "")
        payload = item.payload
        what = payload.problem if isinstance(payload, InputError) else str(payload.title)
        out.append((key, item.kind, what))
    return out


def test_folder_is_read_recursively_in_sorted_order(mixed: Path) -> None:
    items = list(expand_sources([str(mixed)]))
    assert all(os.path.isabs(item.key) for item in items)
    warc_id = items[5].key.split("#", 1)[1]
    assert warc_id.startswith("<urn:uuid:")
    assert summary(items, mixed) == [
        ("a-text.txt", "text", "Opposition leader arrested in Dhaka"),
        ("b-page.html", "html", "Ministers resume nuclear talks in Geneva"),
        ("c-dump.jsonl#line 1", "jsonl", "Ceasefire agreed"),
        ("c-dump.jsonl#line 3", "jsonl", "Aid arrives"),
        ("c-dump.jsonl#line 4", "jsonl", "not valid JSON"),
        (f"d-crawl.bin#{warc_id}", "warc", "Ministers resume nuclear talks in Geneva"),
        ("e-empty.txt", "text", "file is empty"),
        ("f-binary.dat", "text", "binary data, not text or HTML"),
        ("sub/g-protest.htm", "html", "Students march in Santiago"),
    ]
    # errors name the file as it was reached, articles know their path
    assert str(items[6].payload) == f"{mixed / 'e-empty.txt'}: file is empty"
    assert str(items[4].payload) == f"{mixed / 'c-dump.jsonl'} line 4: not valid JSON"
    jsonl_article = items[2].payload
    assert isinstance(jsonl_article, Article)
    assert (jsonl_article.id, jsonl_article.published) == ("r1", "2024-02-01")
    assert jsonl_article.path == str(mixed / "c-dump.jsonl")
    warc_article = items[5].payload
    assert isinstance(warc_article, Article)
    assert warc_article.url == "https://n.test/talks"
    # a progress total counts articles: unknown with a WARC in the folder, else one per page or JSONL line
    assert count_sources([str(mixed)]) is None
    pages = [str(mixed / "a-text.txt"), str(mixed / "c-dump.jsonl"), str(mixed / "sub" / "g-protest.htm")]
    assert count_sources(pages) == 1 + 3 + 1


def test_expansion_is_stable(mixed: Path) -> None:
    first = [item.key for item in expand_sources([str(mixed)])]
    second = [item.key for item in expand_sources([str(mixed)])]
    assert first == second


def test_glob_patterns(mixed: Path) -> None:
    items = list(expand_sources([str(mixed / "*.txt")]))
    assert summary(items, mixed) == [
        ("a-text.txt", "text", "Opposition leader arrested in Dhaka"),
        ("e-empty.txt", "text", "file is empty"),
    ]
    deep = list(expand_sources([str(mixed / "**" / "*.htm*")]))
    assert [item.key for item in deep] == [str(mixed / "b-page.html"), str(mixed / "sub" / "g-protest.htm")]
    assert count_sources([str(mixed / "*.txt"), str(mixed / "**" / "*.htm*")]) == 4


def test_single_file_and_missing_spec(mixed: Path, tmp_path: Path) -> None:
    missing = str(tmp_path / "nowhere" / "*.txt")
    items = list(expand_sources([str(mixed / "b-page.html"), "no-such-file.txt", missing]))
    assert items[0].key == str(mixed / "b-page.html")
    assert [(i.key, str(i.payload)) for i in items[1:]] == [
        ("no-such-file.txt", "no-such-file.txt: no such file, folder or URL"),
        (missing, f"{missing}: no such file, folder or URL"),
    ]
    assert count_sources(["no-such-file.txt"]) == 1


def test_stdin() -> None:
    [item] = list(expand_sources(["-"], stdin=io.BytesIO(TEXT_ARTICLE.encode("utf-8"))))
    assert (item.key, item.kind) == ("<stdin>", "text")
    assert isinstance(item.payload, Article)
    assert item.payload.title == "Opposition leader arrested in Dhaka"
    dump = "\n".join(json.dumps(r) for r in JSONL_RECORDS).encode("utf-8")
    keys = [i.key for i in expand_sources(["-"], stdin=io.BytesIO(dump))]
    assert keys == ["<stdin>#line 1", "<stdin>#line 2"]
    assert count_sources(["-"]) is None


def test_whole_file_json_is_keyed_by_record(tmp_path: Path) -> None:
    path = tmp_path / "pretty.json"
    path.write_text(json.dumps(JSONL_RECORDS, indent=2), encoding="utf-8")
    items = list(expand_sources([str(path)]))
    assert [i.key for i in items] == [f"{path}#record 1", f"{path}#record 2"]


def test_oversized_file(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * (300 * 1024))
    [item] = list(expand_sources([str(path)], max_bytes=1024 * 1024))
    assert str(item.payload) == f"{path}: larger than the 1 MB limit"


# ----------------------------------------------------------------------------------------------- web
@pytest.fixture
def site(httpserver: HTTPServer) -> HTTPServer:
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /private/\n")
    httpserver.expect_request("/news/talks.html").respond_with_data(TALKS, content_type="text/html")
    httpserver.expect_request("/news/protest.html").respond_with_data(
        PROTEST, content_type="text/html; charset=utf-8"
    )
    httpserver.expect_request("/news/gone.html").respond_with_data("gone", status=404)
    base = httpserver.url_for("/").rstrip("/")
    rss = (FIXTURES / "rss.xml").read_text(encoding="utf-8").replace("{server}", base)
    httpserver.expect_request("/rss.xml").respond_with_data(rss, content_type="application/rss+xml")
    httpserver.expect_request("/notes.txt").respond_with_data(TEXT_ARTICLE, content_type="text/plain")
    httpserver.expect_request("/logo.png").respond_with_data(b"\x89PNG\r\n\x1a\n", content_type="image/png")
    return httpserver


@pytest.fixture
def client() -> Iterator[PoliteClient]:
    with PoliteClient(delay=0.0, timeout=5.0) as polite:
        yield polite


def test_url_spec_for_a_page(site: HTTPServer, client: PoliteClient) -> None:
    url = site.url_for("/news/talks.html")
    [item] = list(expand_sources([url], client=client))
    assert (item.key, item.kind) == (url, "url")
    assert isinstance(item.payload, Article)
    assert item.payload.url == url
    assert item.payload.published == "2024-03-05T09:30"
    assert count_sources([url]) is None


def test_url_spec_for_plain_text_and_failures(site: HTTPServer, client: PoliteClient) -> None:
    specs = [
        site.url_for("/notes.txt"),
        site.url_for("/logo.png"),
        site.url_for("/news/gone.html"),
        site.url_for("/private/x"),
    ]
    items = list(expand_sources(specs, client=client))
    assert isinstance(items[0].payload, Article)
    assert items[0].payload.title == "Opposition leader arrested in Dhaka"
    assert [str(i.payload) for i in items[1:]] == [
        f"{specs[1]}: not an article page (image/png)",
        f"{specs[2]}: HTTP 404",
        f"{specs[3]}: disallowed by robots.txt",
    ]
    assert {i.kind for i in items} == {"url"}


def test_url_spec_for_a_feed_fetches_each_entry(site: HTTPServer, client: PoliteClient) -> None:
    items = list(expand_sources([site.url_for("/rss.xml")], client=client))
    assert [(i.key, i.kind) for i in items] == [
        (site.url_for("/news/talks.html"), "feed-entry"),
        (site.url_for("/news/protest.html"), "feed-entry"),
        (site.url_for("/news/gone.html"), "feed-entry"),
    ]
    talks, protest, gone = (i.payload for i in items)
    assert isinstance(talks, Article)
    assert isinstance(protest, Article)
    assert talks.published == "2024-03-05T09:30"  # the page's own date
    assert protest.title == "Students march in Santiago"  # the page's title wins over the feed's
    assert protest.published == "2024-03-07T17:05"  # the page has none: the feed's
    assert protest.url == site.url_for("/news/protest.html")
    assert str(gone) == f"{site.url_for('/news/gone.html')}: HTTP 404"


def test_url_without_a_client_makes_its_own(site: HTTPServer) -> None:
    items = list(expand_sources([site.url_for("/news/talks.html")]))
    assert isinstance(items[0].payload, Article)
