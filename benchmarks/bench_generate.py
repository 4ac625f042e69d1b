"""Benchmark: the generator at 250, 10,000 and (with --large) 100,000 catalogue entries.

Run from the project root: ``python benchmarks/bench_generate.py [--large] [--runs N]``.
It writes synthetic catalogues in the project's format (every domain, 1-3
variants an entry with placeholders of every kind, long and awkward messages,
margin scopes), then times, in fresh processes and interleaved run by run:
the import floor (``import jinja2, jsonschema, ruamel.yaml``), a cold generate
(no run cache, empty output folder; the generator's modules, its compiled
templates among them, have their bytecode, as after an install), on the real
catalogue also a cold generate with no cache at all (``CODEGEN_CACHE=off``)
and one of 10 synthetic entries (the fixed cost), an
unchanged ``--check`` and generate, a
``--check`` after one edit, each stage in one process (read, validate, model,
render per target, write), and datamodel-code-generator turning the same
entries into one string enum per domain (installed into
``benchmarks/.venv-datamodel/``, which git ignores; skipped with a note when
it cannot be installed). Peak memory is the ``ru_maxrss`` of each process.
It prints a table (median and [min-max] of the runs) and writes JSON
(``benchmarks/results/generate.json``); it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results" / "generate.json"
DATAMODEL_VENV = ROOT / "benchmarks" / ".venv-datamodel"
CACHE_FOLDER = ".codegen-cache"
DOMAINS = ("http", "spot", "margin", "futures", "earn")
SUCCESS = {"http": [200], "margin": [200000, 200]}
CODE_BASE = {"http": 1000, "spot": 400000, "margin": 130000, "futures": 300000, "earn": 150000}
# (category, its usual retry action), a spread over the schema's categories.
CATEGORIES = (
    ("bad_request", "fix_request"), ("insufficient_funds", "top_up"), ("rate_limited", "wait"),
    ("authentication", "reauthenticate"), ("invalid_order", "fix_request"), ("maintenance", "retry"),
    ("account_suspended", "contact_support"), ("region_restricted", "stop"), ("exchange_unavailable", "retry"),
    ("limit_exceeded", "fix_request"), ("order_not_found", "stop"), ("not_supported", "fix_request"),
)
WORDS = ("ORDER", "BALANCE", "MARGIN", "LOAN", "SYMBOL", "PRICE", "SIZE", "ACCOUNT", "TRANSFER", "LIMIT", "LEVERAGE", "RISK")
AWKWARD = (
    'Résumé of the "order" — 日本語の注文 😀: price #1 is 5% off & *starred*, isn\'t it! back\\slash',
    "key: value looking text, [brackets] {braces} and a trailing colon: ok",
    "The request was rejected because " + "the amount, the price and the size were checked against every rule of the market; " * 4 + "see the documentation",
)

# Times each stage of one cold run in one process: read, validate, model, render per target, write.
STAGES = r"""
import gc, json, sys, tempfile, time
from pathlib import Path
catalog, results = Path(sys.argv[1]), {}
import codegen.cli
if hasattr(codegen.cli, "gc"):  # as the command line runs them: without the cyclic collector
    gc.disable()
def timed(name, action):
    start, cpu = time.perf_counter(), time.process_time(); value = action()
    results[name] = [time.perf_counter() - start, time.process_time() - cpu]; return value
start = time.perf_counter()
import codegen.catalog as catalog_module, codegen.loading as loading, codegen.validation as validation
from codegen.serialize import domain_from_data
from codegen.model import Catalog, LoadedCatalog
from codegen.taxonomy import load_schema, taxonomy_from_schema
import codegen.rendering as rendering
from codegen.target import registered_targets
from codegen.writing import write_outputs
results["import"] = [time.perf_counter() - start, time.process_time()]
paths = loading.catalog_files(catalog)
if not hasattr(loading, "max_file_bytes"):  # before the limit was configurable: lift it, as --lift-limit does
    loading.MAX_FILE_BYTES = 1 << 30
if hasattr(catalog_module, "read_stage"):  # the stages as the generator runs them
    documents = timed("read", lambda: catalog_module.read_stage(catalog, paths))
    timed("validate", lambda: catalog_module.validate_stage(catalog, documents))
else:  # before the fast path: the located reader, the jsonschema validator, the rules
    documents = timed("read", lambda: [loading.read_document(path, catalog)[0] for path in paths])
    def check():
        validator = validation.catalog_validator(load_schema())
        for document in documents:
            errors = validation.schema_errors(document, validator)
            assert not errors and not validation.rule_problems(document, [])
    timed("validate", check)
