"""The web dashboard and JSON API, on a small ledger built from reports written for the tests."""

import csv
import datetime as dt
import io
import re
import sqlite3
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

import parley
from parley.cli import main
from parley.model import Report
from parley.serve import create_app
from parley.serve.app import figure_parts, marked_text
from parley.serve.queries import open_ledger

BODIES = ("Russia handed over the bodies of 1,000 Ukrainian soldiers on Thursday, while Ukraine "
          "returned the remains of 38 Russian servicemen.")
HOSTAGES = "Hamas released three Israeli hostages on Saturday, and Israel freed 183 Palestinian prisoners in return."
TALKS = ("Russian and Ukrainian delegations met in Istanbul on Monday for a second round of talks. "
         "<script>alert(1)</script> No exchange was agreed.")
UNDATED = "Ukraine and Russia swapped 84 prisoners each in a deal mediated by the United Arab Emirates."

BODIES_ID = "ex-2026-01-29-russia-ukraine-bodies"
HOSTAGES_ID = "ex-2025-02-08-hamas-israel-palestinians-prisoners"
UNDATED_ID = "ex-undated-russia-ukraine-prisoners"
ATOM = "{http://www.w3.org/2005/Atom}"


def _report(rid: str, text: str, published: str | None, outlet: str, url: str | None = None) -> Report:
    return Report(id=rid, text=text, url=url, outlet=outlet, language="en",
                  published=dt.date.fromisoformat(published) if published else None)


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("serve") / "ledger.db"
    reports = [
        _report("bodies", BODIES, "2026-01-29", "Wire A", "https://a.example/bodies"),
        _report("hostages", HOSTAGES, "2025-02-08", "Wire B", "javascript:alert(2)"),
        _report("talks", TALKS, "2025-06-02", "Wire C"),
        _report("undated", UNDATED, None, "Wire D"),
    ]
    with parley.Ledger(path) as ledger:
        for r in reports:
            ledger.add(r, parley.extract(r))
    return path


@pytest.fixture(scope="module")
def client(db_path):
    return TestClient(create_app(db_path))


def _refs(db_path) -> dict[str, int]:
    with sqlite3.connect(db_path) as db:
        return dict(db.execute("SELECT report_id, id FROM reports"))


def _bars(html: str) -> int:
    return len(re.findall(r'<rect class="bar\b', html))


# ---- pages ------------------------------------------------------------------------------


def test_timeline_has_one_bar_per_dated_event(client):
    html = client.get("/").text
    assert _bars(html) == 2
    assert 'class="running-total"' in html
    assert UNDATED_ID in html and "not in the chart" in html
    assert "<strong>3</strong> events" in html and "<strong>1392</strong> handed over" in html


@pytest.mark.parametrize("query, bars", [
    ("category=bodies", 1), ("party=hamas", 1), ("since=2026", 1), ("until=2025-02", 1),
    ("since=&until=&party=&category=", 2), ("category=prisoners&party=Ukraine", 0),
])
def test_filters_change_the_chart(client, query, bars):
    assert _bars(client.get(f"/?{query}").text) == bars


def test_empty_selection_says_so(client):
    html = client.get("/?since=2030").text
    assert _bars(html) == 0 and "No dated exchanges" in html


def test_bad_date_filter_is_a_clear_400(client):
    r = client.get("/api/events?since=last-week")
    assert r.status_code == 400 and "YYYY-MM-DD" in r.json()["detail"]


def test_event_page_marks_the_figure_inside_its_sentence(client, db_path):
    html = client.get(f"/events/{BODIES_ID}").text
    assert ("Russia handed over the bodies of <mark>1,000 Ukrainian soldiers</mark> on Thursday, "
            "while Ukraine returned") in html
    assert "the remains of <mark>38 Russian servicemen</mark>." in html
    assert f'/reports/{_refs(db_path)["bodies"]}"' in html and "Wire A" in html
    assert 'href="https://a.example/bodies"' in html


