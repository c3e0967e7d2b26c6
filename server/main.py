"""The FastAPI application: one router per resource under server/api/routes/, the OpenAPI
schema at /api/v1/openapi.json, and every error answered as JSON with a stable code."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import Any

from fastapi import Depends, FastAPI

from app.sync.protocol import API_PREFIX
from server.api.deps import check_protocol
from server.api.errors import install_error_handlers
from server.api.limits import BodyLimit, Limits
from server.api.routes import (
    areas,
    attachments,
    audit,
    auth,
    devices,
    health,
    publish,
    sync,
    users,
)
from server.core.config import ServerSettings
from server.core.db import create_server_engine


def _version() -> str:
    try:
        return version("tinjau")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0"


def create_app(settings: ServerSettings | None = None) -> FastAPI:
    """Build the API for `settings` (or the environment); the engine lives on `app.state`.

    The database's schema is not touched here: `tinjau-server init` makes or migrates it."""
    settings = settings or ServerSettings.from_env()
    app = FastAPI(
        title="Tinjau server",
        version=_version(),
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=f"{API_PREFIX}/docs",
        redoc_url=None,
        dependencies=[Depends(check_protocol)],
    )
    app.state.settings = settings
    app.state.engine = create_server_engine(settings.db_url)
    install_error_handlers(app)
    app.add_middleware(
        BodyLimit,
        limits=Limits(settings.request_max_bytes, settings.push_max_bytes),
    )
    for module in (health, auth, devices, users, areas, audit, publish, sync, attachments):
        app.include_router(module.router)
    build_schema = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = sync.add_schemas(build_schema())
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app
