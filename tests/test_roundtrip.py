"""Every output rebuilds the same catalogue model it was generated from."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from codegen.catalog import LoadedCatalog
from codegen.serialize import FORMAT_VERSION, catalog_from_data, content_hash
from codegen.target import Target, registered_targets
from codegen.targets.python import PYTHON
from tests.conftest import NODE_BIN, ROOT, catalog_as_data

DUMPERS = ROOT / "codegen" / "targets"


def _terms(loaded: LoadedCatalog) -> tuple[dict[str, str], dict[str, str]]:
    taxonomy = loaded.taxonomy
    return {t.name: t.description for t in taxonomy.categories}, {t.name: t.description for t in taxonomy.retry_actions}


def differences(actual: Any, expected: Any, path: str = "") -> list[str]:
    """Where two plain-data trees differ, field by field: a missing or extra field, another value or type."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        found = [f"{path}.{name}: missing" for name in expected if name not in actual]
        found += [f"{path}.{name}: not in the source" for name in actual if name not in expected]
        return found + [line for name in expected if name in actual for line in differences(actual[name], expected[name], f"{path}.{name}")]
    if isinstance(expected, list) and isinstance(actual, list):
        found = [f"{path}: {len(actual)} items, expected {len(expected)}"] if len(actual) != len(expected) else []
        return found + [line for index, (a, e) in enumerate(zip(actual, expected)) for line in differences(a, e, f"{path}[{index}]")]
    if type(actual) is not type(expected) or actual != expected:
        return [f"{path}: {actual!r:.80} != {expected!r:.80}"]
    return []


def assert_same_catalog(loaded: LoadedCatalog, dumped: dict[str, Any], source: list[dict[str, Any]]) -> None:
    """``dumped`` (an output read back) carries every field of ``source`` (the catalogue YAML read independently), and only those."""
    assert differences(dumped["domains"], source) == []
    assert differences(catalog_as_data(loaded.catalog), source) == []
    assert catalog_from_data(dumped["domains"]) == loaded.catalog
    categories, retry_actions = _terms(loaded)
    assert dumped["categories"] == categories
    assert dumped["retry_actions"] == retry_actions
    assert dumped["hash"] == content_hash(loaded.catalog)


def dump_python(out_dir: Path) -> dict[str, Any]:
    """Import the generated package with only the standard library on the path and dump it."""
    return PYTHON.round_trip(out_dir, out_dir)


def dump_typescript(out_dir: Path, build_dir: Path, module: str = "commonjs") -> dict[str, Any]:
    """Compile the generated module strictly, load it in Node and dump it."""
    _compile_typescript(out_dir / "typescript" / "kucoin-errors.ts", build_dir, module)
    compiled = build_dir / module / "kucoin-errors.js"
    if module == "esnext":
        compiled = compiled.rename(compiled.with_suffix(".mjs"))
    result = subprocess.run(["node", str(DUMPERS / "typescript_dump.cjs"), str(compiled)], capture_output=True, text=True, check=False, encoding="utf-8")
    assert result.returncode == 0, result.stderr
    dumped: dict[str, Any] = json.loads(result.stdout)
    return dumped


def test_python_package_round_trips(generated: tuple[LoadedCatalog, Path], generated_source: list[dict[str, Any]]) -> None:
    loaded, out_dir = generated
    dumped = dump_python(out_dir)
    assert_same_catalog(loaded, dumped, generated_source)
    assert dumped["modules"] == ["kucoin_errors", *(f"kucoin_errors.{name}" for name in ("_data", "_definitions", "_enums", "_glue", "_model", "_runtime"))]


def _compile_typescript(source: Path, out_dir: Path, module: str) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    config = out_dir / f"tsconfig.{module}.json"
    config.write_text(json.dumps({
        "extends": str(ROOT / "tests" / "typescript" / "tsconfig.json"),
        "compilerOptions": {"module": module, "moduleResolution": "node10" if module == "commonjs" else "bundler", "outDir": str(out_dir / module)},
        "files": [str(source)],
    }))
    result = subprocess.run([str(NODE_BIN / "tsc"), "-p", str(config)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("module", ["commonjs", "esnext"])
def test_typescript_module_compiles_strict_and_round_trips(generated: tuple[LoadedCatalog, Path], generated_source: list[dict[str, Any]],
                                                          module: str, tmp_path: Path) -> None:
    loaded, out_dir = generated
    assert_same_catalog(loaded, dump_typescript(out_dir, tmp_path, module), generated_source)


def test_json_bundle_round_trips_and_matches_its_schema(generated: tuple[LoadedCatalog, Path], generated_source: list[dict[str, Any]]) -> None:
    loaded, out_dir = generated
    bundle = json.loads((out_dir / "json" / "kucoin-errors.json").read_text(encoding="utf-8"))
    schema = json.loads((out_dir / "json" / "kucoin-errors.schema.json").read_text(encoding="utf-8"))
    assert bundle["$schema"] == "./kucoin-errors.schema.json"
    jsonschema.Draft202012Validator(schema).validate(bundle)
    assert bundle["format_version"] == FORMAT_VERSION
    assert bundle["content_hash"] == content_hash(loaded.catalog)
    assert bundle["sources"] == list(loaded.sources)
    assert differences(bundle["domains"], generated_source) == []
    assert catalog_from_data(bundle["domains"]) == loaded.catalog


@pytest.mark.parametrize("target", [target for target in registered_targets() if target.round_trip is not None], ids=lambda target: target.name)
def test_every_target_with_a_round_trip_reads_back_the_catalogue(
    generated: tuple[LoadedCatalog, Path], generated_source: list[dict[str, Any]], target: Target, tmp_path: Path
) -> None:
    loaded, out_dir = generated
    assert target.round_trip is not None
    dumped = target.round_trip(out_dir, tmp_path)
    assert differences(dumped["domains"], generated_source) == []
    assert catalog_from_data(dumped["domains"]) == loaded.catalog
    assert dumped["hash"] == content_hash(loaded.catalog)
