"""File > New workspace (and the first-run page's "Start a new survey…"): the app makes an
empty workspace for a country and area, opens it, and says how to import a census list."""

from __future__ import annotations

from pathlib import Path

from app.survey.db import cipher
from app.ui import settings as opts
from app.ui.main_window import MainWindow
from app.ui.new_workspace_dialog import NewWorkspaceDialog
from app.ui.qt import QDialogButtonBox, QPushButton, Qt
from tests.ui.helpers import plain, type_text, wait_for_ops
from tests.workspace_files import digests

VIETNAM = ["Thành phố Hồ Chí Minh", "Quận 8", "Phường 5", "Tổ dân phố 12"]


def fill(qtbot, dialog: NewWorkspaceDialog, folder: Path, country: str, names: list[str]) -> None:
    type_text(qtbot, dialog.folder, str(folder))
    dialog.country.setCurrentIndex(dialog.country.findData(country))
    for field, name in zip(dialog.areas, names, strict=False):
        type_text(qtbot, field, name)


def press_create(qtbot, dialog: NewWorkspaceDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)


def test_a_new_workspace_is_made_opened_and_says_how_to_import(qtbot, tmp_path: Path) -> None:
    """From the first-run page: a Vietnamese workspace with the four areas named as typed, no
    households, opened in the window and remembered; the list says how to import a census list
    under the new site."""
    main = MainWindow(opts.Settings())
    qtbot.addWidget(main)
    main.show()
    assert main.pages.currentWidget() is main.first_run
    start = main.findChild(QPushButton, "startNewSurvey")
    assert start is not None and start.isVisible()
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    dialog = main.findChild(NewWorkspaceDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.country.setCurrentIndex(dialog.country.findData("vn"))
    assert [label.text() for label in dialog.area_labels][3] == "Neighbourhood group"
    folder = tmp_path / "ward-survey"
    fill(qtbot, dialog, folder, "vn", VIETNAM)
    press_create(qtbot, dialog)
    qtbot.waitUntil(lambda: main.workspace is not None)
    wait_for_ops(qtbot)

    site = "thành-phố-hồ-chí-minh/quận-8/phường-5/tổ-dân-phố-12"
    with cipher.connect_workspace(folder / "tinjau.sqlite") as conn:
        assert conn.execute("SELECT value FROM meta WHERE key = 'country'").fetchone() == ("vn",)
        names = conn.execute("SELECT name FROM areas ORDER BY length(path_code)").fetchall()
        assert [n[0] for n in names] == VIETNAM
        assert conn.execute("SELECT path_code FROM areas WHERE level = 'site'").fetchone() == (
            site,
        )
        assert conn.execute("SELECT count(*) FROM households").fetchone() == (0,)
    assert main.pages.currentWidget() is main.splitter
    assert opts.Settings().get(opts.DATA_DIR) == str(folder.resolve())
    hint = main.list_panel.empty_hint
    qtbot.waitUntil(hint.isVisible)
    text = plain(hint.text())
    assert "no households yet" in text
    assert f"--site {site}" in text and str(folder.resolve()) in text


def test_a_folder_with_files_in_it_is_refused_and_left_as_it_was(qtbot, tmp_path: Path) -> None:
    """File > New workspace on a folder holding other files shows a sentence; no file is added
    or changed, and the dialog stays open."""
    main = MainWindow(opts.Settings())
    qtbot.addWidget(main)
    main.new_workspace_action.trigger()
    dialog = main.findChild(NewWorkspaceDialog)
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "letter.txt").write_text("mine", encoding="utf-8")
    before = digests(folder)
    fill(qtbot, dialog, folder, "ir", ["تهران"])
    press_create(qtbot, dialog)
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert "not empty" in dialog.problem.text()
    assert digests(folder) == before


def test_area_names_must_be_given_from_the_top(qtbot, tmp_path: Path) -> None:
    """A ward named without its district is refused before anything is made."""
    dialog = NewWorkspaceDialog(opts.Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    folder = tmp_path / "new"
    fill(qtbot, dialog, folder, "my", ["Kuala Lumpur"])
    type_text(qtbot, dialog.areas[2], "Kerinchi")
    press_create(qtbot, dialog)
    assert "from the top" in dialog.problem.text()
    assert not folder.exists()


def test_households_can_be_added_in_a_new_workspace(qtbot, tmp_path: Path) -> None:
    """In a workspace with a site and no blocks, "Add household" offers the site; a unit typed
    with its block (asked about once) makes the block and the unit, the household is listed as
    found in the field, and the hint goes."""
    from app.cli import main as tinjau
    from app.ui.qt import QMessageBox

    folder = tmp_path / "survey"
    assert tinjau(["init", "--data-dir", str(folder), "--country", "ir",
                   "--area", "tehran/tehran/tehran/mantaqe-12"]) == 0  # fmt: skip
    window = MainWindow(opts.Settings())
    qtbot.addWidget(window)
    window.open_workspace(folder)
    window.show()
    wait_for_ops(qtbot)
    qtbot.waitUntil(window.list_panel.empty_hint.isVisible)
    assert "Add household" in window.list_panel.empty_hint.text()
    dialog = window.add_household()
    assert dialog is not None and dialog.block.count() == 1
    type_text(qtbot, dialog.unit, "b-02-07")
    type_text(qtbot, dialog.head_name, "زهرا کریمی")
    dialog.save()
    wait_for_ops(qtbot)
    qtbot.waitUntil(lambda: getattr(dialog, "unit_question", None) is not None)
    box = dialog.unit_question
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)
    qtbot.waitUntil(lambda: window.list_panel.model.rowCount() == 1)
    qtbot.waitUntil(lambda: not window.list_panel.empty_hint.isVisible())
    with cipher.connect_workspace(folder / "tinjau.sqlite") as conn:
        row = conn.execute(
            "SELECT u.path_code, b.level, h.source FROM households h JOIN areas u "
            "ON u.id = h.unit_id JOIN areas b ON b.id = h.block_id"
        ).fetchone()
    assert row == ("tehran/tehran/tehran/mantaqe-12/B/B-02-07", "block", "new")
