"""Benchmark: the generated TypeScript module at the real catalogue, 10,000 and 100,000 entries.

Run from the project root after ``npm ci``:
``python benchmarks/bench_typescript.py [--sizes 10000 100000] [--runs N] [--label after]``.
For an empty file, the real catalogue's module and the modules of synthetic
catalogues (those of ``bench_generate.py``, rendered with ``--target
typescript``), it measures in fresh processes:

- ``tsc`` with the strict settings of ``tests/typescript/tsconfig.json``
  (``--noEmit``): wall and CPU seconds, peak memory, exit status and the
  TypeScript error codes it printed (TS2590 is "Expression produces a union
  type that is too complex to represent");
- esbuild bundles (ES module, minified) of an entry that imports one domain's
  helpers, and of one that imports ``isSuccessCode`` alone: their size, and
  how many catalogue entries of each domain they carry (``domain:"spot"``
  occurrences in the minified output);
- where ``tsc``'s time goes, in a fresh Node process through the TypeScript
  API with tsc's own JSDoc parsing mode and the same settings: CPU
  milliseconds of creating the program (reading and parsing), binding
  (``getGlobalDiagnostics``, which binds every file), checking the libraries,
  checking the module, and its declaration diagnostics (``declaration: true``
  makes tsc build the module's declarations to report their errors); then the
  check and declarations of a copy of the module in the same process, whose
  cost is the compiler's work once its code is warm (the difference is the
  JIT's warm-up). The empty file and the module use the same configuration,
  libraries included, so the ratio compares like with like;
- Node: ``require`` of the module (transpiled by esbuild), and
  ``parseKucoinResponse`` of a mix of failures, classification of a template
  message, and a response whose message is 1 MB.

It prints a table, and merges its figures under ``--label`` into
``benchmarks/results/typescript.json``; it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_bindings import HEADERS, RESPONSES  # noqa: E402
from bench_generate import write_catalogue  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "typescript.json"
MODULE = "kucoin-errors"
TSC = ROOT / "node_modules" / ".bin" / "tsc"
ESBUILD = ROOT / "node_modules" / ".bin" / "esbuild"
PARSES = 50_000
ENVIRONMENT = {name: value for name, value in os.environ.items() if name != "CODEGEN_CACHE"}

NODE_REQUIRE = """
const start = process.hrtime.bigint();
require(process.argv[1]);
console.log(Number(process.hrtime.bigint() - start) / 1e6);
"""

# Per response, in wall and in CPU time (the process's user time: on a shared machine the wall time
# counts the other processes too): the mix of failures as strings without headers, as bytes with
# KuCoin's headers plus retryAfterMs, and the classification of a template message.
NODE_PARSE = """
const k = require(process.argv[1]);
const responses = JSON.parse(process.argv[2]);
const n = Number(process.argv[3]);
const headers = new Headers(JSON.parse(process.argv[4]));
const encoded = responses.map(([d, s, b]) => [d, s, new TextEncoder().encode(b)]);
function time(action) {
  for (let i = 0; i < n / 10; i++) action(i);
  const wall = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  for (let i = 0; i < n; i++) action(i);
  return [Number(process.hrtime.bigint() - wall) / n / 1e3, process.cpuUsage(cpu).user / n];
}
const figures = [
  ...time((i) => { const [d, s, b] = responses[i % responses.length]; k.parseKucoinResponse(d, s, b); }),
  ...time((i) => {
    const [d, s, b] = encoded[i % encoded.length];
    const result = k.parseKucoinResponse(d, s, b, headers);
    if (!result.ok) k.retryAfterMs(result.error);
  }),
  ...time(() => k.classifyMessage("margin", 130203, "The maximum borrowing amount has been exceeded. Your remaining available borrowing: 1.5BTC")),
];
console.log(figures.join(" "));
"""

# A 1 MB message under a code with templates (margin 130203 in the real catalogue, the first code of a
# synthetic catalogue's margin domain otherwise), and a batch of items without codes, whose messages
# are tried against every template of the domain; both once the domain's matchers are built.
NODE_LARGE_MESSAGE = """
const k = require(process.argv[1]);
const code = Number(process.argv[2]);
const items = Number(process.argv[3]);
// Built on first use: the domain's matchers, which the module does not build when it loads.
k.classifyMessage("margin", code, "");
const body = JSON.stringify({ code: String(code), msg: "The maximum borrowing amount has been exceeded. " + "1".repeat(1 << 20) + "BTC" });
let start = process.hrtime.bigint();
k.parseKucoinResponse("margin", 400, body);
const messageMs = Number(process.hrtime.bigint() - start) / 1e6;
const batch = JSON.stringify({ code: "200000", data: Array.from({ length: items }, (_, i) => ({ success: false, failMsg: "no such message " + i })) });
start = process.hrtime.bigint();
k.batchFailures("margin", batch);
console.log(messageMs, Number(process.hrtime.bigint() - start) / 1e6);
"""


# CPU milliseconds of each phase of a tsc run, one process: program (read and parse), bind, the libraries'
# check, the module's check and declaration diagnostics, then a copy's check and declarations (warm).
NODE_TSC_PHASES = """
const ts = require(process.argv[1]);
const [config, module, copy] = process.argv.slice(2);
const cpu = (since) => { const used = process.cpuUsage(since); return (used.user + used.system) / 1000; };
const unreadable = (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\\n")); };
const parsed = ts.getParsedCommandLineOfConfigFile(config, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: unreadable });
const host = ts.createCompilerHost(parsed.options);
host.jsDocParsingMode = ts.JSDocParsingMode.ParseForTypeErrors;
const figures = {};
let start = process.cpuUsage();
const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, host });
figures.parse_ms = cpu(start);
start = process.cpuUsage();
program.getGlobalDiagnostics();
figures.bind_ms = cpu(start);
const own = new Set([module, copy].map((name) => program.getSourceFile(name)));
start = process.cpuUsage();
for (const file of program.getSourceFiles()) if (!own.has(file)) program.getSemanticDiagnostics(file);
figures.libraries_check_ms = cpu(start);
let errors = 0;
for (const [key, name] of [["module", module], ["copy", copy]]) {
  const file = program.getSourceFile(name);
  start = process.cpuUsage();
  errors += program.getSemanticDiagnostics(file).length;
  figures[key + "_check_ms"] = cpu(start);
  start = process.cpuUsage();
  errors += program.getDeclarationDiagnostics(file).length;
  figures[key + "_declarations_ms"] = cpu(start);
}
figures.errors = errors;
console.log(JSON.stringify(figures));
"""


def run(command: Sequence[str | Path], cwd: Path | None = None) -> dict[str, Any]:
    """Wall and CPU seconds, peak memory (MiB), exit status and output of one process."""
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        process = subprocess.Popen([str(part) for part in command], cwd=cwd, env=ENVIRONMENT, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    return {"wall_s": wall, "cpu_s": usage.ru_utime + usage.ru_stime, "peak_mib": usage.ru_maxrss / 1024,
            "status": os.waitstatus_to_exitcode(status), "output": text}


def summary(values: list[float]) -> dict[str, float]:
    """Median, min and max."""
    return {"median": statistics.median(values), "min": min(values), "max": max(values)}


def render_module(catalog: Path, out: Path) -> Path:
    """The TypeScript module of ``catalog``, rendered by this checkout's generator into ``out``."""
    environment = {**ENVIRONMENT, "CODEGEN_MAX_FILE_BYTES": str(1 << 30)}
    subprocess.run([sys.executable, "-m", "codegen", "--catalog", str(catalog), "--out", str(out), "--target", "typescript", "-q"],
                   cwd=ROOT, env=environment, check=True, capture_output=True)
    return out / "typescript" / f"{MODULE}.ts"


