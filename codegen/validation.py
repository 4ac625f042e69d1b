"""Checking catalogue files: the JSON Schema first, then the rules a schema cannot say.

``codegen.schema_check`` answers whether data is valid without jsonschema; the validator here says what is wrong and where.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from codegen.diagnostics import Problem, did_you_mean
from codegen.source_document import DataPath, SourceDocument
from codegen.kucoin_page import DOMAIN_TABLES
from codegen.matching import TOUCHING_KIND_PATTERNS, message_key
from codegen.model import DEFAULT_PLACEHOLDER_KINDS, FORBIDDEN_IN_TEXT, RetryAdvice, documented_text
from codegen.naming import IDENTIFIER_PATTERN, identifier_problem, pascal_case
from codegen.placeholders import PLACEHOLDER_PATTERN, find_placeholder_tokens
from codegen.target import languages

if TYPE_CHECKING:  # jsonschema is imported only when a file is checked by it (codegen.catalog: a file with problems)
    from jsonschema.exceptions import ValidationError
    from jsonschema.protocols import Validator

_SCHEMA_TYPES = {"object": "a mapping", "array": "a list", "string": "a string", "integer": "an integer", "number": "a number", "boolean": "a boolean"}
_JSON_TYPES = {dict: "a mapping", list: "a list", str: "a string", bool: "a boolean", int: "an integer", float: "a number", type(None): "null"}
# Notes may also break lines.
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
    elif error.validator == "maxLength" and isinstance(instance, str):
        yield document.problem(path, f"{where}: {len(instance)} characters long; expected at most {error.validator_value}")
    elif error.validator == "pattern":
        expected = schema.get("description", f"text matching {error.validator_value}")
        yield document.problem(path, f"{where}: {instance!r} is not valid; expected {expected[:1].lower()}{expected[1:]}")
    else:
        yield document.problem(path, f"{where}: {error.message}")


def catalog_validator(schema: dict[str, Any]) -> Validator:
    """A Draft 2020-12 validator of ``schema`` in which a float is never an integer.

    JSON Schema counts 200004.0 as an integer; a catalogue must not, or the
    float would reach the outputs as ``200004.0``.
    """
    from jsonschema import Draft202012Validator, validators

    type_checker = Draft202012Validator.TYPE_CHECKER.redefine(
        "integer", lambda _checker, instance: isinstance(instance, int) and not isinstance(instance, bool)
    )
    extend: Callable[..., type[Validator]] = validators.extend  # untyped in the stubs
    return extend(Draft202012Validator, type_checker=type_checker)(schema)


def _explained_by_characters(error: ValidationError) -> bool:
    """True for a pattern error that the refused characters of the text alone explain (they are reported on their own)."""
    instance = error.instance
    if error.validator != "pattern" or not isinstance(instance, str) or not FORBIDDEN_IN_TEXT.search(instance):
        return False
    return re.search(str(error.validator_value), FORBIDDEN_IN_TEXT.sub("", instance)) is not None


def schema_errors(document: SourceDocument, validator: Validator) -> list[ValidationError]:
    """Every way ``document`` breaks the catalogue schema, less what reading it already reported."""
    return [
        error
        for error in validator.iter_errors(document.data)
        if not document.is_reported(tuple(error.absolute_path)) and not _explained_by_characters(error)
    ]


def schema_error_problems(document: SourceDocument, errors: Iterable[ValidationError]) -> list[Problem]:
    """Schema errors of ``document`` as problems, each at its place with what was expected."""
    problems: list[Problem] = []
    for error in errors:
        problems.extend(_schema_error_problems(document, error))
    return problems


class _Parts:
    """The parts of a document that are well-formed: nothing at or under their path broke the schema or was reported."""

    def __init__(self, document: SourceDocument, broken: Iterable[DataPath]) -> None:
        # Every prefix of a broken path: a part is well-formed when its path is none of them.
        self.spoilt = {path[:end] for path in (*broken, *document.reported) for end in range(len(path) + 1)}
        #: Every word a registered language reserves, read once per check of a file.
        self.reserved = _reserved_anywhere()

    def ok(self, path: DataPath) -> bool:
        return path not in self.spoilt

    def field(self, data: dict[str, Any], path: DataPath, name: str, kind: type | tuple[type, ...]) -> Any:
        """``data[name]`` when present, well-formed and of ``kind``; else None."""
        value = data.get(name)
        if value is None or not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            return None
        if self.spoilt and (*path, name) in self.spoilt:  # a valid file (the usual case) spoils nothing: no path to build
            return None
        return value


_TEXT_FIELDS = ("key", "message", "detail")
_NOTE_FIELDS = ("note", "review", "undocumented")


def _text_problems(document: SourceDocument, path: DataPath, text: object, *, note: bool = False) -> Iterator[Problem]:
    """One problem per refused character of a text field (each distinct character once)."""
    if not isinstance(text, str) or document.is_reported(path):
        return
    allowed = "tab and line breaks" if note else "tab"
    seen: set[str] = set()
    for found in (_FORBIDDEN_IN_NOTE if note else FORBIDDEN_IN_TEXT).finditer(text):
        char = found.group()
        if char not in seen:
            seen.add(char)
            yield document.problem(path, f"{describe_path(path)}: character U+{ord(char):04X} is not allowed; expected printable text ({allowed} allowed)")


def _all_text_problems(document: SourceDocument, data: dict[str, Any]) -> Iterator[Problem]:
    """Refused characters in every free-text field of the file, well-formed or not."""
    if not _may_refuse_characters(data):
        return
    yield from _text_problems(document, ("description",), data.get("description"))
    for field in ("string_codes", "failures_under_success"):
        for item_path, item in _unnumbered_items(data, field):
            for name in ("code", "message"):
                yield from _text_problems(document, (*item_path, name), item.get(name))
            for name in _NOTE_FIELDS:
                yield from _text_problems(document, (*item_path, name), item.get(name), note=True)
    for entry_path, entry in _entries(data):
        for name in _NOTE_FIELDS:
            yield from _text_problems(document, (*entry_path, name), entry.get(name), note=True)
        for variant_path, variant in _variants(entry_path, entry):
            for name in _TEXT_FIELDS:
                yield from _text_problems(document, (*variant_path, name), variant.get(name))
            for name in _NOTE_FIELDS:
                yield from _text_problems(document, (*variant_path, name), variant.get(name), note=True)


def _may_refuse_characters(data: dict[str, Any]) -> bool:
    """False when no free-text field of the file holds a refused character (the usual case), found by one search of each kind.

    The texts are joined by tabs, which every text field allows, so that no match spans two of them.
    """
    texts: list[object] = [data.get("description")]
    notes: list[object] = []
    for field in ("string_codes", "failures_under_success"):
        items = data.get(field)
        for item in items if isinstance(items, list) else ():
            if isinstance(item, dict):
                texts += (item.get("code"), item.get("message"))
                notes += (item.get(name) for name in _NOTE_FIELDS)
    errors = data.get("errors")
    for entry in errors if isinstance(errors, list) else ():
        if not isinstance(entry, dict):
            continue
        notes += (entry.get(name) for name in _NOTE_FIELDS)
        variants = entry.get("variants")
        for variant in variants if isinstance(variants, list) else ():
            if isinstance(variant, dict):
                texts += (variant.get(name) for name in _TEXT_FIELDS)
                notes += (variant.get(name) for name in _NOTE_FIELDS)
    joined_texts = "\t".join(text for text in texts if isinstance(text, str))
    joined_notes = "\t".join(note for note in notes if isinstance(note, str))
    return FORBIDDEN_IN_TEXT.search(joined_texts) is not None or _FORBIDDEN_IN_NOTE.search(joined_notes) is not None


def _entries(data: dict[str, Any]) -> list[tuple[DataPath, dict[str, Any]]]:
    errors = data.get("errors")
    if not isinstance(errors, list):
        return []
    return [(("errors", index), entry) for index, entry in enumerate(errors) if isinstance(entry, dict)]


def _variants(entry_path: DataPath, entry: dict[str, Any]) -> list[tuple[DataPath, dict[str, Any]]]:
    variants = entry.get("variants")
    if not isinstance(variants, list):
        return []
    return [((*entry_path, "variants", index), variant) for index, variant in enumerate(variants) if isinstance(variant, dict)]


def _retry_advice(parts: _Parts, path: DataPath, data: dict[str, Any]) -> RetryAdvice | None:
    """The retry advice of an entry or variant, when it gives one and all of it is well-formed."""
    fields = ("retry", "retry_after_ms", "retry_after_header", "retry_max_attempts", "retry_then")
    if "retry" not in data or not all(parts.ok((*path, name)) for name in fields):
        return None
    return RetryAdvice(data["retry"], data.get("retry_after_ms"), data.get("retry_after_header"), data.get("retry_max_attempts"), data.get("retry_then"))


def _retry_problems(document: SourceDocument, path: DataPath, advice: RetryAdvice | None) -> Iterator[Problem]:
    if advice is None:
        return
    has_wait = advice.after_ms is not None or advice.after_header is not None
    if advice.action == "wait" and not has_wait:
        yield document.problem((*path, "retry"), f"{describe_path((*path, 'retry'))}: 'wait' needs retry_after_ms or retry_after_header to say how long")
    if advice.action != "wait" and has_wait:
        yield document.problem((*path, "retry"), f"{describe_path((*path, 'retry'))}: retry_after_ms and retry_after_header go only with retry: wait, not {advice.action!r}")
    if (advice.max_attempts is None) != (advice.then is None):
        yield document.problem((*path, "retry"), f"{describe_path((*path, 'retry'))}: retry_max_attempts and retry_then go together: how many attempts, then what")
    elif advice.max_attempts is not None and not advice.retryable:
        yield document.problem((*path, "retry"), f"{describe_path((*path, 'retry'))}: retry_max_attempts and retry_then go only with retry: retry or wait, not {advice.action!r}")


def _identifier_problems(document: SourceDocument, parts: _Parts, path: DataPath, name: str | None) -> Iterator[Problem]:
    # identifier_problem says None exactly for an UPPER_SNAKE name no language reserves: skip it for those.
    if name is not None and not (IDENTIFIER_PATTERN.fullmatch(name) and name not in parts.reserved) and (problem := identifier_problem(name)):
        yield document.problem(path, f"{describe_path(path)}: {problem}")


def _reserved_anywhere() -> frozenset[str]:
    """Every word reserved in a registered language (registering a target changes it, so it is not kept)."""
    return frozenset().union(*(language.reserved_words for language in languages()))


def _documented_text(parts: _Parts, path: DataPath, variant: dict[str, Any]) -> str | None:
    """The row as the documentation prints it, when its parts are well-formed."""
    message = parts.field(variant, path, "message", str)
    if message is None or any(name in variant and parts.field(variant, path, name, str) is None for name in ("key", "detail")):
        return None
    return documented_text(variant.get("key"), message, variant.get("detail"), variant.get("detail_separator"))


def _layout_problems(document: SourceDocument, parts: _Parts, path: DataPath, variant: dict[str, Any], domain: str | None) -> Iterator[Problem]:
    """The page layout a variant records: its sub-table, how its detail is joined, its other wordings."""
    tables = DOMAIN_TABLES.get(domain or "")
    table = parts.field(variant, path, "table", str)
    if tables is not None and "table" not in variant:
        yield document.problem(path, f"{describe_path(path)}: {domain} messages need table ({', '.join(tables)})")
    elif tables is None and table is not None and domain is not None:
        yield document.problem((*path, "table"), f"{describe_path((*path, 'table'))}: table is for {' and '.join(DOMAIN_TABLES)} messages only")
    elif tables is not None and table is not None and table not in tables:
        yield document.problem((*path, "table"), f"{describe_path((*path, 'table'))}: {table!r} is not a {domain} table{did_you_mean(table, list(tables))}; expected one of: {', '.join(tables)}")
    if "detail_separator" in variant and "detail" not in variant:
        yield document.problem((*path, "detail_separator"), f"{describe_path((*path, 'detail_separator'))}: a detail separator needs a detail")
    aliases = parts.field(variant, path, "aliases", list)
    if aliases:
        # Verbatim: a page that changed only the case of a message ("request parameter illegal", then "Request
        # parameter illegal") keeps its older wording on record, so that either page imports without change.
        own = {text for name in ("message", "key") if isinstance(text := variant.get(name), str)}
        for index, alias in enumerate(aliases):
            if isinstance(alias, str) and alias in own:
                alias_path = (*path, "aliases", index)
                yield document.problem(alias_path, f"{describe_path(alias_path)}: {alias!r} is the message itself; an alias is another wording")
    yield from _page_row_problems(document, parts, path, variant, aliases)


def _page_row_problems(document: SourceDocument, parts: _Parts, path: DataPath, variant: dict[str, Any], aliases: list[Any] | None) -> Iterator[Problem]:
    """The page rows a message records: an alias they name must exist, and an undocumented message is on no page."""
    pages = parts.field(variant, path, "pages", list)
    if not pages:
        return
    if "undocumented" in variant:
        yield document.problem((*path, "pages"), f"{describe_path((*path, 'pages'))}: an undocumented message is on no KuCoin page; expected pages or undocumented, not both")
    count = len(aliases) if isinstance(aliases, list) else 0
    for index, item in enumerate(pages):
        parts_of_item = item.split(":") if isinstance(item, str) else []
        if len(parts_of_item) == 3 and parts_of_item[2].isdigit() and int(parts_of_item[2]) > count:
            item_path = (*path, "pages", index)
            has = f"it has {count} alias{'es' if count != 1 else ''}" if count else "it has no aliases"
            yield document.problem(item_path, f"{describe_path(item_path)}: {item!r} names alias {parts_of_item[2]} of this message, but {has}; expected PAGE:ROW, or PAGE:ROW:ALIAS with ALIAS from 1 to the number of aliases")


def _touching_pairs(message: str, placeholders: list[Any]) -> Iterator[tuple[int, str, tuple[str, str]]]:
    """Each placeholder that touches the one before it (nothing between them) in a pair of kinds that cannot be told apart.

    Yields its index, the two tokens as the message writes them, and the pair of kinds.
    """
    kinds = [
        placeholder.get("kind") or DEFAULT_PLACEHOLDER_KINDS.get(str(placeholder.get("token")), "text") if isinstance(placeholder, dict) else "text"
        for placeholder in placeholders
    ]
    found = list(PLACEHOLDER_PATTERN.finditer(message))
    for index in range(1, len(found)):
        pair = (kinds[index - 1], kinds[index])
        if found[index - 1].end() == found[index].start() and pair not in TOUCHING_KIND_PATTERNS:
            yield index, found[index - 1].group() + found[index].group(), pair


def _touching_problems(document: SourceDocument, path: DataPath, message: str, placeholders: list[Any]) -> Iterator[Problem]:
    """Two placeholders with nothing between them must be a pair whose values can be told apart (a number, then a currency)."""
    for index, tokens, pair in _touching_pairs(message, placeholders):
        allowed = ", ".join(f"a {first} then a {second}" for first, second in TOUCHING_KIND_PATTERNS)
        yield document.problem(
            (*path, "placeholders", index),
            f"{describe_path((*path, 'placeholders', index))}: {tokens} touch, and a {pair[0]} then a {pair[1]} "
            f"cannot be told apart; expected text between them, or: {allowed}",
        )


def _variant_problems(document: SourceDocument, parts: _Parts, path: DataPath, variant: dict[str, Any], domain: str | None) -> Iterator[Problem]:
    yield from _identifier_problems(document, parts, (*path, "id"), parts.field(variant, path, "id", str))
    yield from _layout_problems(document, parts, path, variant, domain)
    message = parts.field(variant, path, "message", str)
    placeholders = variant.get("placeholders", [])
    if message is not None and parts.ok((*path, "placeholders")) and isinstance(placeholders, list):
        tokens = find_placeholder_tokens(message)
        recorded = [placeholder.get("token") for placeholder in placeholders if isinstance(placeholder, dict)]
        if tokens != recorded:
            yield document.problem(
                (*path, "placeholders") if recorded else (*path, "message"),
                f"{describe_path((*path, 'placeholders'))}: the message has placeholders {tokens} but {recorded} are recorded; expected one entry per placeholder, in order",
            )
        else:
            yield from _touching_problems(document, path, message, placeholders)
    if isinstance(placeholders, list):
        names = [
            ((*path, "placeholders", index, "name"), parts.field(placeholder, (*path, "placeholders", index), "name", str))
            for index, placeholder in enumerate(placeholders)
            if isinstance(placeholder, dict)
        ]
        seen: set[str] = set()
        for name_path, name in names:
            if name is None:
                continue
            if name in seen:
                yield document.problem(name_path, f"{describe_path(name_path)}: placeholder name {name!r} is used twice in this message")
            seen.add(name)
    if "category" in variant and parts.ok((*path, "category")) and "retry" not in variant:
        yield document.problem((*path, "category"), f"{describe_path((*path, 'category'))}: a variant that overrides the category must also give its retry advice")
    yield from _retry_problems(document, path, _retry_advice(parts, path, variant))


def _first_seen_problems(document: SourceDocument, items: list[tuple[DataPath, object]], what: str) -> Iterator[Problem]:
    first: dict[object, DataPath] = {}
    for path, value in items:
        if value is None:
            continue
        if value in first:
            line, _ = document.place(first[value])
            yield document.problem(path, f"{describe_path(path)}: duplicate {what} {value!r} (first at line {line}); expected each {what} once")
        else:
            first[value] = path


def _entry_problems(document: SourceDocument, parts: _Parts, path: DataPath, entry: dict[str, Any], domain: str | None) -> Iterator[Problem]:
    yield from _identifier_problems(document, parts, (*path, "name"), parts.field(entry, path, "name", str))
    if domain == "margin" and "scope" not in entry:
        yield document.problem(path, f"{describe_path(path)}: margin codes need scope (all, high_frequency or both)")
    if domain is not None and domain != "margin" and "scope" in entry:
        yield document.problem((*path, "scope"), f"{describe_path((*path, 'scope'))}: scope is for margin codes only")
    yield from _retry_problems(document, path, _retry_advice(parts, path, entry))
    variants = _variants(path, entry)
    yield from _first_seen_problems(document, [((*p, "id"), parts.field(v, p, "id", str)) for p, v in variants], "variant id")
    yield from _first_seen_problems(document, [(p, _documented_text(parts, p, v)) for p, v in variants], "message")
    for variant_path, variant in variants:
        yield from _variant_problems(document, parts, variant_path, variant, domain)


def _case_collision_problems(document: SourceDocument, names: list[tuple[DataPath, str | None]]) -> Iterator[Problem]:
    """Distinct names that a target writing PascalCase would merge (HTTP_2 and HTTP2 both give Http2)."""
    first: dict[str, tuple[DataPath, str]] = {}
    for path, name in names:
        if name is None:
            continue
        converted = pascal_case(name)
        if converted not in first:
            first[converted] = (path, name)
            continue
        other_path, other = first[converted]
        if other != name:
            line, _ = document.place(other_path)
            yield document.problem(path, f"{describe_path(path)}: {name!r} becomes {converted!r} in PascalCase, like {other!r} (line {line}); expected names that stay distinct in every case style")


def _tombstone_problems(
    document: SourceDocument, parts: _Parts, data: dict[str, Any], codes: list[tuple[DataPath, int | None]], names: list[tuple[DataPath, str | None]]
) -> Iterator[Problem]:
    """A removed code stays removed: no entry may reuse its code or its name, and each is removed once."""
    removed = data.get("removed")
    if not isinstance(removed, list):
        return
    tombstones = [(("removed", index), item) for index, item in enumerate(removed) if isinstance(item, dict)]
    dead_codes: list[tuple[DataPath, object]] = [((*path, "code"), parts.field(item, path, "code", int)) for path, item in tombstones]
    yield from _first_seen_problems(document, dead_codes, "removed code")
    by_code = {code: path for path, code in dead_codes if code is not None}
    by_name = {name: (*path, "name") for path, item in tombstones if (name := parts.field(item, path, "name", str)) is not None}
    for code_path, code in codes:
        if code in by_code:
            line, _ = document.place(by_code[code])
            yield document.problem(code_path, f"{describe_path(code_path)}: {code} was removed (tombstone at line {line}); expected a new code, or delete the tombstone to bring the code back")
    for name_path, name in names:
        if name in by_name:
            line, _ = document.place(by_name[name])
            yield document.problem(name_path, f"{describe_path(name_path)}: {name!r} is the name of a removed code (tombstone at line {line}); expected a new name")


def _unnumbered_items(data: dict[str, Any], field: str) -> list[tuple[DataPath, dict[str, Any]]]:
    items = data.get(field)
    if not isinstance(items, list):
        return []
    return [((field, index), item) for index, item in enumerate(items) if isinstance(item, dict)]


def _unnumbered_problems(document: SourceDocument, parts: _Parts, data: dict[str, Any]) -> Iterator[Problem]:
    """String codes and failures under the success code: no decimal code, no message or name twice, a retry action that needs no wait time."""
    string_codes = _unnumbered_items(data, "string_codes")
    failures = _unnumbered_items(data, "failures_under_success")
    for path, item in string_codes:
        code = parts.field(item, path, "code", str)
        if code is not None and code.isascii() and code.isdigit():
            yield document.problem((*path, "code"), f"{describe_path((*path, 'code'))}: {code!r} is a decimal number; expected a code that is not a number (a numeric code is an entry of errors)")
    yield from _first_seen_problems(document, [((*path, "code"), parts.field(item, path, "code", str)) for path, item in string_codes], "string code")
    # Messages compare as the bindings match them: case of ASCII letters, white space runs and trailing full stops aside.
    keyed = [((*path, "message"), parts.field(item, path, "message", str)) for path, item in failures]
    yield from _first_seen_problems(document, [(path, None if message is None else message_key(message)) for path, message in keyed], "message (compared as matched)")
    for items in (string_codes, failures):
        names = [((*path, "name"), parts.field(item, path, "name", str)) for path, item in items]
        yield from _first_seen_problems(document, names, "name")
        for (name_path, name), (path, item) in zip(names, items, strict=True):
            yield from _identifier_problems(document, parts, name_path, name)
            if parts.field(item, path, "retry", str) == "wait":
                yield document.problem((*path, "retry"), f"{describe_path((*path, 'retry'))}: 'wait' needs a time to wait, which only an entry can give; expected another retry action")


def replacement_problems(documents: Iterable[SourceDocument], known: set[tuple[str, int]]) -> list[Problem]:
    """Every ``replaced_by`` (of a deprecated entry or a tombstone) that names no entry of the catalogue ``known`` as (domain, code)."""
    problems = []
    for document in documents:
        data = document.data if isinstance(document.data, dict) else {}
        places: list[tuple[DataPath, Any]] = [
            (("removed", index, "replaced_by"), item.get("replaced_by")) for index, item in enumerate(data.get("removed") or []) if isinstance(item, dict)
        ]
        places += [
            ((*path, "deprecated", "replaced_by"), entry["deprecated"].get("replaced_by")) for path, entry in _entries(data) if isinstance(entry.get("deprecated"), dict)
        ]
        for path, target in places:
            if not isinstance(target, str) or ":" not in target:
                continue
            domain, _, code = target.partition(":")
            if (domain, int(code)) not in known:
                hint = did_you_mean(target, [f"{d}:{c}" for d, c in sorted(known) if d == domain])
                problems.append(document.problem(path, f"{describe_path(path)}: {target!r} is no entry of the catalogue{hint}; expected DOMAIN:CODE of an existing entry"))
    return problems


def rule_problems(document: SourceDocument, broken: Iterable[DataPath] = ()) -> list[Problem]:
    """Every rule of one file that the schema cannot express.

    The rules run on every part of the file that is well-formed, so they are
    reported together with the schema's problems (``broken``: the paths of
    those): a duplicate code is found even when another entry has a
    misspelt field. Refused characters are reported in every text field.
    """
    data = document.data
    if not isinstance(data, dict):
        return []
    parts = _Parts(document, broken)
    problems, domain, entries, codes, success = _file_problems(document, parts, data)
    for (code_path, code), (path, entry) in zip(codes, entries):
        if code is not None and code in success:
            problems.append(document.problem(code_path, f"{describe_path(code_path)}: {code} is listed in success_codes; a code cannot mean success and failure"))
        problems.extend(_entry_problems(document, parts, path, entry, domain))
    return problems


def rules_hold(document: SourceDocument) -> bool:
    """True when ``rule_problems(document)`` finds nothing, for a file the schema accepts and nothing was reported of.

    The rules of the file as a whole run as ``rule_problems`` runs them; each entry's are tested without
    building paths or problems, the work of most of a large file. False sends the file to ``rule_problems``,
    which says what is wrong and where: this answers only whether there is anything to say.
    """
    data = document.data
    if not isinstance(data, dict):
        return True
    parts = _Parts(document, ())
    if parts.spoilt:
        return not rule_problems(document)
    problems, domain, entries, codes, success = _file_problems(document, parts, data)
    if problems or any(code in success for _, code in codes if code is not None):
        return False
    reserved = parts.reserved
    tables = DOMAIN_TABLES.get(domain or "")
    try:
        return all(_entry_holds(entry, domain, tables, reserved) for _, entry in entries)
    except (TypeError, AttributeError, ValueError):  # data the schema would not have accepted: the full rules say why
        return False


def _text(data: dict[str, Any], name: str) -> str | None:
    """``data[name]`` when it is text (``_Parts.field`` of a file that spoils nothing)."""
    value = data.get(name)
    return value if isinstance(value, str) else None


def _name_holds(name: str | None, reserved: frozenset[str]) -> bool:
    return name is None or (IDENTIFIER_PATTERN.fullmatch(name) is not None and name not in reserved)


def _retry_holds(data: dict[str, Any]) -> bool:
    """``_retry_problems`` finds nothing in the retry advice of an entry or variant."""
    if "retry" not in data:
        return True
    action = data["retry"]
    has_wait = data.get("retry_after_ms") is not None or data.get("retry_after_header") is not None
    if (action == "wait") != has_wait:
        return False
    attempts, then = data.get("retry_max_attempts"), data.get("retry_then")
    if (attempts is None) != (then is None):
        return False
    return attempts is None or RetryAdvice(action).retryable


def _entry_holds(entry: dict[str, Any], domain: str | None, tables: dict[str, str] | None, reserved: frozenset[str]) -> bool:
    """``_entry_problems`` finds nothing in ``entry``."""
    if not _name_holds(_text(entry, "name"), reserved):
        return False
    if (domain == "margin") != ("scope" in entry) and domain is not None:
        return False
    if not _retry_holds(entry):
        return False
    variants = entry.get("variants")
    variants = [variant for variant in variants if isinstance(variant, dict)] if isinstance(variants, list) else []
    ids = [variant_id for variant in variants if (variant_id := _text(variant, "id")) is not None]
    if len(set(ids)) != len(ids):
        return False
    rows = []
    for variant in variants:
        message = _text(variant, "message")
        if message is not None and not any(name in variant and not isinstance(variant[name], str) for name in ("key", "detail")):
            rows.append(documented_text(variant.get("key"), message, variant.get("detail"), variant.get("detail_separator")))
    if len(set(rows)) != len(rows):
        return False
    return all(_variant_holds(variant, domain, tables, reserved) for variant in variants)


def _variant_holds(variant: dict[str, Any], domain: str | None, tables: dict[str, str] | None, reserved: frozenset[str]) -> bool:
    """``_variant_problems`` finds nothing in ``variant``."""
    if not _name_holds(_text(variant, "id"), reserved) or not _layout_holds(variant, domain, tables):
        return False
    message = _text(variant, "message")
    placeholders = variant.get("placeholders", [])
    if isinstance(placeholders, list):
        if message is not None:
            recorded = [placeholder.get("token") for placeholder in placeholders if isinstance(placeholder, dict)]
            if find_placeholder_tokens(message) != recorded:
                return False
            if len(recorded) > 1 and not _touching_holds(message, placeholders):
                return False
        names = [name for placeholder in placeholders if isinstance(placeholder, dict) and (name := _text(placeholder, "name")) is not None]
        if len(set(names)) != len(names):
            return False
    if "category" in variant and "retry" not in variant:
        return False
    return _retry_holds(variant)


def _layout_holds(variant: dict[str, Any], domain: str | None, tables: dict[str, str] | None) -> bool:
    """``_layout_problems`` finds nothing in ``variant``."""
    table = _text(variant, "table")
    if tables is not None and ("table" not in variant or (table is not None and table not in tables)):
        return False
    if tables is None and table is not None and domain is not None:
        return False
    if "detail_separator" in variant and "detail" not in variant:
        return False
    aliases = variant.get("aliases")
    aliases = aliases if isinstance(aliases, list) else None
    if aliases:
        own = {text for name in ("message", "key") if isinstance(text := variant.get(name), str)}
        if any(isinstance(alias, str) and alias in own for alias in aliases):
            return False
    pages = variant.get("pages")
    if isinstance(pages, list) and pages:
        if "undocumented" in variant:
            return False
        count = len(aliases) if aliases is not None else 0
        for item in pages:
            fields = item.split(":") if isinstance(item, str) else []
            if len(fields) == 3 and fields[2].isdigit() and int(fields[2]) > count:
                return False
    return True


def _touching_holds(message: str, placeholders: list[Any]) -> bool:
    """``_touching_problems`` finds nothing: every two placeholders with nothing between them are a pair that can be told apart."""
    return next(_touching_pairs(message, placeholders), None) is None


def _file_problems(
    document: SourceDocument, parts: _Parts, data: dict[str, Any]
) -> tuple[list[Problem], str | None, list[tuple[DataPath, dict[str, Any]]], list[tuple[DataPath, int | None]], set[int]]:
    """The problems of the file as a whole (all but each entry's own), with its domain, entries, their codes and the success codes."""
    problems = list(_all_text_problems(document, data))
    domain = parts.field(data, (), "domain", str)
    if domain is not None and domain != document.path.stem:
        problems.append(document.problem(("domain",), f"domain {domain!r} is in {document.path.name}; expected it in {domain}.yaml"))
    if domain is not None and parts.field(data, (), "fallback", str) == domain:
        problems.append(document.problem(("fallback",), f"fallback: {domain} cannot fall back on itself; expected the layer its responses come through (gateway)"))
    entries = _entries(data)
    codes = [((*path, "code"), parts.field(entry, path, "code", int)) for path, entry in entries]
    names = [((*path, "name"), parts.field(entry, path, "name", str)) for path, entry in entries]
    problems.extend(_first_seen_problems(document, list(codes), "code"))
    problems.extend(_first_seen_problems(document, list(names), "name"))
    problems.extend(_case_collision_problems(document, names))
    success_codes = parts.field(data, (), "success_codes", list)
    success = {code for code in success_codes or () if isinstance(code, int)}
    problems.extend(_tombstone_problems(document, parts, data, codes, names))
    # A row of a page is one message: the same PAGE:ROW twice names two messages for one row (the wording aside).
    page_rows: list[tuple[DataPath, object]] = [
        ((*variant_path, "pages", index), item.rsplit(":", 1)[0] if item.count(":") == 2 else item)
        for path, entry in entries
        for variant_path, variant in _variants(path, entry)
        for index, item in enumerate(parts.field(variant, variant_path, "pages", list) or ())
        if isinstance(item, str)
    ]
    problems.extend(_first_seen_problems(document, page_rows, "page row"))
    problems.extend(_unnumbered_problems(document, parts, data))
    return problems, domain, entries, codes, success
