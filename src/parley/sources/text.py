"""Plain-text reports: optional `key: value` header, or a leading ` date YYYY-MM-DD` marker."""

from __future__ import annotations

import datetime as dt
import pathlib
import re
from collections.abc import Iterator

from parley.model import Report
from parley.sources.errors import ReadError
from parley.sources.urldate import date_from_url

HEADER_KEYS = {"url", "outlet", "published", "language", "title", "id"}
_HEADER_LINE = re.compile(r"^([a-z_]+):\s?(.*)$")
_DATE_MARKER = re.compile(r"^\s*date (\d{4}-\d{2}-\d{2})\b[ \t]*")


def decode(data: bytes, path: str) -> str:
    """Bytes → text, refusing binary files and undecodable encodings with a clear reason."""
    if b"\x00" in data[:4096]:
        raise ReadError(path, "binary file, not a text report")
    for enc in ("utf-8-sig", "utf-16"):
        if enc == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ReadError(path, f"not UTF-8 text (bad byte at offset {exc.start})") from None
    raise ReadError(path, "not UTF-8 text")


def parse_date(value: str | None) -> dt.date | None:
    """An ISO day from a header or a JSON field; implausible days (year 1, 9999) count as none."""
    if not value:
        return None
    try:
        return plausible(dt.date.fromisoformat(value.strip()[:10]))
    except ValueError:
        return None


def plausible(day: dt.date | None) -> dt.date | None:
    """News is published between 1900 and (about) today; anything else is a broken date."""
    if day is None or not dt.date(1900, 1, 1) <= day <= dt.date.today() + dt.timedelta(days=2):
        return None
    return day


def parse_text(raw: str, report_id: str, path: str | None = None) -> Report:
    """Split header from body; the body's character offsets are what evidence points into."""
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    meta: dict[str, str] = {}
    text = raw
    lines = raw.split("\n")
    if lines and _HEADER_LINE.match(lines[0]) and _HEADER_LINE.match(lines[0]).group(1) in HEADER_KEYS:
        i = 0
        while i < len(lines) and lines[i].strip():
            m = _HEADER_LINE.match(lines[i])
            if not m or m.group(1) not in HEADER_KEYS:
                break
            meta[m.group(1)] = m.group(2).strip()
            i += 1
        if i < len(lines) and not lines[i].strip():
            text = "\n".join(lines[i + 1 :])
        else:  # not a real header after all
            meta = {}
    published = parse_date(meta.get("published"))
    source = "header" if published else None
    if published is None and date_from_url(meta.get("url")):
        published, source = date_from_url(meta.get("url")), "url"
    marker = _DATE_MARKER.match(text)
    if not meta and marker:
        published, source = parse_date(marker.group(1)), "marker"
        text = text[marker.end() :]
    if not text.strip():
        raise ReadError(path or report_id, "empty report text")
    return Report(
        id=meta.get("id") or report_id,
        text=text,
        url=meta.get("url") or None,
        outlet=meta.get("outlet") or None,
        published=published,
        published_source=source,
        published_precision="day" if published else None,
        language=meta.get("language") or None,
        title=meta.get("title") or None,
        path=path,
    )


def read_text_file(path: pathlib.Path) -> Iterator[Report]:
    try:
        raw = decode(path.read_bytes(), str(path))
        yield parse_text(raw, path.stem, str(path))
    except ReadError as err:
        yield err  # type: ignore[misc]
