"""The hash a generated file carries of itself: filled in on writing, and telling hand edits from stale output."""

from __future__ import annotations

import hashlib

from codegen.stamps import UNSTAMPED, carries_valid_stamp, carries_valid_stamp_bytes, stamp, stamp_bytes, stamp_line

TEXT = f"# Generated from catalog/spot.yaml.\n# {stamp_line()}\nvalue = 'é \U0001f680'\n"


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_the_stamp_line_holds_a_zeroed_hash_to_fill_in() -> None:
    assert stamp_line() == "File hash: sha256:" + "0" * 64 + " (of this file, with this value zeroed)."
    assert UNSTAMPED == "0" * 64


def test_stamping_fills_in_the_hash_of_the_file_with_that_hash_zeroed() -> None:
    stamped = stamp(TEXT)
    assert stamped == TEXT.replace("0" * 64, sha256(TEXT))
    assert stamped.startswith("# Generated from catalog/spot.yaml.\n# File hash: sha256:")
    assert stamped.endswith(" (of this file, with this value zeroed).\nvalue = 'é \U0001f680'\n")


def test_stamping_text_without_a_stamp_line_changes_nothing() -> None:
    assert stamp("no banner here\n") == "no banner here\n"
    assert stamp_bytes(bytearray(b"no banner here\n")) == bytearray(b"no banner here\n")


def test_stamping_an_already_stamped_file_gives_the_same_file() -> None:
    assert stamp(stamp(TEXT)) == stamp(TEXT)


def test_stamping_bytes_in_place_gives_the_bytes_of_stamping_the_text() -> None:
    data = bytearray(TEXT.encode("utf-8"))
    result = stamp_bytes(data)
    assert result is data
    assert bytes(data) == stamp(TEXT).encode("utf-8")


def test_a_file_as_generated_carries_a_valid_stamp() -> None:
    stamped = stamp(TEXT)
    assert carries_valid_stamp(stamped)
    assert carries_valid_stamp_bytes(stamped.encode("utf-8"))
    assert carries_valid_stamp_bytes(bytearray(stamped.encode("utf-8")))


def test_a_hand_edit_anywhere_breaks_the_stamp() -> None:
    stamped = stamp(TEXT)
    for edited in (stamped.replace("value", "valve"), stamped.replace("Generated", "generated"), stamped + "\n"):
        assert not carries_valid_stamp(edited)
        assert not carries_valid_stamp_bytes(edited.encode("utf-8"))


def test_an_unstamped_or_stampless_file_carries_no_valid_stamp() -> None:
    assert not carries_valid_stamp(TEXT)
    assert not carries_valid_stamp_bytes(TEXT.encode("utf-8"))
    assert not carries_valid_stamp("plain text\n")
    assert not carries_valid_stamp_bytes(b"plain text\n")


def test_a_stamp_whose_hash_is_another_files_is_not_valid() -> None:
    other = stamp(TEXT.replace("value", "other"))
    hash_of_other = other.split("sha256:")[1][:64]
    assert not carries_valid_stamp(TEXT.replace("0" * 64, hash_of_other))
    assert not carries_valid_stamp_bytes(TEXT.replace("0" * 64, hash_of_other).encode("utf-8"))
