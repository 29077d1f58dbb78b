"""Negotiation rounds: a meeting noun and a venue in one sentence."""

from __future__ import annotations

import datetime as dt

from parley.extract.dates import DateMention
from parley.extract.language import Language
from parley.extract.text import Sentence
from parley.model import Evidence, Meeting


def meetings_in_sentence(
    sent: Sentence, lang: Language, dates: list[DateMention], published: dt.date | None,
    pair: tuple[str, str] | None,
) -> list[Meeting]:
    s = sent.text
    if not lang.meeting_nouns.find(s):
        return []
    places = lang.places.find(s)
    agreements = lang.agreements.find(s)
    out = []
    for place in places:
        # "the Istanbul agreements" names a framework, not a meeting
        if any(a.start <= place.start < a.end and "agree" in a.text.lower() for a in agreements):
            continue
        event_dates = [d for d in dates if d.context == "event" and d.date]
        date = event_dates[0].date if event_dates else None
        status = "held"
        hits = lang.meeting_status.find(s)
        labels = {h.label for h in hits}
        if "postponed" in labels:
            status = "postponed"
        elif "cancelled" in labels:
            status = "cancelled"
        elif "scheduled" in labels or (date and published and date > published):
            status = "scheduled"
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
    return out


def merge_meetings(meetings: list[Meeting]) -> list[Meeting]:
    """One meeting per venue and day; an undated mention joins a dated one at the same venue."""
    out: list[Meeting] = []
    for m in meetings:
        same = [o for o in out if o.place == m.place and (o.date == m.date or not o.date or not m.date)]
        if same:
            o = same[0]
            o.date = o.date or m.date
            if o.status == "held" and m.status != "held":
                o.status = m.status
            o.evidence.extend(m.evidence)
            for p in m.parties:
                if p not in o.parties:
                    o.parties.append(p)
        else:
            out.append(m)
    return out
