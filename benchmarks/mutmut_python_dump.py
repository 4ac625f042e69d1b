"""pytest plugin for mutation runs (benchmarks/mutation.py): the Python round trip's dumper in the test's own process.

The Python target's round trip runs ``codegen/targets/python_dump.py`` in a fresh ``python -I -S``, where mutmut
can neither switch mutants nor see which tests reach which function (nor import its trampolines, with the
site folder off). With ``-p benchmarks.mutmut_python_dump`` the target's dumper runs that script in process
instead, under its module name, with the generated package imported afresh and forgotten afterwards: the same
JSON, or a RuntimeError naming the failure as the subprocess gives.
"""

from __future__ import annotations

import contextlib
import io
import json
import runpy
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

import codegen.targets.python

_PACKAGE = "kucoin_errors"


def _forget_package() -> dict[str, Any]:
    """Take the generated package's modules out of ``sys.modules`` and return them."""
    return {name: sys.modules.pop(name) for name in [name for name in sys.modules if name.split(".")[0] == _PACKAGE]}


def run_dumper_in_process(command: Sequence[str | Path], failure: str, **options: Any) -> dict[str, Any]:
    """``run_dumper`` for python_dump.py: the script run with runpy; any other dumper as before."""
    script = Path(command[-2])
    if script.name != "python_dump.py":
        return _ORIGINAL(command, failure, **options)
    saved_path, saved_argv = sys.path[:], sys.argv
    kept = _forget_package()
    out = io.StringIO()
    sys.argv = [str(script), str(command[-1])]
    try:
        with contextlib.redirect_stdout(out):
            runpy.run_path(str(script), run_name="codegen.targets.python_dump")
    except Exception as error:  # noqa: BLE001 (the subprocess fails on any exception the same way)
        raise RuntimeError(f"{failure}: {error!r}") from error
    finally:
        sys.path[:], sys.argv = saved_path, saved_argv
        _forget_package()
        sys.modules.update(kept)
    dumped: dict[str, Any] = json.loads(out.getvalue())
    return dumped


_ORIGINAL = codegen.targets.python.run_dumper


@pytest.hookimpl(trylast=True)
def pytest_configure(config: pytest.Config) -> None:  # noqa: ARG001 (the hook's signature)
    codegen.targets.python.run_dumper = run_dumper_in_process
