"""The docs target: the catalogue as KuCoin's text tables, and a reference page in Markdown.

The text form is what ``import-docs`` reads, so exporting and importing
again changes nothing: one page of every documented message, and each KuCoin
page the catalogue records rows of (``pages``), in that page's order and
wording. The reference page groups each domain's codes into one table
(margin into its two tables), marks placeholders, indexes the codes that
mean different things in different domains, and defines the categories.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from codegen.escaping import html_comment, markdown_text
from codegen.kucoin_page import DOMAIN_TABLES, DOMAIN_TITLES, MARGIN_SCOPE_SENTENCES, PAGE_TITLE
from codegen.model import Catalog, Deprecation, ErrorEntry, MessageVariant, RetryAdvice, Taxonomy
from codegen.placeholders import PLACEHOLDER_PATTERN, may_hold_placeholders

# The margin tables in page order, with the title each gets on the reference page.
_MARGIN_TABLES = (("all", "Common to low- and high-frequency margin"), ("high_frequency", "Unique to high-frequency margin"))


@dataclass(frozen=True)
class SourceTable:
    """One table of KuCoin's page: its heading line (absent for the second margin table), its sentence, its rows."""

    heading: str | None
    sentence: str | None
    rows: tuple[tuple[int, str], ...]


@dataclass(frozen=True)
class ReferenceTable:
    """One table of the reference page: an optional sub-title, its entries and the codes whose anchor it holds.

    A code in several tables of its domain (margin's both, the gateway's sub-tables) has its anchor in the first.
    """

    title: str | None
    entries: tuple[ErrorEntry, ...]
    anchored: frozenset[int] = frozenset()


@dataclass(frozen=True)
class SharedCode:
    """A code that several domains define differently: its entry in each domain, None where absent."""

    code: int
    entries: tuple[ErrorEntry | None, ...]


def _in_margin_table(entry: ErrorEntry, scope: str) -> bool:
    return entry.scope in (scope, "both")


def _documented(entry: ErrorEntry) -> list[MessageVariant]:
    """The messages of ``entry`` that KuCoin's page lists (an undocumented one, or any of an undocumented code, is on no page)."""
    return [variant for variant in entry.variants if variant.undocumented is None and entry.undocumented is None]


def source_tables(catalog: Catalog) -> list[SourceTable]:
    """The catalogue laid out as the tables of KuCoin's page, rows in catalogue order."""
    tables = []
    for domain in catalog.domains:
        heading: str | None = f"{DOMAIN_TITLES[domain.domain]} {PAGE_TITLE}"
        if domain.domain == "margin":
            parts = [
                (MARGIN_SCOPE_SENTENCES[scope], [(entry, variant) for entry in domain.errors if _in_margin_table(entry, scope) for variant in _documented(entry)])
                for scope, _ in _MARGIN_TABLES
            ]
        elif domain.domain in DOMAIN_TABLES:
            parts = [
                (title, [(entry, variant) for entry in domain.errors for variant in _documented(entry) if variant.table == table])
                for table, title in DOMAIN_TABLES[domain.domain].items()
            ]
        else:
            tables.append(SourceTable(heading, None, tuple((entry.code, variant.documented_text) for entry in domain.errors for variant in _documented(entry))))
            continue
        for sentence, rows in parts:
            if rows:
                tables.append(SourceTable(heading, sentence, tuple((entry.code, variant.documented_text) for entry, variant in rows)))
                heading = None  # later tables of a section have only their sentence or sub-heading, as on KuCoin's page
    return tables


def page_ids(catalog: Catalog) -> list[str]:
    """The ids of the KuCoin pages the catalogue records rows of, sorted."""
    return sorted({item.split(":", 1)[0] for domain in catalog.domains for entry in domain.errors for variant in entry.variants for item in variant.pages})


def _page_rows(catalog: Catalog, page: str) -> list[tuple[int, str, ErrorEntry, MessageVariant, str]]:
    """(row, domain, entry, variant, text) of every row of ``page``, in page order; the text is the documented row or the alias the row names."""
    rows = []
    for domain in catalog.domains:
        for entry in domain.errors:
            for variant in entry.variants:
                for item in variant.pages:
                    page_id, row, *alias = item.split(":")
                    if page_id == page:
                        text = variant.aliases[int(alias[0]) - 1] if alias else variant.documented_text
                        rows.append((int(row), domain.domain, entry, variant, text))
    return sorted(rows, key=lambda row: row[0])


