"""Reading KuCoin's error page: its tables, as (domain, scope, code, text) rows.

KuCoin publishes the page in two forms, and both are read:

* text, as vendored in ``catalog/sources/``: a heading line per table
  (``Spot Errors Code``), a ``Code<TAB>Meaning`` header, then one
  ``code<TAB>meaning`` row per line, with prose between tables;
* Markdown: ``## Spot`` headings and ``| Code | Meaning |`` tables.

A heading names its domain; the margin tables are told apart by the
sentences KuCoin puts above them ("common to margin low frequency and margin
high frequency", "unique to margin high frequency") or by a heading that
says "high frequency". Prose is skipped. Anything that looks like a table row
but is not one (no code, a code that is not a number, a row under a heading
that names no known table) is a problem, and a document with problems is not
used at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from codegen.diagnostics import Problem
from codegen.model import FORBIDDEN_IN_TEXT
from codegen.kucoin_page import DOMAIN_TITLES, MARGIN_SCOPE_SENTENCES, PAGE_TITLE, TABLE_HEADER
from codegen.wire import MAX_CODE

__all__ = ["DOMAIN_TITLES", "MARGIN_SCOPE_SENTENCES", "PAGE_TITLE", "TABLE_HEADER", "DocumentError", "DocumentRow", "ErrorDocument", "is_markdown", "parse_document", "read_document", "section_for_title", "unescape_markdown"]

_HEADING_SUFFIX = re.compile(r"\berrors?\s+codes?\s*$", re.IGNORECASE)
_SCOPE_ALL = re.compile(r"common to margin low[- ]frequency and margin high[- ]frequency", re.IGNORECASE)
_SCOPE_HIGH_FREQUENCY = re.compile(r"unique to margin high[- ]frequency", re.IGNORECASE)
_FILLER_WORDS = frozenset({"errors", "error", "codes", "code", "table", "the", "of", "and", "for", "only", "unique", "to"})
_MARKDOWN_SEPARATOR_CELL = re.compile(r":?-{3,}:?")
_MARKDOWN_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_MARKDOWN_SEPARATOR_ROW = re.compile(r"\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$|\s*\|\s*:?-{3,}:?\s*\|\s*$")
# A code, spaces, then text: a row whose tab was lost (copied from a browser, say).
_UNTABBED_ROW = re.compile(r"\s*[0-9]+ +\S")
# A line ending in "Errors Code" is a heading only when short; longer ones are prose.
_MAX_HEADING_WORDS = 8


@dataclass(frozen=True)
class DocumentRow:
    """One table row: its domain, margin scope (margin only), code and text, and its line."""

    domain: str
    scope: str | None
    code: int
    text: str
    line: int


@dataclass(frozen=True)
class ErrorDocument:
    """The rows of one page, in page order with exact repeats collapsed, and the domains it has tables for."""

    path: str
    rows: tuple[DocumentRow, ...]
    domains: tuple[str, ...]


class DocumentError(Exception):
    """The page cannot be read as KuCoin's error tables; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))


@dataclass(frozen=True)
class _Section:
    domain: str | None  # None: a heading that names no known table
    scope: str | None
    title: str
    line: int


def section_for_title(title: str) -> tuple[str, str | None] | None:
    """The (domain, margin scope) a heading names, or None when it names no table.

    ``Spot Errors Code`` and ``## Spot`` give spot; ``Margin high frequency``
    gives margin's high-frequency table, any other margin heading the common one.
    """
    words = [word for word in re.split(r"[^a-z0-9]+", title.lower()) if word and word not in _FILLER_WORDS]
    domains = [domain for domain in DOMAIN_TITLES if domain in words]
    if len(domains) != 1:
        return None
    domain = domains[0]
    if domain != "margin":
        return domain, None
    high_frequency = ("high" in words and "frequency" in words and "low" not in words) or "hf" in words
    return domain, "high_frequency" if high_frequency else "all"


def _scope_sentence(line: str) -> str | None:
    if _SCOPE_HIGH_FREQUENCY.search(line):
        return "high_frequency"
    if _SCOPE_ALL.search(line):
        return "all"
    return None


