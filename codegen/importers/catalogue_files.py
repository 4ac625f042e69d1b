"""The files of an import: reading the catalogue files it changes, and loading the merged result before anything is written."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from codegen.catalog import load_catalog
from codegen.loading import catalog_files


def read_catalogue_text(path: Path) -> tuple[str | None, bool]:
    """The text of a catalogue file with line feeds only (None when there is no such file), and whether it had CRLF line ends."""
    if not path.exists():
        return None, False
    text = path.read_bytes().decode("utf-8")
    return text.replace("\r\n", "\n"), "\r\n" in text


def check_merged(texts: dict[Path, str], catalog_dir: Path) -> None:
    """Load the catalogue as it would be with ``texts`` written; CatalogError when it would be invalid."""
    with tempfile.TemporaryDirectory() as scratch:
        trial = Path(scratch) / catalog_dir.resolve().name
        trial.mkdir()
        for path in catalog_files(catalog_dir):
            shutil.copyfile(path, trial / path.name)
        for path, text in texts.items():
            (trial / path.name).write_text(text, encoding="utf-8")
        load_catalog(trial)
