"""Every input in fuzz/corpus/ (the seeds, and each crash the fuzzer ever found) replayed through every entry
point of fuzz/fuzz_ingest.py; and the fuzzer itself, run for a short fixed budget."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "fuzz" / "fuzz_ingest.py"
CORPUS = ROOT / "fuzz" / "corpus"
FUZZ_RUNS = 2000
FUZZ_SECONDS = 20


def _target() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fuzz_ingest", TARGET)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


fuzz_ingest = _target()
CASES = sorted(p for p in CORPUS.iterdir() if p.is_file() and not p.name.startswith("."))


def test_the_corpus_holds_seeds_for_every_entry_point() -> None:
    chosen = {fuzz_ingest.ENTRY_POINTS[p.read_bytes()[0] % len(fuzz_ingest.ENTRY_POINTS)][0] for p in CASES}
    assert chosen == {name for name, _ in fuzz_ingest.ENTRY_POINTS}


@pytest.mark.parametrize("case", CASES, ids=[p.name for p in CASES])
def test_corpus_input_passes_every_entry_point(case: Path) -> None:
    data = case.read_bytes()
    fuzz_ingest.test_one_input(data)  # as the fuzzer sent it
    for name, _ in fuzz_ingest.ENTRY_POINTS:  # and the payload to every other reader too
        fuzz_ingest.check(name, data[1:])


def test_the_fuzzer_runs_clean_for_a_short_budget(tmp_path: Path) -> None:
    try:
        import atheris  # noqa: F401
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("atheris is not installed; CI must run the fuzzer")
        pytest.skip("atheris is not installed on this Python")
    before = {p.name for p in CORPUS.iterdir()}
    (tmp_path / "new").mkdir()  # what the run finds goes here; crashes too (artifact_prefix)
    done = subprocess.run(
        [
            sys.executable,
            str(TARGET),
            f"-runs={FUZZ_RUNS}",
            f"-max_total_time={FUZZ_SECONDS}",
            "-seed=1",
            f"-artifact_prefix={tmp_path}{os.sep}",
            str(tmp_path / "new"),
            str(CORPUS),
        ],
        capture_output=True,
        text=True,
        timeout=FUZZ_SECONDS + 60,
        cwd=tmp_path,
    )
    assert {p.name for p in CORPUS.iterdir()} == before, "the fuzzer must not write into the kept corpus"
    tail = done.stderr[-3000:]
    assert done.returncode == 0, tail
    assert "Done " in done.stderr, tail
    assert not list(tmp_path.glob("crash-*")), tail