def page_tables(catalog: Catalog, page: str) -> list[SourceTable]:
    """The tables of KuCoin's page ``page`` as the catalogue records its rows (``pages``), rows in page order.

    A row's section is its domain's, its sub-table its message's table; a margin row of a code in both margin
    tables is in the common table when it comes before the page's first row of a high-frequency-only code.
    """
    rows = _page_rows(catalog, page)
    high_frequency_start = min((row for row, domain, entry, _, _ in rows if domain == "margin" and entry.scope == "high_frequency"), default=None)
    parts: list[tuple[str, str | None, list[tuple[int, str]]]] = []
    for row, domain, entry, variant, text in rows:
        part: str | None = variant.table
        if domain == "margin":
            in_common = entry.scope == "all" or (entry.scope == "both" and (high_frequency_start is None or row < high_frequency_start))
            part = "all" if in_common else "high_frequency"
        if not parts or parts[-1][:2] != (domain, part):
            parts.append((domain, part, []))
        parts[-1][2].append((entry.code, text))
    tables = []
    for index, (domain, part, table_rows) in enumerate(parts):
        heading = f"{DOMAIN_TITLES[domain]} {PAGE_TITLE}" if index == 0 or parts[index - 1][0] != domain else None
        sentence = MARGIN_SCOPE_SENTENCES[part] if domain == "margin" and part is not None else DOMAIN_TABLES.get(domain, {}).get(part or "")
        tables.append(SourceTable(heading, sentence, tuple(table_rows)))
    return tables


def reference_tables(catalog: Catalog) -> dict[str, list[ReferenceTable]]:
    """Each domain's tables on the reference page: one, or margin's two."""
    tables: dict[str, list[ReferenceTable]] = {}
    for domain in catalog.domains:
        if domain.domain == "margin":
            tables[domain.domain] = [
                ReferenceTable(title, entries)
                for scope, title in _MARGIN_TABLES
                if (entries := tuple(entry for entry in domain.errors if _in_margin_table(entry, scope)))
            ]
        elif domain.domain in DOMAIN_TABLES:
            tables[domain.domain] = [
                ReferenceTable(title, entries)
                for table, title in DOMAIN_TABLES[domain.domain].items()
                if (entries := tuple(entry for entry in domain.errors if any(variant.table == table for variant in entry.variants)))
            ]
        else:
            tables[domain.domain] = [ReferenceTable(None, domain.errors)]
        seen: set[int] = set()
        for index, table in enumerate(tables[domain.domain]):
            first = frozenset(entry.code for entry in table.entries) - seen
            seen |= first
            tables[domain.domain][index] = replace(table, anchored=first)
    return tables


def code_anchor(domain: str, code: int) -> str:
    """The stable id of a code's row on the reference page: ``spot-200004``."""
    return f"{domain}-{code}"


def category_link(category: str) -> str:
    """A category as a link to its definition on the reference page."""
    return f"[{category}](#category-{category})"


def category_actions(catalog: Catalog, taxonomy: Taxonomy) -> list[tuple[str, str]]:
    """Every (category, retry action) pair the catalogue's entries and messages give, in taxonomy order."""
    pairs = {
        (variant.category or entry.category, entry.retry_of(variant).action) for domain in catalog.domains for entry in domain.errors for variant in entry.variants
    } | {(entry.category, entry.retry.action) for domain in catalog.domains for entry in domain.errors}
    categories = [term.name for term in taxonomy.categories]
    actions = [term.name for term in taxonomy.retry_actions]
    return sorted(pairs, key=lambda pair: (categories.index(pair[0]), actions.index(pair[1])))


def shared_codes(catalog: Catalog) -> list[SharedCode]:
    """Codes defined in several domains with a different name or category, by code; entries in domain order."""
    by_code: dict[int, dict[str, ErrorEntry]] = {}
    for domain in catalog.domains:
        for entry in domain.errors:
            by_code.setdefault(entry.code, {})[domain.domain] = entry
    return [
        SharedCode(code, tuple(entries.get(domain.domain) for domain in catalog.domains))
        for code, entries in sorted(by_code.items())
        if len(entries) > 1 and len({(entry.name, entry.category) for entry in entries.values()}) > 1
    ]


def markdown_message(variant: MessageVariant) -> str:
    """A documented row in Markdown: text escaped, placeholders as ``<code>``, the key in bold."""
    parts = []
    if variant.key is not None:
        parts.append(f"**{markdown_text(variant.key)}**")
    marked, position = [], 0
    for match in PLACEHOLDER_PATTERN.finditer(variant.message) if may_hold_placeholders(variant.message) else ():
        marked.append(markdown_text(variant.message[position : match.start()]))
        # HTML, not backticks: two touching code spans ({1}{0}) would merge into one run of backticks.
        marked.append(f"<code>{match.group()}</code>")
        position = match.end()
    marked.append(markdown_text(variant.message[position:]))
    parts.append("".join(marked))
    row = " -- ".join(parts)
    if variant.detail is not None:
        row += markdown_text(variant.detail_separator or " -- ") + markdown_text(variant.detail)
    return row


