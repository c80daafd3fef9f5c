"""Whom a matter is discussed with: rules of extraction with the real model, on short articles written for
the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from test_circumstances import events_of  # one short article in, its events out
from test_pronouns_and_titles import names  # (source name, target name) of each event of one type

pytestmark = pytest.mark.model


def test_a_person_after_an_act_discussed_is_the_one_talked_with(nlp: Any) -> None:
    # the parser hangs "with Chancellor Scholz" on "war": a person is talked with, not warred with
    text = "President Macron discussed the war in Ukraine with Chancellor Scholz in Berlin on Monday."
    assert names(events_of(text), "CONSULT") == [("Macron", "Scholz")]


def test_a_counterpart_after_a_matter_discussed_is_the_one_talked_with(nlp: Any) -> None:
    # control: a matter that is no act of the lexicon ("the crisis") had it already
    text = (
        "The Egyptian foreign minister discussed the crisis in Gaza with his Jordanian counterpart on Sunday."
    )
    found = [(e.source.country, e.target.country) for e in events_of(text) if e.type == "CONSULT"]
    assert found == [("EGY", "JOR")]


def test_what_is_discussed_with_someone_fronted_is_no_one_talked_with(nlp: Any) -> None:
    # "With us, ..." opens the sentence: no particle of the verb, so the matters are not its addressees
    text = (
        "With us, Senator Tom Hale of Ohio discusses his youth, his career, the opioid epidemic and the U.S. "
        "Supreme Court."
    )
    assert [t for _, t in names(events_of(text), "CONSULT")] == []
