"""The Java binding, compiled with javac (warnings as errors) beside a runner in its package, run over all cases at once."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from codegen.targets.java import compile_java, package_sources
from tests.bindings import Decide
from tests.conftest import GENERATED_DIR

RUNNER = Path(__file__).resolve().parent / "java_runner" / "ParseResponses.java"


def build(scratch: Path) -> Decide:
    classes = scratch / "classes"
    compile_java([*package_sources(GENERATED_DIR), RUNNER], classes)

    def decide(cases: list[dict[str, Any]]) -> list[Any]:
        result = subprocess.run(["java", "-Xss16m", "-cp", str(classes), "kucoinerrors.ParseResponses"], input=json.dumps(cases).encode(),
                                capture_output=True, check=False)
        assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
        outcomes: list[Any] = json.loads(result.stdout.decode("utf-8"))
        return outcomes

    return decide
