"""Writes are whole or not at all, stay inside the output folder, and never clobber hand edits."""

from __future__ import annotations

import contextlib
import io
import os
from pathlib import Path

import pytest

from codegen.catalog import LoadedCatalog
from codegen.cli import main
from codegen.rendering import render_all
from codegen.stamps import carries_valid_stamp, stamp, stamp_line
from codegen.writing import OutputError, PartialWriteError, find_drift, safe_output_path, write_outputs
from tests.conftest import CATALOG_DIR, run_codegen


def contents(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def files(real_catalog: LoadedCatalog) -> dict[str, str]:
    return render_all(real_catalog)


def test_a_stamp_matches_its_own_file_and_nothing_else() -> None:
    text = stamp(f"# {stamp_line()}\nVALUE = 1\n")
    assert carries_valid_stamp(text)
    assert not carries_valid_stamp(text.replace("VALUE = 1", "VALUE = 2"))
    assert not carries_valid_stamp("VALUE = 1\n")


def test_every_generated_file_with_a_banner_carries_a_valid_stamp(files: dict[str, str]) -> None:
    assert [path for path, text in files.items() if not carries_valid_stamp(text)] == ["python/kucoin_errors/py.typed"]


def test_a_stale_file_is_replaced_without_force(files: dict[str, str], tmp_path: Path) -> None:
    write_outputs(files, tmp_path)
    stale = dict(files)
    stale["typescript/kucoin-errors.ts"] = stamp(files["typescript/kucoin-errors.ts"].replace("Balance insufficient", "Older wording"))
    (tmp_path / "typescript" / "kucoin-errors.ts").write_text(stale["typescript/kucoin-errors.ts"], encoding="utf-8")
    assert [d.reason for d in find_drift(files, tmp_path)] == ["out of date"]
    assert write_outputs(files, tmp_path) == ["typescript/kucoin-errors.ts"]
    assert contents(tmp_path) == files


def test_a_hand_edited_file_is_refused_until_forced(files: dict[str, str], tmp_path: Path) -> None:
    write_outputs(files, tmp_path)
    edited = tmp_path / "python" / "kucoin_errors" / "__init__.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "# my local tweak\n", encoding="utf-8")
    result = run_codegen("--out", tmp_path)
    assert result.returncode == 2
    assert f"{edited}: edited by hand" in result.stderr and "--force" in result.stderr
    assert edited.read_text(encoding="utf-8").endswith("# my local tweak\n")
    forced = run_codegen("--out", tmp_path, "--force")
    assert forced.returncode == 0, forced.stderr
    assert contents(tmp_path) == files


def test_refusing_one_file_writes_none(files: dict[str, str], tmp_path: Path) -> None:
    write_outputs(files, tmp_path)
    (tmp_path / "json" / "kucoin-errors.json").write_text("{}\n", encoding="utf-8")
    newer = {path: text.replace("Balance insufficient", "Balance too low") for path, text in files.items()}
    before = contents(tmp_path)
    with pytest.raises(OutputError, match="kucoin-errors.json: edited by hand"):
        write_outputs({path: stamp(text) for path, text in newer.items()}, tmp_path)
    assert contents(tmp_path) == before


def _fail_on_rename(monkeypatch: pytest.MonkeyPatch, failing_call: int) -> list[Path]:
    """Make the ``failing_call``-th os.replace fail as a full disk would; returns the targets tried."""
    real_replace = os.replace
    calls: list[Path] = []

    def failing_replace(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
        calls.append(Path(target))
        if len(calls) == failing_call:
            raise OSError(28, "No space left on device")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", failing_replace)
    return calls


def test_a_failure_mid_rename_leaves_every_file_whole_and_names_the_files_replaced(files: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_outputs(files, tmp_path)
    old = contents(tmp_path)
    new = {path: stamp(text.replace("Balance insufficient", "Balance too low")) for path, text in files.items()}
    changed = [path for path in new if new[path] != old[path]]
    assert len(changed) >= 3
    calls = _fail_on_rename(monkeypatch, 2)
    with pytest.raises(PartialWriteError) as raised:
        write_outputs(new, tmp_path)
    error = raised.value
    after = contents(tmp_path)
    assert sorted(after) == sorted(old)
    assert all(after[path] in (old[path], new[path]) for path in after)
    assert not [p for p in tmp_path.rglob("*.tmp")]
    # What the error says is what is on disk: the first file new, the one that failed and the rest as before.
    assert error.replaced == (tmp_path / changed[0],) and calls[0] == tmp_path / changed[0]
    assert error.kept == tuple(tmp_path / path for path in changed[1:])
    assert [path for path in changed if after[path] == new[path]] == [changed[0]]
    assert error.filename == str(tmp_path / changed[1]) and error.errno == 28
    text = str(error).splitlines()
    assert text[0] == f"{tmp_path / changed[1]}: cannot replace: No space left on device"
    assert text[1] == "each file is whole, either its old or its new version:"
    assert text[2] == f"  replaced by the new version: {tmp_path / changed[0]}"
    assert text[3:-1] == [f"  not replaced (as before): {tmp_path / path}" for path in changed[1:]]
    assert text[-1] == f"1 of {len(changed)} file(s) were replaced; fix the cause and run the command again."
    # A caller that prints only filename and strerror (as the command line does for OSError) still says which files changed.
    assert error.strerror.startswith("No space left on device; each file is whole, old or new: replaced by the new version: ")
    assert str(tmp_path / changed[0]) in error.strerror and str(tmp_path / changed[-1]) in error.strerror


def test_a_failure_on_the_first_rename_replaces_nothing(files: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_outputs(files, tmp_path)
    old = contents(tmp_path)
    new = {path: stamp(text.replace("Balance insufficient", "Balance too low")) for path, text in files.items()}
    _fail_on_rename(monkeypatch, 1)
    with pytest.raises(PartialWriteError) as raised:
        write_outputs(new, tmp_path)
    assert raised.value.replaced == () and len(raised.value.kept) == sum(new[path] != old[path] for path in new)
    assert contents(tmp_path) == old


def test_the_command_line_does_not_claim_nothing_was_written_after_a_partial_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    assert main(["--out", str(out)]) == 0
    target = out / "typescript" / "kucoin-errors.ts"
    target.write_text(stamp(target.read_text(encoding="utf-8").replace("Balance insufficient", "Older wording")), encoding="utf-8")
    json_file = out / "json" / "kucoin-errors.json"
    json_file.write_text(stamp(json_file.read_text(encoding="utf-8").replace("Balance insufficient", "Older wording")), encoding="utf-8")
    _fail_on_rename(monkeypatch, 2)
    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr):
        assert main(["--out", str(out)]) == 2
    assert "nothing was written" not in stderr.getvalue()
    assert str(json_file) in stderr.getvalue() and str(target) in stderr.getvalue()
    assert "No space left on device" in stderr.getvalue()


def test_a_failure_while_staging_changes_nothing(files: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_outputs(files, tmp_path)
    old = contents(tmp_path)
    new = {path: stamp(text.replace("Balance insufficient", "Balance too low")) for path, text in files.items()}
    real_fsync = os.fsync
    calls = []

    def failing_fsync(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 2:
            raise OSError(5, "Input/output error")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(OSError):
        write_outputs(new, tmp_path)
    assert contents(tmp_path) == old


@pytest.mark.parametrize("relative", ["../escape.txt", "/etc/passwd", "python/../../escape.txt", ""])
def test_paths_outside_the_output_folder_are_refused(tmp_path: Path, relative: str) -> None:
    with pytest.raises(OutputError, match="inside"):
        safe_output_path(tmp_path, relative)


def test_a_symlink_out_of_the_output_folder_is_refused(files: dict[str, str], tmp_path: Path) -> None:
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    (out / "typescript").symlink_to(elsewhere, target_is_directory=True)
    result = run_codegen("--catalog", CATALOG_DIR, "--out", out)
    assert result.returncode == 2
    assert "outside the output folder" in result.stderr and "nothing was written" in result.stderr
    assert list(elsewhere.iterdir()) == [] and not (out / "python").exists()
