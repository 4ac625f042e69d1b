"""Mutation testing, module by module, with the tests that cover each module (not run in CI: it takes long).

    .venv/bin/python benchmarks/mutation.py                      every module below, results under the label "after"
    .venv/bin/python benchmarks/mutation.py --label before --ref COMMIT   the files of a commit, kept under "before"
    .venv/bin/python benchmarks/mutation.py --module codegen/matching.py --module runtime/typescript/runtime.ts
    .venv/bin/python benchmarks/mutation.py --module codegen/writing.py --since COMMIT   only the functions changed since a commit

Python modules go through mutmut (its settings are ``[tool.mutmut]`` in pyproject.toml; this script
narrows them per module), ``runtime/typescript/runtime.ts`` through Stryker (benchmarks/stryker.config.json,
whose command runner is benchmarks/stryker_runtime.cjs). Each module runs in a scratch copy of the
project's files (node_modules linked), one worker at a time, so the work tree is never touched.

Prints a table of killed / survived / timed out / score per module and writes benchmarks/results/mutation.json:
for each label, every module's counts, score, test selection, limits, wall time and surviving mutants (each
with its diff and, where a reader judged it equivalent, why), and the wall time of the whole run.
The score counts timed-out mutants as detected, as Stryker does: (killed + timed out) / (all checked).
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

if __package__ in {None, ""}:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks import source_mutation

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results" / "mutation.json"
MUTMUT = Path(sys.executable).parent / "mutmut"
STRYKER = ROOT / "node_modules" / ".bin" / "stryker"


class ModuleFailed(Exception):
    """A tool could not measure a module (its log says why); the run goes on with the next."""


@dataclass(frozen=True)
class Module:
    """One module under mutation and how to test it."""

    path: str
    tests: tuple[str, ...] = ()
    #: Tests of those files left out of the mutation run, with why (slow or not about behaviour).
    deselect: dict[str, str] = field(default_factory=dict)
    #: Run every n-th mutant (in the order of their names: by function, then number), a sample spread over the module.
    every: int = 1
    #: pytest plugins for the run (-p NAME).
    plugins: tuple[str, ...] = ()


#: A full run of every mutant of the larger modules takes hours on two shared cores; they are sampled.
SAMPLE = 6
#: The modules measured later, on a machine busier still, are sampled more thinly.
THIN_SAMPLE = 12
#: Each mutant of a compiled runtime is a build and a test run of its own: 1 to 3 s.
RUNTIME_SAMPLE = 4
#: The modules measured in the fourth pass: a module's sample holds about 30 mutants or more where it has them.
DENSE_SAMPLE = 6
CLI_SAMPLE = 25
_LINTS_ON_MUTATED_SOURCE = "lints and type-checks the source, which mutmut's trampolines change; says nothing of behaviour"

_IN_PROCESS = ("benchmarks.mutmut_in_process",)
_SLOW_LOADING = {
    "tests/test_loading.py::test_any_damage_to_a_file_gives_one_line_problems_never_an_exception": "3.5 s of random damage per mutant; the targeted tests cover the same rules",
    "tests/test_loading.py::test_deep_nesting_is_refused_at_the_first_level_too_deep[100000]": "slow; the 300-level case checks the same rule",
}

_RUNTIME_PYTHON_DESELECT = {
    "tests/test_runtime_python.py::test_json_nested_up_to_the_limit_is_read_whatever_the_callers_stack_depth": (
        "calls the runtime within 60 frames of the recursion limit, and mutmut's trampolines add frames to every call; "
        "the nesting limit it also checks is checked by test_json_nesting_is_limited_to_a_hundred_levels"
    ),
    "tests/test_runtime_python.py::test_runtime_sources_pass_ruff_and_its_formatter": _LINTS_ON_MUTATED_SOURCE,
    "tests/test_runtime_python.py::test_runtime_is_mypy_strict_clean": _LINTS_ON_MUTATED_SOURCE,
    "tests/test_runtime_python.py::test_runtime_is_pyright_strict_clean": _LINTS_ON_MUTATED_SOURCE,
    "tests/test_runtime_python.py::test_a_domain_s_entries_matchers_and_enum_are_built_on_its_first_use_only": (
        "runs the package in a fresh interpreter, where mutmut's trampolines find no mutmut state and fail whatever the mutant"
    ),
}

#: tests/test_entry_literals.py joined in the seventh pass, which measured the entry literal writers.
_TARGET_TESTS = ("tests/test_entry_literals.py", "tests/test_generated_matches_catalogue.py", "tests/test_target_filters.py")
#: targets/docs.py only registers its target: it holds no code to mutate.
_TARGET_SAMPLES = {"python": 5, "typescript": 3, "go": 5, "java": 5, "rust": 8, "json": 2}
#: The round trip of a target through its own toolchain, on the catalogue of awkward strings (Rust's cargo build
#: takes minutes in a fresh scratch copy: its round trip is left out, and its dumper's mutants go untested).
_ROUND_TRIP = "tests/test_roundtrip.py::test_every_target_with_a_round_trip_reads_back_the_catalogue[awkward-{}]"


def _target_tests(name: str) -> tuple[str, ...]:
    return (*_TARGET_TESTS, _ROUND_TRIP.format(name)) if name in {"python", "typescript", "go", "java", "json"} else _TARGET_TESTS

MODULES = [
    Module(
        "runtime/python/_runtime.py",
        ("tests/test_runtime_python.py",),
        deselect=_RUNTIME_PYTHON_DESELECT,

        every=SAMPLE,
    ),
    Module("runtime/typescript/runtime.ts", ("tests/typescript/runtime.test.cjs",)),
    # The runtime's other modules, measured since the enums moved out of _runtime.py and records lost their dataclasses.
    # _types.py has no function for mutmut to mutate (mutmut stops with no mutant made). _glue.py is measured with the
    # glue tests of tests/test_runtime_python.py, on duck-typed responses and exceptions: those of tests/test_client_glue.py
    # run real clients against the generated package, which a mutant of runtime/python never reaches.
    *(Module(f"runtime/python/{name}", ("tests/test_runtime_python.py",), deselect=_RUNTIME_PYTHON_DESELECT, every=every)
      for name, every in (("_enums.py", 1), ("_model.py", DENSE_SAMPLE), ("_glue.py", 1))),
    Module(
        "codegen/validation.py",
        # tests/test_page_export.py joined in the sixth pass, tests/test_deprecation.py (tombstones, replaced_by) for its recheck.
        ("tests/test_validation.py", "tests/test_loading.py", "tests/test_page_export.py", "tests/test_deprecation.py"),
        deselect={
            "tests/test_loading.py::test_any_damage_to_a_file_gives_one_line_problems_never_an_exception": "3.5 s of random damage per mutant; the targeted tests cover the same rules",
            "tests/test_loading.py::test_deep_nesting_is_refused_at_the_first_level_too_deep[100000]": "slow; the 300-level case checks the same rule",
        },
        every=SAMPLE,
        # In process since the sixth pass: the tests of the page rules run the command line (tests/test_page_export.py).
        plugins=_IN_PROCESS,
    ),
    Module(
        "codegen/writing.py",
        ("tests/test_writing.py", "tests/test_faults.py", "tests/test_check_diff.py"),
        deselect={
            "tests/test_faults.py::test_kill_9_at_random_moments_leaves_every_output_whole": "10 s, random timing; the fault-at-every-call tests cover the same paths deterministically",
        },

        every=SAMPLE,
    ),
    Module("codegen/matching.py", ("tests/test_matching.py",)),
    Module(
        "codegen/importers/merging.py",
        # tests/test_page_export.py (import-docs --page) was added for the sixth pass's recheck.
        ("tests/test_import_docs.py", "tests/test_import_rewording.py", "tests/test_import_merging.py", "tests/test_page_export.py"),
        every=SAMPLE,
        # Those tests run the command line in a subprocess, where mutmut sees nothing; this runs it in process.
        plugins=("benchmarks.mutmut_in_process",),
    ),
    Module("codegen/loading.py", ("tests/test_loading.py", "tests/test_fast_loading.py", "tests/test_loading_edges.py"), deselect=_SLOW_LOADING, every=THIN_SAMPLE, plugins=_IN_PROCESS),
    Module("codegen/located_reader.py", ("tests/test_fast_loading.py", "tests/test_loading.py", "tests/test_loading_edges.py"), deselect=_SLOW_LOADING, every=THIN_SAMPLE, plugins=_IN_PROCESS),
    Module("codegen/source_document.py", ("tests/test_fast_loading.py", "tests/test_loading.py", "tests/test_source_document.py"), deselect=_SLOW_LOADING, plugins=_IN_PROCESS),
    Module("codegen/schema_check.py", ("tests/test_fast_loading.py", "tests/test_validation.py", "tests/test_loading.py", "tests/test_schema_check.py"), deselect=_SLOW_LOADING, every=THIN_SAMPLE, plugins=_IN_PROCESS),
    # The second pass ran tests/test_roundtrip.py and tests/test_properties.py whole; their round trips through every binding's
    # compiler take minutes a mutant on the shared machine, so the sixth pass runs the tests that stay in process.
    Module("codegen/serialize.py", (
        "tests/test_serialize.py", "tests/test_roundtrip.py::test_json_bundle_round_trips_and_matches_its_schema",
        "tests/test_roundtrip.py::test_python_package_round_trips", "tests/test_semantic_diff.py",
    ), every=THIN_SAMPLE),
    Module("codegen/naming.py", ("tests/test_naming.py",), plugins=_IN_PROCESS),
    Module("codegen/escaping.py", ("tests/test_escaping.py",), every=SAMPLE),
    Module("codegen/placeholders.py", ("tests/test_placeholders.py",)),
    Module("codegen/model.py", ("tests/test_catalog_content.py", "tests/test_matching.py", "tests/test_validation.py", "tests/test_taxonomy.py",
                                 "tests/test_catalog_loading.py")),
    Module("codegen/precompiled.py", ("tests/test_precompiled.py",), plugins=_IN_PROCESS),
    Module("codegen/rendering.py", ("tests/test_pipeline.py", "tests/test_writing.py", "tests/test_rendering_cache.py", "tests/test_rendering.py"), every=THIN_SAMPLE, plugins=_IN_PROCESS),
    Module("codegen/config.py", ("tests/test_config.py",), every=THIN_SAMPLE, plugins=_IN_PROCESS),
    Module("codegen/cache.py", ("tests/test_cache.py",), every=THIN_SAMPLE, plugins=_IN_PROCESS),
    Module("codegen/documentation.py", ("tests/test_documentation.py", "tests/test_reference_page.py", "tests/test_page_export.py"), every=THIN_SAMPLE,
           plugins=_IN_PROCESS),
    Module("codegen/importers/suggestions.py", ("tests/test_importers_suggestions.py", "tests/test_placeholder_suggestions.py"), every=THIN_SAMPLE),
    Module("codegen/importers/documents.py", ("tests/test_importers_documents.py", "tests/test_markdown_pages.py"), every=THIN_SAMPLE),
    Module("codegen/semantic_diff.py", ("tests/test_semantic_diff.py", "tests/test_diff_from_git.py"), every=THIN_SAMPLE, plugins=_IN_PROCESS),
    Module("codegen/editing.py", ("tests/test_editing.py", "tests/test_editing_files.py"), every=THIN_SAMPLE, plugins=_IN_PROCESS),
    # tests/test_edit_fields.py (the fields' help and FIELD=VALUE typed by the schema) joined in the eighth pass.
    Module("codegen/edit_fields.py", ("tests/test_editing.py", "tests/test_edit_fields.py"), every=THIN_SAMPLE, plugins=_IN_PROCESS),
    Module("codegen/placement.py", ("tests/test_placement.py", "tests/test_output_placement.py"), plugins=_IN_PROCESS),
    Module("codegen/user_templates.py", ("tests/test_user_templates.py", "tests/test_template_problems.py"), every=2, plugins=_IN_PROCESS),
    Module("codegen/diagnostics.py", ("tests/test_diagnostics.py", "tests/test_config.py", "tests/test_loading_edges.py"), plugins=_IN_PROCESS),
    Module("codegen/console.py", ("tests/test_console.py", "tests/test_output.py"), every=2, plugins=_IN_PROCESS),
    Module("codegen/stamps.py", ("tests/test_stamps.py", "tests/test_writing.py"), every=2, plugins=_IN_PROCESS),
    Module("codegen/taxonomy.py", ("tests/test_taxonomy.py", "tests/test_fast_loading.py", "tests/test_catalog_content.py"), plugins=_IN_PROCESS),
    # Through the import tests mutmut made no mutant of it that a test reached (the first run stopped there): its own tests.
    Module("codegen/importers/rewording.py", ("tests/test_rewording.py",), every=2),
    Module("codegen/importers/catalogue_files.py", ("tests/test_import_merging.py", "tests/test_import_docs.py"), plugins=_IN_PROCESS),
    Module(
        "codegen/importers/yaml_nodes.py",
        # The first measurement ran the import tests (test_import_merging, test_import_rewording, test_import_docs): minutes a mutant on the
        # shared machine; the recheck runs the tests of the module's own.
        ("tests/test_yaml_nodes.py",),
        every=DENSE_SAMPLE,
        plugins=_IN_PROCESS,
    ),
    Module("codegen/importers/yaml_editing.py", ("tests/test_yaml_editing.py", "tests/test_editing_files.py"), every=DENSE_SAMPLE, plugins=_IN_PROCESS),
    Module(
        "codegen/catalog.py",
        # The first measurement ran test_loading, test_fast_loading and test_loading_edges; the recheck runs the module's own tests and the edges.
        ("tests/test_catalog_loading.py", "tests/test_loading_edges.py"),
        every=3,
        plugins=_IN_PROCESS,
    ),
    Module("codegen/target.py", ("tests/test_target_registry.py", "tests/test_pipeline.py"), every=3, plugins=_IN_PROCESS),
    Module(
        "codegen/cli.py",
        # The first measurement ran tests/test_cli.py and tests/test_output.py alone; the other tests of the commands were added for the recheck.
        # Since the eighth pass the tests of the commands that run them in process, less tests/test_import_docs.py (14 s of CPU a mutant of
        # main, which every test reaches; the import command's summary and write failures are in tests/test_command_line.py and
        # tests/test_editing_files.py), with tests/test_editing_files.py.
        ("tests/test_cli.py", "tests/test_output.py", "tests/test_command_line.py", "tests/test_config.py", "tests/test_editing.py",
         "tests/test_editing_files.py", "tests/test_semantic_diff.py"),
        every=CLI_SAMPLE,
        plugins=_IN_PROCESS,
    ),
    # The sixth pass: the modules never measured before.
    Module("codegen/fast_path.py", ("tests/test_fast_path.py", "tests/test_cache.py"), every=3, plugins=_IN_PROCESS),
    Module("codegen/targets/python_dump.py", ("tests/test_roundtrip.py::test_python_package_round_trips",), plugins=("benchmarks.mutmut_python_dump",)),
    # The target plugins, through the committed outputs, their filters and their round trip.
    *(Module(f"codegen/targets/{name}.py", _target_tests(name), every=every) for name, every in _TARGET_SAMPLES.items()),
    # Source-level mutants (benchmarks/source_mutation.py): no mutation tool for these languages installs offline.
    Module("runtime/go", ("tests/go/runtime_test.go",), every=RUNTIME_SAMPLE),
    Module("runtime/rust", ("tests/fixtures/rust/fixture_tests.rs",), every=RUNTIME_SAMPLE),
    Module("runtime/java", ("tests/java/RuntimeTest.java",), every=RUNTIME_SAMPLE),
]

_CAST = "the string of typing.cast is read by type checkers only"
_PRECOUNT = "the bracket count only lets a text with few brackets skip the exact scan: counting more, or scanning anyway, gives the same answer"
_FIXTURE_ASCII = "out of reach: fold's path for text with non-ASCII characters matters only against a catalogued text with some, and the fixture has none"
_FIXTURE_SHARED = "out of reach: the order of codes matters only for a text two codes of a domain share, and the fixture has none"
_ALWAYS_THERE = "classify refuses an unknown domain first, and every known domain and code has its map entry: the fallback is never read"
#: Stryker survivors judged equivalent: (line:column mutator, replacement, why).
_STRYKER_EQUIVALENT = [
    ("127:21 Regex", "/[ \\t\\n\\r]*\\{/", "JSON.parse decides: a text it reads as an object starts with JSON white space and a brace anyway"),
    ("129:22 Regex", '/"(?:[^"\\\\]|\\\\[\\S\\S])*"|[[\\]{}]/g', "differs only after a backslash and white space inside a string, which JSON.parse refuses either way"),
    ("142:19 Regex", "/[\\x00-\\x7f]/", _FIXTURE_ASCII),
    ("143:21 Regex", "/[A-Z]/g", "letters lowered one at a time instead of by runs: the same text"),
    ("143:21 Regex", "/[^A-Z]+/g", _FIXTURE_ASCII),
    ("177:59 ArrowFunction", "() => undefined", _FIXTURE_ASCII),
    ("177:72 MethodExpression", "letters.toUpperCase()", _FIXTURE_ASCII),
    ("150:10 ConditionalExpression", "true", "the extra step reads past the end, which is no space: the same bounds"),
    ("150:10 EqualityOperator", "start <= end", "the extra step reads past the end, which is no space: the same bounds"),
    ("151:10 EqualityOperator", "end >= start", "the extra step leaves an empty slice empty"),
    ("152:10 ConditionalExpression", "false", "slicing the whole text gives the same string"),
    ("152:10 ConditionalExpression", "true", "when the bounds are the whole text, slicing gives the same string; otherwise both slice"),
    ("152:10 EqualityOperator", "start !== 0", "slicing the whole text gives the same string"),
    ("159:10 EqualityOperator", "start <= end", "at start === end the extra step leaves an empty slice empty"),
    ("160:10 EqualityOperator", "end >= start", "at start === end the extra step leaves an empty slice empty"),
    ("167:40 ConditionalExpression", "true", "counting past the end of the text still slices the whole text"),
    ("167:40 EqualityOperator", "end <= text.length", "counting past the end of the text still slices the whole text"),
    ("206:17 MethodExpression", "Object.values(ERRORS[domain]) as ErrorInfo[]", _FIXTURE_SHARED),
    ("206:69 ArrowFunction", "() => undefined", _FIXTURE_SHARED),
    ("206:79 ArithmeticOperator", "a.code + b.code", _FIXTURE_SHARED),
    ("214:11 ConditionalExpression", "true", _FIXTURE_SHARED),
    ("224:16 OptionalChaining", "CODES_BY_MESSAGE.get(domain).get", _ALWAYS_THERE),
    ("226:73 ArrayDeclaration", '["Stryker was here"]', _ALWAYS_THERE),
    ("260:17 OptionalChaining", "matchers.exact", _ALWAYS_THERE),
    ("265:36 OptionalChaining", "matchers.templates", _ALWAYS_THERE),
    ("265:59 ArrayDeclaration", '["Stryker was here"]', _ALWAYS_THERE),
    ("268:29 ConditionalExpression", "true", "a template's variant index always names a variant"),
    ("272:58 StringLiteral", '"Stryker was here!"', "a template's groups are not optional: every one is set when it matches"),
    ("233:7 ConditionalExpression", "false", "a null status finds no http entry and is neither 429 nor 5xx: the same null advice"),
    ("247:38 ConditionalExpression", "false", "lookupError(domain, null) finds nothing: the same undefined"),
    ("251:9 ConditionalExpression", "true", "out of reach: the gateway's table (futures) is in the fixture and in every generated module"),
    ("251:9 LogicalOperator", "gateway !== undefined || hasOwn(ERRORS, gateway)", "out of reach: the gateway's table (futures) is in the fixture and in every generated module"),
    ("322:39 ConditionalExpression", "true", "asRecord(null) returns null either way"),
    ("333:57 StringLiteral", '"Stryker was here!"', "the text of an already decoded body is never read: its message comes from the document"),
    ("342:13 BlockStatement", "{}", "an empty catch falls through to the same return of no document"),
    ("352:33 StringLiteral", '""', _PRECOUNT),
    ("352:39 LogicalOperator", "index >= 0 || brackets <= WIRE.maxJsonDepth", _PRECOUNT),
    ("352:39 ConditionalExpression", "true", _PRECOUNT),
    ("352:53 ConditionalExpression", "true", _PRECOUNT),
    ("352:105 StringLiteral", '""', _PRECOUNT),
    ("352:110 ArithmeticOperator", "index - 1", _PRECOUNT),
    ("353:33 StringLiteral", '""', _PRECOUNT),
    ("353:39 LogicalOperator", "index >= 0 || brackets <= WIRE.maxJsonDepth", _PRECOUNT),
    ("353:39 ConditionalExpression", "true", _PRECOUNT),
    ("353:39 EqualityOperator", "index > 0", "a text decode reads starts with white space and a brace, so a bracket is never at index 0"),
    ("353:53 ConditionalExpression", "true", _PRECOUNT),
    ("353:105 StringLiteral", '""', _PRECOUNT),
    ("353:110 ArithmeticOperator", "index - 1", _PRECOUNT),
    ("354:7 ConditionalExpression", "false", _PRECOUNT),
    ("354:7 EqualityOperator", "brackets < WIRE.maxJsonDepth", _PRECOUNT),
    ("248:7 ConditionalExpression", "true", "for a code the domain knows, the gateway lookup of a gateway code finds that same entry"),
    ("315:7 ConditionalExpression", "false", "a Uint8Array is also an ArrayBuffer view: the same bytes, through the next branch"),
    ("416:42 ConditionalExpression", "true", "isSuccessCode(domain, null) is false: no success code is null"),
    ("436:7 ConditionalExpression", "true", "without an afterHeader no header is read and the response's reset is not used: the same fall-through"),
    ("446:11 ConditionalExpression", "false", "RETRY_DELAYS[null] is undefined: the same fallback"),
]
_REREAD_PAST_END = "the extra step reads past the end of the text (NaN), which is no white space, capital or digit: the same bounds"
_CACHE = "a cache: built again on every call, it holds the same entries"
_NO_STATUS = (
    "a null status finds no entry (entryOf of null is undefined); the status domain, http, is in the fixture and in every generated module"
)
_NO_HEADERS = "headerMs passes on no null or undefined, and a string or a number holds no header either way: the guard only returns early"
_EMPTY_MESSAGE = "an empty message folds to the empty text, which no catalogued text and no listed failure is"
_FOLD_ANY_TEXT = "the ASCII-letter fold is right for every text: toLowerCase is only its faster equal on ASCII text (U+007F has no case)"
#: Stryker survivors of the sixth pass (runs sixth_pass_typescript_first and sixth_pass_typescript), on the runtime as it was until 30d5615.
_STRYKER_EQUIVALENT_SIXTH = [
    ("111:10 ConditionalExpression", "true", "typed callers pass a number or a string, and any other value names no own property of a table either"),
    ("136:30 ConditionalExpression", "true", "a number never equals a string: the type test only spares String() for a number"),
    (
        "199:22 Regex",
        '/"(?:[^"\\\\]|\\\\[\\S\\S])*"|[[\\]{}]/g',
        "differs only after a backslash and white space inside a string, which JSON.parse refuses either way",
    ),
    ("224:11 ConditionalExpression", "true", "the search of WIRE.whitespace decides: the range only spares it for printable ASCII"),
    ("231:23 EqualityOperator", "index <= text.length", _REREAD_PAST_END),
    ("233:9 ConditionalExpression", "true", "collapsing the runs of a text that has none leaves it as it is: only slower"),
    (
        "233:9 ConditionalExpression",
        "false",
        "a space then goes through the white-space search too: every text with a space is collapsed, which changes none without a run",
    ),
    ("233:23 ConditionalExpression", "true", "every space then sends the text to the collapse, which leaves a text without a run as it is"),
    (
        "233:23 EqualityOperator",
        "text.charCodeAt(index + 1) !== 32",
        "a lone space then sends the text to the collapse, which changes nothing; two spaces are still caught at the second",
    ),
    ("233:39 ArithmeticOperator", "index - 1", "two spaces are caught at the second of them instead of the first"),
    ("240:10 ConditionalExpression", "true", _REREAD_PAST_END),
    ("240:10 EqualityOperator", "start <= end", _REREAD_PAST_END),
    ("241:10 EqualityOperator", "end >= start", "at start === end the extra step leaves an empty slice empty"),
    ("242:10 ConditionalExpression", "false", "slicing the whole text gives the same string"),
    ("249:10 ConditionalExpression", "true", _REREAD_PAST_END),
    ("249:10 EqualityOperator", "start <= end", _REREAD_PAST_END),
    ("250:10 ConditionalExpression", "true", "past the start the slice is empty either way"),
    ("250:10 EqualityOperator", "end >= start", "at start === end the extra step leaves an empty slice empty"),
    ("256:10 ConditionalExpression", "true", "the code-point count decides alone: the length test only spares it for short texts"),
    (
        "256:10 EqualityOperator",
        "text.length >= WIRE.templateMatchLimit",
        "a text of exactly the limit in UTF-16 units has no more code points: the count says no",
    ),
    ("261:7 ConditionalExpression", "false", "counting the code points of a short text gives the whole text too"),
    ("261:7 EqualityOperator", "text.length < limit", "counting the code points of a short text gives the whole text too"),
    ("263:40 ConditionalExpression", "true", "counting past the end of the text still slices the whole text"),
    ("263:40 EqualityOperator", "end <= text.length", "counting past the end of the text still slices the whole text"),
    ("273:23 EqualityOperator", "index <= text.length", _REREAD_PAST_END),
    ("274:9 ConditionalExpression", "true", _FOLD_ANY_TEXT),
    ("274:9 EqualityOperator", "text.charCodeAt(index) >= 0x7f", _FOLD_ANY_TEXT),
    ("274:9 EqualityOperator", "text.charCodeAt(index) <= 0x7f", (
        "out of reach: a text then reaches toLowerCase only when none of its characters is ASCII, and no catalogued text is such a text "
        "with letters that have a case"
    )),
    ("281:16 StringLiteral", '"Stryker was here!"', "every folded text gets the same prefix, and folded texts are only compared with each other"),
    ("283:23 EqualityOperator", "index <= text.length", _REREAD_PAST_END),
    ("331:7 ConditionalExpression", "false", _CACHE),
    ("337:9 ConditionalExpression", "true", "Object.keys lists the table's own keys, each of which holds an entry"),
    (
        "350:90 ArrayDeclaration",
        '["Stryker was here"]',
        "out of reach: it adds the text \"Stryker was here\" to every variant without aliases, which no test and no KuCoin response sends",
    ),
    (
        "359:52 ArrayDeclaration",
        '["Stryker was here"]',
        "for a code without templates the string's first letters are read as variant indices, which name no variant: nothing is added",
    ),
    ("361:9 ConditionalExpression", "false", "a template's variant index always names a variant"),
    ("387:7 ConditionalExpression", "false", _EMPTY_MESSAGE),
    ("387:19 StringLiteral", '"Stryker was here!"', _EMPTY_MESSAGE),
    ("399:7 ConditionalExpression", "false", _CACHE),
    (
        "401:17 LogicalOperator",
        "fallback === undefined && !hasOwn(ERRORS, fallback)",
        "without a fallback hasOwn(ERRORS, undefined) is false: the domain stays alone either way",
    ),
    ("401:17 ConditionalExpression", "false", "without a fallback hasOwn(ERRORS, undefined) is false: the domain stays alone either way"),
    ("411:7 ConditionalExpression", "false", _CACHE),
    ("422:7 ConditionalExpression", "false", "a number code looked up through the table's entry gives the same matchers"),
    ("422:23 StringLiteral", '""', "a number code looked up through the table's entry gives the same matchers"),
    ("440:10 ConditionalExpression", "true", "out of reach: the gateway's table (futures) is in the fixture and in every generated module"),
    (
        "440:10 LogicalOperator",
        "gateway !== undefined || hasOwn(ERRORS, gateway)",
        "out of reach: the gateway's table (futures) is in the fixture and in every generated module",
    ),
    ("448:7 ConditionalExpression", "false", "a code without templates has none to try: the loop returns null too"),
    ("454:109 StringLiteral", '"Stryker was here!"', "a template's groups are not optional: every one is set when it matches"),
    ("503:17 ConditionalExpression", "true", _NO_STATUS),
    ("503:17 LogicalOperator", "httpStatus !== null || hasOwn(ERRORS, STATUS_DOMAIN)", _NO_STATUS),
    ("510:36 ConditionalExpression", "false", "out of reach: 504 is in the fixture's http table, whose entry gives the same advice first"),
    ("514:14 ConditionalExpression", "true", "null is not 500 or more: the same"),
    ("533:7 ConditionalExpression", "false", "entryOf of null finds no tombstone: the same undefined"),
    ("548:9 ConditionalExpression", "true", _CACHE),
    ("551:70 StringLiteral", '"Stryker was here!"', "every listed string code has its code: the fallback is never read"),
    ("563:7 ConditionalExpression", "false", _EMPTY_MESSAGE),
    ("563:19 StringLiteral", '"Stryker was here!"', _EMPTY_MESSAGE),
    ("567:9 ConditionalExpression", "true", _CACHE),
    ("571:53 StringLiteral", '"Stryker was here!"', "every listed failure under success has its message: the fallback is never read"),
    ("572:13 ConditionalExpression", "true", "out of reach: no two failures under success of a domain share a text in the fixture"),
    ("594:7 ConditionalExpression", "false", "a null code finds no entry, no tombstone and no listed string code: the same unknown"),
    ("609:18 ConditionalExpression", "true", "the listed string codes are keyed by strings: a number finds none"),
    ("633:7 ConditionalExpression", "false", "more than 10 digits are over 2**31-1 anyway"),
    ("634:23 EqualityOperator", "index <= raw.length", _REREAD_PAST_END),
    ("648:39 ConditionalExpression", "true", "asRecord(null) returns null either way"),
    ("669:7 ConditionalExpression", "false", "JSON.parse decides: a text that is not an object is refused, or read as no record"),
    ("685:7 ConditionalExpression", "false", _PRECOUNT),
    ("685:7 EqualityOperator", "text.length < WIRE.maxJsonDepth", _PRECOUNT),
    ("687:33 StringLiteral", '""', _PRECOUNT),
    ("687:39 LogicalOperator", "index >= 0 || brackets <= WIRE.maxJsonDepth", _PRECOUNT),
    ("687:39 ConditionalExpression", "true", _PRECOUNT),
    ("687:53 ConditionalExpression", "true", _PRECOUNT),
    ("687:105 StringLiteral", '""', _PRECOUNT),
    ("687:110 ArithmeticOperator", "index - 1", _PRECOUNT),
    ("688:33 StringLiteral", '""', _PRECOUNT),
    ("688:39 LogicalOperator", "index >= 0 || brackets <= WIRE.maxJsonDepth", _PRECOUNT),
    ("688:39 ConditionalExpression", "true", _PRECOUNT),
    ("688:39 EqualityOperator", "index > 0", "a text the JSON scan reads starts with white space and a brace, so a bracket is never at index 0"),
    ("688:53 ConditionalExpression", "true", _PRECOUNT),
    ("688:105 StringLiteral", '""', _PRECOUNT),
    ("688:110 ArithmeticOperator", "index - 1", _PRECOUNT),
    ("689:7 ConditionalExpression", "false", _PRECOUNT),
    ("689:7 EqualityOperator", "brackets < WIRE.maxJsonDepth", _PRECOUNT),
    ("712:7 ConditionalExpression", "false", _NO_HEADERS),
    ("712:7 LogicalOperator", 'typeof headers !== "object" && headers === null', _NO_HEADERS),
    ("712:38 ConditionalExpression", "false", _NO_HEADERS),
    ("731:7 ConditionalExpression", "false", "headerValue finds no header in null or undefined either: the guard only returns early"),
    (
        "731:7 LogicalOperator",
        "headers === undefined && headers === null",
        "headerValue finds no header in null or undefined either: the guard only returns early",
    ),
    ("731:32 ConditionalExpression", "false", "headerValue finds no header in null or undefined either: the guard only returns early"),
    ("756:42 ConditionalExpression", "true", "no success code is null: the same"),
    ("804:7 ConditionalExpression", "true", "attempts >= undefined is false: the same"),
    ("815:11 ConditionalExpression", "false", "RETRY_DELAYS[null] is undefined: the same fallback"),
    ("876:23 ConditionalExpression", "true", "a known error has no unnumbered: undefined either way"),
    ("918:26 StringLiteral", '"Stryker was here!"', "without a space the rest has no brace either way and no status was read: null"),
]
_GATEWAY_ONLY = (
    "a code that is no gateway code finds no gateway table (GATEWAY_CODES gives undefined), a string finds no matchers keyed by number, "
    "and for a code the domain knows, the gateway lookup of a gateway code finds that same entry"
)
_NOT_TEXT = "a body that is neither text nor bytes has no text to read: \"Stryker was here!\" is no 1015 page either"
#: Stryker survivors of the ninth pass (runs ninth_pass_typescript_first and ninth_pass_typescript), on the runtime rewritten for the checker.
_STRYKER_EQUIVALENT_NINTH = [
    ("141:10 ConditionalExpression", "true", "the success codes are numbers: includes finds no string either way"),
    ("152:7 ConditionalExpression", "false", "more than 10 digits are over 2**31-1 anyway"),
    ("153:23 EqualityOperator", "index <= raw.length", _REREAD_PAST_END),
    (
        "245:22 Regex",
        "/\"(?:[^\"\\\\]|\\\\[\\S\\S])*\"|[[\\]{}]/g",
        "differs only after a backslash and white space inside a string, which JSON.parse refuses either way",
    ),
    ("268:11 ConditionalExpression", "true", "the search of WIRE.whitespace decides: the range only spares it for printable ASCII"),
    ("275:23 EqualityOperator", "index <= text.length", _REREAD_PAST_END),
    ("277:9 ConditionalExpression", "true", "collapsing the runs of a text that has none leaves it as it is: only slower"),
    (
        "277:9 ConditionalExpression",
        "false",
        "a space then goes through the white-space search too: every text with a space is collapsed, which changes none without a run",
    ),
    ("277:23 ConditionalExpression", "true", "every space then sends the text to the collapse, which leaves a text without a run as it is"),
    (
        "277:23 EqualityOperator",
        "text.charCodeAt(index + 1) !== 32",
        "a lone space then sends the text to the collapse, which changes nothing; two spaces are still caught at the second",
    ),
    ("277:39 ArithmeticOperator", "index - 1", "two spaces are caught at the second of them instead of the first"),
    ("284:10 ConditionalExpression", "true", _REREAD_PAST_END),
    ("284:10 EqualityOperator", "start <= end", _REREAD_PAST_END),
    ("285:10 EqualityOperator", "end >= start", "at start === end the extra step leaves an empty slice empty"),
    ("293:10 ConditionalExpression", "true", _REREAD_PAST_END),
    ("293:10 EqualityOperator", "start <= end", _REREAD_PAST_END),
    ("294:10 ConditionalExpression", "true", "past the start the slice is empty either way"),
    ("294:10 EqualityOperator", "end >= start", "at start === end the extra step leaves an empty slice empty"),
    ("300:7 ConditionalExpression", "false", "counting the code points of a short text gives the whole text too"),
    ("300:7 EqualityOperator", "text.length < limit", "counting the code points of a short text gives the whole text too"),
    ("302:40 ConditionalExpression", "true", "counting past the end of the text still slices the whole text"),
    ("302:40 EqualityOperator", "end <= text.length", "counting past the end of the text still slices the whole text"),
    ("312:15 BooleanLiteral", "false", _FOLD_ANY_TEXT),
    ("313:23 LogicalOperator", "index < text.length || ascii", _FOLD_ANY_TEXT),
    ("313:23 ConditionalExpression", "true", _FOLD_ANY_TEXT),
    ("313:23 EqualityOperator", "index <= text.length", _FOLD_ANY_TEXT),
    ("313:53 UpdateOperator", "index--", _FOLD_ANY_TEXT),
    ("313:70 ConditionalExpression", "false", _FOLD_ANY_TEXT),
    ("313:70 EqualityOperator", "text.charCodeAt(index) < 0x7f", _FOLD_ANY_TEXT),
    ("313:70 EqualityOperator", "text.charCodeAt(index) > 0x7f", (
        "out of reach: a text then reaches toLowerCase only when none of its characters is ASCII, and no catalogued text is such a text "
        "with letters that have a case"
    )),
    ("314:7 ConditionalExpression", "false", _FOLD_ANY_TEXT),
    ("316:16 StringLiteral", "\"Stryker was here!\"", "every folded text gets the same prefix, and folded texts are only compared with each other"),
    ("318:23 EqualityOperator", "index <= text.length", _REREAD_PAST_END),
    ("366:7 ConditionalExpression", "false", _CACHE),
    ("379:9 ConditionalExpression", "true", "Object.keys lists the table's own keys, each of which holds an entry"),
    ("381:82 StringLiteral", "\"Stryker was here!\"", "every listed string code has its code: the fallback is never read"),
    ("383:51 StringLiteral", "\"Stryker was here!\"", "every listed failure under success has its message: the fallback is never read"),
    ("384:9 ConditionalExpression", "true", "out of reach: no two failures under success of a domain share a text in the fixture"),
    (
        "396:90 ArrayDeclaration",
        "[\"Stryker was here\"]",
        "out of reach: it adds the text \"Stryker was here\" to every variant without aliases, which no test and no KuCoin response sends",
    ),
    (
        "403:25 OptionalChaining",
        "TEMPLATE_PATTERNS[matchers.domain][entry.code]",
        "every domain has its patterns in TEMPLATE_PATTERNS, in the fixture and in every generated module: the chain never meets undefined",
    ),
    (
        "403:77 ArrayDeclaration",
        "[\"Stryker was here\"]",
        "for a code without templates the string's first letters are read as variant indices, which name no variant: nothing is added",
    ),
    ("405:9 ConditionalExpression", "false", "a template's variant index always names a variant"),
    ("416:7 ConditionalExpression", "false", _CACHE),
    (
        "418:16 LogicalOperator",
        "fallback !== undefined || hasOwn(ERRORS, fallback)",
        "without a fallback hasOwn(ERRORS, undefined) is false; a domain's fallback (the gateway) is in the fixture and in every generated module",
    ),
    ("418:16 ConditionalExpression", "true", "without a fallback hasOwn(ERRORS, undefined) is false: the domain stays alone either way"),
    (
        "443:15 ConditionalExpression",
        "true",
        "wireCode gives a code number back as it is and null for null; a number that is no code becomes a string, which names no code either",
    ),
    ("445:23 ConditionalExpression", "true", "the codes are keyed by numbers: a string or null finds none"),
    ("449:19 ConditionalExpression", "true", _GATEWAY_ONLY),
    ("449:19 LogicalOperator", "typeof code === \"number\" && found.length === 0 || hasOwn(GATEWAY_CODES, code)", _GATEWAY_ONLY),
    ("449:19 LogicalOperator", "typeof code === \"number\" || found.length === 0", _GATEWAY_ONLY),
    ("449:47 ConditionalExpression", "true", "for a code the domain knows, the gateway lookup of a gateway code finds that same entry"),
    (
        "450:15 LogicalOperator",
        "gateway !== undefined || hasOwn(ERRORS, gateway)",
        "out of reach: the gateway's table (futures) is in the fixture and in every generated module",
    ),
    ("450:15 ConditionalExpression", "true", "out of reach: the gateway's table (futures) is in the fixture and in every generated module"),
    ("473:18 ConditionalExpression", "true", "the listed string codes are keyed by strings: a number or null finds none"),
    ("475:19 ConditionalExpression", "false", "entryOf of null finds no tombstone: the same undefined"),
    ("489:107 StringLiteral", "\"Stryker was here!\"", "a template's groups are not optional: every one is set when it matches"),
    ("543:17 ConditionalExpression", "true", _NO_STATUS),
    ("543:17 LogicalOperator", "httpStatus !== null || hasOwn(ERRORS, STATUS_DOMAIN)", _NO_STATUS),
    ("548:29 ConditionalExpression", "false", "out of reach: 504 is in the fixture's http table, whose entry gives the same advice first"),
    ("549:10 ConditionalExpression", "true", "null is not 500 or more: the same"),
    ("571:39 ConditionalExpression", "true", "asRecord(null) returns null either way"),
    ("593:7 ConditionalExpression", "false", "JSON.parse decides: a text that is not an object is refused, or read as no record"),
    ("603:7 ConditionalExpression", "false", _PRECOUNT),
    ("603:7 EqualityOperator", "text.length < WIRE.maxJsonDepth", _PRECOUNT),
    ("605:33 StringLiteral", "\"\"", _PRECOUNT),
    ("605:39 LogicalOperator", "index >= 0 || brackets <= WIRE.maxJsonDepth", _PRECOUNT),
    ("605:39 ConditionalExpression", "true", _PRECOUNT),
    ("605:53 ConditionalExpression", "true", _PRECOUNT),
    ("605:105 StringLiteral", "\"\"", _PRECOUNT),
    ("605:110 ArithmeticOperator", "index - 1", _PRECOUNT),
    ("606:33 StringLiteral", "\"\"", _PRECOUNT),
    ("606:39 LogicalOperator", "index >= 0 || brackets <= WIRE.maxJsonDepth", _PRECOUNT),
    ("606:39 ConditionalExpression", "true", _PRECOUNT),
    ("606:39 EqualityOperator", "index > 0", "a text the JSON scan reads starts with white space and a brace, so a bracket is never at index 0"),
    ("606:53 ConditionalExpression", "true", _PRECOUNT),
    ("606:105 StringLiteral", "\"\"", _PRECOUNT),
    ("606:110 ArithmeticOperator", "index - 1", _PRECOUNT),
    ("609:20 ConditionalExpression", "true", _PRECOUNT),
    ("609:20 EqualityOperator", "brackets >= WIRE.maxJsonDepth", _PRECOUNT),
    ("655:10 ConditionalExpression", "false", _EMPTY_MESSAGE),
    ("655:22 StringLiteral", "\"Stryker was here!\"", _EMPTY_MESSAGE),
    ("655:64 StringLiteral", "\"Stryker was here!\"", "without templates the normalised text is never read"),
    (
        "655:94 BooleanLiteral",
        "true",
        "the templates are then tried on the empty text, which none matches: each needs text or a group of one character or more",
    ),
    ("661:23 ConditionalExpression", "false", _EMPTY_MESSAGE),
    ("661:35 StringLiteral", "\"Stryker was here!\"", _EMPTY_MESSAGE),
    ("682:33 StringLiteral", "\"Stryker was here!\"", _NOT_TEXT),
    ("682:66 StringLiteral", "\"Stryker was here!\"", _NOT_TEXT),
    ("683:47 ConditionalExpression", "true", "isSuccessCode(domain, null) is false: no success code is null"),
    ("687:21 ConditionalExpression", "true", "out of reach: no text of the fixture is both a catalogued entry's and a listed failure under success"),
    ("720:7 ConditionalExpression", "true", "without maxAttempts, attempts >= undefined is false: the same fall-through"),
    ("724:37 ConditionalExpression", "false", "RETRY_DELAYS[null] is undefined: the same fallback"),
    ("735:80 ArrayDeclaration", "[\"Stryker was here\"]", "data that is not an array then yields one string item, which is no record: no failure either way"),
    (
        "816:28 StringLiteral",
        "\"Stryker was here!\"",
        "a message without a space then reads as \"Stryker was here!\", which holds no status and no brace: null either way",
    ),
    ("821:85 EqualityOperator", "start <= 0", "a body starting at index 0 is the whole body either way"),
]
_AFTER_THE_MESSAGE = (
    "insert_after puts the new key after the last of the listed keys the variant has, and every variant has its message, "
    "which comes after its id and key: changing an earlier name of the list moves nothing"
)
_TABLE_ALWAYS_THERE = (
    "out of reach: validation requires a table of every variant of a domain with sub-tables, and import refuses an invalid catalogue "
    "before merging, so a page's table is never inserted into a variant without one"
)
_ONE_OF_SHORTCUT = (
    "the shortcut for a oneOf of distinct string constants gives the answers of the general oneOf, whose options compile to the same "
    "string comparisons (_const): missing the shortcut only costs time"
)
_U10000_PRINTABLE = "the bound differs only at U+10000, which is printable (LINEAR B SYLLABLE B008 A) and so never escaped"
_TOOL_OUTPUT = "the compiler's output is only captured to keep it off the terminal: the round trip reads the compiled files, not that output"
_DUMPER_MESSAGE = "out of reach: the message of a dumper that fails, and the generated bindings always load"
_FAST_PATH_DECLINED = (
    "the fast check only spares the located read: when it declines a valid file, the file is read again with places and checked, "
    "which finds the same nothing"
)
_GO_CACHE = "out of reach: the home folder here has a .cache folder, so Go keeps its own build cache and this fallback is never set"
_RUST_ROUND_TRIP = (
    "out of reach: the Rust round trip (cargo build of a fresh copy of the crate, minutes in a scratch copy) is left out of the mutation "
    "run's selection; tests/test_roundtrip.py and tests/test_rust_binding.py run it outside mutation testing"
)
_RUST_ROUND_TRIP_MUTANTS = [
    "codegen.targets.rust.x__cargo__mutmut_1",
    "codegen.targets.rust.x__cargo__mutmut_9",
    "codegen.targets.rust.x_build_rust_program__mutmut_7",
    "codegen.targets.rust.x_build_rust_program__mutmut_15",
    "codegen.targets.rust.x_build_rust_program__mutmut_23",
    "codegen.targets.rust.x_build_rust_program__mutmut_31",
    "codegen.targets.rust.x_build_rust_program__mutmut_39",
    "codegen.targets.rust.x_build_rust_program__mutmut_47",
    "codegen.targets.rust.x_build_rust_program__mutmut_55",
    "codegen.targets.rust.x_build_rust_program__mutmut_63",
    "codegen.targets.rust.x_build_rust_program__mutmut_71",
    "codegen.targets.rust.x_build_rust_program__mutmut_79",
    "codegen.targets.rust.x_build_rust_program__mutmut_87",
    "codegen.targets.rust.x_build_rust_program__mutmut_95",
    "codegen.targets.rust.x_dump_rust__mutmut_2",
    "codegen.targets.rust.x_dump_rust__mutmut_10",
    "codegen.targets.rust.x_dump_rust__mutmut_18",
]
_COMMENT_LINE_FEED = "out of reach: ruamel ends every comment it reads with a line feed, even the last line of a file without one"
_LOCALE_UTF8 = "out of reach: without an encoding Python writes with the locale's, which is UTF-8 on every machine here"
_DEEP_STACK = (
    "out of reach: only a caller within a few frames of the recursion limit parses on a thread, and that test is left out of "
    "mutation runs (mutmut's trampolines add frames to every call)"
)
_SIXTH_PASS_RUNTIME = {
    "x__decode__mutmut_15": "a body starting with { takes the general path as well: its white space stripped (none), it starts at 0",
    "x__decode__mutmut_51": _DEEP_STACK,
    "x__decode__mutmut_57": _CAST,
    "x__failure_under_success__mutmut_7": "the domain's table of failures is built again on every call, the same table: slower only",
    "x__failure_under_success__mutmut_13": "a failure listed under the success code always has its message (the code is the other kind)",
    "x__header__mutmut_10": _CAST,
    "x__header__mutmut_34": _CAST,
    "x__header__mutmut_40": _CAST,
    "x__is_wire_number__mutmut_8": "an 11-digit number is above every code (at most 2**31-1): read as a number it finds no entry either",
    "x__normalise__mutmut_5": "a printable text holds no white space but the space: lstrip() and lstrip(' ') agree on it",
    "x__raw_decode_on_fresh_stack__mutmut_4": _DEEP_STACK,
    "x__raw_decode_on_fresh_stack__mutmut_10": _DEEP_STACK,
    "x_parse_response__mutmut_100": "_header_ms finds no header in None: the test for None only spares the call",
    "x_retry_after__mutmut_32": "no category is named '' or 'XXXX': a missing category finds the fallback delay either way",
    "x__resolve__mutmut_19": "the matchers of a code are found again on every response, the same matchers: slower only",
    "x__wire_code__mutmut_19": "the integer 2**31-1 goes on as the float, which the float branch gives back as the same integer",
    "x__wire_code__mutmut_25": "only an integer beyond a double's range overflows, and it is never 0",
    "x_batch_failures__mutmut_32": _CAST,
}
_ENUM_QUALNAME = "Enum's functional API sets the qualified name to the class name when none is given: the same __qualname__"
_LOADER_NAME = "a SourceFileLoader reads its own path whatever name it is given (None stands for its own): the name only labels the loader"
_GET_SOURCE = "FileSystemLoader.get_source reads the file and never the environment"
_FIRST_CLOSE_MATCH = "only the closest match is shown, and it comes first however many are asked for"
_U0100_PRINTABLE = "the bound differs only at U+0100, which is printable (LATIN CAPITAL LETTER A WITH MACRON) and so never escaped"
_FIXED_LABEL = "another fixed label for one part of the key: the key still changes exactly when that part does"
_TABLE_NUMBERS = "table numbers are only compared for equality: starting at 1, or counting by 2, keeps every table's number its own"
#: Surviving mutants a reader judged equivalent (no test can tell them from the original), with why. A reason that
#: starts with "out of reach" marks one that is not equivalent but that no test can reach under the tool.
_NEGATIVE_IS_UNTERMINATED = "any negative index is read as a string without its closing quote"
_POINT_ONE = "point 1 is taken by the cases before (0 < point <= 21): the exponent's sign is never computed for it"
_LONGEST_INTEGER = "a double has at most 17 significant digits, so 21 integer digits are taken by the case before"
_NOT_A_CODE = "0 and 2^31-1 are codes of no table: Lookup and IsSuccess find nothing for them either way"
_STATUS_TABLE = "out of reach: the http table (fixture and catalogue) has 503 and 504, which decide before this fallback"
_ZERO_WRITTEN = "0 and -0 are written 0 by the general path too: the shortest digits of 0 are 0 at point 1, and -0 < 0 is false, so no sign"
_WHOLE_AS_DOUBLE = "a whole number in 1..MAX_CODE is exact as a double and the double check after gives the same code"
_NO_FRACTION = "without a fraction digit the span point+2..=point+1 is empty, and greedy gives None for it either way"
_PAST_THE_END = (
    "a run count past the message's end only lengthens runs that reach the end, and pick cuts every span at the end (hi.min(n)) "
    "and refuses one starting beyond it (lo > n)"
)
_SKIP_LATER_CANDIDATES = "the check before the break holds again for every later candidate, so continue skips each of them as break leaves the loop"
_ABOVE_100 = "a depth whose absolute value is above 100 is never 0 nor 1"
_UNCLOSED = "an unclosed quote makes the text no JSON whatever the depth: the reader refuses it after the scan either way"
_RATE_AT_THE_END = "a rate that ends the text has no limit after it: leaving out the last place it could start finds nothing less"
_DEPTH_PRECOUNT = "the bracket count only lets a text with few brackets skip the exact scan: counting more, or scanning anyway, gives the same answer"
_INSIDE_THE_LOOP = "index < text.length() inside the loop, so the check is never true; stepping two past the backslash leaves the loop, which gives -1 alike"
_NO_TOMBSTONE = (
    "out of reach: the catalogue removes no code (ErrorCodes.removed is empty in every domain), so there is no tombstone to find; "
    "the Go and Rust runtime tests cover removed() on their fixture data"
)
_WHOLE_AS_LONG = (
    "an integer of these types read through doubleValue() instead gives the same code: the long branch turns a value that is no code into "
    "a double as doubleValue() does"
)
_LATER_QUOTES = (
    "a quote the scan meets later ends an escape of the scan that found no closing quote, which went on from the next character as a scan "
    "from there does: that scan finds none either (the flag only spares it)"
)
_STEP_PAST_THE_END = "the check never holds inside the loop: the step past the backslash leaves the loop, which gives -1 alike"
_FAILS_AT_THE_END = (
    "at the end of the text: the object or array holding this value fails at the end as well, and at the top a value that is no object is none"
)
_SHORT_ESCAPE = "at most four characters left after \\u: no closing quote can follow them, so the string is unclosed either way"
_EXPONENT_SIGN = "in this branch point is at most -6 or above 21: point-1, point+1 and point-2 have the same sign"
_TEXT_NEVER_DECIMAL = "a code sent as text in its exact decimal form is read as its number already: its raw text is never a decimal code"
#: Survivors of the source-level mutants judged equivalent: "file:line:column operator 'original' -> 'replacement'" -> why.
#: The lines are those of the runtime files as the latest pass measured them; earlier runs keep their reasons in the JSON file.
_GO_EQUIVALENT = {
    "jsontext.go:55:5 loop 'break' -> 'continue'": "the loop goes on at the same byte, which fails the same check: complete stays false and end does not move",
    "jsontext.go:100:55 comparison '<=' -> '<'": _DEPTH_PRECOUNT,
    "jsontext.go:111:13 constant '0' -> '1'": "closingQuote gives -1 or an index at least i+1, which is at least 1",
    "jsontext.go:135:9 constant '1' -> '0'": "i < len(text) inside the loop, so the check is never true; the step past the end then leaves the loop and gives -1 alike",
    "jsontext.go:136:13 constant '1' -> '2'": _NEGATIVE_IS_UNTERMINATED,
    "jsontext.go:344:12 constant '1' -> '2'": "a backslash with one character after it ends the text: the string is unterminated either way",
    "jsontext.go:418:13 constant '0' -> '1'": "floatCode gives the same code for 1",
    "jsontext.go:436:26 constant '1' -> '2'": "math.IsInf reads any positive sign as +Inf",
    "jsontext.go:456:26 comparison '<=' -> '<'": _LONGEST_INTEGER,
    "jsontext.go:466:13 comparison '<' -> '<='": _POINT_ONE,
    "model.go:298:30 comparison '>=' -> '>'": _NOT_A_CODE,
    "model.go:301:30 comparison '<=' -> '<'": _NOT_A_CODE,
    "runtime.go:179:43 logical '&&' -> '||'": "without a fallback there is no index for it either; every fallback named is a domain of the catalogue",
    "runtime.go:206:10 constant '0' -> '1'": "the code is not read when ok is false",
    "runtime.go:249:34 constant '504' -> '503'": _STATUS_TABLE,
    "runtime.go:261:20 constant '0' -> '1'": "code 1 is in no table: read as text it finds nothing either",
    "runtime.go:367:15 constant '0' -> '1'": "a code sent as text in its exact decimal form is read as its number already: the text branch never finds a success code",
    "runtime.go:463:99 constant '0' -> '1'": "status 1, like 0, has no entry and no advice",
    "runtime.go:525:14 boolean 'false' -> 'true'": "headerMs reads an empty value as no value",
    "runtime.go:553:50 constant '64' -> '65'": "strconv.ParseFloat reads every bit size but 32 as 64",
    "runtime.go:554:16 logical '||' -> '&&'": "the text is digits only: ParseFloat fails only on overflow, which also gives an infinity",
    # Since d908221 (the sixth pass): lines of the runtime as it measured them.
    "runtime.go:339:55 logical '&&' -> '||'": (
        "a matcher is found only for a numeric code, and the catalogue refuses a string code of decimal digits (or an empty one): "
        "the text of a numeric or absent code is listed by none, so looking it up finds nothing either way"
    ),
    "runtime.go:339:67 logical '&&' -> '||'": (
        "the catalogue refuses a string code of decimal digits (or an empty one): the text of a numeric or absent code, "
        "looked up in addition, is listed by none"
    ),    # Go's odd-numbered mutants, measured in the sixth pass.
    "jsontext.go:22:23 constant '8' -> '7'": "Grow only sizes the builder's first buffer: it grows as needed",
    "jsontext.go:30:22 constant '0' -> '1'": "every case but the default sets need, and the default goes on before need is read",
    "jsontext.go:108:5 loop 'continue' -> 'break'": "break leaves the switch, after which the loop goes on as continue does",
    "jsontext.go:111:11 comparison '<' -> '<='": "closingQuote gives -1 or an index at least i+1, which is at least 1",
    "jsontext.go:113:12 boolean 'false' -> 'true'": _LATER_QUOTES,
    "jsontext.go:135:7 condition 'i+1 >= len(text)' -> 'false'": _STEP_PAST_THE_END,
    "jsontext.go:135:8 arithmetic '+' -> '-'": _STEP_PAST_THE_END,
    "jsontext.go:135:9 constant '1' -> '2'": "a backslash second to last escapes the last character: the string is unclosed either way",
    "jsontext.go:160:9 boolean 'false' -> 'true'": (
        "the reader stays on the misspelt literal's first letter (n, t or f), from which no object or array goes on: not JSON either way"
    ),
    "jsontext.go:166:15 boolean 'false' -> 'true'": _FAILS_AT_THE_END,
    "jsontext.go:182:29 logical '&&' -> '||'": "number() refuses every character that is no digit or minus, as the default does",
    "jsontext.go:220:16 boolean 'false' -> 'true'": _FAILS_AT_THE_END,
    "jsontext.go:250:16 boolean 'false' -> 'true'": _FAILS_AT_THE_END,
    "jsontext.go:283:11 constant '2' -> '1'": "the character after the point is a digit already checked: a scan from it ends alike",
    "jsontext.go:303:54 constant '64' -> '65'": "strconv.ParseFloat reads every bit size but 32 as 64",
    "jsontext.go:308:15 comparison '<' -> '<='": _SHORT_ESCAPE,
    "jsontext.go:308:17 constant '4' -> '5'": _SHORT_ESCAPE,
    "jsontext.go:309:13 boolean 'false' -> 'true'": _SHORT_ESCAPE,
    "jsontext.go:322:11 constant '0' -> '1'": "the value is not read when ok is false",
    "jsontext.go:383:14 boolean 'false' -> 'true'": _FAILS_AT_THE_END,
    "jsontext.go:401:52 constant '64' -> '63'": "strconv.ParseFloat reads every bit size but 32 as 64",
    "jsontext.go:418:5 condition 'value > 0 && value <= maxCode' -> 'false'": _WHOLE_AS_DOUBLE,
    "jsontext.go:438:27 constant '1' -> '0'": "+Inf is taken by the case before: either sign leaves -Inf alone",
    "jsontext.go:444:12 comparison '<' -> '<='": "0 is written before, so the number is never 0 here",
    "jsontext.go:456:29 constant '21' -> '20'": _LONGEST_INTEGER,
    "jsontext.go:458:30 constant '0' -> '1'": "point 1 is taken by the case before (0 < point <= 21)",
    "jsontext.go:466:10 arithmetic '-' -> '+'": _EXPONENT_SIGN,
    "jsontext.go:466:11 constant '1' -> '2'": _EXPONENT_SIGN,
    "jsontext.go:466:15 constant '0' -> '1'": _POINT_ONE,
    "jsontext.go:473:9 constant '0' -> '1'": "-0 is 0",
    "model.go:327:33 constant '0' -> '1'": _NOT_A_CODE,
    "model.go:327:45 comparison '<=' -> '<'": _NOT_A_CODE,
    "model.go:332:10 constant '0' -> '1'": "the code is not read when ok is false",
    "runtime.go:45:5 condition 'r < utf8.RuneSelf' -> 'false'": (
        "a shortcut: the white space list holds the same ASCII characters (tab to carriage return, space)"
    ),
    "runtime.go:45:7 comparison '<' -> '<='": "U+0080 is no white space either way",
    "runtime.go:74:21 logical '&&' -> '||'": (
        "the outer check only finds where folding starts: from the first character on, the inner loop folds the same letters"
    ),
    "runtime.go:191:43 logical '&&' -> '||'": "without a fallback there is no index for it either; every fallback named is a domain of the catalogue",
    "runtime.go:212:12 boolean 'false' -> 'true'": "the code named is then 0, and a wire code of 0 is absent, as no code named leaves it",
    "runtime.go:218:10 constant '0' -> '1'": "the code is not read when ok is false",
    "runtime.go:273:5 condition 'status == 0' -> 'false'": "status 0 has no entry of the http table and no advice of the ranges after",
    "runtime.go:355:30 constant '1' -> '0'": "the first matcher matched against the text again gives the same code-only match, which changes nothing",
    "runtime.go:409:5 condition 'number == 0' -> 'false'": _TEXT_NEVER_DECIMAL,
    "runtime.go:411:42 negation '!' -> ''": _TEXT_NEVER_DECIMAL + "; and 0 is no success code",
    "runtime.go:467:5 condition 'header != nil' -> 'true'": "reading a nil http.Header finds nothing, as the check gives",
    "runtime.go:508:5 condition 'indexOf(websocketDomain) == nil' -> 'false'": "out of reach: the fixture, like the catalogue, has a websocket domain",
    "runtime.go:577:14 boolean 'false' -> 'true'": "headerMs, the only reader of headerValue, reads an empty value as no value",
    "runtime.go:598:10 constant '0' -> '1'": "the milliseconds are not read when ok is false",
    "runtime.go:605:50 constant '64' -> '65'": "strconv.ParseFloat reads every bit size but 32 as 64",
    "runtime.go:606:16 logical '||' -> '&&'": "the text is digits only: ParseFloat fails only on overflow, which also gives an infinity",
    "runtime.go:607:10 constant '0' -> '1'": "the milliseconds are not read when ok is false",
    "runtime.go:648:10 constant '0' -> '1'": "the duration is not read when ok is false",
}
_RUST_EQUIVALENT = {
    "matching.rs:72:19 constant '0' -> '1'": _PAST_THE_END,
    "matching.rs:72:35 constant '0' -> '1'": _PAST_THE_END,
    "matching.rs:72:51 constant '0' -> '1'": _PAST_THE_END,
    "matching.rs:102:16 condition 'lo <= hi' -> 'true'": "pick refuses a span whose lo is above its hi: what it finds is at most hi or at least lo",
    "matching.rs:125:44 boolean 'true' -> 'false'": "a literal's span has one end (lo == hi): the shortest and the longest first are the same span",
    "matching.rs:149:40 condition 'fraction > 0' -> 'true'": _NO_FRACTION,
    "json.rs:271:30 constant '1' -> '2'": "the character after the point is a digit already checked: a scan from the next ends alike",
    "matching.rs:149:49 comparison '>' -> '>='": _NO_FRACTION,
    "matching.rs:236:60 constant '1' -> '2'": "a table one column wider than needed: the extra column is never read",
    "matching.rs:239:35 constant '2' -> '3'": "a table one slot longer than needed: the extra slot is never read",
    "matching.rs:283:8 condition 'ends.lo > n' -> 'false'": (
        "every candidate span ends within the message (greedy refuses lo > hi; literal, number, currency, symbol and text spans stop at its end), "
        "so lo > n never holds"
    ),
    "runtime.rs:58:26 constant '10' -> '11'": "every text of 11 digits is above u32::MAX, which parse refuses as the length check does",
    "matching.rs:236:41 constant '1' -> '2'": "a table one column wider than needed: the extra column is never read",
    "matching.rs:240:39 constant '1' -> '2'": "a table one slot longer than needed: the extra slot is never read",
    "matching.rs:241:43 constant '1' -> '0'": (
        "no part's span starts at the message's end (every part takes a character: a template's literals are never empty), "
        "so the last column is never written nor read"
    ),
    "matching.rs:244:18 constant '1' -> '0'": "next[n + 1] is NONE from its allocation and never written; next[n] is written by the loop right after",
    "matching.rs:182:28 comparison '>' -> '>='": "a text span of a run of 0 is empty (lo above hi), which pick refuses",
    "runtime.rs:472:31 constant '0' -> '1'": _POINT_ONE,
    "runtime.rs:480:34 comparison '>' -> '>='": "point 0 is taken by the case before (-6 < point <= 0): the exponent's sign is never computed for it",
    "runtime.rs:513:66 comparison '<=' -> '<'": _DEPTH_PRECOUNT,
    "runtime.rs:523:34 boolean 'false' -> 'true'": _UNCLOSED,
    "runtime.rs:526:38 arithmetic '+' -> '-'": "stepping two past a backslash that ends the text leaves the scan as the break does, as an unclosed string",
    "runtime.rs:526:40 constant '1' -> '2'": "a backslash second to last escapes the last character: the string is unclosed either way",
    "runtime.rs:762:12 condition '!matches!(item, Json::Object(_))' -> 'false'": (
        "an item that is no object has no success, status nor code: it is never a failure, skipped or not"
    ),
    "runtime.rs:189:8 condition 'message.is_empty()' -> 'false'": "no catalogued text is empty: looking the empty text up finds nothing, as the shortcut gives",
    "runtime.rs:247:15 constant '504' -> '503'": _STATUS_TABLE,
    "runtime.rs:247:15 constant '504' -> '505'": _STATUS_TABLE,
    "runtime.rs:315:13 loop 'break' -> 'continue'": _SKIP_LATER_CANDIDATES,
    "runtime.rs:445:26 comparison '>' -> '>='": "the number is infinite here, never 0",
    "runtime.rs:461:51 constant '0' -> '1'": "the exponent {:e} writes is always an integer: its parse never fails",
    "runtime.rs:463:26 comparison '<' -> '<='": "0 is written before, so the number is never 0 here",
    "runtime.rs:468:30 constant '21' -> '20'": _LONGEST_INTEGER,
    "runtime.rs:469:82 constant '0' -> '1'": "point is positive in this branch: the conversion never fails",
    "runtime.rs:452:8 condition 'number == 0.0' -> 'false'": _ZERO_WRITTEN,
    "runtime.rs:464:66 constant '0' -> '1'": "zeros only gets counts that are not negative (point - count where count <= point, -point where point <= 0)",
    "runtime.rs:480:36 constant '0' -> '1'": _POINT_ONE,
    "runtime.rs:513:36 equality '==' -> '!='": _DEPTH_PRECOUNT,
    "runtime.rs:526:42 comparison '<' -> '<='": "a backslash as the last byte ends the scan either way, as an unclosed string",
    "runtime.rs:535:56 constant '1' -> '2'": _UNCLOSED,
    "runtime.rs:540:67 comparison '>' -> '>='": _ABOVE_100,
    "runtime.rs:540:69 constant '0' -> '1'": _ABOVE_100,
    "runtime.rs:616:36 constant '3' -> '4'": _RATE_AT_THE_END,
    "json.rs:130:53 comparison '<' -> '<='": "1e15 is written 1000000000000000 instead of 1000000000000000.0: the same JSON number, read back alike",
}
_JAVA_EQUIVALENT = {
    "Json.java:20:37 boolean 'false' -> 'true'": "NotJson is never thrown out of a try-with-resources: whether it keeps suppressed exceptions changes nothing",
    "Json.java:72:23 constant '0' -> '1'": _DEPTH_PRECOUNT,
    "Json.java:75:25 equality '==' -> '!='": _DEPTH_PRECOUNT,
    "Json.java:79:13 condition 'opening <= Wire.MAX_JSON_DEPTH' -> 'false'": _DEPTH_PRECOUNT,
    "Json.java:79:21 comparison '<=' -> '<'": _DEPTH_PRECOUNT,
    "Json.java:89:28 constant '0' -> '1'": "stringEnd gives -1 or an index at least index+1, which is at least 1",
    "Json.java:116:21 condition 'index + 1 >= text.length()' -> 'false'": "stepping two past the backslash leaves the loop, which gives -1 alike",
    "Json.java:116:29 constant '1' -> '2'": "a backslash with one character after it ends the text: the string is unterminated either way",
    "Json.java:124:17 constant '1' -> '2'": _NEGATIVE_IS_UNTERMINATED,
    "Json.java:159:51 logical '&&' -> '||'": "every character sent to number() that is no digit or minus is refused there as well",
    "KucoinErrors.java:36:17 condition 'dead.code() == code' -> 'false'": (
        "out of reach: the catalogue removes no code (ErrorCodes.removed is empty in every domain), so there is no tombstone to find; "
        "the Go and Rust runtime tests cover removed() on their fixture data"
    ),
    "KucoinErrors.java:125:27 comparison '>=' -> '>'": "out of reach: the catalogue's http table has 500, which decides before this fallback",
    "KucoinErrors.java:139:48 constant '504' -> '503'": _STATUS_TABLE,
    "KucoinErrors.java:144:30 constant '500' -> '501'": "out of reach: the catalogue's http table has 500, which decides before this fallback",
    "KucoinErrors.java:185:17 loop 'break' -> 'continue'": _SKIP_LATER_CANDIDATES,
    "KucoinErrors.java:211:13 condition 'number == 0' -> 'false'": _ZERO_WRITTEN,
    "KucoinErrors.java:217:46 constant '17' -> '18'": "every double reads back from its 17 significant digits: the loop ends by precision 17",
    "KucoinErrors.java:231:35 constant '21' -> '20'": _LONGEST_INTEGER,
    "KucoinErrors.java:238:66 comparison '>' -> '>='": _POINT_ONE,
    "KucoinErrors.java:257:17 condition 'value > 0 && value <= Wire.MAX_CODE' -> 'false'": _WHOLE_AS_DOUBLE,
    "KucoinErrors.java:262:17 condition 'big.signum() > 0 && big.compareTo(BigInteger.valueOf(Wire.MAX_CODE)) <= 0' -> 'false'": _WHOLE_AS_DOUBLE,
    "Text.java:94:13 condition 'text.length() <= limit' -> 'false'": (
        "a shortcut: a text of at most limit chars has at most limit code points, which the exact count gives back whole as well"
    ),
    "Text.java:98:23 comparison '<=' -> '<'": "a text of exactly limit code points cut after limit code points is the whole text",
    "Text.java:127:47 comparison '<=' -> '<'": "rate and limit, the only words compared, have no z: a Z left in upper case fails to match as a lowered z does",
    "Text.java:139:39 comparison '<=' -> '<'": _RATE_AT_THE_END,
    # Since d908221 (the sixth pass): lines of the runtime as it measured them.
    "KucoinErrors.java:119:13 condition 'message.isEmpty()' -> 'false'": (
        "out of reach: only a listed failure message of punctuation alone ('!', '.') compares as the empty text, and the catalogue "
        "lists none; the Rust fixture lists one, and its test kills the same mutant of the Rust runtime"
    ),
    # Java's odd-numbered mutants, measured in the sixth pass.
    "Json.java:89:25 comparison '>=' -> '>'": "stringEnd gives -1 or an index at least index+1, which is at least 1",
    "Json.java:94:32 boolean 'true' -> 'false'": _LATER_QUOTES,
    "Json.java:116:29 constant '1' -> '0'": _INSIDE_THE_LOOP,
    "Json.java:116:31 comparison '>=' -> '>'": _INSIDE_THE_LOOP,
    "Json.java:117:29 constant '1' -> '2'": _NEGATIVE_IS_UNTERMINATED,
    "Json.java:276:24 constant '4' -> '5'": "an escape whose four digits end the text leaves its string unclosed: not JSON either way",
    "Json.java:279:21 constant '0' -> '1'": "the start value is multiplied by 16 four times: 1 becomes 65536, which the cast to a 16-bit char drops",
    "Json.java:307:25 constant '2' -> '1'": "the character after the point is a digit already checked: a scan from it ends alike",
    "KucoinErrors.java:36:17 condition 'dead.code() == code' -> 'true'": _NO_TOMBSTONE,
    "KucoinErrors.java:136:13 condition 'integer == null' -> 'true'": _NO_TOMBSTONE,
    "KucoinErrors.java:141:17 condition 'dead.isPresent()' -> 'false'": _NO_TOMBSTONE,
    "KucoinErrors.java:176:48 constant '504' -> '505'": "504 and 505 are both in 500..599, whose advice is the same check_state",
    "KucoinErrors.java:196:60 constant '2' -> '1'": "the initial capacity only sizes the list's first array: it grows as needed",
    "KucoinErrors.java:227:57 constant '1' -> '0'": "the first matcher matched against the text again gives the same code-only match, which changes nothing",
    "KucoinErrors.java:253:29 constant '0' -> '1'": "the number is infinite here: above 1 exactly when above 0",
    "KucoinErrors.java:255:23 constant '0' -> '1'": (
        "numberText is asked only for numbers that are no code: 1 is a code, read as such before; 0 and -0 are written 0 by the general path too"
    ),
    "KucoinErrors.java:261:30 constant '1' -> '2'": (
        "a number whose shortest form has one digit reads back from two as well, and trailing zeros are stripped after"
    ),
    "KucoinErrors.java:275:32 comparison '<=' -> '<'": _LONGEST_INTEGER,
    "KucoinErrors.java:278:36 constant '0' -> '1'": "point 1 is taken by the case before (0 < point <= 21)",
    "KucoinErrors.java:282:68 constant '0' -> '1'": _POINT_ONE,
    "KucoinErrors.java:291:47 constant '10' -> '11'": (
        "every text of 11 digits is above MAX_CODE, which the check after gives back as text, as the length check does"
    ),
    "KucoinErrors.java:299:13 condition 'raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof Byte' -> 'false'": (
        _WHOLE_AS_LONG
    ),
    "KucoinErrors.java:299:36 logical '||' -> '&&'": _WHOLE_AS_LONG,
    "KucoinErrors.java:299:83 logical '||' -> '&&'": _WHOLE_AS_LONG,
    "KucoinErrors.java:301:25 constant '0' -> '1'": _WHOLE_AS_DOUBLE,
    "KucoinErrors.java:301:36 comparison '<=' -> '<'": _WHOLE_AS_DOUBLE,
    "KucoinErrors.java:306:32 constant '0' -> '1'": _WHOLE_AS_DOUBLE,
    "KucoinErrors.java:306:86 comparison '<=' -> '<'": _WHOLE_AS_DOUBLE,
    "Matching.java:150:47 constant '10' -> '11'": "every text of 11 digits is above MAX_CODE, which the check after refuses as the length check does",
    "Matching.java:178:25 loop 'break' -> 'continue'": (
        "out of reach: no message matches the templates of two codes of one domain of the catalogue (each template filled in and tried "
        "against the others): the first template that matches is the only one"
    ),
    "Matching.java:191:13 condition 'message.isEmpty()' -> 'false'": (
        "out of reach: no text of the catalogue normalises to the empty text (punctuation alone): looking the empty text up finds nothing, "
        "as the shortcut gives"
    ),
    "Text.java:55:74 constant '1' -> '0'": "past the end, 0 is below every lower bound (at least 0x80), as -1 is",
    "Text.java:58:21 loop 'break' -> 'continue'": (
        "the byte that fails is checked again against the same bounds, and fails again until the loop ends: one replacement, "
        "and that byte read next, as with break"
    ),
    "Text.java:139:35 arithmetic '+' -> '-'": "asciiRegionMatches refuses a region past the end: the starts added find nothing",
    "Text.java:139:37 constant '4' -> '5'": _RATE_AT_THE_END,
}
_DUMPER_CHECK = (
    "out of reach: a weakened check of the dumper's own (lookup by number and by text, a tombstone not live, advice as the catalogue's) "
    "fails only for a package that breaks a rule validation enforces or a defective runtime, and every generated package passes it"
)
_DOUBT_UNREAD = "_DoubtError's argument is never read: every caller catches it and leaves the run to the full path"
_CODEC_CASE = "Python's codec names ignore case: UTF-8 is utf-8"
_STAMP_KEY = "the stamp is written and read back by the same code, which compares every key it has: another fixed name for a part changes nothing"
_TOUCHING_WELL_FORMED = (
    "out of reach: touching placeholders are checked only when the placeholders are well-formed (parts.ok), so every one is a mapping: the branch for "
    "another value is never taken"
)
_UNIQUE_ROWS = (
    "a page's row numbers are unique (validation refuses a row recorded twice) and come first in each tuple: sorting the tuples sorts by row number "
    "alone"
)
_PATTERN_MEMO = (
    "the memo of an entry's patterns only saves time: missing it, or never finding what it kept, makes the same patterns again (it keeps the entry, so "
    "an id is never reused while kept)"
)
_ASCII_LOWERING = "str.lower and the ASCII table lower the same letters of ASCII text: the test only picks the faster"
_TRANSLATE_ANYWAY = "the search only skips a translation that would replace nothing: translating anyway gives the same text"
_SAME_BYTES = "the bytes given are those the text was decoded from as UTF-8: encoding the text again gives the same bytes (only slower)"
_BYTES_ALWAYS_GIVEN = "out of reach: read_fast, the only caller, always passes the file's bytes"
_FAST_DEPTH = (
    "the fast reader's nesting limit only hands a file nested too deep to the located reader sooner: read further, the file breaks the schema "
    "(a catalogue file nests 7 levels), and a file the fast path finds wrong is read again by the located reader, which reports the nesting"
)
_FUSED_SPEED = "an object or string schema left unfused is checked by the general compiled checks, which answer the same, only slower"
_PATTERN_PROPERTIES = "patternProperties is no keyword of _OBJECT_KEYWORDS: a schema with it is left unfused by the test before"
_EVERY_OBJECT = "out of reach: every object of the catalogue schema has properties and required, so their defaults are never read"
_FIELD_KEY_MEMO = "the field keys of a model class are only kept to save work: working them out again gives the same keys"
_SCALAR_SEPARATORS = (
    "only a scalar reaches json.dumps here (a str or int subclass, a bool: the model's tuples and dataclasses are written before), and a scalar's "
    "JSON has no separator to write"
)
#: The eighth pass: the importer's suggestions, documents and YAML nodes, sampled more densely (their mutant names).
_EIGHTH_PASS_IMPORT = {
    "codegen.importers.suggestions.x_suggest_placeholders__mutmut_20": (
        "every token PLACEHOLDER_PATTERN finds is an indexed {n} or one of XX, XXX-XXX and xxx, each named in _PLACEHOLDER_NAMES: "
        "the default name of any other token is never read"
    ),
    "codegen.importers.documents.x__normalised_heading__mutmut_3": (
        "a heading's words are joined by another separator, on both sides of the one comparison that reads them: words without white space "
        "joined by 'xx xx' are told apart exactly as joined by a space"
    ),
    "codegen.importers.documents.x_parse_document__mutmut_13": (
        "every reader of a line strips the line or its cells before reading it, and a carriage return is white space to str.strip: "
        "a page with CRLF line ends reads the same without the cut"
    ),
    "codegen.importers.documents.x_sub_table_for_title__mutmut_8": (
        "a heading of no known section looks its sub-tables up under '' or 'XXXX': neither is a domain with sub-tables"
    ),
    "codegen.importers.documents.xǁ_Readerǁ__init____mutmut_8": (
        "the reader sets empty_table back to None before its first section opens (heading and scope_sentence close the table first), "
        "and an empty table with no section is never reported: the first value is never read"
    ),
    "codegen.importers.documents.xǁ_Readerǁ__init____mutmut_11": (
        "table_has_rows is read only in a section with sub-tables, which only heading() opens, setting it to False: the first value is never read"
    ),
    "codegen.importers.documents.xǁ_Readerǁ_table_conflicts__mutmut_9": "row() appends to rows and table_of_row together: the two are always as long",
    "codegen.importers.documents.xǁ_Readerǁ_table_conflicts__mutmut_18": (
        "outside the sections with sub-tables the key's text is one constant for every row: '' or 'XXXX', codes are told apart the same"
    ),
    "codegen.importers.documents.xǁ_Readerǁheading__mutmut_5": (
        "a heading reaches the comparison with its 'Errors Code' suffix already cut, so only the page's title written twice over "
        "('Errors Code Errors Code') equals it: the comparison is never true for a heading KuCoin writes, lowered or not"
    ),
    "codegen.importers.documents.xǁ_Readerǁheading__mutmut_8": "sub_heading does not read its line",
    "codegen.importers.documents.xǁ_Readerǁrow__mutmut_84": (
        "the stripped text occurs once in the cell (it starts and ends with the only non-space characters there): find and rfind agree"
    ),
}
#: The eighth pass over the modules measured before by small samples: the Python runtime's records, the YAML editing, stamps,
#: user templates, rewording and merging of the importer (their mutant names).
_EIGHTH_PASS_REST = {
    "kucoin_errors_fixture._model.x_first_access_getattr__mutmut_24": (
        "enum_attribute reads the module's name only in its error for a name no domain's enum has, and the names filter before refuses "
        "every such name with the same message: the package passes the ENUM_CLASSES that enum_attribute reads too"
    ),
    "codegen.importers.yaml_editing.x_catalogue_yaml__mutmut_7": (
        "YAML.indent leaves an indent given as None at ruamel's default, and its default mapping indent is 2: the same text"
    ),
    "codegen.importers.yaml_editing.x_set_text__mutmut_4": (
        "every scalar set_text replaces is a catalogue text (a message, key, detail, separator, scope or table; edit checks its field is one): "
        "a plain one is a str, and str(text) is the text itself"
    ),
    **dict.fromkeys(
        ("codegen.user_templates.x__target_folders__mutmut_2", "codegen.user_templates.x__target_folders__mutmut_4"),
        "the children of one folder share its path: sorted as paths, they are sorted by their names",
    ),
    **{f"codegen.importers.merging.xǁ_DomainMergerǁ_reword__mutmut_{number}": _AFTER_THE_MESSAGE for number in (27, 31, 39, 115, 119, 171)},
    **dict.fromkeys(
        ("codegen.importers.merging.xǁ_DomainMergerǁ_new_entry__mutmut_98", "codegen.importers.merging.xǁ_DomainMergerǁ_new_entry__mutmut_102"),
        "a further variant of a new code has a retry of its own only when its message is already known to the merge, and _learn keeps the "
        "first classification of a message (setdefault): the advice it is passed for that message is never read",
    ),
    **{
        f"codegen.importers.merging.xǁ_DomainMergerǁ_merge_table__mutmut_{number}": (
            "out of reach: only the rows of a domain with sub-tables carry a table, and every message of such a domain has one (validation "
            "refuses the catalogue before the merge otherwise): a table is never added, only changed"
        )
        for number in (40, 44, 48)
    },
    "codegen.importers.merging.xǁ_DomainMergerǁ_queue__mutmut_9": (
        "items queued at one place as insertions of their own land in the order they were queued: splice puts the earlier of two "
        "insertions at one line above the later"
    ),
    "codegen.importers.merging.xǁ_DomainMergerǁ_new_entry__mutmut_86": (
        "the variants are made one a row, the first before the loop and one for each further row: zip's strict check never fails"
    ),
    "codegen.importers.merging.xǁ_DomainMergerǁ_reword__mutmut_91": (
        "the new aliases never hold the new row (the list comprehension before leaves it out), so a wording equal to the new row is in none "
        "of them and gets no alias number either way"
    ),
    "codegen.stamps.x__digest__mutmut_4": "codec names are looked up without regard to case: 'UTF-8' is the same codec as 'utf-8'",
}
#: The seventh pass: the entry literal writers and the other functions the generator's speed-up changed (their mutant names).
_SEVENTH_PASS_GENERATOR = {
    "codegen.targets.typescript.x__field_keys__mutmut_1": _FIELD_KEY_MEMO,
    "codegen.targets.typescript.x__field_keys__mutmut_2": _FIELD_KEY_MEMO,
    "codegen.targets.typescript.x__json__mutmut_25": "ensure_ascii=None is false, as False is: the same JSON",
    "codegen.targets.typescript.x__json__mutmut_26": _SCALAR_SEPARATORS,
    "codegen.targets.typescript.x__json__mutmut_29": _SCALAR_SEPARATORS,
    "codegen.targets.typescript.x__json__mutmut_31": _SCALAR_SEPARATORS,
    "codegen.targets.typescript.x__json__mutmut_32": _SCALAR_SEPARATORS,
    "codegen.targets.go.x_go_pattern__mutmut_5": _ASCII_LOWERING,
    "codegen.matching.x_message_key__mutmut_3": _ASCII_LOWERING,
    "codegen.matching.x_escape_literal__mutmut_2": _TRANSLATE_ANYWAY,
    "codegen.escaping.x_markdown_text__mutmut_3": _TRANSLATE_ANYWAY,
    "codegen.validation.x__may_refuse_characters__mutmut_53": (
        "the notes are joined by another text holding no refused character: the search finds the same characters"
    ),
    "codegen.validation.xǁ_Partsǁfield__mutmut_3": (
        "a value not of its field's kind breaks the schema, whose error spoils the field's path: the test of spoilt paths returns None for it all the same"
    ),
    "codegen.loading.x__fast_data__mutmut_7": _SAME_BYTES,
    "codegen.loading.x__fast_data__mutmut_9": _BYTES_ALWAYS_GIVEN,
    "codegen.loading.x__fast_data__mutmut_11": _SAME_BYTES,
    "codegen.loading.x__fast_data__mutmut_15": "the pending key is set with the first collection, before it is read: its first value is never read",
    "codegen.loading.x__fast_data__mutmut_95": _FAST_DEPTH,
    "codegen.loading.x__fast_data__mutmut_97": _FAST_DEPTH,
    "codegen.loading.x_read_fast__mutmut_11": _CODEC_CASE,
    "codegen.loading.x_read_fast__mutmut_25": _SAME_BYTES,
    **dict.fromkeys((f"codegen.schema_check.x__compile__mutmut_{n}" for n in (1, 9, 13, 17, 19, 21)), _FUSED_SPEED),
    "codegen.schema_check.x__fused_object__mutmut_10": _FUSED_SPEED,
    "codegen.schema_check.x__fused_object__mutmut_18": _PATTERN_PROPERTIES,
    "codegen.schema_check.x__fused_object__mutmut_20": _PATTERN_PROPERTIES,
    "codegen.schema_check.x__fused_object__mutmut_28": _EVERY_OBJECT,
    "codegen.schema_check.x__fused_object__mutmut_30": _EVERY_OBJECT,
    "codegen.schema_check.x__fused_object__mutmut_46": _EVERY_OBJECT,
    "codegen.schema_check.x__fused_object__mutmut_48": _EVERY_OBJECT,
    "codegen.schema_check.x__fused_string__mutmut_5": _FUSED_SPEED,
    "codegen.schema_check.x__fused_string__mutmut_33": "Unsure's argument is never read: the caller catches it and asks jsonschema",
    "codegen.placeholders.x_find_placeholder_tokens__mutmut_2": (
        "every placeholder token holds {, XX or xxx, so the pattern finds nothing where may_hold_placeholders is false: searching anyway finds the same nothing"
    ),
}
_SCHEMA_TYPED = "rules_hold reads only files the schema accepts, where this field is, when present, of the kind tested: the test always passes"
#: The eighth pass: the functions the generator's latest speed-up changed (rules_hold and its helpers, the declaration filters).
_EIGHTH_PASS_GENERATOR = {
    "codegen.validation.x__entry_holds__mutmut_51": "the schema requires a variant's message: it is never None, so the row is appended either way",
    "codegen.validation.x__entry_holds__mutmut_59": _SCHEMA_TYPED,
    "codegen.validation.x__entry_holds__mutmut_61": _SCHEMA_TYPED,
    "codegen.validation.x__layout_holds__mutmut_38": "the schema makes aliases a list when present; absent, the value is None either way",
    "codegen.validation.x__layout_holds__mutmut_52": (
        "the schema makes pages a list of at least one item when present; absent, None or None is false: the same files enter"
    ),
    "codegen.validation.x__layout_holds__mutmut_64": _SCHEMA_TYPED,
    "codegen.validation.x__text__mutmut_4": (
        "every field read through _text (name, id, message, table, a placeholder's name) is text in a file the schema accepts"
    ),
    "codegen.validation.x__touching_holds__mutmut_16": (
        "the default kind of a token without one is in no pair of TOUCHING_KIND_PATTERNS, whatever its name: the pairs told apart are the same"
    ),
    "codegen.validation.x__touching_holds__mutmut_18": "the schema makes every placeholder an object: the kind for anything else is never used",
    "codegen.validation.x_rules_hold__mutmut_10": (
        "out of reach: only the located reader marks nodes reported (the only way to spoil a part with no broken path), "
        "and its documents go to rule_problems, never to rules_hold"
    ),
    **dict.fromkeys((f"codegen.fast_path.x_write_stamp__mutmut_{n}" for n in (27, 47, 48)), (
        "json.dumps escapes every character past ASCII, a lone surrogate of a name that is not UTF-8 too: the error handler is never called"
    )),
    **dict.fromkeys((f"codegen.fast_path.x_write_stamp__mutmut_{n}" for n in (29, 31, 44)), (
        "the stamp is read back by json.loads and compared by value, never as text; its keys come in the order the code builds them, the same every run"
    )),
    "codegen.fast_path.x_write_stamp__mutmut_46": _CODEC_CASE,
    "codegen.fast_path.x_write_stamp__mutmut_68": _CODEC_CASE,
    "codegen.targets.java.x_java_template_patterns__mutmut_1": (
        "None and the empty text are both false, and held is only tested before it is set: the same items"
    ),
}
_MARK_ALWAYS_THERE = (
    "out of reach: every scanner and parser error of ruamel carries a problem mark or a context mark (the one without a problem, "
    "a block scalar's blank lines indented more than its first, has its context mark): the (1, 1) fallback is a guard"
)
_REFUSED_KEY_UNREAD = "a key refused (a merge key, a key that is no string) keeps no value: the name it is given is never read"
_SCALAR_MARKS = (
    "ruamel's constructors of the scalars it resolves implicitly (int, float, bool, null, timestamp, str) read no mark of the node but in "
    "the error for a timestamp its pattern refuses, and that pattern admits every text the resolver takes for a timestamp"
)
#: The eighth pass, larger samples of modules measured before only by small ones (their mutant names).
_EIGHTH_PASS_LOCATE = {
    "codegen.located_reader.xǁLocatedReaderǁ__init____mutmut_6": "ruamel's YAML() takes typ=None for its default, the round-trip loader 'rt': the same",
    "codegen.located_reader.xǁLocatedReaderǁ_accept_key__mutmut_10": _REFUSED_KEY_UNREAD,
    "codegen.located_reader.xǁLocatedReaderǁ_accept_key__mutmut_28": _REFUSED_KEY_UNREAD,
    "codegen.located_reader.xǁLocatedReaderǁ_holds_replaced__mutmut_13": (
        "a replaced character becomes U+FFFD, no white space nor indicator, so a replaced span ends where a node starts only for the empty "
        "value of a key ending in one (`? note\\x00`): that key is no field of the schema, reported as unknown, and its value is never checked"
    ),
    "codegen.located_reader.xǁLocatedReaderǁ_scalar__mutmut_19": _SCALAR_MARKS,
    "codegen.located_reader.xǁLocatedReaderǁ_scalar__mutmut_23": _SCALAR_MARKS,
    "codegen.located_reader.xǁLocatedReaderǁ_scalar__mutmut_37": (
        "a resolved tag (tag:yaml.org,2002:int) has one colon after rsplit's limit: [1] and [-1] are the same part"
    ),
    "codegen.located_reader.xǁLocatedReaderǁ_scalar__mutmut_47": (
        "ruamel's int, float and str subclasses (hex and octal ints, block scalars) compare, hash, print and serialise as the plain values, and "
        "the compiled schema check hands them to jsonschema: a catalogue with a hex code and block scalars read through the located reader "
        "generates the same bytes either way"
    ),
    "codegen.located_reader.xǁLocatedReaderǁ_syntax_problem__mutmut_5": _MARK_ALWAYS_THERE,
    "codegen.located_reader.xǁLocatedReaderǁ_syntax_problem__mutmut_11": _MARK_ALWAYS_THERE,
    **dict.fromkeys((f"codegen.cache.x_run_key__mutmut_{n}" for n in (17, 23, 25, 29, 37, 41, 45, 55, 83, 87)), _FIXED_LABEL),
    "codegen.cache.xǁRunCacheǁdigests__mutmut_10": _CODEC_CASE,
    **dict.fromkeys(
        (f"codegen.cache.xǁRunCacheǁcurrent_outputs__mutmut_{n}" for n in (3, 7)),
        "given no root, safe_output_path resolves the output folder itself for each path: the same root and the same checks, resolved more often",
    ),
    "codegen.config.x__relative__mutmut_5": "out of reach: os.path.relpath raises ValueError only on Windows, for paths on two drives",
    **dict.fromkeys(
        (f"codegen.config.x__parse__mutmut_{n}" for n in (27, 36)),
        "out of reach: the TOMLDecodeError of this Python (3.11) has no lineno or colno, so getattr gives its default 0 whatever the name "
        "(the place, when the error has one, is read from its message); Python 3.14 and tomli 2.1 give the attributes, and the test of "
        "invalid TOML's place checks them there",
    ),
}
_HELP_WORDING = (
    "the wording of a help sentence (its case, added letters): no script reads it, and tests that every option and command has its help, "
    "with the metavars and choices the README gives, keep what a reader relies on; pinning each sentence would only make rewording fail tests"
)
#: The eighth pass on the modules measured before by small samples only: documentation.py, serialize.py, catalog.py, cli.py.
_EIGHTH_PASS_CLI = {
    "codegen.documentation.x_markdown_message__mutmut_8": (
        "every placeholder token holds {, XX or xxx, so the pattern finds nothing where may_hold_placeholders is false: searching anyway finds the same nothing"
    ),
    "codegen.documentation.x_page_ids__mutmut_8": "the page id is the part before the first colon: splitting at the first two gives the same first part",
    "codegen.documentation.x_page_tables__mutmut_33": (
        "the first row of a high-frequency-only code is that code's: a code of both tables at the same row would be a row recorded twice, "
        "which validation refuses"
    ),
    "codegen.documentation.x_replacement_link__mutmut_3": "a replacement is DOMAIN:CODE with one colon (the schema's pattern): partition and rpartition agree",
    "codegen.documentation.x_retry_text__mutmut_16": (
        "validation refuses retry_max_attempts without retry_then and the other way round: either both are set or neither"
    ),
    "codegen.documentation.x_shared_codes__mutmut_14": "two names or categories need two entries: the count of entries adds nothing to the test of meanings",
    "codegen.documentation.x_shared_codes__mutmut_15": "two names or categories need two entries: the count of entries adds nothing to the test of meanings",
    "codegen.catalog.xǁ_Checkerǁ_valid__mutmut_2": (
        "jsonschema's validator is asked instead of the schema's compiled check, which gives its answers faster: the same answer, slower"
    ),
    "codegen.catalog.xǁ_Checkerǁ_valid__mutmut_6": _FAST_PATH_DECLINED,
    "codegen.catalog.xǁ_Checkerǁ_valid__mutmut_8": _FAST_PATH_DECLINED,
    **dict.fromkeys((f"codegen.cli.x__add_output_flags__mutmut_{n}" for n in (25, 49)), _HELP_WORDING),
    **dict.fromkeys((f"codegen.cli.x__parser__mutmut_{n}" for n in (9, 17, 97, 145, 161, 201, 257, 273)), _HELP_WORDING),
    **dict.fromkeys((f"codegen.cli.x__edit_parsers__mutmut_{n}" for n in (172, 180, 188, 332)), _HELP_WORDING),
}
_PURE_PARSER = (
    "out of reach: ruamel.yaml.clib is not installed (ruamel.yaml 0.19 no longer depends on it), so typ='safe' reads with the pure-Python "
    "parser whatever pure says"
)
_FRESH_FOLDER = "the folder is made in a temporary folder load_base has just made: there is no parent to make"
_CHECK_FALSE = "check=None, or no check, is as false as check=False: the exit status is read after the run either way"
_GIT_UTF8 = (
    "out of reach: Python looks an error handler up only on a byte it cannot decode, and git's message here is UTF-8: it names a "
    "path ls-tree listed (quoted to ASCII) under a prefix that _git has already read as UTF-8"
)
_GIT_MESSAGE_PASSED_ON = (
    "out of reach: the git calls whose failure is passed on as it is (show-prefix, ls-tree) run only after rev-parse has found the "
    "repository and the commit, and then do not fail; the calls that can fail are answered with messages of their own"
)
#: The eighth pass: edit_fields.py whole, editing.py and semantic_diff.py 1 in 3 (their mutant names).
_EIGHTH_PASS_EDIT = {
    "codegen.edit_fields.x__typed__mutmut_22": _PURE_PARSER,
    "codegen.edit_fields.x__typed__mutmut_24": _PURE_PARSER,
    "codegen.edit_fields.x__typed__mutmut_27": _PURE_PARSER,
    # editing.py's add_entry as it is since 8ceca8e (the recheck on d69d4c2 keeps the reasons it gave its survivors then).
    "codegen.editing.x_add_entry__mutmut_95": (
        "an id given as id=ID is set again over this one by _new_variant's loop over the message's fields; for an empty id=, str(None) "
        "is what the id already was: the same variant either way"
    ),
    "codegen.editing.x_add_entry__mutmut_123": "a code the domain has is refused before: no code of the file equals the new one, so < and <= pick the same",
    # semantic_diff.py as it is since 161f530 (the check for git moved out of _git); the recheck on d988ee8 keeps the reasons it was given.
    "codegen.semantic_diff.x__export_revision__mutmut_18": (
        "only the call's success is read, never its output: rev-parse echoes an option it does not know and still fails outside a repository"
    ),
    "codegen.semantic_diff.x__export_revision__mutmut_33": (
        "a failure of this call is answered with a message of its own (unknown revision): --quiet only keeps git's from being printed"
    ),
    **dict.fromkeys((f"codegen.semantic_diff.x__export_revision__mutmut_{n}" for n in (67, 68)), _FRESH_FOLDER),
    **dict.fromkeys((f"codegen.semantic_diff.x__export_revision__mutmut_{n}" for n in (73, 77)), _CHECK_FALSE),
    **dict.fromkeys((f"codegen.semantic_diff.x__git__mutmut_{n}" for n in (6, 11)), _CHECK_FALSE),
    **dict.fromkeys((f"codegen.semantic_diff.x__export_revision__mutmut_{n}" for n in (90, 93, 94)), _GIT_UTF8),
    "codegen.semantic_diff.x__export_revision__mutmut_92": _CODEC_CASE,
    **dict.fromkeys((f"codegen.semantic_diff.x__git__mutmut_{n}" for n in (19, 20, 22)), _GIT_MESSAGE_PASSED_ON),
}
_PYRT = "kucoin_errors_fixture._runtime."
_MADE_AGAIN = "made again on every call, the same object: slower only"
#: The eighth pass's survivors of runtime/python/_runtime.py (every 2nd mutant), writing.py, escaping.py, target.py and console.py.
_EIGHTH_PASS_PYRT = {
    f"{_PYRT}x__as_mapping__mutmut_3": _CAST,
    f"{_PYRT}x__as_mapping__mutmut_9": _CAST,
    f"{_PYRT}x__decode__mutmut_61": _CAST,
    f"{_PYRT}x__header__mutmut_44": _CAST,
    f"{_PYRT}x__header_ms__mutmut_10": _CAST,
    f"{_PYRT}x_batch_failures__mutmut_27": _CAST,
    f"{_PYRT}x_batch_failures__mutmut_31": _CAST,
    f"{_PYRT}x__classify__mutmut_3": "_index finds the domain's index in _INDEXES itself: the same index, one lookup later",
    f"{_PYRT}x__classify__mutmut_23": (
        "a None code finds no matcher in any layer (matcher(None) finds no entry) and is no gateway code: nothing found either way"
    ),
    f"{_PYRT}x__classify__mutmut_27": f"the matchers of a code are {_MADE_AGAIN}",
    f"{_PYRT}x__compiled__mutmut_2": f"a template's expression is {_MADE_AGAIN}",
    f"{_PYRT}xǁ_DomainIndexǁmatcher__mutmut_2": f"a code's matcher is {_MADE_AGAIN}",
    f"{_PYRT}x__decode__mutmut_5": "bytes.decode() decodes UTF-8 by default",
    f"{_PYRT}x__decode__mutmut_13": (
        "a body starting with { takes the general path as well (only a body of the brace alone still takes the first): its white space "
        "stripped (none), it starts at 0"
    ),
    f"{_PYRT}x__decode__mutmut_31": _PRECOUNT,
    f"{_PYRT}x__decode__mutmut_37": _PRECOUNT,
    f"{_PYRT}x__decode__mutmut_55": "at the end of the text the rest is empty, which strip leaves empty: the same test",
    f"{_PYRT}x__literal_prefix__mutmut_2": "None is false as False is: the same tests of escaped",
    f"{_PYRT}x__literal_prefix__mutmut_18": "only the special characters of a template reach this test, and none is an X: the same tests",
    f"{_PYRT}x__match__mutmut_21": "zip(strict=True) never fires: a template has one group per placeholder, by construction",
    f"{_PYRT}x__nests_too_deep__mutmut_13": (
        "a token is a bracket or a quoted string, and no quoted string is part of 'XX]}XX' (it has no quote): the same closing brackets"
    ),
    f"{_PYRT}x__number_text__mutmut_12": "an infinity is above 0 or below it: >= 0 tells the two apart as > 0 does",
    f"{_PYRT}x__number_text__mutmut_32": (
        "only a number below 1 written without an exponent (0.0001 or more) has leading zeros; kept, its point falls after the first "
        "and the decimal branch writes the same 0.000ddd"
    ),
    f"{_PYRT}x__number_text__mutmut_52": "0 is answered before: the sign of a number that is not 0 is the same",
    f"{_PYRT}x__number_text__mutmut_96": "the exponent form is reached only with point above 21 or at most -6: >= 0 and > 0 agree there",
    f"{_PYRT}x__resolve__mutmut_16": (
        "out of reach: the one gateway code (1015) is an entry of its gateway domain (futures) in the fixture and the catalogue: "
        "its matcher is never None"
    ),
    f"{_PYRT}x__wire_code__mutmut_8": "an 11-digit string is above every code (at most 2**31-1): read as a number it is kept raw either way",
    f"{_PYRT}x__wire_code__mutmut_26": "only an integer beyond a double's range overflows, and it is never 0 or 1",
    f"{_PYRT}x_parse_response__mutmut_43": "_header_ms finds no header in None: the test for None only spares the call",
    f"{_PYRT}xǁ_Readersǁ__init____mutmut_29": "the expression ignores case (re.IGNORECASE): RATE LIMIT in capitals matches the same texts",
    "codegen.writing.x__text__mutmut_3": "bytes.decode() decodes UTF-8 by default",
    "codegen.writing.x__text__mutmut_6": "Python's codec names ignore case: UTF-8 is utf-8",
    "codegen.writing.x_encoded__mutmut_5": "Python's codec names ignore case: UTF-8 is utf-8",
    "codegen.writing.x_find_leftovers__mutmut_9": "None is false as False is: a link to a folder is still not taken for a folder",
    **{f"codegen.writing.x_edited_by_hand__mutmut_{n}": (
        "out of reach: edited_by_hand is called by no code of the project (write_outputs and OutputStager test carries_valid_stamp_bytes "
        "themselves), so no test reaches it"
    ) for n in range(1, 7)},
    "codegen.writing.x_change_opcodes__mutmut_74": (
        "once one text is used up, the window step takes the rest of the other as one change and the loop ends at the next test: "
        "the same opcodes, one SequenceMatcher later"
    ),
    "codegen.writing.x_change_opcodes__mutmut_77": "None is false as False is: add records the same change",
    "codegen.writing.x_change_opcodes__mutmut_103": "the window goes on doubling past an end, where it compares the same lines and finds no more: only time is lost, up to WINDOW_LINES",
    "codegen.writing.x_change_opcodes__mutmut_104": "the window goes on doubling past an end, where it compares the same lines and finds no more: only time is lost, up to WINDOW_LINES",
    "codegen.writing.x_change_opcodes__mutmut_106": "the window goes on doubling past an end, where it compares the same lines and finds no more: only time is lost, up to WINDOW_LINES",
    "codegen.writing.x_change_opcodes__mutmut_119": "a step past the end of one text is followed by changes only, which merge into one run ending at the text's end: the same opcodes",
    "codegen.writing.x_change_opcodes__mutmut_124": "a step past the end of one text is followed by changes only, which merge into one run ending at the text's end: the same opcodes",
    "codegen.writing.x_change_opcodes__mutmut_125": "None is false as False is: add records the same change",
    **{f"codegen.writing.xǁ_GivenOpcodesǁ__init____mutmut_{n}": (
        "the sequences given to difflib are never read: get_opcodes is overridden, and get_grouped_opcodes reads only its opcodes"
    ) for n in range(1, 8)},
    "codegen.writing.xǁOutputStagerǁ__init____mutmut_8": (
        "without the folder resolved once, safe_output_path resolves it itself for each path: the same root, the same checks, only resolved more often"
    ),
    "codegen.writing.xǁOutputStagerǁ__init____mutmut_11": (
        "without the folder resolved once, safe_output_path resolves it itself for each path: the same root, the same checks, only resolved more often"
    ),
    "codegen.writing.xǁOutputStagerǁadd__mutmut_3": "safe_output_path gives the path the stager checked when it was made: the same path, checked again",
    "codegen.writing.xǁOutputStagerǁ_make_folder__mutmut_8": (
        "out of reach: the folder was found missing just before; exist_ok matters only when something else makes it in between"
    ),
    "codegen.writing.xǁOutputStagerǁ_make_folder__mutmut_9": (
        "out of reach: the folder was found missing just before; exist_ok matters only when something else makes it in between"
    ),
    "codegen.writing.x__write_temporary__mutmut_6": "the number of tries only bounds a loop over taken names: 100 or 101 taken names end in the same error",
    "codegen.writing.x__write_temporary__mutmut_9": "the random part of a temporary name only has to be new: 32 random bytes make a fresh name as 4 do",
    "codegen.writing.x__write_temporary__mutmut_10": "the random part of a temporary name only has to be new: 5 random bytes make a fresh name as 4 do",
    **{f"codegen.escaping.x__quote__mutmut_{n}": "a surrogate is never printable (category Cs): the range test after isprintable() decides nothing" for n in (26, 27, 28)},
    **{f"codegen.escaping.x_python_docstring__mutmut_{n}": "a surrogate is never printable (category Cs): the range test after isprintable() decides nothing" for n in (20, 21, 22, 23)},
    **{f"codegen.escaping.x__pretty_json__mutmut_{n}": "the value then goes to json.dumps, which writes the same text: only slower" for n in (1, 2, 9, 23, 44)},
    **{f"codegen.escaping.x__pretty_json__mutmut_{n}": "a string value then takes the general path, which writes it the same" for n in (25, 56)},
    **{f"codegen.escaping.x__chunked_json__mutmut_{n}": "how deep the document is opened piece by piece, and when a chunk is cut, change only the pieces: their joined text is the same" for n in (43, 44, 45, 64, 66)},
    "codegen.escaping.x__plain_or_dumped__mutmut_15": "None is false as False is: json.dumps keeps non-ASCII characters either way",
    "codegen.escaping.x__python_escape__mutmut_3": "the bound differs only at U+0100 (LATIN CAPITAL LETTER A WITH MACRON), which is printable and so never escaped",
    "codegen.escaping.x__python_escape__mutmut_4": "the bound differs only at U+0100 (LATIN CAPITAL LETTER A WITH MACRON), which is printable and so never escaped",
    "codegen.escaping.x__python_escape__mutmut_8": "the bound differs only at U+10000, which is printable (LINEAR B SYLLABLE B008 A) and so never escaped",
    "codegen.escaping.x__go_escape__mutmut_5": "the bound differs only at U+10000, which is printable (LINEAR B SYLLABLE B008 A) and so never escaped",
    "codegen.escaping.x__go_escape__mutmut_6": "the bound differs only at U+10000, which is printable (LINEAR B SYLLABLE B008 A) and so never escaped",
    "codegen.escaping.x__typescript_escape__mutmut_5": "the bound differs only at U+10000, which is printable (LINEAR B SYLLABLE B008 A) and so never escaped",
    **{f"codegen.console.xǁConsoleǁproblem__mutmut_{n}": (
        "the place pattern is anchored at the start of the text (no MULTILINE): it matches once at most, whatever the count"
    ) for n in (8, 14)},
    "codegen.target.x_run_dumper__mutmut_20": "Python's codec names ignore case: UTF-8 is utf-8",
    "codegen.target.x_run_dumper__mutmut_27": "Python's codec names ignore case: UTF-8 is utf-8",
    "codegen.writing.x__write_temporary__mutmut_46": (
        "out of reach: only a close that fails after a write that failed reads the suppressed class, and no fault test makes both fail"
    ),
}

_UNSUPPORTED_UNREAD = "the argument of _Unsupported is never read: compile_check catches it and returns None, whatever it says"
_UNSURE_UNREAD = "Unsure's argument is never read: the caller catches it and asks jsonschema"
#: The eighth pass, schema_check.py and loading.py in samples of 1 in 2 (their mutant names).
#: The ninth pass (the lead's changes of the run key's listing, the Rust literals and the TypeScript entry JSON; the names are of
#: its mutants, every mutant of the functions changed since 30d5615).
_NINTH_PASS_LEAD = {
    **dict.fromkeys((f"codegen.cache.x_run_key__mutmut_{n}" for n in (12, 16, 17, 18, 22, 23, 25, 29, 30, 32, 36, 37, 41, 45, 46, 50, 54, 55, 83, 87, 88)),
                    _FIXED_LABEL),
    **dict.fromkeys((f"codegen.cache.x_run_key__mutmut_{n}" for n in (8, 94)),
                    "Python's codec registry reads \"UTF-8\" as \"utf-8\": the same bytes"),
    "codegen.cache.x_run_key__mutmut_62": "a target without user templates then adds a folder of None, which lists no file: the same key",
    "codegen.cache.x__folder_files__mutmut_5": "top is read only when folder is not None: for None the listing is empty before it",
}
_EIGHTH_PASS_LOAD = {
    **dict.fromkeys((f"codegen.schema_check.x__compile__mutmut_{n}" for n in (2, 8, 10, 12, 14, 18, 22)), _FUSED_SPEED),
    **dict.fromkeys((f"codegen.schema_check.x__fused_object__mutmut_{n}" for n in (7, 9, 11, 15, 21)), _FUSED_SPEED),
    "codegen.schema_check.x__fused_object__mutmut_19": _PATTERN_PROPERTIES,
    "codegen.schema_check.x__fused_object__mutmut_55": _UNSURE_UNREAD,
    "codegen.schema_check.x__compile__mutmut_30": _UNSUPPORTED_UNREAD,
    **dict.fromkeys((f"codegen.schema_check.x__const__mutmut_{n}" for n in (3, 5)), _UNSUPPORTED_UNREAD),
    **dict.fromkeys((f"codegen.schema_check.x__enum__mutmut_{n}" for n in (5, 7)), _UNSUPPORTED_UNREAD),
    **dict.fromkeys((f"codegen.schema_check.x__additional_properties__mutmut_{n}" for n in (9, 11)), _UNSUPPORTED_UNREAD),
    "codegen.schema_check.x__items__mutmut_8": _UNSUPPORTED_UNREAD,
    **dict.fromkeys(
        (f"codegen.schema_check.x__items__mutmut_{n}" for n in (2, 4)),
        "prefixItems is no keyword the compiler knows: a schema with it is not compiled (_compile refuses the keyword), whether or not items refuses it first",
    ),
    "codegen.schema_check.x__additional_properties__mutmut_5": (
        "patternProperties is no keyword the compiler knows: a schema with it is not compiled (_compile refuses the keyword), "
        "whether or not additionalProperties refuses it first"
    ),
    **dict.fromkeys((f"codegen.schema_check.x__one_of__mutmut_{n}" for n in (4, 8)), _ONE_OF_SHORTCUT),
    **dict.fromkeys(
        (f"codegen.schema_check.x_compile_check__mutmut_{n}" for n in (4, 6)),
        "a reference in a schema without $defs: `name not in None` raises TypeError, which compile_check catches as it catches _Unsupported: None either way",
    ),
    "codegen.loading.x__fast_parser__mutmut_9": (
        "re.X on every pattern: the patterns compiled without it (<<, =, and the indicators ! & *) hold no white space and no #, so verbose mode reads them the same"
    ),
    **dict.fromkeys(
        (f"codegen.loading.x__read_bytes__mutmut_{n}" for n in (17, 19)),
        "the read's bound only keeps a file that grew after stat from being read whole: read further, it is refused with the same message",
    ),
    "codegen.loading.x_read_document__mutmut_61": _CODEC_CASE,
}
EQUIVALENT: dict[str, str] = {
    "codegen.documentation.x_page_tables__mutmut_78": "no sub-table is named '' or 'XXXX': a row without a table finds no sentence either way",
    "codegen.serialize.x_content_hash__mutmut_6": _CODEC_CASE,
    "codegen.rendering.x__runtime_source__mutmut_7": "out of reach: without an encoding Python reads with the locale's, which is UTF-8 on every machine here",
    "codegen.rendering.x__runtime_source__mutmut_10": _CODEC_CASE,
    "codegen.rendering.x_render_each__mutmut_21": _CODEC_CASE,
    "codegen.rendering.x_make_environment__mutmut_22": "Jinja's Environment leaves autoescape off by default: the argument only says so",
    "codegen.rendering.x_render_each__mutmut_12": (
        "the whole stream as one piece gives the same bytes: the pieces bound only the peak memory, which benchmarks/ measures"
    ),
    "codegen.matching.x_entry_patterns__mutmut_1": _PATTERN_MEMO,
    "codegen.matching.x_entry_patterns__mutmut_2": _PATTERN_MEMO,
    "codegen.matching.x_entry_patterns__mutmut_3": _PATTERN_MEMO,
    "codegen.matching.x_entry_patterns__mutmut_6": _PATTERN_MEMO,
    "codegen.matching.x_entry_patterns__mutmut_7": _PATTERN_MEMO,
    "codegen.matching.x_entry_patterns__mutmut_16": _PATTERN_MEMO,
    "codegen.matching.x_entry_patterns__mutmut_17": _PATTERN_MEMO,
    "codegen.matching.x_entry_patterns__mutmut_18": _PATTERN_MEMO,
    "codegen.matching.x_message_pattern__mutmut_28": (
        "touching needs a placeholder before, so before is set whenever the pair is looked up: the fallback is never read"
    ),
    "codegen.documentation.x__page_rows__mutmut_16": _UNIQUE_ROWS,
    "codegen.documentation.x__page_rows__mutmut_18": _UNIQUE_ROWS,
    "codegen.documentation.x_page_ids__mutmut_5": "the page id is the part before the first colon: splitting at every colon gives the same first part",
    "codegen.validation.x__touching_problems__mutmut_3": _TOUCHING_WELL_FORMED,
    "codegen.validation.x__touching_problems__mutmut_18": _TOUCHING_WELL_FORMED,
    "codegen.cache.x_run_key__mutmut_23": _FIXED_LABEL,
    "codegen.cache.x_run_key__mutmut_55": _FIXED_LABEL,
    "codegen.cache.x_run_key__mutmut_83": _FIXED_LABEL,
    "codegen.cache.x_run_key__mutmut_87": _FIXED_LABEL,
    "codegen.cache.xǁRunCacheǁstore_digests__mutmut_11": (
        "an entry is read back as a dictionary and its digest is of the bytes written: the order of its keys changes nothing read"
    ),
    "codegen.cache.xǁRunCacheǁstore_digests__mutmut_19": _CODEC_CASE,
    "codegen.importers.merging.xǁ_DomainMergerǁ_reword__mutmut_155": (
        "inserting a key the variant has replaces its value where it is, right after the message (and key and detail), so the file reads the same; only"
        " a detail_separator would come after the placeholders instead of before, a key order no reader sees"
    ),
    "codegen.importers.merging.xǁ_DomainMergerǁ_reword__mutmut_115": _AFTER_THE_MESSAGE,
    "codegen.writing.x__write_temporary__mutmut_10": "a longer random part in a temporary file's name: the name only has to start with the prefix and be free",
    "codegen.writing.x_change_opcodes__mutmut_105": (
        "the window goes on doubling past both ends, where it compares the same lines and finds no more: only time is lost, up to WINDOW_LINES"
    ),
    "codegen.writing.xǁ_GivenOpcodesǁ__init____mutmut_7": "only difflib's grouping of the given opcodes is used, and it reads neither sequence",
    "codegen.fast_path.x__configs__mutmut_13": (
        "the folders from the working directory upwards are fixed by the working directory, which the stamp records too: a missing "
        "pyproject.toml recorded as None instead of [path, None] compares equal run to run, and one appearing or vanishing changes either form"
    ),
    "codegen.fast_path.x__file_digest__mutmut_5": _DOUBT_UNREAD,
    "codegen.fast_path.x__listing__mutmut_18": _DOUBT_UNREAD,
    "codegen.fast_path.x__jinja_file__mutmut_16": (
        "out of reach: without a Jinja2 on the path the full run fails before it writes a stamp, so the fallback for no Jinja found is never stamped"
    ),
    "codegen.fast_path.x__read_stamp__mutmut_16": "Python's codec names ignore case: ASCII is ascii",
    "codegen.fast_path.x__read_stamp__mutmut_28": _CODEC_CASE,
    "codegen.fast_path.x_write_stamp__mutmut_50": _CODEC_CASE,
    "codegen.fast_path.x_inputs__mutmut_32": _STAMP_KEY,
    "codegen.fast_path.x_inputs__mutmut_35": _STAMP_KEY,
    "codegen.fast_path.x_inputs__mutmut_41": _STAMP_KEY,
    "codegen.targets.python_dump.x_entry__mutmut_3": _DUMPER_CHECK,
    "codegen.targets.python_dump.x_tombstone__mutmut_1": _DUMPER_CHECK,
    "codegen.targets.python_dump.x_tombstone__mutmut_2": _DUMPER_CHECK,
    "codegen.targets.python_dump.x_tombstone__mutmut_5": _DUMPER_CHECK,
    "codegen.targets.python_dump.x_unnumbered__mutmut_1": _DUMPER_CHECK,
    "codegen.fast_path.x_stamp_path__mutmut_23": (
        "json.dumps escapes every character outside ASCII (ensure_ascii), lone surrogates too: encoding its text never calls the error handler"
    ),
    "codegen.fast_path.x_write_stamp__mutmut_35": (
        "the stamp is read back as a dictionary and its digest is of the bytes written: the order of its keys changes nothing read"
    ),
    "codegen.editing.x__end_of_block__mutmut_1": (
        "an entry always has lines indented into it after its first (its name, category and variants), so end is set before the loop can stop"
    ),
    "codegen.importers.catalogue_files.x_check_merged__mutmut_11": _LOCALE_UTF8,
    "codegen.importers.catalogue_files.x_check_merged__mutmut_13": _LOCALE_UTF8,
    "codegen.importers.catalogue_files.x_check_merged__mutmut_16": "Python's codec names ignore case: UTF-8 is utf-8",
    "codegen.importers.catalogue_files.x_read_catalogue_text__mutmut_6": "Python's codec names ignore case: UTF-8 is utf-8",
    **dict.fromkeys(_RUST_ROUND_TRIP_MUTANTS, _RUST_ROUND_TRIP),
    "codegen.importers.yaml_editing.x_delete_key__mutmut_22": _COMMENT_LINE_FEED,
    "codegen.importers.yaml_editing.x_delete_key__mutmut_28": _COMMENT_LINE_FEED,
    "codegen.targets.java.x_compile_java__mutmut_2": "out of reach: the round trip's class folder is new each time, so it never exists already",
    "codegen.targets.java.x_dump_java__mutmut_3": "the name of the scratch folder the classes are compiled into: any name does",
    "codegen.importers.yaml_editing.x_catalogue_yaml__mutmut_17": (
        "a width of 1,000,001 columns folds no line that 1,000,000 leaves whole: no message is that long"
    ),
    "codegen.taxonomy.x_load_schema__mutmut_3": "out of reach: without an encoding Python reads with the locale's, which is UTF-8 on every machine here",
    "codegen.taxonomy.x_load_schema__mutmut_5": "Python's codec names ignore case: UTF-8 is utf-8",
    "codegen.targets.go.x_dump_go__mutmut_6": "out of reach: the round trip's program folder is new each time, so it never exists already",
    "codegen.targets.go.x_go_environment__mutmut_4": "out of reach: the generated module has no dependencies, so Go never asks a proxy for one",
    "codegen.targets.go.x_go_environment__mutmut_9": (
        "out of reach: the generated module has no dependencies and a complete go.mod: no -mod mode changes the build"
    ),
    "codegen.targets.go.x_go_environment__mutmut_19": "out of reach: the Go here (1.19) predates GOTOOLCHAIN (1.21) and reads no such variable",
    "codegen.targets.go.x_go_environment__mutmut_24": _GO_CACHE,
    "codegen.targets.go.x_go_environment__mutmut_34": _GO_CACHE,
    "codegen.targets.go.x_go_tool__mutmut_7": "out of reach: the message of a machine without Go, and every machine that runs these tests has Go",
    "codegen.catalog.xǁ_Checkerǁ_valid__mutmut_1": _FAST_PATH_DECLINED,
    "codegen.catalog.xǁ_Checkerǁ_valid__mutmut_4": _FAST_PATH_DECLINED,
    "codegen.catalog.xǁ_Checkerǁ_valid__mutmut_7": _FAST_PATH_DECLINED,
    "codegen.targets.typescript.x__tool__mutmut_13": "out of reach: npm ci installs the project's tsc, so the search of the PATH is never made",
    "codegen.targets.typescript.x_dump_typescript__mutmut_1": "out of reach: the scratch folder's parent always exists (a test's temporary folder)",
    "codegen.targets.typescript.x_dump_typescript__mutmut_10": "tsc -p reads the configuration file it is given, whatever its name",
    "codegen.targets.typescript.x_dump_typescript__mutmut_22": "tsc reads compiler option values without regard to case: ES2022 is es2022",
    "codegen.targets.typescript.x_dump_typescript__mutmut_31": "tsc reads compiler option values without regard to case: NODE10 is node10",
    "codegen.targets.typescript.x_dump_typescript__mutmut_49": _TOOL_OUTPUT,
    "codegen.targets.typescript.x_dump_typescript__mutmut_52": _TOOL_OUTPUT,
    "codegen.targets.typescript.x_dump_typescript__mutmut_76": _DUMPER_MESSAGE,
    "codegen.target.x_run_dumper__mutmut_4": "check=None is as false as check=False: the exit status is read after the run either way",
    "codegen.target.x_run_dumper__mutmut_7": "subprocess.run's check is False by default",
    "codegen.cli.x__generate__mutmut_23": "the bytecode folder only saves compiling the templates again: without it the same files are rendered",
    "codegen.targets.python.x_dump_python__mutmut_6": (
        "out of reach: without the variable the dumper inherits the test's environment, whose locale is UTF-8 here, and prints UTF-8 all the same"
    ),
    "codegen.targets.python.x_dump_python__mutmut_21": (
        "an environment without PYTHONIOENCODING and without a locale is the C locale, which Python coerces to UTF-8 (PEP 538): the same output"
    ),
    "codegen.diagnostics.x_did_you_mean__mutmut_8": _FIRST_CLOSE_MATCH,
    "codegen.diagnostics.x_did_you_mean__mutmut_9": "0.6 is get_close_matches's own default cutoff",
    "codegen.diagnostics.x_did_you_mean__mutmut_11": _FIRST_CLOSE_MATCH,
    "codegen.diagnostics.x_printable__mutmut_12": _U0100_PRINTABLE,
    "codegen.diagnostics.x_printable__mutmut_13": _U0100_PRINTABLE,
    "codegen.diagnostics.x_printable__mutmut_18": _U10000_PRINTABLE,
    "codegen.diagnostics.x_printable__mutmut_19": _U10000_PRINTABLE,
    "codegen.user_templates.x_template_problem__mutmut_42": "a frame of template code always has its line number: the fallback is never read",
    "codegen.targets.go.x_go_context__mutmut_18": "camel_case lowers every letter but the first of each word: the upper-case name gives the same identifier",
    "codegen.targets.typescript.x_without_source_only__mutmut_10": (
        "the two marker lines differ, so they are never found at one index once the first is found: end == start never happens"
    ),
    "codegen.targets.python.x_isort_order__mutmut_13": "another rank for the last group, still after the other two: the same order",
    "codegen.located_reader.xǁLocatedReaderǁread__mutmut_14": (
        "out of reach: ruamel raises a YAMLError without a mark only from its reader, for a character it refuses, and the loader "
        "refuses every such character first, at its line and column (character U+0007 is not allowed in a catalogue file)"
    ),
    "codegen.importers.documents.x__names__mutmut_7": (
        "the extra start index gives a slice one word shorter than the run, which never equals it: any() finds the same"
    ),
    "codegen.placement.x_place_outputs__mutmut_24": (
        "without per-target folders the root is the output folder itself, and the output folder relative to itself is '.': the same path"
    ),
    "codegen.semantic_diff.x__git__mutmut_27": (
        "out of reach: the git calls whose failure is passed on as it is (show-prefix, ls-tree) run only after rev-parse has found the "
        "repository and the commit, and then do not fail; the calls that can fail are answered with messages of their own"
    ),
    "kucoin_errors_fixture._runtime.x__as_mapping__mutmut_7": _CAST,
    "kucoin_errors_fixture._runtime.x__header_ms__mutmut_14": _CAST,
    "kucoin_errors_fixture._runtime.x__header_ms__mutmut_20": "Python's codec names ignore case: LATIN-1 is latin-1",
    "kucoin_errors_fixture._runtime.x__classify__mutmut_84": "zip(strict=True) never fires: a template has one group per placeholder, by construction",
    "kucoin_errors_fixture._runtime.x__code_named_by__mutmut_6": "_classify refuses an unknown domain first, so the domain is always in the table",
    "kucoin_errors_fixture._runtime.x__reject_constant__mutmut_1": "the text of this ValueError is never shown: _decode catches it and falls back on the status",
    "kucoin_errors_fixture._runtime.x__status_advice__mutmut_6": "the http table is in every generated package and in the fixture; table is never None",
    "kucoin_errors_fixture._runtime.x__wire_code__mutmut_17": "the integer 1 goes on as the float 1.0, which the float branch gives back as the integer 1",
    "kucoin_errors_fixture._runtime.x__decode__mutmut_21": (
        "the test only skips lstrip for a text that starts with a brace, where lstrip finds no space: start is 0 either way"
    ),
    "kucoin_errors_fixture._runtime.x__decode__mutmut_39": _CAST,
    "kucoin_errors_fixture._runtime.x__number_text__mutmut_13": "an infinity is above 1 or below 0: > 1 tells the two apart as > 0 does",
    "kucoin_errors_fixture._runtime.x__number_text__mutmut_97": "the exponent form is reached only with point above 21 or at most -6: > 1 and > 0 agree there",
    "kucoin_errors_fixture._runtime.x__raw_decode__mutmut_8": _DEEP_STACK,
    "kucoin_errors_fixture._runtime.x__raw_decode__mutmut_14": _DEEP_STACK,
    "kucoin_errors_fixture._runtime.x__status_advice__mutmut_19": (
        "out of reach: the fixture's http table has 504, whose entry decides before the status fallback (the catalogue's has none, and "
        "the generated package's tests run in a subprocess)"
    ),
    "kucoin_errors_fixture._enums.x_domain_enum__mutmut_15": _ENUM_QUALNAME,
    "kucoin_errors_fixture._enums.x_domain_enum__mutmut_20": _ENUM_QUALNAME,
    "kucoin_errors_fixture._enums.x_domain_enum__mutmut_26": (
        "unreachable: the functional API called on KucoinErrorCode always makes a subclass of it; the check is for type checkers"
    ),
    "codegen.precompiled.x_compile_key__mutmut_7": "Python's codec names ignore case: UTF-8 is utf-8",
    "codegen.precompiled.x_stale_files__mutmut_14": "Python's codec names ignore case: UTF-8 is utf-8",
    "codegen.precompiled.x_write_files__mutmut_15": "Python's codec names ignore case: UTF-8 is utf-8",
    "codegen.precompiled.x_stale_files__mutmut_12": _LOCALE_UTF8,
    "codegen.precompiled.x_write_files__mutmut_11": _LOCALE_UTF8,
    "codegen.precompiled.x_write_files__mutmut_13": _LOCALE_UTF8,
    "codegen.precompiled.x_stale_files__mutmut_4": "rglob in a folder that does not exist finds nothing: the same empty set",
    "codegen.precompiled.x__compiled_code__mutmut_1": _LOADER_NAME,
    "codegen.precompiled.x__compiled_code__mutmut_3": _LOADER_NAME,
    "codegen.precompiled.x_expected_files__mutmut_7": _GET_SOURCE,
    "codegen.precompiled.xǁPrecompiledLoaderǁload__mutmut_2": _GET_SOURCE,
    "codegen.precompiled.xǁPrecompiledLoaderǁload__mutmut_32": (
        "Environment.get_template always passes a dict of globals (make_globals): globals is never None here"
    ),
    "codegen.validation.x__schema_error_problems__mutmut_87": "every type the schema names is a key of _SCHEMA_TYPES: the fallback is never read",
    "codegen.validation.x__schema_error_problems__mutmut_111": "every pattern of the schema has a description: the fallback is never read",
    "codegen.validation.xǁ_Partsǁfield__mutmut_11": (
        "a bool where an integer is expected is refused by the schema first (its integer type excludes bool), so the path is not ok "
        "and field returns None either way"
    ),
    "codegen.matching.x_message_pattern__mutmut_6": "message[None:start] is message[0:start]",
    "codegen.importers.merging.xǁ_DomainMergerǁ_reword__mutmut_82": (
        "insert_after goes after the last of these keys the variant has, and every variant has a message after its id: the id is never the one"
    ),
    "codegen.writing.x__read__mutmut_3": "bytes.decode() decodes UTF-8 by default",
    "codegen.importers.merging.xǁ_DomainMergerǁ_queue__mutmut_9": (
        "queueing each item as its own insertion only costs a splice step: splice places insertions at one line in queue order, "
        "and a new file takes the queued items in order (test_new_codes_and_messages_queued_at_one_place_keep_the_pages_order)"
    ),
    "codegen.importers.merging.xǁ_DomainMergerǁ_new_entry__mutmut_97": (
        "a further message of a new code has retry advice of its own only when the catalogue already knows the message, "
        "and then _learn's setdefault keeps what the catalogue says: the advice passed is never stored"
    ),
    "codegen.loading.x__fast_data__mutmut_37": "resolved only remembers what _plain gave for a scalar already read: resolving it again gives the same value",
    "codegen.located_reader.xǁLocatedReaderǁ_scalar__mutmut_37": "a resolved tag (tag:yaml.org,2002:int) has one colon after rsplit's limit: [1] and [-1] are the same part",
    "codegen.located_reader.xǁLocatedReaderǁ_syntax_problem__mutmut_11": (
        "out of reach: ruamel's scanner and parser errors always carry a problem or a context mark; the (1, 1) fallback is a guard"
    ),
    "codegen.source_document.xǁSourceDocumentǁplace__mutmut_11": "the extra step looks up path[:-1], already looked up one step before: the same place",
    "codegen.schema_check.x__one_of__mutmut_2": _ONE_OF_SHORTCUT,
    "codegen.schema_check.x__one_of__mutmut_14": _ONE_OF_SHORTCUT,
    "codegen.serialize.x_entry_from_data__mutmut_4": "the text of an assertion that data which passed the schema never fails: never shown",
    "codegen.escaping.x__python_escape__mutmut_7": _U10000_PRINTABLE,
    "codegen.escaping.x__typescript_escape__mutmut_6": _U10000_PRINTABLE,
    "codegen.cache.x_run_key__mutmut_12": _FIXED_LABEL,
    "codegen.cache.x_run_key__mutmut_36": _FIXED_LABEL,
    "codegen.cache.xǁRunCacheǁdigests__mutmut_3": "the digest line and the one-line JSON body hold a single line feed between them: partition and rpartition split at the same one",
    "codegen.cache.xǁRunCacheǁstore__mutmut_11": "the record is read back with json.loads: the order of its keys changes nothing read",
    "codegen.importers.documents.xǁ_Readerǁ__init____mutmut_14": _TABLE_NUMBERS,
    "codegen.importers.documents.xǁ_Readerǁscope_sentence__mutmut_3": _TABLE_NUMBERS,
    "codegen.importers.documents.xǁ_Readerǁsub_heading__mutmut_13": _TABLE_NUMBERS,
    "codegen.importers.merging.xǁ_DomainMergerǁ_reword__mutmut_31": _AFTER_THE_MESSAGE,
    "codegen.importers.merging.x_merge_document__mutmut_60": "splice with no insertions gives back the text it was given: only a parse is saved",
    "codegen.importers.merging.xǁ_DomainMergerǁ_merge_table__mutmut_39": _TABLE_ALWAYS_THERE,
    "codegen.importers.merging.xǁ_DomainMergerǁ_merge_table__mutmut_45": _TABLE_ALWAYS_THERE,
    "codegen.importers.merging.xǁ_DomainMergerǁ_merge_table__mutmut_51": _TABLE_ALWAYS_THERE,
    "codegen.importers.merging.xǁ_DomainMergerǁ_merge_table__mutmut_57": _TABLE_ALWAYS_THERE,
    "codegen.importers.merging.xǁ_DomainMergerǁ_reword__mutmut_37": _AFTER_THE_MESSAGE,
    "codegen.importers.merging.xǁ_DomainMergerǁ_reword__mutmut_43": (
        "a detail separator is only set with a detail, which the loop has put after the message just before: the new key goes after the detail either way"
    ),
    "codegen.importers.merging.xǁ_DomainMergerǁ_reword__mutmut_97": _AFTER_THE_MESSAGE,
    "codegen.importers.merging.xǁ_DomainMergerǁ_reword__mutmut_151": _AFTER_THE_MESSAGE,
    "codegen.writing.xǁOutputStagerǁ__init____mutmut_4": (
        "without the folder resolved once, safe_output_path resolves it itself for each path: the same root, the same checks, only resolved more often"
    ),
    "codegen.cli.x__edit_parsers__mutmut_251": _HELP_WORDING,
    "codegen.cli.x__parser__mutmut_97": _HELP_WORDING,
    "codegen.cli.x__parser__mutmut_272": _HELP_WORDING,
    **{f"runtime/typescript/runtime.ts:{where} {replacement}": why for where, replacement, why in _STRYKER_EQUIVALENT},
    **{f"runtime/typescript/runtime.ts:{where} {replacement}": why for where, replacement, why in _STRYKER_EQUIVALENT_SIXTH},
    **{f"runtime/typescript/runtime.ts:{where} {replacement}": why for where, replacement, why in _STRYKER_EQUIVALENT_NINTH},
    **{f"runtime/go/{where}": why for where, why in _GO_EQUIVALENT.items()},
    **{f"runtime/rust/{where}": why for where, why in _RUST_EQUIVALENT.items()},
    **{f"runtime/java/{where}": why for where, why in _JAVA_EQUIVALENT.items()},
    "kucoin_errors_fixture._runtime.x__number_text__mutmut_75": "point == 1 is taken by the branch before (0 < point <= 21)",
    "kucoin_errors_fixture._runtime.x__raw_decode__mutmut_10": (
        "out of reach: the thread fallback runs only near the recursion limit, which mutmut's trampolines move; "
        "test_json_nested_up_to_the_limit_is_read_whatever_the_callers_stack_depth covers it outside mutmut"
    ),
    # The sixth pass, on the runtime whose matchers are made per code (the names are of its mutants).
    **{f"kucoin_errors_fixture._runtime.{name}": why for name, why in _SIXTH_PASS_RUNTIME.items()},
    **_SEVENTH_PASS_GENERATOR,
    **_EIGHTH_PASS_GENERATOR,
    **_EIGHTH_PASS_IMPORT,
    **_EIGHTH_PASS_CLI,
    **_EIGHTH_PASS_EDIT,
    **_EIGHTH_PASS_LOCATE,
    **_EIGHTH_PASS_REST,
    **_EIGHTH_PASS_PYRT,
    **_EIGHTH_PASS_LOAD,
    **_NINTH_PASS_LEAD,
}


def tracked_files() -> list[str]:
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT, capture_output=True, check=True)
    return [name for name in listed.stdout.decode().split("\0") if name and (ROOT / name).is_file()]


def scratch_copy(ref: str | None) -> Path:
    """A copy of the project's files (of the work tree, or of commit ``ref``) in a new temporary folder, with node_modules linked."""
    scratch = Path(tempfile.mkdtemp(prefix="mutation-"))
    if ref is not None:
        archive = subprocess.run(["git", "archive", "--format=tar", ref], cwd=ROOT, capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", str(scratch)], input=archive.stdout, check=True)
        shutil.copytree(ROOT / "benchmarks", scratch / "benchmarks", dirs_exist_ok=True)  # the tooling is this work tree's
    else:
        for name in tracked_files():
            (scratch / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, scratch / name)
    (scratch / "node_modules").symlink_to(ROOT / "node_modules")
    return scratch


def toml_value(value: object) -> str:
    return json.dumps(value, ensure_ascii=True)  # a JSON string or list of strings is valid TOML


def with_mutmut_settings(pyproject: str, settings: dict[str, object]) -> str:
    """pyproject.toml text whose [tool.mutmut] table is replaced by ``settings`` (the rest kept)."""
    kept = re.sub(r"(?ms)^\[tool\.mutmut\]\n.*?(?=^\[|\Z)", "", pyproject)
    table = "\n[tool.mutmut]\n" + "".join(f"{key} = {toml_value(value)}\n" for key, value in settings.items())
    return kept.rstrip("\n") + "\n" + table


def mutmut_settings(scratch: Path, module: Module, source_paths: list[str], only_mutate: str) -> tuple[dict[str, object], list[str]]:
    base = with_base_settings(scratch)
    tests = [test for test in module.tests if (scratch / test.split("::")[0]).exists()]  # a file, or a test of one
    selection = [*tests, *(arg for test in module.deselect for arg in ("--deselect", test)), *(arg for plugin in module.plugins for arg in ("-p", plugin))]
    settings = {
        **base,
        "source_paths": source_paths,
        "only_mutate": [only_mutate],
        "pytest_add_cli_args_test_selection": selection,
    }
    return settings, tests


def with_base_settings(scratch: Path) -> dict[str, object]:
    """The [tool.mutmut] table of pyproject.toml, read as data."""
    import tomllib  # noqa: PLC0415 (Python 3.11+, like mutmut's own configuration on this project)

    data = tomllib.loads((scratch / "pyproject.toml").read_text(encoding="utf-8"))
    return dict(data.get("tool", {}).get("mutmut", {}))


_STATUS = {1: "killed", 3: "killed", 0: "survived", 36: "timeout", 24: "timeout", -24: "timeout", 152: "timeout", 255: "timeout", 5: "no_tests", 33: "no_tests"}


def changed_lines(path: str, since: str, ref: str | None) -> set[int]:
    """The lines of ``path`` (as in the work tree, or in ``ref``) that ``git diff`` shows added or changed since ``since``.

    Where lines were only deleted, the lines either side of the cut count as changed.
    """
    diff = subprocess.run(["git", "diff", "-U0", since, *([ref] if ref else []), "--", path], cwd=ROOT, capture_output=True, text=True, check=True)
    lines: set[int] = set()
    for start, count in re.findall(r"^@@ -\S+ \+(\d+)(?:,(\d+))? @@", diff.stdout, flags=re.MULTILINE):
        first, length = int(start), 1 if count == "" else int(count)
        lines.update(range(first, first + length) if length else (first, first + 1))
    return lines


def changed_functions(path: str, since: str, ref: str | None) -> set[str]:
    """The mutmut names (``x_name``, ``xǁClassǁname``) of the functions and methods of ``path`` with a line changed since ``since``."""
    changed = changed_lines(path, since, ref)
    source = (ROOT / path).read_text(encoding="utf-8") if ref is None else subprocess.run(
        ["git", "show", f"{ref}:{path}"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    names: set[str] = set()
    for node in ast.parse(source).body:
        functions = [(f"x_{node.name}", node)] if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) else []
        if isinstance(node, ast.ClassDef):
            functions = [(f"xǁ{node.name}ǁ{item.name}", item) for item in node.body if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef)]
        for name, function in functions:
            first = min([function.lineno, *(decorator.lineno for decorator in function.decorator_list)])
            if changed & set(range(first, (function.end_lineno or function.lineno) + 1)):
                names.add(name)
    return names


def mutant_function(mutant: str) -> str:
    """The mutmut name of the function a mutant belongs to: ``codegen.cache.x_key__mutmut_3`` -> ``x_key``."""
    return mutant.rsplit("__mutmut_", 1)[0].rsplit(".", 1)[-1]


def sample(names: list[str], module: Module, only: list[str] | None, since: str | None, ref: str | None) -> list[str]:
    """The mutants to check: those named in ``only``, else every n-th of the module (of its functions changed since ``since``)."""
    every_name = sorted(names, key=natural_key)
    if only is not None:
        return [name for name in every_name if name in set(only)]
    if since is not None:
        functions = changed_functions(module.path, since, ref)
        every_name = [name for name in every_name if mutant_function(name) in functions]
        if not every_name:
            raise ModuleFailed(f"no mutant of {module.path} is in a function changed since {since}")
    return every_name[:: module.every]


def _since_note(module: Module, since: str | None, ref: str | None) -> dict[str, str]:
    """What a run with ``--since`` checked, for the results: the functions changed since that commit."""
    if since is None:
        return {}
    sampled = f", every {module.every} of them in name order" if module.every > 1 else ""
    return {"since": f"only the mutants of the functions changed since {since}{sampled}: {', '.join(sorted(changed_functions(module.path, since, ref)))}"}


def run_mutmut(module: Module, log: Path, ref: str | None, only: list[str] | None = None, since: str | None = None) -> dict[str, Any]:
    """Mutate ``module`` and run its tests against every mutant of its sample (or only the mutants named in ``only``).

    With ``since``, the sample is taken among the mutants of the functions changed since that commit.
    """
    scratch = scratch_copy(ref)
    try:
        if module.path.startswith("runtime/python/"):
            # The tests assemble the runtime and the fixture data into the package kucoin_errors_fixture and import
            # it under that name, and mutmut names a mutant after the module path of its file: so the runtime is
            # mutated as kucoin_errors_fixture/, and the tests read the runtime from there.
            package = scratch / "kucoin_errors_fixture"
            package.mkdir()
            for source in [*(scratch / "runtime" / "python").glob("*.py"), *(scratch / "tests" / "fixtures" / "python").glob("*.py")]:
                shutil.copy2(source, package / source.name)
            test_file = scratch / "tests" / "test_runtime_python.py"
            text = test_file.read_text(encoding="utf-8")
            old = 'RUNTIME = ROOT / "runtime" / "python"'
            if text.count(old) != 1:
                raise ModuleFailed(f"tests/test_runtime_python.py no longer says {old!r}: update benchmarks/mutation.py")
            test_file.write_text(text.replace(old, 'RUNTIME = ROOT / "kucoin_errors_fixture"'), encoding="utf-8")
            source_paths, target = ["kucoin_errors_fixture"], "kucoin_errors_fixture/" + Path(module.path).name
        else:
            source_paths, target = ["codegen"], module.path
        settings, tests = mutmut_settings(scratch, module, source_paths, target)
        pyproject = scratch / "pyproject.toml"
        pyproject.write_text(with_mutmut_settings(pyproject.read_text(encoding="utf-8"), settings), encoding="utf-8")
        (scratch / "mutants").mkdir()
        (scratch / "mutants" / "node_modules").symlink_to(ROOT / "node_modules")
        meta = scratch / "mutants" / (target + ".meta")
        chosen: list[str] = []
        with log.open("w") as out:
            if module.every > 1 or only is not None or since is not None:
                # A run that matches no mutant makes the mutants and the test statistics, then stops; the second
                # run reuses both and checks only the sample.
                subprocess.run([str(MUTMUT), "run", "--max-children", "1", "no-such-mutant"], cwd=scratch, stdout=out, stderr=subprocess.STDOUT, check=False)
                if not meta.exists():
                    raise ModuleFailed(f"mutmut made no mutants of {module.path}; see {log}")
                chosen = sample(json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"], module, only, since, ref)
            done = subprocess.run([str(MUTMUT), "run", "--max-children", "1", *chosen], cwd=scratch, stdout=out, stderr=subprocess.STDOUT, check=False)
        if done.returncode != 0 or not meta.exists():
            raise ModuleFailed(f"mutmut failed on {module.path} (exit {done.returncode}); see {log}")
        exit_codes: dict[str, int | None] = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
        if chosen:
            exit_codes = {name: exit_codes[name] for name in chosen}
        counts = {"killed": 0, "survived": 0, "timeout": 0, "no_tests": 0, "other": 0, "not_run": 0}
        survivors = []
        for name, code in sorted(exit_codes.items(), key=lambda item: natural_key(item[0])):
            status = "not_run" if code is None else _STATUS.get(code, "other")
            counts[status] += 1
            if status in {"survived", "no_tests"}:
                shown = subprocess.run([str(MUTMUT), "show", name], cwd=scratch, capture_output=True, text=True, check=False)
                survivors.append({"mutant": name, "status": status, "diff": diff_only(shown.stdout), "equivalent": EQUIVALENT.get(name)})
        made = len(json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"])
        return {"tool": "mutmut", "tests": tests, "mutants_made": made, "counts": counts, "survivors": survivors, **_since_note(module, since, ref)}
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def diff_only(shown: str) -> str:
    lines = shown.splitlines()
    start = next((index for index, line in enumerate(lines) if line.startswith("---")), 0)
    return "\n".join(lines[start:])


def natural_key(name: str) -> tuple[str, int]:
    stem, _, number = name.rpartition("_")
    return (stem, int(number)) if number.isdigit() else (name, 0)


_STRYKER_STATUS = {"Killed": "killed", "Survived": "survived", "Timeout": "timeout", "NoCoverage": "no_tests", "Ignored": "not_run", "Pending": "not_run"}


def run_stryker(module: Module, log: Path, ref: str | None) -> dict[str, Any]:
    scratch = scratch_copy(ref)
    try:
        with log.open("w") as out:
            done = subprocess.run([str(STRYKER), "run", "benchmarks/stryker.config.json"], cwd=scratch, stdout=out, stderr=subprocess.STDOUT, check=False)
        report = scratch / "reports" / "stryker.json"
        if done.returncode != 0 or not report.exists():
            raise ModuleFailed(f"Stryker failed on {module.path} (exit {done.returncode}); see {log}")
        mutants = json.loads(report.read_text(encoding="utf-8"))["files"][module.path]
        source = mutants["source"].splitlines()
        counts = {"killed": 0, "survived": 0, "timeout": 0, "no_tests": 0, "other": 0, "not_run": 0}
        survivors = []
        for mutant in sorted(mutants["mutants"], key=lambda m: (m["location"]["start"]["line"], m["location"]["start"]["column"], int(m["id"]))):
            status = _STRYKER_STATUS.get(mutant["status"], "other")
            counts[status] += 1
            if status in {"survived", "no_tests"}:
                start, end = mutant["location"]["start"], mutant["location"]["end"]
                original = "\n".join(source[start["line"] - 1 : end["line"]])
                name = f"{module.path}:{start['line']}:{start['column']} {mutant['mutatorName']} #{mutant['id']}"
                survivors.append({
                    "mutant": name,
                    "status": status,
                    "line": original.strip() if start["line"] == end["line"] else original,
                    "replacement": mutant.get("replacement"),
                    "equivalent": EQUIVALENT.get(f"{name.rsplit(' #', 1)[0]} {mutant.get('replacement')}"),
                })
        return {"tool": "stryker", "tests": list(module.tests), "counts": counts, "survivors": survivors}
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def score(counts: dict[str, int], equivalent: int = 0) -> float | None:
    """(killed + timed out) / mutants checked, in per cent; less the ``equivalent`` survivors, when given."""
    checked = counts["killed"] + counts["survived"] + counts["timeout"] + counts["no_tests"] - equivalent
    return None if checked <= 0 else round(100 * (counts["killed"] + counts["timeout"]) / checked, 1)


def add_scores(result: dict[str, Any]) -> None:
    result["score"] = score(result["counts"])
    result["equivalent"] = sum(1 for survivor in result["survivors"] if survivor["equivalent"])
    result["score_without_equivalent"] = score(result["counts"], result["equivalent"])


def table(results: dict[str, dict[str, Any]]) -> str:
    rows = [("module", "mutants", "killed", "survived", "timed out", "no tests", "score", "equivalent", "score less equivalent", "time")]
    for path, result in results.items():
        c = result["counts"]
        rows.append((path, str(c["killed"] + c["survived"] + c["timeout"] + c["no_tests"]), str(c["killed"]), str(c["survived"]), str(c["timeout"]), str(c["no_tests"]),
                     f"{result['score']} %", str(result["equivalent"]), f"{result['score_without_equivalent']} %", "-" if result["seconds"] is None else f"{result['seconds']:.0f} s"))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(cell.ljust(width) if i == 0 else cell.rjust(width) for i, (cell, width) in enumerate(zip(row, widths, strict=True))) for row in rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--module", action="append", help="a module path of the list below (default: every one)")
    parser.add_argument("--label", default="after", help='the key of the results in the JSON file (default "after")')
    parser.add_argument("--output", type=Path, default=RESULTS)
    parser.add_argument("--ref", help="test the files of this commit instead of the work tree (the module list, settings and benchmarks/ stay the work tree's)")
    parser.add_argument(
        "--recheck",
        metavar="LABEL",
        help="run again only the surviving mutants of each module under LABEL, keeping the mutants it killed (tests only added: a killed mutant stays killed)",
    )
    parser.add_argument(
        "--every",
        type=int,
        metavar="N",
        help="run every N-th mutant of each module chosen instead of its own sample (2 for a runtime: the odd-numbered mutants, none of the 1-in-4 sample)",
    )
    parser.add_argument(
        "--since",
        metavar="COMMIT",
        help=(
            "check only what changed since COMMIT (git diff): for a Python module the mutants of the functions changed, sampled by --every "
            "or the module's own sample; for the Go, Rust and Java runtimes every mutant on the lines changed"
        ),
    )
    parser.add_argument("--annotate", action="store_true", help="only mark the survivors already in the JSON file with the equivalents listed in this script")
    args = parser.parse_args()
    if args.annotate:
        return annotate(args.output)
    chosen = [replace(m, every=args.every) if args.every else m for m in MODULES if not args.module or m.path in args.module]
    unknown = set(args.module or ()) - {m.path for m in MODULES}
    if unknown:
        parser.error(f"unknown module(s): {', '.join(sorted(unknown))}; known: {', '.join(m.path for m in MODULES)}")
    logs = Path(tempfile.mkdtemp(prefix="mutation-logs-"))
    results: dict[str, dict[str, Any]] = {}
    started = time.monotonic()
    commit = subprocess.run(["git", "rev-parse", "--short", args.ref or "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
    if args.ref is None and subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True, check=True).stdout:
        commit += " with uncommitted changes"
    for module in chosen:
        print(f"{module.path} ...", flush=True)
        module_started = time.monotonic()
        log = logs / (module.path.replace("/", "_") + ".log")
        try:
            if module.path in source_mutation.RUNTIMES:
                result = run_source_mutation(module, log, args.ref, args.output, args.recheck, args.since)
            elif args.recheck is not None:
                result = recheck(module, log, args.ref, args.output, args.recheck)
            else:
                result = run_stryker(module, log, args.ref) if module.path.endswith(".ts") else run_mutmut(module, log, args.ref, since=args.since)
        except ModuleFailed as failure:
            print(f"  {failure}", flush=True)
            result = {"error": str(failure), "counts": dict.fromkeys(("killed", "survived", "timeout", "no_tests", "other", "not_run"), 0), "survivors": []}
        result["seconds"] = round(time.monotonic() - module_started, 1)
        add_scores(result)
        result["deselected"] = module.deselect
        if module.every > 1 and args.recheck is None and "since" not in result and "sample" not in result:
            order = "file and position order" if module.path in source_mutation.RUNTIMES else "name order (function, then number)"
            nth = {2: "2nd", 3: "3rd"}.get(module.every, f"{module.every}th")
            result["sample"] = f"every {nth} mutant in {order}; a full run of this module takes too long on two shared cores"
        results[module.path] = result
        print(f"  {result['counts']} score {result['score']} % in {result['seconds']:.0f} s", flush=True)
        # Written after each module, so that an interrupted run keeps what it measured.
        write_results(args.output, args.label, commit, results, round(time.monotonic() - started, 1), complete=module is chosen[-1])
    wall = round(time.monotonic() - started, 1)
    print()
    print(table(results))
    print(f"\nwall time of the whole run: {wall:.0f} s (logs in {logs})")
    print(f"wrote {args.output.relative_to(ROOT) if args.output.is_relative_to(ROOT) else args.output}")
    return 1 if any("error" in result for result in results.values()) else 0


def recheck(module: Module, log: Path, ref: str | None, output: Path, label: str) -> dict[str, Any]:
    """The results of ``module`` under ``label`` with its surviving mutants run again against today's tests."""
    earlier = json.loads(output.read_text(encoding="utf-8"))["runs"][label]["modules"].get(module.path)
    if earlier is None or earlier.get("tool") != "mutmut":
        raise ModuleFailed(f"{module.path} has no mutmut results under {label!r} to check again")
    survivors = [survivor["mutant"] for survivor in earlier["survivors"]]
    if not survivors:
        # An empty selection would make mutmut run every mutant of the module.
        return {**earlier, "seconds": 0.0, "rechecked": f"no mutant of the run {label!r} survived: nothing to run again"}
    again = run_mutmut(module, log, ref, only=survivors)
    counts = dict(earlier["counts"])
    for status in ("survived", "no_tests"):
        counts[status] -= sum(1 for survivor in earlier["survivors"] if survivor["status"] == status)
    for status, count in again["counts"].items():
        counts[status] += count
    # The sample is the earlier run's, whatever this run's --every says.
    kept = {key: earlier[key] for key in ("since", "sample") if key in earlier}
    return {
        **again,
        **kept,
        "mutants_made": earlier["mutants_made"],
        "counts": counts,
        "rechecked": f"the {len(survivors)} surviving mutants of the run {label!r} run again with today's tests; the mutants it killed or timed out are kept",
    }


def run_source_mutation(module: Module, log: Path, ref: str | None, output: Path, recheck_label: str | None, since: str | None = None) -> dict[str, Any]:
    """A Go, Rust or Java runtime through benchmarks/source_mutation.py.

    With ``recheck_label``, only that run's survivors again; with ``since``, the mutants on the lines changed since that commit.
    """
    if ref is not None:
        raise ModuleFailed(f"{module.path}: --ref is not supported for source-level mutation")
    runtime = source_mutation.RUNTIMES[module.path]
    if recheck_label is None:
        return source_mutation.run_runtime(runtime, module.every, log, EQUIVALENT, since=since)
    earlier = json.loads(output.read_text(encoding="utf-8"))["runs"][recheck_label]["modules"][module.path]
    again = source_mutation.run_runtime(runtime, module.every, log, EQUIVALENT, only={survivor["mutant"] for survivor in earlier["survivors"]})
    counts = dict(earlier["counts"])
    counts["survived"] -= len(earlier["survivors"])
    for status, count in again["counts"].items():
        counts[status] += count
    kept = {key: earlier[key] for key in ("since", "sample") if key in earlier}
    return {**again, **kept, "mutants_run": earlier["mutants_run"], "counts": counts,
            "rechecked": f"the {len(earlier['survivors'])} surviving mutants of the run {recheck_label!r} run again with today's tests; the others are kept"}


def stryker_key(survivor: dict[str, Any]) -> str:
    """The EQUIVALENT key of a Stryker survivor: path:line:column mutator replacement (ids change between runs)."""
    return f"{survivor['mutant'].rsplit(' #', 1)[0]} {survivor.get('replacement')}"


def annotate(output: Path) -> int:
    document = json.loads(output.read_text(encoding="utf-8"))
    for run in document["runs"].values():
        for result in run["modules"].values():
            for survivor in result["survivors"]:
                key = stryker_key(survivor) if result.get("tool") == "stryker" else survivor["mutant"]
                # A run measured on earlier lines of a file keeps the reasons given then.
                survivor["equivalent"] = EQUIVALENT.get(key) or survivor.get("equivalent")
            add_scores(result)
    output.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    for label, run in document["runs"].items():
        print(f"{label}:")
        print(table(run["modules"]))
    print(f"annotated {output}")
    return 0


def write_results(output: Path, label: str, commit: str, results: dict[str, dict[str, Any]], wall: float, *, complete: bool) -> None:
    """Results of this pass under ``label``; modules measured by an earlier pass under that label and not by this one are kept."""
    previous = json.loads(output.read_text(encoding="utf-8")) if output.exists() else {}
    runs = previous.get("runs", {})
    run = runs.get(label, {})
    passes = [p for p in run.get("passes", []) if not set(p["modules"]) <= set(results)]
    this_pass = {"date": time.strftime("%Y-%m-%d", time.gmtime()), "commit": commit, "modules": list(results), "wall_seconds": wall, "complete": complete}
    modules = {**{path: result for path, result in run.get("modules", {}).items() if path not in results}, **results}
    runs[label] = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores shared with other work, one worker",
        "wall_seconds": round(sum(p["wall_seconds"] for p in [*passes, this_pass]), 1),
        "passes": [*passes, this_pass],
        "modules": {m.path: modules[m.path] for m in MODULES if m.path in modules},
    }
    document = {
        "about": "Mutation testing per module (benchmarks/mutation.py). score = (killed + timed out) / mutants checked. "
        "Each run lists its modules' surviving mutants, with why where one is equivalent. wall_seconds is the time of its passes added up.",
        "runs": runs,
    }
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
