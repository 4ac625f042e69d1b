"""Identifier rules, reserved words and derived names.

Where a catalogue name becomes code: an entry ``name`` is an ``IntEnum``
member name in Python and a key of an ``as const`` object in TypeScript.
Variant ids and placeholder names are only ever strings (and placeholder
names keys of the ``values`` mapping a match returns), never identifiers.

Every reserved word of both languages has a lower-case letter or an
underscore, so the UPPER_SNAKE pattern alone already refuses all of them; the
reserved lists stay as a second line of defence should the pattern ever
widen. The tests below hold both halves of that claim to the facts: the
lists against the pattern, and the pattern against the names that the
generated enums and objects actually carry at run time.
"""

from __future__ import annotations

import builtins
import json
import keyword
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from codegen import naming
from codegen.naming import IDENTIFIER_PATTERN, camel_case, constant_name, enum_class_name, exception_class_name, identifier_problem, pascal_case, reserved_words
from codegen.target import languages
from tests.conftest import GENERATED_DIR, compile_typescript_commonjs, run_codegen, write_catalog
from tests.test_validation import GOOD_ENTRY, problems_for, spot_file

# The names issue 6 lists as ones a generated module must never take.
ISSUE_NAMES = ["None", "class", "default", "name", "value", "constructor", "__proto__"]


@pytest.mark.parametrize("name", ["BALANCE_INSUFFICIENT", "A", "HTTP_403_FORBIDDEN", "X1"])
def test_upper_snake_names_are_accepted(name: str) -> None:
    assert identifier_problem(name) is None


@pytest.mark.parametrize("name", ["", "balance", "Balance", "BALANCE__LOW", "_BALANCE", "BALANCE_", "1BALANCE", "BALANCE-LOW", "BALANCE LOW", "ÉTAT"])
def test_other_shapes_are_refused(name: str) -> None:
    problem = identifier_problem(name)
    assert problem is not None and "UPPER_SNAKE" in problem


@pytest.mark.parametrize("language", ["python", "typescript"])
def test_the_pattern_alone_refuses_every_reserved_word(language: str) -> None:
    words = reserved_words(language)
    assert len(words) > 80, language
    shaped = sorted(word for word in words if IDENTIFIER_PATTERN.fullmatch(word))
    assert shaped == [], f"reserved words that fit UPPER_SNAKE and rely on the reserved list alone: {shaped}"
    for word in words:
        problem = identifier_problem(word)
        assert problem == f"{word!r} is not an UPPER_SNAKE identifier (letters A-Z, digits and single underscores, starting with a letter)"


def test_a_reserved_word_that_fits_the_pattern_would_still_be_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    # None exists today (see above); this keeps the second line of defence working.
    assert identifier_problem("SOME_NAME") is None
    monkeypatch.setattr(naming, "reserved_words", lambda language: frozenset({"SOME_NAME"}) if language == "typescript" else frozenset())
    assert identifier_problem("SOME_NAME") == "'SOME_NAME' is reserved in Typescript"
    assert identifier_problem("OTHER_NAME") is None


def test_no_upper_snake_name_clashes_with_what_a_generated_python_member_has() -> None:
    """Every attribute of the generated enums, their members and the Enum machinery is refused by the pattern."""
    result = subprocess.run(
        [sys.executable, "-I", "-c", textwrap.dedent("""
            import enum, json, sys
            sys.path.insert(0, sys.argv[1])
            import kucoin_errors
            names = set(dir(enum.IntEnum)) | set(dir(enum.EnumMeta)) | set(dir(int))
            for enum_class in kucoin_errors.ERROR_CODES.values():
                members = set(enum_class.__members__)
                names |= (set(dir(enum_class)) | set(dir(next(iter(enum_class))))) - members
            print(json.dumps(sorted(names)))
        """), str(GENERATED_DIR / "python")],
        capture_output=True, text=True, check=True,
    )
    names = json.loads(result.stdout)
    assert {"name", "value", "info", "mro", "_missing_", "__class__"} <= set(names)
    assert [name for name in names if IDENTIFIER_PATTERN.fullmatch(name)] == []


def test_no_upper_snake_name_clashes_with_what_a_typescript_object_has() -> None:
    """A key of ``export const SpotErrorCode = {...}`` must not be a property every object already has."""
    script = "console.log(JSON.stringify([...Object.getOwnPropertyNames(Object.prototype), ...Object.getOwnPropertyNames(Function.prototype)]))"
    result = subprocess.run(["node", "-e", script], capture_output=True, text=True, check=True)
    names = json.loads(result.stdout)
    assert {"constructor", "__proto__", "toString", "hasOwnProperty"} <= set(names)
    assert [name for name in names if IDENTIFIER_PATTERN.fullmatch(name)] == []


def test_reserved_word_lists_cover_the_languages() -> None:
    python = reserved_words("python")
    assert set(keyword.kwlist) <= python
    assert {"None", "name", "value", "info", "mro"} <= python
    assert {name for name in dir(builtins) if not name.startswith("__")} <= python
    assert {"_missing_", "_generate_next_value_"} <= python
    assert {"class", "default", "constructor", "__proto__", "enum", "satisfies"} <= reserved_words("typescript")


