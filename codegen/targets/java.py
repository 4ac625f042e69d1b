"""The Java target: a dependency-free Java 17 package, ``java/kucoinerrors/``.

Generated sources hold the data (the taxonomy and domain enums, the wire
constants, one enum of codes per domain with its entries, the message
templates); ``runtime/java/`` holds the static runtime (records of the model,
the JSON reader, matching, the response parser), each copied verbatim behind
the banner.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from codegen import wire
from codegen.matching import KIND_PATTERNS, entry_patterns
from codegen.model import Catalog, ErrorEntry, MessageVariant, RetryAdvice
from codegen.resources import RUNTIME_DIR, TEMPLATES_DIR
from codegen.target import Context, Language, Output, Target, register, run_dumper

PACKAGE = "java/kucoinerrors"
_HERE = Path(__file__).resolve().parent

#: The static runtime sources, each rendered by a template of the same name (the enums with the catalogue's constants spliced in).
RUNTIME_SOURCES = (
    "BatchFailure.java", "Category.java", "Domain.java", "ErrorInfo.java", "Headers.java", "Json.java", "KucoinApiException.java",
    "KucoinErrorCode.java", "KucoinErrorInfo.java", "KucoinErrors.java", "MarginScope.java", "MatchQuality.java", "Matching.java",
    "MessageVariant.java", "Placeholder.java", "PlaceholderKind.java", "RemovedCode.java", "RetryAction.java", "RetryAdvice.java", "Text.java",
    "UnnumberedError.java",
)
#: The generated sources.
GENERATED_SOURCES = ("ErrorCodes.java", "TemplatePatterns.java", "Wire.java")

GENERATED_BEGIN = "    // codegen: begin generated\n"
GENERATED_END = "    // codegen: end generated\n"

_SHORT_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def java_string(text: str) -> str:
    r"""A double-quoted Java string literal equal to ``text``, on one line.

    Characters outside printable ASCII become ``\uXXXX`` escapes (astral ones as their surrogate pair);
    the quote, the backslash and line breaks, which javac would read before lexing as ``\u`` escapes, take their short forms.
    """
    return '"' + _JAVA_ESCAPED.sub(_java_escape, text) + '"'


#: What a Java literal cannot hold as it is: the quote, the backslash and everything outside printable ASCII.
_JAVA_ESCAPED = re.compile(r'[^ !#-\[\]-~]')


def _java_escape(match: re.Match[str]) -> str:
    char = match.group()
    short = _SHORT_ESCAPES.get(char)
    if short is not None:
        return short
    encoded = char.encode("utf-16-be", "surrogatepass")
    return "".join(f"\\u{int.from_bytes(encoded[i:i + 2], 'big'):04x}" for i in range(0, len(encoded), 2))


def java_comment(text: str) -> str:
    r"""``text`` made safe in a ``//`` or ``/** */`` comment: one line of printable ASCII, no ``\u`` escape, no ``*/``."""
    escaped = java_string(" ".join(text.splitlines()))[1:-1]
    return escaped.replace("*/", "*\\/")


def java_splice(source: str, generated: str) -> str:
    """``source`` with its block from GENERATED_BEGIN to GENERATED_END (both lines included) replaced by ``generated``.

    A runtime enum holds one sample constant in that block, so that it reads as the source it is; the
    template puts the catalogue's constants in its place.
    """
    start = source.find(GENERATED_BEGIN)
    end = source.find(GENERATED_END)
    if start < 0 or end < start:
        raise ValueError("a Java runtime enum needs one generated block")
    return source[:start] + generated + source[end + len(GENERATED_END) :]


def java_constant(name: str) -> str:
    """A catalogue term as a Java enum constant: ``insufficient_funds`` -> ``INSUFFICIENT_FUNDS``."""
    return name.upper()


def java_literal(value: object) -> tuple[str, str]:
    """(type, expression) of a Java constant equal to ``value`` (str, int, tuple of str, dict of int or str to str)."""
    if isinstance(value, str):
        return "String", java_string(value)
    if isinstance(value, bool) or not isinstance(value, (int, tuple, dict)):
        raise TypeError(f"no Java literal for {value!r}")
    if isinstance(value, int):
        return "int", str(value)
    if isinstance(value, tuple):
        return "List<String>", "List.of(" + ", ".join(java_literal(item)[1] for item in value) + ")"
    key_type = "Integer" if all(isinstance(key, int) for key in value) else "String"
    items = ", ".join(f"{java_literal(key)[1]}, {java_literal(item)[1]}" for key, item in value.items())
    return f"Map<{key_type}, String>", f"Map.of({items})"


def wire_constants() -> list[tuple[str, str, str]]:
    """(name, type, expression) of every constant of ``codegen.wire``, in its order."""
    names = [name for name in vars(wire) if name.isupper()]
    return [(name, *java_literal(getattr(wire, name))) for name in names]


def java_text(value: str | None) -> str:
    """A Java string literal of ``value``, or ``null``.

    A filter, ``{{ entry.note | java_text }}``: it runs for every optional text of every entry, where a
    Jinja macro costs several times the work it does.
    """
    return "null" if value is None else java_string(value)


def _java_enum_or_null(enum: str, name: str | None) -> str:
    return "null" if name is None else f"{enum}.{name.upper()}"


def java_retry_advice(advice: RetryAdvice) -> str:
    """The ``new RetryAdvice(...)`` expression of ``advice``; ``null`` for each delay or limit it does not set."""
    after_ms = "null" if advice.after_ms is None else f"{advice.after_ms}L"
    max_attempts = "null" if advice.max_attempts is None else str(advice.max_attempts)
    return (
        f"new RetryAdvice(RetryAction.{java_constant(advice.action)}, {after_ms}, {java_text(advice.after_header)}, {max_attempts}, "
        f"{_java_enum_or_null('RetryAction', advice.then)})"
    )


