"""A real process killed with SIGKILL at any point of an interview's completion leaves the
completed interview and its outbox entry, or neither."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.survey.db import cipher, keys, open_database
from app.survey.demo import build_demo

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
]
ROOT = Path(__file__).resolve().parents[3]
POINTS = 8  # kill points spread over the completion's whole transaction


def _run(db_path: Path, household: str, kill_at: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tests.survey.records.complete_child", str(db_path), household,
         str(kill_at)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def _state(db_path: Path, household: str) -> tuple[str, str | None, int]:
    """(visit status, interview status, outbox entries of the interview) after a run."""
    with cipher.connect_workspace(db_path) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
        visit = conn.execute(
            "SELECT visit_status FROM households WHERE id = ?", (household,)
        ).fetchone()[0]
        row = conn.execute(
            "SELECT id, status FROM interviews WHERE household_id = ?", (household,)
        ).fetchone()
        entries = conn.execute(
            "SELECT count(*) FROM outbox WHERE record_type = 'interview' AND record_id = ?",
            (row[0] if row else "",),
        ).fetchone()[0]
    return visit, row[1] if row else None, entries


def test_sigkill_during_completion_leaves_all_of_it_or_none(tmp_path: Path) -> None:
    """Killed after 1, 2, ... of SQLite's steps inside the completion's transaction (spread
    over all of them), the workspace holds the draft with no outbox entry; run to the end, it
    holds the completed interview, the household complete and exactly one outbox entry."""
    base = tmp_path / "base" / "tinjau.sqlite"
    with open_database(base) as db:
        build_demo(db, households=12, seed=5)
        with db.read() as conn:
            household = conn.exec_driver_sql(
                "SELECT id FROM households WHERE visit_status = 'not_visited' LIMIT 1"
            ).scalar_one()

    def fresh(name: str) -> Path:
        copy = tmp_path / name / "tinjau.sqlite"
        copy.parent.mkdir()
        shutil.copy(base, copy)
        shutil.copy(keys.key_file(base), keys.key_file(copy))  # the workspace's key file
        return copy

    whole = fresh("whole")
    finished = _run(whole, household, 0)
    assert finished.returncode == 0, finished.stderr[-2000:]
    steps = int(finished.stdout.split()[-1])
    assert _state(whole, household) == ("complete", "complete", 1)

    points = sorted({1, steps - 1, *range(1, steps, max(1, steps // POINTS))})
    for kill_at in points:
        path = fresh(f"kill-{kill_at}")
        killed = _run(path, household, kill_at)
        assert killed.returncode == -signal.SIGKILL, killed.stderr[-2000:]
        assert _state(path, household) == ("in_progress", "draft", 0), f"killed at {kill_at}"
