"""Differential fuzzing: a seeded corpus of generated responses, decided by every binding, compared field by field.

Each run draws the same corpus from its seed: every catalogue message with
changes of case, spacing and trailing punctuation and with its placeholders
filled; messages without a code and batch items; random JSON bodies and codes;
truncated, deeply nested and HTML bodies; headers of odd shapes and values.
"""

from __future__ import annotations

import base64
import json
import random
from collections.abc import Callable
from typing import Any

import pytest

from codegen import wire
from tests.bindings import runner_names
from tests.test_responses import kucoin_errors, run_python

SEED = 20_261_129
CORPUS_SIZE = 24_000
STATUSES = [200, 400, 401, 403, 404, 415, 418, 429, 500, 502, 503, 504]
ODD_TEXTS = ["", " ", "\u00a0", "\x1c", "\ufeff", "\u2028", "\U0001f600", "\u212a", "\u017f", "\u0661", "é", "中文", "\\", '"', "{", "[", "NaN"]
VALUES = {
    "number": lambda rng: rng.choice(["1", "0.5", "-2", "123.45", "10000000", "\u0661"]),
    "currency": lambda rng: rng.choice(["BTC", "USDT", "1INCH", "eth", "X"]),
    "symbol": lambda rng: rng.choice(["BTC-USDT", "ETH-BTC", "A-B"]),
    "text": lambda rng: rng.choice(["some value", "x", "a b  c", "\U0001f600"]),
}


def _respell(rng: random.Random, text: str) -> str:
    """``text`` with changes the bindings must ignore (ASCII case, runs of white space, trailing stops), and sometimes one they must not."""
    out = []
    for char in text:
        if char == " " and rng.random() < 0.3:
            out.append("".join(rng.choice(wire.WHITESPACE) for _ in range(rng.randint(1, 3))))
        elif char.isascii() and char.isalpha() and rng.random() < 0.2:
            out.append(char.swapcase())
        else:
            out.append(char)
    respelled = "".join(out)
    if rng.random() < 0.3:
        respelled += rng.choice([".", "!", " .", "..", "\t"])
    if rng.random() < 0.1:
        position = rng.randint(0, len(respelled))
        respelled = respelled[:position] + rng.choice(ODD_TEXTS) + respelled[position:]
    return respelled


def _filled(rng: random.Random, variant: Any) -> str:
    message: str = variant.message
    for placeholder in variant.placeholders:
        message = message.replace(placeholder.token, VALUES[placeholder.value_kind](rng), 1)
    return message


def _code(rng: random.Random, code: int) -> Any:
    return rng.choice([str(code), code, float(code), str(code), f" {code}", f"0{code}", code + 0.5])


def _headers(rng: random.Random) -> Any:
    value = rng.choice(["1500", " 250 ", "0", "12.5", "-1", "\u0661\u0662", "", "99999999999999999999999", "abc"])
    name = rng.choice(["gw-ratelimit-reset", "GW-RateLimit-Reset", "gw-ratelimit-remaining", "x-other"])
    return rng.choice([None, {name: value}, [[name, value]], {name: [value, "7"]}, {}])


def _body(rng: random.Random, document: Any) -> dict[str, Any]:
    text = json.dumps(document, ensure_ascii=rng.random() < 0.5)
    form = rng.random()
    if form < 0.4:
        return {"kind": "text", "value": text}
    if form < 0.7:
        return {"kind": "bytes", "value": base64.b64encode(text.encode("utf-8")).decode()}
    return {"kind": "json", "value": document}


def _catalogue_message(rng: random.Random, domains: list[str]) -> dict[str, Any]:
    domain = rng.choice(domains)
    member = rng.choice(list(kucoin_errors.ERROR_CODES[domain]))
    variant = rng.choice(member.info.variants)
    message = _respell(rng, rng.choice([_filled(rng, variant), variant.documented_text, variant.key or variant.message]))
    document: dict[str, Any] = {"msg": message} if rng.random() < 0.15 else {"code": _code(rng, member.value), "msg": message}
    if rng.random() < 0.1:
        document = {"code": "200000", "data": [{"success": False, "failMsg": message}, {"success": True}]}
        return {"batch": True, "domain": rng.choice(domains), "body": _body(rng, document)}
    return _response(rng, rng.choice(domains), document)


def _template_message(rng: random.Random, domains: list[str]) -> dict[str, Any]:
    templates = [(domain, member, variant) for domain in domains for member in kucoin_errors.ERROR_CODES[domain] for variant in member.info.variants if variant.placeholders]
    domain, member, variant = rng.choice(templates)
    message = _respell(rng, _filled(rng, variant))
    document: dict[str, Any] = {"msg": message} if rng.random() < 0.2 else {"code": _code(rng, member.value), "msg": message}
    return _response(rng, domain, document)


def _response(rng: random.Random, domain: str, document: Any) -> dict[str, Any]:
    case = {"domain": domain, "status": rng.choice(STATUSES), "body": _body(rng, document), "headers": _headers(rng)}
    if rng.random() < 0.3:
        case["retry_headers"] = _headers(rng)
    return case


def _success_with_a_message(rng: random.Random, domains: list[str]) -> dict[str, Any]:
    """A success code carrying a message: a catalogued one (a failure under the success code), or any other; or a listed failure without a number."""
    if rng.random() < 0.5:
        return _unnumbered(rng, domains)
    domain = rng.choice(domains)
    member = rng.choice(list(kucoin_errors.ERROR_CODES[domain]))
    variant = rng.choice(member.info.variants)
    message = rng.choice([variant.message, *variant.aliases, _respell(rng, variant.message), "success", ""])
    return _response(rng, domain, {"code": rng.choice(["200000", 200000, "200"]), "msg": message, "data": None})


