"""The pipeline's shape: targets are plugins, templates hold declarations, shared constants have one source, imports follow the data."""

from __future__ import annotations

import json
import pickle
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from codegen import wire
from codegen.catalog import LoadedCatalog, load_catalog
from codegen.diagnostics import CatalogError
from codegen.escaping import line_comment
from codegen.rendering import render_all
from codegen.target import Language, Output, Target, register, registered_targets, run_dumper, unregister
from tests.conftest import GENERATED_DIR, ROOT, compile_typescript_commonjs, run_codegen, write_catalog

TAG = re.compile(r"\{\{|\{%|\{#")
MAX_UNTAGGED_RUN = 14
MAX_TEMPLATE_LINES = 300


def _templates(target: Target) -> list[Path]:
    return sorted(path for path in target.template_dir.iterdir() if path.suffix == ".j2")


def _longest_untagged_run(text: str) -> int:
    longest = run = 0
    for line in text.splitlines():
        run = 0 if TAG.search(line) or not line.strip() and run == 0 else run + 1
        longest = max(longest, run)
    return longest


@pytest.mark.parametrize("target", registered_targets(), ids=lambda target: target.name)
def test_templates_hold_declarations_and_data_only(target: Target) -> None:
    lines = 0
    for template in _templates(target):
        text = template.read_text(encoding="utf-8")
        lines += len(text.splitlines())
        assert _longest_untagged_run(text) <= MAX_UNTAGGED_RUN, f"{template}: a run of lines without a template tag belongs in the runtime"
    assert lines <= MAX_TEMPLATE_LINES, f"{target.name}: {lines} template lines"


def test_the_untagged_run_measure_counts_lines_between_tags() -> None:
    assert _longest_untagged_run("{{ a }}\nx\ny\n{% b %}\nz\n") == 2
    assert _longest_untagged_run("\n".join(["line"] * 20)) == 20


def test_python_binding_exports_the_generators_shared_constants() -> None:
    script = textwrap.dedent("""
        import json, sys
        sys.path.insert(0, sys.argv[1])
        from kucoin_errors import _definitions as d
        names = [name for name in vars(d) if name.isupper()]
        print(json.dumps({name: (sorted(value) if isinstance(value, frozenset) else dict(value) if hasattr(value, "items") else value) for name, value in ((n, getattr(d, n)) for n in names)}))
    """)
    result = subprocess.run([sys.executable, "-I", "-c", script, str(GENERATED_DIR / "python")], capture_output=True, text=True, check=True)
    exported = json.loads(result.stdout)
    for name in (name for name in vars(wire) if name.isupper()):
        expected = getattr(wire, name)
        if isinstance(expected, tuple):
            expected = sorted(expected)
        elif isinstance(expected, dict):
            expected = {str(key): value for key, value in expected.items()}
        assert exported[name] == expected, name
    taxonomy = load_catalog(ROOT / "catalog").taxonomy
    assert exported["DEFAULT_RETRY_DELAY_MS"] == {term.name: term.retry_delay_ms for term in taxonomy.categories if term.retry_delay_ms is not None}


def test_typescript_binding_exports_the_generators_shared_constants(tmp_path: Path) -> None:
    compiled = compile_typescript_commonjs(GENERATED_DIR / "typescript" / "kucoin-errors.ts", tmp_path)
    script = "const k = require(process.argv[1]); console.log(JSON.stringify({ wire: k.WIRE, delays: k.DEFAULT_RETRY_MS }));"
    exported = json.loads(subprocess.run(["node", "-e", script, str(compiled)], capture_output=True, text=True, check=True).stdout)
    for name in (name for name in vars(wire) if name.isupper()):
        key = "".join(part if index == 0 else part.capitalize() for index, part in enumerate(name.lower().split("_")))
        expected = getattr(wire, name)
        expected = list(expected) if isinstance(expected, tuple) else {str(k): v for k, v in expected.items()} if isinstance(expected, dict) else expected
        assert exported["wire"][key] == expected, name
    taxonomy = load_catalog(ROOT / "catalog").taxonomy
    assert exported["delays"] == {term.name: term.retry_delay_ms for term in taxonomy.categories if term.retry_delay_ms is not None}


def test_the_runtime_fixtures_use_the_generators_shared_constants() -> None:
    python = (ROOT / "tests" / "fixtures" / "python" / "_definitions.py").read_text(encoding="utf-8")
    for name in ("ROW_SEPARATOR", "RATE_LIMIT_RESET_HEADER", "MAX_CODE", "STATUS_DOMAIN", "MESSAGE_LIMIT", "FALLBACK_RETRY_DELAY_MS", "TRAILING"):
        assert f"{name}: Final = {json.dumps(getattr(wire, name))}\n" in python, name
    namespace: dict[str, object] = {}
    exec(compile(python.replace("from ._", "from kucoin_errors._"), "fixture", "exec"), namespace)  # noqa: S102 - a test reading its own fixture
    assert (namespace["WHITESPACE"], namespace["WHITESPACE_RUN"]) == (wire.WHITESPACE, wire.WHITESPACE_RUN)


# A target added by a test alone: a C header of the codes, with its own filter and reserved words.
HEADER_TEMPLATE = """\
{% for line in header %}
/* {{ line | c_comment }} */
{% endfor %}
#ifndef KUCOIN_ERRORS_H
#define KUCOIN_ERRORS_H
{% for domain in catalog.domains %}
{% for entry in domain.errors %}
#define KUCOIN_{{ domain.domain | upper }}_{{ entry.name }} {{ entry.code }}
{% endfor %}
{% endfor %}
#endif
"""


