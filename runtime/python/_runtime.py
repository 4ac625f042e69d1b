"""From a raw KuCoin response to a classified error: lookup, message matching, response parsing, retry advice.

Static source of the kucoin_errors runtime, copied verbatim into the generated
package. ``_definitions`` (the taxonomy and wire constants) and ``_data`` (the
codes, their entries and templates) are generated from the catalogue.
"""

from __future__ import annotations

from types import MappingProxyType

from ._data import ENUM_CLASSES, ERROR_CLASSES, FAILURES_UNDER_SUCCESS, FALLBACKS, REMOVED, STRING_CODES, SUCCESS_CODES, TEMPLATE_PATTERNS
from ._definitions import (
    DEFAULT_RETRY_DELAY_MS,
    FALLBACK_RETRY_DELAY_MS,
    GATEWAY_CODES,
    MAX_CODE,
    MAX_JSON_DEPTH,
    MESSAGE_LIMIT,
    RATE_LIMIT_RESET_HEADER,
    STATUS_DOMAIN,
    TEMPLATE_MATCH_LIMIT,
    TRAILING,
    WEBSOCKET_DOMAIN,
    WHITESPACE,
    WHITESPACE_RUN,
)
from ._model import KucoinAPIError, KucoinErrorInfo, RemovedCode, RetryAdvice, domain_entries

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing: it costs more than the package
if TYPE_CHECKING:
    import json
    import re
    from collections.abc import Iterable, Iterator, Mapping  # noqa: F401 - Iterable is named in a string cast, which ruff does not read here
    from typing import Final, cast

    from ._enums import KucoinErrorCode
    from ._model import ErrorInfo, MessageVariant, UnnumberedError
    from ._types import Category, Domain, HeadersInput, MatchQuality
else:
    from ._model import cast

# Through object, so that the cast is needed (and not redundant) whether or not the catalogue has this domain.
_WEBSOCKET: Final = cast("Domain", cast(object, WEBSOCKET_DOMAIN))

#: The domains, in catalogue order.
DOMAINS: Final[tuple[Domain, ...]] = cast("tuple[Domain, ...]", tuple(ENUM_CLASSES))
#: Seconds to wait before a retry when neither the headers nor the catalogue say, by category.
_DEFAULT_RETRY_SECONDS: Final[dict[str, float]] = {category: delay / 1000 for category, delay in DEFAULT_RETRY_DELAY_MS.items()}


def _unknown_domain(domain: str) -> ValueError:
    return ValueError(f"unknown domain {domain!r}; expected one of {', '.join(DOMAINS)}")


def _by_wire_code(domain: str) -> dict[int | str, KucoinErrorCode]:
    """Every member of the domain's enum (created here on the domain's first lookup) under both forms of its code: 200004 and "200004"; kept."""
    from ._enums import domain_enum  # noqa: PLC0415 - enum costs more to import than the package: only a lookup needs it

    enum = domain_enum(domain)
    if enum is None:
        raise _unknown_domain(domain)
    table: dict[int | str, KucoinErrorCode] = {}
    for member in enum:
        table[member.value] = member
        table[str(member.value)] = member
    _BY_CODE[domain] = table
    return table


# Each domain's members by code, built on the domain's first lookup.
_BY_CODE: Final[dict[str, Mapping[int | str, KucoinErrorCode]]] = {}
_REMOVED: Final[dict[str, dict[int | str, RemovedCode]]] = {
    domain: {key: dead for code, dead in table.items() for key in (code, str(code))} for domain, table in REMOVED.items()
}
_SUCCESS: Final[dict[str, frozenset[int | str]]] = {domain: frozenset([*codes, *(str(code) for code in codes)]) for domain, codes in SUCCESS_CODES.items()}


def lookup(domain: str, code: int | str) -> KucoinErrorCode | None:
    """The member for ``code`` (``200004`` or ``"200004"``) in ``domain``, or None when unknown.

    Only the exact wire form matches: ``" 200004"`` or ``"0200004"`` are unknown.
    Raises ValueError for a domain the catalogue does not have.
    """
    try:
        return _BY_CODE[domain].get(code)
    except KeyError:
        return _by_wire_code(domain).get(code)


def removed(domain: str, code: int | str) -> RemovedCode | None:
    """The tombstone of a code removed from ``domain`` (``200004`` or ``"200004"``), or None when it was never removed.

    ``lookup`` returns None for a removed code as for an unknown one; this tells them apart and names the replacement.
    Only the exact wire form matches. Raises ValueError for a domain the catalogue does not have.
    """
    table = _REMOVED.get(domain)
    if table is None:
        raise _unknown_domain(domain)
    return table.get(code)


