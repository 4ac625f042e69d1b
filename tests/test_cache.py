"""The run cache: an unchanged run does no work, and any change of an input, or a damaged cache, means the full run."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from codegen import cache as cache_module
from codegen.cache import CACHE_FOLDER, CACHE_VARIABLE, RunCache, run_key
from codegen.cli import main
from codegen.loading import MAX_FILE_BYTES_VARIABLE
from codegen.target import Output, Target, registered_targets
from tests.conftest import CATALOG_DIR, ROOT
from tests.test_cli import OUTPUTS

HEAVY = ("jinja2", "jsonschema", "ruamel")

# Runs the command line in a fresh interpreter and prints its exit status and the heavy modules it imported.
PROBE = """
import contextlib, io, json, sys
from codegen.cli import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    status = main(sys.argv[1:])
heavy = sorted({name.split(".")[0] for name in sys.modules} & {"jinja2", "jsonschema", "ruamel", "yaml"})
print(json.dumps({"status": status, "heavy": heavy, "out": out.getvalue()}))
"""


def probe(*args: str | Path, env: dict[str, str] | None = None) -> dict[str, object]:
    result = subprocess.run([sys.executable, "-c", PROBE, *map(str, args)], cwd=ROOT, capture_output=True, text=True, check=True, env=env)
    report: dict[str, object] = json.loads(result.stdout)
    return report


@pytest.fixture
def workspace(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the catalogue and an output folder generated from it (so the cache holds its entry)."""
    catalog = Path(shutil.copytree(CATALOG_DIR, tmp_path / "catalog", ignore=shutil.ignore_patterns("sources")))
    out = tmp_path / "out"
    assert probe("--catalog", catalog, "--out", out)["status"] == 0
    assert list((tmp_path / CACHE_FOLDER).glob("*.json"))
    return catalog, out


@pytest.mark.parametrize("check", [True, False], ids=["--check", "generate"])
def test_an_unchanged_run_imports_no_yaml_reader_validator_or_template_engine(workspace: tuple[Path, Path], check: bool) -> None:
    catalog, out = workspace
    report = probe("--catalog", catalog, "--out", out, *(["--check"] if check else []))
    assert report["status"] == 0
    assert not set(HEAVY) & set(report["heavy"])  # type: ignore[arg-type]
    expected = f"{len(OUTPUTS)} generated files are current in {out} (" if check else f"0 of {len(OUTPUTS)} generated files updated in {out}, {len(OUTPUTS)} unchanged ("
    assert isinstance(report["out"], str) and report["out"].startswith(expected) and report["out"].endswith(" s).\n"), report["out"]


def test_a_cold_run_loads_and_renders(tmp_path: Path) -> None:
    report = probe("--out", tmp_path / "out", env={**os.environ, CACHE_VARIABLE: "off"})
    assert report["status"] == 0
    assert {"jinja2"} <= set(report["heavy"])  # type: ignore[arg-type]
    assert not (tmp_path / CACHE_FOLDER).exists()


def test_an_edited_catalogue_is_checked_in_full(workspace: tuple[Path, Path]) -> None:
    catalog, out = workspace
    spot = catalog / "spot.yaml"
    spot.write_text(spot.read_text(encoding="utf-8").replace("Balance insufficient", "Balance insufficient!", 1), encoding="utf-8")
    report = probe("--catalog", catalog, "--out", out, "--check")
    assert report["status"] == 1
    assert "jinja2" in report["heavy"]  # type: ignore[operator]


def test_an_edited_output_is_found_although_the_inputs_did_not_change(workspace: tuple[Path, Path]) -> None:
    catalog, out = workspace
    (out / "docs" / "ERRORS.md").write_text("edited\n", encoding="utf-8")
    assert probe("--catalog", catalog, "--out", out, "--check")["status"] == 1
    leftover = out / "docs" / ".codegen-tmp-ERRORS.md-0000"
    assert probe("--catalog", catalog, "--out", out, "--force")["status"] == 0
    assert probe("--catalog", catalog, "--out", out, "--check")["status"] == 0
    leftover.write_text("left by an interrupted run", encoding="utf-8")
    assert probe("--catalog", catalog, "--out", out, "--check")["status"] == 1


