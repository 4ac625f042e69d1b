"""``--check`` shows a short diff: at most 20 lines of it, and says how many it left out."""

from __future__ import annotations

import difflib
import random
from pathlib import Path

import pytest

from codegen.writing import change_opcodes, find_drift, short_diff
from tests.conftest import run_codegen

SHOWN = 20  # the README's "short diff": the first 20 lines of the unified diff


def test_a_huge_drift_prints_a_cut_diff_and_says_how_much_was_cut(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run_codegen("--out", out).returncode == 0
    target = out / "json" / "kucoin-errors.json"
    original = target.read_text(encoding="utf-8").splitlines()
    # Every line changed: one hunk of len(original) removals and as many additions, under two file headers and a hunk header.
    target.write_text("".join(f"x{line}\n" for line in original), encoding="utf-8")
    full_diff_lines = 2 * len(original) + 3
    assert full_diff_lines > 1000

    result = run_codegen("--check", "--out", out)

    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines[0] == f"{target}: edited by hand (its content no longer matches the hash in its header)"
    diff = lines[1:-2]
    assert len(diff) == SHOWN
    assert diff[:3] == ["--- json/kucoin-errors.json (on disk)", "+++ json/kucoin-errors.json (from catalogue)", f"@@ -1,{len(original)} +1,{len(original)} @@"]
    assert diff[3:] == [f"-x{line}" for line in original[:SHOWN - 3]]
    assert lines[-2] == f"... {full_diff_lines - SHOWN} more diff lines"
    assert lines[-1] == "1 generated file(s) would change; run `python -m codegen`."


def _removal_drift(tmp_path: Path, removed_lines: int) -> list[str]:
    """The diff find_drift shows for a file whose every one of ``removed_lines`` lines the catalogue would drop."""
    (tmp_path / "notes.txt").write_text("".join(f"line {n}\n" for n in range(removed_lines)), encoding="utf-8")
    (drift,) = find_drift({"notes.txt": ""}, tmp_path)
    return drift.diff.splitlines()


@pytest.mark.parametrize("removed_lines", [1, SHOWN - 3])
def test_a_diff_of_at_most_20_lines_is_shown_whole(tmp_path: Path, removed_lines: int) -> None:
    diff = _removal_drift(tmp_path, removed_lines)
    assert diff == ["--- notes.txt (on disk)", "+++ notes.txt (from catalogue)", f"@@ -1,{removed_lines} +0,0 @@" if removed_lines > 1 else "@@ -1 +0,0 @@",
                    *[f"-line {n}" for n in range(removed_lines)]]


@pytest.mark.parametrize(("removed_lines", "cut"), [(SHOWN - 2, 1), (500, 483)])
def test_a_diff_of_more_than_20_lines_is_cut_to_20_and_the_cut_is_said(tmp_path: Path, removed_lines: int, cut: int) -> None:
    diff = _removal_drift(tmp_path, removed_lines)
    assert diff[:3] == ["--- notes.txt (on disk)", "+++ notes.txt (from catalogue)", f"@@ -1,{removed_lines} +0,0 @@"]
    assert diff[3:SHOWN] == [f"-line {n}" for n in range(SHOWN - 3)]
    assert diff[SHOWN:] == [f"... {cut} more diff lines"]


def _difflib_diff(old: list[str], new: list[str]) -> tuple[list[str], int]:
    lines = list(difflib.unified_diff(old, new, "old", "new", lineterm="", n=1))
    return lines[:SHOWN], len(lines)


def test_the_short_diff_is_difflibs_for_edits_that_fit_its_window() -> None:
    generator = random.Random(20261129)
    for _ in range(400):
        old = [f"line {generator.randrange(10**6)}" for _ in range(generator.randrange(1, 80))]
        new = list(old)
        for _ in range(generator.randrange(1, 5)):
            where = generator.randrange(len(new) + 1)
            action = generator.choice(("change", "insert", "delete"))
            if action == "insert" or where == len(new):
                new.insert(where, f"new {generator.random()}")
            elif action == "change":
                new[where] = f"changed {generator.random()}"
            else:
                del new[where]
        if new != old:
            assert short_diff(old, new, "old", "new") == _difflib_diff(old, new), (old, new)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (["a", "b", "c"], ["a", "c"]),
        (["a", "c"], ["a", "b", "c"]),
        (["a", "b", "c"], ["a", "x", "c"]),
        (["a", "b", "c", "d"], ["x", "b", "d", "e"]),
        (["a", "b"], []),
        ([], ["a"]),
    ],
    ids=["a deletion", "an insertion", "a replacement", "several", "all deleted", "all inserted"],
)
def test_the_opcodes_are_difflibs_own_for_changes_that_fit_its_window(old: list[str], new: list[str]) -> None:
    assert change_opcodes(old, new) == difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes()


def test_the_short_diff_of_a_huge_file_shows_changes_far_apart_and_counts_every_line() -> None:
    old = [f"line {n}" for n in range(300_000)]
    new = [*old[:5], "five", *old[6:200_000], *old[200_020:]]

    shown, total = short_diff(old, new, "old", "new")

    assert shown == ["--- old", "+++ new", "@@ -5,3 +5,3 @@", " line 4", "-line 5", "+five", " line 6",
                     "@@ -200000,22 +200000,2 @@", " line 199999", *[f"-line {n}" for n in range(200_000, 200_011)]]
    assert total == 7 + 1 + 22


def test_the_opcodes_are_difflibs_own_where_the_texts_meet_again_past_the_first_window() -> None:
    # Past 32 lines on both sides, and on one side only: the window grows until it finds the common line.
    both = ([f"a{n}" for n in range(40)] + ["common", "x"], [f"b{n}" for n in range(40)] + ["common", "y"])
    one_side = ([f"a{n}" for n in range(10)] + ["common", "x"], [f"b{n}" for n in range(50)] + ["common", "y"])
    for old, new in (both, one_side):
        assert change_opcodes(old, new) == difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes()


def test_lines_that_never_meet_within_the_window_are_one_replacement() -> None:
    old = [f"a{n}" for n in range(3000)]
    new = [f"b{n}" for n in range(2500)]
    assert change_opcodes([*old, "same"], [*new, "same"]) == [("replace", 0, 3000, 0, 2500), ("equal", 3000, 3001, 2500, 2501)]


def test_a_common_line_further_than_the_window_on_one_side_is_not_looked_for() -> None:
    # "c" is 2300 lines into the old text, past WINDOW_LINES (2048): the texts never meet within the window, so all is replaced.
    old = [f"a{n}" for n in range(2300)] + ["c"] + [f"a{n}" for n in range(2300, 3000)]
    new = ["c"] + [f"b{n}" for n in range(100)]
    assert change_opcodes(old, new) == [("replace", 0, 3001, 0, 101)]
