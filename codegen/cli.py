"""The command line: ``python -m codegen [--check] [--catalog DIR] [--out DIR]``, ``validate``, ``import-docs``, ``export-docs``.

The console script ``kucoin-errors-codegen`` is the same command. Folders and
targets come from the flags, else from ``[tool.codegen]`` (codegen.config),
else ``catalog/`` and ``generated/`` of the working directory.

Exit status: 0 done (or, with --check, generated files are current); 1 with
--check when a generated file would change; 2 when the catalogue or an
imported page is invalid, or an output cannot be written (outside --out,
edited by hand without --force, or an OS error). Nothing is written in those
cases, except when an OS error stops the final renames part-way: each file is
then whole, old or new, and the files replaced are listed.
"""

from __future__ import annotations

import gc
import io
import os
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

from codegen import fast_path
from codegen.cache import RunCache, cache_folder, output_digest
from codegen.config import DEFAULT_CATALOG_DIR, DEFAULT_OUTPUT_DIR, Config, ConfigError, load_config
from codegen.console import NORMAL, QUIET, VERBOSE, Console
from codegen.diagnostics import CatalogError, Problem, did_you_mean, printable
from codegen.loading import CATALOG_GLOB
from codegen.placement import place_outputs
from codegen.resources import SCHEMA_PATH
from codegen.target import Target, registered_targets
from codegen.user_templates import template_problem, with_user_templates
from codegen.writing import TEMPORARY_PREFIX, Drift, OutputError, OutputStager, PartialWriteError, file_drift, leftover_drifts, replace_files, safe_output_path

if TYPE_CHECKING:  # loading, rendering and importing are imported when used: a run the cache answers needs none of them
    import argparse
    from typing import TypeAlias

    from codegen.catalog import LoadedCatalog
    from codegen.importers.merging import ImportResult

    #: The parsed command line: argparse's, or ``_plain_arguments``' for a plain generate or --check.
    Arguments: TypeAlias = argparse.Namespace | SimpleNamespace

EXIT_OK = 0
EXIT_DRIFT = 1
EXIT_INVALID = 2

#: The target ``export-docs`` renders.
DOCS_TARGET = "docs"
#: The distribution that installs this package, for ``--version``.
DISTRIBUTION = "kucoin-error-catalogue"
CONSOLE_SCRIPT = "kucoin-errors-codegen"


def version() -> str:
    """The installed version of the generator."""
    from importlib import metadata  # only for --version: it costs more than an unchanged run's work

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "unknown (not installed)"


def _version_action() -> type[argparse.Action]:
    """``--version``: argparse's, with the version looked up only when asked for."""
    import argparse

    class VersionAction(argparse.Action):
        def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, default: str = argparse.SUPPRESS) -> None:
            super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0, help="show program's version number and exit")

        def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: object, option_string: str | None = None) -> None:
            print(f"{parser.prog} {version()}")
            parser.exit()

    return VersionAction


#: The console's level for each verbosity the plain reading gives.
_VERBOSITY = {"quiet": QUIET, "normal": NORMAL, "verbose": VERBOSE}


def _plain_arguments(argv: Sequence[str]) -> SimpleNamespace | None:
    """The arguments of a generate or --check given only options spelt in full, as argparse reads them; None for anything else.

    The run made most often needs no parser of every command (building it
    costs more than reading a small catalogue): the fast path's reading of
    the command line serves; any other command line, including --help,
    --version and every mistake, goes to argparse.
    """
    flags = fast_path.parse_flags(argv)
    if flags is None:
        return None
    catalog, out = (None if flags[name] is None else Path(flags[name]) for name in ("catalog", "out"))
    return SimpleNamespace(
        catalog=catalog, out=out, targets=flags["targets"], check=flags["check"], force=flags["force"], verbosity=_VERBOSITY[flags["verbosity"]], command=None
    )


