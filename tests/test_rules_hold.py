"""``rules_hold``, the rules' pass for files the schema accepts, answers exactly whether ``rule_problems`` finds anything.

Catalogue files are edited at random, one to three faults at a time, each a fault one rule is about (or an
edit that breaks none); for every edited file the schema still accepts, both must agree.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from codegen.loading import catalog_files, read_fast
from codegen.schema_check import Unsure, compile_check
from codegen.source_document import SourceDocument
from codegen.taxonomy import load_schema
from codegen.validation import catalog_validator, rule_problems, rules_hold
from tests.conftest import CATALOG_DIR, awkward_catalog_data

_SCHEMA = load_schema()
_COMPILED = compile_check(_SCHEMA)
_VALIDATOR = catalog_validator(_SCHEMA)


def _base_files() -> list[dict[str, Any]]:
    real = []
    for path in catalog_files(CATALOG_DIR):
        document = read_fast(path, CATALOG_DIR)
        assert document is not None
        real.append(document.data)
    return [*real, *awkward_catalog_data()]


BASE_FILES = _base_files()
NAMES = ["lower_case", "CLASS", "None", "A__B", "HTTP_2", "HTTP2", "FRESH_NAME", "V0"]
TEXTS = ["Order failed", "Order failed.", "Bad \x01 text", "Price {0} is XX", "{0}{1} touching", "Line\nbreak", "k"]


def _schema_valid(data: Any) -> bool:
    try:
        return bool(_COMPILED(data)) if _COMPILED is not None else _VALIDATOR.is_valid(data)
    except Unsure:
        return _VALIDATOR.is_valid(data)


def _edit(data: dict[str, Any], draw: Any) -> None:
    """One edit of a random entry or variant of ``data``, of a kind some rule is about."""
    entries = data.get("errors") or []
    if not entries:
        return
    entry = draw(st.sampled_from(entries))
    other = draw(st.sampled_from(entries))
    variant = draw(st.sampled_from(entry["variants"]))
    kind = draw(st.integers(0, 22))
    if kind == 0:
        entry["name"] = draw(st.sampled_from([*NAMES, other["name"]]))
    elif kind == 1:
        variant["id"] = draw(st.sampled_from([*NAMES, entry["variants"][0]["id"]]))
    elif kind == 2:
        entry["code"] = draw(st.sampled_from([other["code"], *data.get("success_codes", [200000]), 424242]))
    elif kind == 3:
        entry.pop("scope", None) if "scope" in entry else entry.update(scope="all")
    elif kind == 4:
        entry.update(retry=draw(st.sampled_from(["wait", "stop", "retry", "fix_request"])))
    elif kind == 5:
        entry.update(retry_after_ms=1000) if draw(st.booleans()) else entry.pop("retry_after_ms", None)
    elif kind == 6:
        target = draw(st.sampled_from([entry, variant]))
        target.update(retry_max_attempts=3) if draw(st.booleans()) else target.update(retry_max_attempts=2, retry_then="stop")
        target.setdefault("retry", draw(st.sampled_from(["retry", "stop", "wait"])))
    elif kind == 7:
        variant["category"] = "bad_request"
        if draw(st.booleans()):
            variant.update(retry="fix_request")
    elif kind == 8:
        variant.pop("table", None) if "table" in variant else variant.update(table=draw(st.sampled_from(["request", "nope", "other"])))
    elif kind == 9:
        variant["detail_separator"] = ":"
        if draw(st.booleans()):
            variant["detail"] = "More."
    elif kind == 10:
        variant["aliases"] = [draw(st.sampled_from([variant["message"], "Another wording", *TEXTS[:2]]))]
    elif kind == 11:
        variant["pages"] = [draw(st.sampled_from(["kucoin-errors:12", "kucoin-errors:12:1", "kucoin-errors:12:3", "x:1:0"]))]
        if draw(st.booleans()):
            variant["undocumented"] = "Seen in a response."
    elif kind == 12:
        variant["message"] = draw(st.sampled_from([*TEXTS, entry["variants"][0]["message"]]))
        variant.pop("placeholders", None)
    elif kind == 13:
        variant["message"] = "Pay {0}{1} now"
        kinds = draw(st.sampled_from([("number", "currency"), ("text", "text"), ("number", None)]))
        variant["placeholders"] = [{"token": "{0}", "name": "amount", "kind": kinds[0]}, {"token": "{1}", "name": "unit", **({"kind": kinds[1]} if kinds[1] else {})}]
    elif kind == 14:
        variant["message"] = "Pay {0} or {1}"
        name = draw(st.sampled_from(["amount", "other"]))
        variant["placeholders"] = [{"token": "{0}", "name": "amount"}, {"token": "{1}", "name": name}]
    elif kind == 15:
        variant["placeholders"] = [{"token": "{9}", "name": "stray"}]
    elif kind == 16:
        data["domain"] = draw(st.sampled_from(["spot", "margin", "gateway"]))
    elif kind == 17:
        entry["note"] = draw(st.sampled_from(["Fine note.", "Bad \x02 note", "Two\nlines"]))
    elif kind == 18:
        variant["key"] = draw(st.sampled_from(["k", "order.size"]))
        if draw(st.booleans()):
            other_variant = dict(variant, id=f"{variant['id']}X")
            entry["variants"].append(other_variant)
    elif kind == 19:
        variant["pages"] = ["kucoin-errors:7"]
        other["variants"][0]["pages"] = ["kucoin-errors:7:1" if draw(st.booleans()) else "kucoin-errors:7"]
    elif kind == 20:
        data.setdefault("removed", []).append({"code": draw(st.sampled_from([other["code"], 1])), "name": draw(st.sampled_from([other["name"], "GONE"])), "reason": "Gone."})
    elif kind == 21:
        entry["deprecated"] = {"reason": "Old.", "replaced_by": f"{data.get('domain')}:{other['code']}"}
    else:
        entry["variants"].append(copy.deepcopy(draw(st.sampled_from(other["variants"]))))


@st.composite
def edited_files(draw: Any) -> tuple[str, dict[str, Any]]:
    data = copy.deepcopy(draw(st.sampled_from(BASE_FILES)))
    stem = str(data["domain"])
    for _ in range(draw(st.integers(0, 3))):
        _edit(data, draw)
    return stem, data


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(edited_files())
def test_rules_hold_exactly_when_rule_problems_finds_nothing(edited: tuple[str, dict[str, Any]]) -> None:
    stem, data = edited
    if not _schema_valid(data):
        return
    document = SourceDocument(Path(f"{stem}.yaml"), f"catalog/{stem}.yaml", data)
    assert rules_hold(document) == (not rule_problems(document))


@pytest.mark.parametrize("index", range(len(BASE_FILES)))
def test_every_file_of_the_real_and_awkward_catalogues_holds(index: int) -> None:
    data = BASE_FILES[index]
    assert rules_hold(SourceDocument(Path(f"{data['domain']}.yaml"), "x", data))
