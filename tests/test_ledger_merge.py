"""Step 4: merge rules — publication windows, same figures on other days, multi-day operations."""

from parley import Ledger
from parley.model import Total
from tests.test_ledger import ex, leg, put, rep

BODIES = (("Russia", "Ukraine", "bodies", 1000), ("Ukraine", "Russia", "bodies", 38))


def bodies(*counts):
    return [leg("Russia", "Ukraine", "bodies", counts[0]), leg("Ukraine", "Russia", "bodies", counts[1])]


def test_undated_report_joins_the_event_it_was_published_after(tmp_path):
    with Ledger(tmp_path / "l.db") as ledger:
        put(ledger, rep("https://a.test/1", "2026-01-29"), ex("2026-01-29", *bodies(1000, 38)))
        put(ledger, rep("https://b.test/2", "2026-01-31"), ex(None, *bodies(1000, 38)))
        put(ledger, rep("https://c.test/3", "2026-02-20"), ex(None, *bodies(1000, 38)))  # too late: another one
        events = ledger.events()
    assert [(e["date"], e["date_precision"], len(e["reports"])) for e in events] == [
        ("2026-01-29", "day", 2), (None, "unknown", 1)]


def test_undated_report_joins_the_nearest_of_two_rounds_with_the_same_figures(tmp_path):
    hostages = [leg("Hamas", "Israel", "prisoners", 3), leg("Israel", "Palestinians", "prisoners", 183)]
    with Ledger(tmp_path / "l.db") as ledger:
        put(ledger, rep("https://a.test/feb1", "2025-02-01"), ex("2025-02-01", *hostages))
        put(ledger, rep("https://a.test/feb8", "2025-02-08"), ex("2025-02-08", *hostages))
        put(ledger, rep("https://b.test/later", "2025-02-09"), ex(None, *hostages))
        events = ledger.events()
    assert [(e["date"], len(e["reports"])) for e in events] == [("2025-02-01", 1), ("2025-02-08", 2)]


def test_undated_reports_without_publication_day_merge_only_on_identical_figures(tmp_path):
    with Ledger(tmp_path / "l.db") as ledger:
        put(ledger, rep("https://a.test/1", None), ex(None, *bodies(1000, 38)))
        put(ledger, rep("https://b.test/2", None), ex(None, *bodies(1000, 38)))
        put(ledger, rep("https://c.test/3", None), ex(None, *bodies(1000, 35)))
        assert sorted(len(e["reports"]) for e in ledger.events()) == [1, 2]


def test_month_precision_back_reference_joins_a_day_in_that_month(tmp_path):
    pows = [leg("Russia", "Ukraine", "prisoners", 230), leg("Ukraine", "Russia", "prisoners", 248)]
    with Ledger(tmp_path / "l.db") as ledger:
        put(ledger, rep("https://a.test/jan3", "2024-01-03"), ex("2024-01-03", *pows))
        put(ledger, rep("https://b.test/may", "2024-05-31"), ex("2024-01-01", *pows, mention="previous",
                                                               precision="month"))
        [event] = ledger.events()
    assert event["date"] == "2024-01-03" and event["date_precision"] == "day" and len(event["reports"]) == 2


def stage(date, n):
    return ex(date, leg("Russia", "Ukraine", "prisoners", n), leg("Ukraine", "Russia", "prisoners", n))


