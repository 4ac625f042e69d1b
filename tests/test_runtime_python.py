"""The Python runtime (runtime/python) as source: linted, type-checked and unit-tested against hand-written data.

The package under test is the runtime's modules beside the fixture data of
tests/fixtures/python, put together in a temporary folder; no generator runs.
"""

from __future__ import annotations

import importlib
import json
import pickle
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from codegen.catalog import LoadedCatalog
from tests.conftest import NODE_BIN, ROOT

RUNTIME = ROOT / "runtime" / "python"
FIXTURE = ROOT / "tests" / "fixtures" / "python"
PACKAGE = "kucoin_errors_fixture"


@pytest.fixture(scope="module")
def package_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding the runtime modules and the fixture data as one package."""
    folder = tmp_path_factory.mktemp("runtime-python")
    package = folder / PACKAGE
    package.mkdir()
    for source in [*RUNTIME.glob("*.py"), *FIXTURE.glob("*.py")]:
        shutil.copy(source, package / source.name)
    (folder / "pyrightconfig.json").write_text(json.dumps({"typeCheckingMode": "strict", "pythonVersion": "3.10"}))
    return folder


@pytest.fixture(scope="module")
def rt(package_dir: Path) -> Iterator[ModuleType]:
    """The runtime module, imported from the assembled package."""
    sys.path.insert(0, str(package_dir))
    try:
        yield importlib.import_module(f"{PACKAGE}._runtime")
    finally:
        sys.path.remove(str(package_dir))
        for name in [name for name in sys.modules if name.split(".")[0] == PACKAGE]:
            del sys.modules[name]


@pytest.fixture(scope="module")
def data(rt: ModuleType) -> ModuleType:
    return importlib.import_module(f"{PACKAGE}._data")


def test_runtime_sources_pass_ruff_and_its_formatter() -> None:
    check = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", str(RUNTIME)], capture_output=True, text=True, check=False, cwd=ROOT)
    assert check.returncode == 0, check.stdout + check.stderr
    formatted = subprocess.run([sys.executable, "-m", "ruff", "format", "--check", "--no-cache", str(RUNTIME)], capture_output=True, text=True, check=False, cwd=ROOT)
    assert formatted.returncode == 0, formatted.stdout + formatted.stderr


def test_runtime_is_mypy_strict_clean(package_dir: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--python-version", "3.10", "--no-incremental", PACKAGE],
        cwd=package_dir, capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_runtime_is_pyright_strict_clean(package_dir: Path) -> None:
    result = subprocess.run([str(NODE_BIN / "pyright"), "--pythonpath", sys.executable, PACKAGE], cwd=package_dir, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_lookup_accepts_the_code_as_int_or_exact_wire_string(rt: ModuleType, data: ModuleType) -> None:
    assert rt.lookup("spot", 200004) is data.SpotErrorCode.BALANCE_INSUFFICIENT
    assert rt.lookup("spot", "200004") is data.SpotErrorCode.BALANCE_INSUFFICIENT
    assert rt.lookup("futures", "200004") is data.FuturesErrorCode.BALANCE_INSUFFICIENT
    for other in (" 200004", "0200004", "200004.0", 200005):
        assert rt.lookup("spot", other) is None


def test_removed_tells_a_removed_code_from_an_unknown_one(rt: ModuleType, data: ModuleType) -> None:
    tombstone = data.REMOVED["spot"][200099]
    assert rt.lookup("spot", 200099) is None
    assert rt.removed("spot", 200099) is tombstone and rt.removed("spot", "200099") is tombstone
    assert (tombstone.name, tombstone.reason, tombstone.replaced_by) == ("RETIRED_LIMIT", "Retired by KuCoin", "spot:200004")
    for other in (" 200099", "0200099", 200004, 999999):
        assert rt.removed("spot", other) is None
    assert rt.removed("futures", 200099) is None
    with pytest.raises(ValueError, match="unknown domain 'earn'"):
        rt.removed("earn", 200099)


def test_lookup_and_is_success_raise_for_an_unknown_domain(rt: ModuleType) -> None:
    with pytest.raises(ValueError, match="unknown domain 'earn'; expected one of http, spot, futures, gateway"):
        rt.lookup("earn", 200004)
    with pytest.raises(ValueError, match="^unknown domain 'earn'; expected one of http, spot, futures, gateway"):
        rt.is_success("earn", 200000)
    with pytest.raises(ValueError, match="^unknown domain 'earn'; expected one of http, spot, futures, gateway"):
        rt.batch_failures({"data": []}, domain="earn")


def test_members_carry_their_entry(data: ModuleType) -> None:
    info = data.SpotErrorCode.PARAMETER_ERROR.info
    assert (info.domain, info.code, info.name, info.category) == ("spot", 400100, "PARAMETER_ERROR", "bad_request")
    assert info.variants[1].documented_text == "account.available.amount -- Insufficient balance"


def test_exact_match_ignores_case_white_space_and_trailing_stops(rt: ModuleType) -> None:
    info = rt.classify("spot", 200004, "\u3000balance\u00a0 INSUFFICIENT .")
    assert (info.match, info.variant.id, info.category, info.retry.action) == ("exact", "BALANCE", "insufficient_funds", "top_up")
    assert rt.classify("spot", 200004, "Balance insufficient now").match == "code_only"


def test_a_keyed_variant_matches_by_key_message_or_row_and_overrides_the_advice(rt: ModuleType) -> None:
    for text in ("account.available.amount", "Insufficient balance", "account.available.amount -- Insufficient balance"):
        info = rt.classify("spot", "400100", text)
        assert (info.match, info.variant.id, info.category, info.retry.action) == ("exact", "AMOUNT", "insufficient_funds", "top_up"), text
    assert rt.classify("spot", 400100, "Parameter Error").category == "bad_request"


def test_a_template_match_extracts_the_placeholder_values(rt: ModuleType) -> None:
    info = rt.classify("spot", 300000, "price  1.5 is above the LIMIT -2.")
    assert (info.match, info.variant.id, dict(info.values)) == ("template", "PRICE", {"price": "1.5", "limit": "-2"})
    borrow = rt.classify("spot", 130203, "Maximum borrowing: 12.5BTC")
    assert dict(borrow.values) == {"amount": "12.5", "currency": "BTC"}
    assert rt.classify("spot", 300000, "Price high is above the limit 2").match == "code_only"


def test_a_message_without_a_code_names_the_code_whose_text_or_template_it_is(rt: ModuleType) -> None:
    assert rt.classify("spot", None, "Insufficient balance").code == 400100
    templated = rt.classify("spot", None, "Maximum borrowing: 3ETH")
    assert (templated.code, templated.match, dict(templated.values)) == (130203, "template", {"amount": "3", "currency": "ETH"})
    unknown = rt.classify("spot", None, "Something else")
    assert (unknown.code, unknown.match, unknown.category) == (None, "unknown", None)


def test_success_bodies_give_none(rt: ModuleType) -> None:
    assert rt.parse_response(200, b'{"code":"200000","data":{}}', domain="spot") is None
    assert rt.parse_response(200, {"code": 200}, domain="futures") is None
    assert rt.parse_response(200, '\ufeff{"data": []}', domain="spot") is None
    assert rt.parse_response(200, {"code": "200000", "success": True}, domain="futures") is None


def test_an_error_body_decides_whatever_the_status(rt: ModuleType) -> None:
    info = rt.parse_response(200, b'{"code":"200004","msg":"Balance insufficient!"}', domain="futures")
    assert (info.domain, info.code, info.match, info.http_status, info.category) == ("futures", 200004, "exact", 200, "insufficient_funds")


def test_a_removed_code_reads_as_unknown_and_carries_its_tombstone(rt: ModuleType, data: ModuleType) -> None:
    info = rt.parse_response(400, b'{"code":"200099","msg":"Over the old limit"}', domain="spot")
    assert (info.code, info.match, info.entry, info.category, info.removed) == (200099, "unknown", None, None, data.REMOVED["spot"][200099])
    assert rt.parse_response(400, b'{"code":"200098","msg":"x"}', domain="spot").removed is None
    assert rt.parse_response(200, b'{"code":"200004","msg":"Balance insufficient"}', domain="spot").removed is None
    assert rt.parse_response(400, b'{"code":"200099","msg":"x"}', domain="futures").removed is None


def test_the_status_fills_in_for_a_body_without_a_code(rt: ModuleType) -> None:
    forbidden = rt.parse_response(403, b"", {"GW-RateLimit-Reset": "1500"}, domain="spot")
    assert (forbidden.match, forbidden.category, forbidden.retry.action, forbidden.reset_ms) == ("unknown", "rate_limited", "wait", 1500.0)
    assert rt.retry_after(forbidden) == 1.5
    too_many = rt.parse_response(429, "<html>slow down</html>", domain="spot")
    assert (too_many.category, too_many.retry.after_header, too_many.message) == ("rate_limited", "gw-ratelimit-reset", "<html>slow down</html>")
    assert rt.retry_after(too_many) == 1.0
    bad_gateway = rt.parse_response(502, b"", domain="spot")
    assert (bad_gateway.category, bad_gateway.retry.action) == ("exchange_unavailable", "check_state")
    maintenance = rt.parse_response(503, b"", domain="spot")
    assert (maintenance.category, rt.retry_after(maintenance)) == ("maintenance", 30.0)
    assert rt.parse_response(418, b"", domain="spot").category is None


def test_cloudflare_1015_page_is_the_gateway_code_in_every_domain(rt: ModuleType) -> None:
    info = rt.parse_response(503, "<title>Error 1015</title> You are being rate limited", domain="spot")
    assert (info.domain, info.code, info.entry.name, info.match) == ("futures", 1015, "IP_RATE_LIMITED", "code_only")
    assert rt.retry_after(info, {"gw-ratelimit-reset": "5"}) == 30.0


def test_the_message_of_a_body_that_is_not_json_is_its_first_500_characters_trimmed(rt: ModuleType) -> None:
    info = rt.parse_response(500, "  " + "x" * 600, domain="spot")
    assert info.message == "x" * 500


def test_odd_numeric_codes_are_kept_as_javascript_writes_them(rt: ModuleType) -> None:
    for raw, kept in ((200004.5, "200004.5"), (1e21, "1e+21"), (2**31, "2147483648"), (-5, "-5"), (0.0000001, "1e-7")):
        info = rt.parse_response(400, json.dumps({"code": raw}), domain="spot")
        assert (info.code, info.match) == (kept, "unknown"), raw
    assert rt.parse_response(400, '{"code": 200004.0}', domain="spot").code == 200004


@pytest.mark.parametrize("code", [1, 999999, 2147483647])
def test_a_code_sent_as_a_json_number_stays_a_number_whether_or_not_the_catalogue_knows_it(rt: ModuleType, code: int) -> None:
    info = rt.parse_response(400, f'{{"code": {code}, "msg": "a message the catalogue lacks"}}', domain="spot")
    assert info.code == code and type(info.code) is int


def test_headers_are_read_from_any_shape_ignoring_case(rt: ModuleType) -> None:
    for headers in ({"gw-ratelimit-reset": "7"}, [("GW-RATELIMIT-RESET", "7")], [(b"gw-ratelimit-reset", b"7")], {"Gw-Ratelimit-Reset": ["7", "9"]}):
        info = rt.parse_response(429, b"", headers, domain="spot")
        assert info.reset_ms == 7.0, headers
    too_large = {"gw-ratelimit-reset": "9" * 400}  # more milliseconds than a double holds
    for odd in ({"gw-ratelimit-reset": "7.5"}, {"gw-ratelimit-reset": "-1"}, {"gw-ratelimit-reset": "\u0667"}, too_large, "gw-ratelimit-reset: 7", 42):
        assert rt.parse_response(429, b"", odd, domain="spot").reset_ms is None, odd


def test_waits_whose_cause_may_be_permanent_are_bounded(rt: ModuleType) -> None:
    info = rt.parse_response(503, b"", domain="spot")
    assert (info.retry.max_attempts, info.retry.then) == (3, "stop")
    assert [rt.retry_after(info, attempts=attempts) for attempts in (1, 2, 3, 4)] == [30.0, 30.0, None, None]


def test_a_timeout_asks_to_check_the_state_of_a_write_and_never_to_resend_it(rt: ModuleType) -> None:
    for status in (504, 408):
        info = rt.parse_response(status, b"", domain="spot")
        assert (info.category, info.retry.action, info.retry.retryable, rt.retry_after(info)) == ("network_timeout", "check_state", False, None), status


def test_retry_after_is_none_when_retrying_will_not_help(rt: ModuleType) -> None:
    assert rt.retry_after(rt.classify("spot", 200004, "Balance insufficient")) is None
    assert rt.retry_after(rt.classify("spot", 999999, "?")) is None


def test_batch_failures_classify_each_failed_item(rt: ModuleType) -> None:
    body = {"code": "200000", "data": [{"success": True}, {"success": False, "failMsg": "Balance insufficient"}, "odd", {"code": "400100", "msg": "Parameter Error"}]}
    failures = [(index, info.code, info.category) for index, info in rt.batch_failures(body, domain="spot")]
    assert failures == [(1, 200004, "insufficient_funds"), (3, 400100, "bad_request")]
    assert rt.batch_failures({"data": {"items": [{"status": "fail", "msg": "Parameter Error"}]}}, domain="spot")[0][1].code == 400100
    assert rt.batch_failures(b"not json", domain="spot") == []


def test_raise_for_response_raises_the_category_class(rt: ModuleType, data: ModuleType) -> None:
    with pytest.raises(data.InsufficientFundsError) as raised:
        rt.raise_for_response(200, {"code": "200004", "msg": "Balance insufficient"}, domain="spot")
    assert str(raised.value) == "KuCoin spot error 200004: Balance insufficient"
    with pytest.raises(data.KucoinAPIError) as unknown:
        rt.raise_for_response(400, {"code": "999999"}, domain="spot")
    assert type(unknown.value) is data.KucoinAPIError
    rt.raise_for_response(200, {"code": "200000"}, domain="spot")


def test_bodies_that_are_not_json_objects_fall_back_on_the_status(rt: ModuleType) -> None:
    cases: list[Any] = [b'{"code": NaN}', b'{"code": "200004"} trailing', b"[1, 2]", b'{"code": "200004"', b"\xff\xfe", None, 3.5]
    for body in cases:
        info = rt.parse_response(502, body, domain="spot")
        assert (info.code, info.category) == (None, "exchange_unavailable"), body


def test_json_nested_up_to_the_limit_is_read_whatever_the_callers_stack_depth(rt: ModuleType) -> None:
    limit = 100
    inside = '{"code":"200000","data":' + "[" * (limit - 1) + "]" * (limit - 1) + "}"
    too_deep = '{"code":"200000","data":' + "[" * limit + "]" * limit + "}"
    assert rt.parse_response(200, inside, domain="spot") is None
    assert rt.parse_response(200, too_deep, domain="spot").match == "unknown"
    # Brackets inside strings do not nest.
    assert rt.parse_response(200, '{"code":"200000","msg":"' + "[" * 500 + '"}', domain="spot") is None

    def from_deep_in_the_stack(frames: int) -> object:
        return rt.parse_response(200, inside, domain="spot") if frames == 0 else from_deep_in_the_stack(frames - 1)

    assert from_deep_in_the_stack(sys.getrecursionlimit() - 60) is None


def test_a_character_outside_the_basic_plane_is_one_character(rt: ModuleType) -> None:
    info = rt.parse_response(503, "Error 1015 rate\U0001f600limited", domain="spot")
    assert (info.code, info.retry.after_ms) == (1015, 30000)


def test_a_code_the_domain_lacks_is_read_in_the_gateway_layer(rt: ModuleType) -> None:
    info = rt.parse_response(401, {"code": "400005", "msg": "Invalid KC-API-SIGN"}, domain="spot")
    assert (info.domain, info.code, info.match, info.category, info.retry.action) == ("gateway", 400005, "exact", "authentication", "reauthenticate")
    assert rt.classify("futures", 400005, "Invalid KC-API-SIGN").match == "unknown"


def test_where_domain_and_gateway_share_a_number_the_matching_message_decides(rt: ModuleType) -> None:
    url = rt.classify("spot", "400001", "Please check the URL of your request.")
    assert (url.domain, url.match, url.category) == ("gateway", "exact", "bad_request")
    auth = rt.classify("spot", 400001, "Any of KC-API-KEY, KC-API-SIGN is missing")
    assert (auth.domain, auth.match, auth.category) == ("spot", "exact", "authentication")
    neither = rt.classify("spot", 400001, "Something else")
    assert (neither.domain, neither.match, neither.category) == ("spot", "code_only", "authentication")


def test_a_message_without_a_code_is_named_by_the_gateway_when_the_domain_lacks_it(rt: ModuleType) -> None:
    info = rt.batch_failures({"data": [{"success": False, "failMsg": "invalid kc-api-sign"}]}, domain="spot")[0][1]
    assert (info.domain, info.code, info.match) == ("gateway", 400005, "exact")


def test_aliases_and_rows_glued_with_two_dashes_match_exactly(rt: ModuleType, data: ModuleType) -> None:
    alias = rt.classify("spot", 400001, "KC-API-KEY or KC-API-SIGN missing.")
    assert (alias.match, alias.variant.id) == ("exact", "MISSING")
    glued = rt.classify("spot", 400005, "Invalid KC-API-SIGN--the signature does not match")
    assert (glued.match, glued.variant.id) == ("exact", "SIGN")
    assert data.GatewayErrorCode.INVALID_SIGNATURE.info.variants[0].documented_text == "Invalid KC-API-SIGN--the signature does not match"


def test_a_failure_under_the_success_code_is_named_by_its_exact_text(rt: ModuleType) -> None:
    info = rt.parse_response(200, {"code": "200000", "msg": "Balance insufficient"}, domain="futures")
    assert (info.code, info.match, info.category) == (200004, "exact", "insufficient_funds")
    for body in ({"code": "200000", "msg": "success"}, {"code": "200000", "msg": "Balance insufficient now"}, {"code": "200000"}):
        assert rt.parse_response(200, body, domain="futures") is None, body


def test_a_listed_message_under_the_success_code_is_a_failure_with_its_own_advice(rt: ModuleType, data: ModuleType) -> None:
    info = rt.parse_response(200, {"code": "200000", "msg": "  position does NOT exist. "}, {"gw-ratelimit-reset": "900"}, domain="futures")
    assert (info.domain, info.code, info.match, info.entry, info.variant, info.category, info.retry.action) == (
        "futures", 200000, "unknown", None, None, "bad_request", "fix_request")
    assert (info.unnumbered, info.message, info.http_status, info.reset_ms) == (
        data.FAILURES_UNDER_SUCCESS["futures"][0], "  position does NOT exist. ", 200, 900.0)
    assert rt.retry_after(info) is None
    by_flag = rt.parse_response(200, {"success": True, "msg": "Position does not exist"}, domain="futures")
    assert (by_flag.code, by_flag.unnumbered.name) == (None, "POSITION_NOT_FOUND")
    # The domain's fallback lists its own; a catalogued entry's text comes first; other messages stay successes.
    through = rt.parse_response(200, {"code": "200000", "msg": "Refused by the gateway"}, domain="spot")
    assert (through.domain, through.unnumbered.name, through.category) == ("gateway", "GATEWAY_REFUSED", "authentication")
    assert rt.parse_response(200, {"code": "200000", "msg": "Balance insufficient"}, domain="futures").unnumbered is None
    for body in ({"code": "200000", "msg": "Position does not exist yet"}, {"code": "200000", "msg": "Refused by the gateway"}, {"code": "200", "msg": ""}):
        assert rt.parse_response(200, body, domain="futures") is None, body
    assert rt.parse_response(200, {"code": "400100", "msg": "Position does not exist"}, domain="futures").unnumbered is None


def test_a_listed_string_code_is_classified_before_the_http_status(rt: ModuleType) -> None:
    info = rt.parse_response(404, {"code": "order_not_exist", "msg": "order_not_exist"}, domain="spot")
    assert (info.domain, info.code, info.match, info.entry, info.category, info.retry.action, info.unnumbered.name) == (
        "spot", "order_not_exist", "unknown", None, "invalid_order", "stop", "ORDER_NOT_EXIST")
    assert info.unnumbered.undocumented == "ccxt"
    through = rt.parse_response(503, {"code": "gateway_busy"}, domain="spot")
    assert (through.domain, through.category, through.retry.action, rt.retry_after(through)) == ("gateway", "exchange_unavailable", "retry", 1.0)
    # Exactly as sent; unlisted strings, and a listed one in a domain that does not list it, fall back on the status.
    for body, domain in (({"code": "ORDER_NOT_EXIST"}, "spot"), ({"code": " order_not_exist"}, "spot"), ({"code": "order_not_exist"}, "futures")):
        other = rt.parse_response(503, body, domain=domain)
        assert (other.unnumbered, other.category, other.retry.action) == (None, "maintenance", "retry"), body
    batch = rt.batch_failures({"code": "200000", "data": [{"code": "order_not_exist", "msg": "gone"}]}, domain="spot")
    assert [(index, failure.category, failure.unnumbered.name) for index, failure in batch] == [(0, "invalid_order", "ORDER_NOT_EXIST")]
    assert rt.classify("spot", "order_not_exist", "").category == "invalid_order"


def test_websocket_error_frames_are_classified_by_their_data(rt: ModuleType) -> None:
    info = rt.parse_ws_message(b'{"id": "1", "type": "error", "code": 509, "data": "exceed max permits per second"}')
    assert (info.domain, info.code, info.variant.id, info.category, rt.retry_after(info)) == ("websocket", 509, "PERMITS", "rate_limited", 1.0)
    busy = rt.parse_ws_message({"type": "error", "code": "509", "data": "service busy, please retry later"})
    assert (busy.variant.id, busy.category, busy.retry.action) == ("BUSY", "exchange_unavailable", "retry")
    for frame in ({"type": "message", "data": {}}, {"type": "welcome"}, "not json", {"type": "ack", "code": 509}):
        assert rt.parse_ws_message(frame) is None, frame


def test_templates_are_tried_on_messages_up_to_the_limit_and_exact_texts_on_any(rt: ModuleType) -> None:
    prefix = "Price 1 is above the limit "
    at_limit = prefix + "9" * (1000 - len(prefix))
    assert rt.classify("spot", 300000, at_limit).match == "template"
    assert rt.classify("spot", 300000, at_limit + "9").match == "code_only"
    # The limit counts characters: a character outside the basic plane is one.
    astral = "Maximum borrowing: 1" + "\U0001f600" * 10
    assert rt.classify("spot", 130203, astral).match == "code_only"
    assert rt.classify("spot", None, at_limit + "9").code is None
    assert rt.classify("spot", 200004, "  Balance insufficient  " + " " * 5000).match == "exact"


def test_a_currency_right_after_a_number_starts_with_a_letter(rt: ModuleType) -> None:
    assert dict(rt.classify("spot", 130203, "Maximum borrowing: 12BTC").values) == {"amount": "12", "currency": "BTC"}
    assert rt.classify("spot", 130203, "Maximum borrowing: 123").match == "code_only"


def test_the_matching_tables_built_at_import_give_each_text_its_variant_and_code(rt: ModuleType) -> None:
    # Reloading builds the tables again inside this test, so that a change to how they are built is seen here.
    fresh = importlib.reload(rt)
    for text, variant in (("Parameter Error", "PARAMETER"), ("INSUFFICIENT BALANCE.", "AMOUNT"), ("account.available.amount", "AMOUNT")):
        info = fresh.classify("spot", 400100, text)
        assert (info.match, info.variant.id) == ("exact", variant), text
    assert fresh.classify("spot", None, "Balance insufficient").code == 200004
    assert fresh.classify("futures", None, "Balance insufficient").code == 200004
    assert fresh.classify("spot", None, "account.available.amount -- Insufficient balance").code == 400100
    templated = fresh.classify("spot", None, "Price 3 is above the limit 2")
    assert (templated.code, templated.match, dict(templated.values)) == (300000, "template", {"price": "3", "limit": "2"})
    assert fresh.classify("futures", None, "Price 3 is above the limit 2").code is None


def test_json_nesting_is_limited_to_a_hundred_levels(rt: ModuleType) -> None:
    inside = '{"code":"200000","data":' + "[" * 99 + "]" * 99 + "}"
    too_deep = '{"code":"200000","data":' + "[" * 100 + "]" * 100 + "}"
    assert rt.parse_response(200, inside, domain="spot") is None
    assert rt.parse_response(200, too_deep, domain="spot").match == "unknown"
    # Brackets count only while open, and not inside strings.
    assert rt.parse_response(200, '{"code":"200000","data":[' + "[]," * 150 + "[]]}", domain="spot") is None
    assert rt.parse_response(200, '{"code":"200000","msg":"' + "[" * 500 + '"}', domain="spot") is None
    assert rt.parse_response(200, '{"code":"200000","msg":"\\"' + "[" * 500 + '"}', domain="spot") is None


def test_white_space_before_the_json_object_is_allowed(rt: ModuleType) -> None:
    info = rt.parse_response(400, ' \n\t{"code":"200004","msg":"Balance insufficient"}', domain="spot")
    assert (info.code, info.match) == (200004, "exact")


def test_codes_that_are_no_codes_are_kept_as_javascript_writes_them(rt: ModuleType) -> None:
    cases: list[tuple[Any, Any]] = [
        (float("nan"), "NaN"), (float("inf"), "Infinity"), (float("-inf"), "-Infinity"),
        (10**400, "Infinity"), (-(10**400), "-Infinity"), (0, "0"), (0.0, "0"), (-0.0, "0"),
        (1.5, "1.5"), (0.5, "0.5"), (0.001, "0.001"), (0.000001, "0.000001"), (1.5e-7, "1.5e-7"), (1e-7, "1e-7"),
        (123456.789, "123456.789"), (1.5e21, "1.5e+21"), (1e21, "1e+21"), (2.5e20, "250000000000000000000"),
        (-200004.5, "-200004.5"), (2**31, "2147483648"), (2**31 - 1, 2147483647),
        ("0200004", "0200004"), ("9999999999", "9999999999"), ("2147483648", "2147483648"), ("2147483647", 2147483647),
        ("\u0662\u0660\u0660\u0660\u0660\u0664", "\u0662\u0660\u0660\u0660\u0660\u0664"), ("", None), (True, None), ([200004], None),
    ]
    for raw, kept in cases:
        info = rt.parse_response(400, {"code": raw}, domain="spot")
        assert info.code == kept and type(info.code) is type(kept), (raw, info.code)


def test_the_header_given_in_lower_case_wins_over_other_spellings(rt: ModuleType) -> None:
    info = rt.parse_response(429, b"", {"GW-RateLimit-Reset": "1", "gw-ratelimit-reset": "2"}, domain="spot")
    assert info.reset_ms == 2.0


def test_header_pairs_that_are_not_pairs_are_skipped(rt: ModuleType) -> None:
    headers = [42, ("gw-ratelimit-reset", "1", "extra"), "ab", ("gw-ratelimit-reset", "3")]
    assert rt.parse_response(429, b"", headers, domain="spot").reset_ms == 3.0
    assert rt.parse_response(429, b"", [(b"GW-RateLimit-Reset", [b"4"])], domain="spot").reset_ms == 4.0


def test_retry_after_reads_the_headers_it_is_given_before_those_of_the_response(rt: ModuleType) -> None:
    info = rt.parse_response(403, b"", {"gw-ratelimit-reset": "1500"}, domain="spot")
    assert rt.retry_after(info, {"gw-ratelimit-reset": "2500"}) == 2.5
    assert rt.retry_after(info, {"gw-ratelimit-reset": "soon"}) == 1.0
    assert rt.retry_after(info) == 1.5


def test_the_reset_of_the_response_counts_only_for_advice_naming_that_header(rt: ModuleType) -> None:
    info = rt.parse_response(403, b"", {"gw-ratelimit-reset": "1500"}, domain="spot")
    retry = type(info.retry)(**{**vars(info.retry), "after_header": "x-other-reset"})
    other = type(info)(**{**vars(info), "retry": retry})
    assert rt.retry_after(other) == 1.0
    assert rt.retry_after(other, {"x-other-reset": "700"}) == 0.7


def test_batch_failures_are_found_in_data_data_as_well(rt: ModuleType) -> None:
    body = {"code": "200000", "data": {"data": [{"success": False, "failMsg": "Parameter Error"}], "items": []}}
    assert [(index, info.code) for index, info in rt.batch_failures(body, domain="spot")] == [(0, 400100)]


def test_information_separators_are_not_white_space(rt: ModuleType) -> None:
    for separator in "\x1c\x1d\x1e\x1f":
        assert rt.classify("spot", 200004, f"Balance{separator}insufficient").match == "code_only", repr(separator)
        info = rt.classify("spot", 200004, f"Balance  insufficient{separator} ")
        assert (info.match, info.message) == ("code_only", f"Balance  insufficient{separator} "), repr(separator)
    assert rt.classify("spot", 200004, "Balance \u2003insufficient \u3000.").match == "exact"


def test_classify_names_the_domains_it_knows_when_given_another(rt: ModuleType) -> None:
    with pytest.raises(ValueError, match="^unknown domain 'earn'; expected one of http, spot, futures, gateway, websocket$"):
        rt.classify("earn", 200004, "Balance insufficient")


def test_an_unknown_code_keeps_the_http_status(rt: ModuleType) -> None:
    info = rt.parse_response(418, {"code": "999999", "msg": "teapot"}, domain="spot")
    assert (info.code, info.match, info.http_status, info.message) == (999999, "unknown", 418, "teapot")


def test_white_space_after_the_json_object_is_allowed(rt: ModuleType) -> None:
    info = rt.parse_response(400, '{"code":"200004","msg":"Balance insufficient"} \r\n\t', domain="spot")
    assert (info.code, info.match) == (200004, "exact")


def test_success_true_is_a_success_whatever_the_code_and_status(rt: ModuleType) -> None:
    assert rt.parse_response(400, {"success": True}, domain="spot") is None
    assert rt.parse_response(200, {"success": True, "code": "400100"}, domain="spot") is None
    assert rt.parse_response(200, {"success": "true", "code": "400100"}, domain="spot").code == 400100


def test_json_exactly_a_hundred_levels_deep_is_read_among_more_brackets_and_strings_open_nothing(rt: ModuleType) -> None:
    hundred = '{"code":"200000","data":' + "[" * 99 + "]" * 99 + ',"more":[' + "[]," * 20 + "[]]}"
    assert rt.parse_response(200, hundred, domain="spot") is None
    strings = '{"code":"200000","data":[' + '[],"x",' * 120 + "[]]}"
    assert rt.parse_response(200, strings, domain="spot") is None


LAZY_DOMAINS = f"""
import sys
from {PACKAGE} import _model, _runtime
built = [sorted(_runtime._INDEXES), sorted(_model._ENTRIES), "{PACKAGE}._enums" in sys.modules]
_runtime.classify("spot", 400001, "Please check the URL of your request.")
built += [sorted(_runtime._INDEXES), sorted(_model._ENTRIES), "{PACKAGE}._enums" in sys.modules]
from {PACKAGE}._data import FuturesErrorCode
from {PACKAGE} import _enums
print(built, sorted(_enums._ENUMS), FuturesErrorCode(200004).info.name)
"""


def test_a_domain_s_entries_matchers_and_enum_are_built_on_its_first_use_only(package_dir: Path) -> None:
    result = subprocess.run([sys.executable, "-c", LAZY_DOMAINS], cwd=package_dir, capture_output=True, text=True, check=True)
    # Nothing at import; classifying a spot response builds spot and its fallback, the gateway, and no enum;
    # the futures enum, once used, is the only one created.
    assert result.stdout.strip() == "[[], [], False, ['gateway', 'spot'], ['gateway', 'spot'], False] ['futures'] BALANCE_INSUFFICIENT"


GENERATED_PACKAGE = ROOT / "generated" / "python"

IMPORT_LOADS = """
import sys
sys.path.insert(0, sys.argv[1])
import kucoin_errors
print(sorted(name for name in ("enum", "typing", "dataclasses", "json", "re", "collections", "inspect", "math") if name in sys.modules))
print(sorted(name for name in sys.modules if name.startswith("kucoin_errors")))
"""


def test_importing_the_generated_package_loads_neither_enum_nor_typing_nor_the_readers() -> None:
    result = subprocess.run([sys.executable, "-I", "-S", "-c", IMPORT_LOADS, str(GENERATED_PACKAGE)], capture_output=True, text=True, check=True)
    heavy, modules = result.stdout.splitlines()
    assert heavy == "[]"
    # _enums (the enums) and _types (typing's aliases) wait for their first use.
    assert modules == str(["kucoin_errors", *(f"kucoin_errors.{name}" for name in ("_data", "_definitions", "_glue", "_model", "_runtime"))])


ENUM_SEMANTICS = """
import pickle, sys
sys.path.insert(0, sys.argv[1])
from kucoin_errors import SpotErrorCode, lookup
import kucoin_errors, kucoin_errors._data
member = SpotErrorCode(200004)
print(member is SpotErrorCode.BALANCE_INSUFFICIENT is lookup("spot", "200004"), isinstance(member, int), member == 200004, member.name)
print(pickle.loads(pickle.dumps(member)) is member, kucoin_errors._data.SpotErrorCode is SpotErrorCode is kucoin_errors.ERROR_CODES["spot"])
print(type(member).__mro__[1].__name__, SpotErrorCode.__module__, ",".join(m.name for m in SpotErrorCode))
print(kucoin_errors.Domain.__args__[:2], kucoin_errors.MatchQuality.__args__[0])
try:
    kucoin_errors.NoSuchName
