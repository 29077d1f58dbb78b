"""Read-only queries behind the dashboard.

Events come from the ledger library itself (`Ledger.events()` / `Ledger.event()` on a ledger
opened read-only), so the dashboard shows exactly what `parley events` does: the same legs,
counts, disputed flags, origins and corrections. This module only adds what the pages need on
top: the database ids of reports (for links), when the ledger first saw an event (for the
feed) and the people handed over in the selected legs. Reports, meetings and the filter
choices are small queries of their own.
"""

from __future__ import annotations

import json
import pathlib
from collections import defaultdict
from dataclasses import asdict, dataclass

from parley.ledger import filters as ledger_filters
from parley.ledger.store import Ledger


def open_ledger(db_path: str | pathlib.Path) -> Ledger:
    """The ledger opened read-only: writes fail inside SQLite itself, not by convention.

    A missing file raises FileNotFoundError; the connection may be used from another thread
    than the one that opened it (FastAPI opens it in one worker thread and uses it in another).
    """
    return Ledger(db_path, readonly=True)


@dataclass(frozen=True)
class Filters(ledger_filters.Filters):
    """The ledger's selection (see parley.ledger.filters), shared by every page, the CSV and the API."""

    def params(self) -> dict[str, str]:
        """The non-empty filters, for links that keep the selection."""
        return {k: v for k, v in asdict(self).items() if v not in (None, "")}


def parse_date_bound(value: str | None, name: str) -> str | None:
    """Empty form fields mean "no bound"; anything else must be an ISO date prefix."""
    try:
        return ledger_filters.check_bound((value or "").strip() or None)
    except ValueError as exc:
        raise ValueError(f"{name}: {exc}") from None


def handed_over(event: dict, filters: Filters) -> int:
    """People (or bodies) handed over in the legs the filters keep; unknown counts add 0."""
    return sum(leg["count"] or 0 for leg in event["legs"] if filters.keeps_leg(leg))


def events(ledger: Ledger, filters: Filters) -> list[dict]:
    """The events the filters keep, as `Ledger.events()` gives them, plus what the pages need."""
    found = ledger.events(filters.party, filters.category, filters.since, filters.until, filters.disputed)
    return _with_links(ledger, found, filters)


def event(ledger: Ledger, event_id: str) -> dict | None:
    """One event by id as `Ledger.event()` gives it, plus what the pages need; or None."""
    found = ledger.event(event_id)
    return _with_links(ledger, [found], Filters(), event_id)[0] if found else None


def _with_links(ledger: Ledger, found: list[dict], filters: Filters, one: str | None = None) -> list[dict]:
    """Add `handed_over`, `created_at`, `report_links` and each figure's `report_ref` (the database
    id of its report): three queries for all events, or for just `one`."""
    # constant SQL fragments; the value is bound
    where, params = ("AND m.event = ?", (one,)) if one else ("", ())
    links: dict[str, dict[int, dict]] = defaultdict(dict)
    for m in ledger.db.execute(
            "SELECT m.event, r.id AS ref, r.report_id, r.url, r.outlet, r.published, r.title FROM mentions m"
            f" JOIN reports r ON r.id = m.report WHERE m.event IS NOT NULL {where} ORDER BY m.id", params):
        links[m["event"]].setdefault(m["ref"], {
            "ref": m["ref"], "report": m["report_id"], "url": m["url"], "outlet": m["outlet"],
            "published": m["published"], "title": m["title"]})
    refs: dict[tuple, list[int]] = defaultdict(list)  # a figure (its leg, report and span) -> report id
    for f in ledger.db.execute(
            "SELECT m.event, f.from_party, f.to_party, f.category, r.report_id, r.url, f.start, f.end, r.id AS ref"
            " FROM figures f JOIN mentions m ON m.id = f.mention JOIN reports r ON r.id = m.report"
            f" WHERE m.event IS NOT NULL {where} ORDER BY f.id", params):
        refs[tuple(f)[:-1]].append(f["ref"])
    created = dict(ledger.db.execute("SELECT id, created_at FROM events WHERE ? IS NULL OR id = ?", (one, one)))
    for e in found:
        for leg in e["legs"]:
            for fig in leg["figures"]:
                same = refs.get((e["id"], leg["from"], leg["to"], leg["category"], fig["report"], fig["url"],
                                 *fig["span"]))
                fig["report_ref"] = same.pop(0) if same else None
        e["report_links"] = list(links[e["id"]].values())
        e["created_at"] = created.get(e["id"])
        e["handed_over"] = handed_over(e, filters)
    return found


