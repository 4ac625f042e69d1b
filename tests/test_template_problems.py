"""A user's template that fails is reported at its file and line; a failure outside any template file still says what failed."""

from __future__ import annotations

from pathlib import Path

import pytest
from jinja2 import Environment, FileSystemLoader, StrictUndefined, TemplateError, TemplateSyntaxError, UndefinedError

from codegen.diagnostics import Problem
from codegen.user_templates import template_problem


def failure(render: object) -> TemplateError:
    with pytest.raises(TemplateError) as caught:
        render()  # type: ignore[operator]
    return caught.value


def test_a_template_failing_while_it_renders_is_reported_at_its_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "codes.csv.j2").write_text("domain,code\n{{ row }}\n{{ missing.name }}\n", encoding="utf-8")
    template = Environment(loader=FileSystemLoader(tmp_path), undefined=StrictUndefined, autoescape=False).get_template("codes.csv.j2")
    problem = template_problem(failure(lambda: template.render(row="spot,1")))
    assert problem == Problem(str(tmp_path / "codes.csv.j2"), 3, 0, "the template failed: UndefinedError: 'missing' is undefined")


def test_a_template_that_does_not_parse_is_reported_at_its_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "codes.csv.j2").write_text("ok\n{% for x in %}\n", encoding="utf-8")
    environment = Environment(loader=FileSystemLoader(tmp_path), autoescape=False)
    error = failure(lambda: environment.get_template("codes.csv.j2"))
    assert isinstance(error, TemplateSyntaxError)
    problem = template_problem(error)
    assert (problem.path, problem.line, problem.column) == (str(tmp_path / "codes.csv.j2"), 2, 0)
    assert problem.message.startswith("invalid template: ")


def test_a_failure_outside_any_template_file_names_its_kind_and_says_what_failed() -> None:
    def fail() -> None:
        raise UndefinedError("'catalog' is undefined")

    assert template_problem(failure(fail)) == Problem("<template>", 0, 0, "UndefinedError: 'catalog' is undefined")
