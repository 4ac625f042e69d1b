"""Faults at every step of a write leave each output whole, old or new, say which files were replaced, and leave no temporary file behind the next run."""

from __future__ import annotations

import contextlib
import errno
import io
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from codegen.catalog import load_catalog
from codegen.cli import main
from codegen.rendering import render_all
from codegen.target import registered_targets
from codegen.writing import TEMPORARY_PREFIX, PartialWriteError, write_outputs
from tests.conftest import ROOT, run_codegen, write_catalog

WORDS = ["ALPHA", "BRAVO", "CHARLIE", "DELTA", "ECHO", "FOXTROT", "GOLF", "HOTEL"]
CHUNK = 8192  # os.write is made to write at most this much per call, so a file takes several calls


def synthetic_catalog(version: int, codes: int) -> list[dict[str, Any]]:
    """Every domain with ``codes`` codes of two messages each; every message names ``version``."""
    domains = []
    for number, domain in enumerate(["http", "spot", "margin", "futures", "earn"]):
        errors = []
        for index in range(codes):
            entry: dict[str, Any] = {
                "code": 1000 + index if domain == "http" else 100000 * (number + 1) + index + 1,
                "name": "_".join(WORDS[int(digit)] for digit in oct(index)[2:]) + "_FAILURE",
                "category": "bad_request",
                "retry": "fix_request",
                "variants": [
                    {"id": "FIRST", "message": f"Message {index} of {domain}, version {version}"},
                    {"id": "SECOND", "message": f"Limit {{0}} exceeded for {index}, version {version}", "placeholders": [{"token": "{0}", "name": "limit"}]},
                ],
            }
            if domain == "margin":
                entry["scope"] = "all"
            errors.append(entry)
        domains.append({"domain": domain, "description": f"Synthetic {domain} domain.", "success_codes": [200] if domain == "http" else [200000], "errors": errors})
    return domains


def renders(folder: Path, codes: int, targets: tuple[str, ...] | None = None) -> tuple[dict[str, str], dict[str, str], Path]:
    """The outputs (of ``targets``, default every target) of version 1 and version 2 of a synthetic catalogue, and the folder of version 2."""
    chosen = None if targets is None else [target for target in registered_targets() if target.name in targets]
    old = render_all(load_catalog(write_catalog(folder / "v1", synthetic_catalog(1, codes))), chosen)
    new_dir = write_catalog(folder / "v2", synthetic_catalog(2, codes))
    return old, render_all(load_catalog(new_dir), chosen), new_dir


def outputs(out: Path) -> dict[str, str]:
    return {p.relative_to(out).as_posix(): p.read_text(encoding="utf-8") for p in sorted(out.rglob("*")) if p.is_file() and not p.name.startswith(TEMPORARY_PREFIX)}


def temporaries(out: Path) -> list[Path]:
    return sorted(out.rglob(f"{TEMPORARY_PREFIX}*"))


def assert_whole(out: Path, old: dict[str, str], new: dict[str, str]) -> set[str]:
    """Every output is its old or its new version, entire; returns the files that hold their new version."""
    after = outputs(out)
    assert sorted(after) == sorted(old)
    assert [path for path in after if after[path] not in (old[path], new[path])] == []
    return {path for path in after if after[path] == new[path] != old[path]}


#: The targets the fault tests write: a fixed set, as a fault is injected at every call of a write of every file,
#: so the cost of a test grows with the square of the number of files.
FAULT_TARGETS = ("docs", "json", "python", "typescript")


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, str], dict[str, str]]:
    old, new, _ = renders(tmp_path_factory.mktemp("small"), 12, FAULT_TARGETS)
    assert [path for path in old if old[path] == new[path]] == ["python/kucoin_errors/py.typed"]
    return old, new


class Fault:
    """Makes the ``at``-th call of ``os.<name>`` fail (counting from 1; 0 never), as the OS would."""

    def __init__(self, name: str, at: int, error: Callable[[], BaseException], *, after_call: bool = False) -> None:
        self.name, self.at, self.error, self.after_call = name, at, error, after_call
        self.real = getattr(os, name)
        self.calls = 0
        self.injected = 0

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls += 1
        failing = self.calls == self.at
        if failing and not self.after_call:
            self.injected += 1
            raise self.error()
        if self.name == "write":
            args = (args[0], bytes(args[1][:CHUNK]))
        result = self.real(*args, **kwargs)
        if failing:  # the call succeeded, then the run is interrupted before the next step
            self.injected += 1
            raise self.error()
        return result


