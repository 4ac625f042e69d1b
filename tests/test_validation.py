"""Bad catalogues are refused with file, line, column and what was expected; every problem at once."""

from __future__ import annotations

import contextlib
import io
import textwrap
from pathlib import Path
from typing import Any

import pytest

from codegen.catalog import load_catalog
from codegen.cli import main
from codegen.diagnostics import CatalogError, Problem
from codegen import loading
from codegen.loading import MAX_FILE_BYTES, MAX_FILE_BYTES_VARIABLE


from codegen.loading import MAX_FILE_BYTES
from tests.test_pipeline import c_header_target  # noqa: F401 (a fixture: a C target with its own reserved words)

HEADER = "# yaml-language-server: $schema=../schema/error_catalog.schema.json\n"
GOOD_ENTRY = """\
  - code: 200004
    name: BALANCE_INSUFFICIENT
    category: insufficient_funds
    retry: top_up
    variants:
      - id: BALANCE_INSUFFICIENT
        message: "Balance insufficient"
"""


def spot_file(errors: str = GOOD_ENTRY, *, domain: str = "spot", success: str = "[200000]") -> str:
    return HEADER + textwrap.dedent(f"""\
        domain: {domain}
        description: "Spot errors."
        success_codes: {success}
        errors:
        """) + errors


def problems_for(tmp_path: Path, files: dict[str, str | bytes]) -> list[Problem]:
    """The problems of a catalogue made of ``files``; also checks that the CLI refuses it and writes nothing."""
    catalog = tmp_path / "catalog"
    catalog.mkdir(parents=True)
    for name, content in files.items():
        path = catalog / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return refused(catalog, tmp_path / "out")


def refused(catalog: Path, out: Path) -> list[Problem]:
    """The problems of the catalogue in ``catalog``; also checks that the CLI refuses it, exit 2, and leaves ``out`` as it was."""
    with pytest.raises(CatalogError) as raised:
        load_catalog(catalog)
    problems = list(raised.value.problems)
    _assert_cli_refuses(catalog, out, problems)
    return problems


def _assert_cli_refuses(catalog: Path, out: Path, problems: list[Problem]) -> None:
    out.mkdir()
    (out / "keep.txt").write_text("untouched", encoding="utf-8")
    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr):
        status = main(["--catalog", str(catalog), "--out", str(out)])
    assert status == 2
    count = len(problems)
    assert stderr.getvalue().splitlines() == [str(problem) for problem in problems] + [
        f"{count} problem{'s' if count != 1 else ''} in the catalogue; nothing was written."
    ]
    assert [p.name for p in out.iterdir()] == ["keep.txt"]
    assert (out / "keep.txt").read_text(encoding="utf-8") == "untouched"


def only_problem(tmp_path: Path, content: str | bytes, name: str = "spot.yaml") -> Problem:
    problems = problems_for(tmp_path, {name: content})
    assert len(problems) == 1, problems
    return problems[0]


def test_a_valid_file_loads(tmp_path: Path) -> None:
    (tmp_path / "spot.yaml").write_text(spot_file(), encoding="utf-8")
    loaded = load_catalog(tmp_path)
    assert [entry.name for entry in loaded.catalog.domain("spot").errors] == ["BALANCE_INSUFFICIENT"]


def test_invalid_yaml_points_at_the_syntax_error(tmp_path: Path) -> None:
    problem = only_problem(tmp_path, spot_file(GOOD_ENTRY.replace('"Balance insufficient"', '[unclosed')))
    assert (problem.path, problem.line, problem.column) == ("catalog/spot.yaml", 13, 1)
    assert problem.message.startswith("invalid YAML: expected ',' or ']'")
    assert "while parsing a flow sequence at line 12, column 18" in problem.message


def test_duplicate_mapping_key(tmp_path: Path) -> None:
    problem = only_problem(tmp_path, spot_file(GOOD_ENTRY.replace("    retry: top_up\n", "    retry: top_up\n    retry: stop\n")))
    assert (problem.line, problem.column) == (10, 5)
    assert "duplicate key" in problem.message


def test_unknown_field_suggests_the_closest_name(tmp_path: Path) -> None:
    missing, unknown = problems_for(tmp_path, {"spot.yaml": spot_file(GOOD_ENTRY.replace("    name:", "    nmae:"))})
    assert (unknown.line, unknown.column) == (7, 5)
    assert "unknown field 'nmae' in errors[0] (did you mean 'name'?); expected one of: code, name," in unknown.message
    assert (missing.line, missing.column, missing.message) == (6, 5, "errors[0]: missing required field 'name'")


def test_missing_required_field(tmp_path: Path) -> None:
    problems = problems_for(tmp_path, {"spot.yaml": spot_file(GOOD_ENTRY.replace("    retry: top_up\n", ""))})
    assert [(p.line, p.column, p.message) for p in problems] == [(6, 5, "errors[0]: missing required field 'retry'")]


def test_wrong_type_names_the_expected_type(tmp_path: Path) -> None:
    problem = only_problem(tmp_path, spot_file(GOOD_ENTRY.replace("code: 200004", 'code: "200004"')))
    assert (problem.line, problem.column) == (6, 11)
    assert problem.message == "errors[0].code: expected an integer, got a string ('200004')"


def test_unknown_category_suggests_the_closest_value(tmp_path: Path) -> None:
    problem = only_problem(tmp_path, spot_file(GOOD_ENTRY.replace("insufficient_funds", "insufficent_funds")))
    assert (problem.line, problem.column) == (8, 15)
    assert "unknown value 'insufficent_funds' (did you mean 'insufficient_funds'?)" in problem.message
    assert "expected one of: authentication," in problem.message


@pytest.mark.parametrize("name", ["balance_insufficient", "BALANCE__LOW", "1BALANCE", "CLASS_", "None"])
def test_name_must_be_upper_snake(tmp_path: Path, name: str) -> None:
    problem = only_problem(tmp_path, spot_file(GOOD_ENTRY.replace("name: BALANCE_INSUFFICIENT", f"name: {name}")))
    assert (problem.line, problem.column) == (7, 11)
    assert "UPPER_SNAKE" in problem.message


@pytest.mark.parametrize("code", ["0", "-5", "2147483648"])
def test_code_must_fit_the_wire_format(tmp_path: Path, code: str) -> None:
    problem = only_problem(tmp_path, spot_file(GOOD_ENTRY.replace("200004", code, 1)))
    assert (problem.line, problem.column) == (6, 11)
    assert problem.message.startswith("errors[0].code:")


