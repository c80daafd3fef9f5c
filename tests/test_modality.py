"""Modality and attribution of event mentions (MentionFinder.mentions) on hand-built parses.

The token rows are copied from the English model's parse of each sentence; no model is loaded here.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tidings.actors import ArticleActors
from tidings.events import Mention, MentionFinder
from tidings.records import MODALITIES

PUBLISHED = dt.date(2023, 1, 13)

# "The Turkish president met the Syrian president in Ankara."
MET_IN_ANKARA = [
    ("The", True, 2, "det", "DET", "DT", "the", "O"),
    ("Turkish", True, 2, "amod", "ADJ", "JJ", "turkish", "B-NORP"),
    ("president", True, 3, "nsubj", "NOUN", "NN", "president", "O"),
    ("met", True, 3, "ROOT", "VERB", "VBD", "meet", "O"),
    ("the", True, 6, "det", "DET", "DT", "the", "O"),
    ("Syrian", True, 6, "amod", "ADJ", "JJ", "syrian", "B-NORP"),
    ("president", True, 3, "dobj", "NOUN", "NN", "president", "O"),
    ("in", True, 3, "prep", "ADP", "IN", "in", "O"),
    ("Ankara", False, 7, "pobj", "PROPN", "NNP", "Ankara", "B-GPE"),
    (".", False, 3, "punct", "PUNCT", ".", ".", "O"),
]

# "The Turkish president will meet the Syrian president."
WILL_MEET = [
    ("The", True, 2, "det", "DET", "DT", "the", "O"),
    ("Turkish", True, 2, "amod", "ADJ", "JJ", "turkish", "B-NORP"),
    ("president", True, 4, "nsubj", "NOUN", "NN", "president", "O"),
    ("will", True, 4, "aux", "AUX", "MD", "will", "O"),
    ("meet", True, 4, "ROOT", "VERB", "VB", "meet", "O"),
    ("the", True, 7, "det", "DET", "DT", "the", "O"),
    ("Syrian", True, 7, "amod", "ADJ", "JJ", "syrian", "B-NORP"),
    ("president", False, 4, "dobj", "NOUN", "NN", "president", "O"),
    (".", False, 4, "punct", "PUNCT", ".", ".", "O"),
]

# "The Turkish president did not meet the Syrian president."
DID_NOT_MEET = [
    ("The", True, 2, "det", "DET", "DT", "the", "O"),
    ("Turkish", True, 2, "amod", "ADJ", "JJ", "turkish", "B-NORP"),
    ("president", True, 5, "nsubj", "NOUN", "NN", "president", "O"),
    ("did", True, 5, "aux", "AUX", "VBD", "do", "O"),
    ("not", True, 5, "neg", "PART", "RB", "not", "O"),
    ("meet", True, 5, "ROOT", "VERB", "VB", "meet", "O"),
    ("the", True, 8, "det", "DET", "DT", "the", "O"),
    ("Syrian", True, 8, "amod", "ADJ", "JJ", "syrian", "B-NORP"),
    ("president", False, 5, "dobj", "NOUN", "NN", "president", "O"),
    (".", False, 5, "punct", "PUNCT", ".", ".", "O"),
]

# "The Turkish president reportedly met the Syrian president."
REPORTEDLY_MET = [
    ("The", True, 2, "det", "DET", "DT", "the", "O"),
    ("Turkish", True, 2, "amod", "ADJ", "JJ", "turkish", "B-NORP"),
    ("president", True, 4, "nsubj", "NOUN", "NN", "president", "O"),
    ("reportedly", True, 4, "advmod", "ADV", "RB", "reportedly", "O"),
    ("met", True, 4, "ROOT", "VERB", "VBD", "meet", "O"),
    ("the", True, 7, "det", "DET", "DT", "the", "O"),
    ("Syrian", True, 7, "amod", "ADJ", "JJ", "syrian", "B-NORP"),
    ("president", False, 4, "dobj", "NOUN", "NN", "president", "O"),
    (".", False, 4, "punct", "PUNCT", ".", ".", "O"),
]

# "If they meet, the Turkish president and the Syrian president will discuss trade."
IF_THEY_MEET = [
    ("If", True, 2, "mark", "SCONJ", "IN", "if", "O"),
    ("they", True, 2, "nsubj", "PRON", "PRP", "they", "O"),
    ("meet", False, 12, "advcl", "VERB", "VBP", "meet", "O"),
    (",", True, 12, "punct", "PUNCT", ",", ",", "O"),
    ("the", True, 6, "det", "DET", "DT", "the", "O"),
    ("Turkish", True, 6, "amod", "ADJ", "JJ", "turkish", "B-NORP"),
    ("president", True, 12, "nsubj", "NOUN", "NN", "president", "O"),
    ("and", True, 6, "cc", "CCONJ", "CC", "and", "O"),
    ("the", True, 10, "det", "DET", "DT", "the", "O"),
    ("Syrian", True, 10, "amod", "ADJ", "JJ", "syrian", "B-NORP"),
    ("president", True, 6, "conj", "NOUN", "NN", "president", "O"),
    ("will", True, 12, "aux", "AUX", "MD", "will", "O"),
    ("discuss", True, 12, "ROOT", "VERB", "VB", "discuss", "O"),
    ("trade", False, 12, "dobj", "NOUN", "NN", "trade", "O"),
    (".", False, 12, "punct", "PUNCT", ".", ".", "O"),
]

# "The Turkish Aydınlık newspaper quoted informed sources as saying that Turkiye's President Recep Tayyip
# Erdogan and Syrian President Bashar al-Assad will meet."
QUOTED_SOURCES = [
    ("The", True, 3, "det", "DET", "DT", "the", "O"),
    ("Turkish", True, 2, "compound", "ADJ", "JJ", "turkish", "B-NORP"),
    ("Aydınlık", True, 3, "compound", "PROPN", "NNP", "Aydınlık", "O"),
    ("newspaper", True, 4, "nsubj", "NOUN", "NN", "newspaper", "O"),
    ("quoted", True, 4, "ROOT", "VERB", "VBD", "quote", "O"),
    ("informed", True, 6, "amod", "VERB", "VBN", "inform", "O"),
    ("sources", True, 4, "dobj", "NOUN", "NNS", "source", "O"),
    ("as", True, 4, "prep", "ADP", "IN", "as", "O"),
    ("saying", True, 7, "pcomp", "VERB", "VBG", "say", "O"),
    ("that", True, 24, "mark", "SCONJ", "IN", "that", "O"),
    ("Turkiye", False, 12, "poss", "PROPN", "NNP", "Turkiye", "B-GPE"),
    ("'s", True, 10, "case", "PART", "POS", "'s", "O"),
    ("President", True, 24, "nsubj", "PROPN", "NNP", "President", "O"),
    ("Recep", True, 15, "compound", "PROPN", "NNP", "Recep", "B-PERSON"),
    ("Tayyip", True, 15, "compound", "PROPN", "NNP", "Tayyip", "I-PERSON"),
    ("Erdogan", True, 12, "appos", "PROPN", "NNP", "Erdogan", "I-PERSON"),
    ("and", True, 15, "cc", "CCONJ", "CC", "and", "O"),
    ("Syrian", True, 18, "amod", "ADJ", "JJ", "syrian", "B-NORP"),
    ("President", True, 22, "compound", "PROPN", "NNP", "President", "O"),
    ("Bashar", True, 22, "compound", "PROPN", "NNP", "Bashar", "B-PERSON"),
    ("al", False, 22, "compound", "PROPN", "NNP", "al", "I-PERSON"),
    ("-", False, 22, "compound", "PROPN", "NNP", "-", "I-PERSON"),
    ("Assad", True, 15, "conj", "PROPN", "NNP", "Assad", "I-PERSON"),
    ("will", True, 24, "aux", "AUX", "MD", "will", "O"),
    ("meet", False, 8, "ccomp", "VERB", "VB", "meet", "O"),
    (".", False, 4, "punct", "PUNCT", ".", ".", "O"),
]

# "The Turkish president refused to meet the Syrian president."
REFUSED_TO_MEET = [
    ("The", True, 2, "det", "DET", "DT", "the", "O"),
    ("Turkish", True, 2, "amod", "ADJ", "JJ", "turkish", "B-NORP"),
    ("president", True, 3, "nsubj", "NOUN", "NN", "president", "O"),
    ("refused", True, 3, "ROOT", "VERB", "VBD", "refuse", "O"),
    ("to", True, 5, "aux", "PART", "TO", "to", "O"),
    ("meet", True, 3, "xcomp", "VERB", "VB", "meet", "O"),
    ("the", True, 8, "det", "DET", "DT", "the", "O"),
    ("Syrian", True, 8, "amod", "ADJ", "JJ", "syrian", "B-NORP"),
    ("president", False, 5, "dobj", "NOUN", "NN", "president", "O"),
    (".", False, 3, "punct", "PUNCT", ".", ".", "O"),
]

# "The Turkish president plans to meet the Syrian president."
PLANS_TO_MEET = [
    ("The", True, 2, "det", "DET", "DT", "the", "O"),
    ("Turkish", True, 2, "amod", "ADJ", "JJ", "turkish", "B-NORP"),
    ("president", True, 3, "nsubj", "NOUN", "NN", "president", "O"),
    ("plans", True, 3, "ROOT", "VERB", "VBZ", "plan", "O"),
    ("to", True, 5, "aux", "PART", "TO", "to", "O"),
    ("meet", True, 3, "xcomp", "VERB", "VB", "meet", "O"),
    ("the", True, 8, "det", "DET", "DT", "the", "O"),
    ("Syrian", True, 8, "amod", "ADJ", "JJ", "syrian", "B-NORP"),
    ("president", False, 5, "dobj", "NOUN", "NN", "president", "O"),
    (".", False, 3, "punct", "PUNCT", ".", ".", "O"),
]

# "The Turkish president met the Syrian president, according to the newspaper."
ACCORDING_TO = [
    ("The", True, 2, "det", "DET", "DT", "the", "O"),
    ("Turkish", True, 2, "amod", "ADJ", "JJ", "turkish", "B-NORP"),
    ("president", True, 3, "nsubj", "NOUN", "NN", "president", "O"),
    ("met", True, 3, "ROOT", "VERB", "VBD", "meet", "O"),
    ("the", True, 6, "det", "DET", "DT", "the", "O"),
    ("Syrian", True, 6, "amod", "ADJ", "JJ", "syrian", "B-NORP"),
    ("president", False, 3, "dobj", "NOUN", "NN", "president", "O"),
    (",", True, 3, "punct", "PUNCT", ",", ",", "O"),
    ("according", True, 3, "prep", "VERB", "VBG", "accord", "O"),
    ("to", True, 8, "prep", "ADP", "IN", "to", "O"),
    ("the", True, 11, "det", "DET", "DT", "the", "O"),
    ("newspaper", False, 9, "pobj", "NOUN", "NN", "newspaper", "O"),
    (".", False, 3, "punct", "PUNCT", ".", ".", "O"),
]

# "The Syrian chief executive stated that Syria supports Russia."
STATED_SUPPORT = [
    ("The", True, 3, "det", "DET", "DT", "the", "O"),
    ("Syrian", True, 3, "amod", "ADJ", "JJ", "syrian", "B-NORP"),
    ("chief", True, 3, "compound", "ADJ", "JJ", "chief", "O"),
    ("executive", True, 4, "nsubj", "NOUN", "NN", "executive", "O"),
    ("stated", True, 4, "ROOT", "VERB", "VBD", "state", "O"),
    ("that", True, 7, "mark", "SCONJ", "IN", "that", "O"),
    ("Syria", True, 7, "nsubj", "PROPN", "NNP", "Syria", "B-GPE"),
    ("supports", True, 4, "ccomp", "VERB", "VBZ", "support", "O"),
    ("Russia", False, 7, "dobj", "PROPN", "NNP", "Russia", "B-GPE"),
    (".", False, 4, "punct", "PUNCT", ".", ".", "O"),
]


def mentions_of(make_doc: Any, rows: list[Any], actors: ArticleActors | None = None) -> list[Mention]:
    doc = make_doc(rows)
    finder = MentionFinder(actors or ArticleActors(), PUBLISHED)
    return [m for index, sentence in enumerate(doc.sents) for m in finder.mentions(sentence, index)]


def only(mentions: list[Mention], trigger: str) -> Mention:
    found = [m for m in mentions if m.token.text == trigger]
    assert len(found) == 1, [(m.token.text, m.type) for m in mentions]
    return found[0]


def test_plain_past_meeting_is_asserted_with_actors_and_place(make_doc: Any) -> None:
    m = only(mentions_of(make_doc, MET_IN_ANKARA), "met")
    assert m.type == "CONSULT"
    assert m.modality == "asserted"
    assert m.attributed_to is None
    assert [a.code for a in m.sources] == ["TURGOV"]
    assert [a.code for a in m.targets] == ["SYRGOV"]
    assert m.place is not None and (m.place.name, m.place.country) == ("Ankara", "TUR")


@pytest.mark.parametrize(
    ("rows", "trigger", "modality"),
    [
        (WILL_MEET, "meet", "planned"),
        (PLANS_TO_MEET, "meet", "planned"),
        (DID_NOT_MEET, "meet", "negated"),
        (REFUSED_TO_MEET, "meet", "negated"),
        (REPORTEDLY_MET, "met", "claimed"),
        (IF_THEY_MEET, "meet", "hypothetical"),
    ],
    ids=["will meet", "plans to meet", "did not meet", "refused to meet", "reportedly met", "if they meet"],
)
def test_modality(make_doc: Any, rows: list[Any], trigger: str, modality: str) -> None:
    m = only(mentions_of(make_doc, rows), trigger)
    assert m.type == "CONSULT"
    assert m.modality == modality
    assert m.modality in MODALITIES


@pytest.mark.parametrize("rows", [WILL_MEET, DID_NOT_MEET, REPORTEDLY_MET, PLANS_TO_MEET])
def test_modality_does_not_change_who_takes_part(make_doc: Any, rows: list[Any]) -> None:
    m = only(mentions_of(make_doc, rows), "meet" if rows is not REPORTEDLY_MET else "met")
    assert [a.code for a in m.sources] == ["TURGOV"]
    assert [a.code for a in m.targets] == ["SYRGOV"]
    assert m.attributed_to is None


def test_condition_covers_only_its_own_clause(make_doc: Any) -> None:
    mentions = mentions_of(make_doc, IF_THEY_MEET)
    assert only(mentions, "meet").modality == "hypothetical"
    discuss = only(mentions, "discuss")
    assert discuss.modality == "planned"  # "... will discuss trade": the main clause is a plan
    assert [a.code for a in discuss.sources + discuss.targets] == ["TURGOV", "SYRGOV"]


def test_refusal_is_its_own_asserted_event(make_doc: Any) -> None:
    refusal = only(mentions_of(make_doc, REFUSED_TO_MEET), "refused")
    assert refusal.type == "REJECT"
    assert refusal.modality == "asserted"


def test_quoted_sources_make_a_planned_event_attributed_to_the_newspaper(make_doc: Any) -> None:
    m = only(mentions_of(make_doc, QUOTED_SOURCES), "meet")
    assert m.type == "CONSULT"
    assert m.modality == "planned"
    assert m.attributed_to is not None
    assert "Aydınlık" in m.attributed_to.text
    assert "newspaper" in m.attributed_to.text
    participants = sorted(a.country for a in m.sources + m.targets if a.country)
    assert participants == ["SYR", "TUR"]


def test_coordinated_titled_people_keep_their_own_names(make_doc: Any) -> None:
    m = only(mentions_of(make_doc, QUOTED_SOURCES), "meet")
    people = {(a.country, a.name) for a in m.sources + m.targets}
    assert people == {("TUR", "Recep Tayyip Erdogan"), ("SYR", "Bashar al-Assad")}
    assert all(" and " not in a.text for a in m.sources + m.targets)


def test_according_to_a_newspaper_is_attributed_but_not_hedged(make_doc: Any) -> None:
    """A named source tells us who says so, not that it is in doubt (GUIDELINES: claimed needs a hedge)."""
    m = only(mentions_of(make_doc, ACCORDING_TO), "met")
    assert m.modality == "asserted"
    assert m.attributed_to is not None and m.attributed_to.text == "the newspaper"


def test_speaker_who_is_the_source_is_not_an_attribution(make_doc: Any) -> None:
    m = only(mentions_of(make_doc, STATED_SUPPORT), "supports")
    assert m.type == "SUPPORT"
    assert m.modality == "asserted"
    assert [a.code for a in m.sources] == ["SYRGOV"]
    assert [a.code for a in m.targets] == ["RUSGOV"]
    assert m.attributed_to is None
