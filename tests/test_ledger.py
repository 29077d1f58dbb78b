import datetime as dt

from parley import Ledger, extract
from parley.model import Report


def report(text, url, published="2026-01-29", outlet="Test Outlet"):
    return Report(id=url.rsplit("/", 1)[-1], text=text, url=url, outlet=outlet,
                  published=dt.date.fromisoformat(published), language="en")


A = ("Russia handed over the bodies of 1,000 Ukrainian soldiers on Thursday, while Ukraine "
     "returned the remains of 38 Russian servicemen.")
B = "Ukraine received the bodies of 1,000 fallen defenders today, and Russia got back 38 bodies."


def add(ledger, r):
    return ledger.add(r, extract(r))


def test_two_reports_of_one_exchange_merge(tmp_path):
    with Ledger(tmp_path / "l.db") as ledger:
        assert add(ledger, report(A, "https://a.test/1", outlet="A")) == "new"
        assert add(ledger, report(B, "https://b.test/2", outlet="B")) == "new"
        [event] = ledger.events()
    assert event["date"] == "2026-01-29"
    assert len(event["reports"]) == 2 and event["outlets"] == ["A", "B"]
    counts = {(g["from"], g["to"]): g["count"] for g in event["legs"]}
    assert counts == {("Russia", "Ukraine"): 1000, ("Ukraine", "Russia"): 38}


def test_reingesting_changes_nothing(tmp_path):
    with Ledger(tmp_path / "l.db") as ledger:
        r = report(A, "https://a.test/1")
        add(ledger, r)
        before = (ledger.counts(), ledger.events())
        assert add(ledger, r) == "duplicate"
        assert (ledger.counts(), ledger.events()) == before


def test_same_figures_a_week_apart_stay_apart(tmp_path):
    t1 = "Hamas freed three Israeli hostages today. In exchange, Israel released 183 Palestinian prisoners."
    with Ledger(tmp_path / "l.db") as ledger:
        add(ledger, report(t1, "https://a.test/feb1", published="2025-02-01"))
        add(ledger, report(t1, "https://a.test/feb8", published="2025-02-08"))
        assert [e["date"] for e in ledger.events()] == ["2025-02-01", "2025-02-08"]


def test_back_reference_creates_or_joins_an_event(tmp_path):
    later = ("Russia handed over 1,000 bodies on Thursday. The previous exchange took place on "
             "November 20, 2025, when Russia transferred 1,000 bodies and Ukraine returned 30.")
    earlier = "Russia transferred 1,000 bodies to Ukraine today, and Ukraine returned 30 bodies."
    with Ledger(tmp_path / "l.db") as ledger:
        add(ledger, report(later, "https://a.test/later"))
        nov = [e for e in ledger.events() if e["date"] == "2025-11-20"]
        assert len(nov) == 1 and nov[0]["known_from"] == "previous"
        add(ledger, report(earlier, "https://a.test/earlier", published="2025-11-20"))
        nov = [e for e in ledger.events() if e["date"] == "2025-11-20"]
        assert len(nov) == 1 and nov[0]["known_from"] == "current"
        assert len(nov[0]["reports"]) == 2


def test_event_ids_are_stable(tmp_path):
    ids = []
    for name in ("one.db", "two.db"):
        with Ledger(tmp_path / name) as ledger:
            add(ledger, report(A, "https://a.test/1"))
            ids.append([e["id"] for e in ledger.events()])
    assert ids[0] == ids[1] == ["ex-2026-01-29-russia-ukraine-bodies"]


# ---- helpers shared by tests/test_ledger_*.py: readings built by hand, for exact control ----

def rep(url, published="2026-01-29", outlet="Test Outlet", origin=None, text=None):
    """A Report whose text is irrelevant (the reading is given)."""
    return Report(id=url.rsplit("/", 1)[-1], text=text or f"report {url}", url=url, outlet=outlet,
                  published=dt.date.fromisoformat(published) if published else None, language="en",
                  origin=origin)


def leg(frm, to, category, count, alts=(), sentence=None):
    from parley.model import Evidence, Leg

    evidence = [Evidence("leg.count", c, 0, 1, sentence or f"{c} {category}", "test")
                for c in [count, *alts] if c is not None]
    return Leg(frm, to, category, count, list(alts), evidence)


def ex(date, *legs, sources=(), mention="current", source_sentences=None, precision="day"):
    """An Exchange; source_sentences maps a source name to the sentence it was named in."""
    from parley.model import Evidence, Exchange

    evidence = [Evidence("source", s, 0, 1, (source_sentences or {}).get(s, ""), "test") for s in sources]
    return Exchange(dt.date.fromisoformat(date) if date else None, precision if date else None, list(legs),
                    sources=list(sources), mention=mention, evidence=evidence)


def put(ledger, report, *exchanges, totals=()):
    from parley.model import Reading

    return ledger.add(report, Reading(report.id, "en", list(exchanges), totals=list(totals)))
