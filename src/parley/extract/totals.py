"""The period a quoted total covers: "1,800 returned last year", "since the start of the war".

The ledger compares quoted totals with its own sums over the same period; the words that
name a period are per-language data ([totals_period] in lang/*.toml).
"""

from __future__ import annotations

import datetime as dt

from parley.extract.dates import DateMention
from parley.extract.language import Language


def period(sentence: str, lang: Language, published: dt.date | None,
           dates: list[DateMention]) -> tuple[dt.date | None, dt.date | None]:
    """(since, until), inclusive; (None, None) when the report does not say."""
    if published is None:
        return None, None
    found = {m.label for m in lang.totals_period.find(sentence)}
    if "last_year" in found:
        year = published.year - 1
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if "this_year" in found:
        return dt.date(published.year, 1, 1), published
    start = next((d.date for d in dates if d.context == "since" and d.date), None)
    if start is not None:  # "since June", "since June 1"
        return start, published
    if "since_start" in found:
        return None, published
    return None, None
