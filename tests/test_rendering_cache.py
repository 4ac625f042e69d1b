"""The template environment's bytecode cache: compiled templates are kept in the folder asked for, and only there."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import codegen.targets  # noqa: F401 (registers the built-in targets)
from codegen.rendering import bytecode_cache, make_environment
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
