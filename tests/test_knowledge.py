"""The knowledge files under tidings/data: they load, and a malformed entry is reported with its file name."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tidings import knowledge
from tidings.errors import DataFileError, TidingsError
from tidings.knowledge import _trigger, actor_lexicon, gazetteer, load_data_file, trigger_lexicon
from tidings.records import PLOVER_TYPES, SECTORS

REAL_LOAD = knowledge.load_data_file


def _clear_caches() -> None:
    for cached in (gazetteer, actor_lexicon, trigger_lexicon):
        cached.cache_clear()


@pytest.fixture
def fake_data(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, dict[str, Any]]]:
    """Replace chosen data files (by name) with in-memory content; the others load as installed."""
    files: dict[str, dict[str, Any]] = {}

    def load(name: str) -> dict[str, Any]:
        return files[name] if name in files else REAL_LOAD(name)

    monkeypatch.setattr(knowledge, "load_data_file", load)
    _clear_caches()
    yield files
    _clear_caches()  # later tests get the real data back


# -- the installed data --------------------------------------------------------------------------------------
def test_gazetteer_loads_countries_capitals_and_places() -> None:
    gaz = gazetteer()
    syria = gaz.countries["SYR"]
    assert (syria.name, syria.capital) == ("Syria", "Damascus")
    assert gaz.capitals["damascus"] == "SYR"
    assert gaz.country_of_word("Syrian") == "SYR"
    assert gaz.country_of_word("Syrians") == "SYR"
    assert gaz.country_of_word("the United States") == "USA"
    assert gaz.country_of_word("US") == "USA"
    assert gaz.country_of_word("us") is None  # acronyms are case-sensitive: the pronoun is not a country
    assert gaz.country_of_word("Atlantis") is None
    assert len(gaz.countries) > 190
    assert all(len(iso3) == 3 and iso3.isupper() for iso3 in gaz.countries)
    assert all(entries for entries in gaz.places.values())


def test_actor_lexicon_loads_roles_and_organisations() -> None:
    lex = actor_lexicon()
    assert lex.roles["president"].sector == "GOV"
    assert lex.roles["defense minister"].sector == "MIL"
    assert all(role.sector in SECTORS for role in lex.roles.values())
    assert all(org.sector in SECTORS for org in [*lex.orgs.values(), *lex.org_acronyms.values()])
    assert lex.max_role_words >= 2
    assert lex.org_acronyms["UN"].country is None


def test_trigger_lexicon_loads() -> None:
    lex = trigger_lexicon()
    meet = lex.verbs["meet"]
    assert (meet.type, meet.cameo) == ("CONSULT", "040")
    assert "with" in meet.target_preps
    assert lex.nouns["meeting"].type == "CONSULT"
    assert ("air", "strike") in lex.compound_nouns
    assert "hold" in lex.light_verbs and "say" in lex.reporting_verbs and "reportedly" in lex.hedge_words
    every = [*lex.verbs.values(), *lex.phrasal.values(), *lex.nouns.values(), *lex.compound_nouns.values()]
    assert all(t.type in PLOVER_TYPES for t in every)
    assert all(v in PLOVER_TYPES for t in every for v in t.by_object.values())


def test_loaders_are_cached() -> None:
    assert gazetteer() is gazetteer()
    assert trigger_lexicon() is trigger_lexicon()


def test_every_data_file_has_version_one() -> None:
    names = (
        "countries.json",
        "places.json",
        "roles.json",
        "organisations.json",
        "triggers.json",
        "figures.json",
        "companies.json",
    )
    for name in names:
        assert load_data_file(name)["version"] == 1


def test_missing_data_file_is_named() -> None:
    with pytest.raises(DataFileError) as info:
        load_data_file("no-such-file.json")
    assert str(info.value) == "data/no-such-file.json: missing from the installed package"
    assert isinstance(info.value, TidingsError) and info.value.exit_code == 3


# -- malformed entries ---------------------------------------------------------------------------------------
def test_trigger_with_unknown_type_names_the_file_and_entry() -> None:
    with pytest.raises(DataFileError) as info:
        _trigger("meet", {"type": "MEETUP", "cameo": "040"}, "verb")
    assert str(info.value) == "data/triggers.json: verb 'meet' has unknown type 'MEETUP'"


def test_trigger_with_bad_object_mapping_names_the_file_and_entry() -> None:
    with pytest.raises(DataFileError) as info:
        _trigger("hold", {"type": "CONSULT", "by_object": {"talks": "CHAT"}}, "verb")
    assert str(info.value) == "data/triggers.json: verb 'hold' maps an object to 'CHAT'"


def test_well_formed_trigger_entry() -> None:
    trig = _trigger(
        "meet", {"type": "CONSULT", "cameo": 40, "target_preps": ["with"], "symmetric": True}, "verb"
    )
    assert (trig.lemma, trig.type, trig.cameo, trig.target_preps, trig.symmetric) == (
        "meet",
        "CONSULT",
        "40",
        ("with",),
        True,
    )
    assert trig.object_is_target is True and trig.requires_object == frozenset()


def test_malformed_triggers_file_raises_with_the_file_name(fake_data: dict[str, dict[str, Any]]) -> None:
    fake_data["triggers.json"] = {
        "version": 1,
        "verbs": {"meet": {"type": "CONSULT"}},
        "nouns": {"round of talks": {"type": "CONSULT"}},
    }
    with pytest.raises(DataFileError) as info:
        trigger_lexicon()
    assert str(info.value) == "data/triggers.json: noun 'round of talks' has more than two words"
    fake_data["triggers.json"] = {"version": 1, "phrasal": {"call on": {"type": "REQUESTS"}}}
    trigger_lexicon.cache_clear()
    with pytest.raises(DataFileError) as info:
        trigger_lexicon()
    assert str(info.value) == "data/triggers.json: phrasal verb 'call on' has unknown type 'REQUESTS'"


def test_a_phrasal_set_stands_for_every_verb_with_every_object_of_a_group(
    fake_data: dict[str, dict[str, Any]],
) -> None:
    entry = {"type": "REQUEST", "mode": "call", "cameo": "020"}
    groups = [
        {"verbs": ["call", "phone"], "objects": ["police", "ambulance"]},
        {"verbs": ["call", "alert"], "objects": ["police"]},  # a pair in two groups is one entry
    ]
    fake_data["triggers.json"] = {"version": 1, "phrasal_sets": {"help": {"entry": entry, "groups": groups}}}
    phrasal = trigger_lexicon().phrasal
    assert set(phrasal) == {("call", "police"), ("call", "ambulance"), ("phone", "police"),
                            ("phone", "ambulance"), ("alert", "police")}  # fmt: skip
    assert phrasal[("phone", "ambulance")].type == "REQUEST"
    assert phrasal[("phone", "ambulance")].lemma == "phone ambulance"


def test_a_phrasal_set_may_not_repeat_a_phrasal_entry(fake_data: dict[str, dict[str, Any]]) -> None:
    entry = {"type": "REQUEST"}
    fake_data["triggers.json"] = {
        "version": 1,
        "phrasal": {"call police": entry},
        "phrasal_sets": {"help": {"entry": entry, "groups": [{"verbs": ["call"], "objects": ["police"]}]}},
    }
    with pytest.raises(DataFileError) as info:
        trigger_lexicon()
    assert str(info.value) == "data/triggers.json: phrasal set 'help' repeats 'call police' of phrasal"
    fake_data["triggers.json"] = {
        "version": 1,
        "phrasal_sets": {
            "help": {"entry": {"type": "CALL"}, "groups": [{"verbs": ["ring"], "objects": ["police"]}]}
        },
    }
    trigger_lexicon.cache_clear()
    with pytest.raises(DataFileError) as info:
        trigger_lexicon()
    assert str(info.value) == "data/triggers.json: phrasal set 'help': 'ring police' has unknown type 'CALL'"


def test_the_installed_calls_for_help_are_verb_object_entries() -> None:
    phrasal = trigger_lexicon().phrasal
    assert phrasal[("ring", "coastguard")].type == "REQUEST"
    assert phrasal[("notify", "authority")].mode == "call"
    assert ("ring", "authority") not in phrasal  # only the pairs of a group


def test_bad_country_code_raises_with_the_file_name(fake_data: dict[str, dict[str, Any]]) -> None:
    fake_data["countries.json"] = {"version": 1, "countries": [{"iso3": "sy", "name": "Syria"}]}
    with pytest.raises(DataFileError) as info:
        gazetteer()
    assert str(info.value) == "data/countries.json: bad iso3 in entry 'Syria'"


def test_bad_role_sector_raises_with_the_file_name(fake_data: dict[str, dict[str, Any]]) -> None:
    fake_data["roles.json"] = {"version": 1, "roles": [{"title": "warlord", "sector": "WAR"}]}
    with pytest.raises(DataFileError) as info:
        actor_lexicon()
    assert str(info.value) == "data/roles.json: unknown sector 'WAR' for 'warlord'"


def test_a_figure_without_a_country_code_raises_with_the_file_name(
    fake_data: dict[str, dict[str, Any]],
) -> None:
    fake_data["figures.json"] = {"version": 1, "figures": [{"name": "Jane Roe", "country": "Ruritania"}]}
    with pytest.raises(DataFileError) as info:
        actor_lexicon()
    assert str(info.value) == "data/figures.json: no country code for 'Jane Roe'"


def test_a_company_without_a_country_code_raises_with_the_file_name(
    fake_data: dict[str, dict[str, Any]],
) -> None:
    fake_data["companies.json"] = {"version": 1, "companies": [{"names": ["Acme"], "country": "usa"}]}
    with pytest.raises(DataFileError) as info:
        actor_lexicon()
    assert str(info.value) == "data/companies.json: no country code for 'Acme'"


def test_a_role_with_a_bad_country_code_raises_with_the_file_name(
    fake_data: dict[str, dict[str, Any]],
) -> None:
    fake_data["roles.json"] = {
        "version": 1,
        "roles": [{"title": "doge", "sector": "GOV", "country": "Venice"}],
    }
    with pytest.raises(DataFileError) as info:
        actor_lexicon()
    assert str(info.value) == "data/roles.json: 'Venice' for 'doge' is no ISO 3166 alpha-3 code"


def test_real_data_is_back_after_a_fake(fake_data: dict[str, dict[str, Any]]) -> None:
    fake_data["triggers.json"] = {"version": 1, "verbs": {"meet": {"type": "AGREE"}}}
    assert trigger_lexicon().verbs["meet"].type == "AGREE"
    assert "attack" not in trigger_lexicon().verbs


def test_real_triggers_after_faking() -> None:
    # runs after the tests above: the fixture cleared the caches, so the installed file is read again
    assert trigger_lexicon().verbs["meet"].type == "CONSULT"
    assert "attack" in trigger_lexicon().verbs
