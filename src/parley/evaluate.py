"""Scoring against gold files, with the reference scorer's definitions (../shared/tools/score.py).

Kept self-contained so `parley eval` works without the shared folder; a test checks that both
give the same figures.
"""

from __future__ import annotations

import datetime as dt
import json
import pathlib


def _date(s):
    if not s:
        return None
    try:
        return dt.date.fromisoformat(str(s)[:10])
    except ValueError:
        return None


def _dates_match(gold, pred) -> bool:
    g, p = _date(gold), _date(pred)
    if g is None:
        return True
    if p is None:
        return False
    return abs((g - p).days) <= 1


def _norm(s) -> str:
    return " ".join(str(s or "").lower().split())


def _leg_key(leg: dict) -> tuple:
    return (_norm(leg.get("from")), _norm(leg.get("to")), _norm(leg.get("category")))


def _count_ok(gold_leg: dict, pred_leg: dict) -> bool:
    return pred_leg.get("count") in [gold_leg.get("count")] + list(gold_leg.get("alt_counts") or [])


class Tally:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add(self, tp: int, n_pred: int, n_gold: int) -> None:
        self.tp += tp
        self.fp += n_pred - tp
        self.fn += n_gold - tp

    def as_dict(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def match_legs(gold_ex: list, pred_ex: list, use_count: bool) -> tuple[int, int, int]:
    gold_legs = [(ex, leg) for ex in gold_ex for leg in ex.get("legs") or []]
    pred_legs = [(ex, leg) for ex in pred_ex for leg in ex.get("legs") or []]
    used: set[int] = set()
    tp = 0
    for gex, gleg in gold_legs:
        for i, (pex, pleg) in enumerate(pred_legs):
            if i in used or _leg_key(gleg) != _leg_key(pleg):
                continue
            if not _dates_match(gex.get("date"), pex.get("date")):
                continue
            if use_count and not _count_ok(gleg, pleg):
                continue
            used.add(i)
            tp += 1
            break
    return tp, len(pred_legs), len(gold_legs)


def match_events(gold_ex: list, pred_ex: list) -> tuple[int, int, int]:
    used: set[int] = set()
    tp = 0
    for g in gold_ex:
        for i, p in enumerate(pred_ex):
            if i in used or not _dates_match(g.get("date"), p.get("date")):
                continue
            gk = {_leg_key(x) for x in g.get("legs") or []}
            if gk & {_leg_key(x) for x in p.get("legs") or []}:
                used.add(i)
                tp += 1
                break
    return tp, len(pred_ex), len(gold_ex)


def match_meetings(gold_m: list, pred_m: list) -> tuple[int, int, int]:
    used: set[int] = set()
    tp = 0
    for g in gold_m:
        gp = _norm(g.get("place"))
        for i, p in enumerate(pred_m):
            if i in used or not _dates_match(g.get("date"), p.get("date")):
                continue
            pp = _norm(p.get("place"))
            if bool(gp) != bool(pp) or (gp and not (gp in pp or pp in gp)):
                continue
            used.add(i)
            tp += 1
            break
    return tp, len(pred_m), len(gold_m)


KINDS = ("legs", "legs_nocount", "events", "meetings")


def score(gold: dict[str, dict], preds: dict[str, dict]) -> tuple[dict, dict]:
    """gold and preds map document id → record. Returns (totals, per-document results)."""
    tallies = {k: Tally() for k in KINDS}
    per_doc = {}
    false_events = 0
    for doc_id, g in gold.items():
        p = preds.get(doc_id, {})
        gex, pex = g.get("exchanges") or [], p.get("exchanges") or []
        results = {
            "legs": match_legs(gex, pex, True),
            "legs_nocount": match_legs(gex, pex, False),
            "events": match_events(gex, pex),
            "meetings": match_meetings(g.get("meetings") or [], p.get("meetings") or []),
        }
        for k, v in results.items():
            tallies[k].add(*v)
        if not gex:
            false_events += len(pex)
        per_doc[doc_id] = {k: {"tp": v[0], "pred": v[1], "gold": v[2]} for k, v in results.items()}
    out = {k: t.as_dict() for k, t in tallies.items()}
    out["documents"] = len(gold)
    out["documents_without_prediction"] = sum(1 for d in gold if d not in preds)
    out["events_on_docs_without_gold_events"] = false_events
    return out, per_doc


def load_gold(gold_dir: str | pathlib.Path) -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8"))
            for p in sorted(pathlib.Path(gold_dir).glob("*.json"))}


def format_scores(out: dict) -> str:
    lines = []
    for k in KINDS:
        t = out[k]
        lines.append(f"{k:13s} P={t['precision']:.3f} R={t['recall']:.3f} F1={t['f1']:.3f}  "
                     f"(tp={t['tp']} fp={t['fp']} fn={t['fn']})")
    lines.append(f"documents={out['documents']} without_prediction={out['documents_without_prediction']} "
                 f"events_on_docs_without_gold_events={out['events_on_docs_without_gold_events']}")
    return "\n".join(lines)


def format_per_doc(per_doc: dict) -> str:
    lines = []
    for doc_id, r in per_doc.items():
        bad = {k: v for k, v in r.items() if v["tp"] != v["pred"] or v["tp"] != v["gold"]}
        if bad:
            lines.append(f"{doc_id} {json.dumps(bad)}")
    return "\n".join(lines)


def by_prefix(gold: dict, preds: dict) -> dict[str, dict]:
    """Scores per id prefix ("en", "ru", …) — the table the README reports."""
    prefixes = sorted({d.split("-")[0] for d in gold})
    return {p: score({d: g for d, g in gold.items() if d.split("-")[0] == p}, preds)[0]
            for p in prefixes}
