"""The ledger: stores readings in SQLite and merges mentions into events."""

from parley.ledger.store import Ledger

__all__ = ["Ledger"]
