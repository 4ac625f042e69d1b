"""What the command line prints, at three levels: ``--quiet`` (errors only), the default (a summary), ``-v`` (each step).

Errors go to stderr, everything else to stdout. Colour is used only on a
terminal, and never when ``NO_COLOR`` is set (https://no-color.org) or
``TERM`` is ``dumb``.
"""

from __future__ import annotations

import os
import re
import sys
from typing import TextIO

QUIET, NORMAL, VERBOSE = -1, 0, 1

_RESET = "\033[0m"
_STYLES = {"bold": "\033[1m", "dim": "\033[2m", "red": "\033[31m", "green": "\033[32m", "yellow": "\033[33m"}
#: The ``path:line:column:`` that starts a problem line.
_PLACE = re.compile(r"^(.+?:\d+:\d+:)(?= )")


def colour_enabled(stream: TextIO) -> bool:
    """Whether ``stream`` gets colour: a terminal, ``NO_COLOR`` unset or empty, ``TERM`` not ``dumb``."""
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


class Console:
    """Prints at a verbosity (QUIET, NORMAL or VERBOSE); reads sys.stdout and sys.stderr when it prints."""

    def __init__(self, verbosity: int = NORMAL) -> None:
        self.verbosity = verbosity

    def _print(self, stream: TextIO, text: str, style: str | None) -> None:
        if style is not None and colour_enabled(stream):
            text = "\n".join(f"{_STYLES[style]}{line}{_RESET}" for line in text.split("\n"))
        print(text, file=stream)

    def step(self, text: str) -> None:
        """What is being done, with ``-v`` only."""
        if self.verbosity >= VERBOSE:
            self._print(sys.stdout, text, "dim")

    def info(self, text: str, style: str | None = None) -> None:
        """A summary or a report asked for; not with ``--quiet``."""
        if self.verbosity >= NORMAL:
            self._print(sys.stdout, text, style)

    def output(self, text: str) -> None:
        """Text that is the product of the command (a diff asked for), written as it is at every verbosity."""
        sys.stdout.write(text)

    def error(self, text: str, style: str | None = "red") -> None:
        """A problem or a failure, always."""
        self._print(sys.stderr, text, style)

    def problem(self, text: str) -> None:
        """A ``path:line:column: message`` line, its place in bold."""
        if colour_enabled(sys.stderr):
            text = _PLACE.sub(lambda place: f"{_STYLES['bold']}{place.group(1)}{_RESET}", text, count=1)
        print(text, file=sys.stderr)
