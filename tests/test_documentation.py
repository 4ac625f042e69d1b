"""The docs target: KuCoin's text form of the catalogue, and a reference page whose every table renders."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from markdown_it import MarkdownIt

from codegen.catalog import LoadedCatalog
from codegen.documentation import markdown_message, retry_text, shared_codes, source_tables
from codegen.model import MessageVariant, Placeholder, RetryAdvice
from tests.test_fidelity import SOURCE, source_rows


class Tables(HTMLParser):
    """The tables of rendered HTML: each a list of rows, each row the text of its cells (``<br>`` as a line feed)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[str]]] = []
        self.cell: str | None = None

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self.cell = ""
        elif tag == "br" and self.cell is not None:
            self.cell += "\n"

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self.cell is not None:
            self.tables[-1][-1].append(self.cell)
            self.cell = None

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell += data


def rendered_tables(markdown: str) -> list[list[list[str]]]:
    parser = Tables()
    parser.feed(MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(markdown))
    return parser.tables


def test_every_domain_table_renders_one_row_per_code_with_every_message_verbatim(generated: tuple[LoadedCatalog, Path]) -> None:
    loaded, out_dir = generated
    tables = rendered_tables((out_dir / "docs" / "ERRORS.md").read_text(encoding="utf-8"))
    code_tables = [table for table in tables if table[0] == ["Code", "Name", "Category", "Retry", "Messages"]]
    # Margin's codes come in two tables: common ones first, then those unique to high frequency.
    scopes = (None, "all", "high_frequency")
    entries = [entry for domain in loaded.catalog.domains for scope in scopes for entry in domain.errors if entry.scope == scope]
    rows = [row for table in code_tables for row in table[1:]]
    assert len(rows) == len(entries)
    for row, entry in zip(rows, entries, strict=True):
        assert len(row) == 5, row
        assert row[0] == str(entry.code)
        assert row[1].startswith(entry.name)
        assert row[2] == entry.category
        lines = row[4].split("\n")
        assert len(lines) == len(entry.variants)
        for line, variant in zip(lines, entry.variants, strict=True):
            assert line.startswith(variant.documented_text), (line, variant.documented_text)


def test_the_index_lists_the_codes_that_mean_different_things(real_catalog: LoadedCatalog) -> None:
    shared = shared_codes(real_catalog.catalog)
    assert [item.code for item in shared] == [200001, 200002, 200003]
    domains = [domain.domain for domain in real_catalog.catalog.domains]
    spot, futures = domains.index("spot"), domains.index("futures")
    for item in shared:
        assert [entry is not None for entry in item.entries].count(True) == 2
        spot_entry, futures_entry = item.entries[spot], item.entries[futures]
        assert spot_entry is not None and futures_entry is not None and spot_entry.name != futures_entry.name


def test_the_index_and_category_tables_render(real_catalog: LoadedCatalog, generated: tuple[LoadedCatalog, Path]) -> None:
    loaded, out_dir = generated
    tables = rendered_tables((out_dir / "docs" / "ERRORS.md").read_text(encoding="utf-8"))
    by_header = {table[0][0]: table for table in tables if table[0][0] != "Code" or len(table[0]) != 5}
    categories = by_header["Category"]
    assert [row[0] for row in categories[1:]] == [term.name for term in loaded.taxonomy.categories]
    assert [row[0] for row in by_header["Action"][1:]] == [term.name for term in loaded.taxonomy.retry_actions]
    index = next(table for table in tables if table[0][0] == "Code" and len(table[0]) == len(loaded.catalog.domains) + 1)
    assert [row[0] for row in index[1:]] == [str(item.code) for item in shared_codes(loaded.catalog)]


def test_placeholders_are_marked_and_the_key_is_bold() -> None:
    variant = MessageVariant(
        "BORROW",
        "borrowing: {1}{0} of *XX*",
        key="a.b_c",
        detail="see | here",
        placeholders=(Placeholder("{1}", "amount", "number"), Placeholder("{0}", "currency"), Placeholder("XX", "coin")),
    )
    assert markdown_message(variant) == "**a.b\\_c** -- borrowing: <code>{1}</code><code>{0}</code> of \\*<code>XX</code>\\* -- see \\| here"


def test_retry_advice_reads_as_words() -> None:
    assert retry_text(RetryAdvice("fix_request")) == "fix request"
    assert retry_text(RetryAdvice("wait", after_ms=30_000)) == "wait (30 s)"
    assert retry_text(RetryAdvice("wait", after_ms=1_500, after_header="gw-ratelimit-reset")) == "wait (1.5 s, `gw-ratelimit-reset` header)"


def test_the_text_export_lays_the_catalogue_out_as_kucoins_tables(real_catalog: LoadedCatalog) -> None:
    tables = source_tables(real_catalog.catalog)
    assert [table.heading for table in tables] == ["HTTP Errors Code", "Spot Errors Code", "Margin Errors Code", None, "Futures Errors Code", "Earn Errors Code"]
    assert tables[2].sentence == "This table is the error code common to margin low frequency and margin high frequency."
    assert tables[3].sentence == "This table is the error codes unique to margin high frequency"
    exported = [(code, text) for table in tables for code, text in table.rows]
    assert exported == [(code, text) for _, _, code, text in dict.fromkeys(source_rows(SOURCE))]


def test_the_generated_text_export_is_kucoins_page_without_repeats(generated: tuple[LoadedCatalog, Path]) -> None:
    loaded, out_dir = generated
    rows = source_rows(out_dir / "docs" / "kucoin-errors.txt")
    expected = [
        (domain.domain, entry.scope, entry.code, variant.documented_text)
        for domain in loaded.catalog.domains
        for scope in ((None,) if domain.domain != "margin" else ("all", "high_frequency"))
        for entry in domain.errors
        if entry.scope == scope
        for variant in entry.variants
    ]
    assert rows == expected
