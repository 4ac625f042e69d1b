"""Message templates compile to expressions that Python and JavaScript read the same way."""

from __future__ import annotations

import json
import re
import subprocess

import pytest
from hypothesis import given
from hypothesis import strategies as st

from codegen.matching import KIND_PATTERNS, TOUCHING_KIND_PATTERNS, WHITESPACE, WHITESPACE_RUN, entry_patterns, escape_literal, message_key, message_pattern, normalise
from codegen.model import ErrorEntry, MessageVariant, Placeholder, RetryAdvice

texts = st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=40)


@given(texts, st.characters(exclude_categories=("Cs", "Cc")))
def test_an_escaped_literal_matches_exactly_itself_in_python(text: str, other: str) -> None:
    pattern = escape_literal(text)
    assert re.fullmatch(pattern, text)
    # ... and nothing else: not with a character more, less or changed.
    assert not re.fullmatch(pattern, text + other)
    assert not re.fullmatch(pattern, other + text)
    if text:
        assert not re.fullmatch(pattern, text[:-1])
        if other != text[0]:
            assert not re.fullmatch(pattern, other + text[1:])


def test_an_escaped_literal_does_not_match_what_its_metacharacters_would() -> None:
    near_misses = {"a.b": "axb", "(x)": "x", "[y]": "y", "a|b": "a", "?*+": "", "a+": "aa", "x{2}": "xx", "^$": "", "\\d": "1", "a\\": "a"}
    for text, near_miss in near_misses.items():
        assert re.fullmatch(escape_literal(text), text), text
        assert not re.fullmatch(escape_literal(text), near_miss), text


def test_an_escaped_literal_matches_exactly_itself_in_javascript() -> None:
    corpus = ["a.b", "(x)", "[y]", "{0}", "$1^", "a|b", "back\\slash", "/slash/", "?*+", "tab\t", "é \U0001F680", "it's", "a-b"]
    program = (
        f"const cases = {json.dumps([[escape_literal(text), text] for text in corpus])};\n"
        "const near = (t) => [t + 'x', 'x' + t, t.slice(0, -1), 'q' + t.slice(1)].filter((n) => n !== t);\n"
        "process.stdout.write(JSON.stringify(cases.map(([p, t]) => new RegExp('^' + p + '$').test(t)"
        " && near(t).every((n) => !new RegExp('^' + p + '$').test(n)))));"
    )
    result = subprocess.run(["node", "-e", program], capture_output=True, text=True, check=True)
    assert json.loads(result.stdout) == [True] * len(corpus)


def test_a_template_becomes_one_group_per_placeholder_shaped_by_its_kind() -> None:
    variant = MessageVariant(
        id="BORROW",
        message="Your remaining available borrowing: {1}{0}",
        placeholders=(Placeholder("{1}", "amount", "number"), Placeholder("{0}", "currency", "currency")),
    )
    pattern = message_pattern(variant)
    # A currency right after a number starts with a letter: the split is forced, so matching stays linear.
    assert pattern == "^Your remaining available borrowing: " + KIND_PATTERNS["number"] + TOUCHING_KIND_PATTERNS[("number", "currency")] + "$"
    found = re.match(pattern, "Your remaining available borrowing: 1.5BTC")
    assert found is not None and found.groups() == ("1.5", "BTC")
    assert re.match(pattern, "Your remaining available borrowing: 15") is None


def test_default_kinds_follow_the_token() -> None:
    variant = MessageVariant(id="V", message="Symbol XXX-XXX in XX: xxx", placeholders=(Placeholder("XXX-XXX", "symbol"), Placeholder("XX", "currency"), Placeholder("xxx", "reason")))
    assert message_pattern(variant) == "^Symbol " + KIND_PATTERNS["symbol"] + " in " + KIND_PATTERNS["currency"] + ": " + KIND_PATTERNS["text"] + "$"


def test_only_variants_with_placeholders_get_a_pattern() -> None:
    plain = MessageVariant(id="PLAIN", message="Balance insufficient")
    templated = MessageVariant(id="MAX", message="The maximum order price is: xxx", placeholders=(Placeholder("xxx", "max_price", "number"),))
    entry = ErrorEntry(code=1, name="E", category="invalid_order", retry=RetryAdvice("fix_request"), variants=(plain, templated))
    assert message_pattern(plain) is None
    assert [index for index, _ in entry_patterns(entry)] == [1]


