"""When are two mentions the same exchange?

Same parties, a shared category, counts that do not contradict (within 10%: 195 vs 207 is
one leg reported differently, 390 vs 307 are two stages), and dates that agree:

- both dated: the same day, or a day apart with the same figures (a night swap is
  reported on either day; 307 then 303 on consecutive days are two stages); a
  month-precision date ("in January") agrees with any day of that month;
- one dated: the undated side was published within WINDOW_DAYS after the dated one;
- neither dated: published within WINDOW_DAYS of each other;
- no day to compare at all: only identical figures in the same categories merge, and not
  on round hundreds alone.

Two exchanges one report tells apart are never merged (the store leaves out events that
already hold a mention of the same report). Among several matches a match on the day
wins, then one with the same figures, then the nearest in time, so two "3 for 183"
rounds a week apart stay two events and an undated report joins the one it was
published after.
"""

from __future__ import annotations

import datetime as dt
import re

WINDOW_DAYS = 7  # an undated mention matches events this close before its publication day
TOLERANCE = 0.1  # counts within 10% may be the same leg reported differently (195 vs 207)
FAR = 10_000  # the distance of a match that has no day to compare


def _date(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s[:10]) if s else None


def parties(rec: dict) -> frozenset:
    return frozenset(p for leg in rec["legs"] for p in (leg["from"], leg["to"]) if p)


def categories(rec: dict) -> set:
    return {leg["category"] for leg in rec["legs"]}


def _figures(leg: dict) -> set[int]:
    """Every figure known for a leg: its value, alternatives, and (for events) all reported."""
    out = {leg["count"]} | set(leg.get("alt_counts") or []) | {f["count"] for f in leg.get("figures", [])}
    return {c for c in out if c is not None}


def _pairs(a: dict, b: dict):
    """(figures of a, figures of b) for each leg both give figures for."""
    bk = {(x["from"], x["to"], x["category"]): x for x in b["legs"]}
    for leg in a["legs"]:
        other = bk.get((leg["from"], leg["to"], leg["category"]))
        if other is not None and _figures(leg) and _figures(other):
            yield _figures(leg), _figures(other)


def counts_compatible(a: dict, b: dict, tolerance: float = TOLERANCE) -> bool:
    """Every shared leg has a figure on each side within the tolerance of each other."""
    return all(any(abs(x - y) <= tolerance * max(x, y) for x in xs for y in ys) for xs, ys in _pairs(a, b))


def _identical(a: dict, b: dict) -> bool:
    pairs = list(_pairs(a, b))
    return bool(pairs) and all(xs & ys for xs, ys in pairs)


def _telling(a: dict, b: dict) -> bool:
    """Identical figures that are not all round hundreds: 1,000 bodies are handed over so
    often that "1,000" alone cannot tie two undated reports together; "1,212" or "38" can."""
    return (categories(a) == categories(b) and _identical(a, b)
            and any(x % 100 for xs, ys in _pairs(a, b) for x in xs & ys))


def _dated_gap(d: dt.date, dp: str | None, e: dt.date, ep: str | None) -> int | None:
    if "month" in (dp, ep):
        return 0 if (d.year, d.month) == (e.year, e.month) else None
    gap = abs((d - e).days)
    return gap if gap <= 1 else None


def _window_gap(day: dt.date, published: list[dt.date]) -> int | None:
    """Days from an exchange to the nearest report published within the window after it."""
    gaps = [(p - day).days for p in published if -1 <= (p - day).days <= WINDOW_DAYS]
    return min(gaps, key=abs) if gaps else None


def distance(rec: dict, event: dict, published: str | None) -> int | None:
    """How far apart (in days) a mention and an event are, or None if they cannot be one."""
    if parties(rec) != parties(event) or not (categories(rec) & categories(event)):
        return None
    if not counts_compatible(rec, event):
        return None
    d, e = _date(rec["date"]), _date(event["date"])
    own = _date(published)
    theirs = [x for x in (_date(p) for p in event.get("published", [])) if x]
    if d and e:
        gap = _dated_gap(d, rec.get("date_precision"), e, event.get("date_precision"))
        if gap == 1 and not _identical(rec, event):
            return None  # a day apart with other figures: the next stage of a multi-day swap
        return gap
    if e:
        return _window_gap(e, [own]) if own else (FAR if _telling(rec, event) else None)
    if d:
        return _window_gap(d, theirs) if theirs else (FAR if _telling(rec, event) else None)
    if own and theirs:
        gaps = [abs((own - p).days) for p in theirs]
        return min(gaps) if min(gaps) <= WINDOW_DAYS else None
    return FAR if _telling(rec, event) else None



def choose_event(rec: dict, events: list[dict], published: str | None) -> dict | None:
    """The best compatible event for a mention, or None: one matched on its day first, then
    one with the same figures, then the nearest in time (a dated one on a tie)."""
    scored = [((not (rec["date"] and e["date"]), not _identical(rec, e), dist, e["date"] is None, e["id"]), e)
              for e in events if (dist := distance(rec, e, published)) is not None]
    return min(scored, key=lambda s: s[0])[1] if scored else None


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def new_event_id(rec: dict, taken: set[str]) -> str:
    """Readable, deterministic ids: ex-2026-01-29-russia-ukraine-bodies (-2, -3 on clashes)."""
    names = "-".join(_slug(p) for p in sorted(parties(rec))) or "unknown"
    cats = "-".join(sorted(categories(rec))) or "exchange"
    base = f"ex-{rec['date'] or 'undated'}-{names}-{cats}"
    eid, n = base, 2
    while eid in taken:
        eid, n = f"{base}-{n}", n + 1
    return eid
