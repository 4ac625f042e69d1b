"""The Python binding's client glue reads real HTTP clients' responses and real exchange libraries' exceptions.

Each library runs as a user runs it, on recorded KuCoin bodies, without the
network: requests and python-kucoin through a transport adapter, httpx through
its mock transport, aiohttp against a server on the loopback interface, ccxt
through the error handlers its kucoin exchange calls on a response.
"""

from __future__ import annotations

import asyncio
import io
import json
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import aiohttp
import ccxt
import httpx
import pytest
import requests
import requests.adapters
import urllib3
from aiohttp import web
from aiohttp.test_utils import TestServer
from kucoin.client import Client as KucoinClient
from kucoin.exceptions import KucoinAPIException

from tests.conftest import GENERATED_DIR

sys.path.insert(0, str(GENERATED_DIR / "python"))
import kucoin_errors  # noqa: E402
from kucoin_errors import (  # noqa: E402
    AuthenticationError,
    FuturesErrorCode,
    InsufficientFundsError,
    KucoinAPIError,
    RateLimitError,
    SpotErrorCode,
    from_ccxt_error,
    from_kucoin_exception,
    parse_http_response,
    raise_for_http_response,
    retry_after,
)

# Bodies as KuCoin sends them.
BALANCE_INSUFFICIENT = b'{"code":"200004","msg":"Balance insufficient"}'
TOO_MANY_REQUESTS = b'{"code":"429000","msg":"Too Many Requests"}'
KEY_NOT_FOUND = b'{"code":"400003","msg":"KC-API-KEY does not exist"}'
RESET_HEADERS = {"Content-Type": "application/json", "gw-ratelimit-reset": "1500"}


class RecordedAdapter(requests.adapters.HTTPAdapter):
    """A requests transport that answers every request with one recorded response."""

    def __init__(self, status: int, body: bytes, headers: Mapping[str, str]) -> None:
        super().__init__()
        self.recorded = (status, body, dict(headers))

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> requests.Response:  # noqa: ARG002
        status, body, headers = self.recorded
        raw = urllib3.HTTPResponse(body=io.BytesIO(body), status=status, headers=headers, preload_content=False)
        return self.build_response(request, raw)


def _requests_response(status: int, body: bytes, headers: Mapping[str, str]) -> requests.Response:
    session = requests.Session()
    session.mount("https://", RecordedAdapter(status, body, headers))
    return session.get("https://api.kucoin.com/api/v1/accounts")


def _httpx_response(status: int, body: bytes, headers: Mapping[str, str]) -> httpx.Response:
    transport = httpx.MockTransport(lambda request: httpx.Response(status, content=body, headers=headers))  # noqa: ARG005
    with httpx.Client(transport=transport) as client:
        return client.get("https://api-futures.kucoin.com/api/v1/orders")


def test_a_requests_response_is_classified_with_its_status_body_and_headers() -> None:
    info = parse_http_response(_requests_response(429, TOO_MANY_REQUESTS, RESET_HEADERS), domain="futures")
    assert info is not None
    assert info.entry is FuturesErrorCode.TOO_MANY_REQUESTS.info
    assert (info.http_status, info.reset_ms, retry_after(info)) == (429, 1500, 1.5)


def test_an_httpx_response_raises_the_category_class() -> None:
    with pytest.raises(InsufficientFundsError) as raised:
        raise_for_http_response(_httpx_response(200, BALANCE_INSUFFICIENT, {}), domain="spot")
    assert raised.value.info.entry is SpotErrorCode.BALANCE_INSUFFICIENT.info


def test_a_success_response_gives_none() -> None:
    response = _httpx_response(200, b'{"code":"200000","data":[]}', {})
    assert parse_http_response(response, domain="spot") is None
    raise_for_http_response(response, domain="spot")


def test_an_aiohttp_response_is_classified_with_the_body_it_has_read() -> None:
    async def handler(request: web.Request) -> web.Response:  # noqa: ARG001
        return web.Response(status=429, body=TOO_MANY_REQUESTS, headers=RESET_HEADERS)

    async def fetch() -> tuple[kucoin_errors.KucoinErrorInfo | None, str]:
        app = web.Application()
        app.router.add_get("/api/v1/orders", handler)
        async with TestServer(app) as server, aiohttp.ClientSession() as session, session.get(server.make_url("/api/v1/orders")) as response:
            with pytest.raises(TypeError) as unread:
                parse_http_response(response, domain="futures")
            return parse_http_response(response, domain="futures", body=await response.read()), str(unread.value)

    info, unread = asyncio.run(fetch())
    assert info is not None
    assert (info.entry, info.reset_ms) == (FuturesErrorCode.TOO_MANY_REQUESTS.info, 1500)
    assert "pass body=await response.read()" in unread


def test_an_object_without_a_status_is_refused_with_what_was_expected() -> None:
    with pytest.raises(TypeError, match=r"dict has no HTTP status: expected status_code \(requests, httpx\) or status \(aiohttp\)"):
        parse_http_response({"content": BALANCE_INSUFFICIENT}, domain="spot")


def _python_kucoin_failure(status: int, body: bytes, headers: Mapping[str, str]) -> KucoinAPIException:
    client = KucoinClient("key", "secret", "passphrase")
    client.session.mount("https://", RecordedAdapter(status, body, headers))
    with pytest.raises(KucoinAPIException) as raised:
        client.get_accounts()
    return raised.value


