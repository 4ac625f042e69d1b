"""The catalogue model: plain frozen dataclasses that every other module speaks.

The loader builds it from YAML, the validator checks it, every target renders
it, and the round-trip tests rebuild it from each output and compare.
Sequences are tuples in catalogue order, so two models compare equal exactly
when they carry the same catalogue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from codegen.wire import DEFAULT_PLACEHOLDER_KINDS, RETRYABLE_ACTIONS, ROW_SEPARATOR

__all__ = [
    "DEFAULT_PLACEHOLDER_KINDS",
    "FORBIDDEN_IN_TEXT",
    "ROW_SEPARATOR",
    "Catalog",
    "Deprecation",
    "DomainCatalog",
    "LoadedCatalog",
    "ErrorEntry",
    "MessageVariant",
    "Placeholder",
    "RetryAdvice",
    "Taxonomy",
    "Term",
    "Tombstone",
    "documented_text",
]

#: The characters no single-line catalogue text (key, message, detail) may hold: control characters but tab, and surrogates.
FORBIDDEN_IN_TEXT = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\ud800-\udfff]")


def documented_text(key: str | None, message: str, detail: str | None, detail_separator: str | None = None) -> str:
    """A row as KuCoin's table prints it: ``key -- message -- detail`` without the absent parts.

    ``detail_separator`` replaces the separator before the detail where the row glues them ("--").
    """
    head = ROW_SEPARATOR.join(part for part in (key, message) if part is not None)
    return head if detail is None else head + (detail_separator or ROW_SEPARATOR) + detail


@dataclass(frozen=True)
class Placeholder:
    """A value KuCoin substitutes into a message: its token as written, what it is, and its kind."""

    token: str
    name: str
    kind: str | None = None

    @property
    def value_kind(self) -> str:
        """The kind of value (number, currency, symbol, text) a message carries here."""
        return self.kind or DEFAULT_PLACEHOLDER_KINDS.get(self.token, "text")


@dataclass(frozen=True)
class RetryAdvice:
    """What a client should do next, and how long to wait when that is known."""

    action: str
    after_ms: int | None = None
    after_header: str | None = None
    #: How many times to send the request at most when the cause may be permanent; then do ``then``.
    max_attempts: int | None = None
    then: str | None = None

    @property
    def retryable(self) -> bool:
        """True when sending the same request again can succeed."""
        return self.action in RETRYABLE_ACTIONS


@dataclass(frozen=True)
class MessageVariant:
    """One documented message of a code; category and retry override the code's."""

    id: str
    message: str
    key: str | None = None
    detail: str | None = None
    placeholders: tuple[Placeholder, ...] = ()
    category: str | None = None
    retry: RetryAdvice | None = None
    note: str | None = None
    review: str | None = None
    detail_separator: str | None = None
    #: Other wordings of the message (older or newer pages), each matched exactly.
    aliases: tuple[str, ...] = ()
    #: The sub-table of KuCoin's page (websocket and gateway).
    table: str | None = None
    #: Where a message no KuCoin page lists was seen; None for a documented message.
    undocumented: str | None = None
    #: Where the message is a row of a KuCoin page: ``PAGE:ROW`` (the row reads as the documented text) or
    #: ``PAGE:ROW:ALIAS`` (it reads as that alias, 1-based); ROW is the row's 1-based place among the page's rows.
    pages: tuple[str, ...] = ()

    @property
    def documented_text(self) -> str:
        """The row exactly as KuCoin's table prints it (key -- message -- detail)."""
        return documented_text(self.key, self.message, self.detail, self.detail_separator)


@dataclass(frozen=True)
class Deprecation:
    """Why an entry is deprecated, and the entry that replaces it (``DOMAIN:CODE``), if any."""

    reason: str
    replaced_by: str | None = None

    @property
    def text(self) -> str:
        """The reason, then the replacement where there is one: what a deprecation marker says."""
        return self.reason if self.replaced_by is None else f"{self.reason} (replaced by {self.replaced_by})"


