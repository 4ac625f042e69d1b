"""The fast path of an unchanged run: it answers only when nothing changed, and imports none of the generator's heavy parts."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
import time
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
    places = {**places, "project": project, "schema": schema, "output": output}
    return {**places, "stamp": write_the_stamp(places)}


def write_the_stamp(places: dict[str, Path], catalog: Path | None = None) -> Path:
    """Snapshot the inputs of ``places`` and write the stamp a full run ending with its output current writes."""
    catalog = places["catalog"] if catalog is None else catalog
    flags = {"catalog": str(catalog), "out": str(places["out"]), "check": True}
    before = fast_path.snapshot([str(places["templates"]), str(places["runtime"])], str(catalog), "*.yaml", [str(places["schema"])])
    assert before is not None
    path = fast_path.stamp_path(flags)
    assert path is not None
    digest = fast_path._file_digest(str(places["output"]))
    fast_path.write_stamp(path, before, outputs={str(places["output"]): digest}, roots=[str(places["out"])], leftover_folders=[str(places["out"])],
                          prefix=".codegen-tmp-", shown_out=str(places["out"]))
    return Path(path)


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


@pytest.mark.parametrize("argv", [["validate"], ["--out"], ["--version"], ["--help"], ["--catalog", "--check"], ["--cat", "c"], ["-v", "-q"], ["--out="]])
def test_a_command_or_a_flag_argparse_must_read_is_left_to_the_full_run(argv: list[str]) -> None:
    assert fast_path.parse_flags(argv) is None
    assert fast_path.answer(argv) is None


@pytest.mark.parametrize("extra", [["-v"], ["--quiet"], ["--force"], ["--target", "python"]])
def test_a_partial_forced_or_differently_reported_run_is_left_to_the_full_run_even_when_the_stamp_holds(
    stamped: dict[str, Path], extra: list[str]
) -> None:
    assert fast_path.answer(_flags_of(stamped, check=True)) == 0
    assert fast_path.answer([*_flags_of(stamped, check=True), *extra]) is None


def test_the_plain_flags_are_read_as_argparse_reads_them() -> None:
    assert fast_path.parse_flags(["--catalog", "c", "--out=o", "--check", "--target", "go", "--target=rust", "-q"]) == {
        "catalog": "c", "out": "o", "targets": ["go", "rust"], "check": True, "force": False, "verbosity": "quiet",
    }
    assert fast_path.parse_flags(["--out", "a", "--out", "b", "--force", "--verbose"]) == {
        "catalog": None, "out": "b", "targets": None, "check": False, "force": True, "verbosity": "verbose",
    }
    assert fast_path.parse_flags([]) == {"catalog": None, "out": None, "targets": None, "check": False, "force": False, "verbosity": "normal"}


def test_a_pyproject_toml_edited_in_a_folder_above_the_working_directory_leaves_the_run_to_the_full_path(stamped: dict[str, Path]) -> None:
    above = stamped["project"].parent / "pyproject.toml"
    above.write_text("[tool.other]\n", encoding="utf-8")
    assert current(stamped) is None


def test_the_stamp_is_written_into_a_cache_folder_that_exists_already(stamped: dict[str, Path]) -> None:
    stamped["stamp"].unlink()
    assert stamped["stamp"].parent.is_dir()
    write_the_stamp(stamped)
    assert current(stamped) == (1, str(stamped["out"]))


def test_an_input_file_in_a_subfolder_is_stamped_and_its_change_seen(stamped: dict[str, Path]) -> None:
    nested = stamped["templates"] / "python" / "enums.py.j2"
    nested.parent.mkdir()
    nested.write_text("{{ y }}\n", encoding="utf-8")
    write_the_stamp(stamped)
    assert current(stamped) == (1, str(stamped["out"]))
    nested.write_text("{{ z }}\n", encoding="utf-8")
    assert current(stamped) is None


def test_compiled_python_files_written_after_the_run_leave_it_current(stamped: dict[str, Path]) -> None:
    cache = stamped["runtime"] / "__pycache__"
    cache.mkdir()
    (cache / "lookup.cpython-311.pyc").write_bytes(b"compiled")
    assert current(stamped) == (1, str(stamped["out"]))


def test_a_catalogue_reached_through_a_symbolic_link_to_its_folder_is_stamped(stamped: dict[str, Path]) -> None:
    linked = stamped["project"] / "linked-catalog"
    linked.symlink_to(stamped["catalog"], target_is_directory=True)
    write_the_stamp(stamped, catalog=linked)
    assert fast_path.current_count({"catalog": str(linked), "out": str(stamped["out"]), "check": True}) == (1, str(stamped["out"]))


def test_a_run_with_another_catalogue_is_not_answered_by_the_stamp_of_the_first(stamped: dict[str, Path]) -> None:
    other = stamped["project"] / "other-catalog"
    shutil.copytree(stamped["catalog"], other)
    assert fast_path.current_count({"catalog": str(other), "out": str(stamped["out"]), "check": True}) is None
    assert fast_path.stamp_path({"catalog": str(other), "out": str(stamped["out"])}) != str(stamped["stamp"])


def test_the_stamp_lives_in_the_run_cache_beside_the_output_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(CACHE_VARIABLE, raising=False)
    monkeypatch.chdir(tmp_path)
    path = fast_path.stamp_path({"catalog": None, "out": str(tmp_path / "elsewhere" / "out")})
    assert path is not None and Path(path).parent == tmp_path / "elsewhere" / ".codegen-cache"
    assert fast_path.cache_folder_of(None) == str(tmp_path / ".codegen-cache")


@pytest.mark.parametrize("setting", ["off", "OFF", "Off"])
def test_the_cache_is_turned_off_by_off_in_any_case(setting: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_VARIABLE, setting)
    assert fast_path.cache_folder_of("out") is None
    assert fast_path.stamp_path({"catalog": None, "out": "out"}) is None


def test_an_output_folder_whose_name_is_not_utf8_still_has_a_stamp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(CACHE_VARIABLE, raising=False)
    out = os.fsdecode(bytes(tmp_path) + b"/out-\xff")
    path = fast_path.stamp_path({"catalog": None, "out": out})
    assert path is not None and os.path.basename(path).startswith("fast-")


def test_an_input_folder_that_cannot_be_listed_leaves_the_run_to_the_full_path(stamped: dict[str, Path]) -> None:
    not_a_folder = stamped["project"] / "templates-file"
    not_a_folder.write_text("", encoding="utf-8")
    assert fast_path.snapshot([str(not_a_folder)], str(stamped["catalog"]), "*.yaml", [str(stamped["schema"])]) is None


@pytest.fixture
def with_jinja(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A Jinja2 package first on sys.path: its ``__init__.py`` (which holds the version) is what the run would import."""
    package = tmp_path / "site" / "jinja2"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text('__version__ = "3.1.0"\n', encoding="utf-8")
    monkeypatch.syspath_prepend(str(package.parent))
    return package / "__init__.py"


