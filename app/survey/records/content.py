"""The content hash of a record as it ships: one definition for the device and the server.

`content_hash(data)` is the sha256 (hex) of `canonical(data)`: the record's JSON with its keys
sorted at every level, no whitespace, non-ASCII characters as themselves, encoded as UTF-8.
The server computes the same over the `data` it receives, so an identical resend is known
without comparing field by field. No imports from the rest of Tinjau: the database engine
calls `register` on every connection it opens.

Records without nested JSON are hashed fast: the change recorder builds their JSON with the keys
in sorted order, and for strings, whole numbers and nulls SQLite's `json_object` text is then
exactly `canonical(data)`, so only the sha256 is left to do (`FLAT_FUNCTION`). `register` checks
that the running SQLite still writes JSON that way, and falls back to parsing when it does not.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

SQL_FUNCTION = "tinjau_content_hash"  # over any JSON object text: parsed, then hashed
FLAT_FUNCTION = "tinjau_flat_content_hash"  # over json_object text with sorted, flat keys


def canonical(data: Mapping[str, Any]) -> str:
    """The one JSON text of `data` that its hash is taken over."""
    return json.dumps(
        data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )


def content_hash(data: Mapping[str, Any]) -> str:
    """sha256 (64 hex digits) of `canonical(data)`."""
    return hashlib.sha256(canonical(data).encode("utf-8")).hexdigest()


def sql_content_hash(text: str | None) -> str | None:
    """`content_hash` of a JSON object given as text (the SQL function `SQL_FUNCTION`)."""
    return None if text is None else content_hash(json.loads(text))


def sql_flat_content_hash(text: str | None) -> str | None:
    """`content_hash` of a JSON object text that is already canonical."""
    return None if text is None else hashlib.sha256(text.encode("utf-8")).hexdigest()


# Strings SQLite and Python must escape alike for the fast path: quotes, backslashes, control
# characters, non-ASCII letters, a character outside the BMP.
_PROBE = {
    "a": 'q"\\/\b\f\n\r\t\x00\x1f\x7f',
    "b": -12,
    "c": None,
    "d": "\u1ed9\u062e\u2028\U0001f600",
}


def register(conn: Any) -> None:
    """Give `conn` the two SQL functions; the fast one only if SQLite's JSON text is canonical
    here (it is in every SQLite tried), else it parses like the other."""
    conn.create_function(SQL_FUNCTION, 1, sql_content_hash, deterministic=True)
    pairs = [item for key in sorted(_PROBE) for item in (key, _PROBE[key])]
    made = conn.execute(f"SELECT json_object({', '.join('?' * len(pairs))})", pairs).fetchone()
    fast = made is not None and made[0] == canonical(_PROBE)
    function = sql_flat_content_hash if fast else sql_content_hash
    conn.create_function(FLAT_FUNCTION, 1, function, deterministic=True)
