"""ArticleActors on hand-built parses (copied from the English model's output; no model is loaded here)."""

from __future__ import annotations

from typing import Any

import pytest

from tidings.actors import ArticleActors, find_org, longest_role
from tidings.knowledge import actor_lexicon

# "Syrian President Bashar al-Assad met the envoy."
ASSAD_FULL = [
    ("Syrian", True, 1, "amod", "ADJ", "JJ", "syrian", "B-NORP"),
    ("President", True, 5, "compound", "PROPN", "NNP", "President", "O"),
    ("Bashar", True, 5, "compound", "PROPN", "NNP", "Bashar", "B-PERSON"),
    ("al", False, 5, "compound", "PROPN", "NNP", "al", "I-PERSON"),
    ("-", False, 5, "punct", "PROPN", "NNP", "-", "I-PERSON"),
    ("Assad", True, 6, "nsubj", "PROPN", "NNP", "Assad", "I-PERSON"),
    ("met", True, 6, "ROOT", "VERB", "VBD", "meet", "O"),
    ("the", True, 8, "det", "DET", "DT", "the", "O"),
    ("envoy", False, 6, "dobj", "NOUN", "NN", "envoy", "O"),
    (".", False, 6, "punct", "PUNCT", ".", ".", "O"),
]

# "Russian president's special envoy Alexander Lavrentiev held a meeting with Syrian President Bashar
# al-Assad in Damascus."
ENVOY = [
    ("Russian", True, 1, "amod", "ADJ", "JJ", "russian", "B-NORP"),
    ("president", False, 4, "poss", "NOUN", "NN", "president", "O"),
    ("'s", True, 1, "case", "PART", "POS", "'s", "O"),
    ("special", True, 4, "amod", "ADJ", "JJ", "special", "O"),
    ("envoy", True, 7, "nsubj", "NOUN", "NN", "envoy", "O"),
    ("Alexander", True, 6, "compound", "PROPN", "NNP", "Alexander", "B-PERSON"),
    ("Lavrentiev", True, 4, "appos", "PROPN", "NNP", "Lavrentiev", "I-PERSON"),
    ("held", True, 7, "ROOT", "VERB", "VBD", "hold", "O"),
    ("a", True, 9, "det", "DET", "DT", "a", "O"),
    ("meeting", True, 7, "dobj", "NOUN", "NN", "meeting", "O"),
    ("with", True, 9, "prep", "ADP", "IN", "with", "O"),
    ("Syrian", True, 12, "amod", "ADJ", "JJ", "syrian", "B-NORP"),
    ("President", True, 16, "compound", "PROPN", "NNP", "President", "O"),
    ("Bashar", True, 16, "compound", "PROPN", "NNP", "Bashar", "B-PERSON"),
    ("al", False, 16, "compound", "PROPN", "NNP", "al", "I-PERSON"),
    ("-", False, 16, "compound", "PROPN", "NNP", "-", "I-PERSON"),
    ("Assad", True, 10, "pobj", "PROPN", "NNP", "Assad", "I-PERSON"),
    ("in", True, 7, "prep", "ADP", "IN", "in", "O"),
    ("Damascus", False, 17, "pobj", "PROPN", "NNP", "Damascus", "B-GPE"),
    (".", False, 7, "punct", "PUNCT", ".", ".", "O"),
]