def java_variant_literal(variant: MessageVariant) -> str:
    """The ``new MessageVariant(...)`` expression of ``variant``, its lists' closing lines indented for their place in an entry."""
    placeholders = ", ".join(
        f"new Placeholder({java_string(placeholder.token)}, {java_string(placeholder.name)}, {_java_enum_or_null('PlaceholderKind', placeholder.kind)})"
        for placeholder in variant.placeholders
    )
    retry = "null" if variant.retry is None else java_retry_advice(variant.retry)
    return (
        f"new MessageVariant({java_string(variant.id)}, {java_string(variant.message)}, {java_text(variant.key)}, {java_text(variant.detail)}, "
        f"List.of({placeholders}), {_java_enum_or_null('Category', variant.category)}, {retry}, {java_text(variant.note)}, {java_text(variant.review)}, "
        f"{java_text(variant.detail_separator)}, List.of({', '.join(map(java_string, variant.aliases))}), {java_text(variant.table)}, "
        f"{java_text(variant.undocumented)}, List.of({', '.join(map(java_string, variant.pages))}))"
    )


def java_entry_literal(entry: ErrorEntry, domain: str) -> str:
    """The ``new ErrorInfo(...)`` expression of ``entry`` of ``domain``: a variant a line, indented for its place in a domain's enum.

    A filter that writes one entry's data in one call: Jinja writing each field in turn costs several times
    the work at tens of thousands of entries.
    """
    deprecated = entry.deprecated
    variants = ",\n".join("                " + java_variant_literal(variant) for variant in entry.variants)
    http_status = "null" if entry.http_status is None else str(entry.http_status)
    return (
        f"new ErrorInfo(Domain.{java_constant(domain)}, {entry.code}, {java_string(entry.name)}, Category.{java_constant(entry.category)}, "
        f"{java_retry_advice(entry.retry)}, List.of(\n{variants}\n"
        f"            ), {_java_enum_or_null('MarginScope', entry.scope)}, {http_status}, {java_text(entry.note)}, {java_text(entry.review)}, "
        f"{java_text(None if deprecated is None else deprecated.reason)}, {java_text(None if deprecated is None else deprecated.replaced_by)}, "
        f"{java_text(entry.undocumented)})"
    )


def java_template_patterns(catalog: Catalog) -> Iterator[str]:
    """The items of ``TemplatePatterns.ALL``, a line each, comma-separated: every variant with placeholders by domain, code and index, with its expression.

    A text per entry that has any: the template writes them as they come, so that the table is never held whole.
    """
    held = ""  # the items of the last entry, written once it is known whether another follows
    for domain in catalog.domains:
        constant = java_constant(domain.domain)
        for entry in domain.errors:
            patterns = entry_patterns(entry)
            if patterns:
                if held:
                    yield f"{held},\n"
                held = ",\n".join(f"        new TemplatePattern(Domain.{constant}, {entry.code}, {index}, {java_string(pattern)})" for index, pattern in patterns)
    if held:
        yield f"{held}\n"


def java_context(context: Context) -> dict[str, Any]:
    """The wire constants and the placeholder kinds."""
    return {"wire_constants": wire_constants(), "placeholder_kinds": tuple(KIND_PATTERNS)}


def _tool(name: str) -> str:
    import shutil  # the round-trip tests' tools: a generate does not pay for the import

    found = shutil.which(name)
    if found is None:
        raise RuntimeError(f"{name} not found: install a Java 17 JDK (Debian: apt-get install -y openjdk-17-jdk-headless)")
    return found


def compile_java(sources: list[Path], classes: Path) -> None:
    """Compile ``sources`` for Java 17 with every lint as an error into ``classes``; raise with javac's output on failure."""
    import subprocess  # the round-trip tests' tools: a generate does not pay for the import

    classes.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [_tool("javac"), "--release", "17", "-Xlint:all", "-Werror", "-encoding", "UTF-8", "-d", str(classes), *map(str, sources)],
        capture_output=True, text=True, check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"javac failed:\n{result.stdout}{result.stderr}")


def package_sources(out_dir: Path) -> list[Path]:
    """The generated package's .java files under ``out_dir`` (the output folder), in name order."""
    return sorted((out_dir / PACKAGE).glob("*.java"))


def dump_java(out_dir: Path, scratch: Path) -> dict[str, Any]:
    """Compile the generated package with the dumper and run it: the catalogue as the compiled binding holds it."""
    classes = scratch / "java-dump"
    compile_java([*package_sources(out_dir), _HERE / "java_dump.java"], classes)
    return run_dumper([_tool("java"), "-cp", classes, "JavaDump"], "the generated Java package did not load")


JAVA = register(
    Target(
        name="java",
        template_dir=TEMPLATES_DIR / "java",
        runtime_dir=RUNTIME_DIR / "java",
        outputs=tuple(Output(f"{source}.j2", f"{PACKAGE}/{source}") for source in sorted((*GENERATED_SOURCES, *RUNTIME_SOURCES))),
        filters={"java_string": java_string, "java_comment": java_comment, "java_constant": java_constant, "java_splice": java_splice,
                 "java_text": java_text, "java_retry_advice": java_retry_advice, "java_entry_literal": java_entry_literal,
                 "java_template_patterns": java_template_patterns},
        context=java_context,
        language=Language("java", _HERE / "reserved" / "java.txt"),
        round_trip=dump_java,
    )
)
