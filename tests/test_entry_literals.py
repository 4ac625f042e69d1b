"""The entry literal filters: one call writes a catalogue entry's data in a target's syntax, every field in its place."""

from __future__ import annotations

import dataclasses
import json

import pytest

from codegen.escaping import go_string
from codegen.matching import entry_patterns
from codegen.naming import camel_case
from codegen.model import Catalog, Deprecation, DomainCatalog, ErrorEntry, MessageVariant, Placeholder, RetryAdvice
from codegen.targets.go import go_entry_literal, go_pattern, go_retry_advice, go_template_patterns
from codegen.targets.java import java_entry_literal, java_retry_advice, java_string, java_template_patterns
from codegen.targets.python import python_entry_literal, python_retry_advice
from codegen.targets.rust import rust_entry_literal, rust_retry_advice
from codegen.targets.typescript import entry_json

#: An entry with the fewest fields: one variant, no placeholder, retry advice without a delay.
PLAIN = ErrorEntry(code=400100, name="BAD", category="bad_request", retry=RetryAdvice("fix_request"), variants=(MessageVariant("V0", "Bad"),))

#: An entry with every optional field set, and texts that need escaping.
FULL = ErrorEntry(
    code=130001,
    name="LOAN_LIMIT",
    category="limit_exceeded",
    retry=RetryAdvice("retry", max_attempts=3, then="stop"),
    variants=(
        MessageVariant("V0", 'Say "{0}" in XX', key="k", detail="d", placeholders=(Placeholder("{0}", "amount", "number"), Placeholder("XX", "currency")),
                       category="rate_limited", retry=RetryAdvice("wait", after_ms=1500, after_header="gw-ratelimit-reset"), note="n\\", review="r",
                       detail_separator=":", aliases=("a1", "a2"), table="T", undocumented="u", pages=("p:1", "p:2")),
        MessageVariant("V1", "é\n"),
    ),
    scope="all",
    http_status=429,
    note="note",
    review="review",
    deprecated=Deprecation("gone", "spot:1"),
    undocumented="seen",
)


def test_go_retry_advice_writes_the_action_then_only_the_fields_that_are_set() -> None:
    assert go_retry_advice(RetryAdvice("stop")) == 'RetryAdvice{Action: "stop"}'
    assert go_retry_advice(RetryAdvice("wait", after_ms=5, after_header="h", max_attempts=2, then="stop")) == \
        'RetryAdvice{Action: "wait", AfterMs: 5, AfterHeader: "h", MaxAttempts: 2, Then: "stop"}'


def test_a_go_entry_is_a_line_then_a_line_a_variant_then_its_closing_line() -> None:
    assert go_entry_literal(PLAIN, "spot") == (
        '\t\t{Domain: "spot", Code: 400100, Name: "BAD", Category: "bad_request", Retry: RetryAdvice{Action: "fix_request"}, Variants: []MessageVariant{\n'
        '\t\t\t{ID: "V0", Message: "Bad"},\n'
        "\t\t}},"
    )
    assert go_entry_literal(FULL, "margin") == (
        '\t\t{Domain: "margin", Code: 130001, Name: "LOAN_LIMIT", Category: "limit_exceeded", Retry: RetryAdvice{Action: "retry", MaxAttempts: 3, Then: "stop"}'
        ', Scope: "all", HTTPStatus: 429, Note: "note", Review: "review", Deprecated: "gone", ReplacedBy: "spot:1", Undocumented: "seen"'
        ", Variants: []MessageVariant{\n"
        '\t\t\t{ID: "V0", Message: "Say \\"{0}\\" in XX", Key: "k", Detail: "d", DetailSeparator: ":", Aliases: []string{"a1", "a2"}, Table: "T"'
        ', Placeholders: []Placeholder{{Token: "{0}", Name: "amount", Kind: "number"}, {Token: "XX", Name: "currency"}}, Category: "rate_limited"'
        ', Retry: &RetryAdvice{Action: "wait", AfterMs: 1500, AfterHeader: "gw-ratelimit-reset"}, Note: "n\\\\", Review: "r", Undocumented: "u"'
        ', Pages: []string{"p:1", "p:2"}},\n'
        '\t\t\t{ID: "V1", Message: "é\\n"},\n'
        "\t\t}},"
    )


