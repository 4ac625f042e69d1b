"""KuCoin's current error page: its sections and sub-tables, both forms, glued rows, margin's code of both tables, rewordings kept as aliases."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from codegen.importers.documents import DocumentError, parse_document, read_document
from codegen.kucoin_page import DOMAIN_TABLES
from tests.conftest import CATALOG_DIR, run_codegen
from tests.test_import_docs import entry_block, import_docs, snapshot

CURRENT = CATALOG_DIR / "sources" / "kucoin-errors-docs-new.txt"
OLDER = CATALOG_DIR / "sources" / "kucoin-errors.txt"


def problems_of(text: str) -> list[str]:
    with pytest.raises(DocumentError) as raised:
        parse_document(text, "page.txt")
    return [str(problem) for problem in raised.value.problems]


def escape_cell(text: str) -> str:
    """A message as a Markdown cell: pipes escaped everywhere, backslash and * _ [ escaped outside code spans."""
    parts = re.split(r"(`[^`]*`)", text)
    return "".join(part if part.startswith("`") else re.sub(r"([\\*_\[])", r"\\\1", part) for part in parts).replace("|", "\\|")


def as_markdown(text: str) -> str:
    """The text form of a page written as Markdown: headings and sub-headings with #, rows as pipe tables."""
    sub_headings = {heading for tables in DOMAIN_TABLES.values() for heading in tables.values()}
    lines = []
    for line in text.split("\n"):
        if line.endswith("Errors Code"):
            lines.append(f"## {line}")
        elif line in sub_headings:
            lines.append(f"### {line}")
        elif line == "Code\tMeaning":
            lines += ["| Code | Meaning |", "| --- | --- |"]
        elif "\t" in line:
            code, meaning = line.split("\t")
            lines.append(f"| {code} | {escape_cell(meaning)} |")
        else:
            lines.append(line)
    return "\n".join(lines)


def test_the_current_page_gives_every_distinct_row_with_its_section_and_sub_table() -> None:
    document = read_document(CURRENT)
    assert len(document.rows) == 453  # 456 rows, three exact repeats
    assert document.domains == ("http", "spot", "margin", "futures", "earn", "broker", "copytrading", "websocket", "gateway", "pro_api")
    tables = {(row.domain, row.table) for row in document.rows if row.table is not None}
    assert tables == {(domain, table) for domain, names in DOMAIN_TABLES.items() for table in names}
    assert all(row.table is None for row in document.rows if row.domain not in DOMAIN_TABLES)
    websocket = [(row.table, row.code, row.text) for row in document.rows if row.domain == "websocket"]
    assert websocket[5:9] == [
        ("subscribing", 509, "exceed max subscription count limitation of 300 per session"),
        ("connecting", 401, "token is invalid"),
        ("connecting", 509, "exceed max session count limitation of 50"),
        ("connecting", 509, "service busy, please retry later"),
    ]
    gateway = {row.code: (row.table, row.text) for row in document.rows if row.domain == "gateway"}
    assert gateway[400002] == ("request", "Invalid `KC-API-TIMESTAMP`.")  # backticks are the page's text
    assert gateway[420001] == ("websocket_disconnect", "Too many errors, disconnected. Please try again later.")
    assert gateway[504000] == ("server", "Gateway timeout.")


def test_the_markdown_form_of_the_current_page_gives_the_same_rows() -> None:
    text_rows = [(row.domain, row.scope, row.table, row.code, row.text) for row in read_document(CURRENT).rows]
    markdown = as_markdown(CURRENT.read_text(encoding="utf-8"))
    assert "| 400006 | Invalid request IP, the current client IP is: `%s`. |" in markdown
    markdown_rows = [(row.domain, row.scope, row.table, row.code, row.text) for row in parse_document(markdown, "page.md").rows]
    assert markdown_rows == text_rows


def test_markdown_cells_read_links_as_their_text_and_keep_code_spans_verbatim() -> None:
    page = "## Gateway Errors Code\n\n### Request Errors (400xxx)\n\n| Code | Meaning |\n| --- | --- |\n" \
        "| 400001 | Please check the [URL](https://www.kucoin.com/docs) of your request. |\n" \
        "| 400002 | Invalid `KC-API-TIMESTAMP`. |\n" \
        "| 400003 | `a\\*b` and \\*c\\* and [ref][1] |\n"
    assert [row.text for row in parse_document(page, "page.md").rows] == [
        "Please check the URL of your request.",
        "Invalid `KC-API-TIMESTAMP`.",
        "`a\\*b` and *c* and ref",
    ]


def test_sub_tables_may_be_bold_lines_in_markdown() -> None:
    page = "## Websocket Errors Code\n\n**Connecting**\n\n| Code | Meaning |\n| --- | --- |\n| 401 | token is invalid |\n"
    (row,) = parse_document(page, "page.md").rows
    assert (row.domain, row.table, row.code) == ("websocket", "connecting", 401)


def test_an_unknown_sub_table_is_refused_at_its_heading() -> None:
    page = "Websocket Errors Code\n\nSubscribing\n\nCode\tMeaning\n400\ttopic is invalid\n\nAuthenticating\n\nCode\tMeaning\n401\ttoken is invalid\n402\tother\n"
    assert problems_of(page) == ["page.txt:8:1: unknown sub-table 'Authenticating' of the Websocket section; expected one of: 'Subscribing', 'Connecting', 'Other'"]
    markdown = "## Gateway Errors Code\n\n### Request Errors (400xxx)\n\n| Code | Meaning |\n| --- | --- |\n| 400001 | x |\n\n### Login Errors\n\n| Code | Meaning |\n| --- | --- |\n| 400500 | y |\n"
    (problem,) = problems_of(markdown)
    assert problem.startswith("page.txt:9:1: unknown section 'Login Errors'")  # in Markdown, a heading of no sub-table starts a section


def test_a_row_of_a_section_with_sub_tables_under_none_of_them_is_refused() -> None:
    assert problems_of("Gateway Errors Code\n\nCode\tMeaning\n400001\tPlease check the URL of your request.\n500000\tInternal server error.\n") == [
        "page.txt:4:1: row of the Gateway section under no sub-table heading; expected one of: 'Request Errors (400xxx)', 'Partner Errors (4002xx)', "
        "'Regional & KYC Limitations (4003xx)', 'Authorization Errors (4004xx)', 'Data Errors (4001xx)', 'Websocket Errors to disconnect', "
        "'Rate Limiting & Frequency Errors (429xxx)', 'User Restriction Errors (411xxx)', 'Server Errors (5xxxxx)' before the rows"
    ]


def test_prose_before_the_first_row_of_a_sub_table_is_skipped() -> None:
    page = "Websocket Errors Code\n\nOther\n\nThese come at any time.\n\nCode\tMeaning\n400\tping timeout\n"
    (row,) = parse_document(page, "page.txt").rows
    assert (row.table, row.text) == ("other", "ping timeout")


def test_a_code_may_have_a_message_in_each_sub_table_but_a_message_only_one_table() -> None:
    rows = parse_document("Websocket Errors Code\nSubscribing\n509\tone\nOther\n509\ttwo\n", "page.txt").rows
    assert [(row.table, row.text) for row in rows] == [("subscribing", "one"), ("other", "two")]
    assert problems_of("Websocket Errors Code\nSubscribing\n509\tone\nOther\n509\tone\n") == [
        "page.txt:5:1: Websocket code 509 'one' is in the other table but also in the subscribing table (line 3); expected each message in one table"
    ]


def test_a_code_in_two_tables_of_a_section_without_sub_tables_is_refused() -> None:
    page = "Spot Errors Code\nCode\tMeaning\n200004\tBalance insufficient\n\nFutures Errors Code\n1\tx\n\nSpot Errors Code\nCode\tMeaning\n200004\tBalance insufficient again\n200005\tfine\n"
    assert problems_of(page) == ["page.txt:10:1: Spot code 200004 is in two Spot tables (line 3 and this one); expected each code in one table of its section"]


def test_every_section_title_of_the_current_page_names_its_domain() -> None:
    page = "".join(f"{title} Errors Code\n{sub}Code\tMeaning\n1\tone\n" for title, sub in (
        ("Broker", ""), ("CopyTrading", ""), ("Copy Trading", ""), ("Pro API", ""), ("Websocket", "Other\n"), ("Gateway", "Server Errors (5xxxxx)\n"),
    ))
    # Copy Trading twice: its code 1 is in two of its tables.
    assert problems_of(page) == ["page.txt:9:1: CopyTrading code 1 is in two CopyTrading tables (line 6 and this one); expected each code in one table of its section"]
    rows = parse_document(page.replace("Copy Trading Errors Code\nCode\tMeaning\n1", "Copy Trading Errors Code\nCode\tMeaning\n2"), "page.txt").rows
    assert [row.domain for row in rows] == ["broker", "copytrading", "copytrading", "pro_api", "websocket", "gateway"]


@pytest.fixture
def imported(tmp_path: Path) -> Path:
    """The curated catalogue as it was before the current page, with the current page imported."""
    catalog = tmp_path / "catalog"
    catalog.mkdir()
    import_docs(OLDER, catalog)  # the older page's rows, as an import gives them, then the current page
    import_docs(CURRENT, catalog)
    return catalog


def test_a_reworded_message_keeps_its_old_wording_as_an_alias(imported: Path) -> None:
    entry = entry_block(imported, "spot", 400003)
    assert '        message: "KC-API-KEY does not exist"\n        aliases:\n          - "KC-API-KEY not exists"\n' in entry
    # A change of case alone is also kept: the older page then imports without change.
    assert '        message: "Request parameter illegal"\n        aliases:\n          - "request parameter illegal"\n' in entry_block(imported, "futures", 300000)


def test_a_row_glued_with_two_dashes_becomes_message_detail_and_separator(imported: Path) -> None:
    entry = entry_block(imported, "futures", 200002)
    assert (
        '        message: "Too many requests in a short period of time, please retry later"\n'
        '        detail: "KuCoin business layer request frequency limit, block 10s"\n'
        '        detail_separator: "--"\n'
        "        aliases:\n"
        '          - "Too many requests in a short period of time, please retry later--kucoin business layer request frequency limit, block 10s"\n'
    ) in entry


def test_margin_400400_is_in_both_tables_and_sub_tables_are_recorded(imported: Path) -> None:
    assert "    scope: both\n" in entry_block(imported, "margin", 400400)
    websocket = entry_block(imported, "websocket", 509)
    assert re.findall(r"table: (\w+)", websocket) == ["subscribing", "subscribing", "connecting", "connecting", "other"]
    gateway = (imported / "gateway.yaml").read_text(encoding="utf-8")
    assert gateway.count("        table: ") == 34 and "fallback:" not in gateway
    assert "fallback: gateway\n" in (imported / "pro_api.yaml").read_text(encoding="utf-8")
    assert "success_codes: []\n" in (imported / "websocket.yaml").read_text(encoding="utf-8")


def test_either_page_imports_again_without_change_and_the_export_reads_back_unchanged(imported: Path, tmp_path: Path) -> None:
    before = snapshot(imported)
    for page in (OLDER, CURRENT):
        output = import_docs(page, imported)
        assert snapshot(imported) == before, page
        assert not re.search(r" [1-9]\d* (added|changed)", output), output
    older = import_docs(OLDER, imported)
    assert "margin 400400 PARAMETER_ERROR_SERVICE_EXCEPTION / scope both: the page has this code only in the high_frequency table (kept in both)" in older
    export = run_codegen("export-docs", "--catalog", imported, "--out", tmp_path / "out")
    assert export.returncode == 0, export.stderr
    import_docs(tmp_path / "out" / "docs" / "kucoin-errors.txt", imported)
    assert snapshot(imported) == before


def test_the_current_page_over_the_curated_catalogue_keeps_names_and_advice(tmp_path: Path) -> None:
    catalog = Path(shutil.copytree(CATALOG_DIR, tmp_path / "catalog", ignore=shutil.ignore_patterns("sources")))
    import_docs(CURRENT, catalog)
    entry = entry_block(catalog, "futures", 200002)
    assert "    name: REQUEST_LIMIT_EXCEEDED\n" in entry and "    retry_after_ms: 10000\n" in entry
    assert "      - id: BUSINESS_RATE_LIMIT\n" in entry and '        detail_separator: "--"\n' in entry
