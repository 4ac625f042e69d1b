"""Shared fixtures: the real catalogue, a synthetic one full of awkward strings, and their outputs."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from codegen.catalog import LoadedCatalog, load_catalog
from codegen.rendering import render_all
from codegen.writing import write_outputs

ROOT = Path(__file__).resolve().parent.parent
CATALOG_DIR = ROOT / "catalog"
GENERATED_DIR = ROOT / "generated"
NODE_BIN = ROOT / "node_modules" / ".bin"

# Strings that break naive generators: quotes of both kinds, backslashes, comment
# and template terminators, interpolation, HTML, tabs, emoji, line separators.
AWKWARD_TEXTS = [
    "He said \"stop\" and 'go'",
    "C:\\path\\to\\file \\n is not a newline; \\\" nor a quote",
    "ends a comment */ and opens one /* here",
    "template ${injection} and `backticks` and {{ jinja }} and {% raw %}",
    "</script><script>alert(1)</script>",
    "tab\tinside\tthe\ttext",
    "emoji \U0001F680 and \u00e9\u00e8 and \u4e2d\u6587",
    "line\u2028separator and paragraph\u2029separator",
    "trailing backslash \\",
    "# not a comment; // nor this; -- nor this",
    "null",
    "a very long line " + "0123456789" * 2000,
    "'single' \"double\" '''triple''' \"\"\"triple\"\"\"",
]
AWKWARD_NOTE = "A note over\nseveral lines,\twith a tab, \"quotes\", */ and ${x}.\nLast line."


@pytest.fixture(autouse=True, scope="session")
def rules_hold_agrees_with_the_rules() -> Any:
    """Every catalogue file a test loads in process checks that ``rules_hold`` answers as ``rule_problems`` does.

    ``rules_hold`` is the quick test of the rules that a file the schema accepts goes through; a rule added to
    ``rule_problems`` without its quick test would let files that break it pass, and the tests of that rule feed
    exactly such files.
    """
    from codegen import validation

    quick = validation.rules_hold

    def checked(document: Any) -> bool:
        answer = quick(document)
        expected = not validation.rule_problems(document)
        assert answer == expected, f"rules_hold says {answer} where rule_problems finds {validation.rule_problems(document)}"
        return answer

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(validation, "rules_hold", checked)
        yield


def awkward_catalog_data() -> list[dict[str, Any]]:
    """Two domains whose every string field carries awkward text; both forms of placeholders."""
    spot_errors = []
    for index, text in enumerate(AWKWARD_TEXTS):
        spot_errors.append(
            {
                "code": 100000 + index,
                "name": f"AWKWARD_{index}",
                "category": "bad_request",
                "retry": "fix_request",
                "note": AWKWARD_NOTE,
                "review": text,
                # Every other deprecation names no replacement: a binding must leave replaced_by out, not write it empty.
                **({"deprecated": {"reason": text, **({"replaced_by": "margin:1"} if index % 4 == 0 else {})}} if index % 2 == 0 else {}),
                **({"undocumented": text} if index % 3 == 0 else {}),
                "variants": [
                    {"id": "PLAIN", "message": text, "review": text},
                    {"id": "KEYED", "key": "some.machine.key", "message": text, "detail": text + " (detail)"},
                    {
                        "id": "TEMPLATED",
                        "message": f"{text} limit {{0}} current xxx",
                        "placeholders": [{"token": "{0}", "name": "limit"}, {"token": "xxx", "name": "current"}],
                        "category": "rate_limited",
                        "retry": "wait",
                        "retry_after_ms": 1500,
                        "retry_after_header": "gw-ratelimit-reset",
                        "note": AWKWARD_NOTE,
                    },
                ],
            }
        )
    return [
        {
            "domain": "spot",
            "description": "Synthetic \"spot\" domain: 'quotes', \\ backslash, */ and ${x}.",
            "success_codes": [200000],
            "errors": spot_errors,
            "removed": [
                *({"code": 900000 + index, "name": f"REMOVED_{index}", "reason": text, "replaced_by": "spot:100000"} for index, text in enumerate(AWKWARD_TEXTS)),
                {"code": 2147483646, "name": "REMOVED_BARE"},
            ],
            "string_codes": [
                {"code": text, "name": f"STRING_{index}", "category": "order_not_found", "retry": "stop", "note": AWKWARD_NOTE, "undocumented": text}
                for index, text in enumerate(AWKWARD_TEXTS)
            ],
            "failures_under_success": [
                {"message": f"{text} failed", "name": f"FAILURE_{index}", "category": "not_found", "retry": "fix_request", "note": text, "undocumented": AWKWARD_NOTE}
                for index, text in enumerate(AWKWARD_TEXTS)
            ],
        },
        {
            "domain": "margin",
            "description": "Synthetic margin domain \U0001F680.",
            "success_codes": [200000, 200],
            "errors": [
                {
                    "code": 1,
                    "name": "SMALLEST_CODE",
                    "scope": "high_frequency",
                    "category": "exchange_unavailable",
                    "retry": "retry",
                    "http_status": 503,
                    "variants": [{"id": "ONLY", "message": "XX and XXX-XXX and {1}{0}", "placeholders": [
                        {"token": "XX", "name": "currency"},
                        {"token": "XXX-XXX", "name": "symbol"},
                        {"token": "{1}", "name": "amount", "kind": "number"},
                        {"token": "{0}", "name": "unit", "kind": "currency"},
                    ]}],
                },
                {
                    "code": 2147483647,
                    "name": "LARGEST_CODE",
                    "scope": "all",
                    "category": "exchange_error",
                    "retry": "stop",
                    "variants": [{"id": "ONLY", "message": "largest code the wire format allows"}],
                },
            ],
        },
    ]


def write_catalog(directory: Path, domains: list[dict[str, Any]]) -> Path:
    """Write catalogue data as YAML files, one per domain, and return the folder."""
    directory.mkdir(parents=True, exist_ok=True)
    yaml = YAML(typ="safe", pure=True)
    yaml.allow_unicode = True
    # No folding: ruamel 0.19 folds a long double-quoted line right after an escape such as
    # \t without escaping the break, which reads back with a space added.
    yaml.width = 1_000_000
    # Block style: ruamel's flow style writes plain scalars such as "?0" that it cannot read back.
    yaml.default_flow_style = False
    for domain in domains:
        with (directory / f"{domain['domain']}.yaml").open("w", encoding="utf-8") as stream:
            yaml.dump(domain, stream)
    return directory


def compile_typescript_commonjs(module: Path, build: Path) -> Path:
    """Compile a generated ``kucoin-errors.ts`` with the project's tsc and test settings to CommonJS; returns the .js file."""
    config = build / "tsconfig.json"
    config.write_text(json.dumps({
        "extends": str(ROOT / "tests" / "typescript" / "tsconfig.json"),
        "compilerOptions": {"module": "commonjs", "moduleResolution": "node10", "outDir": str(build / "out")},
        "files": [str(module)],
    }))
    subprocess.run([str(NODE_BIN / "tsc"), "-p", str(config)], check=True)
    return build / "out" / "kucoin-errors.js"


