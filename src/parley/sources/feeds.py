"""Local RSS/Atom files: one Report per entry, from the entry's content or summary.

Only what the feed itself carries is read; fetching the linked pages is a fetcher's job.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import html
import io
import pathlib
import re
import time
from collections.abc import Iterator

import dateparser
import feedparser

from parley.model import Report
from parley.sources.errors import ReadError

_DROP = re.compile(r"(?is)<(script|style)\b.*?</\1\s*>|<!--.*?-->")
_BREAK = re.compile(r"(?i)<\s*(?:br|/?p|/div|/li|/h[1-6]|/blockquote|/tr)\b[^>]*>")
_TAG = re.compile(r"<[^>]*>")
_YEAR = re.compile(r"\b\d{4}\b")
_DOTTED = re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{4}\b")
_DATE_KEYS = ("published", "updated", "created")


def read_feed(path: pathlib.Path) -> Iterator[Report | ReadError]:
    """Every entry of an RSS or Atom file; anything feedparser does not call a feed is reported."""
    parsed = feedparser.parse(io.BytesIO(path.read_bytes()))  # bytes that look like a path would be opened
    if not parsed.get("version"):
        yield ReadError(str(path), "not an RSS/Atom feed")
        return
    outlet = (parsed.feed.get("title") or "").strip() or None
    language = feed_language(parsed.feed.get("language"))
    for n, entry in enumerate(parsed.entries, start=1):
        try:
            yield report_from_entry(entry, f"{path.stem}-{n}", f"{path}#{n}", outlet, language)
        except ReadError as err:
            yield err


def report_from_entry(entry, report_id: str, where: str, outlet: str | None, language: str | None) -> Report:
    """One entry → Report; raise ReadError when it carries no text (a title alone is not a report)."""
    text = entry_text(entry)
    if not text:
        raise ReadError(where, "feed entry has no summary or content")
    published = entry_date(entry, language)
    return Report(
        id=report_id,
        text=text,
        url=entry.get("link") or None,
        outlet=outlet,
        published=published,
        published_source="feed" if published else None,
        published_precision="day" if published else None,
        language=language,
        title=html_to_text(entry.get("title") or "") or None,
        path=where,
    )


def entry_text(entry) -> str:
    """The longest of the entry's content blocks and summary, as plain text."""
    candidates = [block.get("value") or "" for block in entry.get("content") or []]
    candidates.append(entry.get("summary") or "")
    return max((html_to_text(c) for c in candidates), key=len, default="")


def html_to_text(markup: str) -> str:
    """Tags out, entities decoded, one paragraph per line."""
    text = _TAG.sub("", _BREAK.sub("\n", _DROP.sub("", markup)))
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in html.unescape(text).split("\n"))
    return "\n".join(line for line in lines if line)


def entry_date(entry, language: str | None = None) -> dt.date | None:
    """The day the outlet dated the entry, in the outlet's own time zone where the string says it.

    feedparser's *_parsed values are in UTC, which moves late-evening posts to the next day,
    so standard strings are read here first; odd ones go to dateparser.
    """
    for key in _DATE_KEYS:
        raw = (entry.get(key) or "").strip()
        date = _standard_date(raw) or _struct_date(entry.get(f"{key}_parsed")) or _loose_date(raw, language)
        if date:
            return date
    return None


def _standard_date(raw: str) -> dt.date | None:
    """RFC 822 (RSS) or ISO 8601 (Atom), keeping the local day."""
    if not raw:
        return None
    try:
        return dt.datetime.fromisoformat(raw.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(raw).date()
    except (TypeError, ValueError, IndexError):
        return None


def _struct_date(value: time.struct_time | None) -> dt.date | None:
    try:
        return dt.date(value.tm_year, value.tm_mon, value.tm_mday) if value else None
    except (AttributeError, ValueError):
        return None


def _loose_date(raw: str, language: str | None) -> dt.date | None:
    """Non-standard strings ("5th of February 2026", "5 лютого 2026"); a full date with a year only."""
    if not raw or not _YEAR.search(raw):
        return None
    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False}
    if _DOTTED.search(raw):
        settings["DATE_ORDER"] = "DMY"
    try:
        found = dateparser.parse(raw, languages=[language] if language else None, settings=settings)
        if found is None and language:
            found = dateparser.parse(raw, settings=settings)
    except (ValueError, TypeError, OverflowError):
        return None
    return found.date() if found else None


def feed_language(value: str | None) -> str | None:
    code = (value or "").strip().lower()[:2]
    return code if code.isalpha() and len(code) == 2 else None
