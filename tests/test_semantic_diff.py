"""``diff``: every semantic change between two catalogues, its impact on users of the bindings, and the version bump."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from codegen.catalog import LoadedCatalog
from codegen.model import Catalog, Deprecation, DomainCatalog, ErrorEntry, MessageVariant, Placeholder, RetryAdvice, Tombstone, UnnumberedError
from codegen.semantic_diff import Change, bump, diff_catalogs, fails, format_json, format_markdown, format_text
from tests.conftest import CATALOG_DIR, run_codegen

Edit = Callable[[ErrorEntry], ErrorEntry | None]


def edited(catalog: Catalog, domain: str, code: int, edit: Edit) -> Catalog:
    """``catalog`` with one entry replaced by ``edit(entry)`` (None removes it)."""
    domains = []
    for each in catalog.domains:
        if each.domain == domain:
            errors = [new for entry in each.errors if (new := (edit(entry) if entry.code == code else entry)) is not None]
            each = replace(each, errors=tuple(errors))
        domains.append(each)
    return Catalog(tuple(domains))


def spot(catalog: Catalog, change: Callable[[DomainCatalog], DomainCatalog]) -> Catalog:
    return Catalog(tuple(change(domain) if domain.domain == "spot" else domain for domain in catalog.domains))


def first_variant(entry: ErrorEntry, **fields: object) -> ErrorEntry:
    return replace(entry, variants=(replace(entry.variants[0], **fields), *entry.variants[1:]))


NEW_ENTRY = ErrorEntry(999001, "BRAND_NEW", "bad_request", RetryAdvice("fix_request"), (MessageVariant("NEW", "Brand new"),))

# (what the pair shows, the edit of spot 200004 BALANCE_INSUFFICIENT or of the spot domain, the impact, a phrase of the change)
PAIRS: list[tuple[str, Callable[[Catalog], Catalog], str, str]] = [
    ("a removed member", lambda c: edited(c, "spot", 200004, lambda e: None), "breaking", "member removed"),
    ("a renamed member", lambda c: edited(c, "spot", 200004, lambda e: replace(e, name="NOT_ENOUGH_BALANCE")), "breaking", "renamed from BALANCE_INSUFFICIENT to NOT_ENOUGH_BALANCE"),
    ("a changed code value", lambda c: edited(c, "spot", 200004, lambda e: replace(e, code=999004)), "breaking", "code value changed from 200004 to 999004"),
    ("a removed variant id", lambda c: edited(c, "spot", 200004, lambda e: replace(e, variants=(MessageVariant("OTHER", "Other words"),))), "breaking", "variant removed"),
    ("a category change", lambda c: edited(c, "spot", 200004, lambda e: replace(e, category="exchange_error")), "breaking", "category changed from insufficient_funds to exchange_error"),
    ("a retry change", lambda c: edited(c, "spot", 200004, lambda e: replace(e, retry=RetryAdvice("stop"))), "breaking", "retry advice changed (action top_up -> stop)"),
    ("a removed success code", lambda c: spot(c, lambda d: replace(d, success_codes=())), "breaking", "success code 200000 removed"),
    ("a new code", lambda c: spot(c, lambda d: replace(d, errors=(*d.errors, NEW_ENTRY))), "feature", "code added"),
    ("a new variant", lambda c: edited(c, "spot", 200004, lambda e: replace(e, variants=(*e.variants, MessageVariant("OTHER", "Other words")))), "feature", "variant added"),
    ("a new alias", lambda c: edited(c, "spot", 200004, lambda e: first_variant(e, aliases=("Balance is insufficient",))), "feature", "alias added: 'Balance is insufficient'"),
    ("a new field", lambda c: edited(c, "spot", 200004, lambda e: replace(e, http_status=400)), "feature", "http_status added"),
    ("a deprecation", lambda c: edited(c, "spot", 200004, lambda e: replace(e, deprecated=Deprecation("Use 102421", "spot:102421"))), "feature", "deprecated: Use 102421; use spot:102421"),
    ("a reworded message", lambda c: edited(c, "spot", 200004, lambda e: first_variant(e, message="Balance is insufficient")), "fix", "message reworded"),
    ("a new note", lambda c: edited(c, "spot", 200004, lambda e: replace(e, note="Top up first.")), "fix", "note added"),
    ("a reworded description", lambda c: spot(c, lambda d: replace(d, description="Spot.")), "fix", "description reworded"),
    ("a new string code", lambda c: spot(c, lambda d: replace(d, string_codes=(*d.string_codes, UnnumberedError("GONE", "order_not_found", "stop", code="gone")))),
     "feature", "string code 'gone' added (order_not_found, stop)"),
    ("a removed string code", lambda c: spot(c, lambda d: replace(d, string_codes=())), "breaking", "string code 'order_not_exist' removed: it now reads by the HTTP status"),
    ("a failure under success advising otherwise", lambda c: spot(c, lambda d: replace(d, failures_under_success=tuple(
        replace(item, category="insufficient_funds", retry="top_up") for item in d.failures_under_success))),
     "breaking", "failure under success 'Unsuccessful! Exceeded the max. funds out-transfer limit': limit_exceeded, fix_request -> insufficient_funds, top_up"),
    ("a removed failure under success", lambda c: spot(c, lambda d: replace(d, failures_under_success=())), "breaking", "it now reads as a success"),
    ("a renamed string code", lambda c: spot(c, lambda d: replace(d, string_codes=tuple(replace(item, name="ORDER_GONE") for item in d.string_codes))),
     "breaking", "string code 'order_not_exist' renamed from ORDER_NOT_EXIST"),
    ("a reworded note of a failure under success", lambda c: spot(c, lambda d: replace(d, failures_under_success=tuple(
        replace(item, note="Transfer less.") for item in d.failures_under_success))), "fix", "note reworded"),
]


@pytest.mark.parametrize(("edit", "impact", "phrase"), [pair[1:] for pair in PAIRS], ids=[pair[0] for pair in PAIRS])
def test_each_change_is_reported_with_its_impact(real_catalog: LoadedCatalog, edit: Callable[[Catalog], Catalog], impact: str, phrase: str) -> None:
    changes = diff_catalogs(real_catalog.catalog, edit(real_catalog.catalog))
    expected = ["breaking", "feature"] if phrase == "variant removed" else [impact]  # a variant in place of another: one removed, one added
    assert [change.impact for change in changes] == expected, changes
    assert phrase in changes[0].what and changes[0].domain == "spot"
    assert bump(changes) == {"breaking": "major", "feature": "minor", "fix": "patch"}[impact]


def test_an_unchanged_catalogue_has_no_changes_and_no_bump(real_catalog: LoadedCatalog) -> None:
    assert diff_catalogs(real_catalog.catalog, real_catalog.catalog) == []
    assert bump([]) == "none"


def test_the_most_severe_change_decides_the_bump_and_comes_first(real_catalog: LoadedCatalog) -> None:
    catalog = edited(real_catalog.catalog, "spot", 200004, lambda e: replace(first_variant(e, message="Balance is insufficient"), name="NOT_ENOUGH"))
    catalog = spot(catalog, lambda d: replace(d, errors=(*d.errors, NEW_ENTRY)))
    changes = diff_catalogs(real_catalog.catalog, catalog)
    assert [change.impact for change in changes] == ["breaking", "feature", "fix"]
    assert bump(changes) == "major"
    assert (fails(changes, "breaking"), fails(changes[1:], "breaking"), fails(changes[1:], "feature"), fails(changes[2:], "feature"), fails(changes[2:], "any")) == (
        True, False, True, False, True,
    )


def test_moving_an_override_to_the_entry_without_changing_what_applies_is_no_change() -> None:
    before = ErrorEntry(1, "A_CODE", "bad_request", RetryAdvice("fix_request"), (MessageVariant("ONLY", "Only", category="rate_limited", retry=RetryAdvice("wait", after_ms=1000)),))
    after = ErrorEntry(1, "A_CODE", "rate_limited", RetryAdvice("wait", after_ms=1000), (MessageVariant("ONLY", "Only"),))
    domain = DomainCatalog("spot", "Spot.", (200000,), (before,))
    assert diff_catalogs(Catalog((domain,)), Catalog((replace(domain, errors=(after,)),))) == []


def test_a_changed_override_is_reported_for_its_message_alone() -> None:
    variants = (MessageVariant("ONE", "One"), MessageVariant("TWO", "Two", category="rate_limited", retry=RetryAdvice("wait", after_ms=1000)))
    before = ErrorEntry(1, "A_CODE", "bad_request", RetryAdvice("fix_request"), variants)
    after = replace(before, variants=(variants[0], replace(variants[1], retry=RetryAdvice("wait", after_ms=5000))))
    domain = DomainCatalog("spot", "Spot.", (200000,), (before,))
    [change] = diff_catalogs(Catalog((domain,)), Catalog((replace(domain, errors=(after,)),)))
    assert (change.impact, change.variant, change.what) == ("breaking", "TWO", "retry advice changed (after_ms 1000 -> 5000)")


def test_a_renamed_placeholder_breaks_the_keys_of_values() -> None:
    variant = MessageVariant("ONE", "Limit {0}", placeholders=(Placeholder("{0}", "limit"),))
    before = ErrorEntry(1, "A_CODE", "bad_request", RetryAdvice("fix_request"), (variant,))
    after = replace(before, variants=(replace(variant, placeholders=(Placeholder("{0}", "maximum"),)),))
    domain = DomainCatalog("spot", "Spot.", (200000,), (before,))
    [change] = diff_catalogs(Catalog((domain,)), Catalog((replace(domain, errors=(after,)),)))
    assert change.impact == "breaking" and "limit" in change.what


def test_a_removal_names_the_tombstone_and_its_replacement(real_catalog: LoadedCatalog) -> None:
    catalog = edited(real_catalog.catalog, "spot", 200004, lambda e: None)
    catalog = spot(catalog, lambda d: replace(d, removed=(Tombstone(200004, "BALANCE_INSUFFICIENT", None, "spot:102421"),)))
    [change] = diff_catalogs(real_catalog.catalog, catalog)
    assert change.impact == "breaking" and change.what == "member removed (tombstone kept); replaced by spot:102421"


def test_the_formats_carry_every_change_and_the_bump(real_catalog: LoadedCatalog) -> None:
    catalog = edited(real_catalog.catalog, "spot", 200004, lambda e: replace(first_variant(e, message="Balance is insufficient"), name="NOT_ENOUGH"))
    changes = diff_catalogs(real_catalog.catalog, catalog)
    assert format_text(changes) == (
        "breaking  spot 200004 NOT_ENOUGH: member renamed from BALANCE_INSUFFICIENT to NOT_ENOUGH\n"
        "fix       spot 200004 NOT_ENOUGH / BALANCE_INSUFFICIENT: message reworded\n"
        "2 changes; version bump: major\n"
    )
    document = json.loads(format_json(changes))
    assert document["bump"] == "major" and document["counts"] == {"breaking": 1, "feature": 0, "fix": 1}
    assert document["changes"][0] == {"impact": "breaking", "domain": "spot", "what": "member renamed from BALANCE_INSUFFICIENT to NOT_ENOUGH", "code": 200004, "name": "NOT_ENOUGH", "variant": None}
    markdown = format_markdown(changes)
    assert markdown.startswith("## Error catalogue changes (major version bump)\n\n### Breaking changes\n\n- `spot 200004 NOT_ENOUGH`: member renamed")
    assert "### Fixes\n\n- `spot 200004 NOT_ENOUGH / BALANCE_INSUFFICIENT`: message reworded" in markdown and "### New" not in markdown


def _git(folder: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *args], cwd=folder, check=True, capture_output=True)


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    """A git repository whose first commit holds a copy of the real catalogue."""
    folder = tmp_path / "repository"
    shutil.copytree(CATALOG_DIR, folder / "catalog", ignore=shutil.ignore_patterns("sources"))
    _git(folder, "init", "-q")
    _git(folder, "add", "catalog")
    _git(folder, "commit", "-qm", "base")
    return folder


def test_diff_reads_the_base_from_git_and_fails_on_the_level_asked(repository: Path) -> None:
    path = repository / "catalog" / "spot.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("name: BALANCE_INSUFFICIENT\n", "name: NOT_ENOUGH_BALANCE\n", 1), encoding="utf-8")
    result = run_codegen("diff", "--format", "json", cwd=repository)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["changes"][0]["what"] == "member renamed from BALANCE_INSUFFICIENT to NOT_ENOUGH_BALANCE"
    assert run_codegen("diff", "HEAD", "--fail-on", "breaking", cwd=repository).returncode == 1
    _git(repository, "commit", "-qam", "rename")
    assert run_codegen("diff", "--fail-on", "any", cwd=repository).stdout == "0 changes; version bump: none\n"
    assert run_codegen("diff", "HEAD~1", "--fail-on", "breaking", cwd=repository).returncode == 1


def test_diff_compares_with_a_catalogue_folder(repository: Path) -> None:
    result = run_codegen("diff", str(CATALOG_DIR), "--fail-on", "any", cwd=repository)
    assert (result.returncode, result.stdout) == (0, "0 changes; version bump: none\n")


def test_an_unknown_revision_or_no_repository_is_refused_with_exit_2(repository: Path, tmp_path: Path) -> None:
    result = run_codegen("diff", "no-such-branch", cwd=repository)
    assert result.returncode == 2 and "unknown revision 'no-such-branch'" in result.stderr and "Traceback" not in result.stderr
    outside = tmp_path / "outside"
    shutil.copytree(CATALOG_DIR, outside / "catalog", ignore=shutil.ignore_patterns("sources"))
    result = run_codegen("diff", cwd=outside)
    assert result.returncode == 2 and "is not in a git repository" in result.stderr and "Traceback" not in result.stderr


def test_each_change_is_described_exactly_with_its_subject(real_catalog: LoadedCatalog) -> None:
    catalog = real_catalog.catalog
    (spot_domain,) = [domain for domain in catalog.domains if domain.domain == "spot"]
    entry = next(e for e in spot_domain.errors if e.code == 200004)
    variant = entry.variants[0].id
    dead = Tombstone(999002, "GONE", "Merged")
    with_tombstone = spot(catalog, lambda d: replace(d, removed=(*d.removed, dead)))

    def in_spot(impact: str, what: str, variant: str | None = None) -> Change:
        return Change(impact, "spot", what, 200004, "BALANCE_INSUFFICIENT", variant)

    expected: list[tuple[Catalog, Catalog, list[Change]]] = [
        (catalog, spot(catalog, lambda d: replace(d, description="Spot.")), [Change("fix", "spot", "description reworded")]),
        (catalog, spot(catalog, lambda d: replace(d, success_codes=(*d.success_codes, 200))), [Change("feature", "spot", "success code 200 added", 200)]),
        (catalog, spot(catalog, lambda d: replace(d, errors=(*d.errors, NEW_ENTRY))),
         [Change("feature", "spot", "code added (bad_request, fix_request)", 999001, "BRAND_NEW")]),
        (catalog, with_tombstone, [Change("fix", "spot", "tombstone added for a code the base did not have", 999002, "GONE")]),
        (with_tombstone, spot(catalog, lambda d: replace(d, removed=(*d.removed, replace(dead, reason="Split")))),
         [Change("fix", "spot", "tombstone reworded", 999002, "GONE")]),
        (with_tombstone, catalog, [Change("fix", "spot", "tombstone deleted: the code and name may be reused", 999002, "GONE")]),
        (catalog, edited(catalog, "spot", 200004, lambda e: first_variant(e, category="exchange_error")),
         [in_spot("breaking", "category changed from insufficient_funds to exchange_error", variant)]),
        (catalog, edited(catalog, "spot", 200004, lambda e: first_variant(e, table="Orders")),
         [in_spot("fix", f"table changed from {entry.variants[0].table} to Orders", variant)]),
        (catalog, edited(catalog, "spot", 200004, lambda e: first_variant(e, note="Top up.")), [in_spot("fix", "note added", variant)]),
        (edited(catalog, "spot", 200004, lambda e: first_variant(e, pages=("kucoin-errors:41",))),
         edited(catalog, "spot", 200004, lambda e: first_variant(e, pages=("kucoin-errors:42", "kucoin-errors-docs-new:47:1"))),
         [in_spot("fix", "page rows changed from kucoin-errors:41 to kucoin-errors:42, kucoin-errors-docs-new:47:1", variant)]),
        (edited(catalog, "spot", 200004, lambda e: first_variant(e, pages=())),
         edited(catalog, "spot", 200004, lambda e: first_variant(e, pages=("kucoin-errors:41",))),
         [in_spot("fix", "page rows changed from none to kucoin-errors:41", variant)]),
        (edited(catalog, "spot", 200004, lambda e: first_variant(e, pages=("kucoin-errors:41",))),
         edited(catalog, "spot", 200004, lambda e: first_variant(e, pages=())),
         [in_spot("fix", "page rows changed from kucoin-errors:41 to none", variant)]),
        (edited(catalog, "spot", 200004, lambda e: first_variant(e, note="Top up.")), catalog, [in_spot("fix", "note removed", variant)]),
        (edited(catalog, "spot", 200004, lambda e: replace(e, note="Top up.")), edited(catalog, "spot", 200004, lambda e: replace(e, note="Add funds.")),
         [in_spot("fix", "note reworded")]),
        (edited(catalog, "spot", 200004, lambda e: replace(e, deprecated=Deprecation("Old"))), catalog, [in_spot("fix", "no longer deprecated")]),
        (edited(catalog, "spot", 200004, lambda e: replace(e, deprecated=Deprecation("Old"))),
         edited(catalog, "spot", 200004, lambda e: replace(e, deprecated=Deprecation("Older"))), [in_spot("fix", "deprecation reworded")]),
    ]
    for base, head, changes in expected:
        assert diff_catalogs(base, head) == changes


def test_placeholder_changes_and_a_removed_domain_are_described_exactly(real_catalog: LoadedCatalog) -> None:
    catalog = real_catalog.catalog
    gained = edited(catalog, "spot", 200004, lambda e: first_variant(e, placeholders=(*e.variants[0].placeholders, Placeholder("XX", "currency"))))
    variant = next(e for d in catalog.domains if d.domain == "spot" for e in d.errors if e.code == 200004).variants[0].id
    assert diff_catalogs(catalog, gained) == [Change("feature", "spot", "placeholders changed", 200004, "BALANCE_INSUFFICIENT", variant)]
    (spot_domain,) = [domain for domain in catalog.domains if domain.domain == "spot"]
    without_spot = Catalog(tuple(domain for domain in catalog.domains if domain.domain != "spot"))
    assert diff_catalogs(catalog, without_spot) == [Change("breaking", "spot", f"domain removed with its {len(spot_domain.errors)} codes")]
    assert format_text([Change("fix", "spot", "description reworded")]) == "fix       spot: description reworded\n1 change; version bump: patch\n"


def test_domain_metadata_and_unnumbered_changes_are_described_exactly_with_their_subject(real_catalog: LoadedCatalog) -> None:
    catalog = real_catalog.catalog
    margin_scope = edited(catalog, "margin", 130101, lambda e: replace(e, scope="both"))
    not_found_page = edited(catalog, "spot", 404000, lambda e: replace(e, http_status=410))
    no_fallback = spot(catalog, lambda d: replace(d, fallback=None))
    regrouped = spot(catalog, lambda d: replace(d, string_codes=tuple(replace(item, category="not_found") for item in d.string_codes)))
    expected: list[tuple[Catalog, Catalog, list[Change]]] = [
        (catalog, no_fallback, [Change("breaking", "spot", "fallback changed from gateway to None: codes the domain does not define are read elsewhere")]),
        (catalog, margin_scope, [Change("fix", "margin", "scope changed from all to both", 130101, "INVALID_LENDING_ORDER")]),
        (catalog, not_found_page, [Change("fix", "spot", "http_status changed: 404 -> 410", 404000, "URL_NOT_FOUND")]),
        (catalog, regrouped, [Change("breaking", "spot", "string code 'order_not_exist': order_not_found, stop -> not_found, stop", name="ORDER_NOT_EXIST")]),
        (catalog, spot(catalog, lambda d: replace(d, string_codes=())),
         [Change("breaking", "spot", "string code 'order_not_exist' removed: it now reads by the HTTP status", name="ORDER_NOT_EXIST")]),
    ]
    for base, head, changes in expected:
        assert diff_catalogs(base, head) == changes


def test_each_member_and_variant_change_names_its_code_member_and_variant_exactly(real_catalog: LoadedCatalog) -> None:
    catalog = real_catalog.catalog
    entry = next(e for d in catalog.domains if d.domain == "spot" for e in d.errors if e.code == 200004)
    variant = entry.variants[0].id
    with_aliases = edited(catalog, "spot", 200004, lambda e: first_variant(e, aliases=("Balance is insufficient", "Not enough — balance")))
    two_pages = edited(catalog, "spot", 200004, lambda e: first_variant(e, pages=("kucoin-errors:41", "kucoin-errors:43")))
    noted = edited(catalog, "spot", 200004, lambda e: first_variant(e, note="Top up."))

    def in_spot(impact: str, what: str, variant: str | None = None, code: int = 200004) -> Change:
        return Change(impact, "spot", what, code, "BALANCE_INSUFFICIENT", variant)

    expected: list[tuple[Catalog, Catalog, list[Change]]] = [
        (catalog, edited(catalog, "spot", 200004, lambda e: replace(e, code=999004)), [in_spot("breaking", "code value changed from 200004 to 999004", code=999004)]),
        (catalog, edited(catalog, "spot", 200004, lambda e: None), [in_spot("breaking", "member removed")]),
        (catalog, edited(catalog, "spot", 200004, lambda e: replace(e, variants=(MessageVariant("OTHER", "Other words"),))),
         [in_spot("breaking", "variant removed", variant), in_spot("feature", "variant added", "OTHER")]),
        (catalog, edited(catalog, "spot", 200004, lambda e: replace(e, deprecated=Deprecation("Old"))), [in_spot("feature", "deprecated: Old")]),
        (catalog, with_aliases,
         [in_spot("feature", "alias added: 'Balance is insufficient'", variant), in_spot("feature", "alias added: 'Not enough — balance'", variant)]),
        (with_aliases, catalog,
         [in_spot("fix", "alias removed: 'Balance is insufficient'", variant), in_spot("fix", "alias removed: 'Not enough — balance'", variant)]),
        (two_pages, catalog, [in_spot("fix", f"page rows changed from kucoin-errors:41, kucoin-errors:43 to {', '.join(entry.variants[0].pages)}", variant)]),
        (noted, edited(catalog, "spot", 200004, lambda e: first_variant(e, note="Add funds.")), [in_spot("fix", "note reworded", variant)]),
    ]
    for base, head, changes in expected:
        assert diff_catalogs(base, head) == changes


def test_unnumbered_changes_and_a_new_domain_name_their_subject_exactly(real_catalog: LoadedCatalog) -> None:
    catalog = real_catalog.catalog
    (spot_domain,) = [domain for domain in catalog.domains if domain.domain == "spot"]
    [string_code] = spot_domain.string_codes
    added_first = spot(catalog, lambda d: replace(d, string_codes=(UnnumberedError("GONE", "order_not_found", "stop", code="gone"), replace(string_code, name="ORDER_GONE"))))
    noted = spot(catalog, lambda d: replace(d, string_codes=(replace(string_code, note="Checked."),)))
    with_copy = Catalog((*catalog.domains, replace(spot_domain, domain="spot_copy")))
    expected: list[tuple[Catalog, Catalog, list[Change]]] = [
        (catalog, added_first, [
            Change("breaking", "spot", "string code 'order_not_exist' renamed from ORDER_NOT_EXIST", name="ORDER_GONE"),
            Change("feature", "spot", "string code 'gone' added (order_not_found, stop)", name="GONE"),
        ]),
        (catalog, noted, [Change("fix", "spot", f"string code 'order_not_exist': note {'added' if string_code.note is None else 'reworded'}", name="ORDER_NOT_EXIST")]),
        (catalog, with_copy, [Change("feature", "spot_copy", f"domain added with {len(spot_domain.errors)} codes")]),
    ]
    for base, head, changes in expected:
        assert diff_catalogs(base, head) == changes


def test_the_json_format_is_indented_and_keeps_text_outside_ascii_as_it_is() -> None:
    assert format_json([Change("feature", "spot", "alias added: 'Not enough — balance'", 200004, "BALANCE_INSUFFICIENT", "ONE")]) == (
        "{\n"
        '  "bump": "minor",\n'
        '  "counts": {\n    "breaking": 0,\n    "feature": 1,\n    "fix": 0\n  },\n'
        '  "changes": [\n'
        "    {\n"
        '      "impact": "feature",\n      "domain": "spot",\n      "what": "alias added: \'Not enough — balance\'",\n'
        '      "code": 200004,\n      "name": "BALANCE_INSUFFICIENT",\n      "variant": "ONE"\n'
        "    }\n"
        "  ]\n"
        "}\n"
    )


def test_the_markdown_of_no_change_keeps_its_heading_and_says_so() -> None:
    markdown = format_markdown([])
    assert markdown == "## Error catalogue changes (no version bump)\n\nNo changes.\n"


def test_a_domain_of_one_code_is_counted_in_the_singular(real_catalog: LoadedCatalog) -> None:
    catalog = real_catalog.catalog
    (spot_domain,) = [domain for domain in catalog.domains if domain.domain == "spot"]
    one_code = Catalog((*catalog.domains, replace(spot_domain, domain="spot_copy", errors=spot_domain.errors[:1])))
    assert diff_catalogs(catalog, one_code) == [Change("feature", "spot_copy", "domain added with 1 code")]
    assert diff_catalogs(one_code, catalog) == [Change("breaking", "spot_copy", "domain removed with its 1 code")]