@pytest.mark.parametrize("message", ['""', '"   "', '" padded"'])
def test_empty_or_padded_message(tmp_path: Path, message: str) -> None:
    problem = only_problem(tmp_path, spot_file(GOOD_ENTRY.replace('"Balance insufficient"', message)))
    assert (problem.line, problem.column) == (12, 18)
    assert "errors[0].variants[0].message" in problem.message


def test_control_characters_other_than_tab_are_refused(tmp_path: Path) -> None:
    problem = only_problem(tmp_path, spot_file(GOOD_ENTRY.replace('"Balance insufficient"', '"Balance\\u0007insufficient"')))
    assert (problem.line, problem.column) == (12, 18)
    assert "U+0007 is not allowed" in problem.message


def test_tabs_are_allowed_in_messages(tmp_path: Path) -> None:
    (tmp_path / "spot.yaml").write_text(spot_file(GOOD_ENTRY.replace('"Balance insufficient"', '"Balance\\tinsufficient"')), encoding="utf-8")
    assert load_catalog(tmp_path).catalog.domain("spot").errors[0].variants[0].message == "Balance\tinsufficient"


def test_duplicate_code_and_name_point_at_the_second(tmp_path: Path) -> None:
    problems = problems_for(tmp_path, {"spot.yaml": spot_file(GOOD_ENTRY + GOOD_ENTRY)})
    assert [(p.line, p.column, p.message.split(":")[0]) for p in problems] == [(13, 11, "errors[1].code"), (14, 11, "errors[1].name")]
    assert "duplicate code 200004 (first at line 6)" in problems[0].message


def test_duplicate_variant_id_and_repeated_message(tmp_path: Path) -> None:
    repeated = GOOD_ENTRY + '      - id: BALANCE_INSUFFICIENT\n        message: "Balance insufficient"\n'
    problems = problems_for(tmp_path, {"spot.yaml": spot_file(repeated)})
    assert [(p.line, p.column, p.message.split(":")[0]) for p in problems] == [(13, 9, "errors[0].variants[1]"), (13, 13, "errors[0].variants[1].id")]
    assert any("duplicate message 'Balance insufficient'" in p.message for p in problems)


def test_placeholders_must_match_the_message(tmp_path: Path) -> None:
    problem = only_problem(tmp_path, spot_file(GOOD_ENTRY.replace('"Balance insufficient"', '"Balance insufficient: xxx"')))
    assert (problem.line, problem.column) == (12, 18)
    assert "has placeholders ['xxx'] but [] are recorded" in problem.message


def test_a_placeholder_name_used_twice_in_one_message_is_refused_at_the_second(tmp_path: Path) -> None:
    twice = GOOD_ENTRY.replace(
        '"Balance insufficient"',
        '"Balance insufficient: {0} of {1}"\n'
        "        placeholders:\n"
        "          - {token: \"{0}\", name: amount}\n"
        "          - {token: \"{1}\", name: amount}",
    )
    problem = only_problem(tmp_path, spot_file(twice))
    # Line 15 is the second placeholder; its name value, "amount", starts at column 34.
    assert (problem.path, problem.line, problem.column) == ("catalog/spot.yaml", 15, 34)
    assert problem.message == "errors[0].variants[0].placeholders[1].name: placeholder name 'amount' is used twice in this message"


def test_the_same_placeholder_name_in_two_variants_is_allowed(tmp_path: Path) -> None:
    two_variants = GOOD_ENTRY + (
        '      - id: OTHER\n        message: "Short by xxx"\n        placeholders: [{token: xxx, name: amount}]\n'
        '      - id: THIRD\n        message: "Still short by xxx"\n        placeholders: [{token: xxx, name: amount}]\n'
    )
    catalog = tmp_path / "catalog"
    catalog.mkdir()
    (catalog / "spot.yaml").write_text(spot_file(two_variants), encoding="utf-8")
    entry = load_catalog(catalog).catalog.domains[0].errors[0]
    assert [[p.name for p in v.placeholders] for v in entry.variants] == [[], ["amount"], ["amount"]]


def test_wait_needs_a_delay_and_delays_need_wait(tmp_path: Path) -> None:
    waiting = GOOD_ENTRY.replace("retry: top_up", "retry: wait")
    problem = only_problem(tmp_path / "waiting", spot_file(waiting))
    assert (problem.line, problem.column) == (9, 12) and "'wait' needs retry_after_ms or retry_after_header" in problem.message
    delayed = GOOD_ENTRY.replace("retry: top_up", "retry: top_up\n    retry_after_ms: 10")
    problem = only_problem(tmp_path / "delayed", spot_file(delayed))
    assert (problem.line, problem.column) == (9, 12) and "go only with retry: wait, not 'top_up'" in problem.message


def test_category_override_needs_retry_advice(tmp_path: Path) -> None:
    problem = only_problem(tmp_path, spot_file(GOOD_ENTRY + "        category: bad_request\n"))
    assert (problem.line, problem.column) == (13, 19)
    assert "must also give its retry advice" in problem.message


def test_scope_is_required_in_margin_and_refused_elsewhere(tmp_path: Path) -> None:
    problems = problems_for(tmp_path, {
        "margin.yaml": spot_file(domain="margin"),
        "spot.yaml": spot_file(GOOD_ENTRY.replace("    category:", "    scope: all\n    category:")),
    })
    assert [(p.path, p.line, p.column) for p in problems] == [("catalog/margin.yaml", 6, 5), ("catalog/spot.yaml", 8, 12)]
    assert "margin codes need scope" in problems[0].message and "margin codes only" in problems[1].message


def test_domain_must_match_the_file_name(tmp_path: Path) -> None:
    problem = only_problem(tmp_path, spot_file(), name="futures.yaml")
    assert (problem.path, problem.line, problem.column) == ("catalog/futures.yaml", 2, 9)
    assert "expected it in spot.yaml" in problem.message


def test_a_success_code_cannot_be_an_error_code(tmp_path: Path) -> None:
    problem = only_problem(tmp_path, spot_file(success="[200004]"))
    assert (problem.line, problem.column) == (6, 11) and "success_codes" in problem.message


def test_byte_order_mark_is_refused(tmp_path: Path) -> None:
    problem = only_problem(tmp_path, b"\xef\xbb\xbf" + spot_file().encode())
    assert (problem.line, problem.column) == (1, 1) and "byte order mark" in problem.message


def test_non_utf8_bytes_are_located(tmp_path: Path) -> None:
    problem = only_problem(tmp_path, spot_file().replace("Balance", "Bal\udcffance").encode("utf-8", "surrogateescape"))
    assert (problem.line, problem.column) == (12, 22)
    assert "not UTF-8" in problem.message


