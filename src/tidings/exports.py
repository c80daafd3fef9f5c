"""Exports of stored events in the formats the field already uses: PLOVER, GDELT 2.0, CSV, JSON Lines,
Parquet, GraphML, GEXF and GeoJSON (field by field in docs/exports.md).

Every writer streams from :meth:`Store.iter_events`: rows are written as they are read, Parquet in row groups
of :data:`PARQUET_ROW_GROUP` rows, and the graph formats keep counters per actor and actor pair only (see
:mod:`tidings.exports_graph`), so memory does not grow with the number of events.

Parquet needs pyarrow and the graph formats need networkx: both come with the ``export`` extra and are
imported only when those formats are asked for.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import queue
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from itertools import islice
from typing import IO, TYPE_CHECKING, Any, BinaryIO, TextIO, cast

from tidings import __version__
from tidings.codebook import codebook
from tidings.errors import ConfigError
from tidings.exports_graph import ActorNetwork, event_quad_class
from tidings.knowledge import DIVISION_KINDS, gazetteer
from tidings.render import CSV_COLUMNS, flat_event, write_event_csv

if TYPE_CHECKING:
    from tidings.store import EventFilter, Store

Output = BinaryIO | TextIO | str | os.PathLike[str]
Progress = Callable[[int], None]

# Rows per Parquet row group: large enough for good compression and fast scans, small enough that one
# group of Python objects stays well under 100 MB.
PARQUET_ROW_GROUP = 50_000
PROGRESS_EVERY = 1000
PLOVER_CODEBOOK_VERSION = f"PLOVER 2021 (tidings {__version__})"

# The GDELT 2.0 event table, in the published order and spelling (no header row in GDELT's own files).
GDELT_COLUMNS = (
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
)

# GDELT geographic resolution: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1)
GEO_COUNTRY, GEO_US_STATE, GEO_US_CITY, GEO_WORLD_CITY, GEO_WORLD_STATE = 1, 2, 3, 4, 5
_TYPED_DATE = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
_GDELT_UNSAFE = re.compile(r"[\t\r\n]+")


@dataclass(frozen=True)
class ExportFormat:
    """One export format: its name, the file suffix and media type to serve it with, and whether the writer
    produces bytes (``binary``) or text."""

    name: str
    suffix: str
    media_type: str
    binary: bool
    description: str


FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("plover", ".jsonl", "application/x-ndjson", False, "PLOVER JSON Lines"),
        ExportFormat("gdelt", ".tsv", "text/tab-separated-values", False, "GDELT 2.0 event table"),
        ExportFormat("csv", ".csv", "text/csv", False, "tidings events, flat"),
        ExportFormat("jsonl", ".jsonl", "application/x-ndjson", False, "tidings events, nested"),
        ExportFormat("parquet", ".parquet", "application/vnd.apache.parquet", True, "typed columns"),
        ExportFormat("graphml", ".graphml", "application/graphml+xml", True, "actor network"),
        ExportFormat("gexf", ".gexf", "application/gexf+xml", True, "actor network"),
        ExportFormat("geojson", ".geojson", "application/geo+json", False, "events with a place"),
    )
}
EXPORT_FORMATS = tuple(FORMATS)


def export_events(
    store: Store,
    f: EventFilter,
    fmt: str,
    out: Output,
    *,
    progress: Progress | None = None,
    header: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> int:
    """Write every event of ``store`` matching ``f`` to ``out`` in format ``fmt``; return the rows written.

    ``out`` is a path, or an open binary or text stream (binary formats need a path, a binary stream or a
    text stream with a ``buffer``). ``progress`` is called with the number of events read so far, every
    :data:`PROGRESS_EVERY` events and once at the end. ``header`` adds the column names to a GDELT file.
    ``limit``/``offset`` cut the events, taken in id order. For the graph formats the count returned is the
    number of events aggregated into the network; for GeoJSON it is the number of features (events with
    coordinates).
    """
    spec = _check_format(fmt)
    events: Iterable[dict[str, Any]] = store.iter_events(f)
    if offset or limit is not None:
        events = islice(events, offset, None if limit is None else offset + limit)
    counted = _counted(events, progress)
    if spec.binary:
        with _binary_sink(out, fmt) as sink:
            return _BINARY_WRITERS[fmt](counted, sink)
    with _text_sink(out, newline="" if fmt == "csv" else None) as text:
        if fmt == "gdelt":
            return write_gdelt(counted, text, header=header)
        return _TEXT_WRITERS[fmt](counted, text)


def iter_export(
    store: Store,
    f: EventFilter,
    fmt: str,
    *,
    header: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> Iterator[bytes]:
    """The export as chunks of bytes, for a streaming HTTP response (media type: ``FORMATS[fmt].media_type``).

    :func:`export_events` runs in a worker thread that hands over chunks of about :data:`CHUNK_BYTES`
    through a short queue, so memory stays bounded however slowly the client reads; closing the iterator
    early stops the worker. Errors about the format are raised here, before the first chunk."""
    _check_format(fmt)
    return _chunks(lambda sink: export_events(store, f, fmt, sink, header=header, limit=limit, offset=offset))


CHUNK_BYTES = 1 << 16


class _Cancelled(Exception):
    pass


class _ChunkSink(io.BufferedIOBase):
    """A write-only binary stream that passes on what is written in chunks of about CHUNK_BYTES."""

    def __init__(self, put: Callable[[bytes], None]) -> None:
        super().__init__()
        self._put = put
        self._pending = bytearray()
        self._position = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        size = len(data)
        self._pending += data
        self._position += size
        if len(self._pending) >= CHUNK_BYTES:
            self._put(bytes(self._pending))
            self._pending.clear()
        return size

    def tell(self) -> int:
        return self._position

    def finish(self) -> None:
        if self._pending:
            self._put(bytes(self._pending))
            self._pending.clear()


def _chunks(write: Callable[[BinaryIO], int]) -> Iterator[bytes]:
    chunks: queue.Queue[bytes | None] = queue.Queue(maxsize=16)
    stop = threading.Event()
    failures: list[BaseException] = []

    def put(chunk: bytes | None) -> None:
        while not stop.is_set():
            try:
                chunks.put(chunk, timeout=0.1)
                return
            except queue.Full:
                continue
        raise _Cancelled

    def work() -> None:
        try:
            sink = _ChunkSink(put)
            write(cast(BinaryIO, sink))
            sink.finish()
        except _Cancelled:
            return
        except BaseException as exc:  # handed to the reader, which raises it
            failures.append(exc)
        with suppress(_Cancelled):
            put(None)

    def read() -> Iterator[bytes]:
        worker = threading.Thread(target=work, name="tidings-export", daemon=True)
        worker.start()
        try:
            while (chunk := chunks.get()) is not None:
                yield chunk
            if failures:
                raise failures[0]
        finally:
            stop.set()
            worker.join()

    return read()


def _check_format(fmt: str) -> ExportFormat:
    spec = FORMATS.get(fmt)
    if spec is None:
        raise ConfigError(f"unknown export format {fmt!r}; known: {', '.join(EXPORT_FORMATS)}")
    if fmt in ("graphml", "gexf"):
        _require("networkx", fmt)
    elif fmt == "parquet":
        _require("pyarrow", fmt)
    return spec


def _require(module: str, fmt: str) -> None:
    try:
        __import__(module)
    except ImportError:
        raise ConfigError(
            f"the {fmt} export needs {module}, which comes with the export extra: "
            "pip install 'tidings[export]'"
        ) from None


def _counted(events: Iterable[dict[str, Any]], progress: Progress | None) -> Iterator[dict[str, Any]]:
    done = 0
    for event in events:
        yield event
        done += 1
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done)
    if progress is not None:
        progress(done)


# -- sinks ------------------------------------------------------------------------------------------------
@contextmanager
def _binary_sink(out: Output, fmt: str) -> Iterator[IO[bytes]]:
    if isinstance(out, str | os.PathLike):
        with open(out, "wb") as handle:
            yield handle
        return
    if isinstance(out, io.TextIOBase):
        buffer = getattr(out, "buffer", None)
        if buffer is None:
            raise ConfigError(f"the {fmt} export is binary: write it to a file or a binary stream")
        out.flush()
        yield buffer
        buffer.flush()
        return
    yield cast(BinaryIO, out)


@contextmanager
def _text_sink(out: Output, *, newline: str | None) -> Iterator[TextIO]:
    if isinstance(out, str | os.PathLike):
        with open(out, "w", encoding="utf-8", newline=newline) as handle:
            yield handle
        return
    if isinstance(out, io.TextIOBase):
        yield cast(TextIO, out)
        out.flush()
        return
    wrapper = io.TextIOWrapper(cast(BinaryIO, out), encoding="utf-8", newline=newline)
    try:
        yield wrapper
    finally:
        wrapper.flush()
        wrapper.detach()  # the caller's stream stays open


# -- our own records --------------------------------------------------------------------------------------
def write_jsonl(events: Iterable[dict[str, Any]], out: TextIO) -> int:
    """The event dicts as the API returns them, one JSON object a line."""
    written = 0
    for event in events:
        out.write(json.dumps(event, ensure_ascii=False) + "\n")
        written += 1
    return written


def write_csv(events: Iterable[dict[str, Any]], out: TextIO) -> int:
    """The flat rows of :data:`tidings.render.CSV_COLUMNS`, with a header row."""
    written = [0]

    def tally() -> Iterator[dict[str, Any]]:
        for event in events:
            written[0] += 1
            yield event

    write_event_csv(tally(), out)
    return written[0]


def write_geojson(events: Iterable[dict[str, Any]], out: TextIO) -> int:
    """A FeatureCollection of the events whose place has coordinates, written one feature at a time."""
    out.write('{"type": "FeatureCollection", "features": [')
    written = 0
    for event in events:
        place = event.get("place") or {}
        lat, lon = place.get("lat"), place.get("lon")
        if lat is None or lon is None:
            continue
        feature = {
            "type": "Feature",
            "id": event.get("id"),
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": flat_event(event),
        }
        out.write(("\n" if written == 0 else ",\n") + json.dumps(feature, ensure_ascii=False))
        written += 1
    out.write("\n]}\n")
    return written


# -- PLOVER -----------------------------------------------------------------------------------------------
def plover_record(event: dict[str, Any]) -> dict[str, Any]:
    """One event in PLOVER's JSON naming (docs/exports.md lists the mapping)."""
    source, target = event.get("source") or {}, event.get("target") or {}
    evidence = event.get("evidence") or []
    first = evidence[0] if evidence else {}
    place = event.get("place")
    article = event.get("article") or {}
    entry = codebook().resolve(event.get("cameo"))
    return {
        "id": event.get("id"),
        "date": event.get("date"),
        "actor": source.get("code"),
        "actor_name": source.get("name") or source.get("text"),
        "actor_country": source.get("country"),
        "recipient": target.get("code"),
        "recipient_name": target.get("name") or target.get("text"),
        "recipient_country": target.get("country"),
        "event": event.get("type"),
        "mode": event.get("mode"),
        "context": list(entry.context) if entry is not None else [],
        "event_loc": (
            {
                "name": place.get("name"),
                "country": place.get("country"),
                "lat": place.get("lat"),
                "lon": place.get("lon"),
            }
            if place
            else None
        ),
        "event_text": " ".join(item["text"] for item in evidence),
        "text_info": {
            "sentence": first.get("sentence"),
            "start": first.get("start"),
            "end": first.get("end"),
            "article_text_offsets": [[item["start"], item["end"]] for item in evidence],
        },
        "cite_info": {
            "url": article.get("url"),
            "source": article.get("site"),
            "title": article.get("title"),
            "published": article.get("published"),
            "article_id": article.get("id"),
            "codebook_version": PLOVER_CODEBOOK_VERSION,
        },
        "modality": event.get("modality"),
        "confidence": event.get("confidence"),
    }


