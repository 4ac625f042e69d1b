"""import-docs on a reworded row: the variant takes the row's key, message and detail, and keeps nothing stale."""

from __future__ import annotations

from pathlib import Path

from tests.test_import_docs import curated_copy, entry_block, import_page  # noqa: F401 (curated_copy is a fixture)

SPOT = "Spot Errors Code\nCode\tMeaning\n"
FUTURES = "Futures Errors Code\nCode\tMeaning\n"


def test_a_reworded_row_that_drops_its_key_leaves_the_variant_without_one(curated_copy: Path, tmp_path: Path) -> None:
    before = entry_block(curated_copy, "spot", 260210)
    assert "        key: withdraw.disabled\n" in before
    output = import_page(SPOT + "260210\tCurrency/Chain withdraw is closed, or the user is frozen to withdraw\n", curated_copy, tmp_path)
    after = entry_block(curated_copy, "spot", 260210)
    assert "key:" not in after
    assert '        message: "Currency/Chain withdraw is closed, or the user is frozen to withdraw"\n' in after
    assert after == before.replace(
        '        key: withdraw.disabled\n        message: "Currency/Chain withdraw is closed, or user is frozen to withdraw"\n',
        '        message: "Currency/Chain withdraw is closed, or the user is frozen to withdraw"\n',
    )
    assert "spot: 0 added, 1 changed, 0 unchanged" in output


def test_a_reworded_row_that_drops_its_detail_leaves_the_variant_without_one(curated_copy: Path, tmp_path: Path) -> None:
    before = entry_block(curated_copy, "futures", 400005)
    assert '        detail: "Please check your signature"\n' in before
    import_page(FUTURES + "400005\tSignature error\n", curated_copy, tmp_path)
    after = entry_block(curated_copy, "futures", 400005)
    assert after == before.replace('        detail: "Please check your signature"\n', "")


def test_a_reworded_row_with_a_new_detail_replaces_the_old_detail(curated_copy: Path, tmp_path: Path) -> None:
    before = entry_block(curated_copy, "futures", 400005)
    import_page(FUTURES + "400005\tSignature error -- Please check how you sign\n", curated_copy, tmp_path)
    after = entry_block(curated_copy, "futures", 400005)
    assert after == before.replace('"Please check your signature"', '"Please check how you sign"')


def test_a_reworded_row_that_gains_a_key_gets_it_after_the_id(curated_copy: Path, tmp_path: Path) -> None:
    before = entry_block(curated_copy, "futures", 400005)
    import_page(FUTURES + "400005\tsign.invalid -- Signature error -- Please check your signature\n", curated_copy, tmp_path)
    after = entry_block(curated_copy, "futures", 400005)
    assert after == before.replace("      - id: INVALID_SIGNATURE\n", '      - id: INVALID_SIGNATURE\n        key: "sign.invalid"\n')
