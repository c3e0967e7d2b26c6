"""The first-run assistant, driven with the keyboard: language, the worker, working offline, a
local workspace made by the same code as `tinjau init`, the interview reminder; then the window
opens on the new workspace. Persian turns it right-to-left; bad answers are sentences that
change nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.survey.db import cipher
from app.ui import i18n
from app.ui import new_workspace_dialog as nwd
from app.ui import settings as opts
from app.ui.app import present
from app.ui.first_run import (
    INTERVIEW_PAGE,
    LANGUAGE_PAGE,
    MODE_PAGE,
    WORKER_PAGE,
    WORKSPACE_PAGE,
    FirstRunWizard,
    default_data_folder,
)
from app.ui.main_window import MainWindow
from app.ui.qt import Qt, QWizard
from tests.ui.helpers import plain, type_text, wait_for_ops
from tests.workspace_files import digests

NAME, WORKER_ID = "Nur Aisyah binti Rahman", "KL-0427"
VIETNAM = ["Thành phố Hồ Chí Minh", "Quận 8"]


@pytest.fixture(autouse=True)
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system's application-data place, in the test's folder."""
    home = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def enter(qtbot, wizard: FirstRunWizard) -> None:
    """Press Enter where the keyboard is (the wizard's default button is Next, then Finish)."""
    target = wizard.focusWidget() or wizard
    qtbot.keyClick(target, Qt.Key.Key_Return)


def started(qtbot) -> tuple[MainWindow, FirstRunWizard]:
    window = MainWindow(opts.Settings())
    qtbot.addWidget(window)
    wizard = present(window, None)
    assert wizard is not None, "no data folder was chosen, yet the assistant did not start"
    qtbot.addWidget(wizard)
    assert not window.isVisible()
    return window, wizard


def test_the_assistant_goes_from_nothing_to_the_census_list(
    qtbot, data_home: Path, tmp_path: Path
) -> None:
    window, wizard = started(qtbot)
    assert wizard.currentId() == LANGUAGE_PAGE
    languages = wizard.language.languages
    languages.setFocus()
    qtbot.keyClick(languages, Qt.Key.Key_Down)  # Bahasa Melayu: the assistant follows at once
    assert i18n.current_language() == "ms"
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: next_button.text() == "&Seterusnya >")
    qtbot.keyClick(languages, Qt.Key.Key_Up)
    assert i18n.current_language() == "en"
    qtbot.waitUntil(lambda: next_button.text() == "&Next >")
    enter(qtbot, wizard)

    assert wizard.currentId() == WORKER_PAGE
    enter(qtbot, wizard)  # nothing typed: a sentence, and the page stays
    assert wizard.currentId() == WORKER_PAGE
    assert wizard.worker.problem.text() == "Type your name."
    wizard.worker.name.setFocus()
    type_text(qtbot, wizard.worker.name, NAME)
    qtbot.keyClick(wizard.worker.name, Qt.Key.Key_Tab)
    assert wizard.focusWidget() is wizard.worker.worker_id
    type_text(qtbot, wizard.worker.worker_id, WORKER_ID)
    enter(qtbot, wizard)

    assert wizard.currentId() == MODE_PAGE
    # The server is offered (tests/ui/test_first_run_server.py); working offline is chosen.
    assert wizard.mode.server.isEnabled() and wizard.mode.local.isChecked()
    assert "offline, with a workspace" in wizard.mode.local.text()
    enter(qtbot, wizard)

    assert wizard.currentId() == WORKSPACE_PAGE
    fields = wizard.workspace.fields
    folder = default_data_folder()
    assert Path(fields.folder.text()) == folder
    assert data_home in folder.parents  # the system's place for app data, not the program's
    fields.country.setCurrentIndex(fields.country.findData("vn"))
    for field, name in zip(fields.areas, VIETNAM, strict=False):
        field.setFocus()
        type_text(qtbot, field, name)
    enter(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == INTERVIEW_PAGE, timeout=10_000)
    assert "every answer is saved as you type" in plain(wizard.page(INTERVIEW_PAGE).text.text())
    enter(qtbot, wizard)  # Finish

    qtbot.waitUntil(window.isVisible)
    wait_for_ops(qtbot)
    assert window.workspace is not None and window.workspace.data_dir == folder
    settings = opts.Settings()
    assert settings.get(opts.DATA_DIR) == str(folder)
    assert settings.get(opts.ENUMERATOR_NAME) == NAME
    assert settings.get(opts.ENUMERATOR_ID) == WORKER_ID
    with cipher.connect_workspace(folder / "tinjau.sqlite") as conn:
        assert conn.execute("SELECT value FROM meta WHERE key = 'country'").fetchone() == ("vn",)
        names = [n for (n,) in conn.execute("SELECT name FROM areas ORDER BY length(path_code)")]
    assert names == VIETNAM
    # Next start: a data folder is saved, so the window opens straight away.
    again = MainWindow(opts.Settings())
    qtbot.addWidget(again)
    assert present(again, None) is None and again.isVisible()