# "He referred to the meeting of defense ministers from Syria, Turkiye and Russia in Moscow."
MINISTERS = [
    ("He", True, 1, "nsubj", "PRON", "PRP", "he", "O"),
    ("referred", True, 1, "ROOT", "VERB", "VBD", "refer", "O"),
    ("to", True, 1, "prep", "ADP", "IN", "to", "O"),
    ("the", True, 4, "det", "DET", "DT", "the", "O"),
    ("meeting", True, 2, "pobj", "NOUN", "NN", "meeting", "O"),
    ("of", True, 4, "prep", "ADP", "IN", "of", "O"),
    ("defense", True, 7, "compound", "NOUN", "NN", "defense", "O"),
    ("ministers", True, 5, "pobj", "NOUN", "NNS", "minister", "O"),
    ("from", True, 7, "prep", "ADP", "IN", "from", "O"),
    ("Syria", False, 8, "pobj", "PROPN", "NNP", "Syria", "B-GPE"),
    (",", True, 9, "punct", "PUNCT", ",", ",", "O"),
    ("Turkiye", True, 9, "conj", "PROPN", "NNP", "Turkiye", "B-GPE"),
    ("and", True, 11, "cc", "CCONJ", "CC", "and", "O"),
    ("Russia", True, 11, "conj", "PROPN", "NNP", "Russia", "B-GPE"),
    ("in", True, 4, "prep", "ADP", "IN", "in", "O"),
    ("Moscow", False, 14, "pobj", "PROPN", "NNP", "Moscow", "B-GPE"),
    (".", False, 1, "punct", "PUNCT", ".", ".", "O"),
]

# "Moscow said the talks were useful."
MOSCOW_SAID = [
    ("Moscow", True, 1, "nsubj", "PROPN", "NNP", "Moscow", "B-GPE"),
    ("said", True, 1, "ROOT", "VERB", "VBD", "say", "O"),
    ("the", True, 3, "det", "DET", "DT", "the", "O"),
    ("talks", True, 4, "nsubj", "NOUN", "NNS", "talk", "O"),
    ("were", True, 1, "ccomp", "AUX", "VBD", "be", "O"),
    ("useful", False, 4, "acomp", "ADJ", "JJ", "useful", "O"),
    (".", False, 1, "punct", "PUNCT", ".", ".", "O"),
]

# "Assad met the envoy in Damascus."
ASSAD_BARE = [
    ("Assad", True, 1, "nsubj", "PROPN", "NNP", "Assad", "B-PERSON"),
    ("met", True, 1, "ROOT", "VERB", "VBD", "meet", "O"),
    ("the", True, 3, "det", "DET", "DT", "the", "O"),
    ("envoy", True, 1, "dobj", "NOUN", "NN", "envoy", "O"),
    ("in", True, 1, "prep", "ADP", "IN", "in", "O"),
    ("Damascus", False, 4, "pobj", "PROPN", "NNP", "Damascus", "B-GPE"),
    (".", False, 1, "punct", "PUNCT", ".", ".", "O"),
]

# "He said the talks were useful."
HE_SAID = [
    ("He", True, 1, "nsubj", "PRON", "PRP", "he", "O"),
    ("said", True, 1, "ROOT", "VERB", "VBD", "say", "O"),
    ("the", True, 3, "det", "DET", "DT", "the", "O"),
    ("talks", True, 4, "nsubj", "NOUN", "NNS", "talk", "O"),
    ("were", True, 1, "ccomp", "AUX", "VBD", "be", "O"),
    ("useful", False, 4, "acomp", "ADJ", "JJ", "useful", "O"),
    (".", False, 1, "punct", "PUNCT", ".", ".", "O"),
]

# "The Syrian chief executive stated that Syria supports Russia."
CHIEF_EXECUTIVE = [
    ("The", True, 3, "det", "DET", "DT", "the", "O"),
    ("Syrian", True, 3, "amod", "ADJ", "JJ", "syrian", "B-NORP"),
    ("chief", True, 3, "compound", "ADJ", "JJ", "chief", "O"),
    ("executive", True, 4, "nsubj", "NOUN", "NN", "executive", "O"),
    ("stated", True, 4, "ROOT", "VERB", "VBD", "state", "O"),
    ("that", True, 7, "mark", "SCONJ", "IN", "that", "O"),
    ("Syria", True, 7, "nsubj", "PROPN", "NNP", "Syria", "B-GPE"),
    ("supports", True, 4, "ccomp", "VERB", "VBZ", "support", "O"),
    ("Russia", False, 7, "dobj", "PROPN", "NNP", "Russia", "B-GPE"),
    (".", False, 4, "punct", "PUNCT", ".", ".", "O"),
]

