"""Step 3: disputed figures, contradicted back-references, quoted totals against the ledger."""

import datetime as dt
import json

from click.testing import CliRunner

from parley import Ledger
from parley.cli import main
from parley.model import Total
from tests.test_ledger import ex, leg, put, rep


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_disagreeing_figures_flag_the_leg_and_the_event(tmp_path):
    db = tmp_path / "l.db"
    with Ledger(db) as ledger:
        put(ledger, rep("https://a.test/1", "2025-06-16"), ex("2025-06-16", leg("Russia", "Ukraine", "bodies", 1245)))
        put(ledger, rep("https://b.test/2", "2025-06-16"), ex("2025-06-16", leg("Russia", "Ukraine", "bodies", 1248)))
        put(ledger, rep("https://c.test/3", "2025-06-20"), ex("2025-06-20", leg("Russia", "Ukraine", "bodies", 20)))
        [flag] = [f for f in ledger.flags() if f["kind"] == "disputed"]
        assert flag["figures"] == [1245, 1248]
        assert [e["date"] for e in ledger.events(disputed=True)] == ["2025-06-16"]
        assert [e["date"] for e in ledger.events(disputed=False)] == ["2025-06-20"]
    res = run("flags", "--db", db)
    assert "disputed" in res.output and "[1245, 1248]" in res.output


def test_back_reference_contradicted_by_a_later_event(tmp_path):
    bodies = ("Russia", "Ukraine", "bodies")
    with Ledger(tmp_path / "l.db") as ledger:
        put(ledger, rep("https://a.test/nov", "2025-11-20"), ex("2025-11-20", leg(*bodies, 1000)))
        put(ledger, rep("https://a.test/dec", "2025-12-19"), ex("2025-12-19", leg(*bodies, 1003)))
        put(ledger, rep("https://b.test/jan", "2026-01-29"),
            ex("2026-01-29", leg(*bodies, 1000)), ex("2025-11-20", leg(*bodies, 1000), mention="previous"))
        [flag] = [f for f in ledger.flags() if f["kind"] == "backref"]
        assert (flag["says"], flag["ledger"], flag["report"]) == ("2025-11-20", "2025-12-19", "https://b.test/jan")
        nov = ledger.events(since="2025-11", until="2025-11")[0]
        assert nov["flags"][0]["kind"] == "backref"


def test_back_reference_to_the_latest_event_is_fine(tmp_path):
    bodies = ("Russia", "Ukraine", "bodies")
    with Ledger(tmp_path / "l.db") as ledger:
        put(ledger, rep("https://a.test/dec", "2025-12-19"), ex("2025-12-19", leg(*bodies, 1003)))
        put(ledger, rep("https://b.test/jan", "2026-01-29"),
            ex("2026-01-29", leg(*bodies, 1000)), ex("2025-12-19", leg(*bodies, 1003), mention="previous"))
        assert [f for f in ledger.flags() if f["kind"] == "backref"] == []


def test_totals_per_month_side_and_category(tmp_path):
    db = tmp_path / "l.db"
    with Ledger(db) as ledger:
        put(ledger, rep("https://a.test/1", "2025-05-23"),
            ex("2025-05-23", leg("Russia", "Ukraine", "prisoners", 390), leg("Ukraine", "Russia", "prisoners", 390)))
        put(ledger, rep("https://a.test/2", "2025-05-24"), ex("2025-05-24", leg("Russia", "Ukraine", "prisoners", 307)))
        put(ledger, rep("https://a.test/3", "2025-06-16"), ex("2025-06-16", leg("Russia", "Ukraine", "bodies", 1245)))
    res = run("totals", "--db", db, "--by", "month", "--format", "json")
    rows = {(r["period"], r["from"], r["category"]): r["count"] for r in json.loads(res.output)}
    assert rows == {("2025-05", "Russia", "prisoners"): 697, ("2025-05", "Ukraine", "prisoners"): 390,
                    ("2025-06", "Russia", "bodies"): 1245}
    res = run("totals", "--db", db, "--by", "year", "--party", "ukraine", "--category", "bodies")
    assert res.exit_code == 0 and "2025" in res.output and "1245" in res.output and "697" not in res.output