def tsc_config(folder: Path, module: Path) -> Path:
    """A tsconfig checking ``module`` alone with the tests' strict settings."""
    config = folder / "tsconfig.json"
    config.write_text(json.dumps({
        "extends": str(ROOT / "tests" / "typescript" / "tsconfig.json"),
        "compilerOptions": {"noEmit": True, "module": "es2020", "moduleResolution": "bundler"},
        "files": [str(module)],
    }))
    return config


def time_tsc(folder: Path, module: Path, runs: int) -> dict[str, Any]:
    """The figures of tsc over ``runs`` runs, with the error codes of the last."""
    config = tsc_config(folder, module)
    return tsc_figures([run(["node", TSC, "-p", config]) for _ in range(runs)])


def time_tsc_interleaved(folder: Path, modules: dict[str, Path], runs: int) -> dict[str, Any]:
    """The figures of tsc on each of ``modules`` in turn, ``runs`` rounds, with each module's CPU time over the first's.

    The ratio is a summary of the rounds' ratios: a round's runs are close in time, so the load changes less
    between them than between two whole series.
    """
    configs = {}
    for name, module in modules.items():
        (folder / f"tsc-{name}").mkdir()
        configs[name] = tsc_config(folder / f"tsc-{name}", module)
    results: dict[str, list[dict[str, Any]]] = {name: [] for name in modules}
    for _ in range(runs):
        for name, config in configs.items():
            results[name].append(run(["node", TSC, "-p", config]))
    first = next(iter(modules))
    figures = {name: tsc_figures(runs_of) for name, runs_of in results.items()}
    for name in modules:
        if name != first:
            ratios = [mine["cpu_s"] / theirs["cpu_s"] for mine, theirs in zip(results[name], results[first], strict=True)]
            figures[name][f"cpu_over_{first}"] = summary(ratios)
    return figures