def test_anchors_and_aliases_are_refused(tmp_path: Path) -> None:
    anchored = GOOD_ENTRY.replace("    variants:\n", "    variants: &shared\n") + GOOD_ENTRY.replace("200004", "200005").replace(
        "BALANCE_INSUFFICIENT\n    category", "OTHER\n    category"
    ).split("    variants:")[0] + "    variants: *shared\n"
    problems = problems_for(tmp_path, {"spot.yaml": spot_file(anchored)})
    assert [(p.line, p.column) for p in problems] == [(10, 15), (17, 15)]
    assert all("anchors and aliases are not allowed" in p.message for p in problems)


def test_every_problem_of_every_file_is_reported_in_one_run(tmp_path: Path) -> None:
    problems = problems_for(tmp_path, {
        "earn.yaml": spot_file(GOOD_ENTRY.replace("insufficient_funds", "nope"), domain="earn"),
        "spot.yaml": spot_file(GOOD_ENTRY.replace("name:", "nmae:").replace("retry: top_up", "retry: later")),
    })
    assert [(p.path, p.line, p.column) for p in problems] == [
        ("catalog/earn.yaml", 8, 15),
        ("catalog/spot.yaml", 6, 5),
        ("catalog/spot.yaml", 7, 5),
        ("catalog/spot.yaml", 9, 12),
    ]


def test_missing_or_empty_catalogue_folder(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="catalogue folder not found"):
        load_catalog(tmp_path / "absent")
    with pytest.raises(CatalogError, match=r"no \*\.yaml files"):
        load_catalog(tmp_path)


@pytest.mark.parametrize(
    ("content", "place", "message"),
    [
        ("", (1, 1), "the document: expected a mapping, got null (None)"),
        ("# only a comment\n\n- domain: spot\n", (3, 1), "the document: expected a mapping, got a list"),
        ("just text\n", (1, 1), "the document: expected a mapping, got a string ('just text')"),
        (spot_file() + "1: one\n", (13, 1), "key 1 is not a string; expected a field name"),
    ],
    ids=["empty", "list", "scalar", "integer-key"],
)
def test_documents_of_the_wrong_shape(tmp_path: Path, content: str, place: tuple[int, int], message: str) -> None:
    problem = only_problem(tmp_path, content)
    assert (problem.line, problem.column) == place
    assert problem.message.startswith(message)


def test_files_over_the_size_limit_are_refused_unread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MAX_FILE_BYTES_VARIABLE, "1048576")
    catalog = tmp_path / "catalog"
    catalog.mkdir()
    huge = catalog / "spot.yaml"
    with huge.open("wb") as stream:  # a sparse 3 GiB file: reading it would take seconds and 3 GiB of memory
        stream.truncate(3 * 1024**3)
    opened: list[Path] = []
    real_open = Path.open

    def recording_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        opened.append(self)
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", recording_open)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail(f"{self} was read"))
    (problem,) = refused(catalog, tmp_path / "out")
    assert (problem.path, problem.line, problem.column) == ("catalog/spot.yaml", 1, 1)
    assert problem.message == "file is 3221225472 bytes; a catalogue file may have at most 1048576 bytes"
    assert huge not in opened


@pytest.mark.parametrize("fast", [True, False], ids=["fast reader", "located reader"])
def test_a_file_of_exactly_the_size_limit_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fast: bool) -> None:
    limit = 1048576
    monkeypatch.setenv(MAX_FILE_BYTES_VARIABLE, str(limit))
    if not fast:
        monkeypatch.setattr(loading, "_FAST_PARSER", None)
    content = spot_file().encode()
    (tmp_path / "spot.yaml").write_bytes(content + b"#" * (limit - len(content) - 1) + b"\n")
    assert (tmp_path / "spot.yaml").stat().st_size == limit
    assert load_catalog(tmp_path).catalog.domain("spot").errors[0].code == 200004
    problem = only_problem(tmp_path / "over", content + b"#" * (limit - len(content)) + b"\n")
    assert (problem.line, problem.column, problem.message) == (1, 1, "file is 1048577 bytes; a catalogue file may have at most 1048576 bytes")


def test_the_default_size_limit_admits_100000_entries_and_refuses_more_unread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(MAX_FILE_BYTES_VARIABLE, raising=False)
    assert MAX_FILE_BYTES == 64 * 1024 * 1024 > 100_000 * 400  # a synthetic entry of the benchmark is at most about 400 bytes
    catalog = tmp_path / "catalog"
    catalog.mkdir()
    with (catalog / "spot.yaml").open("wb") as stream:  # sparse: never read
        stream.truncate(MAX_FILE_BYTES + 1)
    (problem,) = refused(catalog, tmp_path / "out")
    assert problem.message == f"file is {MAX_FILE_BYTES + 1} bytes; a catalogue file may have at most {MAX_FILE_BYTES} bytes"


@pytest.mark.parametrize("value", ["lots", "-1", "0", "1e6", "\u0661"])
def test_a_size_limit_that_is_not_a_number_of_bytes_is_a_problem_not_a_traceback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv(MAX_FILE_BYTES_VARIABLE, value)
    catalog = tmp_path / "catalog"
    catalog.mkdir()
    (catalog / "spot.yaml").write_text(spot_file(), encoding="utf-8")
    (problem,) = refused(catalog, tmp_path / "out")
    assert (problem.path, problem.line, problem.column) == ("catalog/spot.yaml", 1, 1)
    assert problem.message.startswith(f"{MAX_FILE_BYTES_VARIABLE}=") and problem.message.endswith(f"expected a whole number of bytes, such as {MAX_FILE_BYTES}")


def test_a_date_is_not_a_string(tmp_path: Path) -> None:
    problem = only_problem(tmp_path, spot_file().replace('description: "Spot errors."', "description: 2024-01-01"))
    assert (problem.line, problem.column, problem.message) == (3, 14, "description: expected a string, got date (datetime.date(2024, 1, 1))")


def test_names_that_collide_once_converted_to_pascal_case_are_refused(tmp_path: Path) -> None:
    second = GOOD_ENTRY.replace("200004", "200005").replace("name: BALANCE_INSUFFICIENT", "name: HTTP2")
    first = GOOD_ENTRY.replace("name: BALANCE_INSUFFICIENT", "name: HTTP_2")
    problem = only_problem(tmp_path, spot_file(first + second))
    assert (problem.line, problem.column) == (14, 11)
    assert problem.message == "errors[1].name: 'HTTP2' becomes 'Http2' in PascalCase, like 'HTTP_2' (line 7); expected names that stay distinct in every case style"


