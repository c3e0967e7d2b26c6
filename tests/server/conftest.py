"""A real `tinjau-server` process on a free loopback port, for tests that talk HTTP to it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest
import requests
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from server.core import accounts
from server.core.db import create_server_engine

SERVER = [sys.executable, "-m", "server.cli"]
ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_listening(process: subprocess.Popen[str], base: str, timeout: float = 30.0) -> None:
    """Return once the server `process` answers at `base`; fail if it exits or takes too long."""
    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            output = process.stdout.read() if process.stdout else ""
            raise AssertionError(f"server exited with {process.returncode}: {output}")
        try:
            requests.get(f"{base}/api/v1/health", timeout=1)
            return
        except requests.ConnectionError:
            if time.monotonic() > deadline:
                raise AssertionError("server did not start listening in time") from None
            time.sleep(0.1)


@contextmanager
def running_server(
    db_url: str,
    timeout: float = 30.0,
    extra: Sequence[str] = (),
    env: dict[str, str] | None = None,
    log: Path | None = None,
) -> Iterator[str]:
    """Start `tinjau-server serve` on `db_url`, yield its base URL once healthy, then stop it.
    With `log`, the server's output goes to that file (for a test to read; a pipe nobody
    reads would block a server that writes much)."""
    port = free_port()
    log_file = log.open("w", encoding="utf-8") if log is not None else None
    process = subprocess.Popen(
        [*SERVER, "serve", "--db", db_url, "--host", "127.0.0.1", "--port", str(port), *extra],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        stdout=log_file or subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    if log_file is not None:
        log_file.close()  # the child holds its own copy
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_listening(process, base, timeout)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def fresh_pg_database(pg_url: str) -> Iterator[str]:
    """A new, empty PostgreSQL database beside `pg_url`'s, dropped afterwards: each test gets
    its own, so tests (and other projects' tests on the same server) never see each other."""
    url = make_url(pg_url)
    name = f"tinjau_server_{uuid.uuid4().hex[:12]}"
    admin = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield url.set(drivername="postgresql+psycopg", database=name).render_as_string(
            hide_password=False
        )
    finally:
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database URL no one has used yet: a SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.sqlite'}"
        return
    pg_url = request.getfixturevalue("pg_url")
    with fresh_pg_database(pg_url) as url:
        yield url


def server_command(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """`tinjau-server ARGS` run to its end in a subprocess, its output captured."""
    return subprocess.run(
        [*SERVER, *args], cwd=ROOT, capture_output=True, text=True, timeout=60, input=stdin
    )


PASSWORD = "correct horse battery"


def add_user(db_url: str, username: str, role: str, areas: Sequence[str] = ()) -> None:
    """Add a user straight into a server database made by `init` (what create-user does)."""
    engine = create_server_engine(db_url)
    try:
        with Session(engine) as session:
            accounts.create_user(
                session, username=username, password=PASSWORD, role=role, areas=areas,
                actor="test",
            )  # fmt: skip
            session.commit()
    finally:
        engine.dispose()


def login(base: str, username: str, device_id: str | None = None) -> str:
    """Sign a new device in as `username`; its bearer token."""
    reply = requests.post(
        f"{base}/api/v1/auth/login",
        json={
            "username": username,
            "password": PASSWORD,
            "device_id": device_id or str(uuid.uuid4()),
            "device_name": "test tablet",
        },
        timeout=10,
    )
    assert reply.status_code == 201, reply.text
    return str(reply.json()["token"])


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}
