"""Loading a catalogue folder: its domains in the taxonomy's order, and a clear problem for a folder that is no catalogue."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from codegen import catalog as catalog_module
from codegen.catalog import LoadedCatalog, load_catalog, read_stage, validate_stage
from codegen.diagnostics import CatalogError
from tests.conftest import CATALOG_DIR, ROOT
from tests.test_validation import GOOD_ENTRY, spot_file


def copy_catalog(tmp_path: Path) -> Path:
    folder = tmp_path / "catalog"
    shutil.copytree(CATALOG_DIR, folder, ignore=shutil.ignore_patterns("sources"))
    return folder


def problems_of(catalog_dir: Path) -> list[str]:
    with pytest.raises(CatalogError) as refused:
        load_catalog(catalog_dir)
    return [str(problem) for problem in refused.value.problems]


def test_a_domain_is_found_by_name_and_a_missing_one_is_named_in_the_error(real_catalog: LoadedCatalog) -> None:
    assert real_catalog.catalog.domain("spot").domain == "spot"
    assert real_catalog.catalog.domain("futures").domain == "futures"
    with pytest.raises(KeyError, match="no_such_domain"):
        real_catalog.catalog.domain("no_such_domain")


def test_a_missing_folder_a_file_and_a_folder_without_yaml_files_are_refused_with_what_was_expected(tmp_path: Path) -> None:
    a_file = tmp_path / "catalog.yaml"
    a_file.write_text("domain: spot\n", encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.txt").write_text("not a catalogue file\n", encoding="utf-8")
    assert problems_of(tmp_path / "nowhere") == [f"{tmp_path / 'nowhere'}:0:0: catalogue folder not found; expected a folder of *.yaml files"]
    assert problems_of(a_file) == [f"{a_file}:0:0: is a file; expected a folder of *.yaml files"]
    assert problems_of(empty) == [f"{empty}:0:0: no *.yaml files; expected one catalogue file per domain"]


def test_the_domains_come_in_the_taxonomys_order_and_the_sources_in_file_order() -> None:
    loaded = load_catalog(CATALOG_DIR)  # loaded here, not by a fixture of the session, so that a mutation run sees this test reach it
    schema = json.loads((ROOT / "schema" / "error_catalog.schema.json").read_text(encoding="utf-8"))["$defs"]
    taxonomy_order = [term["const"] for term in schema["domain"]["oneOf"]]
    assert [term.name for term in loaded.taxonomy.domains] == taxonomy_order
    assert [term.name for term in loaded.taxonomy.categories] == [term["const"] for term in schema["category"]["oneOf"]]
    assert [domain.domain for domain in loaded.catalog.domains] == [name for name in taxonomy_order if (CATALOG_DIR / f"{name}.yaml").exists()]
    assert list(loaded.sources) == [f"catalog/{path.name}" for path in sorted(CATALOG_DIR.glob("*.yaml"))]


def test_every_problem_of_every_file_is_reported_together(tmp_path: Path) -> None:
    catalog = copy_catalog(tmp_path)
    for name, old, new in (("spot", "name: BALANCE_INSUFFICIENT\n", "name: balance\n"), ("broker", "category: not_found\n", "category: lost\n")):
        path = catalog / f"{name}.yaml"
        path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    found = problems_of(catalog)
    assert [problem.split(":")[0] for problem in found] == [f"{catalog.name}/broker.yaml", f"{catalog.name}/spot.yaml"]
    assert "'lost'" in found[0] and "'balance'" in found[1]


def test_a_replacement_naming_no_entry_is_reported_at_its_place(tmp_path: Path) -> None:
    catalog = copy_catalog(tmp_path)
    spot = catalog / "spot.yaml"
    deprecated = '    deprecated:\n      reason: "Old"\n      replaced_by: spot:999999\n'
    name = "    name: BALANCE_INSUFFICIENT\n"
    spot.write_text(spot.read_text(encoding="utf-8").replace(name, name + deprecated, 1), encoding="utf-8")
    [problem] = problems_of(catalog)
    assert problem.startswith(f"{catalog.name}/spot.yaml:") and "'spot:999999' is no entry of the catalogue" in problem
    line = int(problem.split(":")[1])
    assert spot.read_text(encoding="utf-8").splitlines()[line - 1].strip() == "replaced_by: spot:999999"


def test_a_valid_deprecation_loads(tmp_path: Path) -> None:
    catalog = copy_catalog(tmp_path)
    spot = catalog / "spot.yaml"
    deprecated = '    deprecated:\n      reason: "Old"\n      replaced_by: spot:200002\n'
    name = "    name: BALANCE_INSUFFICIENT\n"
    spot.write_text(spot.read_text(encoding="utf-8").replace(name, name + deprecated, 1), encoding="utf-8")
    entry = next(entry for entry in load_catalog(catalog).catalog.domain("spot").errors if entry.code == 200004)
    assert entry.deprecated is not None and entry.deprecated.replaced_by == "spot:200002"


def test_a_file_the_schema_accepts_but_a_rule_refuses_is_refused(tmp_path: Path) -> None:
    catalog = copy_catalog(tmp_path)
    broker = catalog / "broker.yaml"
    broker.write_text(broker.read_text(encoding="utf-8").replace("  - code: 400100\n", "  - code: 100001\n", 1), encoding="utf-8")
    [problem] = problems_of(catalog)
    assert problem.startswith(f"{catalog.name}/broker.yaml:") and "duplicate code 100001" in problem


def test_the_benchmarks_read_and_validate_stages_find_what_loading_finds(tmp_path: Path) -> None:
    paths = sorted(CATALOG_DIR.glob("*.yaml"))
    documents = read_stage(CATALOG_DIR, paths)
    assert [document.path for document in documents] == paths
    assert validate_stage(CATALOG_DIR, documents) == []
    catalog = copy_catalog(tmp_path)
    broker = catalog / "broker.yaml"
    broker.write_text(broker.read_text(encoding="utf-8").replace("category: not_found\n", "category: lost\n", 1), encoding="utf-8")
    found = validate_stage(catalog, read_stage(catalog, [broker]))
    assert [str(problem) for problem in found] == problems_of(catalog)


def test_the_read_stage_reads_a_file_the_fast_reader_declines_with_places(tmp_path: Path) -> None:
    catalog = copy_catalog(tmp_path)
    broker = catalog / "broker.yaml"
    broker.write_text(broker.read_text(encoding="utf-8").replace("success_codes: [200000]\n", "success_codes: [200000\n", 1), encoding="utf-8")
    [document] = read_stage(catalog, [broker])
    assert document.path == broker
    assert [str(problem) for problem in validate_stage(catalog, [document])] == problems_of(catalog)


def test_a_catalogue_folder_that_cannot_be_listed_is_refused_with_the_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def unreadable(folder: Path) -> list[Path]:
        raise PermissionError(13, "Permission denied", str(folder))

    monkeypatch.setattr(catalog_module, "catalog_files", unreadable)
    folder = copy_catalog(tmp_path)
    assert problems_of(folder) == [f"{folder}:0:0: catalogue folder cannot be read: Permission denied"]


def test_a_replacement_into_a_file_with_problems_is_not_reported_as_missing(tmp_path: Path) -> None:
    catalog = copy_catalog(tmp_path)
    broker = catalog / "broker.yaml"
    broker.write_text(broker.read_text(encoding="utf-8").replace("category: not_found\n", "category: lost\n", 1), encoding="utf-8")
    spot = catalog / "spot.yaml"
    name = "    name: BALANCE_INSUFFICIENT\n"
    spot.write_text(spot.read_text(encoding="utf-8").replace(name, name + '    deprecated:\n      reason: "Old"\n      replaced_by: broker:400100\n', 1), encoding="utf-8")
    [problem] = problems_of(catalog)
    assert problem.startswith(f"{catalog.name}/broker.yaml:") and "'lost'" in problem


def test_a_file_with_a_tag_has_its_other_problems_reported_too_each_once_at_its_value(tmp_path: Path) -> None:
    catalog = tmp_path / "catalog"
    catalog.mkdir()
    entry = GOOD_ENTRY.replace("retry: top_up", "retry: !!int abc").replace("category: insufficient_funds", "category: lost")
    (catalog / "spot.yaml").write_text(spot_file(entry), encoding="utf-8")
    found = problems_of(catalog)
    # Line 8 is "    category: lost", line 9 "    retry: !!int abc": each problem is at its value.
    assert [problem.split(": ", 1)[0] for problem in found] == ["catalog/spot.yaml:8:15", "catalog/spot.yaml:9:12"]
    assert "unknown value 'lost'" in found[0]
    assert found[1].endswith("YAML tag !!int is not allowed; expected a plain value (quote text that looks like a number)")
