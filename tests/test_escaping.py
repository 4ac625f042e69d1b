"""Escaping filters carry any string exactly, on one line, into each output language."""

from __future__ import annotations

import ast
import json
import random
import subprocess
from html.parser import HTMLParser

from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from codegen.escaping import (
    go_string,
    html_comment,
    jsdoc,
    json_chunks,
    json_document,
    line_comment,
    markdown_text,
    python_docstring,
    python_string,
    typescript_string,
)
from tests.conftest import AWKWARD_TEXTS

# Any Unicode text except lone surrogates, which no catalogue file can hold.
texts = st.text(st.characters(exclude_categories=("Cs",)))
LINE_BREAKS = ("\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c")


@given(texts)
def test_python_string_evaluates_to_the_same_text(text: str) -> None:
    literal = python_string(text)
    assert ast.literal_eval(literal) == text
    assert not any(brk in literal for brk in LINE_BREAKS)


@given(texts)
def test_typescript_string_stays_on_one_line_and_is_json_compatible_below_the_astral_planes(text: str) -> None:
    literal = typescript_string(text)
    assert literal.startswith('"') and literal.endswith('"')
    assert not any(brk in literal for brk in LINE_BREAKS)
    if all(ord(char) < 0x10000 for char in text):
        assert json.loads(literal) == text


def _fuzz_corpus(count: int = 300) -> list[str]:
    randomness = random.Random(20261125)
    alphabet = ['"', "'", "\\", "`", "$", "{", "}", "*", "/", "<", ">", "\n", "\r", "\t", "\u2028", "\u2029", "\x00", "\x7f", "\x85", "\ufeff", "\U0001F680", "é", "a", " "]
    corpus = ["", "*/", "${x}", "</script>", "\\u0041", "\\", '"', "\U0010FFFF"]
    corpus += ["".join(randomness.choice(alphabet) for _ in range(randomness.randint(1, 12))) for _ in range(count)]
    return corpus


def test_typescript_string_evaluates_to_the_same_text_in_node() -> None:
    corpus = _fuzz_corpus()
    program = "const values = [\n" + ",\n".join(typescript_string(text) for text in corpus) + "\n];\nprocess.stdout.write(JSON.stringify(values));\n"
    result = subprocess.run(["node", "-e", program], capture_output=True, text=True, encoding="utf-8", check=True)
    assert json.loads(result.stdout) == corpus


@given(texts)
def test_jsdoc_cannot_close_the_comment_or_break_the_line(text: str) -> None:
    safe = jsdoc(text)
    assert "*/" not in safe
    assert "\n" not in safe and "\r" not in safe and "\u2028" not in safe


def test_jsdoc_keeps_readable_text_as_is() -> None:
    assert jsdoc('"Balance insufficient"') == '"Balance insufficient"'
    assert jsdoc("a */ b") == "a *\\/ b"


@given(texts)
def test_line_comment_cannot_break_the_line(text: str) -> None:
    comment = line_comment(text)
    assert comment.isprintable()
    compiled = compile(f"# {comment}\nVALUE = 1\n", "<comment>", "exec")
    namespace: dict[str, object] = {}
    exec(compiled, namespace)
    assert namespace["VALUE"] == 1


def test_json_document_is_indented_utf8_with_final_newline() -> None:
    assert json_document({"a": ["é", "\u2028"]}) == '{\n  "a": [\n    "é",\n    "\u2028"\n  ]\n}\n'


