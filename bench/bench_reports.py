"""Supervisors' reports: the Excel export of a 100,000-household workspace, and the poverty
report over it.

The export runs as a real `tinjau export xlsx` in a subprocess, its peak memory the child's
own ru_maxrss (os.wait4). Beside it, in the same run, two raw dumps write the same cells (the
households' and members' columns, no scoring, no styles), one with openpyxl's write-only mode
and one with XlsxWriter's constant_memory mode: the export's CPU time is reported as a ratio to
the faster of the two (aim: at most 1.25x) and its memory must stay under 200 MB. The workspace
is a `tinjau demo` built once and kept under the temp folder (tinjau-bench/demo-N-seed7, the
cache bench_census.py uses); TINJAU_BENCH_REPORTS sets N.

Measured on this 2-core machine while other work kept it busy (compare CPU seconds), 100,000
households and their members: the raw dump 44.5 s CPU, 28 MB; the export 56.8 s CPU (1.28x;
65.1 s, 1.49x, before small numbers and dates became plain cells), 70 MB peak, a 32 MB file;
the poverty report over every ward 4.6 s CPU, 62 MB. The export's extra is the scoring, the
ordering of members by area, and the opening check of the workspace (SQLite's quick_check).
With the Assistance sheet and the codebook (a later run): raw dump 34.7 s CPU, export 53.0 s CPU
(1.53x), 70.6 MB; the Reports window's computation over every ward 6.4 s CPU, 89 MB.
With both raw dumps and the export written with XlsxWriter (a later run, same machine): raw
openpyxl 38.8 s CPU, raw XlsxWriter 24.8 s CPU, export 31.3 s CPU (1.26x the faster), 84 MB.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import demo_workspace, print_results  # noqa: E402

HOUSEHOLDS = int(os.environ.get("TINJAU_BENCH_REPORTS", "100000"))
CACHE = Path(tempfile.gettempdir()) / "tinjau-bench"
MEMORY_TARGET_MB = 200
RATIO_TARGET = 1.25
_raw: dict[str, float] = {}

# The same cells as the export's households and members sheets, written the plainest way,
# with openpyxl's write-only mode and with XlsxWriter's constant_memory mode.
_QUERIES = """(
    ("households", "SELECT h.id, w.code, w.code, w.code, s.code, b.code, u.code, u.floor, "
     "h.head_name, h.head_national_id, h.phone, h.household_size, h.source, h.visit_status, "
     "i.status, i.completed_at, i.enumerator_id, 1.5, 'status' FROM households h "
     "JOIN areas u ON u.id = h.unit_id JOIN areas b ON b.id = h.block_id "
     "JOIN areas s ON s.id = h.site_id JOIN areas w ON w.id = h.ward_id "
     "LEFT JOIN interviews i ON i.household_id = h.id AND i.status != 'draft'"),
    ("members", "SELECT household_id, line_number, relationship_to_head, name, national_id, "
     "sex, birth_date FROM members"),
)"""
RAW_DUMPS = {
    "openpyxl": f"""
import sys
from pathlib import Path
from openpyxl import Workbook
from app.survey.db import cipher
db = cipher.connect_workspace(Path(sys.argv[1]))
wb = Workbook(write_only=True)
for title, sql in {_QUERIES}:
    ws = wb.create_sheet(title)
    for row in db.execute(sql):
        ws.append(row)
wb.save(sys.argv[2])
""",
    "XlsxWriter": f"""
import sys
from pathlib import Path
from xlsxwriter import Workbook
from app.survey.db import cipher
db = cipher.connect_workspace(Path(sys.argv[1]))
wb = Workbook(sys.argv[2], {{"constant_memory": True}})
for title, sql in {_QUERIES}:
    ws = wb.add_worksheet(title)
    for r, row in enumerate(db.execute(sql)):
        ws.write_row(r, 0, row)
