"""Helpers shared by the per-language test modules: read one sentence, list its legs."""

import datetime as dt

import parley
from parley.model import Report


def rec(code: str, published: str, text: str) -> dict:
    """The record parley reads from `text`, a report in language `code` published that day."""
    report = Report(id=f"{code}-test", text=text, published=dt.date.fromisoformat(published), language=code)
    return parley.extract(report).to_record(with_evidence=False)


def legs(ex: dict) -> list[tuple]:
    return sorted((g["from"], g["to"], g["category"], g["count"]) for g in ex["legs"])