def _add_output_flags(parser: argparse.ArgumentParser, default: object) -> None:
    levels = parser.add_mutually_exclusive_group()
    levels.add_argument("-v", "--verbose", dest="verbosity", action="store_const", const=VERBOSE, default=default, help="explain each step")
    levels.add_argument("-q", "--quiet", dest="verbosity", action="store_const", const=QUIET, default=default, help="print only errors")


def _parser(prog: str) -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog=prog,
        description="Render the KuCoin error catalogue into Python, TypeScript, JSON and documentation.",
        epilog="Folders and targets not given as flags come from [tool.codegen] of the nearest pyproject.toml that has one, "
        "else catalog/ and generated/ of the working directory. "
        "Exit status: 0 success; 1 --check found generated files that would change; "
        "2 invalid catalogue, page or configuration, or an output that cannot or may not be written.",
    )
    parser.add_argument("--version", action=_version_action())
    parser.add_argument("--catalog", type=Path, metavar="DIR", help="catalogue folder (default: catalog/)")
    parser.add_argument("--out", type=Path, metavar="DIR", help="output folder (default: generated/)")
    parser.add_argument(
        "--target", action="append", dest="targets", metavar="NAME",
        help=f"render only this target (repeatable; default: all of {', '.join(target.name for target in registered_targets())})",
    )
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 when a generated file would change")
    parser.add_argument("--force", action="store_true", help="overwrite generated files even when they were edited by hand")
    _add_output_flags(parser, NORMAL)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    # SUPPRESS keeps a --catalog or --out given before the command from being reset by the command's default.
    validate = commands.add_parser("validate", help="check the catalogue, summarise it and list what awaits review; write nothing")
    validate.add_argument("--catalog", type=Path, default=argparse.SUPPRESS, metavar="DIR", help="catalogue folder (default: catalog/)")
    import_docs = commands.add_parser("import-docs", help="fold KuCoin's error page (text or Markdown) into the catalogue")
    import_docs.add_argument("document", type=Path, metavar="FILE", help="KuCoin's error page: tab-separated text as in catalog/sources/, or Markdown tables")
    import_docs.add_argument("--catalog", type=Path, default=argparse.SUPPRESS, metavar="DIR", help="catalogue folder (default: catalog/; may be empty)")
    import_docs.add_argument("--dry-run", action="store_true", help="print the change as a unified diff of the YAML and write nothing")
    import_docs.add_argument(
        "--page", metavar="ID", help="the page's id (lower-case words joined by '-', as the name of its copy in catalog/sources/): record which rows of it each message is, so that export-docs writes it back"
    )
    export_docs = commands.add_parser("export-docs", help="write the catalogue back as KuCoin's text and render the reference page (docs/ of the output folder)")
    export_docs.add_argument("--catalog", type=Path, default=argparse.SUPPRESS, metavar="DIR", help="catalogue folder (default: catalog/)")
    export_docs.add_argument("--out", type=Path, default=argparse.SUPPRESS, metavar="DIR", help="output folder (default: generated/)")
    export_docs.add_argument("--force", action="store_true", default=argparse.SUPPRESS, help="overwrite files even when they were edited by hand")
    diff = commands.add_parser(
        "diff", help="list every semantic change of the catalogue since BASE, its impact on users of the bindings, and the version bump it implies",
        description="Compare the catalogue with BASE and classify each change: breaking (a removed or renamed member, a changed code value, "
        "a removed variant, a category or retry change), feature (a new code, variant, alias or field, a deprecation) or fix (text and documentation).",
        epilog="Exit status: 0; 1 when --fail-on is given and a change is at that level; 2 when either catalogue is invalid or BASE cannot be read.",
    )
    diff.add_argument("base", nargs="?", default="HEAD", metavar="BASE", help="a git revision (default: HEAD) or a catalogue folder")
    diff.add_argument("--catalog", type=Path, default=argparse.SUPPRESS, metavar="DIR", help="catalogue folder (default: catalog/)")
    diff.add_argument("--format", choices=("text", "json", "markdown"), default="text", help="text (default), json for scripts, markdown for release notes")
    diff.add_argument("--fail-on", choices=("breaking", "feature", "any"), help="exit 1 when a change is at this level or above")
    for command in (validate, import_docs, export_docs, diff, *_edit_parsers(commands)):
        _add_output_flags(command, argparse.SUPPRESS)
    return parser


