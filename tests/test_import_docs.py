"""``python -m codegen import-docs`` and ``export-docs``: folding KuCoin's page in without losing what a person wrote."""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import CATALOG_DIR, ROOT, awkward_catalog_data, run_codegen, write_catalog
from tests.test_fidelity import SOURCE, source_rows

REWORDED_TEXT = ROOT / "tests" / "data" / "kucoin-errors-reworded.txt"
CURRENT_SOURCE = CATALOG_DIR / "sources" / "kucoin-errors-docs-new.txt"
REWORDED_MARKDOWN = ROOT / "tests" / "data" / "kucoin-errors-reworded.md"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.glob("*.yaml"))}


def import_docs(document: Path, catalog: Path, *extra: str) -> str:
    result = run_codegen("import-docs", document, "--catalog", catalog, *extra)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def import_page(text: str, catalog: Path, folder: Path) -> str:
    """Import a page written by a test; returns the summary."""
    page = folder / "page.txt"
    page.write_text(text, encoding="utf-8")
    return import_docs(page, catalog)


def entry_block(catalog: Path, domain: str, code: int) -> str:
    """The lines of one entry of a catalogue file, up to the next entry."""
    text = (catalog / f"{domain}.yaml").read_text(encoding="utf-8")
    start = text.index(f"  - code: {code}\n")
    following = text.find("\n  - code: ", start)
    return text[start : following + 1 if following >= 0 else len(text)]


def export_rows(catalog: Path, out: Path) -> list[tuple[str, str | None, str | None, int, str]]:
    result = run_codegen("export-docs", "--catalog", catalog, "--out", out)
    assert result.returncode == 0, result.stderr
    return source_rows(out / "docs" / "kucoin-errors.txt")


@pytest.fixture
def curated_copy(tmp_path: Path) -> Path:
    return Path(shutil.copytree(CATALOG_DIR, tmp_path / "catalog", ignore=shutil.ignore_patterns("sources")))


# Comments a maintainer might write, placed where the import has to insert or edit next to them.
COMMENTS = {
    "spot.yaml": [
        # As the catalogue had it before KuCoin reworded it (the reworded page does so again).
        (
            '        message: "KC-API-KEY does not exist"\n        aliases:\n          - "KC-API-KEY not exists"\n        pages: ["kucoin-errors:17:1", "kucoin-errors-docs-new:34"]\n',
            '        message: "KC-API-KEY not exists"  # KuCoin\'s grammar, kept verbatim\n        pages: ["kucoin-errors:17"]\n',
        ),
        ("  - code: 404000\n", "  # 404000 is answered by the gateway, before any endpoint.\n\n  - code: 404000\n"),
        ("      - id: INSUFFICIENT_BALANCE\n", "      # The key row: a balance check, not a parameter error.\n      - id: INSUFFICIENT_BALANCE\n"),
    ],
    "margin.yaml": [("  - code: 126030\n", "  # Price bounds of high-frequency orders.\n  - code: 126030\n")],
    "earn.yaml": [("errors:\n", "errors:  # in KuCoin's order\n")],
}


@pytest.fixture
def commented_copy(curated_copy: Path) -> Path:
    for name, edits in COMMENTS.items():
        path = curated_copy / name
        text = path.read_text(encoding="utf-8")
        for old, new in edits:
            assert text.count(old) == 1, (name, old)
            text = text.replace(old, new)
        path.write_text(text + "# End of the file: nothing after this.\n", encoding="utf-8")
    return curated_copy


@pytest.mark.parametrize(
    ("page", "spot", "margin"),
    [
        # The older page: its reworded rows are aliases now; today's new codes (and 400400's common table) are not on it.
        (SOURCE, "spot: 0 added, 0 changed, 27 unchanged, 17 missing", "margin: 0 added, 0 changed, 83 unchanged, 4 missing"),
        (CURRENT_SOURCE, "spot: 0 added, 0 changed, 44 unchanged, 0 missing", "margin: 0 added, 0 changed, 86 unchanged, 0 missing"),
    ],
)
def test_importing_either_vendored_page_over_the_curated_catalogue_changes_nothing(curated_copy: Path, page: Path, spot: str, margin: str) -> None:
    before = snapshot(curated_copy)
    output = import_docs(page, curated_copy)
    assert snapshot(curated_copy) == before
    assert spot in output and margin in output
    assert "0 catalogue file(s) updated" in output


