"""Sending police officers, troopers or the National Guard deploys them as sending troops does; reaching out
to someone is contact with them; "requested help from X" asks X; winning a war is no attack on the winner:
rules of extraction (the fourteenth round) with the real model, on short articles written for the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from test_circumstances import events_of  # one short article in, its events out
from test_rescues_pairs_and_anaphora import of_type  # (type, source key, target key) of one type


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Brazilian president sent federal police officers to the border town on Monday.",
        "The Mexican president sent the National Guard to the border on Monday.",
        "The Nigerian governor sent armed police to the market town on Sunday.",
    ],
    ids=["officers", "guard", "police"],
)
def test_sending_police_or_guards_deploys_them(nlp: Any, text: str) -> None:
    deployed = of_type(events_of(text), "MOBILIZE")
    assert len(deployed) == 1
    assert deployed[0][1] == {"Brazilian": "BRA", "Mexican": "MEX", "Nigerian": "NGA"}[text.split()[1]]


@pytest.mark.model
def test_sending_a_letter_to_the_police_deploys_no_one(nlp: Any) -> None:
    text = "The Brazilian ministry sent a letter to the police on Monday."
    assert of_type(events_of(text), "MOBILIZE") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "coded"),
    [
        (
            "The Turkish foreign minister reached out to his Greek counterpart on Friday.",
            ("CONSULT", "TUR", "GRC"),
        ),
        (
            "The Kenyan reporter reached out to the Ugandan minister to discuss the election on Monday.",
            ("CONSULT", "KEN", "UGA"),
        ),
    ],
    ids=["counterpart", "to-discuss"],
)
def test_reaching_out_to_someone_is_contact(nlp: Any, text: str, coded: tuple) -> None:
    assert of_type(events_of(text), "CONSULT") == [coded]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan opposition requested help from the Ugandan government on Monday.",
        "The Kenyan farmers demanded compensation from the Ugandan government on Monday.",
        "The Kenyan minister requested from the Ugandan government that the border stay open.",
    ],
    ids=["on-the-object", "demand", "on-the-verb"],
)
def test_the_one_asked_is_named_after_from(nlp: Any, text: str) -> None:
    assert of_type(events_of(text), "REQUEST") == [("REQUEST", "KEN", "UGA")]


@pytest.mark.model
def test_of_on_what_is_demanded_is_what_it_is_of_not_whom_it_asks(nlp: Any) -> None:
    text = "The Kenyan senator demanded the protection of Ugandan refugees on Monday."
    assert of_type(events_of(text), "REQUEST") == [("REQUEST", "KEN", "KEN")]


@pytest.mark.model
def test_from_on_an_act_asked_for_is_where_it_happens_not_whom_it_asks(nlp: Any) -> None:
    text = "The Kenyan president demanded the withdrawal of Ugandan troops from Somalia on Monday."
    assert all(coded[2] != "SOM" for coded in of_type(events_of(text), "REQUEST"))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    ["The Syrian army won the war in 2018.", "The Russian air force helped the Syrian army win the war."],
    ids=["won", "helped-win"],
)
def test_winning_a_war_is_no_attack_on_the_winner(nlp: Any, text: str) -> None:
    assert of_type(events_of(text), "ASSAULT") == []


@pytest.mark.model
def test_criticism_one_faces_is_still_aimed_at_them(nlp: Any) -> None:
    text = "The Kenyan president faced criticism from the Ugandan government on Monday."
    assert of_type(events_of(text), "ACCUSE") == [("ACCUSE", "UGA", "KEN")]
