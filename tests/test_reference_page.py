"""The reference page's tables: one per domain, margin's two, and one per sub-table where KuCoin's section has them, under its heading."""

from __future__ import annotations

from codegen.catalog import LoadedCatalog
from codegen.documentation import reference_tables
from codegen.kucoin_page import DOMAIN_TABLES


def test_a_domain_with_sub_tables_has_one_table_per_sub_table_under_its_heading(real_catalog: LoadedCatalog) -> None:
    tables = reference_tables(real_catalog.catalog)
    for domain in ("websocket", "gateway"):
        entries = real_catalog.catalog.domain(domain).errors
        used = [name for name in DOMAIN_TABLES[domain] if any(variant.table == name for entry in entries for variant in entry.variants)]
        assert used, domain
        assert [table.title for table in tables[domain]] == [DOMAIN_TABLES[domain][name] for name in used]
        for table, name in zip(tables[domain], used, strict=True):
            assert {entry.code for entry in table.entries} == {entry.code for entry in entries if any(variant.table == name for variant in entry.variants)}


def test_a_domain_without_sub_tables_has_one_untitled_table_of_every_code(real_catalog: LoadedCatalog) -> None:
    tables = reference_tables(real_catalog.catalog)
    assert [(table.title, table.entries) for table in tables["spot"]] == [(None, real_catalog.catalog.domain("spot").errors)]
