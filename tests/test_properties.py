"""Property tests: catalogues of arbitrary Unicode still give outputs that compile and round-trip.

Every string field is fuzzed (description, message, key, detail, note and
review), messages carry placeholders of every token and kind, a catalogue has
several entries in both a plain domain and margin (scope, overrides, waits,
HTTP statuses), and some texts run to thousands of characters. Each example
is generated, read back from the JSON bundle, imported in Python (and, in the
second test, compiled with ``tsc --strict`` and loaded in Node) and must give
back the same catalogue.
"""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from codegen.catalog import load_catalog
from codegen.placeholders import PLACEHOLDER_PATTERN, find_placeholder_tokens
from codegen.rendering import render_all
from codegen.serialize import catalog_from_data
from codegen.writing import write_outputs
from tests.conftest import catalog_as_data, in_domain_order, write_catalog
from tests.test_roundtrip import assert_same_catalog, differences, dump_python, dump_typescript

# Anything but lone surrogates and control characters; the pieces that break naive generators, often.
_characters = st.characters(exclude_categories=("Cs", "Cc")) | st.sampled_from(
    ['"', "'", "\\", "*/", "/*", "${", "{{", "}}", "{%", "%}", "`", "</script>", "\u2028", "\u2029", "\t", "#", "xxx", "{0}", "\U0001F680", " -- ", "|", "<!--", "-->"]
)
_single_line = re.compile(r"\S(.*\S)?")


def _single_line_text(text: str) -> bool:
    return _single_line.fullmatch(text) is not None


short_texts = st.lists(_characters, min_size=1, max_size=40).map("".join).map(str.strip).filter(_single_line_text)
# A text repeated to thousands of characters, on one line.
long_texts = st.tuples(short_texts, st.integers(min_value=60, max_value=300)).map(lambda pair: " ".join([pair[0]] * pair[1]))
texts = st.one_of(short_texts, short_texts, short_texts, long_texts)
notes = st.lists(_characters | st.just("\n"), min_size=1, max_size=40).map("".join)
keys = st.from_regex(r"[A-Za-z][A-Za-z0-9]{0,8}(\.[A-Za-z][A-Za-z0-9]{0,8}){1,3}", fullmatch=True)
tokens = st.sampled_from(["{0}", "{1}", "{2}", "xxx", "XX", "XXX-XXX"])
kinds = st.sampled_from([None, "number", "currency", "symbol", "text"])


@st.composite
def templates(draw: st.DrawFn) -> str:
    """A message with placeholders between pieces of arbitrary text."""
    pieces = draw(st.lists(st.tuples(short_texts, tokens), min_size=1, max_size=3))
    tail = draw(st.none() | short_texts)
    text = " ".join(f"{piece} {token}" for piece, token in pieces)
    return text if tail is None else f"{text} {tail}"


def _placeholders(draw: st.DrawFn, message: str) -> list[dict[str, Any]]:
    placeholders = []
    for index, token in enumerate(find_placeholder_tokens(message)):
        placeholder: dict[str, Any] = {"token": token, "name": f"value_{index}"}
        kind = draw(kinds)
        if kind is not None:
            placeholder["kind"] = kind
        placeholders.append(placeholder)
    # Placeholders that touch can only be a number then a currency, the pair whose values can be told apart.
    found = list(PLACEHOLDER_PATTERN.finditer(message))
    touching = [index for index in range(1, len(found)) if found[index - 1].end() == found[index].start()]
    assume(all(later - earlier > 1 for earlier, later in zip(touching, touching[1:])))  # three in a row cannot be told apart
    for index in touching:
        placeholders[index - 1]["kind"], placeholders[index]["kind"] = "number", "currency"
    return placeholders


def _documented(variant: dict[str, Any]) -> str:
    return " -- ".join(variant[name] for name in ("key", "message", "detail") if name in variant)


