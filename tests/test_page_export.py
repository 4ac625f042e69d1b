"""Each vendored KuCoin page is recorded row by row in the catalogue (``pages``) and exported back as it was.

The pages are read with ``tests.test_fidelity.source_rows``, a parser of the tests' own, not the importer;
the catalogue files with a plain YAML reader.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import CATALOG_DIR, GENERATED_DIR, run_codegen, write_catalog
from tests.test_fidelity import CURRENT, SOURCE, source_rows

PAGES = {"kucoin-errors": SOURCE, "kucoin-errors-docs-new": CURRENT}


def catalogue_files(folder: Path = CATALOG_DIR) -> dict[str, dict[str, Any]]:
    return {path.stem: yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.yaml"))}


def documented_row(variant: dict[str, Any]) -> str:
    head = " -- ".join(part for part in (variant.get("key"), variant["message"]) if part is not None)
    return head if "detail" not in variant else head + variant.get("detail_separator", " -- ") + variant["detail"]


def recorded_rows(files: dict[str, dict[str, Any]], page: str) -> dict[int, tuple[str, dict[str, Any], dict[str, Any], str]]:
    """Row place -> (domain, entry, variant, the wording the place names) of every row of ``page`` the catalogue records."""
    rows = {}
    for domain, data in files.items():
        for entry in data["errors"]:
            for variant in entry["variants"]:
                for item in variant.get("pages", ()):
                    page_id, place, *alias = item.split(":")
                    if page_id == page:
                        assert int(place) not in rows, f"{page} row {place} is recorded twice"
                        rows[int(place)] = (domain, entry, variant, variant["aliases"][int(alias[0]) - 1] if alias else documented_row(variant))
    return rows


@pytest.mark.parametrize("page", sorted(PAGES))
def test_every_row_of_each_vendored_page_is_recorded_at_its_place_with_its_section_and_wording(page: str) -> None:
    rows = source_rows(PAGES[page])
    recorded = recorded_rows(catalogue_files(), page)
    assert sorted(recorded) == list(range(1, len(rows) + 1))  # every row, and no place the page does not have
    for place, (domain, scope, table, code, text) in enumerate(rows, start=1):
        in_domain, entry, variant, wording = recorded[place]
        assert (in_domain, entry["code"], wording) == (domain, code, text), (page, place)
        if scope is not None:
            assert entry["scope"] in (scope, "both"), (page, place)
        assert variant.get("table") == table, (page, place)
        assert "undocumented" not in variant


@pytest.fixture
def exported_pages(tmp_path: Path) -> Path:
    """The pages ``export-docs`` writes from the catalogue now (not the committed outputs, which the generator wrote itself)."""
    result = run_codegen("export-docs", "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    return tmp_path / "out" / "docs" / "pages"


@pytest.mark.parametrize("page", sorted(PAGES))
def test_each_exported_page_has_the_rows_of_the_vendored_page_in_its_order(page: str, exported_pages: Path) -> None:
    assert source_rows(exported_pages / f"{page}.txt") == source_rows(PAGES[page])


def test_the_older_page_keeps_its_own_wording_of_a_message_today_s_page_rewords(exported_pages: Path) -> None:
    older, current = source_rows(SOURCE), source_rows(CURRENT)
    assert ("spot", None, None, 400003, "KC-API-KEY not exists") in older
    assert ("spot", None, None, 400003, "KC-API-KEY does not exist") in current
    exported = source_rows(exported_pages / "kucoin-errors.txt")
    assert ("spot", None, None, 400003, "KC-API-KEY not exists") in exported
    assert ("spot", None, None, 400003, "KC-API-KEY does not exist") not in exported


@pytest.fixture
def curated_copy(tmp_path: Path) -> Path:
    return Path(shutil.copytree(CATALOG_DIR, tmp_path / "catalog", ignore=shutil.ignore_patterns("sources")))


def snapshot(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.glob("*.yaml"))}


@pytest.mark.parametrize("page", sorted(PAGES))
def test_importing_a_page_or_its_export_again_under_its_id_changes_nothing(curated_copy: Path, page: str) -> None:
    before = snapshot(curated_copy)
    for document in (PAGES[page], GENERATED_DIR / "docs" / "pages" / f"{page}.txt"):
        result = run_codegen("import-docs", document, "--catalog", curated_copy, "--page", page)
        assert result.returncode == 0, result.stderr
        assert "0 catalogue file(s) updated" in result.stdout, document
        assert "rows of the page recorded" not in result.stdout
        assert snapshot(curated_copy) == before, document


def test_check_fails_when_an_exported_page_drifts(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run_codegen("--target", "docs", "--out", out).returncode == 0
    page = out / "docs" / "pages" / "kucoin-errors.txt"
    assert page.read_bytes() == (GENERATED_DIR / "docs" / "pages" / "kucoin-errors.txt").read_bytes()
    page.write_text(page.read_text(encoding="utf-8").replace("400003\tKC-API-KEY not exists", "400003\tKC-API-KEY does not exist", 1), encoding="utf-8")
    drifted = run_codegen("--check", "--target", "docs", "--out", out)
    assert drifted.returncode == 1
    assert "docs/pages/kucoin-errors.txt" in drifted.stdout + drifted.stderr
    page.unlink()
    missing = run_codegen("--check", "--target", "docs", "--out", out)
    assert missing.returncode == 1
    assert "docs/pages/kucoin-errors.txt" in missing.stdout + missing.stderr


OLD_PAGE = "Spot Errors Code\n\nCode\tMeaning\n400003\tKC-API-KEY not exists\n200004\tBalance insufficient\n400003\tKC-API-KEY not exists\n"
NEW_PAGE = "Spot Errors Code\n\nCode\tMeaning\n200004\tBalance insufficient\n400003\tKC-API-KEY does not exist\n"


def test_a_page_that_rewords_a_message_leaves_the_earlier_page_its_wording(tmp_path: Path) -> None:
    catalog = tmp_path / "catalog"
    catalog.mkdir()
    for name, text in (("old-page", OLD_PAGE), ("new-page", NEW_PAGE)):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        result = run_codegen("import-docs", tmp_path / f"{name}.txt", "--catalog", catalog, "--page", name)
        assert result.returncode == 0, result.stderr
    entries = {entry["code"]: entry for entry in catalogue_files(catalog)["spot"]["errors"]}
    reworded = entries[400003]["variants"][0]
    assert (reworded["message"], reworded["aliases"], reworded["pages"]) == ("KC-API-KEY does not exist", ["KC-API-KEY not exists"], ["new-page:2", "old-page:1:1", "old-page:3:1"])
    assert entries[200004]["variants"][0]["pages"] == ["new-page:1", "old-page:2"]
    export = run_codegen("export-docs", "--catalog", catalog, "--out", tmp_path / "out")
    assert export.returncode == 0, export.stderr
    for name, text in (("old-page", OLD_PAGE), ("new-page", NEW_PAGE)):
        exported = (tmp_path / "out" / "docs" / "pages" / f"{name}.txt").read_text(encoding="utf-8")
        assert exported.split("\n\nErrors Code\n\n", 1)[1] == text


def test_a_page_imported_without_its_id_records_no_rows(tmp_path: Path) -> None:
    catalog = tmp_path / "catalog"
    catalog.mkdir()
    (tmp_path / "page.txt").write_text(NEW_PAGE, encoding="utf-8")
    assert run_codegen("import-docs", tmp_path / "page.txt", "--catalog", catalog).returncode == 0
    assert "pages:" not in (catalog / "spot.yaml").read_text(encoding="utf-8")


def test_a_page_id_that_is_no_page_id_is_refused_before_anything_is_read(tmp_path: Path) -> None:
    catalog = tmp_path / "catalog"
    catalog.mkdir()
    (tmp_path / "page.txt").write_text(NEW_PAGE, encoding="utf-8")
    result = run_codegen("import-docs", tmp_path / "page.txt", "--catalog", catalog, "--page", "Old Page")
    assert result.returncode == 2
    assert "--page 'Old Page' is not a page id; expected lower-case letters and digits" in result.stderr
    assert "Traceback" not in result.stderr
    assert list(catalog.iterdir()) == []


def _one_entry(variant: dict[str, Any], *others: dict[str, Any]) -> list[dict[str, Any]]:
    entry = {"code": 400003, "name": "API_KEY_NOT_FOUND", "category": "authentication", "retry": "reauthenticate", "variants": [variant, *others]}
    return [{"domain": "spot", "description": "Spot.", "success_codes": [200000], "errors": [entry]}]


def test_one_row_of_a_page_recorded_for_two_messages_is_refused(tmp_path: Path) -> None:
    first = {"id": "A", "message": "KC-API-KEY does not exist", "aliases": ["KC-API-KEY not exists"], "pages": ["old-page:1:1", "new-page:2"]}
    second = {"id": "B", "message": "Some other message", "pages": ["old-page:1"]}
    catalog = write_catalog(tmp_path / "catalog", _one_entry(first, second))
    result = run_codegen("validate", "--catalog", catalog)
    assert result.returncode == 2
    assert "errors[0].variants[1].pages[0]: duplicate page row 'old-page:1' (first at line" in result.stderr, result.stderr


@pytest.mark.parametrize(
    ("variant", "expected"),
    [
        (
            {"id": "A", "message": "KC-API-KEY does not exist", "aliases": ["KC-API-KEY not exists"], "pages": ["old-page:1:2"]},
            "errors[0].variants[0].pages[0]: 'old-page:1:2' names alias 2 of this message, but it has 1 alias; expected PAGE:ROW, or PAGE:ROW:ALIAS",
        ),
        (
            {"id": "A", "message": "KC-API-KEY does not exist", "pages": ["old-page:1:1"]},
            "errors[0].variants[0].pages[0]: 'old-page:1:1' names alias 1 of this message, but it has no aliases",
        ),
        (
            {"id": "A", "message": "KC-API-KEY does not exist", "undocumented": "a client", "pages": ["old-page:1"]},
            "errors[0].variants[0].pages: an undocumented message is on no KuCoin page; expected pages or undocumented, not both",
        ),
        (
            {"id": "A", "message": "KC-API-KEY does not exist", "pages": ["Old Page:1"]},
            "errors[0].variants[0].pages[0]: 'Old Page:1' is not valid; expected a page id, a row and perhaps an alias: PAGE:ROW or PAGE:ROW:ALIAS, such as kucoin-errors:23 or kucoin-errors:23:1.",
        ),
    ],
)
def test_page_rows_that_name_no_wording_or_no_page_are_refused_with_their_place(tmp_path: Path, variant: dict[str, Any], expected: str) -> None:
    catalog = write_catalog(tmp_path / "catalog", _one_entry(variant))
    result = run_codegen("validate", "--catalog", catalog)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "spot.yaml:" in result.stderr and expected in result.stderr, result.stderr


def test_each_row_naming_one_of_several_aliases_is_exported_in_that_wording(tmp_path: Path) -> None:
    variant = {"id": "A", "message": "KC-API-KEY does not exist", "aliases": ["KC-API-KEY not exists", "KC-API-KEY not exist"],
               "pages": ["two-wordings:1:2", "two-wordings:2:1", "two-wordings:3"]}
    catalog = write_catalog(tmp_path / "catalog", _one_entry(variant))
    assert run_codegen("export-docs", "--catalog", catalog, "--out", tmp_path / "out").returncode == 0
    exported = (tmp_path / "out" / "docs" / "pages" / "two-wordings.txt").read_text(encoding="utf-8")
    assert exported.split("\n\nErrors Code\n\n", 1)[1] == (
        "Spot Errors Code\n\nCode\tMeaning\n400003\tKC-API-KEY not exist\n400003\tKC-API-KEY not exists\n400003\tKC-API-KEY does not exist\n"
    )
