"""The interview's save path when things go wrong: a write the database refuses, the window
closing while a write runs, another household opened while the last write fails."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.survey.db import cipher
from app.ui import i18n, ops
from app.ui import settings as opts
from app.ui.interview import store as store_module
from app.ui.interview.view import InterviewView
from app.ui.qt import QCoreApplication, QMessageBox
from tests.ui import interview_helpers
from tests.ui.helpers import wait_for_ops
from tests.ui.interview_helpers import household_with, make_workspace, new_household, type_answer

# A real refusal by SQLite (as a full disk or a locked file would be), made with a trigger.
REFUSE = (
    "CREATE TRIGGER refuse_saves BEFORE UPDATE ON interviews "
    "BEGIN SELECT RAISE(ABORT, 'refused'); END"
)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(store_module, "RETRY_MS", 100)  # retries without waiting 3 s each
    return make_workspace(tmp_path / "data")


def open_view(qtbot, folder: Path, household: str) -> InterviewView:  # type: ignore[no-untyped-def]
    """The interview of `household` on its first page."""
    view = interview_helpers.open_view(qtbot, folder, household)
    view.show_page("interview")
    return view


def sql(folder: Path, statement: str) -> None:
    with cipher.connect_workspace(folder / "tinjau.sqlite") as conn:
        conn.execute(statement)


def stored(folder: Path, household: str) -> dict:  # type: ignore[type-arg]
    with cipher.connect_workspace(folder / "tinjau.sqlite") as conn:
        row = conn.execute(
            "SELECT answers FROM interviews WHERE household_id = ?", (household,)
        ).fetchone()
    return json.loads(row[0]) if row else {}


def error_boxes(view: InterviewView) -> list[QMessageBox]:
    return [b for b in view.window().findChildren(QMessageBox, "errorBox") if b.isVisible()]


def test_a_refused_save_is_said_once_kept_and_written_when_the_database_takes_it(
    qtbot, folder: Path
) -> None:
    """A save the database refuses shows "Not saved" and one sentence (also after a language
    switch, never "Saved"); the answer stays on screen and is written by a retry."""
    household = household_with(folder, "in_progress")
    view = open_view(qtbot, folder, household)
    sql(folder, REFUSE)
    type_answer(qtbot, view, "site", "PPR Kampung Limau")
    failures: list[str] = []
    assert view.store is not None
    view.store.failed.connect(failures.append)
    qtbot.waitUntil(lambda: view.saved_label.text() == "Not saved")
    qtbot.waitUntil(lambda: len(failures) >= 3)  # retries fail meanwhile
    assert len(error_boxes(view)) == 1
    assert "stay on screen" in error_boxes(view)[0].text()  # what happens to the answers
    assert "try again" in error_boxes(view)[0].text()  # and the cause's own sentence
    i18n.set_language("vi")
    qtbot.waitUntil(lambda: view.back_button.text() != "Back to the list")  # retranslated
    assert view.saved_label.text() == QCoreApplication.translate("InterviewView", "Not saved")
    assert view.session.value("site") == "PPR Kampung Limau"
    assert stored(folder, household).get("site") != "PPR Kampung Limau"

    sql(folder, "DROP TRIGGER refuse_saves")
    saved = QCoreApplication.translate("InterviewView", "Saved")
    qtbot.waitUntil(lambda: view.saved_label.text() == saved)
    assert stored(folder, household)["site"] == "PPR Kampung Limau"


def test_saved_is_not_claimed_while_a_newer_change_waits(qtbot, folder: Path) -> None:
    """After "Saved", the next keystroke takes the claim back until that change is written."""
    household = household_with(folder, "in_progress")
    view = open_view(qtbot, folder, household)
    type_answer(qtbot, view, "site", "PPR Kampung")
    qtbot.waitUntil(lambda: view.saved_label.text() == "Saved")
    type_answer(qtbot, view, "site", "PPR Kampung Limau")
    assert view.saved_label.text() == ""
    qtbot.waitUntil(lambda: view.saved_label.text() == "Saved")
    assert stored(folder, household)["site"] == "PPR Kampung Limau"


def test_a_change_typed_during_a_save_is_written_when_the_window_closes(
    qtbot, folder: Path
) -> None:
    """Closing the window while a save runs still queues the newest answers before the app
    stops the database thread (no result comes back to start another write)."""
    household = household_with(folder, "in_progress")
    view = open_view(qtbot, folder, household)
    type_answer(qtbot, view, "site", "PPR Kampung")
    assert view.store is not None
    view.store.flush()  # a write is now on the database thread
    type_answer(qtbot, view, "site", "PPR Kampung Limau")
    view.close()
    ops.shutdown()  # what app.run does once the window is closed: no events are processed
    assert stored(folder, household)["site"] == "PPR Kampung Limau"


def test_the_last_save_of_a_household_left_behind_is_retried_until_written(
    qtbot, folder: Path
) -> None:
    """Opening another household while the first one's save is refused: a sentence says so,
    the first household's answers are written once the database takes them, and never the
    second household's answers in their place."""
    first = household_with(folder, "in_progress")
    second = new_household(folder, "Dua")
    view = open_view(qtbot, folder, first)
    sql(folder, REFUSE)
    type_answer(qtbot, view, "site", "PPR Kampung Limau")
    view.open_household(second)
    wait_for_ops(qtbot)
    assert view.opened_interview is not None and view.opened_interview.household_id == second
    qtbot.waitUntil(lambda: len(error_boxes(view)) == 1)
    view.show_page("interview")
    type_answer(qtbot, view, "site", "Rumah Dua")
    sql(folder, "DROP TRIGGER refuse_saves")
    qtbot.waitUntil(lambda: stored(folder, first).get("site") == "PPR Kampung Limau")
    qtbot.waitUntil(lambda: stored(folder, second).get("site") == "Rumah Dua")
    wait_for_ops(qtbot)
    assert stored(folder, first)["site"] == "PPR Kampung Limau"
    assert len(error_boxes(view)) == 1