def _edit_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> list[argparse.ArgumentParser]:
    """The commands that edit the catalogue; their fields and descriptions come from the schema."""
    import argparse

    from codegen.edit_fields import ENTRY, VARIANT, fields_help

    entry_fields, variant_fields = fields_help(ENTRY), fields_help(VARIANT)
    closing = ("The edited catalogue is checked before anything is written; comments and layout outside the edited entry stay as they were. "
               "Exit status: 0 done; 2 an unknown domain, code, variant or field, or a value the schema or a rule refuses (nothing is written).")

    def command(name: str, summary: str, fields: str | None = None) -> argparse.ArgumentParser:
        epilog = (f"fields (FIELD=VALUE; an empty VALUE deletes the field; lists and mappings in YAML flow style, [a, b] and {{k: v}}):\n{fields}\n\n" if fields else "") + closing
        parser = commands.add_parser(name, help=summary, description=summary, epilog=epilog, formatter_class=argparse.RawDescriptionHelpFormatter)
        parser.add_argument("domain", metavar="DOMAIN", help="the domain (the name of its catalogue file: spot, futures, ...)")
        parser.add_argument("code", metavar="CODE", help="the error code")
        parser.add_argument("--catalog", type=Path, default=argparse.SUPPRESS, metavar="DIR", help="catalogue folder (default: catalog/)")
        parser.add_argument("--out", type=Path, default=argparse.SUPPRESS, metavar="DIR", help="output folder for --generate (default: generated/)")
        parser.add_argument("--generate", action="store_true", help="regenerate the outputs after the edit")
        return parser

    set_command = command("set", "set fields of an entry, or of one of its variants", f"of an entry:\n{entry_fields}\n\nof a variant (with --variant):\n{variant_fields}")
    set_command.add_argument("assignments", nargs="+", metavar="FIELD=VALUE")
    set_command.add_argument("--variant", metavar="ID", help="set fields of this variant of the entry")
    add = command("add", "add an entry with one message, in code order within its domain", f"{entry_fields}\n\nand of its message:\n{variant_fields}")
    add.add_argument("assignments", nargs="*", metavar="FIELD=VALUE")
    add.add_argument("--name", required=True, help="the entry's UPPER_SNAKE name")
    add.add_argument("--message", required=True, help="the message, verbatim")
    add.add_argument("--category", help="the category (default: suggested from the message, marked for review)")
    add.add_argument("--retry", help="the retry action (default: the category's usual one)")
    add_variant = command("add-variant", "add a message to an entry", variant_fields)
    add_variant.add_argument("assignments", nargs="*", metavar="FIELD=VALUE")
    add_variant.add_argument("--id", required=True, dest="variant_id", metavar="ID", help="the message's UPPER_SNAKE id")
    add_variant.add_argument("--message", required=True, help="the message, verbatim")
    rename = command("rename", "rename an entry (the enum member), or a variant's id")
    rename.add_argument("new_name", metavar="NEW_NAME")
    rename.add_argument("--variant", metavar="ID", help="rename this variant's id instead")
    deprecate = command("deprecate", "mark an entry deprecated: it stays in every output, marked as deprecated")
    deprecate.add_argument("--reason", required=True, help="why, and what to use instead")
    deprecate.add_argument("--replaced-by", metavar="DOMAIN:CODE", help="the entry that replaces it")
    remove = command("remove", "remove an entry, leaving a tombstone: lookup knows the code as removed, and no new entry may reuse its code or name")
    remove.add_argument("--reason", help="why it was removed")
    remove.add_argument("--replaced-by", metavar="DOMAIN:CODE", help="the entry that replaces it")
    return [set_command, add, add_variant, rename, deprecate, remove]


