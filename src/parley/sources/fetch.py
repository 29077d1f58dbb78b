"""Reports off the network: web pages and RSS/Atom feeds, fetched politely.

A `Fetcher` wraps one httpx client and adds what a well-behaved crawler needs:

- a timeout, a maximum body size (the body is streamed and reading stops past the limit),
  a redirect limit (redirects are followed by hand, so every hop is checked);
- a clear User-Agent and robots.txt, read once per host (an unreachable robots.txt allows all);
- at most one request at a time per host, with a delay between requests to the same host;
- conditional GET: ETag / Last-Modified are kept in a small SQLite cache file, a 304 answer
  means "unchanged" and nothing is read again;
- retries with exponential backoff for 5xx answers, 429 and network errors or timeouts.

A page becomes a Report through `report_from_html`; a feed (by content type or by its first
bytes) becomes one Report per entry, read from the entry's page, or from the entry's own
summary when the page cannot be fetched. Everything that goes wrong is a `ReadError(url,
reason)`, never an exception. A failed fetch is recorded in the cache and, because validators
are only stored once a page has been read (and the consumer has taken the report), it is tried
again on the next run.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib.metadata
import io
import ipaddress
import pathlib
import re
import socket
import sqlite3
import threading
import time
import urllib.parse
import urllib.robotparser
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import httpx

from parley.model import Report
from parley.sources.errors import ReadError

try:
    VERSION = importlib.metadata.version("parley")
except importlib.metadata.PackageNotFoundError:  # pragma: no cover - running from a source tree
    VERSION = "0"

USER_AGENT = f"parley/{VERSION} (+https://example.org/parley)"
ROBOTS_AGENT = "parley"

# Defaults, read when a Fetcher is made (tests and embedding code may change them).
DEFAULT_TIMEOUT = 15.0  # seconds, per connect / read
DEFAULT_MAX_BYTES = 5_000_000
DEFAULT_MAX_REDIRECTS = 5
DEFAULT_DELAY = 1.0  # seconds between two requests to the same host
DEFAULT_RETRIES = 2  # extra attempts after a 5xx, 429, timeout or network error
DEFAULT_BACKOFF = 1.0  # first wait before a retry; doubles each time
ROBOTS_TTL = 3600.0  # robots.txt is read again after an hour (long-running `watch`)

_URL = re.compile(r"^https?://", re.IGNORECASE)
_REDIRECTS = {301, 302, 303, 307, 308}
_FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json"}
_XML_TYPES = {"application/xml", "text/xml"}
_FEED_START = re.compile(rb"<(?:rss|feed|rdf:rdf)\b", re.IGNORECASE)
_HTML_START = re.compile(rb"<(?:!doctype\s+html|html)\b", re.IGNORECASE)


def is_url(value: str) -> bool:
    return bool(_URL.match(str(value)))


@dataclass
class Page:
    """One successful answer: the body and what is needed to ask for it conditionally next time."""

    url: str  # as asked for
    final_url: str  # after redirects
    status: int
    content_type: str
    charset: str | None
    body: bytes
    etag: str | None = None
    last_modified: str | None = None


class FetchCache:
    """Validators of pages read before, and fetches that failed (to be tried again).

    `path=None` keeps everything in memory for the life of the Fetcher.
    """

    def __init__(self, path: str | pathlib.Path | None = None):
        self.path = str(path) if path else ":memory:"
        self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self.lock = threading.Lock()
        self.db.executescript(
            "CREATE TABLE IF NOT EXISTS pages (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT,"
            " fetched_at TEXT NOT NULL);"
            "CREATE TABLE IF NOT EXISTS failures (url TEXT PRIMARY KEY, reason TEXT NOT NULL,"
            " attempts INTEGER NOT NULL, first_failed TEXT NOT NULL, last_failed TEXT NOT NULL);"
        )

    def close(self) -> None:
        self.db.close()

    def validators(self, url: str) -> tuple[str | None, str | None] | None:
        with self.lock:
            row = self.db.execute("SELECT etag, last_modified FROM pages WHERE url = ?", (url,)).fetchone()
        return tuple(row) if row else None

    def remember(self, url: str, etag: str | None, last_modified: str | None) -> None:
        """The page at `url` was read: keep its validators (if any) and forget earlier failures."""
        with self.lock:
            if etag or last_modified:
                self.db.execute(
                    "INSERT INTO pages (url, etag, last_modified, fetched_at) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT(url) DO UPDATE SET etag = excluded.etag,"
                    " last_modified = excluded.last_modified, fetched_at = excluded.fetched_at",
                    (url, etag, last_modified, _now()))
            self.db.execute("DELETE FROM failures WHERE url = ?", (url,))

    def fail(self, url: str, reason: str) -> None:
        """Record a failed fetch; its validators go, so the next run reads it in full."""
        now = _now()
        with self.lock:
            self.db.execute("DELETE FROM pages WHERE url = ?", (url,))
            self.db.execute(
                "INSERT INTO failures (url, reason, attempts, first_failed, last_failed) VALUES (?, ?, 1, ?, ?)"
                " ON CONFLICT(url) DO UPDATE SET reason = excluded.reason, attempts = attempts + 1,"
                " last_failed = excluded.last_failed",
                (url, reason, now, now))

    def failures(self) -> list[dict]:
        with self.lock:
            rows = self.db.execute(
                "SELECT url, reason, attempts, first_failed, last_failed FROM failures ORDER BY url").fetchall()
        keys = ("url", "reason", "attempts", "first_failed", "last_failed")
        return [dict(zip(keys, row, strict=True)) for row in rows]


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class _TooLarge(Exception):
    pass


class Fetcher:
    """Fetch URLs into Reports. Use as a context manager, or call `close()`.

    `seen(url)` (optional) says whether a feed entry's link is already known (in the ledger):
    such entries are not fetched again.
    """

    def __init__(
        self,
        cache: str | pathlib.Path | FetchCache | None = None,
        *,
        timeout: float | None = None,
        max_bytes: int | None = None,
        max_redirects: int | None = None,
        delay: float | None = None,
        retries: int | None = None,
        backoff: float | None = None,
        user_agent: str = USER_AGENT,
        seen: Callable[[str], bool] | None = None,
        transport: httpx.BaseTransport | None = None,
    ):
        self.timeout = DEFAULT_TIMEOUT if timeout is None else timeout
        self.max_bytes = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
        self.max_redirects = DEFAULT_MAX_REDIRECTS if max_redirects is None else max_redirects
        self.delay = DEFAULT_DELAY if delay is None else delay
        self.retries = DEFAULT_RETRIES if retries is None else retries
        self.backoff = DEFAULT_BACKOFF if backoff is None else backoff
        self.user_agent = user_agent
        self.seen = seen
        self.cache = cache if isinstance(cache, FetchCache) else FetchCache(cache)
        self.client = httpx.Client(
            timeout=httpx.Timeout(self.timeout), headers={"User-Agent": user_agent},
            follow_redirects=False, transport=transport)
        self.stats: Counter[str] = Counter()  # fetched, unchanged, seen, failed, fallback
        self.notes: list[str] = []  # things worth telling the user that are not errors
        self._robots: dict[str, tuple[float, urllib.robotparser.RobotFileParser | None]] = {}
        self.trusted_hosts: set[str] = set()  # hosts the user named; links elsewhere may not be internal
        self._hosts: dict[str, threading.Lock] = {}
        self._last: dict[str, float] = {}
        self._guard = threading.Lock()
        self.stop: threading.Event | None = None  # when set (Ctrl-C in `watch`), waits end early

    def close(self) -> None:
        self.client.close()
        self.cache.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---- reports -------------------------------------------------------------------------

    def reports(self, url: str) -> Iterator[Report | ReadError]:
        """The report(s) at `url`: one for a page, one per entry for a feed, none if unchanged."""
        host = urllib.parse.urlsplit(url).hostname
        if host:
            self.trusted_hosts.add(host.lower())  # the user asked for this host by name
        try:
            yield from self._reports(url)
        except Exception as exc:  # noqa: BLE001 - nothing may escape a source
            self._failed(url, f"fetch failed ({type(exc).__name__}: {exc})")
            yield ReadError(url, f"fetch failed ({type(exc).__name__}: {exc})")

    def _reports(self, url: str) -> Iterator[Report | ReadError]:
        try:
            page = self.fetch(url)
        except ReadError as err:
            self._failed(url, err.problem)
            yield err
            return
        if page is None:
            self.stats["unchanged"] += 1
            return
        if _kind(page) == "feed":
            complete = yield from self._feed(page)
        else:
            try:
                report = self.page_report(page)
            except ReadError as err:
                self._failed(url, err.problem)
                yield ReadError(url, err.problem)
                return
            yield report
            complete = True
        if complete:  # the consumer has taken every report: next time, ask conditionally
            self.cache.remember(url, page.etag, page.last_modified)

    def page_report(self, page: Page, report_id: str | None = None) -> Report:
        """An HTML (or plain-text) page → Report; raise ReadError for anything else."""
        kind = _kind(page)
        if kind == "html":
            from parley.sources.html import decode_html, report_from_html

            html = _decode(page) or decode_html(page.body, page.url)
            return report_from_html(html, page.final_url, page.url, report_id=report_id)
        if kind == "text":
            from parley.sources.html import id_from
            from parley.sources.text import decode, parse_text

            raw = _decode(page) or decode(page.body, page.url)
            report = parse_text(raw, report_id or id_from(page.final_url, page.url), page.url)
            report.url = report.url or page.final_url
            return report
        if kind == "feed":
            raise ReadError(page.url, "a feed, not a page")
        raise ReadError(page.url, f"unsupported content type {page.content_type or '(none)'}")

    def _feed(self, page: Page) -> Iterator[Report | ReadError]:
        """Each entry's page read (the entry's summary if that fails); returns True if all went well."""
        import feedparser

        from parley.sources.feeds import feed_language, report_from_entry

        # a stream, never bytes: feedparser would take a body like b"/etc/hosts" for a file name
        ctype = page.content_type + (f"; charset={page.charset}" if page.charset else "")
        parsed = feedparser.parse(io.BytesIO(page.body), response_headers={"content-type": ctype})
        if not parsed.get("version"):
            self._failed(page.url, "not an RSS/Atom feed")
            yield ReadError(page.url, "not an RSS/Atom feed")
            return False
        outlet = (parsed.feed.get("title") or "").strip() or None
        language = feed_language(parsed.feed.get("language"))
        complete = True
        for n, entry in enumerate(parsed.entries, start=1):
            where = f"{page.url}#{n}"
            if self._stopping():
                return False
            link = entry.get("link") or ""
            link = urllib.parse.urljoin(page.final_url, link.strip()) if link else None
            if link and not is_url(link):
                link = None
            if link and self.seen is not None and self.seen(link):
                self.stats["seen"] += 1
                continue
            page_error = None
            if link:
                try:
                    entry_page = self.fetch(link)
                    if entry_page is None:
                        self.stats["unchanged"] += 1
                        continue
                    report = self.page_report(entry_page)
                except ReadError as err:
                    page_error = err.problem
                    self._failed(link, page_error)
                else:
                    _complete_from_entry(report, entry, outlet, language)
                    yield report
                    self.cache.remember(link, entry_page.etag, entry_page.last_modified)
                    continue
            complete = False if page_error else complete
            from parley.sources.html import id_from

            try:
                report = report_from_entry(entry, id_from(link, where) if link else f"entry-{n}", where,
                                           outlet, language)
            except ReadError as err:
                complete = False
                problem = f"{page_error}; {err.problem}" if page_error else err.problem
                yield ReadError(link or where, problem)
                continue
            report.url = link or report.url
            if page_error:
                self.stats["fallback"] += 1
                self.notes.append(f"{link}: {page_error}; read the feed entry's summary instead")
            yield report
        return complete

    def _failed(self, url: str, reason: str) -> None:
        self.stats["failed"] += 1
        self.cache.fail(url, reason)

    # ---- HTTP ----------------------------------------------------------------------------

    def fetch(self, url: str, conditional: bool = True) -> Page | None:
        """GET `url` → Page, or None when the server says it has not changed since last read.

        Redirects are followed by hand (robots.txt and the per-host delay apply to each hop).
        """
        validators = self.cache.validators(url) if conditional else None
        headers = {}
        if validators:
            etag, last_modified = validators
            if etag:
                headers["If-None-Match"] = etag
            if last_modified:
                headers["If-Modified-Since"] = last_modified
        current, hops = url, 0
        while True:
            if not is_url(current):
                raise ReadError(url, f"redirected to a non-web address ({current})")
            if self._internal(current):
                raise ReadError(url, f"refusing to fetch an internal address ({current})")
            if not self.allowed(current):
                where = "" if current == url else f" ({current})"
                raise ReadError(url, f"disallowed by robots.txt{where}")
            status, reason, resp_headers, body = self._request(url, current, headers)
            location = resp_headers.get("location")
            if status in _REDIRECTS and location:
                hops += 1
                if hops > self.max_redirects:
                    raise ReadError(url, f"too many redirects (more than {self.max_redirects})")
                current = urllib.parse.urljoin(current, location.strip())
                continue
            if status == 304:
                return None
            if status >= 400 or status < 200:
                raise ReadError(url, f"HTTP {status} {reason}".rstrip())
            self.stats["fetched"] += 1
            ctype = resp_headers.get("content-type", "")
            mime = ctype.split(";", 1)[0].strip().lower()
            m = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", ctype, re.IGNORECASE)
            return Page(url=url, final_url=current, status=status, content_type=mime,
                        charset=m.group(1) if m else None, body=body,
                        etag=resp_headers.get("etag"), last_modified=resp_headers.get("last-modified"))

    def _internal(self, url: str) -> bool:
        """A link or redirect that points into this machine or its network (loopback, private,
        link-local: e.g. a cloud metadata address) is refused unless the user named that host."""
        host = (urllib.parse.urlsplit(url).hostname or "").lower()
        if not host or host in self.trusted_hosts:
            return False
        try:
            infos = socket.getaddrinfo(host, None)
        except (OSError, UnicodeError):
            return False  # unresolvable: the request itself will fail and say so
        for *_, sockaddr in infos:
            ip = ipaddress.ip_address(sockaddr[0].split("%")[0])
            if ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved or ip.is_multicast \
                    or ip.is_unspecified:
                return True
        return False

    def _request(self, asked: str, url: str, headers: dict) -> tuple[int, str, httpx.Headers, bytes]:
        """One GET with retries; a 5xx/429 answer or a network problem is tried again with backoff."""
        attempts = self.retries + 1
        problem = "no attempt made"
        for attempt in range(attempts):
            wait = self.backoff * 2 ** attempt
            try:
                with self._host_slot(url):
                    status, reason, resp_headers, body = self._once(url, headers)
            except _TooLarge:
                raise ReadError(asked, f"too large (more than {_size(self.max_bytes)})") from None
            except httpx.TimeoutException:
                problem = f"timed out (after {self.timeout:g} s)"
            except httpx.TransportError as exc:
                problem = f"network error ({type(exc).__name__}: {exc})"
            else:
                if status < 500 and status != 429:
                    return status, reason, resp_headers, body
                problem = f"HTTP {status} {reason}".rstrip()
                wait = max(wait, min(_retry_after(resp_headers), 30.0))
            if attempt + 1 >= attempts or self._stopping():
                attempts = attempt + 1
                break
            self._pause(wait)
        tries = f" ({attempts} attempts)" if attempts > 1 else ""
        raise ReadError(asked, problem + tries)

    def _once(self, url: str, headers: dict) -> tuple[int, str, httpx.Headers, bytes]:
        request = self.client.build_request("GET", url, headers=headers)
        deadline = time.monotonic() + 3 * self.timeout  # a server that trickles bytes is cut off too
        response = self.client.send(request, stream=True)
        try:
            status = response.status_code
            body = b""
            if 200 <= status < 300:
                length = response.headers.get("content-length", "")
                if length.isdigit() and int(length) > self.max_bytes:
                    raise _TooLarge
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise _TooLarge
                    if time.monotonic() > deadline:
                        raise httpx.ReadTimeout("body took too long", request=request)
                    chunks.append(chunk)
                body = b"".join(chunks)
            return status, response.reason_phrase, response.headers, body
        finally:
            response.close()

    @contextlib.contextmanager
    def _host_slot(self, url: str):
        """One request at a time per host, `delay` seconds after the previous one ended."""
        host = urllib.parse.urlsplit(url).netloc.lower()
        with self._guard:
            lock = self._hosts.setdefault(host, threading.Lock())
        with lock:
            wait = self._last.get(host, -1e9) + self.delay - time.monotonic()
            if wait > 0:
                self._pause(wait)
            try:
                yield
            finally:
                self._last[host] = time.monotonic()

    def _stopping(self) -> bool:
        return self.stop is not None and self.stop.is_set()

    def _pause(self, seconds: float) -> None:
        """Sleep, in small steps when a stop flag may cut the wait short."""
        if self.stop is None:
            time.sleep(seconds)
            return
        end = time.monotonic() + seconds
        while not self.stop.is_set() and (left := end - time.monotonic()) > 0:
            time.sleep(min(0.2, left))

    # ---- robots.txt ----------------------------------------------------------------------

    def allowed(self, url: str) -> bool:
        parts = urllib.parse.urlsplit(url)
        base = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
        with self._guard:
            cached = self._robots.get(base)
        if cached is None or time.monotonic() - cached[0] > ROBOTS_TTL:
            cached = (time.monotonic(), self._load_robots(base))
            with self._guard:
                self._robots[base] = cached
        rules = cached[1]
        return rules is None or rules.can_fetch(ROBOTS_AGENT, url)

    def _load_robots(self, base: str) -> urllib.robotparser.RobotFileParser | None:
        """The host's robots.txt rules; None (everything allowed) if it cannot be read."""
        url = base + "/robots.txt"
        limit = 500_000
        try:
            with self._host_slot(url), self.client.stream("GET", url, follow_redirects=False) as response:
                if response.status_code != 200:
                    return None
                body = b""
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > limit:
                        body = body[:limit]  # Google's rule: what lies past the limit is ignored
                        break
        except httpx.HTTPError:
            return None
        rules = urllib.robotparser.RobotFileParser(url)
        rules.parse(body.decode("utf-8", errors="replace").splitlines())
        return rules


