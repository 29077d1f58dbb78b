"""JSON lines: one report per line, {"id", "url", "outlet", "published", "language", "title", "text"}."""

from __future__ import annotations

import json
import pathlib
from collections.abc import Iterator

from parley.model import Report
from parley.sources.errors import ReadError
from parley.sources.text import decode, parse_date
from parley.sources.urldate import date_from_url


def report_from_dict(obj: dict, default_id: str, where: str) -> Report:
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ReadError(where, "no text")
    published = parse_date(str(obj.get("published") or ""))
    source = "jsonl" if published else None
    if published is None and date_from_url(obj.get("url")):
        published, source = date_from_url(obj.get("url")), "url"
    return Report(
        id=str(obj.get("id") or default_id),
        text=text.replace("\r\n", "\n"),
        url=obj.get("url") or None,
        outlet=obj.get("outlet") or None,
        published=published,
        published_source=source,
        published_precision="day" if published else None,
        language=obj.get("language") or None,
        title=obj.get("title") or None,
        path=where,
    )


def read_jsonl(path: pathlib.Path) -> Iterator[Report | ReadError]:
    try:
        raw = decode(path.read_bytes(), str(path))
    except ReadError as err:
        yield err
        return
    yield from parse_lines(raw, str(path), path.stem)


def parse_lines(raw: str, where: str, stem: str) -> Iterator[Report | ReadError]:
    """One report per JSON line; a bad line is an error naming `where:line`, the rest go on."""
    for n, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        here = f"{where}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadError(here, f"malformed JSON line ({exc.msg})")
            continue
        if not isinstance(obj, dict):
            yield ReadError(here, "JSON line is not an object")
            continue
        try:
            yield report_from_dict(obj, f"{stem}-{n}", here)
        except ReadError as err:
            yield err
