"""The compiled schema check on small schemas: it answers as jsonschema, or declines to compile."""

from __future__ import annotations

from typing import Any

import pytest
from jsonschema import Draft202012Validator

from codegen.schema_check import compile_check

CASES: list[tuple[dict[str, Any], Any]] = [
    ({}, {"anything": [1, "two"]}),
    ({"description": "annotations only"}, 5),
    ({"type": "object", "properties": {"a": {"description": "any value"}}}, {"a": None}),
    ({"type": "object", "properties": {"a": {}}, "additionalProperties": True}, {"a": 1, "b": 2}),
    ({"type": "object", "properties": {"a": {}}, "additionalProperties": {"type": "integer"}}, {"a": 1, "b": 2}),
    ({"type": "object", "patternProperties": {"^b": {}}, "additionalProperties": False}, {"b": 2}),
    ({"type": "object", "properties": {"a": {}}, "additionalProperties": False}, {"a": 1, "b": 2}),
    ({"oneOf": [{"type": "integer"}, {"type": "string"}]}, 5),
    ({"oneOf": [{"type": "integer"}, {"type": "number"}]}, 5),
    ({"oneOf": [{"const": "a"}, {"const": "b"}]}, "b"),
    *(({"type": "string", "pattern": "^a", "maxLength": 3, "minLength": 2, "description": "d"}, value) for value in ("ab", "abc", "abcd", "a", "ba", 5, None)),
    *(
        ({"type": "object", "properties": {"a": {"type": "integer"}, "b": {}}, "required": ["a"], "additionalProperties": False}, value)
        for value in ({"a": 1}, {"a": 1, "b": [2]}, {"a": "x"}, {}, {"a": 1, "c": 2}, [], "a")
    ),
    *(({"type": "object", "properties": {"a": {"type": "integer"}}}, value) for value in ({"a": 1, "c": 2}, {"a": 1.5}, 3)),
]


@pytest.mark.parametrize(("schema", "value"), CASES)
def test_a_compiled_check_answers_as_jsonschema_or_is_not_compiled(schema: dict[str, Any], value: Any) -> None:
    check = compile_check(schema)
    if check is not None:
        assert check(value) == Draft202012Validator(schema).is_valid(value)


def test_a_schema_of_annotations_only_accepts_everything() -> None:
    check = compile_check({"description": "annotations only", "title": "t"})
    assert check is not None
    assert all(check(value) for value in (None, 0, "", [], {"a": 1}))


def test_only_references_into_defs_are_compiled() -> None:
    assert compile_check({"$defs": {"a": {"type": "integer"}}, "$ref": "a"}) is None
    assert compile_check({"$defs": {"a": {"type": "integer"}}, "$ref": "#/$defs/b"}) is None
    check = compile_check({"$defs": {"a": {"type": "integer"}}, "$ref": "#/$defs/a"})
    assert check is not None and check(3) and not check("3")
