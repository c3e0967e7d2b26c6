"""The Linux bundle (installer/build_linux.sh makes dist/tinjau/; build it first): its unpacked
size, and its start to the census list against the source checkout's, in the same run.

Both starts are `tinjau gui --data-dir D --screenshot F` on a 1,000-household demo: the program
starts, opens the workspace, fills the list and draws the window once, then exits. The first
start of each is the cold one (nothing of it run before in this process tree; the system's file
cache may still hold the files); the medians of three more are given beside it.

    .venv/bin/python bench/bench_install.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import demo_workspace, print_results  # noqa: E402

BUNDLE = ROOT / "dist" / "tinjau"
WORKSPACE = ROOT / "bench" / "out" / "install-1k"
SIZE_TARGET_MB = 250
START_TARGET_S = 3.0
MISSING = "no dist/tinjau: run installer/build_linux.sh first"


def _size_mb(folder: Path) -> float:
    # Regular files only: the bundle links some libraries to others, stored once.
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1e6


def bundle_size() -> dict[str, object]:
    if not (BUNDLE / "tinjau").exists():
        return {"value": 0, "unit": "MB", "target": f"< {SIZE_TARGET_MB} MB", "ok": False,
                "note": MISSING}  # fmt: skip
    size = _size_mb(BUNDLE)
    archives = sorted(BUNDLE.parent.glob("tinjau-*-linux-*.tar.gz"))
    note = f"archive {archives[-1].stat().st_size / 1e6:.0f} MB" if archives else ""
    return {"value": size, "unit": "MB", "target": f"< {SIZE_TARGET_MB} MB",
            "ok": size < SIZE_TARGET_MB, "note": note}  # fmt: skip


def _start(command: list[str], workspace: Path) -> float:
    """Seconds from launch to exit of `command gui --screenshot` on `workspace`."""
    with tempfile.TemporaryDirectory(prefix="tinjau-bench-start-") as scratch:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TINJAU_CONFIG_DIR=scratch)
        started = time.perf_counter()
        subprocess.run(
            [*command, "gui", "--data-dir", str(workspace), "--screenshot",
             str(Path(scratch) / "window.png")],
            cwd=scratch, env=env, check=True, capture_output=True,
        )  # fmt: skip
        return time.perf_counter() - started


def start_to_list() -> dict[str, object]:
    if not (BUNDLE / "tinjau").exists():
        return {"value": 0, "unit": "s", "target": f"< {START_TARGET_S:g} s", "ok": False,
                "note": MISSING}  # fmt: skip
    workspace = demo_workspace(WORKSPACE, 1000, seed=1)
    bundle = [str(BUNDLE / "tinjau")]
    source = [sys.executable, "-m", "app"]
    cold_bundle, cold_source = _start(bundle, workspace), _start(source, workspace)
    warm_bundle, warm_source = [], []
    for _ in range(3):
        warm_bundle.append(_start(bundle, workspace))
        warm_source.append(_start(source, workspace))
    bundle_median, source_median = statistics.median(warm_bundle), statistics.median(warm_source)
    note = (
        f"source checkout {cold_source:.2f} s; bundle/source {cold_bundle / cold_source:.2f}; "
        f"medians of 3 more: bundle {bundle_median:.2f} s, source {source_median:.2f} s"
    )
    return {"value": cold_bundle, "unit": "s", "target": f"< {START_TARGET_S:g} s",
            "ok": cold_bundle < START_TARGET_S, "note": note}  # fmt: skip


def benchmarks() -> list[tuple[str, object]]:
    return [
        ("Linux bundle size, unpacked", bundle_size),
        ("bundle start to the census list (1,000 households)", start_to_list),
    ]


if __name__ == "__main__":
    print_results(benchmarks())  # type: ignore[arg-type]
