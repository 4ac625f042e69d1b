"""The filters the data templates call for every entry: exact literals for present, absent and awkward values."""

from __future__ import annotations

import pytest

from codegen.model import Placeholder
from codegen.targets.go import go_optional, go_pattern
from codegen.targets.java import java_string, java_text
from codegen.targets.python import fits_line, pattern_pairs, placeholder_calls, python_optional
from codegen.targets.rust import rust_string


def test_an_absent_optional_field_writes_nothing_in_go_and_python_and_null_in_java() -> None:
    assert (go_optional(None, "Note"), python_optional(None, "note", 12), java_text(None)) == ("", "", "null")


@pytest.mark.parametrize(("value", "go", "python", "java"), [
    ('say "hi" \\ now', ', Note: "say \\"hi\\" \\\\ now"', "            note='say \"hi\" \\\\ now',\n", '"say \\"hi\\" \\\\ now"'),
    ("it's\nhere", ', Note: "it\'s\\nhere"', '            note="it\'s\\nhere",\n', '"it\'s\\nhere"'),
    (400, ", Note: 400", "            note=400,\n", None),
])
def test_a_present_optional_field_is_written_as_its_literal(value: str | int, go: str, python: str, java: str | None) -> None:
    assert go_optional(value, "Note") == go
    assert python_optional(value, "note", 12) == python
    if java is not None:
        assert java_text(value) == java  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "literal"), [
    ("\b\f\x7f", '"\\b\\f\\u007f"'),
    ("\ud800 alone", '"\\ud800 alone"'),
    ("~ and !#[]", '"~ and !#[]"'),
])
def test_java_literals_escape_every_character_outside_printable_ascii_one_by_one(text: str, literal: str) -> None:
    assert java_string(text) == literal


@pytest.mark.parametrize(("text", "literal"), [
    ('plain "quoted" \\ text é 😀', '"plain \\"quoted\\" \\\\ text é 😀"'),
    ("tab\tand \u2028 and \x00", '"tab\\tand \\u{2028} and \\u{0}"'),
])
def test_rust_literals_keep_printable_text_and_escape_the_rest(text: str, literal: str) -> None:
    assert rust_string(text) == literal


@pytest.mark.parametrize(("pattern", "expected"), [
    ("ABC\\D\\W", "abc\\D\\W"),
    ("\\u12", "\\x{12}"),
    ("X\\", "x\\"),
    ("\\uABCDE", "\\x{ABCD}e"),
])
def test_go_patterns_keep_escapes_whole_and_lower_only_ascii_capitals(pattern: str, expected: str) -> None:
    assert go_pattern(pattern) == expected


@pytest.mark.parametrize(("line", "fits"), [
    ("a" * 160, True), ("a" * 161, False), ("é" * 160, True), ("日" * 80, True), ("日" * 81, False), ("日" + "a" * 159, False),
])
def test_a_line_fits_when_its_columns_counting_wide_characters_twice_are_at_most_160(line: str, fits: bool) -> None:
    assert fits_line(line) is fits


def test_the_list_filters_give_one_expression_per_item_in_order() -> None:
    placeholders = [Placeholder("{0}", "amount", "number"), Placeholder("XX", "currency", None)]
    assert placeholder_calls(placeholders) == ['Placeholder("{0}", "amount", "number")', 'Placeholder("XX", "currency")']
    assert pattern_pairs([(0, "a"), (2, "b")]) == ['(0, "a")', '(2, "b")']
