"""Reading catalogue files: YAML text to plain data.

Plain data (dict, list, str, int, bool, float, None) is what the schema
validates and what the model is built from. Two readers give the same data:

- ``read_fast``: libyaml's C parser (PyYAML's ``CParser``) and a loop over its
  events, without places. It declines, returning None, whatever the located
  reader would report or that it does not read the same way: bytes that are
  not UTF-8, a byte order mark, characters YAML cannot hold, line separators,
  a syntax error, a directive, a second document, anchors, aliases, tags,
  duplicate keys, keys that are not strings, nesting deeper than MAX_NESTING,
  and plain scalars that YAML 1.2 reads as anything but text, null, a boolean
  or a decimal integer (floats, dates, ``<<``, ``0x1F``...).
- ``read_document``: the located reader (``codegen.located_reader``, ruamel's
  event stream), which keeps the line and column of every node and reports
  every problem at its place. It reads what the fast reader declines, and a
  file whose data breaks the schema or a rule, so that problems name
  ``file:line:column``.

Without PyYAML's C extension every file goes through the located reader.
The size of a file is limited (``max_file_bytes``: 64 MiB, or
``CODEGEN_MAX_FILE_BYTES``), and a file over it is not read.
"""

from __future__ import annotations

import bisect
import codecs
import functools
import os
import re
import stat
from pathlib import Path
from typing import Any

from codegen.diagnostics import Problem, printable
from codegen.source_document import Place, SourceDocument

_FAST_PARSER: Any = ...  # PyYAML's C parser and event classes once looked up (None: not installed)


def _fast_parser() -> Any:
    """PyYAML's C extension, its module and the implicit types' patterns, made on first use; None without PyYAML's C extension."""
    global _FAST_PARSER
    if _FAST_PARSER is ...:
        try:
            import yaml  # type: ignore[import-untyped]
            from yaml import _yaml

            _FAST_PARSER = (_yaml.CParser, yaml, tuple(re.compile(pattern, re.X if verbose else 0) for _, pattern, verbose in _IMPLICIT))
        except ImportError:
            _FAST_PARSER = None
    return _FAST_PARSER


#: The default size limit of one catalogue file: room for 100,000 entries in one file.
MAX_FILE_BYTES = 64 * 1024 * 1024
#: The environment variable that sets another limit, in bytes.
MAX_FILE_BYTES_VARIABLE = "CODEGEN_MAX_FILE_BYTES"
# A catalogue file nests 7 levels deep (document, errors, entry, variants,
# variant, placeholders, placeholder); far deeper input is refused before it
# can exhaust the stack of anything that walks it.
MAX_NESTING = 32
CATALOG_GLOB = "*.yaml"

# Bytes that are not UTF-8 (as ``surrogateescape`` decodes them), and the
# characters YAML does not let a file hold (ruamel's reader refuses them with
# no place to point at) together with U+0085, which YAML 1.1 reads as a line break.
_REFUSED_PATTERN = "(?P<bytes>[\udc80-\udcff]+)|[^\x09\x0a\x0d\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff\udc80-\udcff]"
# The same characters in text decoded strictly (which holds no surrogates), with the line and paragraph
# separators, which the fast reader leaves to the located reader: a small class, quick to compile.
_FAST_REFUSED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# How ruamel.yaml resolves a plain scalar under YAML 1.2: (tag, pattern, verbose), verbatim from its resolver
# (tests/test_loading.py compares them). A plain scalar whose first character starts none of them is text.
_IMPLICIT = (
    ("tag:yaml.org,2002:bool", "^(?:true|True|TRUE|false|False|FALSE)$", True),
    ("tag:yaml.org,2002:float", "^(?:\n         [-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+]?[0-9]+)?\n        |[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)\n        |[-+]?\\.[0-9_]+(?:[eE][-+][0-9]+)?\n        |[-+]?\\.(?:inf|Inf|INF)\n        |\\.(?:nan|NaN|NAN))$", True),
    ("tag:yaml.org,2002:int", "^(?:[-+]?0b[0-1_]+\n        |[-+]?0o?[0-7_]+\n        |[-+]?[0-9_]+\n        |[-+]?0x[0-9a-fA-F_]+)$", True),
    ("tag:yaml.org,2002:timestamp", "^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]\n        |[0-9][0-9][0-9][0-9] -[0-9][0-9]? -[0-9][0-9]?\n        (?:[Tt]|[ \\t]+)[0-9][0-9]?\n        :[0-9][0-9] :[0-9][0-9] (?:\\.[0-9]*)?\n        (?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$", True),
    ("tag:yaml.org,2002:merge", "^(?:<<)$", False),
    ("tag:yaml.org,2002:null", "^(?: ~\n        |null|Null|NULL\n        | )$", True),
    ("tag:yaml.org,2002:value", "^(?:=)$", False),
    ("tag:yaml.org,2002:yaml", "^(?:!|&|\\*)$", False),
)
_IMPLICIT_FIRST = frozenset("!&*+-.0123456789<=FNTfnt~")
_CONSTANTS: dict[str, bool | None] = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False, "~": None, "null": None, "Null": None, "NULL": None}
_DECIMAL = re.compile(r"-?(?:0|[1-9][0-9]*)")