def test_java_retry_advice_writes_every_argument_with_null_for_what_is_not_set() -> None:
    assert java_retry_advice(RetryAdvice("stop")) == "new RetryAdvice(RetryAction.STOP, null, null, null, null)"
    assert java_retry_advice(RetryAdvice("wait", after_ms=5, after_header="h", max_attempts=2, then="stop")) == \
        'new RetryAdvice(RetryAction.WAIT, 5L, "h", 2, RetryAction.STOP)'


def test_a_java_entry_is_an_error_info_expression_with_a_line_a_variant() -> None:
    assert java_entry_literal(PLAIN, "spot") == (
        'new ErrorInfo(Domain.SPOT, 400100, "BAD", Category.BAD_REQUEST, new RetryAdvice(RetryAction.FIX_REQUEST, null, null, null, null), List.of(\n'
        '                new MessageVariant("V0", "Bad", null, null, List.of(), null, null, null, null, null, List.of(), null, null, List.of())\n'
        "            ), null, null, null, null, null, null, null)"
    )
    assert java_entry_literal(FULL, "margin") == (
        'new ErrorInfo(Domain.MARGIN, 130001, "LOAN_LIMIT", Category.LIMIT_EXCEEDED, '
        'new RetryAdvice(RetryAction.RETRY, null, null, 3, RetryAction.STOP), List.of(\n'
        '                new MessageVariant("V0", "Say \\"{0}\\" in XX", "k", "d", List.of(new Placeholder("{0}", "amount", PlaceholderKind.NUMBER), '
        'new Placeholder("XX", "currency", null)), Category.RATE_LIMITED, new RetryAdvice(RetryAction.WAIT, 1500L, "gw-ratelimit-reset", null, null), '
        '"n\\\\", "r", ":", List.of("a1", "a2"), "T", "u", List.of("p:1", "p:2")),\n'
        '                new MessageVariant("V1", "\\u00e9\\n", null, null, List.of(), null, null, null, null, null, List.of(), null, null, List.of())\n'
        '            ), MarginScope.ALL, 429, "note", "review", "gone", "spot:1", "seen")'
    )


def test_rust_retry_advice_writes_the_fields_that_are_set_and_takes_the_rest_from_the_base_advice() -> None:
    assert rust_retry_advice(RetryAdvice("stop")) == "RetryAdvice { action: RetryAction::Stop, ..ADVICE }"
    assert rust_retry_advice(RetryAdvice("wait", after_ms=0)) == "RetryAdvice { action: RetryAction::Wait, after_ms: Some(0), ..ADVICE }"
    assert rust_retry_advice(RetryAdvice("wait", after_header='say "h"')) == \
        'RetryAdvice { action: RetryAction::Wait, after_header: Some("say \\"h\\""), ..ADVICE }'


def test_rust_retry_advice_with_every_field_set_still_names_its_base() -> None:
    # One shape for every literal: data.rs allows clippy's needless_update for the literals that set every field.
    assert rust_retry_advice(RetryAdvice("wait", after_ms=5, after_header="h", max_attempts=2, then="stop")) == \
        'RetryAdvice { action: RetryAction::Wait, after_ms: Some(5), after_header: Some("h"), max_attempts: Some(2), then: Some(RetryAction::Stop), ..ADVICE }'


def test_a_rust_entry_with_every_field_set_writes_them_all_a_line_each_and_a_variant_a_line() -> None:
    assert rust_entry_literal(FULL, "margin") == (
        "    ErrorInfo {\n"
        "        domain: Domain::Margin,\n"
        "        code: 130001,\n"
        '        name: "LOAN_LIMIT",\n'
        "        category: Category::LimitExceeded,\n"
        "        retry: RetryAdvice { action: RetryAction::Retry, max_attempts: Some(3), then: Some(RetryAction::Stop), ..ADVICE },\n"
        "        variants: &[\n"
        '            MessageVariant { id: "V0", message: "Say \\"{0}\\" in XX", key: Some("k"), detail: Some("d"), '
        'placeholders: &[Placeholder { token: "{0}", name: "amount", kind: Some(PlaceholderKind::Number) }, '
        'Placeholder { token: "XX", name: "currency", kind: None }], '
        "category: Some(Category::RateLimited), "
        'retry: Some(RetryAdvice { action: RetryAction::Wait, after_ms: Some(1500), after_header: Some("gw-ratelimit-reset"), ..ADVICE }), '
        'note: Some("n\\\\"), review: Some("r"), detail_separator: Some(":"), aliases: &["a1", "a2"], table: Some("T"), '
        'undocumented: Some("u"), pages: &["p:1", "p:2"], '
        'template: &[TemplatePart::Literal("Say \\""), TemplatePart::Value(PlaceholderKind::Number), '
        'TemplatePart::Literal("\\" in "), TemplatePart::Value(PlaceholderKind::Currency)], ..VARIANT },\n'
        '            MessageVariant { id: "V1", message: "é\\n", ..VARIANT },\n'
        "        ],\n"
        "        scope: Some(MarginScope::All),\n"
        "        http_status: Some(429),\n"
        '        note: Some("note"),\n'
        '        review: Some("review"),\n'
        '        deprecated: Some("gone"),\n'
        '        replaced_by: Some("spot:1"),\n'
        '        undocumented: Some("seen"),\n'
        "        ..ENTRY\n"
        "    },"
    )


