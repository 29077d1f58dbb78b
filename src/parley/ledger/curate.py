"""Curation: a curator's corrections, stored apart and applied on top of what was read.

A correction names an event, and also the mentions (report key + position) that made it up
when the curator acted, so it still finds its event after a rebuild with a better
extractor changed ids. Every correction is replayed, oldest first, after each ingestion.

- set: `date`, `date_precision`, `known_from` or `operation` (stored on the event), or
  `agreement`, `mediators` (comma-separated) and a leg's count, `FROM>TO.category=N`
  (shown on top of the figures, which all stay visible);
- merge E1 E2: E2's mentions join E1 and E2 goes;
- split E --report R: R's mentions of E become an event of their own.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter

from parley.ledger.merge import new_event_id

EVENT_COLUMNS = {"date": "date", "date_precision": "date_precision", "known_from": "known_from",
                 "operation": "operation"}
RECORD_FIELDS = {"agreement", "mediators"}
LEG_FIELD = re.compile(r"^(?P<from>[^>]+)>(?P<to>[^.]+)\.(?P<category>prisoners|bodies)$")


CHOICES = {"date_precision": {"day", "month", ""}, "known_from": {"current", "previous"}}


def check_field(field: str, value: str | None = None) -> None:
    """Refuse a correction before it is stored: corrections are kept for good and re-applied."""
    if field not in EVENT_COLUMNS and field not in RECORD_FIELDS and not LEG_FIELD.match(field):
        raise ValueError(f"cannot set {field!r}: use date, date_precision, known_from, operation, agreement, "
                         "mediators or FROM>TO.category (a leg's count)")
    if value in (None, ""):
        return
    if field == "date":
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"date must be YYYY-MM-DD, not {value!r}") from None
    elif field in CHOICES and value not in CHOICES[field]:
        raise ValueError(f"{field} must be one of {', '.join(sorted(c for c in CHOICES[field] if c))}")
    elif LEG_FIELD.match(field) and not (value.isascii() and value.isdigit() and int(value) <= 10_000_000):
        raise ValueError(f"a leg's count must be a whole number of people, not {value!r}")


def _anchors(db, event_id: str) -> list[list]:
    rows = db.execute("SELECT r.key, m.idx FROM mentions m JOIN reports r ON r.id = m.report"
                      " WHERE m.event = ? ORDER BY m.id", (event_id,)).fetchall()
    return [[k, i] for k, i in rows]


def record(ledger, kind: str, event: str, *, by: str, note: str | None = None, field: str | None = None,
           value: str | None = None, other: str | None = None, report_key: str | None = None) -> int:
    """Store one correction and apply everything again; returns its id."""
    db = ledger.db
    if db.execute("SELECT 1 FROM events WHERE id = ?", (event,)).fetchone() is None:
        raise ValueError(f"{event}: no such event")
    anchors = {"event": _anchors(db, event), "other": _anchors(db, other) if other else []}
    if kind == "split":
        anchors["event"] = [a for a in anchors["event"] if a[0] != report_key]
        anchors["other"] = [a for a in _anchors(db, event) if a[0] == report_key]
        if not anchors["other"]:
            raise ValueError(f"{report_key}: not a report of {event}")
        other = _split_id(db, event, report_key)
    at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with db:
        cur = db.execute(
            "INSERT INTO corrections (kind, event, field, value, other, report_key, anchors, note, by, at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (kind, event, field, value, other, report_key, json.dumps(anchors), note, by, at))
        apply_all(ledger)
    return cur.lastrowid


def _resolve(db, event_id: str | None, anchors: list[list]) -> str | None:
    """The event a correction means now: where most of its mentions are, else its id."""
    found: Counter = Counter()
    for key, idx in anchors:
        for (eid,) in db.execute("SELECT m.event FROM mentions m JOIN reports r ON r.id = m.report"
                                 " WHERE r.key = ? AND m.idx = ? AND m.event IS NOT NULL", (key, idx)):
            found[eid] += 1
    if found:
        return max(found, key=lambda eid: (found[eid], eid == event_id))
    if event_id and db.execute("SELECT 1 FROM events WHERE id = ?", (event_id,)).fetchone():
        return event_id
    return None


def apply_all(ledger) -> None:
    db = ledger.db
    for c in db.execute("SELECT * FROM corrections ORDER BY id").fetchall():
        anchors = json.loads(c["anchors"])
        target = _resolve(db, c["event"], anchors["event"])
        if c["kind"] == "set" and target and c["field"] == "operation" and c["value"]:
            db.execute("INSERT OR IGNORE INTO operations (id, name, parties, created_at)"
                       " VALUES (?, 'curated', '[]', ?)", (c["value"], c["at"]))
        if c["kind"] == "set" and target and c["field"] in EVENT_COLUMNS:
            db.execute(f"UPDATE events SET {EVENT_COLUMNS[c['field']]} = ? WHERE id = ?",  # whitelisted column
                       (c["value"] or None, target))
        elif c["kind"] == "merge" and target:
            _merge(db, target, _resolve(db, c["other"], anchors["other"]))
        elif c["kind"] == "split" and target:
            _split(db, target, c["other"], c["report_key"])
        db.execute("UPDATE corrections SET applied_to = ? WHERE id = ?", (target, c["id"]))


def _merge(db, keep: str, gone: str | None) -> None:
    if not gone or gone == keep:
        return
    db.execute("UPDATE mentions SET event = ? WHERE event = ?", (keep, gone))
    db.execute("UPDATE events SET date = coalesce(date, (SELECT date FROM events WHERE id = ?)),"
               " date_precision = coalesce(date_precision, (SELECT date_precision FROM events WHERE id = ?)),"
               " known_from = CASE WHEN known_from = 'current' OR"
               " (SELECT known_from FROM events WHERE id = ?) = 'current' THEN 'current' ELSE known_from END"
               " WHERE id = ?", (gone, gone, gone, keep))
    db.execute("DELETE FROM events WHERE id = ?", (gone,))


def _mention_rec(db, event: str, report_key: str) -> dict | None:
    row = db.execute("SELECT m.id, m.date, m.date_precision, m.mention FROM mentions m JOIN reports r"
                     " ON r.id = m.report WHERE m.event = ? AND r.key = ? ORDER BY m.id",
                     (event, report_key)).fetchone()
    if row is None:
        return None
    legs = [{"from": f, "to": t, "category": c} for f, t, c in db.execute(
        "SELECT from_party, to_party, category FROM figures WHERE mention = ?", (row["id"],))]
    return {"date": row["date"], "date_precision": row["date_precision"], "mention": row["mention"], "legs": legs}


def _split_id(db, event: str, report_key: str) -> str:
    rec = _mention_rec(db, event, report_key)
    taken = {eid for (eid,) in db.execute("SELECT id FROM events UNION SELECT event FROM corrections"
                                          " UNION SELECT other FROM corrections WHERE other IS NOT NULL")}
    return new_event_id(rec or {"date": None, "legs": []}, taken)


def _split(db, event: str, new_id: str, report_key: str) -> None:
    rec = _mention_rec(db, event, report_key)
    if rec is None:
        return  # already apart (or the report is gone)
    if db.execute("SELECT 1 FROM events WHERE id = ?", (new_id,)).fetchone() is None:
        db.execute("INSERT INTO events (id, date, date_precision, known_from, created_at)"
                   " VALUES (?, ?, ?, ?, datetime('now'))",
                   (new_id, rec["date"], rec["date_precision"], rec["mention"]))
    db.execute("UPDATE mentions SET event = ? WHERE event = ? AND report = (SELECT id FROM reports WHERE key = ?)",
               (new_id, event, report_key))


def overlay(ledger, rec: dict) -> dict:
    """The record with the curator's agreement, mediators and leg counts on top."""
    rows = ledger.db.execute("SELECT field, value FROM corrections WHERE kind = 'set' AND applied_to = ?"
                             " ORDER BY id", (rec["id"],)).fetchall()
    for field, value in rows:
        if field == "agreement":
            rec["agreement"] = value or None
        elif field == "mediators":
            rec["mediators"] = [m.strip() for m in (value or "").split(",") if m.strip()]
        elif m := LEG_FIELD.match(field):
            _set_leg(rec, m["from"], m["to"], m["category"], int(value) if value else None)
    if rows:
        rec["curated"] = True
    return rec


