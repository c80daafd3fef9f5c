"""Whose an act is when a name owns it: the name without its possessive, and the one arrested or killed as
the owner of the arrest or the killing. Rules of extraction with the real model, on short articles written
for the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from test_circumstances import events_of  # one short article in, its events out
from test_pronouns_and_titles import names  # (source name, target name) of each event of one type

pytestmark = pytest.mark.model


def test_a_name_that_owns_something_is_named_without_its_possessive(nlp: Any) -> None:
    text = "Localist group Civic Passion's Wong Yeung-tat lost in Hong Kong and resigned as its leader."
    assert [s for s, _ in names(events_of(text), "CONCEDE")] == ["Civic Passion"]


@pytest.mark.parametrize(
    ("text", "arrested"),
    [
        (
            "Georgian tennis player Nikoloz Basilashvili appeared in a Tbilisi court on Monday. The Georgian "
            "Tennis Federation released a statement addressing Basilashvili's arrest.",
            "Nikoloz Basilashvili",
        ),
        (
            "Opposition leader Alexei Navalny returned to Moscow in January. His arrest at the airport drew "
            "protests across Russia.",
            "Alexei Navalny",
        ),
    ],
    ids=["name", "pronoun"],
)
def test_the_owner_of_an_arrest_is_the_one_arrested(nlp: Any, text: str, arrested: str) -> None:
    assert [t for _, t in names(events_of(text), "COERCE")] == [arrested]


def test_the_owner_of_an_expulsion_of_someone_expels(nlp: Any) -> None:
    # control: with the one expelled after "of", the owner is the one who expels
    events = events_of("Russia's expulsion of ten Polish diplomats angered Warsaw.")
    assert [s for s, _ in names(events, "SANCTION")] == ["Russia"]
