"""The knowledge files roles.json and organisations.json: schema, consistency and spot checks."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from tidings.records import SECTORS

ISO3 = re.compile(r"^[A-Z]{3}$")
ORG_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]*$")


def load(name: str) -> dict:
    return json.loads((resources.files("tidings") / "data" / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def roles() -> dict:
    return load("roles.json")


@pytest.fixture(scope="module")
def orgs() -> dict:
    return load("organisations.json")


def form_sectors(roles: dict) -> dict[str, str]:
    return {form: role["sector"] for role in roles["roles"] for form in role["forms"]}


# --- roles.json -------------------------------------------------------------------------------------------


def test_roles_schema(roles):
    assert roles["version"] == 1
    assert isinstance(roles["roles"], list) and roles["roles"]
    required = {"title": str, "sector": str, "forms": list, "head_of_state": bool, "collective": bool}
    optional = {"head_of_government": bool, "note": str, "speaks_for": bool, "country": str}
    for role in roles["roles"]:
        for key, kind in required.items():
            assert isinstance(role.get(key), kind), (role.get("title"), key)
        for key in set(role) - set(required):
            assert key in optional, (role["title"], key)
            assert isinstance(role[key], optional[key]), (role["title"], key)
        assert role["forms"], role["title"]
        assert all(isinstance(f, str) and f.strip() == f and f for f in role["forms"]), role["title"]


def test_roles_titles_unique(roles):
    titles = [r["title"] for r in roles["roles"]]
    assert len(titles) == len(set(titles))


def test_roles_sectors_known(roles):
    for role in roles["roles"]:
        assert role["sector"] in SECTORS, role["title"]


def test_roles_forms_lower_case_and_single_spaced(roles):
    for role in roles["roles"]:
        for form in role["forms"]:
            assert form == form.lower(), form
            assert "  " not in form, form


def test_no_form_under_two_sectors(roles):
    seen: dict[str, str] = {}
    for role in roles["roles"]:
        for form in role["forms"]:
            assert seen.setdefault(form, role["sector"]) == role["sector"], form


def test_no_form_listed_twice(roles):
    forms = [f for r in roles["roles"] for f in r["forms"]]
    assert len(forms) == len(set(forms))


def test_roles_coverage(roles):
    forms = form_sectors(roles)
    assert len(forms) >= 250
    covered = set(forms.values())
    assert covered >= set(SECTORS) - {"IGO"}


@pytest.mark.parametrize(
    ("form", "sector"),
    [
        ("president", "GOV"),
        ("presidents", "GOV"),
        ("prime minister", "GOV"),
        ("foreign minister", "GOV"),
        ("ambassador", "GOV"),
        ("government", "GOV"),
        ("authorities", "GOV"),
        ("chief executive", "GOV"),
        ("defence minister", "MIL"),
        ("defense secretary", "MIL"),
        ("minister of defence", "MIL"),
        ("troops", "MIL"),
        ("security forces", "MIL"),
        ("police", "COP"),
        ("riot police", "COP"),
        ("border guards", "COP"),
        ("supreme court", "JUD"),
        ("prosecutors", "JUD"),
        ("attorney general", "JUD"),
        ("lawmakers", "LEG"),
        ("mps", "LEG"),
        ("members of parliament", "LEG"),
        ("opposition leader", "OPP"),
        ("rebels", "REB"),
        ("militants", "REB"),
        ("gunmen", "REB"),
        ("protesters", "CVL"),
        ("demonstrators", "CVL"),
        ("civilians", "CVL"),
        ("journalists", "MED"),
        ("newspaper", "MED"),
        ("company", "BUS"),
        ("chief executive officer", "BUS"),
        ("cleric", "REL"),
        ("pope", "REL"),
        ("smugglers", "CRM"),
        ("drug traffickers", "CRM"),
        ("rights groups", "NGO"),
        ("charity", "NGO"),
        ("leader", "UNK"),
        ("attackers", "UNK"),
    ],
)
def test_role_spot_checks(roles, form, sector):
    assert form_sectors(roles)[form] == sector


def test_role_flags(roles):
    by_form = {f: r for r in roles["roles"] for f in r["forms"]}
    assert by_form["president"]["head_of_state"] is True
    assert by_form["king"]["head_of_state"] is True
    assert by_form["prime minister"]["head_of_state"] is False
    assert by_form["prime minister"]["head_of_government"] is True
    assert by_form["president"]["collective"] is False
    for form in ("protesters", "police", "troops", "government", "ministry", "parliament", "court", "rebels"):
        assert by_form[form]["collective"] is True, form


def test_us_and_uk_spellings(roles):
    forms = form_sectors(roles)
    for uk, us in [("defence ministry", "defense ministry"), ("aid organisation", "aid organization")]:
        assert forms[uk] == forms[us]


# --- organisations.json -----------------------------------------------------------------------------------


def test_orgs_schema(orgs):
    assert orgs["version"] == 1
    assert isinstance(orgs["organisations"], list) and orgs["organisations"]
    allowed = {"code", "names", "sector", "country", "parent", "note"}
    for org in orgs["organisations"]:
        assert set(org) <= allowed, org
        assert isinstance(org["code"], str) and ORG_CODE.match(org["code"]), org["code"]
        assert isinstance(org["names"], list) and org["names"], org["code"]
        assert all(isinstance(n, str) and n and n.strip() == n for n in org["names"]), org["code"]
        assert org["country"] is None or (isinstance(org["country"], str) and ISO3.match(org["country"]))
        assert isinstance(org.get("note", ""), str)


def test_org_codes_unique(orgs):
    codes = [o["code"] for o in orgs["organisations"]]
    assert len(codes) == len(set(codes))


def test_org_names_unique(orgs):
    names = [n for o in orgs["organisations"] for n in o["names"]]
    assert len(names) == len(set(names))


def test_org_sectors_known(orgs):
    for org in orgs["organisations"]:
        assert org["sector"] in SECTORS, org["code"]


def test_org_parents_exist(orgs):
    codes = {o["code"] for o in orgs["organisations"]}
    for org in orgs["organisations"]:
        if "parent" in org:
            assert org["parent"] in codes and org["parent"] != org["code"], org["code"]


def test_igos_have_no_country(orgs):
    for org in orgs["organisations"]:
        if org["sector"] == "IGO":
            assert org["country"] is None, org["code"]


def test_guideline_org_list_present(orgs):
    codes = {o["code"] for o in orgs["organisations"]}
    guideline = {
        "UN",
        "EU",
        "NATO",
        "AU",
        "ARL",
        "G7",
        "G20",
        "INTERPOL",
        "OPEC",
        "ASEAN",
        "ICC",
        "IAEA",
        "WHO",
    }
    guideline |= {"OSCE", "GCC", "IMF", "WORLDBANK"}
    assert guideline <= codes
    assert len(codes) >= 80


@pytest.mark.parametrize(
    ("name", "code", "sector", "country"),
    [
        ("United Nations", "UN", "IGO", None),
        ("U.N.", "UN", "IGO", None),
        ("UN Security Council", "UN", "IGO", None),
        ("United Nations General Assembly", "UN", "IGO", None),
        ("UNESCO", "UNESCO", "IGO", None),
        ("UNHCR", "UNHCR", "IGO", None),
        ("European Commission", "EU", "IGO", None),
        ("Arab League", "ARL", "IGO", None),
        ("World Bank", "WORLDBANK", "IGO", None),
        ("Red Cross", "ICRC", "NGO", None),
        ("Doctors Without Borders", "MSF", "NGO", None),
        ("Human Rights Watch", "HRW", "NGO", None),
        ("Hamas", "HAMAS", "REB", "PSE"),
        ("Hezbollah", "HEZBOLLAH", "REB", "LBN"),
        ("Taliban", "TALIBAN", "REB", "AFG"),
        ("ISIS", "IS", "REB", None),
        ("Daesh", "IS", "REB", None),
        ("al-Qaeda", "AQ", "REB", None),
        ("al-Shabaab", "SHABAAB", "REB", "SOM"),
        ("Boko Haram", "BOKOHARAM", "REB", "NGA"),
        ("Ansar Allah", "HOUTHI", "REB", "YEM"),
        ("PKK", "PKK", "REB", "TUR"),
        ("Xinhua", "XINHUA", "MED", "CHN"),
    ],
)
def test_org_spot_checks(orgs, name, code, sector, country):
    by_name = {n: o for o in orgs["organisations"] for n in o["names"]}
    org = by_name[name]
    assert (org["code"], org["sector"], org["country"]) == (code, sector, country)


def test_adjective_homographs_are_role_forms(roles):
    # a word listed as naming no actor when it is an adjective must be a role form, else the list does nothing
    forms = {form for role in roles["roles"] for form in role["forms"]}
    words = roles["adjective_homographs"]["words"]
    assert words and all(word in forms for word in words), sorted(set(words) - forms)
