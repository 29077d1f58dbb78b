"""Negotiation rounds: a meeting noun and a venue in one sentence."""

from __future__ import annotations

import datetime as dt
import re

from parley.extract.dates import DateMention
from parley.extract.language import Language, Match, leaders
from parley.extract.phrases import words_between
from parley.extract.text import AND, Sentence
from parley.model import Evidence, Meeting


def meetings_in_sentence(
    sent: Sentence, lang: Language, dates: list[DateMention], published: dt.date | None,
    pair: tuple[str, str] | None, other_pairs: list[tuple[str, str]] | None = None,
    last_place: str | None = None,
) -> list[Meeting]:
    """Rounds of talks the sentence tells of. `pair` are the report's main sides; `other_pairs`
    the sides of its other legs (Saudi Arabia and the Houthis in a report on a Yemeni swap),
    whose talks are rounds too when the sentence names both; `last_place` the venue named last
    before the sentence, for "in that city"."""
    s = sent.text
    agreed = lang.meeting_agreed.find(s)
    if not lang.meeting_nouns.find(s) and not agreed:
        return []
    places = lang.places.find(s)
    agreements = lang.agreements.find(s)
    nouns = lang.meeting_nouns.find(s) + agreed  # "agreed in Istanbul on June 2": talks were held
    at = lang.venue_words.find(s)
    strikes = lang.marker("not_venue").find(s)  # "the Israeli strike on Doha last month"
    places = [p for p in places if _is_venue(s, p, at, nouns)
              and not any(h.end <= p.start and words_between(s, h.end, p.start) <= 2 for h in strikes)]
    if not places and last_place:  # "celebrada en esa ciudad turca el 2 de junio": the city named before
        # (a city only in the dateline is no venue: "SHARM EL-SHEIKH - Talks began today in the resort")
        places = [Match(m.start, m.end, last_place, m.text) for m in lang.marker("that_city").find(s)]
    cities = [p for p in places if p.label not in COUNTRIES]
    # "talks in Abu Dhabi, UAE": the city is the venue, not the country next to it (but "talks in
    # Switzerland … a delegation in Sanaa" are two venues)
    places = [p for p in places if p.label not in COUNTRIES
              or not any(words_between(s, min(c.end, p.end), max(c.start, p.start)) <= 3 for c in cities)]
    named = {p.label for p in lang.parties.find(s)} | {p.label for p in leaders().find(s)}
    pair = next((o for o in other_pairs or [] if set(o) <= named and not (pair and set(pair) <= named)), pair)
    if _one_side_with_a_third(s, lang, pair):
        return []  # "talks between Ukraine and the US in Jeddah": not a round between the sides
    out = []
    for place in places:
        # "the Istanbul agreements" names a framework, not a meeting
        if any(a.start == place.start and a.end > place.end for a in agreements):
            continue
        if not lang.meeting_nouns.find(s) and not _near_agreed(s, place, agreed):
            continue
        event_dates = sorted((d for d in dates if d.context == "event" and d.date),
                             key=lambda d: abs(d.start - place.start))
        # "The Almaty round follows talks in Berlin at the end of February": a day nearer another
        # venue of the sentence is that venue's
        event_dates = [d for d in event_dates
                       if not any(q.label != place.label and abs(d.start - q.start) < abs(d.start - place.start)
                                  for q in places)]
        if not event_dates:  # "in Sharm el-Sheikh, where since 6 October the delegations negotiated"
            event_dates = [d for d in dates if d.context == "since" and d.date and d.precision == "day"
                           and any(abs(n.start - d.end) <= 40 or abs(d.start - n.end) <= 40
                                   for n in lang.meeting_nouns.find(s))
                           and abs(d.start - place.end) <= 40]
        if not lang.meeting_nouns.find(s):
            # "returned on June 11 under the agreements reached in Istanbul": the talks' day is
            # only one written next to the venue, not the exchange's
            event_dates = [d for d in event_dates if abs(d.start - place.end) <= 25 or abs(place.start - d.end) <= 25]
        date = event_dates[0].date if event_dates else None
        status = "held"
        hits = lang.meeting_status.find(s)
        labels = {h.label for h in hits}
        if "postponed" in labels:
            status = "postponed"
            moved = next(h for h in hits if h.label == "postponed")
            later = [d for d in event_dates if d.start > moved.end]
            # "moved to Wednesday and Thursday, February 4 and 5": the written date, not a weekday
            later = sorted([d for d in later if d.kind in ("explicit", "numeric")] or later, key=lambda d: d.start)
            if later:  # "planned for Sunday, postponed to February 4": the new day
                event_dates = later
                date = min(later, key=lambda d: d.start).date
        elif "cancelled" in labels:
            status = "cancelled"
        elif "scheduled" in labels or (date and published and date > published):
            status = "scheduled"
        if status in ("scheduled", "postponed") and event_dates and not event_dates[0].has_year:
            date = _upcoming(date, published, weekday=event_dates[0].kind == "weekday")
        parties = list(pair) if pair else []
        if lang.third_party.find(s) and "United States" not in parties:
            parties.append("United States")
        ev = [Evidence("meeting.place", place.label, sent.start + place.start, sent.start + place.end,
                       s, "meeting-noun+place")]
        if event_dates:
            d = event_dates[0]
            ev.append(Evidence("meeting.date", d.date.isoformat(), sent.start + d.start,
                               sent.start + d.end, s, f"date-{d.kind}"))
        out.append(Meeting(date, place.label, parties, status, ev))
        for other in _listed_with(s, event_dates[0] if event_dates else None, event_dates):
            # "the previous rounds, on May 16 and June 2, … in Istanbul": one round a day
            out.append(Meeting(other.date, place.label, list(parties), status, list(ev)))
    if not places and not out:
        out.extend(_round_without_venue(sent, lang, dates, pair))
    return out


