"""Server settings, read once per process: from `tinjau-server` options, or from the environment
(TINJAU_SERVER_DB, TINJAU_SERVER_LOGIN_ATTEMPTS, ...) when an ASGI server builds the app itself
(`uvicorn --factory server.main:create_app`). Every worker reads the same values, so any of them
can answer any device: the process keeps no other state of its own."""

from __future__ import annotations

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from server.core.db import DEFAULT_DB_URL


class ServerSettings(BaseSettings):
    """What one server process needs to know."""

    model_config = SettingsConfigDict(env_prefix="TINJAU_SERVER_", frozen=True, extra="ignore")

    db_url: str = Field(
        default=DEFAULT_DB_URL, validation_alias=AliasChoices("db_url", "TINJAU_SERVER_DB")
    )
    # Failed logins allowed for one username from one address, and from one address over all
    # usernames, within the window; past that, logins are refused until the window has passed.
    login_attempts: int = Field(default=5, ge=1)
    login_attempts_per_address: int = Field(default=30, ge=1)
    login_window_seconds: int = Field(default=900, ge=1)
    # The largest request body on any route but a pushed batch, a file's chunk and a
    # published form (server/api/limits.py).
    request_max_bytes: int = Field(default=8 << 20, ge=1024)
    # A pushed batch: at most this many bytes as sent (gzip) and once decompressed.
    push_max_bytes: int = Field(default=8 << 20, ge=1024)
    push_max_json_bytes: int = Field(default=64 << 20, ge=1024)

    @classmethod
    def from_env(cls) -> ServerSettings:
        return cls()
