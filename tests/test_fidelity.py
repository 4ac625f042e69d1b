"""Every row of KuCoin's vendored error tables is in the catalogue, verbatim, in its section."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from codegen.catalog import LoadedCatalog
from tests.conftest import CATALOG_DIR

SOURCE = CATALOG_DIR / "sources" / "kucoin-errors.txt"

# The table headings of the source, and the (domain, margin scope) of their rows.
SECTIONS = {
    "HTTP Errors Code": ("http", None),
    "Spot Errors Code": ("spot", None),
    "Margin Errors Code": ("margin", "all"),
    "This table is the error codes unique to margin high frequency": ("margin", "high_frequency"),
    "Futures Errors Code": ("futures", None),
    "Earn Errors Code": ("earn", None),
}
Row = tuple[str, "str | None", int, str]


def source_rows(path: Path = SOURCE) -> list[Row]:
    """(domain, scope, code, text) of every table row, in document order."""
    rows: list[Row] = []
    section = None
    for line in path.read_text(encoding="utf-8").split("\n"):  # U+2028 and the like are text, not line ends
        if line in SECTIONS:
            section = SECTIONS[line]
        elif match := re.fullmatch(r"(\d+)\t(.+)", line):
            assert section is not None, f"row before any section: {line!r}"
            rows.append((section[0], section[1], int(match[1]), match[2]))
    return rows


def catalog_rows(loaded: LoadedCatalog) -> list[Row]:
    return [
        (domain.domain, entry.scope, entry.code, variant.documented_text)
        for domain in loaded.catalog.domains
        for entry in domain.errors
        for variant in entry.variants
    ]


def test_the_source_has_the_documented_shape() -> None:
    rows = source_rows()
    assert len(rows) == 185
    assert len(set(rows)) == 183
    assert len({(domain, code) for domain, _, code, _ in rows}) == 163


def test_every_source_row_is_in_the_catalogue_in_its_section(real_catalog: LoadedCatalog) -> None:
    catalogued = set(catalog_rows(real_catalog))
    missing = [row for row in source_rows() if row not in catalogued]
    assert missing == []


def test_the_catalogue_holds_nothing_the_source_lacks(real_catalog: LoadedCatalog) -> None:
    documented = set(source_rows())
    invented = [row for row in catalog_rows(real_catalog) if row not in documented]
    assert invented == []


def test_the_catalogue_keeps_the_documentation_order(real_catalog: LoadedCatalog) -> None:
    first_seen = list(dict.fromkeys(source_rows()))
    assert catalog_rows(real_catalog) == sorted(catalog_rows(real_catalog), key=first_seen.index)
    by_domain: dict[str, list[int]] = {}
    for domain, _, code, _ in first_seen:
        if code not in by_domain.setdefault(domain, []):
            by_domain[domain].append(code)
    assert {d.domain: [e.code for e in d.errors] for d in real_catalog.catalog.domains} == by_domain


@pytest.mark.parametrize(
    ("domain", "code", "count"),
    [("margin", 130202, 8), ("margin", 130101, 6), ("spot", 400100, 2), ("futures", 400100, 2)],
)
def test_codes_with_several_messages_keep_each_one(real_catalog: LoadedCatalog, domain: str, code: int, count: int) -> None:
    entry = next(e for e in real_catalog.catalog.domain(domain).errors if e.code == code)
    assert len(entry.variants) == count
