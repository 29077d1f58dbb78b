"""The SQLite ledger: reports, what was read from them, and the events they merge into.

Plain tables with foreign keys, so Datasette (or any SQLite client) can browse it. All SQL
is parameterised. Re-adding a report with the same key (url, else a hash of the text)
changes nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import pathlib
import sqlite3
from collections import Counter

from parley.ledger.merge import choose_event, new_event_id
from parley.model import Reading, Report

SCHEMA = """
CREATE TABLE IF NOT EXISTS reports (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    report_id TEXT NOT NULL,
    url TEXT, outlet TEXT, published TEXT, published_source TEXT, language TEXT,
    title TEXT, origin TEXT, path TEXT, text TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY,
    date TEXT, date_precision TEXT,
    known_from TEXT NOT NULL DEFAULT 'current',  -- 'previous' if only back-references name it
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS mentions (
    id INTEGER PRIMARY KEY,
    report INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    mention TEXT NOT NULL,
    date TEXT, date_precision TEXT,
    mediators TEXT NOT NULL, agreement TEXT, sources TEXT NOT NULL,
    event TEXT REFERENCES events(id)
);
CREATE TABLE IF NOT EXISTS figures (
    id INTEGER PRIMARY KEY,
    mention INTEGER NOT NULL REFERENCES mentions(id) ON DELETE CASCADE,
    from_party TEXT, to_party TEXT, category TEXT NOT NULL,
    count INTEGER, alt_counts TEXT NOT NULL,
    start INTEGER, end INTEGER, sentence TEXT, rule TEXT
);
CREATE TABLE IF NOT EXISTS meetings (
    id INTEGER PRIMARY KEY,
    report INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    date TEXT, place TEXT, parties TEXT NOT NULL, status TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS evidence (
    id INTEGER PRIMARY KEY,
    report INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    field TEXT NOT NULL, value TEXT, start INTEGER, end INTEGER, sentence TEXT, rule TEXT
);
CREATE INDEX IF NOT EXISTS mentions_event ON mentions(event);
CREATE INDEX IF NOT EXISTS figures_mention ON figures(mention);
"""


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class Ledger:
    """`Ledger(path)` opens (or creates) a ledger database."""

    def __init__(self, path: str | pathlib.Path = "parley.db"):
        self.path = str(path)
        self.db = sqlite3.connect(self.path)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA foreign_keys = ON")
        self.db.executescript(SCHEMA)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---- writing -------------------------------------------------------------------------

    def has(self, report: Report) -> bool:
        row = self.db.execute("SELECT 1 FROM reports WHERE key = ?", (report.key,)).fetchone()
        return row is not None

    def add(self, report: Report, reading: Reading) -> str:
        """Store a report and its reading; returns "new" or "duplicate"."""
        if self.has(report):
            return "duplicate"
        with self.db:
            cur = self.db.execute(
                "INSERT INTO reports (key, report_id, url, outlet, published, published_source,"
                " language, title, origin, path, text, ingested_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (report.key, report.id, report.url, report.outlet,
                 report.published.isoformat() if report.published else None,
                 report.published_source, reading.language or report.language, report.title,
                 report.origin, report.path, report.text, _now()),
            )
            rid = cur.lastrowid
            for idx, ex in enumerate(reading.exchanges):
                rec = ex.to_record()
                event = self._place_mention(rec, report)
                mcur = self.db.execute(
                    "INSERT INTO mentions (report, idx, mention, date, date_precision, mediators,"
                    " agreement, sources, event) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (rid, idx, ex.mention, rec["date"], rec["date_precision"],
                     json.dumps(ex.mediators), ex.agreement, json.dumps(ex.sources), event),
                )
                for leg in ex.legs:
                    ev = leg.evidence[0] if leg.evidence else None
                    self.db.execute(
                        "INSERT INTO figures (mention, from_party, to_party, category, count,"
                        " alt_counts, start, end, sentence, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (mcur.lastrowid, leg.from_, leg.to, leg.category, leg.count,
                         json.dumps(leg.alt_counts), ev.start if ev else None,
                         ev.end if ev else None, ev.sentence if ev else None, ev.rule if ev else None),
                    )
            for m in reading.meetings:
                self.db.execute(
                    "INSERT INTO meetings (report, date, place, parties, status) VALUES (?, ?, ?, ?, ?)",
                    (rid, m.date.isoformat() if m.date else None, m.place, json.dumps(m.parties),
                     m.status),
                )
            for e in reading.evidence():
                self.db.execute(
                    "INSERT INTO evidence (report, field, value, start, end, sentence, rule)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (rid, e.field, json.dumps(e.value, ensure_ascii=False), e.start, e.end,
                     e.sentence, e.rule),
                )
        return "new"

    def _place_mention(self, rec: dict, report: Report) -> str:
        """The event this mention belongs to: an existing compatible one, or a new one."""
        candidates = [self.event(eid) for (eid,) in self.db.execute("SELECT id FROM events")]
        published = report.published.isoformat() if report.published else None
        chosen = choose_event(rec, [c for c in candidates if c], published)
        if chosen:
            if rec["date"] and not chosen["date"]:
                self.db.execute("UPDATE events SET date = ?, date_precision = ? WHERE id = ?",
                                (rec["date"], rec["date_precision"], chosen["id"]))
            if rec["mention"] == "current":
                self.db.execute("UPDATE events SET known_from = 'current' WHERE id = ?",
                                (chosen["id"],))
            return chosen["id"]
        taken = {eid for (eid,) in self.db.execute("SELECT id FROM events")}
        eid = new_event_id(rec, taken)
        self.db.execute(
            "INSERT INTO events (id, date, date_precision, known_from, created_at) VALUES (?, ?, ?, ?, ?)",
            (eid, rec["date"], rec["date_precision"], rec["mention"], _now()),
        )
        return eid

    # ---- reading -------------------------------------------------------------------------

    def event(self, event_id: str) -> dict | None:
        row = self.db.execute("SELECT * FROM events WHERE id = ?", (event_id,)).fetchone()
        if row is None:
            return None
        mentions = self.db.execute(
            "SELECT m.*, r.report_id, r.url, r.outlet, r.published FROM mentions m"
            " JOIN reports r ON r.id = m.report WHERE m.event = ? ORDER BY m.id",
            (event_id,),
        ).fetchall()
        figures = self.db.execute(
            "SELECT f.*, r.report_id, r.url, r.outlet FROM figures f JOIN mentions m ON m.id = f.mention"
            " JOIN reports r ON r.id = m.report WHERE m.event = ? ORDER BY f.id",
            (event_id,),
        ).fetchall()
        return _event_record(dict(row), [dict(m) for m in mentions], [dict(f) for f in figures])

    def events(self) -> list[dict]:
        ids = [r[0] for r in self.db.execute(
            "SELECT id FROM events ORDER BY date IS NULL, date, id")]
        return [e for e in (self.event(i) for i in ids) if e]

    def counts(self) -> dict:
        q = self.db.execute
        return {
            "reports": q("SELECT count(*) FROM reports").fetchone()[0],
            "events": q("SELECT count(*) FROM events").fetchone()[0],
            "meetings": q("SELECT count(*) FROM meetings").fetchone()[0],
        }


def _event_record(row: dict, mentions: list[dict], figures: list[dict]) -> dict:
    """An event in the shape of an ANNOTATION.md exchange, plus id, reports and figures."""
    legs: dict[tuple, list[dict]] = {}
    for f in figures:
        legs.setdefault((f["from_party"], f["to_party"], f["category"]), []).append(f)
    out_legs = []
    for (frm, to, cat), figs in legs.items():
        counts = [f["count"] for f in figs if f["count"] is not None]
        tally = Counter(counts)
        best = max(tally, key=lambda c: (tally[c], -counts.index(c))) if counts else None
        leg = {"from": frm, "to": to, "category": cat, "count": best}
        alts = sorted({c for c in counts if c != best})
        if alts:
            leg["alt_counts"] = alts
        leg["figures"] = [
            {"count": f["count"], "report": f["report_id"], "url": f["url"], "outlet": f["outlet"],
             "span": [f["start"], f["end"]], "sentence": f["sentence"]}
            for f in figs
        ]
        out_legs.append(leg)
    mediators: list[str] = []
    sources: list[str] = []
    agreement = None
    for m in mentions:
        for x in json.loads(m["mediators"]):
            if x not in mediators:
                mediators.append(x)
        for x in json.loads(m["sources"]):
            if x not in sources:
                sources.append(x)
        agreement = agreement or m["agreement"]
    reports = []
    for m in mentions:
        ref = m["url"] or m["report_id"]
        if ref not in reports:
            reports.append(ref)
    outlets = sorted({m["outlet"] for m in mentions if m["outlet"]})
    return {
        "id": row["id"],
        "date": row["date"],
        "date_precision": row["date_precision"],
        "legs": out_legs,
        "mediators": mediators,
        "agreement": agreement,
        "sources": sources,
        "known_from": row["known_from"],
        "reports": reports,
        "outlets": outlets,
    }
