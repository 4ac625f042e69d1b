"""The registry of targets: registration order, replacement, removal, and the languages whose reserved words names must avoid."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from codegen.target import Language, Output, Target, languages, register, registered_targets, run_dumper, unregister

BUILTIN = {"python", "typescript", "go", "java", "rust", "json", "docs"}


def names() -> list[str]:
    return [target.name for target in registered_targets()]


@pytest.fixture
def plugins() -> Iterator[None]:
    yield
    for name in ("c_header", "c_source"):
        unregister(name)


def test_the_built_in_targets_register_themselves_once_each() -> None:
    assert sorted(names()) == sorted(BUILTIN)


def test_a_registered_target_comes_after_the_built_in_ones_and_replacing_it_keeps_its_place(plugins: None, tmp_path: Path) -> None:
    first = register(Target("c_header", tmp_path, (Output("errors.h.j2", "c/errors.h"),)))
    register(Target("c_source", tmp_path, ()))
    assert set(names()[:-2]) == BUILTIN and names()[-2:] == ["c_header", "c_source"]
    replacement = Target("c_header", tmp_path, (Output("other.h.j2", "c/other.h"),))
    assert register(replacement) is replacement and replacement is not first
    assert set(names()[:-2]) == BUILTIN and names()[-2:] == ["c_header", "c_source"]
    assert registered_targets()[-2] is replacement


def test_unregistering_removes_a_target_and_an_unknown_name_is_ignored(plugins: None, tmp_path: Path) -> None:
    register(Target("c_header", tmp_path, ()))
    unregister("c_header")
    unregister("no_such_target")
    assert sorted(names()) == sorted(BUILTIN)


def test_reserved_words_are_one_a_line_without_blank_lines_comments_or_spaces(tmp_path: Path) -> None:
    words = tmp_path / "c.txt"
    words.write_text("# C keywords\n\nint\n  static  \n#define\nauto\n", encoding="utf-8")
    assert Language("c", words).reserved_words == frozenset({"int", "static", "auto"})


def test_each_language_is_listed_once_in_the_order_its_first_target_came(tmp_path: Path) -> None:
    c, go = Language("c", tmp_path / "c.txt"), Language("go", tmp_path / "go.txt")
    targets = (Target("a", tmp_path, (), language=c), Target("b", tmp_path, ()), Target("d", tmp_path, (), language=go),
               Target("e", tmp_path, (), language=Language("c", tmp_path / "other.txt")))
    assert languages(targets) == (c, go)
    assert sorted(language.name for language in languages()) == ["go", "java", "python", "rust", "typescript"]


def test_a_failing_dumpers_stderr_that_is_not_utf8_is_shown_with_replacement_characters() -> None:
    failing = 'import sys; sys.stderr.buffer.write(b"bad \\xff byte"); sys.exit(1)'
    with pytest.raises(RuntimeError, match=re.escape("the generated binding did not load: bad \ufffd byte")):
        run_dumper([sys.executable, "-c", failing], "the generated binding did not load")


def test_a_dumper_runs_with_the_options_given_and_its_json_output_is_the_dump(tmp_path: Path) -> None:
    printing = "import json, os; print(json.dumps({'folder': os.getcwd(), 'name': os.environ['DUMP_NAME']}))"
    dumped = run_dumper([sys.executable, "-c", printing], "the dumper failed", cwd=tmp_path, env={"DUMP_NAME": "caf\u00e9"})
    assert dumped == {"folder": str(tmp_path), "name": "caf\u00e9"}
