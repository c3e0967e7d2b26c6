"""`tinjau-server serve` starts a real HTTP API on SQLite or PostgreSQL."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import requests

from tests.server.conftest import ROOT, SERVER, fresh_pg_database, running_server


def _server_command(*args: str) -> subprocess.CompletedProcess[str]:
    """`tinjau-server ARGS` run to its end in a subprocess, its output captured."""
    return subprocess.run([*SERVER, *args], cwd=ROOT, capture_output=True, text=True, timeout=60)


def test_health_on_embedded_sqlite(tmp_path: Path) -> None:
    """On a SQLite file the health endpoint answers 200 and names the sqlite backend."""
    db = tmp_path / "server.sqlite"
    with running_server(f"sqlite:///{db}") as base:
        reply = requests.get(f"{base}/api/v1/health", timeout=5)
    assert reply.status_code == 200
    body = reply.json()
    assert body["status"] == "ok"
    assert body["database"] == "sqlite"
    assert body["protocol"] == 1
    assert db.exists()


def test_health_on_postgresql(pg_url: str) -> None:
    """Given a postgresql+psycopg URL the server runs on PostgreSQL and says so."""
    with fresh_pg_database(pg_url) as url, running_server(url) as base:
        reply = requests.get(f"{base}/api/v1/health", timeout=5)
    assert reply.status_code == 200
    assert reply.json()["database"] == "postgresql"


def test_unreachable_database_is_a_clear_error_without_password() -> None:
    """A database that does not answer stops the server with a sentence, hiding the password."""
    url = "postgresql+psycopg://tinjau:s3cret@127.0.0.1:1/nowhere"
    result = _server_command("serve", "--db", url, "--port", "1")
    assert result.returncode == 1
    assert "Cannot reach the database" in result.stderr
    assert "s3cret" not in result.stderr
    assert "Traceback" not in result.stderr


def test_unsupported_database_is_refused() -> None:
    """A MySQL URL is refused (exit 2, as for any argument given wrong) with a message naming
    the two supported databases."""
    result = _server_command("serve", "--db", "mysql://root@127.0.0.1/test")
    assert result.returncode == 2
    assert "SQLite or PostgreSQL" in result.stderr


def test_help_describes_the_serve_command() -> None:
    """`tinjau-server --help` lists the serve command."""
    result = _server_command("--help")
    assert result.returncode == 0
    # "serve" alone is also inside the program name "tinjau-server": look for the command's row.
    assert re.search(r"^\s+serve\s+run the HTTP API$", result.stdout, re.MULTILINE)