def model():
    taxonomy = taxonomy_from_schema(load_schema())
    order = {term.name: index for index, term in enumerate(taxonomy.domains)}
    domains = sorted((domain_from_data(document.data) for document in documents), key=lambda domain: order[domain.domain])
    return LoadedCatalog(Catalog(tuple(domains)), tuple(loading.display_path(path, catalog) for path in paths), taxonomy)
loaded = timed("model", model)
files = {}
if hasattr(rendering, "content_hash"):  # the catalogue's hash once, as a run computes it, rather than in each target's render
    catalog_hash = timed("hash", lambda: rendering.content_hash(loaded.catalog))
    rendering.content_hash = lambda catalog: catalog_hash
render = (lambda targets: dict(rendering.render_each(loaded, targets))) if hasattr(rendering, "render_each") else (lambda targets: rendering.render_all(loaded, targets))
for target in registered_targets():
    files.update(timed(f"render {target.name}", lambda: render([target])))
with tempfile.TemporaryDirectory() as out:
    timed("write", lambda: write_outputs(files, Path(out)))
print(json.dumps(results))
"""

LIFT_LIMIT = "import sys, runpy, codegen.loading as l; l.MAX_FILE_BYTES = 1 << 30; sys.argv[0] = 'codegen'; runpy.run_module('codegen', run_name='__main__')"


def _message(domain: str, index: int, variant: int) -> tuple[str, list[dict[str, str]]]:
    """A message and its placeholders; every kind of token and placeholder kind appears across variants."""
    tag = f"{domain} {index}"
    if variant == 0:
        return f"Order {tag} rejected: quantity {{0}} is above the limit of XXX-XXX", [
            {"token": "{0}", "name": "quantity", "kind": "number"}, {"token": "XXX-XXX", "name": "symbol"}]
    if variant == 1:
        return f"Insufficient XX balance ({tag}): available xxx, you can borrow {{1}}{{0}}", [
            {"token": "XX", "name": "currency"}, {"token": "xxx", "name": "available", "kind": "text"},
            {"token": "{1}", "name": "amount", "kind": "number"}, {"token": "{0}", "name": "unit", "kind": "currency"}]
    return f"{AWKWARD[index % len(AWKWARD)]} ({tag})", []


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def entry_yaml(domain: str, index: int) -> str:
    """One catalogue entry, in the catalogue's style."""
    category, retry = CATEGORIES[index % len(CATEGORIES)]
    words = f"{WORDS[index % len(WORDS)]}_{WORDS[(index // len(WORDS)) % len(WORDS)]}"
    lines = [f"  - code: {CODE_BASE[domain] + index}", f"    name: E{index}_{words}"]
    if domain == "margin":
        lines.append(f"    scope: {'all' if index % 3 else 'high_frequency'}")
    lines += [f"    category: {category}", f"    retry: {retry}"]
    if retry == "wait":
        lines.append("    retry_after_ms: 30000" if index % 2 else "    retry_after_header: gw-ratelimit-reset")
    if index % 4 == 0:
        lines.append("    http_status: 400")
    if index % 5 == 0:
        lines.append(f"    note: 'Chosen from the message''s meaning: {index}.'")
    lines.append("    variants:")
    for variant in range(1 + index % 3):
        message, placeholders = _message(domain, index, (index + variant) % 3)
        lines += [f"      - id: V{variant}_{words}", f"        message: {_quoted(message)}"]
        if placeholders:
            lines.append("        placeholders:")
            for placeholder in placeholders:
                lines.append("          - {" + ", ".join(f"{key}: {_quoted(value)}" for key, value in placeholder.items()) + "}")
        if variant == 1 and index % 2:
            lines += ["        key: account.available.amount", '        detail: "Explained -- in detail."']
        if variant == 2:
            lines += ["        category: exchange_error", "        retry: stop"]
    return "\n".join(lines) + "\n"


def write_catalogue(folder: Path, entries: int) -> dict[str, list[str]]:
    """A catalogue of ``entries`` entries over every domain; returns the names of each domain's entries."""
    folder.mkdir(parents=True, exist_ok=True)
    names: dict[str, list[str]] = {}
    for number, domain in enumerate(DOMAINS):
        count = entries // len(DOMAINS) + (1 if number < entries % len(DOMAINS) else 0)
        head = (
            "# yaml-language-server: $schema=../schema/error_catalog.schema.json\n"
            f"domain: {domain}\ndescription: \"Synthetic {domain} errors for the benchmark.\"\n"
            f"success_codes: {SUCCESS.get(domain, [200000])}\nerrors:\n"
        )
        body = [entry_yaml(domain, index) for index in range(count)]
        (folder / f"{domain}.yaml").write_text(head + "".join(body), encoding="utf-8")
        names[domain] = [line.split("name: ", 1)[1] for text in body for line in text.splitlines()[1:2]]
    return names


