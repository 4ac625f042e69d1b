"""What an output target is, and the registry of targets.

A target is a plugin: its template folder, its static runtime sources, its
own filters and context, the language whose reserved words the catalogue's
names must avoid, and how its output is read back for the round-trip tests.
``register`` adds one; the built-in targets (``codegen.targets``) register
themselves the first time the registry is read. Adding a target touches no
other module.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from codegen.model import Catalog

Context = Mapping[str, Any]
#: Reads a target's output back as catalogue data: ``(output folder, scratch folder) -> dump``.
RoundTrip = Callable[[Path, Path], dict[str, Any]]


#: The place in an ``Output`` path that each item of a per-item output fills.
ITEM = "{item}"


@dataclass(frozen=True)
class Output:
    """One file of a target: the template that renders it and its path under the output folder.

    With ``each``, the template renders one file per item the catalogue gives (``each(catalog)``), each at
    ``path`` with ``{item}`` replaced by the item, which the template sees as ``item``.
    """

    template: str
    path: str
    each: Callable[[Catalog], Sequence[str]] | None = None

    def paths(self, catalog: Catalog) -> list[tuple[str, str | None]]:
        """(path, item) of every file this output renders for ``catalog`` (item None for a single file)."""
        if self.each is None:
            return [(self.path, None)]
        return [(self.path.replace(ITEM, item), item) for item in self.each(catalog)]


@dataclass(frozen=True)
class Language:
    """A programming language the generated identifiers must be valid in: its name and reserved-word file.

    The file holds one word a line; blank lines and lines starting with ``#`` are skipped.
    """

    name: str
    reserved_words_file: Path

    @property
    def reserved_words(self) -> frozenset[str]:
        """The words a generated identifier may not be in this language."""
        return _read_words(self.reserved_words_file)


@cache
def _read_words(path: Path) -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _no_context(context: Context) -> dict[str, Any]:
    return {}


def run_dumper(command: Sequence[str | Path], failure: str, **options: Any) -> dict[str, Any]:
    """Run a round-trip dumper and return the catalogue data it prints as JSON; RuntimeError naming ``failure`` when it fails."""
    import subprocess  # only the round-trip tests run a dumper: a generate does not pay for the import

    result = subprocess.run([str(part) for part in command], capture_output=True, check=False, **options)
    if result.returncode != 0:
        raise RuntimeError(f"{failure}: {result.stderr.decode('utf-8', 'replace')}")
    dumped: dict[str, Any] = json.loads(result.stdout.decode("utf-8"))
    return dumped


@dataclass(frozen=True)
class Target:
    """An output target: ``template_dir`` renders ``outputs``; templates include ``runtime_dir``'s sources verbatim."""

    name: str
    template_dir: Path
    outputs: tuple[Output, ...]
    runtime_dir: Path | None = None
    filters: Mapping[str, Callable[..., Any]] = field(default_factory=dict)
    #: What this target's templates see besides the shared context.
    context: Callable[[Context], dict[str, Any]] = _no_context
    language: Language | None = None
    round_trip: RoundTrip | None = None
    #: A user's template folder, searched before ``template_dir``; a target with one renders in Jinja's sandbox.
    override_dir: Path | None = None
    #: The package folder or module file stem in ``outputs`` that ``[tool.codegen] names`` may rename.
    module_name: str | None = None


_REGISTRY: dict[str, Target] = {}


def register(target: Target) -> Target:
    """Add ``target`` to the registry (replacing one of the same name) and return it."""
    _REGISTRY[target.name] = target
    return target


def unregister(name: str) -> None:
    """Remove the target ``name`` from the registry, if it is there."""
    _REGISTRY.pop(name, None)


def registered_targets() -> tuple[Target, ...]:
    """Every registered target, the built-in ones first, in registration order."""
    importlib.import_module("codegen.targets")
    return tuple(_REGISTRY.values())


def languages(targets: tuple[Target, ...] | None = None) -> tuple[Language, ...]:
    """The languages of ``targets`` (default: every registered target), each once."""
    found: dict[str, Language] = {}
    for target in registered_targets() if targets is None else targets:
        if target.language is not None:
            found.setdefault(target.language.name, target.language)
    return tuple(found.values())
