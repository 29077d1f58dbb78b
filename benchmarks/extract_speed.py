"""Extraction speed over a directory of reports, as a ratio to a bare read-and-split baseline.

usage: python benchmarks/extract_speed.py [DIR] [--rounds N]

Both are timed in this one process on the same reports, so the ratio is comparable across
machines; the absolute reports/s figure is printed too.
"""

from __future__ import annotations

import pathlib
import sys
import time

from parley import extract, read
from parley.extract.text import split_sentences

HERE = pathlib.Path(__file__).resolve().parent
DEFAULT = HERE.parent.parent / "shared" / "corpus" / "dev"


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    rounds = int(argv[argv.index("--rounds") + 1]) if "--rounds" in argv else 5
    folder = pathlib.Path(args[0]) if args else DEFAULT
    if not folder.exists():
        folder = HERE.parent / "examples" / "reports"
    reports = read(folder)
    for r in reports:  # warm caches (language data, compiled patterns, detector)
        extract(r)

    def timed(fn) -> float:
        t0 = time.perf_counter()
        for _ in range(rounds):
            for r in reports:
                fn(r)
        return time.perf_counter() - t0

    base = timed(lambda r: split_sentences(r.text))
    full = timed(extract)
    n = len(reports) * rounds
    print(f"reports: {len(reports)} from {folder} x {rounds} rounds")
    print(f"baseline (read+split): {n / base:,.0f} reports/s")
    print(f"extract:               {n / full:,.0f} reports/s")
    print(f"ratio extract/baseline time: {full / base:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