def display_path(path: Path, catalog_dir: Path) -> str:
    """``catalog/spot.yaml``: the file as named from its catalogue folder, the same on every machine.

    Printable and encodable whatever the names hold: a byte that is not UTF-8 shows as ``\\xNN``.
    """
    return printable(f"{catalog_dir.resolve().name}/{path.relative_to(catalog_dir).as_posix()}")


def catalog_files(catalog_dir: Path) -> list[Path]:
    """The catalogue files of a folder, sorted by name."""
    return sorted(catalog_dir.glob(CATALOG_GLOB))


def max_file_bytes() -> int | str:
    """The size limit of one catalogue file in bytes (``CODEGEN_MAX_FILE_BYTES``, else MAX_FILE_BYTES), or why the variable is wrong."""
    value = os.environ.get(MAX_FILE_BYTES_VARIABLE)
    if value is None or value == "":
        return MAX_FILE_BYTES
    if not value.isascii() or not value.strip().isdigit() or int(value) < 1:
        return f"{MAX_FILE_BYTES_VARIABLE}={printable(value)!r} is not a size; expected a whole number of bytes, such as {MAX_FILE_BYTES}"
    return int(value)


def read_document(path: Path, catalog_dir: Path) -> tuple[SourceDocument, list[Problem]]:
    """Parse one catalogue file with the located reader; problems instead of exceptions for any bad input.

    ``document.data`` is None when the file could not be read as YAML at all;
    otherwise it holds everything that could be read, even when there are problems.
    """
    from codegen.located_reader import LocatedReader  # ruamel.yaml: only for the files that need places

    document = SourceDocument(path, display_path(path, catalog_dir))
    if path.is_symlink() and path.exists() and not path.resolve().is_relative_to(catalog_dir.resolve()):
        # Never read: a problem would quote what the file holds.
        return document, [Problem(document.display_path, 1, 1, "is a symbolic link to a file outside the catalogue folder; expected a file inside the folder")]
    raw = _read_bytes(path)
    if isinstance(raw, str):
        return document, [Problem(document.display_path, 1, 1, raw)]
    problems: list[Problem] = []
    if raw.startswith(codecs.BOM_UTF8):
        problems.append(Problem(document.display_path, 1, 1, "file starts with a byte order mark; expected UTF-8 without BOM"))
        raw = raw[len(codecs.BOM_UTF8) :]
    text = raw.decode("utf-8", errors="surrogateescape")
    replaced: list[tuple[int, int]] = []
    text = _refuse_characters(document, text, problems, replaced)
    reader = LocatedReader(document, problems, replaced)
    if reader.read(text):
        document.data = reader.root
    return document, problems


def read_fast(path: Path, catalog_dir: Path) -> SourceDocument | None:
    """The file's data without places, read by libyaml; None when the located reader must read it (see the module's docstring)."""
    parser = _fast_parser()
    if parser is None or path.is_symlink():
        return None
    raw = _read_bytes(path)
    if isinstance(raw, str) or raw.startswith(codecs.BOM_UTF8):
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if _FAST_REFUSED.search(text) is not None:
        return None
    parser_class, yaml, patterns = parser
    read, data = _fast_data(text, parser_class, yaml, patterns, raw=raw)
    if not read:
        return None
    return SourceDocument(path, display_path(path, catalog_dir), data)


class _Declined(Exception):
    """The fast reader leaves this file to the located reader."""


def _plain(value: str, patterns: tuple[re.Pattern[str], ...]) -> Any:
    """A plain scalar as ruamel.yaml reads it under YAML 1.2, when it is text, null, a boolean or a decimal integer."""
    if value[:1] not in _IMPLICIT_FIRST and value:
        return value
    if value in _CONSTANTS:
        return _CONSTANTS[value]
    if not value:
        return None
    if _DECIMAL.fullmatch(value):
        return int(value)
    if any(pattern.match(value) for pattern in patterns):
        raise _Declined
    return value