def test_rules_still_run_on_the_well_formed_parts_of_a_file_with_schema_errors(tmp_path: Path) -> None:
    broken_entry = GOOD_ENTRY.replace("    name:", "    nmae: X\n    name:").replace('"Balance insufficient"', '"Balance\\u0007insufficient"')
    second = GOOD_ENTRY.replace("retry: top_up", "retry: later")
    problems = problems_for(tmp_path, {"spot.yaml": spot_file(broken_entry + second)})
    assert [(p.line, p.column, p.message.split(";")[0]) for p in problems] == [
        (7, 5, "unknown field 'nmae' in errors[0] (did you mean 'name'?)"),
        (13, 18, "errors[0].variants[0].message: character U+0007 is not allowed"),
        (14, 11, "errors[1].code: duplicate code 200004 (first at line 6)"),
        (15, 11, "errors[1].name: duplicate name 'BALANCE_INSUFFICIENT' (first at line 8)"),
        (17, 12, "errors[1].retry: unknown value 'later'"),
    ]


def test_rules_alongside_schema_errors_in_margin_and_file_naming(tmp_path: Path) -> None:
    problems = problems_for(tmp_path, {"margin.yaml": spot_file(GOOD_ENTRY.replace("insufficient_funds", "nope"), domain="spot")})
    assert [(p.line, p.column, p.message.split(";")[0]) for p in problems] == [
        (2, 9, "domain 'spot' is in margin.yaml"),
        (8, 15, "errors[0].category: unknown value 'nope'"),
    ]
    problems = problems_for(tmp_path / "margin", {"margin.yaml": spot_file(GOOD_ENTRY.replace("insufficient_funds", "nope"), domain="margin")})
    assert [(p.line, p.column, p.message.split(";")[0]) for p in problems] == [
        (6, 5, "errors[0]: margin codes need scope (all, high_frequency or both)"),
        (8, 15, "errors[0].category: unknown value 'nope'"),
    ]


def test_a_line_break_in_a_message_is_reported_as_the_character_it_is(tmp_path: Path) -> None:
    problem = only_problem(tmp_path, spot_file(GOOD_ENTRY.replace('"Balance insufficient"', '"Balance\\ninsufficient"')))
    assert (problem.line, problem.column) == (12, 18)
    assert problem.message == "errors[0].variants[0].message: character U+000A is not allowed; expected printable text (tab allowed)"


def test_every_refused_character_of_a_text_is_reported_with_other_faults_of_the_text(tmp_path: Path) -> None:
    problems = problems_for(tmp_path, {"spot.yaml": spot_file(GOOD_ENTRY.replace('"Balance insufficient"', '" Balance\\u0007\\u0008\\u0007"'))})
    assert [(p.line, p.column, p.message.split(";")[0]) for p in problems] == [
        (12, 18, "errors[0].variants[0].message: ' Balance\\x07\\x08\\x07' is not valid"),
        (12, 18, "errors[0].variants[0].message: character U+0007 is not allowed"),
        (12, 18, "errors[0].variants[0].message: character U+0008 is not allowed"),
    ]


def test_a_name_that_breaks_the_pattern_is_reported_once(tmp_path: Path) -> None:
    problem = only_problem(tmp_path, spot_file(GOOD_ENTRY + GOOD_ENTRY.replace("200004", "200005").replace("name: BALANCE_INSUFFICIENT", "name: bad name")))
    assert (problem.line, problem.column) == (14, 11)
    assert problem.message.startswith("errors[1].name: 'bad name' is not valid; expected an UPPER_SNAKE identifier")


@pytest.mark.parametrize(
    ("old", "new", "place", "message"),
    [
        ("code: 200004", "code: 200004.0", (6, 11), "errors[0].code: expected an integer, got a number (200004.0)"),
        ("code: 200004", "code: 2e5", (6, 11), "errors[0].code: expected an integer, got a number (200000.0)"),
        ("code: 200004", "code: true", (6, 11), "errors[0].code: expected an integer, got a boolean (True)"),
        ("retry: top_up", "retry: top_up\n    http_status: 400.0", (10, 18), "errors[0].http_status: expected an integer, got a number (400.0)"),
        ("retry: top_up", "retry: wait\n    retry_after_ms: 1e3", (10, 21), "errors[0].retry_after_ms: expected an integer, got a number (1000.0)"),
    ],
    ids=["float-code", "exponent-code", "boolean-code", "float-status", "float-delay"],
)
def test_a_float_is_never_an_integer(tmp_path: Path, old: str, new: str, place: tuple[int, int], message: str) -> None:
    problem = only_problem(tmp_path, spot_file(GOOD_ENTRY.replace(old, new)))
    assert (problem.line, problem.column, problem.message) == (*place, message)


def test_a_float_success_code_is_refused(tmp_path: Path) -> None:
    problem = only_problem(tmp_path, spot_file(success="[200000.0]"))
    assert (problem.line, problem.column, problem.message) == (4, 17, "success_codes[0]: expected an integer, got a number (200000.0)")


def test_retry_after_ms_is_at_most_a_day(tmp_path: Path) -> None:
    waiting = GOOD_ENTRY.replace("retry: top_up", "retry: wait\n    retry_after_ms: {}")
    (tmp_path / "day").mkdir()
    (tmp_path / "day" / "spot.yaml").write_text(spot_file(waiting.format(86_400_000)), encoding="utf-8")
    assert load_catalog(tmp_path / "day").catalog.domain("spot").errors[0].retry.after_ms == 86_400_000
    problem = only_problem(tmp_path / "longer", spot_file(waiting.format(86_400_001)))
    assert (problem.line, problem.column, problem.message) == (10, 21, "errors[0].retry_after_ms: 86400001 is greater than the maximum of 86400000")


BOUNDED_WAIT = """\
  - code: 403
    name: FORBIDDEN
    category: rate_limited
    retry: {action}
    retry_after_header: gw-ratelimit-reset
{bound}    variants:
      - id: FORBIDDEN
        message: "Forbidden"
"""


def test_an_attempts_limit_needs_what_to_do_next(tmp_path: Path) -> None:
    (problem,) = problems_for(tmp_path, {"spot.yaml": spot_file(BOUNDED_WAIT.format(action="wait", bound="    retry_max_attempts: 3\n"))})
    assert (problem.line, problem.column) == (9, 12)
    assert problem.message == "errors[0].retry: retry_max_attempts and retry_then go together: how many attempts, then what"


