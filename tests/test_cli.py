import json
import pathlib
import subprocess
import sys

from click.testing import CliRunner

from parley.cli import main
from parley.evaluate import load_gold, score

ROOT = pathlib.Path(__file__).resolve().parents[1]
REPORT = ("url: https://x.test/a\noutlet: X\npublished: 2026-01-29\nlanguage: en\n\n"
          "Russia handed over the bodies of 1,000 Ukrainian soldiers on Thursday, while Ukraine "
          "returned the remains of 38 Russian servicemen.\n")


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_extract_jsonl_has_record_keys_and_evidence(write):
    res = run("extract", write("a.txt", REPORT))
    assert res.exit_code == 0
    rec = json.loads(res.output)
    assert rec["id"] == "a"
    assert {"exchanges", "meetings", "evidence"} <= rec.keys()
    assert rec["exchanges"][0]["legs"][0]["count"] == 1000


def test_extract_table(write):
    res = run("extract", "--format", "table", write("a.txt", REPORT))
    assert "Russia→Ukraine 1000 bodies" in res.output


def test_bad_file_does_not_stop_the_batch(write):
    good = write("good.txt", REPORT)
    bad = write("bad.txt", b"\x00\x00binary")
    res = run("extract", bad, good)
    assert res.exit_code == 1
    assert "bad.txt: binary file" in res.stderr
    assert json.loads(res.stdout)["id"] == "good"


def test_ingest_then_events_in_three_formats(write, tmp_path):
    db = tmp_path / "l.db"
    p = write("a.txt", REPORT)
    res = run("ingest", p, "--db", db)
    assert res.exit_code == 0 and "new 1" in res.output
    res = run("ingest", p, "--db", db)
    assert "duplicate 1" in res.output
    events = json.loads(run("events", "--db", db, "--format", "json").output)
    assert len(events) == 1
    e = events[0]
    assert {"id", "date", "date_precision", "legs", "mediators", "agreement", "sources",
            "reports"} <= e.keys()
    assert e["reports"] == ["https://x.test/a"]
    csv_out = run("events", "--db", db, "--format", "csv").output
    assert csv_out.splitlines()[0].startswith("id,date,legs")
    assert "1 events in" in run("events", "--db", db).output


def test_events_without_ledger_is_a_clear_error(tmp_path):
    res = run("events", "--db", tmp_path / "none.db")
    assert res.exit_code != 0 and "no such ledger" in res.output


def test_eval_agrees_with_reference_scorer(write, tmp_path):
    write("g/d1.txt", REPORT)
    gold = {"id": "d1", "exchanges": [{"date": "2026-01-29", "legs": [
        {"from": "Russia", "to": "Ukraine", "category": "bodies", "count": 1000},
        {"from": "Ukraine", "to": "Russia", "category": "bodies", "count": 30}]}],
        "meetings": [{"date": None, "place": "Istanbul"}]}
    gdir = write("g/d1.json", json.dumps(gold)).parent
    ours = run("eval", gdir).output
    preds = tmp_path / "p.jsonl"
    preds.write_text(run("extract", gdir / "d1.txt").output)
    scorer = ROOT.parent / "shared" / "tools" / "score.py"
    if scorer.exists():
        ref = subprocess.run([sys.executable, scorer, gdir, preds], capture_output=True, text=True)
        assert ref.stdout.strip() == ours.strip()
    out, _ = score(load_gold(gdir), {"d1": json.loads(preds.read_text())})
    assert out["legs"]["tp"] == 1 and out["legs"]["fn"] == 1 and out["meetings"]["fn"] == 1
    assert "legs          P=" in ours


def test_explain_marks_values(write):
    res = run("explain", write("a.txt", REPORT))
    assert res.exit_code == 0
    assert ">1,000" in res.output and "leg.count = 1000" in res.output


def test_python_dash_m_works(write):
    res = subprocess.run([sys.executable, "-m", "parley", "extract", write("a.txt", REPORT)],
                         capture_output=True, text=True)
    assert res.returncode == 0 and '"exchanges"' in res.stdout