def test_report_text_is_escaped_and_evidence_marked(client, db_path):
    html = client.get(f"/reports/{_refs(db_path)['talks']}").text
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert re.search(r"<mark title=\"meeting.place = Istanbul[^\"]*\">Istanbul</mark>", html)


def test_untrusted_urls_are_never_links(client, db_path):
    for page in (f"/reports/{_refs(db_path)['hostages']}", f"/events/{HOSTAGES_ID}"):
        assert 'href="javascript:' not in client.get(page).text


def test_events_table_sorts_by_date_or_count(client):
    def order(query):
        html = client.get(f"/events?{query}").text
        return [i for i in re.findall(r'/events/(ex-[^"]+)"', html) if i in (BODIES_ID, HOSTAGES_ID, UNDATED_ID)]

    assert order("sort=date") == [HOSTAGES_ID, BODIES_ID, UNDATED_ID]
    assert order("sort=count") == [BODIES_ID, HOSTAGES_ID, UNDATED_ID]
    assert order("sort=date&order=desc") == [BODIES_ID, HOSTAGES_ID, UNDATED_ID]
    assert order("sort=count&category=bodies") == [BODIES_ID]


def test_meetings_page(client):
    html = client.get("/meetings").text
    assert "Istanbul" in html and "held" in html


def test_static_css_is_served_locally(client):
    assert client.get("/static/parley.css").status_code == 200
    assert "//cdn" not in client.get("/").text


# ---- JSON API ---------------------------------------------------------------------------


def test_api_events_shape_and_filters(client):
    body = client.get("/api/events").json()
    assert body["count"] == 3 and body["filters"] == {}
    first = body["events"][0]
    assert {"id", "date", "legs", "mediators", "agreement", "sources", "reports", "outlets",
            "handed_over", "report_links"} <= set(first)
    assert {"from", "to", "category", "count", "figures"} <= set(first["legs"][0])
    only = client.get("/api/events?category=bodies").json()
    assert only["filters"] == {"category": "bodies"}
    assert [(e["id"], e["handed_over"]) for e in only["events"]] == [(BODIES_ID, 1038)]


def test_api_event_has_figures_with_report_links(client, db_path):
    e = client.get(f"/api/events/{BODIES_ID}").json()
    assert e["date"] == "2026-01-29" and e["handed_over"] == 1038
    fig = e["legs"][0]["figures"][0]
    assert fig["report"] == "bodies" and fig["outlet"] == "Wire A" and fig["sentence"] == BODIES
    assert fig["report_ref"] == _refs(db_path)["bodies"]
    assert [r["ref"] for r in e["report_links"]] == [fig["report_ref"]]


def test_api_report(client, db_path):
    r = client.get(f"/api/reports/{_refs(db_path)['bodies']}").json()
    assert r["report_id"] == "bodies" and r["text"] == BODIES and r["events"] == [BODIES_ID]
    counts = [e for e in r["evidence"] if e["field"] == "leg.count"]
    assert [BODIES[e["start"]:e["end"]] for e in counts] == ["1,000 Ukrainian soldiers", "38 Russian servicemen"]
    assert "key" not in r and "path" not in r


def test_api_totals(client):
    t = client.get("/api/totals").json()
    assert t["by_category"] == {"bodies": 1038, "prisoners": 354} and t["count"] == 1392
    assert t["by_party"]["Russia"] == {"handed_over": {"bodies": 1000, "prisoners": 84},
                                       "received": {"bodies": 38, "prisoners": 84}}
    assert "periods" not in t
    years = client.get("/api/totals?by=year").json()["periods"]
    assert [(p["period"], p["events"], p["count"]) for p in years] == [("2025", 1, 186), ("2026", 1, 1038)]
    months = client.get("/api/totals?by=month&party=Israel").json()
    assert [p["period"] for p in months["periods"]] == ["2025-02"] and months["count"] == 186


def test_api_meetings(client):
    body = client.get("/api/meetings").json()
    assert body["count"] == 1
    m = body["meetings"][0]
    assert (m["date"], m["place"], m["status"]) == ("2025-06-02", "Istanbul", "held")
    assert m["parties"] == ["Russia", "Ukraine"]