def tsc_figures(results: list[dict[str, Any]]) -> dict[str, Any]:
    """Medians [min-max] of tsc runs, with the exit status and error codes of the last."""
    last = results[-1]
    errors = sorted(set(re.findall(r"error (TS[0-9]+)", last["output"])))
    return {"wall_s": summary([r["wall_s"] for r in results]), "cpu_s": summary([r["cpu_s"] for r in results]),
            "peak_mib": summary([r["peak_mib"] for r in results]), "status": last["status"], "errors": errors,
            "output_head": last["output"][:600]}


def tsc_phases(folder: Path, module: Path, runs: int) -> dict[str, Any]:
    """Medians [min-max] over ``runs`` processes of each phase of tsc on ``module`` and a copy of it checked after it."""
    copy = folder / f"copy-{module.name}"
    shutil.copyfile(module, copy)
    config = folder / "tsconfig.phases.json"
    config.write_text(json.dumps({
        "extends": str(ROOT / "tests" / "typescript" / "tsconfig.json"),
        "compilerOptions": {"noEmit": True, "module": "es2020", "moduleResolution": "bundler"},
        "files": [str(module), str(copy)],
    }))
    results = []
    for _ in range(runs):
        result = run(["node", "-e", NODE_TSC_PHASES, ROOT / "node_modules" / "typescript", config, module, copy])
        if result["status"] != 0:
            return {"status": result["status"], "output_head": result["output"][:600]}
        results.append(json.loads(result["output"].splitlines()[-1]))
    figures: dict[str, Any] = {key: summary([r[key] for r in results]) for key in results[0] if key != "errors"}
    figures["errors"] = results[-1]["errors"]
    return figures


def bundle(folder: Path, module: Path, name: str, imports: str, use: str) -> dict[str, Any]:
    """The minified ES module bundle of an entry importing ``imports``: its size and entries per domain."""
    entry = folder / f"entry-{name}.ts"
    entry.write_text(f'import {{ {imports} }} from "./{MODULE}.js";\nexport const used = [{use}];\n', encoding="utf-8")
    shutil.copyfile(module, folder / f"{MODULE}.ts")
    output = folder / f"bundle-{name}.js"
    result = run([ESBUILD, entry, "--bundle", "--format=esm", "--minify", f"--outfile={output}", "--log-level=error"])
    if result["status"] != 0:
        return {"status": result["status"], "output_head": result["output"][:600]}
    text = output.read_text(encoding="utf-8")
    per_domain = _counts(re.findall(r'domain\\?"?:\\?"([a-z_]+)', text))
    return {"bytes": len(text.encode()), "entries_by_domain": per_domain, "status": 0}


