"""Editing the catalogue from the command line: set, add, add-variant, rename, deprecate and remove.

The schema drives the edits: the fields of an entry and of a variant, their
types and their descriptions are read from ``schema/error_catalog.schema.json``,
so a property added there can be set with no change here. Each edit goes
through ruamel.yaml's round trip (``importers.yaml_editing``), so comments,
blank lines, quoting and key order outside the edited entry stay as they
were; new entries and variants are spliced in as whole lines. The edited
catalogue is loaded and checked before anything is written (the schema's and
the rules' problems are reported at their place), then written atomically.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError

from codegen.diagnostics import CatalogError, did_you_mean, printable
from codegen.edit_fields import ENTRY, VARIANT, EditError, Field, parse_assignments, resolve, schema_fields
from codegen.importers.catalogue_files import check_merged, read_catalogue_text
from codegen.importers.suggestions import suggest_advice, suggest_identifier, suggest_placeholders
from codegen.importers.yaml_editing import Insertion, catalogue_yaml, delete_key, dump_yaml, insert_after, set_text, splice, split_lines
from codegen.importers.yaml_nodes import placeholder_nodes, put_retry, quoted
from codegen.loading import catalog_files
from codegen.model import Placeholder
from codegen.taxonomy import load_schema, load_taxonomy
from codegen.writing import replace_files

__all__ = ["EditError", "UneditableCatalogue", "add_entry", "add_variant", "deprecate", "remove", "rename", "set_fields"]


def node_value(field: Field | None, value: Any) -> Any:
    """``value`` as the catalogue writes it: prose double-quoted, lists as block lists, mappings as block mappings."""
    if isinstance(value, str):
        return quoted(value) if field is None or field.is_free_text else value
    if isinstance(value, list):
        if field is not None and field.name == "placeholders":
            return placeholder_nodes(Placeholder(str(item["token"]), str(item["name"]), item.get("kind")) for item in value if isinstance(item, dict))
        return CommentedSeq([node_value(None, item) for item in value])
    if isinstance(value, dict):
        sub = _sub_fields(field)
        return CommentedMap((key, node_value(sub.get(key), item)) for key, item in value.items())
    return value


def _sub_fields(field: Field | None) -> dict[str, Field]:
    if field is None or "properties" not in field.schema:
        return {}
    schema = load_schema()
    return {name: Field(name, "", resolve(schema, node)[0]) for name, node in field.schema["properties"].items()}


def put_field(node: CommentedMap, field: Field, value: Any, order: Iterable[str]) -> None:
    """Set (or, for None, delete) one field of an entry or variant node, keeping the schema's key order for a new key."""
    if value is None:
        if field.name in node:
            delete_key(node, field.name)
        return
    if field.name in node and isinstance(value, str) and isinstance(node[field.name], str) and field.kind == "string":
        set_text(node, field.name, value)
        return
    new = node_value(field, value)
    if field.name in node:
        node[field.name] = new
        return
    names = list(order)
    before = names[: names.index(field.name)]
    insert_after(node, before, field.name, new)


@dataclass
class CatalogueFile:
    """One catalogue file being edited: its text, its tree, and how its lines end."""

    path: Path
    text: str
    crlf: bool

    @cached_property
    def tree(self) -> Any:
        """The file as ruamel.yaml's round trip reads it, once; the edits read it and never change it."""
        return catalogue_yaml().load(self.text)


class UneditableCatalogue(CatalogError):
    """The catalogue has problems before any edit: they are reported, and nothing is edited."""


