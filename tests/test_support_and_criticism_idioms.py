"""Support and criticism told with a light verb and a noun or a preposition ("took a swipe at", "threw his
support behind", "rallied behind", "paid homage to", "expressed dissatisfaction with"), and a common noun
the tagger took for a name ("expressed solidarity with", tagged as the union's name). Lexicon entries and a
tagger slip of the sixteenth round, with the real model, on short articles written for the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from test_circumstances import events_of, one  # one short article in, its events out


@pytest.mark.model
@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("took a swipe at", "ACCUSE"),
        ("launched a broadside at", "ACCUSE"),
        ("expressed strong dissatisfaction with", "ACCUSE"),
        ("voiced frustration with", "ACCUSE"),
        ("paid homage to", "SUPPORT"),
        ("offered his backing to", "SUPPORT"),
        ("gave his blessing to", "SUPPORT"),
        ("threw his support behind", "SUPPORT"),
        ("rallied behind", "SUPPORT"),
        ("expressed solidarity with", "SUPPORT"),
    ],
)
def test_an_idiom_of_support_or_criticism_is_recorded(nlp: Any, phrase: str, kind: str) -> None:
    found = one(events_of(f"The Chinese foreign minister {phrase} the Russian president on Monday."), kind)
    assert found.source.country == "CHN"
    assert found.target.country == "RUS"


@pytest.mark.model
def test_a_rally_in_a_place_is_still_a_protest(nlp: Any) -> None:
    found = one(events_of("Thousands of Chinese students rallied in Beijing on Monday."), "PROTEST")
    assert found.source.country == "CHN"


@pytest.mark.model
def test_a_swipe_at_a_thing_is_no_criticism(nlp: Any) -> None:
    assert events_of("The Chinese batter took a swipe at the ball in Beijing on Monday.") == []
