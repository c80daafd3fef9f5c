"""Reading web archives: small .warc and .warc.gz files written here with warcio's WARCWriter."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tidings.errors import InputError
from tidings.records import Article
from tidings.warc import is_warc, iter_warc_articles, warc_articles_from_stream

FIXTURES = Path(__file__).parent / "fixtures" / "feeds"
CAPTURED = "2024-03-09T08:15:30Z"


def write_warc(path: Path, *, gzipped: bool, extra_html: bytes | None = None) -> list[int]:
    """A small crawl: 2 HTML pages, an image, a 404 page and a request record (+ an optional big page).

    Returns the file offset after each record, so tests can cut the file inside a chosen record.
    """
    ends: list[int] = []
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gzipped)

        def response(url: str, status: str, content_type: str, body: bytes) -> None:
            http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(body),
                http_headers=http,
                warc_headers_dict={"WARC-Date": CAPTURED},
            )
            writer.write_record(record)
            ends.append(handle.tell())

        talks = (FIXTURES / "page-talks.html").read_bytes()
        protest = (FIXTURES / "page-protest.html").read_bytes()
        response("https://n.test/talks", "200 OK", "text/html; charset=utf-8", talks)
        response("https://n.test/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(200))
        response("https://n.test/gone", "404 Not Found", "text/html", talks)
        request = StatusAndHeaders("GET /talks HTTP/1.1", [("Host", "n.test")], is_http_request=True)
        writer.write_record(
            writer.create_warc_record(
                "https://n.test/talks", "request", payload=io.BytesIO(b""), http_headers=request
            )
        )
        ends.append(handle.tell())
        response("https://n.test/protest", "200 OK", "application/xhtml+xml", protest)
        if extra_html is not None:
            response("https://n.test/huge", "200 OK", "text/html", extra_html)
    return ends


def record_ids(path: Path) -> list[str]:
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as handle:
        return [
            r.rec_headers.get_header("WARC-Record-ID")
            for r in ArchiveIterator(handle)
            if r.rec_type == "response" and r.http_headers.get_statuscode() == "200"
        ]


@pytest.mark.parametrize("gzipped", [False, True], ids=["warc", "warc.gz"])
def test_only_html_200_responses_become_articles(tmp_path: Path, gzipped: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    write_warc(path, gzipped=gzipped)
    found = list(iter_warc_articles(str(path)))
    assert all(isinstance(payload, Article) for _, payload in found)
    articles = [payload for _, payload in found if isinstance(payload, Article)]
    assert [a.url for a in articles] == ["https://n.test/talks", "https://n.test/protest"]
    html_ids = record_ids(path)  # talks, logo, protest: the 200s
    assert [key for key, _ in found] == [f"{path}#{html_ids[0]}", f"{path}#{html_ids[2]}"]
    talks, protest = articles
    assert talks.title == "Ministers resume nuclear talks in Geneva"
    assert talks.published == "2024-03-05T09:30"  # from the page
    assert protest.published == "2024-03-09T08:15"  # the page has none: the capture date
    assert talks.path == str(path)
    assert "Iran and France" in talks.text


def test_truncated_warc_gz_gives_good_records_then_one_error(tmp_path: Path) -> None:
    whole = tmp_path / "whole.warc.gz"
    ends = write_warc(whole, gzipped=True)
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: (ends[-2] + ends[-1]) // 2])  # halfway through the last page's record
    found = list(iter_warc_articles(str(cut)))
    assert [type(payload).__name__ for _, payload in found] == ["Article", "InputError"]
    first = found[0][1]
    assert isinstance(first, Article)
    assert first.url == "https://n.test/talks"
    key, error = found[-1]
    assert key == str(cut)
    assert str(error) == f"{cut}: truncated or corrupt WARC data"


@pytest.mark.parametrize("gzipped", [False, True], ids=["warc", "warc.gz"])
def test_cut_anywhere_never_raises(tmp_path: Path, gzipped: bool) -> None:
    whole = tmp_path / "whole.warc"
    ends = write_warc(whole, gzipped=gzipped)
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc"
    for size in range(ends[0] // 3, len(data), 97):
        cut.write_bytes(data[:size])
        found = list(iter_warc_articles(str(cut)))
        errors = [p for _, p in found if isinstance(p, InputError)]
        assert len(errors) <= 1
        if not any(
            end - 4 <= size <= end for end in ends
        ):  # a cut in the blank lines after a record is harmless
            assert errors, size
            assert errors[0].problem == "truncated or corrupt WARC data"


def test_cut_plain_warc_inside_a_record(tmp_path: Path) -> None:
    whole = tmp_path / "whole.warc"
    ends = write_warc(whole, gzipped=False)
    cut = tmp_path / "cut.warc"
    cut.write_bytes(whole.read_bytes()[: ends[-1] - 200])
    found = list(iter_warc_articles(str(cut)))
    assert [type(p).__name__ for _, p in found] == ["Article", "InputError"]
    assert str(found[-1][1]) == f"{cut}: truncated or corrupt WARC data"


@pytest.mark.parametrize(
    "content",
    [b"Just some text, not an archive.\n" * 10, gzip.compress(b"<html>not a warc</html>"), b""],
    ids=["text", "gzip", "empty"],
)
def test_not_a_warc_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.warc"
    path.write_bytes(content)
    (key, error), *rest = list(iter_warc_articles(str(path)))
    assert rest == []
    assert key == str(path)
    assert isinstance(error, InputError)
    assert str(error) == f"{path}: not a WARC file"


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.warc"
    [(key, error)] = list(iter_warc_articles(str(path)))
    assert (key, str(error)) == (str(path), f"{path}: no such file")


def test_record_over_the_limit_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "big.warc.gz"
    huge = b"<html><body><p>" + b"word " * (300 * 1024) + b"</p></body></html>"
    write_warc(path, gzipped=True, extra_html=huge)
    found = list(iter_warc_articles(str(path), max_record_bytes=1024 * 1024))
    assert [type(p).__name__ for _, p in found] == ["Article", "Article", "InputError"]
    key, error = found[-1]
    assert str(error) == f"{key}: larger than the 1 MB limit"
    assert key.startswith(f"{path}#<urn:uuid:")


def test_is_warc() -> None:
    assert is_warc(b"WARC/1.0\r\nWARC-Type: warcinfo\r\n")
    assert is_warc(b"WARC/1.1\r\n")
    assert is_warc(gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n" + bytes(100))[:200])
    assert not is_warc(b"<html>")
    assert not is_warc(gzip.compress(b"hello world"))
    assert not is_warc(b"\x1f\x8b\x08junk")
    assert not is_warc(b"")


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=3000), st.booleans())
def test_any_bytes_after_the_magic_never_raise(junk: bytes, gzipped: bool) -> None:
    data = b"WARC/1.0\r\n" + junk
    if gzipped:
        data = gzip.compress(data)[: len(data) // 2 + 20]
    found = list(warc_articles_from_stream(io.BytesIO(data), "fuzz.warc"))
    assert all(isinstance(payload, (Article, InputError)) for _, payload in found)
    assert sum(isinstance(payload, InputError) and payload.source == "fuzz.warc" for _, payload in found) <= 1