def is_success(domain: str, code: int | str) -> bool:
    """True when ``code`` (``200000`` or ``"200000"``) means success in ``domain``."""
    success = _SUCCESS.get(domain)
    if success is None:
        raise _unknown_domain(domain)
    return code in success


# Responses: from a raw KuCoin response to a classified error.

_INFINITY: Final = float("inf")
_ASCII_LOWER: Final = {code: code + 32 for code in range(ord("A"), ord("Z") + 1)}


def _reject_constant(name: str) -> object:
    raise ValueError(f"{name} is not JSON")


class _Readers:
    """The JSON decoder, regular expressions and abstract classes of the runtime, made on first use: they cost more to import than the package."""

    def __init__(self) -> None:
        import json  # noqa: PLC0415 - see the class docstring
        import re  # noqa: PLC0415 - see the class docstring
        from collections.abc import Iterable, Mapping  # noqa: PLC0415 - see the class docstring

        # What a body or headers read as, for isinstance.
        self.mapping: type[object] = Mapping
        self.iterable: type[object] = Iterable

        self.compile = re.compile
        self.flags = re.IGNORECASE | re.ASCII
        # Numbers are read as doubles and NaN / Infinity refused, as JavaScript's JSON.parse does.
        self.json: json.JSONDecoder = json.JSONDecoder(parse_int=float, parse_constant=_reject_constant)
        # A string of JSON, or a bracket outside one.
        self.json_nesting = re.compile(r'"(?:[^"\\]|\\[\s\S])*"|[\[\]{}]')
        # A header of milliseconds is plain decimal digits, with the optional white space of HTTP around them.
        self.header_milliseconds = re.compile(r"[ \t]*([0-9]+)[ \t]*")
        # Cloudflare's 1015 page names the code and says "rate limited", in either order: two searches,
        # each linear, where one expression for both orders backtracks quadratically on a large page.
        self.error_1015 = re.compile(r"\b1015\b", re.ASCII)
        self.rate_limited = re.compile(r"rate[\s\S]?limit", re.IGNORECASE | re.ASCII)
        # White space is Unicode's White_Space property and case is ASCII case, in both bindings:
        # Python and JavaScript disagree on both otherwise (U+001C, U+FEFF; the Kelvin sign, the long s).
        self.whitespace_run = re.compile(WHITESPACE_RUN)


_READERS: Final[list[_Readers]] = []


def _readers_made() -> list[_Readers]:
    """``_READERS`` once it holds the runtime's readers, made on the first call."""
    if not _READERS:
        _READERS.append(_Readers())
    return _READERS


def _readers() -> _Readers:
    """The runtime's readers, made on the first call."""
    return (_READERS or _readers_made())[0]


def _normalise(text: str) -> str:
    """Runs of white space as one space, trimmed, without trailing full stops: what templates match; case kept."""
    if text.isprintable():
        # The only white space a printable text holds is the space: without a run of two, trimming is all there is to do.
        return text.lstrip(" ").rstrip(TRAILING) if "  " not in text else " ".join(text.split()).rstrip(TRAILING)
    if "\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text:
        return _readers().whitespace_run.sub(" ", text).lstrip(" ").rstrip(TRAILING)
    # str.split() splits on White_Space and on U+001C..U+001F only, and is several times faster than the expression.
    return " ".join(text.split()).rstrip(TRAILING)


def _fold(text: str) -> str:
    """ASCII letters in lower case, other characters as they are: the key of an exact match."""
    return text.lower() if text.isascii() else text.translate(_ASCII_LOWER)


class _Matcher:
    """What matching a message under one code takes: its entry, exact texts and templates."""

    __slots__ = ("entry", "exact", "templates")

    def __init__(
        self, entry: ErrorInfo, exact: Mapping[str, MessageVariant], templates: tuple[tuple[MessageVariant, re.Pattern[str], tuple[str, ...]], ...]
    ) -> None:
        self.entry = entry
        #: Each normalised, folded text of a variant (message, key, documented row), with the first variant that has it.
        self.exact = exact
        #: Each variant with placeholders, its compiled template and the names of its placeholders.
        self.templates = templates


def _variant_texts(info: ErrorInfo) -> Iterator[tuple[str, MessageVariant]]:
    """Each normalised, folded text of the entry's variants (row, message, key, aliases), with its variant, in order."""
    for variant in info.variants:
        for text in (variant.documented_text, variant.message, variant.key, *variant.aliases):
            if text is not None:
                yield _fold(_normalise(text)), variant