# "Protesters gathered outside parliament."
PROTESTERS = [
    ("Protesters", True, 1, "nsubj", "NOUN", "NNS", "protester", "O"),
    ("gathered", True, 1, "ROOT", "VERB", "VBD", "gather", "O"),
    ("outside", True, 3, "amod", "ADJ", "JJ", "outside", "O"),
    ("parliament", False, 1, "dobj", "NOUN", "NN", "parliament", "O"),
    (".", False, 1, "punct", "PUNCT", ".", ".", "O"),
]

# "Zentrix Systems announced a deal."
COMPANY = [
    ("Zentrix", True, 1, "compound", "PROPN", "NNP", "Zentrix", "B-ORG"),
    ("Systems", True, 2, "nsubj", "PROPN", "NNPS", "Systems", "I-ORG"),
    ("announced", True, 2, "ROOT", "VERB", "VBD", "announce", "O"),
    ("a", True, 4, "det", "DET", "DT", "a", "O"),
    ("deal", False, 2, "dobj", "NOUN", "NN", "deal", "O"),
    (".", False, 2, "punct", "PUNCT", ".", ".", "O"),
]

# "The Interior Ministry announced a curfew."
MINISTRY = [
    ("The", True, 2, "det", "DET", "DT", "the", "B-ORG"),
    ("Interior", True, 2, "compound", "PROPN", "NNP", "Interior", "I-ORG"),
    ("Ministry", True, 3, "nsubj", "PROPN", "NNP", "Ministry", "I-ORG"),
    ("announced", True, 3, "ROOT", "VERB", "VBD", "announce", "O"),
    ("a", True, 5, "det", "DET", "DT", "a", "O"),
    ("curfew", False, 3, "dobj", "NOUN", "NN", "curfew", "O"),
    (".", False, 3, "punct", "PUNCT", ".", ".", "O"),
]


def _token(doc: Any, text: str, occurrence: int = 0) -> Any:
    found = [t for t in doc if t.text == text]
    return found[occurrence]


def _introduce_assad(ctx: ArticleActors, make_doc: Any) -> Any:
    """Resolve the full first mention, as the pipeline does when it meets it."""
    doc = make_doc(ASSAD_FULL)
    (actor,) = ctx.resolve(_token(doc, "Assad"))
    return actor


# -- one mention ---------------------------------------------------------------------------------------------
def test_hand_built_doc_is_parsed_as_given(make_doc: Any) -> None:
    doc = make_doc(ASSAD_FULL, ASSAD_BARE)
    assert doc.text.startswith("Syrian President Bashar al-Assad met the envoy. Assad met")
    assert [s.text for s in doc.sents] == [
        "Syrian President Bashar al-Assad met the envoy.",
        "Assad met the envoy in Damascus.",
    ]
    assert [(e.text, e.label_) for e in doc.ents][:2] == [("Syrian", "NORP"), ("Bashar al-Assad", "PERSON")]
    assert doc[13].text == "envoy" and doc[13].head.text == "met" and doc[13].dep_ == "dobj"


def test_title_and_full_name_give_country_sector_role_and_name(make_doc: Any) -> None:
    ctx = ArticleActors()
    actor = _introduce_assad(ctx, make_doc)
    assert actor.text == "Syrian President Bashar al-Assad"
    assert actor.name == "Bashar al-Assad"
    assert actor.country == "SYR"
    assert actor.sector == "GOV"
    assert actor.role == "president"
    assert actor.code == "SYRGOV"
    assert actor.basis == "explicit"
    assert ctx.last_person == actor


def test_possessive_office_gives_country_of_the_envoy(make_doc: Any) -> None:
    doc = make_doc(ENVOY)
    actors = ArticleActors().actors_of(_token(doc, "envoy"))
    assert [(a.country, a.sector) for a in actors] == [("RUS", "GOV")]
    assert actors[0].text.startswith("Russian president's special envoy")
    assert actors[0].role is not None