EDIT_COMMANDS = ("set", "add", "add-variant", "rename", "deprecate", "remove")


def _parse(prog: str, argv: Sequence[str]) -> Arguments:
    """The command line read: plainly for a plain generate or --check, else by argparse (which exits on --help and on a mistake)."""
    plain = _plain_arguments(argv)
    if plain is not None:
        return plain
    parser = _parser(prog)
    arguments, extra = parser.parse_known_args(argv)
    # FIELD=VALUE after an option of an edit command (add ... --category C note=x) is left over by argparse.
    if extra and arguments.command in EDIT_COMMANDS and hasattr(arguments, "assignments") and all("=" in item and not item.startswith("-") for item in extra):
        arguments.assignments = [*arguments.assignments, *extra]
    elif extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    return arguments


@dataclass(frozen=True)
class Settings:
    """The folders and targets of one run: the flags, else the configuration, else the defaults."""

    catalog: Path
    out: Path
    target_names: tuple[str, ...] | None
    config: Config

    @property
    def catalog_is_default(self) -> bool:
        """Whether neither a flag nor the configuration named the catalogue folder."""
        return self.catalog is DEFAULT_CATALOG_DIR


def _settings(arguments: Arguments, console: Console) -> Settings | None:
    """The run's settings; None after reporting a configuration that cannot be used."""
    names = [target.name for target in registered_targets()]
    try:
        config = load_config(Path.cwd(), names)
    except ConfigError as error:
        _report(error.problems, "the configuration", console)
        return None
    if config.path is None:
        console.step(f"configuration: no pyproject.toml with [tool.codegen] from {Path.cwd()} upwards; the defaults apply")
    else:
        console.step(f"configuration: [tool.codegen] of {config.path}")
    flags = arguments.targets
    return Settings(
        catalog=arguments.catalog or config.catalog or DEFAULT_CATALOG_DIR,
        out=arguments.out or config.out or DEFAULT_OUTPUT_DIR,
        target_names=tuple(flags) if flags is not None else config.targets,
        config=config,
    )


def _report(problems: Iterable[Problem], what: str, console: Console) -> None:
    listed = list(problems)
    for problem in listed:
        console.problem(str(problem))
    count = len(listed)
    console.error(f"{count} problem{'s' if count != 1 else ''} in {what}; nothing was written.")


def _load(catalog_dir: Path, console: Console) -> LoadedCatalog | None:
    from codegen.catalog import load_catalog

    console.step(f"reading the catalogue in {catalog_dir}")
    started = time.perf_counter()
    try:
        loaded = load_catalog(catalog_dir)
    except CatalogError as error:
        _report(error.problems, "the catalogue", console)
        return None
    codes = sum(len(domain.errors) for domain in loaded.catalog.domains)
    console.step(f"read and checked {len(loaded.sources)} catalogue files ({', '.join(loaded.sources)}): "
                 f"{len(loaded.catalog.domains)} domains, {codes} codes, in {_seconds(started)}")
    return loaded


def _seconds(started: float) -> str:
    return f"{time.perf_counter() - started:.2f} s"


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


def _validate(loaded: LoadedCatalog, console: Console) -> int:
    for domain in loaded.catalog.domains:
        categories = Counter(entry.category for entry in domain.errors)
        variants = sum(len(entry.variants) for entry in domain.errors)
        unnumbered = "".join(
            f", {len(items)} {one if len(items) == 1 else many}"
            for items, one, many in (
                (domain.string_codes, "string code", "string codes"),
                (domain.failures_under_success, "failure under success", "failures under success"),
            )
            if items
        )
        console.info(f"{domain.domain}: {len(domain.errors)} codes, {variants} messages, {len(categories)} categories{unnumbered}")
    console.info(f"catalogue is valid ({', '.join(loaded.sources)})", "green")
    awaiting = _awaiting_review(loaded)
    if awaiting:
        console.info(f"{len(awaiting)} awaiting review (added by import-docs; check each, then delete its review line):", "yellow")
        for line in awaiting:
            console.info(f"  {line}")
    return EXIT_OK


