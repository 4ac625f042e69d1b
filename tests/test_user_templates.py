"""A user's template folders add targets and override ours, rendered in Jinja's sandbox."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from codegen.config import ConfigError, read_config
from codegen.target import registered_targets
from codegen.user_templates import user_target_names, with_user_templates
from tests.conftest import CATALOG_DIR, GENERATED_DIR, awkward_catalog_data, run_codegen, write_catalog

BUILTIN_NAMES = [target.name for target in registered_targets()]
SUMMARY = """\
{% for domain in catalog.domains %}{% for entry in domain.errors %}
{{ domain.domain }},{{ entry.code }},{{ entry.name }},{{ entry.category }}
{% endfor %}{% endfor %}
"""


def _project(folder: Path, templates: dict[str, str], table: str = 'templates = ["tpl"]\n') -> Path:
    """A project with the awkward catalogue, ``[tool.codegen]`` holding ``table``, and ``templates`` under ``tpl/``."""
    write_catalog(folder / "catalog", awkward_catalog_data())
    (folder / "pyproject.toml").write_text("[tool.codegen]\n" + table, encoding="utf-8")
    for name, text in templates.items():
        path = folder / "tpl" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def test_a_folder_named_after_no_target_adds_one_rendering_each_template_not_starting_with_an_underscore(tmp_path: Path) -> None:
    project = _project(tmp_path, {"summary/codes.csv.j2": '{% include "_row.j2" %}', "summary/_row.j2": SUMMARY})
    result = run_codegen(cwd=project)
    assert result.returncode == 0, result.stderr
    rows = [f"{domain['domain']},{entry['code']},{entry['name']},{entry['category']}" for domain in awkward_catalog_data() for entry in domain["errors"]]
    assert (project / "generated" / "summary" / "codes.csv").read_text(encoding="utf-8") == "\n".join(rows) + "\n"
    assert sorted(path.name for path in (project / "generated").iterdir()) == ["docs", "go", "java", "json", "python", "rust", "summary", "typescript"]
    assert not (project / "generated" / "summary" / "_row").exists()


def test_a_template_named_as_one_of_ours_replaces_it_and_the_others_stay(tmp_path: Path) -> None:
    project = _project(tmp_path, {"docs/ERRORS.md.j2": "{{ catalog.domains | length }} domains\n"}, 'templates = ["tpl"]\ntargets = ["docs"]\n')
    shutil.rmtree(project / "catalog")
    shutil.copytree(CATALOG_DIR, project / "catalog")
    result = run_codegen(cwd=project)
    assert result.returncode == 0, result.stderr
    assert (project / "generated" / "docs" / "ERRORS.md").read_text(encoding="utf-8") == "10 domains\n"
    assert (project / "generated" / "docs" / "kucoin-errors.txt").read_bytes() == (GENERATED_DIR / "docs" / "kucoin-errors.txt").read_bytes()


def test_a_template_cannot_reach_code_or_files_and_the_failure_names_its_line(tmp_path: Path) -> None:
    attempts = {
        "summary/escape.txt.j2": "fine\n{{ ''.__class__.__mro__[1].__subclasses__() }}\n",
        "python/py.typed.j2": '{{ runtime_source("../../pyproject.toml") }}\n',
    }
    for template, text in attempts.items():
        project = _project(tmp_path / template.split("/")[0], {template: text})
        result = run_codegen(cwd=project)
        assert result.returncode == 2, result.stdout + result.stderr
        assert "Traceback" not in result.stderr
        first = result.stderr.splitlines()[0]
        assert first.startswith(f"{project / 'tpl' / template}:{text.count(chr(10))}:0: the template failed: "), first
        assert ("SecurityError: access to attribute '__class__' of 'str' object is unsafe" in first) or ("'../../pyproject.toml' is not a runtime file of python" in first)
        assert not (project / "generated").exists()


def test_a_template_that_is_not_valid_jinja_is_named_at_its_line(tmp_path: Path) -> None:
    project = _project(tmp_path, {"summary/codes.csv.j2": "{{ 1 }}\n{% for x in %}\n"})
    result = run_codegen(cwd=project)
    assert result.returncode == 2
    assert result.stderr.splitlines()[0] == f"{project / 'tpl' / 'summary' / 'codes.csv.j2'}:2:0: invalid template: Expected an expression, got 'end of statement block'"


def test_the_first_folder_naming_a_target_wins_and_added_targets_follow_ours(tmp_path: Path) -> None:
    for folder, target in (("first", "docs"), ("first", "extra"), ("second", "docs"), ("second", "extra")):
        (tmp_path / folder / target).mkdir(parents=True)
    folders = [tmp_path / "first", tmp_path / "second"]
    targets = with_user_templates(registered_targets(), folders)
    assert [target.name for target in targets] == [*BUILTIN_NAMES, "extra"]
    by_name = {target.name: target for target in targets}
    assert (by_name["docs"].override_dir, by_name["extra"].template_dir, by_name["python"].override_dir) == (tmp_path / "first" / "docs", tmp_path / "first" / "extra", None)
    assert user_target_names(folders, BUILTIN_NAMES) == ["extra"]


def test_the_configuration_names_a_missing_folder_and_suggests_an_added_target(tmp_path: Path) -> None:
    (tmp_path / "tpl" / "summary").mkdir(parents=True)
    path = tmp_path / "pyproject.toml"
    path.write_text('[tool.codegen]\ntemplates = ["tpl"]\ntargets = ["sumary"]\n', encoding="utf-8")
    with pytest.raises(ConfigError) as unknown:
        read_config(path, BUILTIN_NAMES, shown="pyproject.toml")
    assert [str(problem) for problem in unknown.value.problems] == [
        "pyproject.toml:3:12: unknown target 'sumary' in [tool.codegen] targets (did you mean 'summary'?); expected one of: " + ", ".join([*BUILTIN_NAMES, "summary"])
    ]
    path.write_text('[tool.codegen]\ntemplates = ["tpl", "missing"]\n', encoding="utf-8")
    with pytest.raises(ConfigError) as missing:
        read_config(path, BUILTIN_NAMES, shown="pyproject.toml")
    assert [str(problem) for problem in missing.value.problems] == [f"pyproject.toml:2:21: [tool.codegen] templates: 'missing' is not a folder (relative to {tmp_path})"]
