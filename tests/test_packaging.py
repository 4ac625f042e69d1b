"""The wheel carries everything the generator needs: built, installed in a fresh virtual environment, it renders what the clone renders."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

from tests.conftest import CATALOG_DIR, ROOT, run_codegen
from tests.source_tree import clean_environment, copy_source_tree
from tests.test_cli import OUTPUTS, snapshot

pytestmark = pytest.mark.slow


class Installed:
    """A wheel built from the working tree and installed, with its dependencies from the package index, in a new virtual environment."""

    def __init__(self, wheel: Path, environment: Path, seconds: float) -> None:
        self.wheel = wheel
        self.bin = environment / ("Scripts" if sys.platform == "win32" else "bin")
        self.seconds = seconds

    def run(self, program: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(self.bin / program), *args], cwd=cwd, capture_output=True, text=True, check=False, env=clean_environment())


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    work = tmp_path_factory.mktemp("packaging")
    started = time.perf_counter()
    source = copy_source_tree(work / "source")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", str(work / "dist"), str(source)],
                   check=True, env=clean_environment())
    (wheel,) = (work / "dist").glob("*.whl")
    subprocess.run([sys.executable, "-m", "venv", str(work / "env")], check=True, env=clean_environment())
    environment = Installed(wheel, work / "env", 0.0)
    subprocess.run([str(environment.bin / "python"), "-m", "pip", "install", "--quiet", str(wheel)], check=True, env=clean_environment(), cwd=work)
    environment.seconds = time.perf_counter() - started
    print(f"wheel built and installed in {environment.seconds:.1f} s")
    return environment


def test_the_wheel_holds_the_templates_runtime_schema_and_the_targets_files(installed: Installed) -> None:
    with zipfile.ZipFile(installed.wheel) as wheel:
        names = set(wheel.namelist())
        metadata = next(wheel.read(name).decode() for name in names if name.endswith(".dist-info/METADATA"))
        entry_points = next(wheel.read(name).decode() for name in names if name.endswith(".dist-info/entry_points.txt"))
    for folder in ("templates", "runtime", "schema"):
        files = [path for path in (ROOT / folder).rglob("*") if path.is_file() and "__pycache__" not in path.parts]
        assert files, folder
        for path in files:
            assert f"codegen/_bundled/{path.relative_to(ROOT).as_posix()}" in names, path
    compiled_templates = sorted((ROOT / "codegen" / "_precompiled").rglob("*.py"))
    assert compiled_templates
    for path in [*(ROOT / "codegen" / "targets" / "reserved").glob("*.txt"), *(ROOT / "codegen" / "targets").glob("*_dump.*"), *compiled_templates]:
        assert path.relative_to(ROOT).as_posix() in names, path
    assert "License-Expression: MIT" in metadata.splitlines()
    assert "kucoin-errors-codegen = codegen.fast_path:run" in entry_points.splitlines()


def test_the_installed_tool_renders_a_project_of_its_own_as_the_clone_does(installed: Installed, tmp_path: Path) -> None:
    project = tmp_path / "project"
    shutil.copytree(CATALOG_DIR, project / "catalog", ignore=shutil.ignore_patterns("sources"))
    result = installed.run("kucoin-errors-codegen", cwd=project)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{len(OUTPUTS)} of {len(OUTPUTS)} generated files updated in generated, 0 unchanged")
    expected = tmp_path / "expected"
    reference = run_codegen("--catalog", project / "catalog", "--out", expected)
    assert reference.returncode == 0, reference.stderr
    assert snapshot(project / "generated") == snapshot(expected)
    assert sorted(snapshot(project / "generated")) == OUTPUTS
    check = installed.run("python", "-m", "codegen", "--check", cwd=project)
    assert check.returncode == 0, check.stderr


def test_the_installed_tool_reads_its_own_files_not_the_clones(installed: Installed, tmp_path: Path) -> None:
    probe = "import codegen.resources as r, codegen.targets.python as p; print(r.TEMPLATES_DIR); print(r.SCHEMA_PATH); print(p.PYTHON.language.reserved_words_file)"
    result = installed.run("python", "-c", probe, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    for line in result.stdout.splitlines():
        assert Path(line).exists() and Path(line).is_relative_to(installed.bin.parent), line
        assert not Path(line).is_relative_to(ROOT), line


def test_the_console_script_has_a_version_and_refuses_a_mistake_without_a_traceback(installed: Installed, tmp_path: Path) -> None:
    version = installed.run("kucoin-errors-codegen", "--version", cwd=tmp_path)
    project_version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert (version.returncode, version.stdout) == (0, f"kucoin-errors-codegen {project_version}\n")
    empty = installed.run("kucoin-errors-codegen", cwd=tmp_path)
    assert empty.returncode == 2 and "Traceback" not in empty.stderr
    assert "catalog:0:0: catalogue folder not found" in empty.stderr
    assert not (tmp_path / "generated").exists()
