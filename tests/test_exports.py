"""Exports read back by the reference readers: pandas for CSV and GDELT, pyarrow for Parquet, networkx for
GraphML and GEXF, json for PLOVER, JSON Lines and GeoJSON.

A small hand-built store checks exact values; the store built from ../shared/corpus/wikinews/more.jsonl
(once per module) checks counts and values on real extraction output; the benchmark runs in --quick mode.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from tidings.cli import cli
from tidings.errors import ConfigError
from tidings.exports import (
    EXPORT_FORMATS,
    GDELT_COLUMNS,
    PLOVER_CODEBOOK_VERSION,
    export_events,
    gdelt_event_id,
)
from tidings.exports_graph import actor_node_key
from tidings.records import Actor, Article, ArticleRecord, Event, Evidence, Place
from tidings.render import CSV_COLUMNS
from tidings.store import EventFilter, Store

ROOT = Path(__file__).resolve().parents[1]
EVERYTHING = EventFilter()


# -- a hand-built store ---------------------------------------------------------------------------------
def _syria() -> Actor:
    return Actor(text="the Syrian government", name="Syria", country="SYR", sector="GOV")


def _usa() -> Actor:
    return Actor(text="Washington", name="United States", country="USA", sector="GOV")


def _records() -> list[ArticleRecord]:
    first = Article(
        text="Syria met the United States in Chicago. Syrian troops shelled Aleppo.",
        id="a-first",
        url="https://news.example/first",
        title="Talks in Chicago",
        published="2024-05-02T10:30:00+02:00",
        site="News Example",
    )
    second = Article(
        text="The UN accused Syria. Syria met the United States again.",
        id="a-second",
        url="https://news.example/second",
        title="UN accuses Syria",
        published="2024-06-10",
    )
    chicago = Place("Chicago", "USA", 41.85, -87.65, "in Chicago", "city")
    return [
        ArticleRecord(
            first,
            [
                Event(
                    "CONSULT",
                    _syria(),
                    _usa(),
                    [Evidence("Syria met the United States in Chicago.", 0, 39, 0)],
                    mode="meeting",
                    cameo="042",
                    quad_class=1,
                    goldstein=1.9,
                    date="2024-05-01",
                    date_precision="day",
                    place=chicago,
                    confidence=0.8,
                    id="e00000000000000a1",
                ),
                Event(
                    "ASSAULT",
                    Actor(text="Syrian troops", country="SYR", sector="MIL"),
                    None,
                    [Evidence("Syrian troops shelled Aleppo.", 40, 69, 1)],
                    cameo="190",
                    quad_class=4,
                    goldstein=-10.0,
                    date="2024-05",
                    date_precision="month",
                    place=Place("Syria", "SYR", 35.0, 38.0, "Syria", "country"),
                    confidence=0.6,
                    id="e00000000000000a2",
                ),
            ],
        ),
        ArticleRecord(
            second,
            [
                Event(
                    "ACCUSE",
                    Actor(text="The UN", name="United Nations", org="UN", sector="IGO"),
                    _syria(),
                    [Evidence("The UN accused Syria.", 0, 21, 0)],
                    cameo="112",
                    quad_class=3,
                    goldstein=-2.0,
                    confidence=0.7,
                    modality="claimed",
                    id="e00000000000000b1",
                ),
                Event(
                    "CONSULT",
                    _syria(),
                    _usa(),
                    [Evidence("Syria met the United States again.", 22, 56, 1)],
                    cameo="042",
                    quad_class=1,
                    goldstein=1.9,
                    date="2024-06-09",
                    date_precision="day",
                    confidence=0.9,
                    id="e00000000000000b2",
                ),
            ],
        ),
    ]


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    url = f"sqlite:///{tmp_path_factory.mktemp('small') / 'small.sqlite'}"
    with Store.open(url) as store:
        for record in _records():
            store.save_record(record)
        yield store


def _export(store: Store, fmt: str, tmp_path: Path, f: EventFilter = EVERYTHING, **options: Any) -> Path:
    path = tmp_path / f"export.{fmt}"
    export_events(store, f, fmt, path, **options)
    return path


def _gdelt_frame(path: Path) -> pd.DataFrame:
    return pd.read_csv(
        path, sep="\t", header=None, names=list(GDELT_COLUMNS), dtype=str, keep_default_na=False
    )


def _network(events: list[dict[str, Any]]) -> tuple[Counter[str], Counter[tuple[str, str]]]:
    """Actor and pair counts computed here, independently of the exporter's aggregation."""
    nodes: Counter[str] = Counter()
    edges: Counter[tuple[str, str]] = Counter()
    for event in events:
        keys = {actor_node_key(a) for a in (event["source"], event["target"]) if a}
        nodes.update(keys)
        if event["source"] and event["target"]:
            edges[(actor_node_key(event["source"]), actor_node_key(event["target"]))] += 1
    return nodes, edges


