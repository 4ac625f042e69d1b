"""Loading a catalogue folder: read, validate and build the model in one call."""

from __future__ import annotations

from pathlib import Path

from codegen.diagnostics import CatalogError, Problem
from codegen.loading import catalog_files, display_path, read_document
from codegen.model import Catalog, DomainCatalog, LoadedCatalog
from codegen.serialize import domain_from_data
from codegen.taxonomy import load_schema, taxonomy_from_schema
from codegen.validation import catalog_validator, rule_problems, schema_error_problems, schema_errors


__all__ = ["LoadedCatalog", "load_catalog"]


def load_catalog(catalog_dir: Path) -> LoadedCatalog:
    """Read and check every ``*.yaml`` file of ``catalog_dir``; CatalogError lists every problem."""
    schema = load_schema()
    taxonomy = taxonomy_from_schema(schema)
    validator = catalog_validator(schema)
    if not catalog_dir.is_dir():
        raise CatalogError([Problem(str(catalog_dir), 0, 0, f"{'is a file' if catalog_dir.exists() else 'catalogue folder not found'}; expected a folder of *.yaml files")])
    try:
        paths = catalog_files(catalog_dir)
    except OSError as error:
        raise CatalogError([Problem(str(catalog_dir), 0, 0, f"catalogue folder cannot be read: {error.strerror or error}")]) from None
    if not paths:
        raise CatalogError([Problem(str(catalog_dir), 0, 0, "no *.yaml files; expected one catalogue file per domain")])

    problems: list[Problem] = []
    domains: list[DomainCatalog] = []
    for path in paths:
        document, read_problems = read_document(path, catalog_dir)
        problems.extend(read_problems)
        if document.data is None and read_problems:
            continue  # not YAML that can be read: nothing more to check
        errors = schema_errors(document, validator)
        problems.extend(schema_error_problems(document, errors))
        found = rule_problems(document, [tuple(error.absolute_path) for error in errors])
        problems.extend(found)
        if not (read_problems or errors or found):
            domains.append(domain_from_data(document.data))
    if problems:
        raise CatalogError(problems)

    order = {term.name: index for index, term in enumerate(taxonomy.domains)}
    domains.sort(key=lambda domain: order[domain.domain])
    sources = tuple(display_path(path, catalog_dir) for path in paths)
    return LoadedCatalog(Catalog(tuple(domains)), sources, taxonomy)
