"""The docs target: a reference page in Markdown, and the catalogue written back as KuCoin's error page."""

from __future__ import annotations

from codegen.documentation import DOCS_FILTERS, docs_context
from codegen.resources import TEMPLATES_DIR
from codegen.target import Output, Target, register

DOCS = register(
    Target(
        name="docs",
        template_dir=TEMPLATES_DIR / "docs",
        outputs=(Output("ERRORS.md.j2", "docs/ERRORS.md"), Output("kucoin-errors.txt.j2", "docs/kucoin-errors.txt")),
        filters=DOCS_FILTERS,
        context=docs_context,
    )
)
