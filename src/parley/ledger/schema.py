"""The ledger's tables, and the columns added to ledgers made by earlier versions.

Plain tables with foreign keys, so Datasette (or any SQLite client) can browse them. Tables
and columns are only ever added, never renamed or dropped: the dashboard reads them as is.
Corrections live in their own table and are re-applied after every ingestion, so a rebuilt
ledger keeps a curator's work.
"""

from __future__ import annotations

import sqlite3

SCHEMA = """
CREATE TABLE IF NOT EXISTS reports (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    report_id TEXT NOT NULL,
    url TEXT, outlet TEXT, published TEXT, published_source TEXT, language TEXT,
    title TEXT, origin TEXT, path TEXT, text TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS operations (
    id TEXT PRIMARY KEY,
    name TEXT,
    first_date TEXT, last_date TEXT,
    parties TEXT NOT NULL,            -- JSON list
    category TEXT,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY,
    date TEXT, date_precision TEXT,
    known_from TEXT NOT NULL DEFAULT 'current',  -- 'previous' if only back-references name it
    created_at TEXT NOT NULL,
    operation TEXT REFERENCES operations(id)
);
CREATE TABLE IF NOT EXISTS mentions (
    id INTEGER PRIMARY KEY,
    report INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    mention TEXT NOT NULL,
    date TEXT, date_precision TEXT,
    mediators TEXT NOT NULL, agreement TEXT, sources TEXT NOT NULL,
    event TEXT REFERENCES events(id),
    operation TEXT REFERENCES operations(id)  -- set when the mention gives only an operation's total
);
CREATE TABLE IF NOT EXISTS figures (
    id INTEGER PRIMARY KEY,
    mention INTEGER NOT NULL REFERENCES mentions(id) ON DELETE CASCADE,
    from_party TEXT, to_party TEXT, category TEXT NOT NULL,
    count INTEGER, alt_counts TEXT NOT NULL,
    start INTEGER, end INTEGER, sentence TEXT, rule TEXT,
    is_alt INTEGER NOT NULL DEFAULT 0,  -- a second figure the same report gives for the leg
    sources TEXT,                       -- JSON: who the report says gave this figure
    origins TEXT                        -- JSON: independent-origin keys (see figures.origin_keys)
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
CREATE TABLE IF NOT EXISTS quoted_totals (
    id INTEGER PRIMARY KEY,
    report INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    count INTEGER NOT NULL, category TEXT NOT NULL, to_party TEXT,
    since TEXT, until TEXT,             -- the period the total covers, as far as known
    sentence TEXT, start INTEGER, end INTEGER,
    operation TEXT REFERENCES operations(id)
);
CREATE TABLE IF NOT EXISTS corrections (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,                 -- set, merge, split
    event TEXT NOT NULL,
    field TEXT, value TEXT,             -- for set
    other TEXT,                         -- merge: the event merged in; split: the new event
    report_key TEXT,                    -- split: the report moved out
    anchors TEXT NOT NULL,              -- JSON {"event": [[report key, idx]...], "other": [...]}
    applied_to TEXT,                    -- the event it applies to now (ids can change on a rebuild)
    note TEXT, by TEXT NOT NULL, at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_event ON mentions(event);
CREATE INDEX IF NOT EXISTS figures_mention ON figures(mention);
"""

# columns added after the first release: (table, column, declaration)
ADDED = [
    ("events", "operation", "TEXT REFERENCES operations(id)"),
    ("mentions", "operation", "TEXT REFERENCES operations(id)"),
    ("figures", "is_alt", "INTEGER NOT NULL DEFAULT 0"),
    ("figures", "sources", "TEXT"),
    ("figures", "origins", "TEXT"),
]


def migrate(db: sqlite3.Connection) -> None:
    """Create missing tables, then add the columns an older ledger lacks."""
    db.executescript(SCHEMA)
    for table, column, decl in ADDED:
        have = {row[0] for row in db.execute("SELECT name FROM pragma_table_info(?)", (table,))}
        if column not in have:
            # identifiers cannot be bound; these come from the constant list above
            db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {decl}")