def test_an_attempts_limit_goes_only_with_an_action_that_sends_again(tmp_path: Path) -> None:
    entry = BOUNDED_WAIT.format(action="stop", bound="    retry_max_attempts: 3\n    retry_then: stop\n").replace("    retry_after_header: gw-ratelimit-reset\n", "")
    (problem,) = problems_for(tmp_path, {"spot.yaml": spot_file(entry)})
    assert problem.message == "errors[0].retry: retry_max_attempts and retry_then go only with retry: retry or wait, not 'stop'"


def test_what_to_do_after_the_attempts_never_sends_the_request_again(tmp_path: Path) -> None:
    entry = BOUNDED_WAIT.format(action="wait", bound="    retry_max_attempts: 3\n    retry_then: retry\n")
    (problem,) = problems_for(tmp_path, {"spot.yaml": spot_file(entry)})
    assert problem.message.startswith("errors[0].retry_then: 'retry' is not")


def test_a_bounded_wait_is_accepted(tmp_path: Path) -> None:
    catalog = tmp_path / "catalog"
    catalog.mkdir()
    (catalog / "spot.yaml").write_text(spot_file(BOUNDED_WAIT.format(action="wait", bound="    retry_max_attempts: 3\n    retry_then: stop\n")), encoding="utf-8")
    advice = load_catalog(catalog).catalog.domain("spot").errors[0].retry
    assert (advice.action, advice.max_attempts, advice.then) == ("wait", 3, "stop")


def test_touching_placeholders_must_be_a_number_then_a_currency(tmp_path: Path) -> None:
    entry = GOOD_ENTRY.replace('message: "Balance insufficient"', 'message: "Limit {0}{1}"\n        placeholders: [{token: "{0}", name: limit}, {token: "{1}", name: unit}]')
    (problem,) = problems_for(tmp_path, {"spot.yaml": spot_file(entry)})
    assert problem.message == (
        "errors[0].variants[0].placeholders[1]: {0}{1} touch, and a text then a text cannot be told apart; "
        "expected text between them, or: a number then a currency"
    )
    fixed = entry.replace("name: limit}", "name: limit, kind: number}").replace("name: unit}", "name: unit, kind: currency}")
    catalog = tmp_path / "fixed"
    catalog.mkdir()
    (catalog / "spot.yaml").write_text(spot_file(fixed), encoding="utf-8")
    assert [p.name for p in load_catalog(catalog).catalog.domain("spot").errors[0].variants[0].placeholders] == ["limit", "unit"]


def _messages(tmp_path: Path, entry: str) -> list[tuple[int, int, str]]:
    return [(p.line, p.column, p.message) for p in problems_for(tmp_path, {"spot.yaml": spot_file(entry)})]


def test_each_unknown_field_is_named_at_its_key_in_sorted_order(tmp_path: Path) -> None:
    fields = "code, name, scope, category, retry, retry_after_ms, retry_after_header, retry_max_attempts, retry_then, http_status, note, review, undocumented, deprecated, variants"
    assert _messages(tmp_path, GOOD_ENTRY.replace("    name:", "    zzz: 1\n    aaa: 2\n    name:")) == [
        (7, 5, f"unknown field 'zzz' in errors[0]; expected one of: {fields}"),
        (8, 5, f"unknown field 'aaa' in errors[0]; expected one of: {fields}"),
    ]


def test_a_value_outside_a_list_of_choices_names_every_choice(tmp_path: Path) -> None:
    choices = "retry, wait, check_state, fix_request, reauthenticate, top_up, contact_support, stop"
    assert _messages(tmp_path, GOOD_ENTRY.replace("retry: top_up", "retry: top-up")) == [
        (9, 12, f"errors[0].retry: unknown value 'top-up' (did you mean 'top_up'?); expected one of: {choices}"),
    ]
    assert _messages(tmp_path / "list", GOOD_ENTRY.replace("retry: top_up", "retry: [top_up]")) == [
        (9, 12, f"errors[0].retry: unknown value \"['top_up']\"; expected one of: {choices}"),
    ]


def test_a_name_too_long_says_how_long_it_is(tmp_path: Path) -> None:
    assert _messages(tmp_path, GOOD_ENTRY.replace("name: BALANCE_INSUFFICIENT", "name: " + "A" * 101)) == [
        (7, 11, "errors[0].name: 101 characters long; expected at most 100"),
    ]


def test_a_text_breaking_a_pattern_is_told_what_the_schema_describes(tmp_path: Path) -> None:
    assert _messages(tmp_path, GOOD_ENTRY.replace("name: BALANCE_INSUFFICIENT", "name: Balance")) == [
        (7, 11, "errors[0].name: 'Balance' is not valid; expected an UPPER_SNAKE identifier, valid as is in Python and TypeScript."),
    ]
    assert _messages(tmp_path / "padded", GOOD_ENTRY.replace('"Balance insufficient"', '" Balance"')) == [
        (12, 18, "errors[0].variants[0].message: ' Balance' is not valid; expected text that is not empty and does not start or end with white space."),
    ]


def test_other_schema_errors_keep_the_validators_words(tmp_path: Path) -> None:
    assert _messages(tmp_path, GOOD_ENTRY.replace("code: 200004", "code: 0")) == [(6, 11, "errors[0].code: 0 is less than the minimum of 1")]


def test_a_refused_character_that_alone_breaks_the_pattern_is_reported_once(tmp_path: Path) -> None:
    refused = "errors[0].variants[0].message: character U+001F is not allowed; expected printable text (tab allowed)"
    assert _messages(tmp_path, GOOD_ENTRY.replace('"Balance insufficient"', '"Balance\\x1f"')) == [(12, 18, refused)]
    padded = _messages(tmp_path / "padded", GOOD_ENTRY.replace('"Balance insufficient"', '"Balance \\x1f"'))
    assert padded == [
        (12, 18, "errors[0].variants[0].message: 'Balance \\x1f' is not valid; expected text that is not empty and does not start or end with white space."),
        (12, 18, refused),
    ]


def test_refused_characters_are_found_in_the_description_and_in_notes_where_line_breaks_are_allowed(tmp_path: Path) -> None:
    notes = GOOD_ENTRY.replace("    retry: top_up\n", '    retry: top_up\n    note: "Two\\nlines\\u0007"\n') + '        note: "Also\\ntwo\\u0007"\n'
    text = spot_file(notes).replace('description: "Spot errors."', 'description: "Spot\\u0001 errors."')
    assert [(p.line, p.column, p.message) for p in problems_for(tmp_path / "n", {"spot.yaml": text})] == [
        (3, 14, "description: character U+0001 is not allowed; expected printable text (tab allowed)"),
        (10, 11, "errors[0].note: character U+0007 is not allowed; expected printable text (tab and line breaks allowed)"),
        (14, 15, "errors[0].variants[0].note: character U+0007 is not allowed; expected printable text (tab and line breaks allowed)"),
    ]