def open_domain(catalog_dir: Path, domain: str) -> CatalogueFile:
    """The catalogue file of ``domain``, in the shape the edits walk.

    EditError naming the domains there are when it has none; UneditableCatalogue with the catalogue's problems,
    at their places, when the file is not in that shape (it is not YAML, or has no list of entries, ...).
    """
    path = catalog_dir / f"{domain}.yaml"
    text, crlf = read_catalogue_text(path)
    if text is None:
        known = [found.stem for found in catalog_files(catalog_dir)] if catalog_dir.is_dir() else []
        raise EditError(f"no catalogue file for domain {printable(domain)!r} in {catalog_dir}{did_you_mean(domain, known)}; expected one of: {', '.join(known) or '(none)'}")
    file = CatalogueFile(path, text, crlf)
    try:
        editable = _editable(file.tree)
    except YAMLError:
        editable = False
    if not editable:
        # The catalogue's own check names what is wrong at its place; the edit cannot start from this file.
        try:
            check_merged({}, catalog_dir)
        except CatalogError as error:
            raise UneditableCatalogue(error.problems) from None
        raise EditError(f"{path} cannot be edited: expected a mapping with an errors: list of entries, each with a numeric code and a list of variants")
    return file


def _editable(tree: Any) -> bool:
    """Whether ``tree`` has the shape the edits walk: errors as a list of entries, each with an integer code and a list of variants with ids."""
    if not isinstance(tree, dict) or not isinstance(tree.get("errors"), list) or not isinstance(tree.get("removed", []), list):
        return False
    for entry in tree["errors"]:
        code = entry.get("code") if isinstance(entry, dict) else None
        if not isinstance(code, int) or isinstance(code, bool) or not isinstance(entry.get("variants"), list):
            return False
        if not all(isinstance(variant, dict) and "id" in variant for variant in entry["variants"]):
            return False
    return all(isinstance(item, dict) for item in tree.get("removed", []))


def entry_index(tree: Any, domain: str, code: str | int) -> int:
    """The index of the entry with ``code`` in the file's errors; EditError when there is none."""
    codes = [int(entry["code"]) for entry in tree.get("errors", ())]
    number = int(code) if str(code).isdigit() else None
    if number not in codes:
        dead = [item for item in tree.get("removed", ()) if item.get("code") == number]
        if dead:
            raise EditError(f"{domain} {code} was removed ({dead[0].get('name', 'no name')}); it has a tombstone in {domain}.yaml")
        raise EditError(f"{domain} has no code {printable(str(code))}{did_you_mean(str(code), [str(c) for c in codes])}")
    return codes.index(number)


def variant_index(entry: CommentedMap, domain: str, variant_id: str) -> int:
    """The index of the variant ``variant_id`` of an entry; EditError naming the entry's variants when there is none."""
    ids = [str(variant["id"]) for variant in entry["variants"]]
    if variant_id not in ids:
        raise EditError(f"{domain} {entry['code']} has no variant {printable(variant_id)!r}{did_you_mean(variant_id, ids)}; expected one of: {', '.join(ids)}")
    return ids.index(variant_id)


def _entry_lines(lines: list[str], errors: CommentedSeq, index: int) -> tuple[int, int]:
    """The first line of entry ``index`` and the line after its last; blank lines and comments at its dash or left of it that follow belong to what comes next."""
    start, column = errors.lc.item(index)
    end = errors.lc.item(index + 1)[0] if index + 1 < len(errors) else _end_of_block(lines, start, column - 2)
    while end > start + 1 and (not lines[end - 1].strip() or (lines[end - 1].lstrip().startswith("#") and _indent(lines[end - 1]) <= column - 2)):
        end -= 1
    return start, end


def _edit_entry(file: CatalogueFile, domain: str, code: str, edit: Callable[[CommentedMap], None]) -> tuple[str, CommentedMap]:
    """The file's text with one entry edited by ``edit``, and the edited entry.

    Only the entry's own lines go through ruamel.yaml, so nothing outside them can
    move, not even a comment that the parser would attach to the entry's last node.
    """
    tree = file.tree
    index = entry_index(tree, domain, code)
    lines = split_lines(file.text)
    start, end = _entry_lines(lines, tree["errors"], index)
    block = catalogue_yaml().load("errors:\n" + "".join(lines[start:end]))
    entry = block["errors"][0]
    edit(entry)
    edited = dump_yaml(block).split("\n", 1)[1]
    return "".join(lines[:start]) + edited + "".join(lines[end:]), entry


