"""Benchmark: generator run time, import time, lookup and response parsing cost of the generated bindings.

Run from the project root after ``npm ci``: ``python benchmarks/bench_bindings.py``.
Response parsing is timed on a mix of failures as text without headers, and as
bytes with the headers KuCoin sends, followed by the retry delay.
It prints figures and writes them to ``benchmarks/results/bindings.json``; it
asserts nothing. Import times are medians over fresh interpreter (or Node)
processes; lookups are timed in a loop after import.
"""

from __future__ import annotations

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
responses = json.loads(sys.argv[2])
headers = json.loads(sys.argv[4])
n = int(sys.argv[3])
start = time.perf_counter()
for i in range(n):
    domain, status, body = responses[i % len(responses)]
    parse_response(status, body, domain=domain)
parse_us = (time.perf_counter() - start) / n * 1e6
encoded = [(domain, status, body.encode()) for domain, status, body in responses]
start = time.perf_counter()
for i in range(n):
    domain, status, body = encoded[i % len(encoded)]
    info = parse_response(status, body, headers, domain=domain)
    if info is not None:
        retry_after(info)
bytes_us = (time.perf_counter() - start) / n * 1e6
start = time.perf_counter()
for i in range(n):
    classify("margin", 130203, "The maximum borrowing amount has been exceeded. Your remaining available borrowing: 1.5BTC")
classify_us = (time.perf_counter() - start) / n * 1e6
print(parse_us, bytes_us, classify_us)
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
    figures: dict[str, float] = {}
    print(f"catalogue: {entries} codes, {variants} messages in {len(loaded.catalog.domains)} domains")
    print(f"generator: load+validate {1e3 * (loaded_at - start):.1f} ms, render {1e3 * (rendered_at - loaded_at):.1f} ms (in process, first run)")
    for name, text in files.items():
        print(f"  {name}: {len(text.encode()):,} bytes")

    scratch = Path(tempfile.mkdtemp(prefix="bench-"))
    shutil.copytree(ROOT / "generated" / "python", scratch / "python")  # keeps __pycache__ out of generated/
    package = str(scratch / "python")
    python = [sys.executable, "-I", "-S", "-c"]
    print(f"python import (median of {RUNS} fresh -I -S processes):")
    figures["python_import_ms"] = median_of([*python, PYTHON_IMPORT, package])
    figures["python_stdlib_import_ms"] = median_of([*python, PYTHON_BASELINE])
    figures["python_import_after_stdlib_ms"] = median_of([*python, PYTHON_MARGINAL, package])
    print(f"  kucoin_errors: {figures['python_import_ms']:.2f} ms")
    print(f"  of which the standard library (dataclasses, enum, typing, types alone): {figures['python_stdlib_import_ms']:.2f} ms")
    print(f"  kucoin_errors once those are loaded, as in most applications: {figures['python_import_after_stdlib_ms']:.2f} ms")
    lookup_ns, enum_ns = (float(x) for x in subprocess.run([*python, PYTHON_LOOKUP, package, str(LOOKUPS)], capture_output=True, text=True, check=True).stdout.split())
    figures["python_lookup_ns"], figures["python_enum_call_ns"] = lookup_ns, enum_ns
    print(f"python lookup('spot', code): {lookup_ns:.0f} ns per call (mixed hits and misses); SpotErrorCode(200004): {enum_ns:.0f} ns")
    parse_us, bytes_us, classify_us = (float(x) for x in subprocess.run([*python, PYTHON_PARSE, package, json.dumps(RESPONSES), str(PARSES), json.dumps(HEADERS)], capture_output=True, text=True, check=True).stdout.split())
    figures["python_parse_us"], figures["python_parse_bytes_headers_us"], figures["python_classify_template_us"] = parse_us, bytes_us, classify_us
    print(f"python parse_response: {parse_us:.2f} us per response (mix of {len(RESPONSES)} failures, str bodies, no headers);"
          f" bytes bodies with {len(HEADERS)} headers, plus retry_after: {bytes_us:.2f} us; classify of a template: {classify_us:.2f} us")
    large_ms = subprocess.run([*python, PYTHON_LARGE, package, json.dumps(LARGE_PAGES)], capture_output=True, text=True, check=True).stdout.split()
    print(f"python parse_response of large non-JSON pages: {_large(large_ms)}")

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
    RESULTS.write_text(json.dumps({"python": platform.python_version(), "entries": entries, "runs": RUNS, "figures": figures}, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
