"""A real `tinjau-server` process on a free loopback port, for tests that talk HTTP to it."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import requests

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
def running_server(db_url: str, timeout: float = 30.0) -> Iterator[str]:
    """Start `tinjau-server serve` on `db_url`, yield its base URL once healthy, then stop it."""
    port = free_port()
    process = subprocess.Popen(
        [*SERVER, "serve", "--db", db_url, "--host", "127.0.0.1", "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
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
