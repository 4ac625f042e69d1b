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


def test_an_item_appended_to_the_last_sequence_of_a_file_goes_at_its_end() -> None:
    assert splice("errors:\n  - code: 1\n", [Insertion(("errors",), 1, [CommentedMap(code=2)])]) == "errors:\n  - code: 1\n  - code: 2\n"


def test_an_item_of_a_nested_sequence_is_indented_as_its_siblings() -> None:
    text = "errors:\n  - code: 1\n    variants:\n      - id: A\n        message: a\n  - code: 2\n"
    spliced = splice(text, [Insertion(("errors", 0, "variants"), 1, [CommentedMap(id="B", message="b")])])
    assert spliced == "errors:\n  - code: 1\n    variants:\n      - id: A\n        message: a\n      - id: B\n        message: b\n  - code: 2\n"


def test_a_comment_indented_into_the_item_before_stays_with_it_even_after_a_blank_line() -> None:
    text = "errors:\n  - code: 1\n\n    # about 1\n  - code: 3\n"
    spliced = splice(text, [Insertion(("errors",), 1, [CommentedMap(code=2)])])
    assert spliced == "errors:\n  - code: 1\n\n    # about 1\n  - code: 2\n  - code: 3\n"


def test_deleting_the_last_of_three_keys_keeps_the_comment_lines_after_it() -> None:
    tree = catalogue_yaml().load("a:\n  x: 1\n  y: 2\n  z: 3  # trailing\n  # after z\nb: 4\n")
    delete_key(tree["a"], "z")
    assert dump_yaml(tree) == "a:\n  x: 1\n  y: 2\n  # after z\nb: 4\n"


def test_deleting_a_last_key_whose_comment_ends_the_file_leaves_no_comment() -> None:
    tree = catalogue_yaml().load("a:\n  x: 1\n  y: 2  # only")
    delete_key(tree["a"], "y")
    assert dump_yaml(tree) == "a:\n  x: 1\n"


def test_deleting_the_last_key_keeps_the_comment_lines_after_it_when_the_key_before_has_a_comment_too() -> None:
    tree = catalogue_yaml().load("a:\n  x: 1  # about x\n  y: 2  # trailing\n  # after y\nb: 3\n")
    delete_key(tree["a"], "y")
    assert dump_yaml(tree) == "a:\n  x: 1  # about x\n  # after y\nb: 3\n"
    tree = catalogue_yaml().load("a:\n  x: 1  # about x\n  # more x\n  y: 2\n  # after y\nb: 3\n")
    delete_key(tree["a"], "y")
    assert dump_yaml(tree) == "a:\n  x: 1  # about x\n  # more x\n  # after y\nb: 3\n"


def test_a_changed_text_keeps_characters_beyond_ascii_as_written() -> None:
    tree = catalogue_yaml().load('a:\n  msg: "old"\n  plain: old\n')
    set_text(tree["a"], "msg", "café ✓ 😀")
    set_text(tree["a"], "plain", "naïve")
    assert dump_yaml(tree) == 'a:\n  msg: "café ✓ 😀"\n  plain: naïve\n'


def test_deleting_the_only_key_with_a_comment_leaves_an_empty_mapping() -> None:
    tree = catalogue_yaml().load("a:\n  y: 2  # only\nb: 3\n")
    delete_key(tree["a"], "y")
    assert dump_yaml(tree) == "a: {}\nb: 3\n"


def test_an_item_appended_after_a_one_line_item_goes_before_the_key_that_follows_the_sequence() -> None:
    spliced = splice("errors:\n  - code: 1\nremoved: []\n", [Insertion(("errors",), 1, [CommentedMap(code=2)])])
    assert spliced == "errors:\n  - code: 1\n  - code: 2\nremoved: []\n"


def test_a_comment_at_the_dash_inside_the_last_item_does_not_end_it() -> None:
    text = "errors:\n  - code: 1\n  # between the keys\n    name: A\nremoved: []\n"
    spliced = splice(text, [Insertion(("errors",), 1, [CommentedMap(code=2)])])
    assert spliced == "errors:\n  - code: 1\n  # between the keys\n    name: A\n  - code: 2\nremoved: []\n"


def test_insertions_given_in_any_order_each_land_at_their_own_place() -> None:
    text = "errors:\n  - code: 1\n  - code: 3\n    variants:\n      - id: A\n"
    new_entry = Insertion(("errors",), 1, [CommentedMap(code=2)])
    new_variant = Insertion(("errors", 1, "variants"), 1, [CommentedMap(id="B")])
    expected = "errors:\n  - code: 1\n  - code: 2\n  - code: 3\n    variants:\n      - id: A\n      - id: B\n"
    assert splice(text, [new_entry, new_variant]) == expected
    assert splice(text, [new_variant, new_entry]) == expected
