"""Problems found in user input, reported as ``path:line:column: message``."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One mistake in an input file; line and column are 1-based (0 when unknown)."""

    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        # One line per problem, whatever a file name or a quoted value holds.
        return f"{printable(self.path)}:{self.line}:{self.column}: {printable(self.message)}"


class CatalogError(Exception):
    """The catalogue is invalid; carries every problem found, sorted by place."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(sorted(problems))
        super().__init__("\n".join(str(problem) for problem in self.problems))


def printable(text: str) -> str:
    """``text`` on one line, encodable as UTF-8: control and other unprintable characters become escapes.

    A byte of a file name that is not UTF-8 (decoded by Python as a lone
    surrogate U+DC80-U+DCFF) is shown as ``\\xNN``, the byte itself.
    """
    if text.isprintable():
        return text
    out = []
    for char in text:
        point = ord(char)
        if char.isprintable():
            out.append(char)
        elif 0xDC80 <= point <= 0xDCFF:
            out.append(f"\\x{point - 0xDC00:02x}")
        elif point < 0x100:
            out.append(f"\\x{point:02x}")
        else:
            out.append(f"\\u{point:04x}" if point < 0x10000 else f"\\U{point:08x}")
    return "".join(out)


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` for the closest choice, or an empty string."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""