def test_python_kucoins_exception_becomes_the_category_class_chained_to_it() -> None:
    original = _python_kucoin_failure(401, KEY_NOT_FOUND, {})
    error = from_kucoin_exception(original, domain="spot")
    assert isinstance(error, AuthenticationError)
    assert error.info.entry is SpotErrorCode.API_KEY_NOT_FOUND.info
    assert error.__cause__ is original
    with pytest.raises(AuthenticationError) as raised:
        raise error
    assert raised.value.__cause__ is original


def test_python_kucoins_exception_without_its_response_body_is_read_from_its_code_and_message() -> None:
    original = _python_kucoin_failure(200, BALANCE_INSUFFICIENT, {})
    original.response = None
    error = from_kucoin_exception(original, domain="spot")
    assert isinstance(error, InsufficientFundsError)
    assert error.info.entry is SpotErrorCode.BALANCE_INSUFFICIENT.info


def test_python_kucoins_exception_raised_before_any_request_gives_none() -> None:
    assert from_kucoin_exception(ValueError("no response"), domain="spot") is None


def _ccxt_failure(exchange: ccxt.Exchange, body: bytes, status: int = 200) -> ccxt.BaseError:
    """The exception ccxt raises for this response: the exchange's own error handlers, then the HTTP status's."""
    text = body.decode()
    with pytest.raises(ccxt.BaseError) as raised:
        exchange.handle_errors(status, "", "https://api.kucoin.com/api/v1/orders", "POST", {}, text, json.loads(text) if text else None, {}, "")
        exchange.handle_http_status_code(status, "Too Many Requests", "https://api.kucoin.com/api/v1/orders", "POST", text)
    return raised.value


def test_a_ccxt_error_of_its_message_becomes_the_category_class_chained_to_it() -> None:
    original = _ccxt_failure(ccxt.kucoin(), BALANCE_INSUFFICIENT)
    assert str(original).startswith("kucoin {")
    error = from_ccxt_error(original, domain="spot")
    assert isinstance(error, InsufficientFundsError)
    assert error.info.entry is SpotErrorCode.BALANCE_INSUFFICIENT.info
    assert error.__cause__ is original


def test_a_ccxt_error_of_an_http_status_keeps_the_status_and_takes_the_headers_given() -> None:
    original = _ccxt_failure(ccxt.kucoinfutures(), b"", 429)
    assert " 429 Too Many Requests" in str(original)
    error = from_ccxt_error(original, domain="futures", headers=RESET_HEADERS)
    assert isinstance(error, RateLimitError)
    assert (error.info.http_status, error.info.reset_ms) == (429, 1500)


def test_a_ccxt_error_without_a_response_gives_none() -> None:
    assert from_ccxt_error(ccxt.RequestTimeout("kucoin GET https://api.kucoin.com/api/v1/orders request timeout"), domain="spot") is None


def test_an_unknown_error_is_kucoin_api_error_itself() -> None:
    error = from_ccxt_error(ccxt.ExchangeError('kucoin {"code":"999999","msg":"Something new"}'), domain="spot")
    assert type(error) is KucoinAPIError
    assert error.info.match == "unknown"


# ccxt's messages for KuCoin failures, as its kucoin exchanges build them, and messages that carry no response.
CCXT_MESSAGES = [
    ("spot", 'kucoin {"code":"200004","msg":"Balance insufficient"}'),
    ("spot", 'kucoin {"code":"400100","msg":"account.available.amount -- Insufficient balance"}'),
    ("futures", 'kucoinfutures {"code":"429000","msg":"Too Many Requests"}'),
    ("futures", "kucoinfutures GET https://api-futures.kucoin.com/api/v1/orders 429 Too Many Requests "),
    ("spot", 'kucoin POST https://api.kucoin.com/api/v1/orders 400 Bad Request {"code":"400003","msg":"KC-API-KEY does not exist"}'),
    ("futures", "kucoinfutures GET https://api-futures.kucoin.com/api/v1/ticker 503 Service Unavailable <html><body>error code: 1015 rate limited</body></html>"),
    ("spot", 'kucoin {"code":"999999","msg":"Something new"}'),
    ("spot", 'kucoin {"code":"200000","data":{}}'),
    ("spot", "kucoin GET https://api.kucoin.com/api/v1/orders request timeout"),
    ("spot", "kucoin"),
    ("spot", ""),
]
TS_CCXT = """
const k = require(process.argv[1]);
const cases = JSON.parse(require("node:fs").readFileSync(0, "utf8"));
console.log(JSON.stringify(cases.map(([domain, message]) => {
  const error = k.fromCcxtError(domain, new Error(message), { "gw-ratelimit-reset": "1500" });
  return error === null ? null : [error.code, error.match, error.category, error.httpStatus, error.resetMs, error.cause !== undefined];
})));
"""


def test_both_bindings_read_a_ccxt_message_alike(compiled_typescript: Path) -> None:
    node = subprocess.run(["node", "-e", TS_CCXT, str(compiled_typescript)], input=json.dumps(CCXT_MESSAGES), capture_output=True, text=True, check=True)
    python = []
    for domain, message in CCXT_MESSAGES:
        error = from_ccxt_error(ccxt.ExchangeError(message), domain=domain, headers={"gw-ratelimit-reset": "1500"})  # type: ignore[arg-type]
        info = None if error is None else error.info
        python.append(None if info is None else [info.code, info.match, info.category, info.http_status, info.reset_ms, error.__cause__ is not None])
    assert json.loads(node.stdout) == python
    assert [decision is None for decision in python] == [False] * 7 + [True] * 4
