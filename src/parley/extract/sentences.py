"""One sentence read for what extraction needs: dates, figures, parties and context flags
(does it speak of a handover? a plan? a total? an earlier exchange?)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from parley.extract.dates import DateMention, find_dates
from parley.extract.language import Language, Match
from parley.extract.legs import RawLeg
from parley.extract.numbers import Figure, find_figures
from parley.extract.parties import opposed
from parley.extract.phrases import words_between
from parley.extract.text import AND, Sentence, clause_bounds, clause_of


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

    counted: int | None = None  # where it counts exchanges: "38 swaps have been carried out since …"
    teaser: bool = False  # "Read also: …": another story's headline
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
    parties = _not_mediators(s, [p for p in parties if not _in_a_name(s, p, lang)], lang)
    info = SentenceInfo(sent, dates, figures, parties)
    blocked = lang.marker("not_exchange").find(s)
    bidir = _outside(lang.exchange.find(s), blocked)
    oneway = _outside(lang.handover.find(s) + lang.verbs.find(s), blocked)
    teaser = lang.marker("teaser").search(s, 0, 40)
    if teaser and teaser.start == 0:  # "Read also: …" links to another story
        info.teaser = True
        return info
    info.exchange = bool(bidir or oneway)
    info.bidirectional = bool(bidir)
    if not info.exchange:  # the flags below matter only where a handover is told
        return info
    info.previous = bool(lang.marker("previous").find(s))
    info.plan = bool(lang.marker("plans").find(s))
    info.categories = {c.label for c in lang.categories.find(s)}
    count = _exchange_count(s, figures, lang.marker("exchanges_counted").find(s))
    if count is not None:  # "38 prisoner swaps" counts swaps, not people
        info.figures = [f for f in figures if f is not count[0]]
        info.counted = count[1]
        info.bidirectional = any(not count[0].start <= b.start < count[1] for b in bidir)
    return info


def _in_a_name(s: str, p: Match, lang: Language) -> bool:
    """"Defence Minister Israel Katz": a side's name after a title and before a capitalised word
    is a person's first name."""
    after = re.match(r"\s+([^\W\d_][\w'’-]*)", s[p.end :])
    if not after or not after.group(1)[0].isupper():
        return False
    before = s[max(0, p.start - 30) : p.start].rstrip()
    return any(before.endswith(t) for t in lang.titles)


def _not_mediators(s: str, parties: list[Match], lang: Language) -> list[Match]:
    """"a swap with Russia mediated by Turkey and Saudi Arabia", "brokered by Qatar, Egypt and the
    United States": the names listed right after a mediation word helped; they are not sides
    ("mediation between Russia and Ukraine" names the sides, and two opponents in the list —
    "with Turkey's mediation, Moscow and Kyiv swapped" — are the sides themselves)."""
    # "Rusya'nın arabuluculuğunda": a name right before a mediation word is the mediator
    after = lang.mediator_after_name.find(s)
    if after:
        parties = [p for p in parties
                   if not any(re.fullmatch(r"[\w'’]*\s+", s[p.end : a.start]) for a in after)]
    marks = lang.mediator_markers.find(s)
    if not marks:
        return parties
    names = sorted(parties + lang.mediators.find(s), key=lambda m: m.start)
    listed: list[Match] = []
    for m in marks:
        chain: list[Match] = []
        joins: list[bool] = []  # joined by "and" (else by a comma only)
        for n in names:
            if n.start < m.end:
                continue
            gap = s[chain[-1].end if chain else m.end : n.start]
            if chain and not re.fullmatch(rf"\s*(?:,|{AND}|,\s*{AND})\s*(?:\w+\s+)?", gap):
                break
            # "mediated by (the) Turkey": a word or two between, no punctuation, not "between"
            if not chain and not (1 <= words_between(s, m.end, n.start) <= 2 and not re.search(r"[,;:.]", gap)
                                  and not lang.marker("between").find(gap)):
                break
            if chain:
                joins.append(bool(re.search(rf"(?<!\w){AND}(?!\w)", gap)))
            chain.append(n)
        while joins and not joins[-1]:  # "mediated by the UAE, Moscow handed over": a comma ends the list
            joins.pop()
            chain.pop()
        labels = {n.label for n in chain}
        listed += [n for n in chain if not any(opposed(n.label, other) for other in labels)]
    return [p for p in parties if not any(p is n for n in listed)]


