"""Per-target output folders and module names from ``[tool.codegen]``: the same files, where and as the project wants them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.config import ConfigError, read_config
from codegen.placement import place_outputs
from codegen.target import registered_targets
from tests.conftest import CATALOG_DIR, GENERATED_DIR, run_codegen

BUILTIN_NAMES = [target.name for target in registered_targets()]
PLACED = """\
[tool.codegen]
out = "build/generated"
paths = { python = "src/app/vendor", typescript = "web/vendor" }
names = { python = "kc_errors", typescript = "kc-errors" }
"""


def test_each_target_goes_to_its_folder_under_its_name_with_the_same_content(tmp_path: Path) -> None:
    (tmp_path / "catalog").mkdir()
    for source in CATALOG_DIR.glob("*.yaml"):
        shutil.copy(source, tmp_path / "catalog" / source.name)
    (tmp_path / "pyproject.toml").write_text(PLACED, encoding="utf-8")
    result = run_codegen(cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    expected = {
        **{f"src/app/vendor/kc_errors/{path.name}": path for path in (GENERATED_DIR / "python" / "kucoin_errors").iterdir() if path.is_file()},
        "web/vendor/kc-errors.ts": GENERATED_DIR / "typescript" / "kucoin-errors.ts",
        # The targets without a folder of their own stay under the output folder, as they are laid out in generated/.
        **{f"build/generated/{path.relative_to(GENERATED_DIR).as_posix()}": path for folder in ("docs", "go", "java", "json", "rust")
           for path in (GENERATED_DIR / folder).rglob("*") if path.is_file()},
    }
    written = {path.relative_to(tmp_path).as_posix() for path in tmp_path.rglob("*") if path.is_file() and ".codegen-cache" not in path.parts}
    assert written == {*expected, "pyproject.toml", *(f"catalog/{path.name}" for path in CATALOG_DIR.glob("*.yaml"))}
    for relative, original in expected.items():
        assert (tmp_path / relative).read_bytes() == original.read_bytes(), relative
    imported = subprocess.run([sys.executable, "-c", "import kc_errors; print(kc_errors.lookup('spot', '200004').name)"],
                              cwd=tmp_path / "src" / "app" / "vendor", capture_output=True, text=True, check=False)
    assert imported.stdout == "BALANCE_INSUFFICIENT\n", imported.stderr
    check = run_codegen("--check", cwd=tmp_path)
    assert check.returncode == 0, check.stderr
    (tmp_path / "web" / "vendor" / "kc-errors.ts").unlink()
    assert run_codegen("--check", cwd=tmp_path).returncode == 1


def test_without_per_target_folders_the_output_folder_stays_and_only_names_change(tmp_path: Path) -> None:
    targets, root = place_outputs(registered_targets(), tmp_path / "out", {}, {"python": "kc", "typescript": "kc-errors"})
    assert root == tmp_path / "out"
    paths = {target.name: [output.path for output in target.outputs] for target in targets}
    assert all(path.startswith("python/kc/") for path in paths["python"])
    assert paths["typescript"] == ["typescript/kc-errors.ts"]
    assert paths["json"] == ["json/kucoin-errors.json", "json/kucoin-errors.schema.json"]


@pytest.mark.parametrize(
    ("table", "problem"),
    [
        ('paths = { pyton = "src" }', "pyproject.toml:2:9: unknown target 'pyton' in [tool.codegen] paths (did you mean 'python'?); expected one of: "
         + ", ".join(BUILTIN_NAMES)),
        ('names = { python = "kc-errors" }', "pyproject.toml:2:9: [tool.codegen] names: 'kc-errors' is not a Python identifier, as the python module's name must be"),
        ('names = { json = "errors" }', "pyproject.toml:2:9: unknown target 'json' in [tool.codegen] names; expected one of: python, typescript"),
        ('paths = { python = 1 }', "pyproject.toml:2:9: [tool.codegen] paths.python must be a string; found an integer"),
        ('paths = "src"', "pyproject.toml:2:9: [tool.codegen] paths must be a table of target name to folder, relative to this file, that takes the place of "
         "<out>/<target>/; found a string"),
    ],
    ids=["unknown-target", "not-an-identifier", "no-module-name", "not-a-string", "not-a-table"],
)
def test_a_wrong_paths_or_names_table_is_named_at_its_line(tmp_path: Path, table: str, problem: str) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text(f"[tool.codegen]\n{table}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        read_config(path, BUILTIN_NAMES, shown="pyproject.toml")
    assert [str(found) for found in raised.value.problems] == [problem]
