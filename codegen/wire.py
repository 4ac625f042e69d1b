"""What every binding shares: facts of KuCoin's wire format and of how the bindings read it.

Each value is defined here once and rendered into the data of every binding
(Python's ``_definitions.py``, TypeScript's ``WIRE``); a test compares what
each binding exports with these values, so the runtimes cannot drift apart.
"""

from __future__ import annotations

#: The separator KuCoin's tables print between a key, its message and its explanation.
ROW_SEPARATOR = " -- "

#: Retry actions after which the same request can succeed without being changed.
RETRYABLE_ACTIONS = ("retry", "wait")

#: The response header KuCoin's gateway sets to the milliseconds until a rate limit resets.
RATE_LIMIT_RESET_HEADER = "gw-ratelimit-reset"

#: The largest code the wire format carries (a signed 32-bit integer); larger numbers are kept raw.
MAX_CODE = 2_147_483_647

#: Codes KuCoin's gateway sends for every API although one table documents them, and that table's domain.
GATEWAY_CODES = {1015: "futures"}

#: The domain whose table classifies a bare HTTP status.
STATUS_DOMAIN = "http"

#: The domain whose table classifies a websocket error frame.
WEBSOCKET_DOMAIN = "websocket"

#: How many characters of a body that is not JSON become the message.
MESSAGE_LIMIT = 500

#: The longest normalised message (in characters, code points) that templates are tried on; a longer one
#: (KuCoin's are under 300) is matched exactly or by its code only, so no input can make matching slow.
TEMPLATE_MATCH_LIMIT = 1_000

#: How deeply a body's JSON may nest (KuCoin's nest 4 levels); a deeper body is read as not JSON, in every binding.
MAX_JSON_DEPTH = 100

#: The kind of value a placeholder takes when the catalogue does not say, by token (else "text").
DEFAULT_PLACEHOLDER_KINDS = {"XX": "currency", "XXX-XXX": "symbol"}

#: Milliseconds to wait before a retry when neither the headers, the catalogue nor the category say.
FALLBACK_RETRY_DELAY_MS = 1_000

#: Unicode's White_Space characters: what "white space" means in every binding.
WHITESPACE = "\t\n\x0b\x0c\r \x85\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u2028\u2029\u202f\u205f\u3000"

#: A run of white space, as an expression that Python's ``re`` and JavaScript's ``RegExp`` read alike.
WHITESPACE_RUN = r"[\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+"

#: Characters that do not tell messages apart at the end of a normalised text (after white space became spaces).
TRAILING = " .!"
