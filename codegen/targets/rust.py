"""The Rust target: a dependency-free crate, ``rust/`` (Cargo.toml, src/).

The templates write the declarations and data (``src/data.rs``: the taxonomy,
one enum per domain, every code's entry as ``'static`` data, the wire
constants) and the crate root; ``runtime/rust/`` holds the static runtime
(``model``, ``json``, ``matching``, ``runtime``), copied verbatim behind the banner.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from codegen import wire
from codegen.escaping import line_comment, markdown_text
from codegen.matching import KIND_PATTERNS, TOUCHING_KIND_PATTERNS, normalise
from codegen.model import Catalog, DomainCatalog, ErrorEntry, MessageVariant, RetryAdvice
from codegen.naming import enum_class_name, pascal_case
from codegen.placeholders import PLACEHOLDER_PATTERN
from codegen.resources import RUNTIME_DIR, TEMPLATES_DIR
from codegen.target import Context, Language, Output, Target, register, run_dumper

CRATE = "rust"
RUNTIME_MODULES = ("macros", "model", "json", "matching", "runtime")
_HERE = Path(__file__).resolve().parent
_SHORT_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}

#: The Rust type of each wire constant whose value alone would type it too loosely.
_WIRE_TYPES = {
    "MAX_CODE": "u32",
    "MESSAGE_LIMIT": "usize",
    "TEMPLATE_MATCH_LIMIT": "usize",
    "MAX_JSON_DEPTH": "usize",
    "FALLBACK_RETRY_DELAY_MS": "u64",
}


def rust_string(text: str) -> str:
    """A Rust string literal equal to ``text``, on one line: unprintable characters as ``\\u{...}`` escapes."""
    if text.isprintable():  # no line break or control character: only the backslash and the quote need escaping
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    out = ['"']
    for char in text:
        if char in _SHORT_ESCAPES:
            out.append(_SHORT_ESCAPES[char])
        elif char.isprintable():
            out.append(char)
        else:
            out.append(f"\\u{{{ord(char):x}}}")
    out.append('"')
    return "".join(out)


def rust_doc(text: str) -> str:
    """``text`` as inline Markdown on one ``///`` line: rustdoc reads no code block, link or HTML into it."""
    return line_comment(markdown_text(" ".join(text.splitlines())))


def rust_option(text: str | None) -> str:
    """``Some("...")`` or ``None``."""
    return "None" if text is None else f"Some({rust_string(text)})"


def rust_enum_option(name: str | None, enum: str) -> str:
    """``Some(Enum::Variant)`` for a taxonomy name (``rate_limited``), or ``None``."""
    return "None" if name is None else f"Some({enum}::{pascal_case(name)})"


def rust_domain_option(domain: str | None) -> str:
    """``Some(Self::Domain)`` or ``None``, inside ``impl Domain``."""
    return "None" if domain is None else f"Some(Self::{pascal_case(domain)})"


def rust_slice(numbers: tuple[int, ...]) -> str:
    """``&[1, 2]``."""
    return "&[" + ", ".join(map(str, numbers)) + "]"


def removed_table_name(domain: str) -> str:
    """The static table of a domain's tombstones: ``spot`` -> ``SPOT_REMOVED``."""
    return f"{domain.upper()}_REMOVED"


def rust_removed_reference(domain: DomainCatalog) -> str:
    """``&SPOT_REMOVED`` for a domain with tombstones, else ``&[]``."""
    return f"&{removed_table_name(domain.domain)}" if domain.removed else "&[]"


def rust_unnumbered_reference(domain: DomainCatalog, field: str) -> str:
    """``&SPOT_STRING_CODES`` for a domain whose ``string_codes`` (or ``failures_under_success``) has items, else ``&[]``."""
    return f"&{domain.domain.upper()}_{field.upper()}" if getattr(domain, field) else "&[]"


def rust_reference(name: str) -> str:
    """``&NAME``."""
    return f"&{name}"


