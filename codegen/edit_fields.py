"""The fields the edit commands set, read from the schema: their names, types, allowed values and descriptions, and FIELD=VALUE parsed by them.

Kept apart from ``editing`` so that the command line can list the fields in ``--help`` without importing ruamel.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from codegen.diagnostics import did_you_mean, printable
from codegen.taxonomy import load_schema

ENTRY = "error"
VARIANT = "variant"
_TEXT_PATTERN = r"^\S(.*\S)?$"
# Fields an edit command sets through its own option, not as FIELD=VALUE.
_KEYS = {ENTRY: ("code", "variants"), VARIANT: ()}


class EditError(Exception):
    """An edit that cannot be made as asked: unknown domain, code, variant or field, or a value of the wrong type."""


@dataclass(frozen=True)
class Field:
    """One property of an entry or a variant, as the schema defines it."""

    name: str
    description: str
    schema: dict[str, Any]

    @property
    def kind(self) -> str:
        """The JSON type of the value: integer, string, array or object."""
        if "type" in self.schema:
            return str(self.schema["type"])
        return "string"  # an enumeration (oneOf of consts, enum) or a const: every one of them is text

    @property
    def choices(self) -> list[str]:
        """The values an enumerated field allows (empty for free values)."""
        if "enum" in self.schema:
            return [str(value) for value in self.schema["enum"]]
        return [str(option["const"]) for option in self.schema.get("oneOf", ()) if "const" in option]

    @property
    def is_free_text(self) -> bool:
        """True for prose (messages, notes, reasons), which the catalogue writes double-quoted."""
        return self.kind == "string" and not self.choices and "const" not in self.schema and self.schema.get("pattern", _TEXT_PATTERN) == _TEXT_PATTERN


def resolve(schema: dict[str, Any], node: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """``node`` with its ``$ref`` chain followed, and the first description on the way."""
    description = node.get("description", "")
    while "$ref" in node:
        node = schema["$defs"][node["$ref"].removeprefix("#/$defs/")]
        description = description or node.get("description", "")
    return node, description


def schema_fields(level: str, schema: dict[str, Any] | None = None) -> dict[str, Field]:
    """The properties of an entry (``error``) or a variant (``variant``) in schema order, with their descriptions."""
    schema = schema or load_schema()
    fields = {}
    for name, node in schema["$defs"][level]["properties"].items():
        resolved, description = resolve(schema, node)
        fields[name] = Field(name, " ".join(description.split()), resolved)
    return fields


def fields_help(level: str, schema: dict[str, Any] | None = None) -> str:
    """The fields a command can set, one per paragraph, for ``--help``."""
    lines = []
    for field in schema_fields(level, schema).values():
        if field.name in _KEYS[level]:
            continue
        choices = f" One of: {', '.join(field.choices)}." if field.choices else ""
        lines.append(f"  {field.name} ({field.kind}): {field.description}{choices}")
    return "\n".join(lines)


def parse_assignments(assignments: Sequence[str], levels: Sequence[str]) -> dict[str, tuple[str, Any]]:
    """``FIELD=VALUE`` arguments as field -> (level, value), typed by the schema; an empty value (``FIELD=``) deletes the field (None)."""
    fields = {level: schema_fields(level) for level in levels}
    parsed: dict[str, tuple[str, Any]] = {}
    for assignment in assignments:
        name, equals, text = assignment.partition("=")
        if not equals:
            raise EditError(f"{printable(assignment)!r} is not FIELD=VALUE")
        level = next((level for level in levels if name in fields[level] and name not in _KEYS[level]), None)
        if level is None:
            known = [field for level in levels for field in fields[level] if field not in _KEYS[level]]
            raise EditError(f"unknown field {printable(name)!r}{did_you_mean(name, known)}; expected one of: {', '.join(dict.fromkeys(known))}")
        parsed[name] = (level, None if text == "" else _typed(fields[level][name], text))
    return parsed


def _typed(field: Field, text: str) -> Any:
    if field.kind == "string":
        return text
    if field.kind == "integer":
        if not re.fullmatch(r"-?[0-9]+", text.strip()):
            raise EditError(f"{field.name}: {printable(text)!r} is not an integer; expected {field.description[:1].lower()}{field.description[1:]}")
        return int(text)
    from ruamel.yaml import YAML  # only for a list or mapping given on the command line
    from ruamel.yaml.error import YAMLError

    try:
        value = YAML(typ="safe", pure=True).load(text)
    except YAMLError as error:
        raise EditError(f"{field.name}: {printable(text)!r} cannot be read as YAML ({' '.join(str(error).split())})") from None
    expected = {"array": list, "object": dict}.get(field.kind)
    if expected is not None and not isinstance(value, expected):
        raise EditError(f"{field.name}: {printable(text)!r} is not {'a list ([a, b])' if expected is list else 'a mapping ({key: value})'}")
    return value
