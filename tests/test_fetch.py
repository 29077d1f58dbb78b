"""Fetching pages and feeds from a local HTTP server started by the tests (127.0.0.1 only).

The server (`site` fixture, shared with test_watch.py) serves articles, RSS/Atom feeds whose
entries point back to it, redirect chains, slow, oversized and failing responses, a robots.txt
and pages answering conditional GETs. Nothing leaves the machine.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner

from parley.cli import main
from parley.sources import ReadError, iter_reports
from parley.sources import fetch as fetch_module
from parley.sources.fetch import USER_AGENT, FetchCache, Fetcher

SWAP = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Russia and Ukraine swap 157 prisoners each | Test Wire</title>
<meta property="og:site_name" content="Test Wire">
<meta property="article:published_time" content="2026-02-05T14:20:00+02:00">
</head><body>
<nav><a href="/">Home</a> <a href="/war">War</a> <a href="/sport">Sport</a></nav>
<article><h1>Russia and Ukraine swap 157 prisoners each</h1>
<p>Russia and Ukraine swapped 157 prisoners each on February 5, 2026, in the first exchange of the
year after a pause of several months.</p>
<p>The United Arab Emirates mediated the swap, the Russian defence ministry said. The freed soldiers
were taken across the border in buses and will be given medical checks.</p>
</article>
<aside><h3>Read also</h3><a href="/x">Grain prices climb again</a></aside>
<footer>Test Wire, all rights reserved</footer>
</body></html>
"""

BODIES = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Bodies returned to Ukraine</title></head><body>
<article><h1>Bodies returned to Ukraine</h1>
<p>Ukraine received the bodies of 1,000 fallen soldiers from Russia, the coordination headquarters
for the treatment of prisoners of war said. Russia got back the bodies of 38 of its servicemen.</p>
<p>Forensic experts will now work to identify the remains, which may take several months.</p>
</article></body></html>
"""

OTHER_SWAP = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>157 for 157: prisoners come home</title>
<meta property="og:site_name" content="Second Daily">
<meta property="article:published_time" content="2026-02-05T19:00:00+02:00">
</head><body><article><h1>157 for 157: prisoners come home</h1>
<p>Ukraine and Russia exchanged 157 prisoners for 157 on February 5, 2026, with mediation by the
United Arab Emirates, the Ukrainian coordination headquarters said.</p>
<p>Among those returned were soldiers captured in 2022 and two civilians.</p>
</article></body></html>
"""

PLAIN = ("Russia and Ukraine swapped 157 prisoners each on February 5, 2026, the Russian defence "
         "ministry said.\n")


