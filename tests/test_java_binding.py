"""The Java binding: javac with every lint as an error, the runtime's own tests, the README's example, string escaping."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import pytest

from codegen.catalog import LoadedCatalog
from codegen.naming import IDENTIFIER_PATTERN, reserved_words
from codegen.targets.java import compile_java, java_comment, java_string, package_sources
from tests.conftest import GENERATED_DIR, ROOT
from tests.test_responses import run_python

RUNTIME_TESTS = ROOT / "tests" / "java" / "RuntimeTest.java"


@pytest.fixture(scope="module")
def runtime_classes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed generated package and the runtime's tests, compiled once."""
    classes = tmp_path_factory.mktemp("java-runtime") / "classes"
    compile_java([*package_sources(GENERATED_DIR), RUNTIME_TESTS], classes)
    return classes


def test_the_generated_package_compiles_for_java_17_with_every_lint_as_an_error(generated: tuple[LoadedCatalog, Path], tmp_path: Path) -> None:
    _, out_dir = generated
    sources = package_sources(out_dir)
    assert {source.name for source in sources} >= {"ErrorCodes.java", "KucoinErrors.java", "Json.java", "Wire.java"}
    compile_java(sources, tmp_path / "classes")  # raises with javac's output on any warning
    assert (tmp_path / "classes" / "kucoinerrors" / "ErrorCodes$SpotErrorCode.class").is_file()


def test_a_deprecated_code_is_a_deprecated_constant_with_its_reason_in_the_javadoc(generated: tuple[LoadedCatalog, Path]) -> None:
    loaded, out_dir = generated
    codes = (out_dir / "java" / "kucoinerrors" / "ErrorCodes.java").read_text(encoding="utf-8")
    for domain in loaded.catalog.domains:
        for entry in domain.errors:
            marker = f"        /** @deprecated {java_comment(entry.deprecated.text)} */\n        @Deprecated\n" if entry.deprecated is not None else ""
            before = codes[: codes.index(f"\n        {entry.name}(new ErrorInfo(Domain.{domain.domain.upper()}, {entry.code}, ") + 1]
            assert before.endswith(marker) and (entry.deprecated is not None or not before.endswith("@Deprecated\n")), entry.name


def test_the_runtime_passes_its_own_tests(runtime_classes: Path) -> None:
    result = subprocess.run(["java", "-cp", str(runtime_classes), "kucoinerrors.RuntimeTest"], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.fullmatch(r"\d+ checks, 0 failed\n", result.stdout), result.stdout


def test_the_readme_example_compiles_against_the_package(runtime_classes: Path, tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    examples = re.findall(r"```java\n(.*?)```", readme, re.S)
    assert len(examples) == 1
    source = tmp_path / "Example.java"
    source.write_text(examples[0], encoding="utf-8")
    result = subprocess.run(["javac", "--release", "17", "-Xlint:all", "-Werror", "-cp", str(runtime_classes), "-d", str(tmp_path / "out"), str(source)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(("text", "literal"), [
    ("plain", '"plain"'),
    ('quote " and backslash \\', '"quote \\" and backslash \\\\"'),
    ("\\u000a is text, not a line break", '"\\\\u000a is text, not a line break"'),
    ("line\nbreak\r\ttab", '"line\\nbreak\\r\\ttab"'),
    ("\u2028 \u00e9 \U0001F680 \x00", '"\\u2028 \\u00e9 \\ud83d\\ude80 \\u0000"'),
    ("ends */ a comment", '"ends */ a comment"'),
])
def test_java_string_literals_escape_what_javac_reads_before_lexing(text: str, literal: str) -> None:
    assert java_string(text) == literal


def test_java_comments_cannot_end_the_comment_nor_hold_a_unicode_escape() -> None:
    assert java_comment("a */ b\nc \\u002a/ d") == "a *\\/ b c \\\\u002a/ d"


PREFIX = "The maximum borrowing amount has been exceeded. Your remaining available borrowing: "


def test_a_megabyte_message_and_a_ten_thousand_item_batch_are_decided_as_python_decides_them(binding_deciders: Any) -> None:
    # Digits with no currency after them: a backtracking template would try every split of the digits.
    huge = {"domain": "margin", "status": 400, "body": {"kind": "json", "value": {"code": "130203", "msg": PREFIX + "9" * 1_000_000 + "!"}}, "headers": None}
    items = [{"success": False, "failMsg": PREFIX + "9" * 5_000 + "?"} for _ in range(10_000)]
    batch = {"batch": True, "domain": "margin", "body": {"kind": "json", "value": {"code": "200000", "data": items}}}
    java = binding_deciders("java")([huge, batch])
    assert java == [run_python(huge), run_python(batch)]
    assert (java[0]["code"], java[0]["match"], len(java[1]), java[1][-1][1]["match"]) == (130203, "code_only", 10_000, "unknown")


def test_every_java_keyword_is_refused_by_the_name_pattern_alone() -> None:
    words = reserved_words("java")
    assert {"class", "enum", "record", "yield", "non-sealed", "null", "_"} <= words
    assert sorted(word for word in words if IDENTIFIER_PATTERN.fullmatch(word)) == []
