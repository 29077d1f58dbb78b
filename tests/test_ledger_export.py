"""Step 6: events filters and exports (CSV per leg, JSON, wikitext with refs, SQLite for Datasette)."""

import csv
import io
import json
import sqlite3

import pytest
from click.testing import CliRunner

from parley import Ledger
from parley.cli import main
from tests.test_ledger import ex, leg, put, rep


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "l.db"
    with Ledger(path) as ledger:
        put(ledger, rep("https://a.test/bodies", "2025-06-16", "Ukrinform"),
            ex("2025-06-16", leg("Russia", "Ukraine", "bodies", 1245), leg("Ukraine", "Russia", "bodies", 51),
               sources=["Coordination Headquarters for the Treatment of Prisoners of War"]))
        put(ledger, rep("https://b.test/bodies", "2025-06-16", "TASS|wire"),
            ex("2025-06-16", leg("Russia", "Ukraine", "bodies", 1248), sources=["Vladimir Medinsky"]))
        put(ledger, rep("https://c.test/hostages", "2025-02-08", "Times"),
            ex("2025-02-08", leg("Hamas", "Israel", "prisoners", 3), leg("Israel", "Palestinians", "prisoners", 183)))
        put(ledger, rep("https://d.test/undated", None, "Post"), ex(None, leg("Russia", "Ukraine", "prisoners", 95)))
    return path


def ids(res):
    return [e["id"] for e in json.loads(res.output)]


def test_events_filters(db):
    base = ("events", "--db", db, "--format", "json")
    assert len(ids(run(*base))) == 3
    assert ids(run(*base, "--party", "israel")) == ["ex-2025-02-08-hamas-israel-palestinians-prisoners"]
    assert len(ids(run(*base, "--party", "ukraine", "--category", "prisoners"))) == 1
    assert ids(run(*base, "--since", "2025-06")) == ["ex-2025-06-16-russia-ukraine-bodies"]
    assert ids(run(*base, "--until", "2025-02-08")) == ["ex-2025-02-08-hamas-israel-palestinians-prisoners"]
    assert ids(run(*base, "--disputed")) == ["ex-2025-06-16-russia-ukraine-bodies"]
    bad = run(*base, "--since", "June")
    assert bad.exit_code != 0 and "expected YYYY" in bad.output


def test_csv_export_one_row_per_leg(db, tmp_path):
    out = tmp_path / "legs.csv"
    assert run("export", "--db", db, "--format", "csv", "--out", out).exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 5
    assert list(rows[0])[:10] == ["event_id", "event_date", "year", "date_precision", "time_precision", "from",
                                  "to", "category", "count", "all_figures"]
    bodies = next(r for r in rows if r["from"] == "Russia" and r["category"] == "bodies")
    assert (bodies["count"], bodies["all_figures"], bodies["disputed"]) == ("1245", "1245; 1248", "1")
    assert bodies["confirmed_by"] == "Ukraine; Russia" and bodies["origins"] == "2"
    assert bodies["report_urls"] == "https://a.test/bodies https://b.test/bodies"
    assert bodies["source"] == "TASS|wire; Ukrinform" and bodies["time_precision"] == "1"
    undated = next(r for r in rows if r["count"] == "95")
    assert (undated["event_date"], undated["date_precision"], undated["time_precision"]) == ("", "unknown", "")
    only = run("export", "--db", db, "--party", "Israel").output
    assert len(list(csv.DictReader(io.StringIO(only)))) == 2


def test_json_and_wikitext_exports(db):
    doc = json.loads(run("export", "--db", db, "--format", "json").output)
    assert len(doc["events"]) == 3 and doc["operations"] == []
    wiki = run("export", "--db", db, "--format", "wikitext", "--category", "bodies").output
    assert wiki.startswith('{| class="wikitable sortable"') and "{{reflist}}" in wiki
    assert '<ref name="parley1">{{cite news |url=https://a.test/bodies |work=Ukrinform |date=2025-06-16}}</ref>' in wiki
    assert '<ref name="parley1" />' in wiki  # the same report cited again by name
    assert "work=TASS{{!}}wire" in wiki and "other figures: 1,248" in wiki and "Hamas" not in wiki


def test_sqlite_export_is_a_copy_with_views(db, tmp_path):
    out = tmp_path / "copy.db"
    assert run("export", "--db", db, "--format", "sqlite").exit_code != 0  # needs --out
    assert run("export", "--db", db, "--format", "sqlite", "--out", out).exit_code == 0
    con = sqlite3.connect(out)
    views = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'view'")}
    assert {"event_legs", "event_figures", "event_reports", "operation_stages", "corrections_log"} <= views
    legs = con.execute("SELECT count, all_figures, disputed FROM event_legs WHERE category = 'bodies'"
                       " AND from_party = 'Russia'").fetchall()
    assert legs == [(1245, "1245; 1248", 1)]
    assert con.execute("SELECT count(*) FROM event_figures").fetchone()[0] == 6
    assert con.execute("SELECT count(*) FROM reports").fetchone()[0] == 4
