"""The command line as a user meets it: help that names each option, a subset of targets, review lists, checks and refusals."""

from __future__ import annotations

import argparse
import io
import os
import re
import shutil
import sys
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


README = Path(__file__).resolve().parent.parent / "README.md"
HELP_COMMANDS = ["validate", "import-docs", "export-docs", "set", "add", "add-variant", "rename", "deprecate", "remove", "diff"]


def readme_synopsis() -> list[tuple[str | None, str, str | None]]:
    """(command or None for a plain run, option or positional, its metavar or choices) of each line of the README's command-line synopsis."""
    section = README.read_text(encoding="utf-8").split("\n## Command line\n", 1)[1]
    block = section.split("```\n", 2)[1]
    found: list[tuple[str | None, str, str | None]] = []
    for line in block.splitlines():
        if not line.startswith("python -m codegen "):
            continue
        words = line.split("  ")[0].removeprefix("python -m codegen ").replace("[", " ").replace("]", " ").split()
        commands: list[str | None] = [None]
        if words and words[0][0].islower():
            commands = list(words.pop(0).split("|"))
        index = 0
        while index < len(words):
            word = words[index]
            value = words[index + 1] if index + 1 < len(words) else None
            if word.startswith("-") and value is not None and not value.startswith("-") and (value.isupper() or re.fullmatch(r"[a-z]+(\|[a-z]+)+", value)):
                found += [(command, word, value) for command in commands]
                index += 2
                continue
            if word.startswith("-") or word.isupper():
                found += [(command, word, None) for command in commands]
            index += 1
    return found


def command_help(command: str | None) -> str:
    result = run_codegen(*([command] if command else []), "--help")
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_every_command_s_help_shows_the_options_metavars_and_choices_the_readme_s_synopsis_gives() -> None:
    synopsis = readme_synopsis()
    assert ("diff", "--fail-on", "breaking|feature|any") in synopsis and (None, "--target", "NAME") in synopsis
    helps = {command: command_help(command) for command in {command for command, _, _ in synopsis}}
    for command, word, value in synopsis:
        text = helps[command]
        usage = one_line(text.split("\n\n", 1)[0])
        if value is not None and "|" in value:
            expected = f"{word} {{{value.replace('|', ',')}}}"
        else:
            expected = word if value is None else f"{word} {value}"
        where = usage if word.isupper() else one_line(text)
        assert re.search(rf"(?<![\w-]){re.escape(expected)}(?![\w-])", where), f"{command or 'python -m codegen'} --help lacks {expected!r}"


def all_parsers() -> dict[str, argparse.ArgumentParser]:
    from codegen.cli import _parser  # noqa: PLC0415

    parser = _parser("python -m codegen")
    commands = next(action for action in parser._actions if isinstance(action, argparse._SubParsersAction))
    return {"": parser, **commands.choices}


def test_every_command_knows_each_documented_command() -> None:
    assert sorted(name for name in all_parsers() if name) == sorted(HELP_COMMANDS)


def test_every_option_of_every_command_says_in_its_help_what_it_does() -> None:
    for name, parser in all_parsers().items():
        for action in parser._actions:
            if action.option_strings:
                assert action.help and action.help != argparse.SUPPRESS, f"{name or 'python -m codegen'} {action.option_strings[0]} has no help"


def test_an_option_shows_the_same_metavar_in_every_command_that_takes_it() -> None:
    metavars: dict[str, set[object]] = {}
    for parser in all_parsers().values():
        for action in parser._actions:
            if action.option_strings and action.metavar is not None:
                metavars.setdefault(action.option_strings[0], set()).add(action.metavar)
    assert metavars["--variant"] == {"ID"} and metavars["--replaced-by"] == {"DOMAIN:CODE"}
    assert {option: values for option, values in metavars.items() if len(values) > 1} == {}


def test_the_field_lists_of_the_edit_commands_keep_one_field_a_line() -> None:
    lines = command_help("set").splitlines()
    assert "of an entry:" in lines and "of a variant (with --variant):" in lines
    assert any(line.startswith("fields (FIELD=VALUE;") for line in lines)


