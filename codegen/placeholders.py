"""Placeholders in KuCoin's message templates.

KuCoin writes the values it substitutes into a message in four ways:
``{0}``, ``{1}`` ... (indexed), ``xxx`` (any value), ``XX`` (a currency or
token) and ``XXX-XXX`` (a symbol). ``xxx`` and ``XX`` count only as whole
words, so ``XXX`` or ``xxxy`` are text.
"""

from __future__ import annotations

import re

#: Each branch starts with its token's first character, so that the engine looks for one of ``{Xx`` in C before trying
#: any branch; the word-boundary test of ``xxx`` and ``XX`` is a look-behind at the token's first character.
PLACEHOLDER_PATTERN = re.compile(r"\{[0-9]+\}|XXX-XXX|x(?<![A-Za-z0-9]x)xx(?![A-Za-z0-9])|X(?<![A-Za-z0-9]X)X(?![A-Za-z0-9])")


def may_hold_placeholders(text: str) -> bool:
    """False when ``text`` holds no placeholder token for certain: every token holds ``{``, ``XX`` or ``xxx``.

    Three substring searches cost less than PLACEHOLDER_PATTERN's scan, and most texts hold no token.
    """
    return "{" in text or "XX" in text or "xxx" in text


def find_placeholder_tokens(text: str) -> list[str]:
    """Every placeholder token in ``text``, in order of appearance."""
    return PLACEHOLDER_PATTERN.findall(text) if may_hold_placeholders(text) else []
