"""The built-in templates' code compiled ahead of time: used when current, never trusted when it is not."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import shutil
import sys
from pathlib import Path

import jinja2
import pytest

import codegen.precompiled as precompiled
from codegen.precompiled import PRECOMPILED_DIR, PrecompiledLoader, compile_key, module_text, stale_files, write_files
from codegen.rendering import make_environment
from codegen.target import Target, registered_targets
from tests.conftest import ROOT

PYTHON = next(target for target in registered_targets() if target.name == "python")
BANNER = ["Made from a.yaml.", 'A "quoted" */ line'] + ["File hash: sha256:" + "0" * 64]


def _compiled_from(template: object) -> str:
    return Path(template.root_render_func.__code__.co_filename).as_posix()  # type: ignore[attr-defined]


def test_the_shipped_compiled_templates_are_those_of_the_templates_as_they_are() -> None:
    stale = [path.relative_to(ROOT).as_posix() for path in stale_files()]
    assert stale == [], "stale compiled templates: run `python -m codegen.precompiled` and commit codegen/_precompiled/"


def test_a_built_in_template_runs_its_shipped_compiled_code_and_names_its_own_file() -> None:
    template = make_environment(PYTHON).get_template("_banner.j2")
    assert _compiled_from(template).endswith("codegen/_precompiled/python/_banner.j2.py")
    assert template.filename == str(PYTHON.template_dir / "_banner.j2")
    assert template.render(header=BANNER) == "".join(f"# {line}\n" for line in BANNER)


def _edited_python_target(tmp_path: Path, banner: str) -> Target:
    folder = Path(shutil.copytree(PYTHON.template_dir, tmp_path / "python"))
    (folder / "_banner.j2").write_text(banner, encoding="utf-8")
    return dataclasses.replace(PYTHON, template_dir=folder)


def test_a_template_edited_since_it_was_compiled_is_compiled_from_its_source(tmp_path: Path) -> None:
    target = _edited_python_target(tmp_path, "{% for line in header %}// {{ line }}\n{% endfor %}")
    template = make_environment(target).get_template("_banner.j2")
    assert template.render(header=["one", "two"]) == "// one\n// two\n"
    assert "_precompiled" not in _compiled_from(template)


@pytest.mark.parametrize("damage", ["", "this is not Python (", "PRECOMPILED_KEY = 'another key'\ndef root(context): yield 'x'\n"])
def test_a_missing_damaged_or_foreign_compiled_file_means_compiling_from_source(tmp_path: Path, damage: str) -> None:
    compiled = tmp_path / "compiled"
    compiled.mkdir()
    if damage:
        (compiled / "_banner.j2.py").write_text(damage, encoding="utf-8")
    environment = make_environment(PYTHON)
    environment.loader = PrecompiledLoader([PYTHON.template_dir], compiled)
    template = environment.get_template("_banner.j2")
    assert template.render(header=["a"]) == "# a\n"
    assert not _compiled_from(template).startswith(str(compiled))


def test_writing_the_compiled_templates_makes_every_one_current_and_removes_those_of_no_template(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(precompiled, "PRECOMPILED_DIR", tmp_path)
    orphan = tmp_path / "python" / "gone.j2.py"
    orphan.parent.mkdir()
    orphan.write_text("x = 1\n", encoding="utf-8")
    shipped = sorted(path.relative_to(PRECOMPILED_DIR) for path in PRECOMPILED_DIR.rglob("*.py"))
    assert sorted(path.relative_to(tmp_path) for path in stale_files()) == sorted([*shipped, orphan.relative_to(tmp_path)])
    write_files()
    assert stale_files() == []
    assert not orphan.exists()
    assert sorted(path.relative_to(tmp_path) for path in tmp_path.rglob("*.py")) == shipped


def test_the_check_command_names_a_stale_file_and_exits_1(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(precompiled, "PRECOMPILED_DIR", ROOT / "codegen" / "_precompiled-missing")
    said: list[str] = []
    assert precompiled.main(["--check"], said.append) == 1
    assert "codegen/_precompiled-missing/python/_banner.j2.py: stale; run `python -m codegen.precompiled`" in said


class _OtherEnvironment(jinja2.Environment):
    """An environment of another class: its compiled code may differ."""


_OPTION_CHANGES = {
    "block_start_string": {"block_start_string": "<%"},
    "block_end_string": {"block_end_string": "%>"},
    "variable_start_string": {"variable_start_string": "<<"},
    "variable_end_string": {"variable_end_string": ">>"},
    "comment_start_string": {"comment_start_string": "<#"},
    "comment_end_string": {"comment_end_string": "#>"},
    "line_statement_prefix": {"line_statement_prefix": "%%"},
    "line_comment_prefix": {"line_comment_prefix": "##"},
    "trim_blocks": {"trim_blocks": True},
    "lstrip_blocks": {"lstrip_blocks": True},
    "newline_sequence": {"newline_sequence": "\r\n"},
    "keep_trailing_newline": {"keep_trailing_newline": True},
    "optimized": {"optimized": False},
    "autoescape": {"autoescape": True},
    "extensions": {"extensions": ["jinja2.ext.do"]},
}


@pytest.mark.parametrize("option", sorted(_OPTION_CHANGES))
def test_code_compiled_under_other_syntax_options_is_never_taken_for_current(option: str) -> None:
    plain = jinja2.Environment()
    changed = plain.overlay(**_OPTION_CHANGES[option])
    assert compile_key(plain, "{{ x }}") == compile_key(jinja2.Environment(), "{{ x }}")
    assert compile_key(changed, "{{ x }}") != compile_key(plain, "{{ x }}")


def test_code_compiled_by_another_environment_class_another_jinja_or_from_another_source_is_never_taken_for_current() -> None:
    plain = jinja2.Environment()
    key = compile_key(plain, "{{ x }}")
    assert compile_key(_OtherEnvironment(), "{{ x }}") != key
    assert compile_key(plain, "{{ y }}") != key
    assert key.startswith(hashlib.sha256(b"{{ x }}").hexdigest() + " ")
    assert f" jinja2 {jinja2.__version__} " in key


def test_a_current_compiled_template_is_run_with_the_globals_it_is_loaded_with(tmp_path: Path) -> None:
    (tmp_path / "templates").mkdir()
    (tmp_path / "compiled").mkdir()
    source = "Hello {{ greeting }}"
    (tmp_path / "templates" / "hello.j2").write_text(source, encoding="utf-8")
    environment = jinja2.Environment()
    environment.loader = PrecompiledLoader([tmp_path / "templates"], tmp_path / "compiled")
    (tmp_path / "compiled" / "hello.j2.py").write_text(module_text(environment, "hello.j2", source), encoding="utf-8")
    template = environment.get_template("hello.j2", globals={"greeting": "world"})
    assert _compiled_from(template) == (tmp_path / "compiled" / "hello.j2.py").as_posix()
    assert template.filename == str(tmp_path / "templates" / "hello.j2")
    assert template.render() == "Hello world"


def test_the_compile_command_refuses_unknown_arguments_with_its_usage_and_exit_2() -> None:
    said: list[str] = []
    assert precompiled.main(["--write"], said.append) == 2
    assert said == ["usage: python -m codegen.precompiled [--check]"]


def test_the_check_command_says_nothing_and_exits_0_when_every_compiled_template_is_current() -> None:
    said: list[str] = []
    assert precompiled.main(["--check"], said.append) == 0
    assert said == []


def test_the_compile_command_writes_the_stale_files_says_how_many_and_exits_0(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(precompiled, "PACKAGE_DIR", tmp_path / "codegen")
    monkeypatch.setattr(precompiled, "PRECOMPILED_DIR", tmp_path / "codegen" / "_precompiled")
    shipped = sorted(PRECOMPILED_DIR.rglob("*.py"))
    said: list[str] = []
    assert precompiled.main([], said.append) == 0
    assert said == [f"{len(shipped)} compiled template file(s) written or removed in codegen/_precompiled"]
    assert precompiled.main(["--check"], said.append) == 0


def test_a_template_without_current_compiled_code_is_run_with_the_globals_it_is_loaded_with(tmp_path: Path) -> None:
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "hello.j2").write_text("Hello {{ greeting }}", encoding="utf-8")
    environment = jinja2.Environment()
    environment.loader = PrecompiledLoader([tmp_path / "templates"], tmp_path / "compiled")
    assert environment.get_template("hello.j2", globals={"greeting": "source"}).render() == "Hello source"


def test_a_template_loaded_from_compiled_code_knows_when_its_source_changes(tmp_path: Path) -> None:
    (tmp_path / "templates").mkdir()
    (tmp_path / "compiled").mkdir()
    template_file = tmp_path / "templates" / "hello.j2"
    template_file.write_text("Hello", encoding="utf-8")
    environment = jinja2.Environment()
    environment.loader = PrecompiledLoader([tmp_path / "templates"], tmp_path / "compiled")
    (tmp_path / "compiled" / "hello.j2.py").write_text(module_text(environment, "hello.j2", "Hello"), encoding="utf-8")
    template = environment.get_template("hello.j2")
    assert _compiled_from(template).startswith(str(tmp_path / "compiled")) and template.is_up_to_date
    template_file.write_text("Hello again", encoding="utf-8")
    os.utime(template_file, (template_file.stat().st_atime, template_file.stat().st_mtime + 10))
    assert not template.is_up_to_date


def test_run_as_a_module_the_command_reads_its_arguments_from_the_command_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(precompiled, "PACKAGE_DIR", tmp_path / "codegen")
    monkeypatch.setattr(precompiled, "PRECOMPILED_DIR", tmp_path / "codegen" / "_precompiled")
    monkeypatch.setattr(sys, "argv", ["precompiled.py", "--check"])
    said: list[str] = []
    assert precompiled.main(write=said.append) == 1
    assert said and all(line.endswith(": stale; run `python -m codegen.precompiled`") for line in said)
    assert not (tmp_path / "codegen" / "_precompiled").exists()
