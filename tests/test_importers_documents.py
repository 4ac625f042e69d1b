"""Reading KuCoin's error page, as text or Markdown, into rows; malformed pages are refused with their line."""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen.diagnostics import Problem
from codegen.importers.documents import DocumentError, parse_document, read_document, section_for_title
from tests.conftest import CATALOG_DIR, ROOT

SEED = CATALOG_DIR / "sources" / "kucoin-errors.txt"
CURRENT = CATALOG_DIR / "sources" / "kucoin-errors-docs-new.txt"
REWORDED_TEXT = ROOT / "tests" / "data" / "kucoin-errors-reworded.txt"
REWORDED_MARKDOWN = ROOT / "tests" / "data" / "kucoin-errors-reworded.md"


def problems_of(text: str) -> list[str]:
    with pytest.raises(DocumentError) as raised:
        parse_document(text, "page.txt")
    return [str(problem) for problem in raised.value.problems]


def test_the_vendored_page_gives_every_distinct_row_in_order() -> None:
    document = read_document(SEED)
    assert len(document.rows) == 183  # 185 rows, two exact repeats
    assert document.domains == ("http", "spot", "margin", "futures", "earn")
    assert [(row.domain, row.code, row.text) for row in document.rows[:2]] == [
        ("http", 400, "Bad Request -- Invalid request format."),
        ("http", 401, "Unauthorized -- Invalid API Key."),
    ]
    assert document.rows[0].line == 6


def test_the_margin_sentences_set_the_scope() -> None:
    rows = read_document(SEED).rows
    scopes = {row.code: row.scope for row in rows if row.domain == "margin"}
    assert scopes[130101] == "all"
    assert scopes[126029] == "high_frequency"
    assert all(row.scope is None for row in rows if row.domain != "margin")


def test_markdown_and_text_forms_give_the_same_rows() -> None:
    text_rows = [(row.domain, row.scope, row.code, row.text) for row in read_document(REWORDED_TEXT).rows]
    markdown_rows = [(row.domain, row.scope, row.code, row.text) for row in read_document(REWORDED_MARKDOWN).rows]
    assert markdown_rows == text_rows
    assert ("spot", None, 400003, "KC-API-KEY does not exist") in markdown_rows  # written KC\-API\-KEY in the Markdown


def test_markdown_cells_keep_escaped_pipes_and_read_backslash_escapes() -> None:
    page = "## Spot\n\n| Code | Meaning |\n| --- | --- |\n| 1 | a \\| b \\*c\\* |\n"
    (row,) = parse_document(page, "page.md").rows
    assert row.text == "a | b *c*"


@pytest.mark.parametrize(
    ("title", "section"),
    [
        ("Spot", ("spot", None)),
        ("Futures Errors Code", ("futures", None)),
        ("HTTP Errors Code", ("http", None)),
        ("Margin", ("margin", "all")),
        ("Margin high frequency", ("margin", "high_frequency")),
        ("Margin HF", ("margin", "high_frequency")),
        ("Unique to margin high-frequency", ("margin", "high_frequency")),
        ("Margin low frequency and high frequency", ("margin", "all")),
        ("Options", None),
        ("Spot and Futures", None),
    ],
)
def test_headings_name_their_domain(title: str, section: tuple[str, str | None] | None) -> None:
    assert section_for_title(title) == section


def test_prose_between_tables_is_skipped() -> None:
    page = "Spot Errors Code\n\nSome words about codes.\nCode\tMeaning\n1\tone\nIf the returned HTTP status code is not 200, ...\n"
    assert [row.text for row in parse_document(page, "page.txt").rows] == ["one"]


def test_a_row_without_a_code_is_refused_with_its_line() -> None:
    assert problems_of("Spot Errors Code\nCode\tMeaning\n1\tone\n\torphan message\n") == [
        "page.txt:4:1: row without a code ('orphan message'); expected `code<TAB>meaning` with a numeric code"
    ]
    assert problems_of("## Spot\n| Code | Meaning |\n| --- | --- |\n|  | orphan |\n") == [
        "page.txt:4:4: row without a code ('orphan'); expected `| code | meaning |` with a numeric code"
    ]


