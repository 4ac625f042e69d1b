"""Placeholders written side by side ("{1}{0}", as in "1.5BTC") are suggested as an amount then a currency."""

from __future__ import annotations

from codegen.importers.suggestions import suggest_placeholders
from codegen.model import Placeholder


def test_two_touching_placeholders_are_a_number_then_a_currency() -> None:
    assert suggest_placeholders("Minimum amount is {1}{0}") == (Placeholder("{1}", "value_1", "number"), Placeholder("{0}", "value_0", "currency"))


def test_each_touching_pair_is_read_on_its_own_and_separated_placeholders_get_no_kind() -> None:
    assert suggest_placeholders("between {0}{1} and {2}{3}, fee {4}") == (
        Placeholder("{0}", "value_0", "number"),
        Placeholder("{1}", "value_1", "currency"),
        Placeholder("{2}", "value_2", "number"),
        Placeholder("{3}", "value_3", "currency"),
        Placeholder("{4}", "value_4"),
    )


def test_a_kind_already_chosen_for_a_touching_placeholder_is_kept() -> None:
    known = (Placeholder("{1}", "amount", "text"), Placeholder("{0}", "unit", "text"))
    assert suggest_placeholders("Minimum amount is {1}{0}", known) == (Placeholder("{1}", "amount", "text"), Placeholder("{0}", "unit", "text"))