def test_notes_may_hold_line_breaks(tmp_path: Path) -> None:
    notes = GOOD_ENTRY.replace("    retry: top_up\n", '    retry: top_up\n    note: "Two\\nlines"\n') + '        note: "Also\\ntwo"\n'
    (tmp_path / "spot.yaml").write_text(spot_file(notes), encoding="utf-8")
    entry = load_catalog(tmp_path).catalog.domain("spot").errors[0]
    assert (entry.note, entry.variants[0].note) == ("Two\nlines", "Also\ntwo")


def test_the_same_message_under_another_key_or_detail_is_another_row(tmp_path: Path) -> None:
    rows = GOOD_ENTRY + (
        '      - id: KEYED\n        key: a.key\n        message: "Balance insufficient"\n'
        '      - id: DETAILED\n        key: a.key\n        message: "Balance insufficient"\n        detail: "More"\n'
    )
    (tmp_path / "spot.yaml").write_text(spot_file(rows), encoding="utf-8")
    variants = load_catalog(tmp_path).catalog.domain("spot").errors[0].variants
    assert [variant.documented_text for variant in variants] == ["Balance insufficient", "a.key -- Balance insufficient", "a.key -- Balance insufficient -- More"]
    again = rows + '      - id: AGAIN\n        key: a.key\n        message: "Balance insufficient"\n        detail: "More"\n'
    assert _messages(tmp_path / "again", again) == [
        (20, 9, "errors[0].variants[3]: duplicate message 'a.key -- Balance insufficient -- More' (first at line 16); expected each message once"),
    ]


def test_a_duplicate_variant_id_is_named_as_such(tmp_path: Path) -> None:
    twice = GOOD_ENTRY + '      - id: BALANCE_INSUFFICIENT\n        message: "Other"\n'
    assert _messages(tmp_path, twice) == [
        (13, 13, "errors[0].variants[1].id: duplicate variant id 'BALANCE_INSUFFICIENT' (first at line 11); expected each variant id once"),
    ]


def test_a_margin_file_with_scopes_loads_and_a_misplaced_scope_is_named_at_it(tmp_path: Path) -> None:
    catalog = tmp_path / "catalog"
    catalog.mkdir()
    (catalog / "margin.yaml").write_text(spot_file(GOOD_ENTRY.replace("    category:", "    scope: all\n    category:"), domain="margin"), encoding="utf-8")
    assert load_catalog(catalog).catalog.domain("margin").errors[0].scope == "all"
    assert _messages(tmp_path / "spot", GOOD_ENTRY.replace("    category:", "    scope: all\n    category:")) == [
        (8, 12, "errors[0].scope: scope is for margin codes only"),
    ]


def test_a_wait_with_only_a_header_is_enough_and_a_broken_retry_is_reported_once(tmp_path: Path) -> None:
    header_only = GOOD_ENTRY.replace("retry: top_up", "retry: wait\n    retry_after_header: gw-ratelimit-reset")
    (tmp_path / "spot.yaml").write_text(spot_file(header_only), encoding="utf-8")
    assert load_catalog(tmp_path).catalog.domain("spot").errors[0].retry.after_header == "gw-ratelimit-reset"
    broken = GOOD_ENTRY.replace("retry: top_up", "retry: 7\n    retry_after_ms: 10")
    assert [message.split(":")[0] for _, _, message in _messages(tmp_path / "broken", broken)] == ["errors[0].retry"]


def test_a_variant_overriding_the_advice_is_checked_like_an_entry(tmp_path: Path) -> None:
    overriding = GOOD_ENTRY + "        category: rate_limited\n        retry: wait\n        retry_after_ms: 10\n"
    (tmp_path / "spot.yaml").write_text(spot_file(overriding), encoding="utf-8")
    variant = load_catalog(tmp_path).catalog.domain("spot").errors[0].variants[0]
    assert (variant.category, variant.retry) == ("rate_limited", variant.retry) and variant.retry.after_ms == 10
    waiting = GOOD_ENTRY + "        category: rate_limited\n        retry: wait\n"
    assert _messages(tmp_path / "waiting", waiting) == [
        (14, 16, "errors[0].variants[0].retry: 'wait' needs retry_after_ms or retry_after_header to say how long"),
    ]


def test_recorded_placeholders_that_do_not_match_are_reported_at_the_placeholders(tmp_path: Path) -> None:
    wrong = GOOD_ENTRY.replace('"Balance insufficient"', '"Balance insufficient: xxx"\n        placeholders: [{token: "{0}", name: amount}]')
    assert _messages(tmp_path, wrong) == [
        (13, 23, "errors[0].variants[0].placeholders: the message has placeholders ['xxx'] but ['{0}'] are recorded; expected one entry per placeholder, in order"),
    ]


def test_a_name_or_id_reserved_in_a_registered_language_is_refused_at_its_place(c_header_target: object, tmp_path: Path) -> None:
    reserved = GOOD_ENTRY.replace("name: BALANCE_INSUFFICIENT", 'name: "NULL"').replace("id: BALANCE_INSUFFICIENT", "id: EOF")
    assert _messages(tmp_path, reserved) == [
        (7, 11, "errors[0].name: 'NULL' is reserved in C"),
        (11, 13, "errors[0].variants[0].id: 'EOF' is reserved in C"),
    ]


STRING_CODE = """\
  - code: order_not_exist
    name: ORDER_NOT_EXIST
    category: order_not_found
    retry: stop
"""
FAILURE_UNDER_SUCCESS = """\
  - message: "Position does not exist"
    name: POSITION_NOT_FOUND
    category: not_found
    retry: fix_request
"""


def test_string_codes_and_failures_under_success_load_into_their_domain(tmp_path: Path) -> None:
    (tmp_path / "spot.yaml").write_text(spot_file(GOOD_ENTRY + "string_codes:\n" + STRING_CODE + "failures_under_success:\n" + FAILURE_UNDER_SUCCESS),
                                        encoding="utf-8")
    spot = load_catalog(tmp_path).catalog.domain("spot")
    assert [(item.code, item.message, item.name, item.category, item.retry) for item in (*spot.string_codes, *spot.failures_under_success)] == [
        ("order_not_exist", None, "ORDER_NOT_EXIST", "order_not_found", "stop"), (None, "Position does not exist", "POSITION_NOT_FOUND", "not_found", "fix_request")]