def test_a_rust_entry_writes_the_fields_that_are_set_and_takes_the_rest_from_the_base_entry() -> None:
    assert rust_entry_literal(PLAIN, "spot") == (
        "    ErrorInfo {\n"
        "        domain: Domain::Spot,\n"
        "        code: 400100,\n"
        '        name: "BAD",\n'
        "        category: Category::BadRequest,\n"
        "        retry: RetryAdvice { action: RetryAction::FixRequest, ..ADVICE },\n"
        "        variants: &[\n"
        '            MessageVariant { id: "V0", message: "Bad", ..VARIANT },\n'
        "        ],\n"
        "        ..ENTRY\n"
        "    },"
    )
    deprecated = dataclasses.replace(PLAIN, http_status=0, deprecated=Deprecation("gone"))
    assert rust_entry_literal(deprecated, "spot").endswith(
        "        ],\n"
        "        http_status: Some(0),\n"
        '        deprecated: Some("gone"),\n'
        "        ..ENTRY\n"
        "    },"
    )


def test_go_patterns_lower_capitals_between_escapes_and_keep_each_escape_whole() -> None:
    assert go_pattern("\\\\A\\.B[A-Z]\\") == "\\\\a\\.b[a-z]\\"
    assert go_pattern("\\u0041X") == "\\x{0041}x"
    assert go_pattern("\\\\u0041X") == "\\\\u0041x"  # an escaped backslash, then text


def test_python_retry_advice_writes_the_action_then_only_the_fields_that_are_set_by_keyword() -> None:
    assert python_retry_advice(RetryAdvice("stop")) == 'RetryAdvice("stop")'
    assert python_retry_advice(RetryAdvice("wait", after_ms=5, after_header="h", max_attempts=2, then="stop")) == \
        'RetryAdvice("wait", after_ms=5, after_header="h", max_attempts=2, then="stop")'


def test_a_python_entry_is_an_error_info_call_with_a_keyword_argument_a_line_and_only_the_fields_that_are_set() -> None:
    assert python_entry_literal(PLAIN, "spot") == (
        "        400100: ErrorInfo(\n"
        '            domain="spot",\n'
        "            code=400100,\n"
        '            name="BAD",\n'
        '            category="bad_request",\n'
        '            retry=RetryAdvice("fix_request"),\n'
        "            variants=(\n"
        "                MessageVariant(\n"
        '                    id="V0",\n'
        '                    message="Bad",\n'
        "                ),\n"
        "            ),\n"
        "        ),"
    )
    assert python_entry_literal(FULL, "margin") == (
        "        130001: ErrorInfo(\n"
        '            domain="margin",\n'
        "            code=130001,\n"
        '            name="LOAN_LIMIT",\n'
        '            category="limit_exceeded",\n'
        '            retry=RetryAdvice("retry", max_attempts=3, then="stop"),\n'
        "            variants=(\n"
        "                MessageVariant(\n"
        '                    id="V0",\n'
        "                    message='Say \"{0}\" in XX',\n"
        '                    key="k",\n'
        '                    detail="d",\n'
        '                    detail_separator=":",\n'
        "                    aliases=(\n"
        '                        "a1",\n'
        '                        "a2",\n'
        "                    ),\n"
        '                    table="T",\n'
        "                    placeholders=(\n"
        '                        Placeholder("{0}", "amount", "number"),\n'
        '                        Placeholder("XX", "currency"),\n'
        "                    ),\n"
        '                    category="rate_limited",\n'
        '                    retry=RetryAdvice("wait", after_ms=1500, after_header="gw-ratelimit-reset"),\n'
        '                    note="n\\\\",\n'
        '                    review="r",\n'
        '                    undocumented="u",\n'
        '                    pages=("p:1", "p:2"),\n'
        "                ),\n"
        "                MessageVariant(\n"
        '                    id="V1",\n'
        '                    message="é\\n",\n'
        "                ),\n"
        "            ),\n"
        '            scope="all",\n'
        "            http_status=429,\n"
        '            note="note",\n'
        '            review="review",\n'
        '            deprecated="gone",\n'
        '            replaced_by="spot:1",\n'
        '            undocumented="seen",\n'
        "        ),"
    )


