"""The YAML nodes an import writes: new catalogue files, variants, placeholders and retry advice, and reading them back."""

from __future__ import annotations

from collections.abc import Iterable

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from codegen.importers.suggestions import split_documented
from codegen.model import Placeholder, RetryAdvice, documented_text
from codegen.serialize import retry_to_data

# Codes KuCoin answers on success, by domain, for catalogue files the importer creates (websocket errors are frames: none).
DEFAULT_SUCCESS_CODES = {
    "http": [200], "spot": [200000], "margin": [200000, 200], "futures": [200000], "earn": [200000],
    "broker": [200000], "copytrading": [200000], "websocket": [], "gateway": [200000], "pro_api": [200000],
}
# The layer the responses of each REST domain come through, for catalogue files the importer creates.
DEFAULT_FALLBACKS = {domain: "gateway" for domain in ("spot", "margin", "futures", "earn", "broker", "copytrading", "pro_api")}
FILE_HEADER = """\
# yaml-language-server: $schema=../schema/error_catalog.schema.json
#
# KuCoin {title} error codes: the canonical source of the generated bindings.
# To change an error: keep one entry per code, in the order of KuCoin's
# documentation; copy `message` verbatim (typos included); choose `name`,
# `category` and `retry` from what the message means (README, "Categories").
# Then run `python -m codegen` and commit this file with generated/.

"""


def quoted(text: str) -> DoubleQuotedScalarString:
    """``text`` as a double-quoted YAML scalar."""
    node: DoubleQuotedScalarString = DoubleQuotedScalarString(text)
    return node


def placeholder_nodes(placeholders: Iterable[Placeholder]) -> CommentedSeq:
    """Placeholders as a list of one-line mappings."""
    nodes = CommentedSeq()
    for placeholder in placeholders:
        node = CommentedMap(token=quoted(placeholder.token), name=placeholder.name)
        if placeholder.kind is not None:
            node["kind"] = placeholder.kind
        node.fa.set_flow_style()
        nodes.append(node)
    return nodes


def put_retry(node: CommentedMap, advice: RetryAdvice) -> None:
    """Write retry advice into an entry or variant node."""
    for key, value in retry_to_data(advice).items():
        node[key] = value


def variant_node(variant_id: str, text: str, placeholders: tuple[Placeholder, ...], table: str | None = None) -> CommentedMap:
    """A new variant for a documented row ``text`` (``key -- message -- detail``), in sub-table ``table`` where the section has them."""
    key, message, detail, separator = split_documented(text)
    node = CommentedMap()
    node["id"] = variant_id
    if key is not None:
        node["key"] = key
    node["message"] = quoted(message)
    if detail is not None:
        node["detail"] = quoted(detail)
    if separator is not None:
        node["detail_separator"] = quoted(separator)
    if table is not None:
        node["table"] = table
    if placeholders:
        node["placeholders"] = placeholder_nodes(placeholders)
    return node


def alias_nodes(aliases: Iterable[str]) -> CommentedSeq:
    """Other wordings of a message, as a block list of quoted texts."""
    return CommentedSeq([quoted(alias) for alias in aliases])


def aliases_of(variant: CommentedMap) -> tuple[str, ...]:
    """The other wordings written in a variant node."""
    return tuple(str(alias) for alias in variant.get("aliases", ()))


def page_rows_of(variant: CommentedMap) -> tuple[str, ...]:
    """The rows of KuCoin's pages a variant node records (``PAGE:ROW`` or ``PAGE:ROW:ALIAS``)."""
    return tuple(str(item) for item in variant.get("pages", ()))


def page_row_nodes(items: Iterable[str]) -> CommentedSeq:
    """Page rows as a flow list of quoted texts: ``["kucoin-errors:23", "kucoin-errors-docs-new:40"]``."""
    node = CommentedSeq([quoted(item) for item in items])
    node.fa.set_flow_style()
    return node


def sorted_page_rows(items: Iterable[str]) -> list[str]:
    """Page rows in the order the catalogue keeps them: by page id, then row."""
    return sorted(items, key=lambda item: (item.split(":")[0], *(int(part) for part in item.split(":")[1:])))


def reworded_page_rows(items: Iterable[str], old_text: str, old_aliases: tuple[str, ...], new_text: str, new_aliases: list[str]) -> list[str]:
    """Page rows of a message reworded from ``old_text`` to ``new_text``, each naming the wording it had, now the documented row or an alias."""
    rows = []
    for item in items:
        page, row, *alias = item.split(":")
        wording = old_aliases[int(alias[0]) - 1] if alias else old_text
        suffix = f":{new_aliases.index(wording) + 1}" if wording != new_text and wording in new_aliases else ""
        rows.append(f"{page}:{row}{suffix}")
    return rows


def new_file_tree(domain: str, description: str) -> CommentedMap:
    """The tree of a catalogue file for ``domain`` with no errors yet."""
    tree = CommentedMap()
    tree["domain"] = domain
    tree["description"] = quoted(description)
    if domain in DEFAULT_FALLBACKS:
        tree["fallback"] = DEFAULT_FALLBACKS[domain]
    success = CommentedSeq(DEFAULT_SUCCESS_CODES[domain])
    success.fa.set_flow_style()
    tree["success_codes"] = success
    tree["errors"] = CommentedSeq()
    return tree


def documented_text_of(variant: CommentedMap) -> str:
    """The documented row of a variant node."""
    key, detail, separator = variant.get("key"), variant.get("detail"), variant.get("detail_separator")
    return documented_text(
        str(key) if key is not None else None, str(variant["message"]), str(detail) if detail is not None else None, str(separator) if separator is not None else None
    )


def retry_of(node: CommentedMap) -> RetryAdvice:
    """The retry advice written in an entry or variant node."""
    after_ms = node.get("retry_after_ms")
    after_header = node.get("retry_after_header")
    max_attempts = node.get("retry_max_attempts")
    then = node.get("retry_then")
    return RetryAdvice(
        str(node["retry"]),
        int(after_ms) if after_ms is not None else None,
        str(after_header) if after_header is not None else None,
        int(max_attempts) if max_attempts is not None else None,
        str(then) if then is not None else None,
    )


def placeholders_of(node: CommentedMap) -> tuple[Placeholder, ...]:
    """The placeholders written in a variant node."""
    return tuple(Placeholder(str(p["token"]), str(p["name"]), p.get("kind")) for p in node.get("placeholders", ()))
