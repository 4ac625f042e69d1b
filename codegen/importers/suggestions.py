"""Suggestions for rows the catalogue does not have yet: split, name, placeholders, category, retry.

Every suggestion is provisional: the importer marks what it adds with
``review`` and a person confirms or corrects it. A message the catalogue
already classifies (in any domain) is classified the same way again, so the
same failure keeps the same category across Spot, Margin and Futures; other
messages are classified by the first keyword rule that matches.
"""

from __future__ import annotations

import re
from functools import cache

from codegen.model import ROW_SEPARATOR, Placeholder, RetryAdvice
from codegen.naming import identifier_problem
from codegen.placeholders import PLACEHOLDER_PATTERN, find_placeholder_tokens
from codegen.taxonomy import load_schema, load_taxonomy

# The header that tells how long a rate limit lasts (milliseconds until it resets).
RATE_LIMIT_RESET_HEADER = "gw-ratelimit-reset"

# A machine key as KuCoin prints it before " -- ": dotted lowerCamel segments.
_KEY = re.compile(r"[a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+")

# First match wins, so the specific rules come before the general ones.
_CATEGORY_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (category, re.compile(pattern))
    for category, pattern in (
        ("rate_limited", r"too many requests?|rate limit|too frequent|access limit|traffic limit|limit breached|frequency limit|\bblock(?:ed)? \d"),
        ("authentication", r"any of kc-api|missing in (?:your )?request header|not logged in"),
        ("invalid_nonce", r"timestamp|server time|time differs"),
        ("permission_denied", r"permission|whitelist|access denied|forbidden|not allowed to access|ip (?:address )?(?:is )?restricted"),
        ("kyc_required", r"\bkyc\b|identity verification|complete authentication"),
        ("authentication", r"signature|passphrase|kc-api-key|api[- ]?key|unauthori[sz]ed"),
        ("region_restricted", r"country|region|jurisdiction"),
        ("account_suspended", r"frozen|risk (?:control|problem)|restricted access|account (?:is |has been )?(?:locked|disabled|suspended)"),
        ("account_not_enabled", r"(?:open|enable|activate) (?:margin|futures|high[- ]frequency)|leverage agreement|not support high[- ]frequency|(?:margin|futures|high[- ]frequency) (?:trading )?(?:is )?not (?:yet )?(?:opened|enabled|activated)"),
        ("network_timeout", r"timeout|timed out"),
        ("operation_in_progress", r"in progress|processing|being processed|being liquidated|renewing|renewal|liquidation|confirming|to be settled"),
        ("limit_exceeded", r"position limit|loan limit|borrowing limit|too many orders"),
        ("maintenance", r"maintenance|upgrad|suspend|offline|settlement|market is closed"),
        ("exchange_unavailable", r"busy|service unavailable|try (?:again )?later|please retry|overload|\bservice\b|internal|(?:system|server|network) error"),
        ("exchange_error", r"unknown error"),
        ("duplicate_order_id", r"duplicate|already exists|client ?oid|client order id"),
        ("order_not_found", r"order (?:does )?not exist|order not found|no such order"),
        ("insufficient_funds", r"insufficient|balance|not enough"),
        ("not_supported", r"not support|unsupported"),
        ("bad_symbol", r"(?:symbol|contract|trading pair)\b.*\b(?:not|invalid|cant|can't|cannot)|(?:invalid|unknown) (?:symbol|contract)"),
        ("not_found", r"not found|not exists?\b|does not exist|no such"),
        ("operation_rejected", r"not (?:yet )?started|\bended\b|sold out|fully subscribed|not cancelable|cannot redeem|unable to|unavailable to|only new users|do not meet|pay off|disabled|prohibited"),
        ("exchange_error", r"\bfailed\b|abnormal"),
        ("invalid_order", r"(?:limit|market|stop) orders?|order type|(?:price|size|quantity) (?:is )?(?:invalid|not valid)|invalid (?:price|size|quantity)"),
        ("limit_exceeded", r"exceed|maximum|limit|too (?:large|many|much)"),
        ("invalid_order", r"price|size|quantity|order|leverage|precision|increment|lot\b|less than|minimum"),
        ("bad_request", r"parameter|invalid|illegal|error|incorrect|wrong|missing|format|must|required|empty"),
    )
)
FALLBACK_CATEGORY = "exchange_error"

_NAME_STOP_WORDS = frozenset(
    "a an the please your you is are was were be been being this that these those it its of to for in on at by with from and or "
    "has have had will would can could should there their s t currently current which as than also we our us do does did any".split()
)
_MAX_NAME_WORDS = 5
# A name cut after one of these says the opposite of the message ("KEY_NOT" for "key not found"): take the next word too.
_DANGLING_WORDS = frozenset({"NOT", "NO", "CANNOT", "CANT", "NOR", "NEITHER", "WITHOUT", "UNABLE"})


