"""The package's type aliases and protocols: what annotations name.

Static source of the kucoin_errors runtime, copied verbatim into the generated
package, where the catalogue's aliases (``Domain``, ``Category``,
``RetryAction``, ``MarginScope``, ``PlaceholderKind``) follow it. Type checkers
read them here; at run time the package imports this module only when one of
them is first read, as typing costs more to import than the whole package.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal, Protocol, TypeAlias

#: How well a message matched the catalogue: its exact text, a filled-in template, only its code, or nothing.
MatchQuality = Literal["exact", "template", "code_only", "unknown"]


class SupportsHeaderItems(Protocol):
    """Headers with ``items()``: a dict, ``http.client.HTTPMessage``, the headers of requests, httpx or aiohttp."""

    def items(self) -> Iterable[tuple[Any, Any]]: ...


#: Response headers: an object with ``items()`` or an iterable of (name, value) pairs; names and values str or bytes.
HeadersInput: TypeAlias = "SupportsHeaderItems | Iterable[tuple[Any, Any]]"
