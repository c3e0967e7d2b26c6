"""Living with the installed app: Help > About names every version, the log an interview leaves
holds no personal data, and an unexpected error keeps the open interview and writes a report
without personal data, saying where it is."""

from __future__ import annotations

import json
import logging
import stat
import sys
from pathlib import Path

import pytest

from app import __version__
from app.survey import applog
from app.survey.db import cipher
from app.ui import crash
from app.ui import settings as opts
from app.ui.main_window import MainWindow
from app.ui.qt import QMessageBox, Qt
from app.versions import collect
from tests.ui.helpers import plain, wait_for_ops
from tests.ui.interview_helpers import (
    choose,
    fill_member,
    make_workspace,
    new_household,
    type_answer,
)

HEAD = "Zulaikha binti Kamaruddin"
MEMBER = "Faridah binti Osman"
UNIT_TYPED = "17-09"


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    return make_workspace(tmp_path / "data")


@pytest.fixture
def main(qtbot, workspace: Path) -> MainWindow:
    window = MainWindow(opts.Settings())
    qtbot.addWidget(window)
    window.open_workspace(workspace)
    window.resize(1280, 860)
    window.show()
    wait_for_ops(qtbot)
    return window


def test_about_names_the_app_form_and_every_standard(qtbot, main: MainWindow) -> None:
    """Help > About shows the app's version, the household form's and each standard's id and
    version, as `tinjau --version` does."""
    versions = collect()
    assert versions.standards, "no shipped standard was found"
    main.about_action.trigger()
    qtbot.waitUntil(lambda: main.findChild(QMessageBox, "aboutBox") is not None)
    text = plain(main.findChild(QMessageBox, "aboutBox").text())
    assert f"Tinjau {__version__}" in text
    assert f"{versions.form_id}, version {versions.form_version}" in text
    for standard_id, version in versions.standards:
        assert f"{standard_id} {version}" in text


def _known_personal_data(folder: Path) -> list[str]:
    """Every head's name and national ID the demo put in the workspace."""
    with cipher.connect_workspace(folder / "tinjau.sqlite") as conn:
        rows = conn.execute("SELECT head_name, head_national_id FROM households").fetchall()
    found = [value for row in rows for value in row if value]
    assert len(found) > 10
    return found


def test_an_interview_leaves_no_personal_data_in_the_log(
    qtbot, workspace: Path, main: MainWindow
) -> None:
    """With the app's log on at its most detailed (DEBUG, SQL included), opening households,
    typing a head, a member and an income, and a failed save leave a log that holds none of the
    workspace's names or national IDs, nor what was typed."""
    root, sql = logging.getLogger(), logging.getLogger("sqlalchemy.engine")
    level, sql_level = root.level, sql.level
    stop = applog.start("tinjau")
    root.setLevel(logging.DEBUG)
    sql.setLevel(logging.INFO)  # every statement SQLAlchemy runs, with its parameters hidden
    try:
        main.open_workspace(workspace)  # the log now opens in the data folder
        wait_for_ops(qtbot)
        main.list_panel.search.setText(_known_personal_data(workspace)[0])
        main.list_panel.apply_filters()
        wait_for_ops(qtbot)
        household = new_household(workspace, head=HEAD)
        main.open_interview(household)
        wait_for_ops(qtbot)
        view = main.interview_view
        view.show_page("interview")
        type_answer(qtbot, view, "unit_number", UNIT_TYPED)
        view.show_page("household_members")
        qtbot.mouseClick(view.current_page().roster.add_button, Qt.MouseButton.LeftButton)
        fill_member(
            qtbot,
            view,
            {"name": MEMBER, "relationship": "head", "sex": "female", "age": 41,
             "income_wages": 1234},
        )  # fmt: skip
        choose(qtbot, view, "sex", "male")
        wait_for_ops(qtbot)
        view.close_interview()
        wait_for_ops(qtbot)
        log_file = applog.log_path(workspace)
        assert log_file.is_file(), "the app wrote no log in the data folder"
    finally:
        root.setLevel(level)
        sql.setLevel(sql_level)
        stop()
    text = log_file.read_text(encoding="utf-8")
    # What the log must hold, or the test proves nothing: the SQL of the saves, the app's own
    # records of what was opened and saved.
    assert "SQL parameters hidden" in text and "COMMIT" in text
    assert f"Opening the interview of household {household}" in text
    assert "save 1 written" in text
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
    for secret in [*_known_personal_data(workspace), HEAD, MEMBER, "1234"]:
        assert secret not in text, f"personal data in the log: {secret!r}"


