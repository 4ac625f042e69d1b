"""The located reader: YAML text to plain data through ruamel's event stream, keeping the place of every node.

Reading never recurses and finds every problem of the file in one pass, each
at its own place: every duplicate key, every anchor, alias, tag and merge
key, nesting deeper than a catalogue needs, a value that cannot be
constructed. A problem of one node does not stop the others from being read
and checked. ``codegen.loading`` uses it for a file the fast reader leaves to
it; only this module imports ruamel.yaml on the way from YAML to the model.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import (
    AliasEvent,
    CollectionStartEvent,
    DocumentStartEvent,
    Event,
    MappingEndEvent,
    MappingStartEvent,
    NodeEvent,
    ScalarEvent,
    SequenceEndEvent,
)
from ruamel.yaml.nodes import ScalarNode

from codegen.diagnostics import Problem
from codegen.loading import MAX_NESTING
from codegen.source_document import DataPath, Place, SourceDocument

_YAML_TAG_PREFIX = "tag:yaml.org,2002:"
_MERGE_TAG = _YAML_TAG_PREFIX + "merge"
_ANCHORS_REFUSED = "YAML anchors and aliases are not allowed"


@dataclass
class _Collection:
    """A mapping or sequence being read; ``path`` is None for one that is read only to be discarded."""

    value: dict[str, Any] | list[Any]
    path: DataPath | None
    #: In a mapping: every key read so far, at its place.
    keys: dict[str, Place] = field(default_factory=dict)
    #: In a mapping, while its key is read: the key's place.
    key_place: Place | None = None
    #: In a mapping, once its key is read: the key, and whether its value is kept (not when the key is refused).
    key: tuple[str, bool] | None = None


class _Marker:
    """A value that stands for a node already reported, or for the merge key."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


_MERGE = _Marker("<<")
_REPORTED = _Marker("(reported)")


