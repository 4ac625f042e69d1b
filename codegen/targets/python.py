"""The Python target: a standard-library-only package, ``python/kucoin_errors/``.

Generated modules hold the data (``_definitions``: taxonomy and wire
constants; ``_types``: the type aliases and protocols, imported on first use; ``_data``: enums, entries, templates, exception classes; the
``__init__`` that re-exports the public names); ``runtime/python/`` holds the
static runtime (``_model``, ``_enums``, ``_runtime``, ``_glue``), copied verbatim behind the banner.
"""

from __future__ import annotations

import sys
import textwrap
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from codegen import wire
from codegen.escaping import python_docstring, python_string
from codegen.matching import KIND_PATTERNS
from codegen.model import DomainCatalog, ErrorEntry, MessageVariant, Placeholder, RetryAdvice, UnnumberedError
from codegen.naming import enum_class_name, exception_class_name
from codegen.resources import RUNTIME_DIR, TEMPLATES_DIR
from codegen.target import Context, Language, Output, Target, register, run_dumper

PACKAGE = "python/kucoin_errors"
_HERE = Path(__file__).resolve().parent

#: The names the package exports besides each domain's enum and each category's exception class.
_RUNTIME_NAMES = (
    "CATALOG_HASH", "CATEGORIES", "Category", "DOMAINS", "Domain", "ERROR_CLASSES", "ERROR_CODES", "ErrorInfo", "FALLBACKS",
    "HeadersInput", "KucoinAPIError", "KucoinErrorCode", "KucoinErrorInfo", "MarginScope", "MatchQuality",
    "MessageVariant", "Placeholder", "PlaceholderKind", "RETRY_ACTIONS", "RemovedCode", "RetryAction", "RetryAdvice",
    "SUCCESS_CODES", "SupportsHeaderItems", "batch_failures", "classify", "is_success", "lookup",
    "parse_response", "parse_ws_message", "raise_for_response", "removed", "retry_after", "UnnumberedError",
    "error_for", "from_ccxt_error", "from_kucoin_exception", "parse_http_response", "raise_for_http_response",
)

#: The names ``__init__`` imports from ``_runtime`` (besides ``lookup``, which it types per domain).
_RUNTIME_IMPORTS = ("DOMAINS", "batch_failures", "classify", "is_success", "parse_response", "parse_ws_message", "raise_for_response", "removed", "retry_after")

#: The annotation of each wire constant where the value alone would type it too loosely.
_WIRE_ANNOTATIONS = {
    "RETRYABLE_ACTIONS": "frozenset[RetryAction]",
    "GATEWAY_CODES": "Mapping[int, str]",
    "DEFAULT_PLACEHOLDER_KINDS": "Mapping[str, PlaceholderKind]",
}


def python_literal(value: object) -> str:
    """A Python expression equal to ``value`` (str, int, tuple of str, dict): read-only containers, one line."""
    if isinstance(value, str):
        return python_string(value)
    if isinstance(value, bool) or not isinstance(value, (int, tuple, dict)):
        raise TypeError(f"no Python literal for {value!r}")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, tuple):
        return "frozenset({" + ", ".join(python_literal(item) for item in value) + "})"
    items = ", ".join(f"{python_literal(key)}: {python_literal(item)}" for key, item in value.items())
    return "MappingProxyType({" + items + "})"


def wire_constants() -> list[tuple[str, str | None, str]]:
    """(name, annotation, expression) of every constant of ``codegen.wire``, in its order."""
    names = [name for name in vars(wire) if name.isupper()]
    return [(name, _WIRE_ANNOTATIONS.get(name), python_literal(getattr(wire, name))) for name in names]


#: The line length the generated modules are laid out for, as ``ruff format`` would lay them out (pyproject.toml).
LINE_LENGTH = 160


def fits_line(line: str) -> bool:
    """Whether ``line`` is at most LINE_LENGTH columns wide, counting wide characters as two, as ruff does."""
    if len(line) > LINE_LENGTH or line.isascii():  # a character is one or two columns wide
        return len(line) <= LINE_LENGTH
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in line) <= LINE_LENGTH


def _indented(text: str, prefix: str) -> str:
    """``textwrap.indent(text, prefix)``, without its per-line machinery for text of one printable line (no line break of any kind)."""
    if text.isprintable():
        return prefix + text if text.strip() else text
    return textwrap.indent(text, prefix)