def _exchange_count(s: str, figures: list[Figure], counted: list[Match]) -> tuple[Figure, int] | None:
    """"38 prisoner swaps": the figure that counts exchanges and where the count ends; the
    people counted after it are a running total."""
    for f in figures:
        if f.value < 2:
            continue
        for w in counted:
            if f.end <= w.start and len(s[f.end : w.start].split()) <= 1:
                return f, w.end
    return None


def in_total(info: SentenceInfo, leg: RawLeg, lang: Language, after_count: bool = False,
             after_total: bool = False) -> bool:
    """A running total: a totals word in the leg's clause or before it, a "since" day before
    it, a count of exchanges before it ("38 swaps have been carried out. A total of 1,863
    people were released" — `after_count` says the previous sentence counted them), or more
    of the previous sentence's total ("In total, 5,757 … Another 536 were returned")."""
    s = info.sent.text
    pos = leg.start - info.sent.start
    if info.counted is not None and info.counted <= pos:
        return True
    if after_count and info.event_date() is None:
        return True
    if after_total and lang.marker("another").find(s, 0, pos):
        return True
    lo, hi = clause_of(clause_bounds(s, lang), pos)
    # "the last one before this one", "in all of these deals", "the first swap since …": no running total
    back = lang.marker("previous").find(s) + lang.marker("not_totals").find(s)
    # "Since January, 3,000 …", but not "the first exchange since the war began, on October 7, …"
    since = any(d.context == "since" and d.end <= pos and not any(b.end <= d.start for b in back)
                for d in info.dates)
    totals = lang.marker("totals").find(s, lo, hi) + lang.marker("totals").find(s, 0, pos)
    if info.event_date() is None:
        totals += lang.marker("sum_words").find(s, lo, hi) + lang.marker("sum_words").find(s, 0, pos)
    # "ten servicemen captured during last year's war": the period is the capture's, not a total's
    seized = [n for n in lang.marker("not_handover").find(s, pos, hi) if n.start > pos]
    marks = [m for m in totals if not any(b.start <= m.start < b.end for b in back)
             and not any(d.end <= m.start <= d.end + 2 for d in info.dates)  # "on Aug. 1 last year": a date
             and not any(n.end <= m.start and words_between(s, n.end, m.start) <= 3 for n in seized)]
    return bool(marks) or since


def is_plan(info: SentenceInfo, leg: RawLeg, lang: Language) -> bool:
    """A plan, unless the leg's clause says it happened: a word of completion before the figure or
    right after its phrase ("390 were released"), not further on ("… for every soldier freed")
    nor after a plan word ("500 prisoners should be released")."""
    if not info.plan:
        return False
    s = info.sent.text
    lo, hi = clause_of(clause_bounds(s, lang), leg.start - info.sent.start)
    start, end = leg.start - info.sent.start, leg.end - info.sent.start
    see = lang.marker("plan_see").find(s, lo, leg.start - info.sent.start)
    if see and words_between(s, see[-1].end, leg.start - info.sent.start) <= 2:
        return True  # "the first phase will see 33 hostages freed": the participle is the plan's
    plans = lang.marker("plans").find(s, lo, hi)
    # … and no plan word between ("500 prisoners should be released")
    return not [d for d in lang.marker("done").find(s, lo, hi)
                if d.start < end or (words_between(s, end, d.start) <= 3
                                     and not any(start < p.start < d.start for p in plans))]
