"""A whole state in a supervisor's workspace: 1,000,000 households beside 100,000, same run.

Both workspaces are built once and kept under ~/.cache/tinjau-bench (outside the repository;
delete a folder there to rebuild it) by bench.common.bulk_workspace: the demo's households,
members, interviews and scores without outbox or audit entries, as a supervisor's workspace
that sync filled from the server holds them. Each row gives the 1,000,000-household figure
beside the 100,000 one and their ratio; the data grows 10 times, so a ratio above GROWTH_LIMIT
says the cost grows faster than the data.

    .venv/bin/python bench/run.py scale
    TINJAU_BENCH_SCALE=100000,1000000 .venv/bin/python bench/run.py scale  # the default

Times are CPU seconds (a process's, all its threads) with the wall time in the note: on this
2-core machine shared with other work the wall time is mostly waiting for a core. Measured
figures: docs/reports.md.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.survey.db import cipher  # noqa: E402
from bench.bench_db import queries_from  # noqa: E402
from bench.bench_reports import AREA_REPORT  # noqa: E402
from bench.bench_ui import SEARCHES  # noqa: E402
from bench.common import bulk_workspace, percentile, print_results  # noqa: E402

SIZES = [int(n) for n in os.environ.get("TINJAU_BENCH_SCALE", "100000,1000000").split(",")]
GROWTH_LIMIT = 12.0  # 10 times the data; a little more for a deeper index is no surprise
COLD_START_MS = 2000
SEARCH_MS = 50
LIST_SEARCH_MS = 100
_built: dict[int, float] = {}

# A fresh interpreter: imports, QApplication, window, workspace, and the whole list loaded.
COLD_START = """
import sys, time
from app.survey.db import cipher
from app.ui.app import start, wait_until_loaded
app, window = start(sys.argv[1], "en", sys.argv[2])
window.show()
model = window.list_panel.model
total = int(sys.argv[3])
while model.loading or model.rowCount() < total:
    app.processEvents()
    time.sleep(0.001)
print("LIST", time.process_time(), flush=True)
wait_until_loaded(app, window)
print("READY", flush=True)
from app.ui import ops
ops.shutdown()
"""


def _workspace(households: int) -> Path:
    folder, seconds = bulk_workspace(households)
    if seconds:
        _built[households] = seconds
    return folder


# Children report their own peak memory (VmHWM): the ru_maxrss that wait4 gives also counts
# the memory this process had when it forked them, and this one holds a million-row index.
_PEAK = """
import atexit, sys
def _peak():
    with open("/proc/self/status") as status:
        sys.stderr.write(next(line for line in status if line.startswith("VmHWM")))
