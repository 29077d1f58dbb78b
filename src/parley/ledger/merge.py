"""When are two mentions the same exchange? Same parties and category, dates within a day
(or, when a date is unknown, a publication window), and counts that do not contradict."""

from __future__ import annotations

import datetime as dt
import re

WINDOW_DAYS = 7  # an undated mention matches events this close to its publication day
TOLERANCE = 0.1  # counts within 10% may be the same leg reported differently (195 vs 207)


def _date(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s[:10]) if s else None


def _parties(rec: dict) -> frozenset:
    return frozenset(p for leg in rec["legs"] for p in (leg["from"], leg["to"]) if p)


def _categories(rec: dict) -> set:
    return {leg["category"] for leg in rec["legs"]}


def _counts_compatible(a: dict, b: dict) -> bool:
    bk = {(x["from"], x["to"], x["category"]): x for x in b["legs"]}
    for leg in a["legs"]:
        other = bk.get((leg["from"], leg["to"], leg["category"]))
        if other is None or leg["count"] is None or other["count"] is None:
            continue
        hi = max(leg["count"], other["count"])
        if abs(leg["count"] - other["count"]) > TOLERANCE * hi:
            return False
    return True


def same_exchange(rec: dict, event: dict, published: str | None) -> bool:
    if _parties(rec) != _parties(event) or not (_categories(rec) & _categories(event)):
        return False
    if not _counts_compatible(rec, event):
        return False
    d, e = _date(rec["date"]), _date(event["date"])
    if d and e:
        return abs((d - e).days) <= 1
    anchor = d or e or None
    other = _date(published)
    if anchor and other:
        return abs((anchor - other).days) <= WINDOW_DAYS
    return d is None and e is None


def choose_event(rec: dict, events: list[dict], published: str | None) -> dict | None:
    """The best existing event for a mention: a dated match first, then an undated one."""
    matches = [e for e in events if same_exchange(rec, e, published)]
    matches.sort(key=lambda e: (e["date"] is None, e["id"]))
    return matches[0] if matches else None


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def new_event_id(rec: dict, taken: set[str]) -> str:
    """Readable, deterministic ids: ex-2026-01-29-russia-ukraine-bodies (-2, -3 on clashes)."""
    parties = "-".join(_slug(p) for p in sorted(_parties(rec))) or "unknown"
    cats = "-".join(sorted(_categories(rec))) or "exchange"
    base = f"ex-{rec['date'] or 'undated'}-{parties}-{cats}"
    eid, n = base, 2
    while eid in taken:
        eid, n = f"{base}-{n}", n + 1
    return eid
