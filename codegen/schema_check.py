"""A compiled yes-or-no check of plain data against the catalogue schema, without jsonschema.

``compile_check(schema)`` turns the JSON Schema keywords the catalogue schema
uses into nested closures that answer exactly what ``jsonschema`` (Draft
2020-12, with a float never an integer, as ``validation.catalog_validator``)
answers about whether data is valid; annotations (description, title,
usual_retry...) are skipped. A schema with any other keyword is not compiled
(None), and where an answer would not be certain the check raises ``Unsure``:
the caller then asks jsonschema. It says nothing about what is wrong: for
that the caller runs the validator, which names every error at its place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

Check = Callable[[Any], bool]

_ANNOTATIONS = frozenset({"description", "title", "$schema", "$comment", "$defs", "usual_retry", "retry_delay_ms"})
#: The Python types of plain data that each JSON type admits (a float is never an integer, a boolean never a number).
_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
}
_PLAIN = frozenset({dict, list, str, int, float, bool, type(None)})


class Unsure(Exception):
    """The compiled check cannot answer for this value; ask jsonschema."""


class _Unsupported(Exception):
    """The schema uses a keyword the compiler does not know."""


def compile_check(schema: Mapping[str, Any]) -> Check | None:
    """A function telling whether plain data is valid against ``schema``; None when the schema uses a keyword it does not know."""
    definitions: dict[str, Check] = {}
    defs = schema.get("$defs", {})

    def reference(ref: str) -> Check:
        name = ref.removeprefix("#/$defs/")
        if ref == name or name not in defs:
            raise _Unsupported(ref)
        if name not in definitions:
            definitions[name] = lambda value: definitions[name](value)  # for a definition that refers to itself
            definitions[name] = _compile(defs[name], reference)
        return definitions[name]

    try:
        return _compile(schema, reference)
    except (_Unsupported, re.error, AttributeError, TypeError, ValueError):
        return None


def _compile(schema: Mapping[str, Any], reference: Callable[[str], Check]) -> Check:
    fused = _fused_object(schema, reference) if schema.get("type") == "object" else _fused_string(schema) if schema.get("type") == "string" else None
    if fused is not None:
        return fused
    checks: list[Check] = []
    for keyword, argument in schema.items():
        if keyword in _ANNOTATIONS:
            continue
        make = _KEYWORDS.get(keyword)
        if make is None:
            raise _Unsupported(keyword)
        checks.append(make(argument, schema, reference))
    checks = [check for check in checks if check is not _ALWAYS]
    if not checks:
        return _ALWAYS
    if len(checks) == 1:
        return checks[0]

    def every(value: Any) -> bool:
        for check in checks:
            if not check(value):
                return False
        return True

    return every


_OBJECT_KEYWORDS = frozenset({"type", "properties", "additionalProperties", "required"})
_STRING_KEYWORDS = frozenset({"type", "pattern", "maxLength", "minLength"})


def _fused_object(schema: Mapping[str, Any], reference: Callable[[str], Check]) -> Check | None:
    """The check of an object schema of type, properties, required and (false) additionalProperties as one function; else None.

    It answers as the checks of its keywords in turn (``every``) do, with one call a value instead of one a keyword:
    the catalogue's entries and variants are such objects, tens of thousands of them.
    """
    keywords = set(schema) - _ANNOTATIONS
    if not keywords <= _OBJECT_KEYWORDS or schema.get("additionalProperties", False) is not False or "patternProperties" in schema:
        return None
    compiled = {name: _compile(subschema, reference) for name, subschema in schema.get("properties", {}).items()}
    tests = {name: test for name, test in compiled.items() if test is not _ALWAYS}
    known = frozenset(compiled) if "additionalProperties" in schema else None
    required = tuple(schema.get("required", ()))

    def check(value: Any) -> bool:
        kind = type(value)
        if kind is not dict:
            if kind not in _PLAIN:
                raise Unsure(value)
            return False
        if known is not None and not known.issuperset(value):
            return False
        for name in required:
            if name not in value:
                return False
        for name, item in value.items():
            test = tests.get(name)
            if test is not None and not test(item):
                return False
        return True

    return check


def _fused_string(schema: Mapping[str, Any]) -> Check | None:
    """The check of a string schema of type, pattern, maxLength and minLength as one function; else None (see ``_fused_object``)."""
    keywords = set(schema) - _ANNOTATIONS
    if not keywords <= _STRING_KEYWORDS:
        return None
    search = re.compile(schema["pattern"]).search if "pattern" in schema else None
    longest: int | None = schema.get("maxLength")
    shortest: int = schema.get("minLength", 0)

    def check(value: Any) -> bool:
        kind = type(value)
        if kind is not str:
            if kind not in _PLAIN:
                raise Unsure(value)
            return False
        if len(value) < shortest or (longest is not None and len(value) > longest):
            return False
        return search is None or search(value) is not None

    return check


def _always(value: Any) -> bool:
    return True


_ALWAYS: Check = _always


def _type(argument: Any, schema: Mapping[str, Any], reference: Callable[[str], Check]) -> Check:
    names = [argument] if isinstance(argument, str) else list(argument)
    allowed = frozenset(kind for name in names for kind in _TYPES[name])

    def check(value: Any) -> bool:
        kind = type(value)
        if kind in allowed:
            return True
        if kind not in _PLAIN:
            raise Unsure(value)
        return False

    return check


def _properties(argument: Mapping[str, Any], schema: Mapping[str, Any], reference: Callable[[str], Check]) -> Check:
    compiled = {name: _compile(subschema, reference) for name, subschema in argument.items()}

    def check(value: Any) -> bool:
        if type(value) is not dict:
            return True
        for name, item in value.items():
            test = compiled.get(name)
            if test is not None and test is not _ALWAYS and not test(item):
                return False
        return True

    return check


def _additional_properties(argument: Any, schema: Mapping[str, Any], reference: Callable[[str], Check]) -> Check:
    if argument is not False or "patternProperties" in schema:
        raise _Unsupported("additionalProperties")
    known = frozenset(schema.get("properties", {}))
    return lambda value: type(value) is not dict or known.issuperset(value)


def _required(argument: list[str], schema: Mapping[str, Any], reference: Callable[[str], Check]) -> Check:
    names = tuple(argument)
    return lambda value: type(value) is not dict or all(name in value for name in names)


def _items(argument: Mapping[str, Any], schema: Mapping[str, Any], reference: Callable[[str], Check]) -> Check:
    if "prefixItems" in schema or not isinstance(argument, Mapping):
        raise _Unsupported("items")
    test = _compile(argument, reference)

    def check(value: Any) -> bool:
        if type(value) is not list:
            return True
        for item in value:
            if not test(item):
                return False
        return True

    return check


def _min_items(argument: int, schema: Mapping[str, Any], reference: Callable[[str], Check]) -> Check:
    return lambda value: type(value) is not list or len(value) >= argument


def _unique_items(argument: bool, schema: Mapping[str, Any], reference: Callable[[str], Check]) -> Check:
    if not argument:
        return _ALWAYS

    def check(value: Any) -> bool:
        if type(value) is not list:
            return True
        if not all(type(item) in (str, int) for item in value):
            raise Unsure(value)  # jsonschema's equality of booleans, floats and containers is its own
        return len(set(value)) == len(value)

    return check


def _pattern(argument: str, schema: Mapping[str, Any], reference: Callable[[str], Check]) -> Check:
    search = re.compile(argument).search
    return lambda value: type(value) is not str or search(value) is not None


def _max_length(argument: int, schema: Mapping[str, Any], reference: Callable[[str], Check]) -> Check:
    return lambda value: type(value) is not str or len(value) <= argument


def _min_length(argument: int, schema: Mapping[str, Any], reference: Callable[[str], Check]) -> Check:
    return lambda value: type(value) is not str or len(value) >= argument


def _minimum(argument: int, schema: Mapping[str, Any], reference: Callable[[str], Check]) -> Check:
    return lambda value: type(value) not in (int, float) or value >= argument


def _maximum(argument: int, schema: Mapping[str, Any], reference: Callable[[str], Check]) -> Check:
    return lambda value: type(value) not in (int, float) or value <= argument


def _const(argument: Any, schema: Mapping[str, Any], reference: Callable[[str], Check]) -> Check:
    if type(argument) is not str:
        raise _Unsupported("const")
    return lambda value: type(value) is str and value == argument


def _enum(argument: list[Any], schema: Mapping[str, Any], reference: Callable[[str], Check]) -> Check:
    if not all(type(option) is str for option in argument):
        raise _Unsupported("enum")
    allowed = frozenset(argument)
    return lambda value: type(value) is str and value in allowed


def _one_of(argument: list[Mapping[str, Any]], schema: Mapping[str, Any], reference: Callable[[str], Check]) -> Check:
    constants = [option.get("const") for option in argument]
    if all(type(constant) is str and not set(option) - _ANNOTATIONS - {"const"} for constant, option in zip(constants, argument)) and len(set(constants)) == len(constants):
        allowed = frozenset(constants)
        return lambda value: type(value) is str and value in allowed
    options = [_compile(option, reference) for option in argument]
    return lambda value: sum(1 for option in options if option(value)) == 1


def _ref(argument: str, schema: Mapping[str, Any], reference: Callable[[str], Check]) -> Check:
    return reference(argument)


_KEYWORDS: dict[str, Callable[[Any, Mapping[str, Any], Callable[[str], Check]], Check]] = {
    "type": _type,
    "properties": _properties,
    "additionalProperties": _additional_properties,
    "required": _required,
    "items": _items,
    "minItems": _min_items,
    "uniqueItems": _unique_items,
    "pattern": _pattern,
    "maxLength": _max_length,
    "minLength": _min_length,
    "minimum": _minimum,
    "maximum": _maximum,
    "const": _const,
    "enum": _enum,
    "oneOf": _one_of,
    "$ref": _ref,
}
