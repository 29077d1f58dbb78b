"""Read-only queries behind the dashboard.

The app opens the ledger with a `mode=ro` URI so a bug here can never change it; events come
out in exactly the shape `Ledger.events()` gives (the store's own record builder), plus the
database ids of the reports so pages can link to them.
"""

from __future__ import annotations

import json
import pathlib
import re
import sqlite3
from collections import defaultdict
from dataclasses import asdict, dataclass
from types import SimpleNamespace

from parley.ledger.curate import overlay
from parley.ledger.store import _event_record

DATE_PREFIX = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def connect(db_path: str | pathlib.Path) -> sqlite3.Connection:
    """A read-only connection: writes fail inside SQLite itself, not by convention.

    FastAPI may open it in one worker thread and use it in another, hence check_same_thread.
    """
    uri = pathlib.Path(db_path).resolve().as_uri() + "?mode=ro"
    db = sqlite3.connect(uri, uri=True, check_same_thread=False)  # one connection per request
    db.row_factory = sqlite3.Row
    return db


@dataclass(frozen=True)
class Filters:
    """The selection shared by the timeline, the events table, the CSV and the API."""

    party: str | None = None
    category: str | None = None
    since: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD, inclusive
    until: str | None = None

    def keeps_leg(self, leg: dict) -> bool:
        """A leg counts when it has the category and involves the party (either side)."""
        if self.category and leg["category"] != self.category:
            return False
        if self.party:
            sides = {(leg["from"] or "").casefold(), (leg["to"] or "").casefold()}
            return self.party.casefold() in sides
        return True

    def keeps_event(self, event: dict) -> bool:
        """Date bounds compare ISO prefixes, so until=2025-02 keeps all of February."""
        date = event["date"]
        if (self.since or self.until) and not date:
            return False
        if self.since and date < self.since:
            return False
        if self.until and date[: len(self.until)] > self.until:
            return False
        if self.party or self.category:
            return any(self.keeps_leg(leg) for leg in event["legs"])
        return True

    def params(self) -> dict[str, str]:
        """The non-empty filters, for links that keep the selection."""
        return {k: v for k, v in asdict(self).items() if v}