class LocatedReader:
    """Builds plain data from ruamel's events, with an explicit stack: no recursion, no alias expansion."""

    def __init__(self, document: SourceDocument, problems: list[Problem], replaced: list[tuple[int, int]]) -> None:
        self.document = document
        self.problems = problems
        self.replaced = replaced
        self.replaced_starts = [start for start, _ in replaced]
        self.yaml = YAML(typ="rt")
        self.stack: list[_Collection] = []
        self.root: Any = None
        self.documents = 0

    def read(self, text: str) -> bool:
        """Read ``text``; False when it is not YAML that can be read to the end."""
        try:
            for event in self.yaml.parse(text):
                if not self._event(event):
                    return False
        except MarkedYAMLError as error:
            self.problems.append(self._syntax_problem(error))
            return False
        except YAMLError as error:  # errors without a mark
            message = " ".join(str(error).split())
            self.problems.append(Problem(self.document.display_path, 1, 1, f"invalid YAML: {message}"))
            return False
        return True

    def _syntax_problem(self, error: MarkedYAMLError) -> Problem:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        what = error.problem or "not valid YAML"
        if error.context and error.context_mark is not None:
            what += f" ({error.context} at line {error.context_mark.line + 1}, column {error.context_mark.column + 1})"
        return Problem(self.document.display_path, line, column, f"invalid YAML: {what}")

    def _report(self, place: Place, message: str) -> None:
        self.problems.append(Problem(self.document.display_path, place[0], place[1], message))

    def _event(self, event: Event) -> bool:
        if isinstance(event, DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                self._report(_place(event), "a second YAML document (---); expected one document per file")
                return False
            return True
        if isinstance(event, (MappingEndEvent, SequenceEndEvent)):
            self._finish(self.stack.pop().value)
            return True
        if not isinstance(event, NodeEvent):
            return True
        place = _place(event)
        path, is_key = self._next_path(place)
        if path is not None:
            self.document.value_places[path] = place
            parent = self.stack[-1] if self.stack else None
            if parent is not None and parent.key_place is not None:
                self.document.key_places[path] = parent.key_place
        if isinstance(event, AliasEvent):
            self._report(place, f"{_ANCHORS_REFUSED}: alias *{event.anchor}; write the value out")
            self._mark_reported(path)
            self._finish(_REPORTED if is_key else None)
            return True
        if event.anchor is not None:
            self._report(place, f"{_ANCHORS_REFUSED}: anchor &{event.anchor}; write the value out where it is used")
        tag = getattr(event, "tag", None)
        if tag is not None:
            shown = "!!" + tag[len(_YAML_TAG_PREFIX) :] if tag.startswith(_YAML_TAG_PREFIX) else tag
            self._report(place, f"YAML tag {shown} is not allowed; expected a plain value (quote text that looks like a number)")
            self._mark_reported(path)
        if isinstance(event, CollectionStartEvent):
            if len(self.stack) >= MAX_NESTING:
                self._report(place, f"nested more than {MAX_NESTING} levels deep; a catalogue file nests at most 7 levels")
                return False
            self.stack.append(_Collection({} if isinstance(event, MappingStartEvent) else [], path))
            return True
        assert isinstance(event, ScalarEvent)
        value = self._scalar(event, place, is_key=is_key)
        if self._holds_replaced(event):
            self._mark_reported(path)  # its refused characters are reported; its text says nothing more
        if value is _REPORTED and not is_key:
            self._mark_reported(path)
            value = None
        self._finish(value)
        return True

    def _holds_replaced(self, event: ScalarEvent) -> bool:
        """True when the scalar's text spans a character replaced for being refused."""
        start, end = event.start_mark.index, event.end_mark.index
        candidate = bisect.bisect_left(self.replaced_starts, end) - 1
        return candidate >= 0 and self.replaced[candidate][1] > start

    def _next_path(self, place: Place) -> tuple[DataPath | None, bool]:
        """The data path of the node about to be read (None for one to discard), and whether it is a mapping key."""
        if not self.stack:
            return (), False
        parent = self.stack[-1]
        if isinstance(parent.value, list):
            return (None if parent.path is None else (*parent.path, len(parent.value))), False
        if parent.key is None:
            parent.key_place = place
            return None, True
        key, kept = parent.key
        return ((*parent.path, key) if kept and parent.path is not None else None), False

    def _mark_reported(self, path: DataPath | None) -> None:
        if path is not None:
            self.document.reported.add(path)

    def _finish(self, value: Any) -> None:
        """A node is read: it becomes the root, an item, a key, or the value of the pending key."""
        if not self.stack:
            self.root = value
            return
        parent = self.stack[-1]
        if isinstance(parent.value, list):
            parent.value.append(value)
        elif parent.key is None:
            parent.key = self._accept_key(parent, value)
        else:
            key, kept = parent.key
            if kept:
                parent.value[key] = value
            parent.key = None
            parent.key_place = None

    def _accept_key(self, parent: _Collection, key: Any) -> tuple[str, bool]:
        """The key just read, and whether its value is kept (not when the key is refused)."""
        assert parent.key_place is not None
        place = parent.key_place
        if key is _MERGE:
            self._report(place, "merge key '<<' is not allowed; expected the fields written out")
            return ("<<", False)
        if not isinstance(key, str):
            if isinstance(key, (dict, list)):
                self._report(place, f"a {'mapping' if isinstance(key, dict) else 'list'} is used as a key; expected a field name")
            elif key is not _REPORTED:
                self._report(place, f"key {key!r} is not a string; expected a field name")
            return ("", False)
        first = parent.keys.get(key)
        if first is not None:
            self._report(place, f"duplicate key {key!r} (first at line {first[0]}, column {first[1]}); expected each key once in a mapping")
            return (key, False)
        parent.keys[key] = place
        return (key, True)

    def _scalar(self, event: ScalarEvent, place: Place, *, is_key: bool) -> Any:
        resolved = self.yaml.resolver.resolve(ScalarNode, event.value, event.implicit)
        if resolved == _MERGE_TAG:
            if is_key and event.tag is None:
                return _MERGE
            resolved = _YAML_TAG_PREFIX + "str"  # '<<' anywhere else is text
        node = ScalarNode(resolved, event.value, event.start_mark, event.end_mark, style=event.style)
        # IndexError: ruamel's int constructor on a sign or base prefix followed by underscores only (-_, 0x_).
        try:
            value = self.yaml.constructor.construct_object(node)
        except (YAMLError, ValueError, KeyError, TypeError, OverflowError, IndexError) as error:
            kind = str(resolved).rsplit(":", 1)[-1]
            self._report(place, f"{event.value!r} cannot be read as a YAML {kind} ({' '.join(str(error).split())}); expected a valid value, or quotes around text")
            return _REPORTED
        if isinstance(value, bool) or value is None:
            return value
        if isinstance(value, int):
            return int(value)
        if isinstance(value, float):
            return float(value)
        if isinstance(value, str):
            return str(value)
        return value  # dates: the schema reports the wrong type


def _place(event: Event) -> Place:
    mark = event.start_mark
    return (mark.line + 1, mark.column + 1)
