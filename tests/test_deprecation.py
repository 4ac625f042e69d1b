"""Deprecated entries and tombstones: what the catalogue accepts, and what it refuses."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import json
import subprocess
import sys

from codegen.catalog import load_catalog
from codegen.rendering import render_all
from codegen.writing import write_outputs
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
    lines = (folder / "spot.yaml").read_text(encoding="utf-8").splitlines()
    code_line = len(lines) - lines[::-1].index("  - code: 200004")  # the last one, the tombstone's
    assert problem.startswith("catalog/spot.yaml:") and f"200004 was removed (tombstone at line {code_line})" in problem


def test_an_entry_may_not_reuse_the_name_of_a_tombstone(tmp_path: Path) -> None:
    folder = catalogue_copy(tmp_path, spot="removed:\n  - code: 999001\n    name: BALANCE_INSUFFICIENT\n")
    [problem] = problems_of(folder)
    lines = (folder / "spot.yaml").read_text(encoding="utf-8").splitlines()
    name_line = len(lines) - lines[::-1].index("    name: BALANCE_INSUFFICIENT")  # the last one, the tombstone's
    assert problem.endswith(f"'BALANCE_INSUFFICIENT' is the name of a removed code (tombstone at line {name_line}); expected a new name")


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


@pytest.fixture(scope="module")
def marked_outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The outputs of the real catalogue with spot 200004 deprecated and 102411 removed (both pointing at 102421)."""
    root = tmp_path_factory.mktemp("marked")
    folder = catalogue_copy(root, spot="removed:\n  - code: 102411\n    name: CONVERT_PARAMETER_ERROR\n    reason: \"Retired\"\n    replaced_by: spot:102421\n")
    path = folder / "spot.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("  - code: 102411\n")
    text = text[:start] + text[text.index("  - code: 102421\n"):]
    text = text.replace("    name: BALANCE_INSUFFICIENT\n", "    name: BALANCE_INSUFFICIENT\n    deprecated: {reason: \"Use the Convert code\", replaced_by: \"spot:102421\"}\n", 1)
    path.write_text(text, encoding="utf-8")
    out = root / "out"
    write_outputs(render_all(load_catalog(folder)), out)
    return out


def test_typescript_marks_the_deprecated_member_and_entry_and_drops_the_removed_one(marked_outputs: Path) -> None:
    module = (marked_outputs / "typescript" / "kucoin-errors.ts").read_text(encoding="utf-8")
    marker = "  /** @deprecated Use the Convert code (replaced by spot:102421) */\n"
    assert marker + "  BALANCE_INSUFFICIENT: 200004,\n" in module
    # The entry is a line of JSON: it carries the deprecation as fields, where a comment would mark nothing.
    [entry] = [line for line in module.splitlines() if line.startswith("""  '{"domain":"spot","code":200004,""")]
    assert entry.endswith(""","deprecated":"Use the Convert code","replacedBy":"spot:102421"}',"""), entry
    assert "CONVERT_PARAMETER_ERROR: 102411" not in module
    assert '102411: { domain: "spot", code: 102411, name: "CONVERT_PARAMETER_ERROR", reason: "Retired", replacedBy: "spot:102421" },' in module


def test_python_marks_the_deprecated_member_and_knows_the_removed_code(marked_outputs: Path) -> None:
    data = (marked_outputs / "python" / "kucoin_errors" / "_data.py").read_text(encoding="utf-8")
    assert "        #: .. deprecated:: Use the Convert code (replaced by spot:102421)\n        BALANCE_INSUFFICIENT = 200004\n" in data
    script = (
        "import sys; sys.path.insert(0, '.'); import json, kucoin_errors as k; m = k.SpotErrorCode.BALANCE_INSUFFICIENT; r = k.removed('spot', '102411');"
        "print(json.dumps([m.info.deprecated, m.info.replaced_by, k.lookup('spot', 102411), r.name, r.reason, r.replaced_by, k.removed('spot', 102421),"
        " hasattr(k.SpotErrorCode, 'CONVERT_PARAMETER_ERROR')]))"
    )
    result = subprocess.run([sys.executable, "-I", "-c", script], cwd=marked_outputs / "python", capture_output=True, text=True, check=True)
    assert json.loads(result.stdout) == ["Use the Convert code", "spot:102421", None, "CONVERT_PARAMETER_ERROR", "Retired", "spot:102421", None, False]


def test_json_and_the_reference_page_flag_the_deprecation_and_list_the_tombstone(marked_outputs: Path) -> None:
    bundle = json.loads((marked_outputs / "json" / "kucoin-errors.json").read_text(encoding="utf-8"))
    spot = next(domain for domain in bundle["domains"] if domain["domain"] == "spot")
    entry = next(entry for entry in spot["errors"] if entry["code"] == 200004)
    assert entry["deprecated"] == {"reason": "Use the Convert code", "replaced_by": "spot:102421"}
    assert spot["removed"] == [{"code": 102411, "name": "CONVERT_PARAMETER_ERROR", "reason": "Retired", "replaced_by": "spot:102421"}]
    page = (marked_outputs / "docs" / "ERRORS.md").read_text(encoding="utf-8")
    assert """| <a id="spot-200004"></a>200004 | `BALANCE_INSUFFICIENT`<br>**deprecated**: Use the Convert code; use [spot 102421](#spot-102421) |""" in page
    assert "### Removed codes" in page and "| 102411 | `CONVERT_PARAMETER_ERROR` | Retired | [spot 102421](#spot-102421) |" in page