def test_a_string_code_that_is_a_decimal_number_is_refused_at_the_code(tmp_path: Path) -> None:
    problem = only_problem(tmp_path, spot_file(GOOD_ENTRY + "string_codes:\n" + STRING_CODE.replace("order_not_exist", '"0200004"')))
    assert (problem.line, problem.column) == (14, 11)
    assert problem.message == "string_codes[0].code: '0200004' is a decimal number; expected a code that is not a number (a numeric code is an entry of errors)"


def test_a_string_code_or_a_failure_under_success_listed_twice_is_refused_at_the_second(tmp_path: Path) -> None:
    again = STRING_CODE.replace("ORDER_NOT_EXIST", "ORDER_GONE")
    reworded = FAILURE_UNDER_SUCCESS.replace("Position does not exist", "position  does not exist.")
    content = spot_file(GOOD_ENTRY + "string_codes:\n" + STRING_CODE + again + "failures_under_success:\n" + FAILURE_UNDER_SUCCESS + reworded)
    problems = problems_for(tmp_path, {"spot.yaml": content})
    assert [(p.line, p.column, p.message) for p in problems] == [
        (18, 11, "string_codes[1].code: duplicate string code 'order_not_exist' (first at line 14); expected each string code once"),
        (27, 14, "failures_under_success[1].message: duplicate message (compared as matched) 'position does not exist' (first at line 23); "
                 "expected each message (compared as matched) once"),
        (28, 11, "failures_under_success[1].name: duplicate name 'POSITION_NOT_FOUND' (first at line 24); expected each name once"),
    ]


def test_a_string_code_that_would_wait_without_a_time_and_a_malformed_one_are_refused(tmp_path: Path) -> None:
    waiting = STRING_CODE.replace("retry: stop", "retry: wait").replace("order_not_found", "rate_limited")
    problems = problems_for(tmp_path, {"spot.yaml": spot_file(GOOD_ENTRY + "string_codes:\n" + waiting + "  - code: busy\n    name: lower_case\n    categry: x\n")})
    assert [(p.line, p.column, p.message) for p in problems] == [
        (17, 12, "string_codes[0].retry: 'wait' needs a time to wait, which only an entry can give; expected another retry action"),
        (18, 5, "string_codes[1]: missing required field 'category'"),
        (18, 5, "string_codes[1]: missing required field 'retry'"),
        (19, 11, "string_codes[1].name: 'lower_case' is not valid; expected an UPPER_SNAKE identifier, valid as is in Python and TypeScript."),
        (20, 5, "unknown field 'categry' in string_codes[1] (did you mean 'category'?); expected one of: code, name, category, retry, note, undocumented"),
    ]


def test_a_string_code_or_failure_named_with_a_reserved_word_is_refused_at_its_name(c_header_target: object, tmp_path: Path) -> None:
    content = GOOD_ENTRY + "string_codes:\n" + STRING_CODE.replace("name: ORDER_NOT_EXIST", 'name: "NULL"') + "failures_under_success:\n" + (
        FAILURE_UNDER_SUCCESS.replace("name: POSITION_NOT_FOUND", "name: EOF"))
    assert _messages(tmp_path, content) == [
        (15, 11, "string_codes[0].name: 'NULL' is reserved in C"),
        (20, 11, "failures_under_success[0].name: 'EOF' is reserved in C"),
    ]


def _websocket_file(variant_lines: str) -> str:
    entry = "  - code: 509\n    name: EXCEED_MAX_SUBSCRIBE\n    category: rate_limited\n    retry: stop\n    variants:\n      - id: EXCEED_MAX_SUBSCRIBE\n"
    return spot_file(entry + variant_lines, domain="websocket", success="[]")


def test_a_table_outside_the_websocket_and_gateway_domains_is_refused_at_it(tmp_path: Path) -> None:
    problem = only_problem(tmp_path, spot_file(GOOD_ENTRY + "        table: connecting\n"))
    assert str(problem).endswith("spot.yaml:13:16: errors[0].variants[0].table: table is for websocket and gateway messages only")


def test_a_table_of_another_domain_is_refused_with_every_table_of_this_one(tmp_path: Path) -> None:
    # A table of the gateway: the schema knows it, the rule says it is not one of this domain's.
    problem = only_problem(tmp_path, _websocket_file('        message: "exceed max subscription count limitation"\n        table: server\n'), "websocket.yaml")
    assert str(problem).endswith("websocket.yaml:13:16: errors[0].variants[0].table: 'server' is not a websocket table; expected one of: subscribing, connecting, other")


def test_a_websocket_message_without_its_table_is_refused_at_the_message(tmp_path: Path) -> None:
    problem = only_problem(tmp_path, _websocket_file('        message: "exceed max subscription count limitation"\n'), "websocket.yaml")
    assert str(problem).endswith("websocket.yaml:11:9: errors[0].variants[0]: websocket messages need table (subscribing, connecting, other)")


def test_a_detail_separator_without_a_detail_is_refused_at_the_separator(tmp_path: Path) -> None:
    problem = only_problem(tmp_path, spot_file(GOOD_ENTRY + '        detail_separator: "--"\n'))
    assert str(problem).endswith("spot.yaml:13:27: errors[0].variants[0].detail_separator: a detail separator needs a detail")


def test_an_alias_that_is_the_message_itself_is_refused_at_the_alias(tmp_path: Path) -> None:
    problem = only_problem(tmp_path, spot_file(GOOD_ENTRY + '        aliases: ["Balance low", "Balance insufficient"]\n'))
    assert str(problem).endswith(
        "spot.yaml:13:34: errors[0].variants[0].aliases[1]: 'Balance insufficient' is the message itself; an alias is another wording"
    )


def test_a_delay_given_with_another_action_than_wait_is_refused_at_the_action(tmp_path: Path) -> None:
    delayed = GOOD_ENTRY.replace("retry: top_up", "retry: top_up\n    retry_after_ms: 10")
    assert _messages(tmp_path, delayed) == [
        (9, 12, "errors[0].retry: retry_after_ms and retry_after_header go only with retry: wait, not 'top_up'"),
    ]


#: Every free-text field a file holds, each with a value in a file where it is the only one with a refused character.
_FREE_TEXT_FIELDS = (
    "description",
    *(f"errors[0].{name}" for name in ("note", "review", "undocumented")),
    *(f"errors[0].variants[0].{name}" for name in ("key", "message", "detail", "note", "review", "undocumented")),
    *(f"string_codes[0].{name}" for name in ("code", "note", "undocumented")),
    *(f"failures_under_success[0].{name}" for name in ("message", "note", "undocumented")),
)


