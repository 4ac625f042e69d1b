"""Source-level mutation of the Go, Rust and Java runtimes, whose languages have no mutation tool installable offline.

Each mutant changes one token of a runtime file's code (never a comment, a string or a character literal, nor a
Rust ``#[cfg(test)]`` module): ``==``/``!=``, ``<``/``<=``, ``>``/``>=``, ``&&``/``||``, ``+``/``-`` (and ``+=``/``-=``),
``true``/``false``, a ``!`` removed, an ``if`` condition forced to ``true`` or ``false`` (a branch always or never taken,
an early return among them), ``break``/``continue``, and an integer constant plus or minus one. Every ``every``-th mutant
of a runtime (in file, then position order), or every mutant on the lines changed since a commit, is built and tested
alone in a scratch copy with that language's runtime unit tests, and recorded as killed (the tests fail), survived,
timed out, or compile error (the mutant does not build: not counted as killed, nor in the score).

Used by benchmarks/mutation.py for the modules runtime/go, runtime/rust and runtime/java.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codegen.targets.go import MODULE_PATH, go_environment

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Mutant:
    """One change to one runtime file: ``original`` at ``start`` replaced by ``replacement``."""

    path: str
    line: int
    column: int
    start: int
    original: str
    replacement: str
    operator: str

    @property
    def name(self) -> str:
        """Where, which operator, what it replaces and by what: the mutant's key in the results."""
        return f"{self.path}:{self.line}:{self.column} {self.operator} {self.original!r} -> {self.replacement!r}"

    def apply(self, source: str) -> str:
        """``source`` (the file's original text) with this mutant's change."""
        assert source[self.start : self.start + len(self.original)] == self.original, self.name
        return source[: self.start] + self.replacement + source[self.start + len(self.original) :]


# Literals and comments to skip, by language; what is left is code. Go's raw strings use backquotes; Rust's raw strings
# r"..." and r#"..."#; Java's text blocks three quotes. A Rust lifetime ('a) is not a character literal.
_COMMON = [r"//[^\n]*", r"/\*.*?\*/", r'"(?:[^"\\\n]|\\.)*"']
_SKIPPED = {
    "go": re.compile("|".join([*_COMMON, r"`[^`]*`", r"'(?:[^'\\\n]|\\.)+'"]), re.S),
    "rust": re.compile("|".join([r'r(#*)".*?"\1', r'b?"(?:[^"\\]|\\.)*"', r"//[^\n]*", r"/\*.*?\*/", r"b?'(?:[^'\\\n]|\\.[^']{0,9})'"]), re.S),
    "java": re.compile("|".join([r'""".*?"""', *_COMMON, r"'(?:[^'\\\n]|\\.)+'"]), re.S),
}

#: (operator name, pattern whose group 1 is the token, its replacements); binary operators only where spaced, as
#: every runtime is formatted (gofmt, rustfmt, the Java sources' style), which keeps generics' angle brackets out.
_TOKEN_RULES: list[tuple[str, re.Pattern[str], dict[str, list[str]]]] = [
    ("equality", re.compile(r" (==|!=) "), {"==": ["!="], "!=": ["=="]}),
    ("comparison", re.compile(r" (<=|>=|<|>) "), {"<": ["<="], "<=": ["<"], ">": [">="], ">=": [">"]}),
    ("logical", re.compile(r" (&&|\|\|) "), {"&&": ["||"], "||": ["&&"]}),
    ("arithmetic", re.compile(r" (\+|-|\+=|-=) "), {"+": ["-"], "-": ["+"], "+=": ["-="], "-=": ["+="]}),
    ("arithmetic", re.compile(r"[\w)\]](\+|-)\d"), {"+": ["-"], "-": ["+"]}),
    ("boolean", re.compile(r"\b(true|false)\b"), {"true": ["false"], "false": ["true"]}),
    ("negation", re.compile(r"(?<![\w)\]!])(!)(?!=)"), {"!": [""]}),
    ("loop", re.compile(r"\b(break|continue)\b(?!\s*')"), {"break": ["continue"], "continue": ["break"]}),
]
_INTEGER = re.compile(r"(?<![\w.])(\d+)(?![\w.])")
#: An ``if`` condition up to the brace that opens its block, on one line (Go and Rust: no parentheses; Java: in them).
_IF_CONDITION = {
    "go": re.compile(r"\bif ((?:[^{;\n]|\{\})+) \{\n"),
    "rust": re.compile(r"\bif ((?!let )[^{;\n]+) \{\n"),
    "java": re.compile(r"\bif \(([^\n]+)\) \{\n"),
}


