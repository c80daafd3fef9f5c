"""The codebook: packaged data, look-ups, and validation of a faulty file."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from tidings import codebook as cb
from tidings.errors import DataFileError
from tidings.knowledge import trigger_lexicon
from tidings.records import PLOVER_TYPES

DATA = Path(cb.__file__).parent / "data" / cb.DATA_FILE


@pytest.fixture(scope="module")
def raw() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


def write(tmp_path: Path, doc: object) -> Path:
    path = tmp_path / "codebook.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


# --- packaged data ---------------------------------------------------------------------------------------


def test_packaged_codebook_loads():
    book = cb.load_codebook()
    assert book.version == 1
    assert tuple(book.types) == PLOVER_TYPES
    assert cb.codebook() is cb.codebook()  # loaded once


def test_every_root_and_three_digit_code_present():
    book = cb.codebook()
    for root in range(1, 21):
        assert f"{root:02d}" in book.cameo
        assert f"{root:02d}0" in book.cameo
    three = [c for c in book.cameo if len(c) == 3]
    assert len(three) >= 140


def test_every_code_of_the_conversion_table_is_covered(raw, shared_dir):
    table = shared_dir / "corpus" / "plover" / "CAMEO2PLOVER-2021.txt"
    codes = set()
    for line in table.read_text(encoding="utf-8").splitlines():
        head = line.split("#", 1)[0].split(":", 1)[0].strip()
        if head.isdigit():
            codes.add(head)
    assert codes - set(raw["cameo"]) == set()


@pytest.mark.parametrize(
    ("code", "goldstein"),
    [
        ("010", 0.0),
        ("036", 4.0),
        ("040", 1.0),
        ("042", 1.9),
        ("043", 2.8),
        ("051", 3.4),
        ("057", 8.0),
        ("111", -2.0),
        ("112", -2.0),
        ("130", -4.4),
        ("138", -7.0),
        ("145", -7.5),
        ("173", -5.0),
        ("180", -9.0),
        ("190", -10.0),
        ("193", -10.0),
        ("195", -10.0),
        ("200", -10.0),
    ],
)
def test_goldstein_spot_values(code, goldstein):
    entry = cb.cameo(code)
    assert entry is not None
    assert entry.goldstein == goldstein


@pytest.mark.parametrize(
    ("code", "quad"),
    [
        ("010", 1),
        ("057", 1),
        ("060", 2),
        ("0841", 2),
        ("090", 3),
        ("1053", 3),
        ("139", 3),
        ("141", 4),
        ("2042", 4),
    ],
)
def test_quad_class_follows_root(code, quad):
    entry = cb.cameo(code)
    assert entry is not None
    assert entry.quad_class == quad


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("041", ("CONSULT", "phone")),
        ("042", ("CONSULT", "visit")),
        ("173", ("COERCE", "arrest")),
        ("1053", ("REQUEST", "yield")),
        ("0871", ("RETREAT", "ceasefire")),
        ("1712", ("ASSAULT", "seize")),
        ("191", ("COERCE", "restrict")),
        ("020", ("REQUEST", None)),  # appeals are requests
        ("163", ("SANCTION", "restrict")),  # guideline override of the 2021 table
        ("057", ("AGREE", "sign")),  # guideline override
        ("0841", ("CONCEDE", "release")),  # guideline override
        ("0842", ("RETREAT", "return")),
    ],
)
def test_plover_for_cameo(code, expected):
    assert cb.plover_for_cameo(code) == expected


def test_plover_for_cameo_walks_up_prefixes():
    assert cb.plover_for_cameo("1951") == cb.plover_for_cameo("195")  # 4-digit code not in the book
    assert cb.plover_for_cameo("1999") == ("ASSAULT", None)  # only the root is known
    assert cb.plover_for_cameo("18") == ("ASSAULT", None)


def test_plover_for_cameo_unmapped_and_unknown():
    assert cb.plover_for_cameo("010") is None  # public statements are not PLOVER events
    assert cb.plover_for_cameo("0199") is None
    assert cb.plover_for_cameo("99") is None
    assert cb.plover_for_cameo("") is None
    assert cb.plover_for_cameo("abc") is None


def test_cameo_unknown_is_none():
    assert cb.cameo("999") is None
    assert cb.cameo("1951") is None
    assert cb.cameo(None) is None  # type: ignore[arg-type]


def test_overridden_entries_record_the_table_type(raw):
    for code, entry in raw["cameo"].items():
        if "plover_2021" in entry:
            assert entry["plover_2021"] != entry["plover"], code
            assert entry.get("note"), code


def test_types_defaults_and_quad_classes():
    assert cb.plover_default_cameo("AGREE") == "030"
    assert cb.plover_default_cameo("CONSULT") == "040"
    assert cb.quad_class("AGREE") == 1
    assert cb.quad_class("AID") == 2
    assert cb.quad_class("ACCUSE") == 3
    assert cb.quad_class("ASSAULT") == 4
    for name in PLOVER_TYPES:
        default = cb.cameo(cb.plover_default_cameo(name))
        assert default is not None
        assert default.quad_class == cb.quad_class(name)
        assert default.plover == name


def test_unknown_type_is_value_error():
    with pytest.raises(ValueError, match="FIGHT"):
        cb.quad_class("FIGHT")
    with pytest.raises(ValueError):
        cb.coding_for("agree", None)


def test_coding_for():
    assert cb.coding_for("CONSULT", None) == ("040", 1, 1.0)
    assert cb.coding_for("CONSULT", "042") == ("042", 1, 1.9)
    assert cb.coding_for("ASSAULT", "195") == ("195", 4, -10.0)
    assert cb.coding_for("ASSAULT", "1951") == ("195", 4, -10.0)  # nearest known prefix
    assert cb.coding_for("COERCE", "zzz") == ("170", 4, -7.0)  # unusable code: the default
    assert cb.coding_for("REQUEST", "") == ("020", 1, 3.0)


def test_all_entries_consistent():
    book = cb.codebook()
    for code, entry in book.cameo.items():
        assert entry.code == code
        assert -10.0 <= entry.goldstein <= 10.0
        assert entry.plover is None or entry.plover in PLOVER_TYPES
        if len(code) > 2:
            assert code[:-1] in book.cameo


# --- validation of a faulty file -------------------------------------------------------------------------


def test_valid_copy_loads_from_path(tmp_path, raw):
    book = cb.load_codebook(write(tmp_path, raw))
    assert book.cameo["042"].goldstein == 1.9


@pytest.mark.parametrize(
    ("mutate", "needle"),
    [
        (lambda d: d["cameo"]["042"].update(goldstein=12.5), "'042'"),
        (lambda d: d["cameo"]["042"].update(goldstein="high"), "'042'"),
        (lambda d: d["cameo"]["190"].update(goldstein=-10.5), "outside -10..10"),
        (lambda d: d["cameo"]["042"].update(quad_class=5), "quad_class"),
        (lambda d: d["cameo"]["042"].update(quad_class=1.0), "quad_class"),
        (lambda d: d["cameo"]["042"].update(quad_class=3), "does not match root"),
        (lambda d: d["cameo"]["042"].update(plover="MEET"), "'MEET'"),
        (lambda d: d["cameo"]["042"].pop("label"), "label"),
        (lambda d: d["cameo"].update({"211": d["cameo"]["200"]}), "'211'"),
        (lambda d: d["cameo"].pop("14"), "root code missing"),
        (lambda d: d["cameo"].pop("087"), "parent code 087"),
        (lambda d: d["types"].update(FIGHT=d["types"]["ASSAULT"]), "'FIGHT'"),
        (lambda d: d["types"].pop("AID"), "AID"),
        (lambda d: d["types"]["AGREE"].update(quad_class=0), "'AGREE'"),
        (lambda d: d["types"]["AGREE"].update(quad_class=3), "differs from its default"),
        (lambda d: d["types"]["AGREE"].update(default_cameo="999"), "'999'"),
        (lambda d: d.update(version=2), "version"),
    ],
)
def test_validation_names_file_and_entry(tmp_path, raw, mutate, needle):
    doc = copy.deepcopy(raw)
    mutate(doc)
    path = write(tmp_path, doc)
    with pytest.raises(DataFileError) as err:
        cb.load_codebook(path)
    message = str(err.value)
    assert str(path) in message
    assert needle in message


def test_bad_json_and_missing_file(tmp_path):
    bad = tmp_path / "codebook.json"
    bad.write_text('{"version": 1,', encoding="utf-8")
    with pytest.raises(DataFileError, match="invalid JSON"):
        cb.load_codebook(bad)
    with pytest.raises(DataFileError, match="cannot read"):
        cb.load_codebook(tmp_path / "absent.json")
    with pytest.raises(DataFileError, match="top level"):
        cb.load_codebook(write(tmp_path, []))


def test_every_trigger_code_is_of_its_entrys_type():
    # an export pairs the event's type with its CAMEO code: the codebook must map that code back to the type,
    # or a CAMEO user and a PLOVER user read different events ("censor" was coded violent repression, 175,
    # which the codebook maps to ASSAULT)
    lex = trigger_lexicon()
    entries = [
        *lex.verbs.values(),
        *lex.phrasal.values(),
        *lex.nouns.values(),
        *lex.compound_nouns.values(),
        *lex.adjectives.values(),
    ]
    assert len(entries) > 600
    wrong = {}
    for trig in entries:
        if trig.cameo:
            mapped = cb.plover_for_cameo(trig.cameo)
            if mapped is None or mapped[0] != trig.type:
                wrong[trig.lemma] = (trig.type, trig.cameo, mapped)
    assert wrong == {}


def test_bans_are_sanctions_and_curfews_coercion():
    # our guidelines: bans and restrictions are SANCTION, censorship and curfews COERCE (docs/codebook.md)
    assert cb.plover_for_cameo("172") == ("SANCTION", "restrict")
    assert cb.plover_for_cameo("1721")[0] == cb.plover_for_cameo("1723")[0] == "COERCE"
    assert cb.cameo("172").note and "COERCE" in cb.cameo("172").note
