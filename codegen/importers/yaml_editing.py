"""Editing catalogue YAML without disturbing what a person wrote in it.

ruamel.yaml's round trip reproduces an unchanged catalogue file byte for
byte, so changes inside existing nodes (a scalar's text, a key added or
removed) go through it. New sequence items do not: ruamel attaches a comment
to the node before it, so an item inserted in a sequence would land between
a comment and the item the comment is about. New items are therefore spliced
into the dumped text as whole lines, placed before the comments that belong
to the next item.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import ScalarString


def catalogue_yaml() -> YAML:
    """The ruamel.yaml round-trip set-up that reproduces the catalogue files byte for byte."""
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 1_000_000  # never fold a long message
    yaml.allow_unicode = True
    return yaml


def dump_yaml(tree: Any) -> str:
    """``tree`` as catalogue YAML text."""
    stream = io.StringIO()
    catalogue_yaml().dump(tree, stream)
    return stream.getvalue()


@dataclass
class Insertion:
    """New items to splice into a sequence before index ``index`` (== length: at its end)."""

    sequence_path: tuple[str | int, ...]
    index: int
    items: list[CommentedMap]


def set_text(node: CommentedMap, key: str, text: str) -> None:
    """Replace a scalar's text in the quoting style it was written in, keeping the gap before an end-of-line comment."""
    old = node[key]
    node[key] = type(old)(text) if isinstance(old, ScalarString) else text
    comment = node.ca.items.get(key, [None, None, None, None])[2]
    if comment is not None and not comment.value.startswith("\n"):
        # ruamel keeps a comment's column; move it by the change in the value's written width.
        comment.start_mark.column += len(dump_yaml(CommentedMap(x=node[key]))) - len(dump_yaml(CommentedMap(x=old)))


def delete_key(node: CommentedMap, key: str) -> None:
    """Delete ``key``; the comment lines after it, when it is the last key, stay after its predecessor."""
    keys = list(node)
    comment = node.ca.items.pop(key, None)
    del node[key]
    if keys[-1] == key and comment is not None and len(keys) > 1 and comment[2] is not None:
        text = comment[2].value
        trailing = text[text.index("\n") :] if "\n" in text else ""
        previous = node.ca.items.setdefault(keys[-2], [None, None, None, None])
        if trailing.strip() and previous[2] is None:
            comment[2].value = trailing
            previous[2] = comment[2]
        elif trailing.strip():
            # The key before has comment lines of its own: the deleted key's follow them.
            previous[2].value += trailing[1:]


def insert_after(node: CommentedMap, after: Iterable[str], key: str, value: Any) -> None:
    """Insert ``key`` right after the last present key of ``after`` (or first)."""
    keys = list(node)
    position = 0
    for name in after:
        if name in keys:
            position = max(position, keys.index(name) + 1)
    node.insert(position, key, value)


def _item_block(item: CommentedMap, dash_column: int) -> list[str]:
    """``item`` as the lines of one sequence item whose dash is at ``dash_column``."""
    text = dump_yaml(CommentedMap(x=CommentedSeq([item])))
    lines = text.splitlines(keepends=True)[1:]  # drop "x:"; the dash is then at column 2
    return [" " * (dash_column - 2) + line if line.strip() else line for line in lines]


def _node_at(tree: Any, path: tuple[str | int, ...]) -> Any:
    for part in path:
        tree = tree[part]
    return tree


def split_lines(text: str) -> list[str]:
    """The lines of ``text`` with their line feeds; only a line feed ends a line (not U+2028 and the like)."""
    lines = [line + "\n" for line in text.split("\n")]
    lines[-1] = lines[-1][:-1]
    return lines if lines[-1] else lines[:-1]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _is_comment_or_blank(line: str) -> bool:
    stripped = line.strip()
    return not stripped or stripped.startswith("#")


def splice(text: str, insertions: list[Insertion]) -> str:
    """``text`` with the new items spliced in as whole lines, bottom first so earlier places stay valid."""
    tree = catalogue_yaml().load(text)
    lines = split_lines(text)
    placed: list[tuple[int, list[str]]] = []
    for insertion in insertions:
        sequence = _node_at(tree, insertion.sequence_path)
        first_line, first_column = sequence.lc.item(0)
        dash_column = first_column - 2
        if insertion.index < len(sequence):
            at = sequence.lc.item(insertion.index)[0]
            # Blank lines and comments right above an item belong to it, unless a comment is
            # indented into the item before, which it then belongs to.
            while at > first_line and _is_comment_or_blank(lines[at - 1]) and (not lines[at - 1].strip() or _indent(lines[at - 1]) <= dash_column):
                at -= 1
        else:
            at = _end_of_item(lines, sequence.lc.item(len(sequence) - 1)[0], dash_column)
        block = [line for item in insertion.items for line in _item_block(item, dash_column)]
        placed.append((at, block))
    # Bottom first; at one line, the later insertion first, so that the earlier ends up above it
    # (a variant appended to an entry stays above a new entry that follows that entry).
    for _, (at, block) in sorted(enumerate(placed), key=lambda item: (item[1][0], item[0]), reverse=True):
        lines[at:at] = block
    return "".join(lines)


def _end_of_item(lines: list[str], start: int, dash_column: int) -> int:
    """The line after the last line of the sequence item starting at ``start``.

    Comments indented into the item are part of it; blank lines and comments
    at the item's dash or left of it that end the item belong to what follows.
    """
    last_content = start + 1
    for end in range(start + 1, len(lines)):
        line = lines[end]
        if not line.strip():
            continue
        if _indent(line) > dash_column:
            last_content = end + 1
        elif not line.lstrip().startswith("#"):
            break
    return last_content