# Each template's compiled expression, by its source: compiled the first time a message is matched against it.
_COMPILED: Final[dict[str, re.Pattern[str]]] = {}


def _compiled(source: str) -> re.Pattern[str]:
    pattern = _COMPILED.get(source)
    if pattern is None:
        readers = _readers()
        pattern = _COMPILED[source] = readers.compile(source, readers.flags)
    return pattern


def _matcher(info: ErrorInfo, patterns: tuple[tuple[int, str], ...]) -> _Matcher:
    """The matcher of an entry whose templates are ``patterns`` (variant index, source), compiled now."""
    exact: dict[str, MessageVariant] = {}
    for text, variant in _variant_texts(info):
        exact.setdefault(text, variant)
    templates = tuple((info.variants[index], _compiled(source), tuple(p.name for p in info.variants[index].placeholders)) for index, source in patterns)
    return _Matcher(info, exact, templates)


# The characters with a meaning in a template (codegen/matching.py escapes them in its literal text).
_SPECIAL: Final = frozenset("\\^$.|?*+()[]{}/-")


def _literal_prefix(source: str) -> str:
    """The folded text that starts every message a template matches: its characters before the first group ("" if unsure)."""
    prefix: list[str] = []
    escaped = False
    for char in source[1:]:  # after the "^"
        if escaped and char not in _SPECIAL:
            break  # a class such as \s or \d, not a character of the text
        if escaped or char not in _SPECIAL:
            prefix.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in "($":
            break
        else:
            return ""  # no template is written so, but a quantifier would make the character before it optional
    return _fold("".join(prefix))


class _DomainIndex:
    """What classifying a domain's responses takes; each part is made the first time it is needed.

    At any catalogue size, the first response with a code costs that code's matcher (its exact texts and templates),
    not the domain's: a domain of thousands of codes compiles the templates of the codes its responses carry.
    """

    __slots__ = ("_by_message", "_templates", "domain", "entries", "matchers", "patterns", "resolved")

    def __init__(self, domain: str, entries: Mapping[int, ErrorInfo], patterns: Mapping[int, tuple[tuple[int, str], ...]]) -> None:
        self.domain = domain
        #: The domain's catalogue entries by code.
        self.entries = entries
        #: The templates of each code that has some: the index of their variant and their source.
        self.patterns = patterns
        #: The matcher of every code used so far, under both forms of its code: 200004 and "200004".
        self.matchers: dict[int | str, _Matcher] = {}
        #: The matchers a code used so far is read with: the domain's, then its fallback's, or the gateway's.
        self.resolved: dict[int | str, tuple[_Matcher, ...]] = {}
        self._by_message: dict[str, int] | None = None
        self._templates: tuple[tuple[int, str, str], ...] | None = None

    def matcher(self, code: int | str) -> _Matcher | None:
        """The matcher of ``code`` (``200004`` or ``"200004"``; only the exact wire form), made on first use; None when the domain lacks it."""
        matcher = self.matchers.get(code)
        if matcher is None:
            if isinstance(code, str):
                if not _is_wire_number(code):
                    return None
                code = int(code)
            entry = self.entries.get(code)
            if entry is None:
                return None
            matcher = self.matchers[entry.code] = self.matchers[str(entry.code)] = _matcher(entry, self.patterns.get(entry.code, ()))
        return matcher

    @property
    def by_message(self) -> Mapping[str, int]:
        """Each normalised, folded text of the domain and the lowest code that has it."""
        if self._by_message is None:
            by_message: dict[str, int] = {}
            for code, entry in sorted(self.entries.items()):
                for text, _ in _variant_texts(entry):
                    by_message.setdefault(text, code)
            self._by_message = by_message
        return self._by_message

    @property
    def templates(self) -> tuple[tuple[int, str, str], ...]:
        """Every template of the domain, lowest code first: its code, literal prefix (folded) and source."""
        if self._templates is None:
            patterns = self.patterns
            self._templates = tuple((code, _literal_prefix(source), source) for code in sorted(patterns) for _, source in patterns[code])
        return self._templates

    def code_of_template(self, normalised: str, folded: str) -> int | None:
        """The lowest code with a template ``normalised`` fills; templates whose literal start differs are never compiled."""
        for code, prefix, source in self.templates:
            if folded.startswith(prefix) and _compiled(source).match(normalised):
                return code
        return None


