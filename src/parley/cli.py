"""The `parley` command: a thin layer over the library (read → extract → Ledger)."""

from __future__ import annotations

import csv
import io
import json
import pathlib
import shutil
import sys

import click

from parley.csvcells import safe_row
from parley.extract import extract
from parley.ledger import Ledger
from parley.ledger_cli import COMMANDS as LEDGER_COMMANDS
from parley.model import Reading, Report
from parley.sources import ReadError, iter_reports


def _error(err: ReadError) -> None:
    click.echo(f"error: {err}", err=True)


class _Readings:
    """(report, reading) for every readable report, one at a time; errors are printed and
    counted, never fatal: one bad report must not stop the batch."""

    def __init__(self, paths):
        self.paths = paths
        self.failed = 0

    def __iter__(self):
        for item in iter_reports(self.paths):
            if isinstance(item, ReadError):
                _error(item)
                self.failed += 1
                continue
            try:
                yield item, extract(item)
            except Exception as exc:  # noqa: BLE001
                click.echo(f"error: {item.path or item.id}: extraction failed ({exc})", err=True)
                self.failed += 1


@click.group()
@click.version_option(package_name="parley")
def main() -> None:
    """Turn news reports about wartime exchanges into a sourced ledger."""


@main.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl",
              show_default=True)
def extract_cmd(paths, fmt):
    """Print what each report says: its exchanges and meetings, with evidence."""
    readings = _Readings(paths)
    for report, reading in readings:
        if fmt == "jsonl":
            click.echo(json.dumps(reading.to_record(), ensure_ascii=False))
        else:
            click.echo(_reading_table(report, reading))
    sys.exit(1 if readings.failed else 0)


def _legs_text(legs: list[dict]) -> str:
    parts = []
    for leg in legs:
        n = "?" if leg["count"] is None else str(leg["count"])
        parts.append(f"{leg['from']}→{leg['to']} {n} {leg['category']}")
    return "; ".join(parts)


def _reading_table(report: Report, reading: Reading) -> str:
    lines = [f"== {report.id} ({reading.language}, published {report.published or '?'})"]
    for ex in reading.exchanges:
        r = ex.to_record()
        lines.append(f"  exchange {r['date'] or '?':10s} {r['mention']:8s} {_legs_text(r['legs'])}")
        if r["mediators"] or r["agreement"] or r["sources"]:
            lines.append(f"    mediators: {', '.join(r['mediators']) or '-'}; agreement: "
                         f"{r['agreement'] or '-'}; sources: {', '.join(r['sources']) or '-'}")
    for m in reading.meetings:
        r = m.to_record()
        lines.append(f"  meeting  {r['date'] or '?':10s} {r['status']:9s} {r['place'] or '?'} "
                     f"({', '.join(r['parties'])})")
    if not reading.exchanges and not reading.meetings:
        lines.append("  (no exchanges or meetings)")
    return "\n".join(lines)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default="parley.db", show_default=True, help="ledger database file")
def ingest(paths, db):
    """Read reports into the ledger, merging reports of the same exchange.

    PATHS are files, directories, http(s) URLs of pages or RSS/Atom feeds, or `-` for standard
    input (one report's text, or JSON lines). Fetched pages are remembered beside the ledger
    (DB with suffix .fetch.db), so unchanged pages are not read again.
    """
    from parley.sources import inputs, is_url
    from parley.watch import Tally, open_fetcher, unchanged_count

    items = inputs(paths)
    fresh = not pathlib.Path(db).exists()
    with Ledger(db) as ledger, _progress(len(items)) as progress:
        tally = Tally(progress.say)
        fetcher = open_fetcher(db, ledger, fresh=fresh) if any(is_url(i) for i in items) else None
        try:
            for item in items:
                for found in iter_reports([item], fetcher=fetcher):
                    tally.take(ledger, found)
                    tally.notes(fetcher)
                    progress.step(0, tally)
                progress.step(1, tally)
        finally:
            if fetcher is not None:
                fetcher.close()
        totals = ledger.counts()
    click.echo(f"{tally.summary(unchanged_count(fetcher))}; "
               f"ledger: {totals['reports']} reports, {totals['events']} events")
    if tally.reasons_line():
        click.echo(tally.reasons_line(), err=True)
    sys.exit(1 if tally.counts["failed"] else 0)


