"""The catalogue schema, and the taxonomy (domains, categories, retry actions) it defines.

The schema is the single place where categories and retry actions are listed
and defined; the generator reads them from it, so the bindings, the README
check and the validator can never disagree with it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from codegen.model import Taxonomy, Term

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SCHEMA_PATH = PROJECT_ROOT / "schema" / "error_catalog.schema.json"

# How long to wait before retrying when neither the response headers nor the
# catalogue give a time, by category; other retryable categories wait 1 s.
DEFAULT_RETRY_DELAY_MS = {"maintenance": 30_000, "rate_limited": 1_000, "operation_in_progress": 1_000, "exchange_unavailable": 1_000, "network_timeout": 1_000}
FALLBACK_RETRY_DELAY_MS = 1_000



def load_schema(path: Path = SCHEMA_PATH) -> dict[str, Any]:
    """The catalogue JSON Schema as a dict."""
    schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return schema


def _terms(definition: dict[str, Any]) -> tuple[Term, ...]:
    return tuple(Term(option["const"], option["description"], option.get("usual_retry")) for option in definition["oneOf"])


def taxonomy_from_schema(schema: dict[str, Any]) -> Taxonomy:
    """The enumerations of the schema, in the order the schema lists them."""
    defs = schema["$defs"]
    return Taxonomy(
        domains=_terms(defs["domain"]),
        categories=_terms(defs["category"]),
        retry_actions=_terms(defs["retry_action"]),
        scopes=_terms(defs["error"]["properties"]["scope"]),
    )


# The action each category calls for (the schema's usual_retry). An entry or
# variant may advise otherwise only with a note that says why
# (tests/test_catalog_content.py holds the catalogue to it); import-docs
# suggests it for the codes it adds.
USUAL_RETRY_ACTION: dict[str, str] = {term.name: term.usual_retry or "" for term in taxonomy_from_schema(load_schema()).categories}
