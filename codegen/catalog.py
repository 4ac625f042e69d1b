"""Loading a catalogue folder: read, validate and build the model in one call.

A file first takes the fast path: libyaml reads its data (``loading.read_fast``)
and the compiled schema check and the rules find nothing wrong. A file that
does not, and only such a file, is read again by the located reader and
checked by jsonschema and the rules, so that every problem is reported at its
``file:line:column`` exactly as if the fast path did not exist.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from codegen.diagnostics import CatalogError, Problem
from codegen.loading import catalog_files, display_path, read_document, read_fast
from codegen.model import Catalog, DomainCatalog, LoadedCatalog
from codegen.schema_check import Unsure, compile_check
from codegen.serialize import domain_from_data
from codegen.source_document import SourceDocument
from codegen.taxonomy import load_schema, taxonomy_from_schema

if TYPE_CHECKING:
    from jsonschema.protocols import Validator

__all__ = ["LoadedCatalog", "load_catalog"]


def load_catalog(catalog_dir: Path) -> LoadedCatalog:
    """Read and check every ``*.yaml`` file of ``catalog_dir``; CatalogError lists every problem."""
    schema = load_schema()
    taxonomy = taxonomy_from_schema(schema)
    if not catalog_dir.is_dir():
        raise CatalogError([Problem(str(catalog_dir), 0, 0, f"{'is a file' if catalog_dir.exists() else 'catalogue folder not found'}; expected a folder of *.yaml files")])
    try:
        paths = catalog_files(catalog_dir)
    except OSError as error:
        raise CatalogError([Problem(str(catalog_dir), 0, 0, f"catalogue folder cannot be read: {error.strerror or error}")]) from None
    if not paths:
        raise CatalogError([Problem(str(catalog_dir), 0, 0, "no *.yaml files; expected one catalogue file per domain")])

    checker = _Checker(catalog_dir, schema)
    problems: list[Problem] = []
    domains: list[DomainCatalog] = []
    pointing: list[SourceDocument] = []  # the files with a replaced_by, checked once every entry is known
    for path in paths:  # one file at a time: a file's plain data is dropped once its domain is built
        document = read_fast(path, catalog_dir) or _Located(path, catalog_dir)
        found = checker.problems(document)
        problems.extend(found)
        if not found:
            domains.append(domain_from_data(document.data))
            if any(tombstone.replaced_by for tombstone in domains[-1].removed) or any(entry.deprecated for entry in domains[-1].errors):
                pointing.append(document)
    if not problems and pointing:
        problems.extend(_replacement_problems(catalog_dir, pointing, domains))
    if problems:
        raise CatalogError(problems)

    order = {term.name: index for index, term in enumerate(taxonomy.domains)}
    domains.sort(key=lambda domain: order[domain.domain])
    sources = tuple(display_path(path, catalog_dir) for path in paths)
    return LoadedCatalog(Catalog(tuple(domains)), sources, taxonomy)


def _replacement_problems(catalog_dir: Path, documents: list[SourceDocument], domains: list[DomainCatalog]) -> list[Problem]:
    from codegen.validation import replacement_problems

    known = {(domain.domain, entry.code) for domain in domains for entry in domain.errors}
    found = replacement_problems(documents, known)
    # Read again with places only when there is something to report.
    return replacement_problems([_Located(document.path, catalog_dir) for document in documents], known) if found else []


def read_stage(catalog_dir: Path, paths: list[Path]) -> list[SourceDocument]:
    """Every file read by the fast reader, or by the located reader where the fast one declines."""
    return [read_fast(path, catalog_dir) or _Located(path, catalog_dir) for path in paths]


def validate_stage(catalog_dir: Path, documents: list[SourceDocument]) -> list[Problem]:
    """Every problem of ``documents`` (the benchmark's validation stage; load_catalog does the same file by file)."""
    checker = _Checker(catalog_dir, load_schema())
    return [problem for document in documents for problem in checker.problems(document)]


class _Located(SourceDocument):
    """A file read by the located reader, with the problems reading it found."""

    def __init__(self, path: Path, catalog_dir: Path) -> None:
        document, self.read_problems = read_document(path, catalog_dir)
        super().__init__(document.path, document.display_path, document.data, document.value_places, document.key_places, document.reported)


class _Checker:
    """The checks of one load: the compiled schema check, and jsonschema's validator built when first needed."""

    def __init__(self, catalog_dir: Path, schema: dict[str, Any]) -> None:
        self.catalog_dir = catalog_dir
        self.schema = schema
        self.compiled = compile_check(schema)
        self._validator: Validator | None = None

    @property
    def validator(self) -> Validator:
        if self._validator is None:
            from codegen.validation import catalog_validator

            self._validator = catalog_validator(self.schema)
        return self._validator

    def problems(self, document: SourceDocument) -> list[Problem]:
        """Every problem of one file, at its place; a file read without places is read again with them when it has any."""
        if not isinstance(document, _Located):
            if self._valid(document):
                return []
            document = _Located(document.path, self.catalog_dir)
        return self._located_problems(document)

    def _valid(self, document: SourceDocument) -> bool:
        """True when the schema and the rules find nothing wrong with the data."""
        from codegen.validation import rules_hold

        try:
            valid = self.compiled(document.data) if self.compiled is not None else self.validator.is_valid(document.data)
        except Unsure:
            valid = self.validator.is_valid(document.data)
        return valid and rules_hold(document)

    def _located_problems(self, document: _Located) -> list[Problem]:
        from codegen.validation import rule_problems, schema_error_problems, schema_errors

        if document.data is None and document.read_problems:
            return document.read_problems  # not YAML that can be read: nothing more to check
        errors = schema_errors(document, self.validator)
        found = rule_problems(document, [tuple(error.absolute_path) for error in errors])
        return [*document.read_problems, *schema_error_problems(document, errors), *found]
