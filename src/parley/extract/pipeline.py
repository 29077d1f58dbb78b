"""Report → Reading: the extraction pipeline, one small step per function.

1. language and publication day;
2. sentences, each with its dates, figures, party mentions and context flags
   (exchange talk? a plan? a total? a back-reference?);
3. legs per sentence (legs.py), each dated by its sentence or by the report's current day;
4. legs grouped into exchanges (current / previous) and merged per side and category;
5. mediators, agreement and sources for each exchange; meetings (meetings.py).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from parley.extract.dates import DateMention, find_dates, first_full_date
from parley.extract.detect import detect_language
from parley.extract.language import Language, Match, load
from parley.extract.legs import RawLeg, legs_in_sentence
from parley.extract.meetings import meetings_in_sentence, merge_meetings
from parley.extract.numbers import Figure, find_figures
from parley.extract.parties import Sides
from parley.extract.sources import names_near_speech, organisations_in
from parley.extract.text import Sentence, clause_bounds, clause_of, split_sentences
from parley.model import Evidence, Exchange, Leg, Reading, Report, Total


@dataclass
class SentenceInfo:
    sent: Sentence
    dates: list[DateMention]
    figures: list[Figure]
    parties: list[Match]
    exchange: bool = False  # speaks of handing people over
    bidirectional: bool = False  # "exchange"/"swap", not a one-way repatriation
    previous: bool = False
    plan: bool = False
    categories: set[str] = field(default_factory=set)

    legs_found: int = 0
    inherited: DateMention | None = None  # "At that time, …" takes the previous sentence's date

    def event_date(self) -> DateMention | None:
        if self.inherited is not None:
            return self.inherited
        for d in self.dates:
            if d.context == "event" and d.date is not None:
                return d
        return None


def _is_year(s: str, f: Figure, lang: Language) -> bool:
    """1900–2100 is a year unless a category noun follows it directly ("2000 prisoners")."""
    if f.word or not 1900 <= f.value <= 2100:
        return False
    noun = lang.categories.search(s, f.end, f.end + 30)
    return noun is None or bool(re.search(r"[,;.:()]", s[f.end : noun.start]))


def _outside(hits: list[Match], spans: list[Match]) -> list[Match]:
    return [h for h in hits if not any(s.start <= h.start < s.end for s in spans)]


def read_sentence(sent: Sentence, lang: Language, published: dt.date | None) -> SentenceInfo:
    s = sent.text
    dates = find_dates(s, lang, published)
    spans = [(d.start, d.end) for d in dates]
    figures = [f for f in find_figures(s, lang)
               if not any(a <= f.start < b for a, b in spans) and not _is_year(s, f, lang)]
    orgs = lang.organisations.find(s)  # "Russia's Defense Ministry said" names a speaker, not a side
    parties = [p for p in lang.parties.find(s) if not any(o.start <= p.start < o.end for o in orgs)]
    info = SentenceInfo(sent, dates, figures, parties)
    blocked = lang.marker("not_exchange").find(s)
    bidir = _outside(lang.exchange.find(s), blocked)
    oneway = _outside(lang.handover.find(s) + lang.verbs.find(s), blocked)
    info.exchange = bool(bidir or oneway)
    info.bidirectional = bool(bidir)
    info.previous = bool(lang.marker("previous").find(s))
    info.plan = bool(lang.marker("plans").find(s))
    info.categories = {c.label for c in lang.categories.find(s)}
    return info


def _in_total(info: SentenceInfo, leg: RawLeg, lang: Language) -> bool:
    s = info.sent.text
    pos = leg.start - info.sent.start
    lo, hi = clause_of(clause_bounds(s, lang), pos)
    return bool(lang.marker("totals").find(s, lo, hi) or lang.marker("totals").find(s, 0, pos))


def _is_plan(info: SentenceInfo, leg: RawLeg, lang: Language) -> bool:
    if not info.plan:
        return False
    s = info.sent.text
    lo, hi = clause_of(clause_bounds(s, lang), leg.start - info.sent.start)
    return not lang.marker("done").find(s, lo, hi)


def _published(report: Report, lang: Language) -> dt.date | None:
    return report.published or first_full_date(report.text, lang)


def extract(report: Report) -> Reading:
    """Read one report's exchanges and meetings; every value carries its evidence."""
    code = detect_language(report.text, report.language)
    lang = load(code)
    published = _published(report, lang)
    infos = [read_sentence(s, lang, published) for s in split_sentences(report.text)]
    sides = Sides(Counter(p.label for i in infos if i.exchange for p in i.parties))
    reading = Reading(report.id, code)

    raw: list[tuple[SentenceInfo, RawLeg]] = []
    last_category = None
    last_count = None
    prev_info = None
    for info in infos:
        if not info.exchange:
            prev_info = None
            continue
        _inherit_back_reference(info, prev_info)
        prev_info = info
        found = legs_in_sentence(info.sent, lang, info.figures, info.parties, sides,
                                 last_category, last_count)
        info.legs_found = len(found)
        for leg in found:
            if _in_total(info, leg, lang):
                reading.totals.append(Total(leg.count or 0, leg.category, leg.to, info.sent.text,
                                            leg.start, leg.end))
                continue
            if _is_plan(info, leg, lang):
                continue
            raw.append((info, leg))
            last_count = leg.count
        if found:
            last_category = found[-1].category
        elif len(info.categories) == 1:
            last_category = next(iter(info.categories))

    current, current_ev = _current_date(raw, infos, published)
    reading.exchanges = _group(raw, current, current_ev, infos, lang, sides, report)
    reading.exchanges += _dated_without_figures(infos, reading.exchanges, current, sides, lang)
    if not reading.exchanges:
        reading.exchanges = _happened_without_figures(infos, current, sides, lang)
    pair = sides.main_pair()
    meetings = []
    for info in infos:
        meetings.extend(meetings_in_sentence(info.sent, lang, info.dates, published, pair))
    reading.meetings = merge_meetings(meetings)
    return reading