def test_a_typescript_entry_is_its_compact_json_with_the_deprecation_flattened_last_in_a_single_quoted_string() -> None:
    margin = DomainCatalog("margin", "Margin.", (200000,), (FULL,))
    assert entry_json(PLAIN, DomainCatalog("spot", "Spot.", (200000,), (PLAIN,))) == (
        "'{\"domain\":\"spot\",\"code\":400100,\"name\":\"BAD\",\"category\":\"bad_request\",\"retry\":{\"action\":\"fix_request\"},"
        "\"variants\":[{\"id\":\"V0\",\"message\":\"Bad\",\"placeholders\":[]}]}'"
    )
    assert entry_json(FULL, margin) == (
        "'{\"domain\":\"margin\",\"code\":130001,\"name\":\"LOAN_LIMIT\",\"category\":\"limit_exceeded\","
        "\"retry\":{\"action\":\"retry\",\"maxAttempts\":3,\"then\":\"stop\"},\"variants\":["
        "{\"id\":\"V0\",\"message\":\"Say \\\\\"{0}\\\\\" in XX\",\"key\":\"k\",\"detail\":\"d\","
        "\"placeholders\":[{\"token\":\"{0}\",\"name\":\"amount\",\"kind\":\"number\"},{\"token\":\"XX\",\"name\":\"currency\"}],"
        "\"category\":\"rate_limited\",\"retry\":{\"action\":\"wait\",\"afterMs\":1500,\"afterHeader\":\"gw-ratelimit-reset\"},"
        "\"note\":\"n\\\\\\\\\",\"review\":\"r\",\"detailSeparator\":\":\",\"aliases\":[\"a1\",\"a2\"],\"table\":\"T\",\"undocumented\":\"u\","
        "\"pages\":[\"p:1\",\"p:2\"]},{\"id\":\"V1\",\"message\":\"é\\\\n\",\"placeholders\":[]}],"
        "\"scope\":\"all\",\"httpStatus\":429,\"note\":\"note\",\"review\":\"review\",\"undocumented\":\"seen\","
        "\"deprecated\":\"gone\",\"replacedBy\":\"spot:1\"}'"
    )


def test_retry_advice_is_written_as_the_model_holds_it_by_every_target_never_with_an_invented_action() -> None:
    # Validation refuses max_attempts without then (and then without max_attempts); should such advice reach a writer,
    # each target writes the fields that are set and leaves the others unset, as Java's null and Rust's None do.
    attempts_only, then_only = RetryAdvice("retry", max_attempts=3), RetryAdvice("retry", then="stop")
    assert go_retry_advice(attempts_only) == 'RetryAdvice{Action: "retry", MaxAttempts: 3}'
    assert go_retry_advice(then_only) == 'RetryAdvice{Action: "retry", Then: "stop"}'
    assert python_retry_advice(attempts_only) == 'RetryAdvice("retry", max_attempts=3)'
    assert python_retry_advice(then_only) == 'RetryAdvice("retry", then="stop")'
    assert java_retry_advice(attempts_only) == "new RetryAdvice(RetryAction.RETRY, null, null, 3, null)"
    assert java_retry_advice(then_only) == "new RetryAdvice(RetryAction.RETRY, null, null, null, RetryAction.STOP)"
    assert rust_retry_advice(attempts_only) == "RetryAdvice { action: RetryAction::Retry, max_attempts: Some(3), ..ADVICE }"
    assert rust_retry_advice(then_only) == "RetryAdvice { action: RetryAction::Retry, then: Some(RetryAction::Stop), ..ADVICE }"


