"""A domain the catalogue does not have is an error in both bindings, never a silent "unknown code" or success."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import GENERATED_DIR

sys.path.insert(0, str(GENERATED_DIR / "python"))
import kucoin_errors  # noqa: E402

PYTHON_MESSAGE = "unknown domain {!r}; expected one of http, spot, margin, futures, earn, broker, copytrading, websocket, gateway, pro_api"
BALANCE = '{"code":"200004","msg":"Balance insufficient"}'

PYTHON_CALLS: dict[str, Callable[[Any], Any]] = {  # Any: the domains are deliberately outside the Literal type
    "lookup": lambda domain: kucoin_errors.lookup(domain, 200004),
    "lookup-string-code": lambda domain: kucoin_errors.lookup(domain, "200004"),
    "lookup-unknown-code": lambda domain: kucoin_errors.lookup(domain, 999999),
    "is_success-success-code": lambda domain: kucoin_errors.is_success(domain, "200000"),
    "is_success-error-code": lambda domain: kucoin_errors.is_success(domain, 200004),
    "classify": lambda domain: kucoin_errors.classify(domain, 200004, "Balance insufficient"),
    "classify-without-code": lambda domain: kucoin_errors.classify(domain, None, "Balance insufficient"),
    "parse_response-error": lambda domain: kucoin_errors.parse_response(400, BALANCE, domain=domain),
    "parse_response-success": lambda domain: kucoin_errors.parse_response(200, '{"code":"200000"}', domain=domain),
    "parse_response-html": lambda domain: kucoin_errors.parse_response(502, "<html>Bad Gateway</html>", domain=domain),
    "raise_for_response": lambda domain: kucoin_errors.raise_for_response(400, BALANCE, domain=domain),
    "batch_failures": lambda domain: kucoin_errors.batch_failures({"code": "200000", "data": [json.loads(BALANCE)]}, domain=domain),
}


@pytest.mark.parametrize("domain", ["nope", "Spot", "SPOT", " spot", "", "__class__"])
@pytest.mark.parametrize("call", list(PYTHON_CALLS))
def test_python_raises_value_error_naming_the_domains_for_an_unknown_domain(call: str, domain: str) -> None:
    with pytest.raises(ValueError) as raised:
        PYTHON_CALLS[call](domain)
    assert str(raised.value) == PYTHON_MESSAGE.format(domain)
    assert not isinstance(raised.value, kucoin_errors.KucoinAPIError)


def test_lookup_raises_for_an_unknown_domain_but_returns_none_for_an_unknown_code() -> None:
    with pytest.raises(ValueError, match="unknown domain 'nope'"):
        kucoin_errors.lookup("nope", 200004)
    assert kucoin_errors.lookup("spot", 999999) is None
    assert kucoin_errors.lookup("spot", 200004) is kucoin_errors.SpotErrorCode.BALANCE_INSUFFICIENT


# TypeScript today: every entry point throws for a domain it does not have (cast past the type checker).
# classifyMessage throws a RangeError naming the domain; the others throw whatever error the missing
# table gives, so only "throws an Error, returns nothing" is pinned for them.
TYPESCRIPT_PROGRAM = """
const k = require(process.argv[1]);
const balance = '{"code":"200004","msg":"Balance insufficient"}';
const calls = {
  "lookupError": (d) => k.lookupError(d, "200004"),
  "lookupError-number": (d) => k.lookupError(d, 200004),
  "lookupError-unknown-code": (d) => k.lookupError(d, "999999"),
  "isSuccessCode-success-code": (d) => k.isSuccessCode(d, "200000"),
  "isSuccessCode-error-code": (d) => k.isSuccessCode(d, 200004),
  "classifyMessage": (d) => k.classifyMessage(d, "200004", "Balance insufficient"),
  "classifyMessage-without-code": (d) => k.classifyMessage(d, null, "Balance insufficient"),
  "parseKucoinResponse-error": (d) => k.parseKucoinResponse(d, 400, balance),
  "parseKucoinResponse-success": (d) => k.parseKucoinResponse(d, 200, '{"code":"200000"}'),
  "parseKucoinResponse-html": (d) => k.parseKucoinResponse(d, 502, "<html>Bad Gateway</html>"),
  "throwForResponse": (d) => k.throwForResponse(d, 400, balance),
  "batchFailures": (d) => k.batchFailures(d, { code: "200000", data: [JSON.parse(balance)] }),
};
const out = {};
for (const domain of JSON.parse(process.argv[2])) {
  for (const [name, call] of Object.entries(calls)) {
    let result;
    try {
      result = { returned: call(domain) === undefined ? "undefined" : "a value" };
    } catch (e) {
      result = { threw: e instanceof Error, kucoin: e instanceof k.KucoinApiError, type: e.constructor.name, message: e.message };
    }
    out[`${name} ${domain}`] = result;
  }
}
process.stdout.write(JSON.stringify(out));
"""
TYPESCRIPT_DOMAINS = ["nope", "Spot", "", "__proto__", "constructor", "toString", "valueOf", "hasOwnProperty"]
# Names every object carries must not pass for domains (lookupError("constructor", ...) once returned a String object).
PROTOTYPE_NAMES = ["constructor", "toString", "valueOf", "hasOwnProperty"]


@pytest.fixture(scope="module")
def typescript_results(compiled_typescript: Path) -> dict[str, dict[str, Any]]:
    result = subprocess.run(["node", "-e", TYPESCRIPT_PROGRAM, str(compiled_typescript), json.dumps(TYPESCRIPT_DOMAINS)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    results: dict[str, dict[str, Any]] = json.loads(result.stdout)
    return results


def test_typescript_throws_an_error_and_returns_nothing_for_an_unknown_domain(typescript_results: dict[str, dict[str, Any]]) -> None:
    assert len(typescript_results) == 12 * len(TYPESCRIPT_DOMAINS)
    for call, result in typescript_results.items():
        assert "returned" not in result, (call, result)
        assert (result["threw"], result["kucoin"]) == (True, False), (call, result)


@pytest.mark.parametrize("domain", TYPESCRIPT_DOMAINS)
def test_typescript_classify_message_throws_a_range_error_naming_an_unknown_domain(typescript_results: dict[str, dict[str, Any]], domain: str) -> None:
    for call in ("classifyMessage", "classifyMessage-without-code"):
        result = typescript_results[f"{call} {domain}"]
        assert (result["type"], result["message"]) == ("RangeError", f"unknown domain {json.dumps(domain)}")


@pytest.mark.parametrize("domain", PROTOTYPE_NAMES)
def test_typescript_lookup_error_throws_for_a_domain_named_like_an_object_prototype_member(
        typescript_results: dict[str, dict[str, Any]], domain: str) -> None:
    for call in ("lookupError", "lookupError-number", "lookupError-unknown-code"):
        result = typescript_results[f"{call} {domain}"]
        assert (result.get("type"), result.get("message")) == ("RangeError", f"unknown domain {json.dumps(domain)}"), call


def test_typescript_lookup_error_still_finds_a_known_domain(compiled_typescript: Path) -> None:
    program = ("const k = require(process.argv[1]);"
               "const e = k.lookupError('spot', '200004'); const u = k.lookupError('spot', '999999');"
               "process.stdout.write(JSON.stringify([e.code, e.name, e.category, u === undefined]));")
    result = subprocess.run(["node", "-e", program, str(compiled_typescript)], capture_output=True, text=True, check=True)
    assert json.loads(result.stdout) == [200004, "BALANCE_INSUFFICIENT", "insufficient_funds", True]