class _progress:
    """A rich progress bar on stderr for long batches (stderr a terminal, or more than 20 inputs)."""

    def __init__(self, total: int):
        self.total, self.bar, self.task = total, None, None

    def __enter__(self):
        if sys.stderr.isatty() or self.total > 20:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self.bar = Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(),
                                TextColumn("{task.description}"), TimeElapsedColumn(),
                                console=Console(stderr=True), transient=sys.stderr.isatty())
            self.bar.start()
            self.task = self.bar.add_task("", total=self.total)
        return self

    def step(self, advance: int, tally) -> None:
        if self.bar is not None:
            c = tally.counts
            self.bar.update(self.task, advance=advance,
                            description=f"new {c['new']}, duplicate {c['duplicate']}, failed {c['failed']}")

    def say(self, message: str) -> None:
        if self.bar is not None:
            self.bar.console.print(message, markup=False, highlight=False, soft_wrap=True)
        else:
            click.echo(message, err=True)

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()


EVENT_COLUMNS = ["id", "date", "legs", "mediators", "agreement", "reports", "outlets", "sources"]


def _event_row(e: dict) -> dict:
    return {
        "id": e["id"],
        "date": e["date"] or "?",
        "legs": _legs_text(e["legs"]),
        "mediators": ", ".join(e["mediators"]),
        "agreement": e["agreement"] or "",
        "reports": str(len(e["reports"])),
        "outlets": str(len(e["outlets"])),
        "sources": ", ".join(e["sources"]),
    }


