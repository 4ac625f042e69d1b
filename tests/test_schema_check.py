"""The compiled schema check on small schemas: it answers as jsonschema, or declines to compile."""

from __future__ import annotations

import json
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from codegen.schema_check import Unsure, compile_check
from codegen.validation import catalog_validator

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


# Each keyword on its own and in the combinations the catalogue schema uses, against values of every JSON kind.
KEYWORD_SCHEMAS: list[dict[str, Any]] = [
    {"type": "integer"}, {"type": "number"}, {"type": "boolean"}, {"type": "null"}, {"type": "array"}, {"type": ["string", "null"]},
    {"properties": {"a": {"type": "integer"}, "b": {}}},
    {"properties": {"a": {"type": "integer"}}, "additionalProperties": False},
    {"required": ["a", "b"]},
    {"items": {"type": "integer"}},
    {"minItems": 2},
    {"uniqueItems": True},
    {"uniqueItems": False},
    {"pattern": "^a"},
    {"maxLength": 2},
    {"minLength": 2},
    {"minimum": 1},
    {"maximum": 5},
    {"const": "a"},
    {"enum": ["a", "b"]},
    {"oneOf": [{"type": "integer"}, {"minimum": 3}]},
    {"oneOf": [{"const": "a"}, {"const": "b", "description": "the other"}]},
    {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1, "uniqueItems": True},
    {"type": "integer", "minimum": 100, "maximum": 599},
    {"type": "object", "properties": {"a": {"type": "integer"}}, "required": ["a"], "additionalProperties": False, "title": "t"},
    {"type": "string", "enum": ["a", "ab"], "maxLength": 1},
    {"type": "string", "maxLength": 2},
    {"minimum": 1, "maximum": 5},
    {"additionalProperties": False},
    {"oneOf": [{"const": "a", "minLength": 2}, {"const": "b"}]},
    {"oneOf": [{"const": "a"}, {"const": "a"}]},
    {"oneOf": [{"const": "a", "minLength": 2}, {"const": "b", "maxLength": 0}]},
    {"$defs": {"number": {"type": "integer"}}, "oneOf": [{"$ref": "#/$defs/number"}, {"type": "string"}]},
    {"$defs": {"tree": {"type": ["array", "integer"], "items": {"$ref": "#/$defs/tree"}}}, "$ref": "#/$defs/tree"},
]
KEYWORD_VALUES: list[Any] = [
    None, True, False, 0, 1, 3, 5, 6, 100, 599, 600, -1, 1.5, 2.0, "", "a", "ab", "abc", "b", "ba",
    [], [1], [1, 1], [1, 2], [1, "a"], ["a", "a"], ["a", "b"], [""], [[1], 2], [[1, ["x"]]],
    {}, {"a": 1}, {"a": "x"}, {"b": 1}, {"a": 1, "b": 2}, {"a": 1, "c": 2}, {"a": None},
]


@pytest.mark.parametrize("schema", KEYWORD_SCHEMAS, ids=json.dumps)
def test_each_keyword_answers_as_jsonschema_for_every_kind_of_value(schema: dict[str, Any]) -> None:
    check = compile_check(schema)
    assert check is not None
    validator = catalog_validator(schema)
    answered: list[Any] = []
    for value in KEYWORD_VALUES:
        try:
            answer = check(value)
        except Unsure:
            continue
        assert answer == validator.is_valid(value), value
        answered.append(value)
    assert len(answered) >= len(KEYWORD_VALUES) - 4


@pytest.mark.parametrize(
    "schema",
    [
        {"additionalProperties": {"type": "integer"}},
        {"properties": {"a": {}}, "patternProperties": {"^b": {}}, "additionalProperties": False},
        {"const": 1},
        {"enum": ["a", 1]},
        {"items": [{"type": "integer"}]},
        {"prefixItems": [{}], "items": {}},
        {"pattern": "("},
        {"type": "object", "properties": {"a": {"pattern": "["}}},
        {"type": "string", "pattern": "("},
        {"$ref": "#/$defs/missing"},
        {"not": {}},
    ],
    ids=json.dumps,
)
def test_a_schema_the_compiler_cannot_answer_for_exactly_is_not_compiled(schema: dict[str, Any]) -> None:
    assert compile_check(schema) is None


@pytest.mark.parametrize(
    "schema",
    [{"type": "integer"}, {"type": "string", "minLength": 1}, {"type": "object", "required": ["a"]}, {"uniqueItems": True}],
    ids=json.dumps,
)
def test_a_value_that_is_not_plain_data_is_left_to_jsonschema(schema: dict[str, Any]) -> None:
    check = compile_check(schema)
    assert check is not None
    value = [(1,), (1,)] if "uniqueItems" in schema else (1,)
    with pytest.raises(Unsure):
        check(value)


def test_unique_items_of_booleans_floats_or_containers_are_left_to_jsonschema() -> None:
    check = compile_check({"uniqueItems": True})
    assert check is not None
    for value in ([True, 1], [1.0, 1], [[1], [1]], [{"a": 1}]):
        with pytest.raises(Unsure):
            check(value)
    assert check(["a", 1]) and not check([2, 2])
