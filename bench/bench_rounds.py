"""Change between survey rounds: `tinjau report rounds` beside `tinjau report poverty` over the
same workspace, in the same run.

The rounds report reads the households once per round (each by its latest finished interview of
that round) and scores them again, so over a workspace of one round it should cost about what
the poverty report does; each further round adds about one such pass. The workspace is a
`tinjau demo` (its interviews are its first round) built once under the temp folder
(tinjau-bench/rounds-demo-N-seed7: its own, since it has the survey rounds schema);
TINJAU_BENCH_ROUNDS sets N (20,000 by default).

Measured here, 20,000 households: the poverty report 1.4 s CPU, 62 MB; the rounds report
1.3 s CPU, 69 MB (0.94x). The first run found it at 91 s CPU (70x): SQLite picked the
interviews' round index for each household's latest interview of the round, scanning every
interview of the round per household; the query now keeps to the household index.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_reports import _run  # noqa: E402
from bench.common import demo_workspace, print_results  # noqa: E402

HOUSEHOLDS = int(os.environ.get("TINJAU_BENCH_ROUNDS", "20000"))
CACHE = Path(tempfile.gettempdir()) / "tinjau-bench"
_seconds: dict[str, float] = {}


def _workspace() -> tuple[Path, str]:
    cached = CACHE / f"rounds-demo-{HOUSEHOLDS}-seed7"
    fresh = not (cached / "tinjau.sqlite").exists()
    began = time.perf_counter()
    demo_workspace(cached, HOUSEHOLDS, seed=7)
    built = f"; built the workspace in {time.perf_counter() - began:.0f} s" if fresh else ""
    return cached, built


def _report(kind: str) -> Callable[[], dict[str, Any]]:
    def run() -> dict[str, Any]:
        folder, built = _workspace()
        argv = [sys.executable, "-m", "app", "report", kind, "--data-dir", str(folder), "--json"]
        peak, seconds, cpu = _run(argv)
        _seconds[kind] = cpu
        ratio = ""
        if kind == "rounds" and _seconds.get("poverty"):
            ratio = f"; {cpu / _seconds['poverty']:.2f}x the poverty report's CPU"
        return {
            "value": seconds,
            "unit": "s",
            "target": "report",
            "ok": True,
            "note": f"{cpu:.1f} s CPU, {peak:.0f} MB peak{ratio}{built}",
        }

    return run


def benchmarks() -> list[tuple[str, Callable[[], dict[str, Any]]]]:
    n = f"{HOUSEHOLDS // 1000}k"
    return [
        (f"tinjau report poverty, {n} households (one round)", _report("poverty")),
        (f"tinjau report rounds, {n} households (one round)", _report("rounds")),
    ]


if __name__ == "__main__":
    print_results(benchmarks())