def code_mask(source: str, language: str) -> list[bool]:
    """For each character of ``source``, whether it is code (not a comment, a literal, or a Rust test module)."""
    mask = [True] * len(source)
    for match in _SKIPPED[language].finditer(source):
        for index in range(match.start(), match.end()):
            mask[index] = False
    if language == "rust":
        tests = source.find("#[cfg(test)]")
        if tests >= 0:
            for index in range(tests, len(source)):
                mask[index] = False
    return mask


def mutants_of(path: str, source: str, language: str) -> list[Mutant]:
    """Every mutant of one file, in position order."""
    mask = code_mask(source, language)
    line_starts = [0] + [i + 1 for i, ch in enumerate(source) if ch == "\n"]
    found: list[tuple[int, str, str, str]] = []

    def code(start: int, end: int) -> bool:
        return all(mask[start:end])

    for operator, pattern, replacements in _TOKEN_RULES:
        for match in pattern.finditer(source):
            start, end = match.span(1)
            if code(start, end):
                found.extend((start, match.group(1), replacement, operator) for replacement in replacements[match.group(1)])
    for match in _INTEGER.finditer(source):
        start, end = match.span(1)
        if code(start, end) and not _in_declaration_only(source, start, language):
            value = int(match.group(1))
            found.append((start, match.group(1), str(value + 1), "constant"))
            if value > 0:
                found.append((start, match.group(1), str(value - 1), "constant"))
    for match in _IF_CONDITION[language].finditer(source):
        start, end = match.span(1)
        if code(start, end):
            condition = match.group(1)
            found.extend((start, condition, forced, "condition") for forced in ("true", "false") if condition not in {"true", "false"})
    mutants = []
    for start, original, replacement, operator in sorted(set(found)):
        line = _line_of(line_starts, start)
        mutants.append(Mutant(path, line + 1, start - line_starts[line] + 1, start, original, replacement, operator))
    return mutants


def _in_declaration_only(source: str, start: int, language: str) -> bool:
    """Integers that only size or type something the compiler checks (Rust ``u8``-style array lengths in types are left)."""
    line_start = source.rfind("\n", 0, start) + 1
    line = source[line_start : source.find("\n", start)]
    return language == "java" and line.lstrip().startswith("@")


def _line_of(line_starts: list[int], offset: int) -> int:
    low, high = 0, len(line_starts) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if line_starts[middle] <= offset:
            low = middle
        else:
            high = middle - 1
    return low


@dataclass(frozen=True)
class Runtime:
    """A runtime's files under mutation and how to build and test a scratch copy of it."""

    module: str
    language: str
    files: tuple[str, ...]
    tests: tuple[str, ...]
    #: Lays the sources out in ``scratch``; returns where each runtime file lives there.
    prepare: Callable[[Path], dict[str, Path]]
    #: Builds the copy in ``scratch``: a failed build's output, or None.
    build: Callable[[Path], str | None]
    #: Runs the tests of the built copy; their exit code (TimeoutExpired when over ``timeout``).
    test: Callable[[Path, float], int]


def _run(command: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: float | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False, env=env, timeout=timeout)


def _go_env(scratch: Path) -> dict[str, str]:
    return go_environment(scratch)


def _go_prepare(scratch: Path) -> dict[str, Path]:
    package = scratch / "kucoinerrors"
    package.mkdir()
    placed = {}
    for name in GO.files:
        placed[name] = package / Path(name).name
        shutil.copyfile(ROOT / name, placed[name])
    for name in ("tests/fixtures/go/data.go", "tests/go/runtime_test.go"):
        shutil.copyfile(ROOT / name, package / Path(name).name)
    (package / "go.mod").write_text(f"module {MODULE_PATH}\n\ngo 1.19\n", encoding="utf-8")
    return placed


def _go_build(scratch: Path) -> str | None:
    # The vet checks of ``go test`` are off: a mutant they flag is a build problem, not a test's catch.
    built = _run(["go", "test", "-vet=off", "-c", "-o", str(scratch / "runtime.test"), "."], scratch / "kucoinerrors", _go_env(scratch))
    return None if built.returncode == 0 else built.stdout + built.stderr


def _go_test(scratch: Path, timeout: float) -> int:
    return _run([str(scratch / "runtime.test")], scratch / "kucoinerrors", _go_env(scratch), timeout).returncode


def _rust_env(scratch: Path) -> dict[str, str]:
    return {**os.environ, "CARGO_TARGET_DIR": str(scratch / "target")}


