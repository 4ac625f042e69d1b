"""Every row of KuCoin's two vendored error pages is in the catalogue, verbatim, in its section and sub-table.

The pages are read here with a few lines of their own, not with the importer:
today's page (kucoin-errors-docs-new.txt) row by row as documented messages,
the older one (kucoin-errors.txt) as documented messages or, where today's
page reworded a row, as an alias of the message that replaced it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from codegen.catalog import LoadedCatalog
from codegen.model import ErrorEntry, MessageVariant
from tests.conftest import CATALOG_DIR

SOURCE = CATALOG_DIR / "sources" / "kucoin-errors.txt"
CURRENT = CATALOG_DIR / "sources" / "kucoin-errors-docs-new.txt"

# The table headings of the pages, and the (domain, margin scope) of their rows.
SECTIONS = {
    "HTTP Errors Code": ("http", None),
    "Spot Errors Code": ("spot", None),
    "Margin Errors Code": ("margin", "all"),
    "This table is the error codes unique to margin high frequency": ("margin", "high_frequency"),
    "Futures Errors Code": ("futures", None),
    "Earn Errors Code": ("earn", None),
    "Broker Errors Code": ("broker", None),
    "CopyTrading Errors Code": ("copytrading", None),
    "Websocket Errors Code": ("websocket", None),
    "Gateway Errors Code": ("gateway", None),
    "Pro API Errors Code": ("pro_api", None),
}
# The sub-table headings of the Websocket and Gateway sections, and the table of their rows.
SUB_TABLES = {
    "websocket": {"Subscribing": "subscribing", "Connecting": "connecting", "Other": "other"},
    "gateway": {
        "Request Errors (400xxx)": "request",
        "Partner Errors (4002xx)": "partner",
        "Regional & KYC Limitations (4003xx)": "regional_kyc",
        "Authorization Errors (4004xx)": "authorization",
        "Data Errors (4001xx)": "data",
        "Websocket Errors to disconnect": "websocket_disconnect",
        "Rate Limiting & Frequency Errors (429xxx)": "rate_limiting",
        "User Restriction Errors (411xxx)": "user_restriction",
        "Server Errors (5xxxxx)": "server",
    },
}
# (domain, margin scope, sub-table, code, text)
Row = tuple[str, "str | None", "str | None", int, str]


def source_rows(path: Path = SOURCE) -> list[Row]:
    """Every table row of a page, in page order."""
    rows: list[Row] = []
    section: tuple[str, str | None] | None = None
    table = None
    for line in path.read_text(encoding="utf-8").split("\n"):  # U+2028 and the like are text, not line ends
        if line in SECTIONS:
            section, table = SECTIONS[line], None
        elif section is not None and line in SUB_TABLES.get(section[0], {}):
            table = SUB_TABLES[section[0]][line]
        elif match := re.fullmatch(r"(\d+)\t(.+)", line):
            assert section is not None, f"row before any section: {line!r}"
            assert (table is not None) == (section[0] in SUB_TABLES), f"row outside a sub-table: {line!r}"
            rows.append((section[0], section[1], table, int(match[1]), match[2]))
    return rows


def catalogued(loaded: LoadedCatalog) -> list[tuple[str, ErrorEntry, MessageVariant]]:
    """Every documented message of the catalogue (an undocumented one, or any of an undocumented code, is on no page)."""
    return [(domain.domain, entry, variant) for domain in loaded.catalog.domains for entry in domain.errors if entry.undocumented is None
            for variant in entry.variants if variant.undocumented is None]


def in_scope(entry: ErrorEntry, scope: str | None) -> bool:
    return entry.scope == scope or (entry.scope == "both" and scope is not None)


def test_the_pages_have_their_documented_shape() -> None:
    older = source_rows(SOURCE)
    assert (len(older), len(set(older)), len({(domain, code) for domain, _, _, code, _ in older})) == (185, 183, 163)
    current = source_rows(CURRENT)
    # 456 rows; 453 distinct (section, code, message), 454 once margin's two tables count apart (400400 is in both).
    assert (len(current), len(set(current)), len({(domain, code, text) for domain, _, _, code, text in current})) == (456, 454, 453)
    assert [row for row in current if row[0] == "margin" and row[3] == 400400] == [
        ("margin", "all", None, 400400, "Parameter error/service exception"),
        ("margin", "high_frequency", None, 400400, "Parameter error/service exception"),
    ]


def test_every_row_of_todays_page_is_a_catalogued_message_in_its_section_and_sub_table(real_catalog: LoadedCatalog) -> None:
    found = {(domain, entry.code, variant.documented_text): (entry, variant) for domain, entry, variant in catalogued(real_catalog)}
    missing = []
    for domain, scope, table, code, text in source_rows(CURRENT):
        match = found.get((domain, code, text))
        if match is None or not in_scope(match[0], scope) or match[1].table != table:
            missing.append((domain, scope, table, code, text))
    assert missing == []


def test_every_row_of_the_older_page_is_a_catalogued_message_or_an_alias_of_the_one_that_replaced_it(real_catalog: LoadedCatalog) -> None:
    current = {(domain, code, text) for domain, _, _, code, text in source_rows(CURRENT)}
    documented = {(domain, entry.code, variant.documented_text): entry for domain, entry, variant in catalogued(real_catalog)}
    aliases = {(domain, entry.code, alias): (entry, variant) for domain, entry, variant in catalogued(real_catalog) for alias in variant.aliases}
    missing, via_alias = [], []
    for domain, scope, _, code, text in source_rows(SOURCE):
        if (domain, code, text) in documented and in_scope(documented[domain, code, text], scope):
            continue
        if (domain, code, text) in aliases and in_scope(aliases[domain, code, text][0], scope):
            replacement = aliases[domain, code, text][1].documented_text
            assert (domain, code, replacement) in current, (domain, code, text)  # the row today's page has instead
            via_alias.append((domain, code))
            continue
        missing.append((domain, scope, code, text))
    assert missing == []
    assert set(via_alias) == {
        ("futures", 400003), ("futures", 400006), ("futures", 40010), ("futures", 200002), ("futures", 200005), ("futures", 300000),
        ("futures", 300001), ("futures", 300003), ("futures", 300005), ("futures", 300013), ("futures", 300015), ("futures", 429000),
        ("margin", 126022), ("margin", 130302), ("spot", 400003), ("spot", 400006), ("spot", 411100), ("spot", 900001),
    }


def test_the_catalogue_holds_nothing_the_pages_lack(real_catalog: LoadedCatalog) -> None:
    current = {(domain, code, text) for domain, _, _, code, text in source_rows(CURRENT)}
    older = {(domain, code, text) for domain, _, _, code, text in source_rows(SOURCE)}
    invented = [(domain, entry.code, variant.documented_text) for domain, entry, variant in catalogued(real_catalog) if (domain, entry.code, variant.documented_text) not in current]
    assert invented == []
    # An alias is an older page's row, or a row of today's page without the page's code-span backticks
    # ("Invalid `KC-API-SIGN`." is sent as "Invalid KC-API-SIGN.").
    unmarked = {(domain, code, text.replace("`", "")) for domain, code, text in current if "`" in text}
    invented_aliases = [
        (domain, entry.code, alias) for domain, entry, variant in catalogued(real_catalog) for alias in variant.aliases
        if (domain, entry.code, alias) not in older | unmarked
    ]
    assert invented_aliases == []


def test_the_catalogue_keeps_the_order_of_todays_page(real_catalog: LoadedCatalog) -> None:
    # Codes in the order of their first row, table by table (each margin table; a section with sub-tables as a whole,
    # since a code there has messages in several); an entry's messages in page order.
    rows = source_rows(CURRENT)
    first_seen = list(dict.fromkeys((domain, code, text) for domain, _, _, code, text in rows))
    codes: dict[tuple[str, str | None], list[int]] = {}
    for domain, scope, _, code, _ in rows:
        if code not in codes.setdefault((domain, scope), []):
            codes[domain, scope].append(code)
    catalogued_codes = {
        (domain.domain, scope): [entry.code for entry in domain.errors if in_scope(entry, scope) and entry.undocumented is None]
        for domain in real_catalog.catalog.domains
        for scope in (("all", "high_frequency") if domain.domain == "margin" else (None,))
    }
    assert catalogued_codes == codes
    for domain, entry, _ in catalogued(real_catalog):
        places = [first_seen.index((domain, entry.code, variant.documented_text)) for variant in entry.variants if variant.undocumented is None]
        assert places == sorted(places), (domain, entry.code)


@pytest.mark.parametrize(
    ("domain", "code", "count"),
    [("margin", 130202, 8), ("margin", 130101, 6), ("spot", 400100, 2), ("futures", 400100, 2), ("copytrading", 400100, 2), ("websocket", 509, 5), ("broker", 600100, 2), ("pro_api", 106100, 2)],
)
def test_codes_with_several_messages_keep_each_one(real_catalog: LoadedCatalog, domain: str, code: int, count: int) -> None:
    entry = next(e for e in real_catalog.catalog.domain(domain).errors if e.code == code)
    assert len([variant for variant in entry.variants if variant.undocumented is None]) == count


def test_undocumented_messages_are_on_neither_page_and_follow_every_documented_message_of_their_code(real_catalog: LoadedCatalog) -> None:
    on_pages = {(domain, code, text) for page in (CURRENT, SOURCE) for domain, _, _, code, text in source_rows(page)}
    undocumented = [(domain.domain, entry, variant) for domain in real_catalog.catalog.domains for entry in domain.errors for variant in entry.variants
                    if variant.undocumented is not None]
    assert {(domain, entry.code, variant.id) for domain, entry, variant in undocumented} >= {
        ("spot", 400100, "ORDER_NOT_FOUND_OR_NOT_CANCELLABLE"), ("spot", 400100, "ORDER_SIZE_BELOW_MINIMUM"),
        ("spot", 400100, "WITHDRAWAL_AMOUNT_BELOW_MINIMUM"), ("futures", 300009, "NO_OPEN_POSITIONS_TO_CLOSE"),
    }
    assert [(domain, entry.code, variant.message) for domain, entry, variant in undocumented if (domain, entry.code, variant.documented_text) in on_pages] == []
    for _, entry, variant in undocumented:
        assert entry.variants.index(variant) >= sum(1 for other in entry.variants if other.undocumented is None), (entry.code, variant.id)


UNDOCUMENTED_CODES = {
    ("spot", 210021), ("spot", 230003), ("spot", 260100), ("spot", 260220), ("spot", 400350), ("spot", 400370), ("spot", 400760),
    ("spot", 401000), ("spot", 900014), ("margin", 101030), ("margin", 103000), ("margin", 210014),
    ("futures", 101030), ("futures", 230003), ("futures", 260100), ("http", 418),
}


def test_undocumented_codes_are_on_neither_page_and_come_after_every_documented_code_of_their_domain(real_catalog: LoadedCatalog) -> None:
    on_pages = {(domain, code) for page in (CURRENT, SOURCE) for domain, _, _, code, _ in source_rows(page)}
    undocumented = {(domain.domain, entry.code) for domain in real_catalog.catalog.domains for entry in domain.errors if entry.undocumented is not None}
    assert undocumented == UNDOCUMENTED_CODES
    assert undocumented & on_pages == set()
    for domain in real_catalog.catalog.domains:
        marks = [entry.undocumented is not None for entry in domain.errors]
        assert marks == sorted(marks), domain.domain