def test_the_jinja2_the_run_would_import_is_found_without_importing_it(with_jinja: Path) -> None:
    assert fast_path._jinja_file() == str(with_jinja)


def test_an_upgraded_jinja2_leaves_the_run_to_the_full_path(with_jinja: Path, stamped: dict[str, Path]) -> None:
    write_the_stamp(stamped)
    assert current(stamped) == (1, str(stamped["out"]))
    with_jinja.write_text('__version__ = "3.2.0"\n', encoding="utf-8")
    assert current(stamped) is None


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _flags_of(places: dict[str, Path], *, check: bool) -> list[str]:
    return ["--catalog", str(places["catalog"]), "--out", str(places["out"]), *(["--check"] if check else [])]


@pytest.mark.parametrize("check", [True, False], ids=["--check", "generate"])
def test_the_answer_says_how_many_outputs_are_current_and_how_long_it_took(stamped: dict[str, Path], check: bool, capsys: pytest.CaptureFixture[str]) -> None:
    started = time.perf_counter()
    assert fast_path.answer(_flags_of(stamped, check=check)) == 0
    elapsed = time.perf_counter() - started
    shown = capsys.readouterr().out
    out = stamped["out"]
    expected = rf"1 generated files are current in {re.escape(str(out))} \((\d+\.\d\d) s\)\.\n" if check else (
        rf"0 of 1 generated files updated in {re.escape(str(out))}, 1 unchanged \((\d+\.\d\d) s\)\.\n"
    )
    match = re.fullmatch(expected, shown)
    assert match is not None, shown
    assert 0 <= float(match.group(1)) <= elapsed + 0.01


