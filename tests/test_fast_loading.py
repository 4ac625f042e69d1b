"""The fast reader: the located reader's data or nothing, and every refusal left to the located reader.

``read_fast`` must give exactly the data ``read_document`` gives, or decline
(None) so that the located reader reads the file and reports its problems
at their places; the compiled schema check must answer as jsonschema does.
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from codegen import loading
from codegen.catalog import load_catalog
from codegen.diagnostics import CatalogError
from codegen.loading import MAX_NESTING, catalog_files, read_document, read_fast
from codegen.schema_check import Unsure, compile_check
from codegen.taxonomy import load_schema
from codegen.validation import catalog_validator
from tests.conftest import CATALOG_DIR
from tests.test_validation import spot_file

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from bench_generate import write_catalogue  # noqa: E402


def both(tmp_path: Path, text: str | bytes) -> tuple[SourceData, Any]:
    """(what the fast reader gives: its data, or DECLINED) and the located reader's data, of one file."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / "spot.yaml"
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    fast = read_fast(path, tmp_path)
    located, _ = read_document(path, tmp_path)
    return (DECLINED if fast is None else fast.data), located.data


DECLINED = object()
SourceData = Any


def test_ruamel_resolves_plain_scalars_with_the_table_the_fast_reader_copies() -> None:
    resolver = YAML(typ="rt").resolver.versioned_resolver
    table = {(tag, regexp.pattern, bool(regexp.flags & __import__("re").X)) for resolvers in resolver.values() for tag, regexp in resolvers}
    assert table == set(loading._IMPLICIT)
    assert set(resolver) - {""} == set(loading._IMPLICIT_FIRST)


@pytest.mark.parametrize("catalog", ["real", "synthetic"])
def test_the_fast_reader_reads_every_catalogue_file_as_the_located_reader_does(tmp_path: Path, catalog: str) -> None:
    folder = CATALOG_DIR if catalog == "real" else tmp_path / "catalog"
    if catalog == "synthetic":
        write_catalogue(folder, 60)
    for path in catalog_files(folder):
        fast = read_fast(path, folder)
        assert fast is not None, path
        assert fast.data == read_document(path, folder)[0].data


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\na: 2\n",  # duplicate key
        "a: &x 1\nb: 2\n",  # anchor
        "a: &x 1\nb: *x\n",  # alias
        "a: !!str 1\n",  # tag
        "a: !custom x\n",
        "a: [1, !!int 2]\n",
        "a: !!map {b: 1}\n",
        "<<: {a: 1}\n",  # merge key
        "a: <<\n",  # merge sign as a value: text, but left to the located reader
        "%YAML 1.1\n---\na: yes\n",  # a directive changes how values read
        "a: 1\n---\nb: 2\n",  # second document
        "a: 1.5\n", "a: 1e3\n", "a: .inf\n", "a: 0x1F\n", "a: 0o17\n", "a: 017\n", "a: 1_000\n", "a: +5\n", "a: 2024-01-01\n",
        "1: a\n", "null: a\n", "true: a\n", "[a]: 1\n", "? {a: 1}\n: 2\n",  # keys that are not strings
        "a: [1, 2\n",  # syntax error
        "a: b\n  c: d\n",
        "a: \"\u2028\"\n",  # a line separator
        "\ufeffa: 1\n",
        "a: \x07\n",
        "a: " + "[" * MAX_NESTING + "]" * MAX_NESTING + "\n",
    ],
)
def test_what_the_located_reader_refuses_or_reads_otherwise_is_declined(tmp_path: Path, text: str) -> None:
    fast, _ = both(tmp_path, text)
    assert fast is DECLINED


def test_bytes_that_are_not_utf8_are_declined(tmp_path: Path) -> None:
    assert both(tmp_path, b"a: \xff\n")[0] is DECLINED


@pytest.mark.parametrize(
    ("text", "data"),
    [
        ("a: 1\nb: -7\nc: 0\n", {"a": 1, "b": -7, "c": 0}),
        ("a: true\nb: False\nc: ~\nd:\ne: null\n", {"a": True, "b": False, "c": None, "d": None, "e": None}),
        ("a: yes\nb: no\nc: on\nd: fix_request\ne: Null pointer\nf: 1.2.3\n", {"a": "yes", "b": "no", "c": "on", "d": "fix_request", "e": "Null pointer", "f": "1.2.3"}),
        ("a: 'it''s & *so* !'\nb: \"\\u00e9\\t\\\\ \\\"q\\\"\"\n", {"a": "it's & *so* !", "b": "é\t\\ \"q\""}),
        ("a: |\n  line one\n  line two\nb: >\n  folded\n  text\n", {"a": "line one\nline two\n", "b": "folded text\n"}),
        ("a: [1, {b: c}, 'd']\n", {"a": [1, {"b": "c"}, "d"]}),
        ("a: plain text\n  continued here\n", {"a": "plain text continued here"}),
        ("", None),
        ("# only a comment\n", None),
        ("a: '<<'\n'<<': b\n", {"a": "<<", "<<": "b"}),
        ("just text\n", "just text"),  # a document that is one scalar: no catalogue file, but read as what it is
    ],
)
def test_the_fast_reader_gives_the_located_readers_values(tmp_path: Path, text: str, data: Any) -> None:
    fast, located = both(tmp_path, text)
    assert located == data
    assert fast == data


