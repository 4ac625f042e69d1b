"""The run cache: what a generate or ``--check`` would produce, so that a run whose inputs did not change does no work.

A run's key is the sha256 of everything its outputs depend on: the catalogue
files (their names and bytes, and the catalogue folder's name, which the
banners quote), each selected target's name, outputs, templates and runtime
files, the schema, the generator's own source, Jinja's version, the Python
version and the file size limit. The cache keeps, per key, the sha256 of each
output file. A run whose key is cached and whose output files all have those
hashes (and no temporary file of an interrupted run beside them) is done:
it reads no YAML and renders nothing, so it imports none of ruamel.yaml,
jsonschema or Jinja2. Any other run loads and renders as usual and stores its
outputs' hashes.

The cache lives in ``.codegen-cache/`` beside the output folder (git ignores
it; ``CODEGEN_CACHE`` names another folder, or ``off`` for none), with the
compiled templates in ``jinja/``. Each entry carries the sha256 of its own
content: an entry that is damaged, or not of its key, is never trusted, and
the run rebuilds it. Nothing in the cache is needed: a folder that cannot be
read or written only means the work is done again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

from codegen.fast_path import CACHE_FOLDER, CACHE_VARIABLE, cache_folder_of
from codegen.loading import CATALOG_GLOB, max_file_bytes
from codegen.resources import SCHEMA_PATH
from codegen.target import Target
from codegen.writing import Content, OutputError, encoded, find_leftovers, safe_output_path

#: How many entries a cache folder keeps (the most recently written).
KEEP = 16
#: Changes whenever the layout of an entry changes.
FORMAT = "codegen run cache 1"
_GENERATOR_DIR = Path(__file__).resolve().parent
_GENERATOR_SUFFIXES = (".py", ".txt", ".cjs")
#: The templates' compiled code, left out of the key: the templates are in it, and code not compiled from them is not used.
_PRECOMPILED = "_precompiled/"


def cache_folder(out_dir: Path) -> Path | None:
    """Where the cache of runs writing to ``out_dir`` lives; None when it is turned off."""
    folder = cache_folder_of(str(out_dir))
    return None if folder is None else Path(folder)


class RunCache:
    """The cache entry of one run: its key, and where the entry is kept."""

    def __init__(self, folder: Path, key: str, catalog_dir: Path, targets: tuple[Target, ...]) -> None:
        self.folder = folder
        self.key = key
        self.catalog_dir = catalog_dir
        self.targets = targets

    @classmethod
    def open(cls, catalog_dir: Path, out_dir: Path, targets: Iterable[Target]) -> RunCache | None:
        """The entry of a run; None when the cache is off or an input cannot be read as a plain file (the run reports it)."""
        folder = cache_folder(out_dir)
        if folder is None:
            return None
        selected = tuple(targets)
        key = run_key(catalog_dir, selected)
        return None if key is None else cls(folder, key, catalog_dir, selected)

    @property
    def path(self) -> Path:
        return self.folder / f"{self.key}.json"

    @property
    def bytecode_folder(self) -> Path:
        """Where Jinja keeps the compiled templates."""
        return self.folder / "jinja"

    def digests(self) -> dict[str, str] | None:
        """The sha256 of each output file, as stored for this key; None when there is no entry or it is damaged."""
        try:
            digest, _, body = self.path.read_bytes().partition(b"\n")
        except OSError:
            return None
        if digest.decode("ascii", "replace") != _sha256(body):
            return None
        try:
            entry = json.loads(body)
        except ValueError:
            return None
        files = entry.get("files") if isinstance(entry, dict) and entry.get("key") == self.key else None
        if not isinstance(files, dict) or not all(isinstance(value, str) for value in files.values()):
            return None
        return files

    def current_outputs(self, out_dir: Path) -> int | None:
        """How many output files there are, when every one is what this run would generate; else None."""
        digests = self.digests()
        if not digests:
            return None
        try:
            root = out_dir.resolve()
            paths = {relative: safe_output_path(out_dir, relative, root) for relative in digests}
        except (OutputError, OSError, RuntimeError):  # RuntimeError: a loop of symbolic links
            return None
        if find_leftovers(paths.values()):
            return None
        for relative, path in paths.items():
            try:
                if _sha256(path.read_bytes()) != digests[relative]:
                    return None
            except OSError:
                return None
        return len(digests)

    def store(self, files: Mapping[str, Content]) -> None:
        """Keep the hashes of ``files`` for this key, unless an input changed since the key was made; a cache that cannot be written is left as it is."""
        self.store_digests({path: output_digest(content) for path, content in files.items()})

    def store_digests(self, digests: Mapping[str, str]) -> None:
        """``store`` given each output's ``output_digest``."""
        if run_key(self.catalog_dir, self.targets) != self.key:
            return
        body = json.dumps({"key": self.key, "files": dict(digests)}, sort_keys=True).encode("utf-8")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            temporary = self.folder / f".tmp-{self.key}-{os.getpid()}"
            try:
                with temporary.open("wb") as stream:
                    stream.write(_sha256(body).encode("ascii") + b"\n" + body)
                os.rename(temporary, self.path)  # atomic; os.replace is left to the writer of the outputs
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
                raise
            _prune(self.folder)
        except OSError:
            return


