"""Problems in user input: one printable line each, sorted by place, with a suggestion where a word is close."""

from __future__ import annotations

from codegen.diagnostics import CatalogError, Problem, did_you_mean, printable


def test_a_problem_reads_path_line_column_then_the_message() -> None:
    assert str(Problem("catalog/spot.yaml", 12, 5, "expected a string")) == "catalog/spot.yaml:12:5: expected a string"


def test_printable_text_is_shown_as_it_is() -> None:
    assert printable("spot.yaml: 'é' \U0001f680 中文") == "spot.yaml: 'é' \U0001f680 中文"


def test_control_characters_become_two_digit_hex_escapes() -> None:
    assert printable("a\nb\tc\x00d\x7f") == "a\\x0ab\\x09c\\x00d\\x7f"


def test_a_non_utf8_byte_of_a_file_name_is_shown_as_that_byte() -> None:
    undecodable = b"caf\xe9.yaml".decode("utf-8", "surrogateescape")
    assert printable(undecodable) == "caf\\xe9.yaml"
    assert printable("\udc80\udcff") == "\\x80\\xff"


def test_unprintable_characters_past_latin1_become_four_or_eight_digit_escapes() -> None:
    assert printable("line\u2028separator") == "line\\u2028separator"
    assert printable("\u00ad") == "\\xad"  # soft hyphen: unprintable, below U+0100
    assert printable("\ufeff") == "\\ufeff"
    assert printable("\U000e0001") == "\\U000e0001"  # language tag: unprintable, past the BMP
    assert printable("\udc7f") == "\\udc7f"  # a lone surrogate just below the escaped bytes is no byte of a file name
    assert printable("\udd00") == "\\udd00"  # nor one just above them


def test_a_problem_with_a_newline_in_its_path_or_message_stays_on_one_line() -> None:
    shown = str(Problem("a\nb.yaml", 1, 2, "value 'x\ny' is not allowed"))
    assert shown == "a\\x0ab.yaml:1:2: value 'x\\x0ay' is not allowed"
    assert "\n" not in shown


def test_a_catalog_error_lists_its_problems_sorted_by_file_then_line_then_column() -> None:
    error = CatalogError([
        Problem("b.yaml", 1, 1, "third"),
        Problem("a.yaml", 10, 1, "second"),
        Problem("a.yaml", 2, 7, "first, later column"),
        Problem("a.yaml", 2, 3, "first"),
    ])
    assert [problem.message for problem in error.problems] == ["first", "first, later column", "second", "third"]
    assert str(error) == "a.yaml:2:3: first\na.yaml:2:7: first, later column\na.yaml:10:1: second\nb.yaml:1:1: third"


def test_did_you_mean_names_the_closest_choice() -> None:
    assert did_you_mean("tagets", ["catalog", "targets", "out"]) == " (did you mean 'targets'?)"


def test_did_you_mean_says_nothing_when_no_choice_is_close() -> None:
    assert did_you_mean("zzzz", ["catalog", "targets", "out"]) == ""
    assert did_you_mean("anything", []) == ""


def test_did_you_mean_takes_any_iterable_of_choices() -> None:
    assert did_you_mean("spto", (name for name in ["spot", "margin"])) == " (did you mean 'spot'?)"