def parse_date_bound(value: str | None, name: str) -> str | None:
    """Empty form fields mean "no bound"; anything else must be an ISO date prefix."""
    value = (value or "").strip()
    if not value:
        return None
    if not DATE_PREFIX.match(value):
        raise ValueError(f"{name}: expected YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    return value


def handed_over(event: dict, filters: Filters) -> int:
    """People (or bodies) handed over in the legs the filters keep; unknown counts add 0."""
    return sum(leg["count"] or 0 for leg in event["legs"] if filters.keeps_leg(leg))


def _group(rows: list[sqlite3.Row], key: str) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        out[row[key]].append(dict(row))
    return out


def all_events(db: sqlite3.Connection) -> list[dict]:
    """Every event, oldest first (undated last): three queries instead of one per event."""
    return _events(db, "", ())


def event(db: sqlite3.Connection, event_id: str) -> dict | None:
    """One event by id, or None."""
    found = _events(db, "AND m.event = ?", (event_id,), "WHERE id = ?")
    return found[0] if found else None


def _events(db: sqlite3.Connection, mention_where: str, params: tuple, event_where: str = "") -> list[dict]:
    """Events with their mentions and figures; the WHERE fragments are constants, values are bound."""
    rows = db.execute(f"SELECT * FROM events {event_where} ORDER BY date IS NULL, date, id", params).fetchall()
    mentions = _group(db.execute(
        "SELECT m.*, r.id AS report_ref, r.report_id, r.url, r.outlet, r.published, r.title"
        f" FROM mentions m JOIN reports r ON r.id = m.report WHERE m.event IS NOT NULL {mention_where} ORDER BY m.id",
        params).fetchall(), "event")
    figures = _group(db.execute(
        "SELECT f.*, m.event, r.id AS report_ref, r.report_id, r.url, r.outlet FROM figures f"
        " JOIN mentions m ON m.id = f.mention JOIN reports r ON r.id = m.report"
        f" WHERE m.event IS NOT NULL {mention_where} ORDER BY f.id", params).fetchall(), "event")
    records = [_record(dict(row), mentions.get(row["id"], []), figures.get(row["id"], [])) for row in rows]
    return [_curated(db, rec) for rec in records]


def _curated(db: sqlite3.Connection, rec: dict) -> dict:
    """A curator's leg counts, agreement and mediators on top, as `parley events` shows them."""
    try:
        return overlay(SimpleNamespace(db=db), rec)
    except sqlite3.OperationalError:  # a ledger made before corrections existed
        return rec


def _record(row: dict, mentions: list[dict], figures: list[dict]) -> dict:
    """The store's event record, with report ids for links and the creation time for feeds."""
    event = _event_record(row, mentions, figures)
    for leg in event["legs"]:
        own = [f for f in figures if (f["from_party"], f["to_party"], f["category"])
               == (leg["from"], leg["to"], leg["category"])]
        for fig, src in zip(leg["figures"], own, strict=False):
            fig["report_ref"] = src["report_ref"]
    event["report_links"] = _report_links(mentions)
    event["created_at"] = row["created_at"]
    return event


def _report_links(mentions: list[dict]) -> list[dict]:
    seen: dict[int, dict] = {}
    for m in mentions:
        seen.setdefault(m["report_ref"], {
            "ref": m["report_ref"], "report": m["report_id"], "url": m["url"], "outlet": m["outlet"],
            "published": m["published"], "title": m["title"],
        })
    return list(seen.values())


def report_texts(db: sqlite3.Connection, refs: set[int]) -> dict[int, str]:
    """Report texts by database id, to place each figure inside its sentence."""
    if not refs:
        return {}
    marks = ",".join("?" * len(refs))
    rows = db.execute(f"SELECT id, text FROM reports WHERE id IN ({marks})", sorted(refs)).fetchall()
    return {r["id"]: r["text"] for r in rows}


def report(db: sqlite3.Connection, ref: int) -> dict | None:
    """A report with its evidence spans, meetings and the events it supports."""
    row = db.execute("SELECT * FROM reports WHERE id = ?", (ref,)).fetchone()
    if row is None:
        return None
    out = {k: row[k] for k in row.keys() if k not in ("key", "path")}  # no server file paths
    evidence = db.execute(
        "SELECT field, value, start, end, sentence, rule FROM evidence WHERE report = ? ORDER BY start, id",
        (ref,)).fetchall()
    out["evidence"] = [{**dict(e), "value": _json(e["value"])} for e in evidence]
    events = db.execute(
        "SELECT DISTINCT m.event FROM mentions m WHERE m.report = ? AND m.event IS NOT NULL ORDER BY m.id",
        (ref,)).fetchall()
    out["events"] = [e["event"] for e in events]
    out["meetings"] = [m for m in meetings(db) if m["report_ref"] == ref]
    return out


def _json(value: str | None) -> object:
    try:
        return json.loads(value) if value is not None else None
    except ValueError:
        return value


def meetings(db: sqlite3.Connection) -> list[dict]:
    """Every meeting with the report it was read from, oldest first (undated last)."""
    rows = db.execute(
        "SELECT g.id, g.date, g.place, g.parties, g.status, r.id AS report_ref, r.report_id, r.url, r.outlet"
        " FROM meetings g JOIN reports r ON r.id = g.report ORDER BY g.date IS NULL, g.date, g.id"
    ).fetchall()
    return [{**dict(r), "parties": json.loads(r["parties"])} for r in rows]


def choices(db: sqlite3.Connection) -> dict[str, list[str]]:
    """Parties and categories that occur in the ledger, for the filter form."""
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
