"""Constructions of domestic news (courts, regulators, police, politics, companies) the extractor used to miss
or misread, found with sentences written for the purpose:

- A well-known political figure is no private person: "Macron met Scholz" is a meeting of two countries.
- "Took two men into custody": an arrest, as "placed under arrest" is; dying in custody is none.
- "Reached a settlement with the families": an agreement (a settlement on the West Bank is none).
- "Fined Google 150 million euros": a penalty, with the one made to pay named as a dative or read as a
  modifier of the sum, and the regulator hung on the sum in the passive ("fined" is lemmatised "fin").
- "Sent Ukraine 5 billion dollars in aid": the sum's substance after it, with the country the small model
  took for part of the sum.
- "Women who have been attacked do not have to justify themselves": a kind of people, no event.
- "Blocked the new asylum rule", "struck down the law", "annulled the result": rulings against an act.
- Police firing at protesters, a stabbing in a foreign city: the people attacked are of the place.
- "Attacked the media in a series of tweets": criticism, not violence.
- "Accused the government of arresting journalists": the government is accused, not the journalists.
- "The president" is the president named before, not the vice president named last.
- "Called the budget a retrograde step", "described the report as misleading": a policy judged is judged
  against whoever made it; a government "ruled out" talks or a lockdown (police ruling out foul play did not).
- Schools reopened by the authorities (easing, as closing them was a measure), a city locked down, doctors
  and ventilators sent abroad (aid).
- "Students occupied the university in protest against tuition fees": an act people do "in protest" is their
  protest (a state's act in protest stays what it is); the name read into a sum ("fined Google 2.4 billion
  euros") is the one fined.
- "'Congratulations to President-elect Joe Biden,' Boris Johnson wrote": a greeting said alone, opening a
  quotation (`uttered` in triggers.json), is the speaker's praise.
- "Biden attacked Trump for the deaths": an attack in words is aimed at the one attacked, named (it had been
  an unnamed issue of the country).

Extraction with the real model on short articles written for the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from test_circumstances import events_of, one  # one short article in, its events out

pytestmark = pytest.mark.model


def sides(event: Any) -> tuple[str | None, str | None]:
    return (
        event.source.country if event.source else None,
        event.target.country if event.target else None,
    )


# -- political figures ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Emmanuel Macron met Olaf Scholz in Berlin on Monday.", ("FRA", "DEU")),
        ("Joe Biden spoke by phone with Emmanuel Macron on Friday.", ("USA", "FRA")),
    ],
)
def test_well_known_figures_meeting_is_no_private_meeting(nlp: Any, text: str, expected: tuple) -> None:
    assert sides(one(events_of(text, title="Leaders talk"), "CONSULT")) == expected


# -- custody, settlements, fines -----------------------------------------------------------------------------
def test_taken_into_custody_is_an_arrest(nlp: Any) -> None:
    event = one(events_of("Police in Texas took two men into custody on Saturday."), "COERCE")
    assert sides(event) == ("USA", "USA") and event.source is not None and event.source.sector == "COP"


def test_dying_in_custody_is_no_arrest(nlp: Any) -> None:
    assert not [e for e in events_of("A man died in custody in Texas on Saturday.") if e.type == "COERCE"]


def test_a_settlement_reached_is_an_agreement(nlp: Any) -> None:
    text = "Boeing reached a settlement with the Justice Department on Thursday."
    assert sides(one(events_of(text), "AGREE")) == ("USA", "USA")


def test_a_settlement_built_is_no_agreement(nlp: Any) -> None:
    assert not [e for e in events_of("Israel expanded a settlement near Hebron.") if e.type == "AGREE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The European Commission fined Apple over its music streaming rules.", (None, "USA")),
        ("A court in Istanbul fined a Turkish newspaper 10,000 lira on Monday.", ("TUR", "TUR")),
        ("Google was fined 50 million euros by the French regulator.", ("FRA", "USA")),
        # the name read into the sum and its MONEY entity
        ("The European Commission fined Google 2.4 billion euros on Monday.", (None, "USA")),
    ],
)
def test_a_fine_is_a_penalty_on_whoever_pays_it(nlp: Any, text: str, expected: tuple) -> None:
    event = one(events_of(text), "SANCTION")
    assert sides(event) == expected
    assert event.mode == "fine"


def test_fine_weather_is_no_penalty(nlp: Any) -> None:
    assert events_of("The weather in Paris was fine on Monday, the French ministry said.") == []


def test_a_sum_sent_in_aid_is_aid_to_the_country_named_before_it(nlp: Any) -> None:
    events = events_of("The United States sent Ukraine 5 billion dollars in aid.")
    assert sides(one(events, "AID")) == ("USA", "UKR")
    assert not [e for e in events if e.type == "MOBILIZE"]


# -- a kind of people ----------------------------------------------------------------------------------------
def test_people_who_have_suffered_an_act_are_a_kind_not_an_event(nlp: Any) -> None:
    text = 'A lawyer said in Paris: "Women who have been raped do not have to justify their lives."'
    assert [e for e in events_of(text) if e.type == "ASSAULT"] == []


# -- rulings against an act ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A federal judge in Texas blocked the new asylum rule on Thursday.", "USA"),
        ("The Constitutional Court of Colombia struck down the law on Tuesday.", "COL"),
        ("The Supreme Court of Kenya annulled the presidential election result on Friday.", "KEN"),
    ],
)
def test_a_court_ruling_against_an_act_rejects_it(nlp: Any, text: str, country: str) -> None:
    event = one(events_of(text), "REJECT")
    assert event.source is not None and (event.source.country, event.source.sector) == (country, "JUD")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A bus overturned on a highway in Peru on Monday.", None),
        ("Protesters blocked the road to the airport in Lima on Monday.", "PROTEST"),
    ],
)
def test_an_overturned_bus_or_a_blocked_road_is_no_ruling(nlp: Any, text: str, kind: str | None) -> None:
    kinds = [e.type for e in events_of(text)]
    assert "REJECT" not in kinds
    assert kind is None or kind in kinds


# -- the people attacked -------------------------------------------------------------------------------------
def test_protesters_fired_at_by_police_are_of_the_polices_country(nlp: Any) -> None:
    # in a story told from elsewhere: the protesters are not of the story's country
    text = "Police in Hong Kong fired rubber bullets at protesters."
    event = one(events_of(text, title="News from the United States"), "ASSAULT")
    assert sides(event) == ("HKG", "HKG")


def test_people_stabbed_in_a_foreign_city_are_of_its_country(nlp: Any) -> None:
    text = "A man stabbed three people in Hamburg on Friday."
    event = one(events_of(text, title="News from the United States"), "ASSAULT")
    assert event.target is not None and event.target.country == "DEU"


# -- words, not violence -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Trump attacked the American media in a series of tweets on Saturday.",
        "The Brazilian president attacked the judge on Twitter on Monday.",
        "The Kenyan senator verbally attacked the journalist.",
    ],
)
def test_an_attack_in_words_is_criticism(nlp: Any, text: str) -> None:
    kinds = [e.type for e in events_of(text)]
    assert "ACCUSE" in kinds and "ASSAULT" not in kinds


def test_an_attack_on_a_police_station_is_still_an_attack(nlp: Any) -> None:
    event = one(events_of("Gunmen attacked a police station in Kano, Nigeria, on Monday."), "ASSAULT")
    assert event.target is not None and event.target.country == "NGA"


def test_the_one_accused_is_the_object_not_who_suffered_the_act(nlp: Any) -> None:
    text = "The Belarusian opposition accused the government of arresting journalists."
    event = one(events_of(text), "ACCUSE")
    assert event.target is not None and (event.target.country, event.target.sector) == ("BLR", "GOV")


# -- the president, not the vice president -------------------------------------------------------------------
def test_the_president_is_not_the_vice_president_named_last(nlp: Any) -> None:
    text = (
        "In Ohio on Monday, President Donald Trump appeared with Vice President Mike Pence. "
        "Pence praised the governor of Ohio. The president later criticised Germany."
    )
    event = one(events_of(text), "ACCUSE")
    assert event.source is not None and event.source.name == "Donald Trump"


# -- judgements of a policy, and what is ruled out -----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Greek union leader called the budget a retrograde step.", ("ACCUSE", "GRC", "GRC")),
        ("The Polish minister described the report as misleading.", ("ACCUSE", "POL", "POL")),
        ("A Chilean senator called the new pension law a victory for workers.", ("SUPPORT", "CHL", "CHL")),
    ],
)
def test_a_policy_judged_is_criticism_or_praise_of_whoever_made_it(
    nlp: Any, text: str, expected: tuple
) -> None:
    event = one(events_of(text), expected[0])
    assert sides(event) == expected[1:]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The German government ruled out a second lockdown on Monday.", ("DEU", "DEU")),
        ("The Kremlin ruled out talks with Kyiv on Monday.", ("RUS", "UKR")),
    ],
)
def test_a_government_ruling_something_out_rejects_it(nlp: Any, text: str, expected: tuple) -> None:
    assert sides(one(events_of(text), "REJECT")) == expected


def test_police_ruling_out_foul_play_reject_nothing(nlp: Any) -> None:
    assert events_of("Police in Lyon ruled out foul play in the death.") == []


# -- measures in an epidemic ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("France reopened its schools on Monday after two months.", ("CONCEDE", "FRA", "FRA")),
        ("The Chinese authorities locked down the city of Wuhan on January 23.", ("COERCE", "CHN", "CHN")),
        ("Cuba sent 50 doctors to Italy in March.", ("AID", "CUB", "ITA")),
        ("China sent doctors and ventilators to Italy.", ("AID", "CHN", "ITA")),
    ],
)
def test_measures_and_help_in_an_epidemic(nlp: Any, text: str, expected: tuple) -> None:
    assert sides(one(events_of(text), expected[0])) == expected[1:]


def test_a_school_locked_down_for_a_gunman_is_no_measure(nlp: Any) -> None:
    assert events_of("The school was locked down after reports of a gunman.") == []


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Kenyan students occupied the university in protest against tuition fees.", ("KEN", "GOV")),
        ("Kenyan students occupied the ministry in protest against President William Ruto.", ("KEN", "GOV")),
    ],
)
def test_an_act_done_in_protest_is_a_protest(nlp: Any, text: str, target: tuple) -> None:
    protest = one(events_of(text), "PROTEST")
    assert protest.source is not None and (protest.source.country, protest.source.sector) == ("KEN", "CVL")
    assert protest.target is not None and (protest.target.country, protest.target.sector) == target


def test_a_states_act_in_protest_stays_what_it_is(nlp: Any) -> None:
    events = events_of("Israel recalled its ambassador to Poland in protest on Monday.")
    assert [e.type for e in events] == ["SANCTION"]


@pytest.mark.parametrize(
    "text",
    [
        '"Congratulations to President-elect Joe Biden," Prime Minister Boris Johnson wrote on Monday.',
        'Boris Johnson wrote on Monday, "Congratulations to President-elect Joe Biden on a great victory."',
    ],
)
def test_a_greeting_said_alone_is_the_speakers_praise(nlp: Any, text: str) -> None:
    praise = one(events_of(text, title="World news"), "SUPPORT")
    assert (praise.source and praise.source.country, praise.target and praise.target.country) == (
        "GBR",
        "USA",
    )


def test_a_greeting_told_of_is_no_praise_by_anyone(nlp: Any) -> None:
    # control: the noun opens no quotation, and no light verb offers it
    assert events_of("The congratulations to President-elect Joe Biden came late on Monday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Biden attacked Trump for the coronavirus deaths on Monday.",
        "Biden attacked Trump as a liar on Monday.",
    ],
)
def test_an_attack_in_words_is_aimed_at_the_one_named(nlp: Any, text: str) -> None:
    blame = one(events_of(text, title="US election"), "ACCUSE")
    assert blame.target is not None and (blame.target.name, blame.target.sector) == ("Trump", "GOV")


def test_an_attack_on_an_act_is_aimed_at_its_maker(nlp: Any) -> None:
    # control: the object is an act; its maker, named inside it, is the one blamed
    blame = one(events_of("The senator attacked the decision of the American president on Monday."), "ACCUSE")
    assert blame.target is not None and (blame.target.country, blame.target.sector) == ("USA", "GOV")
