"""Report → Reading: the extraction pipeline, one small step per module.

1. language (detect.py) and publication day (dates.py: a dateline when the report has none);
2. sentences (text.py), each read for dates, figures, party mentions and context flags
   (sentences.py: handover talk? a plan? a total? a back-reference?);
3. legs per sentence (legs.py): figure + category noun + direction;
4. legs grouped into exchanges, current or earlier, one leg per side and category, with
   mediators, agreement and sources (exchanges.py);
5. meetings (meetings.py).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from parley.extract.dates import first_full_date
from parley.extract.detect import detect_language
from parley.extract.exchanges import (
    current_date,
    dated_without_figures,
    group,
    happened_without_figures,
    inherit_back_reference,
    news_without_figures,
    told_without_figures,
)
from parley.extract.language import Language, load, party_knowledge
from parley.extract.legs import RawLeg, legs_in_sentence
from parley.extract.meetings import COUNTRIES, meetings_in_sentence, merge_meetings
from parley.extract.parties import Sides
from parley.extract.sentences import SentenceInfo, in_total, is_plan, read_sentence
from parley.extract.text import split_sentences
from parley.extract.totals import period
from parley.model import Reading, Report, Total


def _published(report: Report, lang: Language) -> dt.date | None:
    """The report's day, else a dateline's; days outside 1900–2100 are broken input."""
    day = report.published or first_full_date(report.text, lang)
    return day if day and 1900 <= day.year <= 2100 else None


def _lead_elsewhere(infos: list[SentenceInfo], lang: Language) -> bool:
    """The report's first two sentences tell of a court, a capture or a death and of no
    handover: its news is something else ("A court sentenced 23 captured soldiers")."""
    lead = infos[:2]
    return (not any(i.exchange for i in lead)
            and any(lang.marker("not_handover").find(i.sent.text) for i in lead))


def extract(report: Report) -> Reading:
    """Read one report's exchanges and meetings; every value carries its evidence."""
    code = detect_language(report.text, report.language)
    lang = load(code)
    published = _published(report, lang)
    infos = [read_sentence(s, lang, published) for s in split_sentences(report.text)]
    sides = Sides(Counter(p.label for i in infos if i.exchange for p in i.parties))
    if not sides.counts:  # "the last exchange between the countries …": the sides are named elsewhere
        sides = Sides(Counter(p.label for i in infos for p in i.parties))
    reading = Reading(report.id, code)

    raw: list[tuple[SentenceInfo, RawLeg]] = []
    last_category = None
    last_count = None
    last_sides: dict[str, tuple] = {}  # category → (from, to) of the latest leg read
    prev_info = None
    for info in infos:
        if not info.exchange:
            prev_info = info  # "The previous operation took place on 19 August. Then Kyiv received 1000 bodies"
            continue
        inherit_back_reference(info, prev_info, lang)
        prev_counted = prev_info is not None and prev_info.counted is not None
        prev_total = (prev_info is not None and bool(reading.totals)
                      and reading.totals[-1].sentence == prev_info.sent.text)
        prev_info = info
        found = legs_in_sentence(info.sent, lang, info.figures, info.parties, sides,
                                 last_category, last_count, last_sides)
        info.legs_found = len(found)
        for leg in found:
            if in_total(info, leg, lang, after_count=prev_counted, after_total=prev_total):
                since, until = period(info.sent.text, lang, published, info.dates)
                reading.totals.append(Total(leg.count or 0, leg.category, leg.to, info.sent.text,
                                            leg.start, leg.end, since, until))
                continue
            if is_plan(info, leg, lang):
                continue
            raw.append((info, leg))
            last_count = leg.count
            last_sides[leg.category] = (leg.from_, leg.to)
        if found:
            last_category = found[-1].category
        elif len(info.categories) == 1:
            last_category = next(iter(info.categories))

    if _lead_elsewhere(infos, lang):  # a story about a trial: undated swaps in it are background
        raw = [(info, leg) for info, leg in raw if info.event_date() is not None]
    # "Since June, 12,000 bodies … Ukraine was handed more than 12,000 remains": a total over a
    # period (or over the war: "6,057 since the start … 78"), stated again undated, is still that total
    over_periods = {(t.count, t.category) for t in reading.totals
                    if t.since is not None or lang.marker("totals").find(t.sentence)}
    raw = [(info, leg) for info, leg in raw if (leg.count, leg.category) not in over_periods
           or info.event_date() is not None]
    current, current_ev = current_date(raw, infos, published, lang)
    reading.exchanges = group(raw, current, current_ev, infos, lang, sides, report)
    reading.exchanges += dated_without_figures(infos, reading.exchanges, current, sides, lang)
    news = news_without_figures(raw, infos, published)
    # only back-references (or legs dated before the news day: "yesterday, 1,212 bodies") have figures
    if news is None and raw and not any(ex.mention == "current" for ex in reading.exchanges) and all(
            ex.date is None or current is None or ex.date < current for ex in reading.exchanges):
        news = told_without_figures(infos, current)
    if news is not None and not any(ex.mention == "current" for ex in reading.exchanges):
        reading.exchanges = happened_without_figures([news], current, sides, lang, news) + reading.exchanges
    if not reading.exchanges and not _lead_elsewhere(infos, lang):
        reading.exchanges = happened_without_figures(infos, current, sides, lang)
    # talks need their sides even in a report that names no exchange
    pair = sides.main_pair() or Sides(Counter(p.label for i in infos for p in i.parties)).main_pair()
    if pair:  # talks are held by the acting sides: Hamas, not "the Palestinians"
        actors = party_knowledge().get("actors", {})
        pair = (actors.get(pair[0], pair[0]), actors.get(pair[1], pair[1]))
    actors = party_knowledge().get("actors", {})
    others = sorted({tuple(sorted((actors.get(g.from_, g.from_), actors.get(g.to, g.to))))
                     for ex in reading.exchanges for g in ex.legs if g.from_ and g.to} - {tuple(sorted(pair or ()))})
    meetings = []
    last_place = None
    for info in infos:
        if info.teaser:
            continue
        meetings.extend(meetings_in_sentence(info.sent, lang, info.dates, published, pair, others, last_place))
        named = [p for p in lang.places.find(info.sent.text) if p.label not in COUNTRIES]
        last_place = named[-1].label if named else last_place
    reading.meetings = merge_meetings(meetings)
    return reading
