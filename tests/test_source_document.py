"""Where a problem of a catalogue file is placed: at its node, its key, or the nearest parent that has a place."""

from __future__ import annotations

from pathlib import Path

from codegen.diagnostics import Problem
from codegen.source_document import SourceDocument

MESSAGE = ("errors", 0, "variants", 1, "message")


def document() -> SourceDocument:
    return SourceDocument(
        Path("catalog/spot.yaml"),
        "catalog/spot.yaml",
        value_places={(): (2, 1), ("errors",): (6, 3), ("errors", 0): (6, 5), MESSAGE: (12, 18)},
        key_places={MESSAGE: (12, 9)},
    )


def test_a_node_is_placed_at_its_value_unless_its_key_is_asked_for() -> None:
    assert document().place(MESSAGE) == (12, 18)
    assert document().place(MESSAGE, of_key=True) == (12, 9)


def test_a_key_without_a_place_of_its_own_is_placed_at_its_value() -> None:
    assert document().place(("errors", 0), of_key=True) == (6, 5)


def test_a_node_without_a_place_is_placed_at_its_nearest_parent_that_has_one() -> None:
    assert document().place(("errors", 0, "variants", 1, "detail")) == (6, 5)
    assert document().place(("errors", 0, "variants")) == (6, 5)
    assert document().place(("success_codes", 0)) == (2, 1)


def test_a_node_of_a_file_with_no_places_is_placed_at_the_start() -> None:
    assert SourceDocument(Path("x.yaml"), "x.yaml").place(("errors", 3)) == (1, 1)


def test_a_problem_is_placed_at_the_key_when_asked() -> None:
    assert document().problem(MESSAGE, "unknown key", of_key=True) == Problem("catalog/spot.yaml", 12, 9, "unknown key")
    assert document().problem(MESSAGE, "bad value") == Problem("catalog/spot.yaml", 12, 18, "bad value")