wb.close()
""",
}


def _workspace() -> tuple[Path, str]:
    cached = CACHE / f"demo-{HOUSEHOLDS}-seed7"
    fresh = not (cached / "tinjau.sqlite").exists()
    began = time.perf_counter()
    demo_workspace(cached, HOUSEHOLDS, seed=7)
    built = f"; built the workspace in {time.perf_counter() - began:.0f} s" if fresh else ""
    return cached, built


def _run(argv: list[str]) -> tuple[float, float, float]:
    """(peak resident MB, seconds, CPU seconds) of one child process."""
    started = time.perf_counter()
    child = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    errors = child.stderr.read().decode(errors="replace") if child.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{argv[2:4]} failed: {errors[-2000:]}")
    return usage.ru_maxrss / 1024, seconds, usage.ru_utime + usage.ru_stime


def raw_dump(folder: Path, library: str) -> tuple[float, float, float, int]:
    """(peak MB, seconds, CPU seconds, file bytes) of a raw dump of `folder`'s households and
    members with `library`."""
    with tempfile.TemporaryDirectory(prefix="tinjau-bench-reports-") as scratch:
        out = Path(scratch) / "raw.xlsx"
        peak, seconds, cpu = _run(
            [sys.executable, "-c", RAW_DUMPS[library], str(folder / "tinjau.sqlite"), str(out)]
        )
        return peak, seconds, cpu, out.stat().st_size


def _raw_dump(library: str) -> dict[str, Any]:
    folder, built = _workspace()
    peak, seconds, cpu, size = raw_dump(folder, library)
    _raw[library] = cpu  # the export is compared with the faster of the two
    return {
        "value": seconds,
        "unit": "s",
        "target": "baseline",
        "ok": True,
        "note": f"{peak:.0f} MB peak, {cpu:.1f} s CPU, {size / 1e6:.0f} MB file{built}",
    }


def _export() -> dict[str, Any]:
    folder, built = _workspace()
    with tempfile.TemporaryDirectory(prefix="tinjau-bench-reports-") as scratch:
        out = Path(scratch) / "export.xlsx"
        peak, seconds, cpu = _run(
            [sys.executable, "-m", "app", "export", "xlsx", str(out), "--data-dir", str(folder)]
        )
        size = out.stat().st_size
    fastest = min(_raw.values(), default=0.0)
    ratio = f"; {cpu / fastest:.2f}x the faster raw dump's CPU" if fastest else ""
    return {
        "value": peak,
        "unit": "MB",
        "target": f"< {MEMORY_TARGET_MB} MB; time <= {RATIO_TARGET}x raw dump",
        "ok": peak < MEMORY_TARGET_MB and (not fastest or cpu / fastest <= RATIO_TARGET),
        "note": f"{seconds:.1f} s, {cpu:.1f} s CPU{ratio}, {size / 1e6:.0f} MB file{built}",
    }


def _poverty_report() -> dict[str, Any]:
    folder, built = _workspace()
    peak, seconds, cpu = _run(
        [sys.executable, "-m", "app", "report", "poverty", "--data-dir", str(folder), "--json"]
    )
    return {
        "value": seconds,
        "unit": "s",
        "target": "report",
        "ok": True,
        "note": f"every ward, e-Kasih; {cpu:.1f} s CPU, {peak:.0f} MB peak{built}",
    }


# The Reports window's first full computation, as its op runs it on the database thread.
AREA_REPORT = """
import sys
from app.survey.db import open_database
from app.survey.reports.overview import area_report
with open_database(sys.argv[1], read_only=True) as db, db.read() as conn:
    report = area_report(conn, None, None, "ward")
print(len(report.priority))
"""


def _area_report() -> dict[str, Any]:
    folder, built = _workspace()
    peak, seconds, cpu = _run([sys.executable, "-c", AREA_REPORT, str(folder / "tinjau.sqlite")])
    return {
        "value": seconds,
        "unit": "s",
        "target": "report",
        "ok": True,
        "note": f"coverage, poverty, priority list, profile per ward; {cpu:.1f} s CPU, "
        f"{peak:.0f} MB peak{built}",
    }


def benchmarks() -> list[tuple[str, Callable[[], dict[str, Any]]]]:
    n = f"{HOUSEHOLDS // 1000}k"
    return [
        (f"raw openpyxl dump of {n} households' cells", lambda: _raw_dump("openpyxl")),
        (f"raw XlsxWriter dump of {n} households' cells", lambda: _raw_dump("XlsxWriter")),
        (f"tinjau export xlsx, {n} households: peak memory", _export),
        (f"tinjau report poverty, {n} households", _poverty_report),
        (f"Reports window, whole workspace, {n} households", _area_report),
    ]


if __name__ == "__main__":
    print_results(benchmarks())
