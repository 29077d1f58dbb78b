"""Ledger check: does the ledger hold each distinct exchange of the gold files exactly once?

usage: python benchmarks/ledger_check.py [DEV_DIR] [--gold-readings] [--verbose]

Ingests every report of DEV_DIR (default ../shared/corpus/dev) into a temporary ledger,
then compares its events with the distinct exchanges of the gold files:

- gold exchanges of different reports are one distinct exchange when parties and category
  agree and their days are the same; an undated (or month-only) one joins a dated one
  when it was published within a week after it (or names its month) with figures within
  10%, or, without a publication day, when it gives the same figures (and only one dated
  exchange fits);
- each gold exchange is matched to the ledger mention read from the same report (same
  parties, a shared category, compatible day), which tells the event it went to;
- a distinct exchange is found once (all its matched mentions in one event), duplicated
  (in more than one event) or missed (no mention matched); an event no gold exchange
  matched is spurious, one that holds several distinct exchanges conflates them; "right
  legs" counts exchanges found once whose event's chosen figures are among gold's.

With --gold-readings the gold records themselves are ingested instead of what extract
reads, which measures the merging alone.
"""

from __future__ import annotations

import datetime as dt
import json
import pathlib
import sys
import tempfile
from collections import defaultdict

from parley import Ledger, extract, read
from parley.model import Exchange, Leg, Reading

HERE = pathlib.Path(__file__).resolve().parent
DEFAULT = HERE.parent.parent / "shared" / "corpus" / "dev"


def _day(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s[:10]) if s else None


def _parties(legs: list[dict]) -> frozenset:
    return frozenset(p for g in legs for p in (g["from"], g["to"]) if p)


def _cats(legs: list[dict]) -> set:
    return {g["category"] for g in legs}


def _counts(legs: list[dict]) -> set:
    return {(g["from"], g["to"], g["category"], g["count"]) for g in legs if g["count"] is not None}


def gold_reading(doc: dict) -> Reading:
    exchanges = []
    for e in doc["exchanges"]:
        legs = [Leg(g["from"], g["to"], g["category"], g["count"], g.get("alt_counts", [])) for g in e["legs"]]
        exchanges.append(Exchange(_day(e["date"]), e["date_precision"], legs, e["mediators"], e["agreement"],
                                  e["sources"], e["mention"]))
    return Reading(doc["id"], None, exchanges)


def _undated_fits(g: dict, cluster: list[dict]) -> bool:
    """An undated gold exchange is a dated one when published within a week after it with
    no other figures, or, with no publication day, when it gives exactly the same figures."""
    first = cluster[0]
    if not first["date"] or _parties(first["legs"]) != _parties(g["legs"]):
        return False
    if not (_cats(first["legs"]) & _cats(g["legs"])):
        return False
    theirs = set().union(*(_counts(x["legs"]) for x in cluster))
    mine = _counts(g["legs"])
    pub, day = _day(g["published"]), _day(first["date"])
    if g["date_precision"] == "month" and g["date"]:
        return g["date"][:7] == first["date"][:7] and _close(mine, theirs)
    if pub is not None:
        return -1 <= (pub - day).days <= 7 and _close(mine, theirs)
    return bool(mine) and mine == {c for c in theirs if (c[0], c[1], c[2]) in {(m[0], m[1], m[2]) for m in mine}}


def _close(mine: set, theirs: set) -> bool:
    """Every figure within 10% of the other reports' figure for the same leg (195 vs 207)."""
    for frm, to, cat, n in mine:
        other = [c[3] for c in theirs if c[:3] == (frm, to, cat)]
        if other and not any(abs(n - x) <= 0.1 * max(n, x) for x in other):
            return False
    return True


def cluster_gold(golds: list[dict]) -> list[list[dict]]:
    """Distinct exchanges: dated gold items by (day, parties, category), undated ones attached."""
    clusters: dict[tuple, list[dict]] = defaultdict(list)
    undated = []
    for g in golds:
        if g["date"] and g["date_precision"] != "month":
            clusters[(g["date"], _parties(g["legs"]), frozenset(_cats(g["legs"])))].append(g)
        else:
            undated.append(g)
    out = list(clusters.values())
    for g in undated:
        fits = [c for c in out if _undated_fits(g, c)]
        if len(fits) > 1:  # the one sharing most figures, if that settles it
            shared = {id(c): len(_counts(g["legs"]) & set().union(*(_counts(x["legs"]) for x in c))) for c in fits}
            fits = [c for c in fits if shared[id(c)] == max(shared.values())]
        if len(fits) == 1:
            fits[0].append(g)
        else:
            out.append([g])
    return out