def write_plover(events: Iterable[dict[str, Any]], out: TextIO) -> int:
    written = 0
    for event in events:
        out.write(json.dumps(plover_record(event), ensure_ascii=False) + "\n")
        written += 1
    return written


# -- GDELT 2.0 --------------------------------------------------------------------------------------------
def gdelt_event_id(event_id: str) -> int:
    """A stable positive integer for GLOBALEVENTID: our 16 hexadecimal digits (``e`` + 16 hex) less the top
    bit, or the same of the id's sha256 for ids of another shape. Fits a signed 64-bit column."""
    digits = event_id[1:] if event_id.startswith("e") else ""
    if len(digits) != 16 or not all(c in "0123456789abcdef" for c in digits):
        digits = hashlib.sha256(event_id.encode("utf-8")).hexdigest()[:16]
    return int(digits, 16) & 0x7FFF_FFFF_FFFF_FFFF


def gdelt_row(event: dict[str, Any]) -> list[str]:
    """One event as the 61 fields of a GDELT 2.0 event row (strings, empty where we have nothing)."""
    article = event.get("article") or {}
    day = _gdelt_day(event, article)
    cameo = event.get("cameo") or ""
    entry = codebook().resolve(cameo)
    quad = event_quad_class(event)
    goldstein = event.get("goldstein")
    if goldstein is None and entry is not None:
        goldstein = entry.goldstein
    evidence = event.get("evidence") or []
    place = event.get("place")
    row: list[Any] = [
        gdelt_event_id(event.get("id") or ""),
        day.strftime("%Y%m%d") if day else "",
        day.strftime("%Y%m") if day else "",
        day.year if day else "",
        _fraction_date(day) if day else "",
        *_gdelt_actor(event.get("source")),
        *_gdelt_actor(event.get("target")),
        1 if evidence and evidence[0].get("sentence") == 0 else 0,
        cameo,
        (cameo[:3] if len(cameo) >= 3 else cameo + "0") if cameo else "",
        cameo[:2],
        quad if quad is not None else "",
        float(goldstein) if goldstein is not None else "",
        event.get("num_mentions") or 1,
        event.get("num_sources") or 1,
        event.get("num_articles") or 1,
        "",  # AvgTone: tidings scores no tone
        *_actor_geo(event.get("source")),
        *_actor_geo(event.get("target")),
        *_place_geo(place),
        _gdelt_timestamp(article.get("fetched_at") or article.get("published")),
        article.get("url") or "",
    ]
    return [_gdelt_field(value) for value in row]