def test_a_force_given_before_export_docs_overwrites_a_hand_edited_page(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run_codegen("export-docs", "--out", out).returncode == 0
    edited = next(path for path in sorted((out / "docs").rglob("*")) if path.is_file())
    original = edited.read_bytes()
    edited.write_bytes(original + b"edited by hand\n")
    assert run_codegen("export-docs", "--out", out).returncode == 2
    result = run_codegen("--force", "export-docs", "--out", out)
    assert result.returncode == 0, result.stderr
    assert edited.read_bytes() == original


def test_a_verbose_check_says_how_many_files_it_compares_and_with_which_folder(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from codegen.cli import main  # noqa: PLC0415

    monkeypatch.setenv("CODEGEN_CACHE", "off")
    assert main(["--target", "json", "--check", "-v", "--out", str(GENERATED_DIR)]) == 0
    count = sum(1 for path in (GENERATED_DIR / "json").rglob("*") if path.is_file())
    assert f"comparing {count} files with {GENERATED_DIR}" in capsys.readouterr().out.splitlines()


def test_a_failing_user_template_fails_the_run_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    shutil.copytree(CATALOG_DIR, tmp_path / "catalog", ignore=shutil.ignore_patterns("sources"))
    (tmp_path / "pyproject.toml").write_text('[tool.codegen]\ntemplates = ["tpl"]\n', encoding="utf-8")
    template = tmp_path / "tpl" / "summary" / "codes.txt.j2"
    template.parent.mkdir(parents=True)
    template.write_text("{{ catalog.domains | length }}\n{{ no_such_thing.attribute }}\n", encoding="utf-8")
    result = run_codegen(cwd=tmp_path)
    assert result.returncode == 2
    assert "codes.txt.j2:2" in result.stderr and "Traceback" not in result.stderr
    assert [path for path in tmp_path.rglob("*") if path.name.startswith(".codegen-tmp")] == []
    assert not (tmp_path / "generated").exists() or [path for path in (tmp_path / "generated").rglob("*") if path.is_file()] == []


def test_a_run_of_some_targets_leaves_no_stamp_for_the_fast_path_and_a_full_run_does(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run_codegen("--target", "json", "--out", out).returncode == 0
    assert list(tmp_path.rglob("fast-*.stamp")) == []
    assert run_codegen("--out", out).returncode == 0
    assert len(list(tmp_path.rglob("fast-*.stamp"))) == 1


class Terminal(io.BytesIO):
    """The bytes a terminal would show."""

    def isatty(self) -> bool:
        return True


def strict_terminal(monkeypatch: pytest.MonkeyPatch) -> tuple[Terminal, Terminal]:
    """sys.stdout and sys.stderr as terminals that refuse what UTF-8 cannot encode, as a strict locale's are; their bytes."""
    shown = Terminal(), Terminal()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(shown[0], encoding="utf-8", errors="strict", write_through=True))
    monkeypatch.setattr(sys, "stderr", io.TextIOWrapper(shown[1], encoding="utf-8", errors="strict", write_through=True))
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    return shown


def test_an_output_folder_whose_name_is_not_utf8_is_reported_without_a_traceback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from codegen.cli import main  # noqa: PLC0415

    out = tmp_path / os.fsdecode(b"out-\xff")
    stdout, stderr = strict_terminal(monkeypatch)
    assert main(["--target", "json", "--out", str(out)]) == 0, stderr.getvalue()
    assert b"out-\\udcff" in stdout.getvalue()
    assert (out / "json" / "kucoin-errors.json").is_file()


def test_a_run_on_a_terminal_prints_its_summary_in_colour(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from codegen.cli import main  # noqa: PLC0415
    from codegen.console import _STYLES  # noqa: PLC0415

    stdout, stderr = strict_terminal(monkeypatch)
    assert main(["--target", "json", "--out", str(tmp_path / "out")]) == 0, stderr.getvalue()
    assert stdout.getvalue().startswith(_STYLES["green"].encode() + b"2 of 2 generated files updated in ")