def _current(count: int, out_dir: Path, console: Console, *, check: bool, started: float) -> int:
    """Report a run whose cache says every output file is current, as the full run would."""
    console.step("the run cache says every output is current: nothing read, nothing rendered")
    if check:
        console.info(f"{count} generated files are current in {out_dir} ({_seconds(started)}).", "green")
    else:
        console.info(f"0 of {count} generated files updated in {out_dir}, {count} unchanged ({_seconds(started)}).", "green")
    return EXIT_OK


def _report_drift(drifts: list[Drift], count: int, out_dir: Path, console: Console, started: float) -> int:
    for drift in drifts:
        console.error(f"{out_dir / drift.path}: {drift.reason}", "bold")
        if drift.diff:
            console.error(drift.diff, None)
    if drifts:
        console.error(f"{len(drifts)} generated file(s) would change; run `python -m codegen`.")
        return EXIT_DRIFT
    console.info(f"{count} generated files are current in {out_dir} ({_seconds(started)}).", "green")
    return EXIT_OK


def _write_failure(error: OSError, folder: Path, console: Console) -> int:
    """Report a failed write: which files were replaced when it stopped part-way, else that nothing was written."""
    if isinstance(error, PartialWriteError):
        console.error(str(error))
    else:
        console.error(f"{printable(str(error.filename or folder))}: cannot write: {error.strerror or error}; nothing was written.")
    return EXIT_INVALID


def _selected_targets(names: Sequence[str] | None, console: Console, template_dirs: Sequence[Path] = ()) -> tuple[Target, ...] | None:
    """The targets named (all when ``names`` is None), with the user's template folders applied; None after reporting an unknown name."""
    targets = with_user_templates(registered_targets(), template_dirs)
    if names is None:
        return targets
    known = {target.name: target for target in targets}
    unknown = [name for name in names if name not in known]
    for name in unknown:
        console.error(f"unknown target {printable(name)!r}{did_you_mean(name, list(known))}; expected one of: {', '.join(known)}")
    if unknown:
        return None
    return tuple(known[name] for name in dict.fromkeys(names))