def test_stages_of_one_deal_are_events_of_one_operation_and_the_total_is_no_event(tmp_path):
    with Ledger(tmp_path / "l.db") as ledger:
        put(ledger, rep("https://a.test/1", "2025-05-23"), stage("2025-05-23", 390))
        put(ledger, rep("https://a.test/2", "2025-05-24"), stage("2025-05-24", 307))
        put(ledger, rep("https://b.test/total", "2025-05-25"), stage("2025-05-25", 1000))  # only the total
        put(ledger, rep("https://a.test/3", "2025-05-25"), stage("2025-05-25", 303))
        put(ledger, rep("https://c.test/q", "2025-05-26"),
            totals=[Total(1000, "prisoners", "Ukraine", "1,000 Ukrainians came home in three days.", 0, 5)])
        events = ledger.events()
        [op] = ledger.operations()
    assert [(e["date"], e["legs"][0]["count"]) for e in events] == [
        ("2025-05-23", 390), ("2025-05-24", 307), ("2025-05-25", 303)]
    assert {e["operation"] for e in events} == {op["id"]}
    assert op["stages"] == [e["id"] for e in events]
    assert {(g["from"], g["count"]) for g in op["legs"]} == {("Russia", 1000), ("Ukraine", 1000)}
    assert op["total_only_reports"] == ["https://b.test/total", "https://c.test/q"]


def test_an_undated_total_published_after_the_stages_links_to_the_operation(tmp_path):
    with Ledger(tmp_path / "l.db") as ledger:
        put(ledger, rep("https://b.test/total", "2025-05-26"), stage(None, 1000))
        for n, (day, count) in enumerate([("2025-05-23", 390), ("2025-05-24", 307), ("2025-05-25", 303)]):
            put(ledger, rep(f"https://a.test/{n}", day), stage(day, count))
        assert len(ledger.events()) == 3
        assert ledger.operations()[0]["total_only_reports"] == ["https://b.test/total"]


def test_weekly_rounds_are_no_operation(tmp_path):
    with Ledger(tmp_path / "l.db") as ledger:
        put(ledger, rep("https://a.test/1", "2025-05-01"), stage("2025-05-01", 100))
        put(ledger, rep("https://a.test/2", "2025-05-08"), stage("2025-05-08", 100))
        assert ledger.operations() == [] and len(ledger.events()) == 2


def test_two_exchanges_one_report_tells_apart_stay_apart(tmp_path):
    one = [ex("2025-06-14", leg("Russia", "Ukraine", "bodies", 1200), mention="previous"),
           ex("2025-06-15", leg("Russia", "Ukraine", "bodies", 1200), mention="previous")]
    with Ledger(tmp_path / "l.db") as ledger:
        put(ledger, rep("https://a.test/1", "2025-06-16"), *one)
        put(ledger, rep("https://b.test/2", "2025-06-16"), ex("2025-06-15", leg("Russia", "Ukraine", "bodies", 1200)))
        events = ledger.events()
    assert [(e["date"], len(e["reports"])) for e in events] == [("2025-06-14", 1), ("2025-06-15", 2)]


def test_a_report_without_any_day_joins_by_telling_figures_only(tmp_path):
    with Ledger(tmp_path / "l.db") as ledger:
        put(ledger, rep("https://a.test/1", "2025-06-11"), ex("2025-06-11", leg("Russia", "Ukraine", "bodies", 1212)))
        put(ledger, rep("https://b.test/2", "2025-08-19"), ex("2025-08-19", leg("Russia", "Ukraine", "bodies", 1000)))
        put(ledger, rep("https://c.test/3", None), ex(None, leg("Russia", "Ukraine", "bodies", 1212)))
        put(ledger, rep("https://d.test/4", None), ex(None, leg("Russia", "Ukraine", "bodies", 1000)))
        events = ledger.events()
    assert [(e["date"], len(e["reports"])) for e in events] == [("2025-06-11", 2), ("2025-08-19", 1), (None, 1)]


def test_any_reported_figure_ties_a_later_report_to_a_disputed_leg(tmp_path):
    with Ledger(tmp_path / "l.db") as ledger:
        put(ledger, rep("https://a.test/1", "2024-12-30"),
            ex("2024-12-30", leg("Russia", "Ukraine", "prisoners", 150, alts=[189]),
               sources=["Russian Defense Ministry"]))
        put(ledger, rep("https://b.test/2", None), ex(None, leg("Russia", "Ukraine", "prisoners", 189)))
        [event] = ledger.events()
    assert len(event["reports"]) == 2
    assert event["legs"][0]["count"] == 189  # now from two independent origins
