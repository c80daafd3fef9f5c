"""A place taken from whoever held it, named in front of it: "the army captured a rebel stronghold" is taken
from the rebels, "rebels captured an army base" from the army, "captured part of a rebel stronghold" as
well. A town taken with no holder named is still taken from the government of where it is, and a state's
forces take nothing from their own state.

Extraction with the real model on short articles written for the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from test_circumstances import events_of, one  # one short article in, its events out

pytestmark = pytest.mark.model

MYANMAR = "Myanmar news"


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The army captured a rebel stronghold on Monday.", "MIL", "REB"),
        ("Burmese troops have captured part of a rebel stronghold on the Thai border.", "MIL", "REB"),
        ("Rebels captured a key army base near the border on Monday.", "REB", "MIL"),
    ],
)
def test_a_place_is_taken_from_its_holder(nlp: Any, text: str, source: str, target: str) -> None:
    event = one(events_of(text, title=MYANMAR), "COERCE")
    assert event.mode == "capture"
    assert event.source is not None and (event.source.country, event.source.sector) == ("MMR", source)
    assert event.target is not None and (event.target.country, event.target.sector) == ("MMR", target)


def test_a_town_with_no_holder_named_is_taken_from_the_government(nlp: Any) -> None:
    event = one(events_of("Rebels captured the town of Lashio on Monday.", title=MYANMAR), "COERCE")
    assert event.target is not None and (event.target.country, event.target.sector) == ("MMR", "GOV")
