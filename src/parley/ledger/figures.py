"""Figures with provenance, and the rule that picks a leg's ledger value.

Every number a report gives for a leg is stored as one figure, with who gave it: the sources
the report cites for it (those named in the figure's own sentence, else all the sources of
that mention, plus the channel a forwarded Telegram post came from), the report, its url
and outlet, and the span it was read from.

The ledger value of a leg is chosen among its figures, in this order:

1. a figure given by officials of the receiving side (`to`): they count their own people;
2. a figure given by any side's officials, over media estimates and unattributed figures;
3. the figure with the most independent origins (see `origin_keys`);
4. the figure in the most reports;
5. the largest (a smaller figure is often a part: "157 servicemen" of 160 returned).

The other figures stay visible as `alt_counts`; a leg with more than one figure is disputed.
"""

from __future__ import annotations

from parley.ledger.officials import is_agency, resolve, sides_of
from parley.model import Evidence, Exchange, Leg, Report


def attributed_sources(ex: Exchange, sentence: str | None) -> list[str]:
    """The sources named in the figure's sentence, else every source the mention cites."""
    if sentence:
        near = [e.value for e in ex.evidence if e.field == "source" and e.sentence == sentence]
        if near:
            return [str(v) for v in dict.fromkeys(near)]
    return list(ex.sources)


def origin_keys(sources: list[str], report: Report) -> list[str]:
    """Who first said it. A cited person or body is one origin however many outlets repeat
    them (a news agency cited beside them only relays); a forwarded Telegram post's origin
    is its channel; an unattributed figure is the outlet's own (or, without an outlet, the
    report's)."""
    own = [s for s in sources if not is_agency(s)] or sources  # an agency relaying an official is not one
    keys = [f"source:{resolve(s)[0]}" for s in own]
    if not keys:
        keys.append(f"outlet:{report.outlet.casefold()}" if report.outlet else f"report:{report.key}")
    return list(dict.fromkeys(keys))


def _evidence_for(leg: Leg, count: int | None) -> Evidence | None:
    for ev in leg.evidence:
        if ev.value == count:
            return ev
    return leg.evidence[0] if leg.evidence and count == leg.count else None


def figure_rows(leg: Leg, ex: Exchange, report: Report) -> list[dict]:
    """One row per distinct figure the report gives for this leg; the headline one first."""
    counts = [leg.count] + [c for c in leg.alt_counts if c != leg.count]
    rows = []
    for n, count in enumerate(counts):
        ev = _evidence_for(leg, count)
        sentence = ev.sentence if ev else None
        sources = attributed_sources(ex, sentence)
        if report.origin and report.origin not in sources:  # a forwarded post speaks for its channel
            sources.append(report.origin)
        rows.append({
            "count": count, "is_alt": int(n > 0),
            "alt_counts": list(leg.alt_counts) if n == 0 else [],
            "start": ev.start if ev else None, "end": ev.end if ev else None,
            "sentence": sentence, "rule": ev.rule if ev else None,
            "sources": sources, "origins": origin_keys(sources, report),
        })
    return rows


def choose(figures: list[dict], to_party: str | None) -> tuple[int | None, list[int]]:
    """(ledger value, other figures) by the rule in the module docstring."""
    by_count: dict[int, list[dict]] = {}
    for f in figures:
        if f["count"] is not None:
            by_count.setdefault(f["count"], []).append(f)
    if not by_count:
        return None, []

    def rank(count: int) -> tuple:
        figs = by_count[count]
        sides = {s for f in figs for s in (f["officials"] if "officials" in f else sides_of(f.get("sources") or []))}
        origins = {o for f in figs for o in f.get("origins") or []}
        reports = {f.get("url") or f.get("report") for f in figs}
        return (to_party in sides, bool(sides), len(origins), len(reports), count)

    best = max(by_count, key=rank)
    return best, sorted(c for c in by_count if c != best)