def _generate(
    loaded: LoadedCatalog, out_dir: Path, console: Console, *, check: bool, force: bool, targets: tuple[Target, ...], started: float, cache: RunCache | None = None
) -> int:
    """Render every output and, one file at a time as each is rendered, compare it (``check``) or stage it for writing."""
    from jinja2 import TemplateError

    from codegen.rendering import render_each

    relatives = sorted(path for target in targets for output in target.outputs for path, _ in output.paths(loaded.catalog))
    rendered: list[str] = []
    # The run cache's hash of each output, only when there is a cache to keep them in.
    digests: dict[str, str] | None = None if cache is None else {}
    rendering = time.perf_counter()
    stager: OutputStager | None = None
    try:
        if check:
            root = out_dir.resolve()
            paths = {relative: safe_output_path(out_dir, relative, root) for relative in relatives}
            console.step(f"comparing {len(paths)} files with {out_dir}")
            drifts = leftover_drifts(out_dir, paths.values())
            found = {}
            for relative, data in render_each(loaded, targets, cache.bytecode_folder if cache is not None else None):
                rendered.append(relative)
                if digests is not None:
                    digests[relative] = output_digest(data)
                found[relative] = file_drift(relative, data, paths[relative])
            drifts += [drift for _, drift in sorted(found.items()) if drift is not None]
        else:
            stager = OutputStager(out_dir, relatives, force=force)
            for relative, data in render_each(loaded, targets, cache.bytecode_folder if cache is not None else None):
                rendered.append(relative)
                if digests is not None:
                    digests[relative] = output_digest(data)
                stager.add(relative, data)
        console.step(f"rendered {len(rendered)} files of {', '.join(target.name for target in targets)} in {_seconds(rendering)}")
        if cache is not None and digests is not None:
            cache.store_digests(digests)
        if check:
            return _report_drift(drifts, len(rendered), out_dir, console, started)
        assert stager is not None
        written = stager.commit()
    except TemplateError as error:
        # Only a user's template can fail: the project's own render every catalogue the validator accepts.
        if stager is not None:
            stager.discard()
        _report([template_problem(error)], "the templates", console)
        return EXIT_INVALID
    except OutputError as error:
        console.error(str(error))
        console.error("the generated files were not checked." if check else "nothing was written.")
        return EXIT_INVALID
    except OSError as error:
        if stager is not None:
            stager.discard()
        if check:
            console.error(f"{printable(str(error.filename or out_dir))}: cannot read: {error.strerror or error}; the generated files were not checked.")
            return EXIT_INVALID
        return _write_failure(error, out_dir, console)
    except BaseException:
        if stager is not None:
            stager.discard()
        raise
    for path in sorted(rendered):
        console.step(f"  {'wrote' if path in written else 'unchanged'} {out_dir / path}")
    unchanged = len(rendered) - len(written)
    console.info(f"{len(written)} of {len(rendered)} generated files updated in {out_dir}, {unchanged} unchanged ({_seconds(started)}).", "green")
    return EXIT_OK


def _print_import_summary(result: ImportResult, catalog_dir: Path, console: Console) -> None:
    document = result.document
    rows, domains = len(document.rows), len(document.domains)
    console.info(f"{document.path}: {rows} row{'s' if rows != 1 else ''} in {domains} domain{'s' if domains != 1 else ''}, compared with {catalog_dir}:")
    for domain in document.domains:
        counts = result.counts(domain)
        console.info(f"  {domain}: {counts['added']} added, {counts['changed']} changed, {counts['unchanged']} unchanged, {counts['missing']} missing from the page")
    if result.absent_domains:
        console.info(f"  not on this page (nothing compared): {', '.join(result.absent_domains)}")
    for kind, title in (
        ("added", "added"),
        ("changed", "changed"),
        ("missing", "missing from the page (kept; delete by hand if KuCoin retired them)"),
        ("skipped", "skipped"),
        ("pages", "rows of the page recorded (--page)"),
    ):
        changes = [change for change in result.changes if change.kind == kind]
        if changes:
            console.info(f"{title}:")
            for change in changes:
                console.info(f"  {change.domain} {change.code} {change.name} / {change.detail}")


def _import_docs(document: Path, catalog_dir: Path, console: Console, *, dry_run: bool, page: str | None = None) -> int:
    from codegen.importers.documents import DocumentError
    from codegen.importers.merging import plan_import
    from codegen.kucoin_page import PAGE_ID

    if page is not None and not PAGE_ID.fullmatch(page):
        console.error(f"--page {printable(page)!r} is not a page id; expected lower-case letters and digits in words joined by '-', such as kucoin-errors-docs-new")
        return EXIT_INVALID

    console.step(f"reading {document} and the catalogue in {catalog_dir}")
    try:
        result = plan_import(document, catalog_dir, page)
    except DocumentError as error:
        _report(error.problems, str(document), console)
        return EXIT_INVALID
    except CatalogError as error:
        _report(error.problems, "the catalogue", console)
        return EXIT_INVALID
    _print_import_summary(result, catalog_dir, console)
    for path in result.restyled:
        console.info(f"note: {path} was not laid out in the catalogue's style (indents of 2 and 4, as ruamel.yaml writes them); the changed file is, so its diff is larger than the change.", "yellow")
    if dry_run:
        console.output(result.diff(catalog_dir))
        console.info(f"dry run: {len(result.files)} catalogue file(s) would change; nothing was written.")
        return EXIT_OK
    try:
        replace_files(result.texts_to_write())
    except OSError as error:
        return _write_failure(error, catalog_dir, console)
    console.info(f"{len(result.files)} catalogue file(s) updated; run `python -m codegen validate` for what awaits review, then `python -m codegen`.", "green")
    return EXIT_OK