def test_openapi_docs_stay_on(client):
    assert client.get("/docs").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/events", "/api/events/{event_id}", "/api/reports/{report_id}", "/api/totals",
            "/api/meetings"} <= set(paths)


@pytest.mark.parametrize("url", ["/events/nope", "/api/events/nope", "/reports/999", "/reports/abc",
                                 "/api/reports/999", "/api/reports/abc"])
def test_unknown_ids_are_404_with_a_message(client, url):
    r = client.get(url)
    assert r.status_code == 404
    assert "in this ledger" in r.text


# ---- downloads --------------------------------------------------------------------------


def test_csv_download(client):
    r = client.get("/events.csv")
    assert r.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(r.text)))
    assert rows[0] == ["id", "date", "legs", "handed_over", "mediators", "agreement", "reports", "outlets", "sources"]
    assert [row[0] for row in rows[1:]] == [HOSTAGES_ID, BODIES_ID, UNDATED_ID]
    filtered = list(csv.reader(io.StringIO(client.get("/events.csv?party=Hamas").text)))
    assert [row[0] for row in filtered[1:]] == [HOSTAGES_ID]


def test_atom_feed_parses_newest_first(client):
    r = client.get("/feed.atom")
    assert r.headers["content-type"].startswith("application/atom+xml")
    feed = ET.fromstring(r.content)
    assert feed.tag == f"{ATOM}feed"
    entries = feed.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}id") for e in entries] == [
        f"urn:parley:event:{i}" for i in (BODIES_ID, HOSTAGES_ID, UNDATED_ID)]
    assert entries[0].findtext(f"{ATOM}updated") == "2026-01-29T00:00:00Z"
    assert entries[0].find(f"{ATOM}link").get("href").endswith(f"/events/{BODIES_ID}")


# ---- read-only, CLI, helpers ------------------------------------------------------------


def test_ledger_is_opened_read_only(db_path):
    with open_ledger(db_path) as ledger:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            ledger.db.execute("DELETE FROM events")
        with pytest.raises(PermissionError, match="read-only"):
            ledger.correct(BODIES_ID, {"agreement": "x"}, by="tester")
        report = _report("new", UNDATED, None, "Wire E")
        with pytest.raises(PermissionError, match="read-only"):
            ledger.add(report, parley.extract(report))
        assert ledger.event(BODIES_ID)["date"] == "2026-01-29"


def test_read_only_ledger_is_never_created_or_migrated(tmp_path):
    with pytest.raises(FileNotFoundError):
        parley.Ledger(tmp_path / "none.db", readonly=True)
    assert not (tmp_path / "none.db").exists()
    old = tmp_path / "old.db"
    with sqlite3.connect(old) as db:
        db.execute("CREATE TABLE events (id TEXT PRIMARY KEY, date TEXT)")
    db.close()
    with pytest.raises(ValueError, match="not an up-to-date ledger"):
        parley.Ledger(old, readonly=True)
    with sqlite3.connect(old) as db:
        assert [r[0] for r in db.execute("SELECT name FROM sqlite_master")] == ["events", "sqlite_autoindex_events_1"]
    db.close()


def test_missing_ledger_is_not_created(tmp_path):
    with pytest.raises(FileNotFoundError):
        create_app(tmp_path / "none.db")
    assert not (tmp_path / "none.db").exists()


