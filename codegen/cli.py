"""The command line: ``python -m codegen [--check] [--catalog DIR] [--out DIR]`` and ``validate``.

Exit status: 0 done (or, with --check, generated files are current); 1 with
--check when a generated file would change; 2 when the catalogue is invalid
or an output cannot be written (outside --out, edited by hand without
--force, or an OS error). Nothing is written in those cases.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from codegen.catalog import LoadedCatalog, load_catalog
from codegen.diagnostics import CatalogError
from codegen.rendering import render_all
from codegen.taxonomy import PROJECT_ROOT
from codegen.writing import OutputError, find_drift, write_outputs

EXIT_OK = 0
EXIT_DRIFT = 1
EXIT_INVALID = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m codegen",
        description="Render the KuCoin error catalogue into Python, TypeScript and JSON bindings.",
        epilog="Exit status: 0 success; 1 --check found generated files that would change; 2 invalid catalogue, or an output that cannot or may not be written.",
    )
    parser.add_argument("--catalog", type=Path, default=PROJECT_ROOT / "catalog", metavar="DIR", help="catalogue folder (default: catalog/)")
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "generated", metavar="DIR", help="output folder (default: generated/)")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 when a generated file would change")
    parser.add_argument("--force", action="store_true", help="overwrite generated files even when they were edited by hand")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    validate = commands.add_parser("validate", help="check the catalogue and print what it holds; write nothing")
    # SUPPRESS keeps a --catalog given before the command from being reset by this one's default.
    validate.add_argument("--catalog", type=Path, default=argparse.SUPPRESS, metavar="DIR", help="catalogue folder (default: catalog/)")
    return parser


def _load(catalog_dir: Path) -> LoadedCatalog | None:
    try:
        return load_catalog(catalog_dir)
    except CatalogError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        count = len(error.problems)
        print(f"{count} problem{'s' if count != 1 else ''} in the catalogue; nothing was written.", file=sys.stderr)
        return None


def _validate(loaded: LoadedCatalog) -> int:
    for domain in loaded.catalog.domains:
        categories = Counter(entry.category for entry in domain.errors)
        variants = sum(len(entry.variants) for entry in domain.errors)
        print(f"{domain.domain}: {len(domain.errors)} codes, {variants} messages, {len(categories)} categories")
    print(f"catalogue is valid ({', '.join(loaded.sources)})")
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


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    arguments = _parser().parse_args(argv)
    loaded = _load(arguments.catalog)
    if loaded is None:
        return EXIT_INVALID
    if arguments.command == "validate":
        return _validate(loaded)
    files = render_all(loaded)
    try:
        if arguments.check:
            return _check(files, arguments.out)
        written = write_outputs(files, arguments.out, force=arguments.force)
    except OutputError as error:
        print(error, file=sys.stderr)
        print("nothing was written.", file=sys.stderr)
        return EXIT_INVALID
    except OSError as error:
        print(f"{error.filename or arguments.out}: cannot write: {error.strerror or error}", file=sys.stderr)
        return EXIT_INVALID
    print(f"{len(written)} of {len(files)} generated files updated in {arguments.out}.")
    return EXIT_OK