def test_a_code_that_is_not_a_number_is_refused() -> None:
    assert problems_of("Spot Errors Code\n40O100\tParameter Error\n") == ["page.txt:2:1: code '40O100' is not a number; expected a positive integer code"]
    markdown = problems_of("## Spot\n| Code | Meaning |\n| --- | --- |\n| x1 | one |\n")
    assert markdown == ["page.txt:4:3: code 'x1' is not a number; expected a positive integer code"]


def test_codes_out_of_the_wire_range_are_refused() -> None:
    assert problems_of("Spot Errors Code\n0\tzero\n99999999999\tbig\n") == [
        "page.txt:2:1: code 0 is out of range; expected 1 to 2147483647",
        "page.txt:3:1: code 99999999999 is out of range; expected 1 to 2147483647",
    ]


def test_an_unknown_section_is_refused_at_its_heading_once() -> None:
    problems = problems_of("Spot Errors Code\n1\tone\n\nOptions Errors Code\n\n2\ttwo\n3\tthree\n")
    assert len(problems) == 1
    assert problems[0].startswith("page.txt:4:1: unknown section 'Options'; expected one of: 'HTTP Errors Code', 'Spot Errors Code'")


def test_a_row_before_any_heading_is_refused() -> None:
    assert problems_of("1\tone\n") == ["page.txt:1:1: table row before any table heading; expected a heading such as 'Spot Errors Code' first"]


def test_a_markdown_row_with_the_wrong_number_of_cells_is_refused() -> None:
    assert problems_of("## Spot\n| 1 | one | extra |\n") == ["page.txt:2:1: table row has 3 cells; expected 2: | Code | Meaning |"]


def test_a_margin_code_in_both_margin_tables_has_scope_both() -> None:
    page = "Margin Errors Code\n1\tone\n2\ttwo\nThis table is the error codes unique to margin high frequency\n1\tone\n3\tthree\n"
    rows = parse_document(page, "page.txt").rows
    assert [(row.code, row.scope, row.text, row.line) for row in rows] == [(1, "both", "one", 2), (2, "all", "two", 3), (3, "high_frequency", "three", 6)]


def test_the_current_page_has_margin_400400_in_both_tables() -> None:
    rows = read_document(CURRENT).rows
    assert [(row.code, row.scope) for row in rows if row.domain == "margin" and row.scope == "both"] == [(400400, "both")]


def test_every_problem_is_reported_in_one_run() -> None:
    assert len(problems_of("Spot Errors Code\nx\tone\n\ttwo\n-3\tthree\n")) == 3


def test_only_line_feeds_end_a_line() -> None:
    (row,) = parse_document("Spot Errors Code\n1\tline\u2028separator kept\r\n", "page.txt").rows
    assert row.text == "line\u2028separator kept"


def test_an_unreadable_file_is_a_problem_not_a_traceback(tmp_path: Path) -> None:
    with pytest.raises(DocumentError) as missing:
        read_document(tmp_path / "absent.txt")
    assert "cannot read" in str(missing.value)
    binary = tmp_path / "page.txt"
    binary.write_bytes(b"Spot Errors Code\n1\t\xff\n")
    with pytest.raises(DocumentError) as not_utf8:
        read_document(binary)
    assert str(not_utf8.value) == f"{binary}:2:0: not UTF-8 text; expected KuCoin's error page as UTF-8"


def test_markdown_tables_may_leave_out_the_outer_pipes() -> None:
    page = "### Futures Error Codes\n\nCode | Meaning\n:--- | ---:\n100001 | There are invalid parameters\n"
    (row,) = parse_document(page, "page.md").rows
    assert (row.domain, row.code, row.text) == ("futures", 100001, "There are invalid parameters")


