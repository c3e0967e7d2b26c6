"""The FastAPI app itself, in process: its settings from the environment and a failing database."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from server.core.config import ServerSettings
from server.main import create_app


def test_health_is_503_when_the_database_stops_answering() -> None:
    """With a database nobody answers, the health endpoint says so with 503 for a monitor."""
    app = create_app(ServerSettings(db_url="postgresql+psycopg://tinjau@127.0.0.1:1/nowhere"))
    reply = TestClient(app).get("/api/v1/health")
    assert reply.status_code == 503
    assert reply.json()["status"] == "database unreachable"
    assert reply.json()["database"] == "postgresql"


def test_app_built_without_settings_reads_tinjau_server_db(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`create_app()` (uvicorn --factory) takes its database from TINJAU_SERVER_DB."""
    db = tmp_path / "from-env.sqlite"
    monkeypatch.setenv("TINJAU_SERVER_DB", f"sqlite:///{db}")
    reply = TestClient(create_app()).get("/api/v1/health")
    assert reply.status_code == 200
    assert reply.json()["database"] == "sqlite"
    assert db.exists()