def test_a_template_is_compiled_from_its_normalised_text() -> None:
    variant = MessageVariant(
        id="CLOSE",
        message="Current  bankruptcy\tprice: {0}. ",
        placeholders=(Placeholder("{0}", "bankruptcy_price", "number"),),
    )
    pattern = message_pattern(variant)
    assert pattern == "^Current bankruptcy price: " + KIND_PATTERNS["number"] + "$"
    for message in ("Current bankruptcy price: 123", "Current  bankruptcy price: 123.", "  Current bankruptcy\u00a0price:\n123 . !"):
        found = re.match(pattern, normalise(message))
        assert found is not None and found.groups() == ("123",), message


def test_normalising_collapses_white_space_trims_and_drops_trailing_stops_but_keeps_case() -> None:
    assert normalise("\u3000 Balance \t\u2028 INSUFFICIENT . ! ") == "Balance INSUFFICIENT"
    assert normalise("a\x1cb\ufeffc") == "a\x1cb\ufeffc"


def test_white_space_is_the_same_set_of_characters_in_python_and_javascript() -> None:
    every = "".join(chr(point) for point in range(0x3001) if not 0xD800 <= point <= 0xDFFF) + "\ufeff"
    python = "".join(re.findall(WHITESPACE_RUN, every))
    program = f"const m = {json.dumps(every)}.match(new RegExp({json.dumps(WHITESPACE_RUN)}, 'g')); process.stdout.write(JSON.stringify(m.join('')));"
    javascript = json.loads(subprocess.run(["node", "-e", program], capture_output=True, text=True, check=True).stdout)
    assert python == javascript == WHITESPACE
    assert "\x1c" not in WHITESPACE and "\ufeff" not in WHITESPACE and "\x85" in WHITESPACE


def test_python_str_split_splits_on_white_space_and_the_information_separators_only() -> None:
    # The generated Python binding normalises with str.split() when U+001C..U+001F are absent.
    splitting = {chr(point) for point in range(0x110000) if len(f"a{chr(point)}b".split()) == 2}
    assert splitting == set(WHITESPACE) | {"\x1c", "\x1d", "\x1e", "\x1f"}


def test_a_message_key_ignores_what_the_bindings_ignore_and_nothing_more() -> None:
    assert message_key("Balance  insufficient!") == message_key(" balance insufficient.") == "balance insufficient"
    assert message_key("\u212a") != message_key("k")  # the Kelvin sign is not an ASCII K
    assert message_key("Balance insufficient") != message_key("Balance sufficient")


def test_normalising_trims_only_white_space_at_the_start() -> None:
    assert normalise(" \u3000XXX-XXX is not tradable.") == "XXX-XXX is not tradable"
    assert normalise("\x1c\x1d\x1e\x1f x") == "\x1c\x1d\x1e\x1f x"


def test_a_variant_whose_placeholders_do_not_match_its_message_gets_no_pattern() -> None:
    import pytest  # noqa: PLC0415

    for message in ("Limit {0} and xxx", "No placeholder here"):
        variant = MessageVariant(id="V", message=message, placeholders=(Placeholder("{0}", "limit", "number"),))
        with pytest.raises(ValueError):
            message_pattern(variant)


def test_a_message_that_starts_with_a_placeholder_matches_any_value_there_and_nothing_without_one() -> None:
    pattern = message_pattern(MessageVariant("UNSUPPORTED", "{0} is not supported", placeholders=(Placeholder("{0}", "currency", "currency"),)))
    assert pattern is not None
    assert re.fullmatch(pattern, "BTC is not supported")
    assert not re.fullmatch(pattern, " is not supported")
    assert not re.fullmatch(pattern, "BTC is supported")


def test_the_patterns_of_an_entry_asked_for_again_are_the_same() -> None:
    entry = ErrorEntry(
        300000, "ORDER_TOO_SMALL", "bad_request", RetryAdvice("fix_request"),
        (MessageVariant("PLAIN", "Order too small"), MessageVariant("MINIMUM", "Order below {0} USDT", placeholders=(Placeholder("{0}", "minimum", "number"),))),
    )
    first = entry_patterns(entry)
    again = entry_patterns(entry)
    assert again == first
    assert [index for index, _ in again] == [1]
    assert re.fullmatch(again[0][1], "Order below 10.5 USDT") and not re.fullmatch(again[0][1], "Order below USDT")
