"""Loading at its edges: links out of the folder, the size limit's variable, columns after a byte order mark, the fast reader."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from codegen import loading
from codegen.diagnostics import Problem
from codegen.located_reader import LocatedReader
from codegen.source_document import SourceDocument
from tests.conftest import CATALOG_DIR
from tests.test_loading import catalog_with_spot
from tests.test_validation import problems_for, refused, spot_file


def test_a_symlink_to_a_file_outside_the_folder_is_refused_unread(tmp_path: Path) -> None:
    catalog = catalog_with_spot(tmp_path)
    outside = tmp_path / "secret.yaml"
    outside.write_text("password: hunter2\n", encoding="utf-8")
    (catalog / "zz.yaml").symlink_to(outside)
    (problem,) = refused(catalog, tmp_path / "out")
    assert str(problem) == "catalog/zz.yaml:1:1: is a symbolic link to a file outside the catalogue folder; expected a file inside the folder"


@pytest.mark.parametrize(("value", "limit"), [("", loading.MAX_FILE_BYTES), ("4096", 4096), (" 12 ", 12), ("1", 1)])
def test_the_size_limit_variable_sets_the_limit_in_bytes(monkeypatch: pytest.MonkeyPatch, value: str, limit: int) -> None:
    monkeypatch.setenv(loading.MAX_FILE_BYTES_VARIABLE, value)
    assert loading.max_file_bytes() == limit


@pytest.mark.parametrize("value", ["0", "-5", "1e6", "１２", "big"])
def test_a_size_limit_variable_that_is_no_whole_positive_number_of_ascii_digits_is_refused(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv(loading.MAX_FILE_BYTES_VARIABLE, value)
    assert loading.max_file_bytes() == f"CODEGEN_MAX_FILE_BYTES={value!r} is not a size; expected a whole number of bytes, such as 67108864"


def test_a_byte_order_mark_further_down_the_file_moves_no_column_above_it(tmp_path: Path) -> None:
    content = spot_file() + "# a comment with \x01\n# and one with \ufeff\n"
    problems = problems_for(tmp_path, {"spot.yaml": content})
    assert (problems[0].line, problems[0].column, problems[0].message.split(";")[0]) == (13, 18, "character U+0001 is not allowed in a catalogue file")


def test_the_fast_reader_made_afresh_reads_a_catalogue_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loading, "_FAST_PARSER", ...)
    document = loading.read_fast(CATALOG_DIR / "spot.yaml", CATALOG_DIR)
    assert document is not None
    assert (document.display_path, document.data["domain"], document.data["success_codes"]) == ("catalog/spot.yaml", "spot", [200000])


def test_a_file_gone_before_it_is_read_is_reported_as_unreadable_not_as_a_dangling_link(tmp_path: Path) -> None:
    document, problems = loading.read_document(tmp_path / "gone.yaml", tmp_path)
    assert document.data is None
    assert [str(problem) for problem in problems] == [f"{tmp_path.name}/gone.yaml:1:1: cannot be read: No such file or directory; expected a readable YAML file"]


def test_a_syntax_error_names_where_the_construct_it_breaks_began(tmp_path: Path) -> None:
    path = tmp_path / "spot.yaml"
    path.write_text('domain: spot\ndescription: "x"\nsuccess_codes: [200000\nerrors: []\n', encoding="utf-8")
    _, problems = loading.read_document(path, tmp_path)
    # The flow sequence opens with the "[" at line 3, column 16; the parser stops at the ":" of line 4, column 7.
    assert [str(problem) for problem in problems] == [
        f"{tmp_path.name}/spot.yaml:4:7: invalid YAML: expected ',' or ']', but got ':' (while parsing a flow sequence at line 3, column 16)"
    ]


def test_a_syntax_error_ruamel_gives_without_a_problem_is_said_with_where_it_is(tmp_path: Path) -> None:
    # A block scalar whose second blank line is indented more than its first: ruamel names only the context.
    path = tmp_path / "spot.yaml"
    path.write_text("domain: spot\ndescription: |\n  \n    \n  text\n", encoding="utf-8")
    _, problems = loading.read_document(path, tmp_path)
    assert [str(problem) for problem in problems] == [
        f"{tmp_path.name}/spot.yaml:5:3: invalid YAML: not valid YAML (more indented follow up line than first in a block scalar at line 5, column 3)"
    ]


@pytest.mark.parametrize("plain", ["-_", "+_", "0x_", "0o_", "0b_"])
def test_a_plain_scalar_ruamel_takes_for_an_empty_number_is_a_problem_at_its_place_not_a_crash(tmp_path: Path, plain: str) -> None:
    path = tmp_path / "spot.yaml"
    path.write_text(f"domain: spot\ndescription: {plain}\n", encoding="utf-8")
    _, problems = loading.read_document(path, tmp_path)
    assert [(problem.line, problem.column) for problem in problems] == [(2, 14)]
    assert problems[0].message.startswith(f"{plain!r} cannot be read as a YAML int (")
    assert problems[0].message.endswith("); expected a valid value, or quotes around text")


def test_a_character_the_yaml_parser_refuses_unmarked_is_invalid_yaml_at_the_start_not_an_exception() -> None:
    # The loader refuses such characters first, at their place; the reader still never raises for one it is given.
    problems: list[Problem] = []
    reader = LocatedReader(SourceDocument(Path("catalog/spot.yaml"), "catalog/spot.yaml"), problems, [])
    assert reader.read('domain: spot\ndescription: "a\uffffb"\n') is False
    assert [str(problem) for problem in problems] == [
        'catalog/spot.yaml:1:1: invalid YAML: unacceptable character #xffff: special characters are not allowed in "<unicode string>", position 28'
    ]


def test_a_file_of_exactly_the_size_limit_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "spot.yaml"
    path.write_text(spot_file(), encoding="utf-8")
    monkeypatch.setenv(loading.MAX_FILE_BYTES_VARIABLE, str(len(spot_file().encode())))
    document, problems = loading.read_document(path, tmp_path)
    assert problems == [] and document.data is not None and document.data["domain"] == "spot"


def test_a_byte_order_mark_on_an_earlier_line_moves_no_column_below_it(tmp_path: Path) -> None:
    content = spot_file() + "# one with \ufeff\n# a comment with \x01\n"
    problems = problems_for(tmp_path, {"spot.yaml": content})
    assert (problems[0].line, problems[0].column, problems[0].message.split(";")[0]) == (14, 18, "character U+0001 is not allowed in a catalogue file")


def test_a_refused_character_moves_no_later_column_of_its_line(tmp_path: Path) -> None:
    text = 'a: ["\x01\x02", &mark 1]\n'
    path = tmp_path / "spot.yaml"
    path.write_text(text, encoding="utf-8")
    _, problems = loading.read_document(path, tmp_path)
    places = [(problem.line, problem.column) for problem in problems]
    assert places[:2] == [(1, 6), (1, 7)]
    assert (1, text.index("&") + 1) in places[2:]


def test_the_fast_reader_made_afresh_leaves_floats_and_dates_to_the_located_reader(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loading, "_FAST_PARSER", ...)
    for text in ("a: 1.5\n", "a: 2001-01-01\n", "a: 1e3\n", "a: .inf\n"):
        (tmp_path / "spot.yaml").write_text(text, encoding="utf-8")
        assert loading.read_fast(tmp_path / "spot.yaml", tmp_path) is None, text
    (tmp_path / "spot.yaml").write_text("a: 15\nb: x.5\n", encoding="utf-8")
    document = loading.read_fast(tmp_path / "spot.yaml", tmp_path)
    assert document is not None and document.data == {"a": 15, "b": "x.5"}


def test_without_pyyamls_c_extension_every_file_goes_through_the_located_reader(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import yaml  # type: ignore[import-untyped]

    monkeypatch.delattr(yaml, "_yaml", raising=False)
    monkeypatch.setitem(sys.modules, "yaml._yaml", None)
    monkeypatch.setattr(loading, "_FAST_PARSER", ...)
    (tmp_path / "spot.yaml").write_text(spot_file(), encoding="utf-8")
    assert loading._fast_parser() is None
    assert loading.read_fast(tmp_path / "spot.yaml", tmp_path) is None
    document, problems = loading.read_document(tmp_path / "spot.yaml", tmp_path)
    assert problems == [] and document.data is not None and document.data["domain"] == "spot"
