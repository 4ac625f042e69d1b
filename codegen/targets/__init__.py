"""The built-in targets; importing this package registers them, in output order.

Each module is one target (``codegen.target.Target``): its template folder,
static runtime sources, filters, context, language and round trip.
"""

from codegen.targets import docs, go, java, json, python, rust, typescript

__all__ = ["docs", "go", "java", "json", "python", "rust", "typescript"]