# -- GDELT ----------------------------------------------------------------------------------------------
def test_gdelt_has_61_tab_separated_columns_and_gdelt_values(small: Store, tmp_path: Path) -> None:
    path = _export(small, "gdelt", tmp_path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == small.count_events(EVERYTHING) == 4
    assert all(len(line.split("\t")) == 61 for line in lines)
    frame = _gdelt_frame(path).set_index("GLOBALEVENTID")
    meeting = frame.loc[str(gdelt_event_id("e00000000000000a1"))]
    assert meeting["SQLDATE"] == "20240501" and meeting["MonthYear"] == "202405" and meeting["Year"] == "2024"
    assert meeting["FractionDate"] == "2024.3306"
    assert (meeting["Actor1Code"], meeting["Actor1Name"], meeting["Actor1CountryCode"]) == (
        "SYRGOV",
        "SYRIA",
        "SYR",
    )
    assert meeting["Actor1Type1Code"] == "GOV" and meeting["Actor2Code"] == "USAGOV"
    assert (meeting["EventCode"], meeting["EventBaseCode"], meeting["EventRootCode"]) == ("042", "042", "04")
    assert (meeting["QuadClass"], meeting["GoldsteinScale"], meeting["IsRootEvent"]) == ("1", "1.9", "1")
    assert (meeting["NumMentions"], meeting["NumSources"], meeting["NumArticles"]) == ("1", "1", "1")
    assert meeting["AvgTone"] == ""
    # FIPS 10-4 in the geography: Syria is SY, the United States US; Chicago is a US city (type 3)
    assert (meeting["Actor1Geo_Type"], meeting["Actor1Geo_CountryCode"]) == ("1", "SY")
    assert meeting["Actor2Geo_CountryCode"] == "US"
    assert (meeting["ActionGeo_Type"], meeting["ActionGeo_FullName"]) == ("3", "Chicago, United States")
    assert (meeting["ActionGeo_CountryCode"], meeting["ActionGeo_Lat"], meeting["ActionGeo_Long"]) == (
        "US",
        "41.85",
        "-87.65",
    )
    assert meeting["DATEADDED"] == "20240502083000"  # 10:30 at +02:00, in UTC
    assert meeting["SOURCEURL"] == "https://news.example/first"
    shelling = frame.loc[str(gdelt_event_id("e00000000000000a2"))]
    # known only to the month: dated by the article that reports it, as GDELT does
    assert shelling["SQLDATE"] == "20240502" and shelling["EventRootCode"] == "19"
    assert (shelling["ActionGeo_Type"], shelling["ActionGeo_CountryCode"]) == ("1", "SY")
    assert shelling["Actor2Code"] == "" and shelling["IsRootEvent"] == "0"
    accusation = frame.loc[str(gdelt_event_id("e00000000000000b1"))]
    assert accusation["Actor1Code"] == "UNIGO" and accusation["Actor1KnownGroupCode"] == "UN"
    assert accusation["ActionGeo_Type"] == "" and accusation["SQLDATE"] == "20240610"


def test_gdelt_header_row_only_on_request(small: Store, tmp_path: Path) -> None:
    path = _export(small, "gdelt", tmp_path, header=True)
    frame = pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False)
    assert tuple(frame.columns) == GDELT_COLUMNS and len(frame) == 4
    assert set(frame["EventCode"]) == {"042", "190", "112"}


def test_gdelt_reads_counts_from_the_event_when_present() -> None:
    from tidings.exports import gdelt_row

    row = gdelt_row({"id": "e1", "type": "AID", "cameo": "070", "num_mentions": 7, "num_sources": 3})
    named = dict(zip(GDELT_COLUMNS, row, strict=True))
    assert (named["NumMentions"], named["NumSources"], named["NumArticles"]) == ("7", "3", "1")
    assert (named["QuadClass"], named["GoldsteinScale"]) == ("2", "7.0")  # from the codebook


def test_global_event_id_is_a_stable_int64() -> None:
    assert gdelt_event_id("e00000000000000a1") == 0xA1
    assert gdelt_event_id("eFFFFFFFFFFFFFFFF".lower()) < 2**63
    assert gdelt_event_id("not-hex") == gdelt_event_id("not-hex") > 0