def _file_with_texts(texts: dict[str, str]) -> str:
    """A spot file with every free-text field set, to ``texts[field]`` where given and to plain text elsewhere."""
    def text(field: str, plain: str) -> str:
        return '"' + texts.get(field, plain) + '"'

    entry, variant = "errors[0].", "errors[0].variants[0]."
    body = (
        "  - code: 200004\n    name: BALANCE_INSUFFICIENT\n    category: insufficient_funds\n    retry: top_up\n"
        + "".join(f"    {name}: {text(entry + name, name.title())}\n" for name in ("note", "review", "undocumented"))
        + "    variants:\n      - id: BALANCE_INSUFFICIENT\n"
        + "".join(f"        {name}: {text(variant + name, plain)}\n" for name, plain in (
            ("key", "a.key"), ("message", "Balance"), ("detail", "More"), ("note", "Note"), ("review", "Review"), ("undocumented", "Seen")))
        + f"string_codes:\n  - code: {text('string_codes[0].code', 'order_not_exist')}\n    name: ORDER_NOT_EXIST\n    category: order_not_found\n"
        + f"    retry: stop\n    note: {text('string_codes[0].note', 'Note')}\n    undocumented: {text('string_codes[0].undocumented', 'Seen')}\n"
        + f"failures_under_success:\n  - message: {text('failures_under_success[0].message', 'Position does not exist')}\n    name: POSITION_NOT_FOUND\n"
        + "    category: not_found\n    retry: fix_request\n"
        + f"    note: {text('failures_under_success[0].note', 'Note')}\n    undocumented: {text('failures_under_success[0].undocumented', 'Seen')}\n"
    )
    return spot_file(body).replace('description: "Spot errors."', f"description: {text('description', 'Spot errors.')}")


def test_a_file_with_every_free_text_field_set_to_plain_text_is_valid(tmp_path: Path) -> None:
    (tmp_path / "spot.yaml").write_text(_file_with_texts({}), encoding="utf-8")
    assert load_catalog(tmp_path).catalog.domain("spot").errors[0].variants[0].detail == "More"


@pytest.mark.parametrize("field", _FREE_TEXT_FIELDS)
def test_a_refused_character_is_reported_in_any_free_text_field_even_when_no_other_holds_one(tmp_path: Path, field: str) -> None:
    refused = "a.key\\u0007" if field.endswith(".key") else "Text\\u0007"  # a key of its pattern's shape but for the character
    problems = problems_for(tmp_path, {"spot.yaml": _file_with_texts({field: refused})})
    assert [p.message.split(";")[0] for p in problems] == [f"{field}: character U+0007 is not allowed"]


def test_a_domain_cannot_fall_back_on_itself(tmp_path: Path) -> None:
    problem = only_problem(tmp_path, spot_file().replace("description:", "fallback: spot\ndescription:"))
    assert (problem.path, problem.line, problem.column) == ("catalog/spot.yaml", 3, 11)
    assert problem.message == "fallback: spot cannot fall back on itself; expected the layer its responses come through (gateway)"


def test_a_name_or_variant_id_reserved_in_a_target_language_is_refused(tmp_path: Path) -> None:
    named = only_problem(tmp_path / "name", spot_file(GOOD_ENTRY.replace("name: BALANCE_INSUFFICIENT", "name: SELF")))
    assert (named.line, named.column, named.message) == (7, 11, "errors[0].name: 'SELF' is reserved in Rust")
    identified = only_problem(tmp_path / "id", spot_file(GOOD_ENTRY.replace("id: BALANCE_INSUFFICIENT", "id: SELF")))
    assert (identified.line, identified.column, identified.message) == (11, 13, "errors[0].variants[0].id: 'SELF' is reserved in Rust")


def test_an_alias_that_is_the_variants_key_is_refused(tmp_path: Path) -> None:
    aliased = GOOD_ENTRY.replace('message: "Balance insufficient"', 'key: order.size\n        message: "Balance insufficient"\n        aliases: [order.size]')
    problem = only_problem(tmp_path, spot_file(aliased))
    assert (problem.line, problem.column) == (14, 19)
    assert problem.message == "errors[0].variants[0].aliases[0]: 'order.size' is the message itself; an alias is another wording"


def test_two_rows_that_differ_only_in_the_separator_before_the_detail_are_two_rows(tmp_path: Path) -> None:
    glued = GOOD_ENTRY.replace(
        'message: "Balance insufficient"', 'message: "Balance insufficient"\n        detail: "x"\n        detail_separator: "--"'
    )
    spaced = '      - id: OTHER\n        message: "Balance insufficient"\n        detail: "x"\n'
    (tmp_path / "spot.yaml").write_text(spot_file(glued + spaced), encoding="utf-8")
    variants = load_catalog(tmp_path).catalog.domain("spot").errors[0].variants
    assert [variant.documented_text for variant in variants] == ["Balance insufficient--x", "Balance insufficient -- x"]


def test_a_number_touching_a_currency_token_of_no_recorded_kind_is_told_apart(tmp_path: Path) -> None:
    """``XX`` is a currency unless its placeholder says otherwise, so ``{0}XX`` is a number then a currency."""
    entry = GOOD_ENTRY.replace(
        'message: "Balance insufficient"', 'message: "Limit {0}XX"\n        placeholders: [{token: "{0}", name: limit, kind: number}, {token: XX, name: unit}]'
    )
    (tmp_path / "spot.yaml").write_text(spot_file(entry), encoding="utf-8")
    placeholders = load_catalog(tmp_path).catalog.domain("spot").errors[0].variants[0].placeholders
    assert [(placeholder.token, placeholder.kind) for placeholder in placeholders] == [("{0}", "number"), ("XX", None)]


def test_a_domain_falling_back_on_itself_is_reported_beside_the_schema_errors_of_its_file(tmp_path: Path) -> None:
    content = spot_file(GOOD_ENTRY.replace("category: insufficient_funds", "category: 12")).replace("description:", "fallback: spot\ndescription:")
    problems = problems_for(tmp_path, {"spot.yaml": content})
    assert [(problem.line, problem.column) for problem in problems] == [(3, 11), (9, 15)]
    assert problems[0].message == "fallback: spot cannot fall back on itself; expected the layer its responses come through (gateway)"
    assert problems[1].message.startswith("errors[0].category:")
