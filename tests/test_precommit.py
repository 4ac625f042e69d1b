"""The hooks of .pre-commit-hooks.yaml, run by pre-commit in a scratch repository: the check fails on stale outputs, passes after the regenerate hook."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CATALOG_DIR, run_codegen
from tests.source_tree import clean_environment, copy_source_tree
from tests.test_cli import snapshot

pytestmark = [pytest.mark.slow, pytest.mark.skipif(shutil.which("git") is None, reason="pre-commit needs git")]


def git(*args: str, cwd: Path) -> str:
    environment = clean_environment(GIT_AUTHOR_NAME="test", GIT_AUTHOR_EMAIL="test@example.invalid", GIT_COMMITTER_NAME="test",
                                    GIT_COMMITTER_EMAIL="test@example.invalid", GIT_CONFIG_GLOBAL="/dev/null", GIT_CONFIG_NOSYSTEM="1")
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True, env=environment).stdout.strip()


def hook_repository(folder: Path) -> str:
    """The working tree committed into a repository of its own (pre-commit installs a hook repository at a commit); returns the commit."""
    copy_source_tree(folder)
    git("init", "--quiet", cwd=folder)
    git("add", "--all", cwd=folder)
    git("commit", "--quiet", "--message", "hooks under test", cwd=folder)
    return git("rev-parse", "HEAD", cwd=folder)


def test_the_check_hook_fails_on_a_stale_output_and_passes_after_the_regenerate_hook(tmp_path: Path) -> None:
    hooks = tmp_path / "hooks"
    commit = hook_repository(hooks)
    project = tmp_path / "project"
    shutil.copytree(CATALOG_DIR, project / "catalog", ignore=shutil.ignore_patterns("sources"))
    assert run_codegen(cwd=project).returncode == 0
    (project / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {hooks}\n    rev: {commit}\n    hooks:\n      - id: kucoin-errors-check\n      - id: kucoin-errors-generate\n", encoding="utf-8")
    git("init", "--quiet", cwd=project)
    spot = project / "catalog" / "spot.yaml"
    spot.write_text(spot.read_text(encoding="utf-8").replace('"Balance insufficient"', '"Balance is insufficient"', 1), encoding="utf-8")
    git("add", "--all", cwd=project)

    def pre_commit(hook: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "pre_commit", "run", hook, "--all-files", "--color", "never"]
        return subprocess.run(command, cwd=project, capture_output=True, text=True, check=False, env=clean_environment(PRE_COMMIT_HOME=str(tmp_path / "cache")))

    stale = pre_commit("kucoin-errors-check")
    assert stale.returncode == 1, stale.stdout + stale.stderr
    assert "KuCoin error bindings are current" in stale.stdout and "Failed" in stale.stdout
    assert "generated/typescript/kucoin-errors.ts: " in stale.stdout and "Balance is insufficient" in stale.stdout
    assert f"{len(snapshot(project / 'generated')) - 1} generated file(s) would change" in stale.stdout  # all but py.typed

    regenerated = pre_commit("kucoin-errors-generate")
    assert regenerated.returncode == 1 and "files were modified by this hook" in regenerated.stdout, regenerated.stdout + regenerated.stderr
    expected = tmp_path / "expected"
    assert run_codegen("--catalog", project / "catalog", "--out", expected).returncode == 0
    assert snapshot(project / "generated") == snapshot(expected)

    current = pre_commit("kucoin-errors-check")
    assert current.returncode == 0, current.stdout + current.stderr
    assert "Passed" in current.stdout
