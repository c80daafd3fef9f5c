"""What is asked, what a poll finds, what anyone might do, a stance that says who people are and what a rule
says: no events. Rules of extraction with the real model, on short articles written for the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from test_circumstances import events_of  # one short article in, its events out
from test_rescues_pairs_and_anaphora import of_type  # (type, source key, target key) of one type

pytestmark = pytest.mark.model


# -- questions -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Did the Belgian Football Federation ever support you in those years?",
        "Will Russia withdraw its troops from Moldova this year?",
        "Has China imposed sanctions on Lithuania over the Taiwan office?",
    ],
    ids=["did", "will", "has"],
)
def test_a_yes_no_question_tells_no_event(nlp: Any, text: str) -> None:
    assert events_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Why did Russia invade Ukraine in February 2022?",  # what a "why" asks about is taken as so
        "Russia invaded Ukraine in February 2022, didn't it?",  # a tag question asks only to agree
    ],
    ids=["why", "tag"],
)
def test_a_question_about_a_told_event_keeps_it(nlp: Any, text: str) -> None:
    assert of_type(events_of(text), "ASSAULT") == [("ASSAULT", "RUS", "UKR")]


# -- polls ---------------------------------------------------------------------------------------------------
def test_a_share_of_the_public_thinking_something_is_a_poll_not_an_event(nlp: Any) -> None:
    assert events_of("About 57 percent of French voters oppose the pension reform, a poll found.") == []


def test_a_majority_voting_in_the_past_is_still_a_vote(nlp: Any) -> None:
    # control: a vote told in the past tense is an act
    backed = of_type(events_of("A majority of British MPs backed the Brexit deal on Friday."), "SUPPORT")
    assert [c[1] for c in backed] == ["GBR"]


# -- anyone --------------------------------------------------------------------------------------------------
def test_any_doer_does_nothing(nlp: Any) -> None:
    text = "The senator asked the minister to name any officials who had met the Russian ambassador."
    assert of_type(events_of(text), "CONSULT") == []


def test_any_attack_is_no_attack(nlp: Any) -> None:
    assert of_type(events_of("Any attack on Taiwan would be met with force, the US warned."), "ASSAULT") == []


def test_officials_who_met_the_ambassador_did_meet_him(nlp: Any) -> None:
    # control: the same clause with particular officials
    text = "The senator named two officials who had met the Russian ambassador in Washington on Monday."
    assert [c[0] for c in of_type(events_of(text), "CONSULT")] == ["CONSULT"]


# -- who they are --------------------------------------------------------------------------------------------
def test_a_stance_that_says_which_people_are_meant_is_no_event(nlp: Any) -> None:
    text = "Protesters opposing the military coup marched through Yangon on Sunday."
    assert of_type(events_of(text), "REJECT") == []
    assert [c[1] for c in of_type(events_of(text), "PROTEST")] == ["MMR"]  # what they did stays


def test_a_stance_set_off_by_commas_is_what_they_do(nlp: Any) -> None:
    # control: "Russia, supporting the Syrian army, bombed ...": support given while bombing
    text = "Russia, supporting the Syrian army, bombed rebel positions near Idlib."
    assert [c[:2] for c in of_type(events_of(text), "SUPPORT")] == [("SUPPORT", "RUS")]


# -- rule texts ----------------------------------------------------------------------------------------------
def test_what_guidelines_call_for_is_no_request(nlp: Any) -> None:
    text = "Hungary spent 1.15% of its GDP on defence in 2018. NATO guidelines call for 2%."
    assert of_type(events_of(text), "REQUEST") == []


def test_a_state_calling_for_something_still_requests(nlp: Any) -> None:
    # control
    assert of_type(events_of("Russia called for a ceasefire in Syria on Monday."), "REQUEST") == [
        ("REQUEST", "RUS", "SYR")
    ]
