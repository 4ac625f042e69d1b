"""The layout of KuCoin's error page: what the importer reads and the docs target writes back."""

from __future__ import annotations

#: The title of each domain's table, as KuCoin's page writes it before PAGE_TITLE.
DOMAIN_TITLES = {"http": "HTTP", "spot": "Spot", "margin": "Margin", "futures": "Futures", "earn": "Earn"}
PAGE_TITLE = "Errors Code"
TABLE_HEADER = ("Code", "Meaning")
#: The sentences above the two margin tables, as KuCoin writes them.
MARGIN_SCOPE_SENTENCES = {
    "all": "This table is the error code common to margin low frequency and margin high frequency.",
    "high_frequency": "This table is the error codes unique to margin high frequency",
}
