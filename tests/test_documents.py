"""Reading inputs into Article records: text, HTML, JSONL, gzip, and every input error word for word."""

from __future__ import annotations

import gzip
import io
import re
import shutil
import sys
import types
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tidings import documents
from tidings.documents import (
    MAX_INPUT_BYTES,
    article_from_html,
    article_from_text,
    articles_from_jsonl,
    detect_kind,
    read_source,
)
from tidings.errors import DateError, InputError
from tidings.records import Article, RelatedLink

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
EXAMPLES = ROOT / "examples"
SEED = ROOT.parent / "shared" / "corpus" / "seed-article.txt"
FURNITURE = ("Share it", "Share this", "Leave a Reply", "Your email address", "Required fields", "Read more")


def _fallback_parse_published(value: str) -> str:
    """Stand-in for tidings.dates.parse_published while that module is being written elsewhere."""
    months = ["january", "february", "march", "april", "may", "june"]
    months += ["july", "august", "september", "october", "november", "december"]
    iso = re.match(r"\s*(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?", value)
    if iso:
        return iso.group(1) + (f"T{iso.group(2)}" if iso.group(2) else "")
    words = re.match(
        r"\s*(?:[A-Za-z]+,?\s+)?(\d{1,2})\s+([A-Za-z]+),?\s+(\d{4})(?:\D+(\d{1,2}):(\d{2}))?", value
    )
    if not words or words.group(2).lower() not in months:
        raise DateError(f"cannot read {value!r} as a date")
    day, month, year = int(words.group(1)), months.index(words.group(2).lower()) + 1, words.group(3)
    out = f"{year}-{month:02d}-{day:02d}"
    return out + (f"T{int(words.group(4)):02d}:{words.group(5)}" if words.group(4) else "")


@pytest.fixture(autouse=True, scope="module")
def _dates_module():
    """Use the real tidings.dates when it exists; otherwise a small stand-in, for this module only."""
    try:
        import tidings.dates  # noqa: F401
    except ImportError:
        fake = types.ModuleType("tidings.dates")
        fake.parse_published = _fallback_parse_published  # type: ignore[attr-defined]
        with pytest.MonkeyPatch.context() as patch:
            patch.setitem(sys.modules, "tidings.dates", fake)
            yield
        return
    yield


def _one(path: str, **kwargs) -> Article | InputError:
    items = list(read_source(path, **kwargs))
    assert len(items) == 1, items
    return items[0]


def _error(path: str, **kwargs) -> str:
    item = _one(path, **kwargs)
    assert isinstance(item, InputError), item
    return str(item)


@pytest.fixture
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


# ----------------------------------------------------------------------------------------------- errors
def test_missing_file(in_tmp):
    assert _error("missing.txt") == "missing.txt: no such file"


def test_directory(in_tmp):
    (in_tmp / "folder").mkdir()
    assert _error("folder") == "folder: is a directory, not a file"


def test_empty_file(in_tmp):
    shutil.copy(FIXTURES / "empty.txt", in_tmp / "empty.txt")
    assert _error("empty.txt") == "empty.txt: file is empty"


def test_binary_file(in_tmp):
    (in_tmp / "junk.bin").write_bytes(bytes(range(256)) * 4)
    assert _error("junk.bin") == "junk.bin: binary data, not text or HTML"


def test_undecodable_text_is_binary(in_tmp):
    (in_tmp / "latin.txt").write_bytes("Caf\xe9 politics in Z\xfcrich.\n".encode("latin-1"))
    assert _error("latin.txt") == "latin.txt: binary data, not text or HTML"


def test_declared_html_charset_is_honoured(in_tmp):
    page = (
        '<html><head><meta charset="windows-1252"><title>Caf\xe9</title></head><body><article>'
        "<p>The mayor of Z\xfcrich opened the new caf\xe9 on Monday, and the city council approved the plan "
        "for a second one near the station after a long debate in the chamber.</p></article></body></html>"
    )
    (in_tmp / "page.html").write_bytes(page.encode("cp1252"))
    article = _one("page.html")
    assert isinstance(article, Article)
    assert "Zürich" in article.text


