"""Extraction: Report → Reading. Never touches the database."""

from parley.extract.pipeline import extract

__all__ = ["extract"]