def test_persian_turns_the_assistant_right_to_left(qtbot) -> None:
    _window, wizard = started(qtbot)
    languages = wizard.language.languages
    languages.setCurrentRow(list(i18n.LANGUAGES).index("fa"))
    assert wizard.layoutDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.waitUntil(lambda: wizard.windowTitle() == "Tinjau — نخستین اجرا")
    assert wizard.button(QWizard.WizardButton.NextButton).text() != "&Next >"
    assert wizard.language.title() != "Welcome to Tinjau"


def go_to_workspace_page(qtbot, wizard: FirstRunWizard) -> None:
    wizard.next()
    wizard.worker.name.setText(NAME)
    wizard.worker.worker_id.setText(WORKER_ID)
    wizard.next()
    wizard.next()
    assert wizard.currentId() == WORKSPACE_PAGE


def test_a_folder_that_is_not_empty_is_refused_and_left_as_it_was(qtbot, tmp_path: Path) -> None:
    _window, wizard = started(qtbot)
    go_to_workspace_page(qtbot, wizard)
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "letter.txt").write_text("mine", encoding="utf-8")
    before = digests(taken)
    wizard.workspace.fields.folder.setText(str(taken))
    wizard.next()
    wait_for_ops(qtbot)
    assert wizard.currentId() == WORKSPACE_PAGE
    assert "This folder is not empty" in wizard.workspace.problem.text()
    assert digests(taken) == before
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_folder_inside_the_installed_program_is_refused(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An installed Tinjau never keeps data next to itself (an update replaces that folder)."""
    program = tmp_path / "Program Files" / "Tinjau"
    program.mkdir(parents=True)
    monkeypatch.setattr(nwd, "program_folder", lambda: program)
    _window, wizard = started(qtbot)
    go_to_workspace_page(qtbot, wizard)
    wizard.workspace.fields.folder.setText(str(program / "data"))
    wizard.next()
    wait_for_ops(qtbot)
    assert wizard.currentId() == WORKSPACE_PAGE
    assert "inside the Tinjau program's folder" in wizard.workspace.problem.text()
    assert not (program / "data").exists()


def test_cancel_shows_the_window_on_its_first_run_page(qtbot) -> None:
    window, wizard = started(qtbot)
    wizard.reject()
    qtbot.waitUntil(window.isVisible)
    assert window.workspace is None and window.pages.currentWidget() is window.first_run
    assert opts.Settings().get(opts.DATA_DIR) == ""


def test_a_folder_holding_a_workspace_is_used_as_it_is(qtbot, tmp_path: Path) -> None:
    """Tinjau reinstalled with its settings lost: the worker points the assistant at the old
    workspace, which is opened unchanged, households and all."""
    from tests.ui.census_data import build_census

    old = tmp_path / "old"
    build_census(old, households=5)
    before = digests(old)
    window, wizard = started(qtbot)
    go_to_workspace_page(qtbot, wizard)
    wizard.workspace.fields.folder.setText(str(old))
    wizard.next()
    assert wizard.currentId() == INTERVIEW_PAGE
    assert digests(old) == before
    wizard.accept()
    qtbot.waitUntil(window.isVisible)
    wait_for_ops(qtbot)
    assert window.workspace is not None and window.workspace.data_dir == old.resolve()
    assert window.list_panel.model.rowCount() == 5


def test_cancel_after_the_workspace_was_made_keeps_and_remembers_it(qtbot, tmp_path: Path) -> None:
    window, wizard = started(qtbot)
    go_to_workspace_page(qtbot, wizard)
    folder = tmp_path / "new"
    wizard.workspace.fields.folder.setText(str(folder))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == INTERVIEW_PAGE, timeout=10_000)
    wizard.reject()  # Cancel on the last page
    qtbot.waitUntil(window.isVisible)
    wait_for_ops(qtbot)
    assert opts.Settings().get(opts.DATA_DIR) == str(folder)
    assert opts.Settings().get(opts.ENUMERATOR_ID) == WORKER_ID
    assert window.workspace is not None and window.workspace.data_dir == folder
