"""The shapes of the catalogue's data and of a classified response: small frozen records.

Static source of the kucoin_errors runtime, copied verbatim into the generated
package; ``_definitions`` is the generated module of the taxonomy and wire constants.
The records are plain classes rather than dataclasses: ``dataclasses`` (and the
``inspect`` it imports) costs several times more to import than the whole package.
"""

from __future__ import annotations

import sys
from types import MappingProxyType

from ._definitions import DEFAULT_PLACEHOLDER_KINDS, RETRYABLE_ACTIONS, ROW_SEPARATOR

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing: it costs more than the package
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from typing import Final

    from ._types import Category, Domain, MarginScope, MatchQuality, PlaceholderKind, RetryAction


def cast(_type: object, value: object) -> object:
    """``typing.cast`` at run time, without importing typing: the value itself (modules import typing's for type checkers)."""
    return value


class _Record:
    """Base of the records: fields set once by ``__init__``; equality, hash and repr over the fields, in order."""

    __slots__ = ()

    def __setattr__(self, name: str, value: object) -> None:
        """Refuse: a record is immutable."""
        message = f"cannot assign to field {name!r} of a {type(self).__name__}"
        raise AttributeError(message)

    def __delattr__(self, name: str) -> None:
        """Refuse: a record is immutable."""
        message = f"cannot delete field {name!r} of a {type(self).__name__}"
        raise AttributeError(message)

    def __eq__(self, other: object) -> bool:
        """Equal to a record of the same class with equal fields."""
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.__dict__ == other.__dict__

    def __hash__(self) -> int:
        """The hash of the fields' values, in order."""
        return hash(tuple(self.__dict__.values()))

    def __repr__(self) -> str:
        """``Class(field=value, ...)``."""
        fields = ", ".join(f"{name}={value!r}" for name, value in self.__dict__.items())
        return f"{type(self).__name__}({fields})"


class Placeholder(_Record):
    """A value KuCoin substitutes into a message: its token as written, what it is, and its kind."""

    token: str
    name: str
    kind: PlaceholderKind | None

    def __init__(self, token: str, name: str, kind: PlaceholderKind | None = None) -> None:
        """A placeholder; ``kind`` None means the token's default kind."""
        self.__dict__.update(token=token, name=name, kind=kind)

    @property
    def value_kind(self) -> PlaceholderKind:
        """The kind of value the message carries here (the catalogue's, or the token's default)."""
        return self.kind or DEFAULT_PLACEHOLDER_KINDS.get(self.token, "text")


class RetryAdvice(_Record):
    """What to do next; with ``wait``, a fixed delay or a header giving milliseconds."""

    action: RetryAction
    after_ms: int | None
    after_header: str | None
    #: How many times to send the request at most when the cause may be permanent; then do ``then``.
    max_attempts: int | None
    then: RetryAction | None

    def __init__(
        self,
        action: RetryAction,
        after_ms: int | None = None,
        after_header: str | None = None,
        max_attempts: int | None = None,
        then: RetryAction | None = None,
    ) -> None:
        """Advice to do ``action``, with the optional delay and attempt limit."""
        self.__dict__.update(action=action, after_ms=after_ms, after_header=after_header, max_attempts=max_attempts, then=then)

    @property
    def retryable(self) -> bool:
        """True when sending the same request again can succeed."""
        return self.action in RETRYABLE_ACTIONS


