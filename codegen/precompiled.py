"""The built-in templates compiled ahead of time, shipped in ``codegen/_precompiled/<target>/<template>.py``.

Jinja turns a template's source into Python the first time it is loaded,
which on the real catalogue costs a third of a run. Each built-in template's
Python is kept beside the generator, so that Python caches its bytecode as
it does any module's (and a wheel's install compiles it with the rest).
Each file records the sha256 of the template source, the Jinja version and
the environment's options it was compiled for; a template whose source,
Jinja or options no longer match is compiled from its source as before, so a
stale file costs time, never a different output.

``python -m codegen.precompiled`` writes the files again (after changing a
template); ``--check`` exits 1 when one is stale or missing.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable, MutableMapping
from importlib.machinery import SourceFileLoader
from pathlib import Path
from types import CodeType
from typing import Any

import jinja2
from jinja2 import Environment, FileSystemLoader, Template

from codegen.resources import PACKAGE_DIR

#: ``<target>/<template name>.py`` of each built-in template.
PRECOMPILED_DIR = PACKAGE_DIR / "_precompiled"
_KEY_NAME = "PRECOMPILED_KEY"


def compile_key(environment: Environment, source: str) -> str:
    """What the compiled code of ``source`` depends on: its sha256, Jinja's version and the environment's syntax options."""
    options = (
        type(environment).__name__, environment.block_start_string, environment.block_end_string, environment.variable_start_string,
        environment.variable_end_string, environment.comment_start_string, environment.comment_end_string, environment.line_statement_prefix,
        environment.line_comment_prefix, environment.trim_blocks, environment.lstrip_blocks, environment.newline_sequence,
        environment.keep_trailing_newline, environment.optimized, environment.autoescape, sorted(environment.extensions),
    )
    return f"{hashlib.sha256(source.encode('utf-8')).hexdigest()} jinja2 {jinja2.__version__} {options!r}"


def module_text(environment: Environment, name: str, source: str) -> str:
    """The Python module of the template ``name``: Jinja's compiled code, after a line with its key."""
    code = environment.compile(source, name, raw=True)
    return f"# Compiled from the template {name} by codegen.precompiled; do not edit: run `python -m codegen.precompiled`.\n" \
           f"{_KEY_NAME} = {compile_key(environment, source)!r}\n{code}\n"


class PrecompiledLoader(FileSystemLoader):
    """A FileSystemLoader that takes a template's code from ``compiled_dir`` when it was compiled from the same source."""

    def __init__(self, searchpath: list[Path], compiled_dir: Path) -> None:
        super().__init__(searchpath)
        self.compiled_dir = compiled_dir

    def load(self, environment: Environment, name: str, globals: MutableMapping[str, Any] | None = None) -> Template:
        """The template ``name``, from its compiled module when that is current, else compiled from source."""
        source, filename, uptodate = self.get_source(environment, name)
        code = _compiled_code(self.compiled_dir / f"{name}.py", compile_key(environment, source))
        if code is None:
            return super().load(environment, name, globals)
        template = environment.template_class.from_code(environment, code, {} if globals is None else globals, uptodate)
        template.filename = filename  # tracebacks and errors name the template, not its compiled module
        return template


def _compiled_code(path: Path, key: str) -> CodeType | None:
    """The code of the compiled module at ``path`` (Python caches its bytecode) when its key is ``key``; else None."""
    try:
        name = f"codegen._precompiled.{path.parent.name}.{path.stem}"
        code = SourceFileLoader(name, str(path)).get_code(name)
    except (OSError, SyntaxError, ImportError, ValueError):
        return None
    if code is None or key not in code.co_consts:  # the key is the module's first constant
        return None
    return code


def _built_in_environments() -> list[tuple[str, Environment]]:
    from codegen.rendering import make_environment
    from codegen.target import registered_targets

    return [(target.name, make_environment(target)) for target in registered_targets() if target.override_dir is None]


def expected_files() -> dict[Path, str]:
    """The text of every compiled template file, by path."""
    files = {}
    for target_name, environment in _built_in_environments():
        loader = environment.loader
        assert isinstance(loader, FileSystemLoader)
        for name in loader.list_templates():
            if name.endswith(".j2"):
                source, _, _ = loader.get_source(environment, name)
                files[PRECOMPILED_DIR / target_name / f"{name}.py"] = module_text(environment, name, source)
    return files


def stale_files() -> list[Path]:
    """The compiled template files that are missing, out of date or of no template."""
    expected = expected_files()
    present = set(PRECOMPILED_DIR.rglob("*.py")) if PRECOMPILED_DIR.is_dir() else set()
    stale = [path for path, text in expected.items() if not path.is_file() or path.read_text(encoding="utf-8") != text]
    return sorted([*stale, *(present - set(expected))])


def write_files() -> list[Path]:
    """Write every stale compiled template file and remove those of no template; returns the paths changed."""
    expected = expected_files()
    changed = stale_files()
    for path in changed:
        if path in expected:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(expected[path], encoding="utf-8")
        else:
            path.unlink()
    return changed


def main(argv: list[str] | None = None, write: Callable[[str], object] = print) -> int:
    """``python -m codegen.precompiled [--check]``: 0 when the files are (now) current, 1 with --check when one is stale."""
    arguments = sys.argv[1:] if argv is None else argv
    if arguments not in ([], ["--check"]):
        write("usage: python -m codegen.precompiled [--check]")
        return 2
    if arguments == ["--check"]:
        stale = stale_files()
        for path in stale:
            write(f"{path.relative_to(PACKAGE_DIR.parent)}: stale; run `python -m codegen.precompiled`")
        return 1 if stale else 0
    changed = write_files()
    write(f"{len(changed)} compiled template file(s) written or removed in {PRECOMPILED_DIR.relative_to(PACKAGE_DIR.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
