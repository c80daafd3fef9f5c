"""Attacks fended off, and attacks told by who made them before whom they were on:

- "The army repelled an attack by militants", "soldiers fought off an attack by Boko Haram fighters": the
  attack is aimed at whoever fended it off (verbs of `defending_verbs`), when the sentence names no other
  target; "Ukrainian forces repelled a Russian attack": the demonym before the attack says whose it was.
- "An attack by Islamist militants on a police station": the target the parser hung on the attackers is the
  attack's target.
- "A Russian attack killed five civilians in Kharkiv": the people killed in a town the sentence names are of
  that town's country, not of the story's (here the attackers'); so are those an attack on a town killed
  ("shelled Kharkiv overnight, killing three civilians": the deaths are where the shells fell). Attackers
  and bodies attacked (a mosque, a newspaper) the story's context gave a country are of the place named too
  ("a gunman opened fire at a mosque in Christchurch", in a story about Kenya).

Extraction with the real model on short articles written for the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from test_circumstances import events_of, one  # one short article in, its events out

pytestmark = pytest.mark.model

WORLD = "World news"


def attacks(text: str, title: str) -> list[tuple[str | None, str | None, str]]:
    return [
        (
            e.source.country if e.source else None,
            e.target.country if e.target else None,
            e.target.text if e.target else "",
        )
        for e in events_of(text, title=title)
        if e.type == "ASSAULT" and (e.trigger or "").lower() == "attack"
    ]


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        ("The army repelled an attack by militants on Monday.", "Nigeria news", ("NGA", "NGA", "The army")),
        ("Soldiers fought off an attack by Boko Haram fighters.", "Nigeria news", ("NGA", "NGA", "Soldiers")),
        (
            "Ukrainian forces repelled a Russian attack near Bakhmut.",
            "World news",
            ("RUS", "UKR", "Ukrainian forces"),
        ),
    ],
)
def test_an_attack_fended_off_is_aimed_at_the_defender(
    text: str, title: str, expected: tuple, nlp: Any
) -> None:
    assert attacks(text, title) == [expected]


def test_the_target_hung_on_the_attackers_is_the_target(nlp: Any) -> None:
    text = "The governor condemned an attack by militants on a police station in Maiduguri."
    assert attacks(text, "World news") == [("NGA", "NGA", "a police station")]


def test_a_named_target_wins_over_the_defender(nlp: Any) -> None:
    text = "The army repelled an attack by Islamist militants on a police station in Maiduguri."
    assert attacks(text, "World news") == [("NGA", "NGA", "a police station")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Russian attack killed five civilians in Kharkiv.", ("RUS", "UKR")),
        ("Russian troops killed three civilians in Kherson, Ukrainian officials said.", ("RUS", "UKR")),
    ],
)
def test_people_killed_in_a_town_named_are_of_the_town(nlp: Any, text: str, expected: tuple) -> None:
    # the story's only country named is the attackers': the place the sentence names decides
    kills = [e for e in events_of(text, title="World news") if e.type == "ASSAULT"]
    assert [(e.source.country, e.target.country) for e in kills if e.source and e.target] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian forces shelled Kharkiv overnight, killing three civilians.", ("RUS", "UKR", "UKR")),
        ("Israeli jets bombed Rafah on Monday, killing 12 people.", ("ISR", "PSE", "PSE")),
        # control: a town in the attackers' own country
        ("Syrian troops shelled Idlib on Monday, killing four people.", ("SYR", "SYR", "SYR")),
    ],
)
def test_people_an_attack_on_a_town_killed_are_of_the_town(nlp: Any, text: str, expected: tuple) -> None:
    kills = [e for e in events_of(text, title="World news") if e.type == "ASSAULT" and e.trigger == "killing"]
    assert [
        (e.source.country, e.target.country, e.place.country if e.place else None)
        for e in kills
        if e.source and e.target
    ] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A gunman opened fire at a mosque in Christchurch on Friday.", ("NZL", "NZL", "REL")),
        ("Militants attacked a military base in Somalia on Friday.", ("SOM", "SOM", "MIL")),
        # control: attackers whose country the sentence states keep it
        ("Kenyan soldiers attacked a militant camp in Somalia on Friday.", ("KEN", "SOM", "REB")),
    ],
)
def test_an_attack_abroad_in_a_story_about_another_country_is_of_the_place(
    nlp: Any, text: str, expected: tuple
) -> None:
    # the story is about Kenya: its context gave the attackers and the mosque Kenya
    found = [e for e in events_of(text, title="Kenya news") if e.type == "ASSAULT" and e.source and e.target]
    assert [
        (e.source.country, e.target.country, e.target.sector) for e in found if e.source and e.target
    ] == [expected]


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Russian forces shelled Ukrainian frontline positions on Monday.", "MIL"),
        ("Russian forces shelled Ukrainian military outposts on Monday.", "MIL"),
        # control: people are civilians
        ("Russian forces shelled Ukrainian civilians on Monday.", "CVL"),
    ],
)
def test_what_an_army_holds_is_the_army(nlp: Any, text: str, sector: str) -> None:
    attack = one(events_of(text, title=WORLD), "ASSAULT")
    assert attack.target is not None and (attack.target.country, attack.target.sector) == ("UKR", sector)
