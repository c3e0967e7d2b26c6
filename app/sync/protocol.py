"""The sync protocol's shared constants and messages, used by the client and the server alike."""

from __future__ import annotations

API_PREFIX = "/api/v1"
PROTOCOL_VERSION = 1
