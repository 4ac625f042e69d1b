"""Writing generated files safely, or comparing them with what is on disk.

Every file is first written to a temporary file beside it; only when all of
them are written are they renamed over the old ones, so a failure leaves
each output whole, old or new, and a failure among the renames names the
files already replaced. Nothing is written outside the output folder,
and a file edited by hand is not overwritten unless forced.

Temporary files are named ``.codegen-tmp-*`` (ignored by git); those an
interrupted run leaves behind are removed by the next write to their folder.
A file written gets the mode a plain write would give it: a new file
0666 less the umask, a replaced one its old mode; a symbolic link stays a
link and its target is replaced.
"""

from __future__ import annotations

import contextlib
import difflib
import errno
import os
import secrets
import stat
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import AnyStr, Literal

from codegen.stamps import carries_valid_stamp_bytes

MAX_DIFF_LINES = 20
#: A file's content: text, or text already encoded as UTF-8.
Content = str | bytes | bytearray
#: A difflib opcode: (tag, old start, old end, new start, new end).
Opcode = tuple[Literal["replace", "delete", "insert", "equal"], int, int, int, int]
TEMPORARY_PREFIX = ".codegen-tmp-"
NEW_FILE_MODE = 0o666  # less the umask, which os.open applies


class OutputError(Exception):
    """Generated files cannot be written; the message names the files and why. Raised before anything is written."""


class PartialWriteError(OSError):
    """Renaming the staged files failed part-way: some files have their new version, the others are as before.

    Each file is whole, old or new: ``replaced`` lists the files that now hold
    their new version, ``kept`` those left as they were (the one whose rename
    failed among them). ``filename`` is the file whose rename failed, and
    ``strerror`` carries the lists too, so a caller that prints only
    ``filename`` and ``strerror`` still tells the whole story; ``str()`` gives
    it one file per line.
    """

    def __init__(self, error: OSError, failed: Path, replaced: list[Path], kept: list[Path], left: Iterable[Path] = ()) -> None:
        self.reason = error.strerror or str(error)
        self.replaced = tuple(replaced)
        self.kept = tuple(kept)
        #: Temporary files that could not be removed; the next write to their folder removes them.
        self.left = tuple(left)
        summary = (
            f"{self.reason}; each file is whole, old or new: replaced by the new version: "
            f"{', '.join(map(str, replaced)) or 'none'}; not replaced (as before): {', '.join(map(str, kept))}"
        )
        if self.left:
            summary += f"; temporary files not removed (the next run removes them): {', '.join(map(str, self.left))}"
        super().__init__(error.errno, summary, str(failed))

    def __str__(self) -> str:
        lines = [f"{self.filename}: cannot replace: {self.reason}", "each file is whole, either its old or its new version:"]
        lines += [f"  replaced by the new version: {path}" for path in self.replaced]
        lines += [f"  not replaced (as before): {path}" for path in self.kept]
        lines += [f"  temporary file not removed (the next run removes it): {path}" for path in self.left]
        total = len(self.replaced) + len(self.kept)
        lines.append(f"{len(self.replaced)} of {total} file(s) were replaced; fix the cause and run the command again.")
        return "\n".join(lines)


@dataclass(frozen=True)
class Drift:
    """A generated file whose content on disk differs from what the catalogue gives."""

    path: str
    reason: str
    diff: str


def safe_output_path(out_dir: Path, relative: str, root: Path | None = None) -> Path:
    """``out_dir / relative``, refused when it would resolve outside ``out_dir`` (``..``, absolute, symlinks); ``root`` is ``out_dir.resolve()`` when known."""
    parts = PurePosixPath(relative)
    if parts.is_absolute() or ".." in parts.parts or not parts.parts:
        raise OutputError(f"{relative}: output path must stay inside {out_dir}")
    if root is None:
        root = out_dir.resolve()
    path = out_dir / relative
    if not path.resolve().is_relative_to(root):
        raise OutputError(f"{path}: resolves to {path.resolve()}, outside the output folder {root}; every output must stay inside it")
    return path


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def encoded(content: Content) -> bytes | bytearray:
    """``content`` as the bytes written: UTF-8."""
    return content.encode("utf-8") if isinstance(content, str) else content


def _text(data: bytes | bytearray) -> str:
    return data.decode("utf-8", errors="replace")