def _render_cell(cell: str) -> str:
    """The text a CommonMark + GFM-tables renderer shows for one table cell holding ``cell``."""
    html = MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(f"| a |\n| --- |\n| {cell} |\n")

    class CellText(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.cells: list[str] = []
            self.inside = False
            self.tags: list[str] = []

        def handle_starttag(self, tag: str, attrs: object) -> None:
            if tag == "td":
                self.inside = True
                self.cells.append("")
            elif self.inside and tag == "br":
                self.cells[-1] += "\n"
            elif self.inside:
                self.tags.append(tag)

        def handle_endtag(self, tag: str) -> None:
            if tag == "td":
                self.inside = False

        def handle_data(self, data: str) -> None:
            if self.inside:
                self.cells[-1] += data

    parser = CellText()
    parser.feed(html)
    assert len(parser.cells) == 1, html  # the text did not split the row or end the table
    assert parser.tags == [], html  # no markup crept in: no emphasis, code, link or HTML
    return parser.cells[0]


# Printable single-line text as a message holds: no control characters but tab, no surrounding spaces.
cell_texts = st.text(st.characters(exclude_categories=("Cs", "Cc", "Zl", "Zp")) | st.just("\t"), min_size=1).map(str.strip).filter(bool)


@given(cell_texts)
def test_markdown_text_renders_as_exactly_the_text_in_a_table_cell(text: str) -> None:
    assert _render_cell(markdown_text(text)) == text


def test_markdown_text_neutralises_every_markdown_construct() -> None:
    hostile = "a | b *em* _em_ **strong** `code` [link](http://x) ![img](x) <script>alert(1)</script> &amp; ~~del~~ $x^2$ \\ {{ jinja }}"
    assert _render_cell(markdown_text(hostile)) == hostile
    assert _render_cell(markdown_text("line one\nline two")) == "line one\nline two"


@given(texts)
def test_html_comment_cannot_close_the_comment(text: str) -> None:
    assert "--" not in html_comment(text) and "\n" not in html_comment(text)


def test_html_comment_breaks_every_run_of_dashes() -> None:
    assert html_comment("a---b -->") == "a- - -b - ->"


@given(cell_texts)
def test_markdown_text_is_one_plain_paragraph_at_the_start_of_a_line(text: str) -> None:
    html = MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(markdown_text(text) + "\n")
    assert html.startswith("<p>") and html.endswith("</p>\n") and html.count("<p>") == 1, html
    parser = HTMLParser(convert_charrefs=True)
    seen: list[str] = []
    parser.handle_data = seen.append  # type: ignore[method-assign]
    parser.feed(html.removeprefix("<p>").removesuffix("</p>\n"))
    assert "".join(seen) == text
    assert "<" not in html.removeprefix("<p>").removesuffix("</p>\n")  # no tag of any kind inside


def test_markdown_text_escapes_what_would_start_a_block() -> None:
    assert markdown_text("# Spot") == "\\# Spot"
    assert markdown_text("1. first") == "1\\. first"
    assert markdown_text("- item") == "\\- item"


@given(texts)
def test_python_string_is_quoted_as_ruff_format_quotes_it(text: str) -> None:
    literal = python_string(text)
    assert literal[0] == ("'" if text.count('"') > text.count("'") else '"')


def test_python_string_escapes_a_quote_or_backslash_in_otherwise_plain_text_and_picks_the_quote_ruff_format_picks() -> None:
    assert python_string("plain \u00e9 \U0001F680") == '"plain \u00e9 \U0001F680"'
    assert python_string('say "hi" now') == "'say \"hi\" now'"  # more double quotes than single ones: single quotes, nothing escaped
    assert python_string("C:\\dir") == '"C:\\\\dir"'
    assert python_string("He said \"stop\" and 'go'") == '"He said \\"stop\\" and \'go\'"'  # as many of each: double quotes


def test_go_string_escapes_quotes_backslashes_and_unprintable_characters_by_code_point() -> None:
    assert go_string("plain \u00e9 \U0001F680 */ ${x}") == '"plain \u00e9 \U0001F680 */ ${x}"'
    assert go_string('"') == '"\\""'
    assert go_string("\\") == '"\\\\"'
    assert go_string('say "hi" \\ now') == '"say \\"hi\\" \\\\ now"'
    # \x in a Go string is a byte: every other escape names a code point, in four hex digits or (past the BMP) eight.
    assert go_string("line\nbreak\u2028\x00\tend\ufeff") == '"line\\nbreak\\u2028\\u0000\\tend\\ufeff"'
    assert go_string("tag \U000E0001") == '"tag \\U000e0001"'


@given(texts)
def test_python_docstring_evaluates_to_the_same_text_on_one_line(text: str) -> None:
    literal = python_docstring(text)
    assert literal.startswith('"""') and literal.endswith('"""')
    assert ast.literal_eval(literal) == text
    assert not any(brk in literal for brk in LINE_BREAKS)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | texts | st.sampled_from(AWKWARD_TEXTS),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(texts, children, max_size=4),
    max_leaves=30,
)


