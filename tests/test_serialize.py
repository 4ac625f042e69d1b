"""The model as plain data and back, against data and objects written out by hand (every optional field set, and none)."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from codegen.catalog import load_catalog
from codegen.model import Catalog, DomainCatalog, ErrorEntry, MessageVariant, Placeholder, RetryAdvice
from codegen.serialize import catalog_from_data, catalog_to_data, content_hash, domain_from_data, domain_to_data
from tests.conftest import CATALOG_DIR, catalog_as_data

#: A domain whose entry and variant set every optional field, in the order the catalogue files use.
FULL_DATA: dict[str, Any] = {
    "domain": "gateway",
    "description": "Gateway errors.",
    "fallback": "http",
    "success_codes": [200000, 200001],
    "errors": [
        {
            "code": 400100,
            "name": "PARAMETER_ERROR",
            "scope": "all",
            "category": "bad_request",
            "retry": "wait",
            "retry_after_ms": 1500,
            "retry_after_header": "gw-ratelimit-reset",
            "retry_max_attempts": 3,
            "retry_then": "stop",
            "http_status": 400,
            "note": "An entry note.",
            "review": "An entry review.",
            "variants": [
                {
                    "id": "AMOUNT_TOO_SMALL",
                    "key": "order.amount",
                    "message": "Amount below xxx",
                    "detail": "Raise it",
                    "detail_separator": "--",
                    "aliases": ["Amount too small", "Amount under xxx"],
                    "table": "request",
                    "placeholders": [{"token": "xxx", "name": "minimum", "kind": "number"}, {"token": "XX", "name": "currency"}],
                    "category": "insufficient_funds",
                    "retry": "top_up",
                    "retry_after_ms": 10,
                    "retry_after_header": "retry-after",
                    "retry_max_attempts": 2,
                    "retry_then": "fix_request",
                    "note": "A variant note.",
                    "review": "A variant review.",
                },
                {"id": "PLAIN", "message": "Plain"},
            ],
        }
    ],
}

FULL_MODEL = DomainCatalog(
    domain="gateway",
    description="Gateway errors.",
    success_codes=(200000, 200001),
    fallback="http",
    errors=(
        ErrorEntry(
            code=400100,
            name="PARAMETER_ERROR",
            scope="all",
            category="bad_request",
            retry=RetryAdvice("wait", 1500, "gw-ratelimit-reset", 3, "stop"),
            http_status=400,
            note="An entry note.",
            review="An entry review.",
            variants=(
                MessageVariant(
                    id="AMOUNT_TOO_SMALL",
                    key="order.amount",
                    message="Amount below xxx",
                    detail="Raise it",
                    detail_separator="--",
                    aliases=("Amount too small", "Amount under xxx"),
                    table="request",
                    placeholders=(Placeholder("xxx", "minimum", "number"), Placeholder("XX", "currency")),
                    category="insufficient_funds",
                    retry=RetryAdvice("top_up", 10, "retry-after", 2, "fix_request"),
                    note="A variant note.",
                    review="A variant review.",
                ),
                MessageVariant(id="PLAIN", message="Plain"),
            ),
        ),
    ),
)

BARE_DATA: dict[str, Any] = {
    "domain": "spot",
    "description": "Spot errors.",
    "success_codes": [],
    "errors": [{"code": 1, "name": "ONE", "category": "unknown", "retry": "stop", "variants": [{"id": "ONE", "message": "One"}]}],
}
BARE_MODEL = DomainCatalog("spot", "Spot errors.", (), (ErrorEntry(1, "ONE", "unknown", RetryAdvice("stop"), (MessageVariant("ONE", "One"),)),))


def ordered(data: Any) -> Any:
    """``data`` with every mapping as a list of its items, so that key order counts in a comparison."""
    if isinstance(data, dict):
        return [(key, ordered(value)) for key, value in data.items()]
    if isinstance(data, list):
        return [ordered(item) for item in data]
    return data


def test_data_with_every_optional_field_reads_as_the_model_written_by_hand() -> None:
    assert domain_from_data(FULL_DATA) == FULL_MODEL
    assert domain_from_data(BARE_DATA) == BARE_MODEL


def test_the_model_written_by_hand_gives_the_data_key_for_key_in_catalogue_order() -> None:
    assert ordered(domain_to_data(FULL_MODEL)) == ordered(FULL_DATA)
    assert ordered(domain_to_data(BARE_MODEL)) == ordered(BARE_DATA)


def test_a_catalogue_is_its_domains_in_order() -> None:
    catalog = Catalog((FULL_MODEL, BARE_MODEL))
    assert catalog_from_data([FULL_DATA, BARE_DATA]) == catalog
    assert ordered(catalog_to_data(catalog)) == ordered([FULL_DATA, BARE_DATA])


def test_the_content_hash_is_the_sha256_of_the_canonical_json() -> None:
    canonical = (
        '[{"description":"Spot errors.","domain":"spot","errors":[{"category":"unknown","code":1,"name":"ONE","retry":"stop",'
        '"variants":[{"id":"ONE","message":"One"}]}],"success_codes":[]}]'
    )
    assert content_hash(Catalog((BARE_MODEL,))) == "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    assert content_hash(Catalog((BARE_MODEL,))) != content_hash(Catalog((FULL_MODEL,)))


def test_the_content_hash_of_the_whole_catalogue_is_the_sha256_of_its_canonical_json_made_independently() -> None:
    catalog = load_catalog(CATALOG_DIR).catalog
    canonical = json.dumps(catalog_as_data(catalog), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert content_hash(catalog) == "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()
