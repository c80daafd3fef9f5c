"""Who "he", "she" and a bare title stand for: rules of extraction with the real model, on short articles
written for the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from test_circumstances import events_of  # one short article in, its events out
from tidings.records import Event

pytestmark = pytest.mark.model


def names(events: list[Event], kind: str) -> list[tuple[str | None, str | None]]:
    """(source name, target name) of each event of one type."""
    return [
        (e.source.name if e.source else None, e.target.name if e.target else None)
        for e in events
        if e.type == kind
    ]


# -- pronouns ------------------------------------------------------------------------------------------------
def test_a_surname_the_tagger_reads_as_a_common_noun_still_stands_behind_he(nlp: Any) -> None:
    # "Trump" opening a sentence is tagged a common noun; "he" is not the rival named before him
    text = (
        "President Donald Trump and his rival Joe Biden both spoke in Ohio on Monday. Biden claimed his plan "
        "would create five million US jobs. Trump encouraged public schools to reopen classes in-person at "
        "summer's end. He threatened to withhold federal funds from districts that did not comply."
    )
    assert [s for s, _ in names(events_of(text), "THREATEN")] == ["Donald Trump"]


def test_he_is_the_subject_of_the_sentence_before_rather_than_the_last_name_in_it(nlp: Any) -> None:
    text = (
        "Senator Tom Hale of Ohio, while campaigning in Michigan, called President Dan Roy's response \"a "
        'betrayal of the workers." He described it as "reckless" and "almost criminal."'
    )
    events = [e for e in events_of(text) if e.trigger == "described"]
    assert [e.source.name for e in events if e.source] == ["Tom Hale"]


def test_an_earlier_he_carries_the_chain_back_to_the_name(nlp: Any) -> None:
    # the sentence before "He was arrested" names no one; its own "he" leads back to Petrov, not to the
    # designer named after him
    text = (
        "Yuri Petrov was famous for a spacewalk on a mission designed by Sergei Korolev. On March 18, 1965, "
        "he stepped outside the craft, remaining there for ten minutes. He was arrested by police in Moscow "
        "in 1980 for taking part in a protest."
    )
    assert [t for _, t in names(events_of(text), "COERCE")] == ["Yuri Petrov"]


@pytest.mark.parametrize(
    ("pronoun", "expected"),
    [("He", "Boris Johnson"), ("She", "Queen Elizabeth")],  # "she": control, the queen
    ids=["he-not-the-queen", "she-the-queen"],
)
def test_he_does_not_stand_for_a_queen(nlp: Any, pronoun: str, expected: str) -> None:
    text = (
        "Prime Minister Boris Johnson of Britain spoke on Monday. At Windsor, Queen Elizabeth thanked the "
        f"volunteers. {pronoun} later urged parliament to pass the budget."
    )
    assert [s for s, _ in names(events_of(text), "REQUEST")] == [expected]


# -- bare titles ---------------------------------------------------------------------------------------------
def test_the_mayor_is_not_the_governor_named_before(nlp: Any) -> None:
    events = events_of(
        "Governor Tom Hale of Ohio criticised the mayor of Toledo on Monday, urging her to resign."
    )
    assert names(events, "ACCUSE") == [("Tom Hale", None)]
    # "her" is not the governor either: "urging" shares his clause's subject, which it cannot be
    assert names(events, "REQUEST") == [("Tom Hale", None)]
    assert [e.target.role for e in events if e.type == "ACCUSE" and e.target] == ["mayor"]


def test_the_minister_is_the_foreign_minister_named_before_whatever_the_story_country(nlp: Any) -> None:
    text = (
        "Foreign Minister Sergei Lavrov of Russia arrived in Ankara on Monday. The minister met President "
        "Recep Tayyip Erdogan on Tuesday."
    )
    assert names(events_of(text), "CONSULT") == [("Sergei Lavrov", "Recep Tayyip Erdogan")]


def test_a_general_title_still_stands_for_the_person_named_before(nlp: Any) -> None:
    # control: "the Syrian leader" is the president named before
    text = "President Bashar al-Assad of Syria spoke in Damascus on Monday. The Syrian leader praised Russia."
    assert names(events_of(text), "SUPPORT") == [("Bashar al-Assad", "Russia")]


def test_a_hyphenated_title_is_read_whole(nlp: Any) -> None:
    # "Vice-President" comes in three tokens; read as "President" it made Biden "the president"
    text = (
        "Thousands rallied in Washington in support of US President Donald Trump, where former US "
        "Vice-President Joe Biden has been projected to have won. President Trump lashed out at the mayor "
        "on Twitter. The president has blamed Democratic leadership for violence in US cities."
    )
    blamed = [e for e in events_of(text, published="2020-11-17") if e.trigger == "blamed"]
    assert [e.source.name for e in blamed if e.source] == ["Trump"]


@pytest.mark.parametrize(
    ("before", "kin"),
    [
        ("", "loved ones"),
        ("", "family"),  # "his family" is not whom a later "his" stands for
        (
            'Polish Prime Minister Adam Kowal tweeted, "We are with Mayor Nowak in our thoughts." ',
            "loved ones",
        ),
    ],
    ids=["alone", "his-family", "after-another-quotation"],
)
def test_his_in_the_speakers_own_words_is_someone_else(nlp: Any, before: str, kin: str) -> None:
    # "I pray for his return" is not the speaker praying for himself; in a quotation "him" is the one named
    # nearest (the mayor), not the subject of the sentence before (the prime minister)
    text = (
        f"Mayor Jan Nowak of Gdańsk, Poland, was stabbed on stage on Sunday. {before}Polish President Piotr "
        f'Lis remarked, "Today I am with him and his {kin}. I pray for his return to health."'
    )
    prayed = [e for e in events_of(text) if e.trigger == "pray"]
    assert [(e.source.name, (e.target.name or "").split()[-1]) for e in prayed if e.source and e.target] == [
        ("Piotr Lis", "Nowak")
    ]
