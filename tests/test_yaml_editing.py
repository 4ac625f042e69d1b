"""Editing catalogue YAML in place: a changed text keeps its quotes and its comment, new items land above the comments of the next."""

from __future__ import annotations

from ruamel.yaml.comments import CommentedMap

from codegen.importers.yaml_editing import Insertion, catalogue_yaml, delete_key, dump_yaml, insert_after, set_text, splice, split_lines


def test_a_changed_text_keeps_its_quotes_and_the_gap_before_its_comment() -> None:
    tree = catalogue_yaml().load('a:\n  msg: "old"  # note\n  b: 1\n')
    set_text(tree["a"], "msg", "much longer")
    assert dump_yaml(tree) == 'a:\n  msg: "much longer"  # note\n  b: 1\n'
    set_text(tree["a"], "msg", "x")
    assert dump_yaml(tree) == 'a:\n  msg: "x"  # note\n  b: 1\n'


def test_deleting_the_last_key_keeps_the_comment_lines_after_it() -> None:
    tree = catalogue_yaml().load("a:\n  x: 1\n  y: 2  # trailing\n  # after y\nb: 3\n")
    delete_key(tree["a"], "y")
    assert dump_yaml(tree) == "a:\n  x: 1\n  # after y\nb: 3\n"


def test_a_new_key_goes_after_the_last_present_key_listed_or_first() -> None:
    tree = catalogue_yaml().load("a: 1\nc: 3\n")
    insert_after(tree, ["a", "b"], "z", 9)
    assert dump_yaml(tree) == "a: 1\nz: 9\nc: 3\n"
    tree = catalogue_yaml().load("a: 1\nc: 3\n")
    insert_after(tree, ["c", "a"], "z", 9)
    assert dump_yaml(tree) == "a: 1\nc: 3\nz: 9\n"
    tree = catalogue_yaml().load("a: 1\nc: 3\n")
    insert_after(tree, ["q"], "z", 9)
    assert dump_yaml(tree) == "z: 9\na: 1\nc: 3\n"


def test_only_a_line_feed_ends_a_line() -> None:
    assert split_lines("a\u2028b\nc\n") == ["a\u2028b\n", "c\n"]
    assert split_lines("a\nb") == ["a\n", "b"]
    assert split_lines("") == []


def test_new_items_go_above_the_comments_of_the_next_item_and_after_the_comments_inside_the_last() -> None:
    text = "errors:\n  - code: 1\n    name: A\n  # about two\n  - code: 2\n    name: B\n    # inside B\n\nremoved: []\n"
    spliced = splice(text, [Insertion(("errors",), 1, [CommentedMap(code=15, name="X")]), Insertion(("errors",), 2, [CommentedMap(code=3, name="Z")])])
    assert spliced == (
        "errors:\n  - code: 1\n    name: A\n  - code: 15\n    name: X\n  # about two\n  - code: 2\n    name: B\n    # inside B\n"
        "  - code: 3\n    name: Z\n\nremoved: []\n"
    )


def test_two_insertions_at_one_place_keep_their_order() -> None:
    text = "errors:\n  - code: 1\n  - code: 9\n"
    spliced = splice(text, [Insertion(("errors",), 1, [CommentedMap(code=2)]), Insertion(("errors",), 1, [CommentedMap(code=3)])])
    assert spliced == "errors:\n  - code: 1\n  - code: 2\n  - code: 3\n  - code: 9\n"
