"""Step 5: corrections are stored apart, applied on top, and outlive re-ingestion and rebuilds."""

from click.testing import CliRunner

from parley import Ledger, extract
from parley.cli import main
from parley.model import Reading
from tests.test_ledger import add, ex, leg, put, rep, report

A = "Russia handed over the bodies of 1,000 Ukrainian soldiers on Thursday, and Ukraine returned 38 bodies."
B = "Ukraine received the bodies of 1,000 fallen defenders today, and Russia got back 38 bodies."
OTHER = "Russia handed over 700 bodies to Ukraine on Thursday."


def run(*args, env=None):
    return CliRunner().invoke(main, [str(a) for a in args], env=env)


def test_correction_outlives_new_reports_and_a_rebuild(tmp_path):
    with Ledger(tmp_path / "l.db") as ledger:
        add(ledger, report(A, "https://a.test/1"))
        [event] = ledger.events()
        ledger.correct(event["id"], {"date": "2026-01-28", "Ukraine>Russia.bodies": "39", "agreement": "Istanbul"},
                       by="alice", note="ICRC says the handover ended on Wednesday night")
        add(ledger, report(B, "https://b.test/2", published="2026-01-29"))
        ledger.rebuild(extract)
        [event] = ledger.events()
        history = ledger.history(event["id"])
    assert event["date"] == "2026-01-28" and event["agreement"] == "Istanbul" and event["curated"]
    to_russia = next(g for g in event["legs"] if g["to"] == "Russia")
    assert to_russia["count"] == 39 and to_russia["alt_counts"] == [38] and to_russia["curated"]
    assert len(to_russia["figures"]) == 2  # what the reports said stays visible
    sets = [h for h in history if h["by"] == "alice"]
    assert len(sets) == 3 and all(h["note"].startswith("ICRC") for h in sets)
    assert [h["what"] for h in history if h["by"] == "ingest"] == ["report https://a.test/1", "report https://b.test/2"]


def test_merge_and_split_outlive_a_rebuild_with_another_extractor(tmp_path):
    readings = {
        "https://a.test/1": [ex("2026-01-29", leg("Russia", "Ukraine", "bodies", 1000))],
        "https://b.test/2": [ex("2026-01-29", leg("Russia", "Ukraine", "bodies", 700))],
        "https://c.test/3": [ex("2026-01-29", leg("Russia", "Ukraine", "bodies", 1000))],
    }
    with Ledger(tmp_path / "l.db") as ledger:
        for url, exchanges in readings.items():
            put(ledger, rep(url), *exchanges)
        first, second = [e["id"] for e in ledger.events()]
        ledger.merge(first, second, by="bob", note="700 misread; the same handover")
        new = ledger.split(first, "https://c.test/3", by="bob", note="c is about another handover")
        assert sorted(len(e["reports"]) for e in ledger.events()) == [1, 2]

        def better(r):  # a new extractor that now reads a previous mention first in report c
            extra = [ex("2025-11-20", leg("Russia", "Ukraine", "bodies", 1000), mention="previous")]
            return Reading(r.id, "en", (extra if r.url.startswith("https://c") else []) + readings[r.url])

        ledger.rebuild(better)
        events = {e["id"]: e for e in ledger.events()}
    assert sorted(events[first]["reports"]) == ["https://a.test/1", "https://b.test/2"]
    assert events[new]["reports"] == ["https://c.test/3"] and events[new]["date"] == "2026-01-29"
    assert second not in events and len(events) == 3  # plus November, from the new reading


def test_curation_commands_record_who_when_and_why(tmp_path):
    db = tmp_path / "l.db"
    for text, url in ((A, "https://a.test/1"), (OTHER, "https://b.test/2")):
        path = tmp_path / (url[-1] + ".txt")
        path.write_text(f"url: {url}\noutlet: T\npublished: 2026-01-29\n\n{text}\n", encoding="utf-8")
        assert run("ingest", path, "--db", db).exit_code == 0
    with Ledger(db) as ledger:
        ids = [e["id"] for e in ledger.events()]
    assert len(ids) == 2
    res = run("correct", ids[0], "--set", "date_precision=day", "--set", "known_from=current", "--note", "checked",
              "--db", db, env={"USER": "carol"})
    assert res.exit_code == 0, res.output
    assert run("merge", ids[0], ids[1], "--db", db, "--by", "dave", "--note", "same handover").exit_code == 0
    res = run("split", ids[0], "--report", "https://b.test/2", "--db", db, "--by", "dave")
    assert res.exit_code == 0 and "split https://b.test/2" in res.output
    out = run("history", ids[0], "--db", db).output
    assert "carol: set date_precision=day — checked" in out
    assert f"dave: merge {ids[1]} into {ids[0]} — same handover" in out and "dave: split" in out
    bad = run("correct", ids[0], "--set", "colour=red", "--db", db)
    assert bad.exit_code != 0 and "cannot set 'colour'" in bad.output
    assert "no such event" in run("merge", ids[0], "ex-nope", "--db", db).output
    assert run("rebuild", "--db", db).exit_code == 0
    with Ledger(db) as ledger:
        assert len(ledger.events()) == 2


def test_a_curator_links_events_to_an_operation_of_their_own(tmp_path):
    with Ledger(tmp_path / "l.db") as ledger:
        put(ledger, rep("https://a.test/1", "2026-03-05"), ex("2026-03-05", leg("Russia", "Ukraine", "prisoners", 200)))
        put(ledger, rep("https://a.test/2", "2026-03-09"), ex("2026-03-09", leg("Russia", "Ukraine", "prisoners", 300)))
        for e in ledger.events():
            ledger.correct(e["id"], {"operation": "op-geneva-500"}, by="erin", note="one Geneva deal")
        put(ledger, rep("https://a.test/3", "2026-03-10"), ex("2026-03-10", leg("Russia", "Ukraine", "bodies", 10)))
        [op] = ledger.operations()
        assert op["id"] == "op-geneva-500" and op["name"] == "curated" and len(op["stages"]) == 2
        assert op["legs"] == [{"from": "Russia", "to": "Ukraine", "category": "prisoners", "count": 500}]


def test_bad_correction_values_are_refused_before_they_are_stored(tmp_path):
    import datetime as _dt

    import pytest as _pytest

    from parley import Ledger, extract
    from parley.model import Report

    r = Report(id="a", text="Russia handed over the bodies of 1,000 Ukrainian soldiers on Thursday.",
               url="https://a.test/x", published=_dt.date(2026, 1, 29), language="en")
    with Ledger(tmp_path / "l.db") as ledger:
        ledger.add(r, extract(r))
        [event] = ledger.events()
        for change in ({"Russia>Ukraine.bodies": "abc"}, {"date": "2026-99-99"}, {"date_precision": "fortnight"}):
            with _pytest.raises(ValueError):
                ledger.correct(event["id"], change, by="tester")
        assert ledger.events()[0]["legs"][0]["count"] == 1000
