"""A read-only web dashboard and JSON API over the ledger (`parley serve`)."""

from parley.serve.app import create_app

__all__ = ["create_app"]
