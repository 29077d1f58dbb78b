"""A read-only dashboard and JSON API over a parley ledger.

Pages are rendered on the server (no JavaScript needed) with autoescaping on, because report
text is untrusted input. The ledger is opened read-only per request, so serving it can never
change it and a running `parley ingest` is never blocked for long.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import pathlib
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Annotated, Literal

import jinja2
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from parley.csvcells import safe_row
from parley.ledger.store import Ledger
from parley.serve import queries
from parley.serve.queries import Filters

HERE = pathlib.Path(__file__).parent
ATOM = "http://www.w3.org/2005/Atom"
CSV_COLUMNS = ["id", "date", "legs", "handed_over", "mediators", "agreement", "reports", "outlets", "sources"]

Sort = Literal["date", "count"]
Order = Literal["asc", "desc"]


# ---- helpers shared by pages, API and downloads -----------------------------------------


def _ledger(request: Request) -> Iterator[Ledger]:
    """One read-only ledger per request, closed when the response is done. Its reads share one
    transaction, so a page sees one state of the ledger even while `parley ingest` commits."""
    with queries.open_ledger(request.app.state.db_path) as ledger:
        ledger.db.execute("BEGIN")
        yield ledger


def _filters(
    party: Annotated[str | None, Query(description="events with a leg from or to this party")] = None,
    category: Annotated[str | None, Query(description="prisoners or bodies")] = None,
    since: Annotated[str | None, Query(description="YYYY, YYYY-MM or YYYY-MM-DD, inclusive")] = None,
    until: Annotated[str | None, Query(description="YYYY, YYYY-MM or YYYY-MM-DD, inclusive")] = None,
) -> Filters:
    """Query parameters → Filters; empty form fields are ignored so the plain HTML form works."""
    try:
        return Filters(party=(party or "").strip() or None, category=(category or "").strip() or None,
                       since=queries.parse_date_bound(since, "since"),
                       until=queries.parse_date_bound(until, "until"))
    except ValueError as exc:
        raise HTTPException(400, str(exc)) from exc


ReadOnly = Annotated[Ledger, Depends(_ledger)]
Selection = Annotated[Filters, Depends(_filters)]


def sort_events(events: list[dict], sort: Sort = "date", order: Order | None = None) -> list[dict]:
    """Sort by date (oldest first) or by count (largest first) by default; undated stay last."""
    order = order or ("asc" if sort == "date" else "desc")
    key = (lambda e: e["date"] or "") if sort == "date" else (lambda e: e["handed_over"])
    dated = sorted([e for e in events if e["date"] or sort == "count"], key=key, reverse=order == "desc")
    return dated + [e for e in events if not e["date"] and sort == "date"]


def legs_text(legs: list[dict]) -> str:
    """Legs in one line, as the CLI prints them: Russia→Ukraine 1000 bodies; ..."""
    return "; ".join(f"{leg['from'] or '?'}→{leg['to'] or '?'} {'?' if leg['count'] is None else leg['count']} "
                     f"{leg['category']}" for leg in legs)


def safe_url(url: str | None) -> str | None:
    """Only http(s) links: a report's url is untrusted and could be `javascript:`."""
    return url if url and re.match(r"^https?://", url, re.I) else None


def not_found(what: str, ident: str) -> HTTPException:
    return HTTPException(404, f"no {what} with id {ident!r} in this ledger")


def _report_ref(ident: str) -> int:
    """Report ids are database ids; anything that is not one is simply not found."""
    if not re.fullmatch(r"[0-9]{1,18}", ident):
        raise not_found("report", ident)
    return int(ident)


# ---- highlighting ----------------------------------------------------------------------


def figure_parts(text: str | None, sentence: str | None, span: list[int | None]) -> list[tuple[str, bool]]:
    """The sentence split into (piece, is_figure) so the template can <mark> the figure."""
    if not sentence:
        return []
    start, end = span if span else (None, None)
    if text is None or start is None or end is None or end <= start:
        return [(sentence, False)]
    offset = _sentence_offset(text, sentence, start, end)
    if offset is None:
        found = sentence.find(text[start:end])
        if found < 0:
            return [(sentence, False)]
        offset = start - found
    a, b = start - offset, end - offset
    return [p for p in [(sentence[:a], False), (sentence[a:b], True), (sentence[b:], False)] if p[0]]


