"""Writes are whole or not at all, stay inside the output folder, and never clobber hand edits."""

from __future__ import annotations

import contextlib
import errno
import io
import os
import stat
from pathlib import Path

import pytest

from codegen.catalog import LoadedCatalog
from codegen.cli import main
from codegen.rendering import render_all, render_encoded
from codegen.stamps import carries_valid_stamp, carries_valid_stamp_bytes, stamp, stamp_bytes, stamp_line
from codegen.writing import TEMPORARY_PREFIX, OutputError, OutputStager, PartialWriteError, find_drift, replace_files, safe_output_path, write_outputs
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
    assert not list(tmp_path.rglob(f"{TEMPORARY_PREFIX}*"))
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


@pytest.mark.parametrize("relative", ["../escape.txt", "/etc/passwd", "python/../../escape.txt", "python/../inside.txt", ""])
def test_paths_outside_the_output_folder_are_refused(tmp_path: Path, relative: str) -> None:
    # Refused as written, before anything is resolved: a path with ".." even when it would land inside.
    with pytest.raises(OutputError) as raised:
        safe_output_path(tmp_path, relative)
    assert str(raised.value) == f"{relative}: output path must stay inside {tmp_path}"


def test_a_symlink_out_of_the_output_folder_is_refused(files: dict[str, str], tmp_path: Path) -> None:
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    (out / "typescript").symlink_to(elsewhere, target_is_directory=True)
    result = run_codegen("--catalog", CATALOG_DIR, "--out", out)
    assert result.returncode == 2
    assert "outside the output folder" in result.stderr and "nothing was written" in result.stderr
    assert list(elsewhere.iterdir()) == [] and not (out / "python").exists()


def test_a_path_through_a_symlink_out_of_the_output_folder_is_refused_naming_where_it_resolves(tmp_path: Path) -> None:
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    (out / "typescript").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(OutputError) as raised:
        safe_output_path(out, "typescript/x.ts")
    assert str(raised.value) == (
        f"{out / 'typescript' / 'x.ts'}: resolves to {elsewhere / 'x.ts'}, outside the output folder {out}; every output must stay inside it"
    )


def test_leftovers_are_found_in_every_output_folder_when_one_cannot_be_listed_and_named_as_given(tmp_path: Path) -> None:
    real = tmp_path / "real"
    (real / "b").mkdir(parents=True)
    (tmp_path / "link").symlink_to(real, target_is_directory=True)
    (real / "b" / f"{TEMPORARY_PREFIX}y.txt-0badc0de").write_text("half", encoding="utf-8")
    # Folder "a" does not exist yet: it holds no leftover, and the search goes on to "b".
    drifts = find_drift({"a/x.txt": "x\n", "b/y.txt": "y\n"}, tmp_path / "link")
    assert [d.path for d in drifts] == [f"b/{TEMPORARY_PREFIX}y.txt-0badc0de", "a/x.txt", "b/y.txt"]


def newer(files: dict[str, str]) -> dict[str, str]:
    return {path: stamp(text.replace("Balance insufficient", "Balance too low")) for path, text in files.items()}


