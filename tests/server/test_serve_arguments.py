"""`tinjau-server serve` refuses what it was given wrong before anything starts: a sentence, no
traceback, and every file as it was."""

from __future__ import annotations

import hashlib
import os
import signal
import socket
import sqlite3
import subprocess
from pathlib import Path

import pytest
import requests

from tests.server.conftest import ROOT, SERVER, free_port, running_server, wait_until_listening
from tests.ui.census_data import build_census

MYKAD = "850412-14-5523"


def serve(*args: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    """`tinjau-server serve ARGS` run to its end; a server that starts anyway times out."""
    return subprocess.run(
        [*SERVER, "serve", *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout
    )


def fingerprint(folder: Path) -> dict[str, str]:
    """sha256 of every file in `folder` (-wal/-shm included)."""
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.iterdir())
        if path.is_file()
    }


def assert_sentence(result: subprocess.CompletedProcess[str], code: int, words: str) -> None:
    assert result.returncode == code, result.stderr
    assert words in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("port", ["99999", "65536", "0", "-1", "abc", "1e3", "80.5", "²"])
def test_a_port_outside_1_to_65535_is_refused(tmp_path: Path, port: str) -> None:
    """--port takes a whole number from 1 to 65535; anything else is a sentence (exit 2)."""
    db = tmp_path / "server.sqlite"
    result = serve("--db", f"sqlite:///{db}", f"--port={port}", timeout=20)
    assert_sentence(result, 2, "give a whole number from 1 to 65535")
    assert not db.exists()


def test_a_port_in_use_is_refused(tmp_path: Path) -> None:
    """A port another program listens on is a sentence naming it; the database is not made."""
    db = tmp_path / "server.sqlite"
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = serve("--db", f"sqlite:///{db}", "--port", str(port), timeout=20)
    assert_sentence(result, 2, f"Port {port} on 127.0.0.1 is already in use")
    assert not db.exists()


@pytest.mark.parametrize(
    ("host", "words"),
    [
        ("192.0.2.1", "is not an address of this computer"),  # TEST-NET-1: never local
        ("no-such-host.invalid", "is not an address this computer can listen on"),
    ],
)
def test_a_host_that_cannot_be_bound_is_refused(tmp_path: Path, host: str, words: str) -> None:
    """An address this computer does not have, or a name that does not resolve, is a sentence."""
    db = tmp_path / "server.sqlite"
    result = serve("--db", f"sqlite:///{db}", "--host", host, "--port", str(free_port()))
    assert_sentence(result, 2, words)
    assert not db.exists()


def test_a_file_that_is_not_sqlite_is_refused_unchanged(tmp_path: Path) -> None:
    """A .csv given as the database is refused (it used to be turned into SQLite)."""
    data = tmp_path / "households.csv"
    data.write_text(f"unit,name,national_id\nA-1-1,Siti,{MYKAD}\n", encoding="utf-8")
    before = fingerprint(tmp_path)
    result = serve("--db", f"sqlite:///{data}", "--port", str(free_port()), timeout=20)
    assert_sentence(result, 2, "is not a Tinjau server database")
    assert fingerprint(tmp_path) == before


def test_the_desktop_workspace_is_refused_unchanged(tmp_path: Path) -> None:
    """An SQLite file of something else (here a desktop workspace) is refused, every file in
    its folder byte-identical."""
    build_census(tmp_path, households=3)
    before = fingerprint(tmp_path)
    db = tmp_path / "tinjau.sqlite"
    result = serve("--db", f"sqlite:///{db}", "--port", str(free_port()), timeout=20)
    assert_sentence(result, 2, "is not a Tinjau server database")
    assert fingerprint(tmp_path) == before