def _is_wire_number(code: str) -> bool:
    """True when ``code`` is a code's wire form: decimal digits without a leading zero, at most ten."""
    return code.isascii() and code.isdigit() and code[0] != "0" and len(code) <= 10


# A domain nobody asks about costs nothing at import: its index is made when first needed.
_INDEXES: Final[dict[str, _DomainIndex]] = {}


def _index(domain: str) -> _DomainIndex | None:
    """The domain's index, made on first use; None for a domain the catalogue does not have."""
    index = _INDEXES.get(domain)
    if index is None:
        if domain not in ENUM_CLASSES:
            return None
        index = _INDEXES[domain] = _DomainIndex(domain, domain_entries(domain), TEMPLATE_PATTERNS[domain])
    return index


_NO_INDEX: Final = _DomainIndex("", MappingProxyType({}), MappingProxyType({}))


# Each domain, then the layer its responses come through (the gateway), if any.
_LAYERS: Final[dict[str, tuple[str, ...]]] = {domain: (domain,) if domain not in FALLBACKS else (domain, FALLBACKS[domain]) for domain in ENUM_CLASSES}


def _layers(domain: str) -> tuple[str, ...]:
    """The domain, then the layer its responses come through (the gateway), if any."""
    return _LAYERS.get(domain) or (domain,)


def _code_named_by(domain: str, normalised: str, folded: str) -> int | None:
    """The code a message without one names: the lowest whose exact text it is, else whose template it fills; the domain's, then its fallback's.

    Codes that share a text share its category and retry advice, so which one is named does not change the advice.
    """
    for layer in _layers(domain):
        index = _index(layer) or _NO_INDEX
        code = index.by_message.get(folded)
        if code is None and len(normalised) <= TEMPLATE_MATCH_LIMIT:
            code = index.code_of_template(normalised, folded)
        if code is not None:
            return code
    return None


def _code_of_exact_text(domain: str, message: str) -> int | None:
    """The lowest code whose catalogued text (message, key, row or alias) ``message`` is exactly, in the domain then its fallback."""
    if not message:
        return None
    folded = _fold(_normalise(message))
    for layer in _layers(domain):
        code = (_index(layer) or _NO_INDEX).by_message.get(folded)
        if code is not None:
            return code
    return None


def _resolve(index: _DomainIndex, code: int | str) -> tuple[_Matcher, ...]:
    """The matchers ``code`` is read with in the index's domain: its own and its fallback's, else the gateway's; kept once found."""
    found = tuple(matcher for layer in _LAYERS[index.domain] if (matcher := (_index(layer) or _NO_INDEX).matcher(code)) is not None)
    if not found and isinstance(code, int) and code in GATEWAY_CODES:
        # KuCoin documents these in one table, and sends them for every API.
        gateway = (_index(GATEWAY_CODES[code]) or _NO_INDEX).matcher(code)
        found = () if gateway is None else (gateway,)
    if found:
        # Only the catalogue's codes are kept: a code nobody documented cannot grow the table.
        index.resolved[code] = found
    return found


def _match(matcher: _Matcher, normalised: str, folded: str) -> tuple[MatchQuality, MessageVariant | None, Mapping[str, str]]:
    """How ``matcher``'s code matches a message: its exact text, a filled-in template, or only the code."""
    variant = matcher.exact.get(folded)
    if variant is not None:
        return "exact", variant, _NO_VALUES
    if len(normalised) > TEMPLATE_MATCH_LIMIT:
        return "code_only", None, _NO_VALUES
    for candidate, pattern, names in matcher.templates:
        matched = pattern.match(normalised)
        if matched is not None:
            return "template", candidate, MappingProxyType(dict(zip(names, matched.groups(), strict=True)))
    return "code_only", None, _NO_VALUES


_NO_VALUES: Final[Mapping[str, str]] = MappingProxyType({})


def _error_info(
    domain: Domain,
    code: int | str | None,
    message: str,
    match: MatchQuality,
    http_status: int | None,
    entry: ErrorInfo | None,
    variant: MessageVariant | None,
    values: Mapping[str, str],
    category: Category | None,
    retry: RetryAdvice | None,
    reset_ms: float | None,
    removed: RemovedCode | None = None,
    unnumbered: UnnumberedError | None = None,
) -> KucoinErrorInfo:
    """A KucoinErrorInfo with every field given, set in one step (without the keyword handling of ``__init__``)."""
    info = object.__new__(KucoinErrorInfo)
    # A dict display given as the instance's dict: several times faster than update() with keywords.
    object.__setattr__(
        info,
        "__dict__",
        {
            "domain": domain,
            "code": code,
            "message": message,
            "match": match,
            "http_status": http_status,
            "entry": entry,
            "variant": variant,
            "values": values,
            "category": category,
            "retry": retry,
            "reset_ms": reset_ms,
            "removed": removed,
            "unnumbered": unnumbered,
        },
    )
    return info


