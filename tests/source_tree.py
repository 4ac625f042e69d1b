"""A copy of the project's source, as a build or a hook repository sees it, and an environment for processes outside this one."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from tests.conftest import ROOT

#: What is not source: the ignore list of .gitignore, and git's own folder.
NOT_SOURCE = shutil.ignore_patterns(
    ".git", ".venv", "node_modules", "__pycache__", "*.egg-info", "build", "dist", ".pytest_cache", ".mypy_cache", ".hypothesis", ".codegen-tmp-*",
)


def copy_source_tree(destination: Path) -> Path:
    """The project's files (the working tree, changes included) copied to ``destination``, without build or tool leftovers."""
    shutil.copytree(ROOT, destination, ignore=NOT_SOURCE)
    return destination


def clean_environment(**extra: str) -> dict[str, str]:
    """This process's environment without what points Python at this project or its virtual environment."""
    environment = {name: value for name, value in os.environ.items() if name not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP")}
    return {**environment, **extra}
