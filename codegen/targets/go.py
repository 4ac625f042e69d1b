"""The Go target: a dependency-free module, ``go/`` (``go.mod`` and package ``kucoinerrors``).

The template writes the declarations and data (``data.go``); ``runtime/go/``
holds the static runtime (the model, the JSON reader, the classification),
each file copied verbatim behind the banner.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from codegen import wire
from codegen.escaping import go_string, line_comment
from codegen.matching import KIND_PATTERNS, entry_patterns
from codegen.model import Catalog, ErrorEntry, MessageVariant, RetryAdvice
from codegen.naming import camel_case, pascal_case
from codegen.resources import RUNTIME_DIR, TEMPLATES_DIR
from codegen.target import Context, Language, Output, Target, register, run_dumper

MODULE_DIR = "go"
#: The module path of the generated module, as ``go.mod`` declares it.
MODULE_PATH = "kucoinerrors"
RUNTIME_FILES = ("model.go", "jsontext.go", "runtime.go")
_HERE = Path(__file__).resolve().parent


def go_identifier(name: str) -> str:
    """``BALANCE_INSUFFICIENT`` -> ``BalanceInsufficient``; a part starting with a digit keeps its underscore (``ORDER_1`` -> ``Order_1``).

    Keeping that underscore makes the mapping one-to-one: ``ORDER_1`` and ``ORDER1`` stay apart.
    """
    parts = name.split("_")
    out = pascal_case(parts[0])
    for part in parts[1:]:
        out += "_" + part.lower() if part[:1].isdigit() else pascal_case(part)
    return out


def go_constant(name: str, domain: str) -> str:
    """The exported constant of the code ``name`` of ``domain``: ``SpotBalanceInsufficient``."""
    return pascal_case(domain) + go_identifier(name)


def go_type(domain: str) -> str:
    """The named integer type of a domain's codes: ``spot`` -> ``SpotErrorCode``."""
    return pascal_case(domain) + "ErrorCode"


def go_doc_text(text: str) -> str:
    r"""``text`` for a paragraph of a Go doc comment, which gofmt leaves as it is.

    gofmt rewrites a pair of backquotes or of single quotes in a doc comment's text as a curly quote, so the
    second of each pair is written as an escape (``\x60``, ``\x27``), as ``line_comment`` writes line breaks.
    """
    text = line_comment(text).strip()
    return re.sub("''", lambda _: "'\\x27", re.sub("``", lambda _: "`\\x60", text))


def go_pattern(pattern: str) -> str:
    r"""A template expression (Python ``re`` syntax, matched ignoring ASCII case) for Go's regexp, matched against ASCII-folded text.

    ASCII letters are lowered (the runtime folds the message's ASCII letters before matching, so no
    Unicode case folding happens: the Kelvin sign is not a k) and ``\uXXXX`` becomes ``\x{XXXX}``.
    """
    # The split puts the escapes at odd places: the text between them has its ASCII capitals lowered (by str.lower when
    # it is ASCII, which lowers nothing else), each escape is kept whole, and a \u escape is rewritten.
    pieces = _GO_ESCAPE.split(pattern)
    pieces[::2] = [piece.lower() if piece.isascii() else piece.translate(_ASCII_LOWER) for piece in pieces[::2]]
    if "\\u" in pattern:
        pieces[1::2] = ["\\x{" + piece[2:] + "}" if piece.startswith("\\u") else piece for piece in pieces[1::2]]
    return "".join(pieces)


