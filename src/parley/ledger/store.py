"""The SQLite ledger: reports, what was read from them, and the events they merge into.

All SQL is parameterised. Re-adding a report with the same key (url, else a hash of the
text) changes nothing. Corrections are stored apart (see curate.py) and re-applied after
every change, so neither re-ingestion nor `rebuild` with a better extractor loses them.
"""

from __future__ import annotations

import datetime as dt
import json
import pathlib
import sqlite3
from collections.abc import Callable
from functools import wraps

from parley.ledger import curate, export, flags, operations, totals
from parley.ledger.figures import figure_rows
from parley.ledger.filters import Filters
from parley.ledger.merge import choose_event, new_event_id
from parley.ledger.records import event_record
from parley.ledger.schema import migrate
from parley.model import Exchange, Reading, Report

Window = tuple[str, str] | None  # inclusive ISO bounds on event days; undated events always count
MERGE_MARGIN = 40  # days around a report's dates where the events it may join lie (month precision, window)
OPERATION_MARGIN = 60  # days around them where runs of stages are recomputed


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _writes(method):
    """A method that changes the ledger: refused, before anything happens, when it is read-only."""
    @wraps(method)
    def checked(self, *args, **kwargs):
        if self.readonly:
            raise PermissionError(f"{self.path}: ledger opened read-only, cannot {method.__name__}")
        return method(self, *args, **kwargs)
    return checked


