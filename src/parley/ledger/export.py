"""Exports: tidy CSV (one row per leg), JSON, a Wikipedia table, and a Datasette-ready copy.

CSV column names follow ACLED where one fits (event_id, event_date, year, time_precision,
source, notes); `from` and `to` are the side that handed over and the side whose people or
dead they were. time_precision is ACLED's code: 1 = the day is known, 3 = only the month.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3

from parley.csvcells import safe_row

CSV_COLUMNS = ["event_id", "event_date", "year", "date_precision", "time_precision", "from", "to", "category",
               "count", "all_figures", "disputed", "origins", "confirmed_by", "sources", "source",
               "report_urls", "operation", "notes"]
TIME_PRECISION = {"day": 1, "month": 3}


def leg_rows(events: list[dict], keeps_leg=lambda leg: True) -> list[dict]:
    """One flat row per leg of every event."""
    rows = []
    for e in events:
        for g in e["legs"]:
            if not keeps_leg(g):
                continue
            figs = g["figures"]
            notes = []
            if g.get("curated"):
                notes.append("count set by a curator")
            if e.get("known_from") == "previous":
                notes.append("known only from later reports")
            rows.append({
                "event_id": e["id"], "event_date": e["date"] or "", "year": (e["date"] or "")[:4],
                "date_precision": e["date_precision"] or "unknown",
                "time_precision": TIME_PRECISION.get(e["date_precision"] or "", ""),
                "from": g["from"] or "", "to": g["to"] or "", "category": g["category"],
                "count": "" if g["count"] is None else g["count"],
                "all_figures": "; ".join(str(c) for c in sorted({f["count"] for f in figs if f["count"] is not None})),
                "disputed": int(bool(g.get("disputed"))), "origins": g.get("origins", 0),
                "confirmed_by": "; ".join(g.get("confirmed_by", [])),
                "sources": "; ".join(dict.fromkeys(s for f in figs for s in f["sources"])),
                "source": "; ".join(sorted({f["outlet"] for f in figs if f["outlet"]})),
                "report_urls": " ".join(dict.fromkeys(f["url"] for f in figs if f["url"])),
                "operation": e.get("operation") or "", "notes": "; ".join(notes),
            })
    return rows


def to_csv(rows: list[dict]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    writer.writerows(safe_row(r) for r in rows)
    return buf.getvalue()


def to_json(events: list[dict], operations: list[dict]) -> str:
    return json.dumps({"events": events, "operations": operations}, ensure_ascii=False, indent=2) + "\n"


def _wiki(text: object) -> str:
    """Text safe inside a table cell or a template parameter."""
    return (str(text).replace("{{", "{ {").replace("}}", "} }").replace("|", "{{!}}").replace("<", "&lt;")
            .replace("[", "&#91;").replace("]", "&#93;").replace("\n", " "))


def _cite(url: str, meta: dict) -> str:
    parts = [f"url={_wiki(url)}"]
    if meta.get("title"):
        parts.append(f"title={_wiki(meta['title'])}")
    if meta.get("outlet"):
        parts.append(f"work={_wiki(meta['outlet'])}")
    if meta.get("published"):
        parts.append(f"date={meta['published']}")
    return "{{cite news |" + " |".join(parts) + "}}"


def to_wikitext(events: list[dict], reports: dict[str, dict], keeps_leg=lambda leg: True) -> str:
    """A sortable wikitable, one row per leg, each figure cited with <ref> to its reports."""
    names: dict[str, str] = {}
    lines = ['{| class="wikitable sortable"',
             "! Date !! Handed over by !! To !! Category !! Number !! Notes"]
    for e in events:
        for g in e["legs"]:
            if not keeps_leg(g):
                continue
            refs = []
            for url in dict.fromkeys(f["url"] for f in g["figures"] if f["url"]):
                if url in names:
                    refs.append(f'<ref name="{names[url]}" />')
                else:
                    names[url] = f"parley{len(names) + 1}"
                    refs.append(f'<ref name="{names[url]}">{_cite(url, reports.get(url, {}))}</ref>')
            count = "?" if g["count"] is None else f"{g['count']:,}"
            notes = f"other figures: {', '.join(f'{c:,}' for c in g['alt_counts'])}" if g.get("alt_counts") else ""
            lines += ["|-", f"| {e['date'] or 'unknown'} || {_wiki(g['from'] or '?')} || {_wiki(g['to'] or '?')}"
                      f" || {g['category']} || {count}{''.join(refs)} || {notes}"]
    lines += ["|}", "", "== References ==", "{{reflist}}"]
    return "\n".join(lines) + "\n"


VIEWS = {
    "event_legs": "SELECT e.id AS event_id, e.date AS event_date, e.date_precision, l.from_party, l.to_party,"
                  " l.category, l.count, l.all_figures, l.disputed, l.origins, l.confirmed_by, e.known_from,"
                  " e.operation FROM events e JOIN ledger_legs l ON l.event = e.id",
    "event_figures": "SELECT m.event AS event_id, f.from_party, f.to_party, f.category, f.count, f.is_alt,"
                     " f.sources, f.sentence, r.url, r.outlet, r.published, m.mention FROM figures f"
                     " JOIN mentions m ON m.id = f.mention JOIN reports r ON r.id = m.report",
    "event_reports": "SELECT DISTINCT m.event AS event_id, r.url, r.outlet, r.published, r.title, m.mention"
                     " FROM mentions m JOIN reports r ON r.id = m.report WHERE m.event IS NOT NULL",
    "operation_stages": "SELECT o.id AS operation_id, o.first_date, o.last_date, e.id AS event_id, e.date"
                        " FROM operations o JOIN events e ON e.operation = o.id",
    "corrections_log": "SELECT id, at, by, kind, event, field, value, other, report_key, note, applied_to"
                       " FROM corrections",
}


def to_sqlite(db: sqlite3.Connection, events: list[dict], out: str) -> None:
    """Copy the ledger to `out` with the chosen leg values as a table and a view per useful join."""
    dest = sqlite3.connect(out)
    try:
        db.backup(dest)
        with dest:
            dest.execute("DROP TABLE IF EXISTS ledger_legs")
            dest.execute("CREATE TABLE ledger_legs (event TEXT NOT NULL REFERENCES events(id), from_party TEXT,"
                         " to_party TEXT, category TEXT NOT NULL, count INTEGER, all_figures TEXT,"
                         " disputed INTEGER NOT NULL, origins INTEGER NOT NULL, confirmed_by TEXT)")
            for r in leg_rows(events):
                dest.execute("INSERT INTO ledger_legs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                             (r["event_id"], r["from"] or None, r["to"] or None, r["category"],
                              None if r["count"] == "" else r["count"], r["all_figures"], r["disputed"],
                              r["origins"], r["confirmed_by"]))
            for name, select in VIEWS.items():
                dest.execute(f"DROP VIEW IF EXISTS {name}")  # constant names and queries, no values
                dest.execute(f"CREATE VIEW {name} AS {select}")
    finally:
        dest.close()