except AttributeError as error:
    print(error)
"""


def test_an_enum_created_on_first_use_behaves_as_a_declared_int_enum(real_catalog: LoadedCatalog) -> None:
    result = subprocess.run([sys.executable, "-I", "-S", "-c", ENUM_SEMANTICS, str(GENERATED_PACKAGE)], capture_output=True, text=True, check=True)
    spot = next(domain for domain in real_catalog.catalog.domains if domain.domain == "spot")
    assert result.stdout.splitlines() == [
        "True True True BALANCE_INSUFFICIENT",
        "True True",
        # Its members in the catalogue's order, as the class statement type checkers read declares them.
        "KucoinErrorCode kucoin_errors._data " + ",".join(entry.name for entry in spot.errors),
        "('http', 'spot') exact",
        "module 'kucoin_errors' has no attribute 'NoSuchName'",
    ]


def test_records_are_immutable_and_compare_hash_and_print_by_their_fields(rt: ModuleType) -> None:
    model = importlib.import_module(f"{PACKAGE}._model")
    advice = model.RetryAdvice("wait", after_ms=500)
    assert advice == model.RetryAdvice("wait", 500) and hash(advice) == hash(model.RetryAdvice("wait", 500))
    assert advice != model.RetryAdvice("wait", after_ms=501) and advice != model.RemovedCode("wait", 500, "X")
    assert repr(advice) == "RetryAdvice(action='wait', after_ms=500, after_header=None, max_attempts=None, then=None)"
    with pytest.raises(AttributeError, match="cannot assign to field 'after_ms' of a RetryAdvice"):
        advice.after_ms = 1
    with pytest.raises(AttributeError, match="cannot delete field 'action' of a RetryAdvice"):
        del advice.action
    assert {advice, model.RetryAdvice("wait", after_ms=500)} == {advice}


def test_a_records_hash_is_the_hash_of_its_field_values_in_order(rt: ModuleType) -> None:
    model = importlib.import_module(f"{PACKAGE}._model")
    assert hash(model.RetryAdvice("wait", after_ms=500)) == hash(("wait", 500, None, None, None))
    assert hash(model.Placeholder("{0}", "AMOUNT", "number")) == hash(("{0}", "AMOUNT", "number"))


def test_a_domain_enum_is_declared_by_the_data_module_pickles_to_itself_and_carries_its_description(data: ModuleType) -> None:
    enums = importlib.import_module(f"{PACKAGE}._enums")
    spot = data.SpotErrorCode
    assert (spot.__name__, spot.__qualname__, spot.__module__, spot.__doc__) == ("SpotErrorCode", "SpotErrorCode", f"{PACKAGE}._data", "Spot.")
    assert issubclass(spot, enums.KucoinErrorCode) and data.KucoinErrorCode is enums.KucoinErrorCode
    member = spot(200004)
    assert pickle.loads(pickle.dumps(member)) is member and pickle.loads(pickle.dumps(spot)) is spot
    entries = importlib.import_module(f"{PACKAGE}._model").domain_entries("spot")
    assert [(m.name, m.value) for m in spot] == [(entry.name, code) for code, entry in entries.items()] and len(entries) > 1
    assert enums.domain_enum("spot") is spot and enums.domain_enum("earn") is None


def test_error_codes_maps_every_domain_to_its_enum_and_is_read_only(data: ModuleType) -> None:
    codes = data.ERROR_CODES
    assert list(codes) == list(data.ENUM_CLASSES)
    assert all(codes[domain].__name__ == class_name for domain, (class_name, _) in data.ENUM_CLASSES.items())
    assert codes["futures"] is data.FuturesErrorCode
    with pytest.raises(TypeError):
        codes["spot"] = None


def test_the_enums_serve_no_name_but_their_own(data: ModuleType) -> None:
    enums = importlib.import_module(f"{PACKAGE}._enums")
    with pytest.raises(AttributeError) as raised:
        enums.enum_attribute(f"{PACKAGE}._data", "EarnErrorCode")
    assert str(raised.value) == f"module '{PACKAGE}._data' has no attribute 'EarnErrorCode'"
    with pytest.raises(AttributeError) as raised:
        data.EarnErrorCode  # noqa: B018
    assert str(raised.value) == f"module '{PACKAGE}._data' has no attribute 'EarnErrorCode'"


def test_a_members_entry_is_the_catalogue_entry_of_its_own_domain_every_time(data: ModuleType) -> None:
    model = importlib.import_module(f"{PACKAGE}._model")
    member = data.FuturesErrorCode(200004)
    assert member.info is model.domain_entries("futures")[200004] is member.info
    assert (member.info.domain, data.SpotErrorCode(200004).info.domain) == ("futures", "spot")


def test_the_type_aliases_name_the_match_qualities_the_runtime_gives(rt: ModuleType) -> None:
    types = importlib.import_module(f"{PACKAGE}._types")
    assert types.MatchQuality.__args__ == ("exact", "template", "code_only", "unknown")
    assert types.HeadersInput == "SupportsHeaderItems | Iterable[tuple[Any, Any]]"


def test_a_listed_string_code_keeps_the_http_status_and_fills_in_no_placeholder(rt: ModuleType) -> None:
    info = rt.parse_response(404, {"code": "order_not_exist", "msg": "order_not_exist"}, domain="spot")
    assert (info.http_status, info.values) == (404, {})


def test_a_request_timeout_and_every_uncatalogued_5xx_status_say_check_the_state_of_a_write(rt: ModuleType) -> None:
    advice = {status: (info.category, info.retry.action) for status in (408, 500, 501, 599) if (info := rt.parse_response(status, b"", domain="spot"))}
    assert advice == {408: ("network_timeout", "check_state"), 500: ("exchange_unavailable", "check_state"),
                      501: ("exchange_unavailable", "check_state"), 599: ("exchange_unavailable", "check_state")}
    assert rt.parse_response(600, b"", domain="spot").category is None


def test_a_batch_item_carrying_only_the_success_code_is_no_failure(rt: ModuleType) -> None:
    assert rt.batch_failures({"code": "200000", "data": [{"code": "200000"}, {"code": 200000, "msg": "ok"}]}, domain="spot") == []


def test_a_failure_under_the_success_code_is_read_from_message_when_there_is_no_msg(rt: ModuleType) -> None:
    info = rt.parse_response(200, {"code": "200000", "message": "Balance insufficient"}, domain="futures")
    assert (info.code, info.match, info.message) == (200004, "exact", "Balance insufficient")


def test_a_websocket_error_frame_without_data_is_classified_by_its_msg(rt: ModuleType) -> None:
    info = rt.parse_ws_message({"type": "error", "code": 509, "msg": "service busy, please retry later"})
    assert (info.variant.id, info.message, info.category) == ("BUSY", "service busy, please retry later", "exchange_unavailable")


def test_raise_for_response_classifies_with_the_status_and_the_headers_it_is_given(rt: ModuleType, data: ModuleType) -> None:
    with pytest.raises(data.KucoinAPIError) as raised:
        rt.raise_for_response(429, b"", {"gw-ratelimit-reset": "1500"}, domain="spot")
    assert (raised.value.info.http_status, raised.value.info.category, raised.value.info.reset_ms) == (429, "rate_limited", 1500.0)


def test_an_information_separator_leading_a_message_is_kept(rt: ModuleType) -> None:
    for separator in "\x1c\x1d\x1e\x1f":
        assert rt.classify("spot", 200004, f"{separator}Balance insufficient").match == "code_only", repr(separator)


def test_an_error_without_a_code_says_so_in_its_exception_message(rt: ModuleType, data: ModuleType) -> None:
    with pytest.raises(data.KucoinAPIError) as raised:
        rt.raise_for_response(502, b"", domain="spot")
    assert str(raised.value) == "KuCoin spot error (no code): "


_RECORD_FIELDS = {
    "Placeholder": ("token", "name", "kind"),
    "RetryAdvice": ("action", "after_ms", "after_header", "max_attempts", "then"),
    "MessageVariant": ("id", "message", "key", "detail", "placeholders", "category", "retry", "note", "review", "detail_separator", "aliases", "table",
                       "undocumented", "pages"),
    "ErrorInfo": ("domain", "code", "name", "category", "retry", "variants", "scope", "http_status", "note", "review", "deprecated", "replaced_by",
                  "undocumented"),
    "RemovedCode": ("domain", "code", "name", "reason", "replaced_by"),
    "UnnumberedError": ("domain", "name", "category", "retry", "code", "message", "note", "undocumented"),
    "KucoinErrorInfo": ("domain", "code", "message", "match", "http_status", "entry", "variant", "values", "category", "retry", "reset_ms", "removed",
                        "unnumbered"),
}


@pytest.mark.parametrize("record", sorted(_RECORD_FIELDS))
def test_a_record_keeps_every_field_it_is_given(rt: ModuleType, record: str) -> None:
    model = importlib.import_module(f"{PACKAGE}._model")
    fields = {name: f"{name} of the {record}" for name in _RECORD_FIELDS[record]}
    assert vars(getattr(model, record)(**fields)) == fields


def test_a_domains_entries_are_built_once_and_kept(rt: ModuleType) -> None:
    model = importlib.import_module(f"{PACKAGE}._model")
    assert model.domain_entries("spot") is model.domain_entries("spot")


def test_a_declaring_modules_getattr_serves_enums_error_codes_and_type_names_once_and_refuses_others(
    rt: ModuleType, data: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = importlib.import_module(f"{PACKAGE}._model")
    declaring = ModuleType("declaring")
    monkeypatch.setitem(sys.modules, "declaring", declaring)
    serve = model.first_access_getattr("declaring", data.ENUM_CLASSES, frozenset({"MatchQuality"}))
    quality = serve("MatchQuality")
    assert quality is importlib.import_module(f"{PACKAGE}._types").MatchQuality and vars(declaring)["MatchQuality"] is quality
    assert serve("ERROR_CODES")["spot"] is data.SpotErrorCode and serve("SpotErrorCode") is data.SpotErrorCode
    assert serve("KucoinErrorCode") is importlib.import_module(f"{PACKAGE}._enums").KucoinErrorCode
    assert vars(declaring)["KucoinErrorCode"] is data.KucoinErrorCode
    with pytest.raises(AttributeError) as raised:
        serve("Domain")
    assert str(raised.value) == "module 'declaring' has no attribute 'Domain'"


def test_fresh_readers_refuse_nan_as_json_parse_does_read_header_milliseconds_and_take_any_iterable_of_pairs(rt: ModuleType) -> None:
    readers = rt._Readers()
    with pytest.raises(ValueError):
        readers.json.decode('{"code": NaN}')
    assert readers.header_milliseconds.fullmatch(" \t1500 ").group(1) == "1500"
    assert isinstance((pair for pair in ()), readers.iterable) and not isinstance(5, readers.iterable)


def test_retry_advice_without_a_delay_for_an_error_without_a_category_waits_the_fallback_delay(rt: ModuleType) -> None:
    model = importlib.import_module(f"{PACKAGE}._model")
    info = model.KucoinErrorInfo("spot", None, "", "unknown", retry=model.RetryAdvice("retry"))
    assert rt.retry_after(info) == 1.0


PRICE_TEMPLATE = r"^Price (-?[0-9]+(?:\.[0-9]+)?) is above the limit (-?[0-9]+(?:\.[0-9]+)?)$"
BORROW_TEMPLATE = r"^Maximum borrowing: (-?[0-9]+(?:\.[0-9]+)?)([A-Za-z][A-Za-z0-9]*)$"


def test_a_response_compiles_the_templates_of_its_own_code_only(rt: ModuleType) -> None:
    fresh = importlib.reload(rt)
    assert fresh.classify("spot", 300000, "Price 1 is above the limit 2").match == "template"
    assert list(fresh._COMPILED) == [PRICE_TEMPLATE]
    # A code without templates, and the same code again, compile nothing more.
    assert fresh.classify("spot", "200004", "Balance insufficient").match == "exact"
    assert fresh.classify("spot", 300000, "Price 5 is above the limit 2").match == "template"
    assert list(fresh._COMPILED) == [PRICE_TEMPLATE]


def test_a_message_without_a_code_compiles_only_the_templates_whose_literal_start_it_has_ignoring_case(rt: ModuleType) -> None:
    fresh = importlib.reload(rt)
    borrowed = fresh.classify("spot", None, "MAXIMUM borrowing: 3eth")
    assert (borrowed.code, borrowed.match, dict(borrowed.values)) == (130203, "template", {"amount": "3", "currency": "eth"})
    assert list(fresh._COMPILED) == [BORROW_TEMPLATE]
    assert fresh.classify("spot", None, "Maximum lending: 3ETH").code is None
    assert list(fresh._COMPILED) == [BORROW_TEMPLATE]


@pytest.mark.parametrize(
    ("source", "start"),
    [
        (PRICE_TEMPLATE, "price "),
        (r"^Rate \(1\.5\) \/ Day\-Two: (-?[0-9]+)$", "rate (1.5) / day-two: "),
        (r"^(x) and a tail$", ""),
        (r"^No placeholder at all$", "no placeholder at all"),
        (r"^Optional s? then (x)$", ""),
        (r"^Spaced\sout (x)$", "spaced"),
        (r"^\d+ units (x)$", ""),
        (r"^Max XBT size (x)$", "max xbt size "),
    ],
)
def test_a_templates_literal_start_is_read_up_to_its_first_group_with_escapes_undone_and_ascii_folded(rt: ModuleType, source: str, start: str) -> None:
    assert rt._literal_prefix(source) == start


def test_threads_racing_on_a_domains_first_responses_get_the_answers_one_thread_gets(rt: ModuleType) -> None:
    responses = [
        ("spot", 300000, "Price 1 is above the limit 2"),
        ("spot", None, "MAXIMUM borrowing: 3eth"),
        ("spot", "200004", "Balance insufficient"),
        ("spot", 999999, "Balance insufficient"),
        ("spot", None, "Maximum lending: 3ETH"),
    ]

    def answers(module: ModuleType) -> list[tuple[object, ...]]:
        results = [module.classify(*response) for response in responses]
        return [(r.code, r.match, r.category, dict(r.values)) for r in results]

    expected = answers(importlib.reload(rt))
    switch = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        for _ in range(10):
            fresh = importlib.reload(rt)
            with ThreadPoolExecutor(max_workers=8) as pool:
                outcomes = list(pool.map(lambda _: answers(fresh), range(8)))
            assert outcomes == [expected] * 8
    finally:
        sys.setswitchinterval(switch)


def test_a_code_nobody_documented_is_not_kept_so_responses_cannot_grow_the_tables(rt: ModuleType) -> None:
    fresh = importlib.reload(rt)
    for code in (999999, "999999", "0200004"):
        assert fresh.classify("spot", code, "Balance insufficient").match == "unknown"
    assert fresh.classify("spot", "200004", "Balance insufficient").match == "exact"
    assert sorted(map(str, fresh._INDEXES["spot"].resolved)) == ["200004"]
    assert sorted(map(str, fresh._INDEXES["spot"].matchers)) == ["200004", "200004"]


@pytest.mark.parametrize(
    "body", ['{"success": true, "msg": "Balance insufficient"}', '{"data": 1}', '{"code": "200000", "msg": "x"}', "<html>502</html>", b"", {"code": 200004}]
)
def test_parse_response_refuses_an_unknown_domain_whatever_the_response(rt: ModuleType, body: object) -> None:
    with pytest.raises(ValueError, match="unknown domain 'earn'; expected one of http, spot, futures, gateway"):
        rt.parse_response(200, body, domain="earn")


@pytest.mark.parametrize("text", ["Balance insufficient", "  Balance   insufficient . !", " Balance insufficient", "balance insufficient ..."])
def test_a_printable_message_is_trimmed_its_space_runs_collapsed_and_its_trailing_stops_dropped(rt: ModuleType, text: str) -> None:
    info = rt.classify("spot", 200004, text)
    assert (info.match, info.variant.id, info.message) == ("exact", "BALANCE", text)


def test_a_printable_message_keeps_inner_stops_and_other_punctuation(rt: ModuleType) -> None:
    assert rt.classify("spot", 200004, "Balance. insufficient").match == "code_only"
    assert rt.classify("spot", 200004, "Balance insufficient?").match == "code_only"
    assert rt.classify("spot", 200004, ".Balance insufficient").match == "code_only"


# The client glue (_glue), duck-typed: objects shaped as requests', httpx's and aiohttp's responses,
# python-kucoin's and ccxt's exceptions.

BALANCE_BODY = b'{"code":"200004","msg":"Balance insufficient"}'


class _Response:
    """A response as an HTTP client gives it: only the attributes it is built with."""

    def __init__(self, **attributes: object) -> None:
        vars(self).update(attributes)


class _KucoinAPIException(Exception):
    """python-kucoin's exception: the status, the response, and the code and message it read."""

    def __init__(self, status_code: object, response: object = None, code: object = None, message: object = None) -> None:
        super().__init__(message)
        self.status_code, self.response, self.code, self.message = status_code, response, code, message