def test_choosing_another_data_folder_writes_the_open_interview_to_its_own_folder(
    qtbot, folder: Path, tmp_path: Path
) -> None:
    """Another data folder opened (Settings) while an answer waits to be saved: the answer is
    written to the folder the interview came from, and nothing of it to the new folder."""
    from app.ui.main_window import MainWindow

    other = make_workspace(tmp_path / "other")
    household = household_with(folder, "in_progress")
    main = MainWindow(opts.Settings())
    qtbot.addWidget(main)
    main.open_workspace(folder)
    main.show()
    wait_for_ops(qtbot)
    main.open_interview(household)
    wait_for_ops(qtbot)
    view = main.interview_view
    view.show_page("interview")
    type_answer(qtbot, view, "site", "PPR Kampung Limau")
    main.open_workspace(other)
    wait_for_ops(qtbot)
    assert view.session is None and main.pages.currentWidget() is main.splitter
    assert stored(folder, household)["site"] == "PPR Kampung Limau"
    with cipher.connect_workspace(other / "tinjau.sqlite") as conn:
        assert not conn.execute(
            "SELECT count(*) FROM interviews WHERE answers LIKE '%Kampung Limau%'"
        ).fetchone()[0]


def test_draft_saves_do_not_make_the_census_list_query_again(qtbot, folder: Path) -> None:
    """Saves of an interview that already has its row say they changed "interview" only, so
    the census list (which re-queries for "households") is left alone while typing."""
    view = open_view(qtbot, folder, household_with(folder, "in_progress"))
    announced: list[frozenset[str]] = []
    ops.task_manager().changed.connect(lambda _source, kinds: announced.append(kinds))
    type_answer(qtbot, view, "site", "PPR Kampung Limau")
    qtbot.waitUntil(lambda: view.saved_label.text() == "Saved")
    assert announced and set(announced) == {frozenset({"interview"})}


def test_reopening_a_household_at_once_while_its_last_save_is_on_its_way(
    qtbot, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another household and back while a retry of the refused save is still running: the
    typed answer is on screen (the database copy lacks it), and it is what finally gets
    written. Before, the older copy was shown about one run in three (and on busy machines)."""
    monkeypatch.setattr(store_module, "RETRY_MS", 1)  # a retry is running whenever it can be
    first = household_with(folder, "in_progress")
    second = new_household(folder, "Dua")
    view = open_view(qtbot, folder, first)
    sql(folder, REFUSE)
    type_answer(qtbot, view, "site", "PPR Kampung Limau")
    qtbot.waitUntil(lambda: view.saved_label.text() == "Not saved")
    shown = lambda: view.opened_interview.household_id if view.session else None  # noqa: E731
    view.open_household(second)
    qtbot.waitUntil(lambda: shown() == second)
    view.open_household(first)  # a retry of the refused save is on its way meanwhile
    qtbot.waitUntil(lambda: shown() == first)
    assert view.session.value("site") == "PPR Kampung Limau"
    sql(folder, "DROP TRIGGER refuse_saves")
    view.show_page("interview")
    type_answer(qtbot, view, "unit_number", "12-05")
    qtbot.waitUntil(lambda: stored(folder, first).get("unit_number") == "12-05")
    wait_for_ops(qtbot)
    assert stored(folder, first)["site"] == "PPR Kampung Limau"


def test_reopening_a_household_whose_last_save_failed_shows_the_unsaved_answers(
    qtbot, folder: Path
) -> None:
    """Back to the list and the same household again while its save is refused: the typed
    answer is on screen (not the older database copy), and it is what finally gets written."""
    first = household_with(folder, "in_progress")
    second = new_household(folder, "Dua")
    view = open_view(qtbot, folder, first)
    sql(folder, REFUSE)
    type_answer(qtbot, view, "site", "PPR Kampung Limau")
    qtbot.waitUntil(lambda: view.saved_label.text() == "Not saved")
    view.open_household(second)
    wait_for_ops(qtbot)
    view.open_household(first)
    wait_for_ops(qtbot)
    assert view.session.value("site") == "PPR Kampung Limau"
    view.show_page("interview")
    type_answer(qtbot, view, "unit_number", "12-05")
    sql(folder, "DROP TRIGGER refuse_saves")
    qtbot.waitUntil(lambda: stored(folder, first).get("unit_number") == "12-05")
    wait_for_ops(qtbot)
    answers = stored(folder, first)
    assert answers["site"] == "PPR Kampung Limau" and answers["unit_number"] == "12-05"
