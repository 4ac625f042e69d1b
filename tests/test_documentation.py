"""The docs target: KuCoin's text form of the catalogue, and a reference page whose every table renders."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt

from codegen.catalog import LoadedCatalog
from codegen.documentation import (
    ReferenceTable,
    SharedCode,
    category_actions,
    deprecation_note,
    markdown_message,
    markdown_messages,
    markdown_row,
    page_ids,
    page_rows,
    reference_tables,
    replacement_link,
    retry_text,
    shared_codes,
    source_tables,
)
from codegen.model import Catalog, Deprecation, DomainCatalog, ErrorEntry, MessageVariant, Placeholder, RetryAdvice, Taxonomy, Term
from tests.conftest import ROOT
from tests.test_fidelity import CURRENT, source_rows


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


# What the reference page must say, built here from the catalogue YAML read as plain data (README: a table per domain,
# margin's common codes first; placeholders followed by the names of their values; a message with its own category
# says so after an arrow; an entry or message with a review line is marked as awaiting review).
MARGIN_SCOPES = ("all", "high_frequency")
# The sub-tables of the sections that have them, in page order: an entry is in each table one of its messages is in.
SUB_TABLES = {
    "websocket": ("subscribing", "connecting", "other"),
    "gateway": ("request", "partner", "regional_kyc", "authorization", "data", "websocket_disconnect", "rate_limiting", "user_restriction", "server"),
}


def domain_tables(domain: dict[str, Any]) -> list[list[dict[str, Any]]]:
    """The entries of each reference table of a domain: margin's two (a code of both in each), each sub-table, or one."""
    if domain["domain"] == "margin":
        tables = [[entry for entry in domain["errors"] if entry.get("scope") in (scope, "both")] for scope in MARGIN_SCOPES]
    elif domain["domain"] in SUB_TABLES:
        tables = [[entry for entry in domain["errors"] if any(v.get("table") == table for v in entry["variants"])] for table in SUB_TABLES[domain["domain"]]]
    else:
        tables = [domain["errors"]]
    return [table for table in tables if table]


def expected_retry(advice: dict[str, Any]) -> str:
    waits = []
    if "retry_after_ms" in advice:
        waits.append(f"{advice['retry_after_ms'] / 1000:g} s")
    if "retry_after_header" in advice:
        waits.append(f"{advice['retry_after_header']} header")
    if "retry_max_attempts" in advice:
        waits.append(f"at most {advice['retry_max_attempts']} attempts, then {advice['retry_then'].replace('_', ' ')}")
    words = advice["retry"].replace("_", " ")
    return f"{words} ({', '.join(waits)})" if waits else words


def expected_message(variant: dict[str, Any]) -> str:
    line = " -- ".join(variant[part] for part in ("key", "message") if part in variant)
    if "detail" in variant:
        line += variant.get("detail_separator", " -- ") + variant["detail"]
    if "placeholders" in variant:
        line += " (" + ", ".join(f"{p['token']} {p['name']}" for p in variant["placeholders"]) + ")"
    if "category" in variant:
        line += f" → {variant['category']}, {expected_retry(variant)}"
    if "aliases" in variant:
        line += " (also: " + "; ".join(f"“{alias}”" for alias in variant["aliases"]) + ")"
    if "review" in variant:
        line += " (awaits review)"
    if "undocumented" in variant:
        line += f" (undocumented; seen in {variant['undocumented']})"
    return line


def expected_code_rows(source: list[dict[str, Any]]) -> list[list[str]]:
    rows = []
    for domain in source:
        for table in domain_tables(domain):
            for entry in table:
                if True:
                    deprecated = entry.get("deprecated")
                    marker = "" if deprecated is None else "\ndeprecated: " + deprecated["reason"] + (
                        "; use " + deprecated["replaced_by"].replace(":", " ") if "replaced_by" in deprecated else "")
                    rows.append([str(entry["code"]), entry["name"] + (" (awaits review)" if "review" in entry else "") + marker, entry["category"],
                                 expected_retry(entry), "\n".join([*(expected_message(v) for v in entry["variants"]),
                                                                    *([f"(undocumented code; seen in {entry['undocumented']})"] if "undocumented" in entry else [])])])
    return rows


