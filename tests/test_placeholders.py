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


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("xxx axxx xxxa XX AXX XXX XX-1 {12}", ["xxx", "XX", "XX", "{12}"]),
        ("XX", ["XX"]),
        ("(xxx)é_XX_", ["xxx", "XX"]),
        ("1XX 9xxx xxx9 XXX-XXXX", ["XXX-XXX"]),
    ],
)
def test_xxx_and_xx_are_tokens_only_between_characters_that_are_no_ascii_letter_or_digit(text: str, tokens: list[str]) -> None:
    assert find_placeholder_tokens(text) == tokens
