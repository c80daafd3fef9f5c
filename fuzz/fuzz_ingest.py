"""An atheris (libFuzzer) target over everything tidings reads from outside: documents, feeds, WARC, dates.

    .venv/bin/python fuzz/fuzz_ingest.py -runs=2000                 # a fixed number of inputs
    .venv/bin/python fuzz/fuzz_ingest.py -max_total_time=600         # ten minutes
    .venv/bin/python fuzz/fuzz_ingest.py --seconds 20                # the same, for people

Each input goes to one entry point, chosen by its first byte, and the rest of the bytes are the input.
An entry point may return articles, ``InputError`` items or ``None``, and may raise ``InputError`` (or
``DateError`` for a publication date); anything else it raises is a bug, and so is an input that takes longer
than ``SLOW_SECONDS``. libFuzzer writes each crashing input to ``fuzz/corpus/`` (``crash-<sha1>``);
``tests/test_fuzz_regressions.py`` replays every file there, so a found case stays fixed.

The inputs under ``fuzz/corpus/`` double as the seed corpus the fuzzer starts from; new interesting inputs
found during a run go to a scratch directory and are not kept.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
SLOW_SECONDS = 10.0  # one input, any entry point, on a slow CI machine
FEED_URL = "http://127.0.0.1/feed.xml"
PUBLISHED = dt.date(2023, 3, 7)
# Small limits, so the size checks themselves are exercised by small inputs.
MAX_BYTES = 1024 * 1024


def _read_source(data: bytes) -> None:
    from tidings.documents import read_source
    from tidings.errors import InputError
    from tidings.records import Article

    for item in read_source("-", stdin=io.BytesIO(data), max_bytes=MAX_BYTES):
        assert isinstance(item, Article | InputError), type(item)
        if isinstance(item, Article):
            assert item.text.strip(), "an article without text"


def _expand_sources(data: bytes) -> None:
    from tidings.errors import InputError
    from tidings.records import Article
    from tidings.sources import expand_sources

    for item in expand_sources(["-"], stdin=io.BytesIO(data), max_bytes=MAX_BYTES):
        assert isinstance(item.payload, Article | InputError), type(item.payload)
        assert item.key


def _html(data: bytes) -> None:
    from tidings.documents import article_from_html
    from tidings.errors import InputError

    with contextlib.suppress(InputError):
        article_from_html(data, source="fuzz.html", url="http://127.0.0.1/page")


def _text(data: bytes) -> None:
    from tidings.documents import article_from_text
    from tidings.errors import InputError

    with contextlib.suppress(InputError):
        article_from_text(data.decode("utf-8", errors="replace"), source="fuzz.txt")


def _jsonl(data: bytes) -> None:
    from tidings.documents import articles_from_jsonl
    from tidings.errors import InputError
    from tidings.records import Article

    text = data.decode("utf-8", errors="replace")
    for item in articles_from_jsonl(text, source="fuzz.jsonl"):
        assert isinstance(item, Article | InputError), type(item)


def _feed(data: bytes) -> None:
    from tidings.errors import InputError
    from tidings.feeds import MAX_FEED_ENTRIES, looks_like_feed, parse_feed

    looks_like_feed(data)
    try:
        entries = parse_feed(data, FEED_URL, "application/rss+xml")
    except InputError:
        return
    assert len(entries) <= MAX_FEED_ENTRIES
    for entry in entries:
        assert entry.url is None or entry.url.startswith(("http://", "https://")), entry.url


def _warc(data: bytes) -> None:
    from tidings.errors import InputError
    from tidings.records import Article
    from tidings.warc import warc_articles_from_stream

    for key, item in warc_articles_from_stream(io.BytesIO(data), "fuzz.warc", max_record_bytes=MAX_BYTES):
        assert key.startswith("fuzz.warc")
        assert isinstance(item, Article | InputError), type(item)


def _warc_file(data: bytes) -> None:
    from tidings.warc import iter_warc_articles

    with tempfile.NamedTemporaryFile(suffix=".warc.gz") as handle:
        handle.write(data)
        handle.flush()
        for _key, _item in iter_warc_articles(handle.name, max_record_bytes=MAX_BYTES):
            pass


def _dates(data: bytes) -> None:
    from tidings.dates import parse_published, resolve_date
    from tidings.errors import DateError
    from tidings.records import DATE_PRECISIONS, DATE_RELATIONS

    text = data.decode("utf-8", errors="replace")
    lead, _, expression = text.partition("|")
    try:
        published = parse_published(text)
    except DateError:
        pass
    else:
        assert published[:4].isdigit(), published
    for base in (PUBLISHED, None):
        for future in (False, True):
            found = resolve_date(expression or lead, base, lead=lead, future=future)
            if found is not None:
                assert found.precision in DATE_PRECISIONS and found.relation in DATE_RELATIONS


# The first byte of an input picks the entry point; the replay test sends every input to all of them.
ENTRY_POINTS: tuple[tuple[str, Callable[[bytes], None]], ...] = (
    ("read_source", _read_source),
    ("expand_sources", _expand_sources),
    ("html", _html),
    ("text", _text),
    ("jsonl", _jsonl),
    ("feed", _feed),
    ("warc", _warc),
    ("warc_file", _warc_file),
    ("dates", _dates),
)


def check(name: str, data: bytes) -> None:
    """Run one entry point on ``data``; raise AssertionError when it misbehaves or is too slow."""
    entry = dict(ENTRY_POINTS)[name]
    started = time.monotonic()
    entry(data)
    elapsed = time.monotonic() - started
    assert elapsed < SLOW_SECONDS, f"{name} took {elapsed:.1f} s on {len(data)} bytes"


def test_one_input(data: bytes) -> None:
    """The libFuzzer entry point."""
    if not data:
        return
    name = ENTRY_POINTS[data[0] % len(ENTRY_POINTS)][0]
    check(name, data[1:])


def _warm_up() -> None:
    """Import everything (and load dateparser's data) once, outside the timed inputs."""
    for name, _ in ENTRY_POINTS:
        check(name, b"<html><body><p>Warm up, 7 March 2023.</p></body></html>")


def main(argv: list[str] | None = None) -> int:
    import atheris

    args = list(sys.argv if argv is None else argv)
    if "--seconds" in args:  # a friendlier spelling of libFuzzer's -max_total_time
        at = args.index("--seconds")
        args[at : at + 2] = [f"-max_total_time={int(args[at + 1])}"]
    if "--runs" in args:
        at = args.index("--runs")
        args[at : at + 2] = [f"-runs={int(args[at + 1])}"]
    CORPUS.mkdir(exist_ok=True)
    flags = [a for a in args[1:] if a.startswith("-")]
    if not any(a.startswith("-artifact_prefix=") for a in flags):
        args.append(f"-artifact_prefix={CORPUS}{os.sep}")
    if not any(a.startswith("-timeout=") for a in flags):
        args.append(f"-timeout={int(SLOW_SECONDS) * 3}")
    if not any(a.startswith("-rss_limit_mb=") for a in flags):
        args.append("-rss_limit_mb=4096")
    if not any(not a.startswith("-") for a in args[1:]):
        scratch = tempfile.mkdtemp(prefix="tidings-fuzz-")  # new inputs go here; the seeds are read from both
        args += [scratch, str(CORPUS)]
    with atheris.instrument_imports(include=["tidings"]):
        import tidings.dates
        import tidings.documents
        import tidings.feeds
        import tidings.sources
        import tidings.warc  # noqa: F401
    _warm_up()
    atheris.Setup(args, test_one_input)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
