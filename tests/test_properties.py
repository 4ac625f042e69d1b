"""Property tests: catalogues of arbitrary Unicode still give outputs that compile and round-trip."""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from codegen.catalog import load_catalog
from codegen.placeholders import find_placeholder_tokens
from codegen.rendering import render_all
from codegen.serialize import catalog_from_data
from codegen.writing import write_outputs
from tests.conftest import write_catalog
from tests.test_roundtrip import assert_same_catalog, dump_python, dump_typescript

# Anything but lone surrogates and control characters; the pieces that break naive generators, often.
_characters = st.characters(exclude_categories=("Cs", "Cc")) | st.sampled_from(
    ['"', "'", "\\", "*/", "/*", "${", "{{", "}}", "{%", "%}", "`", "</script>", "\u2028", "\u2029", "\t", "#", "xxx", "{0}", "\U0001F680"]
)
_single_line = re.compile(r"\S(.*\S)?")

messages = st.lists(_characters, min_size=1, max_size=40).map("".join).map(str.strip).filter(lambda text: _single_line.fullmatch(text) is not None)
notes = st.lists(_characters | st.just("\n"), min_size=1, max_size=40).map("".join)


def _variant(index: int, message: str, note: str | None) -> dict[str, Any]:
    variant: dict[str, Any] = {"id": f"VARIANT_{index}", "message": message}
    tokens = find_placeholder_tokens(message)
    if tokens:
        variant["placeholders"] = [{"token": token, "name": f"value_{n}"} for n, token in enumerate(tokens)]
    if note is not None:
        variant["note"] = note
    return variant


@st.composite
def catalogues(draw: st.DrawFn) -> list[dict[str, Any]]:
    texts = draw(st.lists(messages, min_size=1, max_size=6, unique=True))
    note = draw(st.none() | notes)
    return [{
        "domain": "spot",
        "description": draw(messages),
        "success_codes": [200000],
        "errors": [{
            "code": 100,
            "name": "ANY_TEXT",
            "category": "bad_request",
            "retry": "fix_request",
            "variants": [_variant(index, text, note) for index, text in enumerate(texts)],
        }],
    }]


def _generate(data: list[dict[str, Any]], folder: Path) -> Path:
    loaded = load_catalog(write_catalog(folder / "catalog", data))
    assert loaded.catalog == catalog_from_data(data)
    out = folder / "out"
    write_outputs(render_all(loaded), out)
    bundle = json.loads((out / "json" / "kucoin-errors.json").read_text(encoding="utf-8"))
    assert catalog_from_data(bundle["domains"]) == loaded.catalog
    return out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(catalogues())
def test_python_and_json_outputs_carry_any_text(data: list[dict[str, Any]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        out = _generate(data, Path(folder))
        loaded = load_catalog(Path(folder) / "catalog")
        assert_same_catalog(loaded, dump_python(out))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(catalogues())
def test_typescript_output_compiles_strict_and_carries_any_text(data: list[dict[str, Any]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        out = _generate(data, Path(folder))
        loaded = load_catalog(Path(folder) / "catalog")
        assert_same_catalog(loaded, dump_typescript(out, Path(folder) / "build"))