def test_importing_into_an_empty_catalogue_then_exporting_gives_back_every_row_in_order(tmp_path: Path) -> None:
    catalog = tmp_path / "catalog"
    catalog.mkdir()
    output = import_docs(SOURCE, catalog)
    assert "futures: 45 added, 0 changed, 0 unchanged, 0 missing from the page" in output
    assert sorted(path.name for path in catalog.glob("*.yaml")) == ["earn.yaml", "futures.yaml", "http.yaml", "margin.yaml", "spot.yaml"]
    assert (catalog / "spot.yaml").read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=../schema/error_catalog.schema.json\n")

    exported = export_rows(catalog, tmp_path / "out")
    seed = list(dict.fromkeys(source_rows(SOURCE)))  # exact repeats collapsed, first place kept
    assert exported == seed

    before = snapshot(catalog)
    again = import_docs(tmp_path / "out" / "docs" / "kucoin-errors.txt", catalog)
    assert snapshot(catalog) == before
    assert " added, 0 changed," in again and not re.search(r"[1-9]\d* (added|changed)", again)


def test_everything_imported_awaits_review_until_a_person_checks_it(tmp_path: Path) -> None:
    catalog = tmp_path / "catalog"
    catalog.mkdir()
    import_docs(SOURCE, catalog)
    result = run_codegen("validate", "--catalog", catalog)
    assert result.returncode == 0, result.stderr
    # 163 new codes, and 9 further messages of them whose words give no id (they get a placeholder id to replace).
    assert "172 awaiting review" in result.stdout
    assert len(re.findall(r"^  \w+ \d+ \w+ / UNNAMED_MESSAGE(_\d+)?: .*the id UNNAMED_MESSAGE(_\d+)? is a placeholder", result.stdout, re.M)) == 9
    assert re.search(r"^  spot 200004 BALANCE_INSUFFICIENT: Added by import-docs from kucoin-errors.txt; check the name", result.stdout, re.M)
    curated = run_codegen("validate")
    assert "awaiting review" not in curated.stdout


def test_the_export_of_the_curated_catalogue_imports_without_change(curated_copy: Path, tmp_path: Path) -> None:
    before = snapshot(curated_copy)
    export_rows(curated_copy, tmp_path / "out")
    import_docs(tmp_path / "out" / "docs" / "kucoin-errors.txt", curated_copy)
    assert snapshot(curated_copy) == before


SPOT_NEW_CODE = """\
  - code: 429001
    name: TOO_MANY_REQUESTS_SLOW_DOWN
    review: "Added by import-docs from kucoin-errors-reworded.txt; check the name, category and retry advice (suggested from the message), then delete this line."
    category: rate_limited
    retry: wait
    retry_after_header: gw-ratelimit-reset
    variants:
      - id: TOO_MANY_REQUESTS_SLOW_DOWN
        message: "Too many requests, please slow down"
"""
SPOT_NEW_VARIANT = """\
      - id: ORDER_PRICE_NOT_VALID
        review: "Added by import-docs from kucoin-errors-reworded.txt; check the id, and whether this message needs its own category (the message alone suggests invalid_order, fix_request), then delete this line."
        key: order.price.invalid
        message: "The order price xxx is not valid"
        placeholders:
          - {token: "xxx", name: value}
"""
MARGIN_NEW_CODE = """\
  - code: 126100
    name: ORDER_QUANTITY_BELOW_MINIMUM
    review: "Added by import-docs from kucoin-errors-reworded.txt; check the name, category and retry advice (suggested from the message), then delete this line."
    scope: high_frequency
    category: invalid_order
    retry: fix_request
    variants:
      - id: ORDER_QUANTITY_BELOW_MINIMUM
        message: "The order quantity xxx is below the minimum"
        placeholders:
          - {token: "xxx", name: value}
"""