def _sentence_offset(text: str, sentence: str, start: int, end: int) -> int | None:
    """Where in the report the sentence that contains [start, end) begins."""
    pos = text.find(sentence)
    while pos >= 0:
        if pos <= start and end <= pos + len(sentence):
            return pos
        pos = text.find(sentence, pos + 1)
    return None


def marked_text(text: str, evidence: list[dict]) -> list[tuple[str, str | None]]:
    """The report as (piece, note) pieces; overlapping evidence spans merge into one mark."""
    spans = sorted((e["start"], e["end"], f"{e['field']} = {e['value']} ({e['rule']})") for e in evidence
                   if e["start"] is not None and e["end"] is not None and 0 <= e["start"] < e["end"] <= len(text))
    merged: list[list] = []
    for a, b, note in spans:
        if merged and a < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
            merged[-1][2].append(note)
        else:
            merged.append([a, b, [note]])
    out: list[tuple[str, str | None]] = []
    pos = 0
    for a, b, notes in merged:
        if a > pos:
            out.append((text[pos:a], None))
        out.append((text[a:b], "; ".join(notes)))
        pos = b
    if pos < len(text):
        out.append((text[pos:], None))
    return out


# ---- the timeline chart -----------------------------------------------------------------

CHART = {"width": 960, "height": 320, "left": 64, "right": 72, "top": 20, "bottom": 44}


def timeline_chart(events: list[dict]) -> dict | None:
    """Geometry for the server-side SVG: one bar per dated event, plus a running total line."""
    dated = sorted((e for e in events if e["date"]), key=lambda e: (e["date"], e["id"]))
    if not dated:
        return None
    c = CHART
    plot_w = c["width"] - c["left"] - c["right"]
    plot_h = c["height"] - c["top"] - c["bottom"]
    top_bar = max(e["handed_over"] for e in dated) or 1
    total = sum(e["handed_over"] for e in dated) or 1
    slot = plot_w / len(dated)
    width = max(1.0, min(40.0, slot * 0.7))
    bars, points, running = [], [], 0
    for i, e in enumerate(dated):
        h = e["handed_over"] / top_bar * plot_h
        x = c["left"] + i * slot + (slot - width) / 2
        running += e["handed_over"]
        bars.append({"x": round(x, 1), "y": round(c["top"] + plot_h - h, 1), "width": round(width, 1),
                     "height": round(h, 1), "event": e, "running": running, "kind": _bar_kind(e)})
        points.append(f"{x + width / 2:.1f},{c['top'] + plot_h - running / total * plot_h:.1f}")
    step = math.ceil(len(dated) / 8)
    labels = [{"x": b["x"] + b["width"] / 2, "text": b["event"]["date"]} for b in bars[::step]]
    return {**c, "plot_w": plot_w, "plot_h": plot_h, "base": c["top"] + plot_h, "bars": bars,
            "line": " ".join(points), "max_bar": top_bar, "total": running, "labels": labels}


def _bar_kind(event: dict) -> str:
    """A CSS class from the categories: bodies, prisoners or mixed (safe characters only)."""
    cats = {re.sub(r"[^a-z0-9-]", "", leg["category"].lower()) for leg in event["legs"]}
    return cats.pop() if len(cats) == 1 else "mixed"


# ---- downloads --------------------------------------------------------------------------