def find_drift(files: Mapping[str, Content], out_dir: Path) -> list[Drift]:
    """Every file whose content on disk is not what it would be generated as, with a short diff.

    Temporary files an interrupted run left among the outputs count too: the next write removes them.
    """
    paths = {relative: safe_output_path(out_dir, relative) for relative in files}
    drifts = leftover_drifts(out_dir, paths.values())
    for relative, content in files.items():
        drift = file_drift(relative, content, paths[relative])
        if drift is not None:
            drifts.append(drift)
    return drifts


def leftover_drifts(out_dir: Path, paths: Iterable[Path]) -> list[Drift]:
    """The temporary files an interrupted run left beside ``paths``, as drifts."""
    drifts = []
    for leftover in find_leftovers(paths):
        named = leftover.relative_to(out_dir).as_posix() if leftover.is_relative_to(out_dir) else str(leftover)
        drifts.append(Drift(named, "temporary file left by an interrupted run (the next `python -m codegen` removes it)", ""))
    return drifts


def file_drift(relative: str, content: Content, path: Path) -> Drift | None:
    """How the file at ``path`` differs from ``content``, with a short diff; None when it holds exactly that."""
    current = _read(path)
    if current == encoded(content):
        return None
    if current is None:
        return Drift(relative, "missing", "")
    new = encoded(content)
    reason = "out of date" if carries_valid_stamp_bytes(current) else "edited by hand (its content no longer matches the hash in its header)"
    # Lines as bytes: a str of the whole file takes four bytes a character once it holds one emoji.
    shown, total = short_diff(current.splitlines(), bytes(new).splitlines(), f"{relative} (on disk)", f"{relative} (from catalogue)")
    if total > len(shown):
        shown.append(f"... {total - len(shown)} more diff lines")
    return Drift(relative, reason, "\n".join(shown))


def short_diff(old: Sequence[AnyStr], new: Sequence[AnyStr], old_name: str, new_name: str, limit: int = MAX_DIFF_LINES) -> tuple[list[str], int]:
    """The first ``limit`` lines of a unified diff (one line of context) of two different texts, and how many lines it has.

    The diff is difflib's format, and difflib's own where a change fits in a
    window of WINDOW_LINES lines; it takes time linear in the size of the texts
    (a whole-file difflib diff can take minutes on a file of 100,000 lines).
    """
    matcher = _GivenOpcodes(change_opcodes(old, new))
    shown = [f"--- {old_name}", f"+++ {new_name}"]
    total = 2

    def show(mark: str, lines: Sequence[str | bytes]) -> None:
        nonlocal total
        total += len(lines)
        shown.extend(mark + _line_text(line) for line in lines[: max(0, limit - len(shown))])

    for group in matcher.get_grouped_opcodes(1):
        show("", [f"@@ -{_unified_range(group[0][1], group[-1][2])} +{_unified_range(group[0][3], group[-1][4])} @@"])
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                show(" ", old[i1:i2])
                continue
            show("-", old[i1:i2])
            show("+", new[j1:j2])
    return shown, total


def _line_text(line: str | bytes) -> str:
    return line if isinstance(line, str) else _text(line)


#: The lines after a difference that difflib compares, to find where the two texts meet again.
WINDOW_LINES = 2048
_FIRST_WINDOW = 32


def change_opcodes(old: Sequence[AnyStr], new: Sequence[AnyStr]) -> list[Opcode]:
    """difflib-style opcodes turning ``old`` into ``new``, found change by change.

    From each first differing line, difflib looks at a window of the lines that
    follow (32, doubled up to WINDOW_LINES while it finds no common line) for
    where the texts meet again; lines that never meet within WINDOW_LINES count as replaced.
    """
    end_old, end_new = len(old), len(new)
    while end_old and end_new and old[end_old - 1] == new[end_new - 1]:
        end_old -= 1
        end_new -= 1
    opcodes: list[Opcode] = []
    i = j = 0

    def add(equal: bool, i1: int, i2: int, j1: int, j2: int) -> None:
        if i1 == i2 and j1 == j2:
            return
        if opcodes and (opcodes[-1][0] == "equal") == equal:  # touching runs of one kind make one run
            _, i1, _, j1, _ = opcodes.pop()
        if equal:
            opcodes.append(("equal", i1, i2, j1, j2))
        else:
            opcodes.append(("replace" if i1 < i2 and j1 < j2 else "delete" if i1 < i2 else "insert", i1, i2, j1, j2))

    while True:
        start_i = i
        while i < end_old and j < end_new and old[i] == new[j]:
            i += 1
            j += 1
        add(True, start_i, i, j - (i - start_i), j)
        if i == end_old or j == end_new:
            add(False, i, end_old, j, end_new)
            break
        window = _FIRST_WINDOW
        while True:
            blocks = [block for block in difflib.SequenceMatcher(None, old[i : i + window], new[j : j + window]).get_matching_blocks() if block.size]
            if blocks or window >= WINDOW_LINES or (i + window >= end_old and j + window >= end_new):
                break
            window *= 2
        if blocks:
            step_old, step_new = blocks[0].a, blocks[0].b
        else:
            step_old, step_new = min(window, end_old - i), min(window, end_new - j)
        add(False, i, i + step_old, j, j + step_new)
        i += step_old
        j += step_new
    add(True, end_old, len(old), end_new, len(new))
    return opcodes


