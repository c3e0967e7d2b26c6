"""A first pull of a whole ward's census from a real server over loopback into a fresh device
database: the time it takes, and the client's peak memory (RSS).

The server (SQLite; PostgreSQL too when TINJAU_TEST_PG_URL is set) is seeded through its push API
with a ward of 20,000 census households (and their 2,000 units); a new device then runs
`sync_workspace` in a process of its own, whose peak RSS is read with getrusage. The same pull of
a ward ten times smaller is measured too: pages stream (500 records each, one transaction per
page), so the client's memory must not grow with the ward's size.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import requests

from bench.bench_push import PASSWORD, _pg_database, _server
from bench.common import ROOT, print_results

HOUSEHOLDS = 20_000
SMALL = 2_000
PER_UNIT = 10
BATCH = 500
GROWTH_LIMIT_MB = 40.0  # the bigger ward may cost a little more (SQLite's page cache), not 10x

_CHILD = """
import json, resource, sys, time
from pathlib import Path
from app.paths import database_path
from app.sync.run import sync_workspace
folder = Path(sys.argv[1])
started = time.perf_counter()
report = sync_workspace(folder, database_path(folder), page_size=500)
took = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
print(json.dumps({"took": took, "received": report.received, "error": report.error,
                  "peak_mb": peak / 1024}))
"""


def _item(record_type: str, data: dict[str, Any]) -> dict[str, Any]:
    from app.survey.records.content import content_hash

    return {"format": 1, "record_type": record_type, "record_id": data["id"],
            "operation": "upsert", "base_revision": 0, "content_hash": content_hash(data),
            "data": data}  # fmt: skip


def _area(parent: dict[str, Any] | None, level: str, code: str) -> dict[str, Any]:
    path = f"{parent['path_code']}/{code}" if parent else code
    return {"id": str(uuid.uuid4()), "parent_id": parent["id"] if parent else None,
            "level": level, "code": code, "path_code": path, "name": code, "floor": None,
            "unit_number": None, "deleted_at": None}  # fmt: skip


def _seed(base: str, households: int) -> None:
    device = str(uuid.uuid4())
    token = requests.post(
        f"{base}/api/v1/auth/login",
        json={"username": "bench", "password": PASSWORD, "device_id": device}, timeout=30,
    ).json()["token"]  # fmt: skip
    http = requests.Session()
    http.headers.update({"Authorization": f"Bearer {token}", "Content-Encoding": "gzip",
                         "Content-Type": "application/json"})  # fmt: skip

    def push(items: list[dict[str, Any]]) -> None:
        for start in range(0, len(items), BATCH):
            body = {"device_id": device, "batch_id": str(uuid.uuid4()),
                    "items": items[start : start + BATCH]}  # fmt: skip
            reply = http.post(f"{base}/api/v1/sync/push", timeout=300,
                              data=gzip.compress(json.dumps(body).encode(), 5))  # fmt: skip
            reply.raise_for_status()

    ward = _area(None, "ward", "W01")
    site = _area(ward, "site", "PPR")
    blocks = [_area(site, "block", f"B{n:02d}") for n in range(households // 1000 or 1)]
    units = [_area(blocks[n % len(blocks)], "unit", f"U{n:05d}")
             for n in range(households // PER_UNIT)]  # fmt: skip
    push([_item("area", a) for a in (ward, site, *blocks, *units)])
    homes = []
    for n in range(households):
        unit = units[n % len(units)]
        homes.append(_item("household", {
            "id": str(uuid.uuid4()), "unit_id": unit["id"], "block_id": unit["parent_id"],
            "site_id": site["id"], "ward_id": ward["id"], "address": f"Unit {n}",
            "head_name": f"Head {n}", "head_national_id": f"{800101140000 + n:012d}",
            "phone": None, "household_size": n % 7 + 1, "source": "census",
            "census_key": f"{unit['path_code']}|{n}", "visit_outcome": None,
            "visit_note": None, "deleted_at": None,
        }))  # fmt: skip
    push(homes)


def _first_pull(base: str, folder: Path) -> dict[str, Any]:
    from app.paths import database_path
    from app.survey.db import open_database
    from app.sync.client import Credentials, save_credentials

    with open_database(database_path(folder)) as db:
        device = db.device_id
    token = requests.post(
        f"{base}/api/v1/auth/login",
        json={"username": "bench", "password": PASSWORD, "device_id": device}, timeout=30,
    ).json()["token"]  # fmt: skip
    save_credentials(folder, Credentials(server=base, username="bench", device_id=device,
                                         token=token))  # fmt: skip
    done = subprocess.run([sys.executable, "-c", _CHILD, str(folder)], cwd=ROOT, check=True,
                          capture_output=True, text=True)  # fmt: skip
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    if result["error"]:
        raise RuntimeError(result["error"])
    return result


def _measure(url_for: Callable[[str], Any]) -> dict[str, dict[str, Any]]:
    results = {}
    for households in (SMALL, HOUSEHOLDS):
        with url_for(f"ward{households}") as url, _server(url) as base:
            _seed(base, households)
            with tempfile.TemporaryDirectory() as folder:
                results[str(households)] = _first_pull(base, Path(folder) / "tablet")
    return results


_RESULTS: dict[str, dict[str, dict[str, Any]]] = {}


def _results(backend: str) -> dict[str, dict[str, Any]]:
    if backend not in _RESULTS:
        from contextlib import contextmanager

        @contextmanager
        def sqlite_url(name: str) -> Any:
            with tempfile.TemporaryDirectory() as folder:
                yield f"sqlite:///{Path(folder) / f'{name}.sqlite'}"

        def pg_url(name: str) -> Any:
            return _pg_database(os.environ["TINJAU_TEST_PG_URL"])

        _RESULTS[backend] = _measure(sqlite_url if backend == "sqlite" else pg_url)
    return _RESULTS[backend]


def _time(backend: str) -> Callable[[], dict[str, Any]]:
    def run() -> dict[str, Any]:
        big = _results(backend)[str(HOUSEHOLDS)]
        rate = big["received"] / big["took"]
        return {"value": big["took"], "unit": "s", "target": "(measured)", "ok": True,
                "note": f"{big['received']:,} records, {rate:,.0f}/s"}  # fmt: skip

    return run


def _memory(backend: str) -> Callable[[], dict[str, Any]]:
    def run() -> dict[str, Any]:
        results = _results(backend)
        big, small = results[str(HOUSEHOLDS)]["peak_mb"], results[str(SMALL)]["peak_mb"]
        return {"value": big, "unit": "MB", "target": f"<= {SMALL:,}-ward + {GROWTH_LIMIT_MB:.0f}",
                "ok": big - small <= GROWTH_LIMIT_MB,
                "note": f"client peak RSS; {small:.0f} MB for {SMALL:,} households"}  # fmt: skip

    return run


def benchmarks() -> list[tuple[str, Callable[[], dict[str, Any]]]]:
    found = [(f"first pull of {HOUSEHOLDS:,} households, SQLite", _time("sqlite")),
             ("first pull, client peak memory, SQLite", _memory("sqlite"))]  # fmt: skip
    if os.environ.get("TINJAU_TEST_PG_URL"):
        found += [
            (f"first pull of {HOUSEHOLDS:,} households, PostgreSQL", _time("postgresql")),
            ("first pull, client peak memory, PostgreSQL", _memory("postgresql")),
        ]
    return found


if __name__ == "__main__":
    print_results(benchmarks())
