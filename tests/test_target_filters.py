"""The target plugins' filters: literals of every wire value in each language, identifiers, and lines laid out as the formatters lay them out."""

from __future__ import annotations

import re
from types import MappingProxyType

import pytest

from codegen.targets.go import go_literal
from codegen.targets.java import GENERATED_BEGIN, GENERATED_END, java_literal, java_splice
from codegen.targets.python import LINE_LENGTH, fits_line, isort_order, python_literal
from codegen.targets.rust import rust_literal
from codegen.targets.typescript import SOURCE_ONLY_BEGIN, SOURCE_ONLY_END, typescript_literal, without_source_only


@pytest.mark.parametrize(("literal", "language"), [(python_literal, "Python"), (typescript_literal, "TypeScript"), (go_literal, "Go"), (java_literal, "Java"),
                                                   (rust_literal, "Rust")])
@pytest.mark.parametrize("value", [True, False, 1.5, None, [1], {1, 2}])
def test_a_value_no_language_has_a_literal_for_is_refused(literal: object, language: str, value: object) -> None:
    with pytest.raises(TypeError, match=re.escape(f"no {language} literal for {value!r}")):
        literal(value)  # type: ignore[operator]


def test_python_literals_are_read_only_one_line_expressions_equal_to_the_value() -> None:
    assert python_literal(7) == "7"
    assert python_literal("a\n'b'") == "\"a\\n'b'\""
    assert python_literal(("x", "y")) == 'frozenset({"x", "y"})'
    assert python_literal({429: "rate_limited", 500: "x"}) == 'MappingProxyType({429: "rate_limited", 500: "x"})'
    assert eval(python_literal({"k": "v"}), {"MappingProxyType": MappingProxyType}) == {"k": "v"}  # noqa: S307 (the generator's own literal)


def test_a_wide_character_counts_as_two_columns_of_a_python_line() -> None:
    assert fits_line("x" * LINE_LENGTH)
    assert not fits_line("x" * (LINE_LENGTH + 1))
    assert fits_line("中" * (LINE_LENGTH // 2))
    assert not fits_line("中" * (LINE_LENGTH // 2) + "x")
    assert not fits_line("\uff21" * (LINE_LENGTH // 2 + 1))  # fullwidth A: F, two columns


def test_exported_names_are_sorted_constants_then_classes_then_functions() -> None:
    assert isort_order(["lookup", "Domain", "ERROR_CODES", "classify", "ErrorInfo", "CATEGORIES"]) == [
        "CATEGORIES", "ERROR_CODES", "Domain", "ErrorInfo", "classify", "lookup",
    ]


def test_the_typescript_runtime_loses_its_source_only_block_and_nothing_else() -> None:
    source = "a\n" + SOURCE_ONLY_BEGIN + "import { X } from './data';\n" + SOURCE_ONLY_END + "b\n"
    assert without_source_only(source) == "a\nb\n"
    assert without_source_only(SOURCE_ONLY_BEGIN + SOURCE_ONLY_END) == ""


@pytest.mark.parametrize("source", ["no block\n", "a\n" + SOURCE_ONLY_BEGIN + "b\n", SOURCE_ONLY_END + "x\n" + SOURCE_ONLY_BEGIN])
def test_a_typescript_runtime_without_one_whole_source_only_block_is_refused(source: str) -> None:
    with pytest.raises(ValueError, match="^a TypeScript runtime source needs one source-only block$"):
        without_source_only(source)


def test_a_java_runtime_enums_generated_block_is_replaced_by_the_catalogues_constants() -> None:
    source = "enum E {\n" + GENERATED_BEGIN + "    SAMPLE;\n" + GENERATED_END + "}\n"
    assert java_splice(source, "    A, B;\n") == "enum E {\n    A, B;\n}\n"
    assert java_splice(GENERATED_BEGIN + GENERATED_END, "X") == "X"


@pytest.mark.parametrize("source", ["enum E {}\n", GENERATED_BEGIN + "x\n", GENERATED_END + GENERATED_BEGIN])
def test_a_java_runtime_enum_without_one_whole_generated_block_is_refused(source: str) -> None:
    with pytest.raises(ValueError, match="^a Java runtime enum needs one generated block$"):
        java_splice(source, "X")


def test_wire_values_are_written_as_each_languages_literals() -> None:
    values = [5, 'a"b', ("a", "b"), {1: "x", 2: "y"}, {"k": "v"}]
    assert [go_literal(value) for value in values] == [
        "5", '"a\\"b"', '[]string{"a", "b"}', 'map[int]string{1: "x", 2: "y"}', 'map[string]string{"k": "v"}',
    ]
    assert [java_literal(value) for value in values] == [
        ("int", "5"), ("String", '"a\\"b"'), ("List<String>", 'List.of("a", "b")'),
        ("Map<Integer, String>", 'Map.of(1, "x", 2, "y")'), ("Map<String, String>", 'Map.of("k", "v")'),
    ]
    assert [typescript_literal(value) for value in values] == ["5", '"a\\"b"', '["a", "b"]', '{ "1": "x", "2": "y" }', '{ "k": "v" }']
    assert [rust_literal(value) for value in values] == ["5", '"a\\"b"', '&["a", "b"]', '&[(1, "x"), (2, "y")]', '&[("k", "v")]']
    assert rust_literal(1_000_000) == "1_000_000"
