"""Rows → the event record the CLI, exports and dashboard share.

An event has the shape of an ANNOTATION.md exchange plus its id, reports and, per leg, every
figure with who gave it. Works on plain dicts so the read-only dashboard can build the same
record from its own queries (columns it does not select are simply absent).
"""

from __future__ import annotations

import json

from parley.ledger.figures import choose
from parley.ledger.officials import sides_of


def _json_list(value) -> list:
    return json.loads(value) if value else []


def _figure(f: dict) -> dict:
    sources = _json_list(f.get("sources"))
    return {
        "count": f["count"], "report": f["report_id"], "url": f["url"], "outlet": f["outlet"],
        "span": [f["start"], f["end"]], "sentence": f["sentence"],
        "sources": sources, "officials": sides_of(sources), "origins": _json_list(f.get("origins")),
    }


def _leg(frm, to, cat, figs: list[dict]) -> dict:
    shown = [_figure(f) for f in figs]
    best, alts = choose(shown, to)
    leg = {"from": frm, "to": to, "category": cat, "count": best}
    if alts:
        leg["alt_counts"] = alts
    leg["disputed"] = bool(alts)
    origins = {o for f in shown if f["count"] is not None for o in f["origins"]}
    leg["origins"] = len(origins)
    leg["confirmed_by"] = sides_of([s for f in shown for s in f["sources"]])
    leg["figures"] = shown
    return leg


def _merged_lists(mentions: list[dict], column: str) -> list[str]:
    out: list[str] = []
    for m in mentions:
        for x in _json_list(m.get(column)):
            if x not in out:
                out.append(x)
    return out


def event_record(row: dict, mentions: list[dict], figures: list[dict]) -> dict:
    """One event from its row, its mentions (joined with reports) and its figures."""
    grouped: dict[tuple, list[dict]] = {}
    for f in figures:
        grouped.setdefault((f["from_party"], f["to_party"], f["category"]), []).append(f)
    legs = [_leg(frm, to, cat, figs) for (frm, to, cat), figs in grouped.items()]
    origins = sorted({o for leg in legs for f in leg["figures"] for o in f["origins"]})
    confirmed = list(dict.fromkeys(s for leg in legs for s in leg["confirmed_by"]))
    sides = sorted({p for leg in legs for p in (leg["from"], leg["to"]) if p})
    reports: list[str] = []
    for m in mentions:
        ref = m["url"] or m["report_id"]
        if ref not in reports:
            reports.append(ref)
    return {
        "id": row["id"],
        "date": row["date"],
        "date_precision": row["date_precision"] or ("unknown" if not row["date"] else "day"),
        "legs": legs,
        "mediators": _merged_lists(mentions, "mediators"),
        "agreement": next((m["agreement"] for m in mentions if m["agreement"]), None),
        "sources": _merged_lists(mentions, "sources"),
        "known_from": row["known_from"],
        "reports": reports,
        "outlets": sorted({m["outlet"] for m in mentions if m["outlet"]}),
        "origins": len(origins),
        "origin_keys": origins,
        "confirmed_by": confirmed,
        "officials_confirmed": {side: side in confirmed for side in sides},
        "disputed": any(leg["disputed"] for leg in legs),
        "operation": row.get("operation"),
    }