def retry_text(advice: RetryAdvice) -> str:
    """``wait 30 s``, ``wait (gw-ratelimit-reset)``, ``fix request``: retry advice for a reader."""
    text = advice.action.replace("_", " ")
    waits = []
    if advice.after_ms is not None:
        seconds = advice.after_ms / 1000
        waits.append(f"{seconds:g} s")
    if advice.after_header is not None:
        waits.append(f"`{advice.after_header}` header")
    if advice.max_attempts is not None and advice.then is not None:
        waits.append(f"at most {advice.max_attempts} attempts, then {advice.then.replace('_', ' ')}")
    return f"{text} ({', '.join(waits)})" if waits else text


def markdown_messages(entry: ErrorEntry) -> str:
    """Every message of an entry for one table cell: one per line, with overrides and placeholder names."""
    lines = []
    for variant in entry.variants:
        line = markdown_message(variant)
        if variant.placeholders:
            names = ", ".join(f"`{placeholder.token}` {markdown_text(placeholder.name)}" for placeholder in variant.placeholders)
            line += f" ({names})"
        if variant.category is not None:
            advice = retry_text(entry.retry_of(variant))
            line += f" → {category_link(variant.category)}, {advice}"
        if variant.aliases:
            line += " (also: " + "; ".join(f"“{markdown_text(alias)}”" for alias in variant.aliases) + ")"
        if variant.review is not None:
            line += " *(awaits review)*"
        if variant.undocumented is not None:
            line += f" *(undocumented; seen in {markdown_text(variant.undocumented)})*"
        lines.append(line)
    if entry.undocumented is not None:
        lines.append(f"*(undocumented code; seen in {markdown_text(entry.undocumented)})*")
    return "<br>".join(lines)


def replacement_link(replaced_by: str) -> str:
    """``spot:200004`` as a link to that code's row: ``[spot 200004](#spot-200004)``."""
    domain, _, code = replaced_by.partition(":")
    return f"[{domain} {code}](#{code_anchor(domain, int(code))})"


def deprecation_note(deprecation: Deprecation | None) -> str:
    """What the name cell of a deprecated entry adds: the marker, the reason and a link to the replacement (empty when not deprecated)."""
    if deprecation is None:
        return ""
    link = f"; use {replacement_link(deprecation.replaced_by)}" if deprecation.replaced_by is not None else ""
    return f"<br>**deprecated**: {markdown_text(deprecation.reason)}{link}"


def markdown_row(entry: ErrorEntry, domain: str, anchored: frozenset[int]) -> str:
    """The entry's row of its domain's table on the reference page: code (with its anchor when ``anchored`` has it), name, category, retry, messages.

    A filter that writes the row in one call, as the bindings' entry literals do: Jinja writing each cell in turn costs several times the work.
    """
    anchor = f'<a id="{code_anchor(domain, entry.code)}"></a>' if entry.code in anchored else ""
    review = " *(awaits review)*" if entry.review is not None else ""
    return (f"| {anchor}{entry.code} | `{entry.name}`{review}{deprecation_note(entry.deprecated)} | {category_link(entry.category)} | "
            f"{retry_text(entry.retry)} | {markdown_messages(entry)} |")


def page_rows(rows: Iterable[tuple[object, str]]) -> str:
    """The rows of a table of KuCoin's page as the page writes them: the code, a tab, the text, a line each."""
    return "".join(f"{code}\t{text}\n" for code, text in rows)


def docs_context(context: Mapping[str, Any]) -> dict[str, Any]:
    """What the docs templates add to the shared context."""
    catalog: Catalog = context["catalog"]
    return {
        "domain_titles": DOMAIN_TITLES,
        "page_title": PAGE_TITLE,
        "source_tables": source_tables(catalog),
        "page_tables": {page: page_tables(catalog, page) for page in page_ids(catalog)},
        "reference_tables": reference_tables(catalog),
        "shared_codes": shared_codes(catalog),
        "category_actions": category_actions(catalog, context["taxonomy"]),
    }


DOCS_FILTERS: dict[str, Callable[..., str]] = {
    "html_comment": html_comment, "markdown_text": markdown_text, "retry_text": retry_text,
    "category_link": category_link, "replacement_link": replacement_link,
    "markdown_row": markdown_row, "page_rows": page_rows,
}
