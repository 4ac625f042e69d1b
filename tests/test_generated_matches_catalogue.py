"""The committed outputs are exactly what the generator renders from the committed catalogue, file for file."""

from __future__ import annotations

from codegen.catalog import LoadedCatalog
from codegen.rendering import render_all
from tests.conftest import GENERATED_DIR


def test_every_committed_output_is_what_the_catalogue_renders_to(real_catalog: LoadedCatalog) -> None:
    rendered = render_all(real_catalog)
    # Bytecode caches appear where a test imports the committed Python package; they are no output.
    committed = {path.relative_to(GENERATED_DIR).as_posix() for path in GENERATED_DIR.rglob("*") if path.is_file() and "__pycache__" not in path.parts}
    assert sorted(rendered) == sorted(committed)
    for path, text in rendered.items():
        assert text == (GENERATED_DIR / path).read_text(encoding="utf-8"), f"{path} differs from what the catalogue renders to"