@pytest.fixture(scope="module")
def glue(rt: ModuleType) -> ModuleType:
    return importlib.import_module(f"{PACKAGE}._glue")


def test_an_http_response_is_read_by_its_status_code_or_status_its_content_and_headers(glue: ModuleType) -> None:
    requests_like = _Response(status_code=400, content=BALANCE_BODY, headers={"gw-ratelimit-reset": "1500"})
    info = glue.parse_http_response(requests_like, domain="spot")
    assert (info.code, info.match, info.http_status, info.reset_ms, info.category) == (200004, "exact", 400, 1500.0, "insufficient_funds")
    aiohttp_like = _Response(status=503, headers=None)
    info = glue.parse_http_response(aiohttp_like, domain="spot", body="")
    assert (info.code, info.http_status, info.category, info.retry.max_attempts) == (None, 503, "maintenance", 3)
    text_body = _Response(status_code=200, content='{"code":"200000","data":{}}')
    assert glue.parse_http_response(text_body, domain="spot") is None


def test_a_boolean_status_code_is_no_status_and_the_next_attribute_is_read(glue: ModuleType) -> None:
    info = glue.parse_http_response(_Response(status_code=True, status=504, content=b""), domain="spot")
    assert (info.http_status, info.category) == (504, "network_timeout")


