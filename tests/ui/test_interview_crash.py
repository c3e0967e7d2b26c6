"""A real app process killed in the middle of an interview keeps every answer it showed as
saved: the database is read again after SIGKILL."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.ui.interview_helpers import make_workspace, new_household

ROOT = Path(__file__).resolve().parents[2]
ANSWERS = [
    ["district", "Quận Bình Thạnh"],
    ["ward", "Phường 25"],
    ["site", "Chung cư Thanh Đa"],
    ["block", "Lô C"],
    ["unit_number", "12-05"],
    ["phone", "+84 28 3899 1234"],
]


def test_answers_shown_as_saved_survive_sigkill(tmp_path: Path) -> None:
    """After SIGKILL mid-typing, every answer of the last acknowledged save is in the database
    (a field still being typed may hold more of it, never less)."""
    folder = make_workspace(tmp_path / "data")
    household = new_household(folder)
    answers_file = tmp_path / "answers.json"
    answers_file.write_text(json.dumps(ANSWERS, ensure_ascii=False), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.interview_driver", str(folder), household,
         str(answers_file), str(tmp_path / "config")],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        encoding="utf-8",
    )  # fmt: skip
    acknowledged: dict[str, object] = {}
    saves = 0
    deadline = time.monotonic() + 120
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith("saved "):
                saves += 1
                acknowledged = json.loads(line.split(" ", 2)[2])
                # Some answers are complete and one is half-typed: kill now.
                if len(acknowledged) >= 5 and saves >= 4:
                    break
            assert not line.startswith("typed all"), "the process finished before the kill"
            assert time.monotonic() < deadline, "no saves were acknowledged in time"
        process.send_signal(signal.SIGKILL)
    finally:
        process.kill()
        process.wait(30)
    assert process.returncode == -signal.SIGKILL
    assert acknowledged, "no save was acknowledged before the kill"

    with sqlite3.connect(folder / "tinjau.sqlite") as conn:
        (stored,) = conn.execute(
            "SELECT answers FROM interviews WHERE household_id = ?", (household,)
        ).fetchone()
    stored_answers = json.loads(stored)
    typed = dict(ANSWERS)
    checked = 0
    for name, value in acknowledged.items():
        if name in typed and value:
            assert str(stored_answers.get(name, "")).startswith(str(value)), name
            checked += 1
    assert checked >= 2
    assert acknowledged["district"] == "Quận Bình Thạnh"
