"""Checking catalogue files: the JSON Schema first, then the rules a schema cannot say."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from codegen.diagnostics import Problem, did_you_mean
from codegen.loading import DataPath, SourceDocument
from codegen.model import DomainCatalog, ErrorEntry, MessageVariant, RetryAdvice
from codegen.naming import identifier_problem, pascal_case
from codegen.placeholders import find_placeholder_tokens

_SCHEMA_TYPES = {"object": "a mapping", "array": "a list", "string": "a string", "integer": "an integer", "number": "a number", "boolean": "a boolean"}
_JSON_TYPES = {dict: "a mapping", list: "a list", str: "a string", bool: "a boolean", int: "an integer", float: "a number", type(None): "null"}
# Tab is the only control character a single-line text may hold; notes may also break lines.
_FORBIDDEN_IN_TEXT = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\ud800-\udfff]")
_FORBIDDEN_IN_NOTE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def describe_path(path: DataPath) -> str:
    """``errors[3].variants[0].id`` for a data path."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text or "the document"


def _kind_of(value: Any) -> str:
    return _JSON_TYPES.get(type(value), type(value).__name__)


def _const_options(schema: dict[str, Any]) -> list[str] | None:
    options = schema.get("oneOf")
    if options and all("const" in option for option in options):
        return [option["const"] for option in options]
    return None


def _schema_error_problems(document: SourceDocument, error: ValidationError) -> Iterator[Problem]:
    path: DataPath = tuple(error.absolute_path)
    where = describe_path(path)
    schema = error.schema if isinstance(error.schema, dict) else {}
    instance = error.instance
    if error.validator == "additionalProperties" and isinstance(instance, dict):
        known = list(schema.get("properties", {}))
        for key in sorted(set(instance) - set(known)):
            yield document.problem(
                (*path, key),
                f"unknown field {key!r} in {where}{did_you_mean(key, known)}; expected one of: {', '.join(known)}",
                of_key=True,
            )
    elif error.validator == "required":
        missing = re.match(r"'([^']*)'", error.message)
        field = missing.group(1) if missing else error.message
        yield document.problem(path, f"{where}: missing required field {field!r}")
    elif error.validator == "oneOf" and (options := _const_options(schema)) is not None:
        shown = instance if isinstance(instance, str) else repr(instance)
        hint = did_you_mean(instance, options) if isinstance(instance, str) else ""
        yield document.problem(path, f"{where}: unknown value {shown!r}{hint}; expected one of: {', '.join(options)}")
    elif error.validator == "type":
        expected = _SCHEMA_TYPES.get(str(error.validator_value), str(error.validator_value))
        yield document.problem(path, f"{where}: expected {expected}, got {_kind_of(instance)} ({instance!r})")
    elif error.validator == "pattern":
        expected = schema.get("description", f"text matching {error.validator_value}")
        yield document.problem(path, f"{where}: {instance!r} is not valid; expected {expected[:1].lower()}{expected[1:]}")
    else:
        yield document.problem(path, f"{where}: {error.message}")


def schema_problems(document: SourceDocument, validator: Draft202012Validator) -> list[Problem]:
    """Every way ``document`` breaks the catalogue schema, less what reading it already reported."""
    problems: list[Problem] = []
    for error in validator.iter_errors(document.data):
        if not document.is_reported(tuple(error.absolute_path)):
            problems.extend(_schema_error_problems(document, error))
    return problems


def _text_problems(document: SourceDocument, path: DataPath, text: str | None, *, note: bool = False) -> Iterator[Problem]:
    if text is None:
        return
    found = (_FORBIDDEN_IN_NOTE if note else _FORBIDDEN_IN_TEXT).search(text)
    if found:
        allowed = "tab and line breaks" if note else "tab"
        yield document.problem(path, f"{describe_path(path)}: character U+{ord(found.group()):04X} is not allowed; expected printable text ({allowed} allowed)")


def _retry_problems(document: SourceDocument, path: DataPath, advice: RetryAdvice | None) -> Iterator[Problem]:
    if advice is None:
        return
    has_wait = advice.after_ms is not None or advice.after_header is not None
    if advice.action == "wait" and not has_wait:
        yield document.problem((*path, "retry"), f"{describe_path((*path, 'retry'))}: 'wait' needs retry_after_ms or retry_after_header to say how long")
    if advice.action != "wait" and has_wait:
        yield document.problem((*path, "retry"), f"{describe_path((*path, 'retry'))}: retry_after_ms and retry_after_header go only with retry: wait, not {advice.action!r}")


