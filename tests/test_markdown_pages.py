"""KuCoin's page in its Markdown form: headings, code spans and stray sub-table headings read as the text form reads them."""

from __future__ import annotations

import pytest

from codegen.importers.documents import DocumentError, parse_document, unescape_markdown

TABLE = "| Code | Meaning |\n| --- | --- |\n"


def problems(text: str) -> list[str]:
    with pytest.raises(DocumentError) as refused:
        parse_document(text, "page.md")
    return [str(problem) for problem in refused.value.problems]


def test_a_code_span_keeps_its_backticks_and_backslashes_and_the_text_around_it_is_unescaped() -> None:
    assert unescape_markdown("Use `a\\*b` for a\\*b") == "Use `a\\*b` for a*b"
    assert unescape_markdown("``x`y`` and [the docs](https://example.com)") == "``x`y`` and the docs"


def test_a_cell_with_a_code_span_reads_as_the_page_shows_it() -> None:
    document = parse_document("## Spot Errors Code\n" + TABLE + "| 400100 | Parameter `symbol` is \\*required\\* |\n", "page.md")
    assert [(row.domain, row.code, row.text) for row in document.rows] == [("spot", 400100, "Parameter `symbol` is *required*")]


def test_the_pages_own_title_as_a_heading_opens_no_section() -> None:
    assert problems("# Errors Code\n" + TABLE + "| 200004 | Balance insufficient |\n") == [
        "page.md:4:1: table row before any table heading; expected a heading such as 'Spot Errors Code' first",
    ]


def test_the_pages_title_between_sections_leaves_the_section_open() -> None:
    document = parse_document("## Spot Errors Code\n# Errors Code\n" + TABLE + "| 200004 | Balance insufficient |\n", "page.md")
    assert [(row.domain, row.code) for row in document.rows] == [("spot", 200004)]


def test_a_heading_closed_with_hashes_names_its_section() -> None:
    document = parse_document("## Futures Errors Code ##\n" + TABLE + "| 300000 | Order does not exist |\n", "page.md")
    assert [(row.domain, row.code) for row in document.rows] == [("futures", 300000)]


def test_rows_under_an_unknown_sub_table_heading_are_reported_at_that_heading() -> None:
    page = (
        "## Websocket Errors Code\n**Subscribing**\n" + TABLE + "| 401 | token is invalid |\n"
        "**Throttling**\n" + TABLE + "| 509 | exceed max subscription count limitation |\n| 510 | another |\n"
    )
    assert problems(page) == [
        "page.md:6:1: unknown sub-table '**Throttling**' of the Websocket section; expected one of: 'Subscribing', 'Connecting', 'Other'",
    ]


def test_an_escaped_pipe_in_a_code_span_reads_as_a_pipe() -> None:
    (row,) = parse_document("## Spot\n" + TABLE + "| 1 | use `a\\|b` here |\n", "page.md").rows
    assert row.text == "use `a|b` here"


def test_an_unknown_markdown_section_is_reported_at_its_heading_line() -> None:
    assert problems("Intro\n\n## Options\n" + TABLE + "| 1 | one |\n")[0].startswith("page.md:3:1: unknown section 'Options'; expected one of:")


def test_sub_tables_under_markdown_headings_give_their_rows_a_table() -> None:
    page = "## Websocket Errors Code\n### Subscribing\n" + TABLE + "| 401 | token is invalid |\n### Other\n" + TABLE + "| 509 | limit |\n"
    assert [(row.domain, row.code, row.table) for row in parse_document(page, "page.md").rows] == [
        ("websocket", 401, "subscribing"),
        ("websocket", 509, "other"),
    ]
