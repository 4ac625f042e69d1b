"""Message matchers: each placeholder template compiled into a regular expression.

The expression is written once, here, in the subset of syntax that Python's
``re`` and JavaScript's ``RegExp`` (without flags other than ``i``) read the
same way: their special characters are escaped with a backslash, every other
character stands for itself, and each placeholder becomes one capturing group
shaped by its kind. The bindings compile the expressions once, at import, and match them
against the whole message, ignoring case.
"""

from __future__ import annotations

from codegen.model import ErrorEntry, MessageVariant
from codegen.placeholders import PLACEHOLDER_PATTERN

# Each group is anchored by the text around it, so "text" can be lazy; the
# others are shaped so two touching placeholders ({1}{0} in "1.5BTC") split right.
KIND_PATTERNS = {
    "number": r"(-?\d+(?:\.\d+)?)",
    "currency": r"([A-Za-z0-9]+)",
    "symbol": r"([A-Za-z0-9]+-[A-Za-z0-9]+)",
    "text": r"([^\n\r\u2028\u2029]+?)",
}


# Characters with a meaning in either engine's syntax; every other character stands for itself in both.
_SPECIAL = frozenset("\\^$.|?*+()[]{}/-")


def escape_literal(text: str) -> str:
    """``text`` as a pattern matching itself in both Python ``re`` and JavaScript ``RegExp``."""
    return "".join(f"\\{char}" if char in _SPECIAL else char for char in text)


def message_pattern(variant: MessageVariant) -> str | None:
    """The anchored expression matching a filled-in message of ``variant``, or None when it has no placeholders."""
    if not variant.placeholders:
        return None
    parts = ["^"]
    position = 0
    for match, placeholder in zip(PLACEHOLDER_PATTERN.finditer(variant.message), variant.placeholders, strict=True):
        parts.append(escape_literal(variant.message[position : match.start()]))
        parts.append(KIND_PATTERNS[placeholder.value_kind])
        position = match.end()
    parts.append(escape_literal(variant.message[position:]))
    parts.append("$")
    return "".join(parts)


def entry_patterns(entry: ErrorEntry) -> list[tuple[int, str]]:
    """(variant index, expression) for every variant of ``entry`` that has placeholders."""
    patterns = [(index, message_pattern(variant)) for index, variant in enumerate(entry.variants)]
    return [(index, pattern) for index, pattern in patterns if pattern is not None]