def _removed_in(domain: Domain, code: int | str | None) -> RemovedCode | None:
    """The tombstone of ``code`` in the domain or the layer it falls back on, if the code was removed there."""
    if code is None:
        return None
    for layer in _layers(domain):
        dead = _REMOVED[layer].get(code)
        if dead is not None:
            return dead
    return None


# Read by the layer names of FALLBACKS, which are plain str.
_STRING_CODES: Final = cast("Mapping[str, Mapping[str, UnnumberedError]]", STRING_CODES)
_FAILURES_UNDER_SUCCESS: Final = cast("Mapping[str, tuple[UnnumberedError, ...]]", FAILURES_UNDER_SUCCESS)


def _string_code(domain: Domain, code: str) -> UnnumberedError | None:
    """The catalogued code that is not a number, exactly as sent, in the domain or the layer it falls back on."""
    for layer in _layers(domain):
        found = _STRING_CODES[layer].get(code)
        if found is not None:
            return found
    return None


# Each domain's failures under the success code by normalised, folded message, built on the domain's first use.
_FAILURE_INDEXES: Final[dict[str, Mapping[str, UnnumberedError]]] = {}


def _failure_under_success(domain: Domain, message: str) -> UnnumberedError | None:
    """The failure a message under a success code names, compared as exact matches are: in the domain, then its fallback."""
    if not message:
        return None
    folded = _fold(_normalise(message))
    for layer in _layers(domain):
        index = _FAILURE_INDEXES.get(layer)
        if index is None:
            index = _FAILURE_INDEXES[layer] = {_fold(_normalise(item.message or "")): item for item in reversed(_FAILURES_UNDER_SUCCESS[layer])}
        found = index.get(folded)
        if found is not None:
            return found
    return None


def _unnumbered_info(code: int | str | None, message: str, http_status: int | None, reset_ms: float | None, item: UnnumberedError) -> KucoinErrorInfo:
    """The failure a listed string code or message names, in the domain (or layer) that lists it."""
    return _error_info(item.domain, code, message, "unknown", http_status, None, None, _NO_VALUES, item.category, item.retry, reset_ms, None, item)


def _status_advice(http_status: int | None) -> tuple[Category | None, RetryAdvice | None]:
    if http_status is None:
        return None, None
    entry = (_index(STATUS_DOMAIN) or _NO_INDEX).entries.get(http_status)
    if entry is not None:
        return entry.category, entry.retry
    if http_status == 429:
        return "rate_limited", RetryAdvice("wait", after_header=RATE_LIMIT_RESET_HEADER)
    if http_status in (408, 504):
        # A timeout: a write may have taken effect.
        return "network_timeout", RetryAdvice("check_state")
    if 500 <= http_status <= 599:
        # A server or proxy failed after the request may have reached the service: look a write up first.
        return "exchange_unavailable", RetryAdvice("check_state")
    return None, None


def _classify(domain: Domain, code: int | str | None, message: str, http_status: int | None, reset_ms: float | None = None) -> KucoinErrorInfo:
    index = _INDEXES.get(domain) or _index(domain)
    if index is None:
        raise _unknown_domain(domain)
    normalised = _normalise(message)
    folded = normalised.lower() if normalised.isascii() else normalised.translate(_ASCII_LOWER)
    if code is None:
        # Batch items may carry a message without a code: its text names one.
        code = _code_named_by(domain, normalised, folded)
    found = None if code is None else index.resolved.get(code) or _resolve(index, code)
    if not found:
        if isinstance(code, str) and (item := _string_code(domain, code)) is not None:
            # A code that is not a number, which the catalogue lists: before the HTTP status.
            return _unnumbered_info(code, message, http_status, reset_ms, item)
        category, retry = _status_advice(http_status)
        return _error_info(domain, code, message, "unknown", http_status, None, None, _NO_VALUES, category, retry, reset_ms, _removed_in(domain, code))
    # The domain's entry, then its fallback's; where both define the code, the one whose message matches decides.
    matcher = found[0]
    quality, variant, values = _match(matcher, normalised, folded)
    if quality == "code_only":
        for other in found[1:]:
            other_quality, other_variant, other_values = _match(other, normalised, folded)
            if other_quality != "code_only":
                matcher, quality, variant, values = other, other_quality, other_variant, other_values
                break
    entry = matcher.entry
    if variant is None:
        return _error_info(entry.domain, entry.code, message, quality, http_status, entry, None, values, entry.category, entry.retry, reset_ms)
    category = entry.category if variant.category is None else variant.category
    retry = entry.retry if variant.retry is None else variant.retry
    return _error_info(entry.domain, entry.code, message, quality, http_status, entry, variant, values, category, retry, reset_ms)


