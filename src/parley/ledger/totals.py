"""Sums over the ledger, and totals quoted in reports checked against them.

`sums` adds the chosen figure of each leg per period, category and direction. `quoted`
puts each total a report quotes ("1,800 returned last year") beside the ledger's sum for
the same receiving side, category and period. The ledger is rarely complete, so a ledger
sum below the quoted total is expected; one above it contradicts the report (or shows a
duplicate event) and is flagged.

A quoted total's period comes from the reading (Total.since / Total.until, read by
extract from the report's words); a total whose period the report does not give is listed
with "period unknown" and not compared.
"""

from __future__ import annotations

from collections import defaultdict

from parley.ledger.filters import Filters


def period_key(date: str | None, by: str) -> str:
    if not date:
        return "undated"
    return date[:4] if by == "year" else date[:7]


def sums(events: list[dict], by: str = "month", filters: Filters | None = None) -> list[dict]:
    """One row per (period, category, from, to): events, summed figure, legs without a figure."""
    keep = filters or Filters()
    acc: dict[tuple, dict] = defaultdict(lambda: {"events": set(), "count": 0, "unknown": 0})
    for e in events:
        for g in e["legs"]:
            if not keep.keeps_leg(g):
                continue
            row = acc[(period_key(e["date"], by), g["category"], g["from"], g["to"])]
            row["events"].add(e["id"])
            if g["count"] is None:
                row["unknown"] += 1
            else:
                row["count"] += g["count"]
    return [
        {"period": p, "category": c, "from": f, "to": t, "events": len(v["events"]), "count": v["count"],
         "legs_without_figure": v["unknown"]}
        for (p, c, f, t), v in sorted(acc.items(), key=lambda kv: tuple(str(x) for x in kv[0]))
    ]


def ledger_sum(events: list[dict], to: str | None, category: str, since: str | None, until: str | None) -> int:
    """People (or bodies) the ledger has going to `to` in `category` over the period."""
    keep = Filters(party=None, category=category, since=since, until=until)
    total = 0
    for e in events:
        if not keep.keeps_date(e["date"]):
            continue
        total += sum(g["count"] or 0 for g in e["legs"]
                     if g["category"] == category and (to is None or g["to"] == to))
    return total


def quoted(rows: list[dict], events: list[dict], operation_totals: dict[tuple, int] | None = None) -> list[dict]:
    """Each quoted total beside the ledger's sum for the same side, category and period; a
    total linked to an operation is compared with the sum of its stages instead."""
    out = []
    for q in rows:
        since, until = q["since"], q["until"]
        op_key = (q.get("operation"), q["to_party"], q["category"])
        if q.get("operation") and op_key in (operation_totals or {}):
            have, status = operation_totals[op_key], "operation total"
        elif since is None and until is None:
            have, status = None, "period unknown"
        else:
            have = ledger_sum(events, q["to_party"], q["category"], since, until)
            status = "ledger exceeds quoted" if have > q["count"] else "consistent"
        out.append({
            "report": q["url"] or q["report_id"], "quoted": q["count"], "category": q["category"],
            "to": q["to_party"], "since": since, "until": until, "ledger": have, "status": status,
            "sentence": q["sentence"], "operation": q.get("operation"),
        })
    return out
