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

from tests.conftest import CATALOG_DIR, GENERATED_DIR, awkward_catalog_data, run_codegen, write_catalog


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
    assert "json/kucoin-errors.json" in result.stderr.splitlines()[0]
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


def test_the_usage_names_the_command_and_the_help_sums_up_each_command() -> None:
    from codegen.cli import _parser  # noqa: PLC0415

    parser = _parser("python -m codegen")
    assert one_line(parser.format_usage()).endswith(" COMMAND ...")
    commands = next(action for action in parser._actions if isinstance(action, argparse._SubParsersAction))
    summaries = {action.dest: action.help for action in commands._choices_actions}
    assert sorted(summaries) == sorted(HELP_COMMANDS)
    assert [name for name, summary in summaries.items() if not summary] == []


def test_each_edit_command_says_what_its_domain_and_code_are() -> None:
    for name, parser in all_parsers().items():
        if name in {"set", "add", "add-variant", "rename", "deprecate", "remove"}:
            helps = {action.metavar: action.help for action in parser._actions if not action.option_strings}
            assert helps["DOMAIN"] and helps["CODE"], f"{name} --help leaves DOMAIN or CODE unexplained"


def test_a_catalog_given_before_import_docs_is_the_one_compared(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from codegen.cli import main  # noqa: PLC0415

    catalog, page = copied_catalog(tmp_path), tmp_path / "page.txt"
    page.write_text("Spot Errors Code\nCode\tMeaning\n200004\tBalance insufficient\n", encoding="utf-8")
    assert main(["--catalog", str(catalog), "import-docs", str(page), "--dry-run"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == f"{page}: 1 row in 1 domain, compared with {catalog}:"


def test_an_option_shows_the_same_metavar_in_every_command_that_takes_it() -> None:
    metavars: dict[str, set[object]] = {}
    for parser in all_parsers().values():
        for action in parser._actions:
            if action.option_strings and action.metavar is not None:
                metavars.setdefault(action.option_strings[0], set()).add(action.metavar)
    assert metavars["--variant"] == metavars["--id"] == {"ID"} and metavars["--replaced-by"] == {"DOMAIN:CODE"}
    assert {option: values for option, values in metavars.items() if len(values) > 1} == {}


def test_the_field_lists_of_the_edit_commands_keep_one_field_a_line() -> None:
    lines = command_help("set").splitlines()
    assert "of an entry:" in lines and "of a variant (with --variant):" in lines
    assert any(line.startswith("fields (FIELD=VALUE;") for line in lines)


def test_every_edit_command_that_takes_fields_lists_them_and_shows_them_as_field_value() -> None:
    parsers = all_parsers()
    for name in ("set", "add", "add-variant"):
        epilog = parsers[name].epilog or ""
        assert epilog.startswith("fields (FIELD=VALUE;") and "\n  message" in epilog, f"{name} --help lists no fields"
        [assignments] = [action for action in parsers[name]._actions if action.dest == "assignments"]
        assert assignments.metavar == "FIELD=VALUE"
    assert "and of its message:" in (parsers["add"].epilog or "").splitlines()


@pytest.mark.parametrize("command", [["add", "spot", "200005", "--name", "ORDER_AMOUNT_TOO_LARGE"], ["add-variant", "spot", "200004", "--id", "IN_ACCOUNT"]])
def test_a_message_left_out_of_add_or_add_variant_is_refused_by_the_parser(capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    from codegen.cli import main  # noqa: PLC0415

    with pytest.raises(SystemExit) as exited:
        main([*command, "--catalog", "nowhere"])
    assert exited.value.code == 2
    assert "the following arguments are required: --message" in capsys.readouterr().err


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
    assert result.stderr.endswith("1 problem in the templates; nothing was written.\n")
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


def copied_catalog(tmp_path: Path) -> Path:
    catalog = tmp_path / "catalog"
    shutil.copytree(CATALOG_DIR, catalog, ignore=shutil.ignore_patterns("sources"))
    return catalog


def with_unknown_category(catalog: Path) -> Path:
    broker = catalog / "broker.yaml"
    broker.write_text(broker.read_text(encoding="utf-8").replace("category: not_found\n", "category: lost\n", 1), encoding="utf-8")
    return catalog


@pytest.mark.parametrize(
    ("command", "what"),
    [
        ("import a malformed page", "{page}"),
        ("import into an invalid catalogue", "the catalogue"),
        ("diff with an invalid base", "the base catalogue {base}"),
        ("set a value the schema refuses", "the edited catalogue"),
    ],
)
def test_a_refusal_ends_by_counting_the_problems_of_what_it_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, what: str
) -> None:
    from codegen.cli import main  # noqa: PLC0415

    catalog, page, base = copied_catalog(tmp_path), tmp_path / "page.txt", with_unknown_category(copied_catalog(tmp_path / "base"))
    page.write_text("Spot Errors Code\nCode\tMeaning\n" + ("abc" if command == "import a malformed page" else "200004") + "\tBalance insufficient\n", encoding="utf-8")
    argv = {
        "import a malformed page": ["import-docs", str(page), "--catalog", str(catalog)],
        "import into an invalid catalogue": ["import-docs", str(page), "--catalog", str(base)],
        "diff with an invalid base": ["diff", str(base), "--catalog", str(catalog)],
        "set a value the schema refuses": ["set", "spot", "200004", "http_status=99", "--catalog", str(catalog)],
    }[command]
    assert main(argv) == 2
    assert capsys.readouterr().err.splitlines()[-1] == f"1 problem in {what.format(page=page, base=base)}; nothing was written."


def test_the_import_summary_counts_each_domain_s_rows_and_titles_each_kind_of_change(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from codegen.cli import main  # noqa: PLC0415

    catalog, page = copied_catalog(tmp_path), tmp_path / "page.txt"
    page.write_text(
        "Spot Errors Code\nCode\tMeaning\n200004\tBalance insufficient\n200005\tA brand new failure\n\n"
        "Broker Errors Code\nCode\tMeaning\n400100\trequest parameter illegal, reworded\n",
        encoding="utf-8",
    )
    assert main(["import-docs", str(page), "--catalog", str(catalog), "--dry-run", "--page", "a-page"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert re.fullmatch(r"  spot: 1 added, 0 changed, 1 unchanged, \d+ missing from the page", lines[1])
    assert re.fullmatch(r"  broker: 0 added, 1 changed, 0 unchanged, \d+ missing from the page", lines[2])
    assert [line for line in lines if line.endswith(":") and line[0].isalpha()] == [
        "added:", "changed:", "missing from the page (kept; delete by hand if KuCoin retired them):", "rows of the page recorded (--page):"
    ]


def test_a_write_that_fails_without_naming_a_file_names_the_output_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    from codegen.cli import main  # noqa: PLC0415

    def disk_full(self: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("codegen.cli.OutputStager.commit", disk_full)
    out = tmp_path / "out"
    assert main(["--target", "json", "--out", str(out)]) == 2
    assert capsys.readouterr().err == f"{out}: cannot write: No space left on device; nothing was written.\n"


def test_the_fast_path_names_the_output_folder_as_the_full_run_did(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from codegen import fast_path  # noqa: PLC0415
    from codegen.cli import main  # noqa: PLC0415

    out = tmp_path / "out"
    assert main(["--out", str(out)]) == 0
    capsys.readouterr()
    assert fast_path.answer(["--check", "--out", str(out)]) == 0
    assert re.fullmatch(rf"\d+ generated files are current in {re.escape(str(out))} \(\d+\.\d\d s\)\.\n", capsys.readouterr().out)


GREEN, YELLOW, RESET = b"\033[32m", b"\033[33m", b"\033[0m"


def test_each_command_s_summary_is_green_and_its_warnings_yellow_on_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from codegen.cli import main  # noqa: PLC0415

    catalog = copied_catalog(tmp_path)
    broker = catalog / "broker.yaml"
    broker.write_text(broker.read_text(encoding="utf-8").replace(
        "    name: BROKER_NOT_FOUND\n", '    name: BROKER_NOT_FOUND\n    review: "check the category"\n', 1), encoding="utf-8")
    restyled = write_catalog(tmp_path / "restyled", awkward_catalog_data())
    page = tmp_path / "page.txt"
    page.write_text("Margin Errors Code\n2\tlargest code the wire format allows, reworded\n", encoding="utf-8")
    stdout, stderr = strict_terminal(monkeypatch)
    assert main(["validate", "--catalog", str(catalog)]) == 0, stderr.getvalue()
    assert main(["set", "spot", "200004", "note=Checked", "--catalog", str(catalog)]) == 0, stderr.getvalue()
    assert main(["import-docs", str(page), "--catalog", str(restyled)]) == 0, stderr.getvalue()
    shown = stdout.getvalue().splitlines()
    coloured = [line[:5] for line in shown if line.endswith(RESET)]
    valid = next(line for line in shown if b"catalogue is valid (" in line)
    awaiting = next(line for line in shown if b"1 awaiting review (" in line)
    edited = next(line for line in shown if line.startswith(GREEN + b"spot 200004: set note"))
    note = next(line for line in shown if b"was not laid out in the catalogue's style" in line)
    updated = next(line for line in shown if b"catalogue file(s) updated;" in line)
    assert (valid[:5], awaiting[:5], edited[:5], note[:5], updated[:5]) == (GREEN, YELLOW, GREEN, YELLOW, GREEN)
    assert coloured == [GREEN, YELLOW, GREEN, YELLOW, GREEN]


def test_a_check_keeps_a_user_template_compiled_in_the_run_cache_beside_the_output_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from codegen.cli import main  # noqa: PLC0415

    shutil.copytree(CATALOG_DIR, tmp_path / "catalog", ignore=shutil.ignore_patterns("sources"))
    (tmp_path / "pyproject.toml").write_text('[tool.codegen]\ntemplates = ["tpl"]\n', encoding="utf-8")
    template = tmp_path / "tpl" / "summary" / "codes.txt.j2"
    template.parent.mkdir(parents=True)
    template.write_text("{{ catalog.domains | length }}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["--target", "summary", "--check"]) == 1  # nothing generated yet: the file is missing
    assert "would change" in capsys.readouterr().err
    assert len(list((tmp_path / ".codegen-cache" / "jinja").iterdir())) == 1


def test_an_unknown_target_is_named_with_the_nearest_known_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from codegen.cli import main  # noqa: PLC0415

    assert main(["--target", "pyhton", "--out", str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err == "unknown target 'pyhton' (did you mean 'python'?); expected one of: docs, go, java, json, python, rust, typescript\n"
    assert not (tmp_path / "out").exists()


def test_verbose_says_which_configuration_applies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from codegen.cli import main  # noqa: PLC0415

    monkeypatch.chdir(CATALOG_DIR.parent)
    assert main(["validate", "-v", "--catalog", str(CATALOG_DIR)]) == 0
    assert capsys.readouterr().out.splitlines()[0] == f"configuration: [tool.codegen] of {CATALOG_DIR.parent / 'pyproject.toml'}"
    monkeypatch.chdir(tmp_path)
    assert main(["validate", "-v", "--catalog", str(CATALOG_DIR)]) == 0
    assert capsys.readouterr().out.splitlines()[0] == f"configuration: no pyproject.toml with [tool.codegen] from {tmp_path} upwards; the defaults apply"
