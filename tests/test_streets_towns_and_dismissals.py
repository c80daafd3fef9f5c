"""Protests in the streets, strikes counted in thousands, quarantines and dismissals, found with sentences
written for the purpose:

- "Took to the streets of Khartoum": a protest, placed in the city whose streets they are; an area gone
  through or named ("marched through the centre of Minsk", "on the outskirts of Kabul") places the act in the
  city it belongs to, and the streets are nobody a demand is addressed to.
- "Shelled Kharkiv", "fired rockets at Kharkiv", "attacked the city of Kramatorsk": a town attacked is its
  people, and the attack is placed there, whatever the tagger took the name for; the missiles fired at it are
  nobody attacked.
- "Gathered in the city of Kramatorsk", "arrested two men in the town of Kramatorsk": the town a "city of" or
  "town of" names is the place, whatever the tagger took the name for.
- "Took over the city of Goma", "seized control of the town of Goma", "captured Aleppo": a town taken, from
  the government of its country, and the place of the taking; control of a chamber won is nothing of the
  kind.
- "Boko Haram killed 30 villagers": an armed group of one country named in a story, whatever the tagger took
  its name for (a person's), tells where the story is, and so whose the villagers are.
- "Russian forces captured the town of Avdiivka", a town the gazetteer does not know: nothing is taken from
  Russia's own government, nor from the story's country.
- "Took to Twitter to attack the judge": an attack in words, not in arms.
- "Thousands of Kenyan doctors went on strike": the strikers are the doctors the number counts; "walked off
  the job" is a strike (walking off the pitch is none).
- "Held live-fire drills": a military exercise, the hyphened modifier read whole (fire drills at a school are
  none).
- "Police in Lagos arrested twelve protesters", in a story from elsewhere: the police act at home, and the
  people they hold are of the police's country.
- "Imposed a quarantine on the city": a measure, as a lockdown or a curfew is.
- "Lodged a protest with China": a complaint made to China (a protest staged with tractors stays a protest);
  "over the detention of a fisherman", "condemned Iran over the arrest of two tourists": the act complained
  of is by whom the complaint is made to or about, not by the one complaining or the country of the held.
- "Warned Israel against any attack on its nuclear facilities": the attack warned against is no attack.
- "Imposed anti-dumping duties on Chinese steel": a trade measure, as tariffs are (a soldier on duty is none).
- "Provided Ukraine with economic aid", "will provide Ukraine with 5 billion dollars in aid": aid to the one
  given it, the object of the verb when what is given comes after "with".
- "Ordered the journalist to appear before a judge": a summons, a coercive order; "registered a case against
  the minister": a case brought, as one filed is.
- "Received the Emir of Qatar": a visit hosted (a letter received is none); "is expected to visit China": a
  planned visit, not a demand made of the visitor ("the UN expects Iran to ..." is one).
- "Is due to meet the French president": a planned meeting, its subject that of "is"; "arrived in Beijing for
  talks": talks with the host; one plan told twice in an article ("is due to step down in August", later "has
  said he will step down") is one event, whatever lies between.
- "Fired his health minister", "sacked the army chief": a dismissal when what is fired is a person, the office
  holder the dismisser's own; "fired two missiles", "dismissed the case" stay what they were.

Extraction with the real model on short articles written for the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from test_circumstances import events_of, one  # one short article in, its events out

pytestmark = pytest.mark.model

WORLD = "World news"


def sides(event: Any) -> tuple[str | None, str | None]:
    return (
        event.source.country if event.source else None,
        event.target.country if event.target else None,
    )


# -- the streets ---------------------------------------------------------------------------------------------
def test_taking_to_the_streets_of_a_city_is_a_protest_there(nlp: Any) -> None:
    event = one(
        events_of("Thousands of people took to the streets of Khartoum on Friday.", title=WORLD), "PROTEST"
    )
    assert event.place is not None and (event.place.name, event.place.country) == ("Khartoum", "SDN")
    assert sides(event) == ("SDN", "SDN")


def test_the_streets_are_no_addressee_of_a_demand(nlp: Any) -> None:
    text = "Protesters took to the streets of Caracas on Saturday to demand new elections."
    event = one(events_of(text, title=WORLD), "REQUEST")
    assert event.target is not None and event.target.country == "VEN" and event.target.sector == "GOV"


@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        ("Opposition supporters marched through the centre of Minsk on Sunday.", "PROTEST", ("Minsk", "BLR")),
        (
            "A car bomb exploded on the outskirts of Kabul on Monday, killing four people.",
            "ASSAULT",
            ("Kabul", "AFG"),
        ),
    ],
)
def test_an_area_of_a_city_places_the_act_in_the_city(nlp: Any, text: str, kind: str, place: tuple) -> None:
    event = one(events_of(text, title=WORLD), kind)
    assert event.place is not None and (event.place.name, event.place.country) == place


# -- towns attacked ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Russian forces shelled Kharkiv on Monday.", "Kharkiv"),
        ("Russian forces fired rockets at Kharkiv on Monday.", "Kharkiv"),
        ("The Russian army fired two missiles at Kharkiv on Monday.", "Kharkiv"),
        ("Russian troops attacked the city of Kramatorsk on Tuesday.", "Kramatorsk"),
    ],
)
def test_a_town_attacked_is_where_and_whom(nlp: Any, text: str, town: str) -> None:
    event = one(events_of(text, title=WORLD), "ASSAULT")
    assert event.place is not None and (event.place.name, event.place.country) == (town, "UKR")
    assert sides(event) == ("RUS", "UKR")


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        ("Rebels seized control of the town of Goma on Tuesday.", "Goma", "COD"),
        ("Rebels took over the city of Goma on Tuesday.", "Goma", "COD"),
        ("Rebels captured Aleppo on Tuesday.", "Aleppo", "SYR"),
    ],
)
def test_a_town_taken_is_where_and_from_whom(nlp: Any, text: str, town: str, country: str) -> None:
    event = one(events_of(text, title=WORLD), "COERCE")
    assert event.place is not None and (event.place.name, event.place.country) == (town, country)
    assert event.target is not None and event.target.country == country


def test_a_town_taken_by_a_state_is_not_taken_from_itself(nlp: Any) -> None:
    text = "The Kremlin said Russian forces had captured the town of Avdiivka."
    events = events_of(text, title="News from Russia")
    assert not [
        e for e in events if e.type == "COERCE" and e.target is not None and e.target.country == "RUS"
    ]


def test_control_of_a_chamber_is_taken_from_no_one(nlp: Any) -> None:
    text = "The Democrats seized control of the Senate in the election."
    assert not [e for e in events_of(text, title="News from the United States") if e.type == "COERCE"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Protesters gathered in the city of Kramatorsk on Sunday.", "PROTEST"),
        ("Police arrested two men in the town of Kramatorsk on Sunday.", "COERCE"),
    ],
)
def test_the_town_a_city_of_names_is_the_place(nlp: Any, text: str, kind: str) -> None:
    event = one(events_of(text, title=WORLD), kind)
    assert event.place is not None and (event.place.name, event.place.country) == ("Kramatorsk", "UKR")


def test_an_addressee_after_a_particle_is_still_asked(nlp: Any) -> None:
    event = one(
        events_of("The United Nations called on Israel to stop the offensive.", title=WORLD), "REQUEST"
    )
    assert event.target is not None and event.target.country == "ISR"


def test_an_armed_group_tagged_as_a_person_still_places_the_story(nlp: Any) -> None:
    event = one(events_of("Boko Haram killed 30 villagers on Sunday.", title=WORLD), "ASSAULT")
    assert sides(event) == ("NGA", "NGA")


def test_an_attack_posted_on_twitter_is_said(nlp: Any) -> None:
    text = "Senator Lindsey Graham took to Twitter to attack the judge."
    events = events_of(text, title="News from the United States")
    assert not [e for e in events if e.type == "ASSAULT"]
    assert sides(one(events, "ACCUSE")) == ("USA", "USA")


# -- strikes and arrests -------------------------------------------------------------------------------------
def test_strikers_counted_in_thousands_are_whom_the_number_counts(nlp: Any) -> None:
    event = one(events_of("Thousands of Kenyan doctors went on strike on Monday.", title=WORLD), "PROTEST")
    assert event.source is not None and event.source.country == "KEN"


def test_walking_off_the_job_is_a_strike(nlp: Any) -> None:
    event = one(events_of("Thousands of nurses walked off the job in New Zealand.", title=WORLD), "PROTEST")
    assert event.mode == "strike" and event.source is not None and event.source.country == "NZL"


def test_walking_off_a_pitch_is_no_strike(nlp: Any) -> None:
    assert not events_of("The players walked off the pitch in Auckland in protest.", title=WORLD)


def test_live_fire_drills_are_an_exercise(nlp: Any) -> None:
    event = one(events_of("The Chinese navy held live-fire drills near Taiwan.", title=WORLD), "MOBILIZE")
    assert event.source is not None and event.source.country == "CHN"


def test_fire_drills_at_a_school_are_no_exercise(nlp: Any) -> None:
    assert not events_of("Students in Texas held fire drills at the school.", title=WORLD)


def test_people_arrested_by_police_are_of_the_police_country(nlp: Any) -> None:
    text = "Police in Lagos arrested twelve protesters on Sunday."
    event = one(events_of(text, title="News from the United States"), "COERCE")
    assert sides(event) == ("NGA", "NGA")


def test_a_quarantine_imposed_is_a_measure(nlp: Any) -> None:
    text = "The Chinese government imposed a quarantine on the city of Wuhan in January."
    event = one(events_of(text, title=WORLD), "COERCE")
    assert event.mode == "curfew" and event.source is not None and event.source.country == "CHN"


# -- complaints ---------------------------------------------------------------------------------------------
def test_a_protest_lodged_with_a_country_is_a_complaint_to_it(nlp: Any) -> None:
    event = one(events_of("Japan lodged a protest with China on Monday.", title=WORLD), "ACCUSE")
    assert sides(event) == ("JPN", "CHN")


def test_a_protest_staged_with_tractors_stays_a_protest(nlp: Any) -> None:
    events = events_of("Farmers staged a protest with tractors in Paris on Monday.", title=WORLD)
    assert one(events, "PROTEST").source is not None and not [e for e in events if e.type == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Japan lodged a protest with China over the detention of a Japanese fisherman.", "CHN"),
        ("France condemned Iran over the arrest of two French tourists.", "IRN"),
    ],
)
def test_an_act_complained_of_is_by_whom_it_is_complained_to(nlp: Any, text: str, doer: str) -> None:
    event = one(events_of(text, title=WORLD), "COERCE")
    assert event.source is not None and event.source.country == doer


def test_an_attack_warned_against_is_no_attack(nlp: Any) -> None:
    events = events_of("Iran warned Israel against any attack on its nuclear facilities.", title=WORLD)
    assert not [e for e in events if e.type == "ASSAULT"]
    assert sides(one(events, "THREATEN")) == ("IRN", "ISR")


def test_duties_imposed_are_a_trade_measure(nlp: Any) -> None:
    event = one(events_of("The EU imposed anti-dumping duties on Chinese steel.", title=WORLD), "SANCTION")
    assert event.target is not None and event.target.country == "CHN"


def test_a_soldier_on_duty_is_no_measure(nlp: Any) -> None:
    assert not events_of("The Kenyan soldier was on duty in Nairobi when it happened.", title=WORLD)


@pytest.mark.parametrize(
    "text",
    [
        "Japan provided Ukraine with economic aid on Monday.",
        "Japan will provide Ukraine with 5 billion dollars in economic aid.",
        "The United States supplied Ukraine with tanks on Monday.",
    ],
)
def test_provided_with_aid_is_aid_to_the_object(nlp: Any, text: str) -> None:
    event = one(events_of(text, title=WORLD), "AID")
    assert event.target is not None and event.target.country == "UKR"


# -- courts -------------------------------------------------------------------------------------------------
def test_ordered_to_appear_is_a_coercive_order(nlp: Any) -> None:
    text = "A court in Cairo ordered the journalist to appear before a judge."
    event = one(events_of(text, title=WORLD), "COERCE")
    assert event.mode == "order" and sides(event) == ("EGY", "EGY")


def test_a_case_registered_against_someone_is_brought(nlp: Any) -> None:
    text = "Indian police registered a case against the minister on Monday."
    event = one(events_of(text, title=WORLD), "ACCUSE")
    assert event.mode == "sue" and sides(event) == ("IND", "IND")


# -- visits -------------------------------------------------------------------------------------------------
def test_a_leader_received_is_a_visit_hosted(nlp: Any) -> None:
    text = "Egypt's president received the Emir of Qatar in Cairo on Sunday."
    event = one(events_of(text, title=WORLD), "CONSULT")
    assert event.mode == "host" and sides(event) == ("EGY", "QAT")


def test_a_letter_received_is_no_visit(nlp: Any) -> None:
    text = "Egypt's president received a letter from the Emir of Qatar on Sunday."
    assert not [e for e in events_of(text, title=WORLD) if e.type == "CONSULT"]


def test_a_visit_expected_is_planned(nlp: Any) -> None:
    text = "The Brazilian president is expected to visit China next month."
    events = events_of(text, title=WORLD)
    assert not [e for e in events if e.type == "REQUEST"]
    event = one(events, "CONSULT")
    assert event.modality == "planned" and sides(event) == ("BRA", "CHN")


def test_an_expectation_of_someone_stays_a_request(nlp: Any) -> None:
    text = "The United Nations expects Iran to allow inspectors into the site."
    event = one(events_of(text, title=WORLD), "REQUEST")
    assert event.source is not None and event.source.sector == "IGO"
    assert event.target is not None and event.target.country == "IRN"


def test_a_meeting_due_is_planned(nlp: Any) -> None:
    text = "The German chancellor is due to meet the French president in Paris on Friday."
    event = one(events_of(text, title=WORLD), "CONSULT")
    assert event.modality == "planned" and sides(event) == ("DEU", "FRA")


def test_talks_a_minister_arrived_for_are_with_the_host(nlp: Any) -> None:
    text = "The Iranian foreign minister arrived in Beijing on Tuesday for talks."
    assert sides(one(events_of(text, title=WORLD), "CONSULT")) == ("IRN", "CHN")


def test_one_plan_told_twice_is_one_event(nlp: Any) -> None:
    text = "\n\n".join(
        [
            "The Guinean president is due to step down in August.",
            "The plan surprised members of his party.",
            "Shops in Conakry stayed open during the day.",
            "The national football team won a friendly match.",
            "The president has said he will step down.",
        ]
    )
    event = one(events_of(text, title=WORLD), "CONCEDE")
    assert (event.modality, event.date) == ("planned", "2024-08")
    assert sorted(e.sentence for e in event.evidence) == [0, 4]


# -- dismissals ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Peruvian president fired his health minister on Tuesday.", ("PER", "PER")),
        ("The Nigerian president sacked the army chief on Friday.", ("NGA", "NGA")),
    ],
)
def test_a_person_fired_is_dismissed(nlp: Any, text: str, expected: tuple) -> None:
    event = one(events_of(text, title="News from the United States"), "SANCTION")
    assert event.mode == "dismiss" and sides(event) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Russian army fired two missiles at the city on Monday.",
        "A judge in Ohio dismissed the case on Friday.",
    ],
)
def test_weapons_fired_and_cases_dismissed_are_no_dismissal(nlp: Any, text: str) -> None:
    assert not [e for e in events_of(text, title=WORLD) if e.type == "SANCTION"]