def classify(domain: Domain, code: int | str | None, message: str) -> KucoinErrorInfo:
    """Match a code and message against the catalogue: the entry, the variant and its placeholder values.

    Both compare normalised texts: runs of white space count as one space, and
    white space at either end, trailing full stops and the case of ASCII letters
    do not count. An exact match compares the whole text; a template match fills
    the variant's placeholders (``values``, read from the normalised message).
    """
    return _classify(domain, code, message, None)


def _number_text(number: float) -> str:
    """``number`` as JavaScript's ``String()`` writes it ("200004.5", "1e+21", "Infinity"), so both bindings keep an odd code alike."""
    import math  # noqa: PLC0415 - only a code sent as an odd number needs it

    if math.isnan(number):
        return "NaN"
    if number in (_INFINITY, -_INFINITY):
        return "Infinity" if number > 0 else "-Infinity"
    if number == 0:
        return "0"
    # repr gives the shortest digits that read back as the number, as JavaScript does; value = 0.digits * 10**point.
    mantissa, _, exponent = repr(abs(number)).partition("e")
    whole, _, fraction = mantissa.partition(".")
    digits = (whole + fraction).lstrip("0")
    point = len(whole) + int(exponent or "0") - (len(whole) + len(fraction) - len(digits))
    digits = digits.rstrip("0")
    sign = "-" if number < 0 else ""
    if len(digits) <= point <= 21:
        return sign + digits + "0" * (point - len(digits))
    if 0 < point <= 21:
        return sign + digits[:point] + "." + digits[point:]
    if -6 < point <= 0:
        return sign + "0." + "0" * -point + digits
    fraction = "." + digits[1:] if len(digits) > 1 else ""
    return f"{sign}{digits[0]}{fraction}e{'+' if point > 0 else '-'}{abs(point - 1)}"


def _wire_code(raw: object) -> int | str | None:
    """The code as KuCoin sent it: an int for a whole number in 1..2**31-1, else the raw string, None when absent.

    A number that is no code keeps the text JavaScript gives it, as JSON numbers are doubles in both bindings.
    """
    if isinstance(raw, str):
        if raw.isascii() and raw.isdigit() and raw[0] != "0" and len(raw) <= 10:
            code = int(raw)
            return code if code <= MAX_CODE else raw
        return raw or None
    if isinstance(raw, bool) or raw is None:
        return None
    if isinstance(raw, int):
        if 0 < raw <= MAX_CODE:
            return raw
        try:
            raw = float(raw)
        except OverflowError:
            raw = _INFINITY if raw > 0 else -_INFINITY
    if isinstance(raw, float):
        return int(raw) if raw.is_integer() and 0 < raw <= MAX_CODE else _number_text(raw)
    return None


def _as_mapping(value: object) -> Mapping[object, object] | None:
    return cast("Mapping[object, object]", value) if isinstance(value, _readers().mapping) else None


_JSON_SPACE: Final = " \t\n\r"


def _nests_too_deep(text: str) -> bool:
    """True when the JSON in ``text`` nests deeper than MAX_JSON_DEPTH; linear."""
    depth = 0
    for token in _readers().json_nesting.finditer(text):
        bracket = token.group()
        if bracket in "{[":
            depth += 1
            if depth > MAX_JSON_DEPTH:
                return True
        elif bracket in "]}":
            depth -= 1
    return False


def _raw_decode_on_fresh_stack(decoder: json.JSONDecoder, text: str, start: int) -> tuple[object, int]:
    """The decoder's ``raw_decode`` on a fresh thread's stack: for a caller whose stack is too deep to parse on."""
    import threading  # noqa: PLC0415 - only a caller near the recursion limit needs it

    result: list[tuple[object, int] | BaseException] = []

    def parse() -> None:
        try:
            result.append(decoder.raw_decode(text, start))
        except (ValueError, RecursionError) as error:
            result.append(error)

    worker = threading.Thread(target=parse)
    worker.start()
    worker.join()
    if isinstance(result[0], BaseException):
        raise result[0] from None
    return result[0]


