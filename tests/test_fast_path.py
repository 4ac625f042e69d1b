"""The fast path of an unchanged run: it answers only when nothing changed, and imports none of the generator's heavy parts."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from codegen import fast_path
from codegen.cache import CACHE_VARIABLE
from tests.conftest import CATALOG_DIR, ROOT
from tests.test_cli import OUTPUTS

# Runs ``python -m codegen`` as a user does, and prints its exit status, output and the modules it imported.
PROBE = """
import contextlib, io, json, runpy, sys
with contextlib.redirect_stdout(io.StringIO()) as out:
    try:
        runpy.run_module("codegen", run_name="__main__", alter_sys=True)
    except SystemExit as exit:
        status = exit.code
print(json.dumps({"status": status, "out": out.getvalue(), "modules": sorted(sys.modules)}))
"""
#: Modules an unchanged run must not import: the targets, the model, the template engine, the YAML readers, the validator.
HEAVY = ("codegen.cli", "codegen.target", "codegen.targets", "codegen.model", "codegen.documentation", "jinja2", "ruamel", "jsonschema", "yaml")


def run_module(*args: str | Path) -> dict[str, object]:
    env = {key: value for key, value in os.environ.items() if key != CACHE_VARIABLE}
    result = subprocess.run([sys.executable, "-c", PROBE, *map(str, args)], cwd=ROOT, capture_output=True, text=True, check=True, env=env)
    report: dict[str, object] = json.loads(result.stdout)
    return report


def heavy_modules(report: dict[str, object]) -> set[str]:
    modules = report["modules"]
    assert isinstance(modules, list)
    return {name for name in modules if any(name == heavy or name.startswith(heavy + ".") for heavy in HEAVY)}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A copy of the catalogue and the outputs generated from it by a full run (which writes the stamp)."""
    work = tmp_path_factory.mktemp("fast")
    catalog = Path(shutil.copytree(CATALOG_DIR, work / "catalog", ignore=shutil.ignore_patterns("sources")))
    out = work / "out"
    assert run_module("--catalog", catalog, "--out", out)["status"] == 0
    return catalog, out


@pytest.mark.parametrize("check", [True, False], ids=["--check", "generate"])
def test_an_unchanged_run_is_answered_without_importing_the_targets_jinja_ruamel_or_jsonschema(generated: tuple[Path, Path], check: bool) -> None:
    catalog, out = generated
    report = run_module("--catalog", catalog, "--out", out, *(["--check"] if check else []))
    assert report["status"] == 0
    assert heavy_modules(report) == set()
    expected = f"{len(OUTPUTS)} generated files are current in {out} (" if check else f"0 of {len(OUTPUTS)} generated files updated in {out}, {len(OUTPUTS)} unchanged ("
    assert isinstance(report["out"], str) and report["out"].startswith(expected), report["out"]


def test_a_run_with_a_drifted_output_goes_the_full_way_and_fails_the_check(tmp_path: Path) -> None:
    catalog = Path(shutil.copytree(CATALOG_DIR, tmp_path / "catalog", ignore=shutil.ignore_patterns("sources")))
    out = tmp_path / "out"
    assert run_module("--catalog", catalog, "--out", out)["status"] == 0
    edited = out / OUTPUTS[0]
    edited.write_bytes(edited.read_bytes() + b"\n")
    report = run_module("--catalog", catalog, "--out", out, "--check")
    assert report["status"] == 1
    assert "codegen.cli" in heavy_modules(report)


@pytest.fixture
def stamped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """Inputs and outputs of a small run, with the stamp a full run would write for them."""
    monkeypatch.setenv(CACHE_VARIABLE, str(tmp_path / "cache"))
    project = tmp_path / "project"
    places = {name: project / name for name in ("templates", "runtime", "catalog", "out")}
    for folder in places.values():
        folder.mkdir(parents=True)
    (project / "pyproject.toml").write_text('[tool.codegen]\ncatalog = "catalog"\n', encoding="utf-8")
    (places["templates"] / "errors.py.j2").write_text("{{ x }}\n", encoding="utf-8")
    (places["runtime"] / "lookup.py").write_text("LOOKUP = 1\n", encoding="utf-8")
    (places["catalog"] / "spot.yaml").write_text("errors: []\n", encoding="utf-8")
    schema = project / "schema.json"
    schema.write_text("{}", encoding="utf-8")
    output = places["out"] / "errors.py"
    output.write_text("generated\n", encoding="utf-8")
    monkeypatch.chdir(project)
    flags = {"catalog": str(places["catalog"]), "out": str(places["out"]), "check": True}
    before = fast_path.snapshot([str(places["templates"]), str(places["runtime"])], str(places["catalog"]), "*.yaml", [str(schema)])
    assert before is not None
    path = fast_path.stamp_path(flags)
    assert path is not None
    digest = fast_path._file_digest(str(output))
    fast_path.write_stamp(path, before, outputs={str(output): digest}, roots=[str(places["out"])], leftover_folders=[str(places["out"])], prefix=".codegen-tmp-", shown_out=str(places["out"]))
    return {**places, "project": project, "schema": schema, "output": output, "stamp": Path(path)}


