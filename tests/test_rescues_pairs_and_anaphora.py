"""Rescues and the rescuers a passive leaves unsaid; searches for the missing; bare numbers of people; "the
two leaders" and "the country" for the parties named before; capitals the tagger takes for persons; money
pledged as aid; a phone call two subjects share; who "it", an owner and the people named by how they stand
to an owner can be, and whose decision an infinitive tells: rules of extraction with the real model, on short
articles written for the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from test_circumstances import events_of  # one short article in, its events out
from test_light_verbs_and_open_questions import coded  # (type, source key, target key) per event
from tidings.records import Event

pytestmark = pytest.mark.model


def of_type(events: list[Event], kind: str) -> list[tuple[str, str | None, str | None]]:
    return [c for c in coded(events) if c[0] == kind]


# -- rescues -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "A ferry sank off the coast of Peru on Sunday. Eleven passengers were rescued by nightfall.",
        "A ferry sank off the coast of Peru on Sunday. Nine died and 40 were rescued, officials said.",
        "A mine flooded in northern Peru on Sunday. Rescuers recovered six survivors from the shaft.",
        "Firefighters in Lima rescued fourteen people from a burning market on Sunday.",
    ],
    ids=["passive", "bare-number", "survivors", "firefighters"],
)
def test_a_rescue_is_aid_by_the_emergency_services_of_where_it_happened(nlp: Any, text: str) -> None:
    assert of_type(events_of(text), "AID") == [("AID", "PER", "PER")]


RESCUE = [("AID", "NPL", "NPL")]


@pytest.mark.parametrize(
    ("text", "aid"),
    [
        ("Rescue teams in Nepal searched for missing climbers on Monday.", RESCUE),
        ("Police in Nepal searched for two missing hikers on Sunday.", RESCUE),
        ("Nepalese army helicopters and rescuers searched for survivors of the avalanche on Sunday.", RESCUE),
        (
            "Coast guard vessels in Nepal's lakes searched for the crew members of a sunken boat on Tuesday.",
            RESCUE,
        ),
        # a search for suspects, of a home or for an answer is no rescue
        ("Police in Nepal searched for the two men who robbed a bank in Kathmandu on Monday.", []),
        ("Police in Nepal searched the home of a journalist on Monday.", []),
        ("Officials in Nepal are searching for a solution to the fuel shortage.", []),
    ],
    ids=["climbers", "hikers", "survivors", "crew", "suspects", "a-home", "a-solution"],
)
def test_a_search_is_a_rescue_when_it_is_for_the_missing(nlp: Any, text: str, aid: list[Any]) -> None:
    assert of_type(events_of(text), "AID") == aid


def test_recovering_bodies_or_an_economy_is_no_rescue(nlp: Any) -> None:
    text = "A mine flooded in Peru on Sunday. Divers recovered two bodies. The economy of Peru recovered."
    assert of_type(events_of(text), "AID") == []


def test_a_bare_number_a_verb_acts_on_counts_people(nlp: Any) -> None:
    assert of_type(events_of("Gunmen killed 14 in northern Mali on Sunday."), "ASSAULT") == [
        ("ASSAULT", "MLI", "MLI")
    ]
    assert of_type(events_of("Police in Nairobi arrested 30 on Sunday."), "COERCE") == [
        ("COERCE", "KEN", "KEN")
    ]
    # a number with its own noun, or "of" the ones counted, is read as before; a number alone names no one
    assert events_of("The council of Nairobi approved 30 of the new budget lines on Sunday.") == []


def test_deaths_from_a_disease_are_no_attack(nlp: Any) -> None:
    text = "The cholera outbreak that had infected 900 people in Haiti and killed at least 40 closed schools."
    assert of_type(events_of(text), "ASSAULT") == []
    # nor when the disease is "it", whatever the pronoun is taken for
    text = "Cholera is spreading in Haiti. Haitian officials said it has infected 900 people and killed 40."
    assert of_type(events_of(text), "ASSAULT") == []


# -- the parties named before --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "second",
    [
        "The two leaders met in Brasília on Friday.",
        "Both leaders met in Brasília on Friday.",
        "The two presidents spoke by telephone on Friday.",
        "The leaders of both nations spoke by telephone on Friday.",
    ],
    ids=["the-two", "both", "telephone", "of-the-two-countries"],
)
def test_the_two_leaders_are_the_two_parties_named_before(nlp: Any, second: str) -> None:
    first = (
        "Argentine President Alberto Fernández criticised Brazilian President Jair Bolsonaro on Thursday. "
    )
    talks = of_type(events_of(first + second), "CONSULT")
    assert len(talks) == 1
    assert {talks[0][1], talks[0][2]} == {"ARG", "BRA"}


def test_two_subjects_who_speak_together_are_a_consultation_but_one_is_not(nlp: Any) -> None:
    both = "Argentine President Alberto Fernández and Brazilian President Jair Bolsonaro spoke by telephone."
    assert [(c[1], c[2]) for c in of_type(events_of(both), "CONSULT")] == [("ARG", "BRA")]
    alone = "Argentine President Alberto Fernández spoke at length on Friday."
    assert of_type(events_of(alone), "CONSULT") == []


def test_the_country_is_the_country_last_named(nlp: Any) -> None:
    text = "Lebanon has faced protests over its banks for months. The country banned cash withdrawals abroad."
    assert of_type(events_of(text), "SANCTION") == [("SANCTION", "LBN", "LBN")]
    # "the sole country in the region" is described, not referred back to
    assert events_of("This made Nepal the sole country in the region to ban it, advocates said.") == []


def test_a_capital_the_tagger_takes_for_a_person_is_the_countrys_government(nlp: Any) -> None:
    text = "Russia criticised Ukraine on Monday. Moscow also accused Kyiv of shelling civilians."
    assert ("ACCUSE", "RUS", "UKR") in of_type(events_of(text), "ACCUSE")
    assert ("ACCUSE", "RUS", "RUS") not in of_type(events_of(text), "ACCUSE")


# -- pledges -------------------------------------------------------------------------------------------------
def test_money_pledged_is_aid_and_a_pledge_to_act_an_agreement(nlp: Any) -> None:
    money = events_of("Norway pledged US$40 million to Somalia on Tuesday.")
    assert of_type(money, "AID") == [("AID", "NOR", "SOM")]
    assert of_type(money, "AGREE") == []
    act = events_of("Canada pledged to withdraw its soldiers from Latvia by June.")
    # the promise is made to Latvia; Canada's own soldiers are no second party to it
    assert of_type(act, "AGREE") == [("AGREE", "CAN", "LVA")]


# -- agreements named with their parties, mediation, opinions ------------------------------------------------
def test_an_agreement_named_between_two_parties_is_theirs_whatever_verb_carries_it(nlp: Any) -> None:
    announced = events_of("The White House announced a trade deal between Morocco and Israel on Thursday.")
    assert of_type(announced, "AGREE") == [("AGREE", "MAR", "ISR")]
    # one still sought is none, and one told before and now judged is no new one
    assert events_of("Talks on a trade deal between Morocco and Spain stalled on Thursday.") == []
    judged = (
        "Spain said on Thursday that the fishing agreement between Morocco and the European Union is void."
    )
    assert of_type(events_of(judged), "AGREE") == []


def test_a_mediator_consults_both_sides_named_in_what_it_mediated(nlp: Any) -> None:
    events = events_of("Norway mediated a truce between Sudan and South Sudan in Oslo on Monday.")
    assert sorted(of_type(events, "CONSULT")) == [("CONSULT", "NOR", "SDN"), ("CONSULT", "NOR", "SSD")]
    assert of_type(events, "AGREE") == [("AGREE", "SDN", "SSD")]


def test_agreeing_with_an_opinion_is_no_agreement(nlp: Any) -> None:
    statement = (
        "The government of Palau issued a statement agreeing that the question should be decided by voters "
        "and not by the courts."
    )
    assert of_type(events_of(statement), "AGREE") == []
    assert of_type(events_of("Palau and Fiji agreed that the dispute should go to a tribunal."), "AGREE") == [
        ("AGREE", "PLW", "FJI")
    ]


def test_a_body_owned_through_a_pronoun_is_of_the_owners_country(nlp: Any) -> None:
    text = "A US envoy came to Asunción. Paraguay agreed to relocate its embassy in Israel to Jerusalem."
    assert of_type(events_of(text), "AGREE") == [("AGREE", "PRY", "ISR")]


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "Iran built the reactor in 2010. Israel bombed it last year.",
            "ASSAULT",
            [("ASSAULT", "ISR", "IRN")],
        ),
        (
            "The valley lies within the borders of Azerbaijan. The Armenian army occupies it.",
            "COERCE",
            [("COERCE", "ARM", "AZE")],
        ),
        # control: "it" in a clause of its own may well be the speaker
        ("Turkey said the Kurdish militants had attacked it.", "ASSAULT", [("ASSAULT", "TUR", "TUR")]),
    ],
    ids=["bombed-it", "occupies-it", "said-attacked-it"],
)
def test_it_as_an_object_is_not_its_own_clauses_subject(
    nlp: Any, text: str, kind: str, expected: list[Any]
) -> None:
    assert of_type(events_of(text), kind) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Boris Johnson criticized his rivals on Monday.",
        "Boris Johnson criticized his rivals' proposals on Monday.",
    ],
    ids=["his-rivals", "his-rivals-proposals"],
)
def test_a_persons_rivals_are_of_the_persons_country_and_not_the_person(nlp: Any, text: str) -> None:
    (event,) = events_of(text)
    assert (event.type, event.source.name, event.target.country) == ("ACCUSE", "Boris Johnson", "GBR")
    assert event.target.name is None and event.target.sector == "UNK"


def test_a_states_allies_are_not_the_state(nlp: Any) -> None:
    assert coded(events_of("Iran rejected Russia's allies' plans.")) == [("REJECT", "IRN", None)]
    # control: what the state itself plans is the state's
    assert coded(events_of("Iran rejected Russia's plans.")) == [("REJECT", "IRN", "RUS")]


@pytest.mark.parametrize(
    "text",
    ["Turkey defended its decision to buy Russian missiles.", "Boris Johnson defended his record on Monday."],
    ids=["its-decision", "his-record"],
)
def test_an_actor_is_not_the_target_of_its_own_act_on_what_it_owns(nlp: Any, text: str) -> None:
    assert coded(events_of(text)) == []


def test_to_whom_a_commitment_was_made_before_whose_it_is(nlp: Any) -> None:
    (event,) = events_of("Nigerian President Buhari reneged on his commitment to the Nigerian people.")
    assert (event.type, event.source.name, event.target.country, event.target.sector) == (
        "REJECT",
        "Buhari",
        "NGA",
        "CVL",
    )
    # control: a possessive that stands for someone else names the target
    (event,) = events_of("Biden criticized Trump over his remarks.")
    assert (event.source.name, event.target.name) == ("Biden", "Trump")


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("The US criticized Russia's decision to suspend the New START treaty.", "SANCTION", "RUS"),
        ("France welcomed Germany's decision to send tanks to Ukraine.", "MOBILIZE", "DEU"),
        # control: a participle on a noun that names no one is the clause subject's act
        ("Iran posted a message blaming Israel.", "ACCUSE", "IRN"),
    ],
    ids=["decision-to-suspend", "decision-to-send", "message-blaming"],
)
def test_what_a_decision_decides_is_done_by_whose_decision_it_is(
    nlp: Any, text: str, kind: str, expected: str
) -> None:
    assert [c[1] for c in of_type(events_of(text), kind)] == [expected]


def test_a_company_the_tagger_took_for_a_person_is_no_she(nlp: Any) -> None:
    text = (
        "Kirsten Gillibrand, a US senator, ended her campaign on Wednesday. She made her announcement in a"
        " post on Twitter, in which she thanked her supporters."
    )
    (thanks,) = [e for e in events_of(text) if e.type == "SUPPORT"]
    assert thanks.source.name == "Kirsten Gillibrand"


# -- criticism in idiom, and "for" that says how long --------------------------------------------------------
def test_a_shot_taken_at_someone_is_criticism(nlp: Any) -> None:
    text = "In her speech, US Senator Ana Ruiz took a veiled shot at President Mark Olsen for his budget."
    assert of_type(events_of(text), "ACCUSE") == [("ACCUSE", "USA", "USA")]


def test_attacking_for_hours_is_violence_and_attacking_for_a_remark_is_blame(nlp: Any) -> None:
    violence = events_of("Militants attacked the village of Kuda in Mali for hours on Monday.")
    assert of_type(violence, "ASSAULT") == [("ASSAULT", "MLI", "MLI")] and of_type(violence, "ACCUSE") == []
    blame = events_of("US Senator Ana Ruiz attacked President Mark Olsen for the remark on Monday.")
    assert of_type(blame, "ACCUSE") == [("ACCUSE", "USA", "USA")] and of_type(blame, "ASSAULT") == []


def test_what_a_criticism_says_was_not_done_is_no_event_of_its_own(nlp: Any) -> None:
    events = events_of("The Chilean government criticised Peru for not condemning the bombing.")
    assert coded(events) == [("ACCUSE", "CHL", "PER")]


# -- thanks said as they are given ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        '"I want to thank the volunteers of Chile," President Gabriel Boric said.',
        '"We would like to thank Germany for its help," the Chilean foreign minister said.',
    ],
    ids=["want", "would-like"],
)
def test_thanks_wished_in_the_first_person_are_given(nlp: Any, text: str) -> None:
    thanks = [e for e in events_of(text) if e.type == "SUPPORT"]
    assert [e.modality for e in thanks] == ["asserted"]


# -- charges and detentions told in passing ------------------------------------------------------------------
def test_a_charge_for_what_someone_did_is_one_and_sure_though_the_deed_is_alleged(nlp: Any) -> None:
    charged = events_of("A man in Ohio has been charged for allegedly selling the rifle to the gunman.")
    assert [(*c, e.modality) for c, e in zip(coded(charged), charged, strict=True)] == [
        ("COERCE", "USA", "USA", "asserted")
    ]
    # a fee charged for a service is no charge
    assert events_of("Visitors in Ohio were charged for the parking.") == []


def test_the_one_detained_in_an_after_clause_is_the_clauses_subject(nlp: Any) -> None:
    text = "The suspected gunman was taken to a police station in Leeds after being detained on Friday."
    assert of_type(events_of(text), "COERCE") == [("COERCE", "GBR", "GBR")]


# -- attacks named as the cause, told twice, or told apart ---------------------------------------------------
# an attack noun or a weapon named as what killed, or the explosion a weapon made: someone set it off
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A suicide bombing killed 20 people in Kandahar, Afghanistan, on Monday.", "AFG"),
        ("A roadside bomb killed three soldiers in Kandahar, Afghanistan, on Monday.", "AFG"),
        ("An air strike killed 12 civilians in Kandahar, Afghanistan, on Monday.", "AFG"),
        ("A local official was killed in a car bomb explosion in Mosul, Iraq, on Monday.", "IRQ"),
        (
            "Two Iraqi police officers were killed by an improvised explosive device near Mosul on Monday.",
            "IRQ",
        ),
        ("A roadside mine blast near Mosul, Iraq, killed two police officers on Monday.", "IRQ"),
    ],
    ids=["bombing", "bomb", "air-strike", "bomb-explosion", "by-a-device", "mine-blast"],
)
def test_an_attack_or_weapon_that_kills_had_attackers(nlp: Any, text: str, country: str) -> None:
    assert of_type(events_of(text), "ASSAULT") == [("ASSAULT", country, country)]


def test_a_fire_that_kills_has_no_attacker(nlp: Any) -> None:
    assert events_of("A fire killed five people in Kandahar, Afghanistan, on Monday.") == []


def test_one_attack_told_in_the_lead_and_again_later_is_one_event(nlp: Any) -> None:
    text = (
        "A knife attack killed two people in Lyon, France, on Sunday. The mayor of Lyon called for calm. "
        "Schools in the city will stay open. The interior ministry sent extra officers to the area. "
        "Witnesses said a man walked up to a group of shoppers and stabbed them with a kitchen knife."
    )
    assert of_type(events_of(text), "ASSAULT") == [("ASSAULT", "FRA", "FRA")]


def test_an_attack_the_sentence_calls_separate_is_another_event(nlp: Any) -> None:
    text = (
        "Two attacks hit Kandahar, Afghanistan, on Monday. A car bomb killed 12 people near the airport. "
        "In a separate attack, gunmen killed five security guards at a bank."
    )
    assert of_type(events_of(text), "ASSAULT") == [("ASSAULT", "AFG", "AFG"), ("ASSAULT", "AFG", "AFG")]


def test_a_gas_explosion_is_an_accident_and_a_stance_no_nationality(nlp: Any) -> None:
    assert events_of("Five miners were killed in a gas explosion in Shanxi, China, on Monday.") == []
    text = "An anti-Iran columnist was killed in a car bomb explosion in Beirut, Lebanon, on Monday."
    assert of_type(events_of(text), "ASSAULT") == [("ASSAULT", "LBN", "LBN")]


# -- aid given and asylum granted ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "donor", "recipient"),
    [
        ("Norway on Monday gave Kenya US$12 million of aid for its clinics.", "NOR", "KEN"),
        ("Japan gave Indonesia humanitarian aid after the tsunami.", "JPN", "IDN"),
        ("The European Community gave aid to Malawi after the floods.", "EU", "MWI"),
    ],
    ids=["sum-of-aid", "dative", "former-name"],
)
def test_aid_given_to_someone_named_before_the_gift_is_theirs(
    nlp: Any, text: str, donor: str, recipient: str
) -> None:
    assert of_type(events_of(text), "AID") == [("AID", donor, recipient)]


def test_asylum_granted_is_aid(nlp: Any) -> None:
    events = events_of("Ghana has granted political asylum to nine Togolese opposition activists.")
    assert of_type(events, "AID") == [("AID", "GHA", "TGO")]


# -- complaints, aid stopped, measures lifted, talks renewed -------------------------------------------------
def test_a_complaint_over_anothers_raids_accuses_them(nlp: Any) -> None:
    text = "Jordan complained to the Arab League on Tuesday over three Syrian air raids near the border."
    assert of_type(events_of(text), "ACCUSE") == [("ACCUSE", "JOR", "SYR")]
    assert events_of("Residents of Amman complained about the heat.") == []


def test_aid_halted_is_a_sanction(nlp: Any) -> None:
    events = events_of("Sweden said on Tuesday it had suspended development aid to Zambia.")
    assert coded(events) == [("SANCTION", "SWE", "ZMB")]


def test_a_state_of_emergency_lifted_is_eased(nlp: Any) -> None:
    events = events_of("Chad's government on Sunday lifted a state of emergency in the east of the country.")
    assert of_type(events, "CONCEDE") == [("CONCEDE", "TCD", "TCD")]


def test_talks_renewed_and_investigations_against_officials(nlp: Any) -> None:
    talks = events_of("Ethiopia and Eritrea renewed negotiations on Monday on their shared border.")
    assert [(c[1], c[2]) for c in of_type(talks, "CONSULT")] == [("ETH", "ERI")]
    probe = events_of("A judge in Lima opened bribery investigations against 14 Peruvian officials.")
    assert of_type(probe, "ACCUSE") == [("ACCUSE", "PER", "PER")]


def test_a_light_verb_the_lemmatiser_gets_wrong_still_carries_its_noun(nlp: Any) -> None:
    # the small model lemmatises "staged" as "stag"
    text = "Kenyan students staged rallies in Nairobi against the Kenyan president on Monday."
    assert of_type(events_of(text), "PROTEST") == [("PROTEST", "KEN", "KEN")]


def test_a_mediation_effort_between_two_sides_consults_both(nlp: Any) -> None:
    text = "Oman's sultan launched a mediation effort on Saturday between Kuwait and Iraq."
    assert sorted(of_type(events_of(text), "CONSULT")) == [
        ("CONSULT", "OMN", "IRQ"),
        ("CONSULT", "OMN", "KWT"),
    ]


# -- measures against others, and riots by a people ----------------------------------------------------------
def test_a_suspension_of_links_and_homes_demolished_and_a_body_forced_out(nlp: Any) -> None:
    assert coded(events_of("Spain announced a suspension of flights with Venezuela on Monday.")) == [
        ("SANCTION", "ESP", "VEN")
    ]
    demolished = events_of("Turkish army bulldozers demolished Kurdish homes in Diyarbakir on Sunday.")
    assert [c[0] for c in coded(demolished)] == ["COERCE"]
    expelled = events_of("Rwanda forced the UN refugee agency out of the country.")
    assert coded(expelled) == [("SANCTION", "RWA", "UNHCR")]


def test_riots_named_by_a_people_are_theirs_and_aimed_at_whose_policies_they_name(nlp: Any) -> None:
    text = "Tunisian riots against Libyan border policies continued on Monday."
    assert coded(events_of(text)) == [("PROTEST", "TUN", "LBY")]
