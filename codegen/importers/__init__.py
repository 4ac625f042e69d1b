"""Importers: KuCoin's published error tables into the catalogue.

``documents`` reads a page (tab-separated text or Markdown tables) into rows,
``suggestions`` proposes names and categories for rows the catalogue lacks,
and ``merging`` folds the rows into the YAML files without disturbing what a
person wrote there: ``yaml_editing`` edits the YAML, ``yaml_nodes`` builds
what is added, ``rewording`` tells a reworded message from a new one, and
``catalogue_files`` reads the files and tries the merged result.
"""
