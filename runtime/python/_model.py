"""The shapes of the catalogue's data and of a classified response: plain frozen dataclasses.

Static source of the kucoin_errors runtime, copied verbatim into the generated
package; ``_definitions`` is the generated module of the taxonomy and wire constants.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import IntEnum
from types import MappingProxyType
from typing import Final, Literal

from ._definitions import (
    DEFAULT_PLACEHOLDER_KINDS,
    RETRYABLE_ACTIONS,
    ROW_SEPARATOR,
    Category,
    Domain,
    MarginScope,
    PlaceholderKind,
    RetryAction,
)

#: How well a message matched the catalogue: its exact text, a filled-in template, only its code, or nothing.
MatchQuality = Literal["exact", "template", "code_only", "unknown"]


@dataclass(frozen=True)
class Placeholder:
    """A value KuCoin substitutes into a message: its token as written, what it is, and its kind."""

    token: str
    name: str
    kind: PlaceholderKind | None = None

    @property
    def value_kind(self) -> PlaceholderKind:
        """The kind of value the message carries here (the catalogue's, or the token's default)."""
        return self.kind or DEFAULT_PLACEHOLDER_KINDS.get(self.token, "text")


@dataclass(frozen=True)
class RetryAdvice:
    """What to do next; with ``wait``, a fixed delay or a header giving milliseconds."""

    action: RetryAction
    after_ms: int | None = None
    after_header: str | None = None
    #: How many times to send the request at most when the cause may be permanent; then do ``then``.
    max_attempts: int | None = None
    then: RetryAction | None = None

    @property
    def retryable(self) -> bool:
        """True when sending the same request again can succeed."""
        return self.action in RETRYABLE_ACTIONS


@dataclass(frozen=True)
class MessageVariant:
    """One documented message of a code; category and retry, when set, override the code's."""

    id: str
    message: str
    key: str | None = None
    detail: str | None = None
    placeholders: tuple[Placeholder, ...] = ()
    category: Category | None = None
    retry: RetryAdvice | None = None
    note: str | None = None
    #: Set while the suggested id, category and retry advice await a maintainer's review.
    review: str | None = None
    #: How the documented row joins message and detail when not with " -- " (futures 200002: "--").
    detail_separator: str | None = None
    #: Other wordings of the message (older or newer pages), each matched exactly.
    aliases: tuple[str, ...] = ()
    #: The sub-table of KuCoin's page the message is in (websocket and gateway).
    table: str | None = None
    #: Where a message no KuCoin page lists was seen (another client's exception map); None when documented.
    undocumented: str | None = None

    @property
    def documented_text(self) -> str:
        """The row as KuCoin's documentation prints it (key -- message -- detail)."""
        head = ROW_SEPARATOR.join(part for part in (self.key, self.message) if part is not None)
        return head if self.detail is None else head + (self.detail_separator or ROW_SEPARATOR) + self.detail


@dataclass(frozen=True)
class ErrorInfo:
    """The catalogue entry of one error code."""

    domain: Domain
    code: int
    name: str
    category: Category
    retry: RetryAdvice
    variants: tuple[MessageVariant, ...]
    scope: MarginScope | None = None
    http_status: int | None = None
    note: str | None = None
    #: Set while the suggested name, category and retry advice await a maintainer's review.
    review: str | None = None
    #: Set when the entry is deprecated: why, and what to use instead.
    deprecated: str | None = None
    #: The entry that replaces a deprecated one, as ``"domain:code"``.
    replaced_by: str | None = None
    #: Where a code no KuCoin page lists was seen (another client's exception map); None when documented.
    undocumented: str | None = None


@dataclass(frozen=True)
class RemovedCode:
    """A code removed from its domain: gone from the enum, kept so that it can be told apart from a code never known."""

    domain: Domain
    code: int
    name: str
    reason: str | None = None
    #: The entry that replaces it, as ``"domain:code"``.
    replaced_by: str | None = None


@dataclass(frozen=True)
class UnnumberedError:
    """A failure KuCoin reports without a numeric code: a string code (``code``), or a message under a success code (``message``).

    Exactly one of ``code`` and ``message`` is set. It has no entry: a response it names is classified
    with ``match`` "unknown", its category and retry advice, and carries it as ``unnumbered``.
    """

    domain: Domain
    name: str
    category: Category
    retry: RetryAdvice
    code: str | None = None
    message: str | None = None
    note: str | None = None
    #: Where a failure no KuCoin page lists was seen (another client's exception map); None when documented.
    undocumented: str | None = None


#: The function that builds the catalogue entries of each domain's enum, registered by ``_data``.
ENTRY_BUILDERS: Final[dict[type[KucoinErrorCode], Callable[[], Mapping[int, ErrorInfo]]]] = {}
# Each domain's entries, built on the first read of one of its codes' ``info``: importing the package does not pay for them.
_ENTRIES: Final[dict[type[KucoinErrorCode], Mapping[int, ErrorInfo]]] = {}


class KucoinErrorCode(IntEnum):
    """Base of the per-domain enums: a code whose ``info`` is its catalogue entry."""

    @property
    def info(self) -> ErrorInfo:
        """The catalogue entry of this code."""
        entries = _ENTRIES.get(type(self))
        if entries is None:
            entries = _ENTRIES[type(self)] = ENTRY_BUILDERS[type(self)]()
        return entries[self._value_]


@dataclass(frozen=True)
class KucoinErrorInfo:
    """A failed KuCoin response, classified against the catalogue.

    ``code`` is the integer code, the raw string when KuCoin sent one that is
    not a code (a number that is not, as JavaScript writes it: "200004.5",
    "1e+21"), or None when the response had none. ``message`` is the message
    KuCoin sent; for a body that is not JSON, its first 500 characters once
    trimmed. ``entry`` and ``variant`` are None when the catalogue does not
    know the code or the message; ``category`` and ``retry`` then come from
    the HTTP status when it says enough (429, 5xx, or a status of the http
    table), else None; or from ``unnumbered``, when a string code or a message
    under the success code that the catalogue lists named the failure. ``reset_ms`` is the ``gw-ratelimit-reset`` header of
    the response, if any.
    """

    domain: Domain
    code: int | str | None
    message: str
    match: MatchQuality
    http_status: int | None = None
    entry: ErrorInfo | None = None
    variant: MessageVariant | None = None
    values: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    category: Category | None = None
    retry: RetryAdvice | None = None
    reset_ms: float | None = None
    #: The tombstone when the code was removed from the catalogue (``match`` is then "unknown"), else None.
    removed: RemovedCode | None = None
    #: The string code or the failure under the success code that named the response (``match`` is then "unknown"), else None.
    unnumbered: UnnumberedError | None = None


class KucoinAPIError(Exception):
    """A failed KuCoin response; ``info`` says what failed and what to do next."""

    def __init__(self, info: KucoinErrorInfo) -> None:
        super().__init__(f"KuCoin {info.domain} error {'(no code)' if info.code is None else info.code}: {info.message}")
        self.info = info
