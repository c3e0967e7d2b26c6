"""Pushing interviews to a real server over loopback: interviews per second, and as a ratio
to a plain bulk insert of the same rows into the same database in the same run.

On SQLite always; on PostgreSQL too when TINJAU_TEST_PG_URL is set (a scratch database is made
beside it and dropped). The issue aims at a ratio of at least 0.25 on PostgreSQL.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg
import requests
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from bench.common import ROOT, print_results
from server.core import accounts
from server.core.db import create_server_engine
from server.core.publish import shipped_forms

INTERVIEWS = 10_000
# The server takes interviews of the shipped form, or of a form version published to it.
_SHIPPED_VERSION = next(iter(shipped_forms()))[1]
BATCH = 500
PASSWORD = "bench password 1"


def _hash(data: dict[str, Any]) -> str:
    text_ = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text_.encode()).hexdigest()


def _item(record_type: str, data: dict[str, Any]) -> dict[str, Any]:
    return {"format": 1, "record_type": record_type, "record_id": data["id"],
            "operation": "upsert", "base_revision": 0, "content_hash": _hash(data),
            "data": data}  # fmt: skip


def _interview(household_id: str, n: int) -> dict[str, Any]:
    answers = {f"q{i}": (n * 7 + i) % 13 for i in range(40)}
    return {"id": str(uuid.uuid4()), "household_id": household_id, "form_id": "household",
            "form_version": _SHIPPED_VERSION, "answers": answers, "status": "complete",
            "started_at": "2026-12-04T08:00:00.000000Z",
            "completed_at": "2026-12-04T08:40:00.000000Z", "enumerator_id": "e1",
            "device_id": "d1", "deleted_at": None}  # fmt: skip


def _cpu_seconds(pid: int) -> float | None:
    """CPU time (user and system) the process `pid` has used so far; None off Linux."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@contextmanager
def _server(url: str) -> Iterator[tuple[str, int]]:
    subprocess.run([sys.executable, "-m", "server.cli", "init", "--db", url], cwd=ROOT,
                   check=True, capture_output=True)  # fmt: skip
    engine = create_server_engine(url)
    with Session(engine) as session:
        accounts.create_user(session, username="bench", password=PASSWORD, role="admin",
                             areas=[], actor="bench")  # fmt: skip
        session.commit()
    engine.dispose()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    child = subprocess.Popen(
        [sys.executable, "-m", "server.cli", "serve", "--db", url, "--port", str(port)],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                requests.get(f"{base}/api/v1/health", timeout=1)
                break
            except requests.ConnectionError:
                time.sleep(0.1)
        yield base, child.pid
    finally:
        child.terminate()
        child.wait(timeout=30)


def _measure(url: str) -> dict[str, float]:
    with _server(url) as (base, pid):
        device = str(uuid.uuid4())
        token = requests.post(
            f"{base}/api/v1/auth/login",
            json={"username": "bench", "password": PASSWORD, "device_id": device}, timeout=30,
        ).json()["token"]  # fmt: skip
        http = requests.Session()
        http.headers.update({"Authorization": f"Bearer {token}", "Content-Encoding": "gzip",
                             "Content-Type": "application/json"})  # fmt: skip

        def push(items: list[dict[str, Any]]) -> None:
            body = {"device_id": device, "batch_id": str(uuid.uuid4()), "items": items}
            reply = http.post(f"{base}/api/v1/sync/push", timeout=120,
                              data=gzip.compress(json.dumps(body).encode(), 5))  # fmt: skip
            reply.raise_for_status()

        site = {"id": str(uuid.uuid4()), "path_code": "14/KL/W01/S1", "level": "site"}
        homes = [{"id": str(uuid.uuid4()), "unit_id": site["id"]} for _ in range(BATCH)]
        push([_item("area", site)])
        push([_item("household", h) for h in homes])
        interviews = [_item("interview", _interview(homes[n % BATCH]["id"], n))
                      for n in range(INTERVIEWS)]  # fmt: skip
        started, cpu_before = time.perf_counter(), _cpu_seconds(pid)
        for start in range(0, INTERVIEWS, BATCH):
            push(interviews[start : start + BATCH])
        pushed = time.perf_counter() - started
        cpu_after = _cpu_seconds(pid)
    engine = create_server_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE bulk_copy (record_type VARCHAR(20), "
                                    "record_id VARCHAR(36), revision INTEGER, seq INTEGER, "
                                    "content_hash VARCHAR(64), data TEXT)"))  # fmt: skip
        rows = [{"t": "interview", "i": str(uuid.uuid4()), "s": n, "h": item["content_hash"],
                 "d": json.dumps(item["data"])} for n, item in enumerate(interviews)]  # fmt: skip
        started = time.perf_counter()
        for start in range(0, INTERVIEWS, BATCH):
            with engine.begin() as connection:
                connection.execute(
                    text("INSERT INTO bulk_copy VALUES (:t, :i, 1, :s, :h, :d)"),
                    rows[start : start + BATCH],
                )
        bulk = time.perf_counter() - started
    finally:
        engine.dispose()
    cpu = cpu_after - cpu_before if cpu_before is not None and cpu_after is not None else -1.0
    return {"rate": INTERVIEWS / pushed, "ratio": bulk / pushed, "cpu": cpu}


