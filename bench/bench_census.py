"""Census import benchmarks: peak memory of 200,000 rows into an empty and a big workspace.

Each import runs as a real `tinjau census import` in a subprocess; its peak memory is the
child's own ru_maxrss (os.wait4), so other benchmarks of the same run do not count. Memory must
follow the file, not the workspace: the big-workspace row passes when it stays within
SAME_MB of the empty one. The big workspace is a `tinjau demo` built once and kept between
runs under the temp folder (tinjau-bench/demo-N-seed7) and copied before each import, which
changes it. 150,000 households (the default) take 1-2 minutes to build; 1,000,000 took 590 s
on this 2-core machine and make a 6.5 GB file (copying it takes 15-45 s):

    TINJAU_BENCH_WORKSPACE=1000000 .venv/bin/python bench/run.py census

Measured on this machine (busy: compare CPU seconds), 200,000 rows: into an empty workspace
435 MB, 24.5 s CPU (before the import was streamed: 362 MB, 22.6 s CPU; the 64 MiB page cache
is most of the difference); into 150,000 households 424 MB; into 1,000,000 households 424 MB
in 44-46 s (before: 1,371 MB in 68 s). Since every area and household made is recorded (an audit
row and an outbox row holding the record, for sync), 200,000 rows into an empty workspace take
448 MB and 35.4 s CPU, against 436 MB and 26.1 s CPU in the same run before.
"""

from __future__ import annotations

import csv
import os
import shutil
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

ROWS = 200_000
WORKSPACE = int(os.environ.get("TINJAU_BENCH_WORKSPACE", "150000"))
CACHE = Path(tempfile.gettempdir()) / "tinjau-bench"
SITE = "kuala_lumpur/BEN/BEN01/PPR900"  # a site the demo never makes: every unit is new
MEMORY_TARGET_MB = 500
SAME_MB = 100  # a big workspace may cost this much more than an empty one, no more
_empty_peak: float | None = None


def census_file(rows: int = ROWS) -> Path:
    """A valid census list of `rows` households (unique units and MyKad numbers), kept."""
    path = CACHE / f"census-{rows}.csv"
    if path.exists():
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Unit", "Nama KIR", "No KP", "Telefon", "Bilangan AIR"])
        for n in range(rows):
            block = letters[n // 20_000 % 24] + letters[n // 480_000 % 24]
            floor, number = n // 100 % 200 + 1, n % 100 + 1
            birth = f"{60 + n % 40:02d}{n % 12 + 1:02d}{n % 28 + 1:02d}"
            national_id = f"{birth}-14-{n % 10_000:04d}"
            writer.writerow([f"{block}-{floor:02d}-{number:02d}", f"Penghuni {n} bin Abdullah",
                             national_id, f"01{n % 10}-{n % 1000:03d} {n % 10_000:04d}",
                             str(n % 9 + 1)])  # fmt: skip
    return path


def import_peak(data_dir: Path, path: Path) -> tuple[float, float, float]:
    """(peak resident MB, seconds, CPU seconds) of `tinjau census import path` into `data_dir`.

    CPU seconds compare two versions fairly on a machine that other work keeps busy."""
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "app", "census", "import", str(path), "--data-dir",
         str(data_dir), "--site", SITE],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    errors = child.stderr.read().decode(errors="replace") if child.stderr else ""
    if child.returncode != 0:
        raise RuntimeError(f"census import failed: {errors[-2000:]}")
    cpu = usage.ru_utime + usage.ru_stime
    return usage.ru_maxrss / 1024, seconds, cpu  # Linux reports ru_maxrss in kilobytes


def _into(households: int) -> dict[str, Any]:
    path = census_file()
    with tempfile.TemporaryDirectory(prefix="tinjau-bench-census-") as scratch:
        data_dir = Path(scratch) / "ws"
        built = ""
        if households:
            cached = CACHE / f"demo-{households}-seed7"
            began = time.perf_counter()
            fresh = not (cached / "tinjau.sqlite").exists()
            demo_workspace(cached, households, seed=7)
            if fresh:
                built = f"; built the workspace in {time.perf_counter() - began:.0f} s"
            shutil.copytree(cached, data_dir)
        peak, seconds, cpu = import_peak(data_dir, path)
    global _empty_peak
    if not households:
        _empty_peak = peak
    limit = MEMORY_TARGET_MB if _empty_peak is None or not households else _empty_peak + SAME_MB
    return {
        "value": peak,
        "unit": "MB",
        "target": f"< {limit:.0f} MB" + (f" (empty + {SAME_MB})" if households else ""),
        "ok": peak < limit,
        "note": f"{ROWS:,} rows into {households:,} households in {seconds:.1f} s "
        f"({cpu:.1f} s CPU){built}",
    }


def benchmarks() -> list[tuple[str, Callable[[], dict[str, Any]]]]:
    return [
        (f"census import {ROWS:,} rows, empty workspace: peak memory", lambda: _into(0)),
        (
            f"census import {ROWS:,} rows, {WORKSPACE:,}-household workspace: peak memory",
            lambda: _into(WORKSPACE),
        ),
    ]


if __name__ == "__main__":
    print_results(benchmarks())