def test_a_missing_folder_is_refused_and_not_made(tmp_path: Path) -> None:
    """A database path in a folder that does not exist says so; the folder is not created."""
    result = serve("--db", f"sqlite:///{tmp_path / 'nope' / 'server.sqlite'}", timeout=20)
    assert_sentence(result, 2, f"The folder {tmp_path / 'nope'} does not exist")
    assert not (tmp_path / "nope").exists()


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("postgresql+psycopg://tinjau:s3cret@db:port/tinjau", "The database URL cannot be read"),
        ("postgresql+psycopg://tinjau:s3cret@[::1/tinjau", "The database URL cannot be read"),
        ("sqlite+pysqlcipher:///server.db", "with Python's own sqlite3"),
    ],
)
def test_an_unusable_url_is_a_sentence_without_its_password(
    tmp_path: Path, url: str, words: str
) -> None:
    """A URL whose port is not a number, or an SQLite driver that is not installed, is a
    sentence (they were tracebacks), and a password in the URL is never printed."""
    result = subprocess.run(
        [*SERVER, "serve", "--db", url, "--port", str(free_port())],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=30,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert_sentence(result, 2, words)
    assert "s3cret" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_its_own_database_and_an_empty_one_are_accepted(tmp_path: Path) -> None:
    """A file the server made is used again on the next start, and so is an SQLite file with no
    tables yet (as made by earlier servers, which did not mark their files)."""
    own = tmp_path / "server.sqlite"
    for _ in range(2):
        with running_server(f"sqlite:///{own}") as base:
            assert requests.get(f"{base}/api/v1/health", timeout=5).status_code == 200
    empty = tmp_path / "empty.sqlite"
    sqlite3.connect(empty).execute("PRAGMA user_version=1").connection.close()
    with running_server(f"sqlite:///{empty}") as base:
        assert requests.get(f"{base}/api/v1/health", timeout=5).status_code == 200


SERVE_FAULT = f"""
import sys
import server.cli

def fault(args):
    raise ValueError("no household for {MYKAD}")

server.cli._serve = fault
raise SystemExit(server.cli.main(sys.argv[1:]))
"""


def test_an_unexpected_error_is_masked(tmp_path: Path) -> None:
    """A bug in the server (the child process makes `serve` raise with a MyKad number) prints
    its traceback to stderr, the server's log, with the number masked, then one sentence."""
    result = subprocess.run(
        [SERVER[0], "-c", SERVE_FAULT, "serve"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "ValueError: no household for [id]" in result.stderr
    assert "850412" not in result.stderr
    assert result.stderr.endswith(
        "tinjau-server: an unexpected error (ValueError); details are above\n"
    )


def test_ctrl_c_stops_the_server_quietly(tmp_path: Path) -> None:
    """Ctrl+C (SIGINT) shuts the server down with exit 0 and no traceback."""
    port = free_port()
    child = subprocess.Popen(
        [*SERVER, "serve", "--db", f"sqlite:///{tmp_path / 's.sqlite'}", "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        wait_until_listening(child, f"http://127.0.0.1:{port}")
        child.send_signal(signal.SIGINT)
        output, _ = child.communicate(timeout=30)
    finally:
        child.kill()
    assert child.returncode == 0, output
    assert "Traceback" not in output


ROUTE_FAULT = f"""
import sys
import server.cli
import server.main

build = server.main.create_app


def create_app(settings=None):
    app = build(settings)

    @app.get("/boom")
    def boom():
        raise ValueError("no household for {MYKAD}")

    return app


server.main.create_app = create_app
raise SystemExit(server.cli.main(sys.argv[1:]))
"""


def test_a_request_that_fails_is_logged_masked(tmp_path: Path) -> None:
    """The traceback uvicorn logs for a request that failed (the child process adds a route
    that raises with a MyKad number) goes through the masking filter."""
    port = free_port()
    child = subprocess.Popen(
        [
            SERVER[0],
            "-c",
            ROUTE_FAULT,
            "serve",
            "--db",
            f"sqlite:///{tmp_path / 's.sqlite'}",
            "--port",
            str(port),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        wait_until_listening(child, f"http://127.0.0.1:{port}")
        reply = requests.get(f"http://127.0.0.1:{port}/boom", timeout=5)
        child.terminate()
        output, _ = child.communicate(timeout=30)
    finally:
        child.kill()
    assert reply.status_code == 500
    assert reply.json()["code"] == "internal_error"
    assert "850412" not in reply.text
    assert "ValueError: no household for [id]" in output
    assert "850412" not in output


WITHOUT_SERVER_EXTRA = """
import sys
for name in ("fastapi", "uvicorn", "argon2"):
    sys.modules[name] = None  # as after ./run, which installs only the desktop app's packages
import server.cli
raise SystemExit(server.cli.main(sys.argv[1:]))
"""


def test_without_the_server_packages_the_command_to_install_them_is_named(
    tmp_path: Path,
) -> None:
    """`tinjau-server serve` in a set-up without the [server] extra names the pip command
    instead of ending in a ModuleNotFoundError traceback, and makes no database file."""
    db = tmp_path / "s.sqlite"
    result = subprocess.run(
        [SERVER[0], "-c", WITHOUT_SERVER_EXTRA, "serve", "--db", f"sqlite:///{db}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "pip install -e '.[server]'" in result.stderr
    assert "Traceback" not in result.stderr and "ModuleNotFoundError" not in result.stderr
    assert not db.exists()
