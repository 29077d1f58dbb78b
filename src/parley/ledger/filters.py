"""Which events and legs a query keeps: the same selection the dashboard offers.

Date bounds compare ISO prefixes (YYYY, YYYY-MM or YYYY-MM-DD, inclusive), so until=2025-02
keeps all of February; undated events drop out when either bound is set.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DATE_PREFIX = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def check_bound(value: str | None) -> str | None:
    """An ISO date prefix or None; anything else is a caller's mistake worth a clear error."""
    if value and not DATE_PREFIX.match(value):
        raise ValueError(f"expected YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    return value or None


@dataclass(frozen=True)
class Filters:
    party: str | None = None
    category: str | None = None
    since: str | None = None
    until: str | None = None
    disputed: bool | None = None  # True: only events with a disputed leg; False: only undisputed

    def __post_init__(self) -> None:
        check_bound(self.since)
        check_bound(self.until)

    def keeps_leg(self, leg: dict) -> bool:
        """A leg counts when it has the category and involves the party (either side, any case)."""
        if self.category and leg["category"] != self.category:
            return False
        if self.party:
            sides = {(leg["from"] or "").casefold(), (leg["to"] or "").casefold()}
            return self.party.casefold() in sides
        return True

    def keeps_date(self, date: str | None) -> bool:
        if (self.since or self.until) and not date:
            return False
        if self.since and date < self.since:
            return False
        return not (self.until and date[: len(self.until)] > self.until)

    def keeps_event(self, event: dict) -> bool:
        if not self.keeps_date(event["date"]):
            return False
        if self.disputed is not None and bool(event.get("disputed")) != self.disputed:
            return False
        if self.party or self.category:
            return any(self.keeps_leg(leg) for leg in event["legs"])
        return True
