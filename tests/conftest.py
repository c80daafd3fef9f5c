"""Shared fixtures: the ../shared corpus, the spaCy model (loaded once per session) and hand-built parses.

Unit tests of actors, places and modality never load the model: they build a parsed ``Doc`` by hand from
token tuples copied once from the real English model's parse, so they run in milliseconds and do not change
when the statistical model does.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_MISSING = "../shared corpus not available"

# One token of a hand-built parse: (text, followed by a space, head index within its sentence, dep, pos,
# tag, lemma, IOB entity tag such as "B-PERSON", "I-PERSON" or "O").
TokenRow = tuple[str, bool, int, str, str, str, str, str]


# CI must run every test: there, a missing ../shared or spaCy model is a failure, never a quiet skip.
STRICT = bool(os.environ.get("CI") or os.environ.get("TIDINGS_REQUIRE_ALL"))


def _skip_or_fail(reason: str) -> None:
    if STRICT:
        pytest.fail(f"{reason} (required when CI or TIDINGS_REQUIRE_ALL is set)")
    pytest.skip(reason)


def shared_path() -> Path:
    """Where ../shared is: $TIDINGS_SHARED when set, else the directory next to the repository."""
    override = os.environ.get("TIDINGS_SHARED")
    return Path(override) if override else ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The shared corpus directory; tests that use it are skipped where it is absent."""
    path = shared_path()
    if not (path / "corpus").is_dir():
        _skip_or_fail(SHARED_MISSING)
    return path


@pytest.fixture(scope="session")
def seed_path(shared_dir: Path) -> Path:
    path = shared_dir / "corpus" / "seed-article.txt"
    if not path.is_file():
        _skip_or_fail(SHARED_MISSING)
    return path


@pytest.fixture(scope="session")
def nlp() -> Any:
    """The configured spaCy model, loaded once for the whole session (tidings caches it as well)."""
    from tidings.errors import ConfigError
    from tidings.pipeline import load_model

    try:
        return load_model()
    except ConfigError as exc:  # pragma: no cover - the dev environment has the model installed
        _skip_or_fail(str(exc))


@pytest.fixture(autouse=True)
def _marked_needs(request: pytest.FixtureRequest) -> None:
    """``@pytest.mark.model`` tests get the session model (skipped when it is not installed) and
    ``@pytest.mark.corpus`` tests skip where ../shared is absent, even when they do not name the fixtures."""
    if request.node.get_closest_marker("corpus") is not None:
        request.getfixturevalue("shared_dir")
    if request.node.get_closest_marker("model") is not None:
        request.getfixturevalue("nlp")


def build_doc(*sentences: Sequence[TokenRow]) -> Any:
    """A parsed Doc from hand-written token rows, one list per sentence (heads relative to the sentence).

    Uses a blank English vocabulary: nothing is predicted, every attribute comes from the rows.
    """
    import spacy
    from spacy.tokens import Doc

    words: list[str] = []
    spaces: list[bool] = []
    heads: list[int] = []
    deps: list[str] = []
    pos: list[str] = []
    tags: list[str] = []
    lemmas: list[str] = []
    ents: list[str] = []
    sent_starts: list[bool] = []
    for number, sentence in enumerate(sentences):
        offset = len(words)
        for i, (text, space, head, dep, upos, tag, lemma, ent) in enumerate(sentence):
            last = i == len(sentence) - 1
            words.append(text)
            spaces.append(space or (last and number < len(sentences) - 1))
            heads.append(offset + head)
            deps.append(dep)
            pos.append(upos)
            tags.append(tag)
            lemmas.append(lemma)
            ents.append(ent)
            sent_starts.append(i == 0)
    vocab = _blank_vocab(spacy)
    return Doc(
        vocab,
        words=words,
        spaces=spaces,
        heads=heads,
        deps=deps,
        pos=pos,
        tags=tags,
        lemmas=lemmas,
        ents=ents,
        sent_starts=sent_starts,
    )


_VOCAB: list[Any] = []


def _blank_vocab(spacy: Any) -> Any:
    if not _VOCAB:
        _VOCAB.append(spacy.blank("en").vocab)
    return _VOCAB[0]


@pytest.fixture
def make_doc() -> Callable[..., Any]:
    """``make_doc(rows, rows, ...)``: a hand-built parsed Doc (see :func:`build_doc`)."""
    return build_doc
