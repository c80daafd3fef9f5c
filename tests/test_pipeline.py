"""Paragraph splitting, parsing that keeps the text exactly, model names, and the cheap package import."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest

from tidings.errors import ConfigError
from tidings.pipeline import (
    FALLBACK_MODEL,
    PREFERRED_MODEL,
    load_model,
    parse_many,
    parse_text,
    resolve_model_name,
    split_paragraphs,
)

# Paragraphs without final full stops: spaCy alone would run them together into one sentence.
NO_STOPS = "Tension rose in the north\n\nRussia and Turkey agreed to talk\n  \n\nThe envoy left"


def test_split_paragraphs_offsets_index_the_text() -> None:
    text = "First one.\n\nSecond one.\n \t\n\n\nThird one."
    parts = split_paragraphs(text)
    assert [start for start, _ in parts] == [0, 12, 29]
    assert [p for _, p in parts] == ["First one.\n\n", "Second one.\n \t\n\n\n", "Third one."]
    for start, part in parts:
        assert text[start : start + len(part)] == part
    assert "".join(p for _, p in parts) == text


def test_split_paragraphs_edge_cases() -> None:
    assert split_paragraphs("") == []
    assert split_paragraphs("One line only.") == [(0, "One line only.")]
    assert split_paragraphs("Line one.\nLine two.") == [(0, "Line one.\nLine two.")]  # a single newline
    assert split_paragraphs("Ends here.\n\n") == [(0, "Ends here.\n\n")]
    assert split_paragraphs("\n\nStarts late.") == [(0, "\n\n"), (2, "Starts late.")]


@pytest.mark.model
def test_parse_text_keeps_the_text_exactly(nlp: Any) -> None:
    text = "  Syria and Turkey met.\n\n\tThe envoy left Damascus.  \n \n\nRussia said nothing.\n"
    doc = parse_text(nlp, text)
    assert doc.text == text
    assert len(doc.text) == len(text)
    for token in doc:
        assert text[token.idx : token.idx + len(token.text)] == token.text


@pytest.mark.model
def test_parse_text_never_joins_sentences_across_a_blank_line(nlp: Any) -> None:
    assert len(list(nlp(NO_STOPS).sents)) == 1  # the plain pipeline joins them: the reason parse_text exists
    doc = parse_text(nlp, NO_STOPS)
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences == ["Tension rose in the north", "Russia and Turkey agreed to talk", "The envoy left"]
    for sent in doc.sents:
        assert "\n\n" not in sent.text.strip()


@pytest.mark.model
def test_parse_text_keeps_entities_and_parse(nlp: Any) -> None:
    doc = parse_text(nlp, "Assad met Lavrentiev in Damascus.\n\nPutin stayed in Moscow.")
    assert {e.text for e in doc.ents if e.label_ == "GPE"} >= {"Damascus", "Moscow"}
    roots = [s.root.lemma_ for s in doc.sents]
    assert roots == ["meet", "stay"]


@pytest.mark.model
def test_parse_text_of_empty_text(nlp: Any) -> None:
    assert parse_text(nlp, "").text == ""
    assert len(parse_text(nlp, "")) == 0


@pytest.mark.model
def test_parse_many_equals_parse_text(nlp: Any) -> None:
    texts = [NO_STOPS, "One paragraph only.", "", "A.\n\nB said so.\n\n"]
    many = parse_many(nlp, texts)
    assert [d.text for d in many] == texts
    for text, doc in zip(texts, many, strict=True):
        single = parse_text(nlp, text)
        assert [s.text for s in doc.sents] == [s.text for s in single.sents]
        assert [(t.dep_, t.head.i) for t in doc] == [(t.dep_, t.head.i) for t in single]


def test_resolve_model_name() -> None:
    import importlib.util

    assert resolve_model_name("en_core_web_trf") == "en_core_web_trf"
    expected = PREFERRED_MODEL if importlib.util.find_spec(PREFERRED_MODEL) else FALLBACK_MODEL
    assert resolve_model_name("auto") == expected


def test_unknown_model_raises_config_error_naming_it() -> None:
    with pytest.raises(ConfigError) as info:
        load_model("no_such_model_xyz")
    message = str(info.value)
    assert "'no_such_model_xyz'" in message
    assert message.startswith("spaCy model 'no_such_model_xyz' is not installed")
    assert "TIDINGS_MODEL" in message
    assert info.value.exit_code == 3


def test_import_tidings_does_not_import_spacy() -> None:
    code = (
        "import tidings, sys; assert 'spacy' not in sys.modules, 'spacy imported'; print(tidings.__version__)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "0.1.0"


def test_light_modules_do_not_import_spacy() -> None:
    code = (
        "import sys, tidings.config, tidings.errors, tidings.records, tidings.evaluate, tidings.pipeline, "
        "tidings.cli; assert 'spacy' not in sys.modules, sorted(m for m in sys.modules if 'spacy' in m)[:3]"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert proc.returncode == 0, proc.stderr


def test_overlong_paragraphs_are_cut_at_whitespace_and_still_join_exactly() -> None:
    from tidings.pipeline import MAX_PARAGRAPH_CHARS, split_paragraphs

    wall = ("word " * 5000) + "\n\nshort paragraph.\n\n" + "x" * (3 * MAX_PARAGRAPH_CHARS)
    parts = split_paragraphs(wall)
    assert "".join(piece for _, piece in parts) == wall
    assert all(len(piece) <= MAX_PARAGRAPH_CHARS + 2 for _, piece in parts)  # + the blank-line separator
    assert all(wall[start : start + len(piece)] == piece for start, piece in parts)
    assert len(parts) >= 1 + 5 + 3


def test_a_wall_of_text_parses_in_bounded_pieces(nlp: object) -> None:
    from tidings.pipeline import parse_text

    text = "The minister met the envoy and " * 2000 + "they talked."
    doc = parse_text(nlp, text)  # type: ignore[arg-type]
    assert doc.text == text
    assert max(len(s.text) for s in doc.sents) <= 5000
