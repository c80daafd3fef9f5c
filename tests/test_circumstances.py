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
        ("two weeks later", 14),
        ("a week earlier", -7),
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


# -- dates the recogniser calls times, and days named before any event -------------------------------------
def test_last_night_dates_the_event(nlp: Any) -> None:
    attack = one(events_of("A Kenyan opposition leader was stabbed in Nairobi last night."), "ASSAULT")
    assert (attack.date, attack.date_text) == ("2024-03-14", "last night")


def test_a_day_named_without_an_event_dates_what_follows(nlp: Any) -> None:
    text = (
        "Yesterday, the Kenyan parliament voted on a new budget.\n\n"
        "The Ugandan government condemned the Kenyan government."
    )
    accusation = one(events_of(text), "ACCUSE")
    assert (accusation.date, accusation.date_relation) == ("2024-03-14", "around")


# -- what is and is not an event -----------------------------------------------------------------------------
def test_a_question_is_not_a_request(nlp: Any) -> None:
    assert not events_of("The Kenyan foreign minister asked whether Uganda was ready for talks.")
    asked = one(events_of("The Kenyan foreign minister asked Uganda to withdraw its troops."), "REQUEST")
    assert asked.target is not None and asked.target.country == "UGA"


def test_an_interview_is_not_a_consultation(nlp: Any) -> None:
    events = events_of("Speaking to the BBC, the Kenyan foreign minister criticised the Ugandan government.")
    assert [e.type for e in events] == ["ACCUSE"]


def test_two_people_of_one_country_acting_together_are_one_event(nlp: Any) -> None:
    events = events_of(
        "Both the Kenyan president and the Kenyan foreign minister urged Uganda to withdraw its troops."
    )
    assert [(e.type, e.source.country, e.target.country) for e in events if e.source and e.target] == [
        ("REQUEST", "KEN", "UGA")
    ]


def test_meetings_with_two_named_people_stay_two_events(nlp: Any) -> None:
    text = (
        "Russian envoy Alexander Lavrentiev met Assad in Damascus on Thursday. "
        "Lavrentiev also met Syrian Foreign Minister Faisal Mekdad."
    )
    meetings = [e for e in events_of(text) if e.type == "CONSULT"]
    assert sorted(e.target.name or "" for e in meetings if e.target) == ["Assad", "Faisal Mekdad"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("An American drone strike killed an Iranian general at a Baghdad airport.", ("Baghdad", "IRQ")),
        ("Iranian forces attacked American troops in Iraqi military bases.", ("Iraq", "IRQ")),
    ],
)
def test_places_named_by_a_city_or_a_demonym_in_front_of_a_noun(
    nlp: Any, text: str, place: tuple[str, str]
) -> None:
    attack = one(events_of(text), "ASSAULT")
    assert attack.place is not None and (attack.place.name, attack.place.country) == place


def test_leaving_a_country_is_a_withdrawal_only_for_forces(nlp: Any) -> None:
    assert not events_of("The Canadian envoy's husband left Chile and returned to Canada.")
    withdrawal = one(events_of("The Russian army left Syria."), "RETREAT")
    assert (withdrawal.source.country, withdrawal.target.country) == ("RUS", "SYR")  # type: ignore[union-attr]


def test_the_embassy_is_the_one_named_before(nlp: Any) -> None:
    text = (
        "The Kenyan police commissioner wrote to the French Embassy in Nairobi.\n\n"
        "The Kenyan interior minister urged the embassy to reconsider."
    )
    request = one(events_of(text), "REQUEST")
    assert (request.source.country, request.target.country) == ("KEN", "FRA")  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "The Indian government blamed Pakistan for the bombing on Monday.\n\n"
            "For a week Pakistan denied the accusation.",
            ("PAK", "IND"),
        ),
        (
            "The Kenyan police commissioner asked the French Embassy in Nairobi to lift the immunity.\n\n"
            "The embassy declined the request.",
            ("FRA", "KEN"),
        ),
    ],
    ids=["denied the accusation", "declined the request"],
)
def test_a_rejection_is_aimed_at_who_made_the_request_or_accusation(
    nlp: Any, text: str, sides: tuple[str, str]
) -> None:
    rejection = one(events_of(text), "REJECT")
    assert (rejection.source.country, rejection.target.country) == sides  # type: ignore[union-attr]


def test_denying_a_fact_is_not_a_rejection(nlp: Any) -> None:
    events = events_of("The Kenyan president denied that his government had arrested Ugandan journalists.")
    assert "REJECT" not in [e.type for e in events]
    assert [(e.type, e.modality) for e in events] == [("COERCE", "negated")]


