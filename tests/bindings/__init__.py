"""The bindings the agreement tests run, one module each, found by name.

A runner module here defines ``build(scratch: Path) -> Decide``: it builds its
binding from ``generated/`` once (compiling it in ``scratch``) and returns a
function that decides a list of cases, each as ``tests/test_responses.py``
describes it, into outcomes of the same shape as ``run_python`` gives. The
agreement tests compare every runner with the Python binding, so adding a
language is adding a module here; nothing else in the tests changes.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

Decide = Callable[[list[dict[str, Any]]], list[Any]]


def runner_names() -> list[str]:
    """The bindings with a runner, in name order (Python, the reference, has none)."""
    return sorted(module.name for module in pkgutil.iter_modules(__path__) if not module.name.startswith("_"))


def build(name: str, scratch: Path) -> Decide:
    """Build the binding ``name`` in ``scratch`` and return its decider."""
    module = importlib.import_module(f"{__name__}.{name}")
    decide: Decide = module.build(scratch)
    return decide