def _rust_type(name: str, value: object) -> str:
    if name in _WIRE_TYPES:
        return _WIRE_TYPES[name]
    if isinstance(value, str):
        return "&str"
    if isinstance(value, bool) or not isinstance(value, (int, tuple, dict)):
        raise TypeError(f"no Rust type for {name} = {value!r}")
    if isinstance(value, int):
        return "i64"
    if isinstance(value, tuple):
        return "&[&str]"
    key, item = next(iter(value.items()))
    return f"&[({'u32' if isinstance(key, int) else '&str'}, {'u32' if isinstance(item, int) else '&str'})]"


def rust_literal(value: object) -> str:
    """A Rust constant expression equal to ``value`` (str, int, tuple of str, dict as a slice of pairs)."""
    if isinstance(value, str):
        return rust_string(value)
    if isinstance(value, bool) or not isinstance(value, (int, tuple, dict)):
        raise TypeError(f"no Rust literal for {value!r}")
    if isinstance(value, int):
        return f"{value:_}"
    if isinstance(value, tuple):
        return "&[" + ", ".join(rust_literal(item) for item in value) + "]"
    return "&[" + ", ".join(f"({rust_literal(key)}, {rust_literal(item)})" for key, item in value.items()) + "]"


def wire_constants() -> list[tuple[str, str, str]]:
    """(name, Rust type, expression) of every constant of ``codegen.wire``, in its order."""
    names = [name for name in vars(wire) if name.isupper()]
    return [(name, _rust_type(name, getattr(wire, name)), rust_literal(getattr(wire, name))) for name in names]


def template_parts(variant: MessageVariant) -> list[str]:
    """The variant's normalised message as Rust ``TemplatePart`` expressions; empty without placeholders.

    The same split as ``codegen.matching.message_pattern``: literal text, then each placeholder's kind
    (with the kind before it when the two touch, as ``TOUCHING_KIND_PATTERNS`` shapes it).
    """
    if not variant.placeholders:
        return []
    message = normalise(variant.message)
    parts: list[str] = []
    position = 0
    before: str | None = None
    for match, placeholder in zip(PLACEHOLDER_PATTERN.finditer(message), variant.placeholders, strict=True):
        literal = message[position : match.start()]
        kind = placeholder.value_kind
        if literal:
            parts.append(f"TemplatePart::Literal({rust_string(literal)})")
        if before is not None and not literal:
            if (before, kind) not in TOUCHING_KIND_PATTERNS:
                raise ValueError(f"no pattern for a {kind} placeholder right after a {before} one in {variant.message!r}")
            parts.append(f"TemplatePart::After(PlaceholderKind::{pascal_case(before)}, PlaceholderKind::{pascal_case(kind)})")
        else:
            parts.append(f"TemplatePart::Value(PlaceholderKind::{pascal_case(kind)})")
        before = kind
        position = match.end()
    if message[position:]:
        parts.append(f"TemplatePart::Literal({rust_string(message[position:])})")
    return parts


def _struct(name: str, fields: list[str], base: str) -> str:
    """``Name { field, ..., ..BASE }``: ``fields`` are the ones that are set; ``base``, a constant of ``data.rs`` with
    every field unset, gives the rest (``data.rs`` allows clippy's needless_update for a literal that sets them all)."""
    return f"{name} {{ {', '.join(fields)}, ..{base} }}"


def rust_retry_advice(advice: RetryAdvice) -> str:
    """The ``RetryAdvice { ... }`` literal of ``advice``: its action and the fields that are set, the rest from ``ADVICE``."""
    fields = [f"action: RetryAction::{pascal_case(advice.action)}"]
    if advice.after_ms is not None:
        fields.append(f"after_ms: Some({advice.after_ms})")
    if advice.after_header is not None:
        fields.append(f"after_header: Some({rust_string(advice.after_header)})")
    if advice.max_attempts is not None:
        fields.append(f"max_attempts: Some({advice.max_attempts})")
    if advice.then is not None:
        fields.append(f"then: Some(RetryAction::{pascal_case(advice.then)})")
    return _struct("RetryAdvice", fields, "ADVICE")


