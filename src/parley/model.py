"""Plain data classes passed between the pipeline stages.

sources → Report → extract → Reading → ledger → Event. Each stage only knows these types,
so a stage can be tested (and replaced) on its own.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Report:
    """One published report, as text plus what we know about where it came from."""

    id: str
    text: str
    url: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    published_source: str | None = None  # header, marker, meta, url, text, crawl...
    published_precision: str | None = None  # day, month, year
    language: str | None = None
    title: str | None = None
    path: str | None = None  # file (and line) it was read from, for error messages
    origin: str | None = None  # who first said it (a forwarded Telegram post's channel)

    @property
    def key(self) -> str:
        """Identity used to make re-ingestion a no-op: the url, else a hash of the text."""
        if self.url:
            return self.url
        return "sha1:" + hashlib.sha1(self.text.encode("utf-8")).hexdigest()


@dataclass
class Evidence:
    """Where one extracted value was read: span in the report text and the rule used."""

    field: str  # e.g. "leg.count", "date", "source", "meeting.place"
    value: Any
    start: int
    end: int
    sentence: str
    rule: str

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Leg:
    """Who handed over what to whom, and how many, in one exchange."""

    from_: str | None
    to: str | None
    category: str  # "prisoners" or "bodies"
    count: int | None
    alt_counts: list[int] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)

    def to_record(self) -> dict:
        rec: dict[str, Any] = {
            "from": self.from_,
            "to": self.to,
            "category": self.category,
            "count": self.count,
        }
        if self.alt_counts:
            rec["alt_counts"] = list(self.alt_counts)
        return rec


@dataclass
class Exchange:
    """One exchange as a single report tells it (a 'mention' of a ledger event)."""

    date: dt.date | None
    date_precision: str | None
    legs: list[Leg]
    mediators: list[str] = field(default_factory=list)
    agreement: str | None = None
    sources: list[str] = field(default_factory=list)
    mention: str = "current"  # or "previous"
    evidence: list[Evidence] = field(default_factory=list)

    def to_record(self) -> dict:
        return {
            "date": self.date.isoformat() if self.date else None,
            "date_precision": self.date_precision if self.date else None,
            "legs": [leg.to_record() for leg in self.legs],
            "mediators": list(self.mediators),
            "agreement": self.agreement,
            "sources": list(self.sources),
            "mention": self.mention,
        }


@dataclass
class Meeting:
    """A round of talks between the parties: held, scheduled, postponed or cancelled."""

    date: dt.date | None
    place: str | None
    parties: list[str]
    status: str
    evidence: list[Evidence] = field(default_factory=list)

    def to_record(self) -> dict:
        return {
            "date": self.date.isoformat() if self.date else None,
            "place": self.place,
            "parties": list(self.parties),
            "status": self.status,
        }


@dataclass
class Total:
    """A figure summed over many exchanges ("1,800 returned last year"), kept for checks."""

    count: int
    category: str
    to: str | None
    sentence: str
    start: int
    end: int
    since: dt.date | None = None  # the period it covers, when the report says ("last year")
    until: dt.date | None = None


@dataclass
class Reading:
    """Everything extracted from one report; serialises to the ANNOTATION.md record."""

    report_id: str
    language: str | None
    exchanges: list[Exchange] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    totals: list[Total] = field(default_factory=list)

    def evidence(self) -> list[Evidence]:
        out: list[Evidence] = []
        for ex in self.exchanges:
            out.extend(ex.evidence)
            for leg in ex.legs:
                out.extend(leg.evidence)
        for m in self.meetings:
            out.extend(m.evidence)
        return out

    def to_record(self, with_evidence: bool = True) -> dict:
        rec: dict[str, Any] = {
            "id": self.report_id,
            "language": self.language,
            "exchanges": [ex.to_record() for ex in self.exchanges],
            "meetings": [m.to_record() for m in self.meetings],
        }
        if with_evidence:
            rec["evidence"] = [e.to_dict() for e in self.evidence()]
        return rec
