"""Reactions an act set off: "the new law provoked condemnation from the United States", "the arrest of the
opposition leader sparked protests in the capital". An event noun that a verb of causing takes as object
(prompt, spark, provoke, trigger, elicit: read as `receiving_verbs` are) is aimed at that verb's subject,
by whoever it came "from", as "drew criticism from" already was. A fight set off between two sides stays
between them.

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
