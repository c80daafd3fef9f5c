"""Reactions an act set off: "the new law provoked condemnation from the United States", "the arrest of the
opposition leader sparked protests in the capital". An event noun that a verb of causing takes as object
(prompt, spark, provoke, trigger, elicit: read as `receiving_verbs` are) is aimed at that verb's subject,
by whoever it came "from", as "drew criticism from" already was. A fight set off between two sides stays
between them.

Hostile acts answered: "Azerbaijan said it was responding to Armenian aggression", "the Armenians claim they
were retaliating against missile attacks from Azerbaijan": whoever answers blames the doer of the act
answered (an accusation, made, not merely claimed). Responding to questions or to reports is no blame.

Extraction with the real model on short articles written for the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from test_circumstances import events_of, one  # one short article in, its events out

pytestmark = pytest.mark.model

KENYA = "Kenya news"


def test_condemnation_provoked_is_aimed_at_the_act(nlp: Any) -> None:
    event = one(events_of("The new law provoked condemnation from the United States.", title=KENYA), "ACCUSE")
    assert event.source is not None and event.source.country == "USA"
    assert event.target is not None and event.target.country == "KEN"


def test_protests_sparked_are_against_the_act(nlp: Any) -> None:
    text = "The arrest of the opposition leader sparked protests in the capital."
    event = one(events_of(text, title=KENYA), "PROTEST")
    assert event.target is not None and event.target.country == "KEN"
    assert event.target.text == "The arrest of the opposition leader"


def test_a_fight_set_off_stays_between_its_sides(nlp: Any) -> None:
    text = "The killing triggered clashes between police and protesters."
    event = one(events_of(text, title=KENYA), "ASSAULT")
    assert event.source is not None and event.source.text == "police"
    assert event.target is not None and event.target.text == "protesters"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Azerbaijan said it was responding to Armenian aggression.", ("AZE", "ARM")),
        (
            "The Armenians claim they were retaliating against missile attacks from Azerbaijan.",
            ("ARM", "AZE"),
        ),
    ],
)
def test_a_hostile_act_answered_blames_its_doer(nlp: Any, text: str, expected: tuple) -> None:
    event = one(events_of(text, title="World news"), "ACCUSE")
    assert (
        event.source.country if event.source else None,
        event.target.country if event.target else None,
    ) == (expected)
    assert event.modality == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan minister responded to questions from reporters on Monday.",
        "Kenyan police responded to reports of a shooting in Nairobi.",
    ],
)
def test_answering_anything_else_blames_no_one(nlp: Any, text: str) -> None:
    assert not [e for e in events_of(text, title=KENYA) if e.type == "ACCUSE"]


def test_a_state_opposed_to_an_act_rejects_it(nlp: Any) -> None:
    # parsed as a passive of "oppose", with Israel the one opposed: a state of Israel's, Israel the source
    text = "Israel is opposed to French mediation in peace negotiations with Syria."
    event = one(events_of(text, title="World news"), "REJECT")
    assert (
        event.source.country if event.source else None,
        event.target.country if event.target else None,
    ) == (
        "ISR",
        "FRA",
    )


def test_a_plan_opposed_by_someone_is_still_opposed_by_them(nlp: Any) -> None:
    event = one(events_of("The new tax was opposed by Kenyan opposition lawmakers.", title=KENYA), "REJECT")
    assert event.source is not None and event.source.sector in {"OPP", "LEG"}
