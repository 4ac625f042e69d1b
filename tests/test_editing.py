"""The edit commands (set, add, add-variant, rename, deprecate, remove) on copies of the real catalogue."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from codegen.catalog import load_catalog
from codegen.cli import main
from codegen.edit_fields import EditError, parse_assignments, resolve
from codegen.editing import set_fields
from codegen.model import Deprecation, ErrorEntry, Tombstone
from tests.conftest import CATALOG_DIR

# A comment between two entries and one at the end of a line, as a person might write them.
COMMENTED = ("  - code: 200004\n", "  # Balance codes follow; keep them together.\n  - code: 200004\n")
EOL_COMMENTED = ("    name: BALANCE_INSUFFICIENT\n", "    name: BALANCE_INSUFFICIENT  # the spot one\n")


@pytest.fixture
def catalog(tmp_path: Path) -> Path:
    """A copy of the real catalogue, with comments added to spot.yaml around 200004."""
    folder = tmp_path / "catalog"
    shutil.copytree(CATALOG_DIR, folder, ignore=shutil.ignore_patterns("sources"))
    spot = folder / "spot.yaml"
    text = spot.read_text(encoding="utf-8")
    for old, new in (COMMENTED, EOL_COMMENTED):
        assert old in text
        text = text.replace(old, new, 1)
    spot.write_text(text, encoding="utf-8")
    return folder


def run(catalog: Path, *args: str) -> int:
    return main([args[0], "--catalog", str(catalog), *args[1:]])


def spot_text(catalog: Path) -> str:
    return (catalog / "spot.yaml").read_text(encoding="utf-8")


def entry_block(text: str, code: int) -> tuple[list[str], list[str]]:
    """The lines of the entry ``code`` and every other line of the file."""
    lines = text.splitlines(keepends=True)
    start = lines.index(f"  - code: {code}\n")
    end = next((index for index in range(start + 1, len(lines)) if lines[index].startswith("  - ") or not lines[index].startswith(" ")), len(lines))
    return lines[start:end], lines[:start] + lines[end:]


def entry(catalog: Path, code: int, domain: str = "spot") -> ErrorEntry:
    return next(each for each in load_catalog(catalog).catalog.domain(domain).errors if each.code == code)


def test_set_writes_new_fields_in_schema_order_and_nothing_else_moves(catalog: Path) -> None:
    before = spot_text(catalog)
    assert run(catalog, "set", "spot", "200004", "note=Top up, then \"retry\".", "http_status=400") == 0
    after = spot_text(catalog)
    block, rest = entry_block(after, 200004)
    assert rest == entry_block(before, 200004)[1]
    assert block[:6] == [
        "  - code: 200004\n",
        "    name: BALANCE_INSUFFICIENT  # the spot one\n",
        "    category: insufficient_funds\n",
        "    retry: top_up\n",
        "    http_status: 400\n",
        "    note: \"Top up, then \\\"retry\\\".\"\n",
    ]
    assert (entry(catalog, 200004).note, entry(catalog, 200004).http_status) == ("Top up, then \"retry\".", 400)


def test_set_changes_a_variant_and_an_empty_value_deletes_a_field(catalog: Path) -> None:
    assert run(catalog, "set", "spot", "200004", "--variant", "BALANCE_INSUFFICIENT", "note=Seen on transfers") == 0
    assert entry(catalog, 200004).variants[0].note == "Seen on transfers"
    assert run(catalog, "set", "spot", "200004", "--variant", "BALANCE_INSUFFICIENT", "note=") == 0
    assert entry(catalog, 200004).variants[0].note is None
    assert "note" not in "".join(entry_block(spot_text(catalog), 200004)[0])


def test_a_field_added_last_in_a_mapping_stays_above_the_comment_that_follows_it(catalog: Path) -> None:
    lines = spot_text(catalog).splitlines(keepends=True)
    comment = lines.index("  # Balance codes follow; keep them together.\n")
    code = int(next(line for line in reversed(lines[:comment]) if line.startswith("  - code: ")).split()[-1])
    variant = entry(catalog, code).variants[-1].id
    # Its page rows come last in the schema's order: without them, the review is the last field.
    assert lines[comment - 1].startswith("        pages: ")
    assert run(catalog, "set", "spot", str(code), "--variant", variant, "pages=") == 0
    lines = spot_text(catalog).splitlines(keepends=True)
    comment = lines.index("  # Balance codes follow; keep them together.\n")
    assert run(catalog, "set", "spot", str(code), "--variant", variant, "review=Check the wording") == 0
    after = spot_text(catalog)
    assert after == "".join(lines[:comment]) + '        review: "Check the wording"\n' + "".join(lines[comment:])


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("set", "spot", "200004", "category=insufficent_funds"), "errors[21].category: unknown value 'insufficent_funds' (did you mean 'insufficient_funds'?); expected one of: authentication,"),
        (("set", "spot", "200004", "categroy=bad_request"), "unknown field 'categroy' (did you mean 'category'?)"),
        (("set", "spot", "200004", "http_status=four"), "http_status: 'four' is not an integer"),
        (("set", "spot", "200004", "name="), "name is required; it cannot be deleted"),
        (("set", "spot", "200004", "--variant", "BALANCE_INSUFICIENT", "note=x"), "spot 200004 has no variant 'BALANCE_INSUFICIENT' (did you mean 'BALANCE_INSUFFICIENT'?)"),
        (("set", "spott", "200004", "note=x"), "no catalogue file for domain 'spott'"),
        (("set", "spot", "200044", "note=x"), "spot has no code 200044 (did you mean '200004'?)"),
        (("rename", "spot", "200004", "WITHDRAWAL_DISABLED"), "duplicate name 'WITHDRAWAL_DISABLED'"),
        (("rename", "spot", "200004", "balance_insufficient"), "errors[21].name: 'balance_insufficient' is not valid; expected an UPPER_SNAKE identifier"),
        (("add", "spot", "200004", "--name", "AGAIN", "--message", "Again"), "duplicate code 200004: spot has it already (BALANCE_INSUFFICIENT, "),
        (("add", "spot", "999001", "--name", "NEW_ONE", "--message", "New", "--category", "bad_requests"), "unknown value 'bad_requests' (did you mean 'bad_request'?)"),
        (("add-variant", "spot", "200004", "--id", "BALANCE_INSUFFICIENT", "--message", "Other"), "duplicate variant id 'BALANCE_INSUFFICIENT'"),
        (("deprecate", "spot", "200004", "--reason", "Old", "--replaced-by", "spot:999999"), "'spot:999999' is no entry of the catalogue"),
        (("deprecate", "spot", "200004", "--reason", "Old", "--replaced-by", "200005"), "deprecated.replaced_by: '200005' is not valid"),
    ],
)
def test_a_refused_edit_says_why_exits_2_and_writes_nothing(catalog: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], expected: str) -> None:
    before = {path.name: path.read_bytes() for path in catalog.iterdir()}
    assert run(catalog, *args) == 2
    error = capsys.readouterr().err
    assert expected in error and "nothing was written" in error and "Traceback" not in error
    assert {path.name: path.read_bytes() for path in catalog.iterdir()} == before


def test_add_places_the_entry_in_code_order_with_a_suggested_category_awaiting_review(catalog: Path) -> None:
    before = spot_text(catalog)
    assert run(catalog, "add", "spot", "200005", "--name", "ORDER_AMOUNT_TOO_LARGE", "--message", "Order amount {0} too large") == 0
    block, rest = entry_block(spot_text(catalog), 200005)
    assert "".join(rest) == before
    assert "".join(block) == (
        "  - code: 200005\n"
        "    name: ORDER_AMOUNT_TOO_LARGE\n"
        "    category: limit_exceeded\n"
        "    retry: fix_request\n"
        "    review: \"category limit_exceeded and retry fix_request were suggested from the message; check them, then delete this line\"\n"
        "    variants:\n"
        "      - id: ORDER_AMOUNT_TOO_LARGE\n"
        "        message: \"Order amount {0} too large\"\n"
        "        placeholders:\n"
        "          - {token: \"{0}\", name: value_0}\n"
    )
    codes = [each.code for each in load_catalog(catalog).catalog.domain("spot").errors]
    assert codes[codes.index(200004) + 1] == 200005


def test_add_with_a_category_takes_its_usual_retry_and_sets_fields_of_entry_and_message(catalog: Path) -> None:
    assert run(catalog, "add", "margin", "999001", "--name", "NEW_MARGIN_CODE", "--message", "New margin code", "--category", "bad_request", "scope=all", "note=From a test", "id=NEW_MESSAGE") == 0
    added = entry(catalog, 999001, "margin")
    assert (added.category, added.retry.action, added.scope, added.note, added.review, added.variants[0].id) == ("bad_request", "fix_request", "all", "From a test", None, "NEW_MESSAGE")


def test_add_variant_appends_a_message_to_the_entry(catalog: Path) -> None:
    before = spot_text(catalog)
    assert run(catalog, "add-variant", "spot", "200004", "--id", "IN_ACCOUNT", "--message", "Insufficient balance in account", "note=Newer page") == 0
    block, rest = entry_block(spot_text(catalog), 200004)
    assert rest == entry_block(before, 200004)[1]
    assert "".join(block).endswith('      - id: IN_ACCOUNT\n        message: "Insufficient balance in account"\n        note: "Newer page"\n')
    assert [variant.id for variant in entry(catalog, 200004).variants] == ["BALANCE_INSUFFICIENT", "IN_ACCOUNT"]


def test_rename_renames_the_member_or_a_variant(catalog: Path) -> None:
    before = spot_text(catalog)
    assert run(catalog, "rename", "spot", "200004", "NOT_ENOUGH_BALANCE") == 0
    assert spot_text(catalog) == before.replace("name: BALANCE_INSUFFICIENT  #", "name: NOT_ENOUGH_BALANCE  #", 1)
    assert run(catalog, "rename", "spot", "200004", "TOO_LITTLE", "--variant", "BALANCE_INSUFFICIENT") == 0
    assert entry(catalog, 200004).variants[0].id == "TOO_LITTLE"


def test_deprecate_marks_the_entry_with_its_reason_and_replacement(catalog: Path) -> None:
    before = spot_text(catalog)
    assert run(catalog, "deprecate", "spot", "200004", "--reason", "Use the Convert code", "--replaced-by", "spot:102421") == 0
    block, rest = entry_block(spot_text(catalog), 200004)
    assert rest == entry_block(before, 200004)[1]
    assert '    deprecated:\n      reason: "Use the Convert code"\n      replaced_by: spot:102421\n    variants:\n' in "".join(block)
    assert entry(catalog, 200004).deprecated == Deprecation("Use the Convert code", "spot:102421")


def test_remove_leaves_a_tombstone_and_the_code_cannot_come_back(catalog: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = spot_text(catalog)
    assert run(catalog, "remove", "spot", "200004", "--reason", "Retired", "--replaced-by", "spot:102421") == 0
    block, rest = entry_block(before, 200004)
    assert spot_text(catalog) == "".join(rest) + 'removed:\n  - code: 200004\n    name: BALANCE_INSUFFICIENT\n    reason: "Retired"\n    replaced_by: spot:102421\n'
    spot = load_catalog(catalog).catalog.domain("spot")
    assert 200004 not in [each.code for each in spot.errors] and spot.removed == (Tombstone(200004, "BALANCE_INSUFFICIENT", "Retired", "spot:102421"),)
    assert run(catalog, "remove", "spot", "102421") == 2  # the replacement of a tombstone stays
    assert "'spot:102421' is no entry of the catalogue" in capsys.readouterr().err
    assert run(catalog, "remove", "spot", "200002") == 0
    assert load_catalog(catalog).catalog.domain("spot").removed[1] == Tombstone(200002, entry_block(before, 200002)[0][1].split()[1])
    assert run(catalog, "add", "spot", "200004", "--name", "BACK_AGAIN", "--message", "Back", "--category", "bad_request") == 2
    assert "200004 was removed" in capsys.readouterr().err


def test_generate_refreshes_the_outputs_in_the_same_step(catalog: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["set", "spot", "200004", "note=Generated too", "--catalog", str(catalog), "--out", str(out), "--generate"]) == 0
    assert "Generated too" in (out / "json" / "kucoin-errors.json").read_text(encoding="utf-8")
    assert main(["--catalog", str(catalog), "--out", str(out), "--check"]) == 0


def test_a_mapping_or_list_given_on_the_command_line_is_read_as_yaml_of_the_fields_kind() -> None:
    assert parse_assignments(["deprecated={reason: Old, replaced_by: 'spot:1'}"], ["error"]) == {"deprecated": ("error", {"reason": "Old", "replaced_by": "spot:1"})}
    assert parse_assignments(["aliases=[a, b]"], ["variant"]) == {"aliases": ("variant", ["a", "b"])}
    with pytest.raises(EditError, match=re.escape("deprecated: '[Old]' is not a mapping ({key: value})")):
        parse_assignments(["deprecated=[Old]"], ["error"])
    with pytest.raises(EditError, match=re.escape("aliases: 'a' is not a list ([a, b])")):
        parse_assignments(["aliases=a"], ["variant"])
    with pytest.raises(EditError, match=re.escape("cannot be read as YAML")):
        parse_assignments(["deprecated={reason: [Old"], ["error"])


def test_a_schema_reference_lends_its_description_only_where_the_field_has_none() -> None:
    schema = {"$defs": {"plain": {"type": "string"}, "described": {"type": "string", "description": "From the definition."}}}
    assert resolve(schema, {"type": "string"}) == ({"type": "string"}, "")
    assert resolve(schema, {"$ref": "#/$defs/plain"}) == ({"type": "string"}, "")
    assert resolve(schema, {"$ref": "#/$defs/described"}) == (schema["$defs"]["described"], "From the definition.")
    assert resolve(schema, {"$ref": "#/$defs/described", "description": "Own."})[1] == "Own."


def codes_of(catalog: Path, domain: str) -> list[int]:
    return [each.code for each in load_catalog(catalog).catalog.domain(domain).errors]


def test_add_places_a_new_code_after_the_highest_lower_code_even_in_a_file_out_of_code_order(catalog: Path) -> None:
    # earn.yaml keeps KuCoin's order: 151404 first, then 151001 and up.
    assert codes_of(catalog, "earn")[:2] == [151404, 151001]
    assert run(catalog, "add", "earn", "151405", "--name", "AFTER_THE_FIRST", "--message", "After the first", "--category", "bad_request") == 0
    assert codes_of(catalog, "earn")[:3] == [151404, 151405, 151001]
    assert run(catalog, "add", "broker", "1", "--name", "LOWEST_CODE", "--message", "Lowest code", "--category", "bad_request") == 0
    assert codes_of(catalog, "broker")[:2] == [1, 100001]


def test_add_with_a_retry_action_takes_it_instead_of_the_category_s_usual_one(catalog: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(catalog, "add", "spot", "999001", "--name", "NEW_CODE", "--message", "New code", "--category", "bad_request", "--retry", "stop") == 0
    assert capsys.readouterr().out.splitlines()[0] == "spot 999001 NEW_CODE: added (bad_request, stop)"
    assert entry(catalog, 999001).retry.action == "stop"


def test_add_says_what_it_added_and_that_a_suggested_category_awaits_review(catalog: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(catalog, "add", "spot", "200005", "--name", "ORDER_AMOUNT_TOO_LARGE", "--message", "Order amount {0} too large") == 0
    assert capsys.readouterr().out.splitlines()[0] == "spot 200005 ORDER_AMOUNT_TOO_LARGE: added (limit_exceeded, fix_request); awaits review"


def test_a_message_without_words_gets_the_id_message(catalog: Path) -> None:
    assert run(catalog, "add", "spot", "999001", "--name", "NO_WORDS", "--message", "???", "--category", "bad_request") == 0
    assert [variant.id for variant in entry(catalog, 999001).variants] == ["MESSAGE"]


def test_add_variant_writes_the_message_s_fields_in_schema_order(catalog: Path) -> None:
    args = ("add-variant", "spot", "200004", "--id", "TOO_LOW", "--message", "Balance {0} too low", "note=Seen once", "aliases=[Balance too low]")
    assert run(catalog, *args) == 0
    assert "".join(entry_block(spot_text(catalog), 200004)[0]).endswith(
        "      - id: TOO_LOW\n"
        '        message: "Balance {0} too low"\n'
        "        aliases:\n"
        '          - "Balance too low"\n'
        "        placeholders:\n"
        '          - {token: "{0}", name: value_0}\n'
        '        note: "Seen once"\n'
    )


def test_set_writes_a_list_as_a_block_list_of_quoted_texts(catalog: Path) -> None:
    assert run(catalog, "set", "spot", "200004", "--variant", "BALANCE_INSUFFICIENT", "aliases=[Balance is insufficient, Not enough balance]") == 0
    block = "".join(entry_block(spot_text(catalog), 200004)[0])
    assert '        aliases:\n          - "Balance is insufficient"\n          - "Not enough balance"\n' in block
    assert entry(catalog, 200004).variants[0].aliases == ("Balance is insufficient", "Not enough balance")


def test_rename_and_deprecate_say_what_they_did(catalog: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(catalog, "rename", "spot", "200004", "NOT_ENOUGH_BALANCE") == 0
    assert run(catalog, "rename", "spot", "200004", "TOO_LITTLE", "--variant", "BALANCE_INSUFFICIENT") == 0
    assert run(catalog, "deprecate", "spot", "200004", "--reason", "Old") == 0
    assert capsys.readouterr().out.splitlines() == [
        "spot 200004: renamed to NOT_ENOUGH_BALANCE",
        "spot 200004 / BALANCE_INSUFFICIENT: renamed to TOO_LITTLE",
        "spot 200004 NOT_ENOUGH_BALANCE: deprecated",
    ]


def test_set_with_no_assignment_is_refused(catalog: Path) -> None:
    with pytest.raises(EditError, match=r"^nothing to set; expected FIELD=VALUE$"):
        set_fields(catalog, "spot", "200004", [])


def test_adding_a_code_the_domain_has_points_at_the_line_of_the_file_that_has_it(catalog: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = spot_text(catalog).splitlines().index("  - code: 200004") + 1
    assert run(catalog, "add", "spot", "200004", "--name", "AGAIN", "--message", "Again", "--category", "bad_request") == 2
    assert capsys.readouterr().err == (
        f"duplicate code 200004: spot has it already (BALANCE_INSUFFICIENT, {catalog / 'spot.yaml'}:{line}); "
        "expected a new code (add-variant adds a message to an existing one); nothing was written.\n"
    )


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("add", "spot", "abc", "--name", "NEW_ONE", "--message", "New"), "'abc' is not a code; expected a positive integer; nothing was written.\n"),
        (("add", "spot", "999001", "--name", "NEW_ONE", "--message", "New", "--category", "bad_requests"),
         "1 problem in the edited catalogue; nothing was written.\n"),
        (("add", "spot", "999001", "--name", "NEW_ONE", "--message", "New", "--category", "bad_request", "id="),
         "id= is empty; expected the variant's UPPER_SNAKE id, or no id= to have one made from the message; nothing was written.\n"),
    ],
    ids=["a code that is no number", "an unknown category, the one problem", "an empty id"],
)
def test_add_refuses_what_it_cannot_add_and_only_that(catalog: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], expected: str) -> None:
    before = {path.name: path.read_bytes() for path in catalog.iterdir()}
    assert run(catalog, *args) == 2
    assert capsys.readouterr().err.endswith(expected)
    assert {path.name: path.read_bytes() for path in catalog.iterdir()} == before


def test_add_sets_a_field_only_a_message_has_on_the_message(catalog: Path) -> None:
    assert run(catalog, "add", "spot", "999001", "--name", "NEW_ONE", "--message", "New", "--category", "bad_request", "aliases=[Brand new]") == 0
    block = "".join(entry_block(spot_text(catalog), 999001)[0])
    assert block.endswith('      - id: NEW\n        message: "New"\n        aliases:\n          - "Brand new"\n')
    assert entry(catalog, 999001).variants[0].aliases == ("Brand new",)
