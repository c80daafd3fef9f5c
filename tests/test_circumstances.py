"""Modality, dates counted from the scene, and where events happen, with the real model on our own sentences.

Each case is a short article written for the test; the assertions name the one event it is about.
"""

from __future__ import annotations

from typing import Any

import pytest

from tidings.dates import scene_offset
from tidings.extract import extract_article
from tidings.records import Article, Event

pytestmark = pytest.mark.model


def events_of(text: str, published: str = "2024-03-15", title: str | None = None) -> list[Event]:
    return extract_article(Article(text=text, id="t", title=title, published=published)).events


def one(events: list[Event], kind: str) -> Event:
    found = [e for e in events if e.type == kind]
    assert len(found) == 1, [(e.type, e.evidence[0].text) for e in events]
    return found[0]


# -- modality ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "kind", "modality"),
    [
        # a named outlet or office says who reports it, not that it is in doubt
        (
            "The newspaper Le Monde reported that French police arrested two Algerian diplomats.",
            "COERCE",
            "asserted",
        ),
        (
            "According to the Kenyan foreign ministry, Kenya condemned the Ugandan government.",
            "ACCUSE",
            "asserted",
        ),
        # hedges
        ("Sources said Chinese troops attacked Indian soldiers near the border.", "ASSAULT", "claimed"),
        ("Indian police were said to have arrested Pakistani fishermen.", "COERCE", "claimed"),
        (
            "Pakistan said Indian soldiers carried out an alleged attack on Pakistani villagers.",
            "ASSAULT",
            "claimed",
        ),
        # plans, possibilities, cancellations
        ("The Japanese prime minister's planned visit to South Korea was welcomed.", "CONSULT", "planned"),
        ("The Italian prime minister is to meet the Spanish prime minister in Rome.", "CONSULT", "planned"),
        (
            "The French president's visit to Algeria, which was cancelled, had been long awaited.",
            "CONSULT",
            "negated",
        ),
    ],
    ids=[
        "named outlet",
        "according to a ministry",
        "sources said",
        "was said to have",
        "alleged attack",
        "planned visit",
        "is to meet",
        "visit which was cancelled",
    ],
)
def test_modality_follows_the_guidelines(nlp: Any, text: str, kind: str, modality: str) -> None:
    event = one(events_of(text), kind)
    assert event.modality == modality, event


def test_a_named_outlet_is_kept_as_the_attribution(nlp: Any) -> None:
    event = one(
        events_of("The newspaper Le Monde reported that French police arrested two Algerian diplomats."),
        "COERCE",
    )
    assert event.attributed_to is not None and "Le Monde" in event.attributed_to.text


# -- dates counted from the scene -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("words", "days"),
    [
        ("that night", 0),
        ("On the same day", 0),
        ("the following day", 1),
        ("the next morning", 1),
        ("two days later", 2),
        ("3 days later", 3),
        ("a day earlier", -1),
        ("the day before", -1),
        ("several days later", None),  # no number to count with
        ("on Monday", None),
        ("", None),
    ],
)
def test_scene_offset(words: str, days: int | None) -> None:
    assert scene_offset(words) == days


def test_the_following_day_counts_from_the_day_the_article_set(nlp: Any) -> None:
    text = (
        "Kenyan police arrested twelve Ugandan traders in Nairobi on Monday.\n\n"
        "The Ugandan government condemned the Kenyan police the following day."
    )
    events = events_of(text, published="2024-03-15")  # a Friday: Monday is 11 March
    arrest = one(events, "COERCE")
    assert arrest.date == "2024-03-11"
    accusation = one(events, "ACCUSE")
    assert accusation.date == "2024-03-12"
    assert accusation.date_text == "the following day"


def test_the_scene_words_need_not_be_an_entity(nlp: Any) -> None:
    text = (
        "Kenyan police arrested twelve Ugandan traders in Nairobi on Monday.\n\n"
        "Two days later the Ugandan government condemned the Kenyan police."
    )
    accusation = one(events_of(text), "ACCUSE")
    assert (accusation.date, accusation.date_text) == ("2024-03-13", "Two days later")


def test_scene_words_without_a_scene_leave_the_event_dated_as_usual(nlp: Any) -> None:
    events = events_of("The Ugandan government condemned the Kenyan police the following day.")
    accusation = one(events, "ACCUSE")
    assert accusation.date_text != "the following day"
    assert accusation.date == "2024-03-15" and accusation.date_relation == "before"  # the publication date


# -- places -----------------------------------------------------------------------------------------------
STORY_IN_NAIROBI = (
    "Thousands of Kenyan protesters marched in Nairobi on Tuesday against new taxes.\n\n"
    "Kenyan police arrested dozens of protesters on Wednesday.\n\n"
    "Protesters gathered again in Nairobi on Thursday.\n\n"
    "Separately, the Chilean government criticised the Argentine government on Thursday."
)


def test_an_event_without_a_stated_place_happens_where_the_story_does(nlp: Any) -> None:
    arrest = one(events_of(STORY_IN_NAIROBI), "COERCE")
    assert arrest.place is not None
    assert (arrest.place.name, arrest.place.country) == ("Nairobi", "KEN")
    assert arrest.place.text is None  # not stated for this event: inferred from the story


def test_an_event_whose_actors_are_elsewhere_gets_no_story_place(nlp: Any) -> None:
    accusation = one(events_of(STORY_IN_NAIROBI), "ACCUSE")
    assert (accusation.source.country, accusation.target.country) == ("CHL", "ARG")  # type: ignore[union-attr]
    assert accusation.place is None


def test_a_country_wide_story_place_has_no_coordinates(nlp: Any) -> None:
    events = events_of(
        "Kenyan police arrested dozens of protesters on Monday.\n\n"
        "Demonstrations continued in Kenya for a week.\n\n"
        "Kenyan police detained three opposition leaders on Tuesday."
    )
    detentions = [e for e in events if e.type == "COERCE"]
    assert len(detentions) == 2, [(e.type, e.evidence[0].text) for e in events]
    for event in detentions:
        assert event.place is not None
        assert (event.place.country, event.place.kind, event.place.text) == ("KEN", "country", None)
        assert event.place.lat is None and event.place.lon is None  # never drawn at the centroid