def test_a_run_the_stamp_does_not_vouch_for_gets_no_answer(stamped: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    stamped["output"].write_text("drifted\n", encoding="utf-8")
    assert fast_path.answer(_flags_of(stamped, check=True)) is None
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize(("variable", "value", "green"), [(None, None, True), ("NO_COLOR", "1", False), ("TERM", "dumb", False), ("TERM", "xterm", True)])
def test_the_answer_is_green_on_a_terminal_unless_no_color_or_a_dumb_terminal(
    stamped: dict[str, Path], monkeypatch: pytest.MonkeyPatch, variable: str | None, value: str | None, green: bool
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    if variable is not None and value is not None:
        monkeypatch.setenv(variable, value)
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    assert fast_path.answer(_flags_of(stamped, check=True)) == 0
    text = terminal.getvalue()
    assert text.startswith("\033[32m1 generated files are current") == green
    assert text.endswith(").\033[0m\n") == green


def test_the_entry_point_answers_an_unchanged_run_from_the_command_line(stamped: dict[str, Path], monkeypatch: pytest.MonkeyPatch,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "argv", ["codegen", *_flags_of(stamped, check=True)])
    assert fast_path.run() == 0
    assert capsys.readouterr().out.startswith("1 generated files are current in ")


@pytest.mark.parametrize("prog", [None, "my-codegen"])
def test_the_entry_point_hands_anything_else_to_the_full_command_line(prog: str | None, monkeypatch: pytest.MonkeyPatch) -> None:
    import codegen.cli  # noqa: PLC0415 (the full command line, imported only where the fast path declines)

    calls: list[str] = []

    def full_run(name: str) -> int:
        calls.append(name)
        return 7

    frozen: list[int] = []
    monkeypatch.setattr(sys, "argv", ["codegen", "--version"])
    monkeypatch.setattr(codegen.cli, "run", full_run)
    # The entry point freezes what the full run leaves before the process ends; here the process goes on.
    monkeypatch.setattr(fast_path.gc, "freeze", lambda: frozen.append(len(calls)))
    assert fast_path.run(prog) == 7
    assert calls == [prog or codegen.cli.CONSOLE_SCRIPT]
    assert frozen == [1]


def test_a_catalogue_edited_while_a_run_reads_it_leaves_no_stamp_pairing_the_edit_with_other_outputs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from codegen import cli  # noqa: PLC0415 (the full run, in process)

    monkeypatch.setenv(CACHE_VARIABLE, str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    catalog = Path(shutil.copytree(CATALOG_DIR, tmp_path / "catalog", ignore=shutil.ignore_patterns("sources")))
    out = tmp_path / "out"
    assert cli.main(["--catalog", str(catalog), "--out", str(out), "-q"]) == 0
    before_edit = Path(shutil.copytree(out, tmp_path / "before-edit"))
    (out / OUTPUTS[0]).unlink()  # so that the run renders again rather than finding its outputs current
    opened = cli.RunCache.open

    def open_then_edit(*args: object) -> object:
        cache = opened(*args)  # type: ignore[arg-type]
        broker = catalog / "broker.yaml"
        broker.write_text(broker.read_text(encoding="utf-8").replace("the rebate file", "the edited rebate file"), encoding="utf-8")
        return cache

    monkeypatch.setattr(cli.RunCache, "open", open_then_edit)
    assert cli.main(["--catalog", str(catalog), "--out", str(out), "-q"]) == 0
    shutil.rmtree(out)
    shutil.copytree(before_edit, out)  # the outputs of the catalogue before the edit, as a checkout would bring back
    assert fast_path.current_count({"catalog": str(catalog), "out": str(out), "check": True}) is None


def test_a_stamp_that_cannot_take_its_place_is_skipped_and_leaves_no_temporary_file(stamped: dict[str, Path]) -> None:
    """A folder where the stamp should go cannot be replaced by it: the run ends as it would without a stamp, nothing left behind."""
    folder = stamped["project"] / "stamps"
    blocked = folder / "stamp"
    blocked.mkdir(parents=True)
    (blocked / "kept.txt").write_text("kept\n", encoding="utf-8")
    before = fast_path.snapshot([str(stamped["templates"]), str(stamped["runtime"])], str(stamped["catalog"]), "*.yaml", [str(stamped["schema"])])
    assert before is not None
    digest = fast_path._file_digest(str(stamped["output"]))
    fast_path.write_stamp(str(blocked), before, outputs={str(stamped["output"]): digest}, roots=[str(stamped["out"])],
                          leftover_folders=[str(stamped["out"])], prefix=".codegen-tmp-", shown_out=str(stamped["out"]))
    assert sorted(path.name for path in folder.iterdir()) == ["stamp"]
    assert [path.name for path in blocked.iterdir()] == ["kept.txt"]
