"""Multi-day operations: the stages of one deal, and reports that give only its total.

"1000 for 1000" carried out over three days (390, 307, 303) is three events, one per day,
linked to one operation. Stages are found as runs of events between the same parties, in
the same category, on consecutive days. A report that gives only the total (an "event" of
1,000 within the run's days, or undated and published just after) is not an exchange of
its own: its mentions are linked to the operation instead and the phantom event goes.
Quoted totals that equal an operation's total are linked to it too.

Recomputed after every change; operations a curator made (curate.py) are re-applied after.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict

from parley.ledger.merge import WINDOW_DAYS, categories, parties

AUTO = "auto"  # operations.name of the ones found here; curated ones carry their own name


def _day(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s[:10]) if s else None


def _runs(events: list[dict]) -> list[list[dict]]:
    """Runs of events a day or less apart, per parties and category (phantoms still inside)."""
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for e in events:
        if e["date"] and e.get("date_precision", "day") == "day" and len(categories(e)) == 1:
            groups[(parties(e), next(iter(categories(e))))].append(e)
    runs = []
    for evs in groups.values():
        evs.sort(key=lambda e: e["date"])
        run = [evs[0]]
        for e in evs[1:]:
            if (_day(e["date"]) - _day(run[-1]["date"])).days <= 1:
                run.append(e)
                continue
            runs.append(run)
            run = [e]
        runs.append(run)
    return [r for r in runs if len({e["date"] for e in r}) > 1]


def _split_phantoms(run: list[dict]) -> tuple[list[dict], list[dict]]:
    """(stages, events that only restate the stages' total)."""
    phantoms = []
    for e in run:
        others = [o for o in run if o is not e and o not in phantoms]
        if len(others) > 1 and _is_total_only(e, others, totals_of(others)):
            phantoms.append(e)
    return [e for e in run if e not in phantoms], phantoms


def totals_of(stages: list[dict]) -> dict[tuple, int]:
    """Per leg direction, the sum over the stages, when every stage gives that leg a figure."""
    sums: dict[tuple, int] = {}
    keys = {(g["from"], g["to"], g["category"]) for e in stages for g in e["legs"]}
    for key in keys:
        counts = [next((g["count"] for g in e["legs"] if (g["from"], g["to"], g["category"]) == key), None)
                  for e in stages]
        if all(c is not None for c in counts):
            sums[key] = sum(counts)
    return sums


def _is_total_only(e: dict, stages: list[dict], sums: dict[tuple, int]) -> bool:
    if parties(e) != parties(stages[0]) or categories(e) != categories(stages[0]):
        return False
    stated = [((g["from"], g["to"], g["category"]), g["count"]) for g in e["legs"] if g["count"] is not None]
    if not stated or any(sums.get(k) != c for k, c in stated):
        return False
    first, last = _day(stages[0]["date"]), _day(stages[-1]["date"])
    if e["date"]:
        return first - dt.timedelta(days=1) <= _day(e["date"]) <= last + dt.timedelta(days=1)
    return any(first <= d <= last + dt.timedelta(days=WINDOW_DAYS) for d in map(_day, e.get("published", [])) if d)


def op_id(stages: list[dict]) -> str:
    from parley.ledger.merge import new_event_id

    return "op" + new_event_id(dict(stages[0], mention="current"), set())[2:]


def refresh(ledger, window: tuple[str, str] | None = None) -> None:
    """Recompute the automatic operations (among undated events and those dated within
    `window`, or all) and absorb total-only events into them."""
    db = ledger.db
    events = ledger._candidates(window)
    auto = {oid for (oid,) in db.execute("SELECT id FROM operations WHERE name = ?", (AUTO,))}
    stale = {e["operation"] for e in events if e["operation"] in auto}
    for e in events:
        if e["operation"] in auto:  # links are recomputed below
            db.execute("UPDATE events SET operation = NULL WHERE id = ?", (e["id"],))
    for oid in stale:
        db.execute("UPDATE quoted_totals SET operation = NULL WHERE operation = ?", (oid,))
    found = {}
    for run in _runs(events):
        stages, phantoms = _split_phantoms(run)
        if len({e["date"] for e in stages}) > 1:
            found[op_id(stages)] = (stages, phantoms)
    for oid, (stages, phantoms) in found.items():
        db.execute(
            "INSERT INTO operations (id, name, first_date, last_date, parties, category, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, datetime('now'))"
            " ON CONFLICT(id) DO UPDATE SET first_date = excluded.first_date, last_date = excluded.last_date",
            (oid, AUTO, stages[0]["date"], stages[-1]["date"], json.dumps(sorted(parties(stages[0]))),
             next(iter(categories(stages[0])))),
        )
        for e in stages:
            db.execute("UPDATE events SET operation = ? WHERE id = ?", (oid, e["id"]))
        _absorb(db, oid, stages, phantoms + [e for e in events if e["date"] is None])
    db.execute(
        "DELETE FROM operations WHERE name = ? AND id NOT IN (SELECT operation FROM events WHERE operation IS NOT NULL)"
        " AND id NOT IN (SELECT operation FROM mentions WHERE operation IS NOT NULL)", (AUTO,))


def _absorb(db, oid: str, stages: list[dict], others: list[dict]) -> None:
    sums = totals_of(stages)
    if not sums:
        return
    for e in others:
        if _is_total_only(e, stages, sums):
            db.execute("UPDATE mentions SET event = NULL, operation = ? WHERE event = ?", (oid, e["id"]))
            db.execute("DELETE FROM events WHERE id = ?", (e["id"],))
    first = stages[0]["date"]
    last = (_day(stages[-1]["date"]) + dt.timedelta(days=WINDOW_DAYS)).isoformat()
    for (_frm, to, cat), total in sums.items():
        db.execute(
            "UPDATE quoted_totals SET operation = ? WHERE count = ? AND category = ? AND to_party = ?"
            " AND report IN (SELECT id FROM reports WHERE published BETWEEN ? AND ?)",
            (oid, total, cat, to, first, last))
