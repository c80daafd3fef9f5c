"""Confidence that weighs where in the article an event is told; the place a spot lies in ("a hotel in
Mombasa"); "their" for the two parties just named; an act between several countries by an unnamed government
of one of them; "told X to expect": rules of extraction with the real model, on short articles written for
the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from test_circumstances import events_of, one  # one short article in, its events out
from test_light_verbs_and_open_questions import coded  # (type, source key, target key) per event
from test_rescues_pairs_and_anaphora import of_type  # those of one type
from tidings.extract import LEAD_SHARE, LEAD_WEIGHT, confidence
from tidings.records import Actor, Event, Evidence

pytestmark = pytest.mark.model

_ARREST = "Kenyan police arrested two Ugandan reporters in Mombasa on Sunday."
# sentences with no event in them, to put the arrest at the top of an article or at its end
_FILLER = [
    "Mombasa is the second largest city in Kenya.",
    "Its old town is built of coral stone.",
    "The harbour handles much of the trade of the region.",
    "Many ferries cross the creek every day.",
    "The rainy season usually begins in April.",
]


# -- confidence: the lead of an article ---------------------------------------------------------------------
def test_an_event_in_the_lead_is_more_confident_than_the_same_event_told_last(nlp: Any) -> None:
    first = one(events_of(" ".join([_ARREST, *_FILLER])), "COERCE")
    last = one(events_of(" ".join([*_FILLER, _ARREST])), "COERCE")
    assert (first.source and first.source.key, first.target and first.target.key) == ("KEN", "UGA")
    assert (last.source and last.source.key, last.target and last.target.key) == ("KEN", "UGA")
    assert first.confidence == pytest.approx(last.confidence + 2 * LEAD_WEIGHT)


def test_the_lead_term_follows_the_share_of_the_article_before_the_event() -> None:
    event = Event(
        type="CONSULT",
        source=Actor("Chile", "Chile", None, "CHL", None, "GOV", "explicit"),
        target=Actor("Peru", "Peru", None, "PER", None, "GOV", "explicit"),
        evidence=[Evidence("Chile met Peru.", 0, 15, 0)],
    )
    lead, below = confidence(event, 0.0), confidence(event, LEAD_SHARE)
    assert lead == pytest.approx(below + 2 * LEAD_WEIGHT)
    assert confidence(event, 0.99) == below  # below the lead, how far down makes no difference
    assert confidence(event) == lead  # a lone sentence is its own lead


# -- the place a spot lies in --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Kenyan police arrested two Ugandan reporters at a hotel in Mombasa on Sunday.", "Mombasa"),
        ("Sudanese soldiers attacked a camp near a village in Darfur on Sunday, residents said.", "Darfur"),
        ("Militants bombed a market outside a mosque in Peshawar on Friday, killing nine.", "Peshawar"),
    ],
    ids=["hotel-in-city", "camp-near-village-in-region", "market-outside-mosque-in-city"],
)
def test_an_event_at_a_spot_is_placed_where_the_spot_is(nlp: Any, text: str, place: str) -> None:
    found = [e for e in events_of(text) if e.place is not None]
    assert found, [(e.type, e.place) for e in events_of(text)]
    # named in the event's own sentence (``text``), not the article's default place
    assert {(e.place.name, e.place.text) for e in found if e.place} == {(place, place)}


def test_a_spot_named_in_protest_at_an_act_elsewhere_is_not_its_place(nlp: Any) -> None:
    # "at" names the spot itself, and reaching through it would put the march where the killings were
    text = "Hundreds of Kenyan students marched in protest at the killings in Uganda on Monday."
    found = events_of(text)
    march = one(found, "PROTEST")
    assert march.place is None or march.place.country != "UGA"
    assert one(found, "ASSAULT").place is not None  # the killings were in Uganda


# -- "their": the two parties just named ---------------------------------------------------------------------
def test_their_after_the_two_leaders_stands_for_both_and_an_unnamed_suspension_is_between_them(
    nlp: Any,
) -> None:
    text = (
        "Chilean President Gabriel Boric met Peruvian President Pedro Castillo in Lima on Monday. The two "
        "leaders agreed to restore flights between their capitals, which were suspended in 2020."
    )
    suspended = of_type(events_of(text), "SANCTION")
    # both capitals, and the unnamed government that suspended the flights does not act on itself
    assert suspended == [("SANCTION", "CHL", "PER")]


def test_a_plural_of_one_party_stays_that_party(nlp: Any) -> None:
    text = (
        "Kenyan police arrested two Ugandan reporters on Sunday. The officers said their commander had "
        "approved the arrests."
    )
    assert of_type(events_of(text), "COERCE") == [("COERCE", "KEN", "UGA")]


# -- "told X to expect": a forecast, not an order ------------------------------------------------------------
def test_telling_reporters_to_expect_something_is_no_request(nlp: Any) -> None:
    text = "The Kenyan interior minister told reporters on Monday to expect more arrests in Mombasa."
    assert of_type(events_of(text), "REQUEST") == []


def test_telling_a_country_to_do_something_is_still_a_request(nlp: Any) -> None:
    text = "The French president told Iran on Monday to release the detained journalists."
    assert ("REQUEST", "FRA", "IRN") in coded(events_of(text))


# -- a truce brokered, and "cease-fire" with a hyphen --------------------------------------------------------
_SHELLING = "Armenian forces shelled Azerbaijani villages on Sunday."


@pytest.mark.parametrize(
    "mediation",
    ["Russia brokered a cease-fire on Monday.", "Russia mediated a ceasefire agreement on Monday."],
    ids=["brokered-hyphenated", "mediated-agreement"],
)
def test_a_truce_brokered_is_one_meeting_of_the_broker_with_both_sides(nlp: Any, mediation: str) -> None:
    meeting = one(events_of(f"{_SHELLING} {mediation}"), "CONSULT")
    assert meeting.source is not None and meeting.source.key == "RUS"
    assert {a.key for a in [meeting.target, *meeting.others] if a is not None} == {"ARM", "AZE"}


def test_a_deal_brokered_with_no_fighting_in_it_names_no_warring_side(nlp: Any) -> None:
    found = events_of(f"{_SHELLING} Russia brokered a gas deal on Monday.")
    assert [e for e in found if e.type == "CONSULT"] == []


def test_a_call_for_a_hyphenated_cease_fire_is_asked_of_both_sides(nlp: Any) -> None:
    text = "Peruvian troops shelled Ecuadorian posts on Monday. France called for a cease-fire on Tuesday."
    both = [("REQUEST", "FRA", "ECU"), ("REQUEST", "FRA", "PER")]
    assert sorted(of_type(events_of(text), "REQUEST")) == both
