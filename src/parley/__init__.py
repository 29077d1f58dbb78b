"""parley: news reports about wartime exchanges → a sourced, deduplicated ledger.

The Python API mirrors the pipeline: `read` (sources) → `extract` → `Ledger`.
"""

from parley.extract import extract
from parley.ledger import Ledger
from parley.model import Evidence, Exchange, Leg, Meeting, Reading, Report
from parley.sources import ReadError, iter_reports, read

__version__ = "0.1.0"
__all__ = [
    "Evidence", "Exchange", "Leg", "Ledger", "Meeting", "ReadError", "Reading", "Report",
    "extract", "iter_reports", "read",
]