def tuple_field(head: str, items: Sequence[str], indent: int) -> str:
    """``head(item, ...),`` at ``indent``, laid out as ruff format lays it out: one item on one line when it fits, else an item a line.

    An item is an expression, over one line or several (indented from column 0).
    """
    pad = " " * indent
    if len(items) == 1 and "\n" not in items[0]:
        line = f"{pad}{head}({items[0]},),"
        if fits_line(line):
            return line
    body = "\n".join(_indented(f"{item},", pad + "    ") for item in items)
    return f"{pad}{head}(\n{body}\n{pad}),"


def short_tuple_field(head: str, items: Sequence[str], indent: int) -> str:
    """``head(item, item),`` on one line at ``indent`` when there are several items and they fit (no magic trailing comma), else ``tuple_field``."""
    line = f"{' ' * indent}{head}({', '.join(items)}),"
    return line if len(items) > 1 and "\n" not in line and fits_line(line) else tuple_field(head, items, indent)


def pair_expression(first: str, second: str, indent: int) -> str:
    """The tuple ``(first, second)`` as an item at ``indent``: on one line when it fits, else an element a line."""
    if fits_line(f"{' ' * indent}({first}, {second}),"):
        return f"({first}, {second})"
    return f"(\n    {first},\n    {second},\n)"


def pattern_pair(indexed: tuple[int, str]) -> str:
    """An item of ``TEMPLATE_PATTERNS``: the variant's index and its expression, at the items' indent."""
    index, pattern = indexed
    return pair_expression(str(index), python_string(pattern), 12)


def pattern_pairs(indexed: Iterable[tuple[int, str]]) -> list[str]:
    """``pattern_pair`` of each item: one filter call for an entry's patterns, where ``map`` would look the filter up for each."""
    return [pattern_pair(item) for item in indexed]


def placeholder_calls(placeholders: Iterable[Placeholder]) -> list[str]:
    """``placeholder_call`` of each of a variant's placeholders, in one filter call (see ``pattern_pairs``)."""
    return [placeholder_call(placeholder) for placeholder in placeholders]


def from_import(names: Sequence[str], module: str, indent: int = 0) -> str:
    """``from module import names`` at ``indent``, laid out as ruff lays it out: on one line when it fits, else a name a line."""
    pad = " " * indent
    line = f"{pad}from {module} import {', '.join(names)}"
    if fits_line(line):
        return line
    body = "".join(f"{pad}    {name},\n" for name in names)
    return f"{pad}from {module} import (\n{body}{pad})"


def bracketed_strings(values: Sequence[str], head: str) -> str:
    """``head[...]`` of the strings ``values`` (``Name = Literal[...]``, ``__all__ = [...]``), laid out as ruff format lays it out.

    On one line when it fits, else a value a line.
    """
    quoted = [python_string(value) for value in values]
    line = f"{head}[{', '.join(quoted)}]"
    if fits_line(line):
        return line
    body = "".join(f"    {value},\n" for value in quoted)
    return f"{head}[\n{body}]"


def placeholder_call(placeholder: Placeholder) -> str:
    """The ``Placeholder(...)`` expression of a variant's placeholder."""
    arguments = [python_string(placeholder.token), python_string(placeholder.name)]
    if placeholder.kind is not None:
        arguments.append(python_string(placeholder.kind))
    return f"Placeholder({', '.join(arguments)})"


def _unnumbered_call(domain: str, item: UnnumberedError, indent: int) -> str:
    """``UnnumberedError(...)`` at ``indent``, an argument a line with a trailing comma, as ruff format keeps it."""
    arguments = [python_string(domain), python_string(item.name), python_string(item.category), f"RetryAdvice({python_string(item.retry)})"]
    arguments += [f"{name}={python_string(value)}" for name in ("code", "message", "note", "undocumented") if (value := getattr(item, name)) is not None]
    pad = " " * indent
    return "UnnumberedError(\n" + "".join(f"{pad}    {argument},\n" for argument in arguments) + f"{pad})"


