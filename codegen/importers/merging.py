"""Folding a KuCoin error page into the catalogue files.

What a person chose stays as it is: names, categories, retry advice, notes,
comments, blank lines, key order and quoting. The page changes only what it
documents:

* a code the catalogue lacks is added, in page order, with a suggested name,
  category and retry advice and a ``review`` marker;
* a message a known code lacks becomes a new variant (marked for review);
* a message that was reworded (one that replaces a catalogued message of the
  same code) is updated in place, keeping its id and classification; the
  row it replaces is kept among the message's ``aliases``, and a row that is
  one of them is the message, unchanged;
* a margin code in both margin tables gets the scope ``both``; a row of the
  Websocket or Gateway section gets (or changes) the ``table`` it is in;
* a catalogued code or message the page no longer has is reported, never
  deleted: only a person can tell a retired code from an incomplete page;
* given the page's id (``import-docs --page ID``), each message's ``pages``
  say which rows of that page it is, and with which wording: the rows of
  that page recorded before are replaced, those of other pages kept.

``yaml_editing`` makes the edits so that comments stay where they were,
``yaml_nodes`` builds what is added, ``rewording`` tells a reworded message
from a new one, and ``catalogue_files`` reads the files and tries the result.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from codegen.catalog import load_catalog
from codegen.diagnostics import CatalogError, Problem
from codegen.importers.catalogue_files import check_merged, read_catalogue_text
from codegen.importers.documents import DOMAIN_TITLES, DocumentRow, ErrorDocument, read_document
from codegen.importers.rewording import REWORDING_SIMILARITY, pair_rewordings, similarity
from codegen.importers.suggestions import (
    placeholder_name,
    split_documented,
    suggest_advice,
    suggest_name,
    suggest_placeholders,
)
from codegen.importers.yaml_editing import Insertion, catalogue_yaml, delete_key, dump_yaml, insert_after, set_text, splice, split_lines
from codegen.importers.yaml_nodes import (
    FILE_HEADER,
    alias_nodes,
    aliases_of,
    documented_text_of,
    new_file_tree,
    page_row_nodes,
    page_rows_of,
    placeholder_nodes,
    placeholders_of,
    put_retry,
    quoted,
    retry_of,
    reworded_page_rows,
    sorted_page_rows,
    variant_node,
)
from codegen.loading import catalog_files
from codegen.matching import message_key
from codegen.model import Catalog, Placeholder, RetryAdvice
from codegen.placeholders import find_placeholder_tokens



@dataclass(frozen=True)
class Change:
    """One line of the import summary: what happened to one message (or code) of one domain."""

    domain: str
    kind: str  # added, changed, unchanged, missing; skipped for a success code on the page; pages for the page's rows recorded
    code: int
    name: str
    detail: str


@dataclass
class ImportResult:
    """The new text of every catalogue file the page changes, and what changed."""

    document: ErrorDocument
    changes: list[Change] = field(default_factory=list)
    files: dict[Path, tuple[str | None, str]] = field(default_factory=dict)  # path: (old text or None, new text)
    # Files whose layout is not the catalogue's (indents 2/4/2): changing them rewrites them in that layout.
    restyled: list[Path] = field(default_factory=list)
    # Files written with CRLF line ends, which are kept; ``files`` holds every text with line feeds.
    crlf: set[Path] = field(default_factory=set)
    # Domains of the catalogue the page has no table for: nothing of theirs was compared.
    absent_domains: list[str] = field(default_factory=list)

    def texts_to_write(self) -> dict[Path, str]:
        """The new text of each changed file, with the line ends the file had."""
        return {path: new.replace("\n", "\r\n") if path in self.crlf else new for path, (_, new) in self.files.items()}

    def counts(self, domain: str) -> dict[str, int]:
        """How many messages of ``domain`` were added, changed, unchanged and missing."""
        counts = dict.fromkeys(("added", "changed", "unchanged", "missing"), 0)
        for change in self.changes:
            if change.domain == domain and change.kind in counts:
                counts[change.kind] += 1
        return counts

    def diff(self, catalog_dir: Path) -> str:
        """The change to the YAML files as one unified diff."""
        chunks: list[str] = []
        for path, (old, new) in sorted(self.files.items()):
            name = f"{catalog_dir.name}/{path.name}"
            for line in difflib.unified_diff(split_lines(old or ""), split_lines(new), name if old is not None else "/dev/null", name):
                # As diff(1) writes a last line without a line feed.
                chunks.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
        return "".join(chunks)


@dataclass(frozen=True)
class _Classification:
    """The name, variant id, category, retry advice and placeholders given to a message."""

    name: str
    variant_id: str
    category: str
    retry: RetryAdvice
    placeholders: tuple[Placeholder, ...]


@dataclass(frozen=True)
class _Known(_Classification):
    """How the catalogue (or this import) already names and classifies a message."""

    where: str


@dataclass(frozen=True)
class _Suggestion(_Classification):
    """What the importer proposes for one new row, and where the proposal came from."""

    origin: str
    known: bool  # copied from the same message elsewhere in the catalogue, not guessed
    caveats: tuple[str, ...] = ()  # what a person must decide: a placeholder name, advice the rules cannot tell


# The names a new code or message gets when its words give no good one (too many, or taken): a person names it.
UNNAMED_ENTRY = "UNNAMED_{code}"
UNNAMED_VARIANT = "UNNAMED_MESSAGE"
PLACEHOLDER_CAVEAT = "{what} {name} is a placeholder: the message gives no short name, so name it by hand"


def _index_known(catalog: Catalog | None) -> dict[str, _Known]:
    known: dict[str, _Known] = {}
    if catalog is None:
        return known
    for domain in catalog.domains:
        for entry in domain.errors:
            for variant in entry.variants:
                if entry.review is None and variant.review is None:
                    seen = _Known(entry.name, variant.id, entry.category_of(variant), entry.retry_of(variant), variant.placeholders, f"{domain.domain} {entry.code}")
                    for text in (variant.documented_text, *variant.aliases):
                        known.setdefault(message_key(text), seen)
    return known


class _DomainMerger:
    """Merges the page's rows of one domain into that domain's YAML tree."""

    def __init__(self, domain: str, tree: CommentedMap, known: dict[str, _Known], source: str, result: ImportResult, page: str | None = None) -> None:
        self.domain = domain
        self.page = page
        # The variant node each row of the page is, existing or added: what ``record_page`` records.
        self.row_nodes: list[tuple[DocumentRow, CommentedMap]] = []
        self.tree = tree
        self.known = known
        self.source = source
        self.result = result
        self.insertions: list[Insertion] = []
        self.names = {str(entry["name"]) for entry in tree["errors"]}

    def record(self, kind: str, code: int, name: str, detail: str) -> None:
        self.result.changes.append(Change(self.domain, kind, code, name, detail))

    def _queue(self, sequence_path: tuple[str | int, ...], after: int | None, item: CommentedMap) -> None:
        """Insert ``item`` after index ``after`` of a sequence (first when None), behind items already queued there."""
        at = after + 1 if after is not None else 0
        last = self.insertions[-1] if self.insertions else None
        if last is not None and last.sequence_path == sequence_path and last.index == at:
            last.items.append(item)
        else:
            self.insertions.append(Insertion(sequence_path, at, [item]))

    def merge(self, rows: list[DocumentRow]) -> None:
        errors: CommentedSeq = self.tree["errors"]
        positions = {int(entry["code"]): index for index, entry in enumerate(errors)}
        success = {int(code) for code in self.tree["success_codes"]}
        removed = {int(item["code"]): str(item["name"]) for item in self.tree.get("removed", ())}
        groups: dict[int, list[DocumentRow]] = {}
        for row in rows:
            if row.code in success:
                self.record("skipped", row.code, "-", f"{row.text!r} (line {row.line}) is a success code of {self.domain}, not an error")
            elif row.code in removed:
                self.record("skipped", row.code, removed[row.code], f"{row.text!r} (line {row.line}) is a removed code (tombstone); delete the tombstone to bring it back")
            else:
                groups.setdefault(row.code, []).append(row)

        previous: int | None = None  # index, in the file, of the entry of the previous code on the page
        for code, code_rows in groups.items():
            if code in positions:
                previous = positions[code]
                self._merge_entry(errors[previous], previous, code_rows)
                continue
            self._queue(("errors",), previous, self._new_entry(code, code_rows))
        for entry in errors:
            if int(entry["code"]) not in groups and "undocumented" not in entry:  # an undocumented code is on no page
                for variant in entry["variants"]:
                    if "undocumented" in variant:  # on no page: its absence from this one says nothing
                        continue
                    self.record("missing", int(entry["code"]), str(entry["name"]), f"{variant['id']}: {documented_text_of(variant)!r} is not on the page (kept)")

    def _review(self, what: str) -> DoubleQuotedScalarString:
        return quoted(f"Added by import-docs from {self.source}; check {what}, then delete this line.")

    def _suggest(self, text: str, taken_names: set[str], taken_ids: set[str], code: int) -> _Suggestion:
        """A name, id, category, retry advice and placeholders for one row."""
        _, message, _, _ = split_documented(text)
        caveats = []
        known = self.known.get(message_key(text))
        if known is not None:
            name: str | None = known.name if known.name not in taken_names else None
            variant_id: str | None = known.variant_id if known.variant_id not in taken_ids else None
            category, retry, origin = known.category, known.retry, f"classified like {known.where}, which has the same message"
            placeholders = suggest_placeholders(message, known.placeholders)
        else:
            name, variant_id = suggest_name(message, taken_names), suggest_name(message, taken_ids)
            category, retry, unsure = suggest_advice(text)
            origin = "suggested from the message"
            placeholders = suggest_placeholders(message)
            if unsure is not None:
                caveats.append(unsure)
        if name is None:
            name = placeholder_name(UNNAMED_ENTRY.format(code=code), taken_names)
            caveats.append(PLACEHOLDER_CAVEAT.format(what="the name", name=name))
        if variant_id is None:
            variant_id = placeholder_name(UNNAMED_VARIANT, taken_ids)
            caveats.append(PLACEHOLDER_CAVEAT.format(what="the id", name=variant_id))
        return _Suggestion(name, variant_id, category, retry, placeholders, origin, known is not None, tuple(caveats))

    def _learn(self, text: str, name: str, variant_id: str, category: str, retry: RetryAdvice, placeholders: tuple[Placeholder, ...], code: int) -> None:
        """Remember how a message of this import is classified, so that the same message elsewhere gets the same."""
        self.known.setdefault(message_key(text), _Known(name, variant_id, category, retry, placeholders, f"{self.domain} {code}"))

    def _extra_variant(self, row: DocumentRow, ids: set[str], code: int, category: str, retry: RetryAdvice) -> tuple[CommentedMap, str]:
        """A further message of a code: its own category only when the catalogue already gives the message one."""
        suggestion = self._suggest(row.text, set(), ids, code)
        ids.add(suggestion.variant_id)
        node = variant_node(suggestion.variant_id, row.text, suggestion.placeholders, row.table)
        if suggestion.known and (suggestion.category, suggestion.retry) != (category, retry):
            node["category"] = suggestion.category
            put_retry(node, suggestion.retry)
            hint = f"{suggestion.origin}: {suggestion.category}, {suggestion.retry.action}"
        else:
            hint = f"the message alone suggests {suggestion.category}, {suggestion.retry.action}"
        caveats = [caveat for caveat in suggestion.caveats if "placeholder" in caveat]
        return node, "; ".join([hint, *caveats])

    def _new_entry(self, code: int, rows: list[DocumentRow]) -> CommentedMap:
        first = self._suggest(rows[0].text, self.names, set(), code)
        self.names.add(first.name)
        entry = CommentedMap()
        entry["code"] = code
        entry["name"] = first.name
        entry["review"] = self._review(f"the name, category and retry advice ({'; '.join([first.origin, *first.caveats])})")
        if self.domain == "margin":
            entry["scope"] = rows[0].scope
        entry["category"] = first.category
        put_retry(entry, first.retry)
        variants = CommentedSeq([variant_node(first.variant_id, rows[0].text, first.placeholders, rows[0].table)])
        ids = {first.variant_id}
        for row in rows[1:]:
            node, hint = self._extra_variant(row, ids, code, first.category, first.retry)
            if "placeholder" in hint:
                insert_after(node, ("id",), "review", self._review(f"the id ({hint})"))
            variants.append(node)
        for row, node in zip(rows, variants, strict=True):
            self.row_nodes.append((row, node))
            category = str(node.get("category", first.category))
            retry = retry_of(node) if "retry" in node else first.retry
            placeholders = placeholders_of(node)
            self._learn(row.text, first.name, str(node["id"]), category, retry, placeholders, code)
            self.record("added", code, first.name, f"{node['id']}: {row.text!r} (new code; awaits review)")
        entry["variants"] = variants
        return entry

    def _merge_scope(self, entry: CommentedMap, rows: list[DocumentRow]) -> None:
        """A margin code's scope as the page has it; a code of both tables the page has in one only stays in both (never deleted)."""
        code, name = int(entry["code"]), str(entry["name"])
        page, catalogued = rows[0].scope, entry.get("scope")
        if page is None or page == catalogued:
            return
        if catalogued == "both":
            self.record("missing", code, name, f"scope both: the page has this code only in the {page} table (kept in both)")
            return
        self.record("changed", code, name, f"scope {catalogued} -> {page}")
        set_text(entry, "scope", page)

    def _merge_table(self, entry: CommentedMap, variant: CommentedMap, row: DocumentRow) -> None:
        """The sub-table a message is in, as the page has it."""
        if row.table is None or variant.get("table") == row.table:
            return
        self.record("changed", int(entry["code"]), str(entry["name"]), f"{variant['id']}: table {variant.get('table')} -> {row.table}")
        if "table" in variant:
            set_text(variant, "table", row.table)
        else:
            insert_after(variant, ("id", "review", "key", "message", "detail", "detail_separator", "aliases"), "table", row.table)

    def _merge_entry(self, entry: CommentedMap, entry_index: int, rows: list[DocumentRow]) -> None:
        code, name = int(entry["code"]), str(entry["name"])
        if self.domain == "margin":
            self._merge_scope(entry, rows)
        variants: CommentedSeq = entry["variants"]
        texts = [documented_text_of(variant) for variant in variants]
        # A row is a catalogued message when it is its documented row or one of its other wordings.
        index_of: dict[str, int] = {}
        for index, variant in enumerate(variants):
            for text in (texts[index], *aliases_of(variant)):
                index_of.setdefault(text, index)
        page_texts = {row.text for row in rows}
        unmatched_rows = [row for row in rows if row.text not in index_of]
        on_page = {index_of[row.text] for row in rows if row.text in index_of}
        # An undocumented message is on no page: never missing from one, never the old wording of a row.
        unmatched = [index for index in range(len(variants)) if index not in on_page and "undocumented" not in variants[index]]
        for index, (text, variant) in enumerate(zip(texts, variants, strict=True)):
            if index in on_page:
                shown = text if text in page_texts else next(row.text for row in rows if index_of.get(row.text) == index)
                self.record("unchanged", code, name, f"{variant['id']}: {shown!r}" + ("" if shown == text else " (an other wording of it)"))
        for row in rows:
            if row.text in index_of:
                self._merge_table(entry, variants[index_of[row.text]], row)
                self.row_nodes.append((row, variants[index_of[row.text]]))

        rewordings = pair_rewordings(unmatched_rows, unmatched, texts)
        for row, index in rewordings.items():
            self._reword(entry, variants[index], texts[index], row)
            self.row_nodes.append((row, variants[index]))
            unmatched.remove(index)
        for index in unmatched:
            self.record("missing", code, name, f"{variants[index]['id']}: {texts[index]!r} is not on the page (kept)")

        ids = {str(variant["id"]) for variant in variants}
        position_of = dict(index_of)
        for row in rewordings:
            position_of[row.text] = rewordings[row]
        previous: int | None = None
        for row in rows:
            if row.text in position_of:
                previous = position_of[row.text]
                continue
            node, hint = self._extra_variant(row, ids, code, str(entry["category"]), retry_of(entry))
            self.row_nodes.append((row, node))
            insert_after(node, ("id",), "review", self._review(f"the id, and whether this message needs its own category ({hint})"))
            self._queue(("errors", entry_index, "variants"), previous, node)
            self.record("added", code, name, f"{node['id']}: {row.text!r} (new message; awaits review)")

    def record_page(self) -> None:
        """Record the rows of this page in every message of the domain: each row's place and wording, replacing this page's rows recorded before."""
        if self.page is None:
            return
        errors = self.tree["errors"]
        pairs = [(entry, variant) for entry in errors for variant in entry["variants"]]
        for insertion in self.insertions:
            if insertion.sequence_path == ("errors",):
                pairs += [(entry, variant) for entry in insertion.items for variant in entry["variants"]]
            else:
                pairs += [(errors[insertion.sequence_path[1]], variant) for variant in insertion.items]
        assigned: dict[int, list[str]] = {}
        for row, node in self.row_nodes:
            text, aliases = documented_text_of(node), aliases_of(node)
            wording = "" if row.text == text else f":{aliases.index(row.text) + 1}"
            assigned.setdefault(id(node), []).extend(f"{self.page}:{place}{wording}" for place in row.places)
        for entry, node in pairs:
            before = page_rows_of(node)
            others = [item for item in before if item.split(":", 1)[0] != self.page]
            after = sorted_page_rows(others + assigned.get(id(node), []))
            if after == list(before):
                continue
            old_rows, new_rows = [item for item in before if item not in others], assigned.get(id(node), [])
            if after:
                node["pages"] = page_row_nodes(after)
            else:
                delete_key(node, "pages")
            self.record("pages", int(entry["code"]), str(entry["name"]), f"{node['id']}: rows {', '.join(old_rows) or 'none'} -> {', '.join(new_rows) or 'none'}")

    def _reword(self, entry: CommentedMap, variant: CommentedMap, old_text: str, row: DocumentRow) -> None:
        code, name = int(entry["code"]), str(entry["name"])
        new_text = row.text
        key, message, detail, separator = split_documented(new_text)
        set_text(variant, "message", message)
        for part, value, after in (
            ("key", key, ("id", "review")),
            ("detail", detail, ("id", "review", "key", "message")),
            ("detail_separator", separator, ("id", "review", "key", "message", "detail")),
        ):
            if value is None and part in variant:
                delete_key(variant, part)
            elif value is not None and part in variant:
                set_text(variant, part, value)
            elif value is not None:
                insert_after(variant, after, part, quoted(value))
        # The replaced row stays matched and on record as another wording, unless it is the new message or row verbatim.
        old_aliases = aliases_of(variant)
        aliases = [alias for alias in old_aliases if alias not in (message, key, new_text)]
        if old_text not in (message, key, new_text) and old_text not in aliases:
            aliases.append(old_text)
        # The rows of pages recorded before keep their wording, now the new documented row or another alias.
        if "pages" in variant:
            variant["pages"] = page_row_nodes(reworded_page_rows(page_rows_of(variant), old_text, old_aliases, new_text, aliases))
        if aliases and "aliases" in variant:
            variant["aliases"] = alias_nodes(aliases)
        elif aliases:
            insert_after(variant, ("id", "review", "key", "message", "detail", "detail_separator"), "aliases", alias_nodes(aliases))
        elif "aliases" in variant:
            delete_key(variant, "aliases")
        self._merge_table(entry, variant, row)
        recorded = placeholders_of(variant)
        if [placeholder.token for placeholder in recorded] != find_placeholder_tokens(message):
            placeholders = suggest_placeholders(message, recorded)
            if placeholders and "placeholders" in variant:
                variant["placeholders"] = placeholder_nodes(placeholders)
            elif placeholders:
                insert_after(variant, ("id", "key", "message", "detail"), "placeholders", placeholder_nodes(placeholders))
            else:
                delete_key(variant, "placeholders")
            if "review" not in variant:
                insert_after(variant, ("id",), "review", self._review("the placeholders of the reworded message"))
        if similarity(old_text, new_text) < REWORDING_SIMILARITY and "review" not in variant:
            # The only new message of a code with one vanished message replaces it, however different:
            # its id, category and retry advice may no longer fit.
            insert_after(variant, ("id",), "review", self._review("the id, category and retry advice: the message was rewritten, not just reworded"))
        self.record("changed", code, name, f"{variant['id']}: {old_text!r} -> {new_text!r}")
        entry_advice = (str(entry["category"]), retry_of(entry))
        category, retry = (str(variant["category"]), retry_of(variant)) if "category" in variant else entry_advice
        self._learn(new_text, name, str(variant["id"]), category, retry, suggest_placeholders(message, recorded), code)