def test_prepositional_object_with_title_is_resolved(make_doc: Any) -> None:
    doc = make_doc(ENVOY)
    (actor,) = ArticleActors().actors_of(_token(doc, "Assad"))
    assert (actor.country, actor.sector, actor.name) == ("SYR", "GOV", "Bashar al-Assad")


def test_officials_from_several_countries_are_one_actor_each(make_doc: Any) -> None:
    doc = make_doc(MINISTERS)
    actors = ArticleActors().actors_of(_token(doc, "ministers"))
    assert [(a.country, a.sector) for a in actors] == [("SYR", "MIL"), ("TUR", "MIL"), ("RUS", "MIL")]
    assert all(a.role and "minister" in a.role for a in actors)


def test_capital_as_subject_stands_for_the_government(make_doc: Any) -> None:
    doc = make_doc(MOSCOW_SAID)
    (actor,) = ArticleActors().actors_of(doc[0])
    assert (actor.country, actor.sector, actor.code) == ("RUS", "GOV", "RUSGOV")
    assert actor.text == "Moscow"


def test_country_name_as_subject_stands_for_the_government(make_doc: Any) -> None:
    doc = make_doc(CHIEF_EXECUTIVE)
    (actor,) = ArticleActors().resolve(_token(doc, "Syria"))
    assert (actor.country, actor.sector, actor.name) == ("SYR", "GOV", "Syria")


def test_dates_and_plain_nouns_are_not_actors(make_doc: Any) -> None:
    doc = make_doc(MOSCOW_SAID)
    assert ArticleActors().resolve(_token(doc, "talks")) == []
    assert ArticleActors().resolve(_token(doc, "useful")) == []


# -- later mentions ------------------------------------------------------------------------------------------
def test_bare_surname_is_the_person_introduced_earlier(make_doc: Any) -> None:
    ctx = ArticleActors()
    first = _introduce_assad(ctx, make_doc)
    doc = make_doc(ASSAD_BARE)
    (later,) = ctx.resolve(doc[0])
    assert later.text == "Assad"
    assert (later.name, later.country, later.sector, later.role) == (
        first.name,
        first.country,
        first.sector,
        first.role,
    )
    assert later.basis == "linked"


def test_bare_surname_unknown_to_the_article_has_no_country(make_doc: Any) -> None:
    # nobody the article named, and no well-known figure of figures.json
    doc = make_doc([("Haddad", True, 1, "nsubj", "PROPN", "NNP", "Haddad", "B-PERSON"), *ASSAD_BARE[1:]])
    (actor,) = ArticleActors().resolve(doc[0])
    assert actor.name == "Haddad"
    assert actor.country is None


def test_bare_surname_of_a_well_known_figure_takes_the_figure_country(make_doc: Any) -> None:
    # "Assad" alone names Syria's president (figures.json), whatever the story's home country
    doc = make_doc(ASSAD_BARE)
    (actor,) = ArticleActors(home_country="RUS").resolve(doc[0])
    assert (actor.name, actor.country, actor.basis) == ("Assad", "SYR", "linked")


def test_he_is_the_last_person_named(make_doc: Any) -> None:
    ctx = ArticleActors()
    first = _introduce_assad(ctx, make_doc)
    doc = make_doc(HE_SAID)
    (he,) = ctx.resolve(doc[0])
    assert he.text == "He"
    assert (he.name, he.country, he.sector) == (first.name, "SYR", "GOV")
    assert he.basis == "linked"


def test_he_with_nobody_introduced_is_no_actor(make_doc: Any) -> None:
    doc = make_doc(HE_SAID)
    assert ArticleActors().resolve(doc[0]) == []


def test_definite_title_links_to_the_known_person_of_that_country(make_doc: Any) -> None:
    ctx = ArticleActors()
    first = _introduce_assad(ctx, make_doc)
    doc = make_doc(CHIEF_EXECUTIVE)
    (actor,) = ctx.resolve(_token(doc, "executive"))
    assert actor.text == "The Syrian chief executive"
    assert (actor.name, actor.country, actor.sector) == (first.name, "SYR", "GOV")
    assert actor.basis == "linked"


