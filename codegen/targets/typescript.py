"""The TypeScript target: one dependency-free module, ``typescript/kucoin-errors.ts``.

The template writes the declarations and data; ``runtime/typescript/runtime.ts``
is appended verbatim but for its source-only import block, which names what
the data part declares so that the runtime can be checked as source.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

from codegen import wire
from codegen.escaping import jsdoc, typescript_string
from codegen.matching import KIND_PATTERNS
from codegen.naming import camel_case
from codegen.model import DomainCatalog, ErrorEntry
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


# Fields written even when empty: the ErrorInfo interface requires them.
_ALWAYS_WRITTEN = frozenset({"placeholders"})


#: Per model class: (attribute, camelCase key, written when empty) of each field, in declaration order.
_FIELD_KEYS: dict[type, tuple[tuple[str, str, bool], ...]] = {}


def _field_keys(kind: type) -> tuple[tuple[str, str, bool], ...]:
    keys = _FIELD_KEYS.get(kind)
    if keys is None:
        fields = dataclasses.fields(kind)
        keys = _FIELD_KEYS[kind] = tuple((field.name, camel_case(field.name), field.name in _ALWAYS_WRITTEN) for field in fields)
    return keys


def entry_json(entry: ErrorEntry, domain: DomainCatalog) -> str:
    """One entry of ``domain`` as a single-quoted TypeScript string of compact JSON: the runtime's ErrorInfo.

    Its domain, then every field of the model with camelCase keys (None and empty optional lists left out), then
    the deprecation flattened to ``deprecated`` (its reason) and ``replacedBy``. The JSON is written from the model
    directly, as ``json.dumps(..., ensure_ascii=False, separators=(",", ":"))`` would write it.
    """
    deprecated = entry.deprecated
    text = f'{{"domain":{_json_string(domain.domain)},{_json_members(entry, _MOVED_FIELDS)}'
    if deprecated is not None:
        text += f',"deprecated":{_json_string(deprecated.reason)}'
        if deprecated.replaced_by is not None:
            text += f',"replacedBy":{_json_string(deprecated.replaced_by)}'
    return typescript_string(text + "}", "'")


_json_string = json.encoder.encode_basestring  # json.dumps's own writer of a string (its C function where available)
#: The fields of an entry that ``entry_json`` writes after the others (``deprecated``, flattened), not in place.
_MOVED_FIELDS = frozenset({"deprecated"})


def _json(value: object) -> str:
    """Compact JSON of a value of the model (str, int, tuple, dataclass: an object of its set fields), as ``json.dumps`` writes it compactly."""
    kind = type(value)
    if kind is str:
        return _json_string(value)  # type: ignore[arg-type]
    if kind is int:
        return int.__repr__(value)
    if kind is tuple:
        return "[" + ",".join(map(_json, value)) + "]"  # type: ignore[call-overload]
    if dataclasses.is_dataclass(value):
        return "{" + _json_members(value) + "}"
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _json_members(value: object, left_out: frozenset[str] = frozenset()) -> str:
    """The members of a dataclass's JSON object, without the braces: camelCase keys, None and empty optional lists left out, and the fields ``left_out``."""
    members = []
    for name, key, always in _field_keys(type(value)):
        item = getattr(value, name)
        if item is None or (item == () and not always) or name in left_out:
            continue
        members.append(f'"{key}":{_json(item)}')
    return ",".join(members)


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