def test_quoted_totals_compared_with_the_ledger(tmp_path):
    last_year = "Ukraine returned 1,800 servicemen last year."
    overall = "In all, Ukraine has brought home 500 prisoners."
    with Ledger(tmp_path / "l.db") as ledger:
        put(ledger, rep("https://a.test/1", "2025-05-23"), ex("2025-05-23", leg("Russia", "Ukraine", "prisoners", 390)))
        put(ledger, rep("https://a.test/2", "2025-12-30"), ex("2025-12-30", leg("Russia", "Ukraine", "prisoners", 189)))
        put(ledger, rep("https://a.test/3", "2026-01-15"),
            totals=[Total(1800, "prisoners", "Ukraine", last_year, 0, 5,
                          since=dt.date(2025, 1, 1), until=dt.date(2025, 12, 31)),
                    Total(500, "prisoners", "Ukraine", overall, 0, 3, until=dt.date(2026, 1, 15))])
        rows = {q["quoted"]: q for q in ledger.quoted_totals()}
        assert (rows[1800]["since"], rows[1800]["until"], rows[1800]["ledger"]) == ("2025-01-01", "2025-12-31", 579)
        assert rows[1800]["status"] == "consistent"
        assert rows[500]["status"] == "ledger exceeds quoted" and rows[500]["ledger"] == 579
        assert [f["quoted"] for f in ledger.flags() if f["kind"] == "total"] == [500]


def test_totals_without_a_known_period_are_listed_not_compared(tmp_path):
    with Ledger(tmp_path / "l.db") as ledger:
        put(ledger, rep("https://a.test/1", "2025-05-23"), ex("2025-05-23", leg("Russia", "Ukraine", "prisoners", 390)))
        put(ledger, rep("https://a.test/2", "2025-05-24"),
            totals=[Total(100, "prisoners", "Ukraine", "Ukraine has brought home 100 people.", 0, 3)])
        [row] = ledger.quoted_totals()
        assert (row["status"], row["ledger"]) == ("period unknown", None)
        assert [f for f in ledger.flags() if f["kind"] == "total"] == []


def test_an_older_ledger_gains_the_new_columns(tmp_path):
    import sqlite3

    path = tmp_path / "old.db"
    con = sqlite3.connect(path)
    con.executescript("""
        CREATE TABLE events (id TEXT PRIMARY KEY, date TEXT, date_precision TEXT,
            known_from TEXT NOT NULL DEFAULT 'current', created_at TEXT NOT NULL);
        CREATE TABLE mentions (id INTEGER PRIMARY KEY, report INTEGER NOT NULL, idx INTEGER NOT NULL,
            mention TEXT NOT NULL, date TEXT, date_precision TEXT, mediators TEXT NOT NULL, agreement TEXT,
            sources TEXT NOT NULL, event TEXT);
        CREATE TABLE figures (id INTEGER PRIMARY KEY, mention INTEGER NOT NULL, from_party TEXT, to_party TEXT,
            category TEXT NOT NULL, count INTEGER, alt_counts TEXT NOT NULL, start INTEGER, end INTEGER,
            sentence TEXT, rule TEXT);
    """)
    con.close()
    with Ledger(path) as ledger:
        put(ledger, rep("https://a.test/1"), ex("2026-01-29", leg("Russia", "Ukraine", "bodies", 1000)))
        cols = {r[0] for r in ledger.db.execute("SELECT name FROM pragma_table_info('figures')")}
        assert {"is_alt", "sources", "origins"} <= cols
        assert ledger.events()[0]["legs"][0]["count"] == 1000
