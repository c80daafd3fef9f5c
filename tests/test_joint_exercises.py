"""Military exercises: "China and Russia held joint naval exercises", "the United States held joint military
exercises with South Korea", "French and Egyptian warships launched ten days of war games" are exercises of
two or more states together, military cooperation between them (COOPERATE); one state's war games or drills
("China held war games near Taiwan") stay a show of force (MOBILIZE). "War games" are an exercise; games
played are not.

Extraction with the real model on short articles written for the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from test_circumstances import events_of, one  # one short article in, its events out

pytestmark = pytest.mark.model

WORLD = "World news"


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("China and Russia held joint naval exercises in the Sea of Japan.", {"CHN", "RUS"}),
        ("The United States held joint military exercises with South Korea.", {"USA", "KOR"}),
        ("French and Egyptian warships launched ten days of war games in the Mediterranean.", {"FRA", "EGY"}),
    ],
)
def test_an_exercise_of_two_states_is_cooperation(nlp: Any, text: str, parties: set) -> None:
    events = events_of(text, title=WORLD)
    event = one(events, "COOPERATE")
    assert {
        event.source.country if event.source else None,
        event.target.country if event.target else None,
    } == (parties)
    assert not [e for e in events if e.type == "MOBILIZE"]


def test_one_states_war_games_are_a_show_of_force(nlp: Any) -> None:
    event = one(events_of("China held war games near Taiwan on Monday.", title=WORLD), "MOBILIZE")
    assert event.source is not None and event.source.country == "CHN"


def test_games_played_are_no_exercise(nlp: Any) -> None:
    assert not events_of("Kenyan children played games in a Nairobi park on Monday.", title=WORLD)