@given(json_values)
def test_json_document_is_json_dumps_indented_by_two(value: object) -> None:
    assert json_document(value) == json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def test_json_document_leaves_what_it_does_not_walk_to_json_dumps() -> None:
    for value in ({"ratio": 1.5}, {1: "one"}, ("a", ["b", 2.0])):
        assert json_document(value) == json.dumps(value, indent=2, ensure_ascii=False) + "\n"


# Values with what the direct walk leaves to json.dumps (floats, keys that are not strings, tuples) at any depth.
mixed_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts | st.sampled_from(AWKWARD_TEXTS),
    lambda children: st.lists(children, max_size=4) | st.tuples(children, children) | st.dictionaries(texts | st.integers(), children, max_size=4),
    max_leaves=40,
)


@given(mixed_json_values)
def test_json_chunks_join_to_json_dumps_indented_by_two(value: object) -> None:
    assert "".join(json_chunks(value)) == json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def test_json_chunks_split_a_large_document_into_bounded_pieces() -> None:
    entry = {"code": 200004, "message": "Balance insufficient 😀", "variants": [{"id": "a", "ratio": 0.5}]}
    document = {"domains": [{"domain": f"d{index}", "errors": [entry] * 5_000} for index in range(4)]}
    whole = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    chunks = list(json_chunks(document))
    assert "".join(chunks) == whole
    assert len(chunks) >= 8
    assert max(len(chunk) for chunk in chunks) < len(whole) // 4


def test_python_docstring_keeps_readable_text_and_escapes_a_quote_only_before_another_or_last() -> None:
    assert python_docstring('say "hi" now') == '"""say "hi" now"""'
    assert python_docstring('a""b') == '"""a\\""b"""'
    assert python_docstring('end"') == '"""end\\""""'
    assert python_docstring("line\nbreak\u2028") == '"""line\\nbreak\\u2028"""'


def test_escapes_name_a_character_in_the_shortest_form_each_language_reads() -> None:
    assert python_string("a\u2028b\x00") == '"a\\u2028b\\x00"'
    assert line_comment("a\nb\u2028") == "a\\x0ab\\u2028"
    assert typescript_string("it's", "'") == "'it\\'s'"


def test_jsdoc_and_html_comments_join_lines_with_one_space() -> None:
    assert jsdoc("first\nsecond\r\nthird") == "first second third"
    assert html_comment("first\nsecond") == "first second"


def test_json_document_writes_plain_values_itself_as_json_dumps_does() -> None:
    value = {"a": "b", "c": [1, "d", None, True, {"e": []}], "f": {}, "g": False}
    expected = (
        '{\n  "a": "b",\n  "c": [\n    1,\n    "d",\n    null,\n    true,\n    {\n      "e": []\n    }\n  ],\n  "f": {},\n  "g": false\n}\n'
    )
    assert json_document(value) == expected
    # Past the outer containers, which are written piece by piece, the direct walk writes a list whole.
    deep = {"a": {"b": {"c": {"d": [1, "x", [2]]}}}}
    assert json_document(deep) == (
        '{\n  "a": {\n    "b": {\n      "c": {\n        "d": [\n          1,\n          "x",\n          [\n            2\n          ]\n'
        "        ]\n      }\n    }\n  }\n}\n"
    )


def test_json_document_of_a_document_written_in_several_chunks_is_the_whole_text() -> None:
    document = {"errors": [{"code": code, "message": "Balance insufficient 😀"} for code in range(2000)]}
    assert len(list(json_chunks(document))) > 1
    assert json_document(document) == json.dumps(document, indent=2, ensure_ascii=False) + "\n"