def _rust_prepare(scratch: Path) -> dict[str, Path]:
    crate = scratch / "crate"
    (crate / "src").mkdir(parents=True)
    manifest = '[package]\nname = "runtime-fixture"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n[workspace]\n'
    (crate / "Cargo.toml").write_text(manifest, encoding="utf-8")
    placed = {}
    for name in RUST.files:
        placed[name] = crate / "src" / Path(name).name
        shutil.copyfile(ROOT / name, placed[name])
    for source in sorted((ROOT / "tests" / "fixtures" / "rust").glob("*.rs")):
        shutil.copyfile(source, crate / "src" / source.name)
    return placed


def _rust_build(scratch: Path) -> str | None:
    built = _run(["cargo", "test", "--offline", "--no-run"], scratch / "crate", _rust_env(scratch))
    return None if built.returncode == 0 else built.stderr


def _rust_test(scratch: Path, timeout: float) -> int:
    return _run(["cargo", "test", "--offline", "-q"], scratch / "crate", _rust_env(scratch), timeout).returncode


def _java_prepare(scratch: Path) -> dict[str, Path]:
    sources = scratch / "src"
    sources.mkdir()
    for source in sorted((ROOT / "generated" / "java" / "kucoinerrors").glob("*.java")):
        shutil.copyfile(source, sources / source.name)
    shutil.copyfile(ROOT / "tests" / "java" / "RuntimeTest.java", sources / "RuntimeTest.java")
    placed = {}
    for name in JAVA.files:
        # The generated copy is the runtime file under a header: the runtime file itself stands in for it.
        placed[name] = sources / Path(name).name
        shutil.copyfile(ROOT / name, placed[name])
    return placed


def _java_build(scratch: Path) -> str | None:
    """Compile the package once into ``base``; then only the runtime files that differ, against a copy of it.

    A mutant changes no signature, so the other classes stay valid.
    """
    base, classes = scratch / "base", scratch / "classes"
    if not base.exists():
        sources = sorted(str(path) for path in (scratch / "src").glob("*.java"))
        built = _run(["javac", "--release", "17", "-encoding", "UTF-8", "-nowarn", "-d", str(base), *sources], scratch)
        if built.returncode != 0:
            shutil.rmtree(base, ignore_errors=True)
            return built.stdout + built.stderr
    shutil.rmtree(classes, ignore_errors=True)
    shutil.copytree(base, classes)
    changed = [str(scratch / "src" / Path(name).name) for name in JAVA.files if (scratch / "src" / Path(name).name).read_bytes() != (ROOT / name).read_bytes()]
    if not changed:
        return None
    built = _run(["javac", "--release", "17", "-encoding", "UTF-8", "-nowarn", "-cp", str(classes), "-d", str(classes), *changed], scratch)
    return None if built.returncode == 0 else built.stdout + built.stderr


def _java_test(scratch: Path, timeout: float) -> int:
    return _run(["java", "-cp", str(scratch / "classes"), "kucoinerrors.RuntimeTest"], scratch, None, timeout).returncode


def _files(folder: str, pattern: str) -> tuple[str, ...]:
    return tuple(sorted(str(path.relative_to(ROOT)) for path in (ROOT / folder).glob(pattern)))


def _verbatim_java_files() -> tuple[str, ...]:
    """The Java runtime files copied verbatim behind the banner; the enums with the catalogue's constants spliced in are left out."""
    verbatim = []
    for name in _files("runtime/java", "*.java"):
        generated = ROOT / "generated" / "java" / "kucoinerrors" / Path(name).name
        if generated.is_file() and generated.read_text(encoding="utf-8").endswith("\n" + (ROOT / name).read_text(encoding="utf-8")):
            verbatim.append(name)
    return tuple(verbatim)


GO = Runtime("runtime/go", "go", _files("runtime/go", "*.go"), ("tests/go/runtime_test.go",), _go_prepare, _go_build, _go_test)
RUST = Runtime(
    "runtime/rust",
    "rust",
    _files("runtime/rust", "*.rs"),
    ("the #[cfg(test)] modules of runtime/rust", "tests/fixtures/rust/fixture_tests.rs"),
    _rust_prepare,
    _rust_build,
    _rust_test,
)
JAVA = Runtime("runtime/java", "java", _verbatim_java_files(), ("tests/java/RuntimeTest.java",), _java_prepare, _java_build, _java_test)
RUNTIMES = {runtime.module: runtime for runtime in (GO, RUST, JAVA)}


def all_mutants(runtime: Runtime) -> list[Mutant]:
    """Every mutant of every file of ``runtime``, in file then position order."""
    mutants = []
    for name in runtime.files:
        mutants.extend(mutants_of(name, (ROOT / name).read_text(encoding="utf-8"), runtime.language))
    return mutants


_HUNK = re.compile(r"^@@ -\S+ \+(\d+)(?:,(\d+))? @@", re.M)


