"""Hand-checked decisions: real-shaped KuCoin responses and what both bindings must decide for each.

Every expected value below is written by hand, from the catalogue (catalog/*.yaml) and the README
("Categories", "Retry actions", "From a response to a decision"), never taken from a binding. The
table has at least one response per category and one per match kind (exact, template with its
values, code_only, unknown); each is run through the Python package and the compiled TypeScript
module, and both must give exactly the expected decision.

Waits, in milliseconds, by the README's order: the header the advice names (gw-ratelimit-reset), the
catalogue's block time (futures 1015: 30 s, futures 200002: 10 s), else the category's default delay
(maintenance 30 s; rate_limited, operation_in_progress, exchange_unavailable 1 s; 1 s otherwise); none
when the action is not retry or wait (a timeout is check_state: look the write up, never resend it blindly).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from tests.conftest import GENERATED_DIR, ROOT

sys.path.insert(0, str(GENERATED_DIR / "python"))
import kucoin_errors  # noqa: E402

PARSE_RESPONSES = ROOT / "tests" / "dumpers" / "parse_responses.cjs"


class Response(NamedTuple):
    domain: str
    status: int
    body: str
    headers: dict[str, str] | None = None


class Decision(NamedTuple):
    code: int | str | None
    match: str
    entry: tuple[str, int] | None  # (domain, code) of the catalogue entry
    variant: str | None
    values: dict[str, str]
    category: str | None
    action: str | None
    wait_ms: int | None


def body(code: str, msg: str) -> str:
    return json.dumps({"code": code, "msg": msg})


DECISIONS: dict[str, tuple[Response, Decision]] = {
    # authentication
    "authentication": (Response("futures", 401, body("400003", "KC-API-KEY not exists")),
                       Decision(400003, "exact", ("futures", 400003), "API_KEY_NOT_FOUND", {}, "authentication", "reauthenticate", None)),
    # invalid_nonce
    "invalid-nonce": (Response("spot", 400, body("400002", "KC-API-TIMESTAMP Invalid")),
                      Decision(400002, "exact", ("spot", 400002), "INVALID_TIMESTAMP", {}, "invalid_nonce", "reauthenticate", None)),
    # permission_denied: the body's code decides, not the 403 (which alone would mean "wait"), and its header is ignored
    "permission-denied-with-http-403": (Response("futures", 403, body("400007", "Access Denied"), {"gw-ratelimit-reset": "800"}),
                                        Decision(400007, "exact", ("futures", 400007), "ACCESS_DENIED", {}, "permission_denied", "stop", None)),
    # account_suspended
    "account-suspended": (Response("futures", 400, body("411100", "User is frozen")),
                          Decision(411100, "exact", ("futures", 411100), "USER_FROZEN", {}, "account_suspended", "contact_support", None)),
    # account_not_enabled
    "account-not-enabled": (Response("margin", 400, body("130306", "The account has not opened leveraged trading")),
                            Decision(130306, "exact", ("margin", 130306), "MARGIN_NOT_ENABLED", {}, "account_not_enabled", "stop", None)),
    # kyc_required, exact and as a template whose XX is a currency
    "kyc-required": (Response("margin", 400, body("126047", "Please complete identity verification")),
                     Decision(126047, "exact", ("margin", 126047), "KYC_REQUIRED", {}, "kyc_required", "stop", None)),
    "kyc-required-template": (Response("spot", 200, body("200009", "Please complete the KYC verification before you trade BTC")),
                              Decision(200009, "template", ("spot", 200009), "KYC_REQUIRED", {"currency": "BTC"}, "kyc_required", "stop", None)),
    # region_restricted
    "region-restricted": (Response("margin", 400, body("130315", "This feature has been suspended due to country restrictions")),
                          Decision(130315, "exact", ("margin", 130315), "FEATURE_COUNTRY_RESTRICTED", {}, "region_restricted", "stop", None)),
    # bad_request
    "bad-request": (Response("futures", 400, body("100001", "There are invalid parameters")),
                    Decision(100001, "exact", ("futures", 100001), "INVALID_PARAMETERS", {}, "bad_request", "fix_request", None)),
    # bad_symbol: futures' 200003 (spot's 200003 means something else)
    "bad-symbol": (Response("futures", 400, body("200003", "The symbol parameter is invalid.")),
                   Decision(200003, "exact", ("futures", 200003), "INVALID_SYMBOL", {}, "bad_symbol", "fix_request", None)),
    # not_supported
    "not-supported": (Response("futures", 415, body("415000", "Unsupported Media Type")),
                      Decision(415000, "exact", ("futures", 415000), "UNSUPPORTED_MEDIA_TYPE", {}, "not_supported", "fix_request", None)),
    # not_found
    "not-found": (Response("earn", 400, body("151001", "Product does not exist")),
                  Decision(151001, "exact", ("earn", 151001), "PRODUCT_NOT_FOUND", {}, "not_found", "fix_request", None)),
    # insufficient_funds, and a key row whose variant overrides its code's bad_request
    "insufficient-funds": (Response("earn", 400, body("151009", "Insufficient balance")),
                           Decision(151009, "exact", ("earn", 151009), "BALANCE_INSUFFICIENT", {}, "insufficient_funds", "top_up", None)),
    "insufficient-funds-by-key": (Response("spot", 400, body("400100", "account.available.amount")),
                                  Decision(400100, "exact", ("spot", 400100), "INSUFFICIENT_BALANCE", {}, "insufficient_funds", "top_up", None)),
    # invalid_order, a template with a number
    "invalid-order-template": (Response("margin", 400, body("126029", "The maximum order price is: 105.5")),
                               Decision(126029, "template", ("margin", 126029), "PRICE_ABOVE_MAXIMUM", {"max_price": "105.5"}, "invalid_order", "fix_request", None)),
    # order_not_found
    "order-not-found": (Response("margin", 400, body("126043", "Order does not exist")),
                        Decision(126043, "exact", ("margin", 126043), "ORDER_NOT_FOUND", {}, "order_not_found", "stop", None)),
    # duplicate_order_id
    "duplicate-order-id": (Response("futures", 400, body("300018", "clientOid parameter repeated")),
                           Decision(300018, "exact", ("futures", 300018), "DUPLICATE_CLIENT_OID", {}, "duplicate_order_id", "stop", None)),
    # limit_exceeded, a template with two xxx told apart by position
    "limit-exceeded-template": (Response("futures", 400, body("300001", "Active order quantity limit exceeded (limit: 200; current: 201)")),
                                Decision(300001, "template", ("futures", 300001), "ACTIVE_ORDER_LIMIT_EXCEEDED", {"limit": "200", "current": "201"},
                                         "limit_exceeded", "fix_request", None)),
    # operation_rejected, as a code and as a variant overriding operation_in_progress
    "operation-rejected": (Response("earn", 400, body("151003", "Subscription ended")),
                           Decision(151003, "exact", ("earn", 151003), "SUBSCRIPTION_ENDED", {}, "operation_rejected", "stop", None)),
    "operation-rejected-variant": (Response("margin", 400, body("130202", "Please pay off all debts before proceeding")),
                                   Decision(130202, "exact", ("margin", 130202), "DEBTS_OUTSTANDING", {}, "operation_rejected", "stop", None)),
    # operation_in_progress: retry after the category's default second
    "operation-in-progress": (Response("margin", 400, body("130202", "The system is renewing the loan automatically. Please try again later")),
                              Decision(130202, "exact", ("margin", 130202), "LOAN_AUTO_RENEWING", {}, "operation_in_progress", "retry", 1000)),
    # rate_limited: the reset header, the catalogue's 10 s block (with HTTP 200), Cloudflare's 1015 page (30 s)
    "rate-limited-reset-header": (Response("futures", 429, body("429000", "Too Many Requests"), {"gw-ratelimit-reset": "1500"}),
                                  Decision(429000, "exact", ("futures", 429000), "TOO_MANY_REQUESTS", {}, "rate_limited", "wait", 1500)),
    "rate-limited-block-10s": (Response("futures", 200, body("200002", "Too many requests in a short period of time, please retry later--kucoin business layer request frequency limit, block 10s")),
                               Decision(200002, "exact", ("futures", 200002), "BUSINESS_RATE_LIMIT", {}, "rate_limited", "wait", 10_000)),
    "rate-limited-cloudflare-page": (Response("spot", 429, "<html><body><h1>Error 1015</h1><p>You are being rate limited</p></body></html>"),
                                     Decision(1015, "code_only", ("futures", 1015), None, {}, "rate_limited", "wait", 30_000)),
    # maintenance: retry after the category's default 30 s
    "maintenance": (Response("futures", 400, body("300002", "Order placement/cancellation suspended, please try again later.")),
                    Decision(300002, "exact", ("futures", 300002), "TRADING_SUSPENDED", {}, "maintenance", "retry", 30_000)),
    "maintenance-spot-200002": (Response("spot", 400, body("200002", "Order cancel for this pair suspended")),
                                Decision(200002, "exact", ("spot", 200002), "ORDER_CANCEL_SUSPENDED", {}, "maintenance", "retry", 30_000)),
    # exchange_unavailable
    "exchange-unavailable": (Response("spot", 400, body("230005", "The system is busy, please try again later")),
                             Decision(230005, "exact", ("spot", 230005), "SYSTEM_BUSY", {}, "exchange_unavailable", "retry", 1000)),
    # An internal error may come after the server acted: a write is looked up before it is sent again.
    "internal-server-error-checks-state": (Response("futures", 500, body("500000", "Internal Server Error")),
                                           Decision(500000, "exact", ("futures", 500000), "INTERNAL_SERVER_ERROR", {}, "exchange_unavailable", "check_state", None)),
    "unknown-code-http-500-checks-state": (Response("margin", 500, body("999999", "Brand new failure")),
                                           Decision(999999, "unknown", None, None, {}, "exchange_unavailable", "check_state", None)),
    # network_timeout, as a code and as a variant overriding operation_in_progress
    "network-timeout": (Response("margin", 504, body("408000", "Network timeout, please try again later")),
                        Decision(408000, "exact", ("margin", 408000), "NETWORK_TIMEOUT", {}, "network_timeout", "check_state", None)),
    "network-timeout-variant": (Response("margin", 400, body("130202", "A timeout has occurred. The system is currently processing")),
                                Decision(130202, "exact", ("margin", 130202), "PROCESSING_TIMEOUT", {}, "network_timeout", "check_state", None)),
    # exchange_error
    "exchange-error": (Response("futures", 400, body("300010", "Failed to close the position")),
                       Decision(300010, "exact", ("futures", 300010), "CLOSE_POSITION_FAILED", {}, "exchange_error", "stop", None)),
    # code_only: a known code with a message the catalogue does not have takes the code's own advice
    "code-only-reworded": (Response("futures", 401, body("400003", "KC-API-KEY was not found")),
                           Decision(400003, "code_only", ("futures", 400003), None, {}, "authentication", "reauthenticate", None)),
    "code-only-multi-variant-code": (Response("margin", 400, body("130202", "Something new is happening")),
                                     Decision(130202, "code_only", ("margin", 130202), None, {}, "operation_in_progress", "retry", 1000)),
    # unknown: an unknown code takes the HTTP status's advice, or none with HTTP 200
    "unknown-code-http-200": (Response("spot", 200, body("999999", "Brand new failure")),
                              Decision(999999, "unknown", None, None, {}, None, None, None)),
    "unknown-code-http-503": (Response("spot", 503, body("999999", "Brand new failure")),
                              Decision(999999, "unknown", None, None, {}, "maintenance", "retry", 30_000)),
    "unknown-code-http-404": (Response("earn", 404, body("999999", "Brand new failure")),
                              Decision(999999, "unknown", None, None, {}, "not_found", "fix_request", None)),
    "unknown-no-code-html-502": (Response("spot", 502, "<html><body><h1>502 Bad Gateway</h1></body></html>"),
                                 Decision(None, "unknown", None, None, {}, "exchange_unavailable", "check_state", None)),
    "unknown-no-code-http-429": (Response("margin", 429, "", {"gw-ratelimit-reset": "2500"}),
                                 Decision(None, "unknown", None, None, {}, "rate_limited", "wait", 2500)),
}

# The 23 categories of the README's "Categories" table, written out here.
CATEGORIES = {
    "authentication", "invalid_nonce", "permission_denied", "account_suspended", "account_not_enabled", "kyc_required", "region_restricted",
    "bad_request", "bad_symbol", "not_supported", "not_found", "insufficient_funds", "invalid_order", "order_not_found", "duplicate_order_id",
    "limit_exceeded", "operation_rejected", "operation_in_progress", "rate_limited", "maintenance", "exchange_unavailable", "network_timeout",
    "exchange_error",
}


def test_the_table_has_a_decision_for_every_category_and_every_match_kind() -> None:
    schema = json.loads((ROOT / "schema" / "error_catalog.schema.json").read_text(encoding="utf-8"))
    assert {option["const"] for option in schema["$defs"]["category"]["oneOf"]} == CATEGORIES
    assert {decision.category for _, decision in DECISIONS.values()} - {None} == CATEGORIES
    assert {decision.match for _, decision in DECISIONS.values()} == {"exact", "template", "code_only", "unknown"}
    assert any(decision.match == "template" and len(decision.values) == 2 for _, decision in DECISIONS.values())


def python_decision(response: Response) -> Decision:
    info = kucoin_errors.parse_response(response.status, response.body.encode("utf-8"), response.headers, domain=response.domain)  # type: ignore[arg-type]
    assert info is not None
    wait = kucoin_errors.retry_after(info)
    return Decision(
        info.code, info.match,
        None if info.entry is None else (info.entry.domain, info.entry.code),
        None if info.variant is None else info.variant.id,
        dict(info.values), info.category,
        None if info.retry is None else info.retry.action,
        None if wait is None else round(wait * 1000),
    )


def typescript_decision(outcome: dict[str, Any]) -> Decision:
    assert outcome["ok"] is False
    entry = outcome["entry"]
    return Decision(
        outcome["code"], outcome["match"], None if entry is None else (entry[0], entry[1]), outcome["variant"], outcome["values"], outcome["category"],
        None if outcome["retry"] is None else outcome["retry"]["action"], outcome["retry_after_ms"],
    )


@pytest.fixture(scope="module")
def typescript_decisions(compiled_typescript: Path) -> dict[str, Decision]:
    cases = [{"domain": r.domain, "status": r.status, "body": {"kind": "text", "value": r.body}, "headers": r.headers} for r, _ in DECISIONS.values()]
    result = subprocess.run(["node", str(PARSE_RESPONSES), str(compiled_typescript)], input=json.dumps(cases),
                            capture_output=True, text=True, encoding="utf-8", check=False)
    assert result.returncode == 0, result.stderr
    return {name: typescript_decision(outcome) for name, outcome in zip(DECISIONS, json.loads(result.stdout), strict=True)}


@pytest.mark.parametrize("name", list(DECISIONS))
def test_python_gives_the_hand_checked_decision(name: str) -> None:
    response, expected = DECISIONS[name]
    assert python_decision(response) == expected


@pytest.mark.parametrize("name", list(DECISIONS))
def test_typescript_gives_the_hand_checked_decision(name: str, typescript_decisions: dict[str, Decision]) -> None:
    assert typescript_decisions[name] == DECISIONS[name][1]


@pytest.mark.parametrize("name", list(DECISIONS))
def test_the_python_wait_in_seconds_is_the_decisions_milliseconds(name: str) -> None:
    response, expected = DECISIONS[name]
    info = kucoin_errors.parse_response(response.status, response.body, response.headers, domain=response.domain)  # type: ignore[arg-type]
    assert info is not None
    assert kucoin_errors.retry_after(info) == (None if expected.wait_ms is None else expected.wait_ms / 1000)
    assert (info.retry is not None and info.retry.retryable) == (expected.action in ("retry", "wait"))


def test_python_raises_the_exception_of_each_decisions_category() -> None:
    classes = {"rate_limited": kucoin_errors.RateLimitError, "authentication": kucoin_errors.AuthenticationError,
               "insufficient_funds": kucoin_errors.InsufficientFundsError}
    for response, expected in DECISIONS.values():
        with pytest.raises(kucoin_errors.KucoinAPIError) as raised:
            kucoin_errors.raise_for_response(response.status, response.body, response.headers, domain=response.domain)  # type: ignore[arg-type]
        assert raised.value.info.code == expected.code
        if expected.category is None:
            assert type(raised.value) is kucoin_errors.KucoinAPIError
        else:
            assert type(raised.value) is kucoin_errors.ERROR_CLASSES[expected.category]  # type: ignore[index]
            if expected.category in classes:
                assert type(raised.value) is classes[expected.category]
