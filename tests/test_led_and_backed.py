"""Bodies named by who leads them, and groups named by who backs them:

- "The Saudi-led coalition launched air strikes", "a US-led mission": a body of `led_bodies` (roles.json) led
  by a country is that country's armed forces; one led by a party ("a Labour-led coalition") names no
  country and stays no actor.
- "Iran-backed militias attacked US troops in Iraq": the country before a word of `patron_words` backs the
  group and is not its own; the group is of where it acts.

Extraction with the real model on short articles written for the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from test_circumstances import events_of, one  # one short article in, its events out

pytestmark = pytest.mark.model

WORLD = "World news"


def test_a_coalition_led_by_a_country_is_its_armed_forces(nlp: Any) -> None:
    text = "The Saudi-led coalition launched air strikes on Houthi positions in Sanaa on Monday."
    event = one(events_of(text, title=WORLD), "ASSAULT")
    assert event.source is not None and (event.source.country, event.source.sector) == ("SAU", "MIL")
    assert event.target is not None and event.target.country == "YEM"


def test_a_coalition_led_by_a_party_is_no_armed_force(nlp: Any) -> None:
    events = events_of("The Labour-led coalition passed the budget on Monday.", title=WORLD)
    assert all(a.sector != "MIL" for e in events for a in (e.source, e.target) if a is not None)


def test_a_group_backed_by_a_country_is_of_where_it_acts(nlp: Any) -> None:
    event = one(
        events_of("Iran-backed militias attacked US troops in Iraq on Monday.", title=WORLD), "ASSAULT"
    )
    assert event.source is not None and (event.source.country, event.source.sector) == ("IRQ", "REB")
    assert event.target is not None and event.target.country == "USA"


def test_a_group_known_by_name_keeps_its_country(nlp: Any) -> None:
    # control: the group's own name says whose it is, backed or not
    text = "Iran-backed Houthi rebels fired missiles at Riyadh on Monday."
    event = one(events_of(text, title=WORLD), "ASSAULT")
    assert event.source is not None and event.source.country == "YEM"
