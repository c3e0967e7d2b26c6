"""Uploading interviews' files to a real server over loopback (app/sync/attachments.py): MiB per
second for 16 photos of 2 MiB in 1 MiB chunks, and how long the second sync takes to find that
the server holds them all (it sends no bytes). Each file is kept sealed with the workspace's key
and opened chunk by chunk to be sent; a 100 MiB video kept (hashed and sealed) and read back
whole (opened) shows what sealing costs on its own.

On SQLite always; on PostgreSQL too when TINJAU_TEST_PG_URL is set.
"""

from __future__ import annotations

import os
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import requests

from app.survey.db import open_database
from app.survey.records import attachments
from app.sync.attachments import upload_files
from app.sync.client import Connection
from bench.bench_push import PASSWORD, _server, per_backend
from bench.common import print_results

FILES = 16
FILE_BYTES = 2 << 20
PNG_HEAD = b"\x89PNG\r\n\x1a\n" + b"\0" * 56


def _measure(url: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder, _server(url) as (base, _pid):
        token = requests.post(
            f"{base}/api/v1/auth/login", timeout=30,
            json={"username": "bench", "password": PASSWORD, "device_id": str(uuid.uuid4())},
        ).json()["token"]  # fmt: skip
        connection = Connection(base, token=token, retries=0)
        files: dict[str, int] = {}
        with open_database(Path(folder) / "data" / "tinjau.sqlite") as db:
            for n in range(FILES):
                source = Path(folder) / f"{n}.png"
                source.write_bytes(PNG_HEAD + os.urandom(FILE_BYTES - len(PNG_HEAD)))
                kept = attachments.add_file(
                    db, interview_id=str(uuid.uuid4()), source=source, question_type="photo"
                )
                files[kept.sha256] = kept.size
            started = time.perf_counter()
            sent = upload_files(db, connection, files)
            first = time.perf_counter() - started
            started = time.perf_counter()
            again = upload_files(db, connection, files)
            second = time.perf_counter() - started
        connection.close()
    assert sent.bytes == FILES * FILE_BYTES and again.bytes == 0
    return {"rate": sent.bytes / (1 << 20) / first, "second": second * 1000}


_results = per_backend(_measure)
_RESULTS: dict[str, dict[str, float]] = {}  # the sealing rows


def _rate(backend: str) -> Callable[[], dict[str, Any]]:
    def run() -> dict[str, Any]:
        value = _results(backend)["rate"]
        return {"value": value, "unit": "MiB/s", "target": "(measured)", "ok": True,
                "note": f"{FILES} files of {FILE_BYTES >> 20} MiB, 1 MiB chunks"}  # fmt: skip

    return run


def _second(backend: str) -> Callable[[], dict[str, Any]]:
    def run() -> dict[str, Any]:
        value = _results(backend)["second"]
        return {"value": value, "unit": "ms", "target": "(measured)", "ok": True,
                "note": "one query, no bytes sent"}  # fmt: skip

    return run


VIDEO_BYTES = 100 << 20


def _sealing() -> dict[str, float]:
    if "sealing" not in _RESULTS:
        with tempfile.TemporaryDirectory() as folder:
            source = Path(folder) / "v.mp4"
            head = b"\0\0\0\x18ftypmp42\0\0\0\0mp42isom"
            with source.open("wb") as out:
                out.write(head)
                for _ in range(VIDEO_BYTES >> 20):
                    out.write(os.urandom(1 << 20))
            with open_database(Path(folder) / "data" / "tinjau.sqlite") as db:
                started = time.perf_counter()
                kept = attachments.add_file(
                    db, interview_id=str(uuid.uuid4()), source=source, question_type="video"
                )
                keep = time.perf_counter() - started
                path = attachments.path_of(attachments.folder_of(db), kept.sha256)
                started = time.perf_counter()
                with attachments.open_kept(path) as handle:
                    while handle.read(1 << 20):
                        pass
                read = time.perf_counter() - started
        mib = VIDEO_BYTES / (1 << 20)
        _RESULTS["sealing"] = {"keep": mib / keep, "read": mib / read}
    return _RESULTS["sealing"]


def _seal_rate(which: str) -> Callable[[], dict[str, Any]]:
    def run() -> dict[str, Any]:
        return {"value": _sealing()[which], "unit": "MiB/s", "target": "(measured)", "ok": True,
                "note": "100 MiB video: sha256 + AES-256-GCM" if which == "keep"
                else "100 MiB video: AES-256-GCM, 1 MiB chunks"}  # fmt: skip

    return run


def benchmarks() -> list[tuple[str, Callable[[], dict[str, Any]]]]:
    found = [("keep a video sealed", _seal_rate("keep")),
             ("open a sealed video whole", _seal_rate("read")),
             ("upload interviews' files, SQLite", _rate("sqlite")),
             ("second sync finds them held, SQLite", _second("sqlite"))]  # fmt: skip
    if os.environ.get("TINJAU_TEST_PG_URL"):
        found += [("upload interviews' files, PostgreSQL", _rate("postgresql")),
                  ("second sync finds them held, PostgreSQL", _second("postgresql"))]  # fmt: skip
    return found


if __name__ == "__main__":
    print_results(benchmarks())