class _Reader:
    """Collects rows and problems while a page is read line by line."""

    def __init__(self, display_path: str, row_shape: str) -> None:
        self.path = display_path
        self.row_shape = row_shape  # how a row looks in this form, for messages
        self.section: _Section | None = None
        self.rows: list[DocumentRow] = []
        self.problems: list[Problem] = []
        self.domains: list[str] = []
        self.reported_sections: set[int] = set()
        self.empty_table: int | None = None  # line of a table header no row has followed yet

    def _close_table(self) -> None:
        if self.empty_table is not None and self.section is not None and self.section.domain is not None:
            self.problem(self.empty_table, 1, f"the table under {self.section.title!r} has no rows; expected rows such as {self.row_shape}")
        self.empty_table = None

    def heading(self, title: str, line: int) -> None:
        if not title or title.lower() == PAGE_TITLE.lower():
            return
        self._close_table()
        found = section_for_title(title)
        if found is None:
            self.section = _Section(None, None, title, line)
        else:
            self.section = _Section(found[0], found[1], title, line)

    def scope_sentence(self, scope: str, line: int) -> None:
        self._close_table()
        self.section = _Section("margin", scope, MARGIN_SCOPE_SENTENCES[scope], line)

    def table_header(self, line: int) -> None:
        self._close_table()
        self.empty_table = line

    def problem(self, line: int, column: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, column, message))

    def bad_row(self, line: int, message: str) -> None:
        """A row of the table that cannot be read (it still counts as a row of the table)."""
        self.empty_table = None
        self.problem(line, 1, message)

    def row(self, code_cell: str, code_column: int, meaning: str, meaning_column: int, line: int) -> None:
        """One table row; the columns are 1-based places of the two cells in the line."""
        self.empty_table = None
        section = self.section
        if section is None:
            self.problem(line, 1, f"table row before any table heading; expected a heading such as '{DOMAIN_TITLES['spot']} {PAGE_TITLE}' first")
            return
        if section.domain is None:
            if section.line not in self.reported_sections:
                self.reported_sections.add(section.line)
                known = ", ".join(f"'{title} {PAGE_TITLE}'" for title in DOMAIN_TITLES.values())
                self.problems.append(Problem(self.path, section.line, 1, f"unknown section {section.title!r}; expected one of: {known}, or a margin high-frequency table"))
            return
        code_text = code_cell.strip()
        text = meaning.strip()
        if not code_text:
            self.problem(line, code_column, f"row without a code ({text!r}); expected {self.row_shape} with a numeric code")
            return
        code_column += code_cell.find(code_text)
        if not code_text.isascii() or not code_text.isdigit():
            self.problem(line, code_column, f"code {code_text!r} is not a number; expected a positive integer code")
            return
        code = int(code_text)
        if not 0 < code <= MAX_CODE:
            self.problem(line, code_column, f"code {code_text} is out of range; expected 1 to {MAX_CODE}")
            return
        if not text:
            self.problem(line, meaning_column, f"code {code} has no meaning; expected the message after the code")
            return
        if found := FORBIDDEN_IN_TEXT.search(text):
            column = meaning_column + meaning.find(text) + found.start()
            self.problem(line, column, f"character U+{ord(found.group()):04X} is not allowed in a message; expected printable text (tab allowed)")
            return
        if section.domain not in self.domains:
            self.domains.append(section.domain)
        self.rows.append(DocumentRow(section.domain, section.scope, code, text, line))

    def finish(self) -> ErrorDocument:
        self._close_table()
        problems = self.problems + self._scope_conflicts()
        if not self.rows and not problems:
            problems.append(Problem(self.path, 1, 1, f"no error table rows found; expected headings such as '{DOMAIN_TITLES['spot']} {PAGE_TITLE}' followed by rows such as {self.row_shape}"))
        if problems:
            raise DocumentError(sorted(problems))
        unique: dict[tuple[str, int, str], DocumentRow] = {}
        for row in self.rows:
            unique.setdefault((row.domain, row.code, row.text), row)
        return ErrorDocument(self.path, tuple(unique.values()), tuple(self.domains))

    def _scope_conflicts(self) -> list[Problem]:
        first: dict[int, DocumentRow] = {}
        problems = []
        for row in self.rows:
            if row.domain != "margin":
                continue
            seen = first.setdefault(row.code, row)
            if seen.scope != row.scope:
                problems.append(Problem(self.path, row.line, 1, f"margin code {row.code} is in the {row.scope} table but also in the {seen.scope} table (line {seen.line}); expected each margin code in one table"))
        return problems


