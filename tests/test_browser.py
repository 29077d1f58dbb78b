"""The dashboard in a real headless Chromium (Debian's `chromium`, driven by Playwright).

The app runs under uvicorn in a background thread on 127.0.0.1, over a ledger of four short
reports written for these tests. Playwright never downloads a browser here: it drives the
system's /usr/bin/chromium, which `.ci/run` installs.
"""

import datetime as dt
import pathlib
import socket
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import uvicorn
from playwright.sync_api import Browser, Page, sync_playwright

import parley
from parley.model import Report
from parley.serve import create_app

CHROMIUM = pathlib.Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="browser tests need Debian's chromium at /usr/bin/chromium "
                                       "(apt-get install chromium; .ci/run installs it)")

SWAP = ("Russia and Ukraine exchanged 90 prisoners of war each on Tuesday in a swap brokered by "
        "the United Arab Emirates.")
GAZA = ("Hamas freed three Israeli women held in Gaza on Sunday, and Israel released 90 Palestinian "
        "prisoners hours later.")
REMAINS = ("Ukraine received the bodies of 909 fallen soldiers from Russia on Friday, the coordination "
           "headquarters said.")
SCRIPT = "<script>window.pwned=1</script>"
HOSTILE = (f"Kyiv said on Friday that Russia had handed over 150 Ukrainian prisoners of war. {SCRIPT} "
           "Moscow did not comment.")

REPORTS = [("swap", "2024-06-25", SWAP), ("gaza", "2025-01-19", GAZA),
           ("remains", "2025-11-14", REMAINS), ("hostile", "2025-03-07", HOSTILE)]
REMAINS_ID = "ex-2025-11-14-russia-ukraine-bodies"
HOSTILE_ID = "ex-2025-03-07-russia-ukraine-prisoners"
BARS = "svg.timeline rect.bar"


@contextmanager
def serving(db_path: pathlib.Path) -> Iterator[str]:
    """Serve the dashboard for `db_path` on a free 127.0.0.1 port; yields the base url."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db_path), log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@contextmanager
def chromium() -> Iterator[Browser]:
    """Debian's headless Chromium through Playwright (no downloaded browser)."""
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture(scope="module")
def db_path(tmp_path_factory) -> pathlib.Path:
    path = tmp_path_factory.mktemp("browser") / "ledger.db"
    with parley.Ledger(path) as ledger:
        for rid, published, text in REPORTS:
            report = Report(id=rid, text=text, url=f"https://wire.example/{rid}", outlet="Test Wire",
                            language="en", published=dt.date.fromisoformat(published))
            ledger.add(report, parley.extract(report))
    return path


@pytest.fixture(scope="module")
def base_url(db_path) -> Iterator[str]:
    with serving(db_path) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as b:
        yield b


@pytest.fixture
def page(browser, base_url) -> Iterator[Page]:
    """A fresh page that may only talk to the test server (nothing from a CDN or elsewhere)."""
    context = browser.new_context(base_url=base_url)
    outside: list[str] = []

    def gate(route):
        if route.request.url.startswith(base_url + "/"):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", gate)
    pg = context.new_page()
    pg.set_default_timeout(15_000)
    yield pg
    context.close()
    assert outside == [], f"the page asked for outside resources: {outside}"


def _report_ref(db_path, report_id: str) -> int:
    with sqlite3.connect(db_path) as db:
        return db.execute("SELECT id FROM reports WHERE report_id = ?", (report_id,)).fetchone()[0]


def test_timeline_renders_a_bar_per_exchange(page):
    page.goto("/")
    assert page.locator(BARS).count() == 4
    assert page.locator("svg.timeline polyline.running-total").is_visible()
    assert page.locator(BARS).first.bounding_box()["height"] > 0


@pytest.mark.parametrize("field, value, bars", [("party", "Hamas", 1), ("category", "bodies", 1),
                                                ("category", "prisoners", 3)])
def test_submitting_a_filter_changes_the_bars(page, field, value, bars):
    page.goto("/")
    assert page.locator(BARS).count() == 4
    page.locator(f"form.filters select[name={field}]").select_option(value)
    with page.expect_navigation():
        page.locator("form.filters button[type=submit]").click()
    assert f"{field}={value}" in page.url
    assert page.locator(BARS).count() == bars


def test_event_page_highlights_the_sentence(page):
    page.goto(f"/events/{REMAINS_ID}")
    mark = page.locator("blockquote.sentence mark").first
    assert mark.is_visible()
    figure = mark.inner_text().strip()
    assert "909" in figure
    sentence = page.locator("blockquote.sentence").first.inner_text()
    assert figure in sentence and sentence.strip() in REMAINS
    # the mark stands out from the sentence around it
    assert mark.evaluate("m => getComputedStyle(m).backgroundColor") != \
        mark.evaluate("m => getComputedStyle(m.parentElement).backgroundColor")


def test_report_with_a_script_shows_it_as_text(page, db_path):
    page.goto(f"/reports/{_report_ref(db_path, 'hostile')}")
    body = page.locator(".report-text")
    assert SCRIPT in body.inner_text()
    assert page.get_by_text(SCRIPT, exact=False).first.is_visible()
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert page.locator(".report-text script").count() == 0
    # the event page quoting the same report does not run it either
    page.goto(f"/events/{HOSTILE_ID}")
    assert page.evaluate("typeof window.pwned") == "undefined"
