"""Constructions the codebook's categories are commonly told in, beyond the single trigger word: a war fought,
clashes between two sides, fire exchanged, a sum "in aid to" someone, a refusal to act (and not to comment), a
threat told as what the speaker would do, a vow, a memorandum with a partner, an act judged by its maker:
rules of extraction with the real model, on short articles written for the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from test_circumstances import events_of, one  # one short article in, its events out
from test_light_verbs_and_open_questions import coded  # (type, source key, target key) per event

pytestmark = pytest.mark.model


Coded = tuple[str, str | None, str | None]

# One sentence of ours per construction: (sentence, the one event it states).
STATES: dict[str, tuple[str, Coded]] = {
    # -- fighting named as a war, a clash or "fighting" between two sides
    "fought-a-war": ("Peru and Ecuador fought a war over the border in 1995.", ("ASSAULT", "PER", "ECU")),
    "fighting-between": (
        "Fighting between Sudanese and Chadian forces erupted on Monday.",
        ("ASSAULT", "SDN", "TCD"),
    ),
    "clashes-between": (
        "Clashes between Thai and Cambodian troops left four soldiers dead on Monday.",
        ("ASSAULT", "THA", "KHM"),
    ),
    "exchanged-fire": (
        "Indian and Pakistani troops exchanged fire in Kashmir on Monday.",
        ("ASSAULT", "IND", "PAK"),
    ),
    "traded-fire-with": (
        "Israeli troops traded fire with Hezbollah fighters on Monday.",
        ("ASSAULT", "ISR", "LBN"),
    ),
    # -- a sum given, and what it is of
    "sum-in-aid-to": ("Norway pledged 40 million euros in aid to Malawi on Monday.", ("AID", "NOR", "MWI")),
    "gave-sum-in-aid": (
        "The United States gave $300 million in military aid to Jordan in May.",
        ("AID", "USA", "JOR"),
    ),
    "sum-of-assistance": (
        "Japan pledged $2 billion of assistance to Ghana on Monday.",
        ("AID", "JPN", "GHA"),
    ),
    # -- refusing to act
    "declined-to-act": ("The Kenyan court declined to hear the appeal on Monday.", ("REJECT", "KEN", "KEN")),
    # -- recalling, lifting, evacuating: the country named after the object
    "recall-envoy-to": (
        "Algeria recalled its ambassador to Spain on Saturday.",
        ("SANCTION", "DZA", "ESP"),
    ),
    "lift-sanctions-on": (
        "Canada lifted sanctions on Myanmar's timber sector on Monday.",
        ("CONCEDE", "CAN", "MMR"),
    ),
    "evacuate-from": ("India evacuated its citizens from Yemen in April.", ("RETREAT", "IND", "YEM")),
    # -- acts two sides do to each other
    "exchanged-accusations": (
        "Eritrea and Ethiopia exchanged accusations on Monday.",
        ("ACCUSE", "ERI", "ETH"),
    ),
    # -- a threat told as what the speaker would do, and a vow
    "warned-it-would": ("Iran warned it would strike Bahrain on Monday.", ("THREATEN", "IRN", "BHR")),
    "vowed-hostile-act": ("Armenia vowed to attack Azerbaijan on Monday.", ("THREATEN", "ARM", "AZE")),
    "vowed-revenge-against": ("Iran vowed revenge against Israel on Friday.", ("THREATEN", "IRN", "ISR")),
    # -- agreements on paper, with the partner after what the paper is of
    "memorandum-with": (
        "Egypt signed a memorandum of understanding with Greece on Monday.",
        ("AGREE", "EGY", "GRC"),
    ),
    "reached-understanding": (
        "Israel and Cyprus reached an understanding on the gas field on Monday.",
        ("AGREE", "ISR", "CYP"),
    ),
    # -- other acts of the categories, told by their usual verbs and objects
    "fought-with-water-cannon": (
        "Police in Kenya used water cannon against the protesters on Monday.",
        ("ASSAULT", "KEN", "KEN"),
    ),
    "executed": ("Iran executed four men convicted of spying on Monday.", ("ASSAULT", "IRN", "IRN")),
    "walked-out": (
        "Opposition lawmakers walked out of the Ugandan parliament on Monday.",
        ("PROTEST", "UGA", "UGA"),
    ),
    "released-on-bail": (
        "The former Peruvian president was released on bail on Monday.",
        ("CONCEDE", "PER", "PER"),
    ),
    "seized-flagged-ship": (
        "Iran seized a Greek-flagged tanker in the Gulf on Friday.",
        ("COERCE", "IRN", "GRC"),
    ),
    # -- sympathy and defence, a quarantine, custody, supplies delivered
    "days-of-mourning": (
        "The Zambian president declared five days of national mourning on Monday.",
        ("SUPPORT", "ZMB", "ZMB"),
    ),
    "expressed-sadness-at": (
        "The president of Senegal expressed his sadness at the death of the Malian leader on Monday.",
        ("SUPPORT", "SEN", "MLI"),
    ),
    "came-to-defence": (
        "Russia came to Belarus's defence at the meeting on Monday.",
        ("SUPPORT", "RUS", "BLR"),
    ),
    "quarantined-cities": (
        "The Vietnamese government quarantined three towns near Hanoi on Monday.",
        ("COERCE", "VNM", "VNM"),
    ),
    "placed-under-house-arrest": (
        "The Guinean junta placed the former president under house arrest on Monday.",
        ("COERCE", "GIN", "GIN"),
    ),
    "delivered-supplies": (
        "The Red Cross delivered food and medicine to Yemen on Monday.",
        ("AID", "ICRC", "YEM"),
    ),
    "provided-weapons": ("Poland provided weapons to Ukraine in May.", ("AID", "POL", "UKR")),
    "encouraged-to": (
        "The Kenyan president encouraged Somalia to hold elections on Monday.",
        ("REQUEST", "KEN", "SOM"),
    ),
    "awarded-a-medal": (
        "The Polish president awarded a medal to the Lithuanian foreign minister on Monday.",
        ("SUPPORT", "POL", "LTU"),
    ),
    "said-had-violated": (
        "Ukraine said Russia had violated the ceasefire on Monday.",
        ("ACCUSE", "UKR", "RUS"),
    ),
    "said-was-interfering": (
        "China said the United States was interfering in its affairs on Monday.",
        ("ACCUSE", "CHN", "USA"),
    ),
    "rockets-at-a-town-untagged": (
        "The Israeli army said Hamas fired rockets at Ashkelon.",
        ("ASSAULT", "PSE", "ISR"),
    ),
    "recovered-target": (
        "Lebanon asked France for help with the port on Monday.",
        ("REQUEST", "LBN", "FRA"),
    ),
    # -- a nomination endorses the one nominated; closures of schools are restrictions, of media coercion
    "nominated-someone": (
        "The Chilean president nominated a Peruvian judge to the regional court on Monday.",
        ("SUPPORT", "CHL", "PER"),
    ),
    "shut-down-schools": (
        "The Kenyan government shut down all schools on Monday.",
        ("SANCTION", "KEN", "KEN"),
    ),
    "shut-down-a-paper": (
        "The Kenyan government shut down the Nation newspaper on Monday.",
        ("COERCE", "KEN", "KEN"),
    ),
    "restricted-purchases": (
        "Argentina restricted purchases of US dollars on Monday.",
        ("SANCTION", "ARG", None),
    ),
    "announced-an-agreement": (
        "Israel announced an agreement with Morocco on Thursday.",
        ("AGREE", "ISR", "MAR"),
    ),
}


@pytest.mark.parametrize(("text", "expected"), list(STATES.values()), ids=list(STATES))
def test_a_common_construction_of_the_category_states_the_event(nlp: Any, text: str, expected: Coded) -> None:
    assert coded(events_of(text)) == [expected]


def test_refusing_to_comment_or_declining_is_no_event(nlp: Any) -> None:
    assert events_of("The Russian foreign ministry refused to comment on the report on Monday.") == []
    assert events_of("The Iranian embassy declined to comment on Monday.") == []
    assert events_of("Exports from Chile declined sharply in March.") == []
    # a refusal to act is still one
    assert ("REJECT", "IRN", "IAEA") in coded(events_of("Iran refused to cooperate with the IAEA on Monday."))


def test_agreeing_to_answer_questions_is_no_agreement(nlp: Any) -> None:
    questions = "The Chilean minister agreed to answer questions from Argentine reporters on Monday."
    assert events_of(questions) == []
    assert events_of("The Chilean envoy agreed to speak to Argentine television on Monday.") == []
    # an agreement to act is still one
    reopening = "Chile agreed to reopen the border with Argentina on Monday."
    assert ("AGREE", "CHL", "ARG") in coded(events_of(reopening))


def test_a_vow_to_do_good_is_a_promise_and_a_vow_to_rebuild_no_event(nlp: Any) -> None:
    assert ("AGREE", "JPN", "TUR") in coded(events_of("Japan vowed to send aid to Turkey on Monday."))
    assert events_of("The Chilean president vowed to rebuild the city on Monday.") == []


def test_the_act_threatened_is_the_threats_content_not_an_event_of_its_own(nlp: Any) -> None:
    assert coded(events_of("Iran threatened to attack Bahrain on Monday.")) == [("THREATEN", "IRN", "BHR")]


def test_a_warning_of_someone_elses_attack_is_no_threat_to_the_attacked(nlp: Any) -> None:
    text = "The Latvian minister warned that Russia would attack Lithuania on Monday."
    assert ("THREATEN", "LVA", "LTU") not in coded(events_of(text))


def test_a_quarrel_over_a_budget_is_no_clash_of_arms(nlp: Any) -> None:
    assert events_of("Polish lawmakers clashed over the budget on Monday.") == []
    assert events_of("Clashes over the budget in the Polish parliament lasted hours on Monday.") == []
    assert coded(events_of("Protesters clashed with police in Warsaw on Monday.")) == [
        ("ASSAULT", "POL", "POL")
    ]


def test_the_city_that_names_an_agreement_is_no_party_to_it(nlp: Any) -> None:
    found = coded(events_of("Brazil withdrew from the Kyoto climate agreement on Monday."))
    assert all(target != "JPN" for _, _, target in found)


def test_criticism_or_praise_of_an_act_is_of_whoever_did_it(nlp: Any) -> None:
    text = "The Bolivian opposition blasted the decision to close the border on Monday."
    assert coded(events_of(text)) == [("ACCUSE", "BOL", "BOL")]
    text = "The Bolivian opposition leader called the election a sham on Monday."
    assert coded(events_of(text)) == [("ACCUSE", "BOL", "BOL")]


def test_the_act_a_request_asks_for_is_its_content_also_when_a_noun_names_it(nlp: Any) -> None:
    text = "The Norwegian envoy urged Colombia to resume talks with the rebels on Monday."
    assert coded(events_of(text)) == [("REQUEST", "NOR", "COL")]
    text = "Brazil threatened to impose sanctions on Venezuela on Monday."
    assert coded(events_of(text)) == [("THREATEN", "BRA", "VEN")]


def test_an_event_a_week_before_the_scene_is_dated_a_week_before(nlp: Any) -> None:
    text = (
        "This comes a week after the Austrian chancellor attended a summit with the Czech president in "
        "Prague."
    )
    assert one(events_of(text, published="2024-03-15"), "CONSULT").date == "2024-03-08"
    # of the main clause's own event, "three weeks before the election" counts from a day not known
    text = "The Chilean president visited Bolivia three weeks before the election."
    assert one(events_of(text, published="2024-03-15"), "CONSULT").date != "2024-02-23"


def test_days_counted_back_from_the_scene_date_an_event_and_a_bare_earlier_does_not(nlp: Any) -> None:
    scene = "The Slovak prime minister met the Polish prime minister on Friday. "
    for told in (
        "Two days earlier, the Slovak foreign minister had met his Czech counterpart.",
        "The Slovak foreign minister had met his Czech counterpart two days earlier.",
    ):
        events = events_of(scene + told, published="2020-12-21")
        czech = [e for e in events if e.target is not None and e.target.country == "CZE"]
        assert [e.date for e in czech] == ["2020-12-16"], told
    vague = events_of(scene + "The Slovak foreign minister had met his Czech counterpart earlier.")
    assert [e.date for e in vague if e.target is not None and e.target.country == "CZE"] == [None]


def test_a_noun_event_takes_the_day_said_of_it_over_the_sentences_day(nlp: Any) -> None:
    text = (
        "On Wednesday, Chile's Supreme Court ruled for a lawsuit filed by the Chilean Senate on Sunday "
        "against the Peruvian envoy."
    )
    assert one(events_of(text, published="2019-08-08"), "ACCUSE").date == "2019-08-04"
    # a clause of another word's between them dates that word's act, not the noun's
    text = (
        "The Chilean and Peruvian presidents are expected to meet on March 16 and to agree on resuming "
        "regular visits between their capitals, which were suspended in 2011."
    )
    assert one(events_of(text, published="2023-03-09"), "CONSULT").date == "2023-03-16"
    # "previous" says only that it was before, unless the noun's own day is named
    text = "These changes followed the previous restriction introduced by the Chilean government on March 4."
    assert one(events_of(text, published="2020-03-13"), "SANCTION").date == "2020-03-04"
    text = "The previous meeting of the Chilean and Peruvian leaders was cordial."
    assert one(events_of(text, published="2020-03-13"), "CONSULT").date is None


def test_what_is_said_not_to_happen_or_possible_is_dated_by_the_day_it_was_said(nlp: Any) -> None:
    text = (
        "The Peruvian president met the Chilean president in Lima on Friday. The Bolivian president did not "
        "meet them. Peru could impose sanctions on Bolivia."
    )
    events = events_of(text, published="2020-12-21")
    negated = [e for e in events if e.modality == "negated"]
    assert [(e.type, e.date, e.date_relation) for e in negated] == [("CONSULT", "2020-12-18", "around")]
    possible = one(events, "SANCTION")
    assert (possible.modality, possible.date) == ("hypothetical", "2020-12-18")
    assert possible.date_relation == "after"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Chilean envoy said the deal would have failed without Peru's support for Bolivia.", "SUPPORT"),
        ("Chile would have won the vote if not for Peru's attack on Bolivian ships.", "ASSAULT"),
        ("The Chilean president said Peru's sanctions on Bolivia could hurt trade.", "SANCTION"),
    ],
)
def test_a_possessed_act_is_a_fact_whatever_might_follow_from_it(nlp: Any, text: str, kind: str) -> None:
    assert one(events_of(text), kind).modality == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "He was held after an allegation that the Chilean envoy assaulted a Peruvian diplomat.",
        "The row followed allegations Chile bombed a Peruvian border post.",
        "There were allegations Chilean troops shelled two Peruvian villages.",
    ],
)
def test_what_an_allegation_says_is_claimed(nlp: Any, text: str) -> None:
    assert one(events_of(text), "ASSAULT").modality == "claimed"


def test_people_named_by_role_and_city_belong_to_the_citys_country(nlp: Any) -> None:
    text = (
        "The Kenyan president announced a plan to settle the border dispute with Uganda on Monday. "
        "Officials in Washington praised the plan. Lawmakers in Nairobi criticised it."
    )
    events = events_of(text)
    assert one(events, "SUPPORT").source.country == "USA"  # not the story's Kenya
    assert one(events, "ACCUSE").source.country == "KEN"


def test_a_year_that_names_another_noun_does_not_date_the_event(nlp: Any) -> None:
    text = (
        "The Chilean lobbyist had been found guilty of lying to investigators as part of the inquiry into "
        "Peruvian interference in the 2016 presidential election."
    )
    assert one(events_of(text, published="2020-08-31"), "COERCE").date != "2016"
    # the year of the trigger's own argument still dates it
    for text in (
        "In the 2016 campaign, Peruvian hackers attacked Chile's election commission.",
        "Peruvian hackers attacked the 2016 campaign of the Chilean president.",
    ):
        assert one(events_of(text, published="2020-08-31"), "ASSAULT").date == "2016", text


def test_a_wrong_said_of_oneself_or_found_by_a_court_at_home_is_no_accusation(nlp: Any) -> None:
    assert events_of("The Kenyan minister said Kenya had not violated the agreement on Monday.") == []
    assert events_of("A judge in Texas determined the former governor had violated the deal on Monday.") == []
