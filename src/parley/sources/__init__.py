"""Sources turn files (and, later, pages, feeds, archives) into Reports.

Every reader yields `Report` objects or `ReadError` objects, never raises on bad input:
one bad report must not stop a batch.
"""

from __future__ import annotations

import pathlib
from collections.abc import Iterable, Iterator

from parley.model import Report
from parley.sources.errors import ReadError
from parley.sources.feeds import read_feed
from parley.sources.html import read_html_file
from parley.sources.jsonl import read_jsonl
from parley.sources.telegram import read_json_file
from parley.sources.text import read_text_file
from parley.sources.warc import read_warc

# Suffix → reader. Other modules (html, feeds, telegram, warc) register themselves here.
READERS = {
    ".txt": read_text_file,
    ".text": read_text_file,
    ".jsonl": read_jsonl,
    ".html": read_html_file,
    ".htm": read_html_file,
    ".json": read_json_file,  # Telegram Desktop exports (result.json); other JSON is an error
    ".warc": read_warc,
    ".warc.gz": read_warc,
    ".rss": read_feed,
    ".atom": read_feed,
    ".xml": read_feed,  # only files that feedparser recognises as RSS/Atom
}


def register(suffix: str, reader) -> None:
    """Let a source module claim a file suffix."""
    READERS[suffix] = reader


# Suffixes shared with files that are not reports (gold annotations, configs, sitemaps): in a
# directory walk such a file is read only if its first bytes look like the format parley reads.
# A file named on the command line is always read, and errors if it is not a report.
SNIFF = {
    ".json": (b'"messages"', b'"chats"'),
    ".xml": (b"<rss", b"<feed", b"<rdf"),
}


def _looks_like_reports(path: pathlib.Path) -> bool:
    marks = SNIFF.get(path.suffix.lower())
    if marks is None:
        return True
    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError:
        return True  # let the reader report the problem
    return any(m in head for m in marks)


def _files(path: pathlib.Path) -> Iterator[pathlib.Path]:
    if path.is_dir():
        for p in sorted(path.rglob("*")):
            if p.is_file() and _reader_for(p) is not None and _looks_like_reports(p):
                yield p
    else:
        yield path


def _reader_for(path: pathlib.Path):
    name = path.name.lower()
    for suffix, reader in sorted(READERS.items(), key=lambda kv: -len(kv[0])):
        if name.endswith(suffix):
            return reader
    return None


def iter_reports(paths: Iterable[str | pathlib.Path]) -> Iterator[Report | ReadError]:
    """Read every report under `paths` (files or directories, recursively)."""
    for raw in paths:
        path = pathlib.Path(raw)
        if not path.exists():
            yield ReadError(str(path), "no such file or directory")
            continue
        for file in _files(path):
            reader = _reader_for(file) or read_text_file
            try:
                yield from reader(file)
            except OSError as exc:
                yield ReadError(str(file), f"cannot read: {exc.strerror or exc}")


def read(path: str | pathlib.Path) -> list[Report]:
    """Read the reports in one file or directory; raise on the first unreadable one."""
    out = []
    for item in iter_reports([path]):
        if isinstance(item, ReadError):
            raise item
        out.append(item)
    return out


__all__ = ["ReadError", "Report", "iter_reports", "read", "register"]