def test_a_crash_keeps_the_open_interview_and_reports_without_personal_data(
    qtbot, workspace: Path, main: MainWindow
) -> None:
    """An unexpected error in a slot while an answer is typed but not yet saved: the answer is
    in the database afterwards, logs/crash-*.txt (owner-only) holds the versions and where the
    error happened but not its message (which quoted a name), the log holds the same, and a box
    says where the report is."""
    household = new_household(workspace, head=HEAD)
    main.open_interview(household)
    wait_for_ops(qtbot)
    view = main.interview_view
    view.show_page("interview")
    type_answer(qtbot, view, "unit_number", UNIT_TYPED)  # the save waits for its timer
    assert view.store is not None and view.store.pending
    stop = applog.start("tinjau")  # the app's log, in the data folder
    applog.use_data_folder(workspace)
    undo = crash.install(main)
    try:
        try:
            raise ValueError(f"cannot read {HEAD}'s answers")
        except ValueError as error:
            sys.excepthook(type(error), error, error.__traceback__)
    finally:
        undo()
        stop()
    log_text = applog.log_path(workspace).read_text(encoding="utf-8")
    assert "Unexpected ValueError in thread MainThread" in log_text
    assert "raise ValueError" in log_text and HEAD not in log_text
    with cipher.connect_workspace(workspace / "tinjau.sqlite") as conn:
        (answers,) = conn.execute(
            "SELECT answers FROM interviews WHERE household_id = ?", (household,)
        ).fetchone()
    assert UNIT_TYPED in json.dumps(json.loads(answers), ensure_ascii=False)
    reports = sorted((workspace / "logs").glob("crash-*.txt"))
    assert len(reports) == 1
    report = reports[0].read_text(encoding="utf-8")
    assert f"Tinjau {__version__}" in report
    assert "builtins.ValueError" in report
    assert "test_living_with_it.py" in report and "raise ValueError" in report
    assert HEAD not in report and UNIT_TYPED not in report
    assert stat.S_IMODE(reports[0].stat().st_mode) == 0o600
    qtbot.waitUntil(lambda: main.findChild(QMessageBox, "crashBox") is not None)
    said = plain(main.findChild(QMessageBox, "crashBox").text())
    assert str(reports[0]) in said and "were saved" in said


def test_a_crash_with_no_data_folder_reports_in_the_app_data_location(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no data folder open, the report goes to the app's own data location's logs/."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    window = MainWindow(opts.Settings())
    qtbot.addWidget(window)
    handler = crash.CrashHandler(window)
    try:
        raise RuntimeError("boom")
    except RuntimeError as error:
        path = handler.handle(RuntimeError, error.__traceback__, "MainThread", on_ui=True)
    assert path is not None and path.is_file()
    assert path.parent == crash.report_folder(None)
    assert str(tmp_path / "xdg") in str(path)


def test_a_crash_in_another_thread_is_reported_and_told_on_the_window(
    qtbot, workspace: Path, main: MainWindow
) -> None:
    """threading.excepthook: the report is written from the failing thread and the box is shown
    on the UI thread."""
    import threading

    def fail() -> None:
        raise KeyError(HEAD)

    undo = crash.install(main)
    try:
        worker = threading.Thread(target=fail, name="tinjau-test-worker")
        worker.start()
        worker.join()
    finally:
        undo()
    qtbot.waitUntil(lambda: main.findChild(QMessageBox, "crashBox") is not None)
    (report,) = (workspace / "logs").glob("crash-*.txt")
    text = report.read_text(encoding="utf-8")
    assert "Thread: tinjau-test-worker" in text and "builtins.KeyError" in text
    assert HEAD not in text


def test_qt_warnings_go_to_the_log_with_ids_masked(
    qtbot, workspace: Path, main: MainWindow
) -> None:
    from app.ui.qt import qWarning

    stop = applog.start("tinjau")
    undo = crash.install(main)
    try:
        main.open_workspace(workspace)
        wait_for_ops(qtbot)
        qWarning("QFont: cannot find a font for 800101145678")
    finally:
        undo()
        stop()
    text = applog.log_path(workspace).read_text(encoding="utf-8")
    assert "WARNING qt: QFont: cannot find a font for [id]" in text
    assert "800101145678" not in text