def test_a_response_without_a_status_or_a_read_body_is_refused_with_what_to_pass(glue: ModuleType) -> None:
    with pytest.raises(TypeError) as no_status:
        glue.parse_http_response(_Response(status_code="400", content=BALANCE_BODY), domain="spot")
    assert str(no_status.value) == "_Response has no HTTP status: expected status_code (requests, httpx) or status (aiohttp)"
    with pytest.raises(TypeError) as no_body:
        glue.parse_http_response(_Response(status=400, content=None), domain="spot")
    assert str(no_body.value) == "_Response has no body read yet: pass body=await response.read() (aiohttp)"


def test_raise_for_http_response_raises_the_category_class_or_the_base_class_and_nothing_on_success(glue: ModuleType, data: ModuleType) -> None:
    with pytest.raises(data.InsufficientFundsError) as raised:
        glue.raise_for_http_response(_Response(status_code=400, content=BALANCE_BODY), domain="spot")
    assert raised.value.info.code == 200004
    with pytest.raises(data.KucoinAPIError) as unknown:
        glue.raise_for_http_response(_Response(status_code=400, content=b'{"code":"999999","msg":"new"}'), domain="spot")
    assert type(unknown.value) is data.KucoinAPIError
    assert unknown.value.info.category is None
    assert glue.raise_for_http_response(_Response(status_code=200, content=b'{"code":"200000","data":1}'), domain="spot") is None


