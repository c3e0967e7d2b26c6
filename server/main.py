"""The FastAPI application: one router per resource under server/api/routes/."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from fastapi import FastAPI

from server.api.routes import health
from server.core.config import ServerSettings
from server.core.db import create_server_engine


def _version() -> str:
    try:
        return version("tinjau")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0"


def create_app(settings: ServerSettings | None = None) -> FastAPI:
    """Build the API for `settings` (or the environment); the engine lives on `app.state`."""
    settings = settings or ServerSettings.from_env()
    app = FastAPI(title="Tinjau server", version=_version())
    app.state.settings = settings
    app.state.engine = create_server_engine(settings.db_url)
    app.include_router(health.router)
    return app
