"""Reading KuCoin's error page: its tables, as (domain, scope, code, text) rows.

KuCoin publishes the page in two forms, and both are read:

* text, as vendored in ``catalog/sources/``: a heading line per table
  (``Spot Errors Code``), a ``Code<TAB>Meaning`` header, then one
  ``code<TAB>meaning`` row per line, with prose between tables;
* Markdown: ``## Spot`` headings and ``| Code | Meaning |`` tables.

A heading names its domain; the margin tables are told apart by the
sentences KuCoin puts above them ("common to margin low frequency and margin
high frequency", "unique to margin high frequency") or by a heading that
says "high frequency"; a margin code in both tables has the scope ``both``.
The Websocket and Gateway sections have sub-tables under their own headings
(``kucoin_page.DOMAIN_TABLES``), which become each row's ``table``. Prose is
skipped. In Markdown, a link in a cell reads as its text and backslash
escapes outside code spans are read; code spans keep their backticks, as the
text form does. Anything that looks like a table row but is not one (no
code, a code that is not a number, a row under a heading that names no known
table or sub-table), and a code in two tables of one section (a message in
two sub-tables; the two margin tables excepted), is a problem, and a document
with problems is not used at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from codegen.diagnostics import Problem
from codegen.model import FORBIDDEN_IN_TEXT
from codegen.kucoin_page import DOMAIN_TABLES, DOMAIN_TITLES, MARGIN_SCOPE_SENTENCES, PAGE_TITLE, TABLE_HEADER
from codegen.wire import MAX_CODE

__all__ = ["DOMAIN_TITLES", "MARGIN_SCOPE_SENTENCES", "PAGE_TITLE", "TABLE_HEADER", "DocumentError", "DocumentRow", "ErrorDocument", "is_markdown", "parse_document", "read_document", "section_for_title", "unescape_markdown"]

_HEADING_SUFFIX = re.compile(r"\berrors?\s+codes?\s*$", re.IGNORECASE)
_SCOPE_ALL = re.compile(r"common to margin low[- ]frequency and margin high[- ]frequency", re.IGNORECASE)
_SCOPE_HIGH_FREQUENCY = re.compile(r"unique to margin high[- ]frequency", re.IGNORECASE)
_FILLER_WORDS = frozenset({"errors", "error", "codes", "code", "table", "the", "of", "and", "for", "only", "unique", "to"})
_MARKDOWN_SEPARATOR_CELL = re.compile(r":?-{3,}:?")
_MARKDOWN_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
# A code span (kept as written, backticks included), an inline link [text](target) or a reference link [text][label].
_MARKDOWN_INLINE = re.compile(r"(?<!\\)(?P<code>(?P<ticks>`+).+?(?P=ticks))|\[(?P<text>[^\]]*)\](?:\([^)]*\)|\[[^\]]*\])")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_MARKDOWN_SEPARATOR_ROW = re.compile(r"\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$|\s*\|\s*:?-{3,}:?\s*\|\s*$")
# A code, spaces, then text: a row whose tab was lost (copied from a browser, say).
_UNTABBED_ROW = re.compile(r"\s*[0-9]+ +\S")
# A line ending in "Errors Code" is a heading only when short; longer ones are prose.
_MAX_HEADING_WORDS = 8


@dataclass(frozen=True)
class DocumentRow:
    """One table row: its domain, margin scope (margin only), code and text, its line, and its sub-table (websocket and gateway).

    ``places`` are its 1-based places among the page's rows: more than one where the page repeats it exactly
    (or lists a margin message in both tables).
    """

    domain: str
    scope: str | None
    code: int
    text: str
    line: int
    table: str | None = None
    places: tuple[int, ...] = ()


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


def _title_words(title: str) -> list[str]:
    return [word for word in re.split(r"[^a-z0-9]+", title.lower()) if word]


# The words that name each domain in a heading: its page title ("Pro API"), its key, the key's parts ("copy trading").
_DOMAIN_WORDS = {
    domain: [words for words in (_title_words(title), [domain.replace("_", "")], domain.split("_"), *([["copy", "trading"]] if domain == "copytrading" else [])) if words]
    for domain, title in DOMAIN_TITLES.items()
}


def _names(words: list[str], run: list[str]) -> bool:
    return any(words[index : index + len(run)] == run for index in range(len(words) - len(run) + 1))


def section_for_title(title: str) -> tuple[str, str | None] | None:
    """The (domain, margin scope) a heading names, or None when it names no table.

    ``Spot Errors Code`` and ``## Spot`` give spot, ``Pro API Errors Code`` pro_api;
    ``Margin high frequency`` gives margin's high-frequency table, any other margin heading the common one.
    """
    words = [word for word in _title_words(title) if word not in _FILLER_WORDS]
    domains = [domain for domain, runs in _DOMAIN_WORDS.items() if any(_names(words, run) for run in runs)]
    if len(domains) != 1:
        return None
    domain = domains[0]
    if domain != "margin":
        return domain, None
    high_frequency = ("high" in words and "frequency" in words and "low" not in words) or "hf" in words
    return domain, "high_frequency" if high_frequency else "all"


def _normalised_heading(text: str) -> str:
    return " ".join(text.strip().strip("*#").split()).lower()


def sub_table_for_title(domain: str | None, title: str) -> str | None:
    """The sub-table of ``domain`` a heading names (``Subscribing`` in the Websocket section: subscribing), or None."""
    wanted = _normalised_heading(title)
    for table, heading in DOMAIN_TABLES.get(domain or "", {}).items():
        if _normalised_heading(heading) == wanted:
            return table
    return None


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
        # The sub-table rows go to (sections with sub-tables), and whether it has had rows yet.
        self.table: str | None = None
        self.table_has_rows = False
        # A line of prose after the rows of a sub-table: perhaps the heading of a sub-table this reader does not know.
        self.stray_heading: tuple[str, int] | None = None
        # Each table of the page gets a number: a code may be in one table of its section only.
        self.table_number = 0
        self.table_of_row: list[int] = []

    def _close_table(self) -> None:
        if self.empty_table is not None and self.section is not None and self.section.domain is not None:
            self.problem(self.empty_table, 1, f"the table under {self.section.title!r} has no rows; expected rows such as {self.row_shape}")
        self.empty_table = None

    def _sub_tabled(self) -> bool:
        return self.section is not None and self.section.domain in DOMAIN_TABLES

    def heading(self, title: str, line: int) -> None:
        if not title or title.lower() == PAGE_TITLE.lower():
            return
        if self._sub_tabled() and self.sub_heading(title, line):
            return
        self._close_table()
        self.table, self.table_has_rows, self.stray_heading = None, False, None
        self.table_number += 1
        found = section_for_title(title)
        if found is None:
            self.section = _Section(None, None, title, line)
        else:
            self.section = _Section(found[0], found[1], title, line)

    def sub_heading(self, title: str, line: int) -> bool:
        """A line that may name a sub-table of the current section; False when it names none."""
        assert self.section is not None
        table = sub_table_for_title(self.section.domain, title)
        if table is None:
            return False
        self._close_table()
        self.table, self.table_has_rows, self.stray_heading = table, False, None
        self.table_number += 1
        return True

    def prose(self, text: str, line: int) -> None:
        """A line that is no row, header or heading: skipped, but it ends a sub-table that has had its rows."""
        if self._sub_tabled() and not (self.section is not None and self.sub_heading(text, line)) and self.table_has_rows:
            self.table, self.table_has_rows, self.stray_heading = None, False, (text, line)

    def scope_sentence(self, scope: str, line: int) -> None:
        self._close_table()
        self.table_number += 1
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

    def _no_sub_table(self, section: _Section, line: int) -> None:
        """A row of a section with sub-tables that is under none of them: reported once, at the line that should have named one."""
        domain = section.domain or ""
        known = ", ".join(repr(heading) for heading in DOMAIN_TABLES[domain].values())
        title = DOMAIN_TITLES[domain]
        if self.stray_heading is not None:
            text, at = self.stray_heading
            if at not in self.reported_sections:
                self.reported_sections.add(at)
                self.problem(at, 1, f"unknown sub-table {text!r} of the {title} section; expected one of: {known}")
        elif section.line not in self.reported_sections:
            self.reported_sections.add(section.line)
            self.problem(line, 1, f"row of the {title} section under no sub-table heading; expected one of: {known} before the rows")

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
        if section.domain in DOMAIN_TABLES and self.table is None:
            self._no_sub_table(section, line)
            return
        self.table_has_rows = True
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
        self.rows.append(DocumentRow(section.domain, section.scope, code, text, line, self.table if section.domain in DOMAIN_TABLES else None))
        self.table_of_row.append(self.table_number)

    def finish(self) -> ErrorDocument:
        self._close_table()
        problems = self.problems + self._table_conflicts()
        if not self.rows and not problems:
            problems.append(Problem(self.path, 1, 1, f"no error table rows found; expected headings such as '{DOMAIN_TITLES['spot']} {PAGE_TITLE}' followed by rows such as {self.row_shape}"))
        if problems:
            raise DocumentError(sorted(problems))
        # A margin code in both margin tables is in both (scope both), whichever its messages.
        scopes: dict[int, set[str | None]] = {}
        for row in self.rows:
            if row.domain == "margin":
                scopes.setdefault(row.code, set()).add(row.scope)
        unique: dict[tuple[str, int, str], DocumentRow] = {}
        for place, row in enumerate(self.rows, start=1):
            if row.domain == "margin" and len(scopes[row.code]) > 1:
                row = replace(row, scope="both")
            first = unique.setdefault((row.domain, row.code, row.text), row)
            unique[(row.domain, row.code, row.text)] = replace(first, places=(*first.places, place))
        return ErrorDocument(self.path, tuple(unique.values()), tuple(self.domains))

    def _table_conflicts(self) -> list[Problem]:
        """A code in two tables of one section: a section met twice, or a message in two sub-tables (margin's two tables excepted)."""
        first: dict[tuple[str, int, str], tuple[DocumentRow, int]] = {}
        problems = []
        for row, number in zip(self.rows, self.table_of_row, strict=True):
            if row.domain == "margin":
                continue
            # Where a section has sub-tables, one code may have a message in each; elsewhere a code has one table.
            key = (row.domain, row.code, row.text if row.domain in DOMAIN_TABLES else "")
            seen, seen_number = first.setdefault(key, (row, number))
            if seen_number == number:
                continue
            title = DOMAIN_TITLES[row.domain]
            if row.domain in DOMAIN_TABLES:
                problems.append(Problem(self.path, row.line, 1, f"{title} code {row.code} {row.text!r} is in the {row.table} table but also in the {seen.table} table (line {seen.line}); expected each message in one table"))
            else:
                problems.append(Problem(self.path, row.line, 1, f"{title} code {row.code} is in two {title} tables (line {seen.line} and this one); expected each code in one table of its section"))
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
        else:
            reader.prose(stripped, number)  # a sub-table heading, or prose between the tables


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
    """A cell's text as the page shows it: links read as their text, backslash escapes (``\\*``, ``\\_``, ...) read.

    A code span keeps its backticks and its backslashes, as the text form of the page writes it.
    """
    parts, position = [], 0
    for match in _MARKDOWN_INLINE.finditer(text):
        parts.append(_MARKDOWN_ESCAPE.sub(r"\1", text[position : match.start()]))
        parts.append(match["code"] if match["code"] is not None else unescape_markdown(match["text"]))
        position = match.end()
    parts.append(_MARKDOWN_ESCAPE.sub(r"\1", text[position:]))
    return "".join(parts)


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
        elif stripped:
            reader.prose(stripped, number)  # a sub-table heading in bold, or prose between the tables


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