def test_a_python_kucoin_exception_is_classified_from_its_response_with_the_exception_as_cause(glue: ModuleType, data: ModuleType) -> None:
    exception = _KucoinAPIException(429, _Response(content=b'{"code":"200004","msg":"Balance insufficient"}', headers={"gw-ratelimit-reset": "900"}))
    error = glue.from_kucoin_exception(exception, domain="spot")
    assert type(error) is data.InsufficientFundsError
    assert (error.__cause__, error.info.http_status, error.info.reset_ms) == (exception, 429, 900.0)


def test_a_python_kucoin_exception_without_a_body_is_classified_from_its_code_and_message(glue: ModuleType, data: ModuleType) -> None:
    exception = _KucoinAPIException(400, None, code="400100", message="account.available.amount")
    error = glue.from_kucoin_exception(exception, domain="spot")
    assert (type(error), error.info.code, error.info.variant.id, error.__cause__) == (data.InsufficientFundsError, 400100, "AMOUNT", exception)


@pytest.mark.parametrize("status", [None, True, "400"])
def test_a_python_kucoin_exception_without_an_http_status_is_not_classified(glue: ModuleType, status: object) -> None:
    assert glue.from_kucoin_exception(_KucoinAPIException(status, None, code="200004", message="Balance insufficient"), domain="spot") is None


