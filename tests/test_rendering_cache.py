"""The template environment's bytecode cache: compiled templates are kept in the folder asked for, and only there."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from jinja2 import TemplateError

import codegen.targets  # noqa: F401 (registers the built-in targets)
from codegen.rendering import _runtime_source, bytecode_cache, make_environment
from codegen.target import registered_targets


def test_a_template_compiled_with_a_bytecode_cache_is_kept_in_its_folder(tmp_path: Path) -> None:
    folder = tmp_path / "made" / "bytecode"
    python = next(target for target in registered_targets() if target.name == "python")
    uncompiled = dataclasses.replace(python, name="python-without-compiled-templates")
    environment = make_environment(uncompiled, bytecode_cache(folder))
    environment.get_template("_banner.j2")
    assert [path.suffix for path in folder.iterdir()] == [".cache"]


def test_a_template_run_from_its_shipped_compiled_code_leaves_the_bytecode_cache_empty(tmp_path: Path) -> None:
    python = next(target for target in registered_targets() if target.name == "python")
    environment = make_environment(python, bytecode_cache(tmp_path))
    environment.get_template("_banner.j2")
    assert list(tmp_path.iterdir()) == []


def test_an_environment_without_a_cache_keeps_no_bytecode() -> None:
    python = next(target for target in registered_targets() if target.name == "python")
    assert make_environment(python).bytecode_cache is None


def test_a_cache_folder_that_cannot_be_made_means_no_cache(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("", encoding="utf-8")
    assert bytecode_cache(tmp_path / "file" / "bytecode") is None


def test_runtime_source_reads_a_file_of_the_runtime_folder_itself_and_nothing_else(tmp_path: Path) -> None:
    runtime = tmp_path / "runtime"
    (runtime / "inner").mkdir(parents=True)
    (runtime / "Model.java").write_text("class Model {}\n", encoding="utf-8")
    (runtime / "inner" / "Deep.java").write_text("class Deep {}\n", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("secret\n", encoding="utf-8")
    (runtime / "link.txt").symlink_to(tmp_path / "secret.txt")
    assert _runtime_source(runtime, "Model.java") == "class Model {}\n"
    for name in ("inner/Deep.java", "inner", "../secret.txt", str(tmp_path / "secret.txt"), "", ".", "..", "Model.java/", "Missing.java", "a\0b"):
        with pytest.raises(TemplateError, match="is not a runtime file of runtime"):
            _runtime_source(runtime, name)
    assert _runtime_source(runtime, "link.txt") == "secret\n"  # a link in the folder is one of its files, as before