_UNNUMBERED_TABLES = {
    "string_codes": ("STRING_CODES", "Mapping[str, UnnumberedError]", 'the codes that are not numbers ("order_not_exist"), by their exact wire text.'),
    "failures_under_success": (
        "FAILURES_UNDER_SUCCESS", "tuple[UnnumberedError, ...]", 'the messages that make a response under a success code a failure ("Position does not exist").'),
}


def unnumbered_table(domains: Sequence[DomainCatalog], field: str) -> str:
    """``STRING_CODES`` or ``FAILURES_UNDER_SUCCESS``: every domain's string codes or failures under success, as ruff format keeps them."""
    name, kind, doc = _UNNUMBERED_TABLES[field]
    rows = "".join(f"        {python_string(domain.domain)}: {_unnumbered_collection(domain, field)},\n" for domain in domains)
    return f"#: Per domain, {doc}\n{name}: Final[Mapping[Domain, {kind}]] = MappingProxyType(\n    {{\n{rows}    }}\n)"


def _unnumbered_collection(domain: DomainCatalog, field: str) -> str:
    """A domain's ``string_codes`` (a read-only mapping by code) or ``failures_under_success`` (a tuple), as items of a table at indent 8."""
    items: tuple[UnnumberedError, ...] = getattr(domain, field)
    if field == "string_codes":
        if not items:
            return "MappingProxyType({})"
        body = "".join(f"                {python_string(item.code or '')}: {_unnumbered_call(domain.domain, item, 16)},\n" for item in items)
        return "MappingProxyType(\n            {\n" + body + "            }\n        )"
    if not items:
        return "()"
    return "(\n" + "".join(f"            {_unnumbered_call(domain.domain, item, 12)},\n" for item in items) + "        )"


def isort_order(names: Iterable[str]) -> list[str]:
    """``names`` in the order ruff's isort rules and RUF022 keep them: CONSTANTS, then Classes, then the rest."""
    return sorted(names, key=lambda name: (0 if name.isupper() else 1 if name[:1].isupper() else 2, name))


def python_optional(value: str | int | None, field: str, indent: int) -> str:
    """``field=value,`` on a line of its own at ``indent``, when the value is present; else nothing.

    A filter, ``{{ entry.note | python_optional("note", 12) }}``: it runs for every optional field of every
    entry, where a Jinja macro costs several times the work it does.
    """
    if value is None:
        return ""
    return f"{' ' * indent}{field}={python_string(value) if isinstance(value, str) else value},\n"


def python_retry_advice(advice: RetryAdvice) -> str:
    """The ``RetryAdvice(...)`` call of ``advice``: the action, then each other field that is set, by keyword, as the model holds it."""
    text = f"RetryAdvice({python_string(advice.action)}"
    if advice.after_ms is not None:
        text += f", after_ms={advice.after_ms}"
    if advice.after_header is not None:
        text += f", after_header={python_string(advice.after_header)}"
    if advice.max_attempts is not None:
        text += f", max_attempts={advice.max_attempts}"
    if advice.then is not None:
        text += f", then={python_string(advice.then)}"
    return text + ")"


def python_variant_literal(variant: MessageVariant) -> str:
    """The ``MessageVariant(...)`` call of ``variant`` in an entry's ``variants``: a keyword argument a line, the set ones only."""
    pad = " " * 20
    parts = [
        f"                MessageVariant(\n{pad}id={python_string(variant.id)},\n{pad}message={python_string(variant.message)},\n",
        python_optional(variant.key, "key", 20), python_optional(variant.detail, "detail", 20), python_optional(variant.detail_separator, "detail_separator", 20),
    ]
    if variant.aliases:
        parts.append(tuple_field("aliases=", [python_string(alias) for alias in variant.aliases], 20) + "\n")
    if variant.table is not None:
        parts.append(f"{pad}table={python_string(variant.table)},\n")
    if variant.placeholders:
        parts.append(tuple_field("placeholders=", placeholder_calls(variant.placeholders), 20) + "\n")
    if variant.category is not None:
        parts.append(f"{pad}category={python_string(variant.category)},\n")
    if variant.retry is not None:
        parts.append(f"{pad}retry={python_retry_advice(variant.retry)},\n")
    parts += [python_optional(variant.note, "note", 20), python_optional(variant.review, "review", 20), python_optional(variant.undocumented, "undocumented", 20)]
    if variant.pages:
        parts.append(short_tuple_field("pages=", [python_string(page) for page in variant.pages], 20) + "\n")
    parts.append("                ),\n")
    return "".join(parts)


