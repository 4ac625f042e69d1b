"""Importers: KuCoin's published error tables into the catalogue.

``documents`` reads a page (tab-separated text or Markdown tables) into rows,
``suggestions`` proposes names and categories for rows the catalogue lacks,
and ``merging`` folds the rows into the YAML files without disturbing what a
person wrote there.
"""
