"""The taxonomy is read from the schema: every enumeration in the schema's order, with each definition as written."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from codegen.model import Term
from codegen.resources import SCHEMA_PATH
from codegen.taxonomy import load_schema, load_taxonomy, taxonomy_from_schema


def option(name: str, description: str, **extra: Any) -> dict[str, Any]:
    return {"const": name, "description": description, **extra}


SCHEMA = {
    "$defs": {
        "domain": {"oneOf": [option("spot", "Spot trading."), option("http", "HTTP statuses.")]},
        "category": {"oneOf": [
            option("rate_limited", "Too many requests.", usual_retry="wait", retry_delay_ms=1000),
            option("bad_request", "The request is wrong.", usual_retry="fix_request"),
        ]},
        "retry_action": {"oneOf": [option("wait", "Wait, then retry."), option("fix_request", "Change the request.")]},
        "error": {"properties": {"scope": {"oneOf": [option("all", "Both tables."), option("high_frequency", "High frequency only.")]}}},
    },
}


def test_every_enumeration_is_read_in_the_schemas_order_with_its_definitions() -> None:
    taxonomy = taxonomy_from_schema(SCHEMA)
    assert taxonomy.domains == (Term("spot", "Spot trading."), Term("http", "HTTP statuses."))
    assert taxonomy.categories == (
        Term("rate_limited", "Too many requests.", "wait", 1000),
        Term("bad_request", "The request is wrong.", "fix_request", None),
    )
    assert taxonomy.retry_actions == (Term("wait", "Wait, then retry."), Term("fix_request", "Change the request."))
    assert taxonomy.scopes == (Term("all", "Both tables."), Term("high_frequency", "High frequency only."))


def test_the_schema_is_read_from_the_file_given(tmp_path: Path) -> None:
    path = tmp_path / "schema.json"
    path.write_text(json.dumps(SCHEMA, ensure_ascii=False).replace("Spot trading.", "Spot — trading."), encoding="utf-8")
    assert load_schema(path)["$defs"]["domain"]["oneOf"][0]["description"] == "Spot — trading."


def test_the_projects_taxonomy_is_the_projects_schemas() -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert load_schema() == schema
    taxonomy = load_taxonomy()
    assert taxonomy == taxonomy_from_schema(schema)
    assert [term.name for term in taxonomy.domains] == [option["const"] for option in schema["$defs"]["domain"]["oneOf"]]
    assert load_taxonomy() is taxonomy  # read once


def test_usual_retry_gives_a_categorys_action_and_names_an_unknown_or_actionless_category() -> None:
    taxonomy = taxonomy_from_schema(SCHEMA)
    assert taxonomy.usual_retry("rate_limited") == "wait"
    assert taxonomy.usual_retry("bad_request") == "fix_request"
    with pytest.raises(KeyError, match="no_such_category"):
        taxonomy.usual_retry("no_such_category")
    without_action = taxonomy_from_schema({**SCHEMA, "$defs": {**SCHEMA["$defs"], "category": {"oneOf": [option("odd", "No usual action.")]}}})
    with pytest.raises(KeyError, match="odd"):
        without_action.usual_retry("odd")
