"""Step 2: corroboration counts independent origins, not articles."""

import json

from click.testing import CliRunner

from parley import Ledger
from parley.cli import main
from tests.test_ledger import ex, leg, put, rep

LEGS = (("Russia", "Ukraine", "bodies", 1000), ("Ukraine", "Russia", "bodies", 38))


def legs():
    return [leg(*g) for g in LEGS]


def test_outlets_repeating_one_official_are_one_origin(tmp_path):
    with Ledger(tmp_path / "l.db") as ledger:
        put(ledger, rep("https://tass.test/1", outlet="TASS"), ex("2026-01-29", *legs(), sources=["Vladimir Medinsky"]))
        for n in range(10):
            put(ledger, rep(f"https://site{n}.test/x", outlet=f"Site {n}"),
                ex("2026-01-29", *legs(), sources=["Владимир Мединский" if n % 2 else "Medinsky"]))
        [event] = ledger.events()
    assert len(event["reports"]) == 11 and event["origins"] == 1
    assert event["origin_keys"] == ["source:Vladimir Medinsky"]
    assert event["confirmed_by"] == ["Russia"]
    assert event["officials_confirmed"] == {"Russia": True, "Ukraine": False}


def test_telegram_forwards_share_their_channel_as_origin(tmp_path):
    with Ledger(tmp_path / "l.db") as ledger:
        for n in range(3):
            put(ledger, rep(f"https://t.me/c{n}/1", outlet=f"channel {n}", origin="Coordination Headquarters"),
                ex("2026-01-29", *legs()))
        put(ledger, rep("https://b.test/1", outlet="B"), ex("2026-01-29", *legs()))
        [event] = ledger.events()
    assert event["origins"] == 2  # the headquarters' post, and B's own unattributed report
    assert event["confirmed_by"] == ["Ukraine"]  # the forwarded channel speaks for its owner


def test_events_json_shows_origins_and_confirming_sides(tmp_path):
    db = tmp_path / "l.db"
    with Ledger(db) as ledger:
        put(ledger, rep("https://a.test/1", outlet="A"), ex("2026-01-29", *legs(), sources=["Vladimir Medinsky"]))
        put(ledger, rep("https://b.test/2", outlet="B"),
            ex("2026-01-29", *legs(), sources=["Coordination Headquarters for the Treatment of Prisoners of War"]))
        put(ledger, rep("https://c.test/3", outlet="C"), ex("2026-01-29", *legs()))
    res = CliRunner().invoke(main, ["events", "--db", str(db), "--format", "json"])
    [event] = json.loads(res.output)
    assert event["origins"] == 3 and sorted(event["confirmed_by"]) == ["Russia", "Ukraine"]
    assert event["officials_confirmed"] == {"Russia": True, "Ukraine": True}
    assert all(g["origins"] == 3 for g in event["legs"])


def test_an_agency_relaying_an_official_is_not_another_origin(tmp_path):
    with Ledger(tmp_path / "l.db") as ledger:
        put(ledger, rep("https://a.test/1", outlet="A"),
            ex("2026-01-29", *legs(), sources=["TASS", "Vladimir Medinsky"]))
        put(ledger, rep("https://b.test/2", outlet="B"), ex("2026-01-29", *legs(), sources=["Medinsky"]))
        put(ledger, rep("https://c.test/3", outlet="C"), ex("2026-01-29", *legs(), sources=["Reuters"]))
        [event] = ledger.events()
    assert event["origin_keys"] == ["source:Vladimir Medinsky", "source:reuters"]