def os_error(code: int) -> Callable[[], OSError]:
    return lambda: OSError(code, os.strerror(code))


def refuse_unlink(path: Any, *args: Any, **kwargs: Any) -> None:
    raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))


def write_with_faults(out: Path, new: dict[str, str], monkeypatch: pytest.MonkeyPatch, *faults: Fault, unlink_refused: bool = False) -> BaseException | None:
    with monkeypatch.context() as patched:
        for fault in faults:
            patched.setattr(os, fault.name, fault)
        if unlink_refused:
            patched.setattr(os, "unlink", refuse_unlink)
        try:
            write_outputs(new, out)
        except BaseException as error:  # noqa: BLE001 - every kind is checked by the caller
            return error
    return None


def check_report(error: BaseException | None, out: Path, old: dict[str, str], new: dict[str, str]) -> None:
    """The files the failure reports as replaced are exactly those that hold their new version."""
    changed = {path for path in new if new[path] != old[path]}
    replaced = assert_whole(out, old, new)
    if isinstance(error, PartialWriteError):
        assert {p.relative_to(out).as_posix() for p in error.replaced} == replaced
        assert {p.relative_to(out).as_posix() for p in error.kept} == changed - replaced
        assert sorted(error.left) == temporaries(out)
    elif isinstance(error, OSError):
        assert replaced == set()  # the command line says "nothing was written"
    elif error is None:
        assert replaced == changed


def check_next_run(out: Path, new: dict[str, str]) -> None:
    write_outputs(new, out)
    assert outputs(out) == new and temporaries(out) == []