@cache
def _max_name_base() -> int:
    """The longest base a suggested name may have: the schema's limit, less room for a suffix (_2 ... _999) that keeps it unique."""
    return int(load_schema()["$defs"]["identifier"]["maxLength"]) - 4


# What a placeholder holds when the token says it; indexed and xxx tokens hold "a value".
_PLACEHOLDER_NAMES = {"XX": "currency", "XXX-XXX": "symbol", "xxx": "value"}


def split_row(text: str) -> tuple[str | None, str, str | None]:
    """(key, message, detail) of a documented row: ``key -- message -- detail`` without the absent parts.

    A first part shaped like a machine key (``withdraw.disabled``) is the key;
    of the rest, the first part is the message and anything after the next
    separator its detail.
    """
    parts = text.split(ROW_SEPARATOR)
    key = None
    if len(parts) > 1 and _KEY.fullmatch(parts[0]):
        key = parts.pop(0)
    message = parts[0]
    detail = ROW_SEPARATOR.join(parts[1:]) if len(parts) > 1 else None
    if not message.strip() or (detail is not None and not detail.strip()):
        return None, text, None  # a separator at an edge: keep the row whole
    return key, message, detail


def suggest_category(text: str) -> str:
    """The category the first keyword rule gives ``text``, or exchange_error when none does."""
    lowered = text.lower()
    for category, pattern in _CATEGORY_RULES:
        if pattern.search(lowered):
            return category
    return FALLBACK_CATEGORY


def suggest_retry(category: str) -> RetryAdvice:
    """The usual advice of a category; a rate limit waits for the reset header."""
    action = load_taxonomy().usual_retry(category)
    return RetryAdvice(action, after_header=RATE_LIMIT_RESET_HEADER if action == "wait" else None)


def _words(text: str) -> list[str]:
    without_placeholders = re.sub(r"\{[0-9]+\}|XXX-XXX|\bxxx\b|\bXX\b", " ", text)
    spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", without_placeholders)  # symbolNotAvailable
    spaced = spaced.replace("'", "")  # there's -> theres, not there s
    return [word for word in re.split(r"[^A-Za-z0-9]+", spaced) if word]


def suggest_identifier(text: str, taken: set[str], *, fallback: str) -> str:
    """An UPPER_SNAKE name from the words of ``text``, valid in both targets and not in ``taken``.

    Placeholders and filler words are dropped and at most five words kept:
    "Please complete the KYC verification before you trade XX" gives
    COMPLETE_KYC_VERIFICATION_BEFORE_TRADE. ``fallback`` is used when the
    text has no usable word, and suffixes ``_2``, ``_3`` ... keep it unique.
    """
    words = [word.upper() for word in _words(text) if word.lower() not in _NAME_STOP_WORDS]
    count = min(len(words), _MAX_NAME_WORDS)
    while count < len(words) and words[count - 1] in _DANGLING_WORDS:
        count += 1
    base = "_".join(words[:count]) or fallback
    if not base[0].isalpha():
        base = f"{fallback}_{base}"
    if identifier_problem(base) is not None:
        base = f"{base}_ERROR"
    base = base[:_max_name_base()].rstrip("_")
    name, suffix = base, 2
    while name in taken or identifier_problem(name) is not None:
        name, suffix = f"{base}_{suffix}", suffix + 1
    return name


def suggest_placeholders(message: str, known: tuple[Placeholder, ...] = ()) -> tuple[Placeholder, ...]:
    """One placeholder per token of ``message``, in order; names and kinds of ``known`` tokens are kept."""
    kept = {placeholder.token: placeholder for placeholder in known}
    placeholders: list[Placeholder] = []
    names: set[str] = set()
    for token in find_placeholder_tokens(message):
        if token in kept and kept[token].name not in names:
            placeholder = kept[token]
        else:
            base = _PLACEHOLDER_NAMES.get(token, f"value_{token.strip('{}')}" if token.startswith("{") else "value")
            name, suffix = base, 2
            while name in names:
                name, suffix = f"{base}_{suffix}", suffix + 1
            placeholder = Placeholder(token, name)
        names.add(placeholder.name)
        placeholders.append(placeholder)
    return _touching_as_amount_and_currency(message, placeholders)


def _touching_as_amount_and_currency(message: str, placeholders: list[Placeholder]) -> tuple[Placeholder, ...]:
    """Two placeholders with nothing between them ("{1}{0}") are read as a number then a currency ("1.5BTC"), the one pair that can be told apart."""
    found = list(PLACEHOLDER_PATTERN.finditer(message))
    for index in range(1, len(found)):
        if found[index - 1].end() == found[index].start():
            first, second = placeholders[index - 1], placeholders[index]
            placeholders[index - 1] = Placeholder(first.token, first.name, first.kind or "number")
            placeholders[index] = Placeholder(second.token, second.name, second.kind or "currency")
    return tuple(placeholders)
