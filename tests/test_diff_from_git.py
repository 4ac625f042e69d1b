"""diff against a revision reads the base from the catalogue's own repository, wherever it is run from."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from codegen.semantic_diff import BaseError, load_base
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


def test_the_base_is_read_from_a_catalogue_folder_whose_path_starts_with_a_dash(tmp_path: Path) -> None:
    folder = tmp_path / "repository"
    shutil.copytree(CATALOG_DIR, folder / "-data" / "catalog", ignore=shutil.ignore_patterns("sources"))
    git(folder, "init", "-q")
    git(folder, "add", "--", "-data")
    git(folder, "commit", "-qm", "base")
    base = load_base("HEAD", folder / "-data" / "catalog")
    assert sorted(domain.domain for domain in base.domains) == sorted(path.stem for path in CATALOG_DIR.glob("*.yaml"))


def test_a_base_that_cannot_be_read_is_refused_with_what_is_wrong(repository: Path) -> None:
    catalog = repository / "data" / "catalog"
    with pytest.raises(BaseError, match=r"^'--output=x' is not a revision$"):
        load_base("--output=x", catalog)
    missing = repository / "data" / "missing"
    with pytest.raises(BaseError, match=f"^{re.escape(str(missing))}: catalogue folder not found$"):
        load_base("HEAD", missing)
    (repository / "data" / "new").mkdir()
    (repository / "data" / "new" / "spot.yaml").write_bytes((catalog / "spot.yaml").read_bytes())
    with pytest.raises(BaseError, match=r"^revision 'HEAD' has no catalogue files in data/new/$"):
        load_base("HEAD", repository / "data" / "new")


def test_a_machine_without_git_is_told_so_when_the_base_is_a_revision(repository: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("codegen.semantic_diff.shutil.which", lambda name: None)
    with pytest.raises(BaseError, match=r"^git is not installed; give the base as a catalogue folder$"):
        load_base("HEAD", repository / "data" / "catalog")


def test_a_catalogue_at_the_root_of_its_repository_is_read_from_a_revision(tmp_path: Path) -> None:
    folder = tmp_path / "repository"
    folder.mkdir()
    (folder / "README").write_text("Catalogue\n", encoding="utf-8")
    git(folder, "init", "-q")
    git(folder, "add", "README")
    git(folder, "commit", "-qm", "readme")
    for path in CATALOG_DIR.glob("*.yaml"):
        shutil.copyfile(path, folder / path.name)
    with pytest.raises(BaseError, match=r"^revision 'HEAD' has no catalogue files in \./$"):
        load_base("HEAD", folder)
    git(folder, "add", ".")
    git(folder, "commit", "-qm", "catalogue")
    base = load_base("HEAD", folder)
    assert sorted(domain.domain for domain in base.domains) == sorted(path.stem for path in CATALOG_DIR.glob("*.yaml"))
