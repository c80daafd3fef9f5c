"""The ``tidings`` command through click's CliRunner, and the installed console script in a subprocess."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from tidings.cli import cli

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
EXAMPLE_TXT = ROOT / "examples" / "envoy-visit.txt"
INSTALLED = ROOT / ".venv" / "bin" / "tidings"


def run(args: list[str], *, stdin: bytes | str | None = None) -> Result:
    return CliRunner().invoke(cli, args, input=stdin, catch_exceptions=False)


def stderr_lines(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


def jsonl(result: Result) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty current directory, so inputs are named by their bare file names in messages."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


# -- input errors: one line each, word for word, and a non-zero exit -----------------------------------------
def test_missing_file(workdir: Path) -> None:
    result = run(["extract", "missing.txt"])
    assert result.exit_code != 0
    assert result.stdout == ""
    lines = stderr_lines(result)
    assert lines[0] == "tidings: missing.txt: no such file"
    assert lines == ["tidings: missing.txt: no such file", "tidings: 1 input(s) failed"]


def test_empty_file(workdir: Path) -> None:
    (workdir / "empty.txt").write_bytes(b"")
    result = run(["extract", "--published", "2023-01-13", "empty.txt"])
    assert result.exit_code != 0
    assert stderr_lines(result) == ["tidings: empty.txt: file is empty", "tidings: 1 input(s) failed"]


def test_binary_file(workdir: Path) -> None:
    (workdir / "blob.bin").write_bytes(b"\x00\x01\x02\x03binary\xff\xfe" * 20)
    result = run(["extract", "--published", "2023-01-13", "blob.bin"])
    assert result.exit_code != 0
    assert stderr_lines(result) == [
        "tidings: blob.bin: binary data, not text or HTML",
        "tidings: 1 input(s) failed",
    ]


def test_html_page_without_article_text(workdir: Path) -> None:
    shutil.copy(FIXTURES / "nav-only.html", workdir / "nav-only.html")
    result = run(["extract", "--published", "2023-01-13", "nav-only.html"])
    assert result.exit_code != 0
    assert stderr_lines(result) == [
        "tidings: nav-only.html: no article text found",
        "tidings: 1 input(s) failed",
    ]


def test_bad_published_date() -> None:
    result = run(["extract", "--published", "notadate", str(EXAMPLE_TXT)])
    assert result.exit_code != 0
    assert result.stdout == ""
    assert stderr_lines(result) == ["tidings: cannot read 'notadate' as a date"]


def test_text_without_a_date_asks_for_published(workdir: Path) -> None:
    (workdir / "undated.txt").write_text(
        "Syria and Turkey held talks in Ankara on Monday.\n", encoding="utf-8"
    )
    result = run(["extract", "undated.txt"])
    assert result.exit_code != 0
    assert (
        stderr_lines(result)[0]
        == "tidings: undated.txt: no publication date found; give one with --published"
    )


def test_unknown_model_is_a_config_error() -> None:
    result = run(["--model", "no_such_model_xyz", "extract", "--published", "2023-01-13", str(EXAMPLE_TXT)])
    assert result.exit_code == 3
    (line,) = stderr_lines(result)
    assert line.startswith("tidings: spaCy model 'no_such_model_xyz' is not installed")


def test_max_input_mb_setting_limits_inputs(workdir: Path) -> None:
    (workdir / "big.txt").write_text("word " * 300_000, encoding="utf-8")  # 1.5 MB, no date: never parsed
    result = CliRunner().invoke(cli, ["extract", "big.txt"], env={"TIDINGS_MAX_INPUT_MB": "1"})
    assert result.exit_code != 0
    assert stderr_lines(result)[0] == "tidings: big.txt: larger than the 1 MB limit"


# -- extract -------------------------------------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.corpus
def test_extract_jsonl_gives_one_line_with_article_and_events(seed_path: Path) -> None:
    result = run(["extract", "--format", "jsonl", str(seed_path)])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert set(record) == {"article", "events"}
    assert record["article"]["title"] == "Putin’s Special Envoy Meets With Bashar Al-Assad"
    assert record["article"]["published"] == "2023-01-13T11:42"
    assert "text" not in record["article"]
    assert record["events"] and all(e["evidence"] for e in record["events"])


@pytest.mark.model
@pytest.mark.corpus
def test_extract_json_is_one_object_equal_to_the_jsonl_record(seed_path: Path) -> None:
    as_json = run(["extract", "--format", "json", str(seed_path)])
    as_jsonl = run(["extract", "--format", "jsonl", str(seed_path)])
    assert as_json.exit_code == 0 and as_jsonl.exit_code == 0
    record = json.loads(as_json.stdout)
    assert isinstance(record, dict)
    assert record == jsonl(as_jsonl)[0]
    assert "\n  " in as_json.stdout  # indented for people


@pytest.mark.model
def test_extract_json_with_several_articles_is_a_list() -> None:
    result = run(["extract", "--format", "json", str(ROOT / "examples" / "wire.jsonl")])
    assert result.exit_code == 0, result.stderr
    records = json.loads(result.stdout)
    assert isinstance(records, list) and len(records) == 2
    assert [r["article"]["id"] for r in records] == ["wire-tbilisi-protest", "wire-tokyo-summit"]


@pytest.mark.model
@pytest.mark.corpus
def test_with_text_includes_the_body_that_offsets_index(seed_path: Path) -> None:
    (record,) = jsonl(run(["extract", "--with-text", str(seed_path)]))
    text = record["article"]["text"]
    assert text.startswith("Russian president’s special envoy")
    assert "Share it" not in text
    for event in record["events"]:
        for ev in event["evidence"]:
            assert text[ev["start"] : ev["end"]] == ev["text"]


@pytest.mark.model
@pytest.mark.corpus
def test_published_option_overrides_the_page(seed_path: Path) -> None:
    (record,) = jsonl(run(["extract", "--published", "2023-01-13", str(seed_path)]))
    assert record["article"]["published"] == "2023-01-13"  # the page says 2023-01-13T11:42
    # relative dates are resolved against the given date: "January 12" is the one before it
    (later,) = jsonl(run(["extract", "--published", "2024-01-20", str(seed_path)]))
    assert later["article"]["published"] == "2024-01-20"
    visits = [e for e in later["events"] if e["type"] == "CONSULT" and e["date_text"] == "January 12"]
    assert visits and visits[0]["date"] == "2024-01-12"


@pytest.mark.model
@pytest.mark.corpus
def test_dash_reads_stdin(seed_path: Path) -> None:
    data = seed_path.read_bytes()
    (from_stdin,) = jsonl(run(["extract", "-"], stdin=data))
    (from_file,) = jsonl(run(["extract", str(seed_path)]))
    assert from_stdin["article"]["path"] is None
    assert from_stdin["article"]["title"] == from_file["article"]["title"]
    strip = [{k: v for k, v in e.items() if k != "id"} for e in from_file["events"]]
    assert [{k: v for k, v in e.items() if k != "id"} for e in from_stdin["events"]] == strip


def test_dash_with_empty_stdin_is_an_input_error() -> None:
    result = run(["extract", "--published", "2023-01-13", "-"], stdin=b"")
    assert result.exit_code != 0
    assert stderr_lines(result)[0] == "tidings: <stdin>: file is empty"


@pytest.mark.model
def test_one_bad_input_among_good_ones(workdir: Path) -> None:
    shutil.copy(EXAMPLE_TXT, workdir / "good.txt")
    (workdir / "empty.txt").write_bytes(b"")
    result = run(
        [
            "extract",
            "--format",
            "jsonl",
            "good.txt",
            "missing.txt",
            "empty.txt",
            str(ROOT / "examples" / "wire.jsonl"),
        ]
    )
    assert result.exit_code == 1
    records = jsonl(result)
    wire = str(ROOT / "examples" / "wire.jsonl")
    assert [r["article"]["path"] for r in records] == ["good.txt", wire, wire]  # in input order
    assert all(r["events"] for r in records)
    assert stderr_lines(result) == [
        "tidings: missing.txt: no such file",
        "tidings: empty.txt: file is empty",
        "tidings: 2 input(s) failed",
    ]


@pytest.mark.model
@pytest.mark.corpus
def test_min_confidence_filters_events(seed_path: Path) -> None:
    (everything,) = jsonl(run(["extract", str(seed_path)]))
    (strict,) = jsonl(run(["extract", "--min-confidence", "0.99", str(seed_path)]))
    (some,) = jsonl(run(["extract", "--min-confidence", "0.875", str(seed_path)]))
    assert everything["events"]
    assert all(e["confidence"] >= 0.99 for e in strict["events"])
    assert len(strict["events"]) < len(everything["events"])
    kept = {e["id"] for e in everything["events"] if e["confidence"] >= 0.875}
    assert {e["id"] for e in some["events"]} == kept
    assert 0 < len(kept) < len(everything["events"])


# -- eval ----------------------------------------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.corpus
def test_eval_prints_precision_and_recall(shared_dir: Path, seed_path: Path) -> None:
    gold = shared_dir / "corpus" / "seed-article.gold.json"
    result = run(["eval", str(gold), str(seed_path)])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("articles 1  gold 8  predicted ")
    assert lines[1].startswith("precision ") and " recall " in lines[1] and "core recall 1.000" in lines[1]
    assert "misses (gold events not found):" in result.stdout


@pytest.mark.model
@pytest.mark.corpus
def test_eval_json(shared_dir: Path, seed_path: Path) -> None:
    gold = shared_dir / "corpus" / "seed-article.gold.json"
    result = run(["eval", "--json", str(gold), str(seed_path)])
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert {"precision", "recall", "f1", "recall_core", "by_type", "misses", "false_alarms"} <= set(report)
    assert report["recall_core"] == 1.0
    assert report["gold"] == 8
    assert report["by_type"]["CONSULT"]["gold"] == 3
    assert len(report["misses"]) == report["gold"] - round(report["recall"] * report["gold"])
    assert all(m["article"] == "seed-article" for m in report["misses"])


def test_eval_missing_gold_file(workdir: Path) -> None:
    result = run(["eval", "nogold.jsonl", "x.txt"])
    assert result.exit_code == 2
    assert stderr_lines(result) == ["tidings: nogold.jsonl: no such file"]


def test_eval_predictions_mode_scores_saved_output(workdir: Path) -> None:
    gold = {
        "id": "a1",
        "events": [{"type": "CONSULT", "source": {"country": "RUS"}, "target": {"country": "SYR"}}],
    }
    pred = {
        "article": {"id": "a1"},
        "events": [
            {"type": "CONSULT", "source": {"country": "SYR"}, "target": {"country": "RUS"}},
            {"type": "ACCUSE", "source": {"country": "USA"}, "target": {"country": "RUS"}},
        ],
    }
    (workdir / "gold.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    (workdir / "pred.jsonl").write_text(json.dumps(pred) + "\n", encoding="utf-8")
    result = run(["eval", "--json", "--predictions", "gold.jsonl", "pred.jsonl"])
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert (report["precision"], report["recall"]) == (0.5, 1.0)
    assert [fa["type"] for fa in report["false_alarms"]] == ["ACCUSE"]


def test_version() -> None:
    result = run(["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == "tidings, version 0.1.0"


# -- the installed console script ----------------------------------------------------------------------------
def _installed() -> Path:
    if not INSTALLED.is_file():
        pytest.skip("the tidings console script is not installed in .venv")
    return INSTALLED


@pytest.mark.model
@pytest.mark.corpus
def test_installed_script_extracts_the_seed(seed_path: Path) -> None:
    proc = subprocess.run(
        [str(_installed()), "extract", "--format", "jsonl", str(seed_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["article"]["published"] == "2023-01-13T11:42"
    assert {e["type"] for e in record["events"]} >= {"CONSULT", "SUPPORT"}


def test_installed_script_reports_a_missing_file(tmp_path: Path) -> None:
    proc = subprocess.run(
        [str(_installed()), "extract", "missing.txt"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=tmp_path,
    )
    assert proc.returncode != 0
    assert proc.stdout == ""
    assert proc.stderr.splitlines()[0] == "tidings: missing.txt: no such file"
    assert "Traceback" not in proc.stderr


def test_module_entry_point_help() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "tidings.cli", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0
    assert "extract" in proc.stdout and "eval" in proc.stdout