#: An escape of a pattern as go_pattern reads it: a ``\u`` and the (up to) four characters after it, or any other
#: escape (kept whole, so that ``\D`` stays upper case).
_GO_ESCAPE = re.compile(r"(\\u.{0,4}|\\.)", re.DOTALL)
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def go_literal(value: object) -> str:
    """A Go expression equal to ``value`` (str, int, tuple of str, dict of int or str to str)."""
    if isinstance(value, str):
        return go_string(value)
    if isinstance(value, bool) or not isinstance(value, (int, tuple, dict)):
        raise TypeError(f"no Go literal for {value!r}")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, tuple):
        return "[]string{" + ", ".join(go_literal(item) for item in value) + "}"
    key_type = "int" if all(isinstance(key, int) for key in value) else "string"
    return f"map[{key_type}]string{{" + ", ".join(f"{go_literal(key)}: {go_literal(item)}" for key, item in value.items()) + "}"


def go_optional(value: str | int | None, field: str) -> str:
    """``, Field: value`` of a struct literal, when the value is present; else nothing.

    A filter, ``{{ entry.note | go_optional("Note") }}``: it runs for every optional field of every entry,
    where a Jinja macro, or a function called through the context, costs several times the work it does.
    """
    if value is None:
        return ""
    return f", {field}: {go_string(value) if isinstance(value, str) else value}"


def go_retry_advice(advice: RetryAdvice) -> str:
    """The ``RetryAdvice{...}`` literal of ``advice``: the action, then each other field that is set, as the model holds it."""
    return (f"RetryAdvice{{Action: {go_string(advice.action)}{go_optional(advice.after_ms, 'AfterMs')}{go_optional(advice.after_header, 'AfterHeader')}"
            f"{go_optional(advice.max_attempts, 'MaxAttempts')}{go_optional(advice.then, 'Then')}}}")


def go_variant_literal(variant: MessageVariant) -> str:
    """The ``MessageVariant`` literal of ``variant`` (``{ID: ..., Message: ...}``): its set fields in declaration order."""
    parts = [f"{{ID: {go_string(variant.id)}, Message: {go_string(variant.message)}",
             go_optional(variant.key, "Key"), go_optional(variant.detail, "Detail"), go_optional(variant.detail_separator, "DetailSeparator")]
    if variant.aliases:
        parts.append(f", Aliases: []string{{{', '.join(map(go_string, variant.aliases))}}}")
    parts.append(go_optional(variant.table, "Table"))
    if variant.placeholders:
        placeholders = ", ".join(
            f"{{Token: {go_string(placeholder.token)}, Name: {go_string(placeholder.name)}{go_optional(placeholder.kind, 'Kind')}}}"
            for placeholder in variant.placeholders
        )
        parts.append(f", Placeholders: []Placeholder{{{placeholders}}}")
    parts.append(go_optional(variant.category, "Category"))
    if variant.retry is not None:
        parts.append(f", Retry: &{go_retry_advice(variant.retry)}")
    parts += [go_optional(variant.note, "Note"), go_optional(variant.review, "Review"), go_optional(variant.undocumented, "Undocumented")]
    if variant.pages:
        parts.append(f", Pages: []string{{{', '.join(map(go_string, variant.pages))}}}")
    parts.append("}")
    return "".join(parts)


def go_entry_literal(entry: ErrorEntry, domain: str) -> str:
    """The ``ErrorInfo`` literal of ``entry`` of ``domain`` in a domain's table: one line, then a line per variant, then the closing line.

    A filter that writes one entry's data in one call: Jinja writing each field in turn costs several times
    the work at tens of thousands of entries. The lines are indented for their place in ``domainTables``.
    """
    parts = [
        f"\t\t{{Domain: {go_string(domain)}, Code: {entry.code}, Name: {go_string(entry.name)}, Category: {go_string(entry.category)}, "
        f"Retry: {go_retry_advice(entry.retry)}",
        go_optional(entry.scope, "Scope"), go_optional(entry.http_status, "HTTPStatus"), go_optional(entry.note, "Note"), go_optional(entry.review, "Review"),
    ]
    if entry.deprecated is not None:
        parts += [go_optional(entry.deprecated.reason, "Deprecated"), go_optional(entry.deprecated.replaced_by, "ReplacedBy")]
    parts.append(go_optional(entry.undocumented, "Undocumented"))
    parts.append(", Variants: []MessageVariant{\n")
    for variant in entry.variants:
        parts += ["\t\t\t", go_variant_literal(variant), ",\n"]
    parts.append("\t\t}},")
    return "".join(parts)