def test_definite_title_without_a_known_person_keeps_its_own_country(make_doc: Any) -> None:
    doc = make_doc(CHIEF_EXECUTIVE)
    (actor,) = ArticleActors().resolve(_token(doc, "executive"))
    assert actor.name is None
    assert (actor.country, actor.sector) == ("SYR", "GOV")


# -- the article's home country ------------------------------------------------------------------------------
def test_protesters_with_no_country_belong_to_the_home_country(make_doc: Any) -> None:
    doc = make_doc(PROTESTERS)
    (actor,) = ArticleActors(home_country="HKG").resolve(doc[0])
    assert (actor.country, actor.sector, actor.basis) == ("HKG", "CVL", "context")
    assert actor.code == "HKGCVL"


def test_protesters_with_no_home_country_have_no_country(make_doc: Any) -> None:
    doc = make_doc(PROTESTERS)
    (actor,) = ArticleActors().resolve(doc[0])
    assert actor.country is None and actor.sector == "CVL"


def test_unknown_company_is_not_given_the_home_country(make_doc: Any) -> None:
    doc = make_doc(COMPANY)
    (actor,) = ArticleActors(home_country="HKG").resolve(_token(doc, "Systems"))
    assert actor.text == "Zentrix Systems"
    assert actor.country is None
    assert actor.sector == "UNK"
    assert actor.key is None


def test_unnamed_ministry_is_the_home_country_government(make_doc: Any) -> None:
    doc = make_doc(MINISTRY)
    (actor,) = ArticleActors(home_country="HKG").resolve(_token(doc, "Ministry"))
    assert (actor.country, actor.sector, actor.basis) == ("HKG", "GOV", "context")


def test_home_country_from_entities_and_title(make_doc: Any) -> None:
    doc = make_doc(MINISTERS, MOSCOW_SAID)
    # entity mentions: Syria, Turkiye, Russia, Moscow, Moscow -> RUS 3 of 5; the title adds two more
    ctx = ArticleActors.for_doc(doc, "Russia hosts talks", share=0.5)
    assert ctx.home_country == "RUS"


def test_home_country_is_the_only_country_mentioned(make_doc: Any) -> None:
    assert ArticleActors.for_doc(make_doc(MOSCOW_SAID), None, share=0.5).home_country == "RUS"
    assert ArticleActors.for_doc(make_doc(HE_SAID), "Turkey's leader speaks", share=0.5).home_country == "TUR"


def test_no_home_country_without_country_mentions(make_doc: Any) -> None:
    assert ArticleActors.for_doc(make_doc(HE_SAID), None, share=0.5).home_country is None
    assert ArticleActors.for_doc(make_doc(PROTESTERS), "Crowds gather", share=0.5).home_country is None


def test_home_country_follows_headline_order_and_share(make_doc: Any) -> None:
    # a headline names its main actor first: the first country of the title leads the second
    assert ArticleActors.for_doc(make_doc(HE_SAID), "Turkey and Syria", share=0.5).home_country == "TUR"
    # a share of 1.0 is only reached when a single country is mentioned
    assert ArticleActors.for_doc(make_doc(MINISTERS), None, share=1.0).home_country is None


# -- lexicon lookups -----------------------------------------------------------------------------------------
def test_longest_role_prefers_the_multiword_title(make_doc: Any) -> None:
    doc = make_doc(CHIEF_EXECUTIVE)
    hit = longest_role(list(doc[0:4]), actor_lexicon())
    assert hit is not None
    role, start, end = hit
    assert (role.title, role.sector, start, end) == ("chief executive", "GOV", 2, 4)


@pytest.mark.parametrize("name", ["UN", "the United Nations", "NATO"])
def test_find_org_knows_international_organisations(name: str) -> None:
    org = find_org(name, actor_lexicon())
    assert org is not None and org.country is None and org.code


def test_find_org_unknown_name_is_none() -> None:
    assert find_org("Zentrix Systems", actor_lexicon()) is None
