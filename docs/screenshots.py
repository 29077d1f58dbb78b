"""Screenshots of the dashboard's main pages, for the README.

    .venv/bin/python docs/screenshots.py          # writes docs/{timeline,events,event,report,meetings}.png

Ingests examples/reports into a throwaway ledger, serves it on 127.0.0.1 with uvicorn and
renders the pages in Debian's headless Chromium (/usr/bin/chromium, through Playwright), with
the same server and browser helpers as tests/test_browser.py.
"""

from __future__ import annotations

import json
import pathlib
import sys
import tempfile
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import parley  # noqa: E402
from parley.sources import iter_reports  # noqa: E402
from parley.sources.errors import ReadError  # noqa: E402
from tests.test_browser import chromium, serving  # noqa: E402

DOCS = ROOT / "docs"
EXAMPLES = ROOT / "examples" / "reports"
VIEWPORT = {"width": 1200, "height": 400}  # full-page shots grow to fit the page


def build_ledger(path: pathlib.Path) -> int:
    """Ingest examples/reports into a new ledger at `path`; returns how many reports were read."""
    n = 0
    with parley.Ledger(path) as ledger:
        for report in iter_reports([EXAMPLES]):
            if isinstance(report, ReadError):
                raise report
            ledger.add(report, parley.extract(report))
            n += 1
    return n


def _json(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=10) as resp:  # noqa: S310 (our own 127.0.0.1 server)
        return json.load(resp)


def pages(base_url: str) -> dict[str, str]:
    """name → path: the timeline, the table, the best-sourced event and a titled report of it, meetings."""
    events = _json(base_url + "/api/events")["events"]
    event = max(events, key=lambda e: (len(e["reports"]), len(e["legs"]), e["date"] or ""))
    detail = _json(f"{base_url}/api/events/{event['id']}")
    links = detail["report_links"]
    report_ref = next((r for r in links if r.get("title")), links[0])["ref"]
    return {"timeline": "/", "events": "/events", "event": f"/events/{event['id']}",
            "report": f"/reports/{report_ref}", "meetings": "/meetings"}


def main(out: pathlib.Path = DOCS) -> list[pathlib.Path]:
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        db = pathlib.Path(tmp) / "examples.db"
        print(f"ingested {build_ledger(db)} reports from {EXAMPLES.relative_to(ROOT)}")
        with serving(db) as base_url, chromium() as browser:
            context = browser.new_context(base_url=base_url, viewport=VIEWPORT, device_scale_factor=1)
            page = context.new_page()
            for name, path in pages(base_url).items():
                page.goto(path)
                page.wait_for_load_state("networkidle")
                target = out / f"{name}.png"
                page.screenshot(path=str(target), full_page=True)
                written.append(target)
                print(f"{path} -> {target.relative_to(ROOT)}")
            context.close()
    return written


if __name__ == "__main__":
    main()