def test_a_python_kucoin_exception_carrying_a_success_is_not_classified(glue: ModuleType) -> None:
    assert glue.from_kucoin_exception(_KucoinAPIException(200, _Response(content=b'{"code":"200000","data":{}}')), domain="spot") is None


def test_a_ccxt_error_is_classified_from_the_body_in_its_message(glue: ModuleType, data: ModuleType) -> None:
    exception = Exception('kucoin {"code":"200004","msg":"Balance insufficient"}')
    error = glue.from_ccxt_error(exception, domain="spot", headers={"gw-ratelimit-reset": "250"})
    assert (type(error), error.info.http_status, error.info.reset_ms, error.__cause__) == (data.InsufficientFundsError, 200, 250.0, exception)


def test_a_ccxt_error_for_a_failed_status_is_classified_with_that_status(glue: ModuleType, data: ModuleType) -> None:
    with_body = glue.from_ccxt_error(Exception('kucoin GET https://api.kucoin.com/api/v1/x 400 Bad Request {"code":"400100","msg":"Parameter Error"}'), domain="spot")
    assert (type(with_body), with_body.info.http_status, with_body.info.variant.id) == (data.BadRequestError, 400, "PARAMETER")
    page = glue.from_ccxt_error(Exception("kucoin GET https://api.kucoin.com/api/v1/x 503 Service Unavailable <html>down</html>"), domain="spot")
    assert (type(page), page.info.http_status, page.info.code, page.info.message) == (data.MaintenanceError, 503, None, "Service Unavailable <html>down</html>")