_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x85\u2028\u2029"), max_size=30)
_PLAIN = st.text(st.sampled_from("0123456789.+-_eExobTtFfNnulr~<!&*:# abc"), min_size=1, max_size=8)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(_TEXT, min_size=1, max_size=4), plains=st.lists(_PLAIN, min_size=1, max_size=4))
def test_the_fast_reader_gives_the_located_readers_data_or_declines(tmp_path: Path, texts: list[str], plains: list[str]) -> None:
    lines = [f"d{index}: {json.dumps(text, ensure_ascii=index % 2 == 0)}" for index, text in enumerate(texts)]
    lines += [f"s{index}: '" + text.replace("'", "''") + "'" for index, text in enumerate(texts) if "\n" not in text and "\r" not in text]
    lines += [f"p{index}: {plain}" for index, plain in enumerate(plains)]
    lines += [f"q{index}: [{plain}]" for index, plain in enumerate(plains)]
    for line in lines:
        fast, located = both(tmp_path, line + "\n")
        if fast is not DECLINED:
            assert fast == located, line


# The compiled schema check answers as jsonschema does.

_MUTATIONS: list[tuple[str, Any]] = [
    ("errors.0.code", "200004"), ("errors.0.code", 200004.0), ("errors.0.code", True), ("errors.0.code", 0), ("errors.0.code", 2**31),
    ("errors.0.name", "lower"), ("errors.0.name", "A" * 101), ("errors.0.name", None), ("errors.0.category", "bad_requests"),
    ("errors.0.category", 1), ("errors.0.retry", "wait"), ("errors.0.unknown", 1), ("errors.0.variants", []), ("errors.0.variants", {}),
    ("errors.0.variants.0.message", " padded"), ("errors.0.variants.0.message", ""), ("errors.0.variants.0.key", "no_dots"),
    ("errors.0.variants.0.placeholders", [{"token": "{0}", "name": "x", "kind": "number"}]),
    ("errors.0.variants.0.placeholders", [{"token": "{0}"}]), ("errors.0.variants.0.placeholders", [{"token": "yy", "name": "x"}]),
    ("errors.0.http_status", 99), ("errors.0.http_status", 600), ("errors.0.retry_after_ms", 0), ("errors.0.note", ""),
    ("success_codes", []), ("success_codes", [200000, 200000]), ("success_codes", [200000, 200]), ("success_codes", [True]),
    ("success_codes", [[1], [1]]), ("domain", "spots"), ("description", ["x"]), ("extra", "x"), ("errors", []),
]


def _mutated(data: dict[str, Any], where: str, value: Any) -> dict[str, Any]:
    result = copy.deepcopy(data)
    *parents, last = where.split(".")
    node: Any = result
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node[part]
    if isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value
    return result


@pytest.mark.parametrize(("where", "value"), _MUTATIONS)
def test_the_compiled_check_answers_as_jsonschema(tmp_path: Path, where: str, value: Any) -> None:
    schema = load_schema()
    check = compile_check(schema)
    assert check is not None
    validator = catalog_validator(schema)
    (tmp_path / "spot.yaml").write_text(spot_file(), encoding="utf-8")
    data = read_document(tmp_path / "spot.yaml", tmp_path)[0].data
    assert check(data) and validator.is_valid(data)
    mutated = _mutated(data, where, value)
    try:
        answer = check(mutated)
    except Unsure:
        return
    assert answer == validator.is_valid(mutated)


def test_the_compiled_check_accepts_every_file_of_the_real_catalogue() -> None:
    check = compile_check(load_schema())
    assert check is not None
    for path in catalog_files(CATALOG_DIR):
        assert check(read_document(path, CATALOG_DIR)[0].data)


def test_a_schema_with_a_keyword_the_compiler_does_not_know_is_not_compiled() -> None:
    assert compile_check({"type": "object", "anyOf": [{"required": ["a"]}]}) is None
    assert compile_check({"properties": {"a": True}}) is None


def test_a_file_the_fast_path_finds_wrong_is_reported_by_the_located_reader(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "spot.yaml").write_text(spot_file().replace("category: insufficient_funds", "category: insufficient_fund"), encoding="utf-8")
    assert read_fast(tmp_path / "spot.yaml", tmp_path) is not None
    with pytest.raises(CatalogError) as fast_error:
        load_catalog(tmp_path)
    monkeypatch.setattr(loading, "_FAST_PARSER", None)
    with pytest.raises(CatalogError) as located_error:
        load_catalog(tmp_path)
    assert str(fast_error.value) == str(located_error.value) and "insufficient_fund" in str(fast_error.value)


def test_the_fast_readers_character_check_refuses_what_the_located_reader_reports() -> None:
    refused = loading._refused()
    differ = [
        f"U+{code:04X}"
        for code in range(0x110000)
        if not 0xD800 <= code <= 0xDFFF and bool(refused.search(chr(code))) != bool(loading._FAST_REFUSED.search(chr(code))) and code not in (0x2028, 0x2029)
    ]
    assert differ == []
    assert loading._FAST_REFUSED.search("\u2028") and loading._FAST_REFUSED.search("\u2029")
