"""A capital the tagger took for a body ("visited Dhaka"); "late last year"; who is angered by what; an act
asked for by a noun ("demands to release"); closing a border or an embassy; warplanes by another name; the
place an attack struck; a request by one private person; hurt by no one named; a hyphenated group name; who
did what one is accused of; two verbs and one object; working together with no one (the twelfth round); a
place's name the parser read as an adverbial of the verb ("shelled Aleppo on Monday"): rules of extraction
with the real model, on short articles written for the test.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from test_circumstances import events_of, one  # one short article in, its events out
from test_light_verbs_and_open_questions import coded  # (type, source key, target key) per event
from test_rescues_pairs_and_anaphora import of_type  # those of one type
from tidings.dates import resolve_date

_PUBLISHED = dt.date(2024, 3, 15)


# -- a capital or country tagged as something else ----------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Indian prime minister visited Dhaka on Tuesday.",
        "The Indian prime minister paid a visit to Dhaka on Tuesday.",
    ],
    ids=["visited", "paid-a-visit"],
)
def test_a_visit_to_a_capital_is_a_visit_to_its_country_whatever_the_tagger_calls_it(
    nlp: Any, text: str
) -> None:
    visit = one(events_of(text), "CONSULT")
    assert (visit.source and visit.source.key, visit.target and visit.target.key) == ("IND", "BGD")
    assert visit.place is not None and (visit.place.name, visit.place.country) == ("Dhaka", "BGD")


@pytest.mark.model
def test_officials_met_in_a_capital_tagged_as_a_body_are_placed_there(nlp: Any) -> None:
    meeting = one(events_of("The Indian prime minister met officials in Dhaka on Tuesday."), "CONSULT")
    assert meeting.place is not None and meeting.place.name == "Dhaka"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sides", "place"),
    [
        # "Aleppo" parsed as an adverbial of "shelled" and tagged a work of art
        ("The Syrian army shelled Aleppo on Monday.", ("SYR", "SYR"), "Aleppo"),
        ("A coalition led by the United States bombed Mosul.", ("USA", "IRQ"), "Mosul"),
        # control: parsed as the object, as before
        ("Russian jets bombed Idlib on Tuesday.", ("RUS", "SYR"), "Idlib"),
    ],
)
def test_a_place_read_as_an_adverbial_of_the_verb_is_what_it_acts_on(
    nlp: Any, text: str, sides: tuple, place: str
) -> None:
    attack = one(events_of(text, title="World news"), "ASSAULT")
    assert (attack.source and attack.source.country, attack.target and attack.target.country) == sides
    assert attack.place is not None and attack.place.name == place


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # "Mali" tagged a person: the story had no country, and the rebels none
        ("Mali's army attacked rebels near Kidal on Monday.", ("MLI", "MLI")),
        # control: tagged a country, as before
        ("Niger's junta expelled the French ambassador on Monday.", ("NER", "FRA")),
    ],
)
def test_a_country_owning_a_body_is_a_country_whatever_the_tagger_calls_it(
    nlp: Any, text: str, sides: tuple
) -> None:
    found = [e for e in events_of(text, title="World news") if e.source and e.target]
    assert [(e.source.country, e.target.country) for e in found if e.source and e.target] == [sides]


@pytest.mark.model
def test_a_day_read_as_an_adverbial_stays_a_day(nlp: Any) -> None:
    # "met Monday": the adverbial is a day, no place met
    meeting = one(events_of("The Kenyan president met the French ambassador Monday in Nairobi."), "CONSULT")
    assert meeting.target is not None and meeting.target.country == "FRA"
    assert meeting.date == "2024-03-11"


# -- a part of a period -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "date", "precision"),
    [
        ("late last year", "2023", "year"),
        ("early last year", "2023", "year"),
        ("the end of last year", "2023", "year"),
        ("late last month", "2024-02", "month"),
        ("early next year", "2025", "year"),
    ],
)
def test_a_part_of_a_period_dates_the_period_around_it(text: str, date: str, precision: str) -> None:
    found = resolve_date(text, _PUBLISHED)
    assert found is not None, text
    assert (found.date, found.precision, found.relation) == (date, precision, "around")


def test_a_whole_period_keeps_its_plain_relation() -> None:
    found = resolve_date("last year", _PUBLISHED)
    assert found is not None and (found.date, found.relation) == ("2023", "on")


# -- who is angered by what ---------------------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Greek decision angered Libya on Monday.",
        "Libya was angered by the Greek decision on Monday.",
    ],
    ids=["active", "passive"],
)
def test_the_one_angered_objects_to_whoever_acted(nlp: Any, text: str) -> None:
    assert of_type(events_of(text), "ACCUSE") == [("ACCUSE", "LBY", "GRC")]


# -- an act asked for by a noun ------------------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Iran ignored demands to release the British tanker.",
        "Iran rejected a British request to free the crew of the tanker.",
    ],
    ids=["demands", "request"],
)
def test_an_act_a_request_noun_asks_for_is_not_done(nlp: Any, text: str) -> None:
    assert [e for e in events_of(text) if e.type == "CONCEDE"] == []


@pytest.mark.model
def test_an_act_a_decision_is_taken_on_is_still_done(nlp: Any) -> None:
    text = "The Greek government's decision to expel the Libyan ambassador angered Tripoli."
    assert ("SANCTION", "GRC", "LBY") in coded(events_of(text))


# -- closing a border, an airspace, a consulate -------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jordan closed its border with Syria after the attack.", ("SANCTION", "JOR", "SYR")),
        ("Russia closed the American consulate in Yekaterinburg.", ("SANCTION", "RUS", "USA")),
        ("Ukraine shut its border crossings with Belarus on Monday.", ("SANCTION", "UKR", "BLR")),
        ("Pakistan closed its airspace to Indian flights on Tuesday.", ("SANCTION", "PAK", "IND")),
    ],
    ids=["border-with", "consulate", "shut-crossings", "airspace-to"],
)
def test_closing_a_border_or_a_mission_is_a_sanction(
    nlp: Any, text: str, expected: tuple[str, str, str]
) -> None:
    assert of_type(events_of(text), "SANCTION") == [expected]


@pytest.mark.model
def test_closing_a_factory_is_no_event(nlp: Any) -> None:
    assert events_of("The Kenyan company closed its factory in Mombasa.") == []


# -- warplanes by another name, and the place they struck ---------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Israeli jets bombed Gaza on Monday.", "ISR"),
        ("Russian drones struck Kyiv overnight.", "RUS"),
        ("Israeli tanks shelled the Gaza Strip on Monday.", "ISR"),
    ],
    ids=["jets", "drones", "tanks"],
)
def test_weapons_named_as_the_attacker_are_the_armed_forces(nlp: Any, text: str, source: str) -> None:
    attack = one(events_of(text), "ASSAULT")
    assert attack.source is not None and (attack.source.country, attack.source.sector) == (source, "MIL")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("Russian drones struck Kyiv overnight.", "Kyiv", "UKR"),
        ("Israeli tanks shelled the Gaza Strip on Monday.", "Gaza Strip", "PSE"),
    ],
    ids=["capital", "territory"],
)
def test_an_attack_is_placed_where_the_named_place_it_struck_lies(
    nlp: Any, text: str, place: str, country: str
) -> None:
    attack = one(events_of(text), "ASSAULT")
    assert attack.target is not None and attack.target.country == country
    assert attack.place is not None and (attack.place.name, attack.place.country) == (place, country)


@pytest.mark.model
def test_closing_a_border_with_no_other_side_named_is_no_sanction(nlp: Any) -> None:
    assert of_type(events_of("Bolivia closed its border on Monday because of the floods."), "SANCTION") == []


# -- a request with no addressee ----------------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "At his own request, the Kenyan singer was moved to a hospital in Nairobi.",
        "The Kenyan singer's family asked for donations to a children's charity in Nairobi.",
    ],
    ids=["own-request", "asked-for-donations"],
)
def test_a_request_by_someone_of_no_known_standing_that_asks_no_one_is_no_event(nlp: Any, text: str) -> None:
    assert of_type(events_of(text), "REQUEST") == []


@pytest.mark.model
def test_demands_by_protesters_with_no_addressee_are_made_of_their_government(nlp: Any) -> None:
    text = "Kenyan protesters demanded the release of the detained students on Monday."
    assert of_type(events_of(text), "REQUEST") == [("REQUEST", "KEN", "KEN")]


# -- hurt by no one named -----------------------------------------------------------------------------------
@pytest.mark.model
def test_someone_injured_in_no_named_attack_or_fight_is_no_attack(nlp: Any) -> None:
    text = "A bus overturned on a road near Nakuru on Monday. A Kenyan bystander was also injured."
    assert of_type(events_of(text), "ASSAULT") == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Two Kenyan soldiers were wounded in the clashes on Monday.",
        "Five Kenyan police officers were injured during the protests in Nairobi on Monday.",
        "A Kenyan trader was injured in the altercation in Nairobi on Monday.",
    ],
    ids=["clashes", "protests", "altercation"],
)
def test_someone_injured_in_a_fight_the_sentence_names_was_attacked(nlp: Any, text: str) -> None:
    attack = one(events_of(text), "ASSAULT")
    assert attack.target is not None and attack.target.country == "KEN"


# -- a hyphenated group name, and a town taken back from someone --------------------------------------------
@pytest.mark.model
def test_a_hyphenated_armed_group_before_a_noun_is_the_group(nlp: Any) -> None:
    attack = one(events_of("Al-Shabaab militants attacked a hotel in Mogadishu on Monday."), "ASSAULT")
    assert attack.source is not None and (attack.source.country, attack.source.sector) == ("SOM", "REB")


@pytest.mark.model
def test_a_town_taken_from_someone_is_taken_from_them(nlp: Any) -> None:
    text = "Somali troops recaptured the town from al-Shabaab fighters on Monday."
    seizure = one(events_of(text), "COERCE")
    assert seizure.source is not None and seizure.source.sector == "MIL"
    assert seizure.target is not None and (seizure.target.country, seizure.target.sector) == ("SOM", "REB")


# -- who did what one is accused of; two verbs and one object -----------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Kenyan police were accused of torturing detainees in Nairobi on Monday.",
        "Rights groups accused Kenyan police of torturing detainees in Nairobi on Monday.",
    ],
    ids=["passive", "active"],
)
def test_an_act_someone_is_accused_of_is_theirs(nlp: Any, text: str) -> None:
    torture = one(events_of(text), "ASSAULT")
    assert torture.source is not None and (torture.source.country, torture.source.sector) == ("KEN", "COP")


@pytest.mark.model
def test_two_verbs_sharing_an_object_both_act_on_it(nlp: Any) -> None:
    text = "Kenyan police arrested and charged two Ugandan journalists on Monday."
    assert ("COERCE", "KEN", "UGA") in coded(events_of(text))


@pytest.mark.model
def test_an_attack_told_by_two_verbs_is_one_attack(nlp: Any) -> None:
    found = events_of("Kenyan police shot and killed two protesters in Nairobi on Monday.")
    assert of_type(found, "ASSAULT") == [("ASSAULT", "KEN", "KEN")]


@pytest.mark.model
def test_acts_offered_as_a_choice_share_no_object(nlp: Any) -> None:
    text = "The Kenyan prosecutor said the gang meant to coerce or intimidate the villagers."
    assert of_type(events_of(text), "COERCE") == []


# -- working together is done with someone ------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan government has been collaborating closely on the project.",
        "The Kenyan government announced a collaboration with Starlink on Monday.",
    ],
    ids=["no-partner", "partner-of-no-known-country"],
)
def test_a_collaboration_with_no_partner_named_is_no_event(nlp: Any, text: str) -> None:
    assert of_type(events_of(text), "COOPERATE") == []


@pytest.mark.model
def test_an_agreement_to_act_needs_no_other_party(nlp: Any) -> None:
    text = "Kenya's opposition coalition agreed on Monday to postpone the march in Nairobi."
    agreed = one(events_of(text), "AGREE")
    assert agreed.source is not None and agreed.source.country == "KEN"
