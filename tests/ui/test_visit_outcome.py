"""Marking a household not found or refused from the census list, by keyboard: the Household
menu and the list's context menu hold the two actions, their shortcuts clash with no other,
the dialog saves the outcome and note through the records layer, and a move the visit cannot
make is refused before anything is written."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from app.survey.db import cipher
from app.ui import settings as opts
from app.ui.main_window import MainWindow
from app.ui.qt import QAction, QApplication, QKeySequence, QMessageBox, QShortcut, Qt, is_alive
from app.ui.visit_outcome_dialog import VisitOutcomeDialog
from tests.ui.census_data import build_census
from tests.ui.helpers import plain, type_text, wait_for_ops
from tests.ui.test_window_writes_are_recorded import _problems, _watch, _window

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _select(qtbot: Any, main: MainWindow, status_text: str) -> int:
    """Put the keyboard on the first listed household whose status reads `status_text`."""
    table, model = main.list_panel.table, main.list_panel.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 2).data() == status_text)
    main.activateWindow()
    table.setFocus()
    table.setCurrentIndex(model.index(row, 0))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    return row


def _status_of(folder: Path, household_id: str) -> tuple[str, str | None, str | None]:
    with cipher.connect_workspace(folder / "tinjau.sqlite") as conn:
        return conn.execute(
            "SELECT visit_status, visit_outcome, visit_note FROM households WHERE id = ?",
            (household_id,),
        ).fetchone()


def test_ctrl_shift_r_marks_the_selected_household_refused_with_a_note(
    qtbot, tmp_path: Path
) -> None:
    """Ctrl+Shift+R on a household not visited opens "Mark refused", the note typed (any
    script) and Enter save it recorded, and the list then reads "Refused"."""
    folder = tmp_path / "ws"
    build_census(folder, households=24)
    main = _window(qtbot, folder)
    watch = _watch(qtbot, main)
    row = _select(qtbot, main, "Not visited")
    household = main.list_panel.model.row_at(row).id
    qtbot.keyClick(main.list_panel.table, Qt.Key.Key_R, CTRL_SHIFT)
    dialog = main.findChild(VisitOutcomeDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Mark refused"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.note)
    type_text(qtbot, dialog.note, "Quay lại Chủ nhật")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    wait_for_ops(qtbot)
    qtbot.waitUntil(lambda: not is_alive(dialog))
    assert _problems(qtbot, main, watch) == []
    assert _status_of(folder, household) == ("refused", "refused", "Quay lại Chủ nhật")
    wait_for_ops(qtbot)
    model = main.list_panel.model
    qtbot.waitUntil(
        lambda: any(
            model.index(r, 2).data() == "Refused" and model.row_at(r).id == household
            for r in range(model.rowCount())
        )
    )


def test_the_actions_are_in_the_menu_and_context_menu_with_unique_shortcuts(window) -> None:
    """Both actions sit in the Household menu and the list's context menu, and no other
    action or shortcut of the window uses their keys."""
    names = [plain(a.text()) for a in window.household_menu.actions()]
    assert names == ["Mark &not found…", "Mark &refused…"]
    table = window.list_panel.table
    assert table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert [a.text() for a in table.actions()] == names
    mine = {window.not_found_action, window.refused_action}
    keys = [
        key.toString()
        for action in window.findChildren(QAction)
        if action not in mine
        for key in action.shortcuts()
    ] + [shortcut.key().toString() for shortcut in window.findChildren(QShortcut)]
    assert window.not_found_action.shortcut() == QKeySequence("Ctrl+Shift+N")
    assert window.refused_action.shortcut() == QKeySequence("Ctrl+Shift+R")
    assert {"Ctrl+Shift+N", "Ctrl+Shift+R"} & set(keys) == set()


def test_a_finished_interview_cannot_be_marked_not_found(qtbot, tmp_path: Path) -> None:
    """Ctrl+Shift+N on an approved household opens no dialog: a sentence naming both
    statuses says why, and the database file is unchanged."""
    folder = tmp_path / "ws"
    build_census(folder, households=24)
    main = _window(qtbot, folder)
    path = folder / "tinjau.sqlite"
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    _select(qtbot, main, "Approved")
    qtbot.keyClick(main.list_panel.table, Qt.Key.Key_N, CTRL_SHIFT)
    boxes = [b for b in main.findChildren(QMessageBox, "errorBox") if b.isVisible()]
    assert len(boxes) == 1
    assert plain(boxes[0].text()) == (
        "A household whose visit is Approved cannot be marked Not found; nothing was changed."
    )
    assert main.findChild(VisitOutcomeDialog) is None
    wait_for_ops(qtbot)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


@pytest.mark.parametrize(
    "code, not_found, refused",
    [
        ("en", "Not found", "Refused"),
        ("ms", "Tidak ditemui", "Enggan"),
        ("vi", "Không gặp được hộ", "Từ chối phỏng vấn"),
        ("fa", "پیدا نشد", "امتناع از مصاحبه"),
    ],
)
def test_the_status_filter_names_the_door_outcomes(
    qtbot, tmp_path: Path, code: str, not_found: str, refused: str
) -> None:
    """The status filter offers both outcomes in the interface language, and choosing one
    lists only those households."""
    from app.survey.db import open_database
    from app.survey.records import households, recorder

    folder = tmp_path / "ws"
    build_census(folder, households=24)
    with open_database(folder / "tinjau.sqlite") as db, db.write() as conn:
        actor = recorder.actor(conn, "enum01")
        for seq, status in ((1, "refused"), (7, "not_found"), (13, "refused")):
            household = conn.exec_driver_sql(
                "SELECT id FROM households WHERE seq = ?", (seq,)
            ).scalar_one()
            households.mark_visit(conn, household_id=household, status=status, actor=actor)
    window = _window(qtbot, folder)
    window.switch_language(code)
    combo = window.list_panel.status_filter

    def texts() -> list[str]:
        return [combo.itemText(i) for i in range(combo.count())]

    qtbot.waitUntil(lambda: not_found in texts() and refused in texts())
    combo.setCurrentIndex(texts().index(refused))
    wait_for_ops(qtbot)
    model = window.list_panel.model
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    assert {model.index(r, 2).data() for r in range(model.rowCount())} == {refused}


def test_the_dialog_reads_in_persian(qtbot) -> None:
    """The dialog's title, question and note label are translated, the unit isolated."""
    from app.ui import i18n

    i18n.set_language("fa")
    dialog = VisitOutcomeDialog(
        opts.Settings(), household_id="x", unit="A-12-03", status="not_found"
    )
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "ثبت «پیدا نشد»"
    assert "\u2066A-12-03\u2069" in dialog.question.text()
    assert dialog.note_label.text() == "&یادداشت (اختیاری)"