@pytest.mark.parametrize(
    "text",
    [
        "The Turkish president announced the change again in a rally on Friday.",
        "Under the Kenyan constitution, parliament impeaches the president and the senate tries the case.",
        "No Ghanaian leader was ever removed from office by the assembly.",
    ],
    ids=["a speech at a rally", "what a rule provides", "nobody in particular"],
)
def test_settings_rules_and_nobody_are_not_events(nlp: Any, text: str) -> None:
    assert events_of(text) == []


def test_a_rally_people_take_part_in_is_a_protest(nlp: Any) -> None:
    protest = one(
        events_of("Thousands of Kenyans took part in a rally against the government on Friday."), "PROTEST"
    )
    assert protest.source is not None and protest.source.country == "KEN"


def test_attacking_a_decision_is_criticism_of_whoever_made_it(nlp: Any) -> None:
    criticism = one(
        events_of("Turkish president Erdogan attacked the decision of the American president."), "ACCUSE"
    )
    assert (criticism.source.country, criticism.target.country) == ("TUR", "USA")  # type: ignore[union-attr]
    assert not [
        e for e in events_of("Turkish president Erdogan attacked the decision.") if e.type == "ASSAULT"
    ]


def test_tribute_paid_to_someone_is_support_of_them(nlp: Any) -> None:
    praise = one(events_of("The Iranian foreign minister paid tribute to the Omani sultan."), "SUPPORT")
    assert (praise.source.country, praise.target.country) == ("IRN", "OMN")  # type: ignore[union-attr]


def test_the_act_called_for_is_not_asserted(nlp: Any) -> None:
    events = events_of("Kenyan opposition leaders called for the president to resign.")
    assert one(events, "REQUEST").modality == "asserted"
    assert [e.modality for e in events if e.type == "CONCEDE"] in ([], ["hypothetical"])


def test_members_joining_a_coalition_cooperate_with_its_leader(nlp: Any) -> None:
    joins = [
        e for e in events_of("Australia and Bahrain joined the US-led coalition.") if e.type == "COOPERATE"
    ]
    assert sorted((e.source.country, e.target.country) for e in joins if e.source and e.target) == [
        ("AUS", "USA"),
        ("BHR", "USA"),
    ]


def test_rallying_in_support_of_someone_is_support(nlp: Any) -> None:
    events = events_of("Several thousand Kenyans rallied in Nairobi in support of the Kenyan president.")
    assert {e.type for e in events} == {"PROTEST", "SUPPORT"}
    assert not events_of("Kenyan residents donated blood in support of the victims.")


def test_troops_sent_somewhere_are_a_deployment_there(nlp: Any) -> None:
    deployment = one(events_of("The United States sent more troops to Saudi Arabia."), "MOBILIZE")
    assert deployment.place is not None and deployment.place.country == "SAU"
    assert one(events_of("Turkey sent aid to Syria."), "AID").target.country == "SYR"  # type: ignore[union-attr]
    assert not events_of("Kenya sent a letter to Uganda.")
    assert (
        one(events_of("The United States committed to send troops to Poland."), "MOBILIZE").modality
        == "planned"
    )


def test_the_same_issue_raised_again_goes_to_the_same_party(nlp: Any) -> None:
    text = (
        "The British police chief asked the US Embassy in London to waive her diplomatic immunity.\n\n"
        "Three days later, the British foreign secretary urged that the immunity be waived."
    )
    requests = [e for e in events_of(text) if e.type == "REQUEST"]
    assert requests and {e.target.country for e in requests if e.target} == {"USA"}


def test_blame_shared_between_things_finds_the_actor_in_either(nlp: Any) -> None:
    text = "Russian officials blamed bad weather and the threat of sabotage by Ukraine."
    blame = one(events_of(text), "ACCUSE")
    assert (blame.source.country, blame.target.country) == ("RUS", "UKR")  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "American troops returned to Iraq at the Iraqi government's request.",
        "American troops returned to Iraq at the request of the Iraqi government.",
    ],
)
def test_acting_at_someones_request_was_asked_of_the_actor(nlp: Any, text: str) -> None:
    request = one(events_of(text), "REQUEST")
    assert (request.source.country, request.target.country) == ("IRQ", "USA")  # type: ignore[union-attr]


def test_saying_others_must_act_is_a_demand(nlp: Any) -> None:
    events = events_of("The Kenyan president said Uganda must withdraw its troops.")
    demand = one(events, "REQUEST")
    assert (demand.source.country, demand.target.country) == ("KEN", "UGA")  # type: ignore[union-attr]
    assert [e.type for e in events] == ["REQUEST"]  # the withdrawal demanded is what it says, no event
    # not what the speaker's side should do, nor how things should be
    assert not [e for e in events_of("The Kenyan president said we should talk more.") if e.type == "REQUEST"]
    assert not events_of("The Kenyan president said the talks should rest on careful preparation.")


