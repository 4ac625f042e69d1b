"""Dump the generated Python package as catalogue data (JSON on stdout).

Run with ``python -I -S dump_python.py PACKAGE_PARENT``: only the standard
library and the generated package are importable. The output has the shape
of codegen.serialize, so the tests can rebuild the model from it.
"""

import json
import sys
from typing import Any

sys.path.insert(0, sys.argv[1])

import kucoin_errors as k  # type: ignore[import-not-found]  # noqa: E402
from kucoin_errors._data import REMOVED  # type: ignore[import-not-found]  # noqa: E402


def retry(advice: Any, into: dict[str, Any]) -> None:
    into["retry"] = advice.action
    if advice.after_ms is not None:
        into["retry_after_ms"] = advice.after_ms
    if advice.after_header is not None:
        into["retry_after_header"] = advice.after_header
    if advice.max_attempts is not None:
        into["retry_max_attempts"] = advice.max_attempts
    if advice.then is not None:
        into["retry_then"] = advice.then


def variant(v: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"id": v.id}
    if v.key is not None:
        out["key"] = v.key
    out["message"] = v.message
    if v.detail is not None:
        out["detail"] = v.detail
    if v.detail_separator is not None:
        out["detail_separator"] = v.detail_separator
    if v.aliases:
        out["aliases"] = list(v.aliases)
    if v.table is not None:
        out["table"] = v.table
    if v.placeholders:
        out["placeholders"] = [{"token": p.token, "name": p.name, **({"kind": p.kind} if p.kind is not None else {})} for p in v.placeholders]
    if v.category is not None:
        out["category"] = v.category
    if v.retry is not None:
        retry(v.retry, out)
    if v.note is not None:
        out["note"] = v.note
    if v.review is not None:
        out["review"] = v.review
    if v.undocumented is not None:
        out["undocumented"] = v.undocumented
    if v.pages:
        out["pages"] = list(v.pages)
    return out


def entry(member: Any, domain: str) -> dict[str, Any]:
    info = member.info
    assert (member.name, member.value, info.domain) == (info.name, info.code, domain), member
    assert k.lookup(domain, member.value) is member and k.lookup(domain, str(member.value)) is member
    out: dict[str, Any] = {"code": info.code, "name": info.name}
    if info.scope is not None:
        out["scope"] = info.scope
    out["category"] = info.category
    retry(info.retry, out)
    if info.http_status is not None:
        out["http_status"] = info.http_status
    if info.note is not None:
        out["note"] = info.note
    if info.review is not None:
        out["review"] = info.review
    if info.deprecated is not None:
        out["deprecated"] = {"reason": info.deprecated, **({"replaced_by": info.replaced_by} if info.replaced_by is not None else {})}
    if info.undocumented is not None:
        out["undocumented"] = info.undocumented
    out["variants"] = [variant(v) for v in info.variants]
    return out


def tombstone(dead: Any, domain: str) -> dict[str, Any]:
    assert dead.domain == domain and k.lookup(domain, dead.code) is None and k.removed(domain, str(dead.code)) is dead, dead
    out: dict[str, Any] = {"code": dead.code, "name": dead.name}
    if dead.reason is not None:
        out["reason"] = dead.reason
    if dead.replaced_by is not None:
        out["replaced_by"] = dead.replaced_by
    return out


def unnumbered(item: Any, domain: str) -> dict[str, Any]:
    assert item.domain == domain and item.retry == k.RetryAdvice(item.retry.action), item
    out: dict[str, Any] = {"code": item.code} if item.code is not None else {"message": item.message}
    out.update(name=item.name, category=item.category, retry=item.retry.action)
    if item.note is not None:
        out["note"] = item.note
    if item.undocumented is not None:
        out["undocumented"] = item.undocumented
    return out


domains: list[dict[str, Any]] = []
for name, enum in k.ERROR_CODES.items():
    domains.append(
        {
            "domain": name,
            "description": enum.__doc__,
            **({"fallback": k.FALLBACKS[name]} if name in k.FALLBACKS else {}),
            "success_codes": list(k.SUCCESS_CODES[name]),
            "errors": [entry(member, name) for member in enum],
            **({"removed": [tombstone(dead, name) for dead in REMOVED[name].values()]} if REMOVED[name] else {}),
            **({"string_codes": [unnumbered(item, name) for item in k.STRING_CODES[name].values()]} if k.STRING_CODES[name] else {}),
            **({"failures_under_success": [unnumbered(item, name) for item in k.FAILURES_UNDER_SUCCESS[name]]} if k.FAILURES_UNDER_SUCCESS[name] else {}),
        }
    )
json.dump(
    {
        "domains": domains,
        "categories": dict(k.CATEGORIES),
        "retry_actions": dict(k.RETRY_ACTIONS),
        "hash": k.CATALOG_HASH,
        "modules": sorted(name for name in sys.modules if name.split(".")[0] == "kucoin_errors"),
    },
    sys.stdout,
)
