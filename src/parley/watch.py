"""`parley watch`: poll feeds, ingest new entries, print each new or changed ledger event.

One round fetches every feed listed in the feeds file (re-read each round, so edits apply
without a restart), reads each entry's page, adds new reports to the ledger and compares the
ledger's events before and after. Rounds repeat every `--every` until Ctrl-C or SIGTERM: the
signal only sets a flag, the current report is finished, and the sleep between rounds is taken
in small steps so the watcher stops promptly. A second Ctrl-C stops at once.

The pieces that `parley ingest` shares (the tally, the fetch cache beside the ledger) live here.
"""

from __future__ import annotations

import json
import pathlib
import re
import signal
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable

from parley.extract import extract
from parley.ledger import Ledger
from parley.model import Report
from parley.sources import ReadError
from parley.sources.fetch import Fetcher, is_url

_EVERY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|secs|seconds?|m|min|mins|minutes?|h|hours?|d|days?)?\s*$",
                    re.IGNORECASE)
_UNIT = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_STEP = 0.2  # seconds; how often a sleeping watcher looks at the stop flag


def parse_every(text: str) -> float:
    """'30s', '5m', '1h', '1d' or a bare number of seconds → seconds (> 0)."""
    m = _EVERY.match(str(text))
    if not m:
        raise ValueError(f"{text!r} is not a duration like 30s, 5m or 1h")
    seconds = float(m.group(1)) * _UNIT[(m.group(2) or "s")[0].lower()]
    if seconds <= 0:
        raise ValueError(f"{text!r}: the interval must be longer than zero")
    return seconds


def read_feeds_file(path: str | pathlib.Path) -> tuple[list[str], list[ReadError]]:
    """One feed URL per line; blank lines and `# comments` are skipped, anything else is an error."""
    urls, errors = [], []
    text = pathlib.Path(path).read_text(encoding="utf-8-sig")
    for n, line in enumerate(text.splitlines(), start=1):
        line = re.sub(r"(^|\s)#.*$", "", line).strip()
        if not line:
            continue
        if is_url(line):
            if line not in urls:
                urls.append(line)
        else:
            errors.append(ReadError(f"{path}:{n}", f"not an http(s) URL: {line}"))
    return urls, errors


def fetch_cache_path(db: str | pathlib.Path) -> pathlib.Path:
    """The fetch cache kept beside a ledger: `parley.db` → `parley.fetch.db`."""
    return pathlib.Path(db).with_suffix(".fetch.db")


def open_fetcher(db: str | pathlib.Path, ledger: Ledger, fresh: bool = False, **options) -> Fetcher:
    """A Fetcher whose cache sits beside the ledger and which skips feed entries already in it.

    `fresh` (the ledger was just created) drops an old cache, so no page is taken as unchanged
    that this ledger has never seen.
    """
    cache = fetch_cache_path(db)
    if fresh:
        cache.unlink(missing_ok=True)
    return Fetcher(cache, seen=lambda url: ledger.has(Report(id="", text="", url=url)), **options)


class Tally:
    """What happened to a batch: read, new, duplicate, unchanged, failed (with reasons)."""

    def __init__(self, say: Callable[[str], None]):
        self.say = say
        self.counts: Counter[str] = Counter()
        self.reasons: Counter[str] = Counter()

    def take(self, ledger: Ledger, item: Report | ReadError) -> str:
        """Extract and store one report (or report one error); returns what happened to it."""
        self.counts["read"] += 1
        if isinstance(item, ReadError):
            return self.failed(item, item.problem)
        try:
            reading = extract(item)
        except Exception as exc:  # noqa: BLE001 - one bad report must not stop the batch
            return self.failed(f"{item.path or item.id}: extraction failed ({exc})", "extraction failed")
        try:
            status = ledger.add(item, reading)
        except (sqlite3.Error, ValueError, OverflowError) as exc:  # a locked ledger, an odd value: go on
            return self.failed(f"{item.path or item.id}: cannot store in the ledger ({exc})", "cannot store")
        self.counts[status] += 1
        return status

    def failed(self, message, reason: str) -> str:
        self.counts["failed"] += 1
        self.reasons[reason] += 1
        self.say(f"error: {message}")
        return "failed"

    def notes(self, fetcher: Fetcher | None) -> None:
        """Tell (once) what the fetcher noticed: pages replaced by their feed entry's summary."""
        if fetcher is None:
            return
        while fetcher.notes:
            self.say(f"note: {fetcher.notes.pop(0)}")

    def summary(self, unchanged: int | None = None) -> str:
        c = self.counts
        parts = [f"read {c['read']}", f"new {c['new']}", f"duplicate {c['duplicate']}"]
        if unchanged is not None:
            parts.append(f"unchanged {unchanged}")
        parts.append(f"failed {c['failed']}")
        return ", ".join(parts)

    def reasons_line(self) -> str | None:
        if not self.reasons:
            return None
        return "failed:\n" + "\n".join(f"  {n} × {reason}" for reason, n in self.reasons.most_common())


def unchanged_count(fetcher: Fetcher | None) -> int | None:
    return None if fetcher is None else fetcher.stats["unchanged"] + fetcher.stats["seen"]


# ---- events before and after ---------------------------------------------------------------


