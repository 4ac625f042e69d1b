"""A user's template folders: each holds a folder per target, which overrides one of ours or adds a target.

In ``<folder>/<target>/``, a template named as one of the target's own
(``docs/ERRORS.md.j2``) replaces it, and any other can be included from the
target's templates. A folder named after no registered target adds one: each
of its ``*.j2`` files not starting with ``_`` renders to ``<target>/<name
without .j2>`` under the output folder; those starting with ``_`` are for
including. Templates of a user's folder are rendered in Jinja's sandbox
(codegen.rendering), so that they can neither reach the file system nor run code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from codegen.diagnostics import Problem
from codegen.target import Output, Target

if TYPE_CHECKING:
    from jinja2 import TemplateError

TEMPLATE_SUFFIX = ".j2"


def _target_folders(folders: Sequence[Path]) -> list[Path]:
    """The per-target subfolders of the user's template folders: folder order, then name order."""
    return [child for folder in folders for child in sorted(folder.iterdir(), key=lambda path: path.name) if child.is_dir()]


def user_target_names(folders: Sequence[Path], builtin_names: Sequence[str]) -> list[str]:
    """The names of the targets the user's folders add (those that override one of ``builtin_names`` are not new)."""
    names: list[str] = []
    for child in _target_folders(folders):
        if child.name not in builtin_names and child.name not in names:
            names.append(child.name)
    return names


def with_user_templates(targets: Sequence[Target], folders: Sequence[Path]) -> tuple[Target, ...]:
    """``targets`` with the user's folders applied (the first folder naming a target wins), then the targets they add."""
    by_name = {target.name: target for target in targets}
    overridden: set[str] = set()
    added: dict[str, Target] = {}
    for child in _target_folders(folders):
        name = child.name
        if name in by_name and name not in overridden:
            by_name[name] = replace(by_name[name], override_dir=child)
            overridden.add(name)
        elif name not in by_name and name not in added:
            templates = sorted(path.name for path in child.glob(f"*{TEMPLATE_SUFFIX}") if path.is_file() and not path.name.startswith("_"))
            outputs = tuple(Output(template, f"{name}/{template[: -len(TEMPLATE_SUFFIX)]}") for template in templates)
            added[name] = Target(name=name, template_dir=child, outputs=outputs, override_dir=child)
    return (*by_name.values(), *added.values())


def template_problem(error: TemplateError) -> Problem:
    """A template's failure as a Problem at the template's file and line (those of the innermost template frame)."""
    import traceback  # only once a template has failed

    from jinja2 import TemplateSyntaxError  # only once rendering, which imports Jinja, has failed

    if isinstance(error, TemplateSyntaxError) and error.filename is not None:
        return Problem(error.filename, error.lineno, 0, f"invalid template: {error.message}")
    frames = [frame for frame in traceback.extract_tb(error.__traceback__) if frame.filename.endswith(TEMPLATE_SUFFIX)]
    if not frames:
        return Problem("<template>", 0, 0, f"{type(error).__name__}: {error}")
    return Problem(frames[-1].filename, frames[-1].lineno or 0, 0, f"the template failed: {type(error).__name__}: {error}")
