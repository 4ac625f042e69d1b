"""The edit commands on catalogue files as people keep them: CRLF line ends, no final line feed, a last entry followed by tombstones."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

import pytest

from codegen.catalog import load_catalog
from codegen.cli import main
from codegen.model import Placeholder
from tests.conftest import CATALOG_DIR


@pytest.fixture
def catalog(tmp_path: Path) -> Path:
    folder = tmp_path / "catalog"
    shutil.copytree(CATALOG_DIR, folder, ignore=shutil.ignore_patterns("sources"))
    return folder


def run(catalog: Path, *args: str) -> int:
    return main([args[0], "--catalog", str(catalog), *args[1:]])


def test_an_edit_of_a_crlf_file_keeps_every_line_end_crlf(catalog: Path) -> None:
    broker = catalog / "broker.yaml"
    original = broker.read_bytes()
    broker.write_bytes(original.replace(b"\n", b"\r\n"))
    assert run(catalog, "set", "broker", "400100", "note=Checked") == 0
    written = broker.read_bytes()
    assert b"\r\n" in written and b"\n" not in written.replace(b"\r\n", b"")
    assert written.replace(b"\r\n", b"\n") == original.replace(
        b"    retry: fix_request\n    variants:\n      - id: ILLEGAL_REQUEST_PARAMETER\n",
        b'    retry: fix_request\n    note: "Checked"\n    variants:\n      - id: ILLEGAL_REQUEST_PARAMETER\n',
    )


def test_the_last_entry_of_a_file_is_edited_in_place(catalog: Path) -> None:
    earn = catalog / "earn.yaml"
    before = earn.read_text(encoding="utf-8")
    assert before.endswith('        message: "When redeeming early, the parameter confirmPunishRedeem must be passed in"\n        pages: ["kucoin-errors:185", "kucoin-errors-docs-new:208"]\n')
    assert run(catalog, "set", "earn", "151024", "note=Last one") == 0
    assert earn.read_text(encoding="utf-8") == before.replace(
        "    retry: fix_request\n    variants:\n      - id: EARLY_REDEMPTION_CONFIRMATION_REQUIRED\n",
        '    retry: fix_request\n    note: "Last one"\n    variants:\n      - id: EARLY_REDEMPTION_CONFIRMATION_REQUIRED\n',
    )


def test_the_last_entry_before_the_tombstones_is_edited_without_touching_them(catalog: Path) -> None:
    assert run(catalog, "remove", "earn", "151024", "--reason", "Gone") == 0
    earn = catalog / "earn.yaml"
    before = earn.read_text(encoding="utf-8")
    last = before.split("\n  - code: ")[-2].split("\n", 1)[0]  # the code of the entry now last, just above removed:
    assert before.endswith('removed:\n  - code: 151024\n    name: EARLY_REDEMPTION_CONFIRMATION_REQUIRED\n    reason: "Gone"\n')
    assert run(catalog, "set", "earn", last, "http_status=409") == 0
    after = earn.read_text(encoding="utf-8")
    assert after.endswith(before[before.index("removed:\n"):])
    assert after.replace("    http_status: 409\n", "", 1) == before
    assert next(entry for entry in load_catalog(catalog).catalog.domain("earn").errors if entry.code == int(last)).http_status == 409


def test_removing_an_entry_of_a_file_without_a_final_line_feed_appends_the_tombstones_on_a_line_of_their_own(catalog: Path) -> None:
    broker = catalog / "broker.yaml"
    broker.write_text(broker.read_text(encoding="utf-8").rstrip("\n"), encoding="utf-8")
    assert run(catalog, "remove", "broker", "100001") == 0
    text = broker.read_text(encoding="utf-8")
    assert "\n    variants:\n      - id: REBATE_FILE_DOWNLOADING\n" not in text
    assert text.endswith('"]\nremoved:\n  - code: 100001\n    name: REBATE_FILE_DOWNLOADING\n')
    assert [dead.code for dead in load_catalog(catalog).catalog.domain("broker").removed] == [100001]


def test_editing_a_removed_code_says_it_was_removed_and_where_its_tombstone_is(catalog: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(catalog, "remove", "broker", "400100") == 0
    capsys.readouterr()
    assert run(catalog, "set", "broker", "400100", "note=x") == 2
    assert "broker 400100 was removed (ILLEGAL_REQUEST_PARAMETER); it has a tombstone in broker.yaml" in capsys.readouterr().err


def test_an_unknown_domain_lists_every_domain_there_is(catalog: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for path in catalog.glob("*.yaml"):
        if path.stem not in {"broker", "earn"}:
            path.unlink()
    assert run(catalog, "set", "spot", "200004", "note=x") == 2
    assert "no catalogue file for domain 'spot' in " in (err := capsys.readouterr().err)
    assert "; expected one of: broker, earn;" in err


def test_set_placeholders_of_a_variant_writes_them_as_one_line_mappings(catalog: Path) -> None:
    assert run(catalog, "set", "broker", "400100", "--variant", "ILLEGAL_REQUEST_PARAMETER",
               "message=request parameter {0} illegal", "placeholders=[{token: '{0}', name: parameter, kind: text}]") == 0
    text = (catalog / "broker.yaml").read_text(encoding="utf-8")
    assert '        message: "request parameter {0} illegal"\n        placeholders:\n          - {token: "{0}", name: parameter, kind: text}\n' in text
    variant = next(entry for entry in load_catalog(catalog).catalog.domain("broker").errors if entry.code == 400100).variants[0]
    assert variant.placeholders == (Placeholder("{0}", "parameter", "text"),)


def test_set_says_every_field_it_set_and_which_it_deleted(catalog: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(catalog, "set", "broker", "600100", "note=", "http_status=404") == 0
    assert "broker 600100: set note (deleted), http_status" in capsys.readouterr().out


def test_an_import_that_creates_a_catalogue_file_writes_it_with_line_feeds(catalog: Path, tmp_path: Path) -> None:
    (catalog / "broker.yaml").unlink()
    page = tmp_path / "page.txt"
    page.write_text("Broker Errors Code\nCode\tMeaning\n400100\trequest parameter illegal\n", encoding="utf-8")
    assert main(["import-docs", str(page), "--catalog", str(catalog)]) == 0
    written = (catalog / "broker.yaml").read_bytes()
    assert b"\r\n" not in written and b"  - code: 400100\n" in written


def test_an_import_whose_write_fails_says_where_and_why_and_writes_nothing(
    catalog: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = tmp_path / "page.txt"
    page.write_text("Broker Errors Code\nCode\tMeaning\n400100\trequest parameter illegal, reworded\n", encoding="utf-8")
    before = (catalog / "broker.yaml").read_bytes()

    def disk_full(texts: dict[Path, str]) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(next(iter(texts))))

    monkeypatch.setattr("codegen.cli.replace_files", disk_full)
    assert main(["import-docs", str(page), "--catalog", str(catalog)]) == 2
    assert f"{catalog / 'broker.yaml'}: cannot write: No space left on device; nothing was written.\n" in capsys.readouterr().err
    assert (catalog / "broker.yaml").read_bytes() == before


def test_an_edit_of_a_file_with_line_feeds_writes_line_feeds_only(catalog: Path) -> None:
    broker = catalog / "broker.yaml"
    assert b"\r" not in broker.read_bytes()
    assert run(catalog, "set", "broker", "400100", "note=Checked") == 0
    assert b'    note: "Checked"\n' in (written := broker.read_bytes()) and b"\r" not in written


FIRST_BROKER_ENTRY_END = '        pages: ["kucoin-errors-docs-new:209"]\n  - code: 400100\n'


def test_removing_an_entry_takes_the_comments_indented_into_it_and_leaves_those_at_its_dash_to_what_follows(catalog: Path) -> None:
    broker = catalog / "broker.yaml"
    text = broker.read_text(encoding="utf-8")
    assert text.count(FIRST_BROKER_ENTRY_END) == 1
    commented = '        pages: ["kucoin-errors-docs-new:209"]\n    # Seen while the file is built.\n\n  # Parameter codes follow.\n  - code: 400100\n'
    broker.write_text(text.replace(FIRST_BROKER_ENTRY_END, commented), encoding="utf-8")
    assert run(catalog, "remove", "broker", "100001") == 0
    after = broker.read_text(encoding="utf-8")
    assert "errors:\n\n  # Parameter codes follow.\n  - code: 400100\n" in after and "Seen while" not in after


def test_removing_an_entry_written_on_one_line_leaves_the_comment_below_it(catalog: Path) -> None:
    broker = catalog / "broker.yaml"
    text = broker.read_text(encoding="utf-8")
    start, end = text.index("  - code: 100001\n"), text.index("  - code: 400100\n")
    one_line = (
        "  - {code: 100001, name: REBATE_FILE_DOWNLOADING, category: operation_in_progress, retry: retry, "
        'variants: [{id: REBATE_FILE_DOWNLOADING, message: "downloading"}]}\n'
    )
    broker.write_text(text[:start] + one_line + "  # Parameter codes follow.\n" + text[end:], encoding="utf-8")
    assert run(catalog, "remove", "broker", "100001") == 0
    assert "errors:\n  # Parameter codes follow.\n  - code: 400100\n" in broker.read_text(encoding="utf-8")


def _without_errors_list(catalog: Path) -> str:
    broker = catalog / "broker.yaml"
    text = broker.read_text(encoding="utf-8")
    broker.write_text(text[: text.index("errors:\n")], encoding="utf-8")
    mapping_line = text[: text.index("\ndomain:")].count("\n") + 2
    return f"broker.yaml:{mapping_line}:1: the document: missing required field 'errors'"


@pytest.mark.parametrize(
    "command",
    [
        ("set", "broker", "400100", "note=x"),
        ("add", "broker", "999999", "--name", "NEW_CODE", "--message", "A new message"),
        ("add-variant", "broker", "400100", "--id", "NEW_TEXT", "--message", "A new message"),
        ("rename", "broker", "400100", "NEW_NAME"),
        ("deprecate", "broker", "400100", "--reason", "gone"),
        ("remove", "broker", "400100"),
    ],
    ids=lambda command: command[0],
)
def test_every_edit_of_a_file_without_an_errors_list_names_the_missing_list_at_its_place_and_writes_nothing(
    catalog: Path, capsys: pytest.CaptureFixture[str], command: tuple[str, ...]
) -> None:
    where = _without_errors_list(catalog)
    before = (catalog / "broker.yaml").read_bytes()
    assert run(catalog, *command) == 2
    err = capsys.readouterr().err
    assert where in err
    assert "1 problem in the catalogue as it is, before the edit; nothing was written." in err
    assert "Traceback" not in err
    assert (catalog / "broker.yaml").read_bytes() == before


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "broker.yaml:1:1: the document:"),
        ("domain: [\n", "broker.yaml:2:1: invalid YAML:"),
        ("- a\n- b\n", "broker.yaml:1:1: the document:"),
        ("domain: broker\nerrors:\n  - code: 1\n    variants: oops\n", "broker.yaml:4:15: errors[0].variants:"),
    ],
    ids=["empty", "not YAML", "a list", "variants not a list"],
)
def test_an_edit_of_a_file_the_edits_cannot_walk_reports_the_files_problems_at_their_place(
    catalog: Path, capsys: pytest.CaptureFixture[str], text: str, problem: str
) -> None:
    (catalog / "broker.yaml").write_text(text, encoding="utf-8")
    assert run(catalog, "add", "broker", "999999", "--name", "NEW_CODE", "--message", "A new message") == 2
    err = capsys.readouterr().err
    assert problem in err
    assert "in the catalogue as it is, before the edit; nothing was written." in err
    assert "Traceback" not in err
    assert (catalog / "broker.yaml").read_text(encoding="utf-8") == text


def test_a_code_written_in_hexadecimal_is_a_code_the_edits_can_find(catalog: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broker = catalog / "broker.yaml"
    broker.write_text(broker.read_text(encoding="utf-8").replace("  - code: 100001\n", "  - code: 0x186A1\n"), encoding="utf-8")
    assert run(catalog, "set", "broker", "100001", "note=x") == 0
    assert "broker 100001: set note" in capsys.readouterr().out


def test_adding_the_code_of_an_entry_without_a_name_reports_the_file_and_writes_nothing(catalog: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broker = catalog / "broker.yaml"
    text = broker.read_text(encoding="utf-8")
    broker.write_text(text.replace("  - code: 100001\n    name: REBATE_FILE_DOWNLOADING\n", "  - code: 100001\n"), encoding="utf-8")
    before = broker.read_bytes()
    assert run(catalog, "add", "broker", "0100001", "--name", "NEW_CODE", "--message", "A new message") == 2
    err = capsys.readouterr().err
    assert "duplicate code 100001: broker has it already (no name, " in err
    assert "Traceback" not in err
    assert broker.read_bytes() == before
