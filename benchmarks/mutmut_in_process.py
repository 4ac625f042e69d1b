"""pytest plugin for mutation runs (benchmarks/mutation.py): ``python -m codegen`` in the test's own process.

The tests run the command line in a subprocess (tests.conftest.run_codegen), where mutmut can neither
switch mutants per test nor see which tests reach which function. With ``-p benchmarks.mutmut_in_process``
every module that uses run_codegen gets one that calls codegen.cli.main in process instead, with the same
arguments, working folder and result (a CompletedProcess with the exit status, stdout and stderr).
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

import tests.conftest


def run_codegen_in_process(*args: str | Path, cwd: Path = tests.conftest.ROOT) -> subprocess.CompletedProcess[str]:
    from codegen.cli import main  # noqa: PLC0415 (the module under mutation, imported where mutmut has put it)

    argv = [str(arg) for arg in args]
    out, err = io.StringIO(), io.StringIO()
    previous = Path.cwd()
    os.chdir(cwd)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                status = main(argv)
            except SystemExit as exit_:
                status = exit_.code if isinstance(exit_.code, int) else 1
    finally:
        os.chdir(previous)
    return subprocess.CompletedProcess([sys.executable, "-m", "codegen", *argv], status, out.getvalue(), err.getvalue())


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    original = tests.conftest.run_codegen
    tests.conftest.run_codegen = run_codegen_in_process
    for module in {item.module for item in items if isinstance(item, pytest.Function) and item.module is not None}:
        if getattr(module, "run_codegen", None) is original:
            module.run_codegen = run_codegen_in_process
