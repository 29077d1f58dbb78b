"""Web archives (`.warc`, `.warc.gz`): each archived HTML page (status 200) becomes a Report.

The WARC-Date is when the page was crawled, not when it was published, so it is never used
as the publication date: that comes from the page itself, as for a saved `.html` file.
"""

from __future__ import annotations

import gzip
import io
import pathlib
import zlib
from collections.abc import Iterator

from warcio.archiveiterator import WARCIterator

from parley.model import Report
from parley.sources.errors import ReadError
from parley.sources.html import decode_html, report_from_html


class Damaged(Exception):
    """Broken gzip data; not an EOFError, which warcio takes for a clean end of the archive."""


BLOCK = 64 * 1024
HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: pathlib.Path) -> Iterator[Report | ReadError]:
    """Every HTML response in the archive; a damaged archive ends with one error line."""
    done = 0
    try:
        with path.open("rb") as raw:
            stream = _open_stream(raw)
            records = WARCIterator(stream)
            for record in records:
                item = _report(record, path, done + 1) if is_html_page(record) else None
                if _truncated(record):
                    yield ReadError(str(path), f"corrupt WARC: record {done + 1} is truncated")
                    return
                if item is not None:
                    yield item
                done += 1
            if records.offset < stream.tell() or records.err_count:
                yield ReadError(str(path), f"corrupt WARC: damaged or truncated after record {done}")
    except Exception as exc:  # noqa: BLE001 - warcio and gzip fail in many ways on damaged archives
        yield ReadError(str(path), f"corrupt WARC at record {done + 1} ({_reason(exc)})")


def _truncated(record) -> bool:
    """Whether the archive ended before the record's declared Content-Length."""
    while record.raw_stream.read(BLOCK):
        pass
    return getattr(record.raw_stream, "limit", 0) > 0


def _open_stream(raw: io.BufferedReader) -> io.BufferedReader | GzipStream:
    """Decompress here rather than in warcio, which stops quietly at damaged gzip data."""
    return GzipStream(raw) if raw.peek(2).startswith(b"\x1f\x8b") else raw


class GzipStream:
    """Gzip members in a row, handed over a chunk at a time so the records before damage are kept."""

    def __init__(self, raw: io.BufferedReader):
        self._gz = gzip.GzipFile(fileobj=raw, mode="rb")

    def read(self, size: int = -1) -> bytes:
        try:
            return self._gz.read1(size if size and size > 0 else io.DEFAULT_BUFFER_SIZE)
        except (EOFError, OSError, zlib.error) as exc:
            raise Damaged(f"bad gzip data: {exc}") from None

    def tell(self) -> int:
        return self._gz.tell()


def is_html_page(record) -> bool:
    """A `response` record for an HTML page fetched with status 200."""
    if record.rec_type != "response" or record.http_headers is None:
        return False
    if record.http_headers.get_statuscode() != "200":
        return False
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    return content_type.split(";", 1)[0].strip() in HTML_TYPES


def _report(record, path: pathlib.Path, n: int) -> Report | ReadError:
    url = record.rec_headers.get_header("WARC-Target-URI") or None
    where = f"{path}#{n}"
    try:
        html = decode_html(record.content_stream().read(), where)
        report = report_from_html(html, url, where)
    except ReadError as err:
        return ReadError(str(path), f"record {n} ({url or 'no URL'}): {err.problem}")
    return report


def _reason(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0][:120] if str(exc).strip() else type(exc).__name__
