"""A publication day written in a report's URL: /2024/01/31/, 2024-01-31, 20240131."""

from __future__ import annotations

import datetime as dt
import re

_PATTERNS = [
    re.compile(r"(?<!\d)(20\d\d)[/_-](\d{1,2})[/_-](\d{1,2})(?!\d)"),
    re.compile(r"(?<!\d)(20\d\d)(\d\d)(\d\d)(?!\d)"),
]


def date_from_url(url: str | None) -> dt.date | None:
    """The first plausible calendar day in the URL's path, if any."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url.lower())
    for pattern in _PATTERNS:
        for m in pattern.finditer(path):
            try:
                day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                continue
            if dt.date(2000, 1, 1) <= day <= dt.date.today() + dt.timedelta(days=2):
                return day
    return None
