"""Telling a reworded message from a new one: how alike two messages are, and which page rows reword which catalogued messages."""

from __future__ import annotations

import difflib

from codegen.importers.documents import DocumentRow

# Below this similarity a page message that replaces none exactly is a new variant, not a rewording.
REWORDING_SIMILARITY = 0.6


def similarity(old: str, new: str) -> float:
    """How alike two messages are (0 to 1), judged on what differs: the words they share at both ends are left out.

    "The system is renewing the loan automatically. Please try again later" and
    "The system is upgrading the matching engine. Please try again later" share
    most of their text but not their meaning; only the middles are compared.
    """
    old_words, new_words = old.split(" "), new.split(" ")
    start = 0
    while start < min(len(old_words), len(new_words)) and old_words[start] == new_words[start]:
        start += 1
    end = 0
    while end < min(len(old_words), len(new_words)) - start and old_words[-1 - end] == new_words[-1 - end]:
        end += 1
    old_middle = " ".join(old_words[start : len(old_words) - end])
    new_middle = " ".join(new_words[start : len(new_words) - end])
    if not old_middle or not new_middle:
        return 1.0  # one is the other with words added or removed
    return difflib.SequenceMatcher(None, old_middle, new_middle).ratio()


def pair_rewordings(rows: list[DocumentRow], unmatched: list[int], texts: list[str]) -> dict[DocumentRow, int]:
    """Page rows that reword a catalogued message the page lacks (an index of ``texts``): the closest pairs, best first."""
    if len(rows) == 1 and len(unmatched) == 1:
        return {rows[0]: unmatched[0]}
    scored = sorted(
        ((similarity(row.text, texts[index]), order, row, index) for order, row in enumerate(rows) for index in unmatched),
        key=lambda item: (-item[0], item[1], item[3]),
    )
    pairs: dict[DocumentRow, int] = {}
    used: set[int] = set()
    for ratio, _, row, index in scored:
        if ratio < REWORDING_SIMILARITY:
            break
        if row not in pairs and index not in used:
            pairs[row] = index
            used.add(index)
    return pairs