def test_cleanup_that_fails_does_not_hide_which_files_were_replaced(files: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_outputs(files, tmp_path)
    old, new = contents(tmp_path), newer(files)
    changed = [path for path in new if new[path] != old[path]]
    _fail_on_rename(monkeypatch, 3)
    real_unlink = os.unlink
    unlinked: list[Path] = []

    def refused_unlink(path: str | os.PathLike[str], *args: object, **kwargs: object) -> None:
        unlinked.append(Path(path))
        raise PermissionError(errno.EPERM, "Operation not permitted", str(path))

    monkeypatch.setattr(os, "unlink", refused_unlink)
    with pytest.raises(PartialWriteError) as raised:
        write_outputs(new, tmp_path)
    error = raised.value
    assert error.replaced == tuple(tmp_path / path for path in changed[:2])
    assert error.kept == tuple(tmp_path / path for path in changed[2:])
    # Every temporary file was tried, although the first removal failed; each one left is named.
    assert sorted(unlinked) == sorted(error.left) and len(error.left) == len(changed) - 2
    assert [line for line in str(error).splitlines() if "temporary file not removed" in line] == [f"  temporary file not removed (the next run removes it): {path}" for path in error.left]
    assert error.strerror.endswith(f"; temporary files not removed (the next run removes them): {', '.join(map(str, error.left))}")
    monkeypatch.setattr(os, "unlink", real_unlink)
    monkeypatch.setattr(os, "replace", os.rename)
    assert sorted(d.path for d in find_drift(new, tmp_path) if d.reason.startswith("temporary file")) == sorted(p.relative_to(tmp_path).as_posix() for p in error.left)
    write_outputs(new, tmp_path)
    assert contents(tmp_path) == new


def test_leftovers_of_an_interrupted_run_are_removed_by_the_next_one_and_only_they(files: dict[str, str], tmp_path: Path) -> None:
    write_outputs(files, tmp_path)
    leftover = tmp_path / "json" / f"{TEMPORARY_PREFIX}kucoin-errors.json-0badc0de"
    leftover.write_text("half a file", encoding="utf-8")
    mine = tmp_path / "json" / "notes.tmp"
    mine.write_text("not the generator's", encoding="utf-8")
    drifts = find_drift(files, tmp_path)
    assert [(d.path, d.reason) for d in drifts] == [("json/" + leftover.name, "temporary file left by an interrupted run (the next `python -m codegen` removes it)")]
    assert write_outputs(files, tmp_path) == []  # nothing changed, and still the leftover goes
    assert not leftover.exists() and mine.exists()
    assert find_drift(files, tmp_path) == []


@pytest.mark.parametrize("umask", [0o022, 0o002, 0o077])
def test_new_files_get_the_mode_of_a_plain_write_and_replaced_files_keep_theirs(files: dict[str, str], tmp_path: Path, umask: int) -> None:
    previous = os.umask(umask)
    try:
        write_outputs(files, tmp_path)
        typescript = tmp_path / "typescript" / "kucoin-errors.ts"
        typescript.chmod(0o640)
        write_outputs(newer(files), tmp_path)
    finally:
        os.umask(previous)
    modes = {path: stat.S_IMODE((tmp_path / path).stat().st_mode) for path in files}
    assert modes.pop("typescript/kucoin-errors.ts") == 0o640
    assert set(modes.values()) == {0o666 & ~umask}


def test_a_symlinked_output_stays_a_link_and_its_target_is_replaced(tmp_path: Path) -> None:
    target = tmp_path / "real" / "page.txt"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    target.chmod(0o604)
    link = tmp_path / "link.txt"
    link.symlink_to(Path("real") / "page.txt")
    replace_files({link: "new"})
    assert link.is_symlink() and os.readlink(link) == str(Path("real") / "page.txt")
    assert target.read_text(encoding="utf-8") == "new" and stat.S_IMODE(target.stat().st_mode) == 0o604
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["link.txt", "page.txt", "real"]


def test_check_names_each_kind_of_drift_with_its_diff(tmp_path: Path, files: dict[str, str]) -> None:
    out = tmp_path / "out"
    (out / "real").mkdir(parents=True)
    (out / "same.txt").write_text("same\n", encoding="utf-8")
    (out / "edited.txt").write_text("old\n", encoding="utf-8")
    (out / "stale.json").write_text(files["json/kucoin-errors.json"], encoding="utf-8")
    (out / f"{TEMPORARY_PREFIX}x").write_text("partial", encoding="utf-8")
    (out / f"{TEMPORARY_PREFIX}link").symlink_to(out / "real", target_is_directory=True)  # a link is a leftover, whatever it points to
    (out / f"{TEMPORARY_PREFIX}folder").mkdir()  # a folder is not
    stale = files["json/kucoin-errors.json"].replace('"code": 200004', '"code": 200005', 1)
    drifts = find_drift({"same.txt": "same\n", "edited.txt": "new\n", "stale.json": stale, "missing.txt": "m\n"}, out)
    leftover = "temporary file left by an interrupted run (the next `python -m codegen` removes it)"
    assert [(d.path, d.reason) for d in drifts] == [
        (f"{TEMPORARY_PREFIX}link", leftover),
        (f"{TEMPORARY_PREFIX}x", leftover),
        ("edited.txt", "edited by hand (its content no longer matches the hash in its header)"),
        ("stale.json", "out of date"),
        ("missing.txt", "missing"),
    ]
    assert [d.diff for d in drifts if d.reason in (leftover, "missing")] == ["", "", ""]
    assert drifts[2].diff == "--- edited.txt (on disk)\n+++ edited.txt (from catalogue)\n@@ -1 +1 @@\n-old\n+new"
    assert '\n-          "code": 200004,\n+          "code": 200005,\n' in drifts[3].diff


def test_a_partial_write_says_none_was_replaced_when_none_was() -> None:
    error = PartialWriteError(OSError(errno.EIO, "I/O error"), Path("a"), [], [Path("a"), Path("b")])
    assert (error.errno, error.filename) == (errno.EIO, "a")
    assert error.strerror == "I/O error; each file is whole, old or new: replaced by the new version: none; not replaced (as before): a, b"


def test_a_partial_write_lists_every_file_replaced_kept_and_left_and_reads_an_error_without_strerror() -> None:
    error = PartialWriteError(OSError("disk gone"), Path("b"), [Path("a"), Path("a2")], [Path("b"), Path("c")], [Path(".codegen-tmp-b")])
    assert error.strerror == (
        "disk gone; each file is whole, old or new: replaced by the new version: a, a2; not replaced (as before): b, c; "
        "temporary files not removed (the next run removes them): .codegen-tmp-b"
    )
    assert str(error).splitlines()[0] == "b: cannot replace: disk gone"


def test_a_drift_of_a_file_that_is_not_utf8_on_disk_shows_its_diff_with_replacement_characters(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_bytes(b"old \xff\n")
    (drift,) = find_drift({"notes.txt": "new\n"}, tmp_path)
    assert drift.diff == "--- notes.txt (on disk)\n+++ notes.txt (from catalogue)\n@@ -1 +1 @@\n-old \ufffd\n+new"


def test_a_leftover_beside_a_symlinked_output_outside_the_folder_as_given_is_named_by_its_full_path(tmp_path: Path) -> None:
    real = tmp_path / "real"
    (real / "targets").mkdir(parents=True)
    (real / "targets" / "a.txt").write_text("a\n", encoding="utf-8")
    (real / "a.txt").symlink_to(Path("targets") / "a.txt")
    (tmp_path / "link").symlink_to(real, target_is_directory=True)
    leftover = real / "targets" / f"{TEMPORARY_PREFIX}a.txt-0badc0de"
    leftover.write_text("half", encoding="utf-8")
    drifts = find_drift({"a.txt": "a\n"}, tmp_path / "link")
    assert [(d.path, d.reason) for d in drifts] == [(str(leftover), "temporary file left by an interrupted run (the next `python -m codegen` removes it)")]


def test_no_free_temporary_name_is_an_eexist_error_naming_the_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from codegen import writing  # noqa: PLC0415

    monkeypatch.setattr(writing.secrets, "token_hex", lambda _size: "taken")
    (tmp_path / f"{TEMPORARY_PREFIX}out.txt-taken").write_text("", encoding="utf-8")
    with pytest.raises(FileExistsError) as raised:
        writing._write_temporary(tmp_path / "out.txt", "text")
    assert (raised.value.errno, raised.value.strerror, raised.value.filename) == (errno.EEXIST, "no free name for a temporary file", str(tmp_path))


def test_outputs_rendered_as_bytes_are_the_rendered_text_encoded(generated: tuple[LoadedCatalog, Path]) -> None:
    loaded, _ = generated
    text = render_all(loaded)
    encoded = render_encoded(loaded)
    assert list(encoded) == list(text)
    assert all(bytes(encoded[path]) == text[path].encode("utf-8") for path in text)


def test_stamping_bytes_gives_the_bytes_of_the_stamped_text() -> None:
    text = f"# {stamp_line()}\nvalue = \"😀 é\"\n"
    assert bytes(stamp_bytes(bytearray(text.encode("utf-8")))) == stamp(text).encode("utf-8")
    assert bytes(stamp_bytes(bytearray(b"no banner\n"))) == b"no banner\n"
    stamped = stamp(text)
    for candidate in (stamped, stamped.replace("😀", "x"), text, "no banner\n"):
        assert carries_valid_stamp_bytes(candidate.encode("utf-8")) == carries_valid_stamp(candidate)


def test_a_stager_writes_nothing_and_leaves_no_temporary_file_when_a_file_was_edited_by_hand(tmp_path: Path, files: dict[str, str]) -> None:
    write_outputs(files, tmp_path)
    before = contents(tmp_path)
    (tmp_path / "typescript" / "kucoin-errors.ts").write_text("edited\n", encoding="utf-8")  # the last file: the others are staged first
    before["typescript/kucoin-errors.ts"] = "edited\n"
    changed = {path: text.replace("Generated by", "Made by") for path, text in files.items()}

    stager = OutputStager(tmp_path, sorted(changed))
    for path, text in changed.items():
        stager.add(path, text.encode("utf-8"))
    assert stager.staged  # the files before it are staged
    with pytest.raises(OutputError, match="kucoin-errors.ts: edited by hand"):
        stager.commit()

    assert contents(tmp_path) == before


def test_a_stager_writes_only_the_files_that_changed_when_committed(tmp_path: Path, files: dict[str, str]) -> None:
    write_outputs(files, tmp_path)
    changed = {**files, "docs/ERRORS.md": files["docs/ERRORS.md"] + "more\n"}

    stager = OutputStager(tmp_path, sorted(changed))
    for path, text in changed.items():
        stager.add(path, text)

    assert stager.commit() == ["docs/ERRORS.md"]
    assert contents(tmp_path) == changed


def test_a_forced_stager_replaces_files_edited_by_hand(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("edited\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("edited too\n", encoding="utf-8")
    stager = OutputStager(tmp_path, ["a.txt", "b.txt"], force=True)
    stager.add("a.txt", "new a\n")
    stager.add("b.txt", "new b\n")
    assert stager.commit() == ["a.txt", "b.txt"]
    assert contents(tmp_path) == {"a.txt": "new a\n", "b.txt": "new b\n"}


def test_a_stager_refusing_files_edited_by_hand_names_each_on_a_line_of_its_own(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("edited\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("edited too\n", encoding="utf-8")
    stager = OutputStager(tmp_path, ["a.txt", "b.txt"])
    stager.add("a.txt", "new a\n")
    stager.add("b.txt", "new b\n")
    with pytest.raises(OutputError) as raised:
        stager.commit()
    reason = "edited by hand (its content no longer matches the hash in its header); not overwritten, use --force to replace it"
    assert str(raised.value).split("\n") == [f"{tmp_path / 'a.txt'}: {reason}", f"{tmp_path / 'b.txt'}: {reason}"]


def test_a_stager_writes_an_output_it_was_not_told_of_when_made_and_checks_its_path(tmp_path: Path) -> None:
    stager = OutputStager(tmp_path, [])
    stager.add("late/file.txt", "late\n")
    with pytest.raises(OutputError, match="output path must stay inside"):
        stager.add("../escape.txt", "x\n")
    assert stager.commit() == ["late/file.txt"]
    assert contents(tmp_path) == {"late/file.txt": "late\n"}


def test_a_discarded_stager_removes_the_folders_it_made_and_only_those(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()  # empty, and there before the stager: it stays
    stager = OutputStager(out, ["new/deeper/a.txt"])
    stager.add("new/deeper/a.txt", "a\n")
    stager.discard()
    assert out.is_dir() and list(out.iterdir()) == []
