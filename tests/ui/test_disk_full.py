"""A data folder whose disk fills up during an interview: one sentence says the disk is full and
what to do, the answers stay on screen, and they are saved once there is room again."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from app.survey.db import cipher
from app.ui import settings as opts
from app.ui.main_window import MainWindow
from app.ui.qt import QMessageBox
from tests.ui.helpers import plain, wait_for_ops
from tests.ui.interview_helpers import make_workspace, new_household, type_answer
from tests.workspace_files import fill_disk, small_disk

UNIT = "23-11"


def test_a_full_disk_during_an_interview_says_so_and_loses_nothing(qtbot, tmp_path: Path) -> None:
    template = make_workspace(tmp_path / "template")
    size = sum(p.stat().st_size for p in template.rglob("*") if p.is_file())
    with small_disk(tmp_path / "disk", f"{size * 3 // 1024 + 512}k") as disk:
        workspace = Path(shutil.copytree(template, disk / "data"))
        household = new_household(workspace)
        window = MainWindow(opts.Settings())
        qtbot.addWidget(window)
        window.open_workspace(workspace)
        window.show()
        wait_for_ops(qtbot)
        window.open_interview(household)
        wait_for_ops(qtbot)
        view = window.interview_view
        view.show_page("interview")
        filler = fill_disk(disk)
        type_answer(qtbot, view, "unit_number", UNIT)
        qtbot.waitUntil(
            lambda: window.findChild(QMessageBox, "errorBox") is not None, timeout=10_000
        )
        said = plain(window.findChild(QMessageBox, "errorBox").text())
        assert f"The disk holding {workspace} is full. Free some space on it" in said
        assert "Traceback" not in said and "unexpected" not in said.lower()
        assert view.saved_label.text() == "Not saved"
        filler.unlink()  # the worker frees some space: the store tries again on its own
        qtbot.waitUntil(lambda: view.saved_label.text() == "Saved", timeout=15_000)
        wait_for_ops(qtbot)
        with cipher.connect_workspace(workspace / "tinjau.sqlite") as conn:
            (answers,) = conn.execute(
                "SELECT answers FROM interviews WHERE household_id = ?", (household,)
            ).fetchone()
        assert json.loads(answers)["unit_number"] == UNIT
        window.close()
        from app.ui import ops

        ops.shutdown()  # let go of the files before the disk is unmounted