def _rust_list(texts: tuple[str, ...]) -> str:
    return ", ".join(map(rust_string, texts))


def _set_texts(*fields: tuple[str, str | None]) -> list[str]:
    """``name: Some("...")`` of each (name, text) whose text is set, in order."""
    return [f"{name}: Some({rust_string(text)})" for name, text in fields if text is not None]


def rust_variant_literal(variant: MessageVariant) -> str:
    """The ``MessageVariant { ... }`` literal of ``variant`` on one line (its id, message and the fields that are set,
    the rest from ``VARIANT``), indented for its place in an entry's ``variants``."""
    fields = [f"id: {rust_string(variant.id)}", f"message: {rust_string(variant.message)}"]
    if variant.key is not None:
        fields.append(f"key: Some({rust_string(variant.key)})")
    if variant.detail is not None:
        fields.append(f"detail: Some({rust_string(variant.detail)})")
    if variant.placeholders:
        placeholders = ", ".join(
            f"Placeholder {{ token: {rust_string(placeholder.token)}, name: {rust_string(placeholder.name)}, "
            f"kind: {rust_enum_option(placeholder.kind, 'PlaceholderKind')} }}"
            for placeholder in variant.placeholders
        )
        fields.append(f"placeholders: &[{placeholders}]")
    if variant.category is not None:
        fields.append(f"category: Some(Category::{pascal_case(variant.category)})")
    if variant.retry is not None:
        fields.append(f"retry: Some({rust_retry_advice(variant.retry)})")
    fields += _set_texts(("note", variant.note), ("review", variant.review), ("detail_separator", variant.detail_separator))
    if variant.aliases:
        fields.append(f"aliases: &[{_rust_list(variant.aliases)}]")
    fields += _set_texts(("table", variant.table), ("undocumented", variant.undocumented))
    if variant.pages:
        fields.append(f"pages: &[{_rust_list(variant.pages)}]")
    template = template_parts(variant)
    if template:
        fields.append(f"template: &[{', '.join(template)}]")
    return f"            {_struct('MessageVariant', fields, 'VARIANT')},\n"


def rust_entry_literal(entry: ErrorEntry, domain: str) -> str:
    """The ``ErrorInfo { ... }`` literal of ``entry`` of ``domain``, a field a line (those that are set, the rest from
    ``ENTRY``) and a variant a line, indented for its place in a domain's table.

    A filter that writes one entry's data in one call: Jinja writing each field in turn costs several times
    the work at tens of thousands of entries.
    """
    lines = [
        "    ErrorInfo {\n"
        f"        domain: Domain::{pascal_case(domain)},\n"
        f"        code: {entry.code},\n"
        f"        name: {rust_string(entry.name)},\n"
        f"        category: Category::{pascal_case(entry.category)},\n"
        f"        retry: {rust_retry_advice(entry.retry)},\n"
        "        variants: &[\n"
        f"{''.join(map(rust_variant_literal, entry.variants))}"
        "        ],\n"
    ]
    fields = [] if entry.scope is None else [f"scope: Some(MarginScope::{pascal_case(entry.scope)})"]
    fields += [] if entry.http_status is None else [f"http_status: Some({entry.http_status})"]
    deprecated = entry.deprecated
    fields += _set_texts(
        ("note", entry.note),
        ("review", entry.review),
        ("deprecated", None if deprecated is None else deprecated.reason),
        ("replaced_by", None if deprecated is None else deprecated.replaced_by),
        ("undocumented", entry.undocumented),
    )
    lines += [f"        {field},\n" for field in fields]
    lines.append("        ..ENTRY\n")
    lines.append("    },")
    return "".join(lines)