def test_calling_an_agreement_void_criticises_both_its_parties(nlp: Any) -> None:
    text = (
        "Egypt and Sudan signed a water sharing agreement in May.\n\n"
        'On Thursday, the Ethiopian prime minister called the water agreement "illegal and unfair".'
    )
    criticism = [e for e in events_of(text) if e.type == "ACCUSE"]
    assert sorted((e.source.country, e.target.country) for e in criticism if e.source and e.target) == [
        ("ETH", "EGY"),
        ("ETH", "SDN"),
    ]
    assert not [e for e in events_of(text) if e.type == "REQUEST"]  # "On Thursday ... called" is no "call on"


def test_members_named_in_a_clause_the_parser_hung_elsewhere_still_join_the_coalition(nlp: Any) -> None:
    text = (
        "Last year, France announced a maritime coalition to protect the Red Sea "
        "which was joined by Italy, Greece and Spain."
    )
    joins = [e for e in events_of(text) if e.type == "COOPERATE"]
    assert sorted((e.source.country, e.target.country) for e in joins if e.source and e.target) == [
        ("ESP", "FRA"),
        ("GRC", "FRA"),
        ("ITA", "FRA"),
    ]


def test_tributes_paid_by_leaders_named_go_to_the_one_mourned(nlp: Any) -> None:
    text = (
        "Jordan's King Hussein died on Sunday in Amman, the Jordanian government said.\n\n"
        "Tributes were paid by foreign leaders including the Egyptian president "
        "and the French prime minister."
    )
    tributes = [e for e in events_of(text) if e.type == "SUPPORT"]
    assert sorted((e.source.country, e.target.country) for e in tributes if e.source and e.target) == [
        ("EGY", "JOR"),
        ("FRA", "JOR"),
    ]


def test_an_acronym_is_the_body_named_in_full_before(nlp: Any) -> None:
    text = (
        "The Kenyan Communications Authority Board (CAB) shut down the broadcaster NTV.\n\n"
        "Several senators condemned the decision of the CAB."
    )
    criticism = one(events_of(text), "ACCUSE")
    assert criticism.target is not None and criticism.target.country == "KEN"
    assert criticism.target.name == "The Kenyan Communications Authority Board"


def test_denouncing_what_a_summit_concluded_is_criticism_of_the_summit(nlp: Any) -> None:
    text = (
        "The defence ministers of Chile, Peru and Bolivia met in Lima on Wednesday.\n\n"
        "A day later, the Argentine foreign ministry denounced the results of the summit."
    )
    criticism = one(events_of(text), "ACCUSE")
    assert (criticism.source.country, criticism.target.country) == ("ARG", "CHL")  # type: ignore[union-attr]
    assert criticism.date == "2024-03-14"


def test_acknowledging_someone_as_leader_is_recognition(nlp: Any) -> None:
    recognition = one(
        events_of("The Omani royal council acknowledged Haitham bin Tariq as the new sultan."), "SUPPORT"
    )
    assert recognition.mode == "recognize" and recognition.source.country == "OMN"  # type: ignore[union-attr]


def test_a_name_spelled_without_its_diacritics_is_the_same_person(nlp: Any) -> None:
    text = (
        "Czech Prime Minister Andrej Babiš spoke in Prague on Monday.\n\n"
        "Babis also attacked the decision of the Slovak president."
    )
    criticism = one(events_of(text), "ACCUSE")
    assert (
        criticism.source is not None and criticism.source.name == "Andrej Babiš"
    )  # linked, not a new "Babis"
    assert (criticism.source.country, criticism.target.country) == ("CZE", "SVK")  # type: ignore[union-attr]


def test_a_victim_parsed_as_the_object_of_after_is_still_the_victim(nlp: Any) -> None:
    text = "A man has been detained after the Kenyan opposition leader was shot in Nairobi on Monday."
    shooting = one(events_of(text), "ASSAULT")
    assert shooting.target is not None and shooting.target.country == "KEN"
    assert shooting.date == "2024-03-11"


def test_attacks_with_no_attacker_named_are_by_who_claimed_them(nlp: Any) -> None:
    text = (
        "Fuel depots belonging to Nigeria's national oil company were hit by rocket attacks last night.\n\n"
        "A Cameroonian separatist group claimed responsibility for the attacks."
    )
    attack = one(events_of(text), "ASSAULT")
    assert (attack.source.country, attack.target.country) == ("CMR", "NGA")  # type: ignore[union-attr]
    assert attack.source.basis == "linked"  # type: ignore[union-attr]


