"""The sync protocol's shared constants, used by the client and the server alike (its messages
come with the sync issue)."""

from __future__ import annotations

API_PREFIX = "/api/v1"
PROTOCOL_VERSION = 1
