"""The ``[tool.codegen]`` table of ``pyproject.toml``: where the catalogue is, where outputs go, which targets.

The table is looked for from the working directory upwards, in the nearest
``pyproject.toml`` that has one, as other Python tools look for theirs. Its
paths are relative to the file; the command line's flags override it; without
it the catalogue is ``catalog/`` and the outputs ``generated/`` of the working
directory. A mistake in it is a Problem at the key's line and column (tomllib
gives no positions, so they are found in the text).
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codegen.diagnostics import Problem, did_you_mean
from codegen.fast_path import CONFIG_FILE
from codegen.user_templates import user_target_names

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

TABLE = "[tool.codegen]"
DEFAULT_CATALOG_DIR = Path("catalog")
DEFAULT_OUTPUT_DIR = Path("generated")
#: Every key of the table, with what its value must be.
KEYS = {
    "catalog": "a string: the catalogue folder, relative to this file",
    "out": "a string: the output folder, relative to this file",
    "targets": "an array of target names",
    "templates": "an array of strings: template folders, relative to this file, each holding a folder per target",
    "paths": "a table of target name to folder, relative to this file, that takes the place of <out>/<target>/",
    "names": "a table of target name to the name of its package or module (python: kucoin_errors, typescript: kucoin-errors)",
}
#: The names ``names`` may set: a Python package must be an identifier, a TypeScript module a plain file name.
_MODULE_NAMES = {"python": re.compile(r"[A-Za-z_][A-Za-z0-9_]*"), "typescript": re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*")}


class ConfigError(Exception):
    """The configuration cannot be used; carries its problems, sorted by place."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(sorted(problems))
        super().__init__("\n".join(str(problem) for problem in self.problems))


@dataclass(frozen=True)
class Config:
    """What a ``[tool.codegen]`` table sets (None where it sets nothing), paths made absolute; ``path`` is its file."""

    path: Path | None = None
    catalog: Path | None = None
    out: Path | None = None
    targets: tuple[str, ...] | None = None
    templates: tuple[Path, ...] = ()
    paths: tuple[tuple[str, Path], ...] = ()
    names: tuple[tuple[str, str], ...] = ()


def find_config_file(start: Path) -> Path | None:
    """The nearest ``pyproject.toml`` with a ``[tool.codegen]`` table, from ``start`` upwards; None if there is none.

    A file that does not mention ``codegen`` is passed over unparsed; one that
    does but is not valid TOML is a ConfigError, since it may hold the table.
    """
    for folder in (start, *start.parents):
        candidate = folder / CONFIG_FILE
        if not candidate.is_file():
            continue
        shown = _relative(candidate, start)
        text = _read(candidate, shown)
        if "codegen" in text and _table(_parse(shown, text)) is not None:
            return candidate
    return None


def load_config(start: Path, target_names: Sequence[str]) -> Config:
    """The configuration that applies in ``start`` (an empty Config when none does); ConfigError when it is wrong."""
    start = start.resolve()
    path = find_config_file(start)
    return Config() if path is None else read_config(path, target_names, shown=_relative(path, start))


