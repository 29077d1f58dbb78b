"""HTML pages: trafilatura keeps the article (no menus, teasers, footers) and reads its metadata.

`report_from_html` is shared by every source that ends in a page: saved `.html` files, WARC
records and, later, fetched URLs.
"""

from __future__ import annotations

import datetime as dt
import pathlib
import re
from collections.abc import Iterator

from parley.model import Report
from parley.sources.errors import ReadError
from parley.sources.text import parse_date

_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.IGNORECASE)
_META_LANG = re.compile(
    r"<meta\b[^>]*?(?:http-equiv\s*=\s*[\"']content-language[\"']|property\s*=\s*[\"']og:locale[\"'])"
    r"[^>]*?\bcontent\s*=\s*[\"']([A-Za-z]{2,3})\b",
    re.IGNORECASE,
)


def read_html_file(path: pathlib.Path) -> Iterator[Report | ReadError]:
    """One saved page → one Report named after the file."""
    try:
        html = decode_html(path.read_bytes(), str(path))
        yield report_from_html(html, None, str(path), report_id=path.stem)
    except ReadError as err:
        yield err


def decode_html(data: bytes, where: str) -> str:
    """Bytes → text; the page's own charset is guessed, binary files are refused."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReadError(where, "binary file, not an HTML page")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    return _trafilatura(where).utils.decode_file(data)


def report_from_html(html: str, url: str | None, where: str, report_id: str | None = None) -> Report:
    """Main text and metadata of one page; raise ReadError when no article text is found.

    `url` (the address the page was fetched from) wins over the page's canonical link.
    """
    if not html.strip():
        raise ReadError(where, "empty HTML page")
    trafilatura = _trafilatura(where)
    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    except Exception as exc:  # noqa: BLE001 - lxml/trafilatura fail in many ways on broken markup
        raise ReadError(where, f"cannot parse HTML ({type(exc).__name__})") from None
    text = (doc.text or "").strip() if doc is not None else ""
    if not text:
        raise ReadError(where, "no article text found in HTML page")
    url = url or doc.url or None
    published = parse_date(doc.date)
    return Report(
        id=report_id or id_from(url, where),
        text=text,
        url=url,
        outlet=doc.sitename or None,
        published=published,
        published_source=date_source(html, url, published) if published else None,
        published_precision="day" if published else None,
        language=_language(doc.language, html),
        title=doc.title or None,
        path=where,
    )


def _trafilatura(where: str):
    """Imported on first use, so a broken install stops only HTML reading, with one error line."""
    try:
        import trafilatura
        import trafilatura.utils
    except ImportError as exc:
        raise ReadError(where, f"cannot read HTML: {exc.msg.splitlines()[0]}") from None
    return trafilatura


def date_source(html: str, url: str | None, date: dt.date) -> str:
    """Where htmldate most likely found `date`: the URL, machine-readable markup, or the text.

    htmldate does not say, so this mirrors its order: a full date in the URL first, then
    attributes and JSON-LD (an ISO date right after a quote), else visible text.
    """
    if url and _url_has_date(url, date):
        return "url"
    if re.search(r"[\"']" + re.escape(date.isoformat()), html):
        return "meta"
    return "text"


def _url_has_date(url: str, date: dt.date) -> bool:
    y, m, d = f"{date.year:04d}", f"{date.month:02d}", f"{date.day:02d}"
    forms = (f"{y}/{m}/{d}", f"{y}-{m}-{d}", f"{y}{m}{d}", f"{y}/{date.month}/{date.day}/")
    return any(form in url for form in forms)


def _language(found: str | None, html: str) -> str | None:
    """Two-letter language code from trafilatura, else `<html lang>`, else a meta tag."""
    if found:
        return found[:2].lower()
    head = html[:20000]
    m = _HTML_LANG.search(head) or _META_LANG.search(head)
    return m.group(1).lower() if m else None


def id_from(url: str | None, where: str) -> str:
    """A readable id: the last path segment of the URL, else the file name."""
    if url:
        tail = [part for part in re.split(r"[/?#]", url.split("://", 1)[-1]) if part]
        if len(tail) > 1:
            return re.sub(r"\.(s?html?|php|aspx?)$", "", tail[-1])
    return pathlib.Path(where.split("#", 1)[0]).stem
