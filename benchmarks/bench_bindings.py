"""Benchmark: generator run time, import time, lookup and response parsing cost of the generated bindings.

Run from the project root after ``npm ci``: ``python benchmarks/bench_bindings.py``.
Response parsing is timed on a mix of failures as text without headers, and as
bytes with the headers KuCoin sends, followed by the retry delay.
It prints figures and writes them to ``benchmarks/results/bindings.json``; it
asserts nothing. Import times are medians over fresh interpreter (or Node)
processes, in wall and CPU (process) time, with the spread (lowest, highest);
Python's lookups and parsing are timed in loops after import, in CPU time (a shared
machine's other processes disturb it less than wall time), the median of three runs.

``--python-only`` leaves out Node and tsc. ``--baseline DIR`` also measures the
Python package in ``DIR`` (a folder holding another version's ``kucoin_errors``),
each import run alternating with one of this version's, so that both see the
same load. ``--entries N`` measures the Python import at N synthetic entries
(``bench_generate.write_catalogue``) instead of the real catalogue; its figures
are named ``entries_N_python_...``; with ``--baseline``, the same package with
the baseline's static runtime modules is measured alongside
(``entries_N_baseline_python_...``). The parsing loop is followed by a
reference loop of fixed work (``json.loads`` of one body, in the same loop):
the ratio of the two (``python_parse_per_reference``) depends less on the
machine's load than either time.
"""

from __future__ import annotations

import argparse
import json
import platform
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

RESULTS = ROOT / "benchmarks" / "results" / "bindings.json"
RUNS = 15
LOOKUPS = 200_000
PARSES = 50_000

PYTHON_IMPORT = """
import sys, time
sys.path.insert(0, sys.argv[1])
start, cpu = time.perf_counter(), time.process_time()
import kucoin_errors
print((time.perf_counter() - start) * 1e3, (time.process_time() - cpu) * 1e3)
"""

# What a first use costs after the import: the enum and entries of one domain, then the JSON reader and what
# classifying a response of one code takes (200004, or in a synthetic catalogue the lowest spot code with a
# template), then a batch item without a code (its text is looked up among the domain's texts and templates).
PYTHON_FIRST_USE = """
import sys, time
sys.path.insert(0, sys.argv[1])
import kucoin_errors
from kucoin_errors._data import TEMPLATE_PATTERNS
code = int(sys.argv[2]) if sys.argv[2] else min(TEMPLATE_PATTERNS["spot"])
start = time.process_time()
kucoin_errors.lookup("spot", code)
looked_up = time.process_time()
kucoin_errors.parse_response(400, '{"code":"%d","msg":"Balance insufficient"}' % code, domain="spot")
parsed = time.process_time()
kucoin_errors.batch_failures({"data": [{"success": False, "msg": "Nothing the catalogue says"}]}, domain="spot")
print((looked_up - start) * 1e3, (parsed - looked_up) * 1e3, (time.process_time() - parsed) * 1e3)
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

# The loops run in a function, as a caller's code does: at module level every name they use is a dictionary read.
PYTHON_LOOKUP = """
import sys, time
sys.path.insert(0, sys.argv[1])
from kucoin_errors import lookup, SpotErrorCode
def main():
    n = int(sys.argv[2])
    codes = ["200004", 200004, "400100", 999999, "nope"]
    start = time.process_time()
    for i in range(n):
        lookup("spot", codes[i % 5])
    lookup_ns = (time.process_time() - start) / n * 1e9
    start = time.process_time()
    for i in range(n):
        SpotErrorCode(200004)
    enum_ns = (time.process_time() - start) / n * 1e9
    # The loop alone, without the call: what the figures above include besides it.
    start = time.process_time()
    for i in range(n):
        codes[i % 5]
    loop_ns = (time.process_time() - start) / n * 1e9
    print(lookup_ns, enum_ns, loop_ns)