def expected_after_import(before: str, name: str) -> str:
    """The file as the reworded page should leave it, edited here by hand."""
    if name == "spot.yaml":
        before = before.replace(
            'message: "KC-API-KEY not exists"  # KuCoin\'s grammar, kept verbatim\n        pages: ["kucoin-errors:17"]\n',
            # The page's row now reads as the alias the rewording made of its wording.
            'message: "KC-API-KEY does not exist"  # KuCoin\'s grammar, kept verbatim\n        aliases:\n          - "KC-API-KEY not exists"\n        pages: ["kucoin-errors:17:1"]\n',
        )
        before = before.replace("  # 404000 is answered by the gateway", SPOT_NEW_CODE + "  # 404000 is answered by the gateway")
        return before.replace("      # The key row:", SPOT_NEW_VARIANT + "      # The key row:")
    if name == "margin.yaml":
        return before.replace("  # Price bounds of high-frequency orders.\n", MARGIN_NEW_CODE + "  # Price bounds of high-frequency orders.\n")
    if name == "futures.yaml":
        # "could not be found" -> "does not exist": reworded enough that a person should look again.
        before = before.replace(
            "      - id: URL_NOT_FOUND\n        message: \"URL Not Found\"\n",
            "      - id: URL_NOT_FOUND\n"
            '        review: "Added by import-docs from kucoin-errors-reworded.txt; check the id, category and retry advice: the message was rewritten, not just reworded, then delete this line."\n'
            '        message: "URL Not Found"\n',
        )
        # The replaced row stays on record (and matched) as another wording.
        return before.replace(
            '        detail: "The requested resource could not be found"\n        pages: ["kucoin-errors:161", "kucoin-errors-docs-new:184"]\n',
            '        detail: "The requested resource does not exist"\n        aliases:\n          - "URL Not Found -- The requested resource could not be found"\n'
            '        pages: ["kucoin-errors:161:1", "kucoin-errors-docs-new:184:1"]\n',
        )
    return before


def test_a_reworded_page_changes_only_what_it_documents(commented_copy: Path) -> None:
    before = {name: content.decode("utf-8") for name, content in snapshot(commented_copy).items()}
    output = import_docs(REWORDED_TEXT, commented_copy)
    after = {name: content.decode("utf-8") for name, content in snapshot(commented_copy).items()}
    for name in before:
        assert after[name] == expected_after_import(before[name], name), name
    assert after["earn.yaml"] == before["earn.yaml"] and after["http.yaml"] == before["http.yaml"]

    summary = [line for line in output.splitlines() if re.match(r"  \w+: \d+ added", line)]
    assert summary == [
        "  http: 0 added, 0 changed, 8 unchanged, 0 missing from the page",
        # The codes of today's page that this older one lacks are missing from it, and margin 400400's second table.
        "  spot: 2 added, 1 changed, 26 unchanged, 17 missing from the page",
        "  margin: 1 added, 0 changed, 82 unchanged, 5 missing from the page",
        "  futures: 0 added, 1 changed, 44 unchanged, 2 missing from the page",
        "  earn: 0 added, 0 changed, 19 unchanged, 1 missing from the page",
    ]
    assert "spot 400003 API_KEY_NOT_FOUND / API_KEY_NOT_FOUND: 'KC-API-KEY not exists' -> 'KC-API-KEY does not exist'" in output
    assert "margin 130202 OPERATION_IN_PROGRESS / PROCESSING_TIMEOUT: 'A timeout has occurred. The system is currently processing' is not on the page (kept)" in output
    assert "earn 151023 STAKING_SOLD_OUT / STAKING_SOLD_OUT:" in output

    validated = run_codegen("validate", "--catalog", commented_copy)
    assert validated.returncode == 0, validated.stderr
    assert "4 awaiting review" in validated.stdout


def test_the_markdown_page_merges_like_the_text_page(commented_copy: Path, tmp_path: Path) -> None:
    markdown_copy = Path(shutil.copytree(commented_copy, tmp_path / "markdown" / "catalog"))
    import_docs(REWORDED_TEXT, commented_copy)
    import_docs(REWORDED_MARKDOWN, markdown_copy)
    from_text = snapshot(commented_copy)
    from_markdown = {name: content.replace(b"kucoin-errors-reworded.md", b"kucoin-errors-reworded.txt") for name, content in snapshot(markdown_copy).items()}
    assert from_markdown == from_text