def read_config(path: Path, target_names: Sequence[str], *, shown: str | None = None) -> Config:
    """The ``[tool.codegen]`` table of ``path``, checked against the keys and ``target_names``; ConfigError lists every mistake.

    Problems name the file as ``shown`` (default: ``path``).
    """
    shown = shown or str(path)
    text = _read(path, shown)
    table = _table(_parse(shown, text))
    where = _Locator(shown, text)
    if table is None:
        return Config(path)
    if not isinstance(table, dict):
        raise ConfigError([where.problem(where.key("codegen", table=False), f"tool.codegen must be a table; found {_kind(table)}")])
    problems: list[Problem] = []
    for key in table:
        if key not in KEYS:
            message = f"unknown key {key!r} in {TABLE}{did_you_mean(key, KEYS)}; expected one of: {', '.join(KEYS)}"
            problems.append(where.problem(where.key(key), message))
    folders: dict[str, Path] = {}
    for key in ("catalog", "out"):
        value = table.get(key)
        if value is None:
            continue
        if not isinstance(value, str) or not value:
            found = "an empty string" if value == "" else _kind(value)
            problems.append(where.problem(where.value(key), f"{TABLE} {key} must be {KEYS[key]}; found {found}"))
        else:
            folders[key] = path.parent / value
    templates = table.get("templates", [])
    template_problems = _template_problems(templates, path.parent, where)
    problems.extend(template_problems)
    template_dirs = () if template_problems else tuple(path.parent / folder for folder in templates)
    all_names = [*target_names, *user_target_names(template_dirs, target_names)]
    targets = table.get("targets")
    if targets is not None:
        problems.extend(_target_problems(targets, all_names, where))
    paths = _per_target(table, "paths", all_names, where, problems)
    names = _per_target(table, "names", list(_MODULE_NAMES), where, problems)
    for target, name in names.items():
        if not _MODULE_NAMES[target].fullmatch(name):
            kind = "a Python identifier" if target == "python" else "a file name without a folder"
            problems.append(where.problem(where.value("names"), f"{TABLE} names: {name!r} is not {kind}, as the {target} module's name must be"))
    if problems:
        raise ConfigError(problems)
    return Config(
        path, folders.get("catalog"), folders.get("out"), None if targets is None else tuple(targets), template_dirs,
        tuple((target, path.parent / folder) for target, folder in paths.items()), tuple(names.items()),
    )


def _per_target(table: dict[str, Any], key: str, allowed: Sequence[str], where: _Locator, problems: list[Problem]) -> dict[str, str]:
    """The ``key`` table of target name to non-empty string, checked; its mistakes are added to ``problems``."""
    value = table.get(key, {})
    if not isinstance(value, dict):
        problems.append(where.problem(where.value(key), f"{TABLE} {key} must be {KEYS[key]}; found {_kind(value)}"))
        return {}
    checked: dict[str, str] = {}
    for target, item in value.items():
        if target not in allowed:
            message = f"unknown target {target!r} in {TABLE} {key}{did_you_mean(target, allowed)}; expected one of: {', '.join(allowed)}"
            problems.append(where.problem(where.value(key), message))
        elif not isinstance(item, str) or not item:
            found = "an empty string" if item == "" else _kind(item)
            problems.append(where.problem(where.value(key), f"{TABLE} {key}.{target} must be a string; found {found}"))
        else:
            checked[target] = item
    return checked


def _template_problems(templates: Any, base: Path, where: _Locator) -> list[Problem]:
    if not isinstance(templates, list):
        return [where.problem(where.value("templates"), f"{TABLE} templates must be {KEYS['templates']}; found {_kind(templates)}")]
    for item in templates:
        if not isinstance(item, str) or not item:
            found = "an empty string" if item == "" else _kind(item)
            return [where.problem(where.value("templates"), f"{TABLE} templates must hold folder names (strings); found {found}")]
    return [
        where.problem(where.item("templates", folder), f"{TABLE} templates: {folder!r} is not a folder (relative to {base})")
        for folder in templates
        if not (base / folder).is_dir()
    ]


def _target_problems(targets: Any, target_names: Sequence[str], where: _Locator) -> list[Problem]:
    if not isinstance(targets, list) or not targets:
        found = "an empty array" if targets == [] else _kind(targets)
        return [where.problem(where.value("targets"), f"{TABLE} targets must be {KEYS['targets']} (of: {', '.join(target_names)}); found {found}")]
    problems = []
    for item in targets:
        if not isinstance(item, str):
            problems.append(where.problem(where.value("targets"), f"{TABLE} targets must hold target names (strings); found {_kind(item)}"))
        elif item not in target_names:
            message = f"unknown target {item!r} in {TABLE} targets{did_you_mean(item, target_names)}; expected one of: {', '.join(target_names)}"
            problems.append(where.problem(where.item("targets", item), message))
    return problems


def _relative(path: Path, start: Path) -> str:
    """``path`` as seen from ``start`` (``../pyproject.toml``), or whole when no relative path leads there."""
    try:
        return os.path.relpath(path, start)
    except ValueError:  # another drive
        return str(path)


