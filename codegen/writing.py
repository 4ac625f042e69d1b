"""Writing generated files safely, or comparing them with what is on disk.

Every file is first written to a temporary file beside it; only when all of
them are written are they renamed over the old ones, so a failure leaves
each output whole, old or new, and a failure among the renames names the
files already replaced. Nothing is written outside the output folder,
and a file edited by hand is not overwritten unless forced.
"""

from __future__ import annotations

import difflib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from codegen.stamps import carries_valid_stamp

MAX_DIFF_LINES = 20


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

    def __init__(self, error: OSError, failed: Path, replaced: list[Path], kept: list[Path]) -> None:
        self.reason = error.strerror or str(error)
        self.replaced = tuple(replaced)
        self.kept = tuple(kept)
        summary = (
            f"{self.reason}; each file is whole, old or new: replaced by the new version: "
            f"{', '.join(map(str, replaced)) or 'none'}; not replaced (as before): {', '.join(map(str, kept))}"
        )
        super().__init__(error.errno, summary, str(failed))

    def __str__(self) -> str:
        lines = [f"{self.filename}: cannot replace: {self.reason}", "each file is whole, either its old or its new version:"]
        lines += [f"  replaced by the new version: {path}" for path in self.replaced]
        lines += [f"  not replaced (as before): {path}" for path in self.kept]
        total = len(self.replaced) + len(self.kept)
        lines.append(f"{len(self.replaced)} of {total} file(s) were replaced; fix the cause and run the command again.")
        return "\n".join(lines)


@dataclass(frozen=True)
class Drift:
    """A generated file whose content on disk differs from what the catalogue gives."""

    path: str
    reason: str
    diff: str


def safe_output_path(out_dir: Path, relative: str) -> Path:
    """``out_dir / relative``, refused when it would resolve outside ``out_dir`` (``..``, absolute, symlinks)."""
    parts = PurePosixPath(relative)
    if parts.is_absolute() or ".." in parts.parts or not parts.parts:
        raise OutputError(f"{relative}: output path must stay inside {out_dir}")
    root = out_dir.resolve()
    path = out_dir / relative
    if not path.resolve().is_relative_to(root):
        raise OutputError(f"{path}: resolves to {path.resolve()}, outside the output folder {root}; refusing to write there")
    return path


def _read(path: Path) -> str | None:
    try:
        return path.read_bytes().decode("utf-8", errors="replace")
    except FileNotFoundError:
        return None


def edited_by_hand(current: str | None, expected: str) -> bool:
    """True when a file on disk differs from its new content and no longer matches its own hash."""
    return current is not None and current != expected and not carries_valid_stamp(current)


def find_drift(files: dict[str, str], out_dir: Path) -> list[Drift]:
    """Every file whose content on disk is not what it would be generated as, with a short diff."""
    drifts = []
    for relative, text in files.items():
        current = _read(safe_output_path(out_dir, relative))
        if current == text:
            continue
        if current is None:
            drifts.append(Drift(relative, "missing", ""))
            continue
        reason = "edited by hand (its content no longer matches the hash in its header)" if edited_by_hand(current, text) else "out of date"
        lines = list(difflib.unified_diff(current.splitlines(), text.splitlines(), f"{relative} (on disk)", f"{relative} (from catalogue)", lineterm="", n=1))
        shown = lines[:MAX_DIFF_LINES]
        if len(lines) > MAX_DIFF_LINES:
            shown.append(f"... {len(lines) - MAX_DIFF_LINES} more diff lines")
        drifts.append(Drift(relative, reason, "\n".join(shown)))
    return drifts


def _write_temporary(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    temporary = Path(name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary


def write_outputs(files: dict[str, str], out_dir: Path, *, force: bool = False) -> list[str]:
    """Write every file that changed and return their paths.

    Raises OutputError, before writing anything, when a path leaves ``out_dir``
    or (without ``force``) a file to replace was edited by hand; OSError when
    a file cannot be staged (nothing replaced); PartialWriteError when a
    rename fails after others succeeded.
    """
    changed: dict[str, tuple[Path, str]] = {}
    hand_edited = []
    for relative, text in files.items():
        path = safe_output_path(out_dir, relative)
        current = _read(path)
        if current != text:
            changed[relative] = (path, text)
            if edited_by_hand(current, text):
                hand_edited.append(relative)
    if hand_edited and not force:
        raise OutputError("\n".join(f"{out_dir / relative}: edited by hand (its content no longer matches the hash in its header); not overwritten, use --force to replace it" for relative in hand_edited))

    replace_files(dict(changed.values()))
    return list(changed)


def replace_files(files: dict[Path, str]) -> None:
    """Write every file to a temporary file beside it, then rename them all over the old ones.

    A failure before the renames (OSError) leaves every file as it was. The
    renames themselves are atomic, so each file is whole, old or new; when one
    fails, PartialWriteError says which files were already replaced and which
    were not.
    """
    staged: list[tuple[Path, Path]] = []
    try:
        for path, text in files.items():
            staged.append((_write_temporary(path, text), path))
        for done, (temporary, path) in enumerate(staged):
            try:
                os.replace(temporary, path)
            except OSError as error:
                targets = [target for _, target in staged]
                raise PartialWriteError(error, path, targets[:done], targets[done:]) from error
    finally:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)