def _counts(items: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return counts


def node_figures(folder: Path, module: Path, margin_code: int, runs: int, batch: int) -> dict[str, Any]:
    """Node: the require time (median of ``runs`` processes), parse and classify costs, a 1 MB message and a batch."""
    script = folder / f"{MODULE}.cjs"
    transpiled = run([ESBUILD, module, "--format=cjs", f"--outfile={script}", "--log-level=error"])
    if transpiled["status"] != 0:
        return {"status": transpiled["status"], "output_head": transpiled["output"][:600]}
    requires = [float(run(["node", "-e", NODE_REQUIRE, script])["output"].split()[0]) for _ in range(runs)]
    parsed = run(["node", "-e", NODE_PARSE, script, json.dumps(RESPONSES), str(PARSES), json.dumps(HEADERS)])
    parse, parse_cpu, with_bytes, with_bytes_cpu, classify, classify_cpu = (float(value) for value in parsed["output"].split()[:6])
    large = run(["node", "-e", NODE_LARGE_MESSAGE, script, str(margin_code), str(batch)])
    message_ms, batch_ms = (float(value) for value in large["output"].split()[:2])
    return {"require_ms": summary(requires), "require_peak_mib": parsed["peak_mib"],
            "parse_us": parse, "parse_cpu_us": parse_cpu, "parse_bytes_headers_us": with_bytes, "parse_bytes_headers_cpu_us": with_bytes_cpu,
            "classify_template_us": classify, "classify_template_cpu_us": classify_cpu,
            "message_1mb_ms": message_ms, "batch_items": batch, "batch_ms": batch_ms, "status": 0}


def bench_module(name: str, module: Path, margin_code: int, runs: int, *, node: bool = True, batch: int = 10_000, phases_runs: int = 0,
                 tsc: dict[str, Any] | None = None) -> dict[str, Any]:
    """Every figure of one module (its ``tsc`` figures when already measured), printed as it comes."""
    print(f"{name}: {module.stat().st_size:,} bytes", flush=True)
    with tempfile.TemporaryDirectory(prefix=f"bench-ts-{name}-") as temporary:
        folder = Path(temporary)
        figures: dict[str, Any] = {"bytes": module.stat().st_size, "tsc": tsc if tsc is not None else time_tsc(folder, module, runs)}
        ratio = next((f" ({value['median']:.2f}x {key[9:]})" for key, value in figures["tsc"].items() if key.startswith("cpu_over_")), "")
        print(f"  tsc: {figures['tsc']['cpu_s']['median']:.2f} CPU s{ratio}, {figures['tsc']['peak_mib']['median']:.0f} MiB,"
              f" exit {figures['tsc']['status']} {' '.join(figures['tsc']['errors'])}", flush=True)
        if phases_runs:
            figures["tsc_phases"] = tsc_phases(folder, module, phases_runs)
            print("  tsc phases (CPU ms): " + ", ".join(f"{key} {value['median']:.0f}" for key, value in figures["tsc_phases"].items()
                                                       if isinstance(value, dict)), flush=True)
        if node:
            figures["bundle_domain"] = bundle(folder, module, "domain", "lookupSpotError, isSpotErrorCode", "lookupSpotError, isSpotErrorCode")
            figures["bundle_success"] = bundle(folder, module, "success", "isSuccessCode", "isSuccessCode")
            figures["bundle_parse"] = bundle(folder, module, "parse", "parseKucoinResponse", "parseKucoinResponse")
            for key in ("bundle_domain", "bundle_success", "bundle_parse"):
                print(f"  esbuild {key}: {figures[key].get('bytes', 0):,} bytes, entries {figures[key].get('entries_by_domain')}", flush=True)
            figures["node"] = node_figures(folder, module, margin_code, runs, batch)
            print(f"  node: {json.dumps(figures['node'])}", flush=True)
    return figures


def main() -> None:
    """Measure the empty file, the real catalogue and each size; merge the figures into the results JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000], help="synthetic catalogue sizes (default 10000 100000)")
    parser.add_argument("--runs", type=int, default=3, help="runs of each tsc and require measurement (one at 100,000 entries and above)")
    parser.add_argument("--label", default="after", help="the key the figures are stored under in the results JSON")
    parser.add_argument("--phases-runs", type=int, default=3, help="processes timing tsc's phases on the empty file and the real catalogue (0: none)")
    arguments = parser.parse_args()
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="bench-ts-") as temporary:
        work = Path(temporary)
        empty = work / "empty.ts"
        empty.write_text("export {};\n")
        real = render_module(ROOT / "catalog", work / "real")
        # The empty file and the real catalogue's module in turn: their ratio is the goal's measure.
        tsc = time_tsc_interleaved(work, {"empty": empty, "real": real}, arguments.runs)
        results["empty"] = bench_module("empty", empty, 0, arguments.runs, node=False, phases_runs=arguments.phases_runs, tsc=tsc["empty"])
        results["real"] = bench_module("real", real, 130203, arguments.runs, phases_runs=arguments.phases_runs, tsc=tsc["real"])
        for size in arguments.sizes:
            catalog = work / f"catalog-{size}"
            write_catalogue(catalog, size)
            start = time.perf_counter()
            module = render_module(catalog, work / f"out-{size}")
            print(f"{size} entries rendered in {time.perf_counter() - start:.1f} s", flush=True)
            results[str(size)] = bench_module(str(size), module, 130000, 1 if size >= 100_000 else arguments.runs, batch=100)
            shutil.rmtree(catalog)
    stored = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
    stored[arguments.label] = results
    RESULTS.write_text(json.dumps(stored, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"written to {RESULTS.relative_to(ROOT)} under {arguments.label!r}")


if __name__ == "__main__":
    main()
