"""Reading catalogue files: YAML text to plain data, keeping the place of every node.

Plain data (dict, list, str, int, bool, float, None) is what the schema
validates and what the model is built from; the places let every later
problem point at ``file:line:column``.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from codegen.diagnostics import Problem

MAX_FILE_BYTES = 1024 * 1024
CATALOG_GLOB = "*.yaml"

DataPath = tuple[str | int, ...]


@dataclass
class SourceDocument:
    """One catalogue file: its plain data and the 1-based place of each node."""

    path: Path
    display_path: str
    data: Any = None
    value_places: dict[DataPath, tuple[int, int]] = field(default_factory=dict)
    key_places: dict[DataPath, tuple[int, int]] = field(default_factory=dict)

    def place(self, path: DataPath, *, of_key: bool = False) -> tuple[int, int]:
        """Line and column of the node at ``path`` (or of its key), else of its nearest parent."""
        if of_key and path in self.key_places:
            return self.key_places[path]
        for end in range(len(path), -1, -1):
            if path[:end] in self.value_places:
                return self.value_places[path[:end]]
        return (1, 1)

    def problem(self, path: DataPath, message: str, *, of_key: bool = False) -> Problem:
        """A problem located at the node at ``path``."""
        line, column = self.place(path, of_key=of_key)
        return Problem(self.display_path, line, column, message)


def display_path(path: Path, catalog_dir: Path) -> str:
    """``catalog/spot.yaml``: the file as named from its catalogue folder, the same on every machine."""
    return f"{catalog_dir.resolve().name}/{path.relative_to(catalog_dir).as_posix()}"


def catalog_files(catalog_dir: Path) -> list[Path]:
    """The catalogue files of a folder, sorted by name."""
    return sorted(catalog_dir.glob(CATALOG_GLOB))


def read_document(path: Path, catalog_dir: Path) -> tuple[SourceDocument, list[Problem]]:
    """Parse one catalogue file; problems instead of exceptions for any bad input."""
    document = SourceDocument(path, display_path(path, catalog_dir))
    raw = path.read_bytes()
    if len(raw) > MAX_FILE_BYTES:
        return document, [Problem(document.display_path, 1, 1, f"file is {len(raw)} bytes; a catalogue file may have at most {MAX_FILE_BYTES}")]
    if raw.startswith(codecs.BOM_UTF8):
        return document, [Problem(document.display_path, 1, 1, "file starts with a byte order mark; expected UTF-8 without BOM")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line = before.count(b"\n") + 1
        column = error.start - (before.rfind(b"\n") + 1) + 1
        return document, [Problem(document.display_path, line, column, f"byte 0x{raw[error.start]:02x} is not UTF-8; expected a UTF-8 text file")]

    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = False
    try:
        tree = yaml.load(text)
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        what = error.problem or "not valid YAML"
        if error.context and error.context_mark is not None:
            what += f" ({error.context} at line {error.context_mark.line + 1}, column {error.context_mark.column + 1})"
        return document, [Problem(document.display_path, line, column, f"invalid YAML: {what}")]
    except YAMLError as error:  # errors without a mark
        return document, [Problem(document.display_path, 1, 1, f"invalid YAML: {error}")]

    problems: list[Problem] = []
    converter = _Converter(document, problems)
    document.value_places[()] = (1, 1)
    document.data = converter.plain(tree, ())
    return document, problems


class _Converter:
    """Turns ruamel's round-trip nodes into plain data, recording places and refusing anchors."""

    def __init__(self, document: SourceDocument, problems: list[Problem]) -> None:
        self.document = document
        self.problems = problems
        self.seen: set[int] = set()

    def plain(self, node: Any, path: DataPath) -> Any:
        if isinstance(node, (CommentedMap, CommentedSeq)):
            is_alias = id(node) in self.seen
            self.seen.add(id(node))
            if is_alias or _has_anchor(node):
                # ruamel places an alias at its anchor, so an alias is reported at its key.
                self.problems.append(self.document.problem(path, "YAML anchors and aliases are not allowed; write the value out", of_key=is_alias))
                return None
        if isinstance(node, CommentedMap):
            return dict(self._mapping_items(node, path))
        if isinstance(node, CommentedSeq):
            items = []
            for index, item in enumerate(node):
                line, column = node.lc.item(index)
                self.document.value_places[(*path, index)] = (line + 1, column + 1)
                items.append(self.plain(item, (*path, index)))
            return items
        if _has_anchor(node):
            self.problems.append(self.document.problem(path, "YAML anchors and aliases are not allowed; write the value out"))
        if isinstance(node, bool) or node is None:
            return node
        if isinstance(node, int):
            return int(node)
        if isinstance(node, float):
            return float(node)
        if isinstance(node, str):
            return str(node)
        return node  # dates and other YAML types: the schema reports the wrong type

    def _mapping_items(self, node: CommentedMap, path: DataPath) -> Iterator[tuple[str, Any]]:
        for key, value in node.items():
            key_line, key_column = node.lc.key(key)
            if not isinstance(key, str):
                self.problems.append(Problem(self.document.display_path, key_line + 1, key_column + 1, f"key {key!r} is not a string; expected a field name"))
                continue
            child = (*path, key)
            line, column = node.lc.value(key)
            self.document.key_places[child] = (key_line + 1, key_column + 1)
            self.document.value_places[child] = (line + 1, column + 1)
            yield key, self.plain(value, child)


def _has_anchor(node: Any) -> bool:
    anchor = getattr(node, "anchor", None)
    return anchor is not None and getattr(anchor, "value", None) is not None
