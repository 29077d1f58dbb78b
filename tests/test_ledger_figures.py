"""Step 1: every figure kept with who gave it; the ledger value chosen by the documented rule."""

from parley import Ledger
from tests.test_ledger import add, ex, leg, put, rep, report


def test_receiving_side_officials_win_and_others_stay_visible(tmp_path):
    with Ledger(tmp_path / "l.db") as ledger:
        put(ledger, rep("https://ru.test/1", "2024-01-31", "RIA"),
            ex("2024-01-31", leg("Russia", "Ukraine", "prisoners", 195), leg("Ukraine", "Russia", "prisoners", 195),
               sources=["Минобороны России"]))
        put(ledger, rep("https://ua.test/2", "2024-01-31", "Ukrinform"),
            ex("2024-01-31", leg("Russia", "Ukraine", "prisoners", 207),
               sources=["Coordination Headquarters for the Treatment of Prisoners of War"]))
        [event] = ledger.events()
    to_ukraine = next(g for g in event["legs"] if g["to"] == "Ukraine")
    assert to_ukraine["count"] == 207 and to_ukraine["alt_counts"] == [195]
    assert to_ukraine["disputed"] is True
    by_count = {f["count"]: f for f in to_ukraine["figures"]}
    assert by_count[195]["url"] == "https://ru.test/1" and by_count[195]["outlet"] == "RIA"
    assert by_count[195]["sources"] == ["Минобороны России"] and by_count[195]["officials"] == ["Russia"]
    assert by_count[207]["officials"] == ["Ukraine"]
    to_russia = next(g for g in event["legs"] if g["to"] == "Russia")
    assert to_russia["count"] == 195 and not to_russia["disputed"]


def test_one_report_two_figures_each_with_its_own_speaker(tmp_path):
    mod = "The Russian Defense Ministry said 150 Ukrainians were swapped."
    zel = "Volodymyr Zelensky said 189 Ukrainians came home."
    with Ledger(tmp_path / "l.db") as ledger:
        put(ledger, rep("https://a.test/dec30", "2024-12-30"),
            ex("2024-12-30", leg("Russia", "Ukraine", "prisoners", 150, alts=[189], sentence=mod),
               sources=["Russian Defense Ministry", "Volodymyr Zelensky"],
               source_sentences={"Russian Defense Ministry": mod, "Volodymyr Zelensky": zel}))
        [event] = ledger.events()
    [g] = event["legs"]
    assert g["count"] == 189 and g["alt_counts"] == [150]  # same speaker for both: the larger
    assert [f["sources"] for f in g["figures"]] == [["Russian Defense Ministry"], ["Russian Defense Ministry"]]


def test_attribution_per_sentence_decides_the_value(tmp_path):
    from parley.model import Evidence

    mod = "The Russian Defense Ministry said 150 Ukrainians were swapped."
    zel = "Volodymyr Zelensky said 189 Ukrainians came home."
    g = leg("Russia", "Ukraine", "prisoners", 150, alts=[189])
    g.evidence = [Evidence("leg.count", 150, 30, 33, mod, "t"), Evidence("leg.count", 189, 24, 27, zel, "t")]
    with Ledger(tmp_path / "l.db") as ledger:
        put(ledger, rep("https://a.test/dec30", "2024-12-30"),
            ex("2024-12-30", g, sources=["Russian Defense Ministry", "Volodymyr Zelensky"],
               source_sentences={"Russian Defense Ministry": mod, "Volodymyr Zelensky": zel}))
        [leg_] = ledger.events()[0]["legs"]
    assert leg_["count"] == 189 and leg_["alt_counts"] == [150]
    assert {f["count"]: f["sentence"] for f in leg_["figures"]} == {150: mod, 189: zel}
    assert {f["count"]: f["span"] for f in leg_["figures"]} == {150: [30, 33], 189: [24, 27]}


def test_without_officials_the_most_independent_figure_wins(tmp_path):
    with Ledger(tmp_path / "l.db") as ledger:
        for n, outlet in enumerate(["A", "B", "C"]):
            put(ledger, rep(f"https://{outlet}.test/{n}", outlet=outlet),
                ex("2026-01-29", leg("Russia", "Ukraine", "bodies", 1000)))
        put(ledger, rep("https://d.test/9", outlet="D"), ex("2026-01-29", leg("Russia", "Ukraine", "bodies", 1050)))
        [event] = ledger.events()
    [g] = event["legs"]
    assert g["count"] == 1000 and g["alt_counts"] == [1050] and g["disputed"]


def test_extracted_figures_carry_span_and_sentence(tmp_path):
    text = "Russia handed over the bodies of 1,000 Ukrainian soldiers on Thursday, Ukrinform reported."
    with Ledger(tmp_path / "l.db") as ledger:
        r = report(text, "https://a.test/1")
        add(ledger, r)
        [event] = ledger.events()
    fig = event["legs"][0]["figures"][0]
    a, b = fig["span"]
    assert text[a:b].startswith("1,000") and fig["sentence"] == text
    assert fig["url"] == "https://a.test/1" and fig["outlet"] == "Test Outlet"