# -- our own records ------------------------------------------------------------------------------------
def test_csv_reads_back_with_the_documented_columns(small: Store, tmp_path: Path) -> None:
    frame = pd.read_csv(_export(small, "csv", tmp_path), dtype={"cameo": str})
    assert tuple(frame.columns) == CSV_COLUMNS
    assert len(frame) == 4
    row = frame.set_index("id").loc["e00000000000000a1"]
    assert (row["cameo"], row["source_code"], row["place_lat"]) == ("042", "SYRGOV", 41.85)


def test_jsonl_is_what_the_store_returns(small: Store, tmp_path: Path) -> None:
    lines = _export(small, "jsonl", tmp_path).read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == small.events(EVERYTHING, order="id")


def test_parquet_has_typed_columns(small: Store, tmp_path: Path) -> None:
    table = pq.read_table(_export(small, "parquet", tmp_path))
    assert table.num_rows == 4 and tuple(table.column_names) == CSV_COLUMNS
    schema = table.schema
    assert schema.field("date").type == pa.date32() and schema.field("published").type == pa.date32()
    assert schema.field("cameo").type == pa.string() and schema.field("quad_class").type == pa.int8()
    assert schema.field("goldstein").type == pa.float64()
    rows = {row["id"]: row for row in table.to_pylist()}
    assert rows["e00000000000000a1"]["cameo"] == "042"
    assert str(rows["e00000000000000a1"]["date"]) == "2024-05-01"
    assert str(rows["e00000000000000a2"]["date"]) == "2024-05-01"  # month precision: its first day
    assert rows["e00000000000000a2"]["date_precision"] == "month"
    assert str(rows["e00000000000000a1"]["published"]) == "2024-05-02"
    assert rows["e00000000000000b1"]["date"] is None
    assert pd.read_parquet(_export(small, "parquet", tmp_path))["cameo"].tolist()[0] == "042"


def test_geojson_points_for_events_with_coordinates(small: Store, tmp_path: Path) -> None:
    doc = json.loads(_export(small, "geojson", tmp_path).read_text(encoding="utf-8"))
    assert doc["type"] == "FeatureCollection"
    features = {f["id"]: f for f in doc["features"]}
    assert set(features) == {"e00000000000000a1", "e00000000000000a2"}
    chicago = features["e00000000000000a1"]
    assert chicago["geometry"] == {"type": "Point", "coordinates": [-87.65, 41.85]}
    assert set(chicago["properties"]) == set(CSV_COLUMNS) and chicago["properties"]["cameo"] == "042"


def test_empty_geojson_is_still_valid(small: Store, tmp_path: Path) -> None:
    path = _export(small, "geojson", tmp_path, f=EventFilter(type="AID"))
    assert json.loads(path.read_text(encoding="utf-8")) == {"type": "FeatureCollection", "features": []}


def test_plover_fields(small: Store, tmp_path: Path) -> None:
    lines = _export(small, "plover", tmp_path).read_text(encoding="utf-8").splitlines()
    records = {r["id"]: r for r in map(json.loads, lines)}
    meeting = records["e00000000000000a1"]
    assert (meeting["actor"], meeting["recipient"], meeting["event"], meeting["mode"]) == (
        "SYRGOV",
        "USAGOV",
        "CONSULT",
        "meeting",
    )
    assert meeting["date"] == "2024-05-01"
    assert meeting["event_loc"] == {"name": "Chicago", "country": "USA", "lat": 41.85, "lon": -87.65}
    assert meeting["event_text"] == "Syria met the United States in Chicago."
    assert meeting["text_info"] == {"sentence": 0, "start": 0, "end": 39, "article_text_offsets": [[0, 39]]}
    assert meeting["cite_info"]["url"] == "https://news.example/first"
    assert meeting["cite_info"]["source"] == "News Example"
    assert (
        meeting["cite_info"]["codebook_version"] == PLOVER_CODEBOOK_VERSION == "PLOVER 2021 (tidings 0.1.0)"
    )
    assert (meeting["modality"], meeting["confidence"]) == ("asserted", 0.8)
    assert records["e00000000000000b1"]["modality"] == "claimed"
    assert records["e00000000000000a2"]["recipient"] is None


# -- the actor network ----------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_network_weights_and_balance(small: Store, tmp_path: Path, fmt: str) -> None:
    path = _export(small, fmt, tmp_path)
    graph = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    assert graph.is_directed()
    syria, usa = "SYRGOV|syria", "USAGOV|united states"
    assert graph.number_of_nodes() == 4 and graph.number_of_edges() == 2
    assert graph.nodes[syria]["events"] == 3 and graph.nodes[syria]["country"] == "SYR"
    assert graph.nodes[syria]["sector"] == "GOV"
    meetings = graph.edges[syria, usa]
    assert (meetings["weight"], meetings["cooperation"], meetings["conflict"]) == (2, 2, 0)
    assert meetings["balance"] == 1.0
    accusation = graph.edges["UNIGO|united nations", syria]
    assert (accusation["conflict"], accusation["balance"]) == (1, -1.0)


