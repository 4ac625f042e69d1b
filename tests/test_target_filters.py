"""The target plugins' filters: literals of every wire value in each language, identifiers, and lines laid out as the formatters lay them out."""

from __future__ import annotations

import json
import re
import textwrap
from dataclasses import replace
from types import MappingProxyType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from codegen import wire
from codegen.catalog import LoadedCatalog
from codegen.model import Catalog, MessageVariant, Placeholder, Tombstone
from codegen.naming import pascal_case
from codegen.targets.go import go_constant, go_doc_text, go_identifier, go_literal, go_pattern, go_type
from codegen.targets.java import GENERATED_BEGIN, GENERATED_END, java_comment, java_constant, java_literal, java_splice, java_string
from codegen.targets.python import LINE_LENGTH, fits_line, isort_order, python_literal, tuple_field
from codegen.targets.rust import (
    crate_example,
    removed_table_name,
    rust_doc,
    rust_domain_option,
    rust_enum_option,
    rust_literal,
    rust_option,
    rust_reference,
    rust_removed_reference,
    rust_slice,
    rust_string,
    template_parts,
)
from codegen.targets.rust import wire_constants as rust_wire_constants
from codegen.targets.typescript import SOURCE_ONLY_BEGIN, SOURCE_ONLY_END, typescript_literal, without_source_only


@pytest.mark.parametrize(("literal", "language"), [(python_literal, "Python"), (typescript_literal, "TypeScript"), (go_literal, "Go"), (java_literal, "Java"),
                                                   (rust_literal, "Rust")])
@pytest.mark.parametrize("value", [True, False, 1.5, None, [1], {1, 2}])
def test_a_value_no_language_has_a_literal_for_is_refused(literal: object, language: str, value: object) -> None:
    with pytest.raises(TypeError, match=re.escape(f"no {language} literal for {value!r}")):
        literal(value)  # type: ignore[operator]


def test_python_literals_are_read_only_one_line_expressions_equal_to_the_value() -> None:
    assert python_literal(7) == "7"
    assert python_literal("a\n'b'") == "\"a\\n'b'\""
    assert python_literal(("x", "y")) == 'frozenset({"x", "y"})'
    assert python_literal({429: "rate_limited", 500: "x"}) == 'MappingProxyType({429: "rate_limited", 500: "x"})'
    assert eval(python_literal({"k": "v"}), {"MappingProxyType": MappingProxyType}) == {"k": "v"}


