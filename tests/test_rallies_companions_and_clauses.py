"""A government's rally, private people joining one another, and a clause the parser hangs on a verb across a
semicolon: rules of extraction with the real model, on short articles written for the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from test_circumstances import events_of  # one short article in, its events out
from test_rescues_pairs_and_anaphora import of_type  # (type, source key, target key) of one type

pytestmark = pytest.mark.model


# -- rallies -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Brazilian President Jair Bolsonaro held a rally in Brasília on Saturday.",
        "Brazilian President Jair Bolsonaro held his first indoor rally in three months on Saturday.",
        "Brazilian President Jair Bolsonaro rallied with his supporters in Brasília on Saturday.",
    ],
    ids=["held-a-rally", "his-rally", "rallied"],
)
def test_a_rally_held_by_a_sitting_government_is_no_protest(nlp: Any, text: str) -> None:
    assert of_type(events_of(text), "PROTEST") == []


@pytest.mark.parametrize(
    "text",
    [
        "Brazilian opposition leader Luiz Lula held a rally in Brasília on Saturday.",
        "Thousands of Brazilian teachers rallied in Brasília against pension cuts on Saturday.",
    ],
    ids=["opposition", "teachers"],
)
def test_a_rally_by_the_opposition_or_the_public_stays_a_protest(nlp: Any, text: str) -> None:
    protests = of_type(events_of(text), "PROTEST")
    assert [c[1] for c in protests] == ["BRA"]


# -- joining -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Kenyan runner Faith Kipyegon was joined by her coach Mary Keitany at the finish line.",
        "Kenyan runner Faith Kipyegon was joined by her sister at the finish line on Sunday.",
    ],
    ids=["by-a-coach", "by-a-sister"],
)
def test_private_people_joining_one_another_is_no_cooperation(nlp: Any, text: str) -> None:
    assert of_type(events_of(text), "COOPERATE") == []


def test_a_state_joining_a_bloc_or_another_state_still_cooperates(nlp: Any) -> None:
    assert of_type(events_of("Finland joined NATO in April."), "COOPERATE") == [("COOPERATE", "FIN", "NATO")]
    joined = events_of("The Portuguese coalition was joined by Spain in May.")
    assert [c[1] for c in of_type(joined, "COOPERATE")] == ["ESP"]


# -- a clause before a semicolon -----------------------------------------------------------------------------
def test_a_clause_before_a_semicolon_names_no_one_a_call_is_made_of(nlp: Any) -> None:
    text = "Turkey spent 1.1% of its output on the army in 2018; NATO guidelines call for 2%."
    calls = of_type(events_of(text), "REQUEST")
    assert ("REQUEST", "NATO", "TUR") not in calls


def test_a_demand_told_before_its_speaker_after_a_comma_still_names_who_is_to_act(nlp: Any) -> None:
    text = "Russia must pull its troops out of Moldova, the Moldovan government demanded on Monday."
    assert ("REQUEST", "MDA", "RUS") in of_type(events_of(text), "REQUEST")
