"""The ledger's own commands (totals, flags, curation, export), registered on `parley`.

Kept apart from cli.py so the ledger's commands grow without crowding the reading ones;
each command only parses options, calls the library and prints.
"""

from __future__ import annotations

import json
import pathlib

import click

from parley.cli import main
from parley.ledger import Ledger

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


@main.command()
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


@main.command()
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
