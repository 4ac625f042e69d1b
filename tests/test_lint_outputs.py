"""The generated bindings are lint-clean with the project's pinned linters and formatters, for the real and the awkward catalogue."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.catalog import LoadedCatalog
from tests.conftest import NODE_BIN, ROOT
from tests.test_generated_types import readme_typescript_example

RUFF_GENERATED = ROOT / "tests" / "lint" / "ruff-generated.toml"
ESLINT_CONFIG = ROOT / "tests" / "lint" / "eslint.config.mjs"


def _ruff(*arguments: str | Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "ruff", *map(str, arguments), "--no-cache", "--config", str(RUFF_GENERATED)]
    return subprocess.run(command, capture_output=True, text=True, check=False)


def test_generated_python_passes_ruff_check_with_the_broad_rule_set(generated: tuple[LoadedCatalog, Path]) -> None:
    _, out_dir = generated
    result = _ruff("check", out_dir / "python" / "kucoin_errors")
    assert result.returncode == 0, result.stdout + result.stderr


def test_generated_python_is_as_ruff_format_writes_it(generated: tuple[LoadedCatalog, Path]) -> None:
    _, out_dir = generated
    result = _ruff("format", "--diff", out_dir / "python" / "kucoin_errors")
    assert result.returncode == 0, result.stdout + result.stderr


def _typescript_folder(folder: Path, module: Path, resolution: str, *, with_example: bool = False) -> Path:
    """``module`` (with the README's example beside it), the strict tsconfig for ``resolution``, ESLint's settings and the pinned tools."""
    shutil.copy(module, folder / "kucoin-errors.ts")
    shutil.copy(ESLINT_CONFIG, folder / "eslint.config.mjs")
    (folder / "node_modules").symlink_to(ROOT / "node_modules", target_is_directory=True)
    (folder / "package.json").write_text(json.dumps({"type": "module", "private": True}))
    if with_example:
        (folder / "usage.ts").write_text(readme_typescript_example(), encoding="utf-8")
    (folder / "tsconfig.json").write_text(json.dumps({
        "extends": str(ROOT / "tests" / "typescript" / "tsconfig.json"),
        # The example names values to show them, so unused locals are allowed there; everything else is the strict set.
        "compilerOptions": {"module": "nodenext" if resolution == "nodenext" else "esnext", "moduleResolution": resolution, "noEmit": True, "noUnusedLocals": False},
        "files": ["kucoin-errors.ts", *(["usage.ts"] if with_example else [])],
    }))
    return folder


@pytest.mark.parametrize("resolution", ["nodenext", "bundler"])
def test_generated_typescript_and_the_readme_example_compile_strict_under_each_resolution(
    generated: tuple[LoadedCatalog, Path], resolution: str, tmp_path: Path
) -> None:
    loaded, out_dir = generated
    # The example reads futures errors: only the real catalogue has them.
    with_example = any(domain.domain == "futures" for domain in loaded.catalog.domains)
    folder = _typescript_folder(tmp_path, out_dir / "typescript" / "kucoin-errors.ts", resolution, with_example=with_example)
    result = subprocess.run([str(NODE_BIN / "tsc"), "-p", "tsconfig.json"], cwd=folder, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


# Babel's TypeScript preset in its default settings (babel-jest's, many bundlers'), then the module's error class in use.
BABEL_BUILD = """
const babel = require("@babel/core");
const fs = require("fs");
const [source, out] = process.argv.slice(2);
const built = babel.transformSync(fs.readFileSync(source, "utf8"), {
  filename: "kucoin-errors.ts", presets: [require.resolve("@babel/preset-typescript")], babelrc: false, configFile: false,
});
fs.writeFileSync(out, built.code);
"""
BABEL_USE = """
const [built, domain] = process.argv.slice(2);
const { parseKucoinResponse, KucoinApiError } = await import(built);
const response = parseKucoinResponse(domain, 500, { code: "999999", msg: "Something else" });
const error = new KucoinApiError(response.error);
const same = ["domain", "code", "entry", "match", "category", "retry", "httpStatus"].every((field) => error[field] === response.error[field]);
console.log(JSON.stringify({ same, info: error.info === response.error, name: error.name, isError: error instanceof Error }));
"""


def test_generated_typescript_builds_with_babels_default_typescript_preset_and_its_error_class_keeps_its_fields(
    generated: tuple[LoadedCatalog, Path], tmp_path: Path
) -> None:
    loaded, out_dir = generated
    (tmp_path / "build.cjs").write_text(BABEL_BUILD, encoding="utf-8")
    (tmp_path / "use.mjs").write_text(BABEL_USE, encoding="utf-8")
    (tmp_path / "node_modules").symlink_to(ROOT / "node_modules", target_is_directory=True)
    built = tmp_path / "kucoin-errors.mjs"
    build = subprocess.run(["node", "build.cjs", str(out_dir / "typescript" / "kucoin-errors.ts"), str(built)], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert build.returncode == 0, build.stderr
    used = subprocess.run(["node", "use.mjs", str(built), loaded.catalog.domains[0].domain], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert used.returncode == 0, used.stderr
    assert json.loads(used.stdout) == {"same": True, "info": True, "name": "KucoinApiError", "isError": True}


@pytest.mark.slow
def test_generated_typescript_passes_eslint_with_typescript_eslints_strictest_sets(generated: tuple[LoadedCatalog, Path], tmp_path: Path) -> None:
    _, out_dir = generated
    folder = _typescript_folder(tmp_path, out_dir / "typescript" / "kucoin-errors.ts", "nodenext")
    result = subprocess.run([str(NODE_BIN / "eslint"), "--max-warnings", "0", "kucoin-errors.ts"], cwd=folder, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