def _commit(file: CatalogueFile, text: str, catalog_dir: Path) -> None:
    """Check the catalogue with the new text (CatalogError when invalid), then write the file atomically."""
    check_merged({file.path: text}, catalog_dir)
    replace_files({file.path: text.replace("\n", "\r\n") if file.crlf else text})


def set_fields(catalog_dir: Path, domain: str, code: str, assignments: Sequence[str], variant: str | None = None) -> str:
    """``set``: the fields of an entry, or of one of its variants; returns what was done."""
    level = VARIANT if variant is not None else ENTRY
    values = parse_assignments(assignments, (level,))
    if not values:
        raise EditError("nothing to set; expected FIELD=VALUE")
    fields = schema_fields(level)
    required = load_schema()["$defs"][level].get("required", ())

    def edit(entry: CommentedMap) -> None:
        node = entry["variants"][variant_index(entry, domain, variant)] if variant is not None else entry
        for name, (_, value) in values.items():
            if value is None and name in required:
                raise EditError(f"{name} is required; it cannot be deleted")
            put_field(node, fields[name], value, fields)

    file = open_domain(catalog_dir, domain)
    text, _ = _edit_entry(file, domain, code, edit)
    _commit(file, text, catalog_dir)
    where = f"{domain} {code}" + (f" / {variant}" if variant is not None else "")
    return f"{where}: set {', '.join(name if value is not None else f'{name} (deleted)' for name, (_, value) in values.items())}"


def _new_variant(message: str, variant_id: str | None, taken: set[str], values: dict[str, tuple[str, Any]]) -> CommentedMap:
    fields = schema_fields(VARIANT)
    node = CommentedMap()
    node["id"] = variant_id or suggest_identifier(message, taken, fallback="MESSAGE")
    node["message"] = quoted(message)
    placeholders = suggest_placeholders(message)
    if placeholders and "placeholders" not in values:
        node["placeholders"] = placeholder_nodes(placeholders)
    for name, (level, value) in values.items():
        if level == VARIANT and value is not None:
            put_field(node, fields[name], value, fields)
    return node


def add_entry(
    catalog_dir: Path, domain: str, code: str, name: str, message: str, category: str | None, retry: str | None, assignments: Sequence[str]
) -> str:
    """``add``: a new entry with one message, placed in code order; the category is suggested from the message when not given."""
    if not code.isdigit():
        raise EditError(f"{printable(code)!r} is not a code; expected a positive integer")
    values = parse_assignments(assignments, (ENTRY, VARIANT))
    file = open_domain(catalog_dir, domain)
    tree = file.tree
    codes = [int(entry["code"]) for entry in tree["errors"]]
    if int(code) in codes:
        # Refused here, not by the check of the edited text, whose lines the file does not have.
        found = codes.index(int(code))
        line = tree["errors"].lc.item(found)[0] + 1
        raise EditError(
            f"duplicate code {int(code)}: {domain} has it already ({tree['errors'][found].get('name', 'no name')}, {file.path}:{line}); "
            "expected a new code (add-variant adds a message to an existing one)"
        )
    suggested, advice, doubt = suggest_advice(message)
    node = CommentedMap()
    node["code"] = int(code)
    node["name"] = name
    node["category"] = category or suggested
    if retry is not None:
        node["retry"] = retry
    elif category is not None:
        try:
            node["retry"] = load_taxonomy().usual_retry(category)
        except KeyError:
            node["retry"] = "stop"  # the category is refused when the result is checked
    else:
        put_retry(node, advice)
    if category is None:
        node["review"] = quoted(doubt or f"category {suggested} and retry {advice.action} were suggested from the message; check them, then delete this line")
    fields = schema_fields(ENTRY)
    if "id" in values and values["id"][1] is None:
        raise EditError("id= is empty; expected the variant's UPPER_SNAKE id, or no id= to have one made from the message")
    node["variants"] = CommentedSeq([_new_variant(message, str(values.pop("id")[1]) if "id" in values else None, set(), values)])
    for field_name, (level, value) in values.items():
        if level == ENTRY and value is not None:
            put_field(node, fields[field_name], value, fields)
    ordered = CommentedMap((key, node[key]) for key in sorted(node, key=list(fields).index))
    lower = [index for index, existing in enumerate(codes) if existing < int(code)]
    index = max(lower, key=lambda i: codes[i]) + 1 if lower else 0
    _commit(file, splice(file.text, [Insertion(("errors",), index, [ordered])]), catalog_dir)
    return f"{domain} {code} {name}: added ({node['category']}, {node['retry']})" + ("; awaits review" if category is None else "")