main()
"""

# Representative failures: exact message, filled-in template, known code with a new message, unknown code, HTML.
RESPONSES = [
    ["spot", 200, '{"code":"200004","msg":"Balance insufficient"}'],
    ["margin", 400, '{"code":"130203","msg":"The maximum borrowing amount has been exceeded. Your remaining available borrowing: 1.5BTC"}'],
    ["futures", 400, '{"code":"300001","msg":"Active order quantity limit exceeded (limit: 200, current: 200)"}'],
    ["spot", 401, '{"code":"400003","msg":"KC-API-KEY does not exist"}'],
    ["spot", 400, '{"code":"999999","msg":"Brand new failure"}'],
    ["futures", 429, "<html><body>error code: 1015 You are being rate limited</body></html>"],
]

# Headers as KuCoin sends them with every response.
HEADERS = {
    "Date": "Tue, 25 Nov 2025 19:17:00 GMT",
    "Content-Type": "application/json",
    "Content-Length": "58",
    "Connection": "keep-alive",
    "gw-ratelimit-limit": "2000",
    "gw-ratelimit-remaining": "1990",
    "gw-ratelimit-reset": "29123",
    "Strict-Transport-Security": "max-age=9800; includeSubDomains",
    "X-Cache": "MISS",
    "Server": "cloudflare",
}

PYTHON_PARSE = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from kucoin_errors import parse_response, classify, retry_after
def main():
    responses = json.loads(sys.argv[2])
    headers = json.loads(sys.argv[4])
    n = int(sys.argv[3])
    start = time.process_time()
    for i in range(n):
        domain, status, body = responses[i % len(responses)]
        parse_response(status, body, domain=domain)
    parse_us = (time.process_time() - start) / n * 1e6
    # The reference: the same loop reading the first body with the standard library's JSON reader, a fixed amount of work.
    reference = json.loads
    start = time.process_time()
    for i in range(n):
        domain, status, body = responses[0]
        reference(body)
    reference_us = (time.process_time() - start) / n * 1e6
    encoded = [(domain, status, body.encode()) for domain, status, body in responses]
    start = time.process_time()
    for i in range(n):
        domain, status, body = encoded[i % len(encoded)]
        info = parse_response(status, body, headers, domain=domain)
        if info is not None:
            retry_after(info)
    bytes_us = (time.process_time() - start) / n * 1e6
    start = time.process_time()
    for i in range(n):
        classify("margin", 130203, "The maximum borrowing amount has been exceeded. Your remaining available borrowing: 1.5BTC")
    classify_us = (time.process_time() - start) / n * 1e6
    print(parse_us, bytes_us, classify_us, reference_us)
main()
"""

# Large pages that are not Cloudflare's 1015 page, where a backtracking detector would be quadratic:
# "<html>" + piece * count + "</html>", built by each benchmark script (too large for a command line).
LARGE_PAGES = [["rate limit ", 32_000], ["1015 ", 70_000]]

PYTHON_LARGE = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from kucoin_errors import parse_response
times = []
for piece, count in json.loads(sys.argv[2]):
    body = "<html>" + piece * count + "</html>"
    start = time.perf_counter()
    parse_response(502, body, domain="spot")
    times.append((time.perf_counter() - start) * 1e3)
