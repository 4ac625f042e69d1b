"""The TypeScript binding, compiled to CommonJS with the project's tsc and run in Node over all cases at once."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from tests.bindings import Decide
from tests.conftest import GENERATED_DIR, ROOT, compile_typescript_commonjs

RUNNER = ROOT / "tests" / "dumpers" / "parse_responses.cjs"


def build(scratch: Path) -> Decide:
    module = compile_typescript_commonjs(GENERATED_DIR / "typescript" / "kucoin-errors.ts", scratch)

    def decide(cases: list[dict[str, Any]]) -> list[Any]:
        result = subprocess.run(["node", str(RUNNER), str(module)], input=json.dumps(cases), capture_output=True, text=True, encoding="utf-8", check=False)
        assert result.returncode == 0, result.stderr
        outcomes: list[Any] = json.loads(result.stdout)
        return outcomes

    return decide