def add_variant(catalog_dir: Path, domain: str, code: str, variant_id: str, message: str, assignments: Sequence[str]) -> str:
    """``add-variant``: a new message at the end of an entry's variants."""
    values = parse_assignments(assignments, (VARIANT,))
    file = open_domain(catalog_dir, domain)
    tree = file.tree
    index = entry_index(tree, domain, code)
    variants = tree["errors"][index]["variants"]
    node = _new_variant(message, variant_id, set(), values)
    fields = schema_fields(VARIANT)
    ordered = CommentedMap((key, node[key]) for key in sorted(node, key=list(fields).index))
    _commit(file, splice(file.text, [Insertion(("errors", index, "variants"), len(variants), [ordered])]), catalog_dir)
    return f"{domain} {code} / {variant_id}: added"


def rename(catalog_dir: Path, domain: str, code: str, new_name: str, variant: str | None = None) -> str:
    """``rename``: an entry's name, or a variant's id."""
    set_fields(catalog_dir, domain, code, [f"{'id' if variant is not None else 'name'}={new_name}"], variant)
    return f"{domain} {code}{f' / {variant}' if variant is not None else ''}: renamed to {new_name}"


def deprecate(catalog_dir: Path, domain: str, code: str, reason: str, replaced_by: str | None) -> str:
    """``deprecate``: mark an entry deprecated, with why and what replaces it."""
    fields = schema_fields(ENTRY)
    value: dict[str, str] = {"reason": reason}
    if replaced_by is not None:
        value["replaced_by"] = replaced_by
    file = open_domain(catalog_dir, domain)
    text, entry = _edit_entry(file, domain, code, lambda entry: put_field(entry, fields["deprecated"], value, fields))
    _commit(file, text, catalog_dir)
    return f"{domain} {code} {entry['name']}: deprecated" + (f", replaced by {replaced_by}" if replaced_by else "")


def remove(catalog_dir: Path, domain: str, code: str, reason: str | None, replaced_by: str | None) -> str:
    """``remove``: delete an entry and leave a tombstone in the domain's ``removed`` list."""
    file = open_domain(catalog_dir, domain)
    tree = file.tree
    index = entry_index(tree, domain, code)
    errors = tree["errors"]
    name = str(errors[index]["name"])
    lines = split_lines(file.text)
    start, end = _entry_lines(lines, errors, index)
    text = "".join(lines[:start] + lines[end:])
    tombstone = CommentedMap()
    tombstone["code"] = int(code)
    tombstone["name"] = name
    if reason is not None:
        tombstone["reason"] = quoted(reason)
    if replaced_by is not None:
        tombstone["replaced_by"] = replaced_by
    if "removed" in tree:
        text = splice(text, [Insertion(("removed",), len(tree["removed"]), [tombstone])])
    else:
        text = (text if text.endswith("\n") else text + "\n") + dump_yaml(CommentedMap(removed=CommentedSeq([tombstone])))
    _commit(file, text, catalog_dir)
    return f"{domain} {code} {name}: removed; a tombstone keeps its code and name"


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _end_of_block(lines: list[str], start: int, dash_column: int) -> int:
    """The line after the last line indented into the item starting at ``start``."""
    end = start + 1
    for index in range(start + 1, len(lines)):
        if lines[index].strip() and _indent(lines[index]) <= dash_column:
            break
        if lines[index].strip():
            end = index + 1
    return end
