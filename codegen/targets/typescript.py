"""The TypeScript target: one dependency-free module, ``typescript/kucoin-errors.ts``.

The template writes the declarations and data; ``runtime/typescript/runtime.ts``
is appended verbatim but for its source-only import block, which names what
the data part declares so that the runtime can be checked as source.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from codegen import wire
from codegen.escaping import jsdoc, typescript_string
from codegen.matching import KIND_PATTERNS
from codegen.naming import camel_case
from codegen.model import DomainCatalog, ErrorEntry, MessageVariant, Placeholder, RetryAdvice
from codegen.resources import PROJECT_ROOT, RUNTIME_DIR, TEMPLATES_DIR
from codegen.target import Context, Language, Output, Target, register, run_dumper

MODULE = "typescript/kucoin-errors.ts"
SOURCE_ONLY_BEGIN = "// codegen: begin source-only\n"
SOURCE_ONLY_END = "// codegen: end source-only\n"
_HERE = Path(__file__).resolve().parent


def without_source_only(source: str) -> str:
    """``source`` without its block between SOURCE_ONLY_BEGIN and SOURCE_ONLY_END (both lines included)."""
    start = source.find(SOURCE_ONLY_BEGIN)
    end = source.find(SOURCE_ONLY_END)
    if start < 0 or end < start:
        raise ValueError("a TypeScript runtime source needs one source-only block")
    return source[:start] + source[end + len(SOURCE_ONLY_END) :]


def typescript_literal(value: object) -> str:
    """A TypeScript expression equal to ``value`` (str, int, tuple of str, dict), for an ``as const`` object."""
    if isinstance(value, str):
        return typescript_string(value)
    if isinstance(value, bool) or not isinstance(value, (int, tuple, dict)):
        raise TypeError(f"no TypeScript literal for {value!r}")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, tuple):
        return "[" + ", ".join(typescript_literal(item) for item in value) + "]"
    return "{ " + ", ".join(f"{typescript_literal(str(key))}: {typescript_literal(item)}" for key, item in value.items()) + " }"


def entry_json(entry: ErrorEntry, domain: DomainCatalog) -> str:
    """One entry of ``domain`` as a single-quoted TypeScript string of compact JSON: the runtime's ErrorInfo.

    Its domain, then every field of the model with camelCase keys, in the model's order (None and empty optional
    lists left out; ``placeholders`` always written, as the ErrorInfo interface requires), then the deprecation
    flattened to ``deprecated`` (its reason) and ``replacedBy``. The JSON is written from the model directly, as
    ``json.dumps(..., ensure_ascii=False, separators=(",", ":"))`` would write it; the round trip of the module
    back to the catalogue checks that no field is left out.
    """
    parts = ['{"domain":', _json_string(domain.domain), ',"code":', int.__repr__(entry.code), ',"name":', _json_string(entry.name),
             ',"category":', _json_string(entry.category), ',"retry":', _advice_json(entry.retry), ',"variants":[',
             ",".join(map(_variant_json, entry.variants)), "]"]
    if entry.scope is not None:
        parts += ',"scope":', _json_string(entry.scope)
    if entry.http_status is not None:
        parts += ',"httpStatus":', int.__repr__(entry.http_status)
    for key, text in (("note", entry.note), ("review", entry.review), ("undocumented", entry.undocumented)):
        if text is not None:
            parts += f',"{key}":', _json_string(text)
    deprecated = entry.deprecated
    if deprecated is not None:
        parts += ',"deprecated":', _json_string(deprecated.reason)
        if deprecated.replaced_by is not None:
            parts += ',"replacedBy":', _json_string(deprecated.replaced_by)
    parts.append("}")
    return typescript_string("".join(parts), "'")


_json_string = json.encoder.encode_basestring  # json.dumps's own writer of a string (its C function where available)


def _advice_json(advice: RetryAdvice) -> str:
    text = '{"action":' + _json_string(advice.action)
    if advice.after_ms is not None:
        text += ',"afterMs":' + int.__repr__(advice.after_ms)
    if advice.after_header is not None:
        text += ',"afterHeader":' + _json_string(advice.after_header)
    if advice.max_attempts is not None:
        text += ',"maxAttempts":' + int.__repr__(advice.max_attempts)
    if advice.then is not None:
        text += ',"then":' + _json_string(advice.then)
    return text + "}"


def _placeholder_json(placeholder: Placeholder) -> str:
    text = '{"token":' + _json_string(placeholder.token) + ',"name":' + _json_string(placeholder.name)
    return text + "}" if placeholder.kind is None else text + ',"kind":' + _json_string(placeholder.kind) + "}"


def _strings_json(texts: tuple[str, ...]) -> str:
    return "[" + ",".join(map(_json_string, texts)) + "]"


def _variant_json(variant: MessageVariant) -> str:
    parts = ['{"id":', _json_string(variant.id), ',"message":', _json_string(variant.message)]
    if variant.key is not None:
        parts += ',"key":', _json_string(variant.key)
    if variant.detail is not None:
        parts += ',"detail":', _json_string(variant.detail)
    parts += ',"placeholders":[', ",".join(map(_placeholder_json, variant.placeholders)), "]"
    if variant.category is not None:
        parts += ',"category":', _json_string(variant.category)
    if variant.retry is not None:
        parts += ',"retry":', _advice_json(variant.retry)
    for key, text in (("note", variant.note), ("review", variant.review), ("detailSeparator", variant.detail_separator)):
        if text is not None:
            parts += f',"{key}":', _json_string(text)
    if variant.aliases:
        parts += ',"aliases":', _strings_json(variant.aliases)
    for key, text in (("table", variant.table), ("undocumented", variant.undocumented)):
        if text is not None:
            parts += f',"{key}":', _json_string(text)
    if variant.pages:
        parts += ',"pages":', _strings_json(variant.pages)
    parts.append("}")
    return "".join(parts)


def typescript_context(context: Context) -> dict[str, Any]:
    """The wire constants (camelCase keys of ``WIRE``) and the placeholder kinds."""
    names = [name for name in vars(wire) if name.isupper()]
    constants = [(camel_case(name.lower()), typescript_literal(getattr(wire, name))) for name in names]
    return {"wire_constants": constants, "placeholder_kinds": tuple(KIND_PATTERNS)}


def _tool(name: str) -> str:
    import shutil  # the round-trip tests' tools: a generate does not pay for the import

    local = PROJECT_ROOT / "node_modules" / ".bin" / name
    found = str(local) if local.exists() else shutil.which(name)
    if found is None:
        raise RuntimeError(f"{name} not found: run `npm ci` in {PROJECT_ROOT}")
    return found


def dump_typescript(out_dir: Path, scratch: Path) -> dict[str, Any]:
    """Compile the generated module to CommonJS with the project's tsc, load it in Node and dump it as catalogue data."""
    import subprocess  # the round-trip tests' tools: a generate does not pay for the import

    scratch.mkdir(parents=True, exist_ok=True)
    config = scratch / "tsconfig.json"
    config.write_text(json.dumps({
        "compilerOptions": {"strict": True, "target": "es2022", "module": "commonjs", "moduleResolution": "node10", "outDir": str(scratch / "out"), "skipLibCheck": True},
        "files": [str(out_dir / MODULE)],
    }))
    subprocess.run([_tool("tsc"), "-p", str(config)], check=True, capture_output=True)
    return run_dumper(["node", _HERE / "typescript_dump.cjs", scratch / "out" / "kucoin-errors.js"], "the generated TypeScript module did not load")


TYPESCRIPT = register(
    Target(
        name="typescript",
        template_dir=TEMPLATES_DIR / "typescript",
        runtime_dir=RUNTIME_DIR / "typescript",
        outputs=(Output("kucoin-errors.ts.j2", MODULE),),
        filters={"typescript_string": typescript_string, "jsdoc": jsdoc, "without_source_only": without_source_only, "entry_json": entry_json},
        context=typescript_context,
        language=Language("typescript", _HERE / "reserved" / "typescript.txt"),
        round_trip=dump_typescript,
        module_name="kucoin-errors",
    )
)