def test_a_reworded_message_whose_placeholders_change_is_marked_for_review(curated_copy: Path, tmp_path: Path) -> None:
    import_page("Margin Errors Code\nThis table is the error codes unique to margin high frequency\n126029\tThe maximum order price is now: xxx XX\n", curated_copy, tmp_path)
    entry = entry_block(curated_copy, "margin", 126029)
    assert 'message: "The maximum order price is now: xxx XX"' in entry
    assert "review: \"Added by import-docs from page.txt; check the placeholders of the reworded message" in entry
    # The name and kind chosen for xxx are kept; XX gets a suggested one.
    assert re.search(r'- \{token: "?xxx"?, name: max_price, kind: number\}\n +- \{token: "XX", name: currency\}', entry), entry


def test_dry_run_prints_a_unified_diff_and_writes_nothing(commented_copy: Path) -> None:
    before = snapshot(commented_copy)
    output = import_docs(REWORDED_TEXT, commented_copy, "--dry-run")
    assert snapshot(commented_copy) == before
    assert "--- catalog/spot.yaml\n+++ catalog/spot.yaml\n" in output
    assert (
        '-        message: "KC-API-KEY not exists"  # KuCoin\'s grammar, kept verbatim\n-        pages: ["kucoin-errors:17"]\n'
        '+        message: "KC-API-KEY does not exist"  # KuCoin\'s grammar, kept verbatim\n'
    ) in output
    assert "+  - code: 429001\n" in output
    assert "dry run: 3 catalogue file(s) would change; nothing was written." in output


