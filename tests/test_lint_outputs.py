"""The generated bindings are lint-clean with the project's pinned linters and formatters, for the real and the awkward catalogue."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from codegen.catalog import LoadedCatalog
from tests.conftest import ROOT

RUFF_GENERATED = ROOT / "tests" / "lint" / "ruff-generated.toml"


def _ruff(*arguments: str | Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "ruff", *map(str, arguments), "--no-cache", "--config", str(RUFF_GENERATED)]
    return subprocess.run(command, capture_output=True, text=True, check=False)


def test_generated_python_passes_ruff_check_with_the_broad_rule_set(generated: tuple[LoadedCatalog, Path]) -> None:
    _, out_dir = generated
    result = _ruff("check", out_dir / "python" / "kucoin_errors")
    assert result.returncode == 0, result.stdout + result.stderr


def test_generated_python_is_as_ruff_format_writes_it(generated: tuple[LoadedCatalog, Path]) -> None:
    _, out_dir = generated
    result = _ruff("format", "--diff", out_dir / "python" / "kucoin_errors")
    assert result.returncode == 0, result.stdout + result.stderr