print(*times)
"""

NODE_LARGE = """
const k = require(process.argv[1]);
const times = JSON.parse(process.argv[2]).map(([piece, count]) => {
  const body = "<html>" + piece.repeat(count) + "</html>";
  const start = process.hrtime.bigint();
  k.parseKucoinResponse("spot", 502, body);
  return Number(process.hrtime.bigint() - start) / 1e6;
});
console.log(times.join(" "));
"""

NODE_PARSE = """
const k = require(process.argv[1]);
const responses = JSON.parse(process.argv[2]);
const n = Number(process.argv[3]);
const headers = new Headers(JSON.parse(process.argv[4]));
let start = process.hrtime.bigint();
for (let i = 0; i < n; i++) { const [d, s, b] = responses[i % responses.length]; k.parseKucoinResponse(d, s, b); }
const parseUs = Number(process.hrtime.bigint() - start) / n / 1e3;
const encoded = responses.map(([d, s, b]) => [d, s, new TextEncoder().encode(b)]);
start = process.hrtime.bigint();
for (let i = 0; i < n; i++) {
  const [d, s, b] = encoded[i % encoded.length];
  const result = k.parseKucoinResponse(d, s, b, headers);
  if (!result.ok) k.retryAfterMs(result.error);
}
const bytesUs = Number(process.hrtime.bigint() - start) / n / 1e3;
start = process.hrtime.bigint();
for (let i = 0; i < n; i++) k.classifyMessage("margin", 130203, "The maximum borrowing amount has been exceeded. Your remaining available borrowing: 1.5BTC");
console.log(parseUs, bytesUs, Number(process.hrtime.bigint() - start) / n / 1e3);
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


def _large(milliseconds: list[str]) -> str:
    return ", ".join(f"{(len(piece) * count + 13) // 1000} KB: {float(ms):.1f} ms" for (piece, count), ms in zip(LARGE_PAGES, milliseconds, strict=True))


def _figures(command: list[str]) -> list[float]:
    return [float(x) for x in subprocess.run(command, capture_output=True, text=True, check=True).stdout.split()]


def median_of(command: list[str]) -> float:
    values = [_figures(command)[0] for _ in range(RUNS)]
    return statistics.median(values)


def interleaved(commands: dict[str, list[str]]) -> dict[str, list[list[float]]]:
    """RUNS runs of each command, one of each in turn: the figures each run printed, by command."""
    runs: dict[str, list[list[float]]] = {name: [] for name in commands}
    for _ in range(RUNS):
        for name, command in commands.items():
            runs[name].append(_figures(command))
    return runs


def _spread(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} ms [{min(values):.2f}-{max(values):.2f}]"


def python_import(packages: dict[str, str], figures: dict[str, float], first_code: str = "200004") -> None:
    """Import time (wall and CPU) and first-use cost of each package folder, interleaved; medians into ``figures``.

    ``first_code`` is the spot code of the first lookup and parse; "" for the lowest spot code with a template.
    """
    python = [sys.executable, "-I", "-S", "-c"]
    print(f"python import (median [lowest-highest] of {RUNS} fresh -I -S processes each, interleaved):")
    imports = interleaved({name: [*python, PYTHON_IMPORT, folder] for name, folder in packages.items()})
    first_uses = interleaved({name: [*python, PYTHON_FIRST_USE, folder, first_code] for name, folder in packages.items()})
    for name in packages:
        prefix = "python" if name == "current" else f"{name}_python"
        wall, cpu = [run[0] for run in imports[name]], [run[1] for run in imports[name]]
        lookup, parse, codeless = ([run[index] for run in first_uses[name]] for index in range(3))
        figures[f"{prefix}_import_ms"], figures[f"{prefix}_import_cpu_ms"] = statistics.median(wall), statistics.median(cpu)
        figures[f"{prefix}_import_cpu_min_ms"], figures[f"{prefix}_import_cpu_max_ms"] = min(cpu), max(cpu)
        figures[f"{prefix}_first_lookup_cpu_ms"], figures[f"{prefix}_first_parse_cpu_ms"] = statistics.median(lookup), statistics.median(parse)
        figures[f"{prefix}_first_codeless_cpu_ms"] = statistics.median(codeless)
        print(f"  {name}: import {_spread(wall)} wall, {_spread(cpu)} CPU;"
              f" then first lookup of a spot code {_spread(lookup)} CPU, first parse {_spread(parse)} CPU,"
              f" first batch item without a code {_spread(codeless)} CPU")


