"""Names in the generated code: identifier rules, reserved words, and derived names.

Reserved words are data: each target's language names its own file
(``codegen/targets/reserved/<language>.txt`` for the built-in ones); the
functions here are pure and tested on their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from codegen.target import Language, languages

IDENTIFIER_PATTERN = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*")


def reserved_words(language: str) -> frozenset[str]:
    """The words a generated identifier may not be in the registered language ``language``."""
    for known in languages():
        if known.name == language:
            return known.reserved_words
    raise KeyError(language)


def identifier_problem(name: str, among: Iterable[Language] | None = None) -> str | None:
    """Why ``name`` cannot be a generated identifier (in ``among``, default every registered language), or None when it can."""
    if not IDENTIFIER_PATTERN.fullmatch(name):
        return f"{name!r} is not an UPPER_SNAKE identifier (letters A-Z, digits and single underscores, starting with a letter)"
    for language in languages() if among is None else among:
        if name in reserved_words(language.name):
            return f"{name!r} is reserved in {language.name.capitalize()}"
    return None


@cache  # called for every entry's name and domain of every target; the names repeat across targets
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
    """The exception class of a category: ``insufficient_funds`` -> ``InsufficientFundsError``."""
    return _EXCEPTION_NAMES.get(category, f"{pascal_case(category)}Error")
