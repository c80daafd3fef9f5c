"""The event codebook: PLOVER types, CAMEO codes, QuadClass and Goldstein scores.

The facts live in ``tidings/data/codebook.json``; this module loads that file once, validates it, and
answers look-ups. Conventions:

- CAMEO codes are strings with their leading zeros ("010", "0841"); two-digit codes ("01".."20") are the
  roots.
- QuadClass follows the CAMEO root as GDELT does: 1 verbal cooperation (01-05), 2 material cooperation
  (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20). A PLOVER type's QuadClass is that of
  its default code.
- The PLOVER mapping follows CAMEO2PLOVER-2021, except for a few codes where our annotation guidelines
  name the act under another type (each such entry carries ``plover_2021`` and a ``note``). Public
  statements (01) map to no PLOVER type; appeals (02) map to REQUEST.

Look-ups of unknown CAMEO codes return ``None``; unknown PLOVER type names are programming errors
(ValueError).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

from tidings.errors import DataFileError
from tidings.records import PLOVER_TYPES

DATA_FILE = "codebook.json"

QUAD_CLASSES: Mapping[int, str] = MappingProxyType(
    {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
)

_CODE_RE = re.compile(r"^(0[1-9]|1[0-9]|20)[0-9]{0,2}$")


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code with its scores and its PLOVER equivalent (``plover`` None: no PLOVER event)."""

    code: str
    label: str
    goldstein: float
    quad_class: int
    plover: str | None
    mode: str | None
    context: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class PloverType:
    name: str
    quad_class: int
    default_cameo: str
    description: str


@dataclass(frozen=True)
class Codebook:
    """The loaded, validated codebook. Use the module-level functions for the packaged one."""

    version: int
    plover_version: str
    types: Mapping[str, PloverType]
    cameo: Mapping[str, CameoCode]

    def lookup(self, code: str) -> CameoCode | None:
        """The entry for exactly ``code``, or None."""
        return self.cameo.get(code) if isinstance(code, str) else None

    def resolve(self, code: str | None) -> CameoCode | None:
        """The entry for ``code``, else for its nearest known prefix (4 -> 3 -> 2 digits), else None."""
        if not isinstance(code, str):
            return None
        code = code.strip()
        if not code.isdigit():
            return None
        for n in range(min(len(code), 4), 1, -1):
            entry = self.cameo.get(code[:n])
            if entry is not None:
                return entry
        return None

    def type_info(self, plover_type: str) -> PloverType:
        info = self.types.get(plover_type)
        if info is None:
            raise ValueError(
                f"unknown PLOVER type {plover_type!r}; expected one of {', '.join(PLOVER_TYPES)}"
            )
        return info

    def coding_for(self, plover_type: str, cameo_code: str | None = None) -> tuple[str, int, float]:
        """(CAMEO code, QuadClass, Goldstein) for an event of ``plover_type``.

        ``cameo_code`` is used when given and known (an unknown code falls back to its nearest known prefix);
        otherwise the type's default code is used. The code is not checked against the type.
        """
        info = self.type_info(plover_type)
        entry = self.resolve(cameo_code) if cameo_code else None
        if entry is None:
            entry = self.cameo[info.default_cameo]
        return entry.code, entry.quad_class, entry.goldstein

    def plover_for_cameo(self, code: str) -> tuple[str, str | None] | None:
        """(PLOVER type, mode) for a CAMEO code, walking up 4 -> 3 -> 2 digit prefixes; None when unmapped."""
        entry = self.resolve(code)
        if entry is None or entry.plover is None:
            return None
        return entry.plover, entry.mode


def _root_quad_class(code: str) -> int:
    root = int(code[:2])
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4


def _fail(name: str, where: str, problem: str) -> DataFileError:
    return DataFileError(f"{name}: {where}: {problem}")


