"""Matching stays linear: a 1 MB message and a 10,000-item batch go through every binding within a generous timeout.

No timing is asserted: a run that does not finish within TIMEOUT seconds fails
the test, where quadratic matching took minutes.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import GENERATED_DIR, compile_typescript_commonjs

TIMEOUT = 120
PREFIX = "The maximum borrowing amount has been exceeded. Your remaining available borrowing: "
# Digits with no currency after them: every split of the digits was tried by the old pattern.
HUGE = PREFIX + "9" * 1_000_000 + "!"
BATCH = {"code": "200000", "data": [{"success": False, "failMsg": PREFIX + "9" * 5_000 + "?"} for _ in range(10_000)]}
PYTHON = """
import json, sys
sys.path.insert(0, sys.argv[1])
import kucoin_errors as k
huge, batch = json.load(sys.stdin)
info = k.parse_response(400, {"code": "130203", "msg": huge}, domain="margin")
failures = k.batch_failures(batch, domain="margin")
print(json.dumps([info.code, info.match, len(failures), failures[0][1].code, failures[-1][1].match]))
"""
NODE = """
const k = require(process.argv[1]);
let input = "";
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const [huge, batch] = JSON.parse(input);
  const { error } = k.parseKucoinResponse("margin", 400, { code: "130203", msg: huge });
  const failures = k.batchFailures("margin", batch);
  console.log(JSON.stringify([error.code, error.match, failures.length, failures[0].error.code, failures[failures.length - 1].error.match]));
});
"""
EXPECTED = [130203, "code_only", 10_000, None, "unknown"]


@pytest.mark.slow
def test_python_matches_a_megabyte_message_and_a_large_batch_in_linear_time() -> None:
    result = subprocess.run([sys.executable, "-c", PYTHON, str(GENERATED_DIR / "python")], input=json.dumps([HUGE, BATCH]),
                            capture_output=True, text=True, check=True, timeout=TIMEOUT)
    assert json.loads(result.stdout) == EXPECTED


@pytest.mark.slow
def test_typescript_matches_a_megabyte_message_and_a_large_batch_in_linear_time(tmp_path: Path) -> None:
    compiled = compile_typescript_commonjs(GENERATED_DIR / "typescript" / "kucoin-errors.ts", tmp_path)
    result = subprocess.run(["node", "-e", NODE, str(compiled)], input=json.dumps([HUGE, BATCH]),
                            capture_output=True, text=True, check=True, timeout=TIMEOUT)
    assert json.loads(result.stdout) == EXPECTED


@pytest.mark.slow
def test_rust_matches_a_megabyte_message_and_a_large_batch_in_linear_time(binding_deciders: Any) -> None:
    cases = [
        {"domain": "margin", "status": 400, "body": {"kind": "json", "value": {"code": "130203", "msg": HUGE}}, "headers": None},
        {"batch": True, "domain": "margin", "body": {"kind": "json", "value": BATCH}},
    ]
    info, failures = binding_deciders("rust")(cases)
    assert [info["code"], info["match"], len(failures), failures[0][1]["code"], failures[-1][1]["match"]] == EXPECTED
