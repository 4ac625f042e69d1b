"""What a catalogue change means for the people who vendor the bindings: every semantic change, its impact, and the version bump.

Two models (``Catalog``) are compared domain by domain and code by code.
An impact is ``breaking`` (code that compiled or a decision a client made no
longer holds: a removed or renamed member, a changed code value, a removed
variant id, a category or retry advice that changes what a client does),
``feature`` (something new: a code, a variant, an alias, a field, a
deprecation) or ``fix`` (text and documentation: a reworded message, a note,
the rows of KuCoin's pages a message is recorded as).
Category and retry advice are compared as they apply to each message (the
variant's override, else the entry's), so moving an override to the entry
without changing what applies is no change.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from codegen.catalog import load_catalog
from codegen.model import Catalog, DomainCatalog, ErrorEntry, MessageVariant, RetryAdvice, UnnumberedError

BREAKING = "breaking"
FEATURE = "feature"
FIX = "fix"
#: Impacts from the most to the least severe.
IMPACTS = (BREAKING, FEATURE, FIX)
#: The semantic-version part each impact bumps.
BUMPS = {BREAKING: "major", FEATURE: "minor", FIX: "patch"}
#: What ``--fail-on`` counts: the impacts at that level or above.
FAIL_ON = {"breaking": (BREAKING,), "feature": (BREAKING, FEATURE), "any": IMPACTS}


@dataclass(frozen=True)
class Change:
    """One semantic change: its impact, where it is (domain, code, name, variant) and what changed."""

    impact: str
    domain: str
    what: str
    code: int | None = None
    name: str | None = None
    variant: str | None = None

    @property
    def subject(self) -> str:
        """``spot 200004 BALANCE_INSUFFICIENT / VARIANT`` without the parts that do not apply."""
        parts = [self.domain, *(str(part) for part in (self.code, self.name) if part is not None)]
        return " ".join(parts) + (f" / {self.variant}" if self.variant is not None else "")


class BaseError(Exception):
    """The base catalogue cannot be read (not a git repository, an unknown revision, a missing folder)."""


def bump(changes: Iterable[Change]) -> str:
    """The semantic-version bump the changes imply: major, minor, patch, or none."""
    impacts = {change.impact for change in changes}
    return next((BUMPS[impact] for impact in IMPACTS if impact in impacts), "none")


def fails(changes: Iterable[Change], fail_on: str) -> bool:
    """True when a change is at the ``--fail-on`` level (breaking, feature or any) or above."""
    return any(change.impact in FAIL_ON[fail_on] for change in changes)


def diff_catalogs(base: Catalog, head: Catalog) -> list[Change]:
    """Every semantic change from ``base`` to ``head``, the most severe first, then in catalogue order."""
    changes: list[Change] = []
    base_domains = {domain.domain: domain for domain in base.domains}
    head_domains = {domain.domain: domain for domain in head.domains}
    for name, domain in base_domains.items():
        if name not in head_domains:
            changes.append(Change(BREAKING, name, f"domain removed with its {_count(len(domain.errors), 'code')}"))
    for name, domain in head_domains.items():
        if name not in base_domains:
            changes.append(Change(FEATURE, name, f"domain added with {_count(len(domain.errors), 'code')}"))
        else:
            changes.extend(_domain_changes(base_domains[name], domain))
    order = {impact: index for index, impact in enumerate(IMPACTS)}
    return sorted(changes, key=lambda change: order[change.impact])  # stable: catalogue order within an impact


def _domain_changes(base: DomainCatalog, head: DomainCatalog) -> Iterator[Change]:
    name = head.domain
    if base.description != head.description:
        yield Change(FIX, name, "description reworded")
    if base.fallback != head.fallback:
        yield Change(BREAKING, name, f"fallback changed from {base.fallback} to {head.fallback}: codes the domain does not define are read elsewhere")
    for code in base.success_codes:
        if code not in head.success_codes:
            yield Change(BREAKING, name, f"success code {code} removed: it now reads as an error", code)
    for code in head.success_codes:
        if code not in base.success_codes:
            yield Change(FEATURE, name, f"success code {code} added", code)
    yield from _member_changes(base, head)
    yield from _tombstone_changes(base, head)
    yield from _unnumbered_changes(name, "string code", base.string_codes, head.string_codes, "it now reads by the HTTP status")
    yield from _unnumbered_changes(name, "failure under success", base.failures_under_success, head.failures_under_success, "it now reads as a success")


def _unnumbered_changes(domain: str, kind: str, base: tuple[UnnumberedError, ...], head: tuple[UnnumberedError, ...], gone: str) -> Iterator[Change]:
    """String codes or failures under success added, removed, renamed, advising otherwise or annotated otherwise, by code or message."""
    before = {item.code or item.message: item for item in base}
    for item in head:
        key = item.code or item.message
        old = before.get(key)
        if old is None:
            yield Change(FEATURE, domain, f"{kind} {key!r} added ({item.category}, {item.retry})", name=item.name)
            continue
        if old.name != item.name:
            yield Change(BREAKING, domain, f"{kind} {key!r} renamed from {old.name}", name=item.name)
        if (old.category, old.retry) != (item.category, item.retry):
            yield Change(BREAKING, domain, f"{kind} {key!r}: {old.category}, {old.retry} -> {item.category}, {item.retry}", name=item.name)
        for field in ("note", "undocumented"):
            if getattr(old, field) != getattr(item, field):
                yield Change(FIX, domain, f"{kind} {key!r}: {field} {_how(getattr(old, field), getattr(item, field))}", name=item.name)
    after = {item.code or item.message for item in head}
    for key, item in before.items():
        if key not in after:
            yield Change(BREAKING, domain, f"{kind} {key!r} removed: {gone}", name=item.name)


def _member_changes(base: DomainCatalog, head: DomainCatalog) -> Iterator[Change]:
    name = head.domain
    base_entries = {entry.code: entry for entry in base.errors}
    head_entries = {entry.code: entry for entry in head.errors}
    head_names = {entry.name: entry for entry in head.errors}
    moved: set[int] = set()  # head codes that are a base member whose code value changed
    for entry in base.errors:
        if entry.code in head_entries:
            yield from _entry_changes(name, entry, head_entries[entry.code])
            continue
        renumbered = head_names.get(entry.name)
        if renumbered is not None and renumbered.code not in base_entries:
            moved.add(renumbered.code)
            yield Change(BREAKING, name, f"code value changed from {entry.code} to {renumbered.code}", renumbered.code, entry.name)
            yield from _entry_changes(name, entry, renumbered)
            continue
        tombstone = next((dead for dead in head.removed if dead.code == entry.code), None)
        replacement = f"; replaced by {tombstone.replaced_by}" if tombstone is not None and tombstone.replaced_by else ""
        yield Change(BREAKING, name, f"member removed{' (tombstone kept)' if tombstone else ''}{replacement}", entry.code, entry.name)
    for entry in head.errors:
        if entry.code not in base_entries and entry.code not in moved:
            yield Change(FEATURE, name, f"code added ({entry.category}, {entry.retry.action})", entry.code, entry.name)


def _tombstone_changes(base: DomainCatalog, head: DomainCatalog) -> Iterator[Change]:
    name = head.domain
    base_entries = {entry.code for entry in base.errors}
    head_entries = {entry.code for entry in head.errors}
    base_dead = {dead.code: dead for dead in base.removed}
    for dead in head.removed:
        if dead.code not in base_dead and dead.code not in base_entries:
            yield Change(FIX, name, "tombstone added for a code the base did not have", dead.code, dead.name)
        elif dead.code in base_dead and base_dead[dead.code] != dead:
            yield Change(FIX, name, "tombstone reworded", dead.code, dead.name)
    for dead in base.removed:
        if dead.code not in {d.code for d in head.removed} and dead.code not in head_entries:
            yield Change(FIX, name, "tombstone deleted: the code and name may be reused", dead.code, dead.name)


def _entry_changes(domain: str, base: ErrorEntry, head: ErrorEntry) -> Iterator[Change]:
    code, name = head.code, head.name

    def change(impact: str, what: str, variant: str | None = None) -> Change:
        return Change(impact, domain, what, code, name, variant)

    if base.name != head.name:
        yield change(BREAKING, f"member renamed from {base.name} to {head.name}")
    yield from _metadata_changes(change, base, head)
    yield from _entry_variant_changes(change, base, head)


def _metadata_changes(change: _ChangeMaker, base: ErrorEntry, head: ErrorEntry) -> Iterator[Change]:
    if base.scope != head.scope:
        yield change(FIX, f"scope changed from {base.scope} to {head.scope}")
    if base.http_status != head.http_status:
        impact = FEATURE if base.http_status is None else FIX
        yield change(impact, f"http_status {'added' if base.http_status is None else 'changed'}: {base.http_status} -> {head.http_status}")
    for field in ("note", "review", "undocumented"):
        if getattr(base, field) != getattr(head, field):
            yield change(FIX, f"{field} {_how(getattr(base, field), getattr(head, field))}")
    if base.deprecated != head.deprecated:
        if base.deprecated is None and head.deprecated is not None:
            pointer = f"; use {head.deprecated.replaced_by}" if head.deprecated.replaced_by else ""
            yield change(FEATURE, f"deprecated: {head.deprecated.reason}{pointer}")
        else:
            yield change(FIX, "no longer deprecated" if head.deprecated is None else "deprecation reworded")


def _entry_variant_changes(change: _ChangeMaker, base: ErrorEntry, head: ErrorEntry) -> Iterator[Change]:
    base_variants = {variant.id: variant for variant in base.variants}
    head_variants = {variant.id: variant for variant in head.variants}
    for variant in base.variants:
        if variant.id not in head_variants:
            yield change(BREAKING, "variant removed", variant.id)
    common = [(base_variants[variant.id], variant) for variant in head.variants if variant.id in base_variants]
    yield from _advice_changes(change, base, head, common)
    for variant in head.variants:
        if variant.id not in base_variants:
            yield change(FEATURE, "variant added", variant.id)
        else:
            yield from _variant_text_changes(change, base_variants[variant.id], variant)


def _how(before: object, after: object) -> str:
    return "added" if before is None else "removed" if after is None else "reworded"


_ChangeMaker = Callable[..., Change]


def _advice_changes(change: _ChangeMaker, base: ErrorEntry, head: ErrorEntry, common: list[tuple[MessageVariant, MessageVariant]]) -> Iterator[Change]:
    """Category and retry advice as they apply to each message: a change alters the exception raised or what a client does next.

    A change every message inherits from the entry is reported once, for the entry.
    """
    for field, of in (("category", ErrorEntry.category_of), ("retry", ErrorEntry.retry_of)):
        changed = [(old, new, of(base, old), of(head, new)) for old, new in common if of(base, old) != of(head, new)]
        inherited = all(getattr(old, field) is None and getattr(new, field) is None for old, new, _, _ in changed)
        if changed and inherited and len(changed) == len(common):
            yield change(BREAKING, _advice_text(field, changed[0][2], changed[0][3]))
        else:
            for _, new, before, after in changed:
                yield change(BREAKING, _advice_text(field, before, after), new.id)


def _advice_text(field: str, before: object, after: object) -> str:
    if isinstance(before, RetryAdvice) and isinstance(after, RetryAdvice):
        old, new = asdict(before), asdict(after)
        return "retry advice changed (" + ", ".join(f"{key} {old[key]} -> {new[key]}" for key in old if old[key] != new[key]) + ")"
    return f"{field} changed from {before} to {after}"


def _variant_text_changes(change: _ChangeMaker, old: MessageVariant, new: MessageVariant) -> Iterator[Change]:
    """Text, wordings and placeholders of one message."""
    if (old.key, old.message, old.detail, old.detail_separator) != (new.key, new.message, new.detail, new.detail_separator):
        yield change(FIX, "message reworded", new.id)
    for alias in new.aliases:
        if alias not in old.aliases:
            yield change(FEATURE, f"alias added: {alias!r}", new.id)
    for alias in old.aliases:
        if alias not in new.aliases:
            yield change(FIX, f"alias removed: {alias!r}", new.id)
    old_names = [placeholder.name for placeholder in old.placeholders]
    new_names = [placeholder.name for placeholder in new.placeholders]
    gone = [name for name in old_names if name not in new_names]
    if gone:
        yield change(BREAKING, f"placeholder value removed or renamed: {', '.join(gone)} (a key of values)", new.id)
    elif old.placeholders != new.placeholders:
        yield change(FEATURE if len(new_names) > len(old_names) else FIX, "placeholders changed", new.id)
    if old.table != new.table:
        yield change(FIX, f"table changed from {old.table} to {new.table}", new.id)
    if old.pages != new.pages:
        yield change(FIX, f"page rows changed from {', '.join(old.pages) or 'none'} to {', '.join(new.pages) or 'none'}", new.id)
    for field in ("note", "review", "undocumented"):
        if getattr(old, field) != getattr(new, field):
            yield change(FIX, f"{field} {_how(getattr(old, field), getattr(new, field))}", new.id)


def load_base(base: str, catalog_dir: Path) -> Catalog:
    """The base catalogue: a folder when ``base`` names one, else the catalogue folder at git revision ``base``."""
    folder = Path(base)
    if folder.is_dir():
        return load_catalog(folder).catalog
    with tempfile.TemporaryDirectory() as scratch:
        trial = Path(scratch) / "catalog"
        _export_revision(base, catalog_dir, trial)
        return load_catalog(trial).catalog


def _git(arguments: list[str], cwd: Path) -> str:
    result = subprocess.run(["git", *arguments], cwd=cwd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BaseError(result.stderr.strip() or f"git {' '.join(arguments)} failed")
    return result.stdout


def _export_revision(revision: str, catalog_dir: Path, into: Path) -> None:
    """Write the ``*.yaml`` files of ``catalog_dir`` as they are at ``revision`` into ``into``."""
    folder = catalog_dir.resolve()
    if not folder.is_dir():
        raise BaseError(f"{catalog_dir}: catalogue folder not found")
    # Before the first git call, whose failure is read as "not in a repository".
    if shutil.which("git") is None:
        raise BaseError("git is not installed; give the base as a catalogue folder")
    try:
        _git(["rev-parse", "--show-toplevel"], folder)
    except BaseError:
        raise BaseError(f"{catalog_dir} is not in a git repository; give the base as a catalogue folder") from None
    if revision.startswith("-"):
        raise BaseError(f"{revision!r} is not a revision")
    try:
        commit = _git(["rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}"], folder).strip()
    except BaseError:
        raise BaseError(f"unknown revision {revision!r}; expected a commit, branch or tag (or a catalogue folder)") from None
    prefix = _git(["rev-parse", "--show-prefix"], folder).strip()
    listing = _git(["ls-tree", "--full-tree", "--name-only", commit, "--", prefix or "."], folder).splitlines()
    names = [Path(path).name for path in listing if path.endswith(".yaml")]
    if not names:
        raise BaseError(f"revision {revision!r} has no catalogue files in {prefix or './'}")
    into.mkdir(parents=True)
    for name in names:
        result = subprocess.run(["git", "show", f"{commit}:{prefix}{name}"], cwd=folder, capture_output=True, check=False)
        if result.returncode != 0:
            raise BaseError(result.stderr.decode("utf-8", "replace").strip())
        (into / name).write_bytes(result.stdout)


def format_text(changes: list[Change]) -> str:
    """One line per change, then the bump."""
    lines = [f"{change.impact:<9} {change.subject}: {change.what}" for change in changes]
    lines.append(f"{_count(len(changes), 'change')}; version bump: {bump(changes)}")
    return "\n".join(lines) + "\n"


def format_json(changes: list[Change]) -> str:
    """The changes, their counts by impact and the bump, for scripts."""
    counts = {impact: sum(change.impact == impact for change in changes) for impact in IMPACTS}
    document = {"bump": bump(changes), "counts": counts, "changes": [asdict(change) for change in changes]}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _count(number: int, noun: str) -> str:
    """``number`` and ``noun``, plural unless the number is one."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


_HEADINGS = {BREAKING: "Breaking changes", FEATURE: "New", FIX: "Fixes"}


def format_markdown(changes: list[Change]) -> str:
    """A changelog section to paste into release notes."""
    heading = "no version bump" if bump(changes) == "none" else f"{bump(changes)} version bump"
    lines = [f"## Error catalogue changes ({heading})", ""]
    if not changes:
        lines += ["No changes.", ""]
    for impact in IMPACTS:
        listed = [change for change in changes if change.impact == impact]
        if listed:
            lines += [f"### {_HEADINGS[impact]}", ""]
            lines += [f"- `{change.subject}`: {change.what}" for change in listed]
            lines.append("")
    return "\n".join(lines)


FORMATS = {"text": format_text, "json": format_json, "markdown": format_markdown}