def synthetic_package(entries: int, scratch: Path) -> str:
    """The folder of the Python package generated from a synthetic catalogue of ``entries`` entries."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_generate import write_catalogue  # noqa: PLC0415 - only this mode needs it

    from codegen.target import registered_targets  # noqa: PLC0415

    write_catalogue(scratch / "catalog", entries)
    loaded = load_catalog(scratch / "catalog")
    python_target = [target for target in registered_targets() if target.name == "python"]
    for path, text in render_all(loaded, python_target).items():
        (scratch / "out" / path).parent.mkdir(parents=True, exist_ok=True)
        (scratch / "out" / path).write_text(text, encoding="utf-8")
    return str(scratch / "out" / "python")


#: The runtime's static modules, copied verbatim into the package (``_types.py`` is not: the catalogue's aliases follow it).
STATIC_RUNTIME = ("_runtime.py", "_model.py", "_enums.py", "_glue.py")


def with_runtime_of(folder: str, baseline: Path, scratch: Path) -> str:
    """A copy of the package in ``folder`` with the static runtime modules of the package in ``baseline``: its data, another runtime.

    Meaningful only between versions whose generated modules have the same shape.
    """
    shutil.copytree(Path(folder) / "kucoin_errors", scratch / "kucoin_errors")
    for name in STATIC_RUNTIME:
        shutil.copy(baseline / "kucoin_errors" / name, scratch / "kucoin_errors" / name)
    return str(scratch)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python-only", action="store_true", help="leave out Node and tsc")
    parser.add_argument("--baseline", type=Path, help="a folder holding another version's kucoin_errors, measured alongside")
    parser.add_argument("--entries", type=int, help="measure the Python import at this many synthetic entries")
    arguments = parser.parse_args()
    figures: dict[str, float] = {}
    if arguments.entries is not None:
        with tempfile.TemporaryDirectory() as temporary:
            print(f"synthetic catalogue of {arguments.entries:,} entries")
            folder = synthetic_package(arguments.entries, Path(temporary))
            packages = {f"entries_{arguments.entries}": folder}
            if arguments.baseline is not None:
                packages[f"entries_{arguments.entries}_baseline"] = with_runtime_of(folder, arguments.baseline, Path(temporary) / "baseline")
            python_import(packages, figures, first_code="")
        _write_results(None, figures)
        return
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
    packages = {"current": package}
    if arguments.baseline is not None:
        shutil.copytree(arguments.baseline, scratch / "baseline")
        packages["baseline"] = str(scratch / "baseline")
    python_import(packages, figures)
    figures["python_stdlib_import_ms"] = median_of([*python, PYTHON_BASELINE])
    figures["python_import_after_stdlib_ms"] = median_of([*python, PYTHON_MARGINAL, package])
    print(f"  the standard library modules most applications load (dataclasses, enum, typing, types) alone: {figures['python_stdlib_import_ms']:.2f} ms")
    print(f"  kucoin_errors once those are loaded: {figures['python_import_after_stdlib_ms']:.2f} ms")
    # The loops, of each package in turn, three times: the median of each figure.
    loops = {
        name: {"lookup": [*python, PYTHON_LOOKUP, folder, str(LOOKUPS)], "parse": [*python, PYTHON_PARSE, folder, json.dumps(RESPONSES), str(PARSES), json.dumps(HEADERS)]}
        for name, folder in packages.items()
    }
    loop_runs: dict[str, dict[str, list[list[float]]]] = {name: {"lookup": [], "parse": []} for name in packages}
    for _ in range(3):
        for name, commands in loops.items():
            for kind, command in commands.items():
                loop_runs[name][kind].append(_figures(command))
    for name, runs in loop_runs.items():
        prefix = "python" if name == "current" else f"{name}_python"
        lookup_ns, enum_ns, loop_ns = (statistics.median(values) for values in zip(*runs["lookup"], strict=True))
        parse_us, bytes_us, classify_us, reference_us = (statistics.median(values) for values in zip(*runs["parse"], strict=True))
        figures[f"{prefix}_lookup_ns"], figures[f"{prefix}_enum_call_ns"], figures[f"{prefix}_lookup_loop_ns"] = lookup_ns, enum_ns, loop_ns
        figures[f"{prefix}_parse_us"], figures[f"{prefix}_parse_bytes_headers_us"], figures[f"{prefix}_classify_template_us"] = parse_us, bytes_us, classify_us
        # The same run's reference loop, a fixed amount of work: the ratio tells versions apart whatever the load.
        figures[f"{prefix}_reference_us"], figures[f"{prefix}_parse_per_reference"] = reference_us, parse_us / reference_us
        print(f"{name}: python lookup('spot', code): {lookup_ns:.0f} ns per call (mixed hits and misses); SpotErrorCode(200004): {enum_ns:.0f} ns;"
              f" the loop alone: {loop_ns:.0f} ns")
        print(f"{name}: python parse_response: {parse_us:.2f} us per response (mix of {len(RESPONSES)} failures, str bodies, no headers),"
              f" {parse_us / reference_us:.2f}x the reference loop's {reference_us:.2f} us (json.loads of the first body);"
              f" bytes bodies with {len(HEADERS)} headers, plus retry_after: {bytes_us:.2f} us; classify of a template: {classify_us:.2f} us")
    large_ms = subprocess.run([*python, PYTHON_LARGE, package, json.dumps(LARGE_PAGES)], capture_output=True, text=True, check=True).stdout.split()
    print(f"python parse_response of large non-JSON pages: {_large(large_ms)}")
    if arguments.python_only:
        shutil.rmtree(scratch)
        _write_results(entries, figures)
        return

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
        figures["tsc_compile_ms"] = 1e3 * (time.perf_counter() - compile_start)
        print(f"tsc --strict compile of kucoin-errors.ts: {figures['tsc_compile_ms']:.0f} ms")
        module = str(out / "kucoin-errors.js")
        figures["node_require_ms"] = median_of(["node", "-e", NODE_IMPORT, module])
        print(f"node require (median of {RUNS} processes): {figures['node_require_ms']:.2f} ms")
        node_ns = float(subprocess.run(["node", "-e", NODE_LOOKUP, module, str(LOOKUPS)], capture_output=True, text=True, check=True).stdout.split()[0])
        figures["node_lookup_ns"] = node_ns
        print(f"node lookupError('spot', code): {node_ns:.0f} ns per call (mixed hits and misses)")
        parse_us, bytes_us, classify_us = (float(x) for x in subprocess.run(["node", "-e", NODE_PARSE, module, json.dumps(RESPONSES), str(PARSES), json.dumps(HEADERS)], capture_output=True, text=True, check=True).stdout.split())
        figures["node_parse_us"], figures["node_parse_bytes_headers_us"], figures["node_classify_template_us"] = parse_us, bytes_us, classify_us
        print(f"node parseKucoinResponse: {parse_us:.2f} us per response (same mix, string bodies, no headers);"
              f" Uint8Array bodies with a Headers object, plus retryAfterMs: {bytes_us:.2f} us; classifyMessage of a template: {classify_us:.2f} us")
        large_ms = subprocess.run(["node", "-e", NODE_LARGE, module, json.dumps(LARGE_PAGES)], capture_output=True, text=True, check=True).stdout.split()
        print(f"node parseKucoinResponse of large non-JSON pages: {_large(large_ms)}")
    shutil.rmtree(scratch)
    _write_results(entries, figures)


def _write_results(entries: int | None, figures: dict[str, float]) -> None:
    """Write ``figures`` into the results file, keeping the figures of the last run that this one did not measure (Node's, with --python-only).

    ``entries`` is the real catalogue's size, None to keep the one recorded (a synthetic catalogue's figures are named after their size).
    """
    kept = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {"entries": None, "figures": {}}
    results = {"python": platform.python_version(), "entries": kept["entries"] if entries is None else entries, "runs": RUNS, "figures": {**kept["figures"], **figures}}
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