def crate_example(catalog: Catalog) -> dict[str, Any]:
    """What the crate's documented example shows: spot 200004 when the catalogue has it, else the first code it has."""
    domain = next((d for d in catalog.domains if d.domain == "spot"), catalog.domains[0])
    entry = next((e for e in domain.errors if e.code == 200_004), domain.errors[0])
    body = json.dumps({"code": str(entry.code), "msg": entry.variants[0].message}, ensure_ascii=False)
    return {"domain": pascal_case(domain.domain), "enum": enum_class_name(domain.domain), "code": entry.code, "name": entry.name, "body": body}


def rust_context(context: Context) -> dict[str, Any]:
    """The wire constants, the placeholder kinds and the crate's documented example."""
    return {
        "wire_constants": wire_constants(),
        "placeholder_kinds": tuple(KIND_PATTERNS),
        "example": crate_example(context["catalog"]),
        "runtime_modules": RUNTIME_MODULES,
    }


def _cargo() -> str:
    import shutil  # the round-trip tests' tools: a generate does not pay for the import

    found = shutil.which("cargo")
    if found is None:
        raise RuntimeError("cargo not found: install Rust (rustc and cargo) to build the generated crate")
    return found


def build_rust_program(crate: Path, program: Path, scratch: Path) -> Path:
    """Copy ``crate`` into ``scratch`` and build ``program`` (one .rs file using it) offline; returns the executable."""
    import shutil  # the round-trip tests' tools: a generate does not pay for the import
    import subprocess

    scratch.mkdir(parents=True, exist_ok=True)
    copy = scratch / "kucoin-errors"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(crate, copy)
    runner = scratch / "program"
    (runner / "src").mkdir(parents=True, exist_ok=True)
    (runner / "Cargo.toml").write_text(
        '[package]\nname = "program"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n'
        f'[dependencies]\nkucoin-errors = {{ path = {json.dumps(str(copy))} }}\n\n[workspace]\n',
        encoding="utf-8",
    )
    shutil.copyfile(program, runner / "src" / "main.rs")
    target_dir = scratch / "target"
    environment = {**os.environ, "CARGO_TARGET_DIR": str(target_dir)}
    result = subprocess.run([_cargo(), "build", "--offline", "--quiet", "--manifest-path", str(runner / "Cargo.toml")],
                            capture_output=True, text=True, check=False, env=environment)
    if result.returncode != 0:
        raise RuntimeError(f"the Rust program {program.name} did not build: {result.stderr}")
    return target_dir / "debug" / "program"


def dump_rust(out_dir: Path, scratch: Path) -> dict[str, Any]:
    """Build the generated crate with a dumper program and dump it as catalogue data."""
    executable = build_rust_program(out_dir / CRATE, _HERE / "rust_dump.rs", scratch)
    return run_dumper([executable], "the generated Rust crate did not dump")


RUST = register(
    Target(
        name="rust",
        template_dir=TEMPLATES_DIR / "rust",
        runtime_dir=RUNTIME_DIR / "rust",
        outputs=(
            Output("Cargo.toml.j2", f"{CRATE}/Cargo.toml"),
            Output("lib.rs.j2", f"{CRATE}/src/lib.rs"),
            Output("data.rs.j2", f"{CRATE}/src/data.rs"),
            *(Output(f"{module}.rs.j2", f"{CRATE}/src/{module}.rs") for module in RUNTIME_MODULES),
        ),
        filters={
            "rust_string": rust_string, "rust_doc": rust_doc, "rust_option": rust_option, "rust_domain_option": rust_domain_option, "rust_slice": rust_slice,
            "rust_reference": rust_reference, "removed_table_name": removed_table_name,
            "rust_removed_reference": rust_removed_reference, "rust_unnumbered_reference": rust_unnumbered_reference,
            "rust_retry_advice": rust_retry_advice, "rust_entry_literal": rust_entry_literal,
        },
        context=rust_context,
        language=Language("rust", _HERE / "reserved" / "rust.txt"),
        round_trip=dump_rust,
    )
)