class Ledger:
    """`Ledger(path)` opens (or creates, or brings up to date) a ledger database.

    `Ledger(path, readonly=True)` opens an existing one with a `mode=ro` URI, so SQLite itself
    refuses writes; nothing is created or migrated and the write methods raise PermissionError.
    Such a connection may be used from another thread than the one that opened it (the
    dashboard opens one per request in a worker thread).
    """

    def __init__(self, path: str | pathlib.Path = "parley.db", readonly: bool = False):
        self.path = str(path)
        self.readonly = readonly
        if readonly:
            if not pathlib.Path(path).is_file():
                raise FileNotFoundError(f"{path}: no such ledger")
            uri = pathlib.Path(path).resolve().as_uri() + "?mode=ro"
            self.db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        else:
            self.db = sqlite3.connect(self.path)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA foreign_keys = ON")
        if readonly:
            try:
                _check_current(self.db, self.path)
            except Exception:
                self.db.close()
                raise
        else:
            with self.db:
                migrate(self.db)

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

    @_writes
    def add(self, report: Report, reading: Reading) -> str:
        """Store a report and its reading; returns "new" or "duplicate"."""
        if self.has(report):
            return "duplicate"
        with self.db:
            cur = self.db.execute(
                "INSERT INTO reports (key, report_id, url, outlet, published, published_source,"
                " language, title, origin, path, text, ingested_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (report.key, report.id, report.url, report.outlet, _iso(report.published),
                 report.published_source, reading.language or report.language, report.title,
                 report.origin, report.path, report.text, _now()),
            )
            self._store_reading(cur.lastrowid, report, reading)
            operations.refresh(self, _window(report, reading, OPERATION_MARGIN))
            curate.apply_all(self)
        return "new"

    def _store_reading(self, rid: int, report: Report, reading: Reading) -> None:
        # one report's mentions never join each other's events, so the events they may join
        # are the ones there were before it
        candidates = self._candidates(_window(report, reading, MERGE_MARGIN)) if reading.exchanges else []
        for idx, ex in enumerate(reading.exchanges):
            self._store_mention(rid, idx, report, ex, candidates)
        for m in reading.meetings:
            self.db.execute(
                "INSERT INTO meetings (report, date, place, parties, status) VALUES (?, ?, ?, ?, ?)",
                (rid, _iso(m.date), m.place, json.dumps(m.parties), m.status),
            )
        for e in reading.evidence():
            self.db.execute(
                "INSERT INTO evidence (report, field, value, start, end, sentence, rule)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (rid, e.field, json.dumps(e.value, ensure_ascii=False), e.start, e.end, e.sentence, e.rule),
            )
        for t in reading.totals:
            since, until = getattr(t, "since", None), getattr(t, "until", None)
            self.db.execute(
                "INSERT INTO quoted_totals (report, count, category, to_party, since, until, sentence,"
                " start, end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (rid, t.count, t.category, t.to, _iso(since), _iso(until), t.sentence, t.start, t.end),
            )

    def _store_mention(self, rid: int, idx: int, report: Report, ex: Exchange, candidates: list[dict]) -> None:
        rec = ex.to_record()
        event = self._place_mention(rec, report, candidates)
        mcur = self.db.execute(
            "INSERT INTO mentions (report, idx, mention, date, date_precision, mediators,"
            " agreement, sources, event) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (rid, idx, ex.mention, rec["date"], rec["date_precision"],
             json.dumps(ex.mediators, ensure_ascii=False), ex.agreement,
             json.dumps(ex.sources, ensure_ascii=False), event),
        )
        for leg in ex.legs:
            for f in figure_rows(leg, ex, report):
                self.db.execute(
                    "INSERT INTO figures (mention, from_party, to_party, category, count, alt_counts,"
                    " start, end, sentence, rule, is_alt, sources, origins)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (mcur.lastrowid, leg.from_, leg.to, leg.category, f["count"], json.dumps(f["alt_counts"]),
                     f["start"], f["end"], f["sentence"], f["rule"], f["is_alt"],
                     json.dumps(f["sources"], ensure_ascii=False), json.dumps(f["origins"], ensure_ascii=False)),
                )

    def _place_mention(self, rec: dict, report: Report, candidates: list[dict]) -> str:
        """The event this mention belongs to: an existing compatible one, or a new one."""
        published = _iso(report.published)
        own = {r[0] for r in self.db.execute(
            "SELECT DISTINCT m.event FROM mentions m JOIN reports r ON r.id = m.report WHERE r.key = ?",
            (report.key,))}
        chosen = choose_event(rec, [c for c in candidates if c["id"] not in own], published)
        if chosen:
            sharper = rec["date_precision"] == "day" and chosen["date_precision"] == "month"
            if rec["date"] and (not chosen["date"] or sharper):
                self.db.execute("UPDATE events SET date = ?, date_precision = ? WHERE id = ?",
                                (rec["date"], rec["date_precision"], chosen["id"]))
            if rec["mention"] == "current":
                self.db.execute("UPDATE events SET known_from = 'current' WHERE id = ?", (chosen["id"],))
            return chosen["id"]
        return self.new_event(rec)

    @_writes
    def new_event(self, rec: dict) -> str:
        """Create an event for a mention record (its date, parties and category make the id)."""
        taken = {eid for (eid,) in self.db.execute("SELECT id FROM events")}
        eid = new_event_id(rec, taken)
        self.db.execute(
            "INSERT INTO events (id, date, date_precision, known_from, created_at) VALUES (?, ?, ?, ?, ?)",
            (eid, rec["date"], rec["date_precision"], rec.get("mention", "current"), _now()),
        )
        return eid

    def _candidates(self, window: Window = None) -> list[dict]:
        """Events (all undated ones, dated ones within the window) with the publication days of
        their reports (the window of an undated one)."""
        return self._records(window=window, with_published=True)

    @_writes
    def rebuild(self, read: Callable[[Report], Reading]) -> None:
        """Read every stored report again (say, with a better extractor) and re-merge them in
        the order they were first ingested; corrections are then applied again."""
        rows = self.db.execute("SELECT * FROM reports ORDER BY id").fetchall()
        with self.db:
            for table in ("figures", "mentions", "meetings", "evidence", "quoted_totals"):
                self.db.execute(f"DELETE FROM {table}")  # constant table names
            self.db.execute("UPDATE events SET operation = NULL")
            self.db.execute("DELETE FROM operations")
            self.db.execute("DELETE FROM events")
            for row in rows:
                report = _report_of(dict(row))
                self._store_reading(row["id"], report, read(report))
            operations.refresh(self)
            curate.apply_all(self)

    # ---- reading -------------------------------------------------------------------------

    def event(self, event_id: str) -> dict | None:
        found = self._records(one=event_id)
        return found[0] if found else None

    def _records(self, one: str | None = None, window: Window = None, with_published: bool = False) -> list[dict]:
        """Event records oldest first (undated last), in three queries however many events:
        all of them, just `one`, or the undated ones and those dated within `window`."""
        if one:  # constant SQL fragments; values are bound
            pick, where, params = "WHERE id = ?", "AND m.event = ?", (one,)
        elif window:
            pick = "WHERE date IS NULL OR date BETWEEN ? AND ?"
            where = "AND m.event IN (SELECT id FROM events WHERE date IS NULL OR date BETWEEN ? AND ?)"
            params = window
        else:
            pick, where, params = "", "", ()
        rows = self.db.execute(f"SELECT * FROM events {pick} ORDER BY date IS NULL, date, id", params).fetchall()
        mentions: dict[str, list[dict]] = {}
        for m in self.db.execute(
                "SELECT m.*, r.report_id, r.url, r.outlet, r.published, r.key AS report_key FROM mentions m"
                f" JOIN reports r ON r.id = m.report WHERE m.event IS NOT NULL {where} ORDER BY m.id", params):
            mentions.setdefault(m["event"], []).append(dict(m))
        figures: dict[str, list[dict]] = {}
        for f in self.db.execute(
                "SELECT f.*, m.event, r.report_id, r.url, r.outlet FROM figures f JOIN mentions m ON m.id = f.mention"
                f" JOIN reports r ON r.id = m.report WHERE m.event IS NOT NULL {where} ORDER BY f.id", params):
            figures.setdefault(f["event"], []).append(dict(f))
        curated = self.db.execute("SELECT 1 FROM corrections LIMIT 1").fetchone() is not None
        out = []
        for row in rows:
            own = mentions.get(row["id"], [])
            record = event_record(dict(row), own, figures.get(row["id"], []))
            if curated:
                record = curate.overlay(self, record)
            if with_published:
                record["published"] = sorted({m["published"] for m in own if m["published"]})
            out.append(record)
        return out

    def events(self, party: str | None = None, category: str | None = None, since: str | None = None,
               until: str | None = None, disputed: bool | None = None) -> list[dict]:
        """Events oldest first (undated last), optionally filtered (see filters.Filters)."""
        keep = Filters(party, category, since, until, disputed)
        found = [e for e in self._records() if keep.keeps_event(e)]
        refs = flags.backrefs(self.db)
        for e in found:
            e["flags"] = [f for f in flags.disputed([e]) + refs if f["event"] == e["id"]]
        return found

    def flags(self) -> list[dict]:
        """Disputed legs, contradicted back-references and quoted totals the ledger exceeds."""
        events = self.events()
        over = [dict(q, kind="total") for q in self.quoted_totals(events) if q["status"] == "ledger exceeds quoted"]
        return flags.disputed(events) + flags.backrefs(self.db) + over

    def sums(self, by: str = "month", **filters) -> list[dict]:
        """Handed-over figures summed per period, category and direction (see totals.sums)."""
        keep = Filters(**filters)
        return totals.sums(self.events(**filters), by, keep)

    def quoted_totals(self, events: list[dict] | None = None) -> list[dict]:
        """Totals quoted in reports beside the ledger's sum over the same period and side."""
        rows = self.db.execute(
            "SELECT q.*, r.url, r.report_id, r.published FROM quoted_totals q"
            " JOIN reports r ON r.id = q.report ORDER BY q.id").fetchall()
        ops = {(op["id"], g["to"], g["category"]): g["count"] for op in self.operations() for g in op["legs"]}
        return totals.quoted([dict(r) for r in rows], self.events() if events is None else events, ops)

    def operations(self) -> list[dict]:
        """Multi-day operations: their stages (events), total per leg, and reports giving only the total."""
        out = []
        records = self._records()
        for row in self.db.execute("SELECT * FROM operations ORDER BY first_date, id").fetchall():
            stages = [e for e in records if e["operation"] == row["id"]]
            reports = [r[0] for r in self.db.execute(
                "SELECT DISTINCT coalesce(r.url, r.report_id) FROM mentions m JOIN reports r ON r.id = m.report"
                " WHERE m.operation = ? AND m.event IS NULL UNION SELECT coalesce(r.url, r.report_id)"
                " FROM quoted_totals q JOIN reports r ON r.id = q.report WHERE q.operation = ?",
                (row["id"], row["id"]))]
            legs = [{"from": f, "to": t, "category": c, "count": n}
                    for (f, t, c), n in sorted(operations.totals_of(stages).items(), key=str)]
            out.append({"id": row["id"], "name": row["name"], "first_date": row["first_date"],
                        "last_date": row["last_date"], "stages": [e["id"] for e in stages],
                        "legs": legs, "total_only_reports": sorted(reports)})
        return out

    def export(self, fmt: str, out: str | None = None, **filters) -> str | None:
        """csv, json or wikitext text of the (filtered) ledger; sqlite writes a copy to `out`."""
        keep = Filters(**filters)
        if fmt == "sqlite":
            if not out:
                raise ValueError("sqlite export needs a file to write")
            export.to_sqlite(self.db, self.events(), out)
            return None
        events = self.events(**filters)
        if fmt == "csv":
            return export.to_csv(export.leg_rows(events, keep.keeps_leg))
        if fmt == "json":
            return export.to_json(events, self.operations())
        if fmt == "wikitext":
            meta = {r["url"]: dict(r) for r in self.db.execute(
                "SELECT url, title, outlet, published FROM reports WHERE url IS NOT NULL")}
            return export.to_wikitext(events, meta, keep.keeps_leg)
        raise ValueError(f"unknown export format {fmt!r}")

    # ---- curation (see curate.py) -----------------------------------------------------------

    @_writes
    def correct(self, event: str, changes: dict[str, str], by: str, note: str | None = None) -> None:
        """Set fields of an event (date, agreement, a leg's count...) on top of what was read."""
        for field, value in changes.items():
            curate.check_field(field, value)
        for field, value in changes.items():
            curate.record(self, "set", event, field=field, value=value, by=by, note=note)

    @_writes
    def merge(self, keep: str, gone: str, by: str, note: str | None = None) -> None:
        """Make `gone` part of `keep`: its reports, figures and all."""
        if self.db.execute("SELECT 1 FROM events WHERE id = ?", (gone,)).fetchone() is None:
            raise ValueError(f"{gone}: no such event")
        curate.record(self, "merge", keep, other=gone, by=by, note=note)

    @_writes
    def split(self, event: str, report: str, by: str, note: str | None = None) -> str:
        """Move one report's mentions of `event` into an event of their own; returns its id."""
        row = self.db.execute("SELECT key FROM reports WHERE key = ? OR url = ? OR report_id = ?"
                              " ORDER BY id LIMIT 1", (report, report, report)).fetchone()
        if row is None:
            raise ValueError(f"{report}: no such report")
        cid = curate.record(self, "split", event, report_key=row[0], by=by, note=note)
        return self.db.execute("SELECT other FROM corrections WHERE id = ?", (cid,)).fetchone()[0]

    def history(self, event: str) -> list[dict]:
        """Reports joining an event and corrections to it, oldest first."""
        return curate.history(self, event)

    def counts(self) -> dict:
        q = self.db.execute
        return {
            "reports": q("SELECT count(*) FROM reports").fetchone()[0],
            "events": q("SELECT count(*) FROM events").fetchone()[0],
            "meetings": q("SELECT count(*) FROM meetings").fetchone()[0],
        }


