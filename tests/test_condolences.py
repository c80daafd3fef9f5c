"""Condolences and sympathy told without a verb of their own ("our condolences are with the families"), and
owned in the first person inside a quotation ("we extend our condolences"), are the speaker's support for
those they are with (SUPPORT). A first person that a quotation's own "I think" gives is no new speaker: the
one quoted is still speaking in the sentences that follow. A clear verdict on someone named ("said the late
president had been a 'legendary' statesman", "called him 'humble'") is praise, as a clearly negative one
was already criticism; a clearly bad one on an act the story told ("said the decision was 'a disgrace'") is
criticism of whoever did it. Rules of extraction (the sixteenth round) with the real model, on short
articles written for the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from test_circumstances import events_of, one  # one short article in, its events out


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        'The British foreign secretary said: "Our heartfelt condolences are with the families of the victims '
        'in Iran."',
        'The British foreign secretary said: "We offer our heartfelt condolences to the Iranian people."',
    ],
    ids=["condolences-are-with", "first-person-owner"],
)
def test_condolences_in_the_first_person_are_the_speakers(nlp: Any, sentence: str) -> None:
    found = one(events_of(sentence), "SUPPORT")
    assert found.source.country == "GBR"
    assert found.source.sector == "GOV"
    assert found.target.country == "IRN"


@pytest.mark.model
def test_condolences_of_a_named_country_are_with_whom_they_are(nlp: Any) -> None:
    found = one(events_of("Britain's condolences are with the families of the Iranian victims."), "SUPPORT")
    assert found.source.country == "GBR"
    assert found.target.country == "IRN"


@pytest.mark.model
def test_an_i_think_inside_a_quotation_does_not_replace_the_speaker(nlp: Any) -> None:
    text = (
        "The British prime minister spoke to reporters in London on Monday. He said, "
        '"I think our sympathies are with the family of the British teenager."\n\n'
        'He continued, "I hope the driver will come back. That is a point we raised today with the '
        'American ambassador."'
    )
    found = one(events_of(text), "CONSULT")
    assert found.source.country == "GBR"
    assert found.target.country == "USA"


# -- praise told as a verdict on someone ------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ('The Kenyan opposition leader called the Tanzanian president "humble and principled".', "SUPPORT"),
        ('A Kenyan minister said the late Tanzanian president had been a "legendary" statesman.', "SUPPORT"),
        ('The Kenyan opposition leader called the Tanzanian president\'s remarks "idiotic".', "ACCUSE"),
    ],
    ids=["called-humble", "said-had-been-legendary", "called-idiotic"],
)
def test_a_clear_verdict_on_someone_is_praise_or_criticism(nlp: Any, sentence: str, kind: str) -> None:
    found = one(events_of(sentence), kind)
    assert found.source.country == "KEN"
    assert found.target.country == "TZA"


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "A Kenyan minister said the Tanzanian president was not a good leader.",
        "A Kenyan minister said he was a humble man.",
        "A Kenyan minister said the talks with Tanzania were very productive.",
    ],
    ids=["negated", "pronoun-may-be-the-speaker", "a-thing-not-a-person"],
)
def test_no_praise_without_a_clear_verdict_on_someone_named(nlp: Any, sentence: str) -> None:
    assert [e for e in events_of(sentence) if e.type == "SUPPORT"] == []


@pytest.mark.model
def test_a_bad_verdict_on_an_act_told_before_is_criticism_of_whoever_did_it(nlp: Any) -> None:
    opening = "The Kenyan government announced a new tax on mobile money on Monday. "
    said = 'The Kenyan opposition leader said the decision was "a disgrace".'
    found = one(events_of(opening + said), "ACCUSE")
    assert found.source.country == "KEN"
    assert found.source.sector == "OPP"
    assert found.target.country == "KEN"
    # an act not referred back to ("a decision") is no act the story told
    unsure = 'The Kenyan opposition leader said a decision was "a disgrace".'
    assert [e for e in events_of(opening + unsure) if e.type == "ACCUSE"] == []