def test_a_row_whose_tab_became_spaces_is_refused() -> None:
    assert problems_of("Spot Errors Code\nCode\tMeaning\n200001    Order creation for this pair suspended\n") == [
        "page.txt:3:1: row without a tab between code and meaning; expected `code<TAB>meaning`"
    ]


def test_an_extra_column_is_refused_not_glued_to_the_message() -> None:
    assert problems_of("Spot Errors Code\n200001\tOrder creation suspended\tsince v2\n") == [
        "page.txt:2:1: row has 3 tab-separated cells; expected 2: `code<TAB>meaning` (a tab inside a message cannot be told from a column)"
    ]


def test_a_page_without_rows_is_refused() -> None:
    assert problems_of("") == ["page.txt:1:1: no error table rows found; expected headings such as 'Spot Errors Code' followed by rows such as `code<TAB>meaning`"]
    assert problems_of("Some prose only.\n") == problems_of("")


def test_a_table_without_rows_under_a_known_heading_is_refused() -> None:
    assert problems_of("Spot Errors Code\nCode\tMeaning\n\nFutures Errors Code\nCode\tMeaning\n1\tone\n") == [
        "page.txt:2:1: the table under 'Spot' has no rows; expected rows such as `code<TAB>meaning`"
    ]
    markdown = "## Introduction\n| Code | Meaning |\n| --- | --- |\n## Spot\n| Code | Meaning |\n| --- | --- |\n| 1 | one |\n"
    assert [row.code for row in parse_document(markdown, "page.md").rows] == [1]  # a heading of no table may have an empty one


def test_control_characters_in_a_message_are_refused_at_their_place() -> None:
    assert problems_of("Spot Errors Code\n1\tbell \x07 here\n") == [
        "page.txt:2:8: character U+0007 is not allowed in a message; expected printable text (tab allowed)"
    ]


def test_the_largest_wire_code_is_a_code() -> None:
    assert [(row.domain, row.code, row.text) for row in parse_document("Spot Errors Code\nCode\tMeaning\n2147483647\tThe largest code\n", "page.txt").rows] == [
        ("spot", 2147483647, "The largest code")
    ]


def test_a_code_without_a_meaning_is_refused_where_the_meaning_should_be() -> None:
    assert problems_of("Spot Errors Code\nCode\tMeaning\n400100\t\n") == ["page.txt:3:8: code 400100 has no meaning; expected the message after the code"]


def test_a_websocket_message_in_two_sub_tables_is_refused() -> None:
    page = "Websocket Errors Code\n\nSubscribing\n\nCode\tMeaning\n400\ttopic is invalid\n\nOther\n\nCode\tMeaning\n400\ttopic is invalid\n"
    assert problems_of(page) == [
        "page.txt:11:1: Websocket code 400 'topic is invalid' is in the other table but also in the subscribing table (line 6); expected each message in one table"
    ]


def test_a_websocket_row_under_no_sub_table_heading_is_refused() -> None:
    assert problems_of("Websocket Errors Code\n\nCode\tMeaning\n400\ttopic is invalid\n") == [
        "page.txt:4:1: row of the Websocket section under no sub-table heading; expected one of: 'Subscribing', 'Connecting', 'Other' before the rows"
    ]


def test_the_pages_own_title_is_no_section() -> None:
    rows = parse_document("KuCoin Error Codes\nSpot Errors Code\nCode\tMeaning\n400100\tA\n", "page.txt").rows
    assert [(row.domain, row.code, row.text) for row in rows] == [("spot", 400100, "A")]


def test_a_code_in_two_tables_of_a_section_met_twice_is_refused() -> None:
    page = "Spot Errors Code\nCode\tMeaning\n400100\tA\nFutures Errors Code\nCode\tMeaning\n1\tB\nSpot Errors Code\nCode\tMeaning\n400100\tC\n"
    assert problems_of(page) == ["page.txt:9:1: Spot code 400100 is in two Spot tables (line 3 and this one); expected each code in one table of its section"]


