"""Writing generated files atomically, or comparing them with what is on disk."""

from __future__ import annotations

import difflib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

MAX_DIFF_LINES = 20


@dataclass(frozen=True)
class Drift:
    """A generated file whose content on disk differs from what the catalogue gives."""

    path: str
    diff: str


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_outputs(files: dict[str, str], out_dir: Path) -> list[str]:
    """Write every file that changed; returns the paths written."""
    written = []
    for relative, text in files.items():
        path = out_dir / relative
        if _read(path) != text:
            write_atomically(path, text)
            written.append(relative)
    return written


def find_drift(files: dict[str, str], out_dir: Path) -> list[Drift]:
    """Every file whose content on disk is not what it would be generated as, with a short diff."""
    drifts = []
    for relative, text in files.items():
        current = _read(out_dir / relative)
        if current == text:
            continue
        if current is None:
            drifts.append(Drift(relative, f"{relative} is missing"))
            continue
        lines = list(difflib.unified_diff(current.splitlines(), text.splitlines(), f"{relative} (on disk)", f"{relative} (from catalogue)", lineterm="", n=1))
        shown = lines[:MAX_DIFF_LINES]
        if len(lines) > MAX_DIFF_LINES:
            shown.append(f"... {len(lines) - MAX_DIFF_LINES} more diff lines")
        drifts.append(Drift(relative, "\n".join(shown)))
    return drifts


def _read(path: Path) -> str | None:
    try:
        return path.read_bytes().decode("utf-8", errors="replace")
    except FileNotFoundError:
        return None