def _decode(body: object) -> tuple[Mapping[object, object] | None, str]:
    """The JSON object of a body (bytes, str or already decoded) and its text; never raises.

    A byte order mark before the text is dropped, as fetch's ``text()`` and ``TextDecoder`` do.
    """
    if isinstance(body, str):
        text = body
    elif isinstance(body, (bytes, bytearray)):
        text = body.decode("utf-8", errors="replace")
    else:
        return _as_mapping(body), ""
    if text[:1] == "{":
        start = 0
    else:
        if text[:1] == "\ufeff":
            text = text[1:]
        start = len(text) - len(text.lstrip(_JSON_SPACE))
        if text[start : start + 1] != "{":
            return None, text
    # Only a text with more brackets than the limit can nest too deep: most are spared the scan.
    if len(text) > MAX_JSON_DEPTH and text.count("{") + text.count("[") > MAX_JSON_DEPTH and _nests_too_deep(text):
        return None, text
    decoder = (_READERS or _readers_made())[0].json
    try:
        try:
            document, end = decoder.raw_decode(text, start)
        except RecursionError:
            document, end = _raw_decode_on_fresh_stack(decoder, text, start)
    except (ValueError, RecursionError):
        return None, text
    if end < len(text) and text[end:].strip(_JSON_SPACE):
        return None, text  # text after the object: not JSON
    return cast("dict[object, object]", document), text


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def parse_response(status: int, body: object, headers: HeadersInput | None = None, *, domain: Domain) -> KucoinErrorInfo | None:
    """None when a KuCoin response is a success, else the classified error; never raises on wire data.

    ``body`` is bytes, str or an already decoded mapping. KuCoin sends error
    codes with any HTTP status, so the body decides; the status only fills in
    when the body carries no code (an empty, truncated or HTML body).
    ``headers`` is a mapping, an object with ``items()`` (``HTTPMessage``) or
    (name, value) pairs, names and values str or bytes; the rate-limit reset
    header, found ignoring case, is kept for ``retry_after``. Raises ValueError
    for a domain the catalogue does not have, whatever the response.
    """
    success = _SUCCESS.get(domain)
    if success is None:
        raise _unknown_domain(domain)
    document, text = _decode(body)
    if document is not None:
        code = _wire_code(document.get("code"))
        if document.get("success") is True or code in success:
            # A failure can come under the success code ("Position does not exist"): its exact text names it,
            # a catalogued entry's text first, then a message the domain lists as a failure under success.
            message = _text(document.get("msg")) or _text(document.get("message"))
            wire, code = code, _code_of_exact_text(domain, message)
            if code is None:
                failure = _failure_under_success(domain, message)
                if failure is None:
                    return None
                reset_ms = None if headers is None else _header_ms(headers, RATE_LIMIT_RESET_HEADER)
                return _unnumbered_info(wire, message, status, reset_ms, failure)
        if code is None and 200 <= status <= 299 and "data" in document:
            return None
        message = _text(document.get("msg")) or _text(document.get("message"))
    else:
        readers = _readers()
        code = 1015 if readers.error_1015.search(text) and readers.rate_limited.search(text) else None
        message = text.strip(WHITESPACE)[:MESSAGE_LIMIT]
    return _classify(domain, code, message, status, None if headers is None else _header_ms(headers, RATE_LIMIT_RESET_HEADER))


def parse_ws_message(frame: object) -> KucoinErrorInfo | None:
    """None unless a websocket frame is an error, else the error classified in the websocket domain; never raises on wire data.

    An error frame is ``{"type": "error", "code": 509, "data": "exceed max permits per second"}``:
    the message is in ``data``. ``frame`` is bytes, str or an already decoded mapping.
    Raises ValueError when the catalogue has no websocket domain.
    """
    document, _ = _decode(frame)
    if document is None or document.get("type") != "error":
        return None
    code = _wire_code(document.get("code"))
    message = _text(document.get("data")) or _text(document.get("msg"))
    return _classify(_WEBSOCKET, code, message, None)