def _columns(db: sqlite3.Connection) -> set[tuple[str, str]]:
    return {(t, c) for (t,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            for (c,) in db.execute("SELECT name FROM pragma_table_info(?)", (t,))}


def _check_current(db: sqlite3.Connection, path: str) -> None:
    """A read-only ledger cannot be migrated: refuse one an older parley made, or no ledger at all."""
    fresh = sqlite3.connect(":memory:")
    migrate(fresh)
    missing = sorted(_columns(fresh) - _columns(db))
    fresh.close()
    if missing:
        shown = ", ".join(f"{t}.{c}" for t, c in missing[:5]) + (" ..." if len(missing) > 5 else "")
        raise ValueError(f"{path}: not an up-to-date ledger (lacks {shown}); "
                         f"open it once with parley to bring it up to date, e.g. `parley events --db {path}`")


def _window(report: Report, reading: Reading, margin: int) -> Window:
    """The days a report's exchanges can touch, widened by `margin`; None (everything) when
    an exchange has no day and the report no publication day to bound it."""
    days = [ex.date for ex in reading.exchanges if ex.date]
    if report.published:
        days.append(report.published)
    elif any(ex.date is None for ex in reading.exchanges):
        return None
    if not days:
        return None
    pad = dt.timedelta(days=margin)
    lo, hi = max(min(days), dt.date(1, 1, 1) + pad), min(max(days), dt.date(9999, 12, 31) - pad)
    return (lo - pad).isoformat(), (hi + pad).isoformat()


def _report_of(row: dict) -> Report:
    published = dt.date.fromisoformat(row["published"]) if row["published"] else None
    key = row["key"]
    return Report(id=row["report_id"], text=row["text"], url=row["url"] or (None if key.startswith("sha1:") else key),
                  outlet=row["outlet"], published=published, published_source=row["published_source"],
                  language=row["language"], title=row["title"], path=row["path"], origin=row["origin"])