def python_entry_literal(entry: ErrorEntry, domain: str) -> str:
    """``code: ErrorInfo(...),`` of ``entry`` of ``domain`` in a domain's entries, laid out as ruff format keeps it.

    A filter that writes one entry's data in one call: Jinja writing each field in turn costs several times
    the work at tens of thousands of entries.
    """
    pad = " " * 12
    parts = [
        f"        {entry.code}: ErrorInfo(\n{pad}domain={python_string(domain)},\n{pad}code={entry.code},\n{pad}name={python_string(entry.name)},\n"
        f"{pad}category={python_string(entry.category)},\n{pad}retry={python_retry_advice(entry.retry)},\n{pad}variants=(\n",
        *map(python_variant_literal, entry.variants),
        f"{pad}),\n",
        python_optional(entry.scope, "scope", 12), python_optional(entry.http_status, "http_status", 12),
        python_optional(entry.note, "note", 12), python_optional(entry.review, "review", 12),
    ]
    if entry.deprecated is not None:
        parts += [python_optional(entry.deprecated.reason, "deprecated", 12), python_optional(entry.deprecated.replaced_by, "replaced_by", 12)]
    parts += [python_optional(entry.undocumented, "undocumented", 12), "        ),"]
    return "".join(parts)


def python_context(context: Context) -> dict[str, Any]:
    """The wire constants, the taxonomy's type aliases, the package's public names and what ``__init__`` imports, at once or on first access."""
    catalog, taxonomy = context["catalog"], context["taxonomy"]
    data_names = {"ERROR_CLASSES", "FAILURES_UNDER_SUCCESS", "FALLBACKS", "STRING_CODES", "SUCCESS_CODES", *(exception_class_name(t.name) for t in taxonomy.categories)}
    lazy_data_names = {"ERROR_CODES", *(enum_class_name(d.domain) for d in catalog.domains)}
    literal_aliases = [
        ("Domain", [domain.domain for domain in catalog.domains], "The parts of the KuCoin API whose tables a code comes from."),
        ("Category", [term.name for term in taxonomy.categories], "What kind of failure a code is; CATEGORIES defines each."),
        ("RetryAction", [term.name for term in taxonomy.retry_actions], "What a client should do next; RETRY_ACTIONS defines each."),
        ("MarginScope", [term.name for term in taxonomy.scopes], "Which margin tables a margin code belongs to."),
        ("PlaceholderKind", list(KIND_PATTERNS), "The shape of a placeholder's value."),
    ]
    return {
        "wire_constants": wire_constants(),
        "literal_aliases": literal_aliases,
        "public_names": isort_order({*_RUNTIME_NAMES, *data_names, *lazy_data_names}),
        "data_names": isort_order({*data_names, "ENUM_CLASSES"}),
        "lazy_data_names": isort_order(lazy_data_names),
        "runtime_names": _RUNTIME_IMPORTS,
    }


def dump_python(out_dir: Path, scratch: Path) -> dict[str, Any]:
    """Import the generated package with only the standard library on the path, and dump it as catalogue data."""
    return run_dumper([sys.executable, "-I", "-S", _HERE / "python_dump.py", out_dir / "python"], "the generated Python package did not load",
                      env={"PYTHONIOENCODING": "utf-8"})


PYTHON = register(
    Target(
        name="python",
        template_dir=TEMPLATES_DIR / "python",
        runtime_dir=RUNTIME_DIR / "python",
        outputs=tuple(
            Output(f"{module}.j2", f"{PACKAGE}/{module}")
            for module in ("__init__.py", "_definitions.py", "_types.py", "_model.py", "_enums.py", "_data.py", "_runtime.py", "_glue.py", "py.typed")
        ),
        filters={
            "python_string": python_string, "python_docstring": python_docstring, "tuple_field": tuple_field, "pair_expression": pair_expression,
            "python_pattern_pairs": pattern_pairs, "unnumbered_table": unnumbered_table, "from_import": from_import, "bracketed_strings": bracketed_strings,
            "python_entry_literal": python_entry_literal,
        },
        context=python_context,
        language=Language("python", _HERE / "reserved" / "python.txt"),
        round_trip=dump_python,
        module_name="kucoin_errors",
    )
)
