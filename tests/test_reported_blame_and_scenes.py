"""Blame put on someone in reported speech, protests and their addressees, days of their own, aid withheld
and names spelled two ways: rules of extraction with the real model, on short articles written for the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from test_circumstances import events_of  # one short article in, its events out
from tidings.records import Event

pytestmark = pytest.mark.model


def pairs(events: list[Event], kind: str) -> list[tuple[str | None, str | None]]:
    return [
        (e.source.key if e.source else None, e.target.key if e.target else None)
        for e in events
        if e.type == kind
    ]


# -- blame in reported speech -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "blamer", "blamed"),
    [
        ("Chilean officials said Peru was behind the attacks on the fishing fleet.", "CHL", "PER"),
        ("The Kenyan interior minister said Somalia was responsible for the bombing.", "KEN", "SOM"),
        ("The Indonesian government held Malaysia responsible for the shooting.", "IDN", "MYS"),
        ("Norway's foreign minister said the crash was Sweden's doing.", "NOR", "SWE"),
        ("The Georgian president said Armenia is to blame for the explosion.", "GEO", "ARM"),
    ],
    ids=["behind", "responsible for", "held responsible", "doing", "to blame"],
)
def test_saying_someone_did_an_act_is_an_accusation(nlp: Any, text: str, blamer: str, blamed: str) -> None:
    assert pairs(events_of(text), "ACCUSE") == [(blamer, blamed)]


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan minister said Somalia was responsible for the economy of the region.",
        "Chilean officials said Peru was not behind the attacks on the fishing fleet.",
        "The Indonesian minister said Malaysia was behind the new trade agreement.",
    ],
    ids=["responsible for no act", "denied blame", "behind no act"],
)
def test_no_blame_without_an_act_to_blame(nlp: Any, text: str) -> None:
    assert pairs(events_of(text), "ACCUSE") == []


def test_a_hedge_inside_the_accusation_does_not_hedge_the_accusing(nlp: Any) -> None:
    events = events_of('The Dutch foreign minister said the downing was "most likely" Russia\'s doing.')
    accusation = [e for e in events if e.type == "ACCUSE"]
    assert [(e.source.key, e.target.key, e.modality) for e in accusation if e.source and e.target] == [
        ("NLD", "RUS", "asserted")
    ]


def test_denying_the_accusation_rejects_whoever_made_it(nlp: Any) -> None:
    text = (
        "The Estonian prime minister said the cable damage was Finland's doing. "
        "For two days Finland denied the accusation."
    )
    assert pairs(events_of(text), "REJECT") == [("FIN", "EST")]


# -- protests ---------------------------------------------------------------------------------------------
def test_people_protesting_protest_to_their_own_government(nlp: Any) -> None:
    events = events_of("Serbians have been protesting in Belgrade since early March.")
    assert pairs(events, "PROTEST") == [("SRB", "SRB")]


def test_anti_government_names_the_target_not_the_protesters(nlp: Any) -> None:
    text = "Serbia's economy is struggling. Anti-government protests continue in Belgrade and in Novi Sad."
    assert pairs(events_of(text), "PROTEST") == [("SRB", "SRB")]


def test_weeks_of_protests_are_not_the_protest_of_the_day(nlp: Any) -> None:
    text = (
        "On Friday, thousands of Georgian protesters marched to the parliament in Tbilisi. "
        "This follows weeks of protests against a planned media law."
    )
    protests = [e for e in events_of(text) if e.type == "PROTEST"]
    assert len(protests) == 2, [e.evidence[0].text for e in protests]
    assert {e.date for e in protests} >= {"2024-03-15"}


def test_a_protest_with_a_day_of_its_own_is_its_own_event(nlp: Any) -> None:
    text = (
        "Thousands of Georgians marched in Tbilisi on Friday. "
        "The bill was withdrawn after last week's protests, the largest of them drawing "
        "a hundred thousand people."
    )
    protests = [e for e in events_of(text) if e.type == "PROTEST"]
    assert sorted(e.date or "" for e in protests) == ["2024-03-08", "2024-03-15"]


def test_the_same_days_march_is_one_event_whatever_target_was_inferred(nlp: Any) -> None:
    text = (
        "Yesterday, a hundred thousand Armenians marched through Yerevan in the third week of protests "
        "against Russian pressure on Armenia. Organisers had given police a route for yesterday's march."
    )
    assert pairs(events_of(text), "PROTEST") == [("ARM", "RUS")]


# -- aid withheld -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Canada froze aid to Haiti.", ("CAN", "HTI")),
        ("Saudi Arabia cut ties with Qatar in 2017.", ("SAU", "QAT")),
        ("The Danish government withheld funding for Uganda.", ("DNK", "UGA")),
    ],
    ids=["froze aid", "cut ties", "withheld funding"],
)
def test_withholding_aid_or_ties_is_a_sanction(nlp: Any, text: str, pair: tuple[str, str]) -> None:
    assert pairs(events_of(text), "SANCTION") == [pair]


@pytest.mark.parametrize(
    "text",
    ["The Danish team delayed the match by a day.", "Canada froze the price of bread."],
    ids=["delayed a match", "froze prices"],
)
def test_delaying_or_freezing_other_things_is_no_sanction(nlp: Any, text: str) -> None:
    assert pairs(events_of(text), "SANCTION") == []


def test_a_named_target_replaces_the_issue_coded_to_the_home_country(nlp: Any) -> None:
    text = "Canada's aid budget was debated in Ottawa. Canada froze aid to Haiti on Monday."
    assert pairs(events_of(text), "SANCTION") == [("CAN", "HTI")]


# -- people -----------------------------------------------------------------------------------------------
def test_a_name_spelled_two_ways_is_one_speaker(nlp: Any) -> None:
    text = (
        "Hezbollah spokesperson Ahmad Mahdawi said the group had fired the rockets. "
        '"We warn Israel that our answer will grow", Mahdawy said.'
    )
    assert pairs(events_of(text), "THREATEN") == [("LBN", "ISR")]


def test_two_names_one_letter_apart_but_short_are_two_people(nlp: Any) -> None:
    from tidings.actors import _one_letter_apart

    assert _one_letter_apart("sarea", "saree")
    assert not _one_letter_apart("khan", "kuan")  # too short to say
    assert not _one_letter_apart("lopez", "perez")


# -- courts, candidates, instructions ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A court in Lyon heard the case. The French driver pleaded guilty to two charges.", "CONCEDE"),
        ("A court in Lyon heard the case. The French driver pleaded not guilty to two charges.", "REJECT"),
    ],
    ids=["guilty", "not guilty"],
)
def test_a_plea_admits_or_denies(nlp: Any, text: str, kind: str) -> None:
    found = [e for e in events_of(text) if e.type in {"CONCEDE", "REJECT", "REQUEST"}]
    assert [(e.type, e.modality) for e in found] == [(kind, "asserted")]


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan senator Amina Otieno announced she was leaving the race.",
        "Kenyan senator Amina Otieno is suspending her campaign.",
        "Kenyan senators Amina Otieno and Peter Mwangi dropped out of the race.",
        "Kenyan senator Amina Otieno ended her campaign on Friday.",
        "Kenyan senator Amina Otieno announced the end of her campaign on Friday.",
    ],
    ids=["leaving the race", "suspending a campaign", "dropped out", "ended her campaign", "end announced"],
)
def test_leaving_an_election_race_is_a_concession(nlp: Any, text: str) -> None:
    found = [e for e in events_of(text) if e.type in {"CONCEDE", "SANCTION", "RETREAT"}]
    assert found and {e.type for e in found} == {"CONCEDE"}


def test_the_act_a_request_asks_for_is_no_event_of_its_own(nlp: Any) -> None:
    text = 'Chilean senator Rosa Diaz said: "I urge [Boric], if he cannot lead, to please step down."'
    assert [e.type for e in events_of(text)] == ["REQUEST"]
    assert [e.type for e in events_of("Peru urged the Bolivian minister to resign.")] == ["REQUEST"]


def test_telling_someone_to_do_something_is_a_request(nlp: Any) -> None:
    text = "The Irish transport authority told Irish commuters to avoid the bridge on Monday."
    assert pairs(events_of(text), "REQUEST") == [("IRL", "IRL")]
    assert pairs(events_of("The Irish minister told reporters that the bridge was safe."), "REQUEST") == []


def test_people_sentenced_are_held_where_it_happened(nlp: Any) -> None:
    text = "Greece sentenced two people smugglers to six years in prison each."
    assert pairs(events_of(text), "COERCE") == [("GRC", "GRC")]


# -- who is speaking --------------------------------------------------------------------------------------
def test_a_quotation_running_over_sentences_is_still_its_speakers(nlp: Any) -> None:
    text = (
        "The Danish foreign minister said: \"We have told Copenhagen's partners what happened. "
        'We condemn Iran for the attack on the tanker."'
    )
    assert pairs(events_of(text), "ACCUSE") == [("DNK", "IRN")]


def test_speaking_to_the_press_reports_speech(nlp: Any) -> None:
    text = 'Danish foreign minister Lars Holm spoke to reporters after the vote: "We condemn Iran."'
    assert pairs(events_of(text), "ACCUSE") == [("DNK", "IRN")]


# -- meetings of organisations and hostile acts of foreign powers -----------------------------------------
def test_an_organisations_own_meeting_needs_no_counterpart(nlp: Any) -> None:
    events = events_of("The African Union Assembly's yearly meeting is set to begin tomorrow.")
    assert [(e.type, e.source.key if e.source else None, e.modality) for e in events] == [
        ("CONSULT", "AU", "planned")
    ]


def test_a_foreign_powers_threats_in_a_story_about_a_country_are_aimed_at_it(nlp: Any) -> None:
    text = (
        "Taiwan held elections on Saturday. Taiwanese voters turned out in large numbers. "
        "Voters in Taipei said they went to the polls despite threats of the Chinese army."
    )
    assert pairs(events_of(text), "THREATEN") == [("CHN", "TWN")]


# -- pronouns, measures, demands in other words -----------------------------------------------------------
def test_it_stands_for_the_country_named_before(nlp: Any) -> None:
    assert pairs(events_of("Morocco said it would attack rebels in Mali."), "ASSAULT") == [("MAR", "MLI")]
    text = "In 1995, Austria held a vote on the EU, which it joined that year."
    assert pairs(events_of(text), "COOPERATE") == [("AUT", "EU")]


def test_it_without_a_country_before_is_no_actor(nlp: Any) -> None:
    assert events_of("It was reported that the ship was attacked near the coast.") == []


def test_martial_law_imposed_by_someone_is_their_measure_on_the_country(nlp: Any) -> None:
    text = "The martial law imposed by Chilean President Augusto Pinochet in 1973 lasted for years."
    assert pairs(events_of(text), "COERCE") == [("CHL", "CHL")]


def test_saying_it_is_time_for_someone_to_act_is_a_demand(nlp: Any) -> None:
    events = events_of("The Kenyan president said it is time for Uganda to withdraw its troops.")
    assert [(e.type, e.source.key, e.target.key) for e in events if e.source and e.target] == [
        ("REQUEST", "KEN", "UGA")
    ]


def test_a_shared_subject_is_the_target_of_a_passive_verb_joined_to_it(nlp: Any) -> None:
    text = (
        "Officials discussed the status of the region, which belonged to Armenia and was occupied by Turkey."
    )
    assert pairs(events_of(text), "COERCE") == [("TUR", "ARM")]


def test_one_attack_on_people_of_two_countries_is_two_events(nlp: Any) -> None:
    text = "Gunmen attacked Nigerian soldiers and French aid workers near Maiduguri on Friday."
    targets = sorted(t for _, t in pairs(events_of(text), "ASSAULT") if t)
    assert targets == ["FRA", "NGA"]


# -- courts and emergencies, bodies named by their initials -----------------------------------------------
def test_initials_in_brackets_stand_for_the_body_named_before_them(nlp: Any) -> None:
    text = (
        "The Irish Coast Guard (ICG) searched the bay on Monday. "
        "ICG condemned Spain for ignoring the warnings."
    )
    assert pairs(events_of(text), "ACCUSE") == [("IRL", "ESP")]


def test_a_state_of_emergency_is_declared_on_the_people_of_the_country(nlp: Any) -> None:
    text = "On Sunday the Peruvian president declared a nationwide state of emergency."
    assert pairs(events_of(text), "COERCE") == [("PER", "PER")]


def test_a_defendants_trial_is_the_courts_act_on_them(nlp: Any) -> None:
    text = (
        "Police in Ohio arrested Mark Ellis, an American contractor, in May. Ellis's trial was set for June."
    )
    assert ("USA", "USA") in pairs(events_of(text), "COERCE")
    assert len(pairs(events_of(text), "COERCE")) == 2


def test_one_candidates_exit_told_twice_is_one_event(nlp: Any) -> None:
    text = (
        "Kenyan senator Amina Otieno is suspending her campaign, the Daily Nation reported. "
        "Polls had shown her far behind. Voters in Nairobi were surprised. "
        "Before she ended her campaign, Otieno had won two counties."
    )
    assert len([e for e in events_of(text) if e.type == "CONCEDE"]) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean driver said he had been cut off by another driver on the motorway.",
        "The Japanese scientists acknowledged faults with the sensor as possible explanations.",
        "In Chile, that event destroyed 300 homes and killed one person.",
    ],
    ids=["cut off by a driver", "acknowledged faults as", "an event killed"],
)
def test_everyday_words_that_look_like_events(nlp: Any, text: str) -> None:
    assert events_of(text) == []


# -- lawmakers, lawsuits and bodies we do not know --------------------------------------------------------
def test_cosponsoring_a_bill_supports_it(nlp: Any) -> None:
    text = "The Canadian bill was co-sponsored by Senator Ann Leblanc of Quebec."
    assert pairs(events_of(text), "SUPPORT") == [("CAN", "CAN")]


def test_filing_a_case_against_someone_accuses_them(nlp: Any) -> None:
    text = "On Wednesday a former aide filed a case against the Korean mayor in Seoul."
    assert pairs(events_of(text), "ACCUSE") == [("KOR", "KOR")]


def test_an_unknown_body_urging_something_in_a_story_about_a_country_is_of_that_country(nlp: Any) -> None:
    text = (
        "Brazil votes in October. Brazilian officials met in Brasilia on Monday. "
        "The Workers Assembly Network urged Brazilian states not to delay the vote."
    )
    assert [s for s, _ in pairs(events_of(text), "REQUEST")] == ["BRA"]


def test_hosting_a_show_or_fighting_a_case_is_no_political_event(nlp: Any) -> None:
    assert events_of("The Canadian morning show was hosted by two comedians.") == []
    assert events_of("The Canadian senator vowed to keep fighting the case in court.") == []


def test_two_words_for_one_criticism_in_a_sentence_are_one_event(nlp: Any) -> None:
    text = "The Chilean opposition criticized the president's refusal, accusing him of hiding from voters."
    assert len([e for e in events_of(text) if e.type == "ACCUSE"]) == 1


def test_its_inquiry_into_someones_conduct_is_an_accusation(nlp: Any) -> None:
    text = (
        "Peru's Congress opened hearings on Monday. The Congress of Peru subpoenaed documents as part of "
        "its investigation into the conduct of President Pedro Castillo."
    )
    assert ("PER", "PER") in pairs(events_of(text), "ACCUSE")


def test_an_attacker_and_the_police_who_shot_him_are_two_events(nlp: Any) -> None:
    text = (
        "On Sunday in Oslo, a man with a knife stabbed two women on the main street. "
        "Norwegian police officers shot him dead outside a bakery."
    )
    attacks = [e for e in events_of(text) if e.type == "ASSAULT"]
    assert {e.source.sector for e in attacks if e.source} >= {"COP"}
    assert len(attacks) == 2, [(e.source, e.evidence[0].text) for e in attacks]


def test_aid_is_given_to_someone(nlp: Any) -> None:
    assert pairs(events_of("Norway offered military assistance to Ghana."), "AID") == [("NOR", "GHA")]
    assert pairs(events_of("All three Nordic nations offered military assistance."), "AID") == []


def test_being_backed_by_someone_is_a_standing_relation_not_an_event(nlp: Any) -> None:
    text = "Protesters asked the Malian president, who is supported by the Russian government, to resign."
    assert pairs(events_of(text), "SUPPORT") == []


def test_protests_said_where_they_happen_are_an_event(nlp: Any) -> None:
    text = "On Monday, protests in Lima followed the resignation of the Peruvian president."
    assert pairs(events_of(text, published="2020-08-12"), "PROTEST") == [("PER", "PER")]


@pytest.mark.parametrize(
    ("published", "expected"),
    [("2020-06-05", "2020-06-15"), ("2020-09-20", "2020-06-15")],
    ids=["ten days ahead: coming", "three months back: past"],
)
def test_a_day_named_without_a_year_is_the_coming_one_when_close(published: str, expected: str) -> None:
    import datetime as dt

    from tidings.dates import resolve_date

    found = resolve_date("June 15", dt.date.fromisoformat(published))
    assert found is not None and found.date == expected


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        ("The Danish coast guard is working with the Swedish navy.", "COOPERATE", ("DNK", "SWE")),
        ("The Chilean Senate confirmed Ana Soto's nomination as ambassador.", "SUPPORT", ("CHL", "CHL")),
        ("The Kenyan president asked for Ugandan help.", "REQUEST", ("KEN", None)),
    ],
    ids=["working with", "confirmed a nomination", "asked for"],
)
def test_phrases_of_cooperation_support_and_request(
    nlp: Any, text: str, kind: str, pair: tuple[str, str | None]
) -> None:
    found = pairs(events_of(text), kind)
    assert found and found[0][0] == pair[0] and (pair[1] is None or found[0][1] == pair[1]), found


def test_feelings_said_of_someone_are_praise_or_criticism(nlp: Any) -> None:
    assert pairs(events_of("The Turkish minister was furious with Greece."), "ACCUSE") == [("TUR", "GRC")]
    assert pairs(events_of("The Danish minister was grateful to Norway."), "SUPPORT") == [("DNK", "NOR")]
    assert events_of("The Danish minister was grateful for the sunshine.") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Norway says it is willing to withdraw its troops from Mali.", "AGREE"),
        ("The Thai government announced that it is prepared to impose martial law in Bangkok.", "THREATEN"),
    ],
    ids=["willing to withdraw: a promise", "prepared to impose: a threat"],
)
def test_readiness_to_act_is_a_promise_or_a_threat(nlp: Any, text: str, kind: str) -> None:
    events = events_of(text)
    assert [(e.type, e.modality) for e in events] == [(kind, "asserted")], events


def test_a_named_person_who_withdraws_quits_a_race(nlp: Any) -> None:
    text = "Kenya votes in August. Amina Otieno withdrew in March."
    assert [e.type for e in events_of(text)] == ["CONCEDE"]
    assert not events_of("The Kenyan opposition candidate withdrew due to health reasons.")


def test_soldiers_of_a_place_we_do_not_know_are_not_the_storys_country(nlp: Any) -> None:
    text = (
        "Chile's election campaign went on. Chilean voters were divided. "
        "Azerbaijan said it had killed 200 Artsakh soldiers in the fighting."
    )
    assert pairs(events_of(text), "ASSAULT") == []


def test_the_nations_of_named_countries_act_as_their_governments(nlp: Any) -> None:
    text = "The two nations of Chad and Niger recognized Israel."
    assert sorted(pairs(events_of(text), "SUPPORT")) == [("NER", "ISR"), ("TCD", "ISR")]


def test_insults_are_criticism_and_each_one_is_its_own_statement(nlp: Any) -> None:
    text = (
        "During the debate, the Chilean president insulted the senator as unintelligent. "
        "The Chilean senator called the president a climate arsonist."
    )
    assert sorted(pairs(events_of(text), "ACCUSE")) == [("CHL", "CHL"), ("CHL", "CHL")]


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean president continued to hold campaign rallies in Santiago.",
        "Chilean police detained a doctor who warned people about the outbreak.",
    ],
    ids=["campaign rallies", "warned about an outbreak"],
)
def test_campaigning_and_alerting_are_no_protest_or_threat(nlp: Any, text: str) -> None:
    assert [e.type for e in events_of(text) if e.type in {"PROTEST", "THREATEN"}] == []
