"""The curated catalogue: the rules a careful client author expects it to keep."""

from __future__ import annotations

import re

import pytest

from codegen.catalog import LoadedCatalog
from codegen.matching import message_key
from codegen.model import ErrorEntry


def entries(loaded: LoadedCatalog) -> list[tuple[str, ErrorEntry]]:
    return [(domain.domain, entry) for domain in loaded.catalog.domains for entry in domain.errors]


def entry_at(loaded: LoadedCatalog, domain: str, code: int) -> ErrorEntry:
    return next(entry for entry in loaded.catalog.domain(domain).errors if entry.code == code)


def test_usual_action_covers_the_whole_taxonomy(real_catalog: LoadedCatalog) -> None:
    taxonomy = real_catalog.taxonomy
    assert all(term.usual_retry is not None for term in taxonomy.categories)
    assert {term.usual_retry for term in taxonomy.categories} <= {term.name for term in taxonomy.retry_actions}


def test_a_default_retry_delay_is_given_exactly_where_the_usual_action_retries(real_catalog: LoadedCatalog) -> None:
    taxonomy = real_catalog.taxonomy
    with_delay = {term.name for term in taxonomy.categories if term.retry_delay_ms is not None}
    assert with_delay == {term.name for term in taxonomy.categories if term.usual_retry in ("retry", "wait")}
    assert dict((term.name, term.retry_delay_ms) for term in taxonomy.categories if term.name in ("maintenance", "rate_limited")) == {"maintenance": 30_000, "rate_limited": 1_000}


def test_retry_advice_follows_the_category_unless_a_note_explains(real_catalog: LoadedCatalog) -> None:
    unexplained = []
    for domain, entry in entries(real_catalog):
        for variant in entry.variants:
            category, action = entry.category_of(variant), entry.retry_of(variant).action
            if action != real_catalog.taxonomy.usual_retry(category) and entry.note is None and variant.note is None:
                unexplained.append((domain, entry.code, variant.id, category, action))
    assert unexplained == []


def test_the_same_message_has_the_same_category_in_every_domain(real_catalog: LoadedCatalog) -> None:
    seen: dict[str, set[str]] = {}
    for _, entry in entries(real_catalog):
        for variant in entry.variants:
            seen.setdefault(message_key(variant.message), set()).add(entry.category_of(variant))
    assert {message: categories for message, categories in seen.items() if len(categories) > 1} == {}


def test_codes_shared_by_spot_and_futures_share_their_name_unless_they_differ_in_meaning(real_catalog: LoadedCatalog) -> None:
    spot = {entry.code: entry for entry in real_catalog.catalog.domain("spot").errors}
    futures = {entry.code: entry for entry in real_catalog.catalog.domain("futures").errors}
    shared = sorted(set(spot) & set(futures))
    assert shared == [200001, 200002, 200003, 230003, 260100, 400001, 400002, 400003, 400004, 400005, 400006, 400007, 400100, 404000, 411100, 415000, 500000]
    differing = [code for code in shared if spot[code].name != futures[code].name]
    assert differing == [200001, 200002, 200003]
    assert all(spot[code].category == futures[code].category for code in shared if code not in differing)


def test_names_do_not_spell_out_placeholders(real_catalog: LoadedCatalog) -> None:
    spelled = [entry.name for _, entry in entries(real_catalog) if re.search(r"(^|_)(X{2,}|XXX_XXX)(_|$)", entry.name)]
    assert spelled == []


def test_documented_block_times_and_reset_header(real_catalog: LoadedCatalog) -> None:
    ip_block = entry_at(real_catalog, "futures", 1015)
    assert (ip_block.category, ip_block.retry.action, ip_block.retry.after_ms) == ("rate_limited", "wait", 30_000)
    business_limit = entry_at(real_catalog, "futures", 200002)
    limited = [v for v in business_limit.variants if "block 10s" in v.documented_text]
    assert [business_limit.retry_of(v).after_ms for v in limited] == [10_000]
    too_many = entry_at(real_catalog, "futures", 429000)
    assert (too_many.retry.action, too_many.retry.after_header, too_many.http_status) == ("wait", "gw-ratelimit-reset", 429)


