"""Loading a catalogue folder: its domains in the taxonomy's order, and a clear problem for a folder that is no catalogue."""

from __future__ import annotations

import pytest

from codegen.catalog import LoadedCatalog


def test_a_domain_is_found_by_name_and_a_missing_one_is_named_in_the_error(real_catalog: LoadedCatalog) -> None:
    assert real_catalog.catalog.domain("spot").domain == "spot"
    assert real_catalog.catalog.domain("futures").domain == "futures"
    with pytest.raises(KeyError, match="no_such_domain"):
        real_catalog.catalog.domain("no_such_domain")
