"""What a curator should look at: disagreeing figures and back-references the ledger contradicts.

- `disputed`: a leg whose reports give different figures (195 vs 207).
- `backref`: a report says the previous exchange between two parties was on day D, but the
  ledger holds a later exchange between them (same category) before the report's own news
  (the day of the event its current exchange joined, else its publication day).
  Back-references that are not "the previous one" ("in January…") can raise it too: it is
  a prompt to check, not a verdict.
Quoted totals are compared in totals.py.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

DAY = dt.timedelta(days=1)


def disputed(events: list[dict]) -> list[dict]:
    out = []
    for e in events:
        for g in e["legs"]:
            if g.get("disputed"):
                out.append({"kind": "disputed", "event": e["id"], "date": e["date"],
                            "leg": f"{g['from']}→{g['to']} {g['category']}",
                            "figures": sorted({f["count"] for f in g["figures"] if f["count"] is not None}),
                            "ledger": g["count"]})
    return out


def _event_sides(db: sqlite3.Connection) -> dict[str, tuple[frozenset, set, str | None]]:
    """event id → (parties, categories, date)."""
    out: dict[str, tuple[frozenset, set, str | None]] = {}
    rows = db.execute(
        "SELECT e.id, e.date, f.from_party, f.to_party, f.category FROM events e"
        " JOIN mentions m ON m.event = e.id JOIN figures f ON f.mention = m.id").fetchall()
    for eid, date, frm, to, cat in rows:
        parties, cats, _ = out.get(eid, (frozenset(), set(), date))
        out[eid] = (parties | {p for p in (frm, to) if p}, cats | {cat}, date)
    return out


def backrefs(db: sqlite3.Connection) -> list[dict]:
    """Back-references whose day the ledger contradicts (see the module docstring)."""
    events = _event_sides(db)
    rows = db.execute(
        "SELECT m.id, m.event, m.date, r.url, r.report_id, r.published,"
        " (SELECT coalesce(e.date, c.date) FROM mentions c LEFT JOIN events e ON e.id = c.event"
        "  WHERE c.report = m.report AND c.mention = 'current' AND coalesce(e.date, c.date) IS NOT NULL"
        "  ORDER BY c.idx LIMIT 1) AS news_date"
        " FROM mentions m JOIN reports r ON r.id = m.report"
        " WHERE m.mention = 'previous' AND m.date IS NOT NULL AND m.event IS NOT NULL ORDER BY m.id").fetchall()
    out = []
    for mid, eid, said, url, report_id, published, news_date in rows:
        if eid not in events:
            continue
        parties, cats, _ = events[eid]
        said_day = dt.date.fromisoformat(said[:10])
        news = news_date or published
        if not news:
            continue  # without the report's own day "later" has no bound
        news_day = dt.date.fromisoformat(news[:10])
        between = [
            (date, other) for other, (p, c, date) in events.items()
            if other != eid and date and p == parties and c & cats
            and said_day + DAY < dt.date.fromisoformat(date) < news_day - DAY
        ]
        if between:
            date, other = max(between)
            out.append({"kind": "backref", "event": eid, "report": url or report_id, "says": said,
                        "ledger": date, "ledger_event": other, "mention": mid})
    return out
