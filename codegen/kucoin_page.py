"""The layout of KuCoin's error page: what the importer reads and the docs target writes back."""

from __future__ import annotations

import re

#: The title of each domain's table, as KuCoin's page writes it before PAGE_TITLE, in page order.
DOMAIN_TITLES = {
    "http": "HTTP", "spot": "Spot", "margin": "Margin", "futures": "Futures", "earn": "Earn",
    "broker": "Broker", "copytrading": "CopyTrading", "websocket": "Websocket", "gateway": "Gateway", "pro_api": "Pro API",
}
#: The sub-tables of the domains whose section has several, in page order, with their headings (a variant's ``table``).
DOMAIN_TABLES = {
    "websocket": {"subscribing": "Subscribing", "connecting": "Connecting", "other": "Other"},
    "gateway": {
        "request": "Request Errors (400xxx)",
        "partner": "Partner Errors (4002xx)",
        "regional_kyc": "Regional & KYC Limitations (4003xx)",
        "authorization": "Authorization Errors (4004xx)",
        "data": "Data Errors (4001xx)",
        "websocket_disconnect": "Websocket Errors to disconnect",
        "rate_limiting": "Rate Limiting & Frequency Errors (429xxx)",
        "user_restriction": "User Restriction Errors (411xxx)",
        "server": "Server Errors (5xxxxx)",
    },
}
PAGE_TITLE = "Errors Code"
TABLE_HEADER = ("Code", "Meaning")
#: The sentences above the two margin tables, as KuCoin writes them.
MARGIN_SCOPE_SENTENCES = {
    "all": "This table is the error code common to margin low frequency and margin high frequency.",
    "high_frequency": "This table is the error codes unique to margin high frequency",
}
#: A page's id: what ``import-docs --page`` records and ``export-docs`` names the page's file after.
PAGE_ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