def report_texts(ledger: Ledger, refs: set[int]) -> dict[int, str]:
    """Report texts by database id, to place each figure inside its sentence."""
    refs = {r for r in refs if r is not None}
    if not refs:
        return {}
    marks = ",".join("?" * len(refs))
    rows = ledger.db.execute(f"SELECT id, text FROM reports WHERE id IN ({marks})", sorted(refs)).fetchall()
    return {r["id"]: r["text"] for r in rows}


def report(ledger: Ledger, ref: int) -> dict | None:
    """A report with its evidence spans, meetings and the events it supports."""
    db = ledger.db
    row = db.execute("SELECT * FROM reports WHERE id = ?", (ref,)).fetchone()
    if row is None:
        return None
    out = {k: row[k] for k in row.keys() if k not in ("key", "path")}  # no server file paths
    evidence = db.execute(
        "SELECT field, value, start, end, sentence, rule FROM evidence WHERE report = ? ORDER BY start, id",
        (ref,)).fetchall()
    out["evidence"] = [{**dict(e), "value": _json(e["value"])} for e in evidence]
    supported = db.execute(
        "SELECT DISTINCT m.event FROM mentions m WHERE m.report = ? AND m.event IS NOT NULL ORDER BY m.id",
        (ref,)).fetchall()
    out["events"] = [e["event"] for e in supported]
    out["meetings"] = [m for m in meetings(ledger) if m["report_ref"] == ref]
    return out


def _json(value: str | None) -> object:
    try:
        return json.loads(value) if value is not None else None
    except ValueError:
        return value


def meetings(ledger: Ledger) -> list[dict]:
    """Every meeting with the report it was read from, oldest first (undated last)."""
    rows = ledger.db.execute(
        "SELECT g.id, g.date, g.place, g.parties, g.status, r.id AS report_ref, r.report_id, r.url, r.outlet"
        " FROM meetings g JOIN reports r ON r.id = g.report ORDER BY g.date IS NULL, g.date, g.id"
    ).fetchall()
    return [{**dict(r), "parties": json.loads(r["parties"])} for r in rows]


def choices(ledger: Ledger) -> dict[str, list[str]]:
    """Parties and categories that occur in the ledger, for the filter form."""
    db = ledger.db
    parties = db.execute(
        "SELECT from_party AS p FROM figures WHERE from_party IS NOT NULL"
        " UNION SELECT to_party FROM figures WHERE to_party IS NOT NULL ORDER BY 1").fetchall()
    cats = db.execute("SELECT DISTINCT category FROM figures ORDER BY 1").fetchall()
    return {"parties": [r[0] for r in parties], "categories": [r[0] for r in cats]}


def totals(events: list[dict], filters: Filters, by: str | None = None) -> dict:
    """Sums over the selection: per category, per party (handed over / received), per period."""
    legs = [(e, leg) for e in events for leg in e["legs"] if filters.keeps_leg(leg)]
    by_category = _sum_by(legs, lambda e, leg: leg["category"])
    out: dict = {
        "filters": filters.params(),
        "events": len(events),
        "count": sum(by_category.values()),
        "by_category": by_category,
        "by_party": _by_party(legs),
    }
    width = {"month": 7, "year": 4}.get(by or "")
    if width:
        out["by"] = by
        out["periods"] = _periods(events, legs, width)
    return out


def _sum_by(legs: list[tuple[dict, dict]], key) -> dict[str, int]:
    """Counts summed per key(event, leg), sorted by key; unknown counts add 0."""
    out: dict[str, int] = defaultdict(int)
    for e, leg in legs:
        out[key(e, leg)] += leg["count"] or 0
    return dict(sorted(out.items()))


def _by_party(legs: list[tuple[dict, dict]]) -> dict[str, dict[str, dict[str, int]]]:
    """For each party, what it handed over and what it received, per category."""
    parties = sorted({p for _, leg in legs for p in (leg["from"], leg["to"]) if p})
    return {p: {
        "handed_over": _sum_by([x for x in legs if x[1]["from"] == p], lambda e, leg: leg["category"]),
        "received": _sum_by([x for x in legs if x[1]["to"] == p], lambda e, leg: leg["category"]),
    } for p in parties}


def _periods(events: list[dict], legs: list[tuple[dict, dict]], width: int) -> list[dict]:
    """Per month (width 7) or year (width 4) of the exchange date; undated events are left out."""
    keys = sorted({e["date"][:width] for e in events if e["date"]})
    return [{
        "period": k,
        "events": sum(1 for e in events if e["date"] and e["date"][:width] == k),
        "count": sum(leg["count"] or 0 for e, leg in legs if e["date"] and e["date"][:width] == k),
        "by_category": _sum_by([x for x in legs if x[0]["date"] and x[0]["date"][:width] == k],
                               lambda e, leg: leg["category"]),
    } for k in keys]
