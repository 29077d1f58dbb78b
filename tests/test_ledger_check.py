"""Step 7: the ledger check over the dev set; with gold readings it measures merging alone."""

import importlib.util
import pathlib

import pytest

from tests.conftest import SHARED_DEV

SCRIPT = pathlib.Path(__file__).resolve().parents[1] / "benchmarks" / "ledger_check.py"


def load():
    spec = importlib.util.spec_from_file_location("ledger_check", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not SHARED_DEV.exists(), reason="no dev corpus beside the project")
def test_gold_readings_make_each_distinct_exchange_once():
    out = load().check(SHARED_DEV, gold_readings=True)
    assert out["duplicated"] == 0 and out["missed"] == 0 and out["spurious_events"] == 0
    assert out["found_once"] == out["distinct_gold_exchanges"]
    assert out["events_holding_several_gold_exchanges"] <= 1


def test_gold_clustering_rules():
    check = load()
    dated = {"date": "2024-01-31", "date_precision": "day", "published": "2024-01-31",
             "legs": [{"from": "Russia", "to": "Ukraine", "category": "prisoners", "count": 207}]}
    undated = dict(dated, date=None, date_precision=None,
                   legs=[{"from": "Russia", "to": "Ukraine", "category": "prisoners", "count": 195}])
    far = dict(undated, published="2024-03-01")
    assert [len(c) for c in check.cluster_gold([dated, undated, far])] == [2, 1]
