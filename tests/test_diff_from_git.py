"""diff against a revision reads the base from the catalogue's own repository, wherever it is run from."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import CATALOG_DIR, run_codegen


def git(folder: Path, *args: str) -> str:
    done = subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *args], cwd=folder, check=True, capture_output=True, text=True)
    return done.stdout


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    """A git repository whose first commit holds a copy of the real catalogue in a subfolder."""
    folder = tmp_path / "repository"
    shutil.copytree(CATALOG_DIR, folder / "data" / "catalog", ignore=shutil.ignore_patterns("sources"))
    git(folder, "init", "-q")
    git(folder, "add", "data")
    git(folder, "commit", "-qm", "base")
    return folder


def test_diff_run_from_outside_the_repository_reads_the_base_from_the_catalogues_repository(repository: Path, tmp_path: Path) -> None:
    spot = repository / "data" / "catalog" / "spot.yaml"
    spot.write_text(spot.read_text(encoding="utf-8").replace("name: BALANCE_INSUFFICIENT\n", "name: NOT_ENOUGH_BALANCE\n", 1), encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = run_codegen("diff", "HEAD", "--catalog", str(repository / "data" / "catalog"), cwd=elsewhere)
    assert result.returncode == 0, result.stderr
    assert "member renamed from BALANCE_INSUFFICIENT to NOT_ENOUGH_BALANCE" in result.stdout


def test_a_catalogue_file_git_cannot_show_is_refused_with_gits_message(repository: Path) -> None:
    # A submodule entry named like a catalogue file: listed by the revision, but no file git can show.
    missing = "0123456789abcdef0123456789abcdef01234567"
    git(repository, "update-index", "--add", "--cacheinfo", f"160000,{missing},data/catalog/zz.yaml")
    git(repository, "commit", "-qm", "a submodule entry")
    result = run_codegen("diff", "HEAD", "--catalog", "data/catalog", cwd=repository)
    assert result.returncode == 2
    assert "HEAD: cannot read the base catalogue: fatal: bad object " in result.stderr
    assert result.stderr.rstrip().endswith(":data/catalog/zz.yaml") and "Traceback" not in result.stderr
