"""A catalogue file as loading reads it and validation checks it: plain data and the place of every node."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from codegen.diagnostics import Problem

#: The keys and indexes leading from a file's root to one node.
DataPath = tuple[str | int, ...]
#: A 1-based line and column.
Place = tuple[int, int]


@dataclass
class SourceDocument:
    """One catalogue file: its plain data and the 1-based place of each node."""

    path: Path
    display_path: str
    data: Any = None
    value_places: dict[DataPath, Place] = field(default_factory=dict)
    key_places: dict[DataPath, Place] = field(default_factory=dict)
    #: Nodes already reported while reading (aliases, tags): later checks say nothing more about them.
    reported: set[DataPath] = field(default_factory=set)

    def place(self, path: DataPath, *, of_key: bool = False) -> Place:
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

    def is_reported(self, path: DataPath) -> bool:
        """True when ``path`` is, or lies inside, a node already reported while reading."""
        return any(path[: len(done)] == done for done in self.reported)
