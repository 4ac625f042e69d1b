"""import-docs: where new messages land, which ids they get, what a new file says, and the errors of a bad catalogue folder."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from codegen.diagnostics import CatalogError
from codegen.importers import merging
from codegen.importers.documents import ErrorDocument
from codegen.model import Catalog
from tests.conftest import run_codegen, write_catalog
from tests.test_import_docs import curated_copy, entry_block, import_page  # noqa: F401 (curated_copy is a fixture)

SPOT = "Spot Errors Code\nCode\tMeaning\n"
# The curated catalogue's messages of spot 400100 that no page lists: kept, after every message the page lists.
UNDOCUMENTED_400100 = ["ORDER_NOT_FOUND_OR_NOT_CANCELLABLE", "ORDER_SIZE_BELOW_MINIMUM", "WITHDRAWAL_AMOUNT_BELOW_MINIMUM"]


def variant_ids(block: str) -> list[str]:
    return re.findall(r"^      - id: (\w+)$", block, re.M)


def test_a_new_file_describes_its_domain_by_the_pages_title(tmp_path: Path) -> None:
    catalog = tmp_path / "catalog"
    catalog.mkdir()
    import_page(SPOT + "200004\tBalance insufficient\n", catalog, tmp_path)
    text = (catalog / "spot.yaml").read_text(encoding="utf-8")
    assert "\ndomain: spot\ndescription: \"Errors of KuCoin's Spot REST endpoints, as documented on KuCoin's error page.\"\n" in text


def test_a_catalogue_folder_that_is_missing_or_a_file_is_named_with_what_was_expected(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(SPOT + "200004\tBalance insufficient\n", encoding="utf-8")
    missing = run_codegen("import-docs", page, "--catalog", tmp_path / "nowhere")
    assert missing.returncode == 2
    assert f"{tmp_path / 'nowhere'}:0:0: catalogue folder not found; expected a folder (it may be empty)\n" in missing.stderr
    a_file = tmp_path / "catalog.yaml"
    a_file.write_text("domain: spot\n", encoding="utf-8")
    refused = run_codegen("import-docs", page, "--catalog", a_file)
    assert refused.returncode == 2
    assert f"{a_file}:0:0: is a file; expected a folder (it may be empty)\n" in refused.stderr
    assert "Traceback" not in missing.stderr + refused.stderr


def test_a_new_message_the_page_lists_before_every_known_one_becomes_the_first_variant(curated_copy: Path, tmp_path: Path) -> None:
    import_page(SPOT + "400100\tA message before the others\n400100\tParameter Error\n400100\taccount.available.amount -- Insufficient balance\n", curated_copy, tmp_path)
    assert variant_ids(entry_block(curated_copy, "spot", 400100)) == ["MESSAGE_BEFORE_OTHERS", "PARAMETER_ERROR", "INSUFFICIENT_BALANCE", *UNDOCUMENTED_400100]


def test_a_new_message_whose_words_give_a_catalogued_id_of_its_code_gets_a_placeholder_id(curated_copy: Path, tmp_path: Path) -> None:
    import_page(SPOT + "400100\tParameter Error\n400100\taccount.available.amount -- Insufficient balance\n400100\tInsufficient: balance!\n", curated_copy, tmp_path)
    block = entry_block(curated_copy, "spot", 400100)
    assert variant_ids(block) == ["PARAMETER_ERROR", "INSUFFICIENT_BALANCE", "UNNAMED_MESSAGE", *UNDOCUMENTED_400100]
    assert run_codegen("validate", "--catalog", curated_copy).returncode == 0


def test_several_unnamed_messages_of_a_new_code_get_distinct_placeholder_ids(curated_copy: Path, tmp_path: Path) -> None:
    import_page(SPOT + f"200010\tOrder rejected\n200010\t{'overlong' * 30}\n200010\t{'outsized' * 30}\n", curated_copy, tmp_path)
    assert variant_ids(entry_block(curated_copy, "spot", 200010)) == ["ORDER_REJECTED", "UNNAMED_MESSAGE", "UNNAMED_MESSAGE_2"]
    assert run_codegen("validate", "--catalog", curated_copy).returncode == 0


def test_a_reworded_message_with_its_own_category_passes_it_to_the_same_message_elsewhere_in_the_import(curated_copy: Path, tmp_path: Path) -> None:
    page = (
        "Broker Errors Code\nCode\tMeaning\n600100\tbroker not exists\n600100\tYour account has been frozen by KuCoin.\n"
        "CopyTrading Errors Code\nCode\tMeaning\n300999\tYour account has been frozen by KuCoin.\n"
    )
    output = import_page(page, curated_copy, tmp_path)
    assert "broker: 0 added, 1 changed, 1 unchanged" in output
    added = entry_block(curated_copy, "copytrading", 300999)
    assert "    name: BROKER_NOT_FOUND\n" in added and "    category: account_suspended\n" in added
    assert "classified like broker 600100, which has the same message" in added


def test_a_merge_that_would_leave_the_catalogue_invalid_is_refused_under_a_headline_naming_the_page(
    curated_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The merge never makes an invalid file by design; a broken one stands in for a defect, which the final check must catch.
    original = merging.merge_document

    def merge_with_a_duplicate_code(document: ErrorDocument, catalog_dir: Path, catalog: Catalog | None, page: str | None = None) -> merging.ImportResult:
        result = original(document, catalog_dir, catalog, page)
        path = catalog_dir / "spot.yaml"
        old, new = result.files[path]
        result.files[path] = (old, new.replace("  - code: 200001\n", "  - code: 200004\n", 1))
        return result

    monkeypatch.setattr(merging, "merge_document", merge_with_a_duplicate_code)
    page = tmp_path / "page.txt"
    page.write_text(SPOT + "200004\tBalance insufficient, really\n", encoding="utf-8")
    with pytest.raises(CatalogError) as refused:
        merging.plan_import(page, curated_copy)
    headline, *places = [str(problem) for problem in refused.value.problems]
    assert headline == f"{page}:0:0: folding this page in would make the catalogue invalid; the places below are in the merged files, as --dry-run shows them"
    assert places and all(place.startswith("catalog/spot.yaml:") for place in places)


def test_new_codes_and_messages_queued_at_one_place_keep_the_pages_order(curated_copy: Path, tmp_path: Path) -> None:
    import_page(
        SPOT + "400100\tParameter Error\n400100\taccount.available.amount -- Insufficient balance\n400100\tA third message\n400100\tA fourth message\n"
        "400150\tA first code between\n400160\tA second code between\n400200\tForbidden to place an order\n",
        curated_copy,
        tmp_path,
    )
    assert variant_ids(entry_block(curated_copy, "spot", 400100)) == ["PARAMETER_ERROR", "INSUFFICIENT_BALANCE", "THIRD_MESSAGE", "FOURTH_MESSAGE", *UNDOCUMENTED_400100]
    codes = re.findall(r"^  - code: (\d+)$", (curated_copy / "spot.yaml").read_text(encoding="utf-8"), re.M)
    assert codes[codes.index("400100") : codes.index("400100") + 4] == ["400100", "400150", "400160", "400200"]


def test_a_message_known_elsewhere_whose_id_its_code_already_has_gets_a_placeholder_id(curated_copy: Path, tmp_path: Path) -> None:
    # futures 400100 documents this row as its PARAMETER_ERROR, an id spot 400100 already gives "Parameter Error".
    row = "Parameter Error -- You tried to access the resource with invalid parameters"
    import_page(SPOT + f"400100\tParameter Error\n400100\taccount.available.amount -- Insufficient balance\n400100\t{row}\n", curated_copy, tmp_path)
    block = entry_block(curated_copy, "spot", 400100)
    assert variant_ids(block) == ["PARAMETER_ERROR", "INSUFFICIENT_BALANCE", "UNNAMED_MESSAGE", *UNDOCUMENTED_400100]


def test_a_new_message_in_two_domains_of_one_import_is_classified_alike(curated_copy: Path, tmp_path: Path) -> None:
    page = SPOT + "200010\tThe moon is not aligned\nMargin Errors Code\nCode\tMeaning\n130999\tThe moon is not aligned\n"
    import_page(page, curated_copy, tmp_path)
    spot, margin = entry_block(curated_copy, "spot", 200010), entry_block(curated_copy, "margin", 130999)
    assert "    name: MOON_NOT_ALIGNED\n" in spot and "suggested from the message" in spot
    assert "    name: MOON_NOT_ALIGNED\n" in margin and "classified like spot 200010, which has the same message" in margin


WEBSOCKET = "Websocket Errors Code\n\nSubscribing\n\nCode\tMeaning\n"


def test_a_new_message_of_a_websocket_code_records_the_table_it_is_in(curated_copy: Path, tmp_path: Path) -> None:
    import_page(WEBSOCKET + "400\ttopic is invalid\n400\ttopic is broken\n\nOther\n\nCode\tMeaning\n400\tping timeout\n", curated_copy, tmp_path)
    (added,) = [variant for variant in entry_block(curated_copy, "websocket", 400).split("      - id: ") if '"topic is broken"' in variant]
    assert added.endswith('        message: "topic is broken"\n        table: subscribing\n')


def test_a_websocket_message_that_moves_table_is_summarised_as_changed(curated_copy: Path, tmp_path: Path) -> None:
    output = import_page(WEBSOCKET + "400\ttopic is invalid\n400\tping timeout\n", curated_copy, tmp_path)
    assert "  websocket 400 TOPIC_INVALID / PING_TIMEOUT: table other -> subscribing\n" in output
    assert "websocket: 0 added, 1 changed, 2 unchanged" in output
    block = entry_block(curated_copy, "websocket", 400)
    assert '        message: "ping timeout"\n        table: subscribing\n' in block


def test_a_reworded_websocket_message_stays_in_its_table(curated_copy: Path, tmp_path: Path) -> None:
    import_page(WEBSOCKET + "403\tlogin is required first\n", curated_copy, tmp_path)
    block = entry_block(curated_copy, "websocket", 403)
    assert '        message: "login is required first"\n        aliases:\n          - "login is required"\n        table: subscribing\n' in block


def test_a_reworded_websocket_message_that_moves_table_records_both(curated_copy: Path, tmp_path: Path) -> None:
    output = import_page("Websocket Errors Code\n\nOther\n\nCode\tMeaning\n403\tlogin is required first\n", curated_copy, tmp_path)
    assert "table subscribing -> other\n" in output
    block = entry_block(curated_copy, "websocket", 403)
    assert '        message: "login is required first"\n        aliases:\n          - "login is required"\n        table: other\n' in block


def test_a_rewording_adds_the_replaced_row_to_the_aliases_already_there(curated_copy: Path, tmp_path: Path) -> None:
    import_page(SPOT + "400003\tKC-API-KEY does not exist at all\n", curated_copy, tmp_path)
    block = entry_block(curated_copy, "spot", 400003)
    assert block.endswith(
        '        message: "KC-API-KEY does not exist at all"\n        aliases:\n          - "KC-API-KEY not exists"\n          - "KC-API-KEY does not exist"\n'
        # Each page's row still reads as it did: the older page's as the first alias, today's as the second.
        '        pages: ["kucoin-errors:17:1", "kucoin-errors-docs-new:34:2"]\n'
    )


def with_variant_review(catalog: Path, variant_line: str) -> str:
    """Mark one variant of spot.yaml as awaiting review; returns the review line."""
    review = '        review: "A person is checking this message."\n'
    path = catalog / "spot.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count(variant_line) == 1
    path.write_text(text.replace(variant_line, variant_line + review), encoding="utf-8")
    return review


def test_a_rewording_that_changes_placeholders_keeps_a_review_already_there(curated_copy: Path, tmp_path: Path) -> None:
    review = with_variant_review(curated_copy, "      - id: KYC_REQUIRED\n")
    import_page(SPOT + "200009\tPlease complete the KYC verification before you trade\n", curated_copy, tmp_path)
    block = entry_block(curated_copy, "spot", 200009)
    assert block.count("review:") == 1 and "      - id: KYC_REQUIRED\n" + review in block


def test_a_rewritten_message_keeps_a_review_already_there(curated_copy: Path, tmp_path: Path) -> None:
    review = with_variant_review(curated_copy, "      - id: BALANCE_INSUFFICIENT\n")
    import_page(SPOT + "200004\tYour wallet cannot cover this order\n", curated_copy, tmp_path)
    block = entry_block(curated_copy, "spot", 200004)
    assert block.count("review:") == 1 and "      - id: BALANCE_INSUFFICIENT\n" + review in block


def test_a_reworded_message_without_its_own_category_passes_the_codes_to_the_same_message_elsewhere(curated_copy: Path, tmp_path: Path) -> None:
    page = (
        "Broker Errors Code\nCode\tMeaning\n600100\tbroker does not exist\n600100\tYour account has been frozen.\n"
        "CopyTrading Errors Code\nCode\tMeaning\n300999\tbroker does not exist\n"
    )
    import_page(page, curated_copy, tmp_path)
    added = entry_block(curated_copy, "copytrading", 300999)
    assert "    category: not_found\n    retry: fix_request\n" in added
    assert "classified like broker 600100, which has the same message" in added


def test_a_rewording_that_makes_every_alias_part_of_the_row_drops_the_aliases(curated_copy: Path, tmp_path: Path) -> None:
    # KuCoin has sent a key alone as the message; the page now documents that key in front of the same message.
    path = curated_copy / "spot.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('          - "KC-API-KEY not exists"\n', '          - "apikey.not.exists"\n', 1), encoding="utf-8")
    import_page(SPOT + "400003\tapikey.not.exists -- KC-API-KEY does not exist\n", curated_copy, tmp_path)
    assert entry_block(curated_copy, "spot", 400003).endswith(
        '      - id: API_KEY_NOT_FOUND\n        key: "apikey.not.exists"\n        message: "KC-API-KEY does not exist"\n'
        '        pages: ["kucoin-errors:17", "kucoin-errors-docs-new:34"]\n'
    )


def test_an_unchanged_message_is_recorded_with_the_wording_the_page_gives(curated_copy: Path, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(SPOT + "400003\tKC-API-KEY not exists\n200004\tBalance insufficient\n", encoding="utf-8")
    unchanged = [change for change in merging.plan_import(page, curated_copy).changes if change.kind == "unchanged"]
    assert unchanged == [
        merging.Change("spot", "unchanged", 400003, "API_KEY_NOT_FOUND", "API_KEY_NOT_FOUND: 'KC-API-KEY not exists' (an other wording of it)"),
        merging.Change("spot", "unchanged", 200004, "BALANCE_INSUFFICIENT", "BALANCE_INSUFFICIENT: 'Balance insufficient'"),
    ]



def test_an_undocumented_message_is_neither_missing_from_a_page_nor_the_old_wording_of_a_new_row(curated_copy: Path, tmp_path: Path) -> None:
    reworded = "Order size is below the minimum requirement."
    summary = import_page(SPOT + f"400100\tParameter Error\n400100\taccount.available.amount -- Insufficient balance\n400100\t{reworded}\n", curated_copy, tmp_path)
    block = entry_block(curated_copy, "spot", 400100)
    assert variant_ids(block)[-3:] == UNDOCUMENTED_400100
    assert "is not on the page" in summary
    assert [line for line in summary.splitlines() if "spot 400100" in line and "not on the page" in line] == []
    assert 'message: "Order size below the minimum requirement."' in block
    assert f'message: "{reworded}"' in block


def test_an_undocumented_code_is_never_reported_missing_from_a_page(curated_copy: Path, tmp_path: Path) -> None:
    summary = import_page(SPOT + "200004\tBalance insufficient\n", curated_copy, tmp_path)
    assert "spot 400100" in summary and "is not on the page" in summary  # a documented code the page lacks is reported
    assert [line for line in summary.splitlines() if re.search(r"spot (210021|230003|260100|260220|400350|400370|400760|401000|900014)\b", line)] == []
    assert "undocumented:" in entry_block(curated_copy, "spot", 900014)


def _tiny_catalogue(folder: Path, *entries: dict[str, object]) -> Path:
    return write_catalog(folder, [{"domain": "spot", "description": "Spot.", "success_codes": [200000], "errors": list(entries)}])


def _spot_variants(catalog: Path) -> list[dict[str, object]]:
    data = yaml.safe_load((catalog / "spot.yaml").read_text(encoding="utf-8"))
    return [variant for entry in data["errors"] for variant in entry["variants"]]


def test_the_summary_names_each_new_message_and_each_message_whose_page_rows_changed(curated_copy: Path, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(SPOT + "400003\tKC-API-KEY does not exist\n400003\tKC-API-KEY is disabled\n", encoding="utf-8")
    result = run_codegen("import-docs", page, "--catalog", curated_copy, "--page", "probe-page")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    added = [line for line in lines if line.startswith("  spot 400003 API_KEY_NOT_FOUND / ") and line.endswith(" (new message; awaits review)")]
    assert len(added) == 1 and added[0].endswith(": 'KC-API-KEY is disabled' (new message; awaits review)"), added
    new_id = added[0].removeprefix("  spot 400003 API_KEY_NOT_FOUND / ").split(":", 1)[0]
    assert "  spot 400003 API_KEY_NOT_FOUND / API_KEY_NOT_FOUND: rows none -> probe-page:1" in lines
    assert f"  spot 400003 API_KEY_NOT_FOUND / {new_id}: rows none -> probe-page:2" in lines
    # The curated file is laid out as the catalogue writes it: no note that the import restyled it.
    assert "not laid out in the catalogue's style" not in result.stdout + result.stderr


def test_a_reworded_row_that_glues_its_detail_with_two_dashes_records_that_separator(tmp_path: Path) -> None:
    catalog = _tiny_catalogue(tmp_path / "catalog", {
        "code": 429000, "name": "TOO_MANY_REQUESTS", "category": "rate_limited", "retry": "wait", "retry_after_ms": 1000,
        "variants": [{"id": "TOO_MANY_REQUESTS", "message": "Too many requests"}],
    })
    import_page(SPOT + "429000\tToo many requests--try again later\n", catalog, tmp_path)
    (variant,) = _spot_variants(catalog)
    assert (variant["message"], variant["detail"], variant["detail_separator"]) == ("Too many requests", "try again later", "--")
    assert "aliases" not in variant  # the old row is the message itself


def test_a_reworded_message_with_one_more_placeholder_keeps_the_recorded_name_and_gains_one(tmp_path: Path) -> None:
    catalog = _tiny_catalogue(tmp_path / "catalog", {
        "code": 400100, "name": "ORDER_SIZE_TOO_SMALL", "category": "bad_request", "retry": "fix_request",
        "variants": [{"id": "SIZE", "message": "Order size below {0}", "placeholders": [{"token": "{0}", "name": "minimum"}]}],
    })
    import_page(SPOT + "400100\tOrder size below {0}, above {1}\n", catalog, tmp_path)
    (variant,) = _spot_variants(catalog)
    assert variant["message"] == "Order size below {0}, above {1}"
    placeholders = variant["placeholders"]
    assert isinstance(placeholders, list) and [p["token"] for p in placeholders] == ["{0}", "{1}"] and placeholders[0]["name"] == "minimum"


def test_a_reworded_message_that_gains_placeholders_records_them_after_its_message(tmp_path: Path) -> None:
    catalog = _tiny_catalogue(tmp_path / "catalog", {
        "code": 400100, "name": "ORDER_SIZE_TOO_SMALL", "category": "bad_request", "retry": "fix_request",
        "variants": [{"id": "SIZE", "message": "Order size too small"}],
    })
    import_page(SPOT + "400100\tOrder size too small, below {0}\n", catalog, tmp_path)
    (variant,) = _spot_variants(catalog)
    assert [p["token"] for p in variant["placeholders"]] == ["{0}"]  # type: ignore[attr-defined]
    keys = list(variant)
    assert keys.index("message") < keys.index("placeholders")


def test_a_key_a_rewording_adds_goes_after_the_review_of_its_variant(tmp_path: Path) -> None:
    catalog = tmp_path / "catalog"
    catalog.mkdir()
    (catalog / "spot.yaml").write_text(
        "domain: spot\ndescription: Spot.\nsuccess_codes: [200000]\nerrors:\n"
        "  - code: 400100\n    name: ORDER_SIZE_TOO_SMALL\n    category: bad_request\n    retry: fix_request\n    variants:\n"
        '      - id: SIZE\n        review: "A person is checking this message."\n        message: "Order size too small"\n',
        encoding="utf-8",
    )
    import_page(SPOT + "400100\torder.size -- Order size too small\n", catalog, tmp_path)
    (variant,) = _spot_variants(catalog)
    assert list(variant) == ["id", "review", "key", "message"]
    assert variant["key"] == "order.size"


def test_new_placeholders_of_a_reworded_message_stay_where_the_file_has_them(tmp_path: Path) -> None:
    catalog = tmp_path / "catalog"
    catalog.mkdir()
    (catalog / "spot.yaml").write_text(
        "domain: spot\ndescription: Spot.\nsuccess_codes: [200000]\nerrors:\n"
        "  - code: 400100\n    name: ORDER_SIZE_TOO_SMALL\n    category: bad_request\n    retry: fix_request\n    variants:\n"
        '      - id: SIZE\n        message: "Order size below {0}"\n        aliases:\n          - "Order too small"\n'
        '        placeholders:\n          - token: "{0}"\n            name: minimum\n',
        encoding="utf-8",
    )
    import_page(SPOT + "400100\tOrder size below {0}, above {1}\n", catalog, tmp_path)
    (variant,) = _spot_variants(catalog)
    assert list(variant) == ["id", "review", "message", "aliases", "placeholders"]
    assert [p["token"] for p in variant["placeholders"]] == ["{0}", "{1}"]  # type: ignore[attr-defined]


def test_a_further_message_of_a_new_code_classified_as_its_first_gets_no_category_of_its_own(tmp_path: Path) -> None:
    catalog = tmp_path / "catalog"
    catalog.mkdir()
    # "Widget is broken" is learnt from 999001; 999002's first message is read by the same rules, so the two are classified alike.
    import_page(SPOT + "999001\tWidget is broken\n999002\tGadget is broken\n999002\tWidget is broken\n", catalog, tmp_path)
    data = yaml.safe_load((catalog / "spot.yaml").read_text(encoding="utf-8"))
    (first, second) = [entry for entry in data["errors"] if entry["code"] == 999002][0]["variants"]
    assert first["message"] == "Gadget is broken" and second["message"] == "Widget is broken"
    assert "category" not in second and "retry" not in second


def test_a_margin_code_in_both_tables_that_the_page_has_in_one_is_kept_in_both_and_said(curated_copy: Path, tmp_path: Path) -> None:
    page = "Margin Errors Code\nThis table is the error codes unique to margin high frequency\n400400\tParameter error/service exception\n"
    output = import_page(page, curated_copy, tmp_path)
    assert "margin 400400 PARAMETER_OR_SERVICE_ERROR / scope both: the page has this code only in the high_frequency table (kept in both)\n" in output
    assert "    scope: both\n" in entry_block(curated_copy, "margin", 400400)


def _edit_websocket(catalog: Path, old: str, new: str) -> None:
    path = catalog / "websocket.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_a_message_that_moves_table_keeps_the_quotes_its_table_was_written_in(curated_copy: Path, tmp_path: Path) -> None:
    _edit_websocket(curated_copy, '        message: "login is required"\n        table: subscribing\n', '        message: "login is required"\n        table: "subscribing"\n')
    import_page("Websocket Errors Code\n\nOther\n\nCode\tMeaning\n403\tlogin is required\n", curated_copy, tmp_path)
    assert '        message: "login is required"\n        table: "other"\n        pages:' in entry_block(curated_copy, "websocket", 403)


def test_new_codes_at_two_places_of_a_domain_each_land_at_their_own(tmp_path: Path) -> None:
    catalog = _tiny_catalogue(tmp_path / "catalog", *(
        {"code": code, "name": f"CODE_{code}", "category": "bad_request", "retry": "fix_request", "variants": [{"id": "ONE", "message": f"Message {code}"}]}
        for code in (400100, 400300, 400500)
    ))
    import_page(SPOT + "".join(f"{code}\tMessage {code}\n" for code in (400100, 400200, 400300, 400400, 400500)), catalog, tmp_path)
    data = yaml.safe_load((catalog / "spot.yaml").read_text(encoding="utf-8"))
    assert [entry["code"] for entry in data["errors"]] == [400100, 400200, 400300, 400400, 400500]
