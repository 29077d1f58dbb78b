"""Multi-day operations (filled in below)."""

from __future__ import annotations


def refresh(ledger) -> None:
    """Group the stages of multi-day deals into operations."""