def _inherit_back_reference(info: SentenceInfo, prev: SentenceInfo | None) -> None:
    """"The previous exchange took place on November 20. At that time, Russia transferred
    1,000 bodies…": an undated sentence right after a dated back-reference without figures
    belongs to it."""
    if prev is None or info.event_date() is not None or prev.legs_found:
        return
    d = prev.event_date()
    if d is not None and prev.previous:
        info.inherited = d
        info.previous = True


def _current_date(raw, infos, published):
    """The day of the exchange the report is about: the first dated sentence that states a
    leg (and is not a back-reference), else the first dated exchange sentence, else the
    publication day."""
    for info in infos:  # "today", "on Thursday": the report's own news
        d = info.event_date()
        if (info.exchange and d and d.kind in ("relative", "weekday") and not info.previous and not info.plan
                and (published is None or d.date <= published)):
            return d.date, d
    lead = [info for info, _ in raw if not info.previous]
    if lead:  # the first sentence that states a leg is the report's news
        d = lead[0].event_date()
        if d and (published is None or d.date <= published):
            return d.date, d
        if published is not None:
            return published, None
        dated = [i.event_date() for i in lead if i.event_date()]
        if dated:
            return dated[0].date, dated[0]
    for info in infos[:6]:
        d = info.event_date()
        if info.exchange and d and not info.previous and (published is None or d.date <= published):
            return d.date, d
    return published, None