def _table(document: dict[str, Any]) -> object | None:
    """The value of ``tool.codegen`` in a parsed file, None when it has none."""
    tool = document.get("tool")
    return tool.get("codegen") if isinstance(tool, dict) else None


def _read(path: Path, shown: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else "not UTF-8 text"
        raise ConfigError([Problem(shown, 0, 0, f"cannot be read: {reason or error}")]) from None


def _parse(shown: str, text: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(getattr(error, "msg", error))
        at = re.search(r"\s*\(at line (\d+), column (\d+)\)$", message)
        line, column = getattr(error, "lineno", 0), getattr(error, "colno", 0)
        if at is not None:
            message, line, column = message[: at.start()], int(at.group(1)), int(at.group(2))
        raise ConfigError([Problem(shown, line, column, f"invalid TOML: {message}")]) from None


def _kind(value: object) -> str:
    """What a TOML value is, for a message: ``an integer``, ``a table``..."""
    kinds = ((bool, "a boolean"), (int, "an integer"), (float, "a float"), (str, "a string"), (list, "an array"), (dict, "a table"))
    return next((name for kind, name in kinds if isinstance(value, kind)), "a date or time")


_HEADER = re.compile(r"^\s*\[\s*tool\s*\.\s*codegen\s*\]")
_ANY_HEADER = re.compile(r"^\s*\[")


class _Locator:
    """Finds a key of ``[tool.codegen]`` in the text of its file, simply: a ``key = value`` line of the table, else its header."""

    def __init__(self, path: str, text: str) -> None:
        self.path = path
        self.lines = text.split("\n")
        self.header = next((index for index, line in enumerate(self.lines) if _HEADER.match(line)), None)

    def problem(self, place: tuple[int, int], message: str) -> Problem:
        return Problem(self.path, place[0], place[1], message)

    def _table_lines(self) -> range:
        if self.header is None:
            return range(len(self.lines))
        end = next((index for index in range(self.header + 1, len(self.lines)) if _ANY_HEADER.match(self.lines[index])), len(self.lines))
        return range(self.header + 1, end)

    def _assignment(self, key: str, *, table: bool = True) -> tuple[int, re.Match[str]] | None:
        pattern = re.compile(rf"^(\s*)(?:{re.escape(key)}|\"{re.escape(key)}\"|'{re.escape(key)}')\s*=\s*")
        for index in self._table_lines() if table else range(len(self.lines)):
            found = pattern.match(self.lines[index])
            if found is not None:
                return index, found
        return None

    def _fallback(self, key: str) -> tuple[int, int]:
        subtable = re.compile(rf"^\s*\[\s*tool\s*\.\s*codegen\s*\.\s*[\"']?{re.escape(key)}\b")
        for index, line in enumerate(self.lines):
            if subtable.match(line):
                return index + 1, len(line) - len(line.lstrip()) + 1
        return (self.header + 1, 1) if self.header is not None else (0, 0)

    def key(self, key: str, *, table: bool = True) -> tuple[int, int]:
        """Line and column (1-based) of ``key``."""
        found = self._assignment(key, table=table)
        return (found[0] + 1, len(found[1].group(1)) + 1) if found else self._fallback(key)

    def value(self, key: str) -> tuple[int, int]:
        """Line and column of the value of ``key``."""
        found = self._assignment(key)
        return (found[0] + 1, found[1].end() + 1) if found else self._fallback(key)

    def item(self, key: str, item: str) -> tuple[int, int]:
        """Line and column of the string ``item`` in the array of ``key`` (which may span lines)."""
        found = self._assignment(key)
        if found is None:
            return self._fallback(key)
        index, match = found
        start = match.end()
        quoted = re.compile(rf"([\"']){re.escape(item)}\1")
        for number in range(index, len(self.lines)):
            hit = quoted.search(self.lines[number], start if number == index else 0)
            if hit is not None:
                return number + 1, hit.start() + 1
        return index + 1, start + 1
