"""Benchmark: generator run time, import time and lookup cost of the generated bindings.

Run from the project root after ``npm ci``: ``python benchmarks/bench_bindings.py``.
It prints figures; it asserts nothing. Import times are medians over fresh
interpreter (or Node) processes; lookups are timed in a loop after import.
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from codegen.catalog import load_catalog  # noqa: E402
from codegen.rendering import render_all  # noqa: E402

RUNS = 15
LOOKUPS = 200_000

PYTHON_IMPORT = """
import sys, time
sys.path.insert(0, sys.argv[1])
start = time.perf_counter()
import kucoin_errors
print((time.perf_counter() - start) * 1e3)
"""

PYTHON_MARGINAL = """
import sys, time
sys.path.insert(0, sys.argv[1])
import dataclasses, enum, typing, types
start = time.perf_counter()
import kucoin_errors
print((time.perf_counter() - start) * 1e3)
"""

PYTHON_BASELINE = """
import time
start = time.perf_counter()
import dataclasses, enum, typing, types
print((time.perf_counter() - start) * 1e3)
"""

PYTHON_LOOKUP = """
import sys, time
sys.path.insert(0, sys.argv[1])
from kucoin_errors import lookup, SpotErrorCode
n = int(sys.argv[2])
codes = ["200004", 200004, "400100", 999999, "nope"]
start = time.perf_counter()
for i in range(n):
    lookup("spot", codes[i % 5])
lookup_ns = (time.perf_counter() - start) / n * 1e9
start = time.perf_counter()
for i in range(n):
    SpotErrorCode(200004)
enum_ns = (time.perf_counter() - start) / n * 1e9
print(lookup_ns, enum_ns)
"""

NODE_IMPORT = """
const start = process.hrtime.bigint();
require(process.argv[1]);
console.log(Number(process.hrtime.bigint() - start) / 1e6);
"""

NODE_LOOKUP = """
const k = require(process.argv[1]);
const n = Number(process.argv[2]);
const codes = ["200004", 200004, "400100", 999999, "nope"];
let found = 0;
const start = process.hrtime.bigint();
for (let i = 0; i < n; i++) if (k.lookupError("spot", codes[i % 5]) !== undefined) found++;
console.log(Number(process.hrtime.bigint() - start) / n, found);
"""


def median_of(command: list[str]) -> float:
    values = [float(subprocess.run(command, capture_output=True, text=True, check=True).stdout.split()[0]) for _ in range(RUNS)]
    return statistics.median(values)


def main() -> None:
    start = time.perf_counter()
    loaded = load_catalog(ROOT / "catalog")
    loaded_at = time.perf_counter()
    files = render_all(loaded)
    rendered_at = time.perf_counter()
    entries = sum(len(domain.errors) for domain in loaded.catalog.domains)
    variants = sum(len(entry.variants) for domain in loaded.catalog.domains for entry in domain.errors)
    print(f"catalogue: {entries} codes, {variants} messages in {len(loaded.catalog.domains)} domains")
    print(f"generator: load+validate {1e3 * (loaded_at - start):.1f} ms, render {1e3 * (rendered_at - loaded_at):.1f} ms (in process, first run)")
    for name, text in files.items():
        print(f"  {name}: {len(text.encode()):,} bytes")

    scratch = Path(tempfile.mkdtemp(prefix="bench-"))
    shutil.copytree(ROOT / "generated" / "python", scratch / "python")  # keeps __pycache__ out of generated/
    package = str(scratch / "python")
    python = [sys.executable, "-I", "-S", "-c"]
    print(f"python import (median of {RUNS} fresh -I -S processes):")
    print(f"  kucoin_errors: {median_of([*python, PYTHON_IMPORT, package]):.2f} ms")
    print(f"  of which the standard library (dataclasses, enum, typing, types alone): {median_of([*python, PYTHON_BASELINE]):.2f} ms")
    print(f"  kucoin_errors once those are loaded, as in most applications: {median_of([*python, PYTHON_MARGINAL, package]):.2f} ms")
    lookup_ns, enum_ns = (float(x) for x in subprocess.run([*python, PYTHON_LOOKUP, package, str(LOOKUPS)], capture_output=True, text=True, check=True).stdout.split())
    print(f"python lookup('spot', code): {lookup_ns:.0f} ns per call (mixed hits and misses); SpotErrorCode(200004): {enum_ns:.0f} ns")

    with tempfile.TemporaryDirectory() as temporary:
        out = Path(temporary)
        config = out / "tsconfig.json"
        config.write_text(json.dumps({
            "extends": str(ROOT / "tests" / "typescript" / "tsconfig.json"),
            "compilerOptions": {"module": "commonjs", "moduleResolution": "node10", "outDir": str(out)},
            "files": [str(ROOT / "generated" / "typescript" / "kucoin-errors.ts")],
        }))
        compile_start = time.perf_counter()
        subprocess.run([str(ROOT / "node_modules" / ".bin" / "tsc"), "-p", str(config)], check=True)
        print(f"tsc --strict compile of kucoin-errors.ts: {1e3 * (time.perf_counter() - compile_start):.0f} ms")
        module = str(out / "kucoin-errors.js")
        print(f"node require (median of {RUNS} processes): {median_of(['node', '-e', NODE_IMPORT, module]):.2f} ms")
        node_ns = float(subprocess.run(["node", "-e", NODE_LOOKUP, module, str(LOOKUPS)], capture_output=True, text=True, check=True).stdout.split()[0])
        print(f"node lookupError('spot', code): {node_ns:.0f} ns per call (mixed hits and misses)")
    shutil.rmtree(scratch)


if __name__ == "__main__":
    main()