def current(places: dict[str, Path]) -> tuple[int, str] | None:
    return fast_path.current_count({"catalog": str(places["catalog"]), "out": str(places["out"]), "check": True})


def test_the_stamp_of_an_unchanged_run_says_every_output_is_current(stamped: dict[str, Path]) -> None:
    assert current(stamped) == (1, str(stamped["out"]))


def _append(key: str, text: str = "# changed\n") -> Callable[[dict[str, Path]], None]:
    def change(places: dict[str, Path]) -> None:
        path = places[key]
        path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")
    return change


def _symlinked_output(places: dict[str, Path]) -> None:
    places["output"].rename(places["out"] / "real.py")
    places["output"].symlink_to("real.py")


CHANGES: dict[str, Callable[[dict[str, Path]], object]] = {
    "an edited template": lambda places: _append("templates")({"templates": places["templates"] / "errors.py.j2"}),
    "a new template file": lambda places: (places["templates"] / "extra.py.j2").write_text("", encoding="utf-8"),
    "an edited runtime file": lambda places: _append("runtime")({"runtime": places["runtime"] / "lookup.py"}),
    "an edited catalogue file": lambda places: _append("catalog")({"catalog": places["catalog"] / "spot.yaml"}),
    "a new catalogue file": lambda places: (places["catalog"] / "futures.yaml").write_text("errors: []\n", encoding="utf-8"),
    "a removed catalogue file": lambda places: (places["catalog"] / "spot.yaml").unlink(),
    "an edited schema": _append("schema"),
    "an edited configuration": lambda places: _append("project")({"project": places["project"] / "pyproject.toml"}),
    "a drifted output": _append("output"),
    "a deleted output": lambda places: places["output"].unlink(),
    "an output replaced by a symbolic link": _symlinked_output,
    "a temporary file of an interrupted run": lambda places: (places["out"] / ".codegen-tmp-errors.py").write_text("", encoding="utf-8"),
    "a corrupt stamp": lambda places: places["stamp"].write_bytes(places["stamp"].read_bytes().replace(b"errors.py", b"errors.px")),
    "a deleted stamp": lambda places: places["stamp"].unlink(),
    "a truncated stamp": lambda places: places["stamp"].write_bytes(places["stamp"].read_bytes()[:100]),
}


@pytest.mark.parametrize("change", list(CHANGES), ids=list(CHANGES))
def test_the_fast_path_never_says_current_after_a_change(stamped: dict[str, Path], change: str) -> None:
    CHANGES[change](stamped)
    assert current(stamped) is None


def test_a_changed_codegen_variable_leaves_the_run_to_the_full_path(stamped: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CODEGEN_MAX_FILE_BYTES", "12345")
    assert current(stamped) is None


def test_another_working_directory_has_no_stamp(stamped: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(stamped["templates"])
    assert current(stamped) is None


def test_the_cache_turned_off_turns_the_fast_path_off(stamped: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_VARIABLE, "off")
    assert current(stamped) is None


@pytest.mark.parametrize(
    "argv", [["-v", "--check"], ["--check", "--force"], ["--target", "python"], ["validate"], ["--check", "--check"], ["--out"], ["--version"], ["--catalog", "--check"]]
)
def test_a_flag_or_command_the_fast_path_does_not_know_is_left_to_the_full_run(argv: list[str]) -> None:
    assert fast_path.parse_flags(argv) is None
    assert fast_path.answer(argv) is None


def test_the_plain_flags_are_read() -> None:
    assert fast_path.parse_flags(["--catalog", "c", "--out", "o", "--check"]) == {"catalog": "c", "out": "o", "check": True}
    assert fast_path.parse_flags([]) == {"catalog": None, "out": None, "check": False}
