"""Reading web archives (WARC, as written by crawlers such as Heritrix, wget or Browsertrix) into articles.

Only the archived pages are read: ``response`` records with HTTP status 200 and an HTML content type.
Each record is keyed ``<path>#<WARC-Record-ID>`` so a batch can say which page failed and resume.
"""

from __future__ import annotations

import datetime as dt
import zlib
from collections.abc import Iterator
from typing import IO, Any

from tidings.documents import MAX_INPUT_BYTES, article_from_html
from tidings.errors import InputError
from tidings.records import Article

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_WARC_MAGIC = b"WARC/1."
_GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 64 * 1024


def _limit_message(max_bytes: int) -> str:
    return f"larger than the {max_bytes // (1024 * 1024)} MB limit"


def is_warc(data_head: bytes) -> bool:
    """Whether bytes start a WARC file: "WARC/1." at the start, plain or inside gzip."""
    if data_head.startswith(_GZIP_MAGIC):
        try:
            data_head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data_head, len(_WARC_MAGIC))
        except zlib.error:
            return False
    return data_head.startswith(_WARC_MAGIC)


def iter_warc_articles(
    path: str, *, max_record_bytes: int = MAX_INPUT_BYTES
) -> Iterator[tuple[str, Article | InputError]]:
    """Yield ``(record key, Article or InputError)`` for each archived HTML page in a .warc or .warc.gz.

    A truncated or corrupt archive yields the pages read so far, then one InputError naming the file.
    """
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed in the finally below, after the generator ends
    except FileNotFoundError:
        yield path, InputError(path, "no such file")
        return
    except IsADirectoryError:
        yield path, InputError(path, "is a directory, not a file")
        return
    except OSError as exc:
        yield path, InputError(path, f"cannot read ({exc.strerror or exc})")
        return
    try:
        yield from warc_articles_from_stream(handle, path, max_record_bytes=max_record_bytes)
    finally:
        handle.close()


def warc_articles_from_stream(
    stream: IO[bytes], label: str, *, max_record_bytes: int = MAX_INPUT_BYTES
) -> Iterator[tuple[str, Article | InputError]]:
    """Like :func:`iter_warc_articles`, for an open binary stream; ``label`` names it in keys and errors."""
    from warcio.archiveiterator import ArchiveIterator  # lazy: only WARC users pay for it

    try:
        head = stream.read(4096)
    except OSError as exc:
        yield label, InputError(label, f"cannot read ({exc.strerror or exc})")
        return
    if not is_warc(head):
        yield label, InputError(label, "not a WARC file")
        return
    source = _Source(head, stream)
    records = ArchiveIterator(source)
    damaged = InputError(label, "truncated or corrupt WARC data")
    while True:
        try:
            record = next(records)
        except StopIteration:
            # warcio ends quietly at a record cut off inside its headers; the bytes left over tell
            if records.offset != source.position:
                yield label, damaged
            return
        except Exception:  # warcio on damaged bytes raises nearly anything (even AttributeError)
            yield label, damaged
            return
        try:
            found = _article(record, label, max_record_bytes)
            short = _short(record)
        except Exception:  # as above, inside one record
            found, short = None, True
        if short:  # a record cut off is not a page: only the damage is reported
            yield label, damaged
            return
        if found is not None:
            yield found


class _Damaged(Exception):
    """The archive's bytes end early or are corrupt (an exception warcio does not catch and hide)."""


class _Source:
    """The WARC bytes as warcio reads them, counted, with gzip undone here.

    warcio takes a gzip member cut off in the middle for a clean end of file; here every byte that could
    be decompressed is handed on first, then the cut raises :class:`_Damaged`.
    """

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._raw = _Replay(head, rest)
        self._gzip = head.startswith(_GZIP_MAGIC)
        self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self._pending = b""  # compressed bytes read but not yet decompressed
        self._buffer = bytearray()  # decompressed bytes not yet handed on
        self._member_open = False
        self._cut = False
        self._at_end = False
        self.position = 0

    def read(self, size: int = -1) -> bytes:
        if not self._gzip:
            data = self._raw.read(size)
        else:
            wanted = size if size is not None and size >= 0 else 1 << 62
            while len(self._buffer) < wanted and not self._at_end:
                self._inflate()
            if not self._buffer and self._cut:
                raise _Damaged("gzip data ends early or is corrupt")
            data = bytes(self._buffer[:wanted])
            del self._buffer[:wanted]
        self.position += len(data)
        return data

    def _inflate(self) -> None:
        if not self._pending:
            self._pending = self._raw.read(_CHUNK)
            if not self._pending:
                self._at_end = True
                self._cut = self._member_open
                return
        if not self._member_open:
            self._pending = self._pending.lstrip(b"\x00")  # zero padding between gzip members
            if not self._pending:
                return
        self._member_open = True
        try:
            self._buffer += self._inflater.decompress(self._pending, _CHUNK)
        except zlib.error:
            self._at_end = self._cut = True
            return
        self._pending = self._inflater.unconsumed_tail
        if self._inflater.eof:  # the next gzip member (one per record in a .warc.gz) follows
            self._pending = self._inflater.unused_data
            self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
            self._member_open = False

    def tell(self) -> int:
        return self.position


class _Replay:
    """A stream whose first bytes were already read: they are given again, then the rest."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = head
        self._rest = rest

    def read(self, size: int = -1) -> bytes:
        if not self._head:
            return self._rest.read(size)
        if size is None or size < 0:
            data, self._head = self._head + self._rest.read(), b""
        else:
            data, self._head = self._head[:size], self._head[size:]
        return data


def _article(record: Any, label: str, max_bytes: int) -> tuple[str, Article | InputError] | None:
    """The page in a response record, or None when the record is not an archived HTML page."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    if record.http_headers.get_statuscode() != "200":
        return None
    media_type = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if media_type not in _HTML_TYPES:
        return None
    record_id = record.rec_headers.get_header("WARC-Record-ID") or ""
    key = f"{label}#{record_id}"
    url = record.rec_headers.get_header("WARC-Target-URI")
    body = record.content_stream().read(max_bytes + 1)  # decodes chunked and gzip transfer, within the cap
    if len(body) > max_bytes:
        return key, InputError(key, _limit_message(max_bytes))
    try:
        article = article_from_html(body, source=key, url=url)
    except InputError as exc:
        return key, exc
    article.path = label
    article.published = article.published or _warc_date(record.rec_headers.get_header("WARC-Date"))
    return key, article


def _short(record: Any) -> bool:
    """Whether the record ended before its declared Content-Length (the file was cut off)."""
    if not (record.rec_headers.get_header("Content-Length") or "").strip().isdigit():
        return True  # the headers themselves were cut off
    stream = record.raw_stream
    while stream.read(_CHUNK):
        pass
    return getattr(stream, "limit", 0) > 0


def _warc_date(value: str | None) -> str | None:
    """The WARC-Date as tidings writes dates: "2024-03-01T12:30:05Z" -> "2024-03-01T12:30"."""
    if not value:
        return None
    try:
        stamp = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return stamp.strftime("%Y-%m-%dT%H:%M")