def changed_lines(since: str, files: tuple[str, ...]) -> dict[str, set[int]]:
    """For each of ``files``, the numbers of its lines added or changed since the commit ``since`` (``git diff``, work tree side)."""
    changed: dict[str, set[int]] = {}
    for name in files:
        diff = subprocess.run(
            ["git", "diff", "--no-color", "--no-ext-diff", "-U0", since, "--", name], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout
        changed[name] = set()
        for hunk in _HUNK.finditer(diff):
            first, count = int(hunk.group(1)), int(hunk.group(2) or "1")
            changed[name].update(range(first, first + count))
        # A file the commit did not have shows as one hunk of every line; an untracked one not at all.
        if subprocess.run(["git", "ls-files", "--error-unmatch", name], cwd=ROOT, capture_output=True, check=False).returncode != 0:
            changed[name] = set(range(1, (ROOT / name).read_text(encoding="utf-8").count("\n") + 2))
    return changed


def on_changed_lines(mutants: list[Mutant], changed: dict[str, set[int]]) -> list[Mutant]:
    """The mutants whose change starts on a line in ``changed``."""
    return [mutant for mutant in mutants if mutant.line in changed.get(mutant.path, set())]


def sampled(mutants: list[Mutant], every: int) -> Iterator[Mutant]:
    """Every ``every``-th mutant, starting half a step in."""
    return iter(mutants[every // 2 :: every] if every > 1 else mutants)


def chosen_mutants(runtime: Runtime, made: list[Mutant], every: int, only: set[str] | None, since: str | None) -> list[Mutant]:
    """The mutants named in ``only``; else those on the lines changed since the commit ``since``; else every ``every``-th."""
    if only is not None:
        return [m for m in made if m.name in only]
    if since is not None:
        return on_changed_lines(made, changed_lines(since, runtime.files))
    return list(sampled(made, every))


def run_runtime(runtime: Runtime, every: int, log: Path, equivalent: dict[str, str], only: set[str] | None = None, since: str | None = None) -> dict[str, Any]:
    """Build and test every ``every``-th mutant of ``runtime``; counts and survivors.

    With ``only``, the mutants named in it; with ``since`` (a commit), every mutant on the lines changed since that commit.
    """
    scratch = Path(tempfile.mkdtemp(prefix=f"mutation-{runtime.language}-"))
    try:
        placed = runtime.prepare(scratch)
        originals = {name: path.read_text(encoding="utf-8") for name, path in placed.items()}
        failure = runtime.build(scratch)
        if failure is not None:
            raise RuntimeError(f"{runtime.module} does not build unmutated:\n{failure}")
        started = time.monotonic()
        if runtime.test(scratch, 600) != 0:
            raise RuntimeError(f"{runtime.module}: the tests fail on the unmutated runtime")
        baseline = time.monotonic() - started
        timeout = max(10.0, 5 * baseline)
        made = all_mutants(runtime)
        chosen = chosen_mutants(runtime, made, every, only, since)
        counts = {"killed": 0, "survived": 0, "timeout": 0, "no_tests": 0, "compile_error": 0, "other": 0, "not_run": 0}
        survivors = []
        with log.open("w", encoding="utf-8") as out:
            for mutant in chosen:
                path = placed[mutant.path]
                path.write_text(mutant.apply(originals[mutant.path]), encoding="utf-8")
                try:
                    if runtime.build(scratch) is not None:
                        status = "compile_error"
                    else:
                        try:
                            status = "killed" if runtime.test(scratch, timeout) != 0 else "survived"
                        except subprocess.TimeoutExpired:
                            status = "timeout"
                finally:
                    path.write_text(originals[mutant.path], encoding="utf-8")
                counts[status] += 1
                print(f"{status:13} {mutant.name}", file=out, flush=True)
                if status == "survived":
                    source_line = originals[mutant.path].splitlines()[mutant.line - 1].strip()
                    survivors.append(
                        {
                            "mutant": mutant.name,
                            "status": status,
                            "line": source_line,
                            "replacement": mutant.replacement,
                            "equivalent": equivalent.get(mutant.name),
                        }
                    )
        measured = {
            "tool": "benchmarks/source_mutation.py",
            "tests": list(runtime.tests),
            "mutants_made": len(made),
            "mutants_run": len(chosen),
            "test_seconds_unmutated": round(baseline, 1),
            "timeout_seconds": round(timeout, 1),
            "counts": counts,
            "survivors": survivors,
        }
        if since is not None and only is None:
            commit = subprocess.run(["git", "rev-parse", "--short", since], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
            measured["since"] = f"every mutant on the lines added or changed since {commit} (git diff {commit}), none of the others"
        return measured
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
