"""The window's writes go through the records layer: adding a household in the dialog and
completing an interview through the widgets leave, in each transaction, the audit entry and the
outbox entry of every record they change (`RecordWatch` on the workspace's own database)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.survey.db import cipher
from app.ui import ops
from app.ui import settings as opts
from app.ui.main_window import MainWindow
from app.ui.qt import Qt, is_alive
from tests.survey.records.watch import RecordWatch
from tests.ui.census_data import build_census
from tests.ui.helpers import type_text, wait_for_ops
from tests.ui.interview_helpers import fill_member, make_workspace, new_household
from tests.ui.test_interview_flow import fill_household_pages, fill_other_pages, open_interview


def _window(qtbot: Any, folder: Path) -> MainWindow:
    main = MainWindow(opts.Settings())
    qtbot.addWidget(main)
    main.open_workspace(folder)
    main.resize(1280, 860)
    main.show()
    wait_for_ops(qtbot)
    return main


def _watch(qtbot: Any, main: MainWindow) -> RecordWatch:
    """A watch on the database the window's ops use, installed on their thread."""
    made: list[RecordWatch] = []
    ops.CollectionOp(main, lambda ctx: made.append(RecordWatch(ctx.db))).run_in_background()
    wait_for_ops(qtbot)
    return made[0]


def _problems(qtbot: Any, main: MainWindow, watch: RecordWatch) -> list[str]:
    found: list[list[str]] = []
    ops.QueryOp(main, lambda ctx: watch.problems(), success=found.append).run_in_background()
    wait_for_ops(qtbot)
    watch.close()
    return found[0]


def _shipped(folder: Path, record_id: str) -> list[tuple[str, str]]:
    with cipher.connect_workspace(folder / "tinjau.sqlite") as conn:
        return conn.execute(
            "SELECT record_type, payload FROM outbox WHERE record_id = ? ORDER BY id", (record_id,)
        ).fetchall()


def test_adding_a_household_in_the_dialog_is_recorded(qtbot, tmp_path: Path) -> None:
    """The household typed into the dialog is audited and waits in the outbox as typed."""
    folder = tmp_path / "ws"
    build_census(folder, households=12)
    main = _window(qtbot, folder)
    watch = _watch(qtbot, main)
    dialog = main.add_household()
    assert dialog is not None
    wait_for_ops(qtbot)
    type_text(qtbot, dialog.unit, "a-04-07")
    type_text(qtbot, dialog.head_name, "Lê Thị Hoa")
    type_text(qtbot, dialog.national_id, "900202-10-1234")
    dialog.household_size.setValue(4)
    dialog.save()
    wait_for_ops(qtbot)
    qtbot.waitUntil(lambda: not is_alive(dialog))
    assert _problems(qtbot, main, watch) == []
    assert watch.commits_checked == 1
    with cipher.connect_workspace(folder / "tinjau.sqlite") as conn:
        (household,) = conn.execute("SELECT id FROM households WHERE source = 'new'").fetchone()
    ((kind, payload),) = _shipped(folder, household)
    data = json.loads(payload)["data"]
    assert kind == "household"
    assert (data["head_name"], data["head_national_id"], data["household_size"]) == (
        "Lê Thị Hoa", "900202101234", 4,
    )  # fmt: skip


def test_completing_an_interview_in_the_window_is_recorded(qtbot, tmp_path: Path) -> None:
    """Typing an interview saves drafts that ship nothing; Complete ships the interview once,
    with the answers as saved, in a transaction the watch finds whole."""
    folder = make_workspace(tmp_path / "data")
    household = new_household(folder)
    main = _window(qtbot, folder)
    watch = _watch(qtbot, main)
    view = open_interview(qtbot, main, household)
    fill_household_pages(qtbot, view)
    view.show_page("household_members")
    qtbot.mouseClick(view.current_page().roster.add_button, Qt.MouseButton.LeftButton)
    fill_member(qtbot, view, {"name": "Aminah binti Yusof", "relationship": "head",
                              "sex": "female", "age": 44, "income_wages": 900})  # fmt: skip
    fill_other_pages(qtbot, view)
    wait_for_ops(qtbot)
    with cipher.connect_workspace(folder / "tinjau.sqlite") as conn:
        (interview,) = conn.execute(
            "SELECT id FROM interviews WHERE household_id = ?", (household,)
        ).fetchone()
    assert _shipped(folder, interview) == []  # drafts stay on the device
    qtbot.mouseClick(view.complete_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)
    assert not view.editable
    assert _problems(qtbot, main, watch) == []
    assert watch.commits_checked == 2  # the first save (the interview begun) and Complete
    ((kind, payload),) = _shipped(folder, interview)
    item = json.loads(payload)
    assert kind == "interview" and item["data"]["status"] == "complete"
    assert item["data"]["answers"]["members"][0]["name"] == "Aminah binti Yusof"