def test_a_typescript_entry_writes_every_field_of_the_model_under_its_camel_case_key_in_the_model_s_order() -> None:
    # Every field set, with texts JSON and TypeScript leave as they are, so that the string's content is the JSON itself.
    advice = RetryAdvice("wait", after_ms=1, after_header="h", max_attempts=2, then="stop")
    variant = MessageVariant("V0", "m", key="k", detail="d", placeholders=(Placeholder("{0}", "amount", "number"),), category="rate_limited",
                             retry=advice, note="n", review="r", detail_separator=":", aliases=("a",), table="t", undocumented="u", pages=("p:1",))
    entry = dataclasses.replace(FULL, retry=advice, variants=(variant,))
    written = entry_json(entry, DomainCatalog("margin", "Margin.", (200000,), (entry,)))
    data = json.loads(written[1:-1])

    def keys(kind: type) -> list[str]:
        return [camel_case(field.name) for field in dataclasses.fields(kind)]

    entry_keys = [key for key in keys(ErrorEntry) if key != "deprecated"]
    assert list(data) == ["domain", *entry_keys, "deprecated", "replacedBy"]
    assert list(data["retry"]) == keys(RetryAdvice)
    assert list(data["variants"][0]) == keys(MessageVariant)
    assert list(data["variants"][0]["retry"]) == keys(RetryAdvice)
    assert list(data["variants"][0]["placeholders"][0]) == keys(Placeholder)


def test_a_typescript_entry_writes_empty_placeholders_but_leaves_out_empty_aliases_and_pages() -> None:
    assert entry_json(PLAIN, DomainCatalog("spot", "Spot.", (200000,), (PLAIN,))) == (
        "'{\"domain\":\"spot\",\"code\":400100,\"name\":\"BAD\",\"category\":\"bad_request\",\"retry\":{\"action\":\"fix_request\"},"
        "\"variants\":[{\"id\":\"V0\",\"message\":\"Bad\",\"placeholders\":[]}]}'"
    )


#: Texts of tests/conftest.py's AWKWARD_TEXTS (and a few more characters a literal must escape), each with its literal as
#: written by hand in Python, Go, Java, Rust and (inside the JSON of a single-quoted TypeScript string) TypeScript.
AWKWARD_LITERALS = {
    "line and paragraph separators": (
        "line\u2028separator and paragraph\u2029separator",
        '"line\\u2028separator and paragraph\\u2029separator"',
        '"line\\u2028separator and paragraph\\u2029separator"',
        '"line\\u2028separator and paragraph\\u2029separator"',
        '"line\\u{2028}separator and paragraph\\u{2029}separator"',
        '"line\\u2028separator and paragraph\\u2029separator"',
    ),
    "comment and template delimiters": (
        "ends */ opens /* ${x} `tick` {{ jinja }} {% raw %} </script>",
        '"ends */ opens /* ${x} `tick` {{ jinja }} {% raw %} </script>"',
        '"ends */ opens /* ${x} `tick` {{ jinja }} {% raw %} </script>"',
        '"ends */ opens /* ${x} `tick` {{ jinja }} {% raw %} </script>"',
        '"ends */ opens /* ${x} `tick` {{ jinja }} {% raw %} </script>"',
        '"ends */ opens /* ${x} `tick` {{ jinja }} {% raw %} </script>"',
    ),
    "emoji and accents": (
        "emoji \U0001F680 and \u00e9\u00e8 and \u4e2d\u6587",
        '"emoji \U0001F680 and \u00e9\u00e8 and \u4e2d\u6587"',
        '"emoji \U0001F680 and \u00e9\u00e8 and \u4e2d\u6587"',
        '"emoji \\ud83d\\ude80 and \\u00e9\\u00e8 and \\u4e2d\\u6587"',
        '"emoji \U0001F680 and \u00e9\u00e8 and \u4e2d\u6587"',
        '"emoji \U0001F680 and \u00e9\u00e8 and \u4e2d\u6587"',
    ),
    "invisible spaces and the byte order mark": (
        "no\u00a0break, zero\u200bwidth, \ufeffmark",
        '"no\\xa0break, zero\\u200bwidth, \\ufeffmark"',
        '"no\\u00a0break, zero\\u200bwidth, \\ufeffmark"',
        '"no\\u00a0break, zero\\u200bwidth, \\ufeffmark"',
        '"no\\u{a0}break, zero\\u{200b}width, \\u{feff}mark"',
        '"no\\u00a0break, zero\\u200bwidth, \\ufeffmark"',
    ),
    "quotes, a tab and a trailing backslash": (
        "He said \"stop\" and 'go'\tthen \\",
        '"He said \\"stop\\" and \'go\'\\tthen \\\\"',
        '"He said \\"stop\\" and \'go\'\\tthen \\\\"',
        '"He said \\"stop\\" and \'go\'\\tthen \\\\"',
        '"He said \\"stop\\" and \'go\'\\tthen \\\\"',
        # JSON escapes the quotes, the tab and the backslash; the TypeScript string doubles each backslash and escapes the single quotes.
        '"He said \\\\"stop\\\\" and \\\'go\\\'\\\\tthen \\\\\\\\"',
    ),
    "more double quotes than single ones": (
        'say "a" or "b"',
        "'say \"a\" or \"b\"'",  # ruff format's choice: the quote that needs fewer escapes
        '"say \\"a\\" or \\"b\\""',
        '"say \\"a\\" or \\"b\\""',
        '"say \\"a\\" or \\"b\\""',
        '"say \\\\"a\\\\" or \\\\"b\\\\""',
    ),
    "a very long line": (
        "a very long line " + "0123456789" * 2000,
        '"a very long line ' + "0123456789" * 2000 + '"',
        '"a very long line ' + "0123456789" * 2000 + '"',
        '"a very long line ' + "0123456789" * 2000 + '"',
        '"a very long line ' + "0123456789" * 2000 + '"',
        '"a very long line ' + "0123456789" * 2000 + '"',
    ),
}