def test_every_domain_table_renders_one_row_per_code_with_its_name_category_retry_and_every_message_verbatim(
        generated: tuple[LoadedCatalog, Path], generated_source: list[dict[str, Any]]) -> None:
    _, out_dir = generated
    tables = rendered_tables((out_dir / "docs" / "ERRORS.md").read_text(encoding="utf-8"))
    code_tables = [table for table in tables if table[0] == ["Code", "Name", "Category", "Retry", "Messages"]]
    expected_tables = sum(len(domain_tables(domain)) for domain in generated_source)
    assert len(code_tables) == expected_tables
    rows = [row for table in code_tables for row in table[1:]]
    expected = expected_code_rows(generated_source)
    assert len(rows) == len(expected) == sum(len(table) for domain in generated_source for table in domain_tables(domain))
    for row, wanted in zip(rows, expected, strict=True):
        assert row == wanted


def test_the_retry_column_reads_the_advice_of_known_entries(generated: tuple[LoadedCatalog, Path], generated_source: list[dict[str, Any]]) -> None:
    _, out_dir = generated
    tables = rendered_tables((out_dir / "docs" / "ERRORS.md").read_text(encoding="utf-8"))
    retry: dict[str, str] = {}
    for table in tables:
        if table[0] == ["Code", "Name", "Category", "Retry", "Messages"]:
            for row in table[1:]:
                retry.setdefault(row[0], row[3])  # the first domain's, in page order
    if generated_source[0]["domain"] == "http":  # the real catalogue; checked by hand against catalog/*.yaml
        assert (retry["403"], retry["1015"], retry["429000"], retry["200004"], retry["400005"], retry["509"], retry["504000"]) == (
            "wait (gw-ratelimit-reset header, at most 3 attempts, then stop)", "wait (30 s)", "wait (gw-ratelimit-reset header)", "top up", "reauthenticate",
            "fix request", "check state")
    else:
        assert (retry["100000"], retry["1"], retry["2147483647"]) == ("fix request", "retry", "stop")


def test_the_index_lists_the_codes_that_mean_different_things(real_catalog: LoadedCatalog) -> None:
    shared = shared_codes(real_catalog.catalog)
    domains = [domain.domain for domain in real_catalog.catalog.domains]
    spot, futures, gateway = domains.index("spot"), domains.index("futures"), domains.index("gateway")
    spot_and_futures = [item for item in shared if item.entries[spot] is not None and item.entries[futures] is not None
                        and (item.entries[spot].name, item.entries[spot].category) != (item.entries[futures].name, item.entries[futures].category)]  # type: ignore[union-attr]
    assert [item.code for item in spot_and_futures] == [200001, 200002, 200003]
    # The gateway reads some numbers of Spot, Margin and Broker otherwise (README of the seeds: 400001, 400200, 400400).
    assert {400001, 400200, 400400} <= {item.code for item in shared if item.entries[gateway] is not None}
    assert all([entry is not None for entry in item.entries].count(True) >= 2 for item in shared)


def expected_index(source: list[dict[str, Any]]) -> list[list[str]]:
    """Codes in several domains under another name or category: the entry of each domain, or an empty cell."""
    by_code: dict[int, dict[str, dict[str, Any]]] = {}
    for domain in source:
        for entry in domain["errors"]:
            by_code.setdefault(entry["code"], {})[domain["domain"]] = entry
    return [
        [str(code)] + [f"{entries[d['domain']]['name']} ({entries[d['domain']]['category']})" if d["domain"] in entries else "" for d in source]
        for code, entries in sorted(by_code.items())
        if len(entries) > 1 and len({(e["name"], e["category"]) for e in entries.values()}) > 1
    ]


def test_the_index_and_category_tables_render(generated: tuple[LoadedCatalog, Path], generated_source: list[dict[str, Any]]) -> None:
    _, out_dir = generated
    tables = rendered_tables((out_dir / "docs" / "ERRORS.md").read_text(encoding="utf-8"))
    schema = json.loads((ROOT / "schema" / "error_catalog.schema.json").read_text(encoding="utf-8"))["$defs"]
    by_header = {table[0][0]: table for table in tables if table[0][0] != "Code"}
    assert by_header["Category"] == [["Category", "Definition", "Usual retry action"]] + [
        [term["const"], term["description"], term["usual_retry"]] for term in schema["category"]["oneOf"]]
    assert len(by_header["Category"]) == 24
    assert [row[:2] for row in by_header["Action"]] == [["Action", "Definition"]] + [
        [term["const"], term["description"]] for term in schema["retry_action"]["oneOf"]]
    titles = {"http": "HTTP", "spot": "Spot", "margin": "Margin", "futures": "Futures", "earn": "Earn", "broker": "Broker", "copytrading": "CopyTrading",
              "websocket": "Websocket", "gateway": "Gateway", "pro_api": "Pro API"}
    index = next(table for table in tables if table[0] == ["Code"] + [titles[d["domain"]] for d in generated_source])
    assert index[1:] == expected_index(generated_source)
    if generated_source[0]["domain"] == "http":
        rows = {row[0]: row for row in index[1:]}
        assert rows["200001"] == ["200001", "", "ORDER_CREATION_SUSPENDED (maintenance)", "", "LEVEL2_QUERY_SCOPE_EXCEEDED (bad_request)", "", "",
                                  "LEVEL2_QUERY_SCOPE_EXCEEDED (bad_request)", "", "", ""]
        assert "509" not in rows  # websocket's alone


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
    assert retry_text(RetryAdvice("retry", after_header="gw-ratelimit-reset", max_attempts=3, then="contact_support")) == (
        "retry (`gw-ratelimit-reset` header, at most 3 attempts, then contact support)"
    )


