"""The fields the edit commands set: their help read from the schema, and FIELD=VALUE typed by it."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from codegen.edit_fields import ENTRY, VARIANT, EditError, fields_help, parse_assignments, schema_fields
from tests.conftest import ROOT

# A schema of three entry fields between the two an edit command sets through its own options (code, variants).
SMALL_SCHEMA: dict[str, Any] = {
    "$defs": {
        "error": {
            "properties": {
                "code": {"type": "integer", "description": "The code."},
                "colour": {"description": "Which\n   colour  it is.", "enum": ["red", "green"]},
                "mood": {"description": "How it feels.", "oneOf": [{"const": "calm"}, {"const": "cross"}]},
                "remark": {"$ref": "#/$defs/remark"},
                "variants": {"type": "array", "description": "The messages."},
            },
        },
        "variant": {"properties": {"id": {"type": "string", "description": "The id."}}},
        "remark": {"type": "string", "description": "Free prose."},
    },
}


def schema_properties(level: str) -> list[str]:
    """The property names of ``level`` in the schema file, read with json alone."""
    schema = json.loads((ROOT / "schema" / "error_catalog.schema.json").read_text(encoding="utf-8"))
    return list(schema["$defs"][level]["properties"])


def test_the_help_lists_each_settable_field_with_its_kind_description_and_choices_one_a_line() -> None:
    assert fields_help(ENTRY, SMALL_SCHEMA) == (
        "  colour (string): Which colour it is. One of: red, green.\n"
        "  mood (string): How it feels. One of: calm, cross.\n"
        "  remark (string): Free prose."
    )
    assert fields_help(VARIANT, SMALL_SCHEMA) == "  id (string): The id."


def test_a_description_written_over_several_lines_reads_as_one_line() -> None:
    assert schema_fields(ENTRY, SMALL_SCHEMA)["colour"].description == "Which colour it is."


def test_the_help_of_the_real_schema_leaves_out_the_fields_set_by_their_own_options() -> None:
    listed = [line.split(" (", 1)[0].strip() for line in fields_help(ENTRY).splitlines()]
    assert listed == [name for name in schema_properties(ENTRY) if name not in {"code", "variants"}]


@pytest.mark.parametrize("text", ["123", "yes", "[a, b]", "{k: v}", "null", "# not a comment", "a: b"])
def test_a_text_field_takes_the_value_verbatim_whatever_yaml_would_read_in_it(text: str) -> None:
    assert parse_assignments([f"note={text}"], [ENTRY]) == {"note": (ENTRY, text)}


def test_a_value_may_itself_hold_equals_signs() -> None:
    assert parse_assignments(["note=a=b=c", "review=x="], [VARIANT]) == {"note": (VARIANT, "a=b=c"), "review": (VARIANT, "x=")}


def test_an_argument_without_an_equals_sign_is_refused_by_its_text() -> None:
    with pytest.raises(EditError, match=r"^'note' is not FIELD=VALUE$"):
        parse_assignments(["note"], [ENTRY])


def test_an_unknown_field_is_refused_with_every_settable_field_of_the_levels_once() -> None:
    expected = list(dict.fromkeys(name for level in (ENTRY, VARIANT) for name in schema_properties(level) if name not in {"code", "variants"}))
    with pytest.raises(EditError) as refused:
        parse_assignments(["colour=red"], [ENTRY, VARIANT])
    assert str(refused.value) == f"unknown field 'colour'; expected one of: {', '.join(expected)}"


def test_a_non_integer_for_an_integer_field_names_what_the_field_expects_in_the_sentence() -> None:
    with pytest.raises(EditError) as refused:
        parse_assignments(["retry_after_ms=soon"], [VARIANT])
    assert str(refused.value).startswith("retry_after_ms: 'soon' is not an integer; expected with retry: wait, the fixed time to wait before retrying")
    assert parse_assignments(["retry_after_ms= -250 "], [VARIANT]) == {"retry_after_ms": (VARIANT, -250)}


def test_a_list_that_is_not_yaml_is_refused_with_the_yaml_reader_s_reason_on_one_line() -> None:
    with pytest.raises(EditError) as refused:
        parse_assignments(["aliases=[a, b"], [VARIANT])
    message = str(refused.value)
    assert message.startswith("aliases: '[a, b' cannot be read as YAML (while parsing a flow sequence in ")
    assert "expected ',' or ']', but got '<stream end>'" in message and "\n" not in message


@pytest.mark.parametrize("text", ["!custom [a]", "!!python/name:os.system", "!!python/object/apply:os.system [ls]"])
def test_a_yaml_tag_in_a_value_is_refused_never_constructed(text: str) -> None:
    with pytest.raises(EditError, match=re.escape(f"aliases: {text!r} cannot be read as YAML (could not determine a constructor for the tag")):
        parse_assignments([f"aliases={text}"], [VARIANT])
