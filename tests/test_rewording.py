"""Telling a reworded message from a new one: the differing middles of two messages are compared, and the closest pairs win."""

from __future__ import annotations

import pytest

from codegen.importers.documents import DocumentRow
from codegen.importers.rewording import REWORDING_SIMILARITY, pair_rewordings, similarity


def row(text: str, line: int = 1) -> DocumentRow:
    return DocumentRow("spot", None, 200000, text, line)


def test_identical_messages_are_wholly_alike() -> None:
    assert similarity("Order not exist", "Order not exist") == 1.0


def test_a_message_with_words_only_added_or_removed_is_a_rewording() -> None:
    assert similarity("Order not exist", "Order does not exist") == 1.0
    assert similarity("Order does not exist", "Order not exist") == 1.0
    assert similarity("Balance insufficient", "Balance insufficient!") < 1.0  # a changed word is no added word
    assert similarity("insufficient balance", "Account insufficient balance") == 1.0
    assert similarity("Account insufficient balance", "insufficient balance") == 1.0


def test_messages_sharing_their_ends_are_compared_on_their_middles() -> None:
    old = "The system is renewing the loan automatically. Please try again later"
    new = "The system is upgrading the matching engine. Please try again later"
    middles = similarity("renewing the loan automatically.", "upgrading the matching engine.")
    assert similarity(old, new) == pytest.approx(middles)
    assert similarity(old, new) < REWORDING_SIMILARITY


def test_middles_of_several_words_are_compared_as_written_with_their_spaces() -> None:
    # "b c" against "x y": the one space alike, 2 * 1 of 6 characters.
    assert similarity("a b c d", "a x y d") == pytest.approx(1 / 3)
    # "x ab cd" against "z ab ef" (only "y" is shared, at the end): " ab " alike, 2 * 4 of 14 characters.
    assert similarity("x ab cd y", "z ab ef y") == pytest.approx(8 / 14)


def test_the_shared_ends_are_whole_words_counted_once() -> None:
    # "a b a" against "a c a": "a" is shared at both ends, and only "b" against "c" is compared.
    assert similarity("a b a", "a c a") == 0.0
    # One word each: nothing shared at the ends, the words themselves are compared.
    assert similarity("withdraw", "withdrawal") == pytest.approx(16 / 18)
    # A repeated word that is shared at the start is not shared again at the end.
    assert similarity("x x", "x y x") == 1.0


def test_a_reworded_message_scores_above_the_threshold_and_an_unrelated_one_below() -> None:
    assert REWORDING_SIMILARITY == 0.6
    assert similarity("Currency/Chain withdraw is closed, or user is frozen to withdraw",
                      "Currency/Chain withdraw is closed, or the user is frozen to withdraw") >= REWORDING_SIMILARITY
    assert similarity("Signature error", "Insufficient balance") < REWORDING_SIMILARITY


def test_one_row_and_one_unmatched_message_are_paired_however_different() -> None:
    only = row("Something else entirely")
    assert pair_rewordings([only], [3], ["zzz", "yyy", "xxx", "Order not exist"]) == {only: 3}


def test_the_closest_pairs_are_made_first_and_each_message_is_taken_once() -> None:
    texts = ["Order not exist", "Order size too small", "Unrelated message about margin"]
    size, exist = row("Order size is too small", 1), row("Order does not exist", 2)
    assert pair_rewordings([size, exist], [0, 1, 2], texts) == {exist: 0, size: 1}


def test_rows_too_unlike_every_unmatched_message_are_left_unpaired() -> None:
    texts = ["Order not exist", "Signature error"]
    close, new = row("Order does not exist", 1), row("Margin account frozen by risk control", 2)
    assert pair_rewordings([close, new], [0, 1], texts) == {close: 0}


def test_a_pair_exactly_at_the_threshold_is_a_rewording() -> None:
    # "abcde" against "abcxy": 3 of 5 letters match each way, a ratio of 2*3/10 = 0.6.
    assert similarity("abcde", "abcxy") == pytest.approx(REWORDING_SIMILARITY)
    first, second = row("abcde", 1), row("zzzzz", 2)
    assert pair_rewordings([first, second], [0, 1], ["abcxy", "qqqqq"]) == {first: 0}


def test_between_equally_close_rows_the_earlier_row_of_the_page_wins() -> None:
    first, second = row("Order does not exist", 1), row("Order not exist here", 2)
    assert similarity(first.text, "Order not exist") == similarity(second.text, "Order not exist") == 1.0
    assert pair_rewordings([first, second], [0], ["Order not exist"]) == {first: 0}
    assert pair_rewordings([second, first], [0], ["Order not exist"]) == {second: 0}


def test_between_equally_close_messages_the_earlier_message_is_taken() -> None:
    only, other = row("Order does not exist", 1), row("Completely different words", 2)
    assert pair_rewordings([only, other], [1, 0], ["Order not exist", "Order not exist"]) == {only: 0}


def test_a_row_already_paired_takes_no_second_message() -> None:
    only, other = row("Order does not exist", 1), row("qqqq", 2)
    pairs = pair_rewordings([only, other], [0, 1], ["Order not exist", "Order not exist at all"])
    assert pairs == {only: 0}


def test_words_are_split_at_single_spaces_only() -> None:
    # A tab is inside a word: "x\ty" is one word shared at the start, and the differing last words have nothing in common.
    assert similarity("x\ty z", "x\ty w") == 0.0


def test_with_one_unmatched_message_the_closest_of_several_rows_takes_it() -> None:
    far, close = row("Completely different words", 1), row("Order does not exist", 2)
    assert pair_rewordings([far, close], [0], ["Order not exist"]) == {close: 0}
