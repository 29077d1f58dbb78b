"""`parley watch`: rounds over a feeds file, new and changed events printed, clean stops.

Uses the local HTTP server of test_fetch.py (127.0.0.1 only).
"""

from __future__ import annotations

import os
import signal
import threading
import time

import pytest
from click.testing import CliRunner

from parley.cli import main
from parley.watch import Watcher, parse_every, read_feeds_file
from tests.test_fetch import _fast_and_local, site  # noqa: F401 - fixtures

pytestmark = pytest.mark.usefixtures("_fast_and_local")


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.mark.parametrize(("text", "seconds"), [("30s", 30), ("5m", 300), ("1h", 3600), ("1.5m", 90), ("45", 45),
                                               ("2 min", 120), ("1d", 86400)])
def test_parse_every(text, seconds):
    assert parse_every(text) == seconds


@pytest.mark.parametrize("text", ["", "5x", "0s", "-1m", "m"])
def test_parse_every_refuses_nonsense(text):
    with pytest.raises(ValueError):
        parse_every(text)


def test_feeds_file_comments_and_bad_lines(write):
    path = write("feeds.txt", "# wires\nhttps://a.test/feed.xml  # main wire\n\n  https://b.test/rss\n"
                              "https://a.test/feed.xml\nftp://c.test/feed\n")
    urls, errors = read_feeds_file(path)
    assert urls == ["https://a.test/feed.xml", "https://b.test/rss"]
    assert [str(e) for e in errors] == [f"{path}:6: not an http(s) URL: ftp://c.test/feed"]


def test_watch_once_prints_new_then_changed_events(site, write, tmp_path):  # noqa: F811
    db = tmp_path / "w.db"
    feeds = write("feeds.txt", f"# test wire\n{site.base}/feed.xml\n")
    res = run("watch", feeds, "--once", "--db", db)
    assert res.exit_code == 1  # one entry cannot be read (disallowed page, no summary)
    lines = res.stdout.splitlines()
    assert lines and all(line.startswith("new ") for line in lines)
    assert any("157 prisoners" in line and "2026-02-05" in line for line in lines)
    assert any("1000 bodies" in line for line in lines)
    assert "disallowed by robots.txt" in res.stderr
    assert "1 feed: read 4, new 3, duplicate 0, unchanged 0, failed 1" in res.stderr

    res = run("watch", feeds, "--once", "--db", db)  # nothing new: nothing printed
    assert res.stdout == ""
    assert "new 0" in res.stderr and "unchanged 3" in res.stderr

    feeds.write_text(f"{site.base}/feed.xml\n{site.base}/second.atom\n")
    res = run("watch", feeds, "--once", "--db", db, "--every", "30s")
    [line] = res.stdout.splitlines()  # the second outlet's report joins the 157-for-157 event
    assert line.startswith("changed ") and "157 prisoners" in line and "2 reports, 2 outlets" in line


def test_watch_refuses_a_bad_interval(write, tmp_path):
    res = run("watch", write("feeds.txt", ""), "--every", "soon", "--db", tmp_path / "w.db")
    assert res.exit_code == 2 and "not a duration" in res.output


def test_sigterm_stops_the_watcher_between_rounds(site, write, tmp_path):  # noqa: F811
    if threading.current_thread() is not threading.main_thread():
        pytest.skip("signal handlers need the main thread")
    feeds = write("feeds.txt", f"{site.base}/second.atom\n")
    said, printed = [], []
    first_round = threading.Event()

    def say(message):
        said.append(message)
        if " feed: " in message:
            first_round.set()

    def stop_it():
        first_round.wait(10)
        os.kill(os.getpid(), signal.SIGTERM)

    previous = signal.getsignal(signal.SIGTERM)
    watcher = Watcher(feeds, tmp_path / "w.db", echo=printed.append, say=say)
    threading.Thread(target=stop_it, daemon=True).start()
    start = time.monotonic()
    code = watcher.run(every=3600)
    assert time.monotonic() - start < 5
    assert code == 0 and said[-1] == "stopped"
    assert any("stopping after the current report" in m for m in said)
    assert len(printed) == 1 and printed[0].startswith("new ")
    assert signal.getsignal(signal.SIGTERM) == previous  # handlers given back