@contextmanager
def _pg_database(pg_url: str) -> Iterator[str]:
    url = make_url(pg_url)
    name = f"tinjau_bench_{uuid.uuid4().hex[:10]}"
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


def per_backend(
    measure: Callable[[str], dict[str, float]],
) -> Callable[[str], dict[str, float]]:
    """`measure(server database URL)` run once per backend when first asked ("sqlite": a new
    file; "postgresql": a fresh database beside TINJAU_TEST_PG_URL's), its results kept for
    the table's other rows."""
    kept: dict[str, dict[str, float]] = {}

    def results(backend: str) -> dict[str, float]:
        if backend not in kept:
            if backend == "sqlite":
                with tempfile.TemporaryDirectory() as folder:
                    kept[backend] = measure(f"sqlite:///{Path(folder) / 'server.sqlite'}")
            else:
                with _pg_database(os.environ["TINJAU_TEST_PG_URL"]) as url:
                    kept[backend] = measure(url)
        return kept[backend]

    return results


_results = per_backend(_measure)


def _rate(backend: str) -> Callable[[], dict[str, Any]]:
    def run() -> dict[str, Any]:
        value = _results(backend)["rate"]
        return {"value": value, "unit": "interviews/s", "target": "(measured)", "ok": True,
                "note": f"{INTERVIEWS:,} in batches of {BATCH}"}  # fmt: skip

    return run


def _ratio(backend: str) -> Callable[[], dict[str, Any]]:
    def run() -> dict[str, Any]:
        value = _results(backend)["ratio"]
        aim = 0.25 if backend == "postgresql" else 0.0
        target = f">= {aim}" if aim else "(measured)"
        return {"value": value, "unit": "x bulk insert", "target": target, "ok": value >= aim,
                "note": "push rate / plain insert rate"}  # fmt: skip

    return run


def _cpu(backend: str) -> Callable[[], dict[str, Any]]:
    """The server process's own CPU time for the pushes: unlike the rates, it does not move
    with what else the machine is doing, so it shows a change in the server's work per item."""

    def run() -> dict[str, Any]:
        value = _results(backend)["cpu"]
        return {"value": value, "unit": "CPU s", "target": "(measured)", "ok": True,
                "note": f"server process, {INTERVIEWS:,} pushed (-1: not Linux)"}  # fmt: skip

    return run


def benchmarks() -> list[tuple[str, Callable[[], dict[str, Any]]]]:
    found = [("push 10,000 interviews, SQLite", _rate("sqlite")),
             ("push vs bulk insert, SQLite", _ratio("sqlite")),
             ("push server CPU, SQLite", _cpu("sqlite"))]  # fmt: skip
    if os.environ.get("TINJAU_TEST_PG_URL"):
        found += [("push 10,000 interviews, PostgreSQL", _rate("postgresql")),
                  ("push vs bulk insert, PostgreSQL", _ratio("postgresql")),
                  ("push server CPU, PostgreSQL", _cpu("postgresql"))]  # fmt: skip
    return found


if __name__ == "__main__":
    print_results(benchmarks())