def calls_in_a_clean_write(name: str, old: dict[str, str], new: dict[str, str], out: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    write_outputs(old, out)
    counter = Fault(name, 0, os_error(errno.EIO))
    assert write_with_faults(out, new, monkeypatch, counter) is None
    assert outputs(out) == new
    return counter.calls


STEPS = [
    # Before the renames: creating, writing (disk full), syncing, setting the mode of, closing a temporary file.
    ("open", errno.EACCES, "staging"),
    ("open", errno.ENOSPC, "staging"),
    ("write", errno.ENOSPC, "staging"),
    ("fsync", errno.EIO, "staging"),
    ("fchmod", errno.EPERM, "staging"),
    ("close", errno.EIO, "staging"),
    # During the renames: permission lost, read-only file system, and others.
    ("replace", errno.EACCES, "renaming"),
    ("replace", errno.EROFS, "renaming"),
    ("replace", errno.EPERM, "renaming"),
    ("replace", errno.EXDEV, "renaming"),
]


@pytest.mark.parametrize(("name", "code", "stage"), STEPS, ids=[f"{name}-{errno.errorcode[code]}" for name, code, _ in STEPS])
@pytest.mark.parametrize("unlink_fails", [False, True], ids=["unlink-ok", "unlink-EACCES"])
def test_a_fault_at_every_call_leaves_outputs_whole_and_reported(
    small: tuple[dict[str, str], dict[str, str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, code: int, stage: str, unlink_fails: bool
) -> None:
    old, new = small
    calls = calls_in_a_clean_write(name, old, new, tmp_path / "count", monkeypatch)
    assert calls >= (6 if name != "write" else 12)
    injected = 0
    for at in range(1, calls + 1):
        out = tmp_path / f"at-{at}"
        write_outputs(old, out)
        fault = Fault(name, at, os_error(code))
        error = write_with_faults(out, new, monkeypatch, fault, unlink_refused=unlink_fails)
        injected += fault.injected
        assert isinstance(error, PartialWriteError if stage == "renaming" else OSError), (at, error)
        assert error.errno == code  # the fault reported is the real one, never a failure of cleaning up
        check_report(error, out, old, new)
        if not unlink_fails:
            assert temporaries(out) == []
        check_next_run(out, new)
    assert injected == calls
    print(f"\n{name} {errno.errorcode[code]} (unlink {'refused' if unlink_fails else 'allowed'}): {injected} faults injected, {injected} runs left every output whole")


def test_an_interruption_between_renames_leaves_outputs_whole(small: tuple[dict[str, str], dict[str, str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old, new = small
    calls = calls_in_a_clean_write("replace", old, new, tmp_path / "count", monkeypatch)
    for at in range(1, calls + 1):
        out = tmp_path / f"at-{at}"
        write_outputs(old, out)
        error = write_with_faults(out, new, monkeypatch, Fault("replace", at, KeyboardInterrupt, after_call=True))
        assert isinstance(error, KeyboardInterrupt)
        assert len(assert_whole(out, old, new)) == at
        assert temporaries(out) == []
        check_next_run(out, new)


def test_leftovers_that_cannot_be_removed_do_not_stop_the_write(small: tuple[dict[str, str], dict[str, str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old, new = small
    out = tmp_path / "out"
    write_outputs(old, out)
    assert isinstance(write_with_faults(out, new, monkeypatch, Fault("fsync", 3, os_error(errno.EIO)), Fault("unlink", 1, os_error(errno.EACCES))), OSError)
    left = temporaries(out)
    assert len(left) == 1  # the one whose removal was refused; the others were still removed
    assert write_with_faults(out, new, monkeypatch, unlink_refused=True) is None
    assert outputs(out) == new and temporaries(out) == left
    check_next_run(out, new)


def test_the_command_line_names_the_files_replaced_or_says_none_was(small: tuple[dict[str, str], dict[str, str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _, _, catalog = renders(tmp_path / "catalogs", 12)
    old, new = small
    for fault, expected in ((Fault("replace", 3, os_error(errno.EROFS)), 2), (Fault("write", 2, os_error(errno.ENOSPC)), 0)):
        out = tmp_path / f"out-{fault.name}"
        write_outputs(old, out)
        stderr = io.StringIO()
        with monkeypatch.context() as patched, contextlib.redirect_stderr(stderr):
            patched.setattr(os, fault.name, fault)
            patched.setattr(os, "unlink", refuse_unlink)
            assert main(["--catalog", str(catalog), "--out", str(out), *(f"--target={name}" for name in FAULT_TARGETS)]) == 2
        replaced = assert_whole(out, old, new)
        assert len(replaced) == expected
        report = stderr.getvalue()
        assert "Traceback" not in report
        assert sorted(line.split(": ", 1)[1] for line in report.splitlines() if line.startswith("  replaced by the new version: ")) == sorted(str(out / path) for path in replaced)
        assert ("nothing was written" in report) == (expected == 0)
        check_next_run(out, new)


KILLS = 20
DRIVER = """\
import json, sys
from pathlib import Path
from codegen.writing import write_outputs
files = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
print("ready", flush=True)
write_outputs(files, Path(sys.argv[2]))
"""


@pytest.mark.slow
def test_kill_9_at_random_moments_leaves_every_output_whole(tmp_path: Path) -> None:
    """Runs of the writer of a large catalogue are killed at seeded random moments of their write; the next run cleans up."""
    old, new, new_catalog = renders(tmp_path / "catalogs", 300)
    assert sum(map(len, new.values())) > 3_000_000
    versions = []
    for label, files in (("old", old), ("new", new)):
        path = tmp_path / f"{label}.json"
        path.write_text(json.dumps(files), encoding="utf-8")
        versions.append(path)
    out = tmp_path / "out"
    write_outputs(old, out)

    def start(version: Path) -> tuple[subprocess.Popen[bytes], float]:
        process = subprocess.Popen([sys.executable, "-c", DRIVER, str(version), str(out)], cwd=ROOT, stdout=subprocess.PIPE)
        assert process.stdout is not None and process.stdout.readline() == b"ready\n"
        return process, time.monotonic()

    process, began = start(versions[1])
    assert process.wait() == 0
    duration = time.monotonic() - began  # of one write, from the moment it starts
    assert outputs(out) == new

    rng = random.Random(20261129)
    killed = mixed = whole = left = 0
    for kill in range(KILLS):
        process, began = start(versions[kill % 2])
        time.sleep(max(0.0, began + rng.uniform(0, duration) - time.monotonic()))
        os.kill(process.pid, signal.SIGKILL)
        killed += process.wait() == -signal.SIGKILL
        replaced = assert_whole(out, old, new)
        whole += 1
        mixed += 0 < len(replaced) < len(new) - 1
        left += len(temporaries(out))
    final = run_codegen("--catalog", new_catalog, "--out", out)
    assert final.returncode == 0, final.stderr
    assert outputs(out) == new and temporaries(out) == []
    assert killed >= KILLS // 4  # the kills land while the write runs, not after it
    print(f"\n{KILLS} kill -9 ({killed} before the write finished, write {duration * 1000:.0f} ms): {whole} times every output whole, {mixed} with old and new mixed, {left} temporary files left behind, 0 after the next run")
