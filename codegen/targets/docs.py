"""The docs target: a reference page in Markdown, the catalogue written back as KuCoin's error page, and each page it records rows of."""

from __future__ import annotations

from codegen.documentation import DOCS_FILTERS, docs_context, page_ids
from codegen.resources import TEMPLATES_DIR
from codegen.target import Output, Target, register

DOCS = register(
    Target(
        name="docs",
        template_dir=TEMPLATES_DIR / "docs",
        outputs=(
            Output("ERRORS.md.j2", "docs/ERRORS.md"),
            Output("kucoin-errors.txt.j2", "docs/kucoin-errors.txt"),
            # Each KuCoin page the catalogue records rows of, under its id.
            Output("page.txt.j2", "docs/pages/{item}.txt", each=page_ids),
        ),
        filters=DOCS_FILTERS,
        context=docs_context,
    )
)