def write_gdelt(events: Iterable[dict[str, Any]], out: TextIO, *, header: bool = False) -> int:
    """Tab-separated GDELT 2.0 event rows, no header unless ``header``."""
    if header:
        out.write("\t".join(GDELT_COLUMNS) + "\n")
    written = 0
    for event in events:
        out.write("\t".join(gdelt_row(event)) + "\n")
        written += 1
    return written


def _gdelt_field(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(round(value, 4))
    return _GDELT_UNSAFE.sub(" ", str(value))


def _gdelt_actor(actor: dict[str, Any] | None) -> list[Any]:
    """Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1/2Code, Type1/2/3Code."""
    if not actor:
        return [""] * 10
    sector = actor.get("sector") or "UNK"
    name = actor.get("name") or actor.get("text") or ""
    return [
        actor.get("code") or "",
        name.upper(),
        actor.get("country") or "",
        actor.get("org") or "",
        "",
        "",
        "",
        "" if sector == "UNK" else sector,
        "",
        "",
    ]


def _actor_geo(actor: dict[str, Any] | None) -> list[Any]:
    """An actor's geography at country level: the country it is affiliated with (GDELT's own Actor geo is
    where the article places the actor; tidings does not place actors)."""
    country = (actor or {}).get("country")
    known = gazetteer().countries.get(country) if country else None
    if known is None:
        return [""] * 8
    fips = known.fips or ""
    return [GEO_COUNTRY, known.name, fips, fips, "", known.lat, known.lon, fips]


def _place_geo(place: dict[str, Any] | None) -> list[Any]:
    """Type, FullName, CountryCode (FIPS), ADM1Code, ADM2Code, Lat, Long, FeatureID of the event's place."""
    if not place:
        return [""] * 8
    country = gazetteer().countries.get(place.get("country") or "")
    fips = (country.fips if country else None) or ""
    geo_type = gdelt_geo_type(place)
    if geo_type == GEO_COUNTRY:
        name = country.name if country else place.get("name")
        return [geo_type, name, fips, fips, "", place.get("lat"), place.get("lon"), fips]
    full_name = ", ".join(part for part in (place.get("name"), country.name if country else None) if part)
    return [geo_type, full_name, fips, "", "", place.get("lat"), place.get("lon"), ""]


def gdelt_geo_type(place: dict[str, Any]) -> int:
    """GDELT's Geo_Type for one of our places, from its kind and whether it is in the United States."""
    kind = place.get("kind")
    in_us = place.get("country") == "USA"
    if kind == "country":
        return GEO_COUNTRY
    if kind in DIVISION_KINDS:
        return GEO_US_STATE if in_us else GEO_WORLD_STATE
    return GEO_US_CITY if in_us else GEO_WORLD_CITY


def _gdelt_day(event: dict[str, Any], article: dict[str, Any]) -> dt.date | None:
    """The event's day when it is known to the day, else the publication day (GDELT dates events by the
    article that reports them), else the first day of the event's month or year."""
    date = event.get("date")
    if date and event.get("date_precision") in ("day", None):
        day = _as_date(date)
        if day is not None and len(date) >= 10:
            return day
    published = _as_date(article.get("published"))
    return published or _as_date(date)


def _fraction_date(day: dt.date) -> str:
    """YYYY.FFFF, FFFF the share of the year gone before that day (0 on 1 January, below 1 on 31 December)."""
    days_in_year = (dt.date(day.year + 1, 1, 1) - dt.date(day.year, 1, 1)).days
    return f"{day.year + (day.timetuple().tm_yday - 1) / days_in_year:.4f}"


def _as_date(value: Any) -> dt.date | None:
    """The date of an ISO ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or date-time string (missing parts: 1)."""
    if not isinstance(value, str):
        return None
    match = _TYPED_DATE.match(value.strip())
    if match is None:
        return None
    year, month, day = (int(part) if part else 1 for part in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _gdelt_timestamp(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        return ""
    text = value.strip()
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        day = _as_date(text)
        return day.strftime("%Y%m%d000000") if day else ""
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC)
    return moment.strftime("%Y%m%d%H%M%S")


# -- Parquet ----------------------------------------------------------------------------------------------
_PARQUET_TYPES = {
    "published": "date",
    "date": "date",
    "quad_class": "int8",
    "goldstein": "float64",
    "place_lat": "float64",
    "place_lon": "float64",
    "confidence": "float64",
}


def parquet_schema() -> Any:
    """The Parquet columns: those of the CSV, dates as ``date32``, numbers typed, everything else strings."""
    import pyarrow as pa

    types = {"date": pa.date32(), "int8": pa.int8(), "float64": pa.float64()}
    fields = [pa.field(name, types.get(_PARQUET_TYPES.get(name, ""), pa.string())) for name in CSV_COLUMNS]
    return pa.schema(fields, metadata={"tidings": __version__, "columns": "docs/exports.md"})


def write_parquet(events: Iterable[dict[str, Any]], out: IO[bytes]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    converters: dict[str, Callable[[Any], Any]] = {
        name: _as_date if kind == "date" else _as_number for name, kind in _PARQUET_TYPES.items()
    }
    columns: dict[str, list[Any]] = {name: [] for name in CSV_COLUMNS}
    written = 0
    with pq.ParquetWriter(out, schema, compression="zstd") as writer:
        for event in events:
            row = flat_event(event)
            for name, values in columns.items():
                value = row.get(name)
                convert = converters.get(name)
                values.append(convert(value) if convert else _as_text(value))
            written += 1
            if written % PARQUET_ROW_GROUP == 0:
                writer.write_table(pa.Table.from_pydict(columns, schema=schema))
                columns = {name: [] for name in CSV_COLUMNS}
        if columns["id"]:
            writer.write_table(pa.Table.from_pydict(columns, schema=schema))
    return written


def _as_number(value: Any) -> Any:
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None


def _as_text(value: Any) -> str | None:
    return None if value is None else str(value)


# -- the actor network ------------------------------------------------------------------------------------
def actor_network(events: Iterable[dict[str, Any]]) -> ActorNetwork:
    network = ActorNetwork()
    for event in events:
        network.add(event)
    return network


def write_graphml(events: Iterable[dict[str, Any]], out: IO[bytes]) -> int:
    import networkx as nx

    network = actor_network(events)
    nx.write_graphml(network.to_networkx(), out)
    return network.events


def write_gexf(events: Iterable[dict[str, Any]], out: IO[bytes]) -> int:
    import networkx as nx

    network = actor_network(events)
    nx.write_gexf(network.to_networkx(), out)
    return network.events


_TEXT_WRITERS: dict[str, Callable[[Iterable[dict[str, Any]], TextIO], int]] = {
    "plover": write_plover,
    "csv": write_csv,
    "jsonl": write_jsonl,
    "geojson": write_geojson,
}
_BINARY_WRITERS: dict[str, Callable[[Iterable[dict[str, Any]], IO[bytes]], int]] = {
    "parquet": write_parquet,
    "graphml": write_graphml,
    "gexf": write_gexf,
}
