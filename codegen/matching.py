"""Message matchers: how both bindings tell which documented message a response carries.

A message and the catalogue's texts are compared once *normalised*: runs of
white space become one space, white space at either end and trailing full
stops and exclamation marks go, and (for exact matching) ASCII letters are
lowered. White space is Unicode's White_Space property, spelled out here
because Python's ``str.split`` and JavaScript's ``\\s`` disagree (U+001C to
U+001F, U+FEFF); case is ASCII case, because Python and JavaScript fold other
letters differently (the Kelvin sign, the long s).

A template is compiled into an expression over its normalised text, so a
filled-in message matches whenever its normalised text does. The expression
is written in the subset of syntax that Python's ``re`` (with ``re.ASCII``)
and JavaScript's ``RegExp`` (flag ``i`` only) read the same way: their
special characters are escaped with a backslash, every other character
stands for itself, and each placeholder becomes one capturing group shaped
by its kind. The bindings compile the expressions once, at import, and match
them against the whole normalised message, ignoring case.
"""

from __future__ import annotations

import re
import string

from codegen.model import ErrorEntry, MessageVariant
from codegen.placeholders import PLACEHOLDER_PATTERN
from codegen.wire import TRAILING, WHITESPACE, WHITESPACE_RUN

__all__ = ["KIND_PATTERNS", "TOUCHING_KIND_PATTERNS", "TRAILING", "WHITESPACE", "WHITESPACE_RUN", "entry_patterns", "escape_literal", "message_key", "message_pattern", "normalise"]


# Each group is anchored by the text around it, so "text" can be lazy; the
# others are shaped so two touching placeholders ({1}{0} in "1.5BTC") split right.
# Digits are [0-9]: Python's \d also matches other scripts' digits.
KIND_PATTERNS = {
    "number": r"(-?[0-9]+(?:\.[0-9]+)?)",
    "currency": r"([A-Za-z0-9]+)",
    "symbol": r"([A-Za-z0-9]+-[A-Za-z0-9]+)",
    "text": r"([^\n\r\u2028\u2029]+?)",
}

#: The pattern of a placeholder that directly follows another, by (kind before, kind): it cannot start
#: with a character the one before can end with, so the split is forced and matching stays linear
#: ("1.5BTC": a currency after a number starts with a letter; "1.51INCH" cannot be told apart).
TOUCHING_KIND_PATTERNS = {("number", "currency"): r"([A-Za-z][A-Za-z0-9]*)"}

_WHITESPACE_RUN = re.compile(WHITESPACE_RUN)
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)

# Characters with a meaning in either engine's syntax; every other character stands for itself in both.
_SPECIAL = frozenset("\\^$.|?*+()[]{}/-")
_ESCAPED_SPECIAL = str.maketrans({char: f"\\{char}" for char in _SPECIAL})
_HAS_SPECIAL = re.compile("[" + re.escape("".join(sorted(_SPECIAL))) + "]")


def normalise(text: str) -> str:
    """``text`` with runs of white space as one space, trimmed, without trailing full stops; case kept."""
    return _WHITESPACE_RUN.sub(" ", text).lstrip(" ").rstrip(TRAILING)


def message_key(text: str) -> str:
    """The form in which two texts are the same message to the bindings: normalised, ASCII letters lowered."""
    text = normalise(text)
    return text.lower() if text.isascii() else text.translate(_ASCII_LOWER)  # str.lower lowers only A-Z in ASCII text


def escape_literal(text: str) -> str:
    """``text`` as a pattern matching itself in both Python ``re`` and JavaScript ``RegExp``."""
    return text.translate(_ESCAPED_SPECIAL) if _HAS_SPECIAL.search(text) else text  # translate looks up every character


def message_pattern(variant: MessageVariant) -> str | None:
    """The anchored expression matching a normalised filled-in message of ``variant``, or None when it has no placeholders."""
    if not variant.placeholders:
        return None
    message = normalise(variant.message)
    parts = ["^"]
    position = 0
    before: str | None = None
    for match, placeholder in zip(PLACEHOLDER_PATTERN.finditer(message), variant.placeholders, strict=True):
        literal = message[position : match.start()]
        parts.append(escape_literal(literal))
        touching = before is not None and not literal
        parts.append(TOUCHING_KIND_PATTERNS[(before or "", placeholder.value_kind)] if touching else KIND_PATTERNS[placeholder.value_kind])
        before = placeholder.value_kind
        position = match.end()
    parts.append(escape_literal(message[position:]))
    parts.append("$")
    return "".join(parts)


#: Entries whose patterns were made, by id (the entry is kept with them, so the id cannot be reused meanwhile):
#: each template asks twice for each entry. Emptied when it reaches _PATTERN_CACHE_SIZE entries.
_PATTERN_CACHE: dict[int, tuple[ErrorEntry, tuple[tuple[int, str], ...]]] = {}
_PATTERN_CACHE_SIZE = 1 << 18


def entry_patterns(entry: ErrorEntry) -> list[tuple[int, str]]:
    """(variant index, expression) for every variant of ``entry`` that has placeholders."""
    cached = _PATTERN_CACHE.get(id(entry))
    if cached is not None and cached[0] is entry:
        return list(cached[1])
    patterns = [(index, message_pattern(variant)) for index, variant in enumerate(entry.variants)]
    found = tuple((index, pattern) for index, pattern in patterns if pattern is not None)
    if len(_PATTERN_CACHE) >= _PATTERN_CACHE_SIZE:
        _PATTERN_CACHE.clear()
    _PATTERN_CACHE[id(entry)] = (entry, found)
    return list(found)