@main.command()
@click.option("--db", default="parley.db", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True)
@click.option("--party", help="only events with a leg from or to this party")
@click.option("--category", type=click.Choice(["prisoners", "bodies"]))
@click.option("--since", help="YYYY, YYYY-MM or YYYY-MM-DD (inclusive; drops undated events)")
@click.option("--until", help="YYYY, YYYY-MM or YYYY-MM-DD (inclusive; drops undated events)")
@click.option("--disputed", is_flag=True, default=None, help="only events whose figures disagree")
def events(db, fmt, **filters):
    """List the ledger's events, one row each."""
    if not pathlib.Path(db).exists():
        raise click.ClickException(f"{db}: no such ledger (run `parley ingest` first)")
    with Ledger(db) as ledger:
        try:
            evs = ledger.events(**filters)
        except ValueError as exc:
            raise click.ClickException(str(exc)) from exc
    if fmt == "json":
        click.echo(json.dumps(evs, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=EVENT_COLUMNS)
        w.writeheader()
        for e in evs:
            w.writerow(safe_row(_event_row(e)))
        click.echo(buf.getvalue(), nl=False)
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(title=f"{len(evs)} events in {db}")
        widths = {"legs": 34, "mediators": 14, "agreement": 10, "sources": 24}
        for col in EVENT_COLUMNS:
            table.add_column(col, overflow="fold", no_wrap=col in ("id", "date", "reports", "outlets"),
                             min_width=widths.get(col))
        for e in evs:
            table.add_row(*_event_row(e).values())
        Console(width=max(180, shutil.get_terminal_size().columns)).print(table)


@main.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--per-doc", is_flag=True, help="also list the documents that differ from gold")
@click.option("--by-prefix", is_flag=True, help="also print figures per id prefix (en, ru, …)")
def eval_cmd(gold_dir, per_doc, by_prefix):
    """Extract the reports beside the gold files and score them as score.py does."""
    from parley.evaluate import by_prefix as per_prefix
    from parley.evaluate import format_per_doc, format_scores, load_gold, score

    gold = load_gold(gold_dir)
    texts = sorted(pathlib.Path(gold_dir).glob("*.txt"))
    pairs = list(_Readings(texts))
    preds = {report.id: reading.to_record(with_evidence=False) for report, reading in pairs}
    # a gold id is the file stem, whatever id a header claims
    for (report, _), path in zip(pairs, texts, strict=False):
        preds.setdefault(path.stem, preds.get(report.id, {}))
    out, docs = score(gold, preds)
    if per_doc:
        text = format_per_doc(docs)
        if text:
            click.echo(text)
    click.echo(format_scores(out))
    if by_prefix:
        for prefix, res in per_prefix(gold, preds).items():
            cells = "  ".join(
                f"{k} P={res[k]['precision']:.2f} R={res[k]['recall']:.2f} F1={res[k]['f1']:.2f}"
                for k in ("legs", "events", "meetings"))
            click.echo(f"{prefix}: {cells}")


@main.command()
@click.argument("path")
def explain(path):
    """Show a report with every value that was read marked, and the rule that read it."""
    reports = [r for r in iter_reports([path]) if not isinstance(r, ReadError)]
    if not reports:
        raise click.ClickException(f"{path}: no readable report")
    for report in reports:
        reading = extract(report)
        click.echo(explain_text(report, reading))


def explain_text(report: Report, reading: Reading) -> str:
    """The report text with [n>value<] marks and a numbered list of what each mark produced."""
    spans = sorted(
        {(e.start, e.end, e.field, str(e.value), e.rule) for e in reading.evidence() if e.end > e.start},
        key=lambda s: (s[0], -s[1]),
    )
    text = report.text
    out, pos, notes = [], 0, []
    for n, (a, b, field, value, rule) in enumerate(spans, start=1):
        if a < pos:
            notes.append(f"  [{n}] {field} = {value}  ({rule}; overlaps an earlier mark)")
            continue
        out.append(text[pos:a])
        out.append(f"[{n}>{text[a:b]}<]")
        pos = b
        notes.append(f"  [{n}] {field} = {value}  ({rule})")
    out.append(text[pos:])
    record = json.dumps(reading.to_record(with_evidence=False), ensure_ascii=False, indent=1)
    return "".join(out) + "\n\n-- values read --\n" + "\n".join(notes) + "\n\n-- record --\n" + record


@main.command()
@click.option("--db", default="parley.db", show_default=True, help="ledger database file (opened read-only)")
@click.option("--host", default="127.0.0.1", show_default=True, help="address to bind; local only by default")
@click.option("--port", default=8000, show_default=True, type=int)
def serve(db, host, port):
    """Serve a read-only web dashboard and JSON API over the ledger."""
    if not pathlib.Path(db).is_file():
        raise click.ClickException(f"{db}: no such ledger (run `parley ingest` first)")
    import uvicorn

    from parley.serve import create_app

    try:
        app = create_app(db)
    except ValueError as exc:  # a ledger from an older parley: read-only serving cannot migrate it
        raise click.ClickException(str(exc)) from None
    uvicorn.run(app, host=host, port=port)


for _cmd in LEDGER_COMMANDS:  # the ledger's query, export and curation commands
    main.add_command(_cmd)


@main.command()
@click.argument("feeds_file", type=click.Path(exists=True, dir_okay=False))
@click.option("--every", default="5m", show_default=True, help="time between rounds: 30s, 5m, 1h")
@click.option("--db", default="parley.db", show_default=True, help="ledger database file")
@click.option("--once", is_flag=True, help="run a single round and stop")
@click.option("--delay", type=click.FloatRange(min=0),
              help="seconds between two requests to the same host  [default: 1]")
def watch(feeds_file, every, db, once, delay):
    """Poll the feeds in FEEDS_FILE (one URL a line), ingest new entries, print new or changed events."""
    from parley.watch import parse_every
    from parley.watch import watch as run_watch

    try:
        seconds = parse_every(every)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--every") from None
    sys.exit(run_watch(feeds_file, db, seconds, once=once, echo=click.echo,
                       say=lambda m: click.echo(m, err=True), delay=delay))


if __name__ == "__main__":
    main()