def merge_document(document: ErrorDocument, catalog_dir: Path, catalog: Catalog | None, page: str | None = None) -> ImportResult:
    """The new text of each catalogue file once ``document`` is folded in; nothing is written.

    With ``page``, the id of the page, each message records which rows of it it is (``pages``).
    """
    result = ImportResult(document)
    if catalog is not None:
        result.absent_domains = [domain.domain for domain in catalog.domains if domain.domain not in document.domains]
    known = _index_known(catalog)
    source = Path(document.path).name
    for domain in document.domains:
        rows = [row for row in document.rows if row.domain == domain]
        path = catalog_dir / f"{domain}.yaml"
        old_text, crlf = read_catalogue_text(path)
        if crlf:
            result.crlf.add(path)
        if old_text is not None:
            tree = catalogue_yaml().load(old_text)
            in_catalogue_layout = dump_yaml(tree) == old_text
        else:
            tree = new_file_tree(domain, f"Errors of KuCoin's {DOMAIN_TITLES[domain]} REST endpoints, as documented on KuCoin's error page.")
        merger = _DomainMerger(domain, tree, known, source, result, page)
        merger.merge(rows)
        merger.record_page()
        if old_text is None:
            tree["errors"].extend(item for insertion in merger.insertions for item in insertion.items)
            result.files[path] = (None, FILE_HEADER.format(title=DOMAIN_TITLES[domain]) + dump_yaml(tree))
        elif any(change.domain == domain and change.kind in ("added", "changed", "pages") for change in result.changes):
            if not in_catalogue_layout:
                result.restyled.append(path)
            result.files[path] = (old_text, splice(dump_yaml(tree), merger.insertions) if merger.insertions else dump_yaml(tree))
    return result


def plan_import(document_path: Path, catalog_dir: Path, page: str | None = None) -> ImportResult:
    """Read the page and fold it into the catalogue in memory, checking the result; nothing is written.

    Raises DocumentError for a page that cannot be read and CatalogError when
    the catalogue is invalid (before or, which would be a bug, after the merge).
    """
    document = read_document(document_path)
    if not catalog_dir.is_dir():
        raise CatalogError([Problem(str(catalog_dir), 0, 0, f"{'is a file' if catalog_dir.exists() else 'catalogue folder not found'}; expected a folder (it may be empty)")])
    catalog = load_catalog(catalog_dir).catalog if catalog_files(catalog_dir) else None
    result = merge_document(document, catalog_dir, catalog, page)
    if result.files:
        try:
            check_merged({path: new for path, (_, new) in result.files.items()}, catalog_dir)
        except CatalogError as error:
            headline = Problem(document.path, 0, 0, "folding this page in would make the catalogue invalid; the places below are in the merged files, as --dry-run shows them")
            raise CatalogError([headline, *error.problems]) from None
    return result
