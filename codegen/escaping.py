"""Escaping filters: any catalogue string, written safely into each output language.

Every string literal is one line: line breaks, control characters, U+2028
and U+2029 and other unprintable characters become escapes, so a message
can never end a comment, a string or a line early. The templates use these
filters for every catalogue string they print.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

_SHORT_ESCAPES = {"\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _python_escape(char: str) -> str:
    point = ord(char)
    if point < 0x100:
        return f"\\x{point:02x}"
    return f"\\u{point:04x}" if point < 0x10000 else f"\\U{point:08x}"


def _typescript_escape(char: str) -> str:
    point = ord(char)
    return f"\\u{point:04x}" if point < 0x10000 else f"\\u{{{point:x}}}"


def _go_escape(char: str) -> str:
    # \x in a Go string is a byte, not a character: every escape names a code point.
    point = ord(char)
    return f"\\u{point:04x}" if point < 0x10000 else f"\\U{point:08x}"


def _quote(text: str, escape: Any, quote: str = '"') -> str:
    # Printable text (the common case) holds no line break, control character or surrogate: only
    # the backslash and the quote need escaping, which str.replace does in C.
    if text.isprintable():
        return quote + text.replace("\\", "\\\\").replace(quote, "\\" + quote) + quote
    out = [quote]
    for char in text:
        if char in _SHORT_ESCAPES:
            out.append(_SHORT_ESCAPES[char])
        elif char == quote:
            out.append("\\" + quote)
        elif char.isprintable() and not "\ud800" <= char <= "\udfff":
            out.append(char)
        else:
            out.append(escape(char))
    out.append(quote)
    return "".join(out)


def python_string(text: str) -> str:
    """A Python string literal equal to ``text``, on one line, quoted as ``ruff format`` quotes it.

    Double quotes, unless the text holds more double quotes than single ones: the formatter's
    choice, so that formatting the output changes nothing.
    """
    if '"' not in text and "\\" not in text and text.isprintable():  # the common case, without a call: nothing to escape
        return f'"{text}"'
    return _quote(text, _python_escape, "'" if text.count('"') > text.count("'") else '"')


def python_docstring(text: str) -> str:
    """A triple-quoted Python docstring equal to ``text``, on one line.

    A double quote is escaped only where it could close the docstring: before another one, or last.
    """
    out = []
    for index, char in enumerate(text):
        if char in _SHORT_ESCAPES:
            out.append(_SHORT_ESCAPES[char])
        elif char == '"':
            out.append('\\"' if text[index + 1 : index + 2] in ('"', "") else char)
        elif char.isprintable() and not "\ud800" <= char <= "\udfff":
            out.append(char)
        else:
            out.append(_python_escape(char))
    return '"""' + "".join(out) + '"""'


def typescript_string(text: str, quote: str = '"') -> str:
    """A TypeScript string literal equal to ``text``, on one line, in double quotes or ``quote`` (``'``)."""
    return _quote(text, _typescript_escape, quote)


def go_string(text: str) -> str:
    """A double-quoted Go string literal equal to ``text``, on one line."""
    if '"' not in text and "\\" not in text and text.isprintable():  # the common case, without a call: nothing to escape
        return f'"{text}"'
    return _quote(text, _go_escape)


def jsdoc(text: str) -> str:
    """``text`` made safe inside a ``/** ... */`` comment: it cannot close the comment or break the line."""
    one_line = " ".join(text.splitlines())
    return one_line.replace("*/", "*\\/")


def line_comment(text: str) -> str:
    """``text`` made safe after ``#`` or ``//``: unprintable characters, line breaks among them, become escapes."""
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() else _python_escape(char) for char in text)


def json_document(value: Any) -> str:
    """Pretty-printed JSON with a final newline; non-ASCII kept as UTF-8.

    The text is ``json.dumps(value, indent=2, ensure_ascii=False)``'s, written
    by a direct walk (json's own indenting encoder is a much slower pure-Python
    generator); a value of a type the walk does not know goes to ``json.dumps``.
    """
    return "".join(json_chunks(value))


#: Containers this deep are opened piece by piece; what lies deeper is written whole by the direct walk.
_CHUNKED_DEPTH = 4
#: How many pieces make a chunk.
_CHUNK_PIECES = 4096


def json_chunks(value: Any) -> Iterator[str]:
    """``json_document(value)`` in pieces of bounded size, for a template to loop over.

    A document rendered whole is one string, which a single non-ASCII
    character makes Python store at four bytes a character; in pieces, the
    renderer can encode and join them as they come. The outer containers are
    walked one item at a time, each item by the direct walk.
    """
    out: list[str] = []
    for _ in _chunked_json(value, "\n", out, _CHUNKED_DEPTH):
        yield "".join(out)
        out.clear()
    out.append("\n")
    yield "".join(out)