class MessageVariant(_Record):
    """One documented message of a code; category and retry, when set, override the code's."""

    id: str
    message: str
    key: str | None
    detail: str | None
    placeholders: tuple[Placeholder, ...]
    category: Category | None
    retry: RetryAdvice | None
    note: str | None
    #: Set while the suggested id, category and retry advice await a maintainer's review.
    review: str | None
    #: How the documented row joins message and detail when not with " -- " (futures 200002: "--").
    detail_separator: str | None
    #: Other wordings of the message (older or newer pages), each matched exactly.
    aliases: tuple[str, ...]
    #: The sub-table of KuCoin's page the message is in (websocket and gateway).
    table: str | None
    #: Where a message no KuCoin page lists was seen (another client's exception map); None when documented.
    undocumented: str | None
    #: The rows of KuCoin's pages the message is: ``PAGE:ROW``, or ``PAGE:ROW:ALIAS`` where the row reads as that alias (1-based).
    pages: tuple[str, ...]

    def __init__(
        self,
        id: str,
        message: str,
        key: str | None = None,
        detail: str | None = None,
        placeholders: tuple[Placeholder, ...] = (),
        category: Category | None = None,
        retry: RetryAdvice | None = None,
        note: str | None = None,
        review: str | None = None,
        detail_separator: str | None = None,
        aliases: tuple[str, ...] = (),
        table: str | None = None,
        undocumented: str | None = None,
        pages: tuple[str, ...] = (),
    ) -> None:
        """A message variant; only ``id`` and ``message`` are required."""
        self.__dict__.update(
            id=id,
            message=message,
            key=key,
            detail=detail,
            placeholders=placeholders,
            category=category,
            retry=retry,
            note=note,
            review=review,
            detail_separator=detail_separator,
            aliases=aliases,
            table=table,
            undocumented=undocumented,
            pages=pages,
        )

    @property
    def documented_text(self) -> str:
        """The row as KuCoin's documentation prints it (key -- message -- detail)."""
        head = ROW_SEPARATOR.join(part for part in (self.key, self.message) if part is not None)
        return head if self.detail is None else head + (self.detail_separator or ROW_SEPARATOR) + self.detail


class ErrorInfo(_Record):
    """The catalogue entry of one error code."""

    domain: Domain
    code: int
    name: str
    category: Category
    retry: RetryAdvice
    variants: tuple[MessageVariant, ...]
    scope: MarginScope | None
    http_status: int | None
    note: str | None
    #: Set while the suggested name, category and retry advice await a maintainer's review.
    review: str | None
    #: Set when the entry is deprecated: why, and what to use instead.
    deprecated: str | None
    #: The entry that replaces a deprecated one, as ``"domain:code"``.
    replaced_by: str | None
    #: Where a code no KuCoin page lists was seen (another client's exception map); None when documented.
    undocumented: str | None

    def __init__(
        self,
        domain: Domain,
        code: int,
        name: str,
        category: Category,
        retry: RetryAdvice,
        variants: tuple[MessageVariant, ...],
        scope: MarginScope | None = None,
        http_status: int | None = None,
        note: str | None = None,
        review: str | None = None,
        deprecated: str | None = None,
        replaced_by: str | None = None,
        undocumented: str | None = None,
    ) -> None:
        """The entry of ``code`` in ``domain``."""
        self.__dict__.update(
            domain=domain,
            code=code,
            name=name,
            category=category,
            retry=retry,
            variants=variants,
            scope=scope,
            http_status=http_status,
            note=note,
            review=review,
            deprecated=deprecated,
            replaced_by=replaced_by,
            undocumented=undocumented,
        )


class RemovedCode(_Record):
    """A code removed from its domain: gone from the enum, kept so that it can be told apart from a code never known."""

    domain: Domain
    code: int
    name: str
    reason: str | None
    #: The entry that replaces it, as ``"domain:code"``.
    replaced_by: str | None

    def __init__(self, domain: Domain, code: int, name: str, reason: str | None = None, replaced_by: str | None = None) -> None:
        """The tombstone of ``code`` in ``domain``."""
        self.__dict__.update(domain=domain, code=code, name=name, reason=reason, replaced_by=replaced_by)


class UnnumberedError(_Record):
    """A failure KuCoin reports without a numeric code: a string code (``code``), or a message under a success code (``message``).

    Exactly one of ``code`` and ``message`` is set. It has no entry: a response it names is classified
    with ``match`` "unknown", its category and retry advice, and carries it as ``unnumbered``.
    """

    domain: Domain
    name: str
    category: Category
    retry: RetryAdvice
    code: str | None
    message: str | None
    note: str | None
    #: Where a failure no KuCoin page lists was seen (another client's exception map); None when documented.
    undocumented: str | None

    def __init__(
        self,
        domain: Domain,
        name: str,
        category: Category,
        retry: RetryAdvice,
        code: str | None = None,
        message: str | None = None,
        note: str | None = None,
        undocumented: str | None = None,
    ) -> None:
        """The failure ``name`` of ``domain``, keyed by its string ``code`` or its ``message``."""
        self.__dict__.update(domain=domain, name=name, category=category, retry=retry, code=code, message=message, note=note, undocumented=undocumented)


