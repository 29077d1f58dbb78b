"""The ledger's own commands (totals, flags, curation, export), registered on `parley`.

Kept apart from cli.py so the ledger's commands grow without crowding the reading ones;
each command only parses options, calls the library and prints.
"""

from __future__ import annotations

import getpass
import json
import os
import pathlib

import click

from parley.ledger import Ledger

COMMANDS: list[click.Command] = []  # added to the `parley` group by cli.py


def _command(*args, **kwargs):
    """Like `@group.command()`, for a module the CLI adds to its group."""
    def wrap(fn):
        cmd = click.command(*args, **kwargs)(fn)
        COMMANDS.append(cmd)
        return cmd
    return wrap


CATEGORIES = click.Choice(["prisoners", "bodies"])


def _open(db: str) -> Ledger:
    if not pathlib.Path(db).exists():
        raise click.ClickException(f"{db}: no such ledger (run `parley ingest` first)")
    return Ledger(db)


def _table(rows: list[dict], columns: list[str]) -> str:
    """A plain aligned text table (stable for tests and pipes, unlike a rich table)."""
    cells = [[str("" if r.get(c) is None else r.get(c)) for c in columns] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)) for row in cells]
    return "\n".join(line.rstrip() for line in lines)


@_command()
@click.option("--db", default="parley.db", show_default=True)
@click.option("--by", type=click.Choice(["month", "year"]), default="month", show_default=True)
@click.option("--party", help="only legs from or to this party")
@click.option("--category", type=CATEGORIES)
@click.option("--since", help="YYYY, YYYY-MM or YYYY-MM-DD (inclusive)")
@click.option("--until", help="YYYY, YYYY-MM or YYYY-MM-DD (inclusive)")
@click.option("--quoted", is_flag=True, help="instead: totals quoted in reports beside the ledger's sums")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def totals(db, by, party, category, since, until, quoted, fmt):
    """Sums per period, category and side: who handed over how many to whom."""
    with _open(db) as ledger:
        try:
            rows = ledger.quoted_totals() if quoted else ledger.sums(
                by, party=party, category=category, since=since, until=until)
        except ValueError as exc:
            raise click.ClickException(str(exc)) from exc
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    columns = (["quoted", "ledger", "status", "category", "to", "since", "until", "report"] if quoted
               else ["period", "category", "from", "to", "events", "count", "legs_without_figure"])
    click.echo(_table(rows, columns))


