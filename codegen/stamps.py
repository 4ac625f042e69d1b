"""The hash every generated file carries of itself, to tell hand edits from stale output.

A generated file's banner holds ``File hash: sha256:<hex>``, the sha256 of
the whole file with that hex replaced by zeros. A file whose content no
longer gives its own hash was edited after generation.
"""

from __future__ import annotations

import hashlib
import re

UNSTAMPED = "0" * 64
STAMP_LABEL = "File hash: sha256:"
_STAMP = re.compile(re.escape(STAMP_LABEL) + "([0-9a-f]{64})")
_STAMP_BYTES = re.compile(re.escape(STAMP_LABEL.encode()) + b"([0-9a-f]{64})")


def stamp_line() -> str:
    """The banner line to render; ``stamp`` fills in the hash."""
    return f"{STAMP_LABEL}{UNSTAMPED} (of this file, with this value zeroed)."


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def stamp(text: str) -> str:
    """``text`` with the hash of its stamp line filled in; text without one is returned as is."""
    match = _STAMP.search(text)
    if match is None:
        return text
    start, end = match.span(1)
    return text[:start] + _digest(text[:start] + UNSTAMPED + text[end:]) + text[end:]


def stamp_bytes(data: bytearray) -> bytearray:
    """``stamp`` of UTF-8 text, in place: the same bytes as ``stamp(data.decode()).encode()``, without a copy of the text."""
    match = _STAMP_BYTES.search(data)
    if match is None:
        return data
    start, end = match.span(1)
    with memoryview(data) as view:
        digest = hashlib.sha256(view[:start])
        digest.update(UNSTAMPED.encode())
        digest.update(view[end:])
    data[start:end] = digest.hexdigest().encode()
    return data


def carries_valid_stamp(text: str) -> bool:
    """True when ``text`` has a stamp and its content still gives that hash."""
    match = _STAMP.search(text)
    if match is None:
        return False
    start, end = match.span(1)
    return _digest(text[:start] + UNSTAMPED + text[end:]) == match.group(1)


def carries_valid_stamp_bytes(data: bytes | bytearray) -> bool:
    """``carries_valid_stamp`` of UTF-8 text, without decoding it."""
    match = _STAMP_BYTES.search(data)
    if match is None:
        return False
    start, end = match.span(1)
    with memoryview(data) as view:
        digest = hashlib.sha256(view[:start])
        digest.update(UNSTAMPED.encode())
        digest.update(view[end:])
    return digest.hexdigest().encode() == match.group(1)
