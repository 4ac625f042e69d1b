"""The TypeScript runtime (runtime/typescript/runtime.ts) as source: type-checked and unit-tested against hand-written data.

The fixture (tests/fixtures/typescript) stands in for the generated
declarations; no generator runs. The unit tests are tests/typescript/runtime.test.cjs.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from codegen.targets.typescript import without_source_only
from tests.conftest import NODE_BIN, ROOT, compile_typescript_commonjs

RUNTIME = ROOT / "runtime" / "typescript" / "runtime.ts"
FIXTURE = ROOT / "tests" / "fixtures" / "typescript" / "kucoin-errors-data.ts"
TYPESCRIPT_TESTS = ROOT / "tests" / "typescript"


def test_runtime_type_checks_as_source_with_the_strictest_options() -> None:
    result = subprocess.run([str(NODE_BIN / "tsc"), "-p", str(TYPESCRIPT_TESTS / "runtime.tsconfig.json")], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_runtime_passes_its_unit_tests_against_the_fixture(tmp_path: Path) -> None:
    module = tmp_path / "kucoin-errors.ts"
    module.write_text(without_source_only(FIXTURE.read_text(encoding="utf-8")) + without_source_only(RUNTIME.read_text(encoding="utf-8")), encoding="utf-8")
    compiled = compile_typescript_commonjs(module, tmp_path)
    result = subprocess.run(
        ["node", "--test", str(TYPESCRIPT_TESTS / "runtime.test.cjs")],
        capture_output=True, text=True, check=False, env={**os.environ, "KUCOIN_ERRORS_MODULE": str(compiled)},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    written = (TYPESCRIPT_TESTS / "runtime.test.cjs").read_text(encoding="utf-8").count('\ntest("')
    assert f"# pass {written}\n# fail 0" in result.stdout, result.stdout