@dataclass(frozen=True)
class Tombstone:
    """A code removed from its domain: its code and name stay reserved and lookup reports it as removed."""

    code: int
    name: str
    reason: str | None = None
    replaced_by: str | None = None


@dataclass(frozen=True)
class ErrorEntry:
    """One error code of one domain."""

    code: int
    name: str
    category: str
    retry: RetryAdvice
    variants: tuple[MessageVariant, ...]
    scope: str | None = None
    http_status: int | None = None
    note: str | None = None
    review: str | None = None
    deprecated: Deprecation | None = None
    #: Where a code no KuCoin page lists was seen; None for a documented code.
    undocumented: str | None = None

    def category_of(self, variant: MessageVariant) -> str:
        """The category that applies when the server sends this variant."""
        return variant.category if variant.category is not None else self.category

    def retry_of(self, variant: MessageVariant) -> RetryAdvice:
        """The retry advice that applies when the server sends this variant."""
        return variant.retry if variant.retry is not None else self.retry


@dataclass(frozen=True)
class UnnumberedError:
    """A failure KuCoin reports without a numeric code: a string code (``code``), or a message under a success code (``message``).

    Exactly one of ``code`` and ``message`` is set. It has no entry and no member of the domain's enum:
    a response it names is classified with its own category and retry advice.
    """

    name: str
    category: str
    retry: str
    code: str | None = None
    message: str | None = None
    note: str | None = None
    #: Where a failure no KuCoin page lists was seen; None when documented.
    undocumented: str | None = None

    @property
    def advice(self) -> RetryAdvice:
        """The retry advice, as an entry's."""
        return RetryAdvice(self.retry)


@dataclass(frozen=True)
class DomainCatalog:
    """Every error code of one domain (http, spot, margin, futures, earn)."""

    domain: str
    description: str
    success_codes: tuple[int, ...]
    errors: tuple[ErrorEntry, ...]
    #: The layer this domain's responses come through (gateway), read for what the domain does not define.
    fallback: str | None = None
    #: Codes removed from the domain, kept so that lookup can say so and no entry reuses them.
    removed: tuple[Tombstone, ...] = ()
    #: Codes that are not numbers ("order_not_exist"), read when the wire code is such a string, before the HTTP status.
    string_codes: tuple[UnnumberedError, ...] = ()
    #: Messages that make a response under a success code a failure (futures: "Position does not exist").
    failures_under_success: tuple[UnnumberedError, ...] = ()


@dataclass(frozen=True)
class Catalog:
    """The whole catalogue: one DomainCatalog per domain, in taxonomy order."""

    domains: tuple[DomainCatalog, ...]

    def domain(self, name: str) -> DomainCatalog:
        """The catalogue of one domain; KeyError when it has none."""
        for domain in self.domains:
            if domain.domain == name:
                return domain
        raise KeyError(name)


@dataclass(frozen=True)
class Term:
    """One value of an enumeration of the taxonomy, with its definition.

    A category also has its usual retry action and, when retrying can help, the
    milliseconds to wait before a retry when neither the headers nor the catalogue say.
    """

    name: str
    description: str
    usual_retry: str | None = None
    retry_delay_ms: int | None = None


@dataclass(frozen=True)
class Taxonomy:
    """The enumerations the schema defines: domains, categories, retry actions, margin scopes."""

    domains: tuple[Term, ...]
    categories: tuple[Term, ...]
    retry_actions: tuple[Term, ...]
    scopes: tuple[Term, ...]

    def usual_retry(self, category: str) -> str:
        """The retry action ``category`` calls for (the schema's usual_retry); KeyError for an unknown category."""
        for term in self.categories:
            if term.name == category and term.usual_retry is not None:
                return term.usual_retry
        raise KeyError(category)


@dataclass(frozen=True)
class LoadedCatalog:
    """A valid catalogue, the files it came from, and the taxonomy it uses: what every target renders."""

    catalog: Catalog
    sources: tuple[str, ...]
    taxonomy: Taxonomy