def events_csv(events: list[dict]) -> str:
    """The events table as CSV, one row per event, legs flattened like the CLI does."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for e in events:
        writer.writerow(safe_row({
            "id": e["id"], "date": e["date"] or "", "legs": legs_text(e["legs"]),
            "handed_over": e["handed_over"], "mediators": ", ".join(e["mediators"]),
            "agreement": e["agreement"] or "", "reports": len(e["reports"]), "outlets": ", ".join(e["outlets"]),
            "sources": ", ".join(e["sources"]),
        }))
    return buf.getvalue()


def atom_feed(events: list[dict], base_url: str) -> bytes:
    """An Atom feed, newest first; built with ElementTree so report text cannot break the XML."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    entries = sorted(events, key=lambda e: (e["date"] or "", e["created_at"]), reverse=True)
    _sub(feed, "title", "parley: exchanges in the ledger")
    _sub(feed, "id", "urn:parley:events")
    _sub(feed, "updated", max((_updated(e) for e in entries), default=_stamp(None)))
    ET.SubElement(feed, f"{{{ATOM}}}link", href=base_url.rstrip("/") + "/feed.atom", rel="self")
    ET.SubElement(feed, f"{{{ATOM}}}link", href=base_url, rel="alternate")
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    _sub(author, "name", "parley")
    for e in entries:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        url = base_url.rstrip("/") + "/events/" + e["id"]
        _sub(entry, "title", f"{e['date'] or 'undated'}: {legs_text(e['legs'])}")
        _sub(entry, "id", f"urn:parley:event:{e['id']}")  # stable whatever host serves it
        _sub(entry, "updated", _updated(e))
        ET.SubElement(entry, f"{{{ATOM}}}link", href=url, rel="alternate")
        _sub(entry, "summary", _summary(e))
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def _sub(parent: ET.Element, tag: str, text: str) -> ET.Element:
    el = ET.SubElement(parent, f"{{{ATOM}}}{tag}")
    el.text = text
    return el


def _stamp(date: str | None) -> str:
    return f"{date}T00:00:00Z" if date else dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _updated(event: dict) -> str:
    """The exchange day if known, else when the ledger first saw it (RFC 3339 either way)."""
    if event["date"] and re.match(r"^\d{4}-\d{2}-\d{2}$", event["date"]):
        return _stamp(event["date"])
    created = dt.datetime.fromisoformat(event["created_at"]).astimezone(dt.UTC)
    return created.strftime("%Y-%m-%dT%H:%M:%SZ")


def _summary(event: dict) -> str:
    parts = [legs_text(event["legs"])]
    if event["mediators"]:
        parts.append("mediated by " + ", ".join(event["mediators"]))
    parts.append(f"{len(event['reports'])} report(s) from {', '.join(event['outlets']) or 'unknown outlets'}")
    return "; ".join(parts) + "."


# ---- the app ----------------------------------------------------------------------------