def _unnumbered(rng: random.Random, domains: list[str]) -> dict[str, Any]:
    """A string code or a failure under the success code that a domain lists: as listed or respelled, in its domain or another."""
    listed = [(domain, item) for domain in domains for item in (*kucoin_errors.STRING_CODES[domain].values(), *kucoin_errors.FAILURES_UNDER_SUCCESS[domain])]
    home, item = rng.choice(listed)
    domain = home if rng.random() < 0.8 else rng.choice(domains)
    document: dict[str, Any]
    if item.code is not None:
        document = {"code": item.code if rng.random() < 0.7 else _respell(rng, item.code), "msg": rng.choice([item.code, "", "gone"])}
        if rng.random() < 0.15:
            return {"batch": True, "domain": domain, "body": _body(rng, {"code": "200000", "data": [document, {"code": "200000", "msg": item.code}]})}
    else:
        message = item.message if rng.random() < 0.5 else _respell(rng, item.message)
        document = {"success": True, "msg": message} if rng.random() < 0.2 else {"code": rng.choice(["200000", 200000, "200", "400100"]), "msg": message}
    return _response(rng, domain, document)


def _random_body(rng: random.Random, domains: list[str]) -> dict[str, Any]:
    code = rng.choice([None, True, 0, -0.0, 1e21, 2**31, 2**31 - 1, 200000, "200000", "200", 200, "abc", "order_not_exist", "", 1015, 429000, 3.5, "1e3"])
    document: dict[str, Any] = {"code": code, "msg": rng.choice([*ODD_TEXTS, None, 5]), "data": rng.choice([None, [], {}, "x"])}
    if rng.random() < 0.3:
        document["success"] = rng.choice([True, False, "true"])
    return _response(rng, rng.choice(domains), {key: value for key, value in document.items() if rng.random() < 0.8})


def _damaged_body(rng: random.Random, domains: list[str]) -> dict[str, Any]:
    domain = rng.choice(domains)
    member = rng.choice(list(kucoin_errors.ERROR_CODES[domain]))
    text = json.dumps({"code": str(member.value), "msg": member.info.variants[0].message})
    kind = rng.randrange(4)
    if kind == 0:
        text = text[: rng.randint(0, len(text))]
    elif kind == 1:
        depth = rng.choice([wire.MAX_JSON_DEPTH - 2, wire.MAX_JSON_DEPTH - 1, wire.MAX_JSON_DEPTH, wire.MAX_JSON_DEPTH + 5])
        text = '{"code":"200000","data":' + "[" * depth + "]" * depth + "}"
    elif kind == 2:
        separator = rng.choice([" ", "-", "", "\U0001f600", "\u00e9", "\n", "  "])
        text = rng.choice(["<html><title>Error 1015</title>", "error code: 1015 ", "<p>", "1015"]) + f"You are being rate{separator}limited" * rng.randint(0, 1)
    else:
        text = "".join(rng.choice(ODD_TEXTS + ["a", " ", "<", "}"]) for _ in range(rng.randint(0, 600)))
    return {"domain": domain, "status": rng.choice(STATUSES), "body": {"kind": "text", "value": text}, "headers": _headers(rng)}


def corpus(seed: int = SEED, size: int = CORPUS_SIZE) -> list[dict[str, Any]]:
    """The seeded corpus: catalogue messages (respelled, filled templates, under the success code), listed string codes and
    failures under success, random, damaged and HTML bodies."""
    rng = random.Random(seed)
    domains = list(kucoin_errors.ERROR_CODES)
    makers: list[Callable[[random.Random, list[str]], dict[str, Any]]] = [_catalogue_message, _catalogue_message, _template_message, _success_with_a_message, _random_body, _damaged_body]
    return [rng.choice(makers)(rng, domains) for _ in range(size)]


def test_the_corpus_is_the_same_for_the_same_seed() -> None:
    assert corpus(7, 300) == corpus(7, 300)
    assert corpus(7, 300) != corpus(8, 300)


@pytest.fixture(scope="module")
def seeded_corpus() -> tuple[list[dict[str, Any]], list[Any]]:
    """The corpus and the Python binding's outcomes, the reference every other binding is held to."""
    cases = corpus()
    return cases, [run_python(case) for case in cases]


def test_the_corpus_reaches_every_kind_of_decision(seeded_corpus: tuple[list[dict[str, Any]], list[Any]]) -> None:
    # So that agreement on it means something.
    decided = [outcome for outcome in seeded_corpus[1] if isinstance(outcome, dict)]
    assert {outcome.get("match") for outcome in decided} >= {"exact", "template", "code_only", "unknown", None}
    assert sum(1 for outcome in decided if outcome.get("match") == "template") > 1_500
    named = {tuple(outcome["unnumbered"]) for outcome in decided if "unnumbered" in outcome}
    assert named == {("spot", "ORDER_NOT_EXIST"), ("spot", "FUNDS_OUT_TRANSFER_LIMIT_EXCEEDED"), ("futures", "POSITION_NOT_FOUND")}


@pytest.mark.parametrize("binding", runner_names())
def test_every_binding_makes_the_same_decision_on_the_seeded_corpus(binding: str, binding_deciders: Any,
                                                                    seeded_corpus: tuple[list[dict[str, Any]], list[Any]]) -> None:
    cases, python = seeded_corpus
    theirs = binding_deciders(binding)(cases)
    assert len(python) == len(theirs) == CORPUS_SIZE
    disagreements = [(index, cases[index], ours, other) for index, (ours, other) in enumerate(zip(python, theirs, strict=True)) if ours != other]
    assert disagreements[:5] == [], f"{binding}: {len(disagreements)} of {CORPUS_SIZE} responses decided differently"