@pytest.mark.parametrize("message", ["kucoin RequestTimeout", "kucoin", "kucoin GET https://api.kucoin.com 99 Odd", "kucoin GET https://api.kucoin.com 600 Odd", ""])
def test_a_ccxt_error_carrying_no_response_is_not_classified(glue: ModuleType, message: str) -> None:
    assert glue.from_ccxt_error(Exception(message), domain="spot") is None


def test_a_ccxt_error_carrying_a_success_body_is_not_classified(glue: ModuleType) -> None:
    assert glue.from_ccxt_error(Exception('kucoin {"code":"200000","data":[]}'), domain="spot") is None


def test_a_message_holding_an_information_separator_has_its_white_space_runs_made_one_space(rt: ModuleType) -> None:
    # str.split() would split on the separators too; the expression of the White_Space property does not.
    assert rt._normalise("\u3000Order \x1c\t\t failed\u00a0\u2028: because .") == "Order \x1c failed : because"
    assert rt._normalise("\t XBT\x1fXRP X") == "XBT\x1fXRP X"


@pytest.mark.parametrize("message", ["Balance insufficient", "A message the catalogue lacks"])
def test_the_rate_limit_reset_of_the_response_is_kept_whatever_the_match(rt: ModuleType, message: str) -> None:
    info = rt.parse_response(429, {"code": "200004", "msg": message}, {"gw-ratelimit-reset": "1500"}, domain="spot")
    assert (info.code, info.reset_ms) == (200004, 1500.0)


def test_a_header_value_with_white_space_around_its_digits_is_read(rt: ModuleType) -> None:
    assert rt.parse_response(429, b"", {"gw-ratelimit-reset": " \t1500 "}, domain="spot").reset_ms == 1500.0
    assert rt.parse_response(429, b"", {"gw-ratelimit-reset": "15 00"}, domain="spot").reset_ms is None


def test_headers_of_the_standard_library_s_http_message_are_read_through_their_items(rt: ModuleType) -> None:
    import http.client  # noqa: PLC0415

    message = http.client.HTTPMessage()
    message["Content-Type"] = "application/json"
    message["GW-RateLimit-Reset"] = "2500"
    assert rt.parse_response(429, b"", message, domain="spot").reset_ms == 2500.0


