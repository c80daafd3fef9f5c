"""A bare past participle whose clause's subject underwent it; a call for a ceasefire, asked of both sides of
the fighting reported; attacks said to have happened ("there were two bombings"); a court appeal as the
rejection of a ruling, and a court that voids an act; attacking someone "as" something: rules of extraction
with the real model, on short articles written for the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from test_circumstances import events_of  # one short article in, its events out
from test_light_verbs_and_open_questions import coded  # (type, source key, target key) per event
from test_rescues_pairs_and_anaphora import of_type  # those of one type

pytestmark = pytest.mark.model


# -- participles ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Arrested in Nairobi last week, the Ugandan activist was released on bail on Monday.",
        "Detained at the border on Friday, the Ugandan reporter spent two nights in a cell.",
    ],
    ids=["opening", "before-a-subject"],
)
def test_a_bare_participle_was_done_to_the_subject_of_its_clause(nlp: Any, text: str) -> None:
    # the activist was arrested (by the authorities the guidelines give an agentless arrest), not the arrester
    assert of_type(events_of(text), "COERCE") == [("COERCE", "UGA", "UGA")]


def test_a_suspension_between_commas_is_of_the_subject_not_by_it(nlp: Any) -> None:
    text = "Two Kenyan police officers, although suspended from duty in March, returned to work on Monday."
    found = [e for e in events_of(text) if e.type == "SANCTION"]
    assert [(e.source and e.source.sector, e.target and e.target.sector) for e in found] == [("GOV", "COP")]


def test_a_participle_with_its_own_subject_or_auxiliary_is_read_as_before(nlp: Any) -> None:
    text = "Kenyan police arrested the Ugandan activist in Nairobi on Monday, and she was released on Friday."
    assert of_type(events_of(text), "COERCE") == [("COERCE", "KEN", "UGA")]


# -- calls for a ceasefire -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "call",
    [
        "France called for a ceasefire on Tuesday.",
        "France urged an end to the fighting on Tuesday.",
        "France called for a cessation of hostilities on Tuesday.",
    ],
    ids=["ceasefire", "end-to-fighting", "cessation"],
)
def test_a_call_to_stop_fighting_is_asked_of_both_sides(nlp: Any, call: str) -> None:
    text = f"Peruvian troops shelled Ecuadorian border posts on Monday. {call}"
    both = [("REQUEST", "FRA", "ECU"), ("REQUEST", "FRA", "PER")]
    assert sorted(of_type(events_of(text), "REQUEST")) == both


def test_a_call_to_end_something_else_is_not_asked_of_the_warring_sides(nlp: Any) -> None:
    text = "Peruvian troops shelled Ecuadorian border posts on Monday. France demanded an end to tariffs."
    assert not any(c[2] in {"PER", "ECU"} for c in of_type(events_of(text), "REQUEST"))


# -- attacks that happened -----------------------------------------------------------------------------------
def test_there_were_attacks_in_a_place_is_an_attack_there_by_someone_unnamed(nlp: Any) -> None:
    text = "On Sunday there were two suicide bombings in Kabul, the Afghan capital."
    assert of_type(events_of(text), "ASSAULT") == [("ASSAULT", "AFG", "AFG")]


def test_attacks_there_will_be_or_with_no_place_are_no_event(nlp: Any) -> None:
    assert of_type(events_of("Afghan officials fear there will be more bombings in Kabul."), "ASSAULT") == []
    assert of_type(events_of("On Sunday there were two bombings, officials said."), "ASSAULT") == []


# -- appeals -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "A Kenyan court convicted two officers on Monday. The officers said they would appeal.",
        "A Kenyan court convicted two officers on Monday. The officers appealed the verdict on Friday.",
    ],
    ids=["bare", "verdict"],
)
def test_appealing_a_ruling_rejects_it(nlp: Any, text: str) -> None:
    kinds = {c[0] for c in coded(events_of(text))}
    assert "REJECT" in kinds and "REQUEST" not in kinds


def test_an_appeal_to_someone_or_for_something_is_a_request(nlp: Any) -> None:
    text = "Kenyan officials appealed to Uganda for calm on Monday."
    assert of_type(events_of(text), "REQUEST") == [("REQUEST", "KEN", "UGA")]
    assert of_type(events_of(text), "REJECT") == []


# -- verbal attacks ------------------------------------------------------------------------------------------
def test_attacking_someone_as_something_is_criticism(nlp: Any) -> None:
    text = "The Kenyan president attacked the Ugandan leader as a coward on Monday."
    assert of_type(events_of(text), "ACCUSE") == [("ACCUSE", "KEN", "UGA")]
    text = "Kenyan troops attacked the Ugandan base as part of an offensive on Monday."
    assert of_type(events_of(text), "ASSAULT") == [("ASSAULT", "KEN", "UGA")]
