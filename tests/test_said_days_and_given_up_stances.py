"""What the seventeenth round reads. A day that hangs on "said" dates the saying: a planned event told "on
Monday" comes after Monday, not on the next one. "All three nations" stands for the three named before, as
"the two countries" stands for two. A stance given up ("backed away from his support", "pulled its support
from X") is no support, and "withdrew its support from X" is aimed at X. Blame of a report ("disappointment
at reports X hid") is blame of the one it tells of. Schools closed after an earthquake are a precaution, not
a measure against anyone; "took a parting shot at" shoots no one. A state honour received with no giver
named is the state's, and the public asked in an agentless passive is asked by the authorities. Rules of
extraction with the real model, on short articles written for the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from test_circumstances import events_of, one  # one short article in, its events out

# events_of publishes its articles on Friday 15 March 2024


def kinds(text: str) -> list[str]:
    return [e.type for e in events_of(text)]


# -- the day it was said ----------------------------------------------------------------------------------
@pytest.mark.model
def test_a_day_on_the_reporting_verb_is_when_it_was_said(nlp: Any) -> None:
    text = (
        "On Monday, Russian Foreign Minister Sergei Lavrov said he will meet Chinese Foreign Minister "
        "Wang Yi in Beijing."
    )
    meeting = one(events_of(text), "CONSULT")
    assert meeting.modality == "planned"
    # said on the Monday gone by; the meeting comes after it (it used to be put on the Monday to come)
    assert (meeting.date, meeting.date_relation) == ("2024-03-11", "after")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Russian Foreign Minister Sergei Lavrov will meet Chinese Foreign Minister Wang Yi in Beijing "
        "on Monday.",
        "A meeting between Russian Foreign Minister Sergei Lavrov and Chinese Foreign Minister Wang Yi "
        "has been scheduled for Monday.",
    ],
    ids=["on-the-event", "scheduled-for"],
)
def test_a_day_on_the_planned_event_itself_is_the_next_one(nlp: Any, text: str) -> None:
    meeting = one(events_of(text), "CONSULT")
    assert (meeting.date, meeting.date_relation) == ("2024-03-18", "on")


# -- "all three nations" ----------------------------------------------------------------------------------
@pytest.mark.model
def test_all_three_nations_are_the_three_named_before(nlp: Any) -> None:
    text = (
        "Japan, India and Australia sent warships to the Bay of Bengal. "
        "All three countries offered aid to Sri Lanka."
    )
    aid = [e for e in events_of(text) if e.type == "AID"]
    assert sorted(e.source.country for e in aid) == ["AUS", "IND", "JPN"]
    assert {e.target.country for e in aid} == {"LKA"}


@pytest.mark.model
def test_the_three_leaders_are_the_three_countries_named_before(nlp: Any) -> None:
    text = "Leaders of France, Germany and Italy met in Rome on Monday. The three leaders condemned Russia."
    blame = [e for e in events_of(text) if e.type == "ACCUSE"]
    assert sorted(e.source.country for e in blame) == ["DEU", "FRA", "ITA"]
    assert {e.target.country for e in blame} == {"RUS"}


# -- stances given up -------------------------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Kenyan musician Eric Wainaina backed away from his earlier support for President William Ruto.",
        "The Kenyan opposition backed out of the deal with President William Ruto.",
        "The Kenyan opposition pulled its support from President William Ruto.",
    ],
    ids=["backed-away-from-support", "backed-out-of", "pulled-support-from"],
)
def test_support_given_up_is_no_support(nlp: Any, text: str) -> None:
    assert "SUPPORT" not in kinds(text)


@pytest.mark.model
def test_support_withdrawn_from_someone_is_aimed_at_them(nlp: Any) -> None:
    events = events_of("The Kenyan opposition withdrew its support from President William Ruto.")
    assert "SUPPORT" not in [e.type for e in events]
    assert one(events, "SANCTION").target.name == "William Ruto"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Kenyan musician Eric Wainaina backed President William Ruto.", "Eric Wainaina", "William Ruto"),
        (
            "Kenyan musician Eric Wainaina received support from President William Ruto.",
            "William Ruto",
            "Eric Wainaina",
        ),
    ],
    ids=["backed", "support-received-from"],
)
def test_support_taken_or_given_stays_support(nlp: Any, text: str, source: str, target: str) -> None:
    found = one(events_of(text), "SUPPORT")
    assert (found.source.name, found.target.name) == (source, target)


# -- blame of a report ------------------------------------------------------------------------------------
@pytest.mark.model
def test_disappointment_at_reports_of_an_act_is_aimed_at_its_doer(nlp: Any) -> None:
    text = (
        "Kenyan President William Ruto met the opposition on Monday. Kenyan musician Eric Wainaina expressed "
        "disappointment at reports Ruto hid in the State House during riots."
    )
    blame = one(events_of(text), "ACCUSE")
    assert blame.source.name == "Eric Wainaina"
    assert blame.target.name == "William Ruto"


@pytest.mark.model
def test_condemning_reports_that_troops_shelled_a_village_blames_their_country(nlp: Any) -> None:
    blame = one(
        events_of("The Ukrainian ministry condemned reports that Russian troops had shelled the village."),
        "ACCUSE",
    )
    assert (blame.source.country, blame.target.country) == ("UKR", "RUS")


@pytest.mark.model
def test_rejecting_claims_about_someone_is_not_aimed_at_them(nlp: Any) -> None:
    text = "The Kenyan opposition rejected claims that President William Ruto had rigged the vote."
    assert all(e.target is None or e.target.name != "William Ruto" for e in events_of(text))


# -- closures amid a disaster -----------------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A strong earthquake struck Mindanao on Tuesday. In response, the Philippine government closed all "
        "schools in the province.",
        "The Philippine government closed schools in Manila after the typhoon.",
    ],
    ids=["earthquake-the-sentence-before", "typhoon-in-the-sentence"],
)
def test_schools_closed_after_a_disaster_are_a_precaution(nlp: Any, text: str) -> None:
    assert "SANCTION" not in kinds(text)


@pytest.mark.model
def test_schools_closed_against_an_outbreak_are_still_a_measure(nlp: Any) -> None:
    text = "The Philippine government closed all schools in the province to slow the outbreak."
    closure = one(events_of(text), "SANCTION")
    assert (closure.source.country, closure.target.country) == ("PHL", "PHL")


# -- a compound noun split by the tagger ------------------------------------------------------------------
@pytest.mark.model
def test_a_parting_shot_is_no_shooting(nlp: Any) -> None:
    # the small model tags "shot" a participle hung on "parting"; the compound noun of the lexicon says what
    # the two words are, and no one was shot
    text = "Former US President Donald Trump took a parting shot at the Federal Reserve on Twitter."
    assert "ASSAULT" not in kinds(text)


# -- honours received -------------------------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "giver", "honoured"),
    [
        (
            "Namibian politician Theo-Ben Gurirab was awarded the Order of Merit in 2004.",
            "NAM",
            "Theo-Ben Gurirab",
        ),
        ("Russian cosmonaut Alexei Leonov received the Order of Lenin.", "RUS", "Leonov"),
        ("Russian cosmonaut Alexei Leonov received the Hero of Russia for his work.", "RUS", "Leonov"),
    ],
    ids=["awarded-a-state-order", "received-a-state-order", "received-a-title-named-after-a-country"],
)
def test_a_state_honour_with_no_giver_named_is_the_state_s(
    nlp: Any, text: str, giver: str, honoured: str
) -> None:
    honour = one(events_of(text), "SUPPORT")
    assert (honour.source.country, honour.source.sector) == (giver, "GOV")
    assert honour.target.name == honoured


@pytest.mark.model
def test_a_medal_received_from_someone_is_theirs(nlp: Any) -> None:
    honour = one(
        events_of("Kenyan runner Eliud Kipchoge received a medal from President William Ruto."), "SUPPORT"
    )
    assert (honour.source.name, honour.target.name) == ("William Ruto", "Eliud Kipchoge")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Kenyan runner Eliud Kipchoge received the gold medal.",
        "Kenyan troops received orders to withdraw.",
        "Kenyan author Ngugi wa Thiong'o received a literary prize.",
    ],
    ids=["a-sporting-medal", "orders-are-no-order", "a-prize-with-no-giver"],
)
def test_what_no_state_gives_is_no_honour_of_the_state(nlp: Any, text: str) -> None:
    assert "SUPPORT" not in kinds(text)


# -- the public asked -------------------------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Residents of Nairobi were urged to stay indoors on Monday.", "KEN"),
        ("Households in Apia were asked to hang a red cloth on their doors.", "WSM"),
    ],
    ids=["residents-urged", "households-asked"],
)
def test_the_public_asked_in_the_passive_is_asked_by_the_authorities(
    nlp: Any, text: str, country: str
) -> None:
    request = one(events_of(text), "REQUEST")
    assert (request.source.country, request.source.sector) == (country, "GOV")
    assert (request.target.country, request.target.sector) == (country, "CVL")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan minister was asked to resign.",
        "Nairobi residents were advised to expect cloudy tap water next week.",
    ],
    ids=["one-person-asked", "a-forecast"],
)
def test_one_person_asked_or_a_forecast_is_no_request_of_the_authorities(nlp: Any, text: str) -> None:
    assert "REQUEST" not in kinds(text)
