"""The Rust binding: the generated crate built with a runner program (tests/dumpers/rust_responses.rs), all cases in one process."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from codegen.targets.rust import build_rust_program
from tests.bindings import Decide
from tests.conftest import GENERATED_DIR, ROOT

RUNNER = ROOT / "tests" / "dumpers" / "rust_responses.rs"


def build(scratch: Path) -> Decide:
    executable = build_rust_program(GENERATED_DIR / "rust", RUNNER, scratch)

    def decide(cases: list[dict[str, Any]]) -> list[Any]:
        result = subprocess.run([str(executable)], input=json.dumps(cases), capture_output=True, text=True, encoding="utf-8", check=False)
        assert result.returncode == 0, result.stderr
        outcomes: list[Any] = json.loads(result.stdout)
        return outcomes

    return decide
