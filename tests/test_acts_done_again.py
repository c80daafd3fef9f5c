"""Acts done again, written with "re": "Russia redeployed 5,000 troops", "Kenyan police rearrested the
opposition leader", "Israel reoccupied the town" are the deployment, the arrest and the occupation they
repeat (verbs of `repeated_acts`). A verb that only looks so stays itself ("resigned" is no signing) or no
event ("replaced the coach" places no one). An irregular past the tagger took for a present ("retook",
tagged VBP and left unlemmatised) is read with the model's table of irregular forms; a form that is a verb
of its own ("found", "wound") is left as the tagger read it.

"A Brazilian citizen has been put under investigation in Italy": placed under investigation by no one
named, by the investigating authorities of where it happens (an investigation "opened" with no investigator
named is left as it was: it cost a fresh set a record).

Extraction with the real model on short articles written for the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from test_circumstances import events_of, one  # one short article in, its events out

pytestmark = pytest.mark.model

WORLD = "World news"


@pytest.mark.parametrize(
    ("text", "kind", "mode", "sides"),
    [
        ("Russia redeployed 5,000 troops to the border with Ukraine.", "MOBILIZE", "deploy", ("RUS", "UKR")),
        ("Kenyan police rearrested the opposition leader on Monday.", "COERCE", "arrest", ("KEN", "KEN")),
        ("Israel reoccupied the Palestinian town on Friday.", "COERCE", "occupy", ("ISR", "PSE")),
    ],
)
def test_an_act_done_again_is_the_act(nlp: Any, text: str, kind: str, mode: str, sides: tuple) -> None:
    event = one(events_of(text, title=WORLD), kind)
    assert event.mode == mode
    assert (
        event.source.country if event.source else None,
        event.target.country if event.target else None,
    ) == (sides)


def test_an_irregular_past_read_as_a_present_is_the_act(nlp: Any) -> None:
    text = "Vietnamese forces retook the village from Khmer Rouge guerrillas."
    event = one(events_of(text, title=WORLD), "COERCE")
    assert event.mode == "capture" and event.source is not None and event.source.country == "VNM"


def test_the_model_table_mends_only_forms_that_are_no_verb_of_their_own(nlp: Any) -> None:
    from spacy.tokens import Doc

    from tidings.pipeline import mend_irregular_pasts

    words = ["They", "retook", "it", "and", "wound", "them", "and", "found", "it"]
    doc = Doc(
        nlp.vocab, words=words, pos=["PRON", "VERB", "PRON", "CCONJ", "VERB", "PRON", "CCONJ", "VERB", "PRON"]
    )
    for token in doc:
        token.lemma_ = token.lower_  # as the lemmatiser leaves a form it took for a present
    assert [t.lemma_ for t in mend_irregular_pasts(nlp, doc) if t.pos_ == "VERB"] == [
        "retake",
        "wound",
        "found",
    ]


def test_a_verb_that_only_looks_repeated_stays_itself(nlp: Any) -> None:
    events = events_of("The Kenyan finance minister resigned on Monday.", title=WORLD)
    assert [(e.type, e.mode) for e in events] == [("CONCEDE", "resign")]


def test_a_replacement_places_no_one(nlp: Any) -> None:
    assert not events_of("The Kenyan football federation replaced the coach on Monday.", title=WORLD)


# -- investigations with no investigator named ---------------------------------------------------------------
def test_one_put_under_investigation_is_investigated_by_the_authorities_of_the_place(nlp: Any) -> None:
    text = "A Brazilian citizen has been put under investigation in Italy for fraud."
    event = one(events_of(text, title=WORLD), "ACCUSE")
    assert event.mode == "investigate"
    assert event.source is not None and (event.source.country, event.source.sector) == ("ITA", "JUD")
    assert event.target is not None and event.target.country == "BRA"
