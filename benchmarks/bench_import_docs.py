"""Benchmark: how long ``import-docs`` takes to read KuCoin's page and fold it into the catalogue.

Run from the project root: ``python benchmarks/bench_import_docs.py``. It
prints figures (medians over several runs, in memory: nothing is written to
the catalogue); it asserts nothing.
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from codegen.importers.documents import read_document  # noqa: E402
from codegen.importers.merging import plan_import  # noqa: E402

RUNS = 7
PAGE = ROOT / "catalog" / "sources" / "kucoin-errors.txt"
REWORDED = ROOT / "tests" / "data" / "kucoin-errors-reworded.txt"
REWORDED_MARKDOWN = ROOT / "tests" / "data" / "kucoin-errors-reworded.md"


def median_ms(action: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1e3)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        empty = Path(scratch) / "empty" / "catalog"
        empty.mkdir(parents=True)
        curated = Path(shutil.copytree(ROOT / "catalog", Path(scratch) / "curated" / "catalog", ignore=shutil.ignore_patterns("sources")))
        rows = len(read_document(PAGE).rows)
        print(f"page: {rows} distinct rows")
        print(f"parse the text page:                         {median_ms(lambda: read_document(PAGE)):8.2f} ms")
        print(f"parse the Markdown page:                     {median_ms(lambda: read_document(REWORDED_MARKDOWN)):8.2f} ms")
        print(f"page over the curated catalogue (no change): {median_ms(lambda: plan_import(PAGE, curated)):8.2f} ms")
        print(f"reworded page over the curated catalogue:    {median_ms(lambda: plan_import(REWORDED, curated)):8.2f} ms  (3 files change; includes validating the result)")
        print(f"page into an empty catalogue:                {median_ms(lambda: plan_import(PAGE, empty)):8.2f} ms  (163 codes suggested; includes validating the result)")


if __name__ == "__main__":
    main()