def test_the_text_export_lays_the_catalogue_out_as_kucoins_tables(real_catalog: LoadedCatalog) -> None:
    tables = source_tables(real_catalog.catalog)
    assert [table.heading for table in tables] == [
        "HTTP Errors Code", "Spot Errors Code", "Margin Errors Code", None, "Futures Errors Code", "Earn Errors Code", "Broker Errors Code",
        "CopyTrading Errors Code", "Websocket Errors Code", None, None, "Gateway Errors Code", *[None] * 8, "Pro API Errors Code",
    ]
    assert tables[2].sentence == "This table is the error code common to margin low frequency and margin high frequency."
    assert tables[3].sentence == "This table is the error codes unique to margin high frequency"
    assert [table.sentence for table in tables[8:11]] == ["Subscribing", "Connecting", "Other"]
    # Today's page without its exact repeats, margin 400400 in both tables; rows grouped by code within a table
    # (broker 600100's two messages, websocket 401 after 509 among the Connecting rows), as the catalogue holds them.
    page = list(dict.fromkeys(source_rows(CURRENT)))
    exported = [(table_index, code, text) for table_index, table in enumerate(tables) for code, text in table.rows]
    assert sorted((code, text) for _, code, text in exported) == sorted((code, text) for *_, code, text in page)
    assert [(code, text) for _, code, text in exported if (code, text)[0] in (200004, 130202)][:2] == [(200004, "Balance insufficient"), (130202, "The system is renewing the loan automatically. Please try again later")]


def test_the_generated_text_export_is_kucoins_page_without_repeats(generated: tuple[LoadedCatalog, Path], generated_source: list[dict[str, Any]]) -> None:
    _, out_dir = generated
    rows = source_rows(out_dir / "docs" / "kucoin-errors.txt")

    def documented(variant: dict[str, Any]) -> str:
        head = " -- ".join(variant[part] for part in ("key", "message") if part in variant)
        return head + variant.get("detail_separator", " -- ") + variant["detail"] if "detail" in variant else head

    expected = [
        (domain["domain"], scope, table, entry["code"], documented(variant))
        for domain in generated_source
        for scope in ((None,) if domain["domain"] != "margin" else MARGIN_SCOPES)
        for table in SUB_TABLES.get(domain["domain"], (None,))
        for entry in domain["errors"]
        if (entry.get("scope") in (scope, "both") or entry.get("scope") == scope) and "undocumented" not in entry
        for variant in entry["variants"]
        if variant.get("table") == table and "undocumented" not in variant
    ]
    assert rows == expected


