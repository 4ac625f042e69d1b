"""What the command line prints at each verbosity, and when it uses colour."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator

import pytest

from codegen.console import NORMAL, QUIET, VERBOSE, Console, colour_enabled

ESC = "\033["


class Terminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def colour_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")


@pytest.fixture
def streams(colour_allowed: None) -> Iterator[tuple[io.StringIO, io.StringIO]]:
    """stdout and stderr as pipes (set in the test's own phase, where pytest's capture has set its own)."""
    out, err = io.StringIO(), io.StringIO()
    yield out, err


@pytest.fixture
def terminals(colour_allowed: None) -> tuple[Terminal, Terminal]:
    return Terminal(), Terminal()


@contextlib.contextmanager
def printing_to(streams: tuple[io.StringIO, io.StringIO]) -> Iterator[None]:
    with contextlib.redirect_stdout(streams[0]), contextlib.redirect_stderr(streams[1]):
        yield


def speak(console: Console) -> None:
    console.step("reading catalog/")
    console.info("wrote 3 files")
    console.output("--- a diff\n")
    console.error("failed")
    console.problem("catalog/spot.yaml:3:5: expected a string")


def test_the_default_prints_summaries_and_errors_but_not_steps(streams: tuple[io.StringIO, io.StringIO]) -> None:
    with printing_to(streams):
        speak(Console())
    out, err = streams
    assert out.getvalue() == "wrote 3 files\n--- a diff\n"
    assert err.getvalue() == "failed\ncatalog/spot.yaml:3:5: expected a string\n"


def test_verbose_adds_each_step_before_the_summary(streams: tuple[io.StringIO, io.StringIO]) -> None:
    with printing_to(streams):
        speak(Console(VERBOSE))
    out, err = streams
    assert out.getvalue() == "reading catalog/\nwrote 3 files\n--- a diff\n"
    assert err.getvalue() == "failed\ncatalog/spot.yaml:3:5: expected a string\n"


def test_quiet_prints_only_errors_and_the_output_asked_for(streams: tuple[io.StringIO, io.StringIO]) -> None:
    with printing_to(streams):
        speak(Console(QUIET))
    out, err = streams
    assert out.getvalue() == "--- a diff\n"
    assert err.getvalue() == "failed\ncatalog/spot.yaml:3:5: expected a string\n"


def test_the_default_verbosity_is_normal() -> None:
    assert Console().verbosity == NORMAL
    assert QUIET < NORMAL < VERBOSE


def test_on_a_terminal_each_line_is_styled_on_its_own(terminals: tuple[Terminal, Terminal]) -> None:
    console = Console(VERBOSE)
    with printing_to(terminals):
        console.step("one\ntwo")
        console.info("done", style="green")
        console.info("plain")
        console.error("bad\nworse")
    out, err = terminals
    assert out.getvalue() == f"{ESC}2mone{ESC}0m\n{ESC}2mtwo{ESC}0m\n{ESC}32mdone{ESC}0m\nplain\n"
    assert err.getvalue() == f"{ESC}31mbad{ESC}0m\n{ESC}31mworse{ESC}0m\n"


def test_an_error_can_be_printed_without_colour_on_a_terminal(terminals: tuple[Terminal, Terminal]) -> None:
    with printing_to(terminals):
        Console().error("see above", style=None)
    assert terminals[1].getvalue() == "see above\n"


def test_on_a_terminal_a_problems_place_is_bold_and_its_message_plain(terminals: tuple[Terminal, Terminal]) -> None:
    with printing_to(terminals):
        Console().problem("catalog/spot.yaml:3:5: expected a string, got 'a:1:2: b'")
    assert terminals[1].getvalue() == f"{ESC}1mcatalog/spot.yaml:3:5:{ESC}0m expected a string, got 'a:1:2: b'\n"


def test_a_line_without_a_place_is_printed_plain_even_on_a_terminal(terminals: tuple[Terminal, Terminal]) -> None:
    with printing_to(terminals):
        Console().problem("nothing to point at")
    assert terminals[1].getvalue() == "nothing to point at\n"


def test_output_is_written_as_it_is_even_on_a_terminal(terminals: tuple[Terminal, Terminal]) -> None:
    with printing_to(terminals):
        Console(QUIET).output("no newline added")
    assert terminals[0].getvalue() == "no newline added"


def test_colour_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert colour_enabled(Terminal())
    assert not colour_enabled(io.StringIO())
    assert not colour_enabled(object())  # type: ignore[arg-type]  # a stream without isatty


def test_no_color_set_to_anything_turns_colour_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.setenv("NO_COLOR", "1")
    assert not colour_enabled(Terminal())
    monkeypatch.setenv("NO_COLOR", "")
    assert colour_enabled(Terminal())  # set but empty: the convention says colour stays on


def test_a_dumb_terminal_gets_no_colour(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "dumb")
    assert not colour_enabled(Terminal())
    monkeypatch.delenv("TERM")
    assert colour_enabled(Terminal())
