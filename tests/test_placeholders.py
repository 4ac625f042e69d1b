"""Recognising KuCoin's placeholders in message templates."""

from __future__ import annotations

import pytest

from codegen.placeholders import find_placeholder_tokens


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Your remaining available borrowing: {1}{0}", ["{1}", "{0}"]),
        ("Active order quantity limit exceeded (limit: xxx, current: xxx)", ["xxx", "xxx"]),
        ("xxx risk limit exceeded", ["xxx"]),
        ("Please complete the KYC verification before you trade XX", ["XX"]),
        ("Symbol XXX-XXX cant be traded", ["XXX-XXX"]),
        ("The maximum order price is: xxx", ["xxx"]),
        ("Balance insufficient", []),
    ],
)
def test_tokens_are_found_in_order(text: str, tokens: list[str]) -> None:
    assert find_placeholder_tokens(text) == tokens


@pytest.mark.parametrize("text", ["XXX alone", "xxxy", "EXXON", "XXL size", "{a}", "{ 0 }", "TAXX"])
def test_words_that_merely_contain_the_letters_are_text(text: str) -> None:
    assert find_placeholder_tokens(text) == []