atexit.register(_peak)
"""
_RUN_APP = "import runpy\nrunpy.run_module('app', run_name='__main__', alter_sys=True)\n"


def _child(code: str, *args: str) -> tuple[float, float, float]:
    """(seconds, CPU seconds, peak MB) of `python -c code args` run to its end."""
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", _PEAK + code, *args],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    errors = child.stderr.read().decode(errors="replace") if child.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{args[:3]} failed: {errors[-2000:]}")
    peak = next(line for line in errors.splitlines() if line.startswith("VmHWM"))
    return seconds, usage.ru_utime + usage.ru_stime, int(peak.split()[1]) / 1024


def cold_start(households: int, runs: int = 3) -> dict[str, Any]:
    """Median ms from a fresh process to the census list showing every household: the CPU the
    process used by then (all its threads), and the wall time beside it."""
    folder = _workspace(households)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    shown, cpu = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as config:
            began = time.perf_counter()
            proc = subprocess.Popen(
                [sys.executable, "-c", COLD_START, str(folder), config, str(households)],
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT,
            )  # fmt: skip
            assert proc.stdout is not None
            line = proc.stdout.readline()
            if not line.startswith("LIST"):
                proc.kill()
                raise RuntimeError(proc.stderr.read() if proc.stderr else "no list")
            shown.append(time.perf_counter() - began)
            cpu.append(float(line.split()[1]))
            proc.stdout.read()
            proc.wait(timeout=300)
    wall = ", ".join(f"{s * 1000:.0f}" for s in shown)
    return {"value": statistics.median(cpu) * 1000, "runs": f"wall {wall} ms"}


def census_search(households: int) -> dict[str, Any]:
    """p95 ms of the census search (first 50 hits) over 300 varied queries from the data, in
    CPU time (the wall time's p95 beside it)."""
    from app.paths import database_path
    from app.survey.db import open_database
    from app.survey.db.search import search_households

    folder = _workspace(households)
    with cipher.connect_workspace(database_path(folder)) as raw:
        picked = random.Random(5).sample(range(1, households + 1), 600)
        marks = ",".join("?" * len(picked))
        rows = raw.execute(
            "SELECT h.head_name, h.head_national_id, h.phone, u.code FROM households h "
            f"JOIN areas u ON u.id = h.unit_id WHERE h.seq IN ({marks}) ORDER BY h.seq",
            picked,
        ).fetchall()
    queries = queries_from(rows)
    times, cpu = [], []
    with open_database(database_path(folder), read_only=True) as db:
        for query in queries[:20]:  # a running app's page cache is warm
            search_households(db, query, 50)
        for query in queries:
            began, used = time.perf_counter(), time.process_time()
            search_households(db, query, 50)
            cpu.append((time.process_time() - used) * 1000)
            times.append((time.perf_counter() - began) * 1000)
    return {"value": percentile(cpu, 0.95), "runs": f"wall p95 {percentile(times, 0.95):.0f}"}


def list_search(households: int) -> dict[str, Any]:
    """p95 ms of the census list's search as it is typed (each prefix: the matching
    households in the list's order), on the database thread's warmed index; CPU time."""
    from app.paths import database_path
    from app.survey.records.queries import ListIndex, ListQuery, household_seqs, open_reader

    folder = _workspace(households)
    conn = open_reader(database_path(folder))
    try:
        index = ListIndex()
        household_seqs(conn, ListQuery(), index)  # the first list
        index.warm(conn)  # as the model does right after it
        times, cpu = [], []
        for query in SEARCHES:
            began, used = time.perf_counter(), time.process_time()
            household_seqs(conn, ListQuery(search=query), index)
            cpu.append((time.process_time() - used) * 1000)
            times.append((time.perf_counter() - began) * 1000)
    finally:
        conn.close()
    slowest = SEARCHES[cpu.index(max(cpu))]
    return {
        "value": percentile(cpu, 0.95),
        "runs": f"wall p95 {percentile(times, 0.95):.0f}; slowest {slowest!r}",
    }


def area_report(households: int) -> dict[str, Any]:
    """The Reports window's first full computation over the whole workspace (every ward)."""
    folder = _workspace(households)
    seconds, cpu, peak = _child(AREA_REPORT, str(folder / "tinjau.sqlite"))
    return {"value": cpu, "runs": f"{seconds:.1f} s, {peak:.0f} MB peak"}


def export(households: int) -> dict[str, Any]:
    """`tinjau export xlsx` of the whole workspace."""
    folder = _workspace(households)
    with tempfile.TemporaryDirectory(prefix="tinjau-bench-scale-") as scratch:
        out = Path(scratch) / "export.xlsx"
        seconds, cpu, peak = _child(_RUN_APP, "export", "xlsx", str(out), "--data-dir", str(folder))
        size = out.stat().st_size
    return {"value": cpu, "runs": f"{seconds:.0f} s, {peak:.0f} MB peak, {size / 1e6:.0f} MB"}


# (name, measure, unit, the 1,000,000-household aim or None)
MEASURES: list[tuple[str, Callable[[int], dict[str, Any]], str, float | None]] = [
    ("cold start to the full census list (CPU)", cold_start, "ms", COLD_START_MS),
    ("census search p95 (CPU)", census_search, "ms", SEARCH_MS),
    ("census list search-as-you-type p95 (CPU)", list_search, "ms", LIST_SEARCH_MS),
    ("Reports window, first full computation (CPU)", area_report, "s", None),
    ("tinjau export xlsx, whole workspace (CPU)", export, "s", None),
]


def _row(measure: Callable[[int], dict[str, Any]], unit: str, aim: float | None):
    def run() -> dict[str, Any]:
        small, big = SIZES[0], SIZES[-1]
        first, second = measure(small), measure(big)
        growth = second["value"] / first["value"] if first["value"] else float("inf")
        data = big / small
        ok = growth <= GROWTH_LIMIT * data / 10 and (aim is None or second["value"] < aim)
        built = "".join(
            f"; built {n:,} in {s:.0f} s" for n, s in sorted(_built.items())
        )  # fmt: skip
        _built.clear()
        return {
            "value": second["value"],
            "unit": unit,
            "target": (f"< {aim:g} {unit}; " if aim else "") + f"growth <= {data:g}x data",
            "ok": ok,
            "note": f"{big:,}: {second['value']:.4g} {unit} ({second['runs']}); {small:,}: "
            f"{first['value']:.4g} {unit} ({first['runs']}); {growth:.1f}x{built}",
        }

    return run


def benchmarks() -> list[tuple[str, Callable[[], dict[str, Any]]]]:
    n = f"{SIZES[-1]:,} vs {SIZES[0]:,} households"
    return [(f"{name}, {n}", _row(measure, unit, aim)) for name, measure, unit, aim in MEASURES]


if __name__ == "__main__":
    print_results(benchmarks())
