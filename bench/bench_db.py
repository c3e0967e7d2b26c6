"""Local database benchmarks: `tinjau demo --households 100000` end to end, census search,
SQLite's damage checks (quick_check, integrity_check) and a backup of that file.

The demo runs as a real command in a subprocess (start-up and migration included) into a
temporary data folder; the search measurements reuse that database, with varied queries a
worker would type: names and parts of names, national IDs with and without dashes, unit
codes, phone numbers.
"""

from __future__ import annotations

import atexit
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import build_demo, percentile, print_results  # noqa: E402

HOUSEHOLDS = 100_000
_workspace: Path | None = None


def _demo_workspace() -> tuple[Path, float]:
    """Build the 100,000-household demo once per run; (data folder, seconds it took)."""
    global _workspace
    folder = Path(tempfile.mkdtemp(prefix="tinjau-bench-db-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    seconds = build_demo(folder, HOUSEHOLDS, seed=7)
    _workspace = folder
    return folder, seconds


def _bench_demo() -> dict[str, Any]:
    _, seconds = _demo_workspace()
    return {
        "value": seconds,
        "unit": "s",
        "target": "< 60 s",
        "ok": seconds < 60,
        "note": f"tinjau demo --households {HOUSEHOLDS:,} (subprocess, one transaction)",
    }


def _queries(conn: Any, count: int = 300) -> list[str]:
    """Varied queries drawn from the data: what a worker at a door would type."""
    rows = conn.exec_driver_sql(
        "SELECT h.head_name, h.head_national_id, h.phone, u.code FROM households h "
        "JOIN areas u ON u.id = h.unit_id ORDER BY h.seq"
    ).all()
    return queries_from(rows, count)


def queries_from(rows: list[Any], count: int = 300) -> list[str]:
    """`count` varied queries from (head's name, national ID, phone, unit code) rows."""
    rng = random.Random(3)
    queries = []
    for _ in range(count):
        name, nid, phone, code = rows[rng.randrange(len(rows))]
        words = name.split()
        kind = rng.randrange(9)
        if kind == 0:
            queries.append(name)
        elif kind == 1:
            queries.append(words[0][: rng.randint(2, 4)])  # a first name being typed
        elif kind == 2:
            queries.append(f"{words[0]} {words[-1][:3]}")
        elif kind == 3 and nid:
            queries.append(nid)
        elif kind == 4 and nid:
            queries.append(f"{nid[:6]}-{nid[6:8]}-{nid[8:]}")
        elif kind == 5 and nid:
            queries.append(nid[: rng.randint(4, 8)])
        elif kind == 6:
            queries.append(code if rng.random() < 0.5 else code[: rng.randint(3, len(code))])
        elif kind == 7 and phone:
            queries.append(f"{phone[:3]}-{phone[3:6]}" if rng.random() < 0.5 else phone)
        else:
            queries.append(rng.choice(("bin", "binti", "a/l", "tan", "lim", "siti", "muh", "nur")))
    return queries


_latencies: list[float] = []


def _measure_search() -> list[float]:
    if _latencies:
        return _latencies
    from app.paths import database_path
    from app.survey.db import open_database
    from app.survey.db.search import search_households

    folder = _workspace or _demo_workspace()[0]
    with open_database(database_path(folder)) as db:
        with db.read() as conn:
            queries = _queries(conn)
        for query in queries[:20]:  # warm the page cache, as a running app would have it
            search_households(db, query, 50)
        for query in queries:
            started = time.perf_counter()
            search_households(db, query, 50)
            _latencies.append((time.perf_counter() - started) * 1000)
    return _latencies


def _bench_search_median() -> dict[str, Any]:
    latencies = _measure_search()
    value = statistics.median(latencies)
    note = f"{len(latencies)} varied queries, first 50 hits, {HOUSEHOLDS:,} households"
    return {"value": value, "unit": "ms", "target": "< 50 ms", "ok": value < 50, "note": note}


def _bench_search_p95() -> dict[str, Any]:
    latencies = _measure_search()
    value = percentile(latencies, 0.95)
    return {"value": value, "unit": "ms", "target": "< 50 ms", "ok": value < 50,
            "note": f"max {max(latencies):.1f} ms"}  # fmt: skip


def _check(pragma: str) -> float:
    """Seconds SQLite's `pragma` takes on the 100,000-household file, read as Tinjau's open
    does it (app.survey.db.health.peek), after one quick_check has read the whole file: the
    page cache of a machine that used the file recently (a cold disk adds its read time)."""
    from app.paths import database_path
    from app.survey.db.health import peek

    path = database_path(_workspace or _demo_workspace()[0])
    with peek(path) as conn:
        conn.execute("PRAGMA quick_check").fetchall()
        started = time.perf_counter()
        result = conn.execute(f"PRAGMA {pragma}").fetchall()
        seconds = time.perf_counter() - started
    assert result == [("ok",)], result
    return seconds


def _bench_quick_check() -> dict[str, Any]:
    seconds = _check("quick_check")
    note = f"run on every open (app/survey/db/engine.py), {HOUSEHOLDS:,} households"
    return {"value": seconds, "unit": "s", "target": "< 2 s", "ok": seconds < 2, "note": note}


def _bench_integrity_check() -> dict[str, Any]:
    seconds = _check("integrity_check")
    note = "not run on open: quick_check plus index-vs-table checks"
    return {"value": seconds, "unit": "s", "target": "(for comparison)", "ok": True, "note": note}


def _bench_backup() -> dict[str, Any]:
    """A backup as the daily one is made (digest of the file, SQLite's backup API, quick_check
    of the copy, fsync), into a folder of its own."""
    from app.paths import database_path
    from app.survey.db.backups import MANUAL, backup_database

    path = database_path(_workspace or _demo_workspace()[0])
    target = Path(tempfile.mkdtemp(prefix="tinjau-bench-backup-"))
    try:
        started = time.perf_counter()
        made = backup_database(path, MANUAL, target)
        seconds = time.perf_counter() - started
        size = made.stat().st_size / 1e6
    finally:
        shutil.rmtree(target, ignore_errors=True)
    note = f"{size:,.0f} MB, checked; the window's daily one runs on the database thread"
    return {"value": seconds, "unit": "s", "target": "< 10 s", "ok": seconds < 10, "note": note}


def benchmarks() -> list[tuple[str, Callable[[], dict[str, Any]]]]:
    return [
        ("demo 100,000 households", _bench_demo),
        ("census search median", _bench_search_median),
        ("census search p95", _bench_search_p95),
        ("quick_check 100,000 households", _bench_quick_check),
        ("integrity_check 100,000 households", _bench_integrity_check),
        ("backup 100,000 households", _bench_backup),
    ]


if __name__ == "__main__":
    print_results(benchmarks())
