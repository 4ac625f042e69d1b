"""Placeholders in KuCoin's message templates.

KuCoin writes the values it substitutes into a message in four ways:
``{0}``, ``{1}`` ... (indexed), ``xxx`` (any value), ``XX`` (a currency or
token) and ``XXX-XXX`` (a symbol). ``xxx`` and ``XX`` count only as whole
words, so ``XXX`` or ``xxxy`` are text.
"""

from __future__ import annotations

import re

PLACEHOLDER_PATTERN = re.compile(r"\{[0-9]+\}|XXX-XXX|(?<![A-Za-z0-9])(?:xxx|XX)(?![A-Za-z0-9])")


def may_hold_placeholders(text: str) -> bool:
    """False when ``text`` holds no placeholder token for certain: every token holds ``{``, ``XX`` or ``xxx``.

    Three substring searches cost a fraction of PLACEHOLDER_PATTERN's scan of a long text, and most texts hold no token.
    """
    return "{" in text or "XX" in text or "xxx" in text


def find_placeholder_tokens(text: str) -> list[str]:
    """Every placeholder token in ``text``, in order of appearance."""
    return PLACEHOLDER_PATTERN.findall(text) if may_hold_placeholders(text) else []