@pytest.fixture
def c_header_target(tmp_path: Path) -> Iterator[Target]:
    templates = tmp_path / "c-templates"
    templates.mkdir()
    (templates / "errors.h.j2").write_text(HEADER_TEMPLATE, encoding="utf-8")
    reserved = tmp_path / "c-reserved.txt"
    reserved.write_text("# C keywords and macros that an UPPER_SNAKE name could take\nNULL\nEOF\n", encoding="utf-8")
    target = register(
        Target(
            name="c",
            template_dir=templates,
            outputs=(Output("errors.h.j2", "c/kucoin_errors.h"),),
            filters={"c_comment": lambda text: line_comment(text).replace("*/", "* /")},
            language=Language("c", reserved),
        )
    )
    yield target
    unregister("c")


def test_a_target_registered_from_outside_renders_with_its_own_filter(c_header_target: Target, real_catalog: LoadedCatalog) -> None:
    assert registered_targets()[-1] is c_header_target
    header = render_all(real_catalog, [c_header_target])["c/kucoin_errors.h"]
    assert header.startswith("/* Generated by `python -m codegen` from catalog/broker.yaml")
    assert "#define KUCOIN_SPOT_BALANCE_INSUFFICIENT 200004\n" in header
    assert "#define KUCOIN_FUTURES_IP_RATE_LIMITED 1015\n" in header
    assert "c/kucoin_errors.h" in render_all(real_catalog)


def test_a_registered_targets_reserved_words_are_refused_as_names(c_header_target: Target, tmp_path: Path) -> None:
    data = [{"domain": "spot", "description": "Spot.", "success_codes": [200000], "errors": [
        {"code": 1, "name": "NULL", "category": "bad_request", "retry": "fix_request", "variants": [{"id": "EOF", "message": "m"}]},
    ]}]
    with pytest.raises(CatalogError) as raised:
        load_catalog(write_catalog(tmp_path / "catalog", data))
    messages = sorted(problem.message for problem in raised.value.problems)
    assert messages == [
        "errors[0].name: 'NULL' is reserved in C",
        "errors[0].variants[0].id: 'EOF' is reserved in C",
    ]
    unregister("c")
    load_catalog(tmp_path / "catalog")


def test_target_selection_renders_only_the_named_targets(tmp_path: Path) -> None:
    result = run_codegen("--target", "json", "--target", "docs", "--out", tmp_path)
    assert result.returncode == 0, result.stderr
    assert sorted(path.relative_to(tmp_path).as_posix() for path in tmp_path.rglob("*") if path.is_file()) == [
        "docs/ERRORS.md", "docs/kucoin-errors.txt", "docs/pages/kucoin-errors-docs-new.txt", "docs/pages/kucoin-errors.txt",
        "json/kucoin-errors.json", "json/kucoin-errors.schema.json",
    ]
    unknown = run_codegen("--target", "jsno", "--out", tmp_path / "none")
    assert unknown.returncode == 2
    assert unknown.stderr.startswith("unknown target 'jsno' (did you mean 'json'?); expected one of: ")
    assert not (tmp_path / "none").exists()


IMPORT_PROBE = """
import builtins, io, json, sys
opened = []
real_open = io.open
def watching_open(file, *args, **kwargs):
    opened.append(str(file))
    return real_open(file, *args, **kwargs)
builtins.open = io.open = watching_open
import pathlib
real_read_text = pathlib.Path.read_text
pathlib.Path.read_text = lambda self, *a, **k: (opened.append(str(self)), real_read_text(self, *a, **k))[1]
pathlib.Path.read_bytes = lambda self, *a, **k: (opened.append(str(self)), real_open(self, "rb").read())[1]
import codegen.cli, codegen.importers.merging, codegen.rendering, codegen.targets
project = str(pathlib.Path.cwd())
sys.stdout.write(json.dumps([path for path in opened if path.startswith(project) and "site-packages" not in path]))
"""


def test_no_module_reads_files_when_imported() -> None:
    result = subprocess.run([sys.executable, "-c", IMPORT_PROBE], capture_output=True, text=True, check=True, cwd=ROOT)
    assert json.loads(result.stdout) == []


RENDER_PROBE = """
import json, pickle, sys
loaded = pickle.loads(sys.stdin.buffer.read())
import codegen.rendering
codegen.rendering.render_all(loaded)
print(json.dumps(sorted(name for name in sys.modules if name.startswith("codegen."))))
"""


def test_rendering_imports_no_importer_and_no_validator(real_catalog: LoadedCatalog) -> None:
    result = subprocess.run([sys.executable, "-c", RENDER_PROBE], input=pickle.dumps(real_catalog), capture_output=True, check=True, cwd=ROOT)
    modules = json.loads(result.stdout)
    assert "codegen.rendering" in modules and "codegen.targets.typescript" in modules
    assert [name for name in modules if name.startswith("codegen.importers") or name in ("codegen.catalog", "codegen.validation", "codegen.loading")] == []


def test_a_round_trip_dumper_gives_the_json_it_prints_or_fails_with_what_it_wrote_on_stderr() -> None:
    printed = 'import json; print(json.dumps({"domains": [], "note": "caf\\u00e9 \\U0001f680"}, ensure_ascii=False))'
    assert run_dumper([sys.executable, "-c", printed], "unused", env={"PYTHONIOENCODING": "utf-8"}) == {"domains": [], "note": "café \U0001f680"}
    failing = 'import sys; sys.stderr.write("no such package"); sys.exit(3)'
    with pytest.raises(RuntimeError, match=r"^the generated binding did not load: no such package$"):
        run_dumper([sys.executable, "-c", failing], "the generated binding did not load")