# As a user runs it: Python keeps the compiled modules of the generator (a session that sets PYTHONDONTWRITEBYTECODE
# would compile them on every run, while the libraries of the import floor were compiled when installed).
ENVIRONMENT = {name: value for name, value in os.environ.items() if name not in ("PYTHONDONTWRITEBYTECODE", "CODEGEN_CACHE")}


def run(command: Sequence[str], cwd: Path, environment: dict[str, str] | None = None) -> tuple[float, int, int, str, float]:
    """Wall seconds, peak memory (KiB), exit status, standard output and CPU seconds (user and system) of one process."""
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=ENVIRONMENT if environment is None else environment, stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        return elapsed, usage.ru_maxrss, process.returncode, out.read().decode("utf-8", "replace"), usage.ru_utime + usage.ru_stime


def datamodel_codegen() -> Path | None:
    """datamodel-codegen in the benchmark's own venv, installed on first use; None when it cannot be installed."""
    tool = DATAMODEL_VENV / "bin" / "datamodel-codegen"
    if tool.exists():
        return tool
    try:
        subprocess.run([sys.executable, "-m", "venv", str(DATAMODEL_VENV)], check=True, capture_output=True)
        subprocess.run([str(DATAMODEL_VENV / "bin" / "pip"), "install", "-q", "datamodel-code-generator"], check=True, capture_output=True, timeout=600)
    except (OSError, subprocess.SubprocessError) as error:
        print(f"note: datamodel-code-generator could not be installed ({error}); its row is skipped", file=sys.stderr)
        return None
    return tool if tool.exists() else None


def enum_schema(names: dict[str, list[str]]) -> dict[str, Any]:
    """A JSON Schema with one string enum of entry names per domain."""
    defs = {f"{domain.capitalize()}ErrorCode": {"type": "string", "enum": values} for domain, values in names.items()}
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "Errors", "type": "object",
            "properties": {domain: {"$ref": f"#/$defs/{domain.capitalize()}ErrorCode"} for domain in names}, "$defs": defs}


def summary(values: list[float]) -> dict[str, float]:
    return {"median": statistics.median(values), "min": min(values), "max": max(values)}


