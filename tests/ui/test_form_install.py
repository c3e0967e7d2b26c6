"""A workspace's own questionnaire in the desktop app: installed from Settings (off the UI
thread), used by new interviews while older ones open with their version, refused with a
sentence that changes nothing, and a form reading secondary instances answered by keyboard."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest

from app.survey.db import cipher
from app.ui import ops
from app.ui import settings as opts
from app.ui.main_window import MainWindow
from app.ui.qt import QApplication, Qt
from tests.form_versions import NEW_LABEL, household_version, lookup_form, shipped_version
from tests.ui.helpers import wait_for_ops
from tests.ui.interview_helpers import (
    choose,
    household_with,
    make_workspace,
    new_household,
    open_view,
    question,
)
from tests.workspace_files import digests

NEW_VERSION = "2099010101"


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """The main window on a demo workspace, able to open interviews."""
    from app.ui.interview.attach import attach_interview

    folder = make_workspace(tmp_path / "data")
    opts.Settings().set(opts.DATA_DIR, str(folder))
    main = MainWindow(opts.Settings())
    qtbot.addWidget(main)
    main.open_workspace(folder)
    main.show()
    wait_for_ops(qtbot)
    attach_interview(main)
    return main


def install_from_settings(qtbot, window: MainWindow, path: Path, monkeypatch) -> object:  # type: ignore[no-untyped-def]
    """Press "Install a form…" in Settings and answer the file dialog with `path`."""
    from app.ui import settings_dialog

    # The native file dialog is the one edge that cannot run here: it answers with the file.
    monkeypatch.setattr(
        settings_dialog.QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), "")
    )
    dialog = window.open_settings()
    wait_for_ops(qtbot)
    assert dialog.install_form.isEnabled()
    dialog.install_form.click()
    wait_for_ops(qtbot)
    return dialog


def test_a_new_form_version_from_settings_is_used_by_new_interviews_only(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After "Install a form…" with a newer household form whose name question reads
    differently, an interview begun before opens with its own version and label, and a
    household interviewed for the first time gets the new version and label."""
    folder = window.workspace.data_dir
    workbook = household_version(tmp_path / "household-v2.xlsx", NEW_VERSION)
    dialog = install_from_settings(qtbot, window, workbook, monkeypatch)
    assert not dialog.problem.isVisible(), dialog.problem.text()
    assert NEW_VERSION in dialog.note.text() and "new interviews use it" in dialog.note.text()
    assert NEW_VERSION in dialog.form_in_use.text()
    dialog.accept()
    wait_for_ops(qtbot)

    window.open_interview(household_with(folder, "in_progress"))
    wait_for_ops(qtbot)
    view = window.interview_view
    assert view.session.definition.version == shipped_version()
    view.open_instance("members", (0,))
    assert question(view, "name").title.text() != NEW_LABEL

    window.open_interview(household_with(folder, "not_visited"))
    wait_for_ops(qtbot)
    assert view.session.definition.version == NEW_VERSION
    view.open_instance("members", (0,))
    assert question(view, "name").title.text() == NEW_LABEL


def test_a_refused_form_in_settings_is_a_sentence_and_changes_nothing(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An older version of the household form is refused in the dialog with what to do, and
    every file of the workspace stays byte-identical."""
    folder = window.workspace.data_dir
    ops.set_workspace(None)
    wait_for_ops(qtbot)
    before = digests(folder)
    window.open_workspace(folder)
    wait_for_ops(qtbot)
    older = household_version(tmp_path / "old.xlsx", "2020010101")
    dialog = install_from_settings(qtbot, window, older, monkeypatch)
    assert dialog.problem.isVisible()
    assert "raise 'version'" in dialog.problem.text()
    dialog.reject()
    ops.set_workspace(None)
    wait_for_ops(qtbot)
    assert digests(folder) == before


def test_a_form_with_lookups_is_answered_by_keyboard(qtbot, tmp_path: Path) -> None:
    """An installed form whose city list is filtered by the country through current(), whose
    label comes from the list's secondary instance and whose population comes from pulldata()
    over its attached CSV: the cities follow the country chosen by keyboard, and the note shows
    both looked-up values."""
    from app.survey.db import open_database
    from app.survey.db.types import format_utc, utcnow
    from app.survey.forms.workspace import install_form_package, read_form_package

    folder = make_workspace(tmp_path / "data")
    package = read_form_package(lookup_form(tmp_path / "supervisor"))
    with open_database(folder / "tinjau.sqlite") as db, db.write() as conn:
        install_form_package(
            conn, package, forms_dir=folder / "forms", installed_at=format_utc(utcnow())
        )
    view = open_view(qtbot, folder, new_household(folder), active=True)
    assert view.session.definition.form_id == "cities"
    # The form has no groups: its questions are on one page, titled with the form's title.
    assert view.page_names == ["/"] and view.current_page().title.text() == "Cities"
    choose(qtbot, view, "country", "vn")
    offered = {c.name for c in view.session.choices("city")}
    assert offered == {"hn"}
    assert [b.objectName() for b in question(view, "city").editor.buttons] == ["choice_hn"]
    choose(qtbot, view, "country", "my")
    choose(qtbot, view, "city", "pg")
    assert question(view, "shown").title.text() == "George Town has 700000 people"
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, Qt.Key.Key_Tab)
    wait_for_ops(qtbot)
    with closing(cipher.connect_workspace(folder / "tinjau.sqlite")) as conn:
        (version,) = conn.execute(
            "SELECT form_version FROM interviews WHERE form_id = 'cities'"
        ).fetchone()
    assert version == "1"
