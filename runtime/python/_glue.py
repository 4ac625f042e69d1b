"""Glue for HTTP clients and exchange libraries: their responses and exceptions, classified against the catalogue.

Static source of the kucoin_errors runtime, copied verbatim into the generated
package. Duck-typed: it imports none of the libraries it reads.
"""

from __future__ import annotations

from ._data import ERROR_CLASSES
from ._model import KucoinAPIError, KucoinErrorInfo
from ._runtime import parse_response

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing: it costs more than the package
if TYPE_CHECKING:
    from typing import Final

    from ._types import Domain, HeadersInput

# ccxt's message for a failed HTTP status: "<exchange id> <method> <url> <status> <reason> <body>".
_CCXT_HTTP_STATUS: Final = r"[A-Z]+ [^ ]+ ([1-5][0-9]{2}) "


def _status_of(response: object) -> int:
    for name in ("status_code", "status"):
        value = getattr(response, name, None)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    message = f"{type(response).__name__} has no HTTP status: expected status_code (requests, httpx) or status (aiohttp)"
    raise TypeError(message)


def _body_of(response: object) -> bytes | str:
    content = getattr(response, "content", None)
    if isinstance(content, (bytes, str)):
        return content
    message = f"{type(response).__name__} has no body read yet: pass body=await response.read() (aiohttp)"
    raise TypeError(message)


def _headers_of(response: object) -> HeadersInput | None:
    headers: HeadersInput | None = getattr(response, "headers", None)
    return headers


def error_for(info: KucoinErrorInfo) -> KucoinAPIError:
    """The exception of the error's category (``ERROR_CLASSES``), or KucoinAPIError itself for an unknown error."""
    error_class = ERROR_CLASSES[info.category] if info.category is not None else KucoinAPIError
    return error_class(info)


def parse_http_response(response: object, *, domain: Domain, body: object = None) -> KucoinErrorInfo | None:
    """None when an HTTP client's response is a KuCoin success, else the classified error, as ``parse_response`` decides.

    ``response`` is any object with a status (``status_code``: requests, httpx;
    ``status``: aiohttp), ``headers`` and a read body (``content``); an
    aiohttp response reads its body asynchronously, so pass ``body=await
    response.read()``. A TypeError when the status or the body is missing.
    """
    return parse_response(_status_of(response), _body_of(response) if body is None else body, _headers_of(response), domain=domain)


def raise_for_http_response(response: object, *, domain: Domain, body: object = None) -> None:
    """Raise the category's KucoinAPIError subclass when an HTTP client's response is a failure (see ``parse_http_response``)."""
    info = parse_http_response(response, domain=domain, body=body)
    if info is not None:
        raise error_for(info)


def _chained(error: KucoinAPIError, cause: BaseException) -> KucoinAPIError:
    error.__cause__ = cause
    return error


def from_kucoin_exception(exception: BaseException, *, domain: Domain) -> KucoinAPIError | None:
    """python-kucoin's ``KucoinAPIException`` classified: the category's KucoinAPIError, with the exception as its cause.

    Reads the response the exception carries (its status, body and headers);
    when the body is not at hand (python-kucoin's async client has read it
    already), the exception's ``code`` and ``message``. None when the
    exception carries no HTTP status (it was raised before any request).
    """
    status = getattr(exception, "status_code", None)
    if not isinstance(status, int) or isinstance(status, bool):
        return None
    response = getattr(exception, "response", None)
    content = getattr(response, "content", None)
    body = content if isinstance(content, (bytes, str)) else {"code": getattr(exception, "code", None), "msg": getattr(exception, "message", None)}
    info = parse_response(status, body, _headers_of(response), domain=domain)
    return None if info is None else _chained(error_for(info), exception)


def from_ccxt_error(exception: BaseException, *, domain: Domain, headers: HeadersInput | None = None) -> KucoinAPIError | None:
    """A ccxt exception of its kucoin or kucoinfutures exchange classified: the category's KucoinAPIError, with the exception as its cause.

    ccxt raises with the message ``"<exchange id> <body>"``, or ``"<exchange
    id> <method> <url> <status> <reason> <body>"`` for a failed HTTP status,
    and keeps neither the status nor the headers on the exception: the body
    (and the status, when the message has it) is read from the message, and
    the rate-limit reset header from ``headers`` (``exchange.last_response_headers``).
    None when the message carries no response (a timeout, a network error).
    """
    import re  # noqa: PLC0415 - re costs more to import than the package; re caches the compiled expression

    _, _, rest = str(exception).partition(" ")
    status = 200
    http = re.match(_CCXT_HTTP_STATUS, rest)
    if http is not None:
        status, rest = int(http.group(1)), rest[http.end() :]
    start = rest.find("{")
    if start >= 0:
        rest = rest[start:]
    elif http is None:
        return None
    info = parse_response(status, rest, headers, domain=domain)
    return None if info is None else _chained(error_for(info), exception)