TEXT_ROW = "`code<TAB>meaning`"
MARKDOWN_ROW = "`| code | meaning |`"


def _read_text(lines: list[str], reader: _Reader) -> None:
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if not stripped:
            continue
        if "\t" in line:
            cells = line.split("\t")
            if tuple(cell.strip() for cell in cells) == TABLE_HEADER:
                reader.table_header(number)
            elif len(cells) != len(TABLE_HEADER):
                reader.bad_row(number, f"row has {len(cells)} tab-separated cells; expected {len(TABLE_HEADER)}: {TEXT_ROW} (a tab inside a message cannot be told from a column)")
            else:
                reader.row(cells[0], 1, cells[1], len(cells[0]) + 2, number)
        elif _UNTABBED_ROW.match(line):
            reader.bad_row(number, f"row without a tab between code and meaning; expected {TEXT_ROW}")
        elif (scope := _scope_sentence(stripped)) is not None:
            reader.scope_sentence(scope, number)
        elif _HEADING_SUFFIX.search(stripped) and len(stripped.split()) <= _MAX_HEADING_WORDS:
            reader.heading(_HEADING_SUFFIX.sub("", stripped).strip(), number)
        # Anything else is prose between the tables.


def _cell_places(line: str) -> list[tuple[str, int]]:
    """Each cell of a Markdown table row with the 1-based column where its text starts."""
    places = []
    start = 0
    parts = _CELL_SPLIT.split(line)
    for index, part in enumerate(parts):
        edge = index in (0, len(parts) - 1)
        if not (edge and not part.strip()):  # the empty text outside an outer pipe is no cell
            leading = len(part) - len(part.lstrip())
            places.append((part.strip().replace("\\|", "|"), start + leading + 1))
        start += len(part) + 1
    return places


def unescape_markdown(text: str) -> str:
    """A cell's text with CommonMark backslash escapes (``\\*``, ``\\_``, ...) read."""
    return _MARKDOWN_ESCAPE.sub(r"\1", text)


def _read_markdown(lines: list[str], reader: _Reader) -> None:
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if stripped.startswith("#"):
            reader.heading(_HEADING_SUFFIX.sub("", stripped.lstrip("#")).strip(), number)
        elif _CELL_SPLIT.search(line):
            places = _cell_places(line)
            cells = [cell for cell, _ in places]
            if all(_MARKDOWN_SEPARATOR_CELL.fullmatch(cell) for cell in cells):
                continue
            if tuple(cell.lower() for cell in cells) == tuple(word.lower() for word in TABLE_HEADER):
                reader.table_header(number)
            elif len(cells) != len(TABLE_HEADER):
                reader.bad_row(number, f"table row has {len(cells)} cells; expected {len(TABLE_HEADER)}: | {' | '.join(TABLE_HEADER)} |")
            else:
                (code, code_column), (meaning, meaning_column) = places
                reader.row(code, code_column, unescape_markdown(meaning), meaning_column, number)
        elif (scope := _scope_sentence(stripped)) is not None:
            reader.scope_sentence(scope, number)


def is_markdown(text: str) -> bool:
    """True when the page is Markdown (a table row or separator with pipes), not tab-separated text."""
    return any(line.lstrip().startswith("|") or _MARKDOWN_SEPARATOR_ROW.match(line) for line in text.split("\n"))


def parse_document(text: str, display_path: str) -> ErrorDocument:
    """The rows of a page given as text; DocumentError lists every problem."""
    markdown = is_markdown(text)
    reader = _Reader(display_path, MARKDOWN_ROW if markdown else TEXT_ROW)
    # Only line feeds end a line: U+2028 and the like are text inside a message.
    lines = [line.removesuffix("\r") for line in text.split("\n")]
    (_read_markdown if markdown else _read_text)(lines, reader)
    return reader.finish()


def read_document(path: Path) -> ErrorDocument:
    """The rows of a page file; DocumentError when it cannot be read or parsed."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise DocumentError([Problem(str(path), 0, 0, f"cannot read: {error.strerror or error}")]) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise DocumentError([Problem(str(path), line, 0, "not UTF-8 text; expected KuCoin's error page as UTF-8")]) from None
    return parse_document(text, str(path))