def _set_leg(rec: dict, frm: str, to: str, category: str, count: int | None) -> None:
    leg = next((g for g in rec["legs"] if (g["from"], g["to"], g["category"]) == (frm, to, category)), None)
    if leg is None:
        leg = {"from": frm, "to": to, "category": category, "count": None, "disputed": False, "origins": 0,
               "confirmed_by": [], "figures": []}
        rec["legs"].append(leg)
    read = {f["count"] for f in leg["figures"] if f["count"] is not None}
    leg["count"], leg["curated"] = count, True
    if read - {count}:
        leg["alt_counts"] = sorted(read - {count})


def history(ledger, event_id: str) -> list[dict]:
    """What happened to an event: reports joining it (ingested) and corrections (who, when, why)."""
    db = ledger.db
    out = [{"at": r["ingested_at"], "by": "ingest", "what": f"report {r['url'] or r['report_id']}", "note": None}
           for r in db.execute("SELECT DISTINCT r.ingested_at, r.url, r.report_id FROM mentions m JOIN reports r"
                               " ON r.id = m.report WHERE m.event = ?", (event_id,))]
    for c in db.execute("SELECT * FROM corrections WHERE ? IN (event, other, applied_to) ORDER BY id", (event_id,)):
        what = {"set": f"set {c['field']}={c['value']}", "merge": f"merge {c['other']} into {c['event']}",
                "split": f"split {c['report_key']} from {c['event']} into {c['other']}"}[c["kind"]]
        if c["applied_to"] is None:
            what += " (not applied: its event is gone)"
        out.append({"at": c["at"], "by": c["by"], "what": what, "note": c["note"], "correction": c["id"]})
    return sorted(out, key=lambda h: h["at"])
