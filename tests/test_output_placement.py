"""place_outputs: each target's files under the output folder, or under the folder configured for it, renamed as configured."""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen.placement import place_outputs
from codegen.target import Output, Target

PYTHON = Target(
    "python", Path("templates/python"),
    (Output("__init__.py.j2", "python/kucoin_errors/__init__.py"), Output("_data.py.j2", "python/kucoin_errors/_data.py")),
    module_name="kucoin_errors",
)
TYPESCRIPT = Target("typescript", Path("templates/typescript"), (Output("module.ts.j2", "typescript/kucoin-errors.ts"),), module_name="kucoin-errors")
DOCS = Target("docs", Path("templates/docs"), (Output("ERRORS.md.j2", "docs/ERRORS.md"),))
#: A plugin whose file is not under a folder named after it.
LOOSE = Target("header", Path("templates/header"), (Output("errors.h.j2", "include/errors.h"),))


def paths_of(targets: tuple[Target, ...]) -> dict[str, list[str]]:
    return {target.name: [output.path for output in target.outputs] for target in targets}


def test_without_paths_or_names_every_file_stays_where_the_target_puts_it() -> None:
    placed, root = place_outputs((PYTHON, TYPESCRIPT, DOCS), Path("generated"), {}, {})
    assert root == Path("generated")
    assert paths_of(placed) == paths_of((PYTHON, TYPESCRIPT, DOCS))


def test_a_name_renames_the_package_folder_or_the_module_file_and_nothing_else() -> None:
    placed, root = place_outputs((PYTHON, TYPESCRIPT, DOCS), Path("generated"), {}, {"python": "kc_errors", "typescript": "kc-errors"})
    assert root == Path("generated")
    assert paths_of(placed) == {
        "python": ["python/kc_errors/__init__.py", "python/kc_errors/_data.py"],
        "typescript": ["typescript/kc-errors.ts"],
        "docs": ["docs/ERRORS.md"],
    }


def test_a_name_for_a_target_without_a_module_changes_nothing() -> None:
    placed, _ = place_outputs((DOCS,), Path("generated"), {}, {"docs": "other"})
    assert paths_of(placed) == {"docs": ["docs/ERRORS.md"]}


def test_per_target_folders_are_placed_relative_to_the_folder_holding_every_destination(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(Path(__file__).parent)  # anywhere but the project folder: the places do not depend on it
    project = tmp_path / "project"
    folders = {"python": project / "src" / "vendor", "typescript": project / "web"}
    placed, root = place_outputs((PYTHON, TYPESCRIPT, DOCS), project / "build" / "generated", folders, {"python": "kc_errors"})
    assert root == project
    assert paths_of(placed) == {
        "python": ["src/vendor/kc_errors/__init__.py", "src/vendor/kc_errors/_data.py"],
        "typescript": ["web/kucoin-errors.ts"],
        "docs": ["build/generated/docs/ERRORS.md"],
    }
    assert [output.template for output in placed[0].outputs] == ["__init__.py.j2", "_data.py.j2"]


def test_a_file_outside_its_targets_folder_keeps_its_whole_path_in_the_folder_given(tmp_path: Path) -> None:
    placed, root = place_outputs((LOOSE, DOCS), tmp_path / "out", {"header": tmp_path / "c"}, {})
    assert root == tmp_path
    assert paths_of(placed) == {"header": ["c/include/errors.h"], "docs": ["out/docs/ERRORS.md"]}
