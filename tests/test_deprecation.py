"""Deprecated entries and tombstones: what the catalogue accepts, and what it refuses."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from codegen.catalog import load_catalog
from codegen.diagnostics import CatalogError
from codegen.model import Deprecation, Tombstone
from tests.conftest import CATALOG_DIR


def catalogue_copy(tmp_path: Path, **appended: str) -> Path:
    """A copy of the real catalogue with text appended to the named domain files."""
    folder = tmp_path / "catalog"
    shutil.copytree(CATALOG_DIR, folder, ignore=shutil.ignore_patterns("sources"))
    for domain, text in appended.items():
        path = folder / f"{domain}.yaml"
        path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")
    return folder


def problems_of(folder: Path) -> list[str]:
    with pytest.raises(CatalogError) as caught:
        load_catalog(folder)
    return [str(problem) for problem in caught.value.problems]


def test_a_tombstone_is_read_into_its_domain(tmp_path: Path) -> None:
    folder = catalogue_copy(tmp_path, spot="removed:\n  - code: 999001\n    name: OLD_LIMIT\n    reason: \"Retired by KuCoin\"\n    replaced_by: spot:200004\n")
    spot = load_catalog(folder).catalog.domain("spot")
    assert spot.removed == (Tombstone(999001, "OLD_LIMIT", "Retired by KuCoin", "spot:200004"),)


def test_a_deprecation_is_read_into_its_entry(tmp_path: Path) -> None:
    folder = catalogue_copy(tmp_path)
    path = folder / "spot.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("    name: BALANCE_INSUFFICIENT\n", "    name: BALANCE_INSUFFICIENT\n    deprecated: {reason: \"Use the convert code\", replaced_by: \"spot:102421\"}\n", 1)
    path.write_text(text, encoding="utf-8")
    entry = next(entry for entry in load_catalog(folder).catalog.domain("spot").errors if entry.code == 200004)
    assert entry.deprecated == Deprecation("Use the convert code", "spot:102421")


def test_an_entry_may_not_reuse_the_code_of_a_tombstone(tmp_path: Path) -> None:
    folder = catalogue_copy(tmp_path, spot="removed:\n  - code: 200004\n    name: OLD_BALANCE\n")
    [problem] = problems_of(folder)
    assert problem.startswith("catalog/spot.yaml:") and "200004 was removed (tombstone at line" in problem


def test_an_entry_may_not_reuse_the_name_of_a_tombstone(tmp_path: Path) -> None:
    folder = catalogue_copy(tmp_path, spot="removed:\n  - code: 999001\n    name: BALANCE_INSUFFICIENT\n")
    [problem] = problems_of(folder)
    assert "'BALANCE_INSUFFICIENT' is the name of a removed code" in problem


def test_a_code_is_removed_once(tmp_path: Path) -> None:
    folder = catalogue_copy(tmp_path, spot="removed:\n  - code: 999001\n    name: A_ONE\n  - code: 999001\n    name: A_TWO\n")
    [problem] = problems_of(folder)
    assert "duplicate removed code 999001" in problem


def test_replaced_by_must_name_an_existing_entry_of_any_domain(tmp_path: Path) -> None:
    folder = catalogue_copy(tmp_path, spot="removed:\n  - code: 999001\n    name: OLD_ONE\n    replaced_by: futures:200005\n")
    assert load_catalog(folder).catalog.domain("spot").removed[0].replaced_by == "futures:200005"
    folder = catalogue_copy(tmp_path / "b", spot="removed:\n  - code: 999001\n    name: OLD_ONE\n    replaced_by: spot:200005\n")
    [problem] = problems_of(folder)
    assert problem.startswith("catalog/spot.yaml:") and "'spot:200005' is no entry of the catalogue" in problem and "DOMAIN:CODE" in problem