class _GivenOpcodes(difflib.SequenceMatcher[str]):  # only its grouping of opcodes is used
    """difflib's grouping of opcodes into hunks, over opcodes found otherwise."""

    def __init__(self, opcodes: list[Opcode]) -> None:
        super().__init__(None, "", "")
        self.given = opcodes

    def get_opcodes(self) -> list[Opcode]:
        return list(self.given)


def _unified_range(start: int, stop: int) -> str:
    """A hunk's line range as unified diffs write it (difflib's rule)."""
    length = stop - start
    if length == 1:
        return str(start + 1)
    return f"{start + 1},{length}" if length else f"{start},0"


def write_outputs(files: Mapping[str, Content], out_dir: Path, *, force: bool = False) -> list[str]:
    """Write every file that changed and return their paths.

    Raises OutputError, before writing anything, when a path leaves ``out_dir``
    or (without ``force``) a file to replace was edited by hand; OSError when
    a file cannot be staged (nothing replaced); PartialWriteError when a
    rename fails after others succeeded.
    """
    changed: dict[str, tuple[Path, Content]] = {}
    hand_edited = []
    for relative, content in files.items():
        path = safe_output_path(out_dir, relative)
        current = _read(path)
        if current != encoded(content):
            changed[relative] = (path, content)
            if current is not None and not carries_valid_stamp_bytes(current):
                hand_edited.append(relative)
    if hand_edited and not force:
        raise OutputError(_hand_edited_message(out_dir, hand_edited))

    remove_leftovers(safe_output_path(out_dir, relative) for relative in files)
    replace_files(dict(changed.values()))
    return list(changed)


class OutputStager:
    """``write_outputs`` for files that come one at a time, so that they need not all be held at once.

    Every output path is checked when the stager is made (OutputError), and
    the temporary files of interrupted runs beside them are removed. ``add``
    writes a file that changed to a temporary file beside it at once;
    ``commit`` renames them all into place, or (without ``force``, when a file
    to replace was edited by hand) removes them and raises OutputError, so
    that nothing is written. A caller that stops before ``commit`` calls ``discard``.
    """

    def __init__(self, out_dir: Path, relatives: Iterable[str], *, force: bool = False) -> None:
        self.out_dir = out_dir
        self.force = force
        root = out_dir.resolve()
        self.paths = {relative: safe_output_path(out_dir, relative, root) for relative in relatives}
        remove_leftovers(self.paths.values())
        self.staged: list[tuple[Path, Path, Path]] = []  # (temporary, the path asked for, the file it replaces)
        self.changed: list[str] = []
        self.hand_edited: list[str] = []
        self.made_folders: list[Path] = []  # the folders ``add`` made, outermost first, for ``discard`` to remove

    def add(self, relative: str, content: Content) -> None:
        """Stage ``content`` for the output ``relative`` when it differs from the file on disk."""
        path = self.paths.get(relative) or safe_output_path(self.out_dir, relative)
        data = encoded(content)
        current = _read(path)
        if current == data:
            return
        self.changed.append(relative)
        if current is not None and not carries_valid_stamp_bytes(current):
            self.hand_edited.append(relative)
        if self.hand_edited and not self.force:
            return  # commit refuses the run: staging more is wasted
        self._make_folder(path.parent)
        destination = _destination(path)
        self.staged.append((_write_temporary(destination, data), path, destination))

    def commit(self) -> list[str]:
        """Rename every staged file into place and return the outputs that changed (see ``replace_files`` for failures)."""
        if self.hand_edited and not self.force:
            self.discard()
            raise OutputError(_hand_edited_message(self.out_dir, self.hand_edited))
        staged, self.staged = self.staged, []
        _rename_staged(staged)
        return list(self.changed)

    def discard(self) -> None:
        """Remove every staged temporary file, and the folders made for them, so that a stopped run leaves nothing."""
        staged, self.staged = self.staged, []
        _remove(temporary for temporary, _, _ in staged)
        made, self.made_folders = self.made_folders, []
        for folder in reversed(made):
            try:
                folder.rmdir()
            except OSError:
                pass  # not empty or already gone: something else put it there

    def _make_folder(self, folder: Path) -> None:
        missing = []
        while not folder.exists() and folder != folder.parent:
            missing.append(folder)
            folder = folder.parent
        for made in reversed(missing):
            made.mkdir(exist_ok=True)
            self.made_folders.append(made)