def bench_size(entries: int, runs: int, python: str, project: Path, tool: Path | None, *, lift_limit: bool, edit: bool = True) -> dict[str, Any]:
    """Every measurement at one size, the runs interleaved."""
    work = Path(tempfile.mkdtemp(prefix=f"bench-generate-{entries}-"))
    try:
        catalog, out = work / "catalog", work / "out"
        names = write_catalogue(catalog, entries)
        (work / "enums.schema.json").write_text(json.dumps(enum_schema(names)), encoding="utf-8")
        codegen = [python, "-c", LIFT_LIMIT] if lift_limit else [python, "-m", "codegen"]
        paths = ["--catalog", str(catalog), "--out", str(out)]
        spot = catalog / "spot.yaml"
        original = spot.read_text(encoding="utf-8")

        def clear_cache() -> None:
            for folder in work.rglob(CACHE_FOLDER):
                shutil.rmtree(folder)

        def cold() -> None:
            clear_cache()
            shutil.rmtree(out, ignore_errors=True)

        def edit(number: int) -> Callable[[], None]:
            def apply() -> None:
                spot.write_text(original.replace('"Synthetic spot errors', f'"Synthetic spot errors, edit {number},', 1), encoding="utf-8")
            return apply

        generated = run([*codegen, *paths], project)
        if generated[2] != 0:
            raise RuntimeError(f"generating {entries} entries failed (exit {generated[2]}); run it by hand to see why")
        scenarios: list[tuple[str, Callable[[int], None] | None, list[str], Path]] = [
            ("startup (python -c pass)", None, [python, "-c", "pass"], project),
            ("import floor", None, [python, "-c", "import jinja2, jsonschema, ruamel.yaml"], project),
            ("cold generate", lambda _: cold(), [*codegen, *paths], project),
            ("cold generate --target python", lambda _: cold(), [*codegen, *paths, "--target", "python"], project),
            ("unchanged generate", None, [*codegen, *paths], project),
            ("unchanged --check", None, [*codegen, *paths, "--check"], project),
            ("--check after one edit", lambda number: edit(number)(), [*codegen, *paths, "--check"], project),
            ("stages (one process)", lambda _: clear_cache(), [python, "-c", STAGES, str(catalog)], project),
        ]
        if not edit:
            scenarios = [scenario for scenario in scenarios if scenario[0] != "--check after one edit"]
        if tool is not None:
            scenarios.append(("datamodel-codegen (enums)", None, [str(tool), "--input", str(work / "enums.schema.json"),
                              "--input-file-type", "jsonschema", "--output", str(work / "enums.py")], work))
        times: dict[str, list[float]] = {name: [] for name, *_ in scenarios}
        cpu: dict[str, list[float]] = {name: [] for name, *_ in scenarios}
        memory: dict[str, list[float]] = {name: [] for name, *_ in scenarios}
        stages: dict[str, list[float]] = {}
        stages_cpu: dict[str, list[float]] = {}
        for number in range(runs):
            for name, prepare, command, cwd in scenarios:
                if prepare is not None:
                    prepare(number)
                elapsed, peak, status, stdout, seconds = run(command, cwd)
                if name == "--check after one edit":
                    spot.write_text(original, encoding="utf-8")
                    if status != 1:
                        raise RuntimeError(f"--check after an edit exited {status}, expected 1")
                elif status != 0:
                    raise RuntimeError(f"{name} exited {status} at {entries} entries")
                if name.startswith("cold generate"):
                    run([*codegen, *paths], project)  # back to every target, for the unchanged runs
                times[name].append(elapsed)
                cpu[name].append(seconds)
                memory[name].append(peak / 1024)
                if name == "stages (one process)":
                    for stage, (wall, processor) in json.loads(stdout).items():
                        stages.setdefault(stage, []).append(wall)
                        stages_cpu.setdefault(stage, []).append(processor)
        sizes = {path.name: path.stat().st_size for path in sorted(catalog.iterdir())}
        return {
            "entries": entries,
            "runs": runs,
            "catalogue_bytes": sum(sizes.values()),
            "seconds": {name: summary(values) for name, values in times.items()},
            "cpu_seconds": {name: summary(values) for name, values in cpu.items()},
            "peak_mib": {name: summary(values) for name, values in memory.items()},
            "stage_seconds": {name: summary(values) for name, values in stages.items()},
            "stage_cpu_seconds": {name: summary(values) for name, values in stages_cpu.items()},
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)


#: The entries of the catalogue whose cold generate is the run's fixed cost: what a run costs whatever the catalogue's size.
FIXED_COST_ENTRIES = 10


def real_catalogue(runs: int, python: str, project: Path, *, lift_limit: bool) -> dict[str, Any]:
    """Cold generate, unchanged --check and the import floor on the project's own catalogue, into a scratch folder.

    "cold generate" starts with an empty run cache, as a first run does (it
    computes the run's key and, at the end, the fast path's stamp); the goal's
    cold generate has no cache at all (``CODEGEN_CACHE=off``). Beside them, a
    cold generate of FIXED_COST_ENTRIES synthetic entries without a cache: the
    run's fixed cost (imports, configuration, environments, templates, one file
    each output), so that what is left of the real catalogue's is its entries'.
    """
    work = Path(tempfile.mkdtemp(prefix="bench-generate-real-"))
    try:
        catalog = Path(shutil.copytree(project / "catalog", work / "catalog", ignore=shutil.ignore_patterns("sources")))
        out = work / "out"
        codegen = [python, "-c", LIFT_LIMIT] if lift_limit else [python, "-m", "codegen"]
        paths = ["--catalog", str(catalog), "--out", str(out)]
        run([*codegen, *paths], project)
        small = work / "small"
        small.mkdir()
        write_catalogue(small, FIXED_COST_ENTRIES)
        small_paths = ["--catalog", str(small), "--out", str(work / "small-out")]
        uncached = "cold generate, no cache"
        fixed = f"cold, {FIXED_COST_ENTRIES} entries, no cache"
        names = ("import floor", "cold generate", uncached, "unchanged --check", fixed)
        no_cache = {**ENVIRONMENT, "CODEGEN_CACHE": "off"}
        times: dict[str, list[float]] = {name: [] for name in names}
        cpu: dict[str, list[float]] = {name: [] for name in names}

        def measure(name: str, command: list[str], environment: dict[str, str] | None = None) -> None:
            elapsed, _, _, _, seconds = run(command, project, environment)
            times[name].append(elapsed)
            cpu[name].append(seconds)

        for _ in range(runs):
            measure("import floor", [python, "-c", "import jinja2, jsonschema, ruamel.yaml"])
            for folder in work.rglob(CACHE_FOLDER):
                shutil.rmtree(folder)
            shutil.rmtree(out)
            measure("cold generate", [*codegen, *paths])
            measure("unchanged --check", [*codegen, *paths, "--check"])
            shutil.rmtree(out)
            measure(uncached, [*codegen, *paths], no_cache)
            shutil.rmtree(work / "small-out", ignore_errors=True)
            measure(fixed, [*codegen, *small_paths], no_cache)
        return {"seconds": {name: summary(values) for name, values in times.items()}, "cpu_seconds": {name: summary(values) for name, values in cpu.items()}}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _cell(stats: dict[str, float], scale: float = 1.0, digits: int = 3) -> str:
    return f"{stats['median'] * scale:.{digits}f} [{stats['min'] * scale:.{digits}f}-{stats['max'] * scale:.{digits}f}]"


