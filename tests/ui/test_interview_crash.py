"""A real app process killed in the middle of an interview keeps every answer it showed as
saved: the database is read again after SIGKILL."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

from app.survey.db import cipher
from tests.ui.interview_driver import HOLD_BACK
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
    last_name, last_text = ANSWERS[-1]
    half_typed = last_text[:-HOLD_BACK]
    acknowledged: dict[str, object] = {}
    paused = False
    # The kill point is set by what the app acknowledged, not by timing: the driver stops with
    # the last field half-typed and the test waits for the save that holds it.
    watchdog = threading.Timer(120, process.kill)
    watchdog.start()
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith("saved "):
                acknowledged = json.loads(line.split(" ", 2)[2])
            elif line.strip() == "paused":
                paused = True
            if paused and acknowledged.get(last_name) == half_typed:
                break
        process.send_signal(signal.SIGKILL)
    finally:
        watchdog.cancel()
        process.kill()
        process.wait(30)
    assert process.returncode == -signal.SIGKILL
    assert paused, "the driver never reached the half-typed answer"
    assert acknowledged.get(last_name) == half_typed, "the half-typed answer was never saved"

    with cipher.connect_workspace(folder / "tinjau.sqlite") as conn:
        (stored,) = conn.execute(
            "SELECT answers FROM interviews WHERE household_id = ?", (household,)
        ).fetchone()
    stored_answers = json.loads(stored)
    for name, value in ANSWERS[:-1]:
        assert acknowledged[name] == value
    for name, value in acknowledged.items():
        assert stored_answers.get(name) == value, name