def _templates() -> Jinja2Templates:
    """Autoescaping on for every template: report text and urls are untrusted."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.globals.update(legs_text=legs_text, safe_url=safe_url)
    return Jinja2Templates(env=env)


def create_app(db_path: str | pathlib.Path) -> FastAPI:
    """The dashboard for one ledger file, which must already exist (it is never created)."""
    path = pathlib.Path(db_path)
    if not path.is_file():
        raise FileNotFoundError(f"{db_path}: no such ledger (run `parley ingest` first)")
    queries.open_ledger(path).close()  # fail now, not on every request, if it is no ledger we can read
    app = FastAPI(title="parley", summary="Read-only view of a ledger of wartime exchanges.",
                  version="0.1.0")
    app.state.db_path = path
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    templates = _templates()
    _page_routes(app, templates)
    _api_routes(app)
    _download_routes(app)
    return app


def _page(templates: Jinja2Templates, request: Request, name: str, status: int = 200, **context) -> HTMLResponse:
    context.setdefault("title", "parley")
    context["db_name"] = request.app.state.db_path.name
    return templates.TemplateResponse(request, name, context, status_code=status)


def _page_routes(app: FastAPI, templates: Jinja2Templates) -> None:
    """Server-rendered HTML pages; they work without JavaScript."""

    def missing(request: Request, exc: HTTPException) -> HTMLResponse:
        return _page(templates, request, "error.html", status=exc.status_code, title="Not found",
                     message=exc.detail)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False, name="timeline")
    def timeline(request: Request, ledger: ReadOnly, filters: Selection) -> HTMLResponse:
        events = queries.events(ledger, filters)
        return _page(templates, request, "timeline.html", title="Timeline", filters=filters,
                     choices=queries.choices(ledger), chart=timeline_chart(events), events=events,
                     totals=queries.totals(events, filters), undated=[e for e in events if not e["date"]])

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False, name="events_page")
    def events_page(request: Request, ledger: ReadOnly, filters: Selection, sort: Sort = "date",
                    order: Order | None = None) -> HTMLResponse:
        events = sort_events(queries.events(ledger, filters), sort, order)
        return _page(templates, request, "events.html", title="Events", filters=filters,
                     choices=queries.choices(ledger), events=events, sort=sort, order=order,
                     totals=queries.totals(events, filters))

    @app.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False, name="event_page")
    def event_page(request: Request, ledger: ReadOnly, event_id: str) -> HTMLResponse:
        event = queries.event(ledger, event_id)
        if event is None:
            return missing(request, not_found("event", event_id))
        texts = queries.report_texts(ledger, {f["report_ref"] for leg in event["legs"] for f in leg["figures"]})
        for leg in event["legs"]:
            for f in leg["figures"]:
                f["parts"] = figure_parts(texts.get(f["report_ref"]), f["sentence"], f["span"])
        return _page(templates, request, "event.html", title=f"Event {event_id}", event=event)

    @app.get("/reports/{report_id}", response_class=HTMLResponse, include_in_schema=False, name="report_page")
    def report_page(request: Request, ledger: ReadOnly, report_id: str) -> HTMLResponse:
        try:
            report = queries.report(ledger, _report_ref(report_id))
        except HTTPException as exc:
            return missing(request, exc)
        if report is None:
            return missing(request, not_found("report", report_id))
        return _page(templates, request, "report.html", title=report["title"] or f"Report {report['report_id']}",
                     report=report, parts=marked_text(report["text"], report["evidence"]))

    @app.get("/meetings", response_class=HTMLResponse, include_in_schema=False, name="meetings_page")
    def meetings_page(request: Request, ledger: ReadOnly) -> HTMLResponse:
        return _page(templates, request, "meetings.html", title="Meetings", meetings=queries.meetings(ledger))


def _api_routes(app: FastAPI) -> None:
    """JSON API; the same filters as the pages. Documented at /docs."""

    @app.get("/api/events", tags=["events"])
    def api_events(ledger: ReadOnly, filters: Selection, sort: Sort = "date", order: Order | None = None) -> dict:
        """Events the filters keep, each as `parley events --format json` gives it, plus `handed_over`."""
        events = sort_events(queries.events(ledger, filters), sort, order)
        return {"filters": filters.params(), "count": len(events), "events": events}

    @app.get("/api/events/{event_id}", tags=["events"])
    def api_event(ledger: ReadOnly, event_id: str) -> dict:
        """One event with its legs, every figure (report, outlet, sentence, span) and its reports."""
        event = queries.event(ledger, event_id)
        if event is None:
            raise not_found("event", event_id)
        return event

    @app.get("/api/reports/{report_id}", tags=["reports"])
    def api_report(ledger: ReadOnly, report_id: str) -> dict:
        """A report (by database id, as linked from events) with its text and evidence spans."""
        report = queries.report(ledger, _report_ref(report_id))
        if report is None:
            raise not_found("report", report_id)
        return report

    @app.get("/api/totals", tags=["events"])
    def api_totals(ledger: ReadOnly, filters: Selection, by: Literal["month", "year"] | None = None) -> dict:
        """Sums over the selected events per category and per party, optionally per month or year."""
        return queries.totals(queries.events(ledger, filters), filters, by)

    @app.get("/api/meetings", tags=["meetings"])
    def api_meetings(ledger: ReadOnly) -> dict:
        """Every round of talks read from the reports."""
        meetings = queries.meetings(ledger)
        return {"count": len(meetings), "meetings": meetings}


def _download_routes(app: FastAPI) -> None:
    """CSV of the filtered events table and an Atom feed of events."""

    @app.get("/events.csv", tags=["downloads"], response_class=Response, name="events_csv")
    def csv_download(ledger: ReadOnly, filters: Selection, sort: Sort = "date", order: Order | None = None) -> Response:
        """The filtered events table as CSV."""
        body = events_csv(sort_events(queries.events(ledger, filters), sort, order))
        return Response(body, media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="parley-events.csv"'})

    @app.get("/feed.atom", tags=["downloads"], response_class=Response, name="feed")
    def feed(request: Request, ledger: ReadOnly, filters: Selection) -> Response:
        """Events as an Atom feed, newest first."""
        body = atom_feed(queries.events(ledger, filters), str(request.base_url))
        return Response(body, media_type="application/atom+xml")