@st.composite
def variants(draw: st.DrawFn, index: int) -> dict[str, Any]:
    message = draw(st.one_of(texts, templates()))
    variant: dict[str, Any] = {"id": f"VARIANT_{index}"}
    if draw(st.booleans()):
        variant["key"] = draw(keys)
    variant["message"] = message
    if draw(st.booleans()):
        variant["detail"] = draw(texts)
    placeholders = _placeholders(draw, message)
    if placeholders:
        variant["placeholders"] = placeholders
    if draw(st.integers(0, 3)) == 0:
        variant["category"] = "rate_limited"
        variant["retry"] = "wait"
        variant["retry_after_ms"] = draw(st.integers(min_value=1, max_value=86_400_000))
        if draw(st.booleans()):
            variant["retry_after_header"] = "gw-ratelimit-reset"
    for name in ("note", "review"):
        if draw(st.booleans()):
            variant[name] = draw(notes)
    return variant


@st.composite
def entries(draw: st.DrawFn, domain: str, index: int, code: int) -> dict[str, Any]:
    count = draw(st.integers(min_value=1, max_value=4))
    entry_variants: list[dict[str, Any]] = []
    for variant_index in range(count):
        variant = draw(variants(variant_index))
        if _documented(variant) not in {_documented(other) for other in entry_variants}:
            entry_variants.append(variant)
    entry: dict[str, Any] = {"code": code, "name": f"ENTRY_{index}"}
    if domain == "margin":
        entry["scope"] = draw(st.sampled_from(["all", "high_frequency"]))
    entry["category"] = "bad_request"
    entry["retry"] = "fix_request"
    if draw(st.booleans()):
        entry["http_status"] = draw(st.integers(min_value=100, max_value=599))
    for name in ("note", "review"):
        if draw(st.booleans()):
            entry[name] = draw(notes)
    entry["variants"] = entry_variants
    return entry


@st.composite
def domains(draw: st.DrawFn, domain: str) -> dict[str, Any]:
    success = [200000] if domain != "margin" else [200000, 200]
    codes = draw(st.lists(st.integers(min_value=1, max_value=2_147_483_647).filter(lambda code: code not in success), min_size=1, max_size=4, unique=True))
    return {
        "domain": domain,
        "description": draw(texts),
        "success_codes": success,
        "errors": [draw(entries(domain, index, code)) for index, code in enumerate(codes)],
    }


@st.composite
def catalogues(draw: st.DrawFn) -> list[dict[str, Any]]:
    chosen = draw(st.sampled_from([["spot"], ["margin"], ["spot", "margin"]]))
    return [draw(domains(domain)) for domain in chosen]


def _generate(data: list[dict[str, Any]], folder: Path) -> Path:
    loaded = load_catalog(write_catalog(folder / "catalog", data))
    # The model holds every field of the data the catalogue was written from, compared with the data itself.
    assert differences(catalog_as_data(loaded.catalog), in_domain_order(data)) == []
    out = folder / "out"
    write_outputs(render_all(loaded), out)
    bundle = json.loads((out / "json" / "kucoin-errors.json").read_text(encoding="utf-8"))
    assert differences(bundle["domains"], in_domain_order(data)) == []
    assert catalog_from_data(bundle["domains"]) == loaded.catalog
    for path in (out / "python" / "kucoin_errors" / "__init__.py", out / "typescript" / "kucoin-errors.ts"):
        text = path.read_text(encoding="utf-8")
        assert "\u2028" not in text and "\u2029" not in text, path  # every string literal and comment stays on its line
    compile((out / "python" / "kucoin_errors" / "__init__.py").read_text(encoding="utf-8"), "__init__.py", "exec")
    return out


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(catalogues())
def test_python_and_json_outputs_carry_any_text(data: list[dict[str, Any]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        out = _generate(data, Path(folder))
        loaded = load_catalog(Path(folder) / "catalog")
        assert_same_catalog(loaded, dump_python(out), in_domain_order(data))


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(catalogues())
def test_typescript_output_compiles_strict_and_carries_any_text(data: list[dict[str, Any]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        out = _generate(data, Path(folder))
        loaded = load_catalog(Path(folder) / "catalog")
        assert_same_catalog(loaded, dump_typescript(out, Path(folder) / "build"), in_domain_order(data))