def test_cli_serve_runs_uvicorn_on_localhost(db_path, monkeypatch):
    calls = []
    monkeypatch.setattr("uvicorn.run", lambda app, host, port: calls.append((app, host, port)))
    result = CliRunner().invoke(main, ["serve", "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    assert [(h, p) for _, h, p in calls] == [("127.0.0.1", 8000)]
    missing = CliRunner().invoke(main, ["serve", "--db", str(db_path) + ".missing"])
    assert missing.exit_code == 1 and "no such ledger" in missing.output


def test_figure_parts_falls_back_to_the_figure_text():
    text = "Intro. Russia returned 38 bodies."
    assert figure_parts(text, "Russia returned 38 bodies.", [23, 25]) == [
        ("Russia returned ", False), ("38", True), (" bodies.", False)]
    # the stored sentence was normalised: find the figure's own text instead
    assert figure_parts(text, "Russia  returned 38 bodies.", [23, 25])[1] == ("38", True)
    assert figure_parts(None, "No text.", [0, 2]) == [("No text.", False)]
    assert figure_parts(text, None, [0, 2]) == []


def test_marked_text_merges_overlapping_spans():
    ev = [{"start": 0, "end": 5, "field": "a", "value": 1, "rule": "r"},
          {"start": 3, "end": 8, "field": "b", "value": 2, "rule": "s"},
          {"start": 20, "end": 30, "field": "c", "value": 3, "rule": "t"}]  # outside the text: ignored
    assert marked_text("0123456789", ev) == [("01234567", "a = 1 (r); b = 2 (s)"), ("89", None)]


def test_curated_counts_show_on_the_dashboard(tmp_path):
    path = tmp_path / "curated.db"
    report = _report("bodies", BODIES, "2026-01-29", "Wire A", "https://a.example/bodies")
    with parley.Ledger(path) as ledger:
        ledger.add(report, parley.extract(report))
        [event] = ledger.events()
        ledger.correct(event["id"], {"Ukraine>Russia.bodies": "39"}, by="tester", note="ministry list")
    api = TestClient(create_app(path)).get(f"/api/events/{event['id']}").json()
    leg = next(g for g in api["legs"] if (g["from"], g["to"]) == ("Ukraine", "Russia"))
    assert leg["count"] == 39 and api.get("curated") is True


def test_odd_report_ids_are_not_found(client):
    for ident in ("99999999999999999999999", "²", "1e3"):
        assert client.get(f"/reports/{ident}").status_code == 404


DIFFERENT = ("Ukraine received the bodies of 1,012 fallen soldiers from Russia on Thursday, the coordination "
             "headquarters said.")


def test_api_events_are_the_ledgers_own(tmp_path):
    """Two reports give different figures for one leg: the API shows what `Ledger.events()` does."""
    path = tmp_path / "disputed.db"
    with parley.Ledger(path) as ledger:
        for r in (_report("bodies", BODIES, "2026-01-29", "Wire A", "https://a.example/bodies"),
                  _report("other", DIFFERENT, "2026-01-29", "Wire B", "https://b.example/other")):
            ledger.add(r, parley.extract(r))
    with parley.Ledger(path) as ledger:
        expected = ledger.events()
    assert [e["disputed"] for e in expected] == [True]  # the case this test is about

    def legs(event):
        return [(g["from"], g["to"], g["category"], g["count"], g.get("alt_counts"), g["disputed"], g["origins"],
                 g["confirmed_by"], [(f["report"], f["count"]) for f in g["figures"]]) for g in event["legs"]]

    client = TestClient(create_app(path))
    listed = client.get("/api/events").json()["events"]
    one = client.get(f"/api/events/{expected[0]['id']}").json()
    assert [e["id"] for e in listed] == [e["id"] for e in expected]
    for shown in (listed[0], one):
        assert legs(shown) == legs(expected[0])
        assert (shown["disputed"], shown["origins"], shown["confirmed_by"]) == (
            expected[0]["disputed"], expected[0]["origins"], expected[0]["confirmed_by"])
    # nothing differs but what the dashboard adds on top
    added = {"handed_over", "report_links", "created_at"}
    refs = _refs(path)
    for leg in listed[0]["legs"]:
        for f in leg["figures"]:
            assert f.pop("report_ref") == refs[f["report"]]
    assert {k: v for k, v in listed[0].items() if k not in added} == expected[0]
    assert [(r["report"], r["ref"]) for r in one["report_links"]] == [("bodies", refs["bodies"]),
                                                                       ("other", refs["other"])]
