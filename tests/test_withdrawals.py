"""Withdrawals told with a particle, and where they happen:

- "The United States pulled its troops out of Syria", "Russia pulled back its forces from the border with
  Ukraine": the preposition the parser hung on the particle ("out", "back") names whom the forces leave.
- "France withdrew its troops from Mali": the withdrawal happens where the forces leave, not in the story's
  country; a thing named after a place ("withdrew from the Paris agreement") is no place left.

Extraction with the real model on short articles written for the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from test_circumstances import events_of, one  # one short article in, its events out

pytestmark = pytest.mark.model

WORLD = "World news"


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("The United States pulled its troops out of Syria on Monday.", ("USA", "SYR")),
        ("The United States pulled out of Syria on Monday.", ("USA", "SYR")),
        ("Russia pulled back its forces from the border with Ukraine on Monday.", ("RUS", "UKR")),
        # control: the preposition on the verb itself, as before
        ("France withdrew its troops from Mali on Monday.", ("FRA", "MLI")),
    ],
)
def test_whom_the_forces_leave_is_named_after_the_particle(nlp: Any, text: str, sides: tuple) -> None:
    event = one(events_of(text, title=WORLD), "RETREAT")
    assert (
        event.source.country if event.source else None,
        event.target.country if event.target else None,
    ) == (sides)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("France withdrew its troops from Mali on Monday.", "MLI"),
        ("The United States pulled out of Syria on Monday.", "SYR"),
        ("The UN withdrew its peacekeepers from southern Lebanon on Monday.", "LBN"),
    ],
)
def test_a_withdrawal_happens_where_the_forces_leave(nlp: Any, text: str, place: str) -> None:
    event = one(events_of(text, title=WORLD), "RETREAT")
    assert event.place is not None and event.place.country == place


def test_a_thing_named_after_a_place_is_no_place_left(nlp: Any) -> None:
    event = one(
        events_of("The United States withdrew from the Paris agreement on Monday.", title=WORLD), "RETREAT"
    )
    assert event.place is None or event.place.country != "FRA"
