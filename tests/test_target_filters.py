"""The target plugins' filters: literals of every wire value in each language, identifiers, and lines laid out as the formatters lay them out."""

from __future__ import annotations

from types import MappingProxyType

import pytest

from codegen.targets.python import LINE_LENGTH, fits_line, isort_order, python_literal


@pytest.mark.parametrize("literal", [python_literal])
@pytest.mark.parametrize("value", [True, False, 1.5, None, [1], {1, 2}])
def test_a_value_no_language_has_a_literal_for_is_refused(literal: object, value: object) -> None:
    with pytest.raises(TypeError, match="no .* literal for"):
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
