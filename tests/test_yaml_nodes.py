"""The YAML an import writes: variants, placeholders, retry advice and new catalogue files, and reading them back."""

from __future__ import annotations

from ruamel.yaml.comments import CommentedMap

from codegen.importers.yaml_editing import dump_yaml
from codegen.importers.yaml_nodes import (
    DEFAULT_FALLBACKS,
    DEFAULT_SUCCESS_CODES,
    alias_nodes,
    aliases_of,
    documented_text_of,
    new_file_tree,
    page_row_nodes,
    page_rows_of,
    placeholders_of,
    put_retry,
    retry_of,
    reworded_page_rows,
    sorted_page_rows,
    variant_node,
)
from codegen.model import Placeholder, RetryAdvice


def test_a_documented_row_becomes_a_variant_with_its_key_message_detail_and_placeholders() -> None:
    placeholders = (Placeholder("{0}", "currency", "currency"), Placeholder("XX", "value"))
    node = variant_node("WITHDRAW_DISABLED", "withdraw.disabled -- Withdraw of {0} is closed -- XX left", placeholders, table="request")
    assert dump_yaml(CommentedMap(v=node)) == (
        "v:\n"
        "  id: WITHDRAW_DISABLED\n"
        "  key: withdraw.disabled\n"
        '  message: "Withdraw of {0} is closed"\n'
        '  detail: "XX left"\n'
        "  table: request\n"
        "  placeholders:\n"
        '    - {token: "{0}", name: currency, kind: currency}\n'
        '    - {token: "XX", name: value}\n'
    )
    assert documented_text_of(node) == "withdraw.disabled -- Withdraw of {0} is closed -- XX left"
    assert placeholders_of(node) == placeholders


def test_a_plain_row_becomes_a_variant_with_its_message_alone() -> None:
    node = variant_node("ORDER_NOT_FOUND", "Order not exist", ())
    assert dump_yaml(CommentedMap(v=node)) == 'v:\n  id: ORDER_NOT_FOUND\n  message: "Order not exist"\n'
    assert documented_text_of(node) == "Order not exist"
    assert placeholders_of(node) == ()
    assert aliases_of(node) == ()


def test_a_row_that_glues_message_and_detail_keeps_its_own_separator() -> None:
    node = variant_node("X", "Message--Its detail", ())
    assert dump_yaml(CommentedMap(v=node)) == 'v:\n  id: X\n  message: "Message"\n  detail: "Its detail"\n  detail_separator: "--"\n'
    assert documented_text_of(node) == "Message--Its detail"


def test_aliases_are_written_quoted_and_read_back() -> None:
    node = CommentedMap(id="X", message="New wording")
    node["aliases"] = alias_nodes(["Old wording", "Older: wording"])
    assert dump_yaml(CommentedMap(v=node)).endswith('  aliases:\n    - "Old wording"\n    - "Older: wording"\n')
    assert aliases_of(node) == ("Old wording", "Older: wording")


def test_retry_advice_is_written_as_fields_and_read_back_whole() -> None:
    for advice in (RetryAdvice("wait", 1000, "gw-ratelimit-reset", 3, "stop"), RetryAdvice("fix_request")):
        node = CommentedMap(code=1)
        put_retry(node, advice)
        assert retry_of(node) == advice
    node = CommentedMap()
    put_retry(node, RetryAdvice("wait", 1000, None, 3))
    assert dict(node) == {"retry": "wait", "retry_after_ms": 1000, "retry_max_attempts": 3}


def test_a_new_catalogue_file_has_the_domains_success_codes_and_its_gateway_fallback() -> None:
    spot = new_file_tree("spot", "Errors of the spot API.")
    assert dump_yaml(spot) == 'domain: spot\ndescription: "Errors of the spot API."\nfallback: gateway\nsuccess_codes: [200000]\nerrors: []\n'
    websocket = new_file_tree("websocket", "Frames.")
    assert dump_yaml(websocket) == 'domain: websocket\ndescription: "Frames."\nsuccess_codes: []\nerrors: []\n'
    assert list(new_file_tree("margin", "M.")["success_codes"]) == [200000, 200]
    assert set(DEFAULT_FALLBACKS) == set(DEFAULT_SUCCESS_CODES) - {"http", "websocket", "gateway"}


def test_page_rows_are_written_as_a_flow_list_of_quoted_texts_and_read_back() -> None:
    node = CommentedMap(id="X")
    node["pages"] = page_row_nodes(["kucoin-errors:23", "kucoin-errors-docs-new:40:1"])
    assert dump_yaml(CommentedMap(v=node)) == 'v:\n  id: X\n  pages: ["kucoin-errors:23", "kucoin-errors-docs-new:40:1"]\n'
    assert page_rows_of(node) == ("kucoin-errors:23", "kucoin-errors-docs-new:40:1")
    assert page_rows_of(CommentedMap(id="Y")) == ()


def test_page_rows_are_sorted_by_page_then_by_row_and_alias_as_numbers() -> None:
    assert sorted_page_rows(["kucoin-errors:3", "a:10", "a:9:2", "a:9", "a:9:1"]) == ["a:9", "a:9:1", "a:9:2", "a:10", "kucoin-errors:3"]


def test_a_reworded_message_s_page_rows_name_the_wording_each_row_had_in_its_new_place() -> None:
    rows = reworded_page_rows(
        ["p:1", "p:2:1", "p:3:2", "q:10:3"], "Old", ("First alias", "Second alias", "Dropped alias"), "Second alias", ["Old", "First alias"]
    )
    # The old text is now the first alias, the first alias the second, the second alias the documented row; a dropped alias names none.
    assert rows == ["p:1:1", "p:2:2", "p:3", "q:10"]
