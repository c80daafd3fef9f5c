"""Score extracted events against gold annotations, for error analysis on anyone's data.

Matching rule (docs/gold-format.md): a predicted event matches a gold event when the types are equal, the
source keys (country, else organisation) agree, and the target is compatible: anything when the gold event
has no target, else the gold target or one of its ``others``. CONSULT, COOPERATE and AGREE are symmetric:
their participants may come in either order. Each predicted event matches at most one gold event; gold
events are taken in order and each takes the first unused prediction that matches.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tidings.errors import InputError
from tidings.knowledge import fold_name, gazetteer, name_key
from tidings.records import PLOVER_TYPES

SYMMETRIC = {"CONSULT", "COOPERATE", "AGREE"}


def _actor_key(actor: Any) -> str | None:
    if not actor:
        return None
    if isinstance(actor, str):
        return actor.upper()[:3] or None
    value = actor.get("country") or actor.get("org")
    return str(value).upper() if value else None


# PLOVER's gold codes an international body by its kind, not its name: the UN, the EU and NATO are all "IGO",
# al-Qaeda "IMG" (an international militant group). It codes non-governmental bodies now "NGO", now "IGO"
# (Amnesty International and the Red Cross are "IGO" there), so a body of either kind matches both.
_PLOVER_KINDS = {"IGO": {"IGO", "NGO"}, "NGO": {"IGO", "NGO"}, "REB": {"IMG"}}


def _plover_keys(actor: Any) -> set[str]:
    """What an extracted actor may match in the PLOVER gold: its country or organisation, and for an
    organisation of no one country, the kind of body it is."""
    key = _actor_key(actor)
    keys = {key} if key else set()
    if isinstance(actor, dict) and actor.get("org") and not actor.get("country"):
        keys |= _PLOVER_KINDS.get(str(actor.get("sector") or ""), set())
    return keys


def _side_keys(event: dict[str, Any], side: str) -> set[str]:
    keys = {_actor_key(event.get(side))}
    if side == "target":
        keys |= {_actor_key(o) for o in event.get("others") or []}
    keys.discard(None)
    return keys  # type: ignore[return-value]


def events_match(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    kind = (gold.get("type") or "").upper()
    if kind != (pred.get("type") or "").upper():
        return False
    gold_src, gold_tgt = _side_keys(gold, "source"), _side_keys(gold, "target")
    pred_src, pred_tgt = _side_keys(pred, "source"), _side_keys(pred, "target")
    source_ok = not gold_src or bool(pred_src & gold_src)
    target_ok = gold.get("target") is None or not gold_tgt or bool(pred_tgt & gold_tgt)
    if source_ok and target_ok:
        return True
    if kind in SYMMETRIC:
        everyone = pred_src | pred_tgt
        return len(everyone) >= 2 and everyone <= (gold_src | gold_tgt)
    return False


# Words of an actor's name that say nothing of who it is ("the Ministry of Defence of Russia")
_NAME_FILLERS = frozenset({"the", "and", "of", "for", "in", "on", "at", "to", "a", "an"})


def _name_words(actor: Any) -> set[str]:
    """The words an actor is named by, and the initials of each of its names ("United States" is "us")."""
    if not isinstance(actor, dict):
        return set()
    out: set[str] = set()
    for key in ("name", "text", "role"):
        text = fold_name(str(actor.get(key) or ""))
        words = [
            w for w in "".join(ch if ch.isalnum() else " " for ch in text).split() if w not in _NAME_FILLERS
        ]
        out |= {w for w in words if len(w) >= 2}
        if len(words) > 1:
            out.add("".join(w[0] for w in words))
    return out


def _one_stem(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)))


def _same_actor(gold: Any, pred: Any) -> bool:
    """Whether a predicted actor may be the gold one beyond its country: a word of the gold name in the
    predicted name, mention or role (diacritics aside, and a shared stem of four letters or more: "Russia",
    "Russian"), or the same sector where the gold gives one. A predicted actor named by neither name nor role
    ("the bill", an attacker left unstated) tells nothing against it; two proper names must share a word."""
    if not isinstance(gold, dict) or not isinstance(pred, dict):
        return True
    if not pred.get("name") and not pred.get("role"):
        return True
    if any(_one_stem(g, f) for g in _name_words(gold) for f in _name_words(pred)):
        return True
    if (_state(gold) and _official(pred)) or (_state(pred) and _official(gold)):
        return True  # "Iran" and its president, "the United States" and a State Department spokesperson
    if _proper(gold) and _proper(pred):
        return False  # "Joe Biden" is not "Donald Trump", however alike their sectors
    sector = str(gold.get("sector") or "").upper()
    return sector not in {"", "UNK"} and sector == str(pred.get("sector") or "").upper()


def _state(actor: dict[str, Any]) -> bool:
    """A state named as itself ("Iran", "the US")."""
    name = str(actor.get("name") or "")
    places = gazetteer()
    code = places.acronyms.get(name) or places.country_names.get(name_key(name))
    return code is not None and code == actor.get("country")


def _official(actor: dict[str, Any]) -> bool:
    """Someone who acts for a state: its government or its forces."""
    return str(actor.get("sector") or "").upper() in {"GOV", "MIL"}


def _proper(actor: dict[str, Any]) -> bool:
    """Named by a proper name: a capitalised word after the first ("Donald Trump", not "the media")."""
    words = str(actor.get("name") or "").split()
    return any(w[:1].isupper() for w in words[1:]) or (len(words) == 1 and words[0][:1].isupper())


def actors_agree(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    """A match that holds for the actors themselves, not only for their countries: each side the gold names
    is the predicted one (for the symmetric types, either predicted side). "Trump held a rally" paired with
    "rioters protested" by their common country does not agree."""
    kind = (gold.get("type") or "").upper()
    sides = [("source", [gold.get("source")])]
    if gold.get("target"):
        sides.append(("target", [gold.get("target"), *(gold.get("others") or [])]))
    everyone = [pred.get("source"), pred.get("target"), *(pred.get("others") or [])]
    for side, actors in sides:
        named = [a for a in actors if isinstance(a, dict) and (a.get("name") or a.get("sector"))]
        if not named:
            continue
        if kind in SYMMETRIC:
            candidates = everyone
        else:
            candidates = [pred.get("source")] if side == "source" else everyone[1:]
        if not any(_same_actor(a, c) for a in named for c in candidates):
            return False
    return True


@dataclass
class Counts:
    gold: int = 0
    pred: int = 0
    matched_gold: int = 0
    matched_pred: int = 0

    def to_dict(self) -> dict[str, Any]:
        p = self.matched_pred / self.pred if self.pred else 0.0
        r = self.matched_gold / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "gold": self.gold,
            "pred": self.pred,
            "precision": round(p, 3),
            "recall": round(r, 3),
            "f1": round(f, 3),
        }


@dataclass
class Report:
    articles: int = 0
    overall: Counts = field(default_factory=Counts)
    by_type: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    core: int = 0
    core_hit: int = 0
    accuracy: dict[str, list[int]] = field(
        default_factory=lambda: {k: [0, 0] for k in ("date", "place", "modality")}
    )
    misses: list[dict[str, Any]] = field(default_factory=list)
    false_alarms: list[dict[str, Any]] = field(default_factory=list)
    # matches whose actors agree beyond their countries (actors_agree, paired on their own), and the official
    # pairs whose record has no such match: they agree on countries alone, for the reader to judge
    actors_agreed: int = 0
    country_only: list[dict[str, Any]] = field(default_factory=list)
    per_article: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out = self.overall.to_dict()
        out["articles"] = self.articles
        out["recall_core"] = round(self.core_hit / self.core, 3) if self.core else 0.0
        for name, (ok, n) in self.accuracy.items():
            out[f"{name}_acc"] = round(ok / n, 3) if n else None
        matched, agreed = self.overall.matched_gold, self.actors_agreed
        out["actor_agreement"] = round(agreed / matched, 3) if matched else None
        out["strict_precision"] = round(agreed / self.overall.pred, 3) if self.overall.pred else 0.0
        out["strict_recall"] = round(agreed / self.overall.gold, 3) if self.overall.gold else 0.0
        out["by_type"] = {t: c.to_dict() for t, c in sorted(self.by_type.items())}
        out["country_only"] = self.country_only
        out["per_article"] = self.per_article
        out["misses"] = self.misses
        out["false_alarms"] = self.false_alarms
        return out


def _read_json_objects(path: str) -> list[dict[str, Any]]:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot read ({exc.__class__.__name__})") from None
    stripped = text.strip()
    if not stripped:
        raise InputError(path, "file is empty")
    try:  # one JSON document (an object or a list), as an annotator may save a single article
        whole = json.loads(stripped)
        return whole if isinstance(whole, list) else [whole]
    except json.JSONDecodeError:
        pass
    out = []
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError:
                raise InputError(f"{path} line {number}", "not valid JSON") from None
    return out


def load_gold(path: str) -> list[dict[str, Any]]:
    docs = _read_json_objects(path)
    for number, doc in enumerate(docs, 1):
        if not isinstance(doc, dict) or not isinstance(doc.get("events"), list):
            raise InputError(f"{path} record {number}", 'gold record has no "events" list')
        for event in doc["events"]:
            if (event.get("type") or "").upper() not in PLOVER_TYPES:
                raise InputError(f"{path} record {number}", f"unknown event type {event.get('type')!r}")
    return docs


def load_predictions(path: str) -> list[dict[str, Any]]:
    return _read_json_objects(path)


def _pred_id_index(preds: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    index: dict[str, dict[str, Any]] = {}
    for pred in preds:
        article = pred.get("article") or {}
        ident = pred.get("id") or article.get("id")
        if ident:
            index[str(ident)] = pred
        for key in ("path", "url"):
            value = article.get(key) or pred.get(key)
            if value:
                index.setdefault(str(value).rsplit("/", 1)[-1].rsplit(".", 1)[0], pred)
    return index


def _evidence_text(event: dict[str, Any], article_text: str | None = None) -> str:
    """The evidence as text: a string, our list of spans, or (gold kept apart from the article's words)
    ``evidence_start``/``evidence_end`` offsets into the article text."""
    evidence = event.get("evidence")
    if isinstance(evidence, list) and evidence:
        first = evidence[0]
        return first.get("text", "") if isinstance(first, dict) else str(first)
    start, end = event.get("evidence_start"), event.get("evidence_end")
    if not evidence and article_text and isinstance(start, int) and isinstance(end, int):
        return article_text[start:end]
    return str(evidence or "")


def _brief(event: dict[str, Any], article_text: str | None = None) -> dict[str, Any]:
    return {
        "type": event.get("type"),
        "source": _actor_key(event.get("source")),
        "target": _actor_key(event.get("target")),
        "date": event.get("date"),
        "modality": event.get("modality"),
        "evidence": _evidence_text(event, article_text),
    }


def _who(actor: Any) -> str | None:
    if not isinstance(actor, dict):
        return _actor_key(actor)
    return actor.get("name") or actor.get("text") or actor.get("role") or _actor_key(actor)


def _who_did_what(event: dict[str, Any], article_text: str | None = None) -> dict[str, Any]:
    return {
        **_brief(event, article_text),
        "source_name": _who(event.get("source")),
        "target_name": _who(event.get("target")),
    }


def score(gold_docs: list[dict[str, Any]], preds: list[dict[str, Any]]) -> Report:
    report = Report(articles=len(gold_docs))
    index = _pred_id_index(preds)
    same_length = len(preds) == len(gold_docs)
    for position, gold in enumerate(gold_docs):
        pred = index.get(str(gold.get("id"))) or (preds[position] if same_length else {"events": []})
        gold_events, pred_events = gold["events"], pred.get("events") or []
        article_text = (pred.get("article") or {}).get("text")
        used: set[int] = set()
        paired: list[tuple[dict[str, Any], int]] = []
        hits = 0
        for g in gold_events:
            kind = (g.get("type") or "").upper()
            report.by_type[kind].gold += 1
            report.core += bool(g.get("core"))
            found = next((i for i, p in enumerate(pred_events) if i not in used and events_match(g, p)), None)
            if found is None:
                report.misses.append({"article": gold.get("id"), **_brief(g, article_text)})
                continue
            used.add(found)
            hits += 1
            report.by_type[kind].matched_gold += 1
            report.by_type[kind].matched_pred += 1
            report.core_hit += bool(g.get("core"))
            _accuracy(report, g, pred_events[found])
            paired.append((g, found))
        strict = _strict_pairs(gold_events, pred_events)
        report.actors_agreed += len(strict)
        report.country_only += [
            {
                "article": gold.get("id"),
                "gold": _who_did_what(g, article_text),
                "found": _who_did_what(pred_events[i]),
            }
            for g, i in paired
            if i not in strict
        ]
        for i, p in enumerate(pred_events):
            report.by_type[(p.get("type") or "").upper()].pred += 1
            if i not in used:
                report.false_alarms.append(
                    {"article": gold.get("id"), **_brief(p), "confidence": p.get("confidence")}
                )
        report.overall.gold += len(gold_events)
        report.overall.pred += len(pred_events)
        report.overall.matched_gold += hits
        report.overall.matched_pred += len(used)
        report.per_article.append(
            {"id": gold.get("id"), "gold": len(gold_events), "pred": len(pred_events), "matched": hits}
        )
    return report


def _strict_pairs(gold_events: list[dict[str, Any]], pred_events: list[dict[str, Any]]) -> set[int]:
    """The predicted events that match a gold event with its actors too (actors_agree), paired as the
    official rule pairs (gold in order, each the first unused match), but on their own: in a long article
    of one country the official pairing may give a right record to another gold event of that country."""
    used: set[int] = set()
    for g in gold_events:
        found = next(
            (
                i
                for i, p in enumerate(pred_events)
                if i not in used and events_match(g, p) and actors_agree(g, p)
            ),
            None,
        )
        if found is not None:
            used.add(found)
    return used


def _accuracy(report: Report, gold: dict[str, Any], pred: dict[str, Any]) -> None:
    gold_day = gold.get("date") if isinstance(gold.get("date"), str) and len(gold["date"]) >= 10 else None
    if gold_day:
        report.accuracy["date"][1] += 1
        report.accuracy["date"][0] += (pred.get("date") or "")[:10] == gold_day[:10]
    gold_place = (gold.get("place") or {}).get("country")
    if gold_place:
        report.accuracy["place"][1] += 1
        report.accuracy["place"][0] += (
            str((pred.get("place") or {}).get("country") or "").upper() == gold_place.upper()
        )
    if gold.get("modality"):
        report.accuracy["modality"][1] += 1
        report.accuracy["modality"][0] += pred.get("modality") == gold["modality"]


def render_report(report: Report, limit: int = 40) -> str:
    d = report.to_dict()
    lines = [
        f"articles {d['articles']}  gold {d['gold']}  predicted {d['pred']}",
        f"precision {d['precision']:.3f}  recall {d['recall']:.3f}  F1 {d['f1']:.3f}  "
        f"core recall {d['recall_core']:.3f}",
        f"matches whose actors agree beyond their country: {report.actors_agreed} of "
        f"{report.overall.matched_gold} (strict precision {d['strict_precision']:.3f}, "
        f"strict recall {d['strict_recall']:.3f})",
        "accuracy on matched events: "
        + "  ".join(
            f"{k} {d[k + '_acc'] if d[k + '_acc'] is not None else '-'}"
            for k in ("date", "place", "modality")
        ),
        "",
        f"{'type':<10} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}",
    ]
    for kind, c in d["by_type"].items():
        lines.append(
            f"{kind:<10} {c['gold']:>5} {c['pred']:>5} "
            f"{c['precision']:>6.3f} {c['recall']:>6.3f} {c['f1']:>6.3f}"
        )
    for title, rows in (
        ("misses (gold events not found)", d["misses"]),
        ("false alarms (found, not in gold)", d["false_alarms"]),
    ):
        lines += ["", f"{title}: {len(rows)}"]
        for row in rows[:limit]:
            lines.append(
                f"  [{row['article']}] {row['type']} {row['source']}->{row['target']} "
                f"{row['modality']}: {row['evidence'][:160]}"
            )
        if len(rows) > limit:
            lines.append(f"  ... {len(rows) - limit} more (use --json for all)")
    pairs = d["country_only"]
    lines += ["", f"matched on country alone (the actors differ): {len(pairs)}"]
    for pair in pairs[:limit]:
        g, f = pair["gold"], pair["found"]
        lines.append(
            f"  [{pair['article']}] {g['type']} gold {g['source_name']}->{g['target_name']}: "
            f"{g['evidence'][:100]}"
        )
        lines.append(f"      found {f['source_name']}->{f['target_name']}: {f['evidence'][:100]}")
    if len(pairs) > limit:
        lines.append(f"  ... {len(pairs) - limit} more (use --json for all)")
    return "\n".join(lines)


# -- PLOVER gold-standard sentences ------------------------------------------------------------------------
@dataclass
class PloverSentence:
    id: str
    text: str
    type: str  # one of the current 16 types
    sources: set[str]
    targets: set[str]
    date: str | None


def _legacy_table() -> dict[str, Any]:
    from tidings.knowledge import load_data_file

    return load_data_file("plover_legacy.json")


def current_plover_type(name: str, legacy: dict[str, Any] | None = None) -> str | None:
    """A PLOVER category name of any version as one of the current 16 types (None for DOCUMENT and unknowns).

    Older names stand for a CAMEO root ("DEMAND" is root 10), which the CAMEO-to-PLOVER table maps on.
    """
    from tidings.codebook import plover_for_cameo

    name = name.upper().strip()
    if name in PLOVER_TYPES:
        return name
    legacy = legacy or _legacy_table()
    root = legacy["types"].get(name)
    mapped = plover_for_cameo(root) if root else None
    return mapped[0] if mapped else None


def load_plover_sentences(path: str) -> list[PloverSentence]:
    """The PLOVER gold-standard file: a JSON list of coded sentences (older category names mapped)."""
    try:
        records = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(path, f"not a PLOVER gold file ({exc.__class__.__name__})") from None
    if not isinstance(records, list):
        raise InputError(path, "not a PLOVER gold file (expected a JSON list)")
    legacy = _legacy_table()
    aliases = legacy.get("cameo_countries", {})

    def codes(side: Any) -> set[str]:
        out = set()
        for actor in side if isinstance(side, list) else []:
            code = str((actor or {}).get("code") or "").upper()[:3]
            if code:
                out.add(aliases.get(code, code))
        return out

    sentences = []
    for record in records:
        if not isinstance(record, dict) or not record.get("text"):
            continue
        kind = current_plover_type(str(record.get("event") or ""), legacy)
        if kind is None:
            continue
        sentences.append(
            PloverSentence(
                id=str(record.get("id")),
                text=str(record["text"]),
                type=kind,
                sources=codes(record.get("source")),
                targets=codes(record.get("target")),
                date=record.get("date"),
            )
        )
    return sentences


@dataclass
class PloverReport:
    sentences: int = 0
    with_event: int = 0
    right_type: int = 0
    right_type_and_actors: int = 0
    confusion: dict[str, dict[str, int]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(int))
    )
    errors: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "sentences": self.sentences,
            "with_event": self.with_event,
            "right_type": self.right_type,
            "right_type_and_actors": self.right_type_and_actors,
            "type_accuracy": round(self.right_type / self.with_event, 3) if self.with_event else None,
            "coverage": round(self.with_event / self.sentences, 3) if self.sentences else None,
            "confusion": {g: dict(p) for g, p in sorted(self.confusion.items())},
            "errors": self.errors,
        }


def score_plover(gold: list[PloverSentence], predicted: list[list[dict[str, Any]]]) -> PloverReport:
    """Per sentence: is an event found, is its type the gold type, and do its actors match.

    The sentence's event is the one it asserts (a threatened or requested act is the content of the threat
    or request, not the sentence's event), the first stated when there are several ("staged protests to
    demand ..." is a protest). PLOVER codes an announced intention as AGREE when it is cooperative ("will
    visit") and as THREATEN when it is hostile ("will boycott"), as CAMEO does; planned events are read so.
    Actors match when the source's country (or organisation; for a body of no one country also the kind the
    gold codes it by: IGO or NGO, IMG for an armed group) is among the gold participants, and so is the
    target's when the gold has one.
    """
    report = PloverReport(sentences=len(gold))
    for sentence, events in zip(gold, predicted, strict=True):
        if not events:
            continue
        report.with_event += 1
        best = min(
            events, key=lambda e: (e.get("modality") not in {"asserted", "claimed"}, _trigger_position(e))
        )
        kind = best.get("type")
        if best.get("modality") == "planned":
            kind = "THREATEN" if (best.get("quad_class") or 0) >= 3 else "AGREE"
        report.confusion[sentence.type][kind or "-"] += 1
        if kind != sentence.type:
            report.errors.append(
                {"id": sentence.id, "gold": sentence.type, "found": kind, "text": sentence.text}
            )
            continue
        report.right_type += 1
        named = sentence.sources | sentence.targets
        source_ok = not sentence.sources or bool(_plover_keys(best.get("source")) & named)
        target_ok = not sentence.targets or bool(_plover_keys(best.get("target")) & named)
        report.right_type_and_actors += bool(source_ok and target_ok)
    return report


def _trigger_position(event: dict[str, Any]) -> int:
    evidence = event.get("evidence") or []
    if not evidence or not event.get("trigger"):
        return 10**6
    found = evidence[0]["text"].find(event["trigger"])
    return evidence[0]["start"] + (found if found >= 0 else 10**5)


def render_plover_report(report: PloverReport) -> str:
    d = report.to_dict()
    lines = [
        f"sentences {d['sentences']}  with an event found {d['with_event']} (coverage {d['coverage']})",
        f"right type {d['right_type']} (type accuracy {d['type_accuracy']})  "
        f"right type and actors {d['right_type_and_actors']}",
        "",
        "gold type -> types found (most confident event per sentence)",
    ]
    for gold_type, found in d["confusion"].items():
        lines.append(f"  {gold_type:<10} " + ", ".join(f"{k} {v}" for k, v in sorted(found.items())))
    return "\n".join(lines)
