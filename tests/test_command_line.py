"""The command line as a user meets it: help that names each option, a subset of targets, review lists, checks and refusals."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import CATALOG_DIR, GENERATED_DIR, run_codegen


def one_line(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        ((), "--out DIR output folder (default: generated/)"),
        (("export-docs",), "--out DIR output folder (default: generated/)"),
        (("import-docs",), "--catalog DIR catalogue folder (default: catalog/; may be empty)"),
        (("diff",), "Exit status: 0; 1 when --fail-on is given and a change is at that level; 2 when either catalogue is invalid or BASE cannot be read."),
        (("diff",), "--catalog DIR catalogue folder (default: catalog/)"),
    ],
)
def test_the_help_of_each_command_names_its_options_and_exit_statuses(command: tuple[str, ...], expected: str) -> None:
    result = run_codegen(*command, "--help")
    assert result.returncode == 0, result.stderr
    assert expected in one_line(result.stdout)


def test_a_target_given_renders_that_target_alone(tmp_path: Path) -> None:
    result = run_codegen("--target", "json", "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    out = tmp_path / "out"
    written = sorted(path.relative_to(out).as_posix() for path in out.rglob("*") if path.is_file() and ".codegen-cache" not in path.parts)
    assert written == sorted(path.relative_to(GENERATED_DIR).as_posix() for path in (GENERATED_DIR / "json").rglob("*") if path.is_file())


def test_check_without_a_run_cache_compares_every_file_and_says_they_are_current(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run_codegen("--out", out).returncode == 0
    for cache in tmp_path.rglob(".codegen-cache"):
        shutil.rmtree(cache)
    result = run_codegen("--check", "--out", out)
    assert result.returncode == 0, result.stderr
    count = sum(1 for path in GENERATED_DIR.rglob("*") if path.is_file() and "__pycache__" not in path.parts)
    assert f"{count} generated files are current in {out} (" in result.stdout


def test_a_hand_edited_output_is_not_overwritten_and_nothing_is_written(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run_codegen("--out", out).returncode == 0
    edited = out / "json" / "kucoin-errors.json"
    edited.write_text(edited.read_text(encoding="utf-8") + " ", encoding="utf-8")
    before = {path: path.read_bytes() for path in out.rglob("*") if path.is_file() and ".codegen-cache" not in path.parts}
    spot = tmp_path / "catalog" / "spot.yaml"
    shutil.copytree(CATALOG_DIR, tmp_path / "catalog", ignore=shutil.ignore_patterns("sources"))
    spot.write_text(spot.read_text(encoding="utf-8").replace('message: "Balance insufficient"', 'message: "Balance insufficient!"', 1), encoding="utf-8")
    result = run_codegen("--catalog", tmp_path / "catalog", "--out", out)
    assert result.returncode == 2
    assert result.stderr.endswith("nothing was written.\n") and "Traceback" not in result.stderr
    assert {path: path.read_bytes() for path in out.rglob("*") if path.is_file() and ".codegen-cache" not in path.parts} == before


def test_validate_lists_the_entries_awaiting_review(tmp_path: Path) -> None:
    catalog = tmp_path / "catalog"
    shutil.copytree(CATALOG_DIR, catalog, ignore=shutil.ignore_patterns("sources"))
    broker = catalog / "broker.yaml"
    broker.write_text(broker.read_text(encoding="utf-8").replace(
        "    name: BROKER_NOT_FOUND\n", '    name: BROKER_NOT_FOUND\n    review: "check the category"\n', 1), encoding="utf-8")
    result = run_codegen("validate", "--catalog", catalog)
    assert result.returncode == 0, result.stderr
    assert "1 awaiting review (added by import-docs; check each, then delete its review line):" in result.stdout
    assert "broker 600100 BROKER_NOT_FOUND" in result.stdout


def test_diff_refuses_a_level_it_does_not_know(tmp_path: Path) -> None:
    result = run_codegen("diff", str(CATALOG_DIR), "--fail-on", "minor")
    assert result.returncode == 2
    assert "argument --fail-on: invalid choice: 'minor'" in result.stderr and "Traceback" not in result.stderr


def test_import_docs_summarises_the_page_in_rows_and_domains_and_names_the_domains_it_lacks(tmp_path: Path) -> None:
    catalog = tmp_path / "catalog"
    shutil.copytree(CATALOG_DIR, catalog, ignore=shutil.ignore_patterns("sources"))
    page = tmp_path / "page.txt"
    page.write_text("Spot Errors Code\nCode\tMeaning\n200004\tBalance insufficient\n", encoding="utf-8")
    result = run_codegen("import-docs", page, "--catalog", catalog)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"{page}: 1 row in 1 domain, compared with {catalog}:"
    assert lines[2] == "  not on this page (nothing compared): http, margin, futures, earn, broker, copytrading, websocket, gateway, pro_api"
    page.write_text("Spot Errors Code\nCode\tMeaning\n200004\tBalance insufficient\n\nBroker Errors Code\nCode\tMeaning\n400100\trequest parameter illegal\n",
                    encoding="utf-8")
    assert run_codegen("import-docs", page, "--catalog", catalog).stdout.startswith(f"{page}: 2 rows in 2 domains, compared with {catalog}:\n")


# Words a command line of a plain generate is made of, and words near them that argparse reads otherwise or refuses.
COMMAND_LINE_WORDS = [
    "--catalog", "--out", "--target", "--check", "--force", "-v", "--verbose", "-q", "--quiet",
    "--out=o", "--catalog=c=d", "--target=go", "--out=", "cat", "go", "validate", "-", "", "--", "-1", "a=b",
    "--cat", "--outs", "-vq", "--check=1", "--help", "-h", "--version", "--verbose=1",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(COMMAND_LINE_WORDS), max_size=6))
def test_a_command_line_read_without_argparse_is_read_as_argparse_reads_it(argv: list[str]) -> None:
    from codegen.cli import _parser, _plain_arguments  # noqa: PLC0415

    plain = _plain_arguments(argv)
    if plain is None:
        return  # argparse reads it, or refuses it with its own message
    parsed, extra = _parser("python -m codegen").parse_known_args(argv)
    assert extra == []
    assert vars(plain) == vars(parsed)


@pytest.mark.parametrize(
    ("argv", "plain"),
    [
        ([], True),
        (["--catalog", "c", "--out", "o", "--check"], True),
        (["--out=o", "--target", "go", "--target=rust", "--force", "-q", "--quiet"], True),
        (["-v", "-q"], False),  # argparse: not allowed with argument
        (["--out"], False),  # argparse: expected one argument
        (["--out", "-x"], False),
        (["--cat", "c"], False),  # argparse's abbreviation of --catalog
        (["--check=1"], False),
        (["validate"], False),
        (["--help"], False),
        (["--version"], False),
    ],
)
def test_only_a_plain_generate_or_check_is_read_without_argparse(argv: list[str], plain: bool) -> None:
    from codegen.cli import _plain_arguments  # noqa: PLC0415

    assert (_plain_arguments(argv) is not None) is plain