def run_codegen(*args: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """``python -m codegen ARGS`` in a subprocess, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "codegen", *map(str, args)], cwd=cwd, capture_output=True, text=True, check=False)


@pytest.fixture(scope="session")
def binding_deciders(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Any]:
    """``deciders(name)``: the decider of the binding ``name`` (``tests/bindings/``), built once per session."""
    from tests import bindings

    built: dict[str, Any] = {}

    def decider(name: str) -> Any:
        if name not in built:
            built[name] = bindings.build(name, tmp_path_factory.mktemp(f"binding-{name}"))
        return built[name]

    return decider


@pytest.fixture(scope="session")
def real_catalog() -> LoadedCatalog:
    return load_catalog(CATALOG_DIR)


@pytest.fixture(scope="session")
def awkward_catalog_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_catalog(tmp_path_factory.mktemp("awkward") / "catalog", awkward_catalog_data())


@pytest.fixture(scope="session", params=["real", "awkward"])
def generated(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[LoadedCatalog, Path]:
    """A catalogue (real, then synthetic) and a folder with its generated outputs."""
    catalog_dir = CATALOG_DIR if request.param == "real" else request.getfixturevalue("awkward_catalog_dir")
    loaded = load_catalog(catalog_dir)
    out_dir = tmp_path_factory.mktemp(f"generated-{request.param}")
    write_outputs(render_all(loaded), out_dir)
    return loaded, out_dir


@pytest.fixture(scope="session")
def compiled_typescript(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed TypeScript module compiled to CommonJS, once per run."""
    return compile_typescript_commonjs(GENERATED_DIR / "typescript" / "kucoin-errors.ts", tmp_path_factory.mktemp("ts-compiled"))


# The order of the domains in every output (README: HTTP, Spot, Margin, Futures, Earn), written out here.
DOMAIN_ORDER = ["http", "spot", "margin", "futures", "earn", "broker", "copytrading", "websocket", "gateway", "pro_api"]


def in_domain_order(domains: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(domains, key=lambda domain: DOMAIN_ORDER.index(domain["domain"]))


def read_catalog_yaml(directory: Path) -> list[dict[str, Any]]:
    """The catalogue files of ``directory`` as plain data, read with a safe YAML load (not through codegen), in domain order."""
    yaml = YAML(typ="safe", pure=True)
    return in_domain_order([yaml.load(path.read_text(encoding="utf-8")) for path in sorted(directory.glob("*.yaml"))])


def catalog_as_data(catalog: Any) -> list[dict[str, Any]]:
    """A catalogue model as the plain data of a catalogue file: what is set, under the file's field names (written here, not codegen.serialize)."""

    def present(**fields: Any) -> dict[str, Any]:
        return {name: value for name, value in fields.items() if value is not None}

    def retry(advice: Any) -> dict[str, Any]:
        return {} if advice is None else present(
            retry=advice.action, retry_after_ms=advice.after_ms, retry_after_header=advice.after_header,
            retry_max_attempts=advice.max_attempts, retry_then=advice.then,
        )

    def placeholder(p: Any) -> dict[str, Any]:
        return present(token=p.token, name=p.name, kind=p.kind)

    def variant(v: Any) -> dict[str, Any]:
        return {**present(id=v.id, key=v.key, message=v.message, detail=v.detail, detail_separator=v.detail_separator, table=v.table,
                          category=v.category, note=v.note, review=v.review, undocumented=v.undocumented),
                **({"aliases": list(v.aliases)} if v.aliases else {}), **({"pages": list(v.pages)} if v.pages else {}),
                **({"placeholders": [placeholder(p) for p in v.placeholders]} if v.placeholders else {}), **retry(v.retry)}

    def entry(e: Any) -> dict[str, Any]:
        deprecated = {} if e.deprecated is None else {"deprecated": present(reason=e.deprecated.reason, replaced_by=e.deprecated.replaced_by)}
        return {**present(code=e.code, name=e.name, scope=e.scope, category=e.category, http_status=e.http_status, note=e.note, review=e.review,
                          undocumented=e.undocumented),
                **retry(e.retry), **deprecated, "variants": [variant(v) for v in e.variants]}

    def removed(d: Any) -> dict[str, Any]:
        tombstones = [present(code=t.code, name=t.name, reason=t.reason, replaced_by=t.replaced_by) for t in d.removed]
        return {"removed": tombstones} if tombstones else {}

    def unnumbered(d: Any) -> dict[str, Any]:
        def item(u: Any) -> dict[str, Any]:
            return present(code=u.code, message=u.message, name=u.name, category=u.category, retry=u.retry, note=u.note, undocumented=u.undocumented)
        lists = {"string_codes": [item(u) for u in d.string_codes], "failures_under_success": [item(u) for u in d.failures_under_success]}
        return {name: items for name, items in lists.items() if items}

    return [{"domain": d.domain, "description": d.description, **present(fallback=d.fallback), "success_codes": list(d.success_codes),
             "errors": [entry(e) for e in d.errors], **removed(d), **unnumbered(d)}
            for d in catalog.domains]


@pytest.fixture
def generated_source(generated: tuple[LoadedCatalog, Path], request: pytest.FixtureRequest) -> list[dict[str, Any]]:
    """The catalogue the ``generated`` outputs came from, as plain data read independently of codegen, in domain order."""
    which = request.node.callspec.params["generated"]
    return read_catalog_yaml(CATALOG_DIR) if which == "real" else in_domain_order(awkward_catalog_data())