class Anchors(HTMLParser):
    """The ids and the same-page link targets of rendered HTML, in page order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "id" and value is not None:
                self.ids.append(value)
            elif name == "href" and value is not None and value.startswith("#"):
                self.links.append(value[1:])


def page_anchors(markdown: str) -> Anchors:
    parser = Anchors()
    parser.feed(MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(markdown))
    return parser


# The headings the page links to by the slug code hosts give them.
HEADING_SLUGS = {"codes-that-mean-different-things-in-different-domains", "categories", "categories-and-retry-actions", "retry-actions"}


def test_every_code_category_action_and_domain_has_one_anchor(generated: tuple[LoadedCatalog, Path], generated_source: list[dict[str, Any]]) -> None:
    _, out_dir = generated
    anchors = page_anchors((out_dir / "docs" / "ERRORS.md").read_text(encoding="utf-8"))
    schema = json.loads((ROOT / "schema" / "error_catalog.schema.json").read_text(encoding="utf-8"))["$defs"]
    expected = (
        [f"{domain['domain']}-{entry['code']}" for domain in generated_source for entry in domain["errors"]]
        + [f"domain-{domain['domain']}" for domain in generated_source]
        + [f"category-{term['const']}" for term in schema["category"]["oneOf"]]
        + [f"retry-{term['const']}" for term in schema["retry_action"]["oneOf"]]
    )
    assert sorted(anchors.ids) == sorted(expected)
    if generated_source[0]["domain"] == "http":
        assert {"spot-200004", "futures-200002", "margin-130202", "gateway-400001", "domain-pro_api", "category-rate_limited", "retry-wait"} <= set(anchors.ids)


def test_every_link_of_the_page_leads_to_an_anchor_of_it(generated: tuple[LoadedCatalog, Path]) -> None:
    _, out_dir = generated
    anchors = page_anchors((out_dir / "docs" / "ERRORS.md").read_text(encoding="utf-8"))
    assert anchors.links
    assert set(anchors.links) <= set(anchors.ids) | HEADING_SLUGS


def test_categories_link_to_their_definitions(generated: tuple[LoadedCatalog, Path], generated_source: list[dict[str, Any]]) -> None:
    _, out_dir = generated
    markdown = (out_dir / "docs" / "ERRORS.md").read_text(encoding="utf-8")
    for domain in generated_source:
        for entry in domain["errors"]:
            review = " *(awaits review)*" if "review" in entry else ""
            # A deprecated entry's name cell goes on with its deprecation note; the category is the next cell.
            row = next(line for line in markdown.splitlines() if f'<a id="{domain["domain"]}-{entry["code"]}"></a>' in line)
            assert f"`{entry['name']}`{review}" in row
            assert f" | [{entry['category']}](#category-{entry['category']}) |" in row
            for variant in entry["variants"]:
                if "category" in variant:
                    assert f" → [{variant['category']}](#category-{variant['category']}), " in markdown


def test_the_diagram_links_each_category_to_the_retry_actions_its_codes_ask_for(generated: tuple[LoadedCatalog, Path],
                                                                               generated_source: list[dict[str, Any]]) -> None:
    _, out_dir = generated
    markdown = (out_dir / "docs" / "ERRORS.md").read_text(encoding="utf-8")
    diagram = re.search(r"^```mermaid\nflowchart LR\n(.*?)^```$", markdown, re.S | re.M)
    assert diagram is not None
    edges = re.findall(r'^  category_(\w+)\["\1"\] --> retry_(\w+)\(\["\2"\]\)$', diagram.group(1), re.M)
    assert len(edges) == len(diagram.group(1).splitlines())
    expected = {(entry["category"], entry["retry"]) for domain in generated_source for entry in domain["errors"]} | {
        (variant["category"], variant["retry"]) for domain in generated_source for entry in domain["errors"] for variant in entry["variants"] if "category" in variant
    }
    assert sorted(edges) == sorted(expected)
    if generated_source[0]["domain"] == "http":
        assert {("rate_limited", "wait"), ("insufficient_funds", "top_up"), ("network_timeout", "check_state")} <= set(edges)


# The functions the reference page is built from, on small catalogues written here (the page itself is rendered once a
# session by the ``generated`` fixture; these call the functions directly).
def entry(code: int, name: str, category: str = "bad_request", *variants: MessageVariant, scope: str | None = None) -> ErrorEntry:
    return ErrorEntry(code, name, category, RetryAdvice("fix_request"), variants or (MessageVariant(name, name.lower()),), scope=scope)


def domain(name: str, *entries: ErrorEntry) -> DomainCatalog:
    return DomainCatalog(name, f"{name} errors", (200000,), entries)


def test_the_diagram_pairs_are_those_of_entries_and_of_messages_with_their_own_advice_in_taxonomy_order() -> None:
    own = MessageVariant("SLOW", "slow down", category="rate_limited", retry=RetryAdvice("wait", after_ms=1000))
    catalog = Catalog((domain("spot", entry(1, "BAD"), entry(2, "BUSY", "rate_limited", MessageVariant("BUSY", "busy"), own)),))
    taxonomy = Taxonomy((), (Term("rate_limited", ""), Term("bad_request", "")), (Term("wait", ""), Term("fix_request", "")), ())
    assert category_actions(catalog, taxonomy) == [("rate_limited", "wait"), ("rate_limited", "fix_request"), ("bad_request", "fix_request")]


def test_the_index_lists_a_code_shared_only_where_its_name_or_category_differs() -> None:
    same, spot_other, futures_other = entry(1, "SAME"), entry(2, "SPOT_MEANING"), entry(2, "FUTURES_MEANING")
    spot = domain("spot", same, spot_other, entry(3, "SPOT_ONLY"))
    catalog = Catalog((spot, domain("futures", entry(1, "SAME"), futures_other), domain("earn", entry(4, "EARN"))))
    assert shared_codes(catalog) == [SharedCode(2, (spot_other, futures_other, None))]


def test_a_cell_of_messages_puts_each_on_its_own_line_and_separates_aliases_with_semicolons() -> None:
    cell = markdown_messages(entry(1, "E", "bad_request", MessageVariant("A", "first", aliases=("one", "two")), MessageVariant("B", "second")))
    assert cell == "first (also: “one”; “two”)<br>second"


def test_a_replacement_links_to_the_row_of_its_domain_and_code() -> None:
    assert replacement_link("futures:400100") == "[futures 400100](#futures-400100)"
    assert deprecation_note(Deprecation("Use the new code", "spot:200004")) == "<br>**deprecated**: Use the new code; use [spot 200004](#spot-200004)"


def test_the_pages_are_named_by_the_id_before_the_row_even_for_a_row_that_names_an_alias() -> None:
    variant = MessageVariant("A", "first", aliases=("one",), pages=("kucoin-new:3:1", "kucoin-old:7"))
    assert page_ids(Catalog((domain("spot", entry(1, "E", "bad_request", variant)),))) == ["kucoin-new", "kucoin-old"]


def test_margin_has_two_titled_tables_and_a_code_is_anchored_in_the_first_table_that_holds_it() -> None:
    common, both, high = entry(1, "COMMON", scope="all"), entry(2, "BOTH", scope="both"), entry(3, "HIGH", scope="high_frequency")

    def gateway_entry(code: int, *tables: str) -> ErrorEntry:
        return entry(code, f"G{code}", "bad_request", *(MessageVariant(f"V{index}", f"text {index}", table=table) for index, table in enumerate(tables)))

    first, second = gateway_entry(400001, "request", "authorization"), gateway_entry(400002, "request", "partner")
    third = gateway_entry(400003, "partner", "authorization")
    tables = reference_tables(Catalog((domain("spot", entry(1, "SPOT")), domain("margin", common, both, high), domain("gateway", first, second, third))))
    assert tables["spot"] == [ReferenceTable(None, (entry(1, "SPOT"),), frozenset({1}))]
    assert tables["margin"] == [
        ReferenceTable("Common to low- and high-frequency margin", (common, both), frozenset({1, 2})),
        ReferenceTable("Unique to high-frequency margin", (both, high), frozenset({3})),
    ]
    assert tables["gateway"] == [
        ReferenceTable("Request Errors (400xxx)", (first, second), frozenset({400001, 400002})),
        ReferenceTable("Partner Errors (4002xx)", (second, third), frozenset({400003})),
        ReferenceTable("Authorization Errors (4004xx)", (first, third), frozenset()),
    ]
def test_a_reference_row_has_the_anchor_only_where_asked_then_name_category_retry_and_messages() -> None:
    entry = ErrorEntry(code=200004, name="NO_BALANCE", category="insufficient_funds", retry=RetryAdvice("top_up"), variants=(MessageVariant("V0", "Balance low"),))
    assert markdown_row(entry, "spot", frozenset({200004})) == (
        '| <a id="spot-200004"></a>200004 | `NO_BALANCE` | [insufficient_funds](#category-insufficient_funds) | top up | Balance low |'
    )
    marked = ErrorEntry(code=7, name="OLD", category="bad_request", retry=RetryAdvice("stop"), variants=(MessageVariant("V0", "Old"),), review="check",
                        deprecated=Deprecation("Gone", "spot:200004"))
    assert markdown_row(marked, "spot", frozenset()) == (
        "| 7 | `OLD` *(awaits review)*<br>**deprecated**: Gone; use [spot 200004](#spot-200004) | [bad_request](#category-bad_request) | stop | Old |"
    )


def test_page_rows_are_a_code_a_tab_and_the_text_a_line_each() -> None:
    assert page_rows([(400001, "Any of KC-API-KEY"), ("order_not_exist", "Order does not exist")]) == "400001\tAny of KC-API-KEY\norder_not_exist\tOrder does not exist\n"
    assert page_rows([]) == ""