@_command()
@click.option("--db", default="parley.db", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def flags(db, fmt):
    """What to check: disputed figures, contradicted back-references, exceeded quoted totals."""
    with _open(db) as ledger:
        rows = ledger.flags()
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for f in rows:
        if f["kind"] == "disputed":
            click.echo(f"disputed  {f['event']}: {f['leg']} figures {f['figures']}, ledger {f['ledger']}")
        elif f["kind"] == "backref":
            click.echo(f"backref   {f['event']}: {f['report']} says the previous exchange was {f['says']}, "
                       f"the ledger holds {f['ledger_event']} ({f['ledger']})")
        else:
            click.echo(f"total     {f['report']}: quoted {f['quoted']} {f['category']} to {f['to']} "
                       f"({f['since'] or '…'} – {f['until'] or '…'}), ledger has {f['ledger']}")
    if not rows:
        click.echo("no flags")


def _who(by: str | None) -> str:
    return by or os.environ.get("USER") or getpass.getuser()


def _curating(db: str, action) -> None:
    """Run a curation call, turning a bad id or field into a one-line error."""
    with _open(db) as ledger:
        try:
            action(ledger)
        except ValueError as exc:
            raise click.ClickException(str(exc)) from exc


CURATOR = [
    click.option("--db", default="parley.db", show_default=True),
    click.option("--note", help="why (kept in the history)"),
    click.option("--by", help="who (default: $USER)"),
]


def curator_options(f):
    for option in reversed(CURATOR):
        f = option(f)
    return f


@_command()
@click.argument("event")
@click.option("--set", "changes", multiple=True, required=True, metavar="FIELD=VALUE",
              help="date, date_precision, known_from, operation, agreement, mediators, or FROM>TO.category")
@curator_options
def correct(event, changes, db, note, by):
    """Correct an event; the fix is kept apart and outlives re-ingestion."""
    pairs = {}
    for change in changes:
        field, sep, value = change.partition("=")
        if not sep:
            raise click.ClickException(f"--set {change!r}: expected FIELD=VALUE")
        pairs[field.strip()] = value.strip()
    _curating(db, lambda ledger: ledger.correct(event, pairs, _who(by), note))
    click.echo(f"{event}: set {', '.join(f'{k}={v}' for k, v in pairs.items())}")


@_command()
@click.argument("keep")
@click.argument("gone")
@curator_options
def merge(keep, gone, db, note, by):
    """Merge event GONE into event KEEP (they are one exchange)."""
    _curating(db, lambda ledger: ledger.merge(keep, gone, _who(by), note))
    click.echo(f"merged {gone} into {keep}")


@_command()
@click.argument("event")
@click.option("--report", required=True, help="url (or id) of the report to move out")
@curator_options
def split(event, report, db, note, by):
    """Move one report's mention of EVENT into an event of its own."""
    out = []
    _curating(db, lambda ledger: out.append(ledger.split(event, report, _who(by), note)))
    click.echo(f"split {report} from {event} into {out[0]}")


@_command()
@click.argument("event")
@click.option("--db", default="parley.db", show_default=True)
def history(event, db):
    """Who did what to an event, when and why."""
    with _open(db) as ledger:
        rows = ledger.history(event)
    if not rows:
        raise click.ClickException(f"{event}: no history (no such event?)")
    for h in rows:
        click.echo(f"{h['at']}  {h['by']}: {h['what']}" + (f" — {h['note']}" if h["note"] else ""))


@_command()
@click.option("--db", default="parley.db", show_default=True)
def rebuild(db):
    """Read every stored report again with the current extractor; corrections are kept."""
    from parley.extract import extract

    with _open(db) as ledger:
        ledger.rebuild(extract)
        counts = ledger.counts()
    click.echo(f"rebuilt: {counts['reports']} reports, {counts['events']} events")


@_command()
@click.option("--db", default="parley.db", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def operations(db, fmt):
    """Multi-day operations: their stages and the reports that give only the total."""
    with _open(db) as ledger:
        ops = ledger.operations()
    if fmt == "json":
        click.echo(json.dumps(ops, ensure_ascii=False, indent=2))
        return
    for op in ops:
        legs = "; ".join(f"{g['from']}→{g['to']} {g['count']} {g['category']}" for g in op["legs"])
        click.echo(f"{op['id']} ({op['first_date']} – {op['last_date']}): {legs or 'total unknown'}")
        for stage in op["stages"]:
            click.echo(f"  stage {stage}")
        for url in op["total_only_reports"]:
            click.echo(f"  total only: {url}")


@_command("export")
@click.option("--db", default="parley.db", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["csv", "json", "wikitext", "sqlite"]), default="csv",
              show_default=True)
@click.option("--out", type=click.Path(dir_okay=False), help="file to write (default: standard output)")
@click.option("--party", help="only legs from or to this party")
@click.option("--category", type=CATEGORIES)
@click.option("--since", help="YYYY, YYYY-MM or YYYY-MM-DD (inclusive)")
@click.option("--until", help="YYYY, YYYY-MM or YYYY-MM-DD (inclusive)")
@click.option("--disputed", is_flag=True, default=None, help="only events whose figures disagree")
def export_cmd(db, fmt, out, **filters):
    """Export the ledger: CSV (a row per leg), JSON, a wikitext table, or an SQLite copy for Datasette."""
    if fmt == "sqlite" and not out:
        raise click.ClickException("--format sqlite needs --out FILE")
    with _open(db) as ledger:
        try:
            text = ledger.export(fmt, out, **filters)
        except ValueError as exc:
            raise click.ClickException(str(exc)) from exc
    if text is None:
        click.echo(f"wrote {out}")
    elif out:
        pathlib.Path(out).write_text(text, encoding="utf-8")
        click.echo(f"wrote {out}")
    else:
        click.echo(text, nl=False)
