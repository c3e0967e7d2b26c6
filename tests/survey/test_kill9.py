"""A real `tinjau` process killed with SIGKILL mid-write leaves a database that opens, holding all
of that import or demo build, or none of it."""

from __future__ import annotations

import csv
import os
import select
import signal
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.paths import database_path
from app.survey import mykad
from app.survey.census import import_census
from app.survey.db import cipher, open_database

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
]
SITE = "selangor/PTG/PTG01/PPR001"
ROWS = 20_000  # four write batches: the kill lands after the first, mid-write


def _big_census(path: Path) -> Path:
    """ROWS valid households in two-letter blocks of 20 floors x 20 units."""
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["Unit", "Nama KIR", "No KP", "Telefon", "Bilangan AIR"])
        for i in range(ROWS):
            block = letters[i // 400 // len(letters)] + letters[i // 400 % len(letters)]
            floor, number = i % 400 // 20 + 1, i % 20 + 1
            born = date(1950, 1, 1) + timedelta(days=i % 20000)
            nid = mykad.make(born, "10", i % 1000, "male" if i % 2 else "female")
            out.writerow([f"{block}-{floor:02d}-{number:02d}", f"Ketua {i}", nid,
                          f"012{i:07d}", str(i % 8 + 1)])  # fmt: skip
    return path


def _start(args: list[str]) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    return subprocess.Popen(
        [sys.executable, "-m", "app", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
    )


def _kill_when(process: subprocess.Popen[str], marker: str, timeout: float = 180) -> None:
    """Wait for a stderr line containing `marker` (the process is writing), then SIGKILL it."""
    assert process.stderr is not None
    deadline = time.monotonic() + timeout
    seen: list[str] = []
    while time.monotonic() < deadline:
        ready, _, _ = select.select([process.stderr], [], [], 1.0)
        if ready:
            line = process.stderr.readline()
            seen.append(line)
            if marker in line:
                break
            if not line and process.poll() is not None:
                pytest.fail(f"the process ended before writing: {''.join(seen)[-2000:]}")
    else:
        process.kill()
        pytest.fail("no progress line appeared in time")
    assert process.poll() is None, "the process finished before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL


def _check_integrity(db_file: Path) -> None:
    raw = cipher.connect_workspace(db_file)
    try:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        raw.close()


def _count(db_file: Path, sql: str) -> int:
    with open_database(db_file) as db, db.read() as conn:
        return int(conn.exec_driver_sql(sql).scalar() or 0)


def test_killed_census_import_leaves_all_or_nothing(tmp_path: Path) -> None:
    """SIGKILL during `tinjau census import` of a big list: the file opens, and holds no rows of
    it (or all of them); importing again afterwards completes normally."""
    data = tmp_path / "ws"
    listing = _big_census(tmp_path / "big.csv")
    process = _start(["census", "import", str(listing), "--data-dir", str(data), "--site", SITE])
    _kill_when(process, "census: writing")
    db_file = database_path(data)
    _check_integrity(db_file)
    households = _count(db_file, "SELECT count(*) FROM households")
    units = _count(db_file, "SELECT count(*) FROM areas WHERE level = 'unit'")
    assert (households, units) in ((0, 0), (ROWS, ROWS))
    assert _count(db_file, "SELECT count(*) FROM households_fts") == households
    with open_database(db_file) as db:
        summary = import_census(db, listing, site=SITE)
    assert summary.created + summary.unchanged == ROWS
    assert _count(db_file, "SELECT count(*) FROM households") == ROWS


def test_killed_demo_build_leaves_all_or_nothing(tmp_path: Path) -> None:
    """SIGKILL during `tinjau demo`: the file opens with no demo data (or all of it)."""
    data = tmp_path / "ws"
    total = 30_000
    process = _start(["demo", "--households", str(total), "--data-dir", str(data)])
    _kill_when(process, "demo: ")
    db_file = database_path(data)
    _check_integrity(db_file)
    counts = (
        _count(db_file, "SELECT count(*) FROM households"),
        _count(db_file, "SELECT count(*) FROM areas"),
        _count(db_file, "SELECT count(*) FROM members"),
    )
    assert counts == (0, 0, 0) or counts[0] == total
    triggers = _count(
        db_file,
        "SELECT count(*) FROM sqlite_master "
        "WHERE type = 'trigger' AND name LIKE 'households_fts_%'",
    )
    assert triggers == 3  # the paused search triggers came back with the rollback