def _listed_with(s: str, day: DateMention | None, dates: list[DateMention]) -> list[DateMention]:
    """Days written in one list with `day` ("May 16 and June 2")."""
    if day is None:
        return []
    out: list[DateMention] = []
    members = [day]
    grew = True
    while grew:  # "May 16, June 2 and July 23": each day joins the list through its neighbour
        grew = False
        for d in dates:
            if d is day or d in out or d.date is None or d.context != "event" or d.date == day.date:
                continue
            for m in members:
                lo, hi = sorted((m, d), key=lambda x: x.start)
                if re.fullmatch(rf"\s*(?:,|{AND})\s*(?:on\s+)?", s[lo.end : hi.start]):
                    out.append(d)
                    members.append(d)
                    grew = True
                    break
    return out


def _one_side_with_a_third(s: str, lang: Language, pair: tuple[str, str] | None) -> bool:
    """The sentence names one side of the report's pair and another country, not both sides."""
    if not pair:
        return False
    mentions = lang.parties.find(s)
    named = {p.label for p in mentions} | {p.label for p in leaders().find(s)}  # "the Trump–Putin summit"
    # "trilateral", "тристоронні": a word for a three-party round, not a country's name
    three_way = [t for t in lang.third_party.find(s) if not any(p.start <= t.start < p.end for p in mentions)]
    return len(named & set(pair)) == 1 and bool(named - set(pair)) and not three_way


def _round_without_venue(sent: Sentence, lang: Language, dates: list[DateMention],
                         pair: tuple[str, str] | None) -> list[Meeting]:
    """"The first round took place on January 23–24": a held round dated to the day, no venue."""
    s = sent.text
    day = next((d for d in dates if d.context == "event" and d.date and d.kind in ("explicit", "numeric")), None)
    rounds = lang.meeting_nouns.find(s)
    if day is None or not rounds or not lang.marker("took_place").find(s) or lang.exchange.find(s):
        return []
    parties = list(pair) if pair else []
    if lang.third_party.find(s) and "United States" not in parties:
        parties.append("United States")
    ev = [Evidence("meeting.date", day.date.isoformat(), sent.start + day.start, sent.start + day.end, s,
                   "meeting-noun+took-place+date")]
    return [Meeting(day.date, None, parties, "held", ev)]