def _group(raw, current, current_ev, infos, lang, sides, report) -> list[Exchange]:
    groups: dict[tuple, list[tuple[SentenceInfo, RawLeg]]] = {}
    precisions: dict[tuple, str] = {}
    key_of: dict[int, tuple] = {}  # sentence index → the group its legs went to
    for info, leg in raw:
        d = info.event_date()
        answered = _answers(info, leg, key_of, groups)
        if answered is not None:
            key = answered
        elif d and ((current and d.date != current) or (current is None and info.previous)):
            key = ("previous", d.date)
            precisions[key] = d.precision
        elif d is None and info.previous:
            key = ("previous", None)
        elif d and current is None:
            key = ("current", d.date)
        else:
            key = ("current", current)
        groups.setdefault(key, []).append((info, leg))
        key_of[info.sent.index] = key
    exchanges = []
    for (mention, date), items in sorted(groups.items(), key=lambda kv: kv[0][0] != "current"):
        legs = _merge_legs(items)
        ex_infos = [i for i, _ in items]
        if mention == "current":
            context = [i for i in infos if i.exchange]
        else:
            context = ex_infos
        _add_reverse_legs(legs, context, sides)
        if mention == "previous" and date is None:
            current_counts = {(g.from_, g.to, g.category, g.count) for e in exchanges for g in e.legs}
            legs = [g for g in legs if (g.from_, g.to, g.category, g.count) not in current_counts]
            if not legs:
                continue
        ex = Exchange(
            date=date,
            date_precision=precisions.get((mention, date), "day") if date else None,
            legs=legs,
            mention=mention,
        )
        parties = {g.from_ for g in legs} | {g.to for g in legs}
        ex.mediators = _mediators(infos if mention == "current" else context, lang, parties)
        ex.agreement = _agreement(context, lang)
        ex.sources, src_ev = _sources(context if mention == "current" else ex_infos, lang, infos)
        ex.evidence.extend(src_ev)
        if mention == "current" and current_ev is None and date is not None:
            ex.evidence.append(Evidence("date", date.isoformat(), 0, 0, "",
                                        f"published date ({report.published_source or 'text'})"))
        for info, _ in items[:1]:
            d = info.event_date()
            if d and d.date == date:
                ex.evidence.append(Evidence("date", date.isoformat(), info.sent.start + d.start,
                                            info.sent.start + d.end, info.sent.text, f"date-{d.kind}"))
        exchanges.append(ex)
    return exchanges


def _answers(info: SentenceInfo, leg: RawLeg, key_of: dict, groups: dict) -> tuple | None:
    """"On June 11, 1,212 bodies were repatriated. Moscow received 27 in return.": an undated
    sentence whose leg runs the other way of the previous sentence's earlier exchange
    belongs to that exchange."""
    if info.event_date() is not None:
        return None
    key = key_of.get(info.sent.index - 1)
    if key is None or key[0] != "previous":
        return None
    directions = {(g.from_, g.to) for _, g in groups[key]}
    return key if (leg.to, leg.from_) in directions and (leg.from_, leg.to) not in directions else None


def _dated_without_figures(infos, exchanges, current, sides: Sides, lang: Language) -> list[Exchange]:
    """"The previous exchange took place on August 7, 2023": an earlier exchange pinned by its
    day alone. Both legs are known, their figures are not."""
    pair = sides.main_pair()
    if pair is None:
        return []
    known = {ex.date for ex in exchanges}
    out: list[Exchange] = []
    for info in infos:
        took_place = lang.marker("took_place").find(info.sent.text)
        d = _exchange_day(info, lang)
        planned = info.plan and not lang.marker("done").find(info.sent.text)
        happened = info.previous or took_place
        if (not info.bidirectional or info.legs_found or planned or not happened or d is None
                or d.kind not in ("explicit", "numeric") or d.date == current or d.date in known):
            continue
        cats = info.categories & {"bodies", "prisoners"}
        category = "bodies" if cats == {"bodies"} else "prisoners"
        legs = [Leg(pair[0], sides.people_of(pair[1]), category, None),
                Leg(pair[1], sides.people_of(pair[0]), category, None)]
        ev = Evidence("date", d.date.isoformat(), info.sent.start + d.start, info.sent.start + d.end,
                      info.sent.text, "dated-exchange-without-figures")
        out.append(Exchange(d.date, d.precision, legs, mention="previous", evidence=[ev]))
        known.add(d.date)
    return out


def _happened_without_figures(infos, current, sides: Sides, lang: Language) -> list[Exchange]:
    """"…met during the prisoner exchange", "it is unclear where the exchange took place": a
    report whose only news is a swap without figures still reports an exchange."""
    pair = sides.main_pair()
    if pair is None:
        return []
    for info in infos:
        s = info.sent.text
        if not (info.bidirectional and info.categories and lang.marker("took_place").find(s)) or info.plan:
            continue
        category = "bodies" if info.categories == {"bodies"} else "prisoners"
        legs = [Leg(pair[0], sides.people_of(pair[1]), category, None),
                Leg(pair[1], sides.people_of(pair[0]), category, None)]
        ev = Evidence("exchange", "happened", info.sent.start, info.sent.end, s, "exchange-without-figures")
        return [Exchange(current, "day" if current else None, legs, evidence=[ev])]
    return []


