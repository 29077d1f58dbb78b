"""Legs → exchanges: which day is the report's news, which legs belong to earlier exchanges,
one leg per side and category, and who mediated and said so."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from parley.extract.dates import DateMention
from parley.extract.language import Language, party_knowledge
from parley.extract.legs import RawLeg
from parley.extract.parties import Sides, any_opposed
from parley.extract.sentences import SentenceInfo
from parley.extract.sources import names_near_speech, organisations_in
from parley.extract.text import clause_bounds, clause_of
from parley.model import Evidence, Exchange, Leg, Report


def inherit_back_reference(info: SentenceInfo, prev: SentenceInfo | None, lang: Language | None = None) -> None:
    """"The previous exchange took place on November 20. At that time, Russia transferred
    1,000 bodies…": an undated sentence right after a dated back-reference without figures
    belongs to it; so does one that opens with "that day" after any dated sentence."""
    if prev is None or info.event_date() is not None:
        return
    d = prev.event_date()
    if d is None:
        return
    if lang is not None and lang.marker("that_day").search(info.sent.text, 0, 30):
        info.inherited = d  # "… the release of December 13. That day Azerbaijan handed over 32 …"
        info.previous = info.previous or prev.previous  # "The previous swap was on 20 November. Then …"
    elif prev.previous and not prev.legs_found:
        info.inherited = d
        info.previous = True


Raw = list[tuple[SentenceInfo, RawLeg]]


def current_date(raw: Raw, infos: list[SentenceInfo], published: dt.date | None,
                 lang: Language | None = None) -> tuple[dt.date | None, DateMention | None]:
    """The day of the exchange the report is about: the first dated sentence that states a
    leg (and is not a back-reference), else the first dated exchange sentence, else the
    publication day."""
    for info in infos:  # "today", "on Thursday": the report's own news
        # "Today the second stage of the swap agreed in Geneva took place": agreed before, done now
        planned = info.plan and not (lang is not None and lang.marker("done").find(info.sent.text))
        if not info.exchange or info.previous or planned:
            continue
        # the first such day in the sentence, after a dateline's ("KIEV, 24 May – … on Saturday")
        days = [info.inherited] if info.inherited is not None else info.dates
        d = next((d for d in days if d.context == "event" and d.date and d.kind in ("relative", "weekday")
                  and (published is None or d.date <= published)), None)
        if d is not None:
            return d.date, d
    lead = [info for info, _ in raw if not info.previous]
    if news_without_figures(raw, infos, published) is not None:
        return published, None
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


def news_without_figures(raw: Raw, infos: list[SentenceInfo], published: dt.date | None) -> SentenceInfo | None:
    """"Russia and Ukraine have exchanged prisoners of war … In January, 248 prisoners were
    returned": an undated swap told before the first leg, which is dated weeks before the
    report, is the news (the sentence telling of it)."""
    lead = [info for info, _ in raw if not info.previous]
    d = lead[0].event_date() if lead else None
    if published is None or d is None or (published - d.date).days <= 7:
        return None
    return next((i for i in infos[: lead[0].sent.index] if i.bidirectional and i.categories
                 and not (i.plan or i.previous or i.counted or i.event_date())), None)


def told_without_figures(infos: list[SentenceInfo], current: dt.date | None) -> SentenceInfo | None:
    """"On June 9 the first group of servicemen was returned … the number was not given": a
    handover dated the news day, told without a figure, when no leg of that day was read."""
    if current is None:
        return None
    return next((i for i in infos if i.exchange and i.categories and not (i.plan or i.previous or i.counted)
                 and not i.legs_found and (d := i.event_date()) is not None and d.date == current), None)


def group(raw: Raw, current: dt.date | None, current_ev: DateMention | None, infos: list[SentenceInfo],
          lang: Language, sides: Sides, report: Report) -> list[Exchange]:
    """Legs → exchanges: legs dated apart from the news (or in a back-reference) form earlier
    exchanges; each exchange gets one leg per side and category, its return leg if it was an
    exchange, and its mediators, agreement and sources."""
    groups: dict[tuple, list[tuple[SentenceInfo, RawLeg]]] = {}
    precisions: dict[tuple, str] = {}
    key_of: dict[int, tuple] = {}  # sentence index → the group its legs went to
    for info, leg in raw:
        d = _leg_day(info, leg)
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
    _join_next_day(groups, current)
    exchanges = []
    for (mention, date), items in sorted(groups.items(), key=lambda kv: kv[0][0] != "current"):
        legs = _merge_legs(items, _anchor(infos, current_ev) if mention == "current" else None)
        ex_infos = [i for i, _ in items]
        if mention == "current":
            context = [i for i in infos if i.exchange]
        else:  # and the sentence before: "The 1000-for-1000 exchange … On 23 May, Ukraine got 390 back"
            context = ex_infos + [infos[i.sent.index - 1] for i in ex_infos if 0 < i.sent.index <= len(infos)]
        _add_reverse_legs(legs, context, sides, lang)
        if mention == "previous" and date is None:
            # an undated back-reference that only repeats the news is the news
            current_counts = {(g.from_, g.to, g.category, g.count) for e in exchanges for g in e.legs}
            if all((g.from_, g.to, g.category, g.count) in current_counts for g in legs):
                continue
        ex = Exchange(
            date=date,
            date_precision=(precisions.get((mention, date)) or (current_ev.precision if mention == "current"
                            and current_ev else None) or "day") if date else None,
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


def _join_next_day(groups: dict, current: dt.date | None) -> None:
    """"Hamas frees 3 hostages, Israel 90 prisoners … early on Monday Israel released the 90":
    legs dated a day from the news, told as news (no back-reference), that only repeat legs the
    news already has, are the news told again; "390 on Friday, 307 on Saturday" stay two, and
    so do days of a swap with legs of their own."""
    news = groups.get(("current", current))
    if current is None or news is None:
        return
    counts: dict[tuple, set] = {}
    for _, leg in news:
        counts.setdefault((leg.from_, leg.to, leg.category), set()).add(leg.count)
    for key in [k for k in groups if k[0] == "previous" and k[1] and abs((k[1] - current).days) == 1]:
        items = groups[key]
        if any(info.previous for info, _ in items):
            continue
        if any(leg.count not in counts.get((leg.from_, leg.to, leg.category), set()) for _, leg in items):
            continue
        news.extend(items)
        del groups[key]


def _leg_day(info: SentenceInfo, leg: RawLeg) -> DateMention | None:
    """A leg's day: the sentence's, or in a sentence with several days ("on Friday … 390 each,
    and on Saturday 307"), the last one written before the leg's figure."""
    days = [d for d in info.dates if d.context == "event" and d.date is not None]
    if info.inherited is not None or len(days) < 2:
        return info.event_date()
    before = [d for d in days if d.end <= leg.start - info.sent.start]
    return before[-1] if before else info.event_date()


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
    # "Hamas handed over 12 hostages … Israel freed 30 Palestinians in return": Hamas acts for the Palestinians
    back = (party_knowledge().get("actors", {}).get(leg.to, leg.to), leg.from_)
    answers = (leg.to, leg.from_) in directions or back in directions
    return key if answers and (leg.from_, leg.to) not in directions else None


def dated_without_figures(infos: list[SentenceInfo], exchanges: list[Exchange], current: dt.date | None,
                          sides: Sides, lang: Language) -> list[Exchange]:
    """"The previous exchange took place on August 7, 2023": an earlier exchange pinned by its
    day alone. Both legs are known, their figures are not."""
    pair = sides.main_pair()
    if pair is None:
        return []
    known = {ex.date for ex in exchanges}
    out: list[Exchange] = []
    for info in infos:
        took_place = lang.marker("took_place").find(info.sent.text)
        planned = info.plan and not lang.marker("done").find(info.sent.text)
        happened = info.previous or took_place
        if not info.bidirectional or info.legs_found or planned or not happened:
            continue
        s = info.sent.text
        if lang.marker("failed").find(s):
            continue  # "a day the planned swap fell through": no exchange on that day
        talks = lang.meeting_nouns.find(s)
        swaps = lang.exchange.find(s)
        if talks and swaps and talks[0].start < swaps[0].start:
            continue  # "The previous rounds, on May 16 and June 2, … led to the largest swaps": talks
        cats = info.categories & {"bodies", "prisoners"}
        category = "bodies" if cats == {"bodies"} else "prisoners"
        # "On June 9 the exchange began, and on June 10 the second stage took place": two days
        for d in _exchange_days(info, lang):
            if d.kind not in ("explicit", "numeric") or d.date == current or d.date in known:
                continue
            legs = _both_ways(pair, sides, category)
            ev = Evidence("date", d.date.isoformat(), info.sent.start + d.start, info.sent.start + d.end,
                          info.sent.text, "dated-exchange-without-figures")
            out.append(Exchange(d.date, d.precision, legs, mention="previous", evidence=[ev]))
            known.add(d.date)
    return out


def happened_without_figures(infos: list[SentenceInfo], current: dt.date | None, sides: Sides,
                             lang: Language, news: SentenceInfo | None = None) -> list[Exchange]:
    """"…met during the prisoner exchange", "it is unclear where the exchange took place": a
    report whose only news is a swap without figures still reports an exchange."""
    pair = sides.main_pair()
    if pair is None:
        return []
    for info in infos:
        s = info.sent.text
        sides_named = any_opposed({p.label for p in info.parties})
        # people named, not counted ("Russia freed her in Abu Dhabi in a swap with Washington"): both
        # sides named and a handover verb stand for the missing people nouns and "took place"
        both = sides_named and bool(lang.verbs.find(s))
        # "Russia and Ukraine exchanged prisoners of war on Friday": both sides and a swap verb done
        swapped = sides_named and lang.marker("swapped").find(s)
        told = (info.categories and (lang.marker("took_place").find(s) or swapped)) or (not info.categories and both)
        # "servicemen were returned … in return, AFU prisoners were handed over": both ways, no figure
        kinds = {v.label for v in lang.verbs.find(s)}
        two_way = bool(info.categories) and {"give", "get"} <= kinds and not info.previous
        if info is not news and (not ((info.bidirectional and told) or two_way) or info.plan):
            continue
        if info.counted is not None:  # "38 prisoner swaps have been carried out": many, not one
            continue
        if info is not news and (_talks_or_many(info, lang) or lang.marker("totals").find(s)
                                 or any(d.context == "since" for d in info.dates)):
            continue  # "since 2022 the sides have carried out dozens of swaps": no news
        category = "bodies" if info.categories == {"bodies"} else "prisoners"
        legs = _both_ways(pair, sides, category)
        ev = Evidence("exchange", "happened", info.sent.start, info.sent.end, s, "exchange-without-figures")
        day = info.event_date()
        when = day.date if two_way and day is not None and day.kind in ("explicit", "numeric") else current
        return [Exchange(when, "day" if when else None, legs, evidence=[ev])]
    return []


def _talks_or_many(info: SentenceInfo, lang: Language) -> bool:
    """"The first round … led to the 1,000-for-1,000 swap" ("met during the exchange" is still the
    news), "have carried out dozens of prisoner swaps since 2022": a swap that talks led to, or
    swaps counted without a figure, is no news."""
    s = info.sent.text
    swaps = lang.exchange.find(s)
    if not swaps:
        return False
    talks = lang.meeting_nouns.find(s)
    if talks and talks[0].start < swaps[0].start and lang.marker("talks_result").find(s, 0, swaps[0].start):
        return True
    many = lang.marker("many_exchanges").find(s)
    return any(m.end <= w.start and len(s[m.end : w.start].split()) <= 1 for m in many for w in swaps)


def _both_ways(pair: tuple[str, str], sides: Sides, category: str) -> list[Leg]:
    """Both legs of an exchange whose figures the report does not give."""
    return [Leg(pair[0], sides.people_of(pair[1]), category, None),
            Leg(pair[1], sides.people_of(pair[0]), category, None)]


def _exchange_days(info: SentenceInfo, lang: Language) -> list[DateMention]:
    """"agreed in Istanbul on June 2, took place on June 9": not the days of agreements or of
    talks, but the ones left."""
    s = info.sent.text
    bounds = clause_bounds(s, lang)
    out = []
    for d in info.dates:
        if d.context != "event" or d.date is None:
            continue
        lo, hi = clause_of(bounds, d.start)
        if lang.meeting_nouns.find(s, lo, hi) or lang.agreements.find(s, lo, hi) or lang.meeting_agreed.find(s, lo, hi):
            continue
        swaps = [x for x in lang.exchange.find(s) if x.end <= d.start]
        if swaps and lang.meeting_nouns.find(s, swaps[-1].end, d.start):
            continue  # "the swap was negotiated during talks in Geneva, which ran from 11 to 20 March"
        out.append(d)
    return out


def _anchor(infos: list[SentenceInfo], day: DateMention | None) -> int | None:
    """The sentence that dates the report's news ("took place on Sunday, May 25")."""
    if day is None:
        return None
    return next((i.sent.index for i in infos if any(d is day for d in i.dates)), None)


def _merge_legs(items: list[tuple[SentenceInfo, RawLeg]], anchor: int | None = None) -> list[Leg]:
    """All readings of one side's leg → one Leg: the figure stated most often; on a tie the one
    stated nearest the sentence that dates the news, else the largest (parts are smaller). The
    others are kept as alternatives. A "1000 for 1000" format gives way to the figures of the
    stage actually carried out ("390 soldiers came home")."""
    by_key: dict[tuple, list[RawLeg]] = {}
    for _, leg in items:
        by_key.setdefault((leg.from_, leg.to, leg.category), []).append(leg)
    # per category: stated body figures do not make a prisoner "157 for 157" a mere format
    stated_cats = {k[2] for k, legs in by_key.items() for g in legs if g.count and not g.rule.startswith("pair")}
    # "« 144 contre 144 »" after "144 soldiers came home": a pair that repeats the stated figures
    # confirms them (and gives the other side's leg); a format that differs gives way
    said = {k: {g.count for g in legs if g.count and not g.rule.startswith("pair")} for k, legs in by_key.items()}
    pairs: dict[str, list[tuple[tuple, int]]] = {}
    for k, legs in by_key.items():
        for g in legs:
            if g.count and g.rule.startswith("pair"):
                pairs.setdefault(g.sentence.text, []).append((k, g.count))
    confirming = {t for t, ps in pairs.items()
                  if all(not said[k] or c in said[k] for k, c in ps) and any(c in said[k] for k, c in ps)}
    out = []
    for (frm, to, cat), legs in by_key.items():
        counts = [g.count for g in legs if g.count is not None
                  and not (cat in stated_cats and g.rule.startswith("pair") and g.sentence.text not in confirming)]
        # a sentence repeated word for word (a headline printed twice) is one statement
        tally = Counter(c for _, c in {(g.sentence.text, g.count) for g in legs if g.count in counts})
        best = None
        if counts:
            top = max(tally.values())
            tied = {c for c in counts if tally[c] == top}
            if anchor is not None and len(tied) > 1:
                near = min(abs(g.sentence.index - anchor) for g in legs if g.count in tied)
                tied = {g.count for g in legs if g.count in tied and abs(g.sentence.index - anchor) == near}
            best = max(tied)
        # "a second flight with 117 on board": more people on the same leg, kept as a leg of its own
        # but "197 came home: 175 by the swap and another 22 wounded" — 22 is a part of the 197
        more = [g for g in legs if g.additional and g.count not in (None, best)
                and all(h.count != g.count for h in legs if not h.additional)
                and not (best is not None and any(c + g.count == best for c in counts))]
        alts = sorted({c for c in counts if c != best} - {g.count for g in more})
        ev = [Evidence("leg.count", g.count, g.start, g.end, g.sentence.text, g.rule) for g in legs if g not in more]
        out.append(Leg(frm, to, cat, best, alts, ev))
        for g in more:
            out.append(Leg(frm, to, cat, g.count, [], [Evidence("leg.count", g.count, g.start, g.end,
                                                                g.sentence.text, g.rule)]))
    return out


def _swap_of(info: SentenceInfo, cat: str, lang: Language | None) -> bool:
    """Does a swap word of the sentence speak of `cat`? Not when every swap word's clause names only
    other people: "Body handovers … , alongside prisoner swaps" swaps no bodies."""
    if lang is None:
        return True
    s = info.sent.text
    bounds = clause_bounds(s, lang)
    for w in lang.exchange.find(s):
        lo, hi = clause_of(bounds, w.start)
        near = {c.label for c in lang.categories.find(s, lo, hi)}
        if not near or cat in near:
            return True
    return False


def _add_reverse_legs(legs: list[Leg], context: list[SentenceInfo], sides: Sides,
                      lang: Language | None = None) -> None:
    """An "exchange" of bodies that names only one side's figure still had a second leg."""
    cats = {g.category for g in legs}
    for cat in cats:
        directions = {(g.from_, g.to) for g in legs if g.category == cat}
        if len(directions) != 1:
            continue
        # "This is the second big exchange": a swap word without a noun speaks of the one category there is
        if not any(i.bidirectional and not i.plan and (cat in i.categories or (not i.categories and len(cats) == 1))
                   and _swap_of(i, cat, lang) for i in context):
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
