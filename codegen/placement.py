"""Where each target's files go: ``<out>/<target>/``, or the folder ``[tool.codegen] paths`` gives it, under its module name.

The targets' output paths are rewritten relative to one folder that holds
every destination (the output folder, or the folder above it and the
per-target ones), so that the writer, ``--check`` and the run cache see one
output folder, as without per-target paths.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path, PurePosixPath

from codegen.target import Target


def _renamed(path: str, module: str | None, name: str | None) -> str:
    """``path`` with its component ``module`` (a folder, or a file's stem) called ``name``."""
    if module is None or name is None:
        return path
    parts = [name + part[len(module) :] if part == module or part.startswith(module + ".") else part for part in PurePosixPath(path).parts]
    return PurePosixPath(*parts).as_posix()


def place_outputs(targets: Sequence[Target], out: Path, paths: Mapping[str, Path], names: Mapping[str, str]) -> tuple[tuple[Target, ...], Path]:
    """The targets with their output paths placed, and the folder those paths are relative to.

    Without per-target paths the folder is ``out`` and only names change.
    """
    folders = {target.name: paths[target.name] for target in targets if target.name in paths}
    root = Path(os.path.commonpath([os.path.abspath(folder) for folder in (out, *folders.values())])) if folders else out
    placed = []
    for target in targets:
        base = folders.get(target.name)
        outputs = []
        for output in target.outputs:
            path = _renamed(output.path, target.module_name, names.get(target.name))
            if base is None:
                destination = Path(os.path.relpath(os.path.abspath(out), root)) / path if folders else Path(path)
            else:
                inside = path[len(target.name) + 1 :] if path.startswith(target.name + "/") else path
                destination = Path(os.path.relpath(os.path.abspath(base), root)) / inside
            outputs.append(replace(output, path=PurePosixPath(*destination.parts).as_posix()))
        placed.append(replace(target, outputs=tuple(outputs)))
    return tuple(placed), root
