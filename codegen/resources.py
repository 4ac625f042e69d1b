"""Where the generator finds its own files: the catalogue schema, and the folders of the built-in targets.

A wheel carries ``templates/``, ``runtime/`` and ``schema/`` inside the package,
under ``codegen/_bundled/`` (``pyproject.toml`` maps them there); run from a
checkout or an editable install, they are read where they live, at the top of
the repository.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
#: The folder holding ``codegen/``: the repository in a checkout or an editable install.
PROJECT_ROOT = PACKAGE_DIR.parent
#: Where the files live: inside the installed package when it carries them, else the repository.
RESOURCE_ROOT = PACKAGE_DIR / "_bundled" if (PACKAGE_DIR / "_bundled").is_dir() else PROJECT_ROOT
SCHEMA_PATH = RESOURCE_ROOT / "schema" / "error_catalog.schema.json"
#: ``templates/<target>/``: the Jinja2 templates of each built-in target.
TEMPLATES_DIR = RESOURCE_ROOT / "templates"
#: ``runtime/<target>/``: the static runtime sources each built-in target copies into its output.
RUNTIME_DIR = RESOURCE_ROOT / "runtime"