def _diff(arguments: Arguments, catalog_dir: Path, console: Console) -> int:
    from codegen.semantic_diff import FORMATS, BaseError, diff_catalogs, fails, load_base

    head = _load(catalog_dir, console)
    if head is None:
        return EXIT_INVALID
    console.step(f"reading the base catalogue {arguments.base}")
    try:
        base = load_base(arguments.base, catalog_dir)
    except BaseError as error:
        console.error(f"{printable(arguments.base)}: cannot read the base catalogue: {printable(str(error))}")
        return EXIT_INVALID
    except CatalogError as error:
        _report(error.problems, f"the base catalogue {arguments.base}", console)
        return EXIT_INVALID
    changes = diff_catalogs(base, head.catalog)
    console.output(FORMATS[arguments.format](changes))
    return EXIT_DRIFT if arguments.fail_on is not None and fails(changes, arguments.fail_on) else EXIT_OK


def _edit(arguments: Arguments, catalog_dir: Path, console: Console) -> int:
    from codegen import editing

    a = arguments
    try:
        if a.command == "set":
            done = editing.set_fields(catalog_dir, a.domain, a.code, a.assignments, a.variant)
        elif a.command == "add":
            done = editing.add_entry(catalog_dir, a.domain, a.code, a.name, a.message, a.category, a.retry, a.assignments)
        elif a.command == "add-variant":
            done = editing.add_variant(catalog_dir, a.domain, a.code, a.variant_id, a.message, a.assignments)
        elif a.command == "rename":
            done = editing.rename(catalog_dir, a.domain, a.code, a.new_name, a.variant)
        elif a.command == "deprecate":
            done = editing.deprecate(catalog_dir, a.domain, a.code, a.reason, a.replaced_by)
        else:
            done = editing.remove(catalog_dir, a.domain, a.code, a.reason, a.replaced_by)
    except editing.EditError as error:
        console.error(f"{printable(str(error))}; nothing was written.")
        return EXIT_INVALID
    except editing.UneditableCatalogue as error:
        _report(error.problems, "the catalogue as it is, before the edit", console)
        return EXIT_INVALID
    except CatalogError as error:
        _report(error.problems, "the edited catalogue", console)
        return EXIT_INVALID
    except OSError as error:
        return _write_failure(error, catalog_dir, console)
    console.info(done, "green")
    return EXIT_OK


def _stamp_before(arguments: Arguments, settings: Settings, targets: tuple[Target, ...]) -> tuple[str, dict[str, object]] | None:
    """Where the fast path's stamp of this run goes and what its inputs are now; None when the fast path could not answer this run.

    Taken before the run cache reads the inputs: an input changed after this is found by ``write_stamp``, which
    compares the inputs again at the end, so that no stamp pairs these inputs with outputs of others.
    """
    if arguments.command is not None or arguments.targets is not None:
        return None
    if settings.config.templates or any(target.override_dir for target in targets):
        return None
    folder = cache_folder(settings.out)
    path = fast_path.stamp_path({"catalog": arguments.catalog, "out": arguments.out})
    if folder is None or path is None or os.path.dirname(path) != os.path.abspath(folder):
        return None
    folders = [fast_path.GENERATOR_DIR]
    folders += [os.path.abspath(folder) for target in targets for folder in (target.template_dir, target.runtime_dir) if folder is not None]
    before = fast_path.snapshot(folders, os.path.abspath(settings.catalog), CATALOG_GLOB, [os.path.abspath(SCHEMA_PATH)])
    return None if before is None else (path, before)


