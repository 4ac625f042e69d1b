"""The unchanged run, decided before the generator is imported: a stamp of the last full run, checked with hashlib, os and json alone.

A full generate or ``--check`` that ends with every output current writes a
stamp beside the run cache: the working directory, the flags, the ``CODEGEN_``
variables, the Python, the bytes of every ``pyproject.toml`` from the working
directory upwards, the listing of every input folder (catalogue, templates,
runtime, schema, the generator's own source with its compiled templates) and
the sha256 of every input file and of every output file. ``answer`` reads the
stamp again and, when all of it still holds and no temporary file of an
interrupted run lies beside the outputs, reports the outputs current without
importing the targets, Jinja, ruamel.yaml or jsonschema. Anything else (no
stamp, a damaged one, a changed or unreadable file, a flag or command it does
not know, a symbolic link, user templates) is left to the full run.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import stat
import sys
import time
from collections.abc import Sequence
from typing import Any

#: Changes whenever the layout of a stamp, or what it covers, changes.
FORMAT = "codegen fast path 1"
#: The run cache's folder, beside the output folder, unless CACHE_VARIABLE names another.
CACHE_FOLDER = ".codegen-cache"
#: ``off`` turns the cache off; any other value is the folder to keep it in.
CACHE_VARIABLE = "CODEGEN_CACHE"
#: The configuration file looked for from the working directory upwards.
CONFIG_FILE = "pyproject.toml"
GENERATOR_DIR = os.path.dirname(os.path.abspath(__file__))


class _DoubtError(Exception):
    """Something the fast path cannot vouch for: the full run decides."""


#: The options of a plain generate or --check that take a value, by the flag they set (--target may be repeated).
_VALUE_OPTIONS = {"--catalog": "catalog", "--out": "out", "--target": "targets"}
#: The options of a plain generate or --check that take none: (flag, value).
_SWITCHES = {
    "--check": ("check", True), "--force": ("force", True),
    "-v": ("verbosity", "verbose"), "--verbose": ("verbosity", "verbose"), "-q": ("verbosity", "quiet"), "--quiet": ("verbosity", "quiet"),
}


def parse_flags(argv: Sequence[str]) -> dict[str, Any] | None:
    """The flags of a generate or ``--check`` given only options spelt in full, as argparse reads them; None for anything else.

    The flags are ``catalog``, ``out`` (text or None), ``targets`` (a list or None), ``check``, ``force`` and
    ``verbosity`` (``quiet``, ``normal`` or ``verbose``). Any other command line (--help, --version, a command,
    an abbreviation, a mistake) is left to argparse.
    """
    flags: dict[str, Any] = {"catalog": None, "out": None, "targets": None, "check": False, "force": False, "verbosity": "normal"}
    items = iter(argv)
    for item in items:
        name, equals, value = item.partition("=")
        if name in _VALUE_OPTIONS and (value if equals else item == name):
            if not equals:
                value = next(items, "-")
                if value[:1] in ("", "-"):
                    return None
            flag = _VALUE_OPTIONS[name]
            flags[flag] = [*(flags["targets"] or []), value] if flag == "targets" else value
        elif item in _SWITCHES:
            flag, setting = _SWITCHES[item]
            if flag == "verbosity" and flags["verbosity"] not in ("normal", setting):
                return None  # -v with -q: argparse's error
            flags[flag] = setting
        else:
            return None
    return flags


def cache_folder_of(out_dir: str | None) -> str | None:
    """Where the cache of runs writing to ``out_dir`` (None: the working directory's default) lives; None when it is turned off."""
    setting = os.environ.get(CACHE_VARIABLE, "")
    if setting.lower() == "off":
        return None
    parent = os.getcwd() if out_dir is None else os.path.dirname(os.path.abspath(out_dir))
    return setting or os.path.join(parent, CACHE_FOLDER)


def stamp_path(flags: dict[str, Any]) -> str | None:
    """Where the stamp of a run with ``flags`` lives; None when the cache is off."""
    folder = cache_folder_of(flags["out"])
    if folder is None:
        return None
    catalog, out = (None if flags[name] is None else os.path.abspath(flags[name]) for name in ("catalog", "out"))
    invocation = json.dumps([os.getcwd(), catalog, out]).encode("utf-8", "surrogateescape")
    return os.path.join(folder, f"fast-{hashlib.sha256(invocation).hexdigest()[:32]}.stamp")


def _file_digest(path: str) -> str:
    """The sha256 of a regular file that is not a symbolic link; _DoubtError for anything else."""
    try:
        info = os.lstat(path)
        if not stat.S_ISREG(info.st_mode):
            raise _DoubtError(path)
        with open(path, "rb") as stream:
            return hashlib.sha256(stream.read()).hexdigest()
    except OSError:
        raise _DoubtError(path) from None


def _listing(folder: str) -> list[str]:
    """Every file under ``folder`` (outside ``__pycache__``), relative and sorted; _DoubtError on a symbolic link or an error."""
    found: list[str] = []
    if not os.path.lexists(folder):
        return found

    def failed(error: OSError) -> None:
        raise _DoubtError(folder)

    for root, folders, files in os.walk(folder, onerror=failed):
        folders[:] = [name for name in folders if name != "__pycache__"]
        for name in (*folders, *files):
            if os.path.islink(os.path.join(root, name)):
                raise _DoubtError(name)
        relative = os.path.relpath(root, folder)
        found.extend(name if relative == "." else f"{relative}/{name}" for name in files)
    return sorted(found)


def _configs() -> list[list[str | None]]:
    """Each ``pyproject.toml`` from the working directory upwards, with its sha256 (None where there is none)."""
    found: list[list[str | None]] = []
    folder = os.path.realpath(os.getcwd())
    while True:
        path = os.path.join(folder, CONFIG_FILE)
        try:
            found.append([path, _file_digest(path)])
        except _DoubtError:
            if os.path.lexists(path):
                raise
            found.append([path, None])
        parent = os.path.dirname(folder)
        if parent == folder:
            return found
        folder = parent


def _jinja_file() -> str:
    """The Jinja2 ``__init__.py`` the run would import (it holds the version), found on sys.path without importing it."""
    for entry in sys.path:
        path = os.path.join(entry or ".", "jinja2", "__init__.py")
        if os.path.isfile(path):
            return os.path.abspath(path)
    return ""


def inputs(folders: Sequence[str], catalog: str, catalog_glob: str, files: Sequence[str]) -> dict[str, Any]:
    """What the outputs depend on, as the stamp records it; _DoubtError when something cannot be read as a plain file."""
    import fnmatch

    listings = {folder: _listing(folder) for folder in folders}
    try:
        catalogue = sorted(name for name in os.listdir(catalog) if fnmatch.fnmatchcase(name, catalog_glob))
    except OSError:
        raise _DoubtError(catalog) from None
    jinja = _jinja_file()
    paths = [os.path.join(folder, name) for folder, names in listings.items() for name in names]
    paths += [os.path.join(catalog, name) for name in catalogue] + list(files) + ([jinja] if jinja else [])
    return {
        "format": FORMAT,
        "python": [sys.version, sys.executable],
        "cwd": os.getcwd(),
        "environment": sorted([key, value] for key, value in os.environ.items() if key.startswith("CODEGEN_")),
        "configs": _configs(),
        "folders": sorted([folder, names] for folder, names in listings.items()),
        "catalogue": [catalog, os.path.realpath(catalog), catalog_glob, catalogue],
        "jinja": jinja,
        "files": {path: _file_digest(path) for path in sorted(set(paths))},
    }


def snapshot(folders: Sequence[str], catalog: str, catalog_glob: str, files: Sequence[str]) -> dict[str, Any] | None:
    """``inputs``, or None when the fast path could not vouch for them."""
    try:
        return inputs(folders, catalog, catalog_glob, files)
    except _DoubtError:
        return None


def _outputs_current(outputs: dict[str, str], roots: Sequence[list[str]], leftover_folders: Sequence[str], prefix: str) -> bool:
    for folder, real in roots:
        if os.path.realpath(folder) != real:
            return False
    for folder in leftover_folders:
        try:
            with os.scandir(folder) as entries:
                if any(entry.name.startswith(prefix) for entry in entries):
                    return False
        except OSError:
            return False
    try:
        return all(_file_digest(path) == digest for path, digest in outputs.items())
    except _DoubtError:
        return False


def write_stamp(
    path: str, before: dict[str, Any], *, outputs: dict[str, str], roots: Sequence[str], leftover_folders: Sequence[str], prefix: str, shown_out: str
) -> None:
    """Record a run that ended with every output current; nothing when an input changed meanwhile, or the folder cannot be written.

    ``outputs`` are the digests of the outputs as the run left them (written, or found current), not read back:
    ``answer`` compares every output with them before it trusts the stamp, so an output changed since is found
    then. ``before`` is taken before the run reads its inputs, so an input changed during the run leaves no stamp.
    """
    if not outputs:
        return
    try:
        after = inputs([folder for folder, _ in before["folders"]], before["catalogue"][0], before["catalogue"][2], list(before["files"]))
        if after != before:
            return
    except _DoubtError:
        return
    body = json.dumps(
        {**before, "outputs": outputs, "roots": [[root, os.path.realpath(root)] for root in roots],
         "leftover_folders": sorted(leftover_folders), "prefix": prefix, "shown_out": shown_out},
        sort_keys=True,
    ).encode("utf-8", "surrogateescape")
    temporary = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(temporary, "wb") as stream:
            stream.write(hashlib.sha256(body).hexdigest().encode("ascii") + b"\n" + body)
        os.replace(temporary, path)
    except OSError:
        try:
            os.unlink(temporary)
        except OSError:
            pass


def _read_stamp(path: str) -> dict[str, Any] | None:
    try:
        with open(path, "rb") as stream:
            digest, _, body = stream.read().partition(b"\n")
    except OSError:
        return None
    if digest.decode("ascii", "replace") != hashlib.sha256(body).hexdigest():
        return None
    try:
        stamp = json.loads(body.decode("utf-8", "surrogateescape"))
    except ValueError:
        return None
    return stamp if isinstance(stamp, dict) and stamp.get("format") == FORMAT else None


def current_count(flags: dict[str, Any]) -> tuple[int, str] | None:
    """(number of outputs, output folder as shown) when the stamp of a run with ``flags`` still holds; else None."""
    path = stamp_path(flags)
    stamp = None if path is None else _read_stamp(path)
    if stamp is None:
        return None
    try:
        catalog, _, catalog_glob, _ = stamp["catalogue"]
        now = inputs([folder for folder, _ in stamp["folders"]], catalog, catalog_glob, list(stamp["files"]))
        if any(now[key] != stamp[key] for key in now) or now["catalogue"][1] != stamp["catalogue"][1]:
            return None
        outputs = stamp["outputs"]
        if not _outputs_current(outputs, stamp["roots"], stamp["leftover_folders"], stamp["prefix"]):
            return None
        return len(outputs), str(stamp["shown_out"])
    except (_DoubtError, KeyError, TypeError, ValueError, AttributeError):
        return None


def _say(text: str) -> None:
    """A summary line in green, as the full run prints it (colour only on a terminal, never with NO_COLOR or TERM=dumb)."""
    if not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb" and sys.stdout.isatty():
        text = f"\033[32m{text}\033[0m"
    print(text)


def answer(argv: Sequence[str]) -> int | None:
    """Exit status 0 after reporting every output current, when the stamp says so; None for the full run to decide."""
    started = time.perf_counter()
    flags = parse_flags(argv)
    if flags is None or flags["targets"] is not None or flags["force"] or flags["verbosity"] != "normal":
        return None  # a partial, forced or differently reported run is the full path's
    found = current_count(flags)
    if found is None:
        return None
    count, out = found
    seconds = f"{time.perf_counter() - started:.2f} s"
    try:
        if flags["check"]:
            _say(f"{count} generated files are current in {out} ({seconds}).")
        else:
            _say(f"0 of {count} generated files updated in {out}, {count} unchanged ({seconds}).")
    except BrokenPipeError:  # python -m codegen | head
        sys.stderr.close()
    return 0


def run(prog: str | None = None) -> int:
    """The entry point of ``python -m codegen`` and of the console script: ``answer``, else the full command line."""
    status = answer(sys.argv[1:])
    if status is None:
        from codegen import cli

        status = cli.run(prog or cli.CONSOLE_SCRIPT)
        # The process ends next. What the run made and still holds (the model, compiled templates, caches: at
        # 10,000 entries millions of objects) would be walked once more by the collector as the interpreter shuts
        # down, a tenth of a cold run's time, to find nothing: freezing them leaves them out of that walk.
        gc.freeze()
    return status
