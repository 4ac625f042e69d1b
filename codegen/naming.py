"""Names in the generated code: identifier rules, reserved words, and derived names.

Reserved words are data (``reserved/<language>.txt``); the functions here
are pure and tested on their own.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

RESERVED_DIR = Path(__file__).resolve().parent / "reserved"
LANGUAGES = ("python", "typescript")
IDENTIFIER_PATTERN = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*")


@cache
def reserved_words(language: str) -> frozenset[str]:
    """The words a generated identifier may not be in ``language``."""
    lines = (RESERVED_DIR / f"{language}.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def identifier_problem(name: str) -> str | None:
    """Why ``name`` cannot be a generated identifier, or None when it can."""
    if not IDENTIFIER_PATTERN.fullmatch(name):
        return f"{name!r} is not an UPPER_SNAKE identifier (letters A-Z, digits and single underscores, starting with a letter)"
    for language in LANGUAGES:
        if name in reserved_words(language):
            return f"{name!r} is reserved in {language.capitalize()}"
    return None


def pascal_case(snake: str) -> str:
    """``high_frequency`` -> ``HighFrequency``."""
    return "".join(part[:1].upper() + part[1:].lower() for part in snake.split("_") if part)


def camel_case(snake: str) -> str:
    """``retry_after_ms`` -> ``retryAfterMs``."""
    pascal = pascal_case(snake)
    return pascal[:1].lower() + pascal[1:]


def enum_class_name(domain: str) -> str:
    """The generated enum or union type of a domain: ``spot`` -> ``SpotErrorCode``."""
    return f"{pascal_case(domain)}ErrorCode"


def constant_name(domain: str) -> str:
    """The generated metadata table of a domain: ``spot`` -> ``SPOT_ERRORS``."""
    return f"{domain.upper()}_ERRORS"


# Exception classes that keep the name client authors know over the mechanical one.
_EXCEPTION_NAMES = {"rate_limited": "RateLimitError"}


def exception_class_name(category: str) -> str:
    """The Python exception of a category: ``insufficient_funds`` -> ``InsufficientFundsError``."""
    return _EXCEPTION_NAMES.get(category, f"{pascal_case(category)}Error")
