"""The score panel on a fresh Iranian draft (Global MPI 2018): no verdict from unanswered
questions, and a provisional verdict scored with the standard's real weights."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.survey.db import cipher
from app.ui.interview.view import InterviewView
from tests.ui.helpers import wait_for_ops
from tests.ui.interview_helpers import open_view

REPO = Path(__file__).resolve().parents[2]
SITE = "tehran/shemiranat/tajrish/d1"


def tinjau(*args: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    subprocess.run([sys.executable, "-m", "app", *args], check=True, env=env,
                   capture_output=True, cwd=REPO)  # fmt: skip


@pytest.fixture
def view(qtbot, tmp_path: Path) -> InterviewView:
    """The first household of the Iranian census example, its interview just opened."""
    folder = tmp_path / "data"
    tinjau("init", "--data-dir", str(folder), "--country", "ir", "--area", SITE,
           "--name", "a", "b", "c", "d")  # fmt: skip
    tinjau("census", "import", str(REPO / "docs/examples/census-ir.xlsx"),
           "--data-dir", str(folder), "--site", SITE)  # fmt: skip
    with cipher.connect_workspace(folder / "tinjau.sqlite") as conn:
        (household,) = conn.execute("SELECT id FROM households ORDER BY seq LIMIT 1").fetchone()
    return open_view(qtbot, folder, household)


def test_a_fresh_iranian_draft_gives_no_verdict(qtbot, view: InterviewView) -> None:
    panel = view.score_panel
    view.update_score()
    assert "Global Multidimensional Poverty Index" in panel.standard_name.text()
    assert panel.pending.isVisible()
    assert "Not enough answers yet" in panel.pending.text()
    status = panel.status.text()
    assert "poor" not in status.lower() and "Provisional" not in status, status
    assert status == "Not enough data"
    assert "assets" not in panel.deprived.text()
    assert "33.3" not in panel.explanation.text()


def test_a_provisional_verdict_uses_the_real_weights(qtbot, view: InterviewView) -> None:
    """Every dimension has an answer (no member is undernourished or unschooled, no child died,
    no electricity): the household is deprived in one indicator of weight 1/18, 5.6%, and the
    verdict is provisional and not poor, never electricity rescaled to a third."""
    session = view.session
    assert session is not None
    session.set("child_deaths_5y", 0)
    if session.repeat_size("members") == 0:
        session.add_repeat("members")
    session.set("name", "علی رضایی", (0,))
    session.set("relationship", "head", (0,))
    session.set("sex", "male", (0,))
    session.set("age", 45, (0,))
    for name, value in (("undernourished", "no"), ("years_schooling", 12), ("in_school", "no")):
        if session.is_relevant(name, (0,)):
            session.set(name, value, (0,))
    session.set("electricity", "no")
    wait_for_ops(qtbot)
    view.update_score()
    panel = view.score_panel
    assert panel.pending.isVisible()
    assert panel.status.text() == "Provisional: Not poor", panel.explanation.text()
    assert "electricity" in panel.deprived.text()
    assert "5.6%" in panel.explanation.text(), panel.explanation.text()
