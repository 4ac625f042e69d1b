"""import-docs on a reworded row: the variant takes the row's key, message and detail, and keeps nothing stale."""

from __future__ import annotations

import re
from pathlib import Path

from tests.test_import_docs import curated_copy, entry_block, import_page  # noqa: F401 (curated_copy is a fixture)

SPOT = "Spot Errors Code\nCode\tMeaning\n"
WITHDRAW_ROW = "withdraw.disabled -- Currency/Chain withdraw is closed, or user is frozen to withdraw"
SIGNATURE_ROW = "Signature error -- Please check your signature"


def with_alias(block: str, old_row: str) -> str:
    """``block`` with the older row kept as an alias at the end of its (last) variant, as a rewording keeps it.

    The variant's page rows, last, read as the older row: they now name that alias, its first.
    """
    lines = block.splitlines(keepends=True)
    pages = lines.pop() if lines[-1].startswith("        pages: ") else ""
    return "".join(lines) + f'        aliases:\n          - "{old_row}"\n' + re.sub(r'"([a-z0-9-]+:[0-9]+)"', r'"\1:1"', pages)
FUTURES = "Futures Errors Code\nCode\tMeaning\n"


def test_a_reworded_row_that_drops_its_key_leaves_the_variant_without_one(curated_copy: Path, tmp_path: Path) -> None:
    before = entry_block(curated_copy, "spot", 260210)
    assert "        key: withdraw.disabled\n" in before
    output = import_page(SPOT + "260210\tCurrency/Chain withdraw is closed, or the user is frozen to withdraw\n", curated_copy, tmp_path)
    after = entry_block(curated_copy, "spot", 260210)
    assert "key:" not in after
    assert '        message: "Currency/Chain withdraw is closed, or the user is frozen to withdraw"\n' in after
    assert after == with_alias(before.replace(
        '        key: withdraw.disabled\n        message: "Currency/Chain withdraw is closed, or user is frozen to withdraw"\n',
        '        message: "Currency/Chain withdraw is closed, or the user is frozen to withdraw"\n',
    ), WITHDRAW_ROW)
    assert "spot: 0 added, 1 changed, 0 unchanged" in output


def test_a_reworded_row_that_drops_its_detail_leaves_the_variant_without_one(curated_copy: Path, tmp_path: Path) -> None:
    before = entry_block(curated_copy, "futures", 400005)
    assert '        detail: "Please check your signature"\n' in before
    import_page(FUTURES + "400005\tSignature error\n", curated_copy, tmp_path)
    after = entry_block(curated_copy, "futures", 400005)
    assert after == with_alias(before.replace('        detail: "Please check your signature"\n', ""), SIGNATURE_ROW)


def test_a_reworded_row_with_a_new_detail_replaces_the_old_detail(curated_copy: Path, tmp_path: Path) -> None:
    before = entry_block(curated_copy, "futures", 400005)
    import_page(FUTURES + "400005\tSignature error -- Please check how you sign\n", curated_copy, tmp_path)
    after = entry_block(curated_copy, "futures", 400005)
    assert after == with_alias(before.replace('"Please check your signature"', '"Please check how you sign"'), SIGNATURE_ROW)


def test_a_reworded_row_that_gains_a_key_gets_it_after_the_id(curated_copy: Path, tmp_path: Path) -> None:
    before = entry_block(curated_copy, "futures", 400005)
    import_page(FUTURES + "400005\tsign.invalid -- Signature error -- Please check your signature\n", curated_copy, tmp_path)
    after = entry_block(curated_copy, "futures", 400005)
    assert after == with_alias(before.replace("      - id: INVALID_SIGNATURE\n", '      - id: INVALID_SIGNATURE\n        key: "sign.invalid"\n'), SIGNATURE_ROW)


def test_a_reworded_row_that_gains_a_detail_gets_it_after_the_message(curated_copy: Path, tmp_path: Path) -> None:
    before = entry_block(curated_copy, "spot", 260210)
    import_page(SPOT + "260210\twithdraw.disabled -- Currency/Chain withdraw is closed, or user is frozen to withdraw -- Ask support\n", curated_copy, tmp_path)
    after = entry_block(curated_copy, "spot", 260210)
    message = '        message: "Currency/Chain withdraw is closed, or user is frozen to withdraw"\n'
    assert after == with_alias(before.replace(message, message + '        detail: "Ask support"\n'), WITHDRAW_ROW)


def test_a_reworded_row_that_gains_a_placeholder_records_it_after_the_detail_and_awaits_review(curated_copy: Path, tmp_path: Path) -> None:
    before = entry_block(curated_copy, "futures", 400005)
    import_page(FUTURES + "400005\tSignature error {0} -- Please check your signature\n", curated_copy, tmp_path)
    after = entry_block(curated_copy, "futures", 400005)
    review = '        review: "Added by import-docs from page.txt; check the placeholders of the reworded message, then delete this line."\n'
    assert after == with_alias(before.replace(
        "      - id: INVALID_SIGNATURE\n", "      - id: INVALID_SIGNATURE\n" + review
    ).replace('"Signature error"', '"Signature error {0}"').replace(
        '        detail: "Please check your signature"\n',
        '        detail: "Please check your signature"\n        placeholders:\n          - {token: "{0}", name: value_0}\n',
    ), SIGNATURE_ROW)


def test_a_reworded_row_that_loses_its_placeholders_drops_them_and_awaits_review(curated_copy: Path, tmp_path: Path) -> None:
    import_page(SPOT + "200009\tPlease complete the KYC verification before you trade\n", curated_copy, tmp_path)
    after = entry_block(curated_copy, "spot", 200009)
    assert "placeholders:" not in after
    assert after.endswith(
        "      - id: KYC_REQUIRED\n"
        '        review: "Added by import-docs from page.txt; check the placeholders of the reworded message, then delete this line."\n'
        '        message: "Please complete the KYC verification before you trade"\n'
        "        aliases:\n"
        '          - "Please complete the KYC verification before you trade XX"\n'
        '        pages: ["kucoin-errors:12:1", "kucoin-errors-docs-new:29:1"]\n'
    )


def test_the_summary_names_a_new_code_by_its_suggested_name(curated_copy: Path, tmp_path: Path) -> None:
    output = import_page(FUTURES + "400150\tA code between\n", curated_copy, tmp_path)
    assert "  futures 400150 CODE_BETWEEN / CODE_BETWEEN: 'A code between' (new code; awaits review)\n" in output


def test_the_dry_run_diff_of_a_new_file_starts_from_dev_null(tmp_path: Path) -> None:
    from tests.test_import_docs import import_docs  # noqa: PLC0415

    catalog = tmp_path / "catalog"
    catalog.mkdir()
    page = tmp_path / "page.txt"
    page.write_text(SPOT + "200004\tBalance insufficient\n", encoding="utf-8")
    output = import_docs(page, catalog, "--dry-run")
    diff = output[output.index("--- /dev/null\n") :]
    assert diff.startswith("--- /dev/null\n+++ catalog/spot.yaml\n@@ -0,0 +1,")
    assert not [line for line in diff.splitlines()[2:] if line.startswith("-")]