def snapshot(ledger: Ledger) -> dict[str, tuple[str, dict]]:
    """Event id → (its content as canonical JSON, the event)."""
    return {e["id"]: (json.dumps(e, sort_keys=True, default=str, ensure_ascii=False), e) for e in ledger.events()}


def changes(before: dict, after: dict) -> list[str]:
    """One line per new, changed or vanished event."""
    lines = []
    for eid, (content, event) in after.items():
        if eid not in before:
            lines.append(event_line("new", event))
        elif before[eid][0] != content:
            lines.append(event_line("changed", event))
    lines.extend(f"gone     {eid}" for eid in before if eid not in after)
    return lines


def event_line(what: str, e: dict) -> str:
    legs = "; ".join(
        f"{leg.get('from') or '?'}→{leg.get('to') or '?'} "
        f"{'?' if leg.get('count') is None else leg['count']} {leg.get('category')}" for leg in e.get("legs", []))
    reports = e.get("reports") or []
    outlets = e.get("outlets") or []
    tail = f"{len(reports)} report{'s' * (len(reports) != 1)}, {len(outlets)} outlet{'s' * (len(outlets) != 1)}"
    return f"{what:8s} {e['id']} {e.get('date') or '?':10s} {legs or '(no legs)'} ({tail})"


# ---- the loop ----------------------------------------------------------------------------


class Watcher:
    def __init__(self, feeds_file: str | pathlib.Path, db: str | pathlib.Path, *, echo: Callable[[str], None],
                 say: Callable[[str], None], fetch_options: dict | None = None):
        self.feeds_file = feeds_file
        self.db = db
        self.echo = echo  # event lines (stdout)
        self.say = say  # errors, notes, round summaries (stderr)
        self.fetch_options = fetch_options or {}
        self.stop = threading.Event()
        self.feeds: list[str] = []

    def run(self, every: float, once: bool = False) -> int:
        """Rounds until stopped, or one round with `once`; returns the exit code (1: that round had failures)."""
        fresh = not pathlib.Path(self.db).exists()
        with self._signals(), Ledger(self.db) as ledger:
            fetcher = open_fetcher(self.db, ledger, fresh=fresh, **self.fetch_options)
            fetcher.stop = self.stop
            try:
                while True:
                    tally = self.round(ledger, fetcher)
                    if once or self.stop.is_set():
                        break
                    self._sleep(every)
                    if self.stop.is_set():
                        break
            finally:
                fetcher.close()
        if self.stop.is_set():
            self.say("stopped")
        return 1 if once and tally.counts["failed"] else 0

    def round(self, ledger: Ledger, fetcher: Fetcher) -> Tally:
        tally = Tally(self.say)
        self._load_feeds(tally)
        before = snapshot(ledger)
        seen_before = Counter(fetcher.stats)
        for url in self.feeds:
            if self.stop.is_set():
                break
            for item in fetcher.reports(url):
                tally.take(ledger, item)
                tally.notes(fetcher)
                if self.stop.is_set():
                    break
        for line in changes(before, snapshot(ledger)):
            self.echo(line)
        unchanged = (fetcher.stats["unchanged"] + fetcher.stats["seen"]
                     - seen_before["unchanged"] - seen_before["seen"])
        stamp = time.strftime("%Y-%m-%d %H:%M:%S")
        self.say(f"{stamp} {len(self.feeds)} feed{'s' * (len(self.feeds) != 1)}: {tally.summary(unchanged)}")
        return tally

    def _load_feeds(self, tally: Tally) -> None:
        try:
            urls, errors = read_feeds_file(self.feeds_file)
        except (OSError, UnicodeDecodeError) as exc:
            tally.failed(f"{self.feeds_file}: cannot read feeds file ({exc}); keeping the previous list",
                         "cannot read feeds file")
            return
        for err in errors:
            tally.failed(err, "not an http(s) URL")
        self.feeds = urls

    def _sleep(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while not self.stop.is_set():
            left = end - time.monotonic()
            if left <= 0:
                return
            time.sleep(min(_STEP, left))

    def _signals(self):
        """Ctrl-C and SIGTERM set the stop flag (a second one stops at once)."""
        watcher = self

        class _Handlers:
            def __enter__(self):
                self.old = {}
                if threading.current_thread() is not threading.main_thread():
                    return self
                for sig in (signal.SIGINT, signal.SIGTERM):
                    self.old[sig] = signal.signal(sig, self.handle)
                return self

            def handle(self, signum, frame):
                if watcher.stop.is_set():
                    raise KeyboardInterrupt
                watcher.stop.set()
                watcher.say("stopping after the current report (Ctrl-C again to stop at once)")

            def __exit__(self, *exc):
                for sig, old in self.old.items():
                    signal.signal(sig, old)

        return _Handlers()


def watch(feeds_file: str | pathlib.Path, db: str | pathlib.Path, every: float, *, once: bool = False,
          echo: Callable[[str], None] = print, say: Callable[[str], None] = print, **fetch_options) -> int:
    """Run the watcher; returns the exit code."""
    return Watcher(feeds_file, db, echo=echo, say=say, fetch_options=fetch_options).run(every, once=once)


__all__ = ["Tally", "Watcher", "changes", "fetch_cache_path", "open_fetcher", "parse_every", "read_feeds_file",
           "snapshot", "watch"]
