"""The model as plain data, in the shape of a catalogue file, and back.

The same shape is a YAML catalogue file, a domain of the JSON bundle, and
what the round-trip tests dump from the generated bindings, so one pair of
functions serves them all. Absent optional fields are omitted; keys come in
the order the catalogue files use.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from codegen.model import Catalog, Deprecation, DomainCatalog, ErrorEntry, MessageVariant, Placeholder, RetryAdvice, Tombstone, UnnumberedError

FORMAT_VERSION = 1


def retry_to_data(advice: RetryAdvice) -> dict[str, Any]:
    """Retry advice as the fields of an entry or variant: ``retry`` and, where set, its wait and bound."""
    data: dict[str, Any] = {"retry": advice.action}
    if advice.after_ms is not None:
        data["retry_after_ms"] = advice.after_ms
    if advice.after_header is not None:
        data["retry_after_header"] = advice.after_header
    if advice.max_attempts is not None:
        data["retry_max_attempts"] = advice.max_attempts
    if advice.then is not None:
        data["retry_then"] = advice.then
    return data


def _retry_from_data(data: dict[str, Any]) -> RetryAdvice | None:
    if "retry" not in data:
        return None
    return RetryAdvice(data["retry"], data.get("retry_after_ms"), data.get("retry_after_header"), data.get("retry_max_attempts"), data.get("retry_then"))


def placeholder_to_data(placeholder: Placeholder) -> dict[str, Any]:
    """One placeholder as plain data; ``kind`` only where the catalogue gives it."""
    data: dict[str, Any] = {"token": placeholder.token, "name": placeholder.name}
    if placeholder.kind is not None:
        data["kind"] = placeholder.kind
    return data


def variant_to_data(variant: MessageVariant) -> dict[str, Any]:
    """One message variant as plain data."""
    data: dict[str, Any] = {"id": variant.id}
    if variant.key is not None:
        data["key"] = variant.key
    data["message"] = variant.message
    if variant.detail is not None:
        data["detail"] = variant.detail
    if variant.detail_separator is not None:
        data["detail_separator"] = variant.detail_separator
    if variant.aliases:
        data["aliases"] = list(variant.aliases)
    if variant.table is not None:
        data["table"] = variant.table
    if variant.placeholders:
        data["placeholders"] = [placeholder_to_data(placeholder) for placeholder in variant.placeholders]
    if variant.category is not None:
        data["category"] = variant.category
    if variant.retry is not None:
        data.update(retry_to_data(variant.retry))
    if variant.note is not None:
        data["note"] = variant.note
    if variant.review is not None:
        data["review"] = variant.review
    if variant.undocumented is not None:
        data["undocumented"] = variant.undocumented
    if variant.pages:
        data["pages"] = list(variant.pages)
    return data


def variant_from_data(data: dict[str, Any]) -> MessageVariant:
    """One message variant from plain data that passed the schema."""
    return MessageVariant(
        id=data["id"],
        message=data["message"],
        key=data.get("key"),
        detail=data.get("detail"),
        detail_separator=data.get("detail_separator"),
        aliases=tuple(data.get("aliases", ())),
        table=data.get("table"),
        placeholders=tuple(Placeholder(p["token"], p["name"], p.get("kind")) for p in data.get("placeholders", ())),
        category=data.get("category"),
        retry=_retry_from_data(data),
        note=data.get("note"),
        review=data.get("review"),
        undocumented=data.get("undocumented"),
        pages=tuple(data.get("pages", ())),
    )


def entry_to_data(entry: ErrorEntry) -> dict[str, Any]:
    """One error entry as plain data."""
    data: dict[str, Any] = {"code": entry.code, "name": entry.name}
    if entry.scope is not None:
        data["scope"] = entry.scope
    data["category"] = entry.category
    data.update(retry_to_data(entry.retry))
    if entry.http_status is not None:
        data["http_status"] = entry.http_status
    if entry.note is not None:
        data["note"] = entry.note
    if entry.review is not None:
        data["review"] = entry.review
    if entry.undocumented is not None:
        data["undocumented"] = entry.undocumented
    if entry.deprecated is not None:
        data["deprecated"] = deprecation_to_data(entry.deprecated)
    data["variants"] = [variant_to_data(variant) for variant in entry.variants]
    return data


def entry_from_data(data: dict[str, Any]) -> ErrorEntry:
    """One error entry from plain data that passed the schema."""
    retry = _retry_from_data(data)
    assert retry is not None, "the schema requires retry"
    return ErrorEntry(
        code=data["code"],
        name=data["name"],
        category=data["category"],
        retry=retry,
        variants=tuple(variant_from_data(variant) for variant in data["variants"]),
        scope=data.get("scope"),
        http_status=data.get("http_status"),
        note=data.get("note"),
        review=data.get("review"),
        deprecated=_deprecation_from_data(data.get("deprecated")),
        undocumented=data.get("undocumented"),
    )


def deprecation_to_data(deprecation: Deprecation) -> dict[str, Any]:
    """A deprecation as plain data: its reason and, where set, its replacement."""
    data: dict[str, Any] = {"reason": deprecation.reason}
    if deprecation.replaced_by is not None:
        data["replaced_by"] = deprecation.replaced_by
    return data


def _deprecation_from_data(data: dict[str, Any] | None) -> Deprecation | None:
    return None if data is None else Deprecation(data["reason"], data.get("replaced_by"))


def tombstone_to_data(tombstone: Tombstone) -> dict[str, Any]:
    """A removed code as plain data."""
    data: dict[str, Any] = {"code": tombstone.code, "name": tombstone.name}
    if tombstone.reason is not None:
        data["reason"] = tombstone.reason
    if tombstone.replaced_by is not None:
        data["replaced_by"] = tombstone.replaced_by
    return data


def tombstone_from_data(data: dict[str, Any]) -> Tombstone:
    """A removed code from plain data that passed the schema."""
    return Tombstone(data["code"], data["name"], data.get("reason"), data.get("replaced_by"))


def unnumbered_to_data(error: UnnumberedError) -> dict[str, Any]:
    """A string code or a failure under the success code as plain data."""
    data: dict[str, Any] = {"code": error.code} if error.code is not None else {"message": error.message}
    data.update(name=error.name, category=error.category, retry=error.retry)
    if error.note is not None:
        data["note"] = error.note
    if error.undocumented is not None:
        data["undocumented"] = error.undocumented
    return data


def unnumbered_from_data(data: dict[str, Any]) -> UnnumberedError:
    """A string code or a failure under the success code from plain data that passed the schema."""
    return UnnumberedError(
        name=data["name"],
        category=data["category"],
        retry=data["retry"],
        code=data.get("code"),
        message=data.get("message"),
        note=data.get("note"),
        undocumented=data.get("undocumented"),
    )


def domain_to_data(domain: DomainCatalog) -> dict[str, Any]:
    """One domain as plain data: the content of its catalogue file."""
    data: dict[str, Any] = {"domain": domain.domain, "description": domain.description}
    if domain.fallback is not None:
        data["fallback"] = domain.fallback
    data["success_codes"] = list(domain.success_codes)
    data["errors"] = [entry_to_data(entry) for entry in domain.errors]
    if domain.removed:
        data["removed"] = [tombstone_to_data(tombstone) for tombstone in domain.removed]
    if domain.string_codes:
        data["string_codes"] = [unnumbered_to_data(error) for error in domain.string_codes]
    if domain.failures_under_success:
        data["failures_under_success"] = [unnumbered_to_data(error) for error in domain.failures_under_success]
    return data


def domain_from_data(data: dict[str, Any]) -> DomainCatalog:
    """One domain from plain data that passed the schema."""
    return DomainCatalog(
        domain=data["domain"],
        description=data["description"],
        success_codes=tuple(data["success_codes"]),
        errors=tuple(entry_from_data(entry) for entry in data["errors"]),
        fallback=data.get("fallback"),
        removed=tuple(tombstone_from_data(tombstone) for tombstone in data.get("removed", ())),
        string_codes=tuple(unnumbered_from_data(error) for error in data.get("string_codes", ())),
        failures_under_success=tuple(unnumbered_from_data(error) for error in data.get("failures_under_success", ())),
    )


def catalog_to_data(catalog: Catalog) -> list[dict[str, Any]]:
    """Every domain as plain data, in catalogue order."""
    return [domain_to_data(domain) for domain in catalog.domains]


def catalog_from_data(domains: list[dict[str, Any]]) -> Catalog:
    """A catalogue from the plain data of its domains."""
    return Catalog(tuple(domain_from_data(domain) for domain in domains))


def content_hash(catalog: Catalog) -> str:
    """``sha256:...`` of the catalogue's canonical JSON: it changes with the content, not with comments or layout.

    The canonical JSON is ``json.dumps(catalog_to_data(catalog), sort_keys=True,
    separators=(",", ":"), ensure_ascii=False)``, hashed entry by entry as it is
    made, so that neither the whole data nor the whole text is ever held.
    """
    digest = hashlib.sha256()
    for chunk in _canonical_chunks(catalog):
        digest.update(chunk.encode("utf-8"))
    return "sha256:" + digest.hexdigest()


#: ``json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)``, with one encoder made once rather than one per call.
_canonical = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode


def _canonical_chunks(catalog: Catalog) -> Iterator[str]:
    """The canonical JSON of ``catalog_to_data(catalog)``, in pieces: each domain's fields by key, each entry whole."""
    yield "["
    for number, domain in enumerate(catalog.domains):
        head = domain_to_data(replace(domain, errors=()))
        yield "," if number else ""
        for index, key in enumerate(sorted(head)):
            yield f"{',' if index else '{'}{_canonical(key)}:"
            if key != "errors":
                yield _canonical(head[key])
                continue
            yield "["
            for position, entry in enumerate(domain.errors):
                yield f"{',' if position else ''}{_canonical(entry_to_data(entry))}"
            yield "]"
        yield "}"
    yield "]"
