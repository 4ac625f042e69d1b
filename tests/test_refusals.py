"""Small refusals: what a mistake is told, and what it must never be told."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import CATALOG_DIR, run_codegen
from tests.test_fidelity import SOURCE

SECRET = "PRIVATE-KEY-7f3a9c"


@pytest.fixture
def spot_only(tmp_path: Path) -> Path:
    catalog = tmp_path / "catalog"
    catalog.mkdir()
    shutil.copyfile(CATALOG_DIR / "spot.yaml", catalog / "spot.yaml")
    return catalog


@pytest.mark.parametrize(
    "content",
    [
        f"{SECRET} " * 40 + "\n",  # a plain string: "expected a mapping, got a string (...)"
        f"domain: earn\ndescription: x\nsuccess_codes: [200000]\nerrors: [{{code: 1, name: A, category: {SECRET}, retry: stop, variants: [{{id: A, message: m}}]}}]\n",
    ],
    ids=["text", "yaml"],
)
def test_a_link_to_a_file_outside_the_catalogue_never_shows_its_content(spot_only: Path, tmp_path: Path, content: str) -> None:
    secret = tmp_path / "elsewhere" / "credentials.txt"
    secret.parent.mkdir()
    secret.write_text(content, encoding="utf-8")
    (spot_only / "earn.yaml").symlink_to(secret)
    for command in (["validate"], ["--out", str(tmp_path / "out")], ["--check", "--out", str(tmp_path / "out")]):
        result = run_codegen(*command, "--catalog", spot_only)
        assert result.returncode == 2
        assert SECRET not in result.stderr + result.stdout
        assert "catalog/earn.yaml:1:1: is a symbolic link to a file outside the catalogue folder; expected a file inside the folder" in result.stderr


def test_a_link_to_a_file_inside_the_catalogue_folder_is_read(spot_only: Path) -> None:
    (spot_only / "shared").mkdir()
    (spot_only / "spot.yaml").rename(spot_only / "shared" / "spot.yaml")
    (spot_only / "spot.yaml").symlink_to(Path("shared") / "spot.yaml")
    result = run_codegen("validate", "--catalog", spot_only)
    assert result.returncode == 0, result.stderr


def test_a_file_given_as_the_catalogue_folder_is_called_a_file(tmp_path: Path) -> None:
    given = tmp_path / "spot.yaml"
    shutil.copyfile(CATALOG_DIR / "spot.yaml", given)
    for command in (["validate", "--catalog", given], ["--catalog", given, "--out", tmp_path / "out"], ["import-docs", SOURCE, "--catalog", given]):
        result = run_codegen(*command)
        assert result.returncode == 2 and "Traceback" not in result.stderr
        assert f"{given}:0:0: is a file; expected a folder" in result.stderr
        assert "not found" not in result.stderr


def test_check_never_says_it_refuses_to_write(tmp_path: Path) -> None:
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    elsewhere.mkdir()
    out.mkdir()
    (out / "typescript").symlink_to(elsewhere, target_is_directory=True)
    checked = run_codegen("--check", "--out", out)
    assert checked.returncode == 2
    assert "outside the output folder" in checked.stderr and "the generated files were not checked" in checked.stderr
    assert "refusing" not in checked.stderr and "written" not in checked.stderr
    (out / "typescript").unlink()
    (out / "json" / "kucoin-errors.json").mkdir(parents=True)
    unreadable = run_codegen("--check", "--out", out)
    assert unreadable.returncode == 2 and "Traceback" not in unreadable.stderr
    assert f"{out / 'json' / 'kucoin-errors.json'}: cannot read: Is a directory; the generated files were not checked." in unreadable.stderr
    assert "write" not in unreadable.stderr


@pytest.mark.parametrize(("field", "path"), [("name", "errors[0].name"), ("id", "errors[0].variants[0].id")])
def test_names_and_ids_longer_than_100_characters_are_refused_without_being_echoed(spot_only: Path, field: str, path: str) -> None:
    spot = spot_only / "spot.yaml"
    text = spot.read_text(encoding="utf-8")
    first = text.index("    name: " if field == "name" else "      - id: ")
    start = text.index(": ", first) + 2
    end = text.index("\n", start)
    line, column = text.count("\n", 0, start) + 1, start - text.rindex("\n", 0, start)
    for length, valid in ((100, True), (101, False), (10_000, False)):
        spot.write_text(text[:start] + "A" * length + text[end:], encoding="utf-8")
        result = run_codegen("validate", "--catalog", spot_only)
        assert (result.returncode == 0) == valid, result.stderr
        if not valid:
            assert f"catalog/spot.yaml:{line}:{column}: {path}: {length} characters long; expected at most 100" in result.stderr
            assert "A" * 101 not in result.stderr
