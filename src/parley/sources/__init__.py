"""Sources turn files, pages, feeds, archives and standard input into Reports.

Every reader yields `Report` objects or `ReadError` objects, never raises on bad input:
one bad report must not stop a batch.
"""

from __future__ import annotations

import pathlib
import re
import sys
from collections.abc import Iterable, Iterator

from parley.model import Report
from parley.sources.errors import ReadError
from parley.sources.feeds import read_feed
from parley.sources.html import read_html_file
from parley.sources.jsonl import parse_lines, read_jsonl
from parley.sources.telegram import read_json_file
from parley.sources.text import decode, parse_text, read_text_file
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


_URL = re.compile(r"^https?://", re.IGNORECASE)
STDIN = "-"


def is_url(value) -> bool:
    return bool(_URL.match(str(value)))


def inputs(paths: Iterable[str | pathlib.Path]) -> list[str | pathlib.Path]:
    """The inputs `iter_reports(paths)` reads one after another: URLs, `-`, files (directories walked)."""
    out: list[str | pathlib.Path] = []
    for raw in paths:
        if str(raw) == STDIN or is_url(raw):
            out.append(str(raw))
            continue
        path = pathlib.Path(raw)
        out.extend(_files(path) if path.exists() else [path])
    return out


def iter_reports(paths: Iterable[str | pathlib.Path], fetcher=None) -> Iterator[Report | ReadError]:
    """Read every report under `paths`: files or directories (recursively), http(s) URLs
    (pages and feeds, see fetch.py; `fetcher` is a `fetch.Fetcher`, else a default one is made)
    and `-` for standard input."""
    own = None
    try:
        for raw in paths:
            if str(raw) == STDIN:
                yield from read_stdin()
                continue
            if is_url(raw):
                if fetcher is None:
                    from parley.sources.fetch import Fetcher

                    own = fetcher = Fetcher()
                yield from fetcher.reports(str(raw))
                continue
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
    finally:
        if own is not None:
            own.close()


def read_stdin(stream=None) -> Iterator[Report | ReadError]:
    """Standard input: JSON lines if it starts with `{`, else the text of one report."""
    where = "<stdin>"
    stream = stream if stream is not None else sys.stdin
    try:
        binary = getattr(stream, "buffer", None)
        data = binary.read() if binary is not None else stream.read()
        if isinstance(data, str):
            data = data.encode("utf-8")
        raw = decode(data, where)
    except ReadError as err:
        yield err
        return
    except (OSError, ValueError) as exc:
        yield ReadError(where, f"cannot read standard input: {exc}")
        return
    if not raw.lstrip().startswith("{"):
        try:
            yield parse_text(raw, "stdin", where)
        except ReadError as err:
            yield err
        return
    yield from parse_lines(raw, where, "stdin")


def read(path: str | pathlib.Path) -> list[Report]:
    """Read the reports in one file or directory; raise on the first unreadable one."""
    out = []
    for item in iter_reports([path]):
        if isinstance(item, ReadError):
            raise item
        out.append(item)
    return out


__all__ = ["ReadError", "Report", "inputs", "is_url", "iter_reports", "read", "read_stdin", "register"]