def test_too_large(in_tmp):
    with open(in_tmp / "big.html", "wb") as handle:
        handle.truncate(MAX_INPUT_BYTES + 1)
    assert _error("big.html") == "big.html: larger than the 20 MB limit"


def test_too_large_on_stdin():
    stream = io.BytesIO(b"a" * (MAX_INPUT_BYTES + 10))
    assert _error("-", stdin=stream) == "<stdin>: larger than the 20 MB limit"


def test_truncated_gzip(in_tmp):
    data = gzip.compress(b"Some text about a meeting in Paris on Monday.\n" * 50)
    (in_tmp / "x.html.gz").write_bytes(data[: len(data) // 2])
    assert _error("x.html.gz") == "x.html.gz: truncated or corrupt gzip data"


def test_gzip_bomb_is_capped(in_tmp):
    (in_tmp / "bomb.txt.gz").write_bytes(gzip.compress(b"a" * (2 * 1024 * 1024)))
    limit = 1024 * 1024
    message = _error("bomb.txt.gz", max_bytes=limit)
    assert message == "bomb.txt.gz: larger than the 1 MB limit when decompressed"


def test_gzip_is_read(in_tmp):
    shutil.copy(EXAMPLES / "border-shelling.html", in_tmp / "page.html")
    (in_tmp / "page.html.gz").write_bytes(gzip.compress((in_tmp / "page.html").read_bytes()))
    article = _one("page.html.gz")
    assert isinstance(article, Article)
    assert article.title == "Kyrgyzstan accuses Tajikistan of shelling border village"
    assert article.path == "page.html.gz"


def test_unreadable_file(in_tmp, monkeypatch):
    (in_tmp / "secret.txt").write_text("A minister resigned on Monday.\n")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(documents, "open", refuse, raising=False)
    assert _error("secret.txt") == "secret.txt: permission denied"


def test_nav_only_page(in_tmp):
    shutil.copy(FIXTURES / "nav-only.html", in_tmp / "page.html")
    assert _error("page.html") == "page.html: no article text found"


def test_broken_html_gives_input_error_only(in_tmp):
    shutil.copy(FIXTURES / "broken.html", in_tmp / "broken.html")
    item = _one("broken.html")
    if isinstance(item, InputError):
        assert str(item) == "broken.html: no article text found"


@pytest.mark.parametrize(
    "html", ["", "<", "<html>", "<?xml version='1.0' encoding='utf-8'?><html><body></body></html>", "\x00<p>"]
)
def test_degenerate_html_raises_only_input_error(html):
    with pytest.raises(InputError) as caught:
        article_from_html(html, source="page.html")
    assert str(caught.value) == "page.html: no article text found"


def test_jsonl_errors_and_records(in_tmp):
    shutil.copy(FIXTURES / "dump.jsonl", in_tmp / "dump.jsonl")
    items = list(read_source("dump.jsonl"))
    messages = [str(i) for i in items if isinstance(i, InputError)]
    assert messages == [
        "dump.jsonl line 3: not valid JSON",
        'dump.jsonl line 4: record has no "text"',
        "dump.jsonl line 5: cannot read 'xx' as a date",
    ]
    articles = [i for i in items if isinstance(i, Article)]
    assert [a.id for a in articles] == ["dump-1", "dump-6"]
    first, from_html = articles
    assert first.title == "Ministers meet in Rome"
    assert first.published == "2023-05-02"
    assert first.url == "https://wire.example/1"
    assert first.path == "dump.jsonl"
    assert first.text == (
        "Italian and Greek ministers met in Rome on Tuesday to discuss migration.\n\n"
        "They agreed to meet again in June."
    )
    assert from_html.title == "Parliament votes"
    assert from_html.published == "2023-05-04"
    assert from_html.text.startswith("The parliament in Athens approved the budget")


def test_jsonl_not_an_object():
    (item,) = list(articles_from_jsonl('"text"\n', source="dump.jsonl"))
    assert str(item) == "dump.jsonl line 1: record is not a JSON object"
    items = list(articles_from_jsonl('{"text": "A vote."}\n[1]\n', source="dump.jsonl"))
    assert isinstance(items[0], Article)
    assert str(items[1]) == "dump.jsonl line 2: record is not a JSON object"


def test_whole_json_document(in_tmp):
    (in_tmp / "one.json").write_text('{\n  "id": "x1",\n  "text": "The cabinet resigned on Monday."\n}\n')
    article = _one("one.json")
    assert isinstance(article, Article)
    assert (article.id, article.text, article.path) == ("x1", "The cabinet resigned on Monday.", "one.json")
    (in_tmp / "many.json").write_text('[{"text": "A vote."}, {"title": "No text"}]')
    items = list(read_source("many.json"))
    assert isinstance(items[0], Article)
    assert str(items[1]) == 'many.json record 2: record has no "text"'


def test_jsonl_line_numbers_ignore_unicode_line_separators():
    data = '{"text": "One\\u2028two \u2028 three."}\n\n{"text": 5}\n'
    items = list(articles_from_jsonl(data, source="d.jsonl"))
    assert isinstance(items[0], Article)
    assert str(items[1]) == 'd.jsonl line 3: record has no "text"'


# ----------------------------------------------------------------------------------------------- kinds
@pytest.mark.parametrize(
    ("data", "name", "kind"),
    [
        (b'{"text": "x"}\n', "", "jsonl"),
        (b'\xef\xbb\xbf  {"text": "x"}', "a.txt", "jsonl"),
        (b"<!DOCTYPE html><html><body><p>x</p></body></html>", "a.txt", "html"),
        (b"  <p>Hello</p>", "", "html"),
        (b"Plain words about a vote.", "page.html", "html"),
        (b"Plain words about a vote.", "dump.jsonl", "jsonl"),
        (b"Plain words about a vote.", "notes.txt", "text"),
        (b"<3 for everyone", "", "text"),
        (gzip.compress(b"<html><body><p>x</p></body></html>", mtime=0), "x.gz", "html"),
        (b"\x1f\x8bnot really gzip", "a.html.gz", "html"),
    ],
)
def test_detect_kind(data, name, kind):
    assert detect_kind(data, name) == kind


# ----------------------------------------------------------------------------------------------- text
def test_text_title_dateline_byline_and_furniture():
    text = (
        "Minister Visits Rome\n\nFriday 13 January 2023 - 11:42\n\n"
        "MOSCOW (Reuters) - The   foreign\nminister arrived in Rome on Friday.\n\n"
        "Read also: Earlier Talks In Paris\n\nHe will meet the president on Monday.\n\n"
        "Share this:\n\nFollow us on Telegram\n\nTags: Italy, Russia\n\nCopyright © 2023 Example News\n\n"
        "Leave a comment\n\nGreat article!\n\nName *"
    )
    article = article_from_text(text, source="t.txt")
    assert article.title == "Minister Visits Rome"
    assert article.published == "2023-01-13T11:42"
    assert article.byline == "MOSCOW (Reuters)"
    assert article.related == [RelatedLink(title="Earlier Talks In Paris")]
    assert (
        article.text
        == "The foreign minister arrived in Rome on Friday.\n\nHe will meet the president on Monday."
    )


@pytest.mark.parametrize(
    ("first", "byline", "body"),
    [
        ("By Jane Doe, The president spoke.", "Jane Doe", "The president spoke."),
        ("ISWNews Analysis Group – Troops left.", "ISWNews Analysis Group", "Troops left."),
        ("President Joe Biden – who spoke – left.", None, "President Joe Biden – who spoke – left."),
        ("By Tuesday, troops had left.", None, "By Tuesday, troops had left."),
        ("Conservative Party members voted — narrowly — to stay.", None, None),
    ],
)
def test_byline_prefix(first, byline, body):
    article = article_from_text(f"Title Line\n\n{first}\n\nSecond paragraph.", source="t.txt")
    assert article.byline == byline
    assert article.text.split("\n\n")[0] == (body or first)


def test_standalone_by_line():
    article = article_from_text("A Title\n\nBy Jane Doe\n\nThe council met.", source="t.txt")
    assert (article.title, article.byline, article.text) == ("A Title", "Jane Doe", "The council met.")


def test_single_lines_are_paragraphs_and_sentence_first_line_is_not_a_title():
    article = article_from_text("The army withdrew on Monday.\nTalks resume on Friday.\n", source="t.txt")
    assert article.title is None
    assert article.text == "The army withdrew on Monday.\n\nTalks resume on Friday."


def test_single_short_line_is_body_not_title():
    article = article_from_text("Russia and Ukraine agree a ceasefire\n", source="t.txt")
    assert (article.title, article.text) == (None, "Russia and Ukraine agree a ceasefire")


def test_text_of_only_furniture_has_no_article():
    for text in ("Headline\n\nShare it:\n\nLeave a Reply\n\n", "   \n\n  "):
        with pytest.raises(InputError) as caught:
            article_from_text(text, source="t.txt")
        assert str(caught.value) == "t.txt: no article text found"


def test_share_prices_are_not_furniture():
    article = article_from_text("Share prices fell after the vote.\n\nSubscribers complained.", source="t")
    assert article.text == "Share prices fell after the vote.\n\nSubscribers complained."


def test_body_offsets_index_returned_text():
    article = article_from_text("Title\n\nDonetsk  –  shelled\ton Monday.\n\nMore.", source="t")
    start = article.text.index("shelled")
    assert article.text[start : start + 7] == "shelled"
    assert "\t" not in article.text and "  " not in article.text


# ----------------------------------------------------------------------------------------------- seed
@pytest.mark.corpus
def test_seed_article():
    if not SEED.exists():
        pytest.skip("../shared corpus not available")
    article = _one(str(SEED))
    assert isinstance(article, Article)
    assert article.title == "Putin’s Special Envoy Meets With Bashar Al-Assad"
    assert article.published == "2023-01-13T11:42"
    assert article.byline == "ISWNews Analysis Group"
    assert [r.title for r in article.related] == ["Trilateral Meeting Of Russia, Turkey And Syria In Moscow"]
    assert article.text.startswith("Russian president’s special envoy Alexander Lavrentiev held a meeting")
    for furniture in (*FURNITURE, "ISWNews", "Friday 13 January", "Trilateral Meeting"):
        assert furniture not in article.text
    assert "\n\n" in article.text and "\n\n\n" not in article.text


# ----------------------------------------------------------------------------------------------- examples
def test_example_text():
    article = _one(str(EXAMPLES / "envoy-visit.txt"))
    assert isinstance(article, Article)
    assert article.title == "Brazil's Foreign Minister Meets Ramaphosa In Pretoria"
    assert article.published == "2023-03-07T09:15"
    assert article.byline == "Southern Desk"
    assert article.related == [RelatedLink(title="BRICS Foreign Ministers Prepare Cape Town Meeting")]
    assert article.text.startswith("Brazilian Foreign Minister Mauro Vieira met South African President")
    assert article.text.endswith("Mozambican President Filipe Nyusi.")
    for furniture in (*FURNITURE, "Comment *", "Name *", "Email *"):
        assert furniture not in article.text


def test_example_html():
    article = _one(str(EXAMPLES / "border-shelling.html"))
    assert isinstance(article, Article)
    assert article.title == "Kyrgyzstan accuses Tajikistan of shelling border village"
    assert article.published == "2023-03-14T16:05"
    assert article.byline == "Aida Temirova"
    assert article.site == "Steppe Monitor"
    assert article.url == "https://steppe-monitor.example/news/2023/03/kyrgyzstan-tajikistan-shelling"
    assert article.text.startswith("Kyrgyzstan on Tuesday accused Tajik forces of shelling the village")
    assert article.text.endswith("if the shelling continued.")
    assert article.text.count("\n\n") == 4
    for furniture in (*FURNITURE, "Facebook", "Politics", "Post Comment", "All rights reserved", "Privacy"):
        assert furniture not in article.text
    assert article.related == [
        RelatedLink(
            "Ceasefire holds on Kyrgyz-Tajik border after deadly clashes",
            "https://steppe-monitor.example/news/2022/09/batken-ceasefire",
        ),
        RelatedLink(
            "Kyrgyz-Tajik border talks stall over water facilities",
            "https://steppe-monitor.example/news/2023/02/border-talks-stall",
        ),
        RelatedLink(
            "Batken residents return after evacuation",
            "https://steppe-monitor.example/news/2023/01/batken-evacuation",
        ),
    ]


def test_html_date_from_json_ld_and_time_element():
    body = (
        "<article><p>"
        + "The defence minister inspected troops near the border on Monday. " * 4
        + "</p></article>"
    )
    ld = '<script type="application/ld+json">{"@graph": [{"datePublished": "2023-02-01T08:30:00Z"}]}</script>'
    page = f"<html><head>{ld}</head><body>{body}</body></html>"
    assert article_from_html(page, source="p.html").published == "2023-02-01T08:30"
    page = f'<html><body><time datetime="2023-02-02">2 Feb</time>{body}</body></html>'
    assert article_from_html(page.encode(), source="p.html").published == "2023-02-02"


def test_example_jsonl():
    items = list(read_source(str(EXAMPLES / "wire.jsonl")))
    assert [type(i) for i in items] == [Article, Article]
    assert [i.id for i in items] == ["wire-tbilisi-protest", "wire-tokyo-summit"]
    assert [i.published for i in items] == ["2023-03-08", "2023-03-09"]
    for article in items:
        assert 150 <= len(article.text.split()) <= 300
        assert article.text.count("\n\n") == 4


def test_stdin():
    data = (EXAMPLES / "envoy-visit.txt").read_bytes()
    article = _one("-", stdin=io.BytesIO(data))
    assert isinstance(article, Article)
    assert article.path is None
    assert article.byline == "Southern Desk"
    assert _error("-", stdin=io.BytesIO(b"")) == "<stdin>: file is empty"


# ----------------------------------------------------------------------------------------------- property
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    data=st.one_of(
        st.binary(max_size=2000),
        st.text(max_size=500).map(str.encode),
        st.sampled_from([b"<html>", b"{", b"\x1f\x8b", b"<p>", b"\xff\xfe", b"\xef\xbb\xbf"]).flatmap(
            lambda head: st.binary(max_size=300).map(lambda tail: head + tail)
        ),
    ),
    name=st.sampled_from(["in.txt", "in.html", "in.jsonl", "in.gz", "in"]),
)
def test_any_bytes_give_articles_or_input_errors(tmp_path, data, name):
    path = tmp_path / name
    path.write_bytes(data)
    for item in read_source(str(path)):
        assert isinstance(item, Article | InputError)
        if isinstance(item, Article):
            assert item.text.strip()


def test_a_related_link_no_url_parser_can_read_is_left_out():
    # an unclosed IPv6 bracket made urljoin raise and the whole page fail (found by the fuzzer)
    html = (
        '<html><head><meta property="og:url" content="https://n.example/a"></head><body><article>'
        "<h1>Envoy visits Accra</h1><p>The Ghanaian president met the Togolese envoy in Accra on Monday.</p>"
        '</article><aside class="related"><a href="http://[broken/x">Broken</a>'
        '<a href="/b">Earlier talks in Lome</a></aside></body></html>'
    )
    article = documents.article_from_html(html, source="page.html", url="https://n.example/a")
    assert article.related == [RelatedLink("Earlier talks in Lome", "https://n.example/b")]