def _kind(page: Page) -> str:
    """feed, html, text or other, from the content type and the first bytes."""
    head = page.body[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    if page.content_type in _FEED_TYPES:
        return "feed"
    if _FEED_START.search(head) and not _HTML_START.search(head):
        return "feed"
    if "html" in page.content_type or _HTML_START.match(head):
        return "html"
    if page.content_type in _XML_TYPES:
        return "other"
    if page.content_type == "text/plain":
        return "text"
    return "other"


def _decode(page: Page) -> str | None:
    """The body in the charset the server named, if it named one Python knows."""
    if not page.charset:
        return None
    try:
        return page.body.decode(page.charset)
    except (LookupError, UnicodeDecodeError):
        return None


def _complete_from_entry(report: Report, entry, outlet: str | None, language: str | None) -> None:
    """A page read from a feed entry takes what it lacks from the entry: date, outlet, title, language.

    A date from the page's metadata or URL wins; one guessed from the page's text gives way to
    the entry's date (read in the outlet's time zone, non-standard strings included). The feed's
    title is the outlet when the page names none (or only its host).
    """
    from parley.sources.feeds import entry_date, html_to_text

    date = entry_date(entry, language)
    if date and (report.published is None or report.published_source == "text"):
        report.published, report.published_source, report.published_precision = date, "feed", "day"
    host = urllib.parse.urlsplit(report.url or "").netloc.lower()
    if outlet and (not report.outlet or report.outlet.lower() in {host, host.removeprefix("www.")}):
        report.outlet = outlet  # trafilatura falls back to the host name; the feed's title is better
    report.language = report.language or language
    report.title = report.title or html_to_text(entry.get("title") or "") or None


def _retry_after(headers: httpx.Headers) -> float:
    value = (headers.get("retry-after") or "").strip()
    return float(value) if value.isdigit() else 0.0


def _size(n: int) -> str:
    return f"{n / 1_000_000:g} MB" if n >= 1_000_000 else f"{n / 1000:g} kB"