def test_403_is_read_as_a_rate_limit_and_says_why(real_catalog: LoadedCatalog) -> None:
    forbidden = entry_at(real_catalog, "http", 403)
    assert (forbidden.category, forbidden.retry.action, forbidden.retry.after_header) == ("rate_limited", "wait", "gw-ratelimit-reset")
    assert forbidden.note is not None and "forbidden" in forbidden.note


@pytest.mark.parametrize("domain", ["spot", "futures"])
def test_insufficient_balance_under_400100_is_not_a_parameter_error(real_catalog: LoadedCatalog, domain: str) -> None:
    entry = entry_at(real_catalog, domain, 400100)
    keyed = next(v for v in entry.variants if v.key == "account.available.amount")
    assert entry.category == "bad_request"
    assert (entry.category_of(keyed), entry.retry_of(keyed).action) == ("insufficient_funds", "top_up")


def test_http_entries_expect_their_own_status(real_catalog: LoadedCatalog) -> None:
    assert all(entry.http_status == entry.code for entry in real_catalog.catalog.domain("http").errors)


def test_key_rows_keep_key_and_description_apart(real_catalog: LoadedCatalog) -> None:
    keyed = {(domain, entry.code, v.key, v.message) for domain, entry in entries(real_catalog) for v in entry.variants if v.key is not None}
    assert keyed == {
        ("spot", 260210, "withdraw.disabled", "Currency/Chain withdraw is closed, or user is frozen to withdraw"),
        ("spot", 400100, "account.available.amount", "Insufficient balance"),
        ("spot", 400600, "validation.createOrder.symbolNotAvailable", "The trading pair has not yet started trading"),
        ("futures", 400100, "account.available.amount", "Insufficient balance"),
    }


def test_success_codes(real_catalog: LoadedCatalog) -> None:
    success = {domain.domain: domain.success_codes for domain in real_catalog.catalog.domains}
    assert success == {
        "http": (200,), "spot": (200000,), "margin": (200000, 200), "futures": (200000,), "earn": (200000,),
        "broker": (200000,), "copytrading": (200000,), "websocket": (), "gateway": (200000,), "pro_api": (200000,),
    }


def test_template_texts_are_ascii_so_both_bindings_ignore_their_case_alike(real_catalog: LoadedCatalog) -> None:
    # Python's re.ASCII and JavaScript's "i" flag fold ASCII letters alike, and other letters differently.
    non_ascii = [(domain, entry.code, v.id) for domain, entry in entries(real_catalog) for v in entry.variants if v.placeholders and not v.message.isascii()]
    assert non_ascii == []


def test_codes_sharing_a_text_in_a_domain_share_its_advice(real_catalog: LoadedCatalog) -> None:
    # A message without a code names the lowest code with its text: the choice must not change the advice.
    # The bindings know a variant by its message, its key and its whole documented row.
    advice: dict[tuple[str, str], set[tuple[str, str, int | None, str | None]]] = {}
    for domain, entry in entries(real_catalog):
        for variant in entry.variants:
            retry = entry.retry_of(variant)
            for text in (variant.message, variant.key, variant.documented_text):
                if text is not None:
                    key = (domain, message_key(text))
                    advice.setdefault(key, set()).add((entry.category_of(variant), retry.action, retry.after_ms, retry.after_header))
    assert {key: found for key, found in advice.items() if len(found) > 1} == {}


def test_no_timeout_advises_resending_blindly(real_catalog: LoadedCatalog) -> None:
    timeouts = [(domain, entry.code, variant.id, entry.retry_of(variant).action)
                for domain, entry in entries(real_catalog) for variant in entry.variants if entry.category_of(variant) == "network_timeout"]
    assert timeouts and {action for *_, action in timeouts} == {"check_state"}, timeouts


def test_waits_whose_cause_may_be_permanent_are_bounded(real_catalog: LoadedCatalog) -> None:
    forbidden = entry_at(real_catalog, "http", 403).retry
    assert (forbidden.action, forbidden.max_attempts, forbidden.then) == ("wait", 3, "stop")
    suspensions = [(domain, entry.code, entry.retry_of(variant)) for domain, entry in entries(real_catalog)
                   for variant in entry.variants if entry.category_of(variant) == "maintenance"]
    assert len(suspensions) >= 8
    assert [(domain, code) for domain, code, advice in suspensions if (advice.max_attempts, advice.then) != (10, "stop")] == []