def test_a_malformed_page_exits_2_names_its_lines_and_changes_nothing(curated_copy: Path, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("Spot Errors Code\nCode\tMeaning\n200004\tBalance insufficient\n\tno code\nabc\tnot a number\n\nOptions Errors Code\n1\tx\n", encoding="utf-8")
    before = snapshot(curated_copy)
    result = run_codegen("import-docs", page, "--catalog", curated_copy)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines[0] == f"{page}:4:1: row without a code ('no code'); expected `code<TAB>meaning` with a numeric code"
    assert lines[1] == f"{page}:5:1: code 'abc' is not a number; expected a positive integer code"
    assert lines[2].startswith(f"{page}:7:1: unknown section 'Options'")
    assert lines[3] == f"3 problems in {page}; nothing was written."
    assert snapshot(curated_copy) == before


def test_an_invalid_catalogue_is_reported_before_anything_is_merged(curated_copy: Path) -> None:
    spot = curated_copy / "spot.yaml"
    spot.write_text(spot.read_text(encoding="utf-8").replace("category: insufficient_funds", "category: insuficient_funds", 1), encoding="utf-8")
    before = snapshot(curated_copy)
    result = run_codegen("import-docs", REWORDED_TEXT, "--catalog", curated_copy)
    assert result.returncode == 2
    assert re.search(r"^catalog/spot\.yaml:\d+:\d+: .*unknown value 'insuficient_funds' \(did you mean 'insufficient_funds'\?\)", result.stderr, re.M)
    assert snapshot(curated_copy) == before


def test_a_missing_page_or_catalogue_folder_is_a_clear_error(tmp_path: Path) -> None:
    missing_page = run_codegen("import-docs", tmp_path / "absent.txt", "--catalog", tmp_path)
    assert missing_page.returncode == 2 and "absent.txt:0:0: cannot read" in missing_page.stderr
    missing_folder = run_codegen("import-docs", SOURCE, "--catalog", tmp_path / "nowhere")
    assert missing_folder.returncode == 2 and "catalogue folder not found" in missing_folder.stderr


def test_a_rewritten_message_replaces_the_old_one_but_awaits_review(curated_copy: Path, tmp_path: Path) -> None:
    output = import_page("Spot Errors Code\nCode\tMeaning\n200004\tYour wallet cannot cover this order\n", curated_copy, tmp_path)
    entry = entry_block(curated_copy, "spot", 200004)
    assert 'message: "Your wallet cannot cover this order"' in entry
    assert "the message was rewritten, not just reworded" in entry
    assert "name: BALANCE_INSUFFICIENT" in entry and "category: insufficient_funds" in entry
    assert "spot: 0 added, 1 changed, 0 unchanged, 43 missing from the page" in output


def test_a_margin_code_that_moves_table_changes_scope(curated_copy: Path, tmp_path: Path) -> None:
    output = import_page("Margin Errors Code\nThis table is the error codes unique to margin high frequency\n130102\tMaximum subscription amount has been exceeded.\n", curated_copy, tmp_path)
    entry = entry_block(curated_copy, "margin", 130102)
    assert "    scope: high_frequency\n" in entry
    assert "margin 130102 SUBSCRIPTION_LIMIT_EXCEEDED / scope all -> high_frequency" in output
    assert "margin: 0 added, 1 changed, 1 unchanged," in output


def test_output_cut_short_by_the_reader_is_not_an_error(tmp_path: Path) -> None:
    catalog = tmp_path / "catalog"
    catalog.mkdir()
    command = f"{sys.executable} -m codegen import-docs {SOURCE} --catalog {catalog} --dry-run | head -1"
    result = subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_a_new_last_message_and_a_new_next_code_land_in_page_order(curated_copy: Path, tmp_path: Path) -> None:
    import_page(
        "Spot Errors Code\nCode\tMeaning\n"
        "400100\tParameter Error\n400100\taccount.available.amount -- Insufficient balance\n400100\tA third message\n"
        "400150\tA code between\n"
        "400200\tForbidden to place an order\n",
        curated_copy,
        tmp_path,
    )
    text = (curated_copy / "spot.yaml").read_text(encoding="utf-8")
    places = [text.index(needle) for needle in ('message: "Insufficient balance"', 'message: "A third message"', "  - code: 400150\n", "  - code: 400200\n")]
    assert places == sorted(places)


def awkward_data_without_tabs() -> list[dict[str, Any]]:
    """The awkward catalogue less its messages with tabs, which KuCoin's text form cannot carry (a tab separates columns)."""
    domains = awkward_catalog_data()
    for domain in domains:
        domain["errors"] = [entry for entry in domain["errors"] if not any("\t" in variant.get(part, "") for variant in entry["variants"] for part in ("key", "message", "detail"))]
    return domains


def test_a_page_that_changes_nothing_leaves_even_an_unusually_laid_out_file_alone(tmp_path: Path) -> None:
    catalog = write_catalog(tmp_path / "catalog", awkward_data_without_tabs())  # block style, other indents
    export_rows(catalog, tmp_path / "out")
    before = snapshot(catalog)
    output = import_docs(tmp_path / "out" / "docs" / "kucoin-errors.txt", catalog)
    assert snapshot(catalog) == before
    assert "0 catalogue file(s) updated" in output and "note:" not in output


def test_changing_an_unusually_laid_out_file_says_it_is_rewritten(tmp_path: Path) -> None:
    catalog = write_catalog(tmp_path / "catalog", awkward_catalog_data())
    output = import_page("Margin Errors Code\n2\tlargest code the wire format allows, reworded\n", catalog, tmp_path)
    assert f"note: {catalog / 'margin.yaml'} was not laid out in the catalogue's style" in output
    assert "largest code the wire format allows, reworded" in (catalog / "margin.yaml").read_text(encoding="utf-8")


def test_crlf_line_ends_are_kept(curated_copy: Path, tmp_path: Path) -> None:
    spot = curated_copy / "spot.yaml"
    spot.write_bytes(spot.read_bytes().replace(b"\n", b"\r\n"))
    import_page("Spot Errors Code\nCode\tMeaning\n200004\tBalance insufficient\n200010\tA new code\n", curated_copy, tmp_path)
    raw = spot.read_bytes()
    assert b"  - code: 200010\r\n" in raw
    assert raw.count(b"\n") == raw.count(b"\r\n")


def test_a_rewritten_catalogue_file_keeps_its_mode_and_a_symlink_stays_a_link(curated_copy: Path, tmp_path: Path) -> None:
    spot, futures = curated_copy / "spot.yaml", curated_copy / "futures.yaml"
    spot.chmod(0o640)
    shared = curated_copy / "shared"
    shared.mkdir()
    futures.rename(shared / "futures.yaml")
    futures.symlink_to(Path("shared") / "futures.yaml")
    page = "Spot Errors Code\nCode\tMeaning\n200010\tA new spot code\nFutures Errors Code\nCode\tMeaning\n300050\tA new futures code\n"
    import_page(page, curated_copy, tmp_path)
    assert stat.S_IMODE(spot.stat().st_mode) == 0o640 and "A new spot code" in spot.read_text(encoding="utf-8")
    assert futures.is_symlink() and os.readlink(futures) == str(Path("shared") / "futures.yaml")
    assert "A new futures code" in (shared / "futures.yaml").read_text(encoding="utf-8")
    assert not [path for path in curated_copy.rglob(".codegen-tmp-*")]


def test_a_message_of_one_long_word_gets_a_placeholder_name_the_catalogue_accepts(curated_copy: Path, tmp_path: Path) -> None:
    import_page(f"Spot Errors Code\nCode\tMeaning\n200010\t{'overlong' * 30}\n", curated_copy, tmp_path)
    entry = entry_block(curated_copy, "spot", 200010)
    assert "    name: UNNAMED_200010\n" in entry and "      - id: UNNAMED_MESSAGE\n" in entry
    assert "the name UNNAMED_200010 is a placeholder: the message gives no short name, so name it by hand" in entry
    assert run_codegen("validate", "--catalog", curated_copy).returncode == 0


def test_names_are_never_cut_from_a_sentence_nor_numbered(curated_copy: Path, tmp_path: Path) -> None:
    page = (
        "Spot Errors Code\nCode\tMeaning\n"
        "200010\tThe order could not be placed because the market moved\n"  # more words than a name holds
        "200011\tBalance insufficient\n"  # 200004's name, taken in spot
        "200012\tOrder rejected\n200012\tOrder rejected again later today by the engine\n"
    )
    import_page(page, curated_copy, tmp_path)
    added = "".join(entry_block(curated_copy, "spot", code) for code in (200010, 200011, 200012))
    names = re.findall(r"^    name: (\w+)$|^      - id: (\w+)$", added, re.M)
    assert [name or variant_id for name, variant_id in names] == ["UNNAMED_200010", "UNNAMED_MESSAGE", "UNNAMED_200011", "BALANCE_INSUFFICIENT", "ORDER_REJECTED", "ORDER_REJECTED", "UNNAMED_MESSAGE"]
    rejected = entry_block(curated_copy, "spot", 200012)
    assert "    name: ORDER_REJECTED\n" in rejected and "      - id: UNNAMED_MESSAGE\n" in rejected
    assert "check the id (the message alone suggests" in rejected and "the id UNNAMED_MESSAGE is a placeholder" in rejected


def test_retrying_is_never_suggested_for_a_message_the_rules_cannot_read(curated_copy: Path, tmp_path: Path) -> None:
    page = "Spot Errors Code\nCode\tMeaning\n200010\tKaput\n200011\tQuote service exception\n200012\tServer is busy. Please retry later.\n"
    import_page(page, curated_copy, tmp_path)
    unknown, service, busy = (entry_block(curated_copy, "spot", code) for code in (200010, 200011, 200012))
    assert "    retry: stop\n" in unknown and "no rule reads this message" in unknown
    assert "    retry: stop\n" in service and "the message does not say whether retrying helps" in service
    assert "    category: exchange_unavailable\n    retry: retry\n" in busy and "retrying helps" not in busy


def test_a_comment_indented_into_an_entry_stays_with_it(curated_copy: Path, tmp_path: Path) -> None:
    spot = curated_copy / "spot.yaml"
    text = spot.read_text(encoding="utf-8")
    marker = '        message: "Balance insufficient"\n'
    spot.write_text(text.replace(marker, marker + "        # about 200004's message\n\n"), encoding="utf-8")
    import_page("Spot Errors Code\nCode\tMeaning\n200004\tBalance insufficient\n200010\tA new code\n", curated_copy, tmp_path)
    assert "        # about 200004's message\n" in entry_block(curated_copy, "spot", 200004)
    assert "# about" not in entry_block(curated_copy, "spot", 200010)


def test_the_dry_run_diff_marks_a_last_line_without_line_feed(curated_copy: Path, tmp_path: Path) -> None:
    earn = curated_copy / "earn.yaml"
    earn.write_text(earn.read_text(encoding="utf-8").rstrip("\n"), encoding="utf-8")
    last_code = re.findall(r"^  - code: (\d+)$", earn.read_text(encoding="utf-8"), re.M)[-1]
    page = tmp_path / "page.txt"
    page.write_text(f"Earn Errors Code\nCode\tMeaning\n{last_code}\tA reworded last message\n", encoding="utf-8")
    output = import_docs(page, curated_copy, "--dry-run")
    assert "\n\\ No newline at end of file\n" in output
    assert all(not line.startswith(("-", "+")) or line.count('message: "') <= 1 for line in output.splitlines())


def test_a_success_code_on_the_page_is_skipped_and_said(curated_copy: Path, tmp_path: Path) -> None:
    before = snapshot(curated_copy)
    output = import_page("Spot Errors Code\nCode\tMeaning\n200000\tSuccess\n200004\tBalance insufficient\n", curated_copy, tmp_path)
    assert snapshot(curated_copy) == before
    assert "spot 200000 - / 'Success' (line 3) is a success code of spot, not an error" in output


def test_a_removed_code_on_the_page_is_skipped_and_said(curated_copy: Path, tmp_path: Path) -> None:
    spot = curated_copy / "spot.yaml"
    spot.write_text(spot.read_text(encoding="utf-8") + "removed:\n  - code: 999001\n    name: OLD_CODE\n", encoding="utf-8")
    before = snapshot(curated_copy)
    output = import_page("Spot Errors Code\nCode\tMeaning\n999001\tAn old message\n200004\tBalance insufficient\n", curated_copy, tmp_path)
    assert snapshot(curated_copy) == before
    assert "spot 999001 OLD_CODE / 'An old message' (line 3) is a removed code (tombstone)" in output


def test_a_new_message_that_shares_only_its_ends_awaits_review(curated_copy: Path, tmp_path: Path) -> None:
    rows = [
        row for row in source_rows(SOURCE) if row[0] == "margin" and row[3] == 130202
    ]
    texts = list(dict.fromkeys(text for *_, text in rows))
    texts[0] = "The system is upgrading the matching engine. Please try again later"
    page = "Margin Errors Code\n" + "".join(f"130202\t{text}\n" for text in texts)
    import_page(page, curated_copy, tmp_path)
    entry = entry_block(curated_copy, "margin", 130202)
    assert 'message: "The system is upgrading the matching engine. Please try again later"' in entry
    assert "the message was rewritten, not just reworded" in entry


def test_one_import_names_one_message_alike_in_every_domain(curated_copy: Path, tmp_path: Path) -> None:
    page = (
        "Spot Errors Code\nCode\tMeaning\n400003\tKC-API-KEY does not exist\n"
        "Margin Errors Code\n400003\tKC-API-KEY does not exist\n"
    )
    import_page(page, curated_copy, tmp_path)
    margin = entry_block(curated_copy, "margin", 400003)
    assert "name: API_KEY_NOT_FOUND" in margin and "category: authentication" in margin
    assert "classified like spot 400003, which has the same message" in margin


def test_a_new_message_of_a_known_code_keeps_the_codes_category_unless_the_catalogue_knows_better(curated_copy: Path, tmp_path: Path) -> None:
    page = (
        "Spot Errors Code\nCode\tMeaning\n200001\tOrder creation for this pair suspended\n200001\tOrder creation paused\n"
        "400100\tParameter Error\n400100\taccount.available.amount -- Insufficient balance\n400100\tBalance insufficient\n"
    )
    import_page(page, curated_copy, tmp_path)
    paused = entry_block(curated_copy, "spot", 200001)
    assert "the message alone suggests" in paused and "        category:" not in paused
    parameter = entry_block(curated_copy, "spot", 400100)
    (added,) = [variant for variant in parameter.split("      - id: ") if 'message: "Balance insufficient"' in variant]
    assert "classified like spot 200004, which has the same message: insufficient_funds, top_up" in added
    assert "        category: insufficient_funds\n        retry: top_up\n" in added


def test_domains_the_page_lacks_are_named(curated_copy: Path, tmp_path: Path) -> None:
    output = import_page("Spot Errors Code\nCode\tMeaning\n200004\tBalance insufficient\n", curated_copy, tmp_path)
    assert "  not on this page (nothing compared): http, margin, futures, earn" in output
