"""Generator of KuCoin error-code bindings from the YAML catalogue in catalog/.

The path through the package: loading (YAML with locations) -> validation
(schema, then rules) -> model (frozen dataclasses) -> rendering (Jinja2
templates with the naming and escaping filters) -> writing (atomic, or a
drift check). ``python -m codegen --help`` lists the commands.
"""