def _header(headers: object, name: str) -> object:
    """The value of the header ``name`` (in lower case), names compared ignoring case; None when absent.

    ``headers`` is a mapping, an object with ``items()`` or an iterable of (name,
    value) pairs, with str or bytes names; any other shape has no headers.
    """
    if headers is None or isinstance(headers, (str, bytes, bytearray)):
        return None
    pairs: object
    readers = _readers()
    if isinstance(headers, (dict, readers.mapping)):
        mapping = cast("Mapping[object, object]", headers)
        value = mapping.get(name)  # the name as sent in lower case, or any case in a case-insensitive mapping
        if value is not None:
            return value
        pairs = mapping.items()
    else:
        items: object = getattr(headers, "items", None)
        pairs = items() if callable(items) else headers
    if not isinstance(pairs, readers.iterable):
        return None
    for pair in cast("Iterable[object]", pairs):
        if isinstance(pair, (tuple, list)) and len(cast("tuple[object, ...]", pair)) == 2:
            key, value = cast("tuple[object, object]", pair)
            if isinstance(key, (bytes, bytearray)):
                key = key.decode("latin-1")
            if isinstance(key, str) and _fold(key) == name:
                return value
    return None


def _header_ms(headers: object, name: str) -> float | None:
    """The header ``name`` as milliseconds: plain decimal digits (the first value of a list); None otherwise."""
    value = _header(headers, name)
    if not isinstance(value, str):
        if isinstance(value, (list, tuple)):
            value = cast("list[object]", value)[0] if value else None
        if isinstance(value, (bytes, bytearray)):
            value = value.decode("latin-1")
        if not isinstance(value, str):
            return None
    if not (value.isascii() and value.isdigit()):
        matched = _readers().header_milliseconds.fullmatch(value)
        if matched is None:
            return None
        value = matched.group(1)
    milliseconds = float(value)
    return milliseconds if milliseconds < _INFINITY else None


def retry_after(info: KucoinErrorInfo, headers: HeadersInput | None = None, *, attempts: int = 1) -> float | None:
    """Seconds to wait before retrying, or None when retrying will not help.

    None also for ``check_state`` (look the write up before sending it again) and
    once ``attempts`` (how many times the request was sent) reaches the advice's
    ``max_attempts``: then follow ``retry.then``.

    In order: the header the retry advice names (``after_header``, milliseconds:
    ``gw-ratelimit-reset`` for 429000 and HTTP 403 or 429), read from
    ``headers`` or, when they are None, from the response; the catalogue's
    block time (``after_ms``: futures 1015 30 s, futures 200002 10 s); the
    category's default delay. A header the advice does not name is ignored:
    KuCoin sends ``gw-ratelimit-reset`` with every response.
    """
    advice = info.retry
    if advice is None or not advice.retryable or (advice.max_attempts is not None and attempts >= advice.max_attempts):
        return None
    if advice.after_header is not None:
        if headers is not None:
            header_ms = _header_ms(headers, advice.after_header)
        else:
            header_ms = info.reset_ms if advice.after_header == RATE_LIMIT_RESET_HEADER else None
        if header_ms is not None:
            return header_ms / 1000
    if advice.after_ms is not None:
        return advice.after_ms / 1000
    return _DEFAULT_RETRY_SECONDS.get(info.category or "", FALLBACK_RETRY_DELAY_MS / 1000)


def batch_failures(body: object, *, domain: Domain) -> list[tuple[int, KucoinErrorInfo]]:
    """The failed items of a batch response (``"200000"`` outside, failures inside ``data``), by index.

    Raises ValueError for a domain the catalogue does not have, as every function taking a domain does.
    """
    if domain not in ENUM_CLASSES:
        raise _unknown_domain(domain)
    document, _ = _decode(body)
    data = document.get("data") if document is not None else None
    wrapper = _as_mapping(data)
    if wrapper is not None:
        data = wrapper.get("data")
        if not isinstance(data, list):
            data = wrapper.get("items")
    if not isinstance(data, list):
        return []
    failures: list[tuple[int, KucoinErrorInfo]] = []
    for index, element in enumerate(cast("list[object]", data)):
        item = _as_mapping(element)
        if item is None:
            continue
        code = _wire_code(item.get("code"))
        failed = item.get("success") is False or item.get("status") == "fail" or (code is not None and not is_success(domain, code))
        if failed:
            message = _text(item.get("failMsg")) or _text(item.get("msg"))
            failures.append((index, _classify(domain, code, message, None)))
    return failures


def raise_for_response(status: int, body: object, headers: HeadersInput | None = None, *, domain: Domain) -> None:
    """Raise the category's KucoinAPIError subclass when the response is a failure."""
    info = parse_response(status, body, headers, domain=domain)
    if info is not None:
        error_class = ERROR_CLASSES[info.category] if info.category is not None else KucoinAPIError
        raise error_class(info)
