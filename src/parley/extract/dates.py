"""Date expressions, resolved against the report's publication day.

Month and weekday names come from dateparser's per-language data, so every language
dateparser knows is covered; parley adds only grammatical forms it lacks (Russian "в среду").
Weekdays resolve to the latest such day on or before publication: a report published on a
Thursday that says "on Thursday" means that very day (dateparser alone would say a week ago).
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
import re
from dataclasses import dataclass

from parley.extract.language import Language
from parley.extract.text import AND

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


@dataclass
class DateMention:
    start: int
    end: int
    date: dt.date | None
    precision: str  # day, month
    kind: str  # explicit, numeric, relative, weekday, month
    has_year: bool = False
    context: str = "event"  # or "since" (a period bound, not an event day), "truce" (the day a truce took effect)
    span: bool = False  # the first day of a range ("from 11 to 20 March"): its "from" bounds nothing


@functools.cache
def dateparser_info(code: str) -> dict:
    try:
        mod = importlib.import_module(f"dateparser.data.date_translation_data.{code}")
        return mod.info
    except ImportError:
        return {}


def _alternation(forms: list[str]) -> str:
    forms = sorted({f.lower().rstrip(".") for f in forms if len(f.rstrip(".")) >= 3}, key=len, reverse=True)
    return "|".join(re.escape(f) for f in forms)


@functools.cache
def _patterns(code: str, extra_weekdays: tuple, extra_months: tuple = (), month_lead: tuple = ()) -> dict:
    info = dateparser_info(code) or dateparser_info("en")
    month_of: dict[str, int] = {}
    for i, name in enumerate(MONTHS, start=1):
        for form in info.get(name, []) + ([name] if code == "en" else []):
            if len(form.rstrip(".")) >= 3:
                month_of[form.lower().rstrip(".")] = i
    for name, forms in extra_months:
        for form in forms:
            month_of[form.lower()] = MONTHS.index(name) + 1
    weekday_of: dict[str, int] = {}
    for i, name in enumerate(WEEKDAYS):
        forms = {f.lower() for f in info.get(name, [])}
        for form in forms:
            # abbreviations ("серед" for "середа") clash with ordinary words: full forms only
            if len(form) >= 4 and not any(o != form and o.startswith(form) for o in forms):
                weekday_of[form] = i
    for name, forms in extra_weekdays:
        for form in forms:
            weekday_of[form.lower()] = WEEKDAYS.index(name)
    mon = _alternation(list(month_of))
    wd = _alternation(list(weekday_of))
    year = r"(?:,?\s*(?P<year>(?:19|20)\d\d)(?!\d))?"
    return {
        "month_of": month_of,
        "weekday_of": weekday_of,
        "day_month": re.compile(
            rf"(?<![\d\w])(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|-?го|-?е|\.|º|°|ª|o)?\s+(?:of\s+|de\s+)?"
            rf"(?P<mon>{mon})\.?(?!\w){year}",
            re.IGNORECASE,
        ),
        "month_day": re.compile(
            rf"(?<!\w)(?P<mon>{mon})\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d\w]){year}",
            re.IGNORECASE,
        ),
        "month_year": re.compile(
            rf"(?<!\w)(?P<mon>{mon})\.?(?!\w),?\s+(?P<year>(?:19|20)\d\d)(?!\d)", re.IGNORECASE
        ),
        "month_only": re.compile(
            rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in sorted(month_lead, key=len, reverse=True))})"
            rf"[\s-]*(?P<mon>{mon})\.?(?!\w)",
            re.IGNORECASE,
        ) if month_lead else None,
        "weekday": re.compile(rf"(?<!\w)(?P<wd>{wd})(?!\w)", re.IGNORECASE) if wd else None,
    }


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_ISO = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)")
_DIGIT = re.compile(r"\d")
_NUMERIC = re.compile(r"(?<![\d.])(?P<a>[0-3]?\d)(?P<sep>[./-])(?P<b>[01]?\d)[./-](?P<y>(?:19|20)?\d\d)(?![\d])")


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _infer_year(month: int, day: int, published: dt.date | None) -> dt.date | None:
    """Day and month without a year: the latest such day not after publication (+ a week)."""
    if published is None:
        return None
    d = _safe_date(published.year, month, day)
    if d and d > published + dt.timedelta(days=7):
        d = _safe_date(published.year - 1, month, day)
    return d


def find_dates(text: str, lang: Language, published: dt.date | None,
               start: int = 0, end: int | None = None) -> list[DateMention]:
    end = len(text) if end is None else end
    pats = _patterns(lang.code, tuple((k, tuple(v)) for k, v in lang.weekday_forms.items()),
                     tuple((k, tuple(v)) for k, v in lang.month_forms.items()), tuple(lang.month_lead))
    found: list[DateMention] = []

    def taken(a: int, b: int) -> bool:
        return any(not (b <= f.start or a >= f.end) for f in found)

    digits = _DIGIT.search(text, start, end) is not None  # every numeric and day-month form needs one
    for m in _ISO.finditer(text, start, end) if digits else ():
        d = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
        if d:
            found.append(DateMention(m.start(), m.end(), d, "day", "numeric", True))
    for m in _NUMERIC.finditer(text, start, end) if digits else ():
        if taken(m.start(), m.end()):
            continue
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        y = y + 2000 if y < 100 else y
        # "8/14/2025" in American English, but "14.08.2025" is day first everywhere
        day, month = (b, a) if lang.date_order == "MDY" and m["sep"] != "." else (a, b)
        d = _safe_date(y, month, day) or _safe_date(y, day, month)
        if d:
            found.append(DateMention(m.start(), m.end(), d, "day", "numeric", True))
    for key in ("day_month", "month_day") if digits else ():
        for m in pats[key].finditer(text, start, end):
            if taken(m.start(), m.end()):
                continue
            month = pats["month_of"].get(m["mon"].lower().rstrip("."))
            day = int(m["day"])
            if not month or not 1 <= day <= 31:
                continue
            first = _range_start(text, m.start(), start, lang) if key == "day_month" else None
            if first is not None and first[0] < day:  # "from 11 to 20 March": the first day
                day, m_start = first
            else:
                m_start = m.start()
            if m["year"]:
                d, has_year = _safe_date(int(m["year"]), month, day), True
            else:
                d, has_year = _infer_year(month, day, published), False
                near = _YEAR.search(text, m.end(), min(end, m.end() + 40))
                if d is None and near:  # "31 грудня, в останній день 2022 року"
                    d = _safe_date(int(near.group()), month, day)
            found.append(DateMention(m_start, m.end(), d, "day", "explicit", has_year, span=m_start != m.start()))
            if d is not None:  # "9 і 10 червня", "June 9 and 10": the other day of the list too
                for other, a, b in _listed_days(text, m, key, start, end):
                    if other != d.day and not taken(a, b) and (o := _safe_date(d.year, d.month, other)):
                        found.append(DateMention(a, b, o, "day", "explicit", has_year))
    for m in pats["month_year"].finditer(text, start, end) if digits else ():
        if taken(m.start(), m.end()):
            continue
        month = pats["month_of"].get(m["mon"].lower().rstrip("."))
        if month:
            found.append(DateMention(m.start(), m.end(), dt.date(int(m["year"]), month, 1),
                                     "month", "month", True))
    if pats["month_only"] is not None and published is not None:  # "in January", "mid-October"
        for m in pats["month_only"].finditer(text, start, end):
            month = pats["month_of"].get(m["mon"].lower().rstrip("."))
            if not month or taken(m.start("mon"), m.end()):
                continue
            year = published.year if month <= published.month else published.year - 1
            lead = text[m.start() : m.start("mon")]
            context = "since" if (lang.since.find(lead + " ") or lang.since_clause.find(lead)) else "event"
            found.append(DateMention(m.start(), m.end(), dt.date(year, month, 1), "month", "month",
                                     context=context))
    for r in lang.fixed_days.find(text, start, end):  # "on New Year's Eve": the latest 31 December
        if taken(r.start, r.end):
            continue
        month, day = (int(x) for x in r.label.split("-"))
        found.append(DateMention(r.start, r.end, _infer_year(month, day, published), "day", "explicit"))
    for r in lang.relative_days.find(text, start, end):
        if taken(r.start, r.end):
            continue
        d = published + dt.timedelta(days=int(r.label)) if published else None
        found.append(DateMention(r.start, r.end, d, "day", "relative"))
    if pats["weekday"] is not None:
        for m in pats["weekday"].finditer(text, start, end):
            if taken(m.start(), m.end()):
                continue
            wd = pats["weekday_of"][m["wd"].lower()]
            d = None
            if published:
                d = published - dt.timedelta(days=(published.weekday() - wd) % 7)
                last = lang.last_words.find(text, max(start, m.start() - 12), m.start())
                if d == published and last and text[last[-1].end : m.start()].strip() == "":
                    d -= dt.timedelta(days=7)  # "last Saturday" in a Saturday's report: a week ago
            found.append(DateMention(m.start(), m.end(), d, "day", "weekday"))
    bound_after = lang.marker_dates("bound_after")
    for f in found:  # "since June 1", "since the ceasefire began on January 19"
        if f.span:
            continue
        # "10 Ekim'de yürürlüğe giren ateşkes": the day a truce took effect, named before the verb
        hit_after = bound_after.search(text, f.end, min(end, f.end + 40)) if bound_after else None
        if hit_after is not None and re.fullmatch(r"['’\w]{0,4}\s*", text[f.end : hit_after.start]):
            f.context = "truce"  # neither the day of an event nor the start of a running total
            continue
        near = text[max(start, f.start - 20) : f.start]
        hit = lang.since.find(near)
        far = text[max(start, f.start - 50) : f.start]
        clause_hit = lang.since_clause.find(far)
        # "since the war began, on October 7": a date in apposition, after one comma, still bounds
        if (hit and hit[-1].end >= len(near) - 1) or (
                clause_hit and re.fullmatch(r"[^,;.:!?()]*(?:,\s*(?:[^\W\d_]+\s+){0,2})?", far[clause_hit[-1].end :])):
            f.context = "since"
            after = text[f.end : min(end, f.end + 12)]
            when = lang.when.find(after)
            if when and after[: when[0].start].strip(" ,") == "":
                f.context = "event"  # "the first since October 18, when each side freed 95": that day's swap
    captured = lang.marker_dates("captured")
    for f in found:  # "95 soldiers, many captured during the Kursk incursion, in August": the capture's day
        if f.context != "event" or f.span:
            continue
        lo = max(start, f.start - 80)
        hits = captured.find(text, lo, f.start)
        if not hits or re.search(r"[.;:!?]", text[hits[-1].end : f.start]):
            continue
        gap = (hits[-1].end, f.start)
        if not (lang.exchange.find(text, *gap) or lang.handover.find(text, *gap) or lang.verbs.find(text, *gap)):
            f.context = "captured"  # neither the day of an event nor the start of a running total
    return sorted(found, key=lambda f: f.start)


_LIST_BEFORE = re.compile(rf"(?<![\d.])(?P<d>[0-3]?\d)\s*(?:,|{AND}(?!\w))\s*$", re.IGNORECASE)
_LIST_AFTER = re.compile(rf"^\s*(?:,|{AND}(?!\w))\s*(?P<d>[0-3]?\d)(?![\d.,]?\d)(?!\s*(?:%|[^\W\d_]))", re.IGNORECASE)


def _listed_days(text: str, m: re.Match, key: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """"Перші два етапи відбулися 9 і 10 червня", "on June 9 and 10": a day listed before a day
    and its month, or after a month and its day, shares that month (day, where it is written)."""
    if key == "day_month":
        hit = _LIST_BEFORE.search(text[max(start, m.start() - 12) : m.start()])
        if hit:
            base = max(start, m.start() - 12)
            return [(int(hit["d"]), base + hit.start("d"), base + hit.end("d"))]
    elif not m["year"]:
        hit = _LIST_AFTER.search(text[m.end() : min(end, m.end() + 12)])
        if hit:
            return [(int(hit["d"]), m.end() + hit.start("d"), m.end() + hit.end("d"))]
    return []


def _range_start(text: str, pos: int, start: int, lang: Language) -> tuple[int, int] | None:
    """"9–13 April", "du 9 au 13 avril", "od 11 do 20 marca": the first day of a range written
    before a day and its month, and where it starts."""
    before = text[max(start, pos - 20) : pos]
    words = "|".join(re.escape(w) for w in sorted(lang.range_to, key=len, reverse=True))
    m = re.search(rf"(?<!\d)(?P<d>[0-3]?\d)\.?\s*(?:[-–—]|(?:{words})(?!\w))\s*$" if words else
                  r"(?<!\d)(?P<d>[0-3]?\d)\.?\s*[-–—]\s*$", before, re.IGNORECASE)
    if m is None or not 1 <= int(m["d"]) <= 31:
        return None
    return int(m["d"]), max(start, pos - 20) + m.start()


def first_full_date(text: str, lang: Language) -> dt.date | None:
    """A dateline's date, for reports saved without a publication date: a full date on a
    short line of its own ("Posted Feb 5, 2026", a caption, "06-03-2026 13:02"), not one
    inside a running sentence."""
    fallback = None
    for line in text.split("\n"):
        if not line.strip():
            continue
        marks = lang.dateline.find(line)
        for f in find_dates(line, lang, None):
            if not (f.has_year and f.date and f.precision == "day"):
                continue
            if len(line) <= 90 or any(0 <= f.start - m.end <= 20 for m in marks):
                return f.date
            near = line[max(0, f.start - 100) : f.end + 100]
            if fallback is None and not lang.marker("previous").find(near) and f.context == "event":
                fallback = f.date  # a caption inside a line: "…arrives, Saturday, April 15, 2023."
    return fallback
