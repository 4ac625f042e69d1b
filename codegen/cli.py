"""The command line: ``python -m codegen [--check] [--catalog DIR] [--out DIR]``, ``validate``, ``import-docs``, ``export-docs``.

Exit status: 0 done (or, with --check, generated files are current); 1 with
--check when a generated file would change; 2 when the catalogue or an
imported page is invalid, or an output cannot be written (outside --out,
edited by hand without --force, or an OS error). Nothing is written in those
cases, except when an OS error stops the final renames part-way: each file is
then whole, old or new, and the files replaced are listed.
"""

from __future__ import annotations

import argparse
import io
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from codegen.cache import RunCache
from codegen.diagnostics import CatalogError, Problem, did_you_mean, printable
from codegen.resources import DEFAULT_CATALOG_DIR, DEFAULT_OUTPUT_DIR
from codegen.target import Target, registered_targets
from codegen.writing import OutputError, PartialWriteError, find_drift, replace_files, write_outputs

if TYPE_CHECKING:  # loading, rendering and importing are imported when used: a run the cache answers needs none of them
    from codegen.catalog import LoadedCatalog
    from codegen.importers.merging import ImportResult

EXIT_OK = 0
EXIT_DRIFT = 1
EXIT_INVALID = 2

#: The target ``export-docs`` renders.
DOCS_TARGET = "docs"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m codegen",
        description="Render the KuCoin error catalogue into Python, TypeScript, JSON and documentation.",
        epilog="Exit status: 0 success; 1 --check found generated files that would change; 2 invalid catalogue or page, or an output that cannot or may not be written.",
    )
    parser.add_argument("--catalog", type=Path, default=DEFAULT_CATALOG_DIR, metavar="DIR", help="catalogue folder (default: catalog/)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUTPUT_DIR, metavar="DIR", help="output folder (default: generated/)")
    parser.add_argument(
        "--target", action="append", dest="targets", metavar="NAME",
        help=f"render only this target (repeatable; default: all of {', '.join(target.name for target in registered_targets())})",
    )
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 when a generated file would change")
    parser.add_argument("--force", action="store_true", help="overwrite generated files even when they were edited by hand")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    # SUPPRESS keeps a --catalog or --out given before the command from being reset by the command's default.
    validate = commands.add_parser("validate", help="check the catalogue, summarise it and list what awaits review; write nothing")
    validate.add_argument("--catalog", type=Path, default=argparse.SUPPRESS, metavar="DIR", help="catalogue folder (default: catalog/)")
    import_docs = commands.add_parser("import-docs", help="fold KuCoin's error page (text or Markdown) into the catalogue")
    import_docs.add_argument("document", type=Path, metavar="FILE", help="KuCoin's error page: tab-separated text as in catalog/sources/, or Markdown tables")
    import_docs.add_argument("--catalog", type=Path, default=argparse.SUPPRESS, metavar="DIR", help="catalogue folder (default: catalog/; may be empty)")
    import_docs.add_argument("--dry-run", action="store_true", help="print the change as a unified diff of the YAML and write nothing")
    export_docs = commands.add_parser("export-docs", help="write the catalogue back as KuCoin's text and render the reference page (docs/ of the output folder)")
    export_docs.add_argument("--catalog", type=Path, default=argparse.SUPPRESS, metavar="DIR", help="catalogue folder (default: catalog/)")
    export_docs.add_argument("--out", type=Path, default=argparse.SUPPRESS, metavar="DIR", help="output folder (default: generated/)")
    export_docs.add_argument("--force", action="store_true", default=argparse.SUPPRESS, help="overwrite files even when they were edited by hand")
    return parser


def _report(problems: Iterable[Problem], what: str) -> None:
    listed = list(problems)
    for problem in listed:
        print(problem, file=sys.stderr)
    count = len(listed)
    print(f"{count} problem{'s' if count != 1 else ''} in {what}; nothing was written.", file=sys.stderr)


def _load(catalog_dir: Path) -> LoadedCatalog | None:
    from codegen.catalog import load_catalog

    try:
        return load_catalog(catalog_dir)
    except CatalogError as error:
        _report(error.problems, "the catalogue")
        return None


def _awaiting_review(loaded: LoadedCatalog) -> list[str]:
    lines = []
    for domain in loaded.catalog.domains:
        for entry in domain.errors:
            if entry.review is not None:
                lines.append(f"{domain.domain} {entry.code} {entry.name}: {entry.review}")
            for variant in entry.variants:
                if variant.review is not None:
                    lines.append(f"{domain.domain} {entry.code} {entry.name} / {variant.id}: {variant.review}")
    return lines


def _validate(loaded: LoadedCatalog) -> int:
    for domain in loaded.catalog.domains:
        categories = Counter(entry.category for entry in domain.errors)
        variants = sum(len(entry.variants) for entry in domain.errors)
        print(f"{domain.domain}: {len(domain.errors)} codes, {variants} messages, {len(categories)} categories")
    print(f"catalogue is valid ({', '.join(loaded.sources)})")
    awaiting = _awaiting_review(loaded)
    if awaiting:
        print(f"{len(awaiting)} awaiting review (added by import-docs; check each, then delete its review line):")
        for line in awaiting:
            print(f"  {line}")
    return EXIT_OK


def _current(count: int, out_dir: Path, *, check: bool) -> int:
    """Report a run whose cache says every output file is current, as the full run would."""
    print(f"{count} generated files are current." if check else f"0 of {count} generated files updated in {out_dir}.")
    return EXIT_OK


def _check(files: dict[str, str], out_dir: Path) -> int:
    drifts = find_drift(files, out_dir)
    for drift in drifts:
        print(f"{out_dir / drift.path}: {drift.reason}", file=sys.stderr)
        if drift.diff:
            print(drift.diff, file=sys.stderr)
    if drifts:
        print(f"{len(drifts)} generated file(s) would change; run `python -m codegen`.", file=sys.stderr)
        return EXIT_DRIFT
    print(f"{len(files)} generated files are current.")
    return EXIT_OK


def _write_failure(error: OSError, folder: Path) -> int:
    """Report a failed write: which files were replaced when it stopped part-way, else that nothing was written."""
    if isinstance(error, PartialWriteError):
        print(error, file=sys.stderr)
    else:
        print(f"{printable(str(error.filename or folder))}: cannot write: {error.strerror or error}; nothing was written.", file=sys.stderr)
    return EXIT_INVALID


def _selected_targets(names: Sequence[str] | None) -> tuple[Target, ...] | None:
    """The registered targets named (all when ``names`` is None); None after reporting an unknown name."""
    targets = registered_targets()
    if names is None:
        return targets
    known = {target.name: target for target in targets}
    unknown = [name for name in names if name not in known]
    for name in unknown:
        print(f"unknown target {printable(name)!r}{did_you_mean(name, list(known))}; expected one of: {', '.join(known)}", file=sys.stderr)
    if unknown:
        return None
    return tuple(known[name] for name in dict.fromkeys(names))


def _generate(loaded: LoadedCatalog, out_dir: Path, *, check: bool, force: bool, targets: tuple[Target, ...], cache: RunCache | None = None) -> int:
    from codegen.rendering import render_all

    files = render_all(loaded, targets, cache.bytecode_folder if cache is not None else None)
    if cache is not None:
        cache.store(files)
    try:
        if check:
            return _check(files, out_dir)
        written = write_outputs(files, out_dir, force=force)
    except OutputError as error:
        print(error, file=sys.stderr)
        print("the generated files were not checked." if check else "nothing was written.", file=sys.stderr)
        return EXIT_INVALID
    except OSError as error:
        if check:
            print(f"{printable(str(error.filename or out_dir))}: cannot read: {error.strerror or error}; the generated files were not checked.", file=sys.stderr)
            return EXIT_INVALID
        return _write_failure(error, out_dir)
    print(f"{len(written)} of {len(files)} generated files updated in {out_dir}.")
    return EXIT_OK


def _print_import_summary(result: ImportResult, catalog_dir: Path) -> None:
    document = result.document
    rows, domains = len(document.rows), len(document.domains)
    print(f"{document.path}: {rows} row{'s' if rows != 1 else ''} in {domains} domain{'s' if domains != 1 else ''}, compared with {catalog_dir}:")
    for domain in document.domains:
        counts = result.counts(domain)
        print(f"  {domain}: {counts['added']} added, {counts['changed']} changed, {counts['unchanged']} unchanged, {counts['missing']} missing from the page")
    if result.absent_domains:
        print(f"  not on this page (nothing compared): {', '.join(result.absent_domains)}")
    for kind, title in (
        ("added", "added"),
        ("changed", "changed"),
        ("missing", "missing from the page (kept; delete by hand if KuCoin retired them)"),
        ("skipped", "skipped"),
    ):
        changes = [change for change in result.changes if change.kind == kind]
        if changes:
            print(f"{title}:")
            for change in changes:
                print(f"  {change.domain} {change.code} {change.name} / {change.detail}")


def _import_docs(document: Path, catalog_dir: Path, *, dry_run: bool) -> int:
    from codegen.importers.documents import DocumentError
    from codegen.importers.merging import plan_import

    try:
        result = plan_import(document, catalog_dir)
    except DocumentError as error:
        _report(error.problems, str(document))
        return EXIT_INVALID
    except CatalogError as error:
        _report(error.problems, "the catalogue")
        return EXIT_INVALID
    _print_import_summary(result, catalog_dir)
    for path in result.restyled:
        print(f"note: {path} was not laid out in the catalogue's style (indents of 2 and 4, as ruamel.yaml writes them); the changed file is, so its diff is larger than the change.")
    if dry_run:
        sys.stdout.write(result.diff(catalog_dir))
        print(f"dry run: {len(result.files)} catalogue file(s) would change; nothing was written.")
        return EXIT_OK
    try:
        replace_files(result.texts_to_write())
    except OSError as error:
        return _write_failure(error, catalog_dir)
    print(f"{len(result.files)} catalogue file(s) updated; run `python -m codegen validate` for what awaits review, then `python -m codegen`.")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    # A path that is not valid UTF-8 (or a strict terminal) must not turn a report into a traceback.
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    arguments = _parser().parse_args(argv)
    targets = _selected_targets([DOCS_TARGET] if arguments.command == "export-docs" else arguments.targets)
    if targets is None:
        return EXIT_INVALID
    if arguments.command == "import-docs":
        return _import_docs(arguments.document, arguments.catalog, dry_run=arguments.dry_run)
    check = arguments.check and arguments.command is None
    cache = None if arguments.command == "validate" else RunCache.open(arguments.catalog, arguments.out, targets)
    if cache is not None and (count := cache.current_outputs(arguments.out)) is not None:
        return _current(count, arguments.out, check=check)
    loaded = _load(arguments.catalog)
    if loaded is None:
        return EXIT_INVALID
    if arguments.command == "validate":
        return _validate(loaded)
    return _generate(loaded, arguments.out, check=check, force=arguments.force, targets=targets, cache=cache)
