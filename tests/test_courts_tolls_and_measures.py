"""Verdicts, releases and surrenders; the toll of an attack told with it; attacks on places where civilians
are; measures a government takes at home; countries the tagger mislabels; standing positions and careers
that are no events; national institutions: rules of extraction with the real model, on short articles
written for the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from test_circumstances import events_of  # one short article in, its events out
from test_light_verbs_and_open_questions import coded  # (type, source key, target key) per event
from tidings.records import Event

pytestmark = pytest.mark.model

# a sentence that makes the article's home country plain, for the sentences that follow it
IN_CHILE = "Prosecutors in Santiago, Chile, have been busy this year. "


def of_type(events: list[Event], kind: str) -> list[tuple[str, str | None, str | None]]:
    return [c for c in coded(events) if c[0] == kind]


# -- courts, verdicts, releases, surrenders ------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        IN_CHILE + "On Tuesday, the former mayor Ramón Fuentes was found guilty of bribery.",
        IN_CHILE + "A jury in Valparaíso found Ramón Fuentes guilty on all counts.",
    ],
    ids=["passive", "active"],
)
def test_a_guilty_verdict_is_coercion_of_the_one_found_guilty(nlp: Any, text: str) -> None:
    verdicts = [e for e in events_of(text) if e.type == "COERCE"]
    assert len(verdicts) == 1
    assert verdicts[0].source is not None and verdicts[0].source.sector == "JUD"
    assert verdicts[0].target is not None and verdicts[0].target.key == "CHL"


def test_not_guilty_and_finding_things_are_no_coercion(nlp: Any) -> None:
    text = IN_CHILE + "A second defendant was found not-guilty. Investigators found the files in a car."
    assert of_type(events_of(text), "COERCE") == []


def test_a_charge_the_parser_hangs_on_another_phrase_still_counts(nlp: Any) -> None:
    text = IN_CHILE + "Chilean prosecutors have charged the suspect in the robbery with armed assault."
    assert of_type(events_of(text), "COERCE") == [("COERCE", "CHL", "CHL")]
    # nor does a "with" that belongs to something else make one: a shop charging prices is no charge
    assert events_of(IN_CHILE + "The shop charged tourists in the town with the river higher prices.") == []


def test_a_person_released_from_custody_is_freed_but_not_from_hospital(nlp: Any) -> None:
    jail = events_of(IN_CHILE + "Ramón Fuentes was released from prison on Friday.")
    assert of_type(jail, "CONCEDE") == [("CONCEDE", "CHL", "CHL")]
    hospital = events_of(IN_CHILE + "Ramón Fuentes was released from hospital on Friday.")
    assert of_type(hospital, "CONCEDE") == []


def test_giving_oneself_up_is_a_concession_and_surrender_in_arms_a_retreat(nlp: Any) -> None:
    for text in (
        IN_CHILE + "The suspect turned himself in to police on Monday.",
        IN_CHILE + "The suspect surrendered himself to police on Monday.",
    ):
        assert of_type(events_of(text), "CONCEDE") == [("CONCEDE", "CHL", "CHL")]
    # as CAMEO codes it (0874): to surrender is to retreat or surrender militarily
    text = "Two hundred Colombian rebels surrendered to the Colombian army on Sunday."
    assert of_type(events_of(text), "RETREAT") == [("RETREAT", "COL", "COL")]


def test_a_commuted_sentence_is_a_concession_to_the_prisoner(nlp: Any) -> None:
    text = "Chilean President Sebastián Rojas commuted the prison sentence of Ramón Fuentes, a banker."
    assert of_type(events_of(text), "CONCEDE") == [("CONCEDE", "CHL", "CHL")]


# -- attacks, their tolls and their places -------------------------------------------------------------------
def test_deaths_and_the_attack_a_clause_ties_to_them_are_one_event_by_the_attackers(nlp: Any) -> None:
    events = events_of("Three soldiers were killed in Niger on Tuesday when militants ambushed their convoy.")
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert len(attacks) == 1
    assert attacks[0].source is not None and attacks[0].source.sector == "REB"


def test_a_country_the_tagger_takes_for_something_else_is_still_a_place(nlp: Any) -> None:
    # the small model tags this "Niger" as a work of art; after "in" a country's name is a place
    events = events_of("Militants ambushed an army convoy in Niger on Monday.")
    assert coded(events) == [("ASSAULT", "NER", "NER")]
    assert events[0].place is not None and events[0].place.country == "NER"


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked a village in Chad on Sunday.",
        "A market was bombed in Chad on Sunday.",
    ],
    ids=["village", "market"],
)
def test_an_attack_on_a_place_where_civilians_are_is_an_attack_on_them(nlp: Any, text: str) -> None:
    attack = [e for e in events_of(text) if e.type == "ASSAULT"]
    assert [(e.target.key, e.target.sector) for e in attack if e.target] == [("TCD", "CVL")]


def test_unnamed_attackers_are_of_the_story_not_of_the_victims(nlp: Any) -> None:
    text = (
        "A gunman opened fire at a shopping centre in Houston, Texas, on Saturday. "
        "Mexican President Andrés López said four Mexican citizens were killed in the attack."
    )
    tolls = [e for e in events_of(text) if e.type == "ASSAULT"]
    assert tolls and all(e.source is not None and e.source.key == "USA" for e in tolls)


def test_a_toll_reported_abroad_is_by_the_side_that_reports_it_and_where_the_victims_are(nlp: Any) -> None:
    text = (
        "Voters in Ohio will choose a new senator on Tuesday. Turnout in Ohio is expected to be high. "
        "Separately, Armenia reported that 300 Azerbaijani troops were killed."
    )
    toll = [e for e in events_of(text) if e.type == "ASSAULT"]
    assert coded(toll) == [("ASSAULT", "ARM", "AZE")]
    assert toll[0].place is not None and toll[0].place.country == "AZE"
    assert toll[0].place.lat is None  # a country, not a point at its centroid


# -- measures at home ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Iran has banned two female boxers who refused to wear headscarves.", "IRN"),
        ("On Friday, Tunisia's prime minister issued a decree banning face veils in offices.", "TUN"),
        ("The Bolivian government signed a law outlawing child labour.", "BOL"),
        (IN_CHILE + "Governor Ana Ruiz signed a decree outlawing bullfighting in the region.", "CHL"),
    ],
    ids=["banned players", "decree", "outlawing", "a governor of the story's country"],
)
def test_a_ban_with_no_one_else_named_is_on_the_country_itself(nlp: Any, text: str, country: str) -> None:
    assert of_type(events_of(text), "SANCTION") == [("SANCTION", country, country)]


def test_a_ban_that_names_another_country_does_not_turn_on_the_banning_one(nlp: Any) -> None:
    # a ban on a country's goods is a measure against that country (test_measures_against_goods)
    events = events_of("Russia banned imports of French cheese.")
    assert of_type(events, "SANCTION") == [("SANCTION", "RUS", "FRA")]


def test_a_suspended_body_is_the_target_of_the_suspension(nlp: Any) -> None:
    text = "The Malaysian king suspended the Malaysian parliament on Monday."
    assert of_type(events_of(text), "SANCTION") == [("SANCTION", "MYS", "MYS")]


def test_legalising_is_easing_and_pressing_another_government_is_a_request(nlp: Any) -> None:
    assert of_type(events_of("The Thai parliament voted to legalise same-sex marriage."), "CONCEDE") == [
        ("CONCEDE", "THA", "THA")
    ]
    text = "Peru's foreign minister said Peru would pressure the Bolivian government to open its border."
    assert of_type(events_of(text), "REQUEST") == [("REQUEST", "PER", "BOL")]


# -- standing positions and careers --------------------------------------------------------------------------
def test_a_standing_refusal_to_recognise_is_no_event(nlp: Any) -> None:
    assert events_of("Pakistan does not recognise Israel.") == []
    # recognising a state is one
    recognised = events_of("Mexico recognised the Palestinian state on Monday.")
    assert coded(recognised) == [("SUPPORT", "MEX", "PSE")]


def test_a_person_joining_a_ticket_or_a_company_is_no_alliance(nlp: Any) -> None:
    assert events_of("In 2019 she joined Stardom, a Japanese wrestling promotion.") == []
    # a country joining a coalition is one
    assert coded(events_of("Norway joined the American coalition.")) == [("COOPERATE", "NOR", "USA")]


# -- national institutions -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NASA has partnered with the Indian space agency.", ("COOPERATE", "USA", "IND")),
        ("The Justice Department charged the executive with fraud.", ("COERCE", "USA", "USA")),
        ("The RCMP arrested two Chinese nationals in Vancouver.", ("COERCE", "CAN", "CHN")),
    ],
    ids=["NASA", "Justice Department", "RCMP"],
)
def test_a_well_known_national_institution_is_of_its_country(
    nlp: Any, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in coded(events_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan lawmakers drafted a bill which would allow Ugandan police to detain people in Kenya.",
        "The new Kenyan law allows police to detain suspects for a week.",
    ],
    ids=["a bill would allow", "a law allows"],
)
def test_what_a_text_permits_is_no_act(nlp: Any, text: str) -> None:
    assert of_type(events_of(text), "COERCE") == []
    # a person who lets someone act is another matter: the act is done
    done = events_of("The Kenyan president allowed police to detain the protesters.")
    assert of_type(done, "COERCE") == [("COERCE", "KEN", "KEN")]


# -- who the people named by what they are belong to ---------------------------------------------------------
def test_people_named_by_what_they_do_are_civilians_of_the_place(nlp: Any) -> None:
    events = events_of("On Saturday, two gunmen shot several shoppers in Durban, South Africa.")
    assert [(e.target.key, e.target.sector) for e in events if e.type == "ASSAULT" and e.target] == [
        ("ZAF", "CVL")
    ]


def test_a_city_inside_a_body_s_name_gives_its_country(nlp: Any) -> None:
    text = "The Chicago police department arrested two men on Friday."
    assert of_type(events_of(text), "COERCE") == [("COERCE", "USA", "USA")]
    # a region that is no country gives none
    assert events_of("Police in Latin America arrested two men.") == []


def test_criticism_in_the_passive_is_by_critics_of_the_country_but_an_allegation_is_not(nlp: Any) -> None:
    criticised = events_of("The Kenyan minister was widely condemned for the remarks.")
    assert coded(criticised) == [("ACCUSE", "KEN", "KEN")]
    assert criticised[0].source is not None and criticised[0].source.basis == "context"
    assert events_of("Kenyan officials accused of fraud were named in the report.") == []


def test_criticism_for_two_different_things_is_two_statements(nlp: Any) -> None:
    text = (
        "The Chilean president visited Valparaíso on Monday. "
        "The opposition leader attacked the president for the pension reform. "
        "The opposition leader attacked the president for the delays in the vaccine rollout."
    )
    assert len(of_type(events_of(text), "ACCUSE")) == 2


def test_a_party_named_by_what_it_is_is_of_the_story_s_country(nlp: Any) -> None:
    text = IN_CHILE + "On Sunday, the party endorsed Ramón Fuentes for the presidency."
    assert of_type(events_of(text), "SUPPORT") == [("SUPPORT", "CHL", "CHL")]


def test_a_day_after_a_verb_is_no_particle(nlp: Any) -> None:
    # "called on Monday" is a call made on Monday, not a call on Monday to do something
    assert events_of("The Kenyan minister called on Monday.") == []
    asked = events_of("The Kenyan minister called on Monday for an end to the strikes.")
    assert of_type(asked, "REQUEST") == [("REQUEST", "KEN", "KEN")]
