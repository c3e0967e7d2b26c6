"""The content hash of a record as it ships: one definition for the device and the server.

`content_hash(data)` is the sha256 (hex) of `canonical(data)`: the record's JSON with its keys
sorted at every level, no whitespace, non-ASCII characters as themselves, encoded as UTF-8.
The server computes the same over the `data` it receives, so an identical resend is known
without comparing field by field. No imports from the rest of Tinjau: the database engine
registers `sql_content_hash` on every connection it opens.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

SQL_FUNCTION = "tinjau_content_hash"


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
