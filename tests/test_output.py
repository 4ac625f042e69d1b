"""What the command line prints: one summary line by default, each step with -v, only errors with --quiet; colour only on a terminal, never with NO_COLOR."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

from codegen.cli import DISTRIBUTION, main
from tests.conftest import CATALOG_DIR, ROOT, run_codegen
from tests.test_cli import OUTPUTS, TARGET_NAMES

SUMMARY = re.compile(rf"(\d+) of {len(OUTPUTS)} generated files updated in (.+), (\d+) unchanged \(\d+\.\d\d s\)\.\n")
ESCAPE = "\x1b["


def generate(capsys: pytest.CaptureFixture[str], out: Path, *flags: str) -> tuple[int, str, str]:
    status = main(["--catalog", str(CATALOG_DIR), "--out", str(out), *flags])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_by_default_one_line_says_what_was_written_what_was_not_and_how_long_it_took(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = generate(capsys, tmp_path / "out")
    first = SUMMARY.fullmatch(out)
    assert (status, err) == (0, "") and first is not None, out
    assert (first.group(1), first.group(2), first.group(3)) == (str(len(OUTPUTS)), str(tmp_path / "out"), "0")
    (tmp_path / "out" / "docs" / "ERRORS.md").unlink()
    status, out, err = generate(capsys, tmp_path / "out")
    again = SUMMARY.fullmatch(out)
    assert again is not None and (again.group(1), again.group(3)) == ("1", str(len(OUTPUTS) - 1)), out


def test_verbose_explains_each_step_and_names_every_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "out" / "json").mkdir(parents=True)
    status, out, _ = generate(capsys, tmp_path / "out", "-v")
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == f"configuration: [tool.codegen] of {ROOT / 'pyproject.toml'}" or lines[0].startswith("configuration: no pyproject.toml")
    assert lines[1] == f"reading the catalogue in {CATALOG_DIR}"
    assert lines[2].startswith("read and checked 10 catalogue files (catalog/broker.yaml, ") and ": 10 domains, " in lines[2]
    assert re.fullmatch(rf"rendered {len(OUTPUTS)} files of {TARGET_NAMES} in \d+\.\d\d s", lines[3])
    assert lines[4:-1] == [f"  wrote {tmp_path / 'out' / name}" for name in OUTPUTS]
    assert SUMMARY.fullmatch(lines[-1] + "\n")
    _, out, _ = generate(capsys, tmp_path / "out", "--verbose")
    # Nothing changed: the run cache answers, and says so.
    assert "the run cache says every output is current: nothing read, nothing rendered" in out.splitlines()
    assert out.splitlines()[-1].startswith(f"0 of {len(OUTPUTS)} generated files updated in {tmp_path / 'out'}, {len(OUTPUTS)} unchanged (")


def test_quiet_prints_nothing_on_success_and_every_error_on_failure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert generate(capsys, tmp_path / "out", "--quiet") == (0, "", "")
    assert main(["--catalog", str(CATALOG_DIR), "--out", str(tmp_path / "out"), "--check", "-q"]) == 0
    assert capsys.readouterr() == ("", "")
    (tmp_path / "out" / "docs" / "ERRORS.md").write_text("edited", encoding="utf-8")
    assert main(["--catalog", str(CATALOG_DIR), "--out", str(tmp_path / "out"), "--check", "-q"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"{tmp_path / 'out' / 'docs' / 'ERRORS.md'}: " in captured.err and "1 generated file(s) would change" in captured.err
    assert main(["validate", "-q", "--catalog", str(tmp_path / "nowhere")]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "catalogue folder not found" in captured.err


def test_version_is_the_installed_distributions() -> None:
    result = run_codegen("--version")
    assert (result.returncode, result.stdout) == (0, f"python -m codegen {metadata.version(DISTRIBUTION)}\n")
    assert re.fullmatch(r"\d+\.\d+\.\d+", metadata.version(DISTRIBUTION))


def on_a_terminal(*args: str, no_color: bool) -> str:
    """stdout and stderr of ``python -m codegen ARGS`` run on a pseudo-terminal."""
    environment = {name: value for name, value in os.environ.items() if name not in ("NO_COLOR", "TERM")}
    environment["TERM"] = "xterm"
    if no_color:
        environment["NO_COLOR"] = "1"
    leader, follower = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "codegen", *args], cwd=ROOT, stdout=follower, stderr=follower, env=environment)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    process.wait(timeout=120)
    return b"".join(chunks).decode("utf-8")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_colour_only_on_a_terminal_and_never_with_no_color(tmp_path: Path) -> None:
    coloured = on_a_terminal("--check", "--out", str(tmp_path / "out"), no_color=False)
    assert f"{ESCAPE}31m" in coloured and "would change" in coloured
    plain = on_a_terminal("--check", "--out", str(tmp_path / "out"), no_color=True)
    assert ESCAPE not in plain and "would change" in plain
    piped = run_codegen("--check", "--out", tmp_path / "out")
    assert ESCAPE not in piped.stdout + piped.stderr and "would change" in piped.stderr
