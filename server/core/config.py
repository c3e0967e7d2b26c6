"""Server settings: from `tinjau-server serve` options, or from TINJAU_SERVER_DB when an ASGI
server builds the app itself (`uvicorn --factory server.main:create_app`)."""

from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_DB_URL = "sqlite:///tinjau-server.sqlite"


@dataclass(frozen=True)
class ServerSettings:
    """What one server process needs to know; the process keeps no other state of its own."""

    db_url: str = DEFAULT_DB_URL

    @classmethod
    def from_env(cls) -> ServerSettings:
        return cls(db_url=os.environ.get("TINJAU_SERVER_DB", DEFAULT_DB_URL))