def test_two_demands_in_different_words_by_different_groups_stay_two(nlp: Any) -> None:
    text = (
        "Ugandan students asked the minister to quit.\n\n"
        "Ugandan church leaders and lawyers have also called for the land law to be scrapped."
    )
    assert len([e for e in events_of(text) if e.type == "REQUEST"]) == 2


def test_the_commission_is_a_state_body(nlp: Any) -> None:
    text = (
        "Kenyan broadcasters asked for new frequencies.\n\n"
        "The commission refused to award the broadcasters any frequencies."
    )
    refusal = one(events_of(text), "REJECT")
    assert refusal.source is not None and (refusal.source.country, refusal.source.sector) == ("KEN", "GOV")


@pytest.mark.parametrize(
    "text",
    [
        "On Saturday, an earthquake struck the south of Kenya, injuring at least 25 people.",
        "Kenyan police are investigating the circumstances of the fire.",
    ],
    ids=["an earthquake injuring people", "investigating conditions"],
)
def test_no_actor_no_event(nlp: Any, text: str) -> None:
    assert events_of(text) == []


def test_investigating_someone_is_still_an_accusation(nlp: Any) -> None:
    inquiry = one(events_of("Kenyan police are investigating the opposition leader."), "ACCUSE")
    assert inquiry.mode == "investigate"


def test_withdrawing_is_a_retreat_only_for_forces(nlp: Any) -> None:
    assert not events_of("The Kenyan opposition candidate withdrew due to health reasons.")
    assert one(events_of("The Russian army withdrew."), "RETREAT").source.country == "RUS"  # type: ignore[union-attr]
    assert [e.type for e in events_of("The Kenyan opposition leader withdrew from the race.")] in (
        [],
        ["CONCEDE"],
    )


def test_what_someone_was_told_or_advised_to_do_is_not_asserted(nlp: Any) -> None:
    events = events_of("The Kenyan minister advised the police to arrest the Ugandan traders.")
    assert [e.modality for e in events if e.type == "COERCE"] in ([], ["hypothetical"])


def test_retreating_from_a_goal_is_conceding(nlp: Any) -> None:
    text = "France, which has retreated from its earlier goal of replacing the Malian junta, said so."
    assert [e.type for e in events_of(text)] == ["CONCEDE"]


def test_seizing_an_opportunity_is_no_seizure(nlp: Any) -> None:
    assert not events_of("The Kenyan government should seize the chance to become a trade hub.")
    seizure = one(events_of("The Kenyan police seized weapons from Ugandan smugglers."), "COERCE")
    assert seizure.target is not None and seizure.target.country == "UGA"


def test_attacking_someone_for_what_they_did_is_criticism(nlp: Any) -> None:
    text = "The American president attacked his Democratic rival for accumulating wealth."
    assert [e.type for e in events_of(text)] == ["ACCUSE"]
    assert one(events_of("Kenyan soldiers attacked the Ugandan border post."), "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan residents evacuated the town.",
        # a match put off is no measure on anyone (an election put off is: tests/test_wire_constructions.py)
        "The Kenyan regional governor signed an executive order postponing the football match.",
    ],
)
def test_not_political_events(nlp: Any, text: str) -> None:
    assert events_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Both together demonstrate that the Kenyan system is not fair.",
        "He first joined the Kenyan parliament in 1987.",
        "The Kenyan company blocked public access to the website.",
    ],
    ids=["demonstrate that", "joined parliament", "blocked access to a website"],
)
def test_words_of_protest_and_cooperation_in_other_senses(nlp: Any, text: str) -> None:
    assert events_of(text) == []


def test_a_warning_what_to_do_is_advice_and_a_warning_of_what_will_happen_a_threat(nlp: Any) -> None:
    assert one(events_of("Kenyan police warned residents to stay inside."), "REQUEST")
    threat = one(events_of("Kenya warned Uganda that it would retaliate."), "THREATEN")
    assert (threat.source.country, threat.target.country) == ("KEN", "UGA")  # type: ignore[union-attr]


def test_sympathy_is_support_and_an_accident_no_attack(nlp: Any) -> None:
    sympathy = one(events_of("The Kenyan president expressed sympathy to the Ugandan people."), "SUPPORT")
    assert sympathy.target is not None and sympathy.target.country == "UGA"
    assert not events_of("A British teenager was killed in a crash with an American diplomat's car.")
    assert one(events_of("A Kenyan journalist was killed in Nairobi on Monday."), "ASSAULT")