@pytest.mark.parametrize("damage", ["garbage", "truncated", "body", "other key"])
def test_a_damaged_cache_entry_is_never_trusted_and_is_rebuilt(workspace: tuple[Path, Path], damage: str) -> None:
    catalog, out = workspace
    (entry,) = (catalog.parent / CACHE_FOLDER).glob("*.json")
    stale = out / "typescript" / "kucoin-errors.ts"
    stale.write_text(stale.read_text(encoding="utf-8") + "// stale\n", encoding="utf-8")
    digest, _, body = entry.read_bytes().partition(b"\n")
    data = json.loads(body)
    data["files"]["typescript/kucoin-errors.ts"] = cache_module._sha256(stale.read_bytes())  # the entry now claims the stale file is current
    forged = json.dumps(data).encode()
    entry.write_bytes(
        {
            "garbage": b"\x00\xff not a cache entry",
            "truncated": digest + b"\n" + body[: len(body) // 2],
            "body": digest + b"\n" + forged,  # its hash no longer matches
            "other key": cache_module._sha256(json.dumps({**data, "key": "0" * 64}).encode()).encode() + b"\n" + json.dumps({**data, "key": "0" * 64}).encode(),
        }[damage]
    )
    report = probe("--catalog", catalog, "--out", out, "--check")
    assert report["status"] == 1  # the stale file is found
    assert probe("--catalog", catalog, "--out", out, "--force")["status"] == 0
    rebuilt = RunCache.open(catalog, out, registered_targets())
    assert rebuilt is not None and rebuilt.current_outputs(out) == len(OUTPUTS)


def test_the_key_covers_every_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    catalog = Path(shutil.copytree(CATALOG_DIR, tmp_path / "catalog", ignore=shutil.ignore_patterns("sources")))
    templates, runtime = tmp_path / "templates", tmp_path / "runtime"
    templates.mkdir()
    runtime.mkdir()
    (templates / "x.j2").write_text("{{ catalog }}", encoding="utf-8")
    (runtime / "x.c").write_text("int x;", encoding="utf-8")
    target = Target("c", templates, (Output("x.j2", "c/x.h"),), runtime_dir=runtime)
    targets = (*registered_targets(), target)
    keys = [run_key(catalog, targets)]

    def changed() -> None:
        keys.append(run_key(catalog, targets))
        assert keys[-1] is not None and keys[-1] not in keys[:-1]

    (catalog / "spot.yaml").write_bytes((catalog / "spot.yaml").read_bytes() + b"\n")
    changed()
    (catalog / "extra.yaml").write_text("domain: spot\n", encoding="utf-8")
    changed()
    (templates / "x.j2").write_text("{{ catalog }}!", encoding="utf-8")
    changed()
    (templates / "y.j2").write_text("", encoding="utf-8")
    changed()
    (templates / "y.j2").rename(templates / "z.j2")  # the same bytes under another name
    changed()
    (runtime / "x.c").write_text("int y;", encoding="utf-8")
    changed()
    targets = targets[:-1]
    changed()
    targets = targets[:1]
    changed()
    monkeypatch.setenv(MAX_FILE_BYTES_VARIABLE, "2000000")
    changed()
    schema = tmp_path / "schema.json"
    schema.write_bytes(cache_module.SCHEMA_PATH.read_bytes() + b" ")
    monkeypatch.setattr(cache_module, "SCHEMA_PATH", schema)
    changed()
    generator = Path(shutil.copytree(cache_module._GENERATOR_DIR, tmp_path / "codegen"))
    monkeypatch.setattr(cache_module, "_GENERATOR_DIR", generator)
    assert run_key(catalog, targets) == keys[-1]  # the same source elsewhere
    (generator / "notes.md").write_text("not read by the generator", encoding="utf-8")
    assert run_key(catalog, targets) == keys[-1]  # only the generator's sources count
    (generator / "naming.py").write_text((generator / "naming.py").read_text(encoding="utf-8") + "\n", encoding="utf-8")
    changed()
    renamed = catalog.rename(tmp_path / "catalogue")  # the banners name the folder
    catalog = renamed
    changed()


def test_an_input_that_is_not_a_plain_file_turns_the_cache_off_for_the_run(tmp_path: Path) -> None:
    catalog = Path(shutil.copytree(CATALOG_DIR, tmp_path / "catalog", ignore=shutil.ignore_patterns("sources")))
    (catalog / "pipe.yaml").symlink_to(catalog / "spot.yaml")
    assert run_key(catalog, registered_targets()) is None
    (catalog / "pipe.yaml").unlink()
    os.mkfifo(catalog / "pipe.yaml")  # never opened: it would block
    assert run_key(catalog, registered_targets()) is None
    assert RunCache.open(catalog, tmp_path / "out", registered_targets()) is None  # no entry to read or to write


def test_a_folder_linked_into_an_input_folder_turns_the_cache_off_for_the_run(tmp_path: Path) -> None:
    templates, elsewhere = tmp_path / "templates", tmp_path / "elsewhere"
    templates.mkdir()
    elsewhere.mkdir()
    (elsewhere / "x.j2").write_text("{{ catalog }}", encoding="utf-8")
    target = Target("c", templates, (Output("x.j2", "c/x.h"),))
    assert run_key(CATALOG_DIR, (target,)) is not None
    (templates / "linked").symlink_to(elsewhere, target_is_directory=True)  # its files could change unseen
    assert run_key(CATALOG_DIR, (target,)) is None


def test_a_file_where_an_input_folder_should_be_turns_the_cache_off_for_the_run(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.write_text("not a folder", encoding="utf-8")
    assert run_key(CATALOG_DIR, (Target("c", templates, (Output("x.j2", "c/x.h"),)),)) is None


def test_the_key_lists_files_in_nested_folders_by_their_relative_names_and_leaves_out_compiled_python(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    (templates / "a" / "__pycache__").mkdir(parents=True)
    (templates / "a" / "x.j2").write_text("x", encoding="utf-8")
    target = Target("c", templates, (Output("a/x.j2", "c/x.h"),))
    key = run_key(CATALOG_DIR, (target,))
    (templates / "a" / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"compiled")
    assert run_key(CATALOG_DIR, (target,)) == key
    (templates / "a" / "x.j2").rename(templates / "ax.j2")  # the same bytes, another relative name
    assert run_key(CATALOG_DIR, (target,)) not in (None, key)


def test_a_cache_that_cannot_be_written_is_only_a_miss(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder would be", encoding="utf-8")
    monkeypatch.setenv(CACHE_VARIABLE, str(blocked))
    out = tmp_path / "out"
    assert main(["--out", str(out)]) == 0
    assert main(["--out", str(out), "--check"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith(f"{len(OUTPUTS)} generated files are current in {out} (")
    assert blocked.read_text(encoding="utf-8") == "a file where the cache folder would be"


def test_the_cache_keeps_a_bounded_number_of_entries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache_module, "KEEP", 3)
    folder = tmp_path / CACHE_FOLDER
    for number in range(6):
        key = f"{number:064x}"
        monkeypatch.setattr(cache_module, "run_key", lambda catalog, targets, key=key: key)
        RunCache(folder, key, CATALOG_DIR, ()).store({"a": "b"})
        assert RunCache(folder, key, CATALOG_DIR, ()).digests() == {"a": cache_module._sha256(b"b")}
    assert len(list(folder.glob("*.json"))) == 3
    assert not list(folder.glob(".tmp-*"))


def test_the_cache_keeps_the_most_recently_written_entries_whatever_their_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache_module, "KEEP", 2)
    folder = tmp_path / CACHE_FOLDER
    for age, name in enumerate("fed"):  # each written later than the one before, under a name that sorts first
        key = name * 64
        monkeypatch.setattr(cache_module, "run_key", lambda catalog, targets, key=key: key)
        RunCache(folder, key, CATALOG_DIR, ()).store({"a": "b"})
        os.utime(folder / f"{key}.json", (1_000_000 + age, 1_000_000 + age))
    assert sorted(path.name[0] for path in folder.glob("*.json")) == ["d", "e"]


def test_the_key_holds_the_jinja_the_run_would_import(monkeypatch: pytest.MonkeyPatch) -> None:
    import jinja2  # noqa: PLC0415

    assert cache_module._jinja_version_file() == Path(jinja2.__file__).read_bytes()
    monkeypatch.setattr(sys, "path", [])
    assert cache_module._jinja_version_file() == b""



def test_an_empty_entry_of_the_import_path_is_the_working_directory_for_the_jinja_in_the_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    vendored = tmp_path / "jinja2" / "__init__.py"
    vendored.parent.mkdir()
    vendored.write_bytes(b'__version__ = "0.0-in-the-working-directory"\n')
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "path", ["", *sys.path])
    assert cache_module._jinja_version_file() == vendored.read_bytes()


def test_an_entry_is_kept_in_a_cache_folder_whose_parents_do_not_exist_yet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key = "1" * 64
    monkeypatch.setattr(cache_module, "run_key", lambda catalog, targets: key)
    folder = tmp_path / "deep" / "er" / CACHE_FOLDER
    RunCache(folder, key, CATALOG_DIR, ()).store({"a": "b"})
    assert RunCache(folder, key, CATALOG_DIR, ()).digests() == {"a": cache_module._sha256(b"b")}


def test_an_entry_that_cannot_be_renamed_into_place_leaves_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key = "2" * 64
    monkeypatch.setattr(cache_module, "run_key", lambda catalog, targets: key)

    def refuse(source: object, destination: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(cache_module.os, "rename", refuse)
    folder = tmp_path / CACHE_FOLDER
    RunCache(folder, key, CATALOG_DIR, ()).store({"a": "b"})
    assert list(folder.iterdir()) == []


def test_a_catalogue_file_over_the_size_limit_turns_the_cache_off_for_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    assert run_key(CATALOG_DIR, registered_targets()) is not None
    monkeypatch.setenv(MAX_FILE_BYTES_VARIABLE, "100")
    assert run_key(CATALOG_DIR, registered_targets()) is None


def test_a_catalogue_file_of_exactly_the_size_limit_is_in_the_key_as_loading_reads_it(monkeypatch: pytest.MonkeyPatch) -> None:
    largest = max(path.stat().st_size for path in CATALOG_DIR.glob("*.yaml"))
    monkeypatch.setenv(MAX_FILE_BYTES_VARIABLE, str(largest))
    assert run_key(CATALOG_DIR, registered_targets()) is not None
    monkeypatch.setenv(MAX_FILE_BYTES_VARIABLE, str(largest - 1))
    assert run_key(CATALOG_DIR, registered_targets()) is None


def test_the_cache_turned_off_has_no_folder_and_no_entry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_VARIABLE, "off")
    assert cache_module.cache_folder(tmp_path / "out") is None
    assert RunCache.open(CATALOG_DIR, tmp_path / "out", registered_targets()) is None


def test_a_catalogue_file_renamed_with_its_content_unchanged_changes_the_key(tmp_path: Path) -> None:
    catalog = Path(shutil.copytree(CATALOG_DIR, tmp_path / "catalog", ignore=shutil.ignore_patterns("sources")))
    before = run_key(catalog, registered_targets())
    (catalog / "spot.yaml").rename(catalog / "spot2.yaml")  # the same place in name order: only the name differs
    after = run_key(catalog, registered_targets())
    assert before is not None and after is not None and after != before


def test_an_edited_user_template_changes_the_key(tmp_path: Path) -> None:
    (python,) = [target for target in registered_targets() if target.name == "python"]
    user = tmp_path / "user-templates"
    user.mkdir()
    (user / "errors.py.j2").write_text("{# mine #}", encoding="utf-8")
    targets = (replace(python, override_dir=user),)
    before = run_key(CATALOG_DIR, targets)
    assert before is not None and before != run_key(CATALOG_DIR, (python,))
    (user / "errors.py.j2").write_text("{# mine, edited #}", encoding="utf-8")
    after = run_key(CATALOG_DIR, targets)
    assert after is not None and after != before


def test_a_catalogue_folder_whose_name_is_not_utf8_has_a_key(tmp_path: Path) -> None:
    catalog = Path(shutil.copytree(CATALOG_DIR, tmp_path / os.fsdecode(b"catalog-\xff"), ignore=shutil.ignore_patterns("sources")))
    assert run_key(catalog, registered_targets()) is not None


def test_a_catalogue_file_whose_name_is_not_utf8_has_a_key_of_its_own(tmp_path: Path) -> None:
    catalog = Path(shutil.copytree(CATALOG_DIR, tmp_path / "catalog", ignore=shutil.ignore_patterns("sources")))
    before = run_key(catalog, registered_targets())
    (catalog / "spot.yaml").rename(catalog / os.fsdecode(b"spot-\xff.yaml"))
    after = run_key(catalog, registered_targets())
    assert before is not None and after is not None and after != before


def test_compiled_python_beside_a_targets_files_leaves_the_key_as_it_is(tmp_path: Path) -> None:
    templates, runtime = tmp_path / "templates", tmp_path / "runtime"
    templates.mkdir()
    runtime.mkdir()
    (templates / "x.j2").write_text("{{ catalog }}", encoding="utf-8")
    (runtime / "x.py").write_text("X = 1\n", encoding="utf-8")
    targets = (Target("x", templates, (Output("x.j2", "x/x.py"),), runtime_dir=runtime),)
    before = run_key(CATALOG_DIR, targets)
    (runtime / "__pycache__").mkdir()
    (runtime / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"compiled when the runtime was imported")
    assert before is not None and run_key(CATALOG_DIR, targets) == before


def test_an_entry_whose_temporary_file_cannot_be_made_is_only_a_miss(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key = "3" * 64
    monkeypatch.setattr(cache_module, "run_key", lambda catalog, targets: key)
    folder = tmp_path / CACHE_FOLDER
    (folder / f".tmp-{key}-{os.getpid()}").mkdir(parents=True)  # a folder where the temporary file would go
    RunCache(folder, key, CATALOG_DIR, ()).store({"a": "b"})
    assert RunCache(folder, key, CATALOG_DIR, ()).digests() is None


def test_an_input_folder_lists_each_file_by_its_name_under_the_folder_with_slashes_and_without_compiled_python(tmp_path: Path) -> None:
    top = tmp_path / "templates"
    (top / "a" / "b").mkdir(parents=True)
    (top / "a" / "__pycache__").mkdir()
    for name in ("x.j2", "a/y.j2", "a/b/z.j2", "a/__pycache__/y.cpython-311.pyc", "__pycache__"):
        (top / name).write_text(name, encoding="utf-8")
    assert cache_module._folder_files(top) == [
        ("a/b/z.j2", str(top / "a" / "b" / "z.j2")),
        ("a/y.j2", str(top / "a" / "y.j2")),
        ("x.j2", str(top / "x.j2")),
    ]
    assert cache_module._folder_files(None) == []
    assert cache_module._folder_files(tmp_path / "missing") == []  # a target without that folder


def test_the_key_changes_with_a_targets_outputs_even_when_its_files_do_not(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "x.j2").write_text("{{ catalog }}", encoding="utf-8")
    one = Target("c", templates, (Output("x.j2", "c/x.h"),))
    other = Target("c", templates, (Output("x.j2", "c/y.h"),))
    assert run_key(CATALOG_DIR, (one,)) not in (None, run_key(CATALOG_DIR, (other,)))


def test_a_catalogue_file_that_grows_past_the_limit_after_its_size_was_read_is_not_read_into_the_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "spot.yaml"
    path.write_bytes(b"x" * 10)
    mode = os.lstat(path).st_mode
    monkeypatch.setattr(cache_module.os, "lstat", lambda _: os.stat_result((mode, 0, 0, 0, 0, 0, 1, 0, 0, 0)))  # 1 byte when sized
    assert cache_module._plain_file(path, 5) is None
    assert cache_module._plain_file(path, 10) == b"x" * 10