def test_filters_apply(small: Store, tmp_path: Path) -> None:
    consult = EventFilter(type="CONSULT")
    lines = _export(small, "jsonl", tmp_path, f=consult).read_text(encoding="utf-8").splitlines()
    assert {json.loads(line)["type"] for line in lines} == {"CONSULT"}
    assert len(lines) == small.count_events(consult) == 2
    assert len(_gdelt_frame(_export(small, "gdelt", tmp_path, f=consult))) == 2


def test_streams_and_progress(small: Store) -> None:
    seen: list[int] = []
    text = io.StringIO()
    assert export_events(small, EVERYTHING, "plover", text, progress=seen.append) == 4
    assert seen == [4] and len(text.getvalue().splitlines()) == 4
    raw = io.BytesIO()
    assert export_events(small, EVERYTHING, "csv", raw) == 4
    assert raw.getvalue().decode("utf-8").startswith("id,article_id,")
    assert export_events(small, EVERYTHING, "jsonl", io.StringIO(), limit=1, offset=1) == 1


def test_errors_name_the_problem(small: Store) -> None:
    with pytest.raises(ConfigError) as unknown:
        export_events(small, EVERYTHING, "xlsx", io.StringIO())
    assert str(unknown.value) == (
        "unknown export format 'xlsx'; known: plover, gdelt, csv, jsonl, parquet, graphml, gexf, geojson"
    )
    with pytest.raises(ConfigError) as binary:
        export_events(small, EVERYTHING, "parquet", io.StringIO())
    assert str(binary.value) == "the parquet export is binary: write it to a file or a binary stream"


