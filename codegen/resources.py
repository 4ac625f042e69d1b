"""Where the generator finds its own files: the catalogue schema, and the folders of the built-in targets."""

from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SCHEMA_PATH = PROJECT_ROOT / "schema" / "error_catalog.schema.json"
#: ``templates/<target>/``: the Jinja2 templates of each built-in target.
TEMPLATES_DIR = PROJECT_ROOT / "templates"
#: ``runtime/<target>/``: the static runtime sources each built-in target copies into its output.
RUNTIME_DIR = PROJECT_ROOT / "runtime"
#: The catalogue and output folders of this repository, the defaults of the command line.
DEFAULT_CATALOG_DIR = PROJECT_ROOT / "catalog"
DEFAULT_OUTPUT_DIR = PROJECT_ROOT / "generated"