def _fast_data(text: str, parser_class: Any, yaml: Any, patterns: tuple[re.Pattern[str], ...], raw: bytes | None = None) -> tuple[bool, Any]:
    """(True, the data) of ``text`` (``raw``: its UTF-8 bytes) read by libyaml's events, or (False, None) when the located reader must read it."""
    events = yaml.events
    scalar, alias, document_start = events.ScalarEvent, events.AliasEvent, events.DocumentStartEvent
    mapping_start, mapping_end, sequence_start, sequence_end = events.MappingStartEvent, events.MappingEndEvent, events.SequenceStartEvent, events.SequenceEndEvent
    parser = parser_class(text.encode("utf-8") if raw is None else raw)  # libyaml reads UTF-8 bytes; a str would be encoded again
    get_event = parser.get_event
    resolved: dict[str, Any] = {}  # plain scalars already resolved
    # The innermost open collection and its pending key: _NO_KEY while a mapping waits for one, None for a list;
    # the enclosing ones, (collection, pending key) each, in ``outer``.
    parent: Any = None
    key: Any = None
    outer: list[tuple[Any, Any]] = []
    depth = 0
    root: Any = None
    documents = 0
    try:
        while (event := get_event()) is not None:
            kind = type(event)
            if kind is scalar:
                if event.anchor is not None or event.tag is not None:
                    return False, None
                value = event.value
                if event.implicit[0] and (not value or value[0] in _IMPLICIT_FIRST):
                    known = resolved.get(value, _NO_KEY)
                    value = resolved[value] = _plain(value, patterns) if known is _NO_KEY else known
                if parent is None:
                    root = value
                elif key is None:
                    parent.append(value)
                elif key is _NO_KEY:
                    if type(value) is not str or value in parent:
                        return False, None  # a key that is no string, or a duplicate
                    key = value
                else:
                    parent[key] = value
                    key = _NO_KEY
            elif kind is mapping_start or kind is sequence_start:
                if event.anchor is not None or event.tag is not None or depth >= MAX_NESTING:
                    return False, None
                value = {} if kind is mapping_start else []
                if parent is None:
                    root = value
                else:
                    if key is None:
                        parent.append(value)
                    elif key is _NO_KEY:
                        return False, None  # a key that is no string
                    else:
                        parent[key] = value
                        key = _NO_KEY
                    outer.append((parent, key))
                parent, key = value, _NO_KEY if kind is mapping_start else None
                depth += 1
            elif kind is mapping_end or kind is sequence_end:
                depth -= 1
                parent, key = outer.pop() if outer else (None, None)
            elif kind is document_start:
                documents += 1
                if documents > 1 or event.version is not None or event.tags:
                    return False, None
            elif kind is alias:
                return False, None
            # else: stream start and end, document end
    except (_Declined, yaml.YAMLError):
        return False, None
    finally:
        parser.dispose()
    return True, root


_NO_KEY = _Declined()  # a marker: no key read yet in this mapping


def _read_bytes(path: Path) -> bytes | str:
    """The content of ``path``, or why it cannot be a catalogue file. A file over the limit is not read."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            return "is a folder; expected a YAML file (catalogue files are the *.yaml files of the folder)"
        if not stat.S_ISREG(info.st_mode):
            return "is not a regular file (a device, pipe or socket); expected a YAML file"
        limit = max_file_bytes()
        if isinstance(limit, str):
            return limit
        if info.st_size > limit:
            return f"file is {info.st_size} bytes; a catalogue file may have at most {limit} bytes"
        with path.open("rb") as stream:
            raw = stream.read(limit + 1)
    except OSError as error:
        if isinstance(error, FileNotFoundError) and path.is_symlink():
            return "is a symbolic link to a file that does not exist; expected a YAML file"
        return f"cannot be read: {error.strerror or error}; expected a readable YAML file"
    if len(raw) > limit:  # it grew after stat
        return f"file is more than {limit} bytes; a catalogue file may have at most {limit} bytes"
    return raw


@functools.cache
def _refused() -> re.Pattern[str]:
    """Bytes that are not UTF-8 (as ``surrogateescape`` decodes them) and characters YAML cannot hold: compiled when first needed (it takes milliseconds)."""
    return re.compile(_REFUSED_PATTERN)


class _Places:
    """Line and column of an index of ``text``, counted as ruamel counts them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0, *(match.end() for match in _LINE_BREAK.finditer(text))]

    def __call__(self, index: int) -> Place:
        line = bisect.bisect_right(self.starts, index)
        start = self.starts[line - 1]
        return line, index - start - self.text.count("\ufeff", start, index) + 1


def _refuse_characters(document: SourceDocument, text: str, problems: list[Problem], replaced: list[tuple[int, int]]) -> str:
    """Report every byte that is not UTF-8 and every character YAML cannot hold; the text with each replaced by U+FFFD.

    The replacement keeps every later line and column where it was, so the rest
    of the file is still read and checked; ``replaced`` receives the spans replaced.
    """
    refused = _refused()
    if refused.search(text) is None:
        return text
    place = _Places(text)
    for match in refused.finditer(text):
        line, column = place(match.start())
        if match.group("bytes"):
            shown = " ".join(f"0x{ord(char) - 0xDC00:02x}" for char in match.group())
            what = f"byte {shown} is" if len(match.group()) == 1 else f"bytes {shown} are"
            message = f"{what} not UTF-8; expected a UTF-8 text file"
        else:
            message = f"character U+{ord(match.group()):04X} is not allowed in a catalogue file; expected printable text (tab and line breaks are the only control characters allowed)"
        problems.append(Problem(document.display_path, line, column, message))
        replaced.append(match.span())
    return refused.sub(lambda match: "\ufffd" * len(match.group()), text)
