"""The mutation benchmark's results say which mutants a recheck's score is over: those of the run it checks again."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from benchmarks import mutation


def _first_run(note: dict[str, str]) -> dict[str, Any]:
    return {
        "tool": "mutmut",
        "mutants_made": 100,
        "counts": {"killed": 8, "survived": 2, "timeout": 0, "no_tests": 0, "other": 0, "not_run": 0},
        "survivors": [
            {"mutant": "codegen.example.x_f__mutmut_1", "status": "survived"},
            {"mutant": "codegen.example.x_f__mutmut_13", "status": "survived"},
        ],
        **note,
    }


@pytest.mark.parametrize(
    "note",
    [
        {"sample": "every 2nd mutant in name order (function, then number)"},
        {"since": "only the mutants of the functions changed since abc1234, every 2 of them in name order: x_f"},
        {},
    ],
    ids=["sampled", "since a commit", "every mutant"],
)
def test_a_recheck_keeps_the_sample_of_the_run_it_checks_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, note: dict[str, str]) -> None:
    results = tmp_path / "mutation.json"
    results.write_text(json.dumps({"runs": {"first": {"modules": {"codegen/example.py": _first_run(note)}}}}), encoding="utf-8")

    def rerun(module: mutation.Module, log: Path, ref: str | None, only: list[str] | None = None, since: str | None = None) -> dict[str, Any]:
        assert only == ["codegen.example.x_f__mutmut_1", "codegen.example.x_f__mutmut_13"]
        counts = {"killed": 1, "survived": 1, "timeout": 0, "no_tests": 0, "other": 0, "not_run": 0}
        return {"tool": "mutmut", "counts": counts, "survivors": [{"mutant": "codegen.example.x_f__mutmut_13", "status": "survived"}]}

    monkeypatch.setattr(mutation, "run_mutmut", rerun)
    module = mutation.Module("codegen/example.py", ("tests/test_example.py",), every=12)
    again = mutation.recheck(module, tmp_path / "log", None, results, "first")

    assert {key: again[key] for key in ("sample", "since") if key in again} == note
    assert again["counts"]["killed"] == 9
    assert again["counts"]["survived"] == 1