def _stamp_after(stamp: tuple[str, dict[str, object]] | None, cache: RunCache | None, out: Path) -> None:
    """Write the fast path's stamp of a run that ended with every output current."""
    digests = None if stamp is None or cache is None else cache.digests()
    if stamp is None or not digests:
        return
    try:
        root = out.resolve()
        paths = {relative: safe_output_path(out, relative, root) for relative in digests}
    except (OutputError, OSError, RuntimeError):
        return
    outputs = {os.path.abspath(path): digests[relative] for relative, path in paths.items()}
    folders = sorted({os.path.dirname(path) for path in outputs})
    fast_path.write_stamp(stamp[0], stamp[1], outputs=outputs, roots=[os.path.abspath(out), *folders], leftover_folders=folders, prefix=TEMPORARY_PREFIX, shown_out=str(out))


def main(argv: Sequence[str] | None = None, prog: str = "python -m codegen") -> int:
    """Run the command line; returns the exit status."""
    started = time.perf_counter()
    # A path that is not valid UTF-8 (or a strict terminal) must not turn a report into a traceback.
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    arguments = _parse(prog, sys.argv[1:] if argv is None else argv)
    console = Console(arguments.verbosity)
    settings = _settings(arguments, console)
    if settings is None:
        return EXIT_INVALID
    targets = _selected_targets([DOCS_TARGET] if arguments.command == "export-docs" else settings.target_names, console, settings.config.templates)
    if targets is None:
        return EXIT_INVALID
    if arguments.command == "diff":
        return _diff(arguments, settings.catalog, console)
    if arguments.command in EDIT_COMMANDS:
        status = _edit(arguments, settings.catalog, console)
        if status != EXIT_OK or not arguments.generate:
            return status
        loaded = _load(settings.catalog, console)
        if loaded is None:
            return EXIT_INVALID
        targets, out = place_outputs(targets, settings.out, dict(settings.config.paths), dict(settings.config.names))
        return _generate(loaded, out, console, check=False, force=arguments.force, targets=targets, started=started)
    targets, out = place_outputs(targets, settings.out, dict(settings.config.paths), dict(settings.config.names))
    if arguments.command == "import-docs":
        return _import_docs(arguments.document, settings.catalog, console, dry_run=arguments.dry_run, page=arguments.page)
    check = arguments.check and arguments.command is None
    # The cache stays beside the output folder, wherever per-target paths put the files.
    stamp = _stamp_before(arguments, settings, targets)
    cache = None if arguments.command == "validate" else RunCache.open(settings.catalog, settings.out, targets)
    if cache is not None and (count := cache.current_outputs(out)) is not None:
        status = _current(count, out, console, check=check, started=started)
        _stamp_after(stamp, cache, out)
        return status
    # Loading and rendering make millions of objects and free almost none until the end, so the cyclic
    # collector would walk them again and again for nothing (a fifth of the time at 10,000 entries).
    collecting = gc.isenabled()
    gc.disable()
    try:
        loaded = _load(settings.catalog, console)
        if loaded is None:
            if settings.catalog_is_default and not settings.catalog.exists():
                console.error(f"hint: with no --catalog and no [tool.codegen] catalog in a pyproject.toml, the catalogue is {DEFAULT_CATALOG_DIR}/ of {Path.cwd()}.", None)
            return EXIT_INVALID
        if arguments.command == "validate":
            return _validate(loaded, console)
        status = _generate(loaded, out, console, check=check, force=arguments.force, targets=targets, started=started, cache=cache)
        if status == EXIT_OK:
            _stamp_after(stamp, cache, out)
        return status
    finally:
        if collecting:
            gc.enable()


def run(prog: str = CONSOLE_SCRIPT) -> int:
    """The entry point of ``python -m codegen`` and of the console script: ``main``, with a reader that went away not an error."""
    try:
        return main(prog=prog)
    except BrokenPipeError:  # python -m codegen ... | head
        sys.stderr.close()
        return EXIT_OK