def output_digest(content: Content) -> str:
    """The hash the cache keeps of one output file."""
    return _sha256(encoded(content))


def _prune(folder: Path) -> None:
    """Remove all but the KEEP most recent entries."""
    entries = sorted(folder.glob("*.json"), key=lambda path: path.stat().st_mtime, reverse=True)
    for old in entries[KEEP:]:
        with contextlib.suppress(OSError):
            old.unlink()


def _sha256(data: bytes | bytearray) -> str:
    return hashlib.sha256(data).hexdigest()


def _plain_file(path: str | Path, limit: int | None = None) -> bytes | None:
    """The bytes of a regular file that is not a symbolic link (nor over ``limit`` bytes, then not read); None for anything else."""
    try:
        info = os.lstat(path)
        if not stat.S_ISREG(info.st_mode) or (limit is not None and info.st_size > limit):
            return None
        with open(path, "rb") as stream:
            data = stream.read()
    except OSError:
        return None
    return data if limit is None or len(data) <= limit else None


def _folder_files(folder: Path | None) -> list[tuple[str, str]] | None:
    """Every file under ``folder`` outside ``__pycache__``, as (relative name, path), sorted by name; None when it
    cannot be listed (a folder that cannot be read, a file where the folder should be) or holds a symbolic link to a
    folder (whose files the key could not vouch for)."""
    found: list[tuple[str, str]] = []
    top = "" if folder is None else os.fspath(folder)

    def failed(error: OSError) -> None:
        raise error

    try:
        if folder is None or not os.path.exists(top):
            return []
        for root, folders, files in os.walk(top, onerror=failed):
            if "__pycache__" in folders:
                folders.remove("__pycache__")
            if any(os.path.islink(os.path.join(root, name)) for name in folders):
                return None
            relative = root[len(top) :].lstrip(os.sep).replace(os.sep, "/")
            prefix = relative + "/" if relative else ""
            found.extend((prefix + name, os.path.join(root, name)) for name in files if name != "__pycache__")
    except OSError:
        return None
    found.sort()
    return found


def _jinja_version_file() -> bytes:
    """The ``__init__.py`` of the Jinja2 the run would import (it holds the version), found on sys.path without importing it."""
    for entry in sys.path:
        data = _plain_file(Path(entry or ".") / "jinja2" / "__init__.py")
        if data is not None:
            return data
    return b""


def run_key(catalog_dir: Path, targets: tuple[Target, ...]) -> str | None:
    """The sha256 of everything the outputs of ``targets`` depend on; None when an input cannot be read as a plain file."""
    digest = hashlib.sha256()

    def add(label: str, data: bytes) -> None:
        digest.update(f"{label}\0{len(data)}\0".encode("utf-8", "surrogateescape"))
        digest.update(data)

    add("format", FORMAT.encode())
    add("python", sys.version.encode())
    limit = max_file_bytes()
    if isinstance(limit, str):
        return None
    add("limit", str(limit).encode())
    add("jinja2", _jinja_version_file())
    schema = _plain_file(SCHEMA_PATH)
    if schema is None:
        return None
    add("schema", schema)
    folders: list[tuple[str, Path | None]] = [("generator", _GENERATOR_DIR)]
    for target in targets:
        add("target", json.dumps([target.name, [[output.template, output.path] for output in target.outputs]]).encode())
        folders += [(f"templates {target.name}", target.template_dir), (f"runtime {target.name}", target.runtime_dir)]
        folders += [(f"user templates {target.name}", target.override_dir)] if target.override_dir is not None else []
    for label, folder in folders:
        files = _folder_files(folder)
        if files is None:
            return None
        for name, path in files:
            if label == "generator" and (not name.endswith(_GENERATOR_SUFFIXES) or name.startswith(_PRECOMPILED)):
                continue
            data = _plain_file(path)
            if data is None:
                return None
            add(f"{label}/{name}", data)
    try:
        add("catalogue", catalog_dir.resolve().name.encode("utf-8", "surrogateescape"))
        paths = sorted(catalog_dir.glob(CATALOG_GLOB))
    except OSError:
        return None
    if not paths:
        return None
    for catalogue_file in paths:
        data = _plain_file(catalogue_file, limit)
        if data is None:
            return None
        add(f"catalogue/{catalogue_file.name}", data)
    return digest.hexdigest()
