"""The taxonomy (domains, categories, retry actions, margin scopes), read from the catalogue schema.

The schema is the single place where categories and retry actions are listed
and defined, with each category's usual retry action and default retry delay;
the generator reads them from it, so the bindings, the README check and the
validator can never disagree with it.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from codegen.model import Taxonomy, Term
from codegen.resources import SCHEMA_PATH


def load_schema(path: Path = SCHEMA_PATH) -> dict[str, Any]:
    """The catalogue JSON Schema as a dict."""
    schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return schema


def _terms(definition: dict[str, Any]) -> tuple[Term, ...]:
    return tuple(
        Term(option["const"], option["description"], option.get("usual_retry"), option.get("retry_delay_ms"))
        for option in definition["oneOf"]
    )


def taxonomy_from_schema(schema: dict[str, Any]) -> Taxonomy:
    """The enumerations of the schema, in the order the schema lists them."""
    defs = schema["$defs"]
    return Taxonomy(
        domains=_terms(defs["domain"]),
        categories=_terms(defs["category"]),
        retry_actions=_terms(defs["retry_action"]),
        scopes=_terms(defs["error"]["properties"]["scope"]),
    )


@cache
def load_taxonomy() -> Taxonomy:
    """The taxonomy of the project's schema, read once on first use."""
    return taxonomy_from_schema(load_schema())
