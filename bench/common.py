"""Helpers shared by the bench_*.py files: a percentile, a demo workspace, printing results."""

from __future__ import annotations

import contextlib
import math
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"

# Workspaces are encrypted: the benchmarks' (invented) workspaces use this passphrase, with the
# real key derivation cost. Their subprocesses inherit it.
if not os.environ.get("TINJAU_PASSPHRASE_FILE"):
    OUT.mkdir(parents=True, exist_ok=True)
    _passphrase = OUT / "bench.passphrase"
    if not _passphrase.exists():
        _passphrase.write_text("bench workspaces hold invented people\n", encoding="utf-8")
        _passphrase.chmod(0o600)
    os.environ["TINJAU_PASSPHRASE_FILE"] = str(_passphrase)


def percentile(samples: list[float], fraction: float) -> float:
    """The nearest-rank percentile (fraction 0.95 for p95) of a non-empty list of samples."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def build_demo(folder: Path, households: int, seed: int) -> float:
    """Run `tinjau demo` in a subprocess (start-up and migration included); seconds it took."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "app", "demo", "--households", str(households),
         "--data-dir", str(folder), "--seed", str(seed)],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip
    return time.perf_counter() - started


def demo_workspace(folder: Path, households: int, seed: int) -> Path:
    """A demo workspace kept between runs in `folder`, built the first time it is asked for."""
    if not (folder / "tinjau.sqlite").exists():
        build_demo(folder, households, seed)
    return folder


def format_value(value: float, unit: str) -> str:
    """A measurement with as many digits as its size deserves."""
    if value >= 1000:
        return f"{value:,.0f} {unit}"
    if value >= 10:
        return f"{value:.1f} {unit}"
    return f"{value:.3g} {unit}"


def print_results(benchmarks: list[tuple[str, Callable[[], dict[str, Any]]]]) -> None:
    """Run each benchmark and print one line for it: for a bench_*.py file run alone."""
    for name, run in benchmarks:
        result = run()
        mark = "ok  " if result["ok"] else "SLOW"
        note = f"  ({result['note']})" if result.get("note") else ""
        value = format_value(float(result["value"]), result["unit"])
        sys.stdout.write(f"{mark} {name}: {value} [{result['target']}]{note}\n")


# A supervisor's workspace as sync leaves it: the demo's rows without outbox and audit entries
# (app.survey.demo.build_demo(record=False)), built in a scratch folder and renamed when done.
BULK_BUILD = """
import sys
from pathlib import Path
from app.paths import database_path
from app.survey.db import open_database
from app.survey.demo import build_demo
with open_database(database_path(Path(sys.argv[1]))) as db:
    build_demo(db, int(sys.argv[2]), seed=int(sys.argv[3]), record=False)
"""
# A cached workspace made before workspaces were encrypted (or before the newest migration):
# encrypted in place under the bench passphrase with one copy (the app's first unlock also
# keeps an encrypted backup, two copies more of a 6 GB file at 1,000,000 households), then
# migrated by opening it as the app does; backups that makes are removed (invented data).
BULK_UPGRADE = """
import sys
from pathlib import Path
from app.paths import database_path
from app.survey.db import encrypt, keys, open_database
path = database_path(Path(sys.argv[1]))
if keys.is_plain_sqlite(path):
    encrypt.tidy(path)
    made = keys.create(path, keys.new_passphrase(path))
    encrypt.encrypt_file(path, made.data_key)
open_database(path).close()
"""
BULK_CACHE = Path.home() / ".cache" / "tinjau-bench"


def bulk_workspace(households: int, seed: int = 7) -> tuple[Path, float]:
    """A supervisor's workspace of `households` kept between runs under ~/.cache/tinjau-bench
    (outside the repository; delete the folder to rebuild it); (folder, seconds spent building
    it now, 0 when it was there)."""
    folder = BULK_CACHE / f"supervisor-{households}-seed{seed}"
    if (folder / "tinjau.sqlite").exists():
        return folder, _upgrade_bulk(folder)
    scratch = folder.with_name(folder.name + ".building")
    if scratch.exists():  # a build that was stopped
        shutil.rmtree(scratch)
    scratch.mkdir(parents=True)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", BULK_BUILD, str(scratch), str(households), str(seed)],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip
    scratch.rename(folder)
    return folder, time.perf_counter() - started


def _upgrade_bulk(folder: Path) -> float:
    """Encrypt and migrate the cached workspace in `folder` if it needs it; seconds spent."""
    from app.paths import database_path
    from app.survey.db import cipher, health, keys, migrate

    path = database_path(folder)
    if not keys.is_plain_sqlite(path):
        with contextlib.closing(cipher.connect_workspace(path)) as conn:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if row and row[0] == migrate.head_revision():
            return 0.0
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", BULK_UPGRADE, str(folder)],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip
    shutil.rmtree(health.backup_folder(path), ignore_errors=True)
    return time.perf_counter() - started