#: The function that builds the catalogue entries of each domain, registered by ``_data``.
ENTRY_BUILDERS: Final[dict[str, Callable[[], Mapping[int, ErrorInfo]]]] = {}
# Each domain's entries, built on first use: importing the package does not pay for them.
_ENTRIES: Final[dict[str, Mapping[int, ErrorInfo]]] = {}


def domain_entries(domain: str) -> Mapping[int, ErrorInfo]:
    """The catalogue entries of ``domain`` by code, built on the first call for the domain."""
    entries = _ENTRIES.get(domain)
    if entries is None:
        entries = _ENTRIES[domain] = ENTRY_BUILDERS[domain]()
    return entries


#: The names of ``_types`` (type aliases and protocols), which the package imports on first access to one of them.
TYPE_NAMES: Final = frozenset({"Category", "Domain", "HeadersInput", "MarginScope", "MatchQuality", "PlaceholderKind", "RetryAction", "SupportsHeaderItems"})


def first_access_getattr(module: str, enum_classes: Mapping[str, tuple[str, str]], type_names: frozenset[str] = frozenset()) -> Callable[[str], object]:
    """The ``__getattr__`` of a module that declares the enums: on first access, it makes one and keeps it in the module.

    It makes each domain's enum (``enum_classes``: the class name and description of each), ``ERROR_CODES`` and
    ``KucoinErrorCode`` (``_enums``), and imports the names of ``type_names`` from ``_types``.
    """
    names = frozenset({"ERROR_CODES", "KucoinErrorCode", *(class_name for class_name, _ in enum_classes.values()), *type_names})

    def __getattr__(name: str) -> object:  # noqa: N807 - a module's __getattr__ (PEP 562)
        if name not in names:
            message = f"module {module!r} has no attribute {name!r}"
            raise AttributeError(message)
        if name in type_names:
            from importlib import import_module  # noqa: PLC0415 - typing, which _types imports, is what importing the package leaves out

            value: object = getattr(import_module("._types", __package__), name)
        else:
            from ._enums import enum_attribute  # noqa: PLC0415 - creating the enums is what importing the package leaves out

            value = enum_attribute(module, name)
        vars(sys.modules[module])[name] = value
        return value

    return __getattr__


_NO_VALUES: Final[Mapping[str, str]] = MappingProxyType({})


class KucoinErrorInfo(_Record):
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
    http_status: int | None
    entry: ErrorInfo | None
    variant: MessageVariant | None
    values: Mapping[str, str]
    category: Category | None
    retry: RetryAdvice | None
    reset_ms: float | None
    #: The tombstone when the code was removed from the catalogue (``match`` is then "unknown"), else None.
    removed: RemovedCode | None
    #: The string code or the failure under the success code that named the response (``match`` is then "unknown"), else None.
    unnumbered: UnnumberedError | None

    def __init__(
        self,
        domain: Domain,
        code: int | str | None,
        message: str,
        match: MatchQuality,
        http_status: int | None = None,
        entry: ErrorInfo | None = None,
        variant: MessageVariant | None = None,
        values: Mapping[str, str] = _NO_VALUES,
        category: Category | None = None,
        retry: RetryAdvice | None = None,
        reset_ms: float | None = None,
        removed: RemovedCode | None = None,
        unnumbered: UnnumberedError | None = None,
    ) -> None:
        """A classified failure; the runtime builds these, with every field."""
        self.__dict__.update(
            domain=domain,
            code=code,
            message=message,
            match=match,
            http_status=http_status,
            entry=entry,
            variant=variant,
            values=values,
            category=category,
            retry=retry,
            reset_ms=reset_ms,
            removed=removed,
            unnumbered=unnumbered,
        )


class KucoinAPIError(Exception):
    """A failed KuCoin response; ``info`` says what failed and what to do next."""

    def __init__(self, info: KucoinErrorInfo) -> None:
        super().__init__(f"KuCoin {info.domain} error {'(no code)' if info.code is None else info.code}: {info.message}")
        self.info = info