def test_case_is_ascii_case_so_the_kelvin_sign_is_no_k(rt: ModuleType) -> None:
    # Python's str.lower() and JavaScript's toLowerCase() both turn U+212A into "k"; the bindings compare ASCII case only.
    assert rt.classify("spot", 400001, "KC-API-KEY or KC-API-SIGN missing.").match == "exact"
    assert rt.classify("spot", 400001, "\u212aC-API-KEY or KC-API-SIGN missing.").match == "code_only"
    # So under the success code, the message names no failure.
    assert rt.parse_response(200, {"code": "200000", "msg": "KC-API-KEY or KC-API-SIGN missing."}, domain="spot").code == 400001
    assert rt.parse_response(200, {"code": "200000", "msg": "\u212aC-API-KEY or KC-API-SIGN missing."}, domain="spot") is None


def test_json_nesting_past_the_limit_is_refused_after_closed_brackets_too(rt: ModuleType) -> None:
    closed_first = '{"code":"200004","msg":"Balance insufficient","pad":[' + "[]," * 30 + '[]],"deep":' + "[" * 100 + "]" * 100 + "}"
    info = rt.parse_response(400, closed_first, domain="spot")
    assert (info.code, info.match, info.http_status) == (None, "unknown", 400)


def test_a_websocket_error_frame_keeps_its_code_when_its_message_is_new(rt: ModuleType) -> None:
    info = rt.parse_ws_message({"type": "error", "code": 509, "data": "a message the catalogue lacks"})
    assert (info.code, info.match, info.entry.name) == (509, "code_only", "LIMIT_OR_BUSY")


def test_cloudflare_s_rate_limited_page_is_recognised_in_any_case(rt: ModuleType) -> None:
    fresh = importlib.reload(rt)  # the readers made again, inside this test
    for page in ("<title>Error 1015</title> RATE LIMITED", "error 1015: Rate-Limited"):
        assert fresh.parse_response(503, page, domain="spot").code == 1015, page


def test_a_page_is_cloudflare_s_1015_only_when_it_names_both_the_code_and_the_rate_limit_with_ascii_word_boundaries(rt: ModuleType) -> None:
    fresh = importlib.reload(rt)  # the readers made again, inside this test
    # As JavaScript's \b: a letter outside ASCII is no word character, so the code right after one is a word of its own.
    assert fresh.parse_response(503, "<p>\u041e\u0448\u0438\u0431\u043a\u04301015: rate limited</p>", domain="spot").code == 1015
    for page in ("<title>Error 1015</title> Access denied", "<title>Slow down</title> You are being rate limited", "Error 10150: rate limited"):
        assert fresh.parse_response(503, page, domain="spot").code is None, page


def test_a_fresh_runtime_reads_a_decoded_body_deep_nesting_a_huge_number_and_information_separators_from_its_first_call(rt: ModuleType) -> None:
    fresh = importlib.reload(rt)  # the readers made again, inside this test
    assert fresh.parse_response(400, {"code": "200004", "msg": "Balance insufficient"}, domain="spot").match == "exact"
    deep = '{"code":"200004","msg":"Balance insufficient","deep":' + "[" * 101 + "]" * 101 + "}"
    assert fresh.parse_response(400, deep, domain="spot").code is None
    # JavaScript reads a number of thousands of digits as Infinity, where Python's int() refuses one of more than 4300.
    assert fresh.parse_response(400, '{"code": 1' + "0" * 5000 + "}", domain="spot").code == "Infinity"
    assert fresh._normalise("Order \x1c\t\t failed") == "Order \x1c failed"


class _DecoderOutOfStackOnTheMainThread:
    """A JSON decoder that runs out of stack on the main thread, as one called near the recursion limit does, and reads on any other."""

    def __init__(self, decoder: json.JSONDecoder) -> None:
        self.decoder = decoder

    def raw_decode(self, text: str, start: int = 0) -> tuple[object, int]:
        if threading.current_thread() is threading.main_thread():
            raise RecursionError
        return self.decoder.raw_decode(text, start)


def test_a_body_too_deep_for_the_caller_s_stack_is_read_on_a_fresh_thread_with_the_same_answers(rt: ModuleType) -> None:
    fresh = importlib.reload(rt)
    readers = fresh._readers()
    readers.json = _DecoderOutOfStackOnTheMainThread(readers.json)
    info = fresh.parse_response(400, ' {"code":"200004","msg":"Balance insufficient"} ', domain="spot")
    assert (info.code, info.match) == (200004, "exact")
    refused = fresh.parse_response(400, '{"code": "200004", "msg": NaN}', domain="spot")
    assert (refused.code, refused.http_status) == (None, 400)


def test_the_message_of_a_body_that_is_not_json_is_trimmed_of_white_space_only_not_of_information_separators(rt: ModuleType) -> None:
    info = rt.parse_response(502, "\u3000\x1cBad gateway\x1f\n", domain="spot")
    assert info.message == "\x1cBad gateway\x1f"


@pytest.mark.parametrize(("status", "success"), [(199, False), (200, True), (204, True), (299, True), (300, False)])
def test_a_body_with_data_and_no_code_is_a_success_under_every_2xx_status_and_no_other(rt: ModuleType, status: int, success: bool) -> None:
    assert (rt.parse_response(status, '{"data": {"orderId": "1"}}', domain="spot") is None) is success


def test_a_message_up_to_the_template_match_limit_fills_a_template_with_or_without_its_code(rt: ModuleType) -> None:
    head = "Price 1 is above the limit "
    at_limit = head + "2" * (1000 - len(head))  # the fixture's TEMPLATE_MATCH_LIMIT: 1000 characters
    for code in (None, 300000):
        info = rt.classify("spot", code, at_limit)
        assert (info.code, info.match) == (300000, "template"), code
    assert rt.classify("spot", None, at_limit + "2").code is None
    assert rt.classify("spot", 300000, at_limit + "2").match == "code_only"


def test_retry_after_without_attempts_counts_the_request_as_sent_once(rt: ModuleType) -> None:
    model = importlib.import_module(f"{PACKAGE}._model")
    info = model.KucoinErrorInfo("spot", None, "", "unknown", category="rate_limited", retry=model.RetryAdvice("retry", max_attempts=2))
    assert rt.retry_after(info) == 1.0
    assert rt.retry_after(info, attempts=2) is None


class _BareException(Exception):
    """An exception carrying only the attributes it is built with (python-kucoin's request errors carry no response)."""

    def __init__(self, **attributes: object) -> None:
        super().__init__("bare")
        vars(self).update(attributes)


def test_a_response_without_any_content_attribute_is_refused_with_what_to_pass(glue: ModuleType, data: ModuleType) -> None:
    with pytest.raises(TypeError, match=r"^_Response has no body read yet: pass body=await response.read\(\) \(aiohttp\)$"):
        glue.parse_http_response(_Response(status=400), domain="spot")
    # Given the body, as aiohttp's users pass it, both functions read it.
    assert glue.parse_http_response(_Response(status=400), domain="spot", body=BALANCE_BODY).code == 200004
    with pytest.raises(data.InsufficientFundsError):
        glue.raise_for_http_response(_Response(status=400), domain="spot", body=BALANCE_BODY)


def test_a_ccxt_error_whose_body_holds_nested_objects_is_read_from_its_first_brace(glue: ModuleType) -> None:
    error = glue.from_ccxt_error(Exception('kucoin {"code":"200004","msg":"Balance insufficient","data":{"id":{}}}'), domain="spot")
    assert (error.info.code, error.info.match) == (200004, "exact")


def test_a_python_kucoin_exception_is_classified_by_its_code_even_when_its_message_is_new(glue: ModuleType) -> None:
    error = glue.from_kucoin_exception(_KucoinAPIException(400, None, code="200004", message="a message the catalogue lacks"), domain="spot")
    assert (error.info.code, error.info.match, error.info.message) == (200004, "code_only", "a message the catalogue lacks")


def test_an_exception_missing_python_kucoin_s_attributes_is_read_with_what_it_has(glue: ModuleType, data: ModuleType) -> None:
    assert glue.from_kucoin_exception(ValueError("raised before any request"), domain="spot") is None
    only_status = glue.from_kucoin_exception(_BareException(status_code=503), domain="spot")
    assert (type(only_status), only_status.info.code, only_status.info.message, only_status.info.http_status) == (data.MaintenanceError, None, "", 503)
    no_response = glue.from_kucoin_exception(_BareException(status_code=400, code="200004", message="Balance insufficient"), domain="spot")
    assert (type(no_response), no_response.info.match) == (data.InsufficientFundsError, "exact")
