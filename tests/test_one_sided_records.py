"""An act usually aimed at someone (agreeing, refusing, asking, banning, pulling back) found with nobody it
was aimed at needs more to go on than a trigger: below a confidence floor it is not recorded. Acts one party
does by itself (stepping down, protesting, deploying) are recorded without a target as before. Rules of
extraction (the fifteenth round) with the real model, on short articles written for the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from test_circumstances import events_of  # one short article in, its events out
from tidings.extract import ALONE, NEEDS_TARGET, ONE_SIDED_FLOOR

# two sentences before the one under test, so that it is told below the article's lead
OPENING = (
    "The Chilean football federation held its annual congress in Santiago on Monday. "
    "Delegates elected a new president and approved the budget for next season. "
)


def untargeted(text: str, kind: str) -> list[Any]:
    return [e for e in events_of(text) if e.type == kind and (e.target is None or not e.target.key)]


def test_the_kinds_of_act_do_not_overlap() -> None:
    assert not ALONE & NEEDS_TARGET
    assert 0.0 < ONE_SIDED_FLOOR < 1.0


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The Chilean senate did not ratify the accord.", "AGREE"),
        ("Later the Chilean senate would have to ratify the accord.", "AGREE"),
        ("The Chilean captain retreated to his home town.", "RETREAT"),
    ],
    ids=["negated", "hypothetical", "private-retreat"],
)
def test_a_weak_act_with_nobody_it_was_aimed_at_is_not_recorded(nlp: Any, sentence: str, kind: str) -> None:
    assert untargeted(OPENING + sentence, kind) == []


@pytest.mark.model
def test_the_same_act_told_in_the_lead_with_its_day_is_recorded(nlp: Any) -> None:
    found = untargeted("The Chilean senate did not ratify the accord on Monday.", "AGREE")
    assert len(found) == 1
    assert found[0].source.country == "CHL"
    assert found[0].modality == "negated"
    assert found[0].confidence >= ONE_SIDED_FLOOR


@pytest.mark.model
def test_an_act_one_party_does_alone_is_recorded_however_weak(nlp: Any) -> None:
    found = untargeted(OPENING + "The Chilean army did not deploy.", "MOBILIZE")
    assert len(found) == 1
    assert found[0].source.country == "CHL"
    assert found[0].confidence < ONE_SIDED_FLOOR
