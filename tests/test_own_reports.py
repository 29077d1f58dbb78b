"""A second evaluation set: 204 full-length reports the team wrote (real events, our own words) in
ten languages (en, ru, uk and es, pt, it, fr, de, pl, tr), with hand-made gold in the ANNOTATION.md
format, scored like the dev set. The gold was written before parley read the reports. The
thresholds sit a little under today's figures so a general regression shows up here, not only on
the dev set."""

import pathlib

from parley import extract, read
from parley.evaluate import load_gold, score

OWN = pathlib.Path(__file__).parent / "fixtures" / "own_reports"


def test_own_reports_score():
    preds = {r.id: extract(r).to_record(with_evidence=False) for r in read(OWN)}
    out, _ = score(load_gold(OWN), preds)
    assert out["legs"]["f1"] >= 0.87
    assert out["events"]["f1"] >= 0.91
    assert out["meetings"]["f1"] >= 0.82
    assert out["events_on_docs_without_gold_events"] == 0