def _chunked_json(value: Any, newline: str, out: list[str], depth: int) -> Iterator[None]:
    """Append ``value`` as indented JSON to ``out``, pausing (yielding) whenever ``out`` holds a chunk's worth of pieces."""
    kind = type(value)
    if depth == 0 or not (kind is dict or kind is list or kind is tuple) or not value or (kind is dict and any(type(key) is not str for key in value)):
        _plain_or_dumped(value, newline, out)
        return
    inner = newline + "  "
    if kind is dict:
        separator = "{" + inner
        for key, item in value.items():
            out.append(f"{separator}{_encode_json_string(key)}: ")
            yield from _chunked_json(item, inner, out, depth - 1)
            if len(out) >= _CHUNK_PIECES:
                yield
            separator = "," + inner
        out.append(newline + "}")
    else:
        separator = "[" + inner
        for item in value:
            out.append(separator)
            yield from _chunked_json(item, inner, out, depth - 1)
            if len(out) >= _CHUNK_PIECES:
                yield
            separator = "," + inner
        out.append(newline + "]")


def _plain_or_dumped(value: Any, newline: str, out: list[str]) -> None:
    """Append ``value`` by the direct walk, or as ``json.dumps`` writes it where the walk does not know a type.

    ``json.dumps`` of a nested value, its line breaks followed by the indent it
    sits at, is the text ``json.dumps`` writes for it inside the whole document.
    """
    piece: list[str] = []
    try:
        _pretty_json(value, newline, piece)
    except _NotPlain:
        piece = [json.dumps(value, indent=2, ensure_ascii=False).replace("\n", newline)]
    out.extend(piece)


class _NotPlain(Exception):
    """A value the direct JSON walk leaves to ``json.dumps``."""


_encode_json_string = json.encoder.encode_basestring  # libjson's C function where available
_JSON_CONSTANTS = {True: "true", False: "false", None: "null"}


def _pretty_json(value: Any, newline: str, out: list[str]) -> None:
    """Append ``value`` as indented JSON; ``newline`` is a line break and the current indent."""
    kind = type(value)
    if kind is str:
        out.append(_encode_json_string(value))
    elif kind is int:
        out.append(int.__repr__(value))
    elif kind is bool or value is None:
        out.append(_JSON_CONSTANTS[value])
    elif kind is dict:
        if not value:
            out.append("{}")
            return
        inner = newline + "  "
        separator = "{" + inner
        for key, item in value.items():
            if type(key) is not str:
                raise _NotPlain
            if type(item) is str:
                out.append(f"{separator}{_encode_json_string(key)}: {_encode_json_string(item)}")
            else:
                out.append(f"{separator}{_encode_json_string(key)}: ")
                _pretty_json(item, inner, out)
            separator = "," + inner
        out.append(newline + "}")
    elif kind is list or kind is tuple:
        if not value:
            out.append("[]")
            return
        inner = newline + "  "
        separator = "[" + inner
        for item in value:
            if type(item) is str:
                out.append(separator + _encode_json_string(item))
            else:
                out.append(separator)
                _pretty_json(item, inner, out)
            separator = "," + inner
        out.append(newline + "]")
    else:
        raise _NotPlain


# Backslash escapes that CommonMark and GitHub read as the character itself:
# code spans, emphasis, links, table cells, strikethrough and math.
_MARKDOWN_BACKSLASHED = frozenset("\\`*_[]|$~")
_MARKDOWN_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_MARKDOWN_BLOCK_STARTS = frozenset("#-+=")
_MARKDOWN_NUMBERED = re.compile(r"([0-9]{1,9})[.)]")
_MARKDOWN_REPLACED = re.compile("[" + re.escape("".join(sorted({*_MARKDOWN_BACKSLASHED, *_MARKDOWN_ENTITIES}))) + "\n]")
_MARKDOWN_TABLE = str.maketrans({**{char: "\\" + char for char in _MARKDOWN_BACKSLASHED}, **_MARKDOWN_ENTITIES, "\n": "<br>"})


def markdown_text(text: str) -> str:
    """``text`` as literal Markdown inline text that also fits in a table cell.

    Emphasis, code, link, table and math characters are backslash-escaped,
    ``&``, ``<`` and ``>`` become entities (no HTML, no entity surprises),
    and line breaks become ``<br>`` so a cell stays on its row.
    """
    # str.translate looks each character up in the table: only for a text that holds one to replace (most hold none).
    escaped = text.translate(_MARKDOWN_TABLE) if _MARKDOWN_REPLACED.search(text) else text
    # At the start of a line these would make a heading, list or rule: a table cell is safe, a paragraph is not.
    if text[:1] in _MARKDOWN_BLOCK_STARTS:
        return "\\" + escaped
    if numbered := _MARKDOWN_NUMBERED.match(text):
        digits = len(numbered.group(1))
        return escaped[:digits] + "\\" + escaped[digits:]
    return escaped


def html_comment(text: str) -> str:
    """``text`` made safe inside ``<!-- ... -->``: it cannot close the comment."""
    return re.sub(r"-(?=-)", "- ", " ".join(text.splitlines()))