def _mentions(ledger: Ledger) -> dict[str, list[dict]]:
    """Ledger mentions per document (file stem), with legs and event."""
    out: dict[str, list[dict]] = defaultdict(list)
    rows = ledger.db.execute("SELECT m.id, m.date, m.event, r.path, r.report_id FROM mentions m"
                             " JOIN reports r ON r.id = m.report ORDER BY m.id").fetchall()
    for mid, date, event, path, report_id in rows:
        legs = [{"from": f, "to": t, "category": c, "count": n} for f, t, c, n in ledger.db.execute(
            "SELECT from_party, to_party, category, count FROM figures WHERE mention = ? AND is_alt = 0", (mid,))]
        doc = pathlib.Path(path.split(":")[0]).stem if path else report_id
        out[doc].append({"id": mid, "date": date, "event": event, "legs": legs})
    return out


def _score(g: dict, m: dict) -> tuple | None:
    if _parties(g["legs"]) != _parties(m["legs"]) or not (_cats(g["legs"]) & _cats(m["legs"])):
        return None
    a, b = _day(g["date"]), _day(m["date"])
    if a and b and abs((a - b).days) > 1 and not (g["date_precision"] == "month" and a.month == b.month):
        return None
    return (a == b, len(_counts(g["legs"]) & _counts(m["legs"])))


def match(golds: list[dict], mentions: dict[str, list[dict]]) -> None:
    """Set g["event"] to the event of the best-matching mention of the same report (or None)."""
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for g in golds:
        by_doc[g["doc"]].append(g)
    for doc, items in by_doc.items():
        free = list(mentions.get(doc, []))
        for g in items:
            scored = [(s, m) for m in free if (s := _score(g, m)) is not None]
            g["event"] = None
            if scored:
                best = max(scored, key=lambda sm: sm[0])[1]
                free.remove(best)
                g["event"] = best["event"] or "(linked to an operation)"


def check(folder: pathlib.Path, gold_readings: bool = False, verbose: bool = False) -> dict:
    reports = sorted(read(folder), key=lambda r: pathlib.Path((r.path or r.id).split(":")[0]).name)
    docs = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in folder.glob("*.json")}
    golds = []
    with tempfile.TemporaryDirectory() as tmp, Ledger(pathlib.Path(tmp) / "check.db") as ledger:
        for r in reports:
            stem = pathlib.Path((r.path or r.id).split(":")[0]).stem
            if gold_readings and stem not in docs:
                continue
            ledger.add(r, gold_reading(docs[stem]) if gold_readings else extract(r))
            for e in docs.get(stem, {}).get("exchanges", []):
                golds.append(dict(e, doc=stem, published=r.published.isoformat() if r.published else None))
        match(golds, _mentions(ledger))
        events = {e["id"]: e for e in ledger.events()}
        ops = ledger.operations()
    clusters = cluster_gold(golds)
    once = dup = missed = right = 0
    used: set[str] = set()
    for c in clusters:
        evs = {g["event"] for g in c if g["event"]}
        used |= evs
        if not evs:
            missed += 1
        elif len(evs) == 1:
            once += 1
            ev = events.get(next(iter(evs)))
            gold_legs = set().union(*(_counts(g["legs"]) for g in c))
            if ev and _counts(ev["legs"]) <= gold_legs and (bool(_counts(ev["legs"])) or not gold_legs):
                right += 1
            elif verbose:
                print(f"legs       {ev and sorted(_counts(ev['legs']))} vs gold {sorted(gold_legs)}")
        else:
            dup += 1
        if verbose:
            state = "missed" if not evs else "once" if len(evs) == 1 else "DUPLICATED"
            print(f"{state:10s} {c[0]['date'] or 'undated':10s} {sorted(_parties(c[0]['legs']))} "
                  f"{[g['doc'] for g in c]} -> {sorted(evs)}")
    holders: dict[str, int] = defaultdict(int)
    for c in clusters:
        for eid in {g["event"] for g in c if g["event"]}:
            holders[eid] += 1
    conflated = sorted(eid for eid, n in holders.items() if n > 1)
    if verbose:
        for eid in conflated:
            print(f"conflated  {eid} holds {holders[eid]} distinct gold exchanges")
    spurious = [eid for eid in events if eid not in used]
    if verbose:
        for eid in spurious:
            print(f"spurious   {eid} {events[eid]['reports']}")
    return {"reports": len(reports), "gold_exchanges": len(golds), "distinct_gold_exchanges": len(clusters),
            "found_once": once, "found_once_right_legs": right, "duplicated": dup, "missed": missed,
            "events_holding_several_gold_exchanges": len(conflated),
            "ledger_events": len(events), "spurious_events": len(spurious), "operations": len(ops)}


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    folder = pathlib.Path(args[0]) if args else DEFAULT
    if not folder.exists():
        print(f"error: {folder}: no such directory", file=sys.stderr)
        return 1
    out = check(folder, "--gold-readings" in argv, "--verbose" in argv)
    print(" ".join(f"{k}={v}" for k, v in out.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