def test_a_wide_character_counts_as_two_columns_of_a_python_line() -> None:
    assert fits_line("x" * LINE_LENGTH)
    assert not fits_line("x" * (LINE_LENGTH + 1))
    assert fits_line("中" * (LINE_LENGTH // 2))
    assert not fits_line("中" * (LINE_LENGTH // 2) + "x")
    assert not fits_line("\uff21" * (LINE_LENGTH // 2 + 1))  # fullwidth A: F, two columns


def test_exported_names_are_sorted_constants_then_classes_then_functions() -> None:
    assert isort_order(["lookup", "Domain", "ERROR_CODES", "classify", "ErrorInfo", "CATEGORIES"]) == [
        "CATEGORIES", "ERROR_CODES", "Domain", "ErrorInfo", "classify", "lookup",
    ]


def test_the_typescript_runtime_loses_its_source_only_block_and_nothing_else() -> None:
    source = "a\n" + SOURCE_ONLY_BEGIN + "import { X } from './data';\n" + SOURCE_ONLY_END + "b\n"
    assert without_source_only(source) == "a\nb\n"
    assert without_source_only(SOURCE_ONLY_BEGIN + SOURCE_ONLY_END) == ""


@pytest.mark.parametrize("source", ["no block\n", "a\n" + SOURCE_ONLY_BEGIN + "b\n", SOURCE_ONLY_END + "x\n" + SOURCE_ONLY_BEGIN])
def test_a_typescript_runtime_without_one_whole_source_only_block_is_refused(source: str) -> None:
    with pytest.raises(ValueError, match=r"^a TypeScript runtime source needs one source-only block$"):
        without_source_only(source)


def test_a_java_runtime_enums_generated_block_is_replaced_by_the_catalogues_constants() -> None:
    source = "enum E {\n" + GENERATED_BEGIN + "    SAMPLE;\n" + GENERATED_END + "}\n"
    assert java_splice(source, "    A, B;\n") == "enum E {\n    A, B;\n}\n"
    assert java_splice(GENERATED_BEGIN + GENERATED_END, "X") == "X"


@pytest.mark.parametrize("source", ["enum E {}\n", GENERATED_BEGIN + "x\n", GENERATED_END + GENERATED_BEGIN])
def test_a_java_runtime_enum_without_one_whole_generated_block_is_refused(source: str) -> None:
    with pytest.raises(ValueError, match=r"^a Java runtime enum needs one generated block$"):
        java_splice(source, "X")


def test_wire_values_are_written_as_each_languages_literals() -> None:
    values = [5, 'a"b', ("a", "b"), {1: "x", 2: "y"}, {"k": "v"}]
    assert [go_literal(value) for value in values] == [
        "5", '"a\\"b"', '[]string{"a", "b"}', 'map[int]string{1: "x", 2: "y"}', 'map[string]string{"k": "v"}',
    ]
    assert [java_literal(value) for value in values] == [
        ("int", "5"), ("String", '"a\\"b"'), ("List<String>", 'List.of("a", "b")'),
        ("Map<Integer, String>", 'Map.of(1, "x", 2, "y")'), ("Map<String, String>", 'Map.of("k", "v")'),
    ]
    assert [typescript_literal(value) for value in values] == ["5", '"a\\"b"', '["a", "b"]', '{ "1": "x", "2": "y" }', '{ "k": "v" }']
    assert [rust_literal(value) for value in values] == ["5", '"a\\"b"', '&["a", "b"]', '&[(1, "x"), (2, "y")]', '&[("k", "v")]']
    assert rust_literal(1_000_000) == "1_000_000"


def test_go_identifiers_are_pascal_case_and_keep_the_underscore_before_a_digit() -> None:
    assert go_identifier("BALANCE_INSUFFICIENT") == "BalanceInsufficient"
    assert go_identifier("ORDER_1") == "Order_1"
    assert go_identifier("ORDER1") == "Order1"  # apart from ORDER_1
    assert go_identifier("ORDER_1A_B") == "Order_1aB"
    assert go_constant("ORDER_1", "pro_api") == "ProApiOrder_1"
    assert go_type("pro_api") == "ProApiErrorCode"


def test_go_patterns_lower_ascii_letters_keep_escapes_and_write_unicode_escapes_as_go_does() -> None:
    assert go_pattern(r"Order \d+ of \u00e9 ABC [A-Z] \W") == r"order \d+ of \x{00e9} abc [a-z] \W"
    assert go_pattern("ÉTÉ Kelvin \u212a") == "ÉtÉ kelvin \u212a"  # only ASCII letters are lowered
    assert go_pattern("ends with \\") == "ends with \\"


def test_go_doc_text_escapes_the_second_of_each_quote_pair_gofmt_would_curl() -> None:
    assert go_doc_text("  use ``x`` and ''y'' on\nlines  ") == "use `\\x60x`\\x60 and '\\x27y'\\x27 on\\x0alines"
    assert go_doc_text("one ` and one ' alone") == "one ` and one ' alone"


def test_java_strings_are_printable_ascii_with_short_escapes_and_utf16_unicode_escapes() -> None:
    assert java_string('a"b\\c\n\r\t\b\f é 🚀 \x7f ~') == '"a\\"b\\\\c\\n\\r\\t\\b\\f \\u00e9 \\ud83d\\ude80 \\u007f ~"'
    assert java_string(" ") == '" "'


def test_java_comments_are_one_line_and_cannot_close_the_comment() -> None:
    assert java_comment("ends */ here\nnext é") == "ends *\\/ here next \\u00e9"
    assert java_constant("insufficient_funds") == "INSUFFICIENT_FUNDS"


def test_rust_strings_keep_printable_text_and_escape_the_rest() -> None:
    assert rust_string('a"b\\c\n\r\t é 🚀 \x7f \u2028') == '"a\\"b\\\\c\\n\\r\\t é 🚀 \\u{7f} \\u{2028}"'


def test_rust_options_slices_and_references_are_written_as_rust_expressions() -> None:
    assert (rust_option(None), rust_option("x")) == ("None", 'Some("x")')
    assert (rust_enum_option("rate_limited", "Category"), rust_enum_option(None, "Category")) == ("Some(Category::RateLimited)", "None")
    assert (rust_domain_option("pro_api"), rust_domain_option(None)) == ("Some(Self::ProApi)", "None")
    assert (rust_slice((1, 2)), rust_slice(())) == ("&[1, 2]", "&[]")
    assert (removed_table_name("pro_api"), rust_reference("X")) == ("PRO_API_REMOVED", "&X")


def test_rust_doc_lines_are_one_line_of_inline_markdown() -> None:
    assert rust_doc("a *b* <i>\nnext") == "a \\*b\\* &lt;i&gt; next"


def test_rust_template_parts_split_a_message_into_literals_and_placeholder_kinds() -> None:
    variant = MessageVariant(id="MIN", message="Min {1}{0} for XX", placeholders=(
        Placeholder("{1}", "amount", "number"), Placeholder("{0}", "unit", "currency"), Placeholder("XX", "currency")))
    assert template_parts(variant) == [
        'TemplatePart::Literal("Min ")',
        "TemplatePart::Value(PlaceholderKind::Number)",
        "TemplatePart::After(PlaceholderKind::Number, PlaceholderKind::Currency)",
        'TemplatePart::Literal(" for ")',
        "TemplatePart::Value(PlaceholderKind::Currency)",
    ]
    assert template_parts(MessageVariant(id="PLAIN", message="No placeholders")) == []


def test_two_touching_placeholders_no_pattern_can_tell_apart_are_refused_with_the_message() -> None:
    variant = MessageVariant(id="BAD", message="Pair {0}{1}", placeholders=(Placeholder("{0}", "a", "symbol"), Placeholder("{1}", "b", "text")))
    with pytest.raises(ValueError, match=re.escape("no pattern for a text placeholder right after a symbol one in 'Pair {0}{1}'")):
        template_parts(variant)


def test_the_crate_example_is_spot_200004_or_else_the_first_code_of_the_first_domain(real_catalog: LoadedCatalog) -> None:
    example = crate_example(real_catalog.catalog)
    assert (example["domain"], example["code"], example["name"]) == ("Spot", 200004, "BALANCE_INSUFFICIENT")
    assert json.loads(example["body"]) == {"code": "200004", "msg": "Balance insufficient"}
    without_spot = Catalog(tuple(domain for domain in real_catalog.catalog.domains if domain.domain != "spot"))
    first = without_spot.domains[0]
    example = crate_example(without_spot)
    assert (example["domain"], example["code"], example["name"]) == (pascal_case(first.domain), first.errors[0].code, first.errors[0].name)


def test_a_domain_with_tombstones_refers_to_its_table_of_them(real_catalog: LoadedCatalog) -> None:
    spot = real_catalog.catalog.domain("spot")
    assert rust_removed_reference(replace(spot, removed=())) == "&[]"
    assert rust_removed_reference(replace(spot, removed=(Tombstone(200001, "GONE"),))) == "&SPOT_REMOVED"


def test_a_new_wire_constant_gets_the_rust_type_its_value_calls_for(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wire, "NEW_COUNT", 5, raising=False)
    monkeypatch.setattr(wire, "NEW_NAMES", ("a", "b"), raising=False)
    monkeypatch.setattr(wire, "NEW_BY_CODE", {1: "x"}, raising=False)
    monkeypatch.setattr(wire, "NEW_BY_NAME", {"x": 1}, raising=False)
    monkeypatch.setattr(wire, "NEW_TEXT", "t", raising=False)
    typed = {name: (rust_type, expression) for name, rust_type, expression in rust_wire_constants()}
    assert typed["NEW_COUNT"] == ("i64", "5")
    assert typed["NEW_NAMES"] == ("&[&str]", '&["a", "b"]')
    assert typed["NEW_BY_CODE"] == ("&[(u32, &str)]", '&[(1, "x")]')
    assert typed["NEW_BY_NAME"] == ("&[(&str, u32)]", '&[("x", 1)]')
    assert typed["NEW_TEXT"] == ("&str", '"t"')
    assert typed["MAX_CODE"][0] == "u32"
    monkeypatch.setattr(wire, "NEW_FLAG", True, raising=False)
    with pytest.raises(TypeError, match=re.escape("no Rust type for NEW_FLAG = True")):
        rust_wire_constants()


@given(st.text(), st.sampled_from(["", "    ", "\t"]))
def test_python_items_are_indented_as_textwrap_indents_them(text: str, prefix: str) -> None:
    from codegen.targets.python import _indented

    assert _indented(text, prefix) == textwrap.indent(text, prefix)


def test_python_tuple_field_lays_out_a_single_item_of_several_lines_an_item_a_line() -> None:
    """A short item that spans lines is never put on the head's line: ruff format puts it under the head, indented."""
    assert tuple_field("pairs", ["(\n    'a',\n)"], 4) == "    pairs(\n        (\n            'a',\n        ),\n    ),"
    assert tuple_field("pairs", ["('a', 1)"], 4) == "    pairs(('a', 1),),"