def test_each_row_records_its_places_among_the_pages_rows_and_the_document_its_path() -> None:
    document = parse_document("Spot Errors Code\n1\tone\n2\ttwo\n1\tone\n", "page.txt")
    assert [(row.code, row.places) for row in document.rows] == [(1, (1, 3)), (2, (2,))]
    assert document.path == "page.txt"


def test_a_heading_of_eight_words_is_a_heading_and_a_longer_line_is_prose() -> None:
    eight = "This is the Spot Trading API Errors Code"
    assert [(row.domain, row.code) for row in parse_document(f"{eight}\nCode\tMeaning\n1\tone\n", "page.txt").rows] == [("spot", 1)]
    assert problems_of(f"Here {eight}\nCode\tMeaning\n1\tone\n") == [
        "page.txt:3:1: table row before any table heading; expected a heading such as 'Spot Errors Code' first"
    ]


def test_a_code_that_is_not_a_number_is_refused_at_its_own_column_after_spaces() -> None:
    assert problems_of("Spot Errors Code\n  4x\tone\n") == ["page.txt:2:3: code '4x' is not a number; expected a positive integer code"]


def test_a_section_met_again_after_a_margin_table_still_refuses_a_code_it_had() -> None:
    page = (
        "Futures Errors Code\n1\tB\nSpot Errors Code\n400100\tA\n"
        "This table is the error codes unique to margin high frequency\n5\tm\nSpot Errors Code\n400100\tC\n"
    )
    assert problems_of(page) == ["page.txt:8:1: Spot code 400100 is in two Spot tables (line 4 and this one); expected each code in one table of its section"]


def test_an_empty_margin_table_is_reported_under_the_sentence_that_opened_it() -> None:
    assert problems_of("This table is the error codes unique to margin high frequency\nCode\tMeaning\nSpot Errors Code\n1\tone\n") == [
        "page.txt:2:1: the table under 'This table is the error codes unique to margin high frequency' has no rows; expected rows such as `code<TAB>meaning`"
    ]


def test_a_margin_table_right_after_a_websocket_sub_table_has_no_sub_table() -> None:
    page = "Websocket Errors Code\nSubscribing\nCode\tMeaning\n401\ttoken is invalid\nThis table is the error codes unique to margin high frequency\n1\tone\n"
    assert [(row.domain, row.scope, row.code, row.table) for row in parse_document(page, "page.txt").rows] == [
        ("websocket", None, 401, "subscribing"),
        ("margin", "high_frequency", 1, None),
    ]


def test_an_unknown_sub_table_is_reported_at_the_first_line_after_the_rows_before_it() -> None:
    page = "Websocket Errors Code\nSubscribing\n401\ttoken is invalid\nThrottling\nSome words about it.\n509\tlimit\n"
    assert problems_of(page) == [
        "page.txt:4:1: unknown sub-table 'Throttling' of the Websocket section; expected one of: 'Subscribing', 'Connecting', 'Other'"
    ]


def test_a_missing_page_is_a_problem_of_no_line(tmp_path: Path) -> None:
    absent = tmp_path / "absent.txt"
    with pytest.raises(DocumentError) as missing:
        read_document(absent)
    assert missing.value.problems == (Problem(str(absent), 0, 0, "cannot read: No such file or directory"),)


def test_the_errors_text_is_its_problems_one_a_line() -> None:
    with pytest.raises(DocumentError) as raised:
        parse_document("Spot Errors Code\nx\tone\n\ttwo\n", "page.txt")
    assert str(raised.value) == (
        "page.txt:2:1: code 'x' is not a number; expected a positive integer code\n"
        "page.txt:3:1: row without a code ('two'); expected `code<TAB>meaning` with a numeric code"
    )
