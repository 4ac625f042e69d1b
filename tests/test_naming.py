"""Identifier rules, reserved words and derived names."""

from __future__ import annotations

import builtins
import keyword

import pytest

from codegen.naming import camel_case, constant_name, enum_class_name, identifier_problem, pascal_case, reserved_words


@pytest.mark.parametrize("name", ["BALANCE_INSUFFICIENT", "A", "HTTP_403_FORBIDDEN", "X1"])
def test_upper_snake_names_are_accepted(name: str) -> None:
    assert identifier_problem(name) is None


@pytest.mark.parametrize("name", ["", "balance", "Balance", "BALANCE__LOW", "_BALANCE", "BALANCE_", "1BALANCE", "BALANCE-LOW", "BALANCE LOW", "ÉTAT"])
def test_other_shapes_are_refused(name: str) -> None:
    problem = identifier_problem(name)
    assert problem is not None and "UPPER_SNAKE" in problem


@pytest.mark.parametrize("language", ["python", "typescript"])
def test_every_reserved_word_is_refused(language: str) -> None:
    words = reserved_words(language)
    assert words, language
    assert all(identifier_problem(word) is not None for word in words)


def test_reserved_word_lists_cover_the_languages() -> None:
    python = reserved_words("python")
    assert set(keyword.kwlist) <= python
    assert {"None", "name", "value", "info", "mro"} <= python
    assert {name for name in dir(builtins) if not name.startswith("__")} <= python
    assert {"class", "default", "constructor", "__proto__", "enum", "satisfies"} <= reserved_words("typescript")


def test_derived_names() -> None:
    assert enum_class_name("spot") == "SpotErrorCode"
    assert constant_name("futures") == "FUTURES_ERRORS"
    assert pascal_case("high_frequency") == "HighFrequency"
    assert camel_case("retry_after_ms") == "retryAfterMs"