def _hand_edited_message(out_dir: Path, hand_edited: list[str]) -> str:
    reason = "edited by hand (its content no longer matches the hash in its header); not overwritten, use --force to replace it"
    return "\n".join(f"{out_dir / relative}: {reason}" for relative in hand_edited)


def _destination(path: Path) -> Path:
    """The file a write to ``path`` replaces: the final target of a symbolic link, else ``path`` itself."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _temporary_folders(paths: Iterable[Path]) -> list[Path]:
    return sorted({_destination(path).parent for path in paths})


def find_leftovers(paths: Iterable[Path]) -> list[Path]:
    """The temporary files of interrupted runs in the folders that ``paths`` are written to."""
    found: list[Path] = []
    for folder in _temporary_folders(paths):
        try:
            with os.scandir(folder) as entries:
                found.extend(Path(entry.path) for entry in entries if entry.name.startswith(TEMPORARY_PREFIX) and not entry.is_dir(follow_symlinks=False))
        except OSError:
            continue  # a folder that cannot be listed (or does not exist yet) holds none we could remove
    return sorted(found)


def remove_leftovers(paths: Iterable[Path]) -> list[Path]:
    """Remove the temporary files of interrupted runs beside ``paths``; returns those that could not be removed."""
    return _remove(find_leftovers(paths))


def _remove(temporaries: Iterable[Path]) -> list[Path]:
    """Unlink every file it can, whatever fails; returns the ones still there."""
    left = []
    for temporary in temporaries:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        except OSError:
            left.append(temporary)
    return left


def _write_temporary(path: Path, content: Content) -> Path:
    """``content`` in a new temporary file in the folder of ``path``, with the mode ``path`` has or would get."""
    try:
        mode: int | None = stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        mode = None
    for _ in range(100):
        temporary = path.parent / f"{TEMPORARY_PREFIX}{path.name}-{secrets.token_hex(4)}"
        try:
            handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, NEW_FILE_MODE)
            break
        except FileExistsError:
            continue
    else:
        raise FileExistsError(errno.EEXIST, "no free name for a temporary file", str(path.parent))
    try:
        try:
            if mode is not None:
                os.fchmod(handle, mode)
            data = memoryview(encoded(content))
            while data:
                data = data[os.write(handle, data) :]
            os.fsync(handle)
        except BaseException:
            with contextlib.suppress(OSError):
                os.close(handle)
            raise
        os.close(handle)  # may report a write error delayed until now
    except BaseException:
        _remove([temporary])
        raise
    return temporary


def replace_files(files: Mapping[Path, Content]) -> None:
    """Write every file to a temporary file beside it, then rename them all over the old ones.

    A failure before the renames (OSError) leaves every file as it was. The
    renames themselves are atomic, so each file is whole, old or new; when one
    fails, PartialWriteError says which files were already replaced and which
    were not. Temporary files are removed on every path out; one that cannot
    be removed is named in PartialWriteError and removed by the next write.
    """
    remove_leftovers(files)
    staged: list[tuple[Path, Path, Path]] = []  # (temporary, the path asked for, the file it replaces)
    try:
        for path, content in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            destination = _destination(path)
            staged.append((_write_temporary(destination, content), path, destination))
    except BaseException:
        _remove(temporary for temporary, _, _ in staged)
        raise
    _rename_staged(staged)


def _rename_staged(staged: list[tuple[Path, Path, Path]]) -> None:
    """Rename each (temporary, path, destination) over its destination; PartialWriteError when one fails."""
    for done, (temporary, path, destination) in enumerate(staged):
        try:
            os.replace(temporary, destination)
        except BaseException as error:
            left = _remove(temporary for temporary, _, _ in staged[done:])
            if not isinstance(error, OSError):
                raise
            targets = [target for _, target, _ in staged]
            raise PartialWriteError(error, path, targets[:done], targets[done:], left) from error