def _upcoming(date: dt.date | None, published: dt.date | None, weekday: bool = False) -> dt.date | None:
    """A scheduled round lies ahead: "next round on 4 February" in a report of 25 January is
    this year's, even when more than a week away; "talks will begin on Tuesday" is next Tuesday."""
    if date is None or published is None or date >= published:
        return date
    if weekday:
        return date + dt.timedelta(days=7)
    try:
        ahead = date.replace(year=date.year + 1)
    except ValueError:
        return date
    return ahead if (ahead - published).days <= 120 else date


# venues that are countries: named only when the text gives no city
COUNTRIES = {"Turkey", "United Arab Emirates", "Saudi Arabia", "Qatar", "Egypt", "Oman", "Belarus",
             "Switzerland", "Alaska", "Vatican"}


def _is_venue(s: str, place, at, nouns) -> bool:
    """"talks in Istanbul", "the Abu Dhabi talks": a locative word just before the place, or a
    meeting noun right after it."""
    if any(a.end <= place.start and place.start - a.end <= 5 for a in at):  # "in (the) Istanbul"
        return True
    if any(a.end <= place.start and words_between(s, a.end, place.start) <= 3
           and not re.search(r"[,;.:!?()]", s[a.end : place.start])
           and s[a.end : place.start].strip()[:1].islower() for a in at):
        return True  # "in the Turkish metropolis Istanbul", not "in November Baku declined"
    if any(a.start == place.end for a in at):  # a locative case ending: "Doha'da", "İstanbul'daki"
        return True
    return any(0 <= n.start - place.end <= 12 for n in nouns)


def _near_agreed(s: str, place, agreed) -> bool:
    return any(abs(a.end - place.start) <= 25 or abs(place.end - a.start) <= 25 for a in agreed)


def merge_meetings(meetings: list[Meeting]) -> list[Meeting]:
    """One meeting per venue and round (days in a row); an undated mention joins a dated one at the same venue;
    a country joins a meeting in one of its cities ("talks in the UAE" = "in Abu Dhabi")."""
    meetings = _fold_countries(meetings)
    out: list[Meeting] = []
    for m in meetings:
        # one round over consecutive days ("started on Wednesday … concluded on Thursday") is one meeting
        same = [o for o in out if o.place == m.place
                and (not o.date or not m.date or abs((o.date - m.date).days) <= 1)]
        if same:
            o = same[0]
            o.date = min(d for d in (o.date, m.date) if d) if (o.date or m.date) else None
            if o.status == "held" and m.status != "held":
                o.status = m.status
            o.evidence.extend(m.evidence)
            for p in m.parties:
                if p not in o.parties:
                    o.parties.append(p)
        else:
            out.append(m)
    return out


def _fold_countries(meetings: list[Meeting]) -> list[Meeting]:
    from parley.extract.language import party_knowledge

    country_of = party_knowledge().get("venues", {})
    cities = [m for m in meetings if m.place in country_of]
    out = []
    for m in meetings:
        # same status, or the same day: "talks in Istanbul on Friday … the delegation sent to Turkey,
        # the meeting moved from Thursday to Friday" is one round
        same = [c for c in cities if country_of[c.place] == m.place
                and ((c.status == m.status and (not m.date or not c.date))
                     or (m.date and c.date and abs((c.date - m.date).days) <= 1))]
        if same:
            same[0].evidence.extend(m.evidence)
            same[0].date = same[0].date or m.date
            continue
        out.append(m)
    return out