def rss(base: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test Wire</title><link>{base}/</link><language>en</language>
<item><title>Russia and Ukraine swap 157 prisoners each</title><link>{base}/news/swap-157.html</link>
<pubDate>Thu, 05 Feb 2026 18:00:00 +0200</pubDate><description>Swap teaser.</description></item>
<item><title>Bodies returned to Ukraine</title><link>{base}/news/bodies-1000.html</link>
<pubDate>Thu, 5 Feb 2026 10:00 +0200 (EET)</pubDate><description>Bodies teaser.</description></item>
<item><title>Civilians come home</title><link>{base}/news/civilians-gone.html</link>
<pubDate>05.02.2026</pubDate>
<description>Three civilians held since 2022 returned to Ukraine as part of the swap, officials said.
</description></item>
<item><title>Behind the scenes</title><link>{base}/private/notes.html</link></item>
</channel></rss>
"""


def atom(base: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Second Daily</title><id>urn:second</id>
<updated>2026-02-05T19:00:00Z</updated>
<entry><title>157 for 157</title><link href="{base}/other/swap.html"/><id>urn:second:1</id>
<published>2026-02-05T19:00:00+02:00</published><updated>2026-02-05T19:00:00+02:00</updated>
<summary>Prisoners come home.</summary></entry>
</feed>
"""


class Site:
    """What the server serves and what it saw."""

    def __init__(self):
        self.requests: list[tuple[str, dict]] = []
        self.hits: Counter[str] = Counter()
        self.lock = threading.Lock()
        self.inflight = self.max_inflight = 0
        self.times: list[float] = []
        self.fixed: set[str] = set()  # paths that answer 200 from now on

    def paths(self) -> list[str]:
        return [p for p, _ in self.requests]


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # quiet
        pass

    def do_GET(self):  # noqa: C901 - one route table
        site: Site = self.server.site
        path = self.path.split("?", 1)[0]
        with site.lock:
            site.requests.append((path, dict(self.headers)))
            site.hits[path] += 1
            site.times.append(time.monotonic())
            site.inflight += 1
            site.max_inflight = max(site.max_inflight, site.inflight)
            hits = site.hits[path]
        self.counted = True
        try:
            self.route(site, path, hits)
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            self.done()

    def done(self):
        """The request stops counting as in flight before the answer leaves: the client cannot
        send its next request before it has the whole answer, so a later count is a true overlap."""
        site: Site = self.server.site
        with site.lock:
            if getattr(self, "counted", False):
                site.inflight -= 1
                self.counted = False

    def route(self, site: Site, path: str, hits: int):
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        if path == "/robots.txt":
            return self.send(200, "text/plain", "User-agent: *\nDisallow: /private/\n")
        if path == "/news/swap-157.html":
            if self.headers.get("If-None-Match") == '"swap-v1"':
                return self.send(304, None, b"")
            return self.send(200, "text/html; charset=utf-8", SWAP, {"ETag": '"swap-v1"'})
        if path == "/news/bodies-1000.html":
            stamp = "Thu, 05 Feb 2026 09:00:00 GMT"
            if self.headers.get("If-Modified-Since") == stamp:
                return self.send(304, None, b"")
            return self.send(200, "text/html", BODIES, {"Last-Modified": stamp})
        if path == "/other/swap.html":
            return self.send(200, "text/html; charset=utf-8", OTHER_SWAP)
        if path == "/private/notes.html":
            return self.send(200, "text/html", SWAP)
        if path == "/feed.xml":
            return self.send(200, "application/rss+xml; charset=utf-8", rss(base))
        if path == "/second.atom":  # served with a vague type: recognised by its first bytes
            return self.send(200, "application/octet-stream", atom(base))
        if path.startswith("/r/"):
            n = int(path[3:])
            return self.send(302, None, b"", {"Location": f"/r/{n - 1}" if n > 1 else "/news/swap-157.html"})
        if path == "/slow":
            time.sleep(1.5)
            return self.send(200, "text/html", SWAP)
        if path == "/slowish":
            time.sleep(0.2)
            return self.send(200, "text/html", SWAP)
        if path == "/big":
            return self.send(200, "text/html", b"<html><body><p>" + b"x" * 300_000 + b"</p></body></html>")
        if path == "/big-stream":  # no Content-Length: the limit must be found while reading
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(30):
                self.wfile.write(b"<p>" + b"y" * 10_000 + b"</p>\n")
            return None
        if path == "/flaky" and hits == 1:
            return self.send(500, "text/plain", "try again")
        if path == "/flaky":
            return self.send(200, "text/html", SWAP)
        if path == "/down":
            return self.send(503, "text/plain", "down")
        if path == "/report.txt":
            return self.send(200, "text/plain; charset=utf-8", PLAIN)
        if path == "/sneaky.rss":  # a body that is a local file name must not be read as one
            return self.send(200, "application/rss+xml", str(self.server.local_feed))
        if path == "/image.png":
            return self.send(200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
        if path in site.fixed:
            return self.send(200, "text/html", SWAP)
        return self.send(404, "text/plain", "not here")

    def send(self, status: int, ctype: str | None, body, headers: dict | None = None):
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        if status != 304:
            self.send_header("Content-Length", str(len(data)))
        self.done()
        self.end_headers()
        if status != 304:
            self.wfile.write(data)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):  # a client that gave up is not a test failure
        pass


@pytest.fixture(autouse=True)
def _fast_and_local(monkeypatch):
    """No proxies, no politeness delay, quick retries: tests only talk to 127.0.0.1."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setattr(fetch_module, "DEFAULT_DELAY", 0.0)
    monkeypatch.setattr(fetch_module, "DEFAULT_BACKOFF", 0.0)
    monkeypatch.setattr(fetch_module, "DEFAULT_RETRIES", 1)
    monkeypatch.setattr(fetch_module, "DEFAULT_TIMEOUT", 5.0)


@pytest.fixture
def site():
    server = _Server(("127.0.0.1", 0), Handler)
    server.site = Site()
    server.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def _all(fetcher: Fetcher, url: str) -> list:
    return list(fetcher.reports(url))


# --- pages ----------------------------------------------------------------------------------------


def test_page_becomes_a_report_with_a_clear_user_agent(site):
    with Fetcher() as f:
        [r] = _all(f, site.base + "/news/swap-157.html")
    assert r.url == site.base + "/news/swap-157.html"
    assert "swapped 157 prisoners each on February 5, 2026" in r.text
    assert "Read also" not in r.text and "Grain prices" not in r.text
    assert (r.outlet, r.published, r.language) == ("Test Wire", dt.date(2026, 2, 5), "en")
    assert r.id == "swap-157"
    headers = dict(site.site.requests[-1][1])
    assert headers["User-Agent"] == USER_AGENT
    assert USER_AGENT.startswith("parley/") and "(+https://example.org/parley)" in USER_AGENT
    assert site.site.paths() == ["/robots.txt", "/news/swap-157.html"]


def test_robots_txt_is_read_once_per_host_and_respected(site):
    with Fetcher() as f:
        [err] = _all(f, site.base + "/private/notes.html")
        _all(f, site.base + "/news/swap-157.html")
    assert isinstance(err, ReadError) and err.problem == "disallowed by robots.txt"
    assert "/private/notes.html" not in site.site.paths()
    assert site.site.paths().count("/robots.txt") == 1


def test_unreachable_robots_txt_allows(site):
    with Fetcher() as f:
        f._robots.clear()
        assert f._load_robots("http://127.0.0.1:9") is None  # nothing listens on the discard port
        assert f.allowed("http://127.0.0.1:9/anything")


def test_redirects_followed_up_to_the_limit(site):
    with Fetcher(max_redirects=3) as f:
        [ok] = _all(f, site.base + "/r/3")
        [err] = _all(f, site.base + "/r/4")
    assert ok.url == site.base + "/news/swap-157.html"  # the address the page was read from
    assert isinstance(err, ReadError) and err.problem == "too many redirects (more than 3)"
    assert err.path == site.base + "/r/4"


def test_slow_response_times_out_after_retries(site):
    start = time.monotonic()
    with Fetcher(timeout=0.3, retries=1) as f:
        [err] = _all(f, site.base + "/slow")
    assert isinstance(err, ReadError) and err.problem.startswith("timed out")
    assert "(2 attempts)" in err.problem
    assert time.monotonic() - start < 1.5


@pytest.mark.parametrize("path", ["/big", "/big-stream"])
def test_oversized_body_is_refused(site, path):
    with Fetcher(max_bytes=100_000) as f:
        [err] = _all(f, site.base + path)
    assert isinstance(err, ReadError) and err.problem == "too large (more than 100 kB)"


def test_not_found_is_an_error_without_retry(site):
    with Fetcher(retries=3) as f:
        [err] = _all(f, site.base + "/nowhere.html")
    assert str(err) == f"{site.base}/nowhere.html: HTTP 404 Not Found"
    assert site.site.hits["/nowhere.html"] == 1


def test_server_error_is_retried(site):
    with Fetcher(retries=2) as f:
        [r] = _all(f, site.base + "/flaky")
        [err] = _all(f, site.base + "/down")
    assert not isinstance(r, ReadError) and "157 prisoners" in r.text
    assert site.site.hits["/flaky"] == 2
    assert err.problem == "HTTP 503 Service Unavailable (3 attempts)" and site.site.hits["/down"] == 3


def test_backoff_grows(site, monkeypatch):
    waits = []
    monkeypatch.setattr(fetch_module.time, "sleep", waits.append)
    with Fetcher(retries=3, backoff=0.5) as f:
        _all(f, site.base + "/down")
    assert waits == [0.5, 1.0, 2.0]


def test_plain_text_and_other_content_types(site):
    with Fetcher() as f:
        [text] = _all(f, site.base + "/report.txt")
        [err] = _all(f, site.base + "/image.png")
    assert text.text == PLAIN and text.url == site.base + "/report.txt"
    assert err.problem == "unsupported content type image/png"


def test_one_request_at_a_time_per_host_with_a_delay(site):
    with Fetcher() as f:
        threads = [threading.Thread(target=_all, args=(f, site.base + "/slowish")) for _ in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert site.site.max_inflight == 1 and site.site.hits["/slowish"] == 3
    site.site.times.clear()
    with Fetcher(delay=0.25) as f:
        _all(f, site.base + "/report.txt")
        _all(f, site.base + "/report.txt")
    times = site.site.times  # robots.txt, then the page twice
    assert len(times) == 3 and all(b - a >= 0.2 for a, b in zip(times, times[1:], strict=False))


def test_conditional_get_remembers_validators_in_the_cache(site, tmp_path):
    cache = tmp_path / "fetch.db"
    with Fetcher(cache) as f:
        assert len(_all(f, site.base + "/news/swap-157.html")) == 1
        assert len(_all(f, site.base + "/news/bodies-1000.html")) == 1
    with Fetcher(cache) as f:  # a later run
        assert _all(f, site.base + "/news/swap-157.html") == []
        assert _all(f, site.base + "/news/bodies-1000.html") == []
        assert f.stats["unchanged"] == 2
    sent = [h for p, h in site.site.requests if p == "/news/swap-157.html"]
    assert "If-None-Match" not in sent[0] and sent[1]["If-None-Match"] == '"swap-v1"'
    sent = [h for p, h in site.site.requests if p == "/news/bodies-1000.html"]
    assert sent[1]["If-Modified-Since"] == "Thu, 05 Feb 2026 09:00:00 GMT"


def test_validators_are_kept_only_once_the_report_was_taken(site, tmp_path):
    cache = tmp_path / "fetch.db"
    with Fetcher(cache) as f:
        it = f.reports(site.base + "/news/swap-157.html")
        next(it)  # the consumer stops before storing it (a crash, Ctrl-C)
        it.close()
    with Fetcher(cache) as f:
        assert len(_all(f, site.base + "/news/swap-157.html")) == 1  # read again, not "unchanged"


def test_failed_fetch_is_recorded_and_retried_next_run(site, tmp_path):
    cache = tmp_path / "fetch.db"
    url = site.base + "/later.html"
    with Fetcher(cache) as f:
        [err] = _all(f, url)
    assert isinstance(err, ReadError)
    [failure] = FetchCache(cache).failures()
    assert (failure["url"], failure["reason"], failure["attempts"]) == (url, "HTTP 404 Not Found", 1)
    site.site.fixed.add("/later.html")
    with Fetcher(cache) as f:
        [r] = _all(f, url)
    assert "157 prisoners" in r.text
    assert FetchCache(cache).failures() == []


# --- feeds ----------------------------------------------------------------------------------------


def test_feed_entries_are_read_from_their_pages(site):
    with Fetcher() as f:
        swap, bodies, civilians, err = _all(f, site.base + "/feed.xml")
        notes = list(f.notes)
    assert swap.url == site.base + "/news/swap-157.html" and "United Arab Emirates mediated" in swap.text
    assert swap.published == dt.date(2026, 2, 5) and swap.published_source == "meta"
    # the page has no date: the entry's non-standard "Thu, 5 Feb 2026 10:00 +0200 (EET)" dates it
    assert "1,000 fallen soldiers" in bodies.text
    assert (bodies.published, bodies.published_source) == (dt.date(2026, 2, 5), "feed")
    assert bodies.outlet == "Test Wire"
    # the page is gone: the entry's own summary is read, dated by "05.02.2026"
    assert civilians.text.startswith("Three civilians held since 2022")
    assert civilians.url == site.base + "/news/civilians-gone.html"
    assert civilians.published == dt.date(2026, 2, 5)
    assert notes == [f"{site.base}/news/civilians-gone.html: HTTP 404 Not Found; read the feed entry's summary instead"]
    # disallowed page and no summary: an error naming the page
    assert isinstance(err, ReadError) and err.path == site.base + "/private/notes.html"
    assert "disallowed by robots.txt" in err.problem


def test_a_stop_flag_ends_a_feed_between_entries(site, tmp_path):
    with Fetcher(tmp_path / "fetch.db") as f:
        f.stop = threading.Event()
        items = f.reports(site.base + "/feed.xml")
        first = next(items)
        f.stop.set()  # Ctrl-C in `parley watch`
        assert list(items) == [] and first.url.endswith("/news/swap-157.html")
        assert f.cache.validators(site.base + "/feed.xml") is None  # the feed is read in full next time
    assert "/news/bodies-1000.html" not in site.site.paths()


def test_feed_body_is_never_taken_for_a_file_name(site, tmp_path):
    site.local_feed = tmp_path / "local.rss"
    site.local_feed.write_text(rss("https://local.test"), encoding="utf-8")
    with Fetcher() as f:
        [err] = _all(f, site.base + "/sneaky.rss")
    assert isinstance(err, ReadError) and err.problem == "not an RSS/Atom feed"


def test_feed_recognised_by_its_first_bytes(site):
    with Fetcher() as f:
        [r] = _all(f, site.base + "/second.atom")
    assert r.url == site.base + "/other/swap.html" and r.outlet == "Second Daily"


def test_incomplete_feed_is_fetched_in_full_next_time(site, tmp_path):
    cache = tmp_path / "fetch.db"
    with Fetcher(cache) as f:
        assert len(_all(f, site.base + "/feed.xml")) == 4
    with Fetcher(cache, seen=lambda url: url.endswith("civilians-gone.html")) as f:
        items = _all(f, site.base + "/feed.xml")
        assert f.stats["unchanged"] == 2 and f.stats["seen"] == 1  # pages with validators, known entry
    assert [type(i) for i in items] == [ReadError]  # the disallowed entry is still reported
    assert {r["url"] for r in FetchCache(cache).failures()} == {
        site.base + "/private/notes.html", site.base + "/news/civilians-gone.html"}


def test_iter_reports_takes_urls_and_never_raises(site):
    items = list(iter_reports([site.base + "/news/swap-157.html", "http://127.0.0.1:9/closed"]))
    assert items[0].id == "swap-157"
    assert isinstance(items[1], ReadError) and items[1].problem.startswith("network error")


# --- the command line -------------------------------------------------------------------------


def run(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input)


def test_cli_ingest_url_then_unchanged(site, tmp_path):
    db = tmp_path / "l.db"
    res = run("ingest", site.base + "/feed.xml", site.base + "/nowhere", "--db", db)
    assert res.exit_code == 1
    assert "read 5, new 3, duplicate 0, unchanged 0, failed 2" in res.stdout
    assert "failed:\n  1 × disallowed by robots.txt; feed entry has no summary or content\n" in res.stderr
    assert "\n  1 × HTTP 404 Not Found\n" in res.stderr
    assert "note: " + site.base + "/news/civilians-gone.html: HTTP 404" in res.stderr
    assert (tmp_path / "l.fetch.db").exists()
    res = run("ingest", site.base + "/feed.xml", site.base + "/news/swap-157.html", "--db", db)
    assert "new 0" in res.stdout and "unchanged 4" in res.stdout  # 3 entries known, 1 page 304
    events = json.loads(run("events", "--db", db, "--format", "json").stdout)
    assert any(leg["count"] == 157 for e in events for leg in e["legs"])


def test_cli_ingest_stdin_text_and_jsonl(tmp_path):
    db = tmp_path / "l.db"
    res = run("ingest", "-", "--db", db, input=PLAIN)
    assert res.exit_code == 0 and "read 1, new 1" in res.stdout
    lines = "\n".join(json.dumps({"url": f"https://x.test/{n}", "text": PLAIN}) for n in (1, 2)) + "\n"
    res = run("ingest", "-", "--db", db, input=lines)
    assert res.exit_code == 0 and "read 2, new 2" in res.stdout
    res = run("ingest", "-", "--db", db, input='{"text": "x"}\n{oops\n')
    assert res.exit_code == 1 and "<stdin>:2: malformed JSON line" in res.stderr


def test_cli_ingest_long_batch_shows_progress(write, tmp_path):
    paths = [write(f"batch/r{n:02d}.txt", f"url: https://x.test/{n}\n\n{PLAIN}") for n in range(25)]
    res = run("ingest", tmp_path / "batch", "--db", tmp_path / "l.db")
    assert res.exit_code == 0 and "read 25, new 25" in res.stdout
    assert "ingesting" in res.stderr and "25/25" in res.stderr
    res = run("ingest", paths[0], "--db", tmp_path / "l.db")  # short batch, not a terminal: no bar
    assert "ingesting" not in res.stderr and "duplicate 1" in res.stdout


def test_links_into_internal_addresses_are_refused_unless_named(site):
    with Fetcher() as f:
        list(f.reports(site.base + "/news/swap-157.html"))  # the user named 127.0.0.1
        assert not f._internal(site.base + "/news/other.html")
        assert f._internal("http://localhost:9/admin")  # loopback under another name
        assert f._internal("http://169.254.169.254/latest/meta-data/")  # cloud metadata
        assert f._internal("http://10.1.2.3/")
