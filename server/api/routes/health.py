"""GET /api/v1/health: is the process up and can it reach its database."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from app.sync.protocol import API_PREFIX, PROTOCOL_VERSION

router = APIRouter()


@router.get(f"{API_PREFIX}/health")
def health(request: Request) -> JSONResponse:
    """200 with the database backend when the database answers, 503 when it does not."""
    engine = request.app.state.engine
    body: dict[str, Any] = {
        "service": "tinjau-server",
        "version": request.app.version,
        "protocol": PROTOCOL_VERSION,
        "database": engine.dialect.name,
    }
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError:
        body["status"] = "database unreachable"
        return JSONResponse(body, status_code=503)
    body["status"] = "ok"
    return JSONResponse(body)
