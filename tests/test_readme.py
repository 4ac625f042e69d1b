"""The README stays true: its set-up commands, exit codes and taxonomy match the project."""

from __future__ import annotations

import re

from codegen.catalog import LoadedCatalog
from codegen.cli import EXIT_DRIFT, EXIT_INVALID, EXIT_OK
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def section(title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", README, re.S | re.M)
    assert match, title
    return match.group(1)


def table(title: str) -> list[tuple[str, str]]:
    return [(row[0], row[1]) for row in re.findall(r"^\| `([^`]+)` \| (.+?) \|$", section(title), re.M)]


def setup_commands() -> list[str]:
    return re.findall(r"```sh\n(.+?)\n```", section("Set up"))


def test_there_are_exactly_two_setup_commands_and_ci_runs_the_test_one() -> None:
    generate, test = setup_commands()
    assert "-m codegen" in generate and "pytest" in test
    assert test in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()


def test_category_and_action_tables_match_the_schema(real_catalog: LoadedCatalog) -> None:
    taxonomy = real_catalog.taxonomy
    assert table("Categories") == [(term.name, term.description) for term in taxonomy.categories]
    assert table("Retry actions") == [(term.name, term.description) for term in taxonomy.retry_actions]


def test_exit_status_table_matches_the_cli() -> None:
    rows = re.findall(r"^\| (\d) \|", section("Command line"), re.M)
    assert [int(row) for row in rows] == [EXIT_OK, EXIT_DRIFT, EXIT_INVALID]