def _exchange_day(info: SentenceInfo, lang: Language) -> DateMention | None:
    """"agreed in Istanbul on June 2, took place on June 9": not the day of the agreement or
    of the talks, but the one left."""
    s = info.sent.text
    bounds = clause_bounds(s, lang)
    for d in info.dates:
        if d.context != "event" or d.date is None:
            continue
        lo, hi = clause_of(bounds, d.start)
        if lang.meeting_nouns.find(s, lo, hi) or lang.agreements.find(s, lo, hi):
            continue
        return d
    return None


def _merge_legs(items: list[tuple[SentenceInfo, RawLeg]]) -> list[Leg]:
    """All readings of one side's leg → one Leg: the figure stated most often (the largest on a
    tie), the others kept as alternatives. A "1000 for 1000" format gives way to the figures of
    the stage actually carried out ("390 soldiers came home")."""
    by_key: dict[tuple, list[RawLeg]] = {}
    for _, leg in items:
        by_key.setdefault((leg.from_, leg.to, leg.category), []).append(leg)
    stated = any(not g.rule.startswith("pair") for legs in by_key.values() for g in legs if g.count)
    out = []
    for (frm, to, cat), legs in by_key.items():
        counts = [g.count for g in legs if g.count is not None and not (stated and g.rule.startswith("pair"))]
        tally = Counter(counts)
        best = None
        if counts:  # the figure stated most often; on a tie the largest (parts are smaller)
            top = max(tally.values())
            best = max(c for c in counts if tally[c] == top)
        alts = sorted({c for c in counts if c != best})
        ev = [Evidence("leg.count", g.count, g.start, g.end, g.sentence.text, g.rule) for g in legs]
        out.append(Leg(frm, to, cat, best, alts, ev))
    return out


def _add_reverse_legs(legs: list[Leg], context: list[SentenceInfo], sides: Sides) -> None:
    """An "exchange" of bodies that names only one side's figure still had a second leg."""
    for cat in {g.category for g in legs}:
        directions = {(g.from_, g.to) for g in legs if g.category == cat}
        if len(directions) != 1:
            continue
        if not any(i.bidirectional and (cat in i.categories or not i.categories) for i in context):
            continue
        frm, to = next(iter(directions))
        if frm and to:
            back_to = sides.people_of(frm)
            back_from = sides.opponent(back_to) or to
            if any((g.from_, g.to) == (back_from, back_to) for g in legs):
                continue  # prisoners for bodies: the other side's leg is already there
            legs.append(Leg(back_from, back_to, cat, None))


def _mediators(context: list[SentenceInfo], lang: Language, parties: set) -> list[str]:
    out: list[str] = []
    for info in context:
        s = info.sent.text
        if not lang.mediator_markers.find(s):
            continue
        for m in lang.mediators.find(s):
            if m.label not in out and m.label not in parties:
                out.append(m.label)
    return out


def _agreement(context: list[SentenceInfo], lang: Language) -> str | None:
    for info in context:
        hits = lang.agreements.find(info.sent.text)
        if hits:
            return hits[0].label
    return None


def _sources(context: list[SentenceInfo], lang: Language, infos: list[SentenceInfo]):
    names: list[str] = []
    ev: list[Evidence] = []
    wanted = {i.sent.index for i in context}
    # a quote's speaker is often named in the next sentence
    wanted |= {i + 1 for i in wanted}
    for info in infos:
        if info.sent.index not in wanted:
            continue
        found = names_near_speech(info.sent, lang)
        if lang.speech.find(info.sent.text) or info.figures:
            found += organisations_in(info.sent, lang)
        for name, a, b in found:
            if name not in names and not any(name in n for n in names):
                names.append(name)
                ev.append(Evidence("source", name, a, b, info.sent.text, "speech-verb"))
    return names, ev
