"""Calling the police is asking for help, not criticism; when and why one called is no description of whom;
"referred to X as Y" judges X as "called X Y" does; "said X was barbaric" is a verdict on X; thanks and
condolences are recorded whoever gives them; a court that declares or rules an act illegal judges whoever
did it; "he" for an office-holder named by title, and "him" never for its own clause's subject; "in
cooperation with", "took over the town", "returned at X's request"; an office-holder who retires: rules of
extraction (the thirteenth round) with the real model, on short articles written for the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from test_circumstances import events_of  # one short article in, its events out
from test_rescues_pairs_and_anaphora import of_type  # (type, source key, target key) of one type

_TORONTO = "Canadian police are investigating a break-in in Toronto. "


# -- a call for help --------------------------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        _TORONTO + "A woman in Toronto called the police after the attack on Sunday.",
        _TORONTO + "A man in Toronto phoned the police on Sunday.",
        _TORONTO + "A woman in Toronto notified the police on Sunday.",
    ],
    ids=["called", "phoned", "notified"],
)
def test_calling_the_police_asks_them_for_help(nlp: Any, text: str) -> None:
    events = events_of(text)
    assert of_type(events, "REQUEST") == [("REQUEST", "CAN", "CAN")]
    assert of_type(events, "ACCUSE") == []


@pytest.mark.model
def test_calling_the_police_something_describes_them(nlp: Any) -> None:
    events = events_of("The Canadian prime minister called the police a disgrace on Sunday.")
    assert of_type(events, "ACCUSE") == [("ACCUSE", "CAN", "CAN")]
    assert of_type(events, "REQUEST") == []


# -- when and why are no description ------------------------------------------------------------------------
@pytest.mark.model
def test_what_happened_before_a_call_is_no_verdict_on_whom_was_called(nlp: Any) -> None:
    # "the attack" names when the call was made; it says nothing of the ambassador
    text = "The Iranian foreign minister called the Israeli ambassador after the attack on Monday."
    assert of_type(events_of(text), "ACCUSE") == []


@pytest.mark.model
def test_a_description_after_the_object_is_still_read(nlp: Any) -> None:
    text = "The Iranian foreign minister called the Israeli raid a crime on Monday."
    assert of_type(events_of(text), "ACCUSE") == [("ACCUSE", "IRN", "ISR")]


# -- "referred to X as Y" ---------------------------------------------------------------------------------
@pytest.mark.model
def test_referring_to_an_act_as_terror_criticises_whoever_did_it(nlp: Any) -> None:
    text = "The French president referred to the Russian raid as an act of terror on Monday."
    assert of_type(events_of(text), "ACCUSE") == [("ACCUSE", "FRA", "RUS")]


@pytest.mark.model
def test_referring_a_matter_to_someone_judges_no_one(nlp: Any) -> None:
    text = "The French president referred the Russian request to the European Commission on Monday."
    assert of_type(events_of(text), "ACCUSE") == []


# -- a verdict in reported speech ----------------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("The French foreign minister said the Russian attack was barbaric.", ("ACCUSE", "FRA", "RUS")),
        (
            "The Iranian president said the American sanctions were a crime against humanity.",
            ("ACCUSE", "IRN", "USA"),
        ),
        ("The Mexican foreign minister said the American gunman was a terrorist.", ("ACCUSE", "MEX", "USA")),
        ("The Egyptian foreign ministry said the Israeli raid was a massacre.", ("ACCUSE", "EGY", "ISR")),
    ],
    ids=["act-adjective", "act-noun", "person", "new-word"],
)
def test_saying_someone_or_their_act_is_plainly_bad_criticises_them(
    nlp: Any, text: str, coded: tuple[str, str, str]
) -> None:
    assert of_type(events_of(text), "ACCUSE") == [coded]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a state of affairs, though a country is named inside it
        "The UN envoy said the situation in Syria was catastrophic.",
        # the bad word is in what the predicate goes on to name, not in the verdict
        "The Czech minister said the police were tough on organised crime.",
        # "it" seldom stands for someone
        "The Turkish ministry said it was a dangerous move.",
        # nobody in particular
        "The Canadian judge said no careless remark by a local official is a crime.",
        # no bad word at all
        "The German chancellor said the Turkish decision was welcome.",
    ],
    ids=["state-of-affairs", "embedded-word", "it", "nobody-in-particular", "praise"],
)
def test_a_statement_that_judges_no_one_badly_is_no_criticism(nlp: Any, text: str) -> None:
    assert of_type(events_of(text), "ACCUSE") == []


# -- thanks and condolences from anyone ----------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("Flooded British residents thanked the British rescue teams on Monday.", ("SUPPORT", "GBR", "GBR")),
        (
            "The family of the Kenyan runner sent their condolences to the families of the Kenyan victims.",
            ("SUPPORT", "KEN", "KEN"),
        ),
    ],
    ids=["thanks", "condolences"],
)
def test_thanks_and_condolences_count_whoever_gives_them(
    nlp: Any, text: str, coded: tuple[str, str, str]
) -> None:
    assert of_type(events_of(text), "SUPPORT") == [coded]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Canadian residents supported the Canadian candidate in the election.",
        "A Canadian woman whose son was killed said she had forgiven the Canadian soldier who shot him.",
    ],
    ids=["backing", "forgiving"],
)
def test_private_backing_or_forgiveness_stays_private(nlp: Any, text: str) -> None:
    assert of_type(events_of(text), "SUPPORT") == []


# -- rulings ---------------------------------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # parsed as a small clause ("the seizure [was] illegal")
        "The Polish court declared the Russian seizure of the ship illegal.",
        # the verdict parsed as an adverb of the verb
        "The Polish court ruled the Russian seizure of the ship unlawful.",
    ],
    ids=["declared", "ruled"],
)
def test_ruling_an_act_illegal_judges_whoever_did_it(nlp: Any, text: str) -> None:
    assert of_type(events_of(text), "ACCUSE") == [("ACCUSE", "POL", "RUS")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Sri Lankan president declared a nationwide state of emergency.",
        "The Kenyan court declared the Kenyan senator the winner of the vote.",
    ],
    ids=["emergency", "winner"],
)
def test_a_declaration_with_no_bad_verdict_judges_no_one(nlp: Any, text: str) -> None:
    assert of_type(events_of(text), "ACCUSE") == []


# -- "he" for someone named by title -------------------------------------------------------------------------
@pytest.mark.model
def test_he_stands_for_an_office_holder_named_by_title(nlp: Any) -> None:
    text = (
        "The Iranian foreign minister spoke on Monday. "
        "He said the British government should release the prisoners."
    )
    assert of_type(events_of(text), "REQUEST") == [("REQUEST", "IRN", "GBR")]


# -- "him" is not the subject -------------------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "coded", "target"),
    [
        (
            "Dutch Prime Minister Mark Rutte arrived in Kyiv on Monday. "
            "Ukrainian President Volodymyr Zelensky thanked him for the new aid.",
            ("SUPPORT", "UKR", "NLD"),
            "Mark Rutte",
        ),
        (
            # the name parsed in apposition to a lower-case title: the title's country, whichever word is
            # looked up
            "The Dutch prime minister Mark Rutte arrived in Kyiv on Monday. "
            "The Ukrainian president Volodymyr Zelensky thanked him for the new aid.",
            ("SUPPORT", "UKR", "NLD"),
            "Mark Rutte",
        ),
        (
            "The Kenyan runner Paul Kiprop praised the Kenyan coach Joseph Otieno. "
            "Kiprop thanked him for years of support.",
            ("SUPPORT", "KEN", "KEN"),
            "Joseph Otieno",
        ),
    ],
    ids=["other-country", "title-in-apposition", "subject-named-before"],
)
def test_an_object_pronoun_stands_for_someone_other_than_its_subject(
    nlp: Any, text: str, coded: tuple[str, str, str], target: str
) -> None:
    events = events_of(text)
    last = events[-1]
    assert (last.type, last.source and last.source.key, last.target and last.target.key) == coded
    assert last.target is not None and last.target.name == target


# -- working together in a phrase, taking over, asked to return --------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "coded"),
    [
        (
            "French troops are based there to fight militants in cooperation with Malian security forces.",
            ("COOPERATE", "FRA", "MLI"),
        ),
        ("Malian rebels took over the town of Gao in 2012.", ("COERCE", "MLI", "MLI")),
        (
            # the second verb, parsed with no relation to the first, shares its subject: the one asked
            "French troops left Mali in 2022, then returned at the Malian government's request.",
            ("REQUEST", "MLI", "FRA"),
        ),
    ],
    ids=["in-cooperation-with", "took-over-a-town", "at-their-request"],
)
def test_acts_told_in_a_phrase_or_a_run_on_clause(nlp: Any, text: str, coded: tuple[str, str, str]) -> None:
    assert of_type(events_of(text), coded[0]) == [coded]


@pytest.mark.model
def test_taking_over_a_company_is_no_seizure(nlp: Any) -> None:
    assert of_type(events_of("The Danish company took over the British retailer in 2012."), "COERCE") == []


# -- retiring from office ------------------------------------------------------------------------------------
@pytest.mark.model
def test_an_office_holder_who_retires_steps_down(nlp: Any) -> None:
    text = "The Canadian judge retired from the bench last spring."
    assert of_type(events_of(text), "CONCEDE") == [("CONCEDE", "CAN", "CAN")]


@pytest.mark.model
def test_a_private_retirement_is_no_event(nlp: Any) -> None:
    assert events_of("The British professor retired in 1982.") == []
