"""Corrections (filled in below)."""

from __future__ import annotations


def apply_all(ledger) -> None:
    """Re-apply every stored correction."""


def overlay(ledger, record: dict) -> dict:
    return record