def print_table(result: dict[str, Any]) -> None:
    real, real_cpu = result["real_catalogue"]["seconds"], result["real_catalogue"]["cpu_seconds"]
    floor, floor_cpu = real["import floor"]["median"], real_cpu["import floor"]["median"]
    print(f"\nreal catalogue: wall and CPU seconds, median [min-max] of {result['runs']} runs, and the ratio of the medians to the import floor's")
    for name, stats in real.items():
        print(f"  {name:<32} {_cell(stats):<26} {stats['median'] / floor:5.2f}x   cpu {_cell(real_cpu[name]):<26} {real_cpu[name]['median'] / floor_cpu:5.2f}x")
    for size in result["sizes"]:
        print(f"\n{size['entries']:,} entries ({size['catalogue_bytes'] / 1e6:.1f} MB of YAML, {size.get('runs', result['runs'])} runs): wall seconds, CPU seconds and peak MiB, median [min-max]")
        for name, stats in size["seconds"].items():
            print(f"  {name:<32} {_cell(stats):<26} cpu {_cell(size['cpu_seconds'][name]):<26} {_cell(size['peak_mib'][name], digits=0)} MiB")
        for name, stats in size["stage_seconds"].items():
            print(f"    stage {name:<26} {_cell(stats):<26} cpu {_cell(size['stage_cpu_seconds'][name])}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="250,10000", help="comma-separated entry counts (default 250,10000)")
    parser.add_argument("--large", action="store_true", help="add the 100,000-entry catalogue (slow)")
    parser.add_argument("--runs", type=int, default=5, help="interleaved runs of each measurement (default 5)")
    parser.add_argument("--large-runs", type=int, help="runs at 100,000 entries and more (default: --runs)")
    parser.add_argument("--project", type=Path, default=ROOT, help="the generator's source tree to time (default: this one)")
    parser.add_argument("--python", default=sys.executable, help="the interpreter that runs the generator")
    parser.add_argument("--lift-limit", action="store_true", help="raise loading.MAX_FILE_BYTES in-process (for versions without a configurable limit)")
    parser.add_argument("--no-datamodel", action="store_true", help="skip datamodel-code-generator")
    parser.add_argument("--no-edit", action="store_true", help="skip --check after one edit (its diff of the changed files dominates at large sizes)")
    parser.add_argument("--json", type=Path, default=RESULTS, help=f"where to write the results (default {RESULTS.relative_to(ROOT)})")
    arguments = parser.parse_args()
    sizes = [int(size) for size in arguments.sizes.split(",") if size]
    if arguments.large:
        sizes.append(100_000)
    tool = None if arguments.no_datamodel else datamodel_codegen()
    project = arguments.project.resolve()
    result: dict[str, Any] = {
        "runs": arguments.runs,
        "large_runs": arguments.runs if arguments.large_runs is None else arguments.large_runs,
        "python": subprocess.run([arguments.python, "-c", "import sys; print(sys.version.split()[0])"], capture_output=True, text=True, check=True).stdout.strip(),
        "cpus": os.cpu_count(),
        "datamodel_codegen": "skipped" if tool is None else "installed",
        "real_catalogue": real_catalogue(arguments.runs, arguments.python, project, lift_limit=arguments.lift_limit),
        "sizes": [],
    }
    for size in sizes:
        try:
            runs = arguments.runs if size < 100_000 or arguments.large_runs is None else arguments.large_runs
            result["sizes"].append(bench_size(size, runs, arguments.python, project, tool, lift_limit=arguments.lift_limit, edit=not arguments.no_edit))
        except RuntimeError as error:  # keep what was measured
            print(f"{size} entries: {error}", file=sys.stderr)
    print_table(result)
    arguments.json.parent.mkdir(parents=True, exist_ok=True)
    arguments.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten to {arguments.json}")


if __name__ == "__main__":
    main()