def _awkward_entry(text: str) -> ErrorEntry:
    """PLAIN with ``text`` as its variant's message and its note: a field every variant writes, and an optional one of the entry."""
    return dataclasses.replace(PLAIN, variants=(MessageVariant("V0", text),), note=text)


@pytest.mark.parametrize("case", AWKWARD_LITERALS)
def test_a_go_entry_writes_awkward_text_as_a_go_string_equal_to_it(case: str) -> None:
    text, _, literal, _, _, _ = AWKWARD_LITERALS[case]
    assert go_entry_literal(_awkward_entry(text), "spot") == (
        '\t\t{Domain: "spot", Code: 400100, Name: "BAD", Category: "bad_request", Retry: RetryAdvice{Action: "fix_request"}, '
        f"Note: {literal}, Variants: []MessageVariant{{\n"
        f'\t\t\t{{ID: "V0", Message: {literal}}},\n'
        "\t\t}},"
    )


@pytest.mark.parametrize("case", AWKWARD_LITERALS)
def test_a_java_entry_writes_awkward_text_as_a_java_string_of_printable_ascii_equal_to_it(case: str) -> None:
    text, _, _, literal, _, _ = AWKWARD_LITERALS[case]
    assert java_entry_literal(_awkward_entry(text), "spot") == (
        'new ErrorInfo(Domain.SPOT, 400100, "BAD", Category.BAD_REQUEST, new RetryAdvice(RetryAction.FIX_REQUEST, null, null, null, null), List.of(\n'
        f'                new MessageVariant("V0", {literal}, null, null, List.of(), null, null, null, null, null, List.of(), null, null, List.of())\n'
        f"            ), null, null, {literal}, null, null, null, null)"
    )


@pytest.mark.parametrize("case", AWKWARD_LITERALS)
def test_a_rust_entry_writes_awkward_text_as_a_rust_string_equal_to_it(case: str) -> None:
    text, _, _, _, literal, _ = AWKWARD_LITERALS[case]
    assert rust_entry_literal(_awkward_entry(text), "spot") == (
        "    ErrorInfo {\n"
        "        domain: Domain::Spot,\n"
        "        code: 400100,\n"
        '        name: "BAD",\n'
        "        category: Category::BadRequest,\n"
        "        retry: RetryAdvice { action: RetryAction::FixRequest, ..ADVICE },\n"
        "        variants: &[\n"
        f'            MessageVariant {{ id: "V0", message: {literal}, ..VARIANT }},\n'
        "        ],\n"
        f"        note: Some({literal}),\n"
        "        ..ENTRY\n"
        "    },"
    )


