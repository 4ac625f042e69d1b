"""The Python target: a standard-library-only package, ``python/kucoin_errors/``.

Generated modules hold the data (``_definitions``: taxonomy and wire
constants; ``_data``: enums, entries, templates, exception classes; the
``__init__`` that re-exports the public names); ``runtime/python/`` holds the
static runtime (``_model``, ``_runtime``), copied verbatim behind the banner.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from codegen import wire
from codegen.escaping import python_string
from codegen.matching import KIND_PATTERNS
from codegen.naming import enum_class_name, exception_class_name
from codegen.resources import RUNTIME_DIR, TEMPLATES_DIR
from codegen.target import Context, Language, Output, Target, register

PACKAGE = "python/kucoin_errors"
_HERE = Path(__file__).resolve().parent

#: The names the package exports besides each domain's enum and each category's exception class.
_RUNTIME_NAMES = (
    "CATALOG_HASH", "CATEGORIES", "Category", "DOMAINS", "Domain", "ERROR_CLASSES", "ERROR_CODES", "ErrorInfo", "FALLBACKS",
    "HeadersInput", "KucoinAPIError", "KucoinErrorCode", "KucoinErrorInfo", "MarginScope", "MatchQuality",
    "MessageVariant", "Placeholder", "PlaceholderKind", "RETRY_ACTIONS", "RemovedCode", "RetryAction", "RetryAdvice",
    "SUCCESS_CODES", "SupportsHeaderItems", "batch_failures", "classify", "is_success", "lookup",
    "parse_response", "parse_ws_message", "raise_for_response", "removed", "retry_after",
)

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


def python_context(context: Context) -> dict[str, Any]:
    """The wire constants, the placeholder kinds and the package's public names."""
    catalog, taxonomy = context["catalog"], context["taxonomy"]
    public = {*_RUNTIME_NAMES, *(enum_class_name(d.domain) for d in catalog.domains), *(exception_class_name(t.name) for t in taxonomy.categories)}
    return {"wire_constants": wire_constants(), "placeholder_kinds": tuple(KIND_PATTERNS), "public_names": sorted(public)}


def dump_python(out_dir: Path, scratch: Path) -> dict[str, Any]:
    """Import the generated package with only the standard library on the path, and dump it as catalogue data."""
    result = subprocess.run(
        [sys.executable, "-I", "-S", str(_HERE / "python_dump.py"), str(out_dir / "python")],
        capture_output=True, text=True, check=False, env={"PYTHONIOENCODING": "utf-8"},
    )
    if result.returncode != 0:
        raise RuntimeError(f"the generated Python package did not load: {result.stderr}")
    dumped: dict[str, Any] = json.loads(result.stdout)
    return dumped


PYTHON = register(
    Target(
        name="python",
        template_dir=TEMPLATES_DIR / "python",
        runtime_dir=RUNTIME_DIR / "python",
        outputs=tuple(
            Output(f"{module}.j2", f"{PACKAGE}/{module}")
            for module in ("__init__.py", "_definitions.py", "_model.py", "_data.py", "_runtime.py", "py.typed")
        ),
        filters={"python_string": python_string},
        context=python_context,
        language=Language("python", _HERE / "reserved" / "python.txt"),
        round_trip=dump_python,
    )
)