# -- the command ----------------------------------------------------------------------------------------
def test_cli_export_to_a_file_and_to_stdout(small: Store, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "consult.tsv"
    done = runner.invoke(
        cli, ["export", "--db", small.url, "--format", "gdelt", "--type", "CONSULT", "-o", str(out)]
    )
    assert done.exit_code == 0, done.output
    assert "2 rows written (gdelt)" in done.stderr
    assert len(_gdelt_frame(out)) == 2
    shown = runner.invoke(cli, ["export", "--db", small.url, "--format", "csv", "-q"])
    assert shown.exit_code == 0, shown.output
    assert len(pd.read_csv(io.StringIO(shown.stdout))) == 4 and shown.stderr == ""
    binary = runner.invoke(cli, ["export", "--db", small.url, "--format", "parquet", "-o", "-", "-q"])
    assert binary.exit_code == 0, binary.output
    assert pq.read_table(io.BytesIO(binary.stdout_bytes)).num_rows == 4
    cut = runner.invoke(cli, ["export", "--db", small.url, "--format", "jsonl", "--limit", "3", "-q"])
    assert len(cut.stdout.splitlines()) == 3


def test_cli_reports_an_unwritable_output(small: Store, tmp_path: Path) -> None:
    target = tmp_path / "missing" / "out.csv"
    done = CliRunner().invoke(cli, ["export", "--db", small.url, "--format", "csv", "-o", str(target), "-q"])
    assert done.exit_code == 2
    assert done.stderr == f"tidings: cannot write {target}: No such file or directory\n"


# -- the Wikinews corpus --------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def corpus(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    from tidings.batch import ingest

    url = f"sqlite:///{tmp_path_factory.mktemp('corpus') / 'more.sqlite'}"
    with Store.open(url) as store:
        summary = ingest([str(shared_dir / "corpus" / "wikinews" / "more.jsonl")], store)
        assert summary.failed == 0
        yield store


@pytest.fixture(scope="module")
def corpus_events(corpus: Store) -> list[dict[str, Any]]:
    return list(corpus.iter_events(EVERYTHING))


@pytest.mark.model
@pytest.mark.corpus
def test_corpus_round_trips_every_format(
    corpus: Store, corpus_events: list[dict[str, Any]], tmp_path: Path
) -> None:
    total = corpus.count_events(EVERYTHING)
    assert total == len(corpus_events) > 100
    by_id = {e["id"]: e for e in corpus_events}
    written = {fmt: export_events(corpus, EVERYTHING, fmt, tmp_path / fmt) for fmt in EXPORT_FORMATS}
    located = [e for e in corpus_events if e["place"] and e["place"]["lat"] is not None]
    assert written == {fmt: len(located) if fmt == "geojson" else total for fmt in EXPORT_FORMATS}

    frame = pd.read_csv(tmp_path / "csv", dtype={"cameo": str, "id": str})
    assert len(frame) == total and frame["cameo"].tolist() == [e["cameo"] for e in corpus_events]

    table = pq.read_table(tmp_path / "parquet")
    assert table.num_rows == total and table.schema.field("date").type == pa.date32()
    assert table.column("cameo").to_pylist() == [e["cameo"] for e in corpus_events]
    assert table.column("confidence").to_pylist() == [e["confidence"] for e in corpus_events]
    assert all(code.startswith(("0", "1", "2")) for code in table.column("cameo").to_pylist())

    gdelt_lines = (tmp_path / "gdelt").read_text(encoding="utf-8").splitlines()
    assert len(gdelt_lines) == total and all(line.count("\t") == 60 for line in gdelt_lines)
    gdelt = _gdelt_frame(tmp_path / "gdelt")
    assert gdelt["EventCode"].tolist() == [e["cameo"] for e in corpus_events]
    assert gdelt["SOURCEURL"].tolist() == [e["article"]["url"] or "" for e in corpus_events]
    assert gdelt["GLOBALEVENTID"].astype("int64").is_unique

    plover = [json.loads(line) for line in (tmp_path / "plover").read_text(encoding="utf-8").splitlines()]
    assert [p["id"] for p in plover] == list(by_id)
    assert all(p["event"] == by_id[p["id"]]["type"] for p in plover)

    jsonl = [json.loads(line) for line in (tmp_path / "jsonl").read_text(encoding="utf-8").splitlines()]
    assert jsonl == corpus_events

    geo = json.loads((tmp_path / "geojson").read_text(encoding="utf-8"))
    assert [f["id"] for f in geo["features"]] == [e["id"] for e in located]

    nodes, edges = _network(corpus_events)
    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        graph = reader(tmp_path / fmt)
        assert graph.number_of_nodes() == len(nodes) and graph.number_of_edges() == len(edges)
        assert {n: graph.nodes[n]["events"] for n in graph.nodes} == dict(nodes)
        assert {(s, t): int(d["weight"]) for s, t, d in graph.edges(data=True)} == dict(edges)


@pytest.mark.model
@pytest.mark.corpus
def test_corpus_filter_exports_only_that_type(corpus: Store, tmp_path: Path) -> None:
    consult = EventFilter(type="CONSULT")
    path = tmp_path / "consult.tsv"
    done = CliRunner().invoke(
        cli, ["export", "--db", corpus.url, "--format", "gdelt", "--type", "CONSULT", "-o", str(path), "-q"]
    )
    assert done.exit_code == 0, done.output
    frame = _gdelt_frame(path)
    assert len(frame) == corpus.count_events(consult) > 0
    assert all(code.startswith("04") for code in frame["EventCode"])


# -- the benchmark --------------------------------------------------------------------------------------
def test_benchmark_quick_mode_reports_every_format() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "bench_export.py"), "--quick"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "rows/s" in lines[1] and "peak MB" in lines[1]
    rows = {line.split()[0]: line.split() for line in lines[2:]}
    assert set(rows) == set(EXPORT_FORMATS)
    for fmt, fields in rows.items():
        assert int(fields[1]) > 0 and float(fields[3]) > 0 and float(fields[4]) > 0, fmt


def test_iter_export_streams_the_same_bytes(small: Store, tmp_path: Path) -> None:
    from tidings.exports import iter_export

    for fmt in ("gdelt", "csv", "geojson"):
        streamed = b"".join(iter_export(small, EVERYTHING, fmt))
        assert streamed == _export(small, fmt, tmp_path).read_bytes(), fmt
    parquet = b"".join(iter_export(small, EVERYTHING, "parquet"))
    assert pq.read_table(io.BytesIO(parquet)).num_rows == 4
    graph = nx.read_gexf(io.BytesIO(b"".join(iter_export(small, EVERYTHING, "gexf"))))
    assert graph.number_of_edges() == 2
    with pytest.raises(ConfigError):
        iter_export(small, EVERYTHING, "xlsx")  # raised before the first chunk


def test_iter_export_stops_when_closed_early(small: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    import tidings.exports as exports

    monkeypatch.setattr(exports, "CHUNK_BYTES", 16)
    chunks = exports.iter_export(small, EVERYTHING, "jsonl")
    assert next(chunks)
    chunks.close()
    assert not any(t.name == "tidings-export" for t in threading.enumerate())
