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
# The separator of a row that glues message and detail (futures 200002), between two characters that are not spaces.
GLUED_SEPARATOR = "--"
_GLUED_SEPARATOR = re.compile(r"[^\s-]--[^\s-]")

# First match wins, so the specific rules come before the general ones.
# A rule marked "weak" names a category from a word that does not tell whether retrying helps
# ("service", "suspended"): it never leads to retry or wait advice.
_WEAK = "weak"
_CATEGORY_RULES: tuple[tuple[str, re.Pattern[str], bool], ...] = tuple(
    (category, re.compile(pattern), bool(weak))
    for category, pattern, *weak in (
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
        ("maintenance", r"maintenance|upgrad|offline|settlement|market is closed"),
        ("maintenance", r"suspend", _WEAK),
        ("exchange_unavailable", r"busy|service unavailable|try (?:again )?later|please retry|overload|internal (?:server )?error|(?:system|server|network) error"),
        ("exchange_unavailable", r"\bservice\b|internal", _WEAK),
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
# How many times a suspension with no documented end is retried before the client stops (README, "Retry actions").
MAINTENANCE_MAX_ATTEMPTS = 10
# A message that is one identifier: UserNotExist, USER_NOT_EXIST, systemConfigError.
_IDENTIFIER_MESSAGE = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*")

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


def split_documented(text: str) -> tuple[str | None, str, str | None, str | None]:
    """(key, message, detail, detail separator) of a documented row: ``key -- message -- detail`` without the absent parts.

    A first part shaped like a machine key (``withdraw.disabled``) is the key;
    of the rest, the first part is the message and anything after the next
    separator its detail. A row with no `` -- `` that glues message and detail
    with ``--`` between two words ("retry later--KuCoin business layer ...")
    is split there, and its separator is ``--``; otherwise the separator is
    None (the usual `` -- ``).
    """
    parts = text.split(ROW_SEPARATOR)
    key = None
    if len(parts) > 1 and _KEY.fullmatch(parts[0]):
        key = parts.pop(0)
    message = parts[0]
    detail = ROW_SEPARATOR.join(parts[1:]) if len(parts) > 1 else None
    if not message.strip() or (detail is not None and not detail.strip()):
        return None, text, None, None  # a separator at an edge: keep the row whole
    if detail is None and (glued := _GLUED_SEPARATOR.search(message)) is not None:
        return key, message[: glued.start() + 1], message[glued.end() - 1 :], GLUED_SEPARATOR
    return key, message, detail, None


def split_row(text: str) -> tuple[str | None, str, str | None]:
    """(key, message, detail) of a documented row; ``split_documented`` also says how the detail is joined."""
    key, message, detail, _ = split_documented(text)
    return key, message, detail


def _rule_text(text: str) -> str:
    """``text`` as the rules read it: lower case, and a message that is one identifier split into its words.

    "ServiceUnavailable", "SYSTEM_BUSY" and "contractRiskLimitNotExist" read as
    "service unavailable", "system busy" and "contract risk limit not exist".
    """
    if _IDENTIFIER_MESSAGE.fullmatch(text):
        text = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", text).replace("_", " ")
    return text.lower()


def _first_rule(text: str) -> tuple[str, bool] | None:
    lowered = _rule_text(text)
    for category, pattern, weak in _CATEGORY_RULES:
        if pattern.search(lowered):
            return category, weak
    return None


def suggest_category(text: str) -> str:
    """The category the first keyword rule gives ``text``, or exchange_error when none does."""
    found = _first_rule(text)
    return found[0] if found is not None else FALLBACK_CATEGORY


def suggest_retry(category: str) -> RetryAdvice:
    """The usual advice of a category; a rate limit waits for the reset header, a suspension is retried a bounded number of times."""
    action = load_taxonomy().usual_retry(category)
    if category == "maintenance":
        return RetryAdvice(action, max_attempts=MAINTENANCE_MAX_ATTEMPTS, then="stop")
    return RetryAdvice(action, after_header=RATE_LIMIT_RESET_HEADER if action == "wait" else None)


def suggest_advice(text: str) -> tuple[str, RetryAdvice, str | None]:
    """The category and retry advice for a new row, and why a person must decide the advice (None when the rules are sure).

    Retrying and waiting are advised only where a rule tells the meaning: a row
    no rule reads, or one read from a word that does not say whether retrying
    helps, gets ``stop``, which is safe to follow, until a person decides.
    """
    found = _first_rule(text)
    if found is None:
        return FALLBACK_CATEGORY, suggest_retry(FALLBACK_CATEGORY), "no rule reads this message: its category and advice are guesses"
    category, weak = found
    retry = suggest_retry(category)
    if weak and retry.action in ("retry", "wait"):
        return category, RetryAdvice("stop"), f"the message does not say whether retrying helps: {retry.action} is the usual advice of {category}, stop is suggested until a person decides"
    return category, retry, None


def _words(text: str) -> list[str]:
    without_placeholders = re.sub(r"\{[0-9]+\}|XXX-XXX|\bxxx\b|\bXX\b", " ", text)
    spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", without_placeholders)  # symbolNotAvailable
    spaced = spaced.replace("'", "")  # there's -> theres, not there s
    return [word for word in re.split(r"[^A-Za-z0-9]+", spaced) if word]


def suggest_name(text: str, taken: set[str]) -> str | None:
    """An UPPER_SNAKE name made of every word of ``text`` that says something, or None when none fits.

    Placeholders and filler words are dropped: "Please complete the KYC
    verification before you trade XX" gives COMPLETE_KYC_VERIFICATION_BEFORE_TRADE.
    There is no good name, and so None, when more than five words remain (a
    name cut from a sentence says less than it seems to), the name would be
    too long, would start with a digit, or is in ``taken`` (a ``_2`` suffix
    tells nothing apart).
    """
    words = [word.upper() for word in _words(text) if word.lower() not in _NAME_STOP_WORDS]
    count = min(len(words), _MAX_NAME_WORDS)
    while count < len(words) and words[count - 1] in _DANGLING_WORDS:
        count += 1
    if not words or count < len(words) or not words[0][0].isalpha():
        return None
    name = "_".join(words)
    if identifier_problem(name) is not None:
        name = f"{name}_ERROR"
    if len(name) > _max_name_base() or name in taken or identifier_problem(name) is not None:
        return None
    return name


def placeholder_name(base: str, taken: set[str]) -> str:
    """``base`` (a name that says it awaits one, such as UNNAMED_400100), with a suffix when it is taken."""
    name, suffix = base, 2
    while name in taken:
        name, suffix = f"{base}_{suffix}", suffix + 1
    return name


def suggest_identifier(text: str, taken: set[str], *, fallback: str) -> str:
    """A name from the words of ``text`` (``suggest_name``), else the placeholder ``fallback``, unique in ``taken``."""
    return suggest_name(text, taken) or placeholder_name(fallback, taken)


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