@pytest.mark.parametrize("case", AWKWARD_LITERALS)
def test_a_python_entry_writes_awkward_text_as_a_python_string_equal_to_it(case: str) -> None:
    text, literal, _, _, _, _ = AWKWARD_LITERALS[case]
    assert python_entry_literal(_awkward_entry(text), "spot") == (
        "        400100: ErrorInfo(\n"
        '            domain="spot",\n'
        "            code=400100,\n"
        '            name="BAD",\n'
        '            category="bad_request",\n'
        '            retry=RetryAdvice("fix_request"),\n'
        "            variants=(\n"
        "                MessageVariant(\n"
        '                    id="V0",\n'
        f"                    message={literal},\n"
        "                ),\n"
        "            ),\n"
        f"            note={literal},\n"
        "        ),"
    )


@pytest.mark.parametrize("case", AWKWARD_LITERALS)
def test_a_typescript_entry_writes_awkward_text_as_json_inside_a_single_quoted_string_equal_to_it(case: str) -> None:
    text, _, _, _, _, literal = AWKWARD_LITERALS[case]
    entry = _awkward_entry(text)
    assert entry_json(entry, DomainCatalog("spot", "Spot.", (200000,), (entry,))) == (
        "'{\"domain\":\"spot\",\"code\":400100,\"name\":\"BAD\",\"category\":\"bad_request\",\"retry\":{\"action\":\"fix_request\"},"
        f"\"variants\":[{{\"id\":\"V0\",\"message\":{literal},\"placeholders\":[]}}],\"note\":{literal}}}'"
    )


class _Text(str):
    """A text of a subclass of str, as a YAML library may give one."""


def test_a_typescript_entry_writes_a_text_of_a_str_subclass_as_a_plain_text_keeping_its_non_ascii_characters() -> None:
    entry = dataclasses.replace(PLAIN, variants=(MessageVariant("V0", _Text("Solde insuffisant: \u00e9")),))
    assert entry_json(entry, DomainCatalog("spot", "Spot.", (200000,), (entry,))) == (
        "'{\"domain\":\"spot\",\"code\":400100,\"name\":\"BAD\",\"category\":\"bad_request\",\"retry\":{\"action\":\"fix_request\"},"
        "\"variants\":[{\"id\":\"V0\",\"message\":\"Solde insuffisant: \u00e9\",\"placeholders\":[]}]}'"
    )


def test_template_pattern_tables_list_every_variant_with_placeholders_an_entry_at_a_time_and_nothing_else() -> None:
    catalog = Catalog((DomainCatalog("margin", "Margin.", (200000,), (FULL, dataclasses.replace(PLAIN, code=130002, name="PLAIN"))),))
    (index, pattern), = entry_patterns(FULL)
    assert index == 0
    assert list(go_template_patterns(catalog)) == [f'\t{{"margin", 130001, 0, {go_string(go_pattern(pattern))}}},\n']
    assert list(java_template_patterns(catalog)) == [f"        new TemplatePattern(Domain.MARGIN, 130001, 0, {java_string(pattern)})\n"]
    two = MessageVariant("V1", "Also {0} here", placeholders=(Placeholder("{0}", "amount"),))
    other = dataclasses.replace(FULL, code=130003, name="OTHER", variants=(*FULL.variants, two))
    many = Catalog((DomainCatalog("margin", "Margin.", (200000,), (FULL, dataclasses.replace(PLAIN, code=130002, name="PLAIN"), other)),))
    (first, _), (third, second) = entry_patterns(other)
    assert (first, third) == (0, 2)
    assert list(java_template_patterns(many)) == [
        f"        new TemplatePattern(Domain.MARGIN, 130001, 0, {java_string(pattern)}),\n",
        f"        new TemplatePattern(Domain.MARGIN, 130003, 0, {java_string(pattern)}),\n        new TemplatePattern(Domain.MARGIN, 130003, 2, {java_string(second)})\n",
    ]
    assert [line.count("\n") for line in go_template_patterns(many)] == [1, 2]
    assert list(go_template_patterns(Catalog((DomainCatalog("spot", "Spot.", (200000,), (PLAIN,)),)))) == []
    assert list(java_template_patterns(Catalog((DomainCatalog("spot", "Spot.", (200000,), (PLAIN,)),)))) == []