@pytest.mark.parametrize("word", ISSUE_NAMES)
def test_a_reserved_word_as_an_entry_name_is_refused(tmp_path: Path, word: str) -> None:
    (problem,) = problems_for(tmp_path, {"spot.yaml": spot_file(GOOD_ENTRY.replace("    name: BALANCE_INSUFFICIENT", f"    name: {word}"))})
    assert (problem.path, problem.line, problem.column) == ("catalog/spot.yaml", 7, 11)
    assert problem.message == f"errors[0].name: {word!r} is not valid; expected an UPPER_SNAKE identifier, valid as is in Python and TypeScript."


@pytest.mark.parametrize("word", ISSUE_NAMES)
def test_a_reserved_word_as_a_variant_id_is_refused(tmp_path: Path, word: str) -> None:
    (problem,) = problems_for(tmp_path, {"spot.yaml": spot_file(GOOD_ENTRY.replace("      - id: BALANCE_INSUFFICIENT", f"      - id: {word}"))})
    assert (problem.path, problem.line, problem.column) == ("catalog/spot.yaml", 11, 13)
    assert problem.message == f"errors[0].variants[0].id: {word!r} is not valid; expected an UPPER_SNAKE identifier, valid as is in Python and TypeScript."


def test_the_command_line_lists_every_reserved_name_and_id_at_once(tmp_path: Path) -> None:
    entries = ""
    for index, word in enumerate(ISSUE_NAMES):
        entries += GOOD_ENTRY.replace("200004", str(200010 + index)).replace("name: BALANCE_INSUFFICIENT", f"name: {word}").replace("id: BALANCE_INSUFFICIENT", f"id: {word}")
    catalog = tmp_path / "catalog"
    catalog.mkdir()
    (catalog / "spot.yaml").write_text(spot_file(entries), encoding="utf-8")
    result = run_codegen("--catalog", catalog, "--out", tmp_path / "out")
    assert result.returncode == 2
    expected = []
    for index, word in enumerate(ISSUE_NAMES):
        first = 6 + 7 * index
        expected.append(f"catalog/spot.yaml:{first + 1}:11: errors[{index}].name: {word!r} is not valid; expected an UPPER_SNAKE identifier, valid as is in Python and TypeScript.")
        expected.append(f"catalog/spot.yaml:{first + 5}:13: errors[{index}].variants[0].id: {word!r} is not valid; expected an UPPER_SNAKE identifier, valid as is in Python and TypeScript.")
    assert result.stderr.splitlines() == expected + ["14 problems in the catalogue; nothing was written."]
    assert not (tmp_path / "out").exists()


def test_placeholder_names_are_only_keys_so_reserved_words_work_in_both_bindings(tmp_path: Path) -> None:
    """A placeholder name never becomes an identifier: a match returns it as a key of ``values``."""
    words = ["constructor", "class", "default", "prototype", "value"]
    message = "Borrow " + " ".join(f"{{{index}}}" for index in range(len(words))) + " failed"
    data = {
        "domain": "spot",
        "description": "Spot errors.",
        "success_codes": [200000],
        "errors": [{
            "code": 300000, "name": "BORROW_FAILED", "category": "exchange_error", "retry": "stop",
            "variants": [{"id": "ONLY", "message": message, "placeholders": [{"token": f"{{{i}}}", "name": w} for i, w in enumerate(words)]}],
        }],
    }
    catalog = write_catalog(tmp_path / "catalog", [data])
    out = tmp_path / "out"
    assert run_codegen("--catalog", catalog, "--out", out).returncode == 0
    sent = "Borrow " + " ".join(f"v{index}" for index in range(len(words))) + " failed"
    expected = {word: f"v{index}" for index, word in enumerate(words)}
    python = subprocess.run(
        [sys.executable, "-I", "-c", f"import json, sys; sys.path.insert(0, sys.argv[1]); import kucoin_errors as k; print(json.dumps(dict(k.classify('spot', 300000, {sent!r}).values)))", str(out / "python")],
        capture_output=True, text=True, check=True,
    )
    assert json.loads(python.stdout) == expected
    build = tmp_path / "build"
    build.mkdir()
    compiled = compile_typescript_commonjs(out / "typescript" / "kucoin-errors.ts", build)
    script = f"const k = require({json.dumps(str(compiled))}); const v = k.classifyMessage('spot', 300000, {json.dumps(sent)}).values; console.log(JSON.stringify({{own: Object.keys(v), values: v}}))"
    typescript = json.loads(subprocess.run(["node", "-e", script], capture_output=True, text=True, check=True).stdout)
    assert typescript == {"own": words, "values": expected}


def test_derived_names() -> None:
    assert enum_class_name("spot") == "SpotErrorCode"
    assert constant_name("futures") == "FUTURES_ERRORS"
    assert pascal_case("high_frequency") == "HighFrequency"
    assert camel_case("retry_after_ms") == "retryAfterMs"


def test_exception_classes_are_named_after_the_category_except_where_client_authors_know_another_name() -> None:
    assert exception_class_name("insufficient_funds") == "InsufficientFundsError"
    assert exception_class_name("rate_limited") == "RateLimitError"


def test_only_the_languages_asked_about_are_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    python = next(language for language in languages() if language.name == "python")
    monkeypatch.setattr(naming, "reserved_words", lambda language: frozenset({"SOME_NAME"}) if language == "typescript" else frozenset())
    assert identifier_problem("SOME_NAME", among=[python]) is None
    assert identifier_problem("SOME_NAME") == "'SOME_NAME' is reserved in Typescript"


def test_the_reserved_words_of_a_language_nobody_registered_are_a_key_error_naming_it() -> None:
    with pytest.raises(KeyError, match="cobol"):
        reserved_words("cobol")