def _is_quad(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value in QUAD_CLASSES


def _opt_str(value: Any) -> bool:
    return value is None or isinstance(value, str)


def _parse_cameo(name: str, code: Any, raw: Any) -> CameoCode:
    where = f"cameo {code!r}"
    if not isinstance(code, str) or not _CODE_RE.match(code):
        raise _fail(name, where, "not a CAMEO code (2-4 digits, root 01-20)")
    if not isinstance(raw, dict):
        raise _fail(name, where, "entry is not an object")
    label = raw.get("label")
    if not isinstance(label, str) or not label.strip():
        raise _fail(name, where, "missing label")
    goldstein = raw.get("goldstein")
    if not isinstance(goldstein, int | float) or isinstance(goldstein, bool):
        raise _fail(name, where, f"goldstein {goldstein!r} is not a number")
    if not -10.0 <= goldstein <= 10.0:
        raise _fail(name, where, f"goldstein {goldstein} outside -10..10")
    quad = raw.get("quad_class")
    if not _is_quad(quad):
        raise _fail(name, where, f"quad_class {quad!r} is not 1-4")
    if quad != _root_quad_class(code):
        raise _fail(name, where, f"quad_class {quad} does not match root {code[:2]}")
    plover = raw.get("plover")
    if plover is not None and plover not in PLOVER_TYPES:
        raise _fail(name, where, f"unknown PLOVER type {plover!r}")
    mode = raw.get("mode")
    if not _opt_str(mode):
        raise _fail(name, where, f"mode {mode!r} is not a string or null")
    context = raw.get("context", [])
    if not isinstance(context, list) or not all(isinstance(c, str) for c in context):
        raise _fail(name, where, "context is not a list of strings")
    note = raw.get("note")
    if not _opt_str(note):
        raise _fail(name, where, "note is not a string")
    return CameoCode(code, label, float(goldstein), quad, plover, mode or None, tuple(context), note)


def _parse(name: str, doc: Any) -> Codebook:
    if not isinstance(doc, dict):
        raise DataFileError(f"{name}: top level is not an object")
    if doc.get("version") != 1:
        raise _fail(name, "version", f"unsupported version {doc.get('version')!r}")
    raw_cameo = doc.get("cameo")
    raw_types = doc.get("types")
    if not isinstance(raw_cameo, dict) or not raw_cameo:
        raise _fail(name, "cameo", "missing or empty")
    if not isinstance(raw_types, dict):
        raise _fail(name, "types", "missing")

    cameo = {code: _parse_cameo(name, code, raw) for code, raw in raw_cameo.items()}
    for root in range(1, 21):
        if f"{root:02d}" not in cameo:
            raise _fail(name, f"cameo {root:02d}", "root code missing")
    for code in cameo:
        if len(code) > 2 and code[:-1] not in cameo:
            raise _fail(name, f"cameo {code!r}", f"parent code {code[:-1]} missing")

    types: dict[str, PloverType] = {}
    for type_name, raw in raw_types.items():
        where = f"type {type_name!r}"
        if type_name not in PLOVER_TYPES:
            raise _fail(name, where, "unknown PLOVER type")
        if not isinstance(raw, dict):
            raise _fail(name, where, "entry is not an object")
        quad = raw.get("quad_class")
        if not _is_quad(quad):
            raise _fail(name, where, f"quad_class {quad!r} is not 1-4")
        default = raw.get("default_cameo")
        if not isinstance(default, str) or default not in cameo:
            raise _fail(name, where, f"default_cameo {default!r} is not in the codebook")
        if cameo[default].quad_class != quad:
            raise _fail(name, where, f"quad_class {quad} differs from its default code {default}")
        description = raw.get("description")
        if not isinstance(description, str) or not description.strip():
            raise _fail(name, where, "missing description")
        types[type_name] = PloverType(type_name, quad, default, description)
    missing = [t for t in PLOVER_TYPES if t not in types]
    if missing:
        raise _fail(name, "types", f"missing {', '.join(missing)}")

    plover_version = doc.get("plover_version")
    if not isinstance(plover_version, str):
        raise _fail(name, "plover_version", "missing")
    return Codebook(
        version=1,
        plover_version=plover_version,
        types=MappingProxyType({t: types[t] for t in PLOVER_TYPES}),
        cameo=MappingProxyType(cameo),
    )


def load_codebook(path: str | Path | None = None) -> Codebook:
    """Load and validate a codebook file (default: the packaged ``data/codebook.json``).

    Raises DataFileError naming the file and the faulty entry.
    """
    try:
        if path is None:
            name = DATA_FILE
            text = (resources.files("tidings") / "data" / DATA_FILE).read_text(encoding="utf-8")
        else:
            name = str(path)
            text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise DataFileError(f"{name}: cannot read ({exc.strerror or exc})") from exc
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataFileError(f"{name}: invalid JSON at line {exc.lineno}: {exc.msg}") from exc
    return _parse(name, doc)


@lru_cache(maxsize=1)
def codebook() -> Codebook:
    """The packaged codebook, loaded once."""
    return load_codebook()


def cameo(code: str) -> CameoCode | None:
    """The entry for exactly this CAMEO code ("0841"), or None when the code is unknown."""
    return codebook().lookup(code)


def plover_default_cameo(plover_type: str) -> str:
    """The CAMEO code used for a PLOVER type when nothing more specific is known (AGREE -> "030")."""
    return codebook().type_info(plover_type).default_cameo


def quad_class(plover_type: str) -> int:
    """The QuadClass of a PLOVER type (that of its default CAMEO code)."""
    return codebook().type_info(plover_type).quad_class


def coding_for(plover_type: str, cameo_code: str | None = None) -> tuple[str, int, float]:
    """(CAMEO code, QuadClass, Goldstein) for an event; ``cameo_code`` falls back to the type's default."""
    return codebook().coding_for(plover_type, cameo_code)


def plover_for_cameo(code: str) -> tuple[str, str | None] | None:
    """(PLOVER type, mode) for a CAMEO code, walking up 4 -> 3 -> 2 digit prefixes; None when unmapped."""
    return codebook().plover_for_cameo(code)