def _variant_problems(document: SourceDocument, path: DataPath, variant: MessageVariant) -> Iterator[Problem]:
    problem = identifier_problem(variant.id)
    if problem:
        yield document.problem((*path, "id"), f"{describe_path((*path, 'id'))}: {problem}")
    for field in ("key", "message", "detail"):
        yield from _text_problems(document, (*path, field), getattr(variant, field))
    yield from _text_problems(document, (*path, "note"), variant.note, note=True)
    yield from _text_problems(document, (*path, "review"), variant.review, note=True)
    tokens = find_placeholder_tokens(variant.message)
    recorded = [placeholder.token for placeholder in variant.placeholders]
    if tokens != recorded:
        yield document.problem(
            (*path, "placeholders") if recorded else (*path, "message"),
            f"{describe_path((*path, 'placeholders'))}: the message has placeholders {tokens} but {recorded} are recorded; expected one entry per placeholder, in order",
        )
    names = [placeholder.name for placeholder in variant.placeholders]
    for index, name in enumerate(names):
        if name in names[:index]:
            yield document.problem((*path, "placeholders", index, "name"), f"{describe_path((*path, 'placeholders', index, 'name'))}: placeholder name {name!r} is used twice in this message")
    if variant.category is not None and variant.retry is None:
        yield document.problem((*path, "category"), f"{describe_path((*path, 'category'))}: a variant that overrides the category must also give its retry advice")
    yield from _retry_problems(document, path, variant.retry)


def _first_seen_problems(document: SourceDocument, items: list[tuple[DataPath, object]], what: str) -> Iterator[Problem]:
    first: dict[object, DataPath] = {}
    for path, value in items:
        if value in first:
            line, _ = document.place(first[value])
            yield document.problem(path, f"{describe_path(path)}: duplicate {what} {value!r} (first at line {line}); expected each {what} once")
        else:
            first[value] = path


def _entry_problems(document: SourceDocument, index: int, entry: ErrorEntry, domain: str) -> Iterator[Problem]:
    path: DataPath = ("errors", index)
    problem = identifier_problem(entry.name)
    if problem:
        yield document.problem((*path, "name"), f"{describe_path((*path, 'name'))}: {problem}")
    if domain == "margin" and entry.scope is None:
        yield document.problem(path, f"{describe_path(path)}: margin codes need scope (all or high_frequency)")
    if domain != "margin" and entry.scope is not None:
        yield document.problem((*path, "scope"), f"{describe_path((*path, 'scope'))}: scope is for margin codes only")
    yield from _text_problems(document, (*path, "note"), entry.note, note=True)
    yield from _text_problems(document, (*path, "review"), entry.review, note=True)
    yield from _retry_problems(document, path, entry.retry)
    variants = [((*path, "variants", i), variant) for i, variant in enumerate(entry.variants)]
    yield from _first_seen_problems(document, [((*p, "id"), v.id) for p, v in variants], "variant id")
    yield from _first_seen_problems(document, [(p, v.documented_text) for p, v in variants], "message")
    for variant_path, variant in variants:
        yield from _variant_problems(document, variant_path, variant)


def _case_collision_problems(document: SourceDocument, domain: DomainCatalog) -> Iterator[Problem]:
    """Distinct names that a target writing PascalCase would merge (HTTP_2 and HTTP2 both give Http2)."""
    first: dict[str, tuple[int, str]] = {}
    for index, entry in enumerate(domain.errors):
        converted = pascal_case(entry.name)
        if converted not in first:
            first[converted] = (index, entry.name)
            continue
        other_index, other = first[converted]
        if other != entry.name:
            line, _ = document.place(("errors", other_index, "name"))
            path = ("errors", index, "name")
            yield document.problem(path, f"{describe_path(path)}: {entry.name!r} becomes {converted!r} in PascalCase, like {other!r} (line {line}); expected names that stay distinct in every case style")


def rule_problems(document: SourceDocument, domain: DomainCatalog) -> list[Problem]:
    """Every rule of one domain that the schema cannot express."""
    problems: list[Problem] = []
    expected_stem = document.path.stem
    if domain.domain != expected_stem:
        problems.append(document.problem(("domain",), f"domain {domain.domain!r} is in {document.path.name}; expected it in {domain.domain}.yaml"))
    problems.extend(_text_problems(document, ("description",), domain.description))
    entries = list(enumerate(domain.errors))
    problems.extend(_first_seen_problems(document, [(("errors", i, "code"), e.code) for i, e in entries], "code"))
    problems.extend(_first_seen_problems(document, [(("errors", i, "name"), e.name) for i, e in entries], "name"))
    problems.extend(_case_collision_problems(document, domain))
    success = set(domain.success_codes)
    for index, entry in entries:
        if entry.code in success:
            problems.append(document.problem(("errors", index, "code"), f"errors[{index}].code: {entry.code} is listed in success_codes; a code cannot mean success and failure"))
        problems.extend(_entry_problems(document, index, entry, domain.domain))
    return problems
