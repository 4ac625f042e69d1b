"""The Go binding: the generated module built with a small runner program (tests/go/runner), run over all cases at once.

Go's API takes headers as ``http.Header``; the Python shapes of headers a case may carry (a mapping, pairs,
a list as a value, a number, a string) are read here into the [name, value] pairs the runner adds in order,
with the lookup order of the Python binding: the exact lower-case name of a mapping first, then every pair in
order. A value that is not text (a number, an empty list) becomes "", which no binding reads as milliseconds.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

from codegen.targets.go import MODULE_DIR, MODULE_PATH, go_environment, go_tool
from codegen.wire import RATE_LIMIT_RESET_HEADER
from tests.bindings import Decide
from tests.conftest import GENERATED_DIR, ROOT

RUNNER = ROOT / "tests" / "go" / "runner" / "main.go"


def build_runner(module_dir: Path, scratch: Path) -> Path:
    """Build the runner against the Go module in ``module_dir``; returns the executable."""
    program = scratch / "runner"
    program.mkdir(parents=True, exist_ok=True)
    (program / "go.mod").write_text(f"module runner\n\ngo 1.19\n\nrequire {MODULE_PATH} v0.0.0\n\nreplace {MODULE_PATH} => {module_dir.resolve()}\n", encoding="utf-8")
    shutil.copyfile(RUNNER, program / "main.go")
    executable = program / "runner"
    result = subprocess.run([go_tool(), "build", "-o", str(executable), "."], cwd=program, capture_output=True, text=True, check=False, env=go_environment(scratch))
    assert result.returncode == 0, result.stderr
    return executable


def _value_text(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        value = value[0] if value else None
    return value if isinstance(value, str) else ""


def header_pairs(headers: Any) -> list[list[str]] | None:
    """``headers`` of a case as [name, value] pairs in lookup order; None for no headers."""
    if headers is None:
        return None
    if isinstance(headers, dict):
        exact = headers.get(RATE_LIMIT_RESET_HEADER)
        first = [[RATE_LIMIT_RESET_HEADER, _value_text(exact)]] if exact is not None else []
        return first + [[name, _value_text(value)] for name, value in headers.items()]
    if isinstance(headers, list):
        return [[pair[0], _value_text(pair[1])] for pair in headers if isinstance(pair, list) and len(pair) == 2 and isinstance(pair[0], str)]
    return []


def runner_case(case: dict[str, Any]) -> dict[str, Any]:
    converted = {**case, "headers": header_pairs(case.get("headers"))}
    if "retry_headers" in case:
        converted.update(has_retry_headers=True, retry_headers=header_pairs(case["retry_headers"]))
    return converted


def build(scratch: Path) -> Decide:
    executable = build_runner(GENERATED_DIR / MODULE_DIR, scratch)

    def decide(cases: list[dict[str, Any]]) -> list[Any]:
        payload = json.dumps([runner_case(case) for case in cases])
        result = subprocess.run([str(executable)], input=payload, capture_output=True, text=True, encoding="utf-8", check=False)
        assert result.returncode == 0, result.stderr
        outcomes: list[Any] = json.loads(result.stdout)
        return outcomes

    return decide
