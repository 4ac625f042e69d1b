"""``[tool.codegen]``: found from the working directory upwards, paths relative to its file, flags over it, mistakes at file:line:column."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from codegen.config import DEFAULT_CATALOG_DIR, DEFAULT_OUTPUT_DIR, Config, ConfigError, find_config_file, load_config, read_config
from tests.conftest import CATALOG_DIR, ROOT, run_codegen
from tests.test_cli import OUTPUTS, TARGETS, snapshot



def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def problems(path: Path) -> list[str]:
    with pytest.raises(ConfigError) as raised:
        read_config(path, TARGETS, shown="pyproject.toml")
    found = [str(problem) for problem in raised.value.problems]
    assert str(raised.value) == "\n".join(found)  # the error says its problems, a line each
    return found


def test_keys_are_read_with_paths_relative_to_the_file(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n\n[tool.codegen]\ncatalog = "errors"\nout = "src/bindings"\ntargets = ["python", "json"]\n')
    assert read_config(path, TARGETS) == Config(path, tmp_path / "errors", tmp_path / "src" / "bindings", ("python", "json"))


def test_the_nearest_file_with_the_table_applies_and_files_without_it_are_passed_over(tmp_path: Path) -> None:
    outer = write(tmp_path / "pyproject.toml", '[tool.codegen]\nout = "bindings"\n')
    write(tmp_path / "app" / "pyproject.toml", '[project]\nname = "app"\n[tool.ruff]\nline-length = 100\n')
    deeper = tmp_path / "app" / "src" / "deeper"
    deeper.mkdir(parents=True)
    assert find_config_file(deeper) == outer
    assert load_config(deeper, TARGETS) == Config(outer, None, tmp_path / "bindings", None)
    inner = write(tmp_path / "app" / "pyproject.toml", '[tool.codegen]\ncatalog = "../shared/catalog"\n')
    assert load_config(deeper, TARGETS).catalog == tmp_path / "app" / ".." / "shared" / "catalog"
    assert load_config(deeper, TARGETS).path == inner


def test_without_a_table_nothing_is_set(tmp_path: Path) -> None:
    assert load_config(tmp_path, TARGETS) == Config()
    assert DEFAULT_CATALOG_DIR == Path("catalog") and DEFAULT_OUTPUT_DIR == Path("generated")


def test_an_unknown_key_is_named_at_its_line_and_column_with_a_suggestion(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml", '[tool.black]\ncatlog = 1\n\n[tool.codegen]\nout = "gen"\n  catlog = "errors"\n')
    assert problems(path) == [
        "pyproject.toml:6:3: unknown key 'catlog' in [tool.codegen] (did you mean 'catalog'?); expected one of: catalog, out, targets, templates, paths, names",
    ]


def test_an_unknown_sub_table_is_named_at_its_header(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml", '[tool.codegen]\nout = "gen"\n\n[tool.codegen.python]\nout = "src"\n')
    assert problems(path) == ["pyproject.toml:4:1: unknown key 'python' in [tool.codegen]; expected one of: catalog, out, targets, templates, paths, names"]


def test_a_wrong_type_is_named_at_its_value(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml", '[tool.codegen]\n"out" = 3\ncatalog = ""\ntargets = "python"\n')
    assert problems(path) == [
        "pyproject.toml:2:9: [tool.codegen] out must be a string: the output folder, relative to this file; found an integer",
        "pyproject.toml:3:11: [tool.codegen] catalog must be a string: the catalogue folder, relative to this file; found an empty string",
        "pyproject.toml:4:11: [tool.codegen] targets must be an array of target names (of: " + ", ".join(TARGETS) + "); found a string",
    ]


def test_an_unknown_target_is_named_where_it_stands_in_a_multi_line_array(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml", '[tool.codegen]\ntargets = [\n    "json",\n    "pyhton",\n    3,\n]\n')
    assert problems(path) == [
        "pyproject.toml:2:11: [tool.codegen] targets must hold target names (strings); found an integer",
        "pyproject.toml:4:5: unknown target 'pyhton' in [tool.codegen] targets (did you mean 'python'?); expected one of: " + ", ".join(TARGETS),
    ]


def test_a_table_that_is_not_a_table_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml", '[tool]\ncodegen = "catalog"\n')
    assert problems(path) == ["pyproject.toml:2:1: tool.codegen must be a table; found a string"]


def test_invalid_toml_that_may_hold_the_table_is_an_error_at_its_place(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.codegen]\nout = "gen"\ncatalog =\n')
    (tmp_path / "sub").mkdir()
    with pytest.raises(ConfigError) as raised:
        load_config(tmp_path / "sub", TARGETS)
    (problem,) = raised.value.problems
    assert (problem.path, problem.line, problem.column) == ("../pyproject.toml", 3, 10)
    assert problem.message.startswith("invalid TOML: ")


def test_invalid_toml_that_does_not_mention_the_generator_is_passed_over(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[project\n")
    assert load_config(tmp_path, TARGETS) == Config()


# Through the command line, as a user meets it.

def project_with_catalogue(folder: Path, pyproject: str | None = None) -> Path:
    shutil.copytree(CATALOG_DIR, folder / "errors", ignore=shutil.ignore_patterns("sources"))
    if pyproject is not None:
        write(folder / "pyproject.toml", pyproject)
    return folder


def test_without_configuration_the_defaults_are_folders_of_the_working_directory(tmp_path: Path) -> None:
    (tmp_path / "errors").mkdir()
    shutil.copytree(CATALOG_DIR, tmp_path / "catalog", ignore=shutil.ignore_patterns("sources"))
    result = run_codegen(cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert sorted(snapshot(tmp_path / "generated")) == OUTPUTS
    assert "updated in generated," in result.stdout


def test_the_configuration_applies_from_a_subfolder_and_limits_the_targets(tmp_path: Path) -> None:
    project = project_with_catalogue(tmp_path, '[tool.codegen]\ncatalog = "errors"\nout = "src/bindings"\ntargets = ["json"]\n')
    (project / "src" / "deep").mkdir(parents=True)
    result = run_codegen(cwd=project / "src" / "deep")
    assert result.returncode == 0, result.stderr
    assert sorted(snapshot(project / "src" / "bindings")) == ["json/kucoin-errors.json", "json/kucoin-errors.schema.json"]
    assert not (project / "src" / "deep" / "generated").exists()


def test_flags_override_the_configuration(tmp_path: Path) -> None:
    project = project_with_catalogue(tmp_path, '[tool.codegen]\ncatalog = "missing"\nout = "src/bindings"\ntargets = ["json"]\n')
    result = run_codegen("--catalog", "errors", "--out", "elsewhere", "--target", "docs", cwd=project)
    assert result.returncode == 0, result.stderr
    assert sorted(snapshot(project / "elsewhere")) == ["docs/ERRORS.md", "docs/kucoin-errors.txt", "docs/pages/kucoin-errors-docs-new.txt", "docs/pages/kucoin-errors.txt"]
    assert not (project / "src").exists()


def test_a_mistake_in_the_configuration_exits_2_without_a_traceback_and_writes_nothing(tmp_path: Path) -> None:
    project = project_with_catalogue(tmp_path, '[tool.codegen]\ncatalog = "errors"\ntargets = ["pyhton"]\n')
    (project / "sub").mkdir()
    result = run_codegen(cwd=project / "sub")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        "../pyproject.toml:3:12: unknown target 'pyhton' in [tool.codegen] targets (did you mean 'python'?); expected one of: " + ", ".join(TARGETS),
        "1 problem in the configuration; nothing was written.",
    ]
    assert not (project / "generated").exists() and not (project / "sub" / "generated").exists()


def test_this_repository_generates_from_any_subfolder() -> None:
    result = run_codegen("--check", cwd=ROOT / "catalog" / "sources")
    assert result.returncode == 0, result.stderr
    assert f"{len(OUTPUTS)} generated files are current in {ROOT / 'generated'}" in result.stdout


def test_a_table_where_a_string_is_expected_is_named_as_a_table(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml", "[tool.codegen]\nout = {a = 1}\n")
    assert problems(path) == ["pyproject.toml:2:7: [tool.codegen] out must be a string: the output folder, relative to this file; found a table"]


def test_a_file_that_is_not_utf8_is_named_as_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_bytes(b"[tool.codegen]\nout = \"\xff\"\n")
    assert problems(path) == ["pyproject.toml:0:0: cannot be read: not UTF-8 text"]


def test_an_unknown_target_at_the_start_of_a_line_is_named_there(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml", '[tool.codegen]\ntargets = [\n"json",\n"pyhton",\n]\n')
    assert problems(path) == [
        "pyproject.toml:4:1: unknown target 'pyhton' in [tool.codegen] targets (did you mean 'python'?); expected one of: " + ", ".join(TARGETS),
    ]


def test_a_mistake_in_an_inline_generator_table_is_reported_without_a_place(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml", "[tool]\ncodegen = {out = 3}\n")
    assert problems(path) == ["pyproject.toml:0:0: [tool.codegen] out must be a string: the output folder, relative to this file; found an integer"]


# Every key's mistakes, each at its place.

_TEMPLATES_KIND = "an array of strings: template folders, relative to this file, each holding a folder per target"
_PATHS_KIND = "a table of target name to folder, relative to this file, that takes the place of <out>/<target>/"


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        ('paths = "src"', f"2:9: [tool.codegen] paths must be {_PATHS_KIND}; found a string"),
        ('paths = { pyton = "src" }', "2:9: unknown target 'pyton' in [tool.codegen] paths (did you mean 'python'?); expected one of: " + ", ".join(TARGETS)),
        ('paths = { python = "" }', "2:9: [tool.codegen] paths.python must be a string; found an empty string"),
        ("paths = { python = 1.5 }", "2:9: [tool.codegen] paths.python must be a string; found a float"),
        ("paths = { python = 1979-05-27 }", "2:9: [tool.codegen] paths.python must be a string; found a date or time"),
        ('names = { python = "kc-errors" }', "2:9: [tool.codegen] names: 'kc-errors' is not a Python identifier, as the python module's name must be"),
        ('names = { typescript = "lib/errors" }', "2:9: [tool.codegen] names: 'lib/errors' is not a file name without a folder, as the typescript module's name must be"),
        ('names = { json = "errors" }', "2:9: unknown target 'json' in [tool.codegen] names; expected one of: python, typescript"),
        ('templates = "tpl"', f"2:13: [tool.codegen] templates must be {_TEMPLATES_KIND}; found a string"),
        ('templates = ["tpl", ""]', "2:13: [tool.codegen] templates must hold folder names (strings); found an empty string"),
        ("templates = [3]", "2:13: [tool.codegen] templates must hold folder names (strings); found an integer"),
        ("templates = [[]]", "2:13: [tool.codegen] templates must hold folder names (strings); found an array"),
        ('templates = [\n  "tpl",\n  "missing",\n]', "4:3: [tool.codegen] templates: 'missing' is not a folder (relative to {base})"),
        ("paths.python = 1", "1:1: [tool.codegen] paths.python must be a string; found an integer"),  # a dotted key: the table's header
    ],
    ids=["paths-not-a-table", "paths-unknown-target", "paths-empty", "paths-float", "paths-date", "names-python", "names-typescript",
         "names-unknown-target", "templates-not-an-array", "templates-empty-name", "templates-integer", "templates-array", "templates-missing",
         "dotted-key"],
)
def test_a_wrong_paths_names_or_templates_value_is_named_at_its_place(tmp_path: Path, table: str, expected: str) -> None:
    (tmp_path / "tpl").mkdir()
    path = write(tmp_path / "pyproject.toml", f"[tool.codegen]\n{table}\n")
    assert problems(path) == ["pyproject.toml:" + expected.format(base=tmp_path)]


def test_every_key_is_read_into_the_configuration(tmp_path: Path) -> None:
    (tmp_path / "tpl" / "extra").mkdir(parents=True)
    (tmp_path / "tpl" / "extra" / "x.txt.j2").write_text("x", encoding="utf-8")
    path = write(
        tmp_path / "pyproject.toml",
        '[tool.codegen]\ntemplates = ["tpl"]\ntargets = ["extra"]\npaths = { python = "src" }\nnames = { python = "kc", typescript = "kc-errors.v2" }\n',
    )
    assert read_config(path, TARGETS) == Config(
        path, targets=("extra",), templates=(tmp_path / "tpl",), paths=(("python", tmp_path / "src"),), names=(("python", "kc"), ("typescript", "kc-errors.v2"))
    )


def test_a_file_without_the_table_sets_nothing_and_one_read_without_a_shown_name_is_named_by_its_path(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml", '[project]\nname = "codegen-user"\n')
    assert read_config(path, TARGETS) == Config(path)
    write(path, "[tool.codegen]\nout = 3\n")
    with pytest.raises(ConfigError) as raised:
        read_config(path, TARGETS)
    assert [problem.path for problem in raised.value.problems] == [str(path)]


def test_a_configuration_file_that_is_a_folder_is_named_as_unreadable_with_why(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").mkdir()
    assert problems(tmp_path / "pyproject.toml") == ["pyproject.toml:0:0: cannot be read: Is a directory"]


def test_a_target_is_found_in_its_array_not_elsewhere_in_the_file(tmp_path: Path) -> None:
    # Its text quoted in another table, before the key; the key quoted as the target; the target written with an escape.
    path = write(tmp_path / "pyproject.toml", '[project]\nname = "pyhton"\n\n[tool.codegen]\n"targets" = ["targets", "pyht\\u006fn"]\n')
    unknown = "in [tool.codegen] targets{}; expected one of: " + ", ".join(TARGETS)
    assert problems(path) == [
        "pyproject.toml:5:13: unknown target 'pyhton' " + unknown.format(" (did you mean 'python'?)"),  # not found as written: the array
        "pyproject.toml:5:14: unknown target 'targets' " + unknown.format(""),
    ]


def test_a_generator_value_that_is_no_table_is_named_at_its_key_whatever_a_string_holds(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml", '[tool]\ncodegen = "catalog"\nnote = """\n[tool.codegen]\n"""\n')
    assert problems(path) == ["pyproject.toml:2:1: tool.codegen must be a table; found a string"]
