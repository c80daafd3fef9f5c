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
from tidings.records import PLOVER_TYPES

SYMMETRIC = {"CONSULT", "COOPERATE", "AGREE"}


def _actor_key(actor: Any) -> str | None:
    if not actor:
        return None
    if isinstance(actor, str):
        return actor.upper()[:3] or None
    value = actor.get("country") or actor.get("org")
    return str(value).upper() if value else None


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
    per_article: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out = self.overall.to_dict()
        out["articles"] = self.articles
        out["recall_core"] = round(self.core_hit / self.core, 3) if self.core else 0.0
        for name, (ok, n) in self.accuracy.items():
            out[f"{name}_acc"] = round(ok / n, 3) if n else None
        out["by_type"] = {t: c.to_dict() for t, c in sorted(self.by_type.items())}
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


def _evidence_text(event: dict[str, Any]) -> str:
    evidence = event.get("evidence")
    if isinstance(evidence, list) and evidence:
        first = evidence[0]
        return first.get("text", "") if isinstance(first, dict) else str(first)
    return str(evidence or "")


def _brief(event: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": event.get("type"),
        "source": _actor_key(event.get("source")),
        "target": _actor_key(event.get("target")),
        "date": event.get("date"),
        "modality": event.get("modality"),
        "evidence": _evidence_text(event),
    }


def score(gold_docs: list[dict[str, Any]], preds: list[dict[str, Any]]) -> Report:
    report = Report(articles=len(gold_docs))
    index = _pred_id_index(preds)
    same_length = len(preds) == len(gold_docs)
    for position, gold in enumerate(gold_docs):
        pred = index.get(str(gold.get("id"))) or (preds[position] if same_length else {"events": []})
        gold_events, pred_events = gold["events"], pred.get("events") or []
        used: set[int] = set()
        hits = 0
        for g in gold_events:
            kind = (g.get("type") or "").upper()
            report.by_type[kind].gold += 1
            report.core += bool(g.get("core"))
            found = next((i for i, p in enumerate(pred_events) if i not in used and events_match(g, p)), None)
            if found is None:
                report.misses.append({"article": gold.get("id"), **_brief(g)})
                continue
            used.add(found)
            hits += 1
            report.by_type[kind].matched_gold += 1
            report.by_type[kind].matched_pred += 1
            report.core_hit += bool(g.get("core"))
            _accuracy(report, g, pred_events[found])
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
    return "\n".join(lines)
