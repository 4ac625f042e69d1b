"""Reading catalogue files: whatever the folder holds and whatever the bytes are, problems at their places, never a traceback.

Each refusal is checked through ``refused``: the loader raises CatalogError
with these problems, and the command line prints exactly them, exits 2 and
leaves the output folder as it was.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from codegen.catalog import load_catalog
from codegen.diagnostics import CatalogError, Problem, printable
from codegen.loading import MAX_NESTING, read_document
from tests.conftest import CATALOG_DIR, run_codegen
from tests.test_validation import GOOD_ENTRY, problems_for, refused, spot_file

OTHER_ENTRY = GOOD_ENTRY.replace("200004", "200005").replace("name: BALANCE_INSUFFICIENT", "name: OTHER")


def places(problems: list[Problem]) -> list[tuple[str, int, int]]:
    return [(problem.path, problem.line, problem.column) for problem in problems]


def catalog_with_spot(tmp_path: Path) -> Path:
    catalog = tmp_path / "catalog"
    catalog.mkdir()
    (catalog / "spot.yaml").write_text(spot_file(), encoding="utf-8")
    return catalog


# Entries of the folder that are not files.


def test_a_folder_named_like_a_catalogue_file_is_reported(tmp_path: Path) -> None:
    catalog = catalog_with_spot(tmp_path)
    (catalog / "x.yaml").mkdir()
    (problem,) = refused(catalog, tmp_path / "out")
    assert (problem.path, problem.line, problem.column) == ("catalog/x.yaml", 1, 1)
    assert problem.message.startswith("is a folder; expected a YAML file")


def test_a_dangling_symlink_is_reported(tmp_path: Path) -> None:
    catalog = catalog_with_spot(tmp_path)
    (catalog / "zz.yaml").symlink_to(tmp_path / "nowhere.yaml")
    (problem,) = refused(catalog, tmp_path / "out")
    assert (problem.path, problem.line, problem.column) == ("catalog/zz.yaml", 1, 1)
    assert problem.message == "is a symbolic link to a file that does not exist; expected a YAML file"


def test_a_named_pipe_is_reported_without_waiting_for_a_writer(tmp_path: Path) -> None:
    catalog = catalog_with_spot(tmp_path)
    os.mkfifo(catalog / "pipe.yaml")
    (problem,) = refused(catalog, tmp_path / "out")
    assert (problem.path, problem.line, problem.column) == ("catalog/pipe.yaml", 1, 1)
    assert problem.message == "is not a regular file (a device, pipe or socket); expected a YAML file"


def test_a_file_that_cannot_be_read_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    catalog = catalog_with_spot(tmp_path)
    (catalog / "earn.yaml").write_text(spot_file(domain="earn"), encoding="utf-8")
    real_open = Path.open

    def denying_open(self: Path, *args: object, **kwargs: object) -> object:
        if self.name == "earn.yaml":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", denying_open)
    (problem,) = refused(catalog, tmp_path / "out")
    assert (problem.path, problem.line, problem.column) == ("catalog/earn.yaml", 1, 1)
    assert problem.message == "cannot be read: Permission denied; expected a readable YAML file"


def test_a_folder_name_that_is_not_utf8_is_shown_byte_by_byte(tmp_path: Path) -> None:
    catalog = tmp_path / os.fsdecode(b"cat\xffalog")
    catalog.mkdir()
    (catalog / "spot.yaml").write_text(spot_file(), encoding="utf-8")
    out = tmp_path / "out"
    result = run_codegen("--catalog", catalog, "--out", out)
    assert result.returncode == 0, result.stderr
    banner = (out / "python" / "kucoin_errors" / "__init__.py").read_text(encoding="utf-8").splitlines()[0]
    assert "from cat\\xffalog/spot.yaml." in banner
    (catalog / "spot.yaml").write_text(spot_file(GOOD_ENTRY.replace("top_up", "later")), encoding="utf-8")
    (problem,) = refused(catalog, tmp_path / "refused")
    assert (problem.path, problem.line, problem.column) == ("cat\\xffalog/spot.yaml", 9, 12)


def test_problem_lines_stay_one_line_whatever_names_and_values_hold() -> None:
    problem = Problem("odd\nfolder/spot.yaml", 3, 4, "value 'a\nb' and \udcff")
    assert str(problem) == "odd\\x0afolder/spot.yaml:3:4: value 'a\\x0ab' and \\xff"
    assert printable("plain text, é and 中文") == "plain text, é and 中文"


# Bytes and characters.


def test_every_raw_control_character_is_reported_at_its_place_and_the_file_is_still_checked(tmp_path: Path) -> None:
    content = spot_file(GOOD_ENTRY.replace("Balance insufficient", "Bal\x00ance \x9b insufficient").replace("top_up", "later"))
    content += "# a comment with \x01 and \x85\n"
    problems = problems_for(tmp_path, {"spot.yaml": content})
    assert [(p.line, p.column, p.message.split(";")[0]) for p in problems] == [
        (9, 12, "errors[0].retry: unknown value 'later'"),
        (12, 22, "character U+0000 is not allowed in a catalogue file"),
        (12, 28, "character U+009B is not allowed in a catalogue file"),
        (13, 18, "character U+0001 is not allowed in a catalogue file"),
        (13, 24, "character U+0085 is not allowed in a catalogue file"),
    ]
    assert all("expected printable text" in p.message for p in problems[1:])


def test_every_run_of_bytes_that_are_not_utf8_is_reported_at_its_character_column(tmp_path: Path) -> None:
    content = spot_file().replace("Balance", "Bälance").encode().replace(b"insufficient", b"insu\xff\xfefficient\xc3")
    problems = problems_for(tmp_path, {"spot.yaml": content})
    assert [(p.line, p.column, p.message) for p in problems] == [
        (8, 19, "bytes 0xff 0xfe are not UTF-8; expected a UTF-8 text file"),
        (8, 29, "byte 0xc3 is not UTF-8; expected a UTF-8 text file"),
        (12, 31, "bytes 0xff 0xfe are not UTF-8; expected a UTF-8 text file"),
        (12, 41, "byte 0xc3 is not UTF-8; expected a UTF-8 text file"),
    ]


def test_a_byte_order_mark_does_not_hide_the_rest_of_the_file(tmp_path: Path) -> None:
    content = b"\xef\xbb\xbf" + spot_file(GOOD_ENTRY.replace("insufficient_funds", "insufficent_funds")).encode()
    problems = problems_for(tmp_path, {"spot.yaml": content})
    assert [(p.line, p.column) for p in problems] == [(1, 1), (8, 15)]
    assert problems[0].message == "file starts with a byte order mark; expected UTF-8 without BOM"
    assert "did you mean 'insufficient_funds'?" in problems[1].message


# YAML structure.


def test_every_duplicate_key_is_reported_and_the_rest_of_the_file_is_checked(tmp_path: Path) -> None:
    entry = GOOD_ENTRY.replace("    retry: top_up\n", "    retry: top_up\n    retry: stop\n    name: AGAIN\n")
    entry = entry.replace("        message:", "        id: AGAIN\n        message:") + "    category: nope\n"
    content = spot_file(entry).replace("domain: spot\n", "domain: spot\ndomain: earn\n")
    problems = problems_for(tmp_path, {"spot.yaml": content})
    assert [(p.line, p.column, p.message) for p in problems] == [
        (3, 1, "duplicate key 'domain' (first at line 2, column 1); expected each key once in a mapping"),
        (11, 5, "duplicate key 'retry' (first at line 10, column 5); expected each key once in a mapping"),
        (12, 5, "duplicate key 'name' (first at line 8, column 5); expected each key once in a mapping"),
        (15, 9, "duplicate key 'id' (first at line 14, column 9); expected each key once in a mapping"),
        (17, 5, "duplicate key 'category' (first at line 9, column 5); expected each key once in a mapping"),
    ]


def test_the_first_of_duplicate_keys_is_the_one_checked(tmp_path: Path) -> None:
    entry = GOOD_ENTRY.replace("    retry: top_up\n", "    retry: later\n    retry: top_up\n")
    problems = problems_for(tmp_path, {"spot.yaml": spot_file(entry)})
    assert [(p.line, p.column) for p in problems] == [(9, 12), (10, 5)]
    assert problems[0].message.startswith("errors[0].retry: unknown value 'later'")


@pytest.mark.parametrize("depth", [MAX_NESTING + 1, 300, 100_000])
def test_deep_nesting_is_refused_at_the_first_level_too_deep(tmp_path: Path, depth: int) -> None:
    content = spot_file().replace('description: "Spot errors."', "description: " + "[" * depth + "]" * depth)
    started = time.monotonic()
    problem = problems_for(tmp_path, {"spot.yaml": content})[0]
    assert time.monotonic() - started < 30
    # The document is the first level; the description's brackets start at column 14.
    assert (problem.line, problem.column) == (3, 14 + MAX_NESTING - 1)
    assert problem.message == f"nested more than {MAX_NESTING} levels deep; a catalogue file nests at most 7 levels"


def test_nesting_too_deep_after_closed_collections_is_refused_at_the_first_level_too_deep(tmp_path: Path) -> None:
    # Levels: the document 1, the outer list 2, its closed first item 3; the brackets after it, from column 19, are levels 3 and on.
    deep = "[" * (MAX_NESTING - 1) + "]" * (MAX_NESTING - 1)
    content = spot_file().replace('description: "Spot errors."', f"description: [[], {deep}]")
    problem = problems_for(tmp_path, {"spot.yaml": content})[0]
    assert (problem.line, problem.column) == (3, 19 + MAX_NESTING - 2)
    assert problem.message == f"nested more than {MAX_NESTING} levels deep; a catalogue file nests at most 7 levels"


def test_nesting_up_to_the_limit_is_read(tmp_path: Path) -> None:
    content = spot_file().replace('description: "Spot errors."', "description: " + "[" * (MAX_NESTING - 1) + "]" * (MAX_NESTING - 1))
    (problem,) = problems_for(tmp_path, {"spot.yaml": content})
    assert (problem.line, problem.column) == (3, 14)
    assert problem.message.startswith("description: expected a string, got a list")


def test_an_anchor_and_an_alias_of_a_scalar_are_each_reported_at_their_own_place(tmp_path: Path) -> None:
    entries = GOOD_ENTRY.replace("category: insufficient_funds", "category: &c insufficient_funds") + OTHER_ENTRY.replace(
        "category: insufficient_funds", "category: *c"
    )
    problems = problems_for(tmp_path, {"spot.yaml": spot_file(entries)})
    assert [(p.line, p.column, p.message) for p in problems] == [
        (8, 15, "YAML anchors and aliases are not allowed: anchor &c; write the value out where it is used"),
        (15, 15, "YAML anchors and aliases are not allowed: alias *c; write the value out"),
    ]


def test_an_alias_used_as_a_key_is_said_once(tmp_path: Path) -> None:
    problems = problems_for(tmp_path, {"spot.yaml": spot_file() + "*a : x\n"})
    assert [(p.line, p.column, p.message) for p in problems] == [(13, 1, "YAML anchors and aliases are not allowed: alias *a; write the value out")]


def test_a_billion_laughs_is_refused_without_being_expanded(tmp_path: Path) -> None:
    lines = ["lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"lol{n}: &lol{n} [{', '.join([f'*lol{n - 1}'] * 9)}]" for n in range(1, 10)]
    content = spot_file() + "\n".join(lines) + "\n"
    started = time.monotonic()
    problems = problems_for(tmp_path, {"spot.yaml": content})
    assert time.monotonic() - started < 30
    aliases = [p for p in problems if "alias *" in p.message]
    assert len(aliases) == 81 and len([p for p in problems if "anchor &" in p.message]) == 10
    assert (aliases[0].line, aliases[0].column) == (14, 14)


@pytest.mark.parametrize(
    ("value", "tag"),
    [("!!int abc", "!!int"), ("!!bool maybe", "!!bool"), ('!!str "x"', "!!str"), ("!!omap [a: 1, a: 2]", "!!omap"), ("!custom {a: 1}", "!custom")],
)
def test_tags_are_refused_at_their_place_and_said_once(tmp_path: Path, value: str, tag: str) -> None:
    problem = problems_for(tmp_path, {"spot.yaml": spot_file(GOOD_ENTRY.replace("retry: top_up", f"retry: {value}"))})
    assert [(p.line, p.column, p.message) for p in problem] == [
        (9, 12, f"YAML tag {tag} is not allowed; expected a plain value (quote text that looks like a number)")
    ]


def test_a_value_that_cannot_be_constructed_is_reported_with_why(tmp_path: Path) -> None:
    problems = problems_for(tmp_path, {"spot.yaml": spot_file().replace('description: "Spot errors."', "description: 2024-13-45")})
    assert [(p.line, p.column, p.message) for p in problems] == [
        (3, 14, "'2024-13-45' cannot be read as a YAML timestamp (month must be in 1..12); expected a valid value, or quotes around text")
    ]


def test_a_refused_character_is_the_only_problem_of_the_value_that_holds_it(tmp_path: Path) -> None:
    # Without the character the value would be an unknown retry advice ('top\ufffdup'): its text says nothing more.
    problems = problems_for(tmp_path, {"spot.yaml": spot_file(GOOD_ENTRY.replace("retry: top_up", "retry: top\x00up"))})
    assert [(p.line, p.column, p.message.split(";")[0]) for p in problems] == [(9, 15, "character U+0000 is not allowed in a catalogue file")]


def test_merge_keys_are_refused(tmp_path: Path) -> None:
    entry = GOOD_ENTRY.replace("    variants:", "    <<: {http_status: 400}\n    variants:")
    problems = problems_for(tmp_path, {"spot.yaml": spot_file(entry)})
    assert [(p.line, p.column, p.message) for p in problems] == [(10, 5, "merge key '<<' is not allowed; expected the fields written out")]


def test_keys_that_are_lists_or_mappings_are_refused(tmp_path: Path) -> None:
    problems = problems_for(tmp_path, {"spot.yaml": spot_file() + "? [a, b]\n: 1\n? {x: 1}\n: 2\n"})
    assert [(p.line, p.column, p.message) for p in problems] == [
        (13, 3, "a list is used as a key; expected a field name"),
        (15, 3, "a mapping is used as a key; expected a field name"),
    ]


def test_a_second_document_is_refused(tmp_path: Path) -> None:
    problems = problems_for(tmp_path, {"spot.yaml": spot_file() + "---\ndomain: spot\n"})
    assert [(p.line, p.column, p.message) for p in problems] == [(13, 1, "a second YAML document (---); expected one document per file")]


def test_a_second_document_stops_the_reading_and_the_first_is_not_checked(tmp_path: Path) -> None:
    problems = problems_for(tmp_path, {"spot.yaml": "domain: spot\n---\nerrors: []\n"})
    assert [(p.line, p.column, p.message) for p in problems] == [(2, 1, "a second YAML document (---); expected one document per file")]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("<<\n", "the document: expected a mapping, got a string ('<<')"),
        ("2024-13-45\n", "'2024-13-45' cannot be read as a YAML timestamp (month must be in 1..12); expected a valid value, or quotes around text"),
    ],
)
def test_a_document_that_is_one_scalar_is_that_scalar_and_said_once(tmp_path: Path, content: str, message: str) -> None:
    problems = problems_for(tmp_path, {"spot.yaml": content})
    assert [(p.line, p.column, p.message) for p in problems] == [(1, 1, message)]


def test_places_point_at_the_keys_and_items_they_name() -> None:
    document, problems = read_document(CATALOG_DIR / "spot.yaml", CATALOG_DIR)
    assert problems == [] and len(document.value_places) > 200
    lines = (CATALOG_DIR / "spot.yaml").read_text(encoding="utf-8").splitlines()
    for path, (line, column) in document.value_places.items():
        if not path:
            continue
        if isinstance(path[-1], str):
            key_line, key_column = document.key_places[path]
            assert lines[key_line - 1][key_column - 1 :].startswith(f"{path[-1]}:"), (path, key_line, key_column)
        else:  # an item of a block list ("- ") or of a flow list ("[" or ", ")
            before = lines[line - 1][: column - 1]
            assert before.endswith(("- ", "[", ", ")), (path, line, column)


def test_a_merge_key_sign_as_a_value_is_text(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "spot.yaml").write_text(spot_file(GOOD_ENTRY.replace('"Balance insufficient"', "<<")), encoding="utf-8")
    assert load_catalog(tmp_path).catalog.domain("spot").errors[0].variants[0].message == "<<"
    assert capfd.readouterr().err == ""


# Pieces of YAML syntax and bytes that broke readers, spliced into a valid file.
_SPLICES = [
    b"[", b"]", b"{", b"}", b"&a ", b"*a", b"!!int ", b"!x ", b"? ", b"<<: ", b"<<", b"---\n", b"...\n", b"\x00", b"\t", b'"', b"'", b"|", b">",
    b"- ", b": ", b"#", b"\n", b"%YAML 1.1\n", b"\xff", b"\xc2\x85", b"\xe2\x80\xa8", b"\xef\xbb\xbf", b"1e3", b".inf", b"~", b"2024-13-45",
    b"!!binary x", b"@", b"`", b"\r", b"!!omap ", b"&b [1, *b]",
]
_VALID = spot_file(GOOD_ENTRY + OTHER_ENTRY).encode()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, len(_VALID)), st.sampled_from(_SPLICES) | st.binary(max_size=4), st.integers(0, 3)), max_size=6))
def test_any_damage_to_a_file_gives_one_line_problems_never_an_exception(edits: list[tuple[int, bytes, int]]) -> None:
    content = bytearray(_VALID)
    for position, splice, removed in sorted(edits, reverse=True):
        content[position : position + removed] = splice
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "spot.yaml").write_bytes(bytes(content))
        try:
            load_catalog(Path(folder))
        except CatalogError as error:
            assert error.problems
            assert all("\n" not in str(problem) and problem.line >= 1 and problem.column >= 1 for problem in error.problems)