def go_template_patterns(catalog: Catalog) -> Iterator[str]:
    """The items of ``templatePatterns``: every variant with placeholders by domain, code and index, with its expression for Go.

    A text per entry that has any, a line an item: the template writes them as they come, so that the table is never held whole.
    """
    for domain in catalog.domains:
        name = go_string(domain.domain)
        for entry in domain.errors:
            patterns = entry_patterns(entry)
            if patterns:
                yield "".join(f"\t{{{name}, {entry.code}, {index}, {go_string(go_pattern(pattern))}}},\n" for index, pattern in patterns)


def go_context(context: Context) -> dict[str, Any]:
    """The wire constants (``const`` or ``var``, camelCase name, expression) and the placeholder kinds."""
    names = [name for name in vars(wire) if name.isupper()]
    constants = []
    for name in names:
        value = getattr(wire, name)
        keyword = "var" if isinstance(value, (tuple, dict)) else "const"
        constants.append((keyword, camel_case(name.lower()), go_literal(value)))
    return {"wire_constants": constants, "placeholder_kinds": tuple(KIND_PATTERNS)}


def go_environment(scratch: Path) -> dict[str, str]:
    """The environment of a ``go`` command that fetches nothing and keeps its build cache across runs."""
    environment = dict(os.environ)
    environment.update({"GOPROXY": "off", "GOFLAGS": "-mod=mod", "GO111MODULE": "on", "GOTOOLCHAIN": "local", "CGO_ENABLED": "0"})
    if "GOCACHE" not in os.environ and not (Path.home() / ".cache").is_dir():
        environment["GOCACHE"] = str(scratch / "gocache")
    return environment


def go_tool() -> str:
    """The ``go`` command; a RuntimeError saying how to install it when it is missing."""
    import shutil  # the round-trip tests' tools: a generate does not pay for the import

    found = shutil.which("go")
    if found is None:
        raise RuntimeError("go not found: install Go 1.19 or later (Debian: apt-get install -y golang-go)")
    return found


def dump_go(out_dir: Path, scratch: Path) -> dict[str, Any]:
    """Build a program against the generated module (``go/``, by a replace directive) and dump the module as catalogue data."""
    import shutil  # the round-trip tests' tools: a generate does not pay for the import

    program = scratch / "go-dump"
    program.mkdir(parents=True, exist_ok=True)
    (program / "go.mod").write_text(
        f"module kucoinerrorsdump\n\ngo 1.19\n\nrequire {MODULE_PATH} v0.0.0\n\nreplace {MODULE_PATH} => {(out_dir / MODULE_DIR).resolve()}\n",
        encoding="utf-8",
    )
    shutil.copyfile(_HERE / "go_dump.go", program / "main.go")
    return run_dumper([go_tool(), "run", "."], "the generated Go module did not build", cwd=program, env=go_environment(scratch))


GO = register(
    Target(
        name="go",
        template_dir=TEMPLATES_DIR / "go",
        runtime_dir=RUNTIME_DIR / "go",
        outputs=(
            Output("go.mod.j2", f"{MODULE_DIR}/go.mod"),
            Output("data.go.j2", f"{MODULE_DIR}/data.go"),
            *(Output(f"{name}.j2", f"{MODULE_DIR}/{name}") for name in RUNTIME_FILES),
        ),
        filters={"go_string": go_string, "go_constant": go_constant, "go_type": go_type,
                 "go_doc_text": go_doc_text, "go_optional": go_optional, "go_entry_literal": go_entry_literal,
                 "go_template_patterns": go_template_patterns},
        context=go_context,
        language=Language("go", _HERE / "reserved" / "go.txt"),
        round_trip=dump_go,
    )
)
