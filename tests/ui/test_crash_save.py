"""What the crash box says about the open interview's answers is what happened to them: saved,
not saved (the save failed: a full disk), or not known (the save had not finished in time: the
database was held by another program), from the UI thread and from another thread."""

from __future__ import annotations

import json
import shutil
import sys
import threading
from pathlib import Path

import pytest

from app.survey.db import cipher
from app.ui import crash, ops
from app.ui import settings as opts
from app.ui.main_window import MainWindow
from app.ui.qt import QMessageBox
from tests.ui.helpers import plain, wait_for_ops
from tests.ui.interview_helpers import make_workspace, new_household, type_answer
from tests.workspace_files import fill_disk, small_disk

HEAD = "Zulaikha binti Kamaruddin"
UNIT = "17-09"
SAVED = "The answers of the open interview were saved."
NOT_SAVED = (
    "The answers of the open interview may not have been saved; reopen the interview and check "
    "its last answers."
)


def unit_in_database(workspace: Path, household: str) -> str | None:
    """The unit number the database holds for the household's interview (None: none yet)."""
    with cipher.connect_workspace(workspace / "tinjau.sqlite", timeout=30) as conn:
        row = conn.execute(
            "SELECT answers FROM interviews WHERE household_id = ?", (household,)
        ).fetchone()
    return None if row is None else json.loads(row[0]).get("unit_number")


def open_window(qtbot, workspace: Path, household: str) -> MainWindow:  # type: ignore[no-untyped-def]
    """The main window with the household's interview open on its first page."""
    window = MainWindow(opts.Settings())
    qtbot.addWidget(window)
    window.open_workspace(workspace)
    window.resize(1280, 860)
    window.show()
    wait_for_ops(qtbot)
    window.open_interview(household)
    wait_for_ops(qtbot)
    window.interview_view.show_page("interview")
    return window


def crash_on_ui_thread(window: MainWindow) -> None:
    """An unexpected error in a slot, through the hook the app installs."""
    undo = crash.install(window)
    try:
        try:
            raise ValueError(f"cannot read {HEAD}'s answers")
        except ValueError as error:
            sys.excepthook(type(error), error, error.__traceback__)
    finally:
        undo()


def crash_box_text(qtbot, window: MainWindow) -> str:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "crashBox") is not None)
    return plain(window.findChild(QMessageBox, "crashBox").text())


def crash_on_another_thread(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """An unexpected error on a worker thread, through threading.excepthook."""

    def fail() -> None:
        raise KeyError(HEAD)

    undo = crash.install(window)
    try:
        worker = threading.Thread(target=fail, name="tinjau-test-worker")
        worker.start()
        qtbot.waitUntil(lambda: not worker.is_alive(), timeout=20_000)  # the UI thread saves
    finally:
        undo()


@pytest.mark.parametrize("thread", ["ui", "worker"])
def test_a_crash_whose_save_fails_says_the_answers_may_not_be_saved(
    qtbot, tmp_path: Path, thread: str
) -> None:
    """The disk is full when the crash comes (in a slot, or on a worker thread): the last
    answer cannot be written, and the box says so and what to do instead of claiming it was
    saved."""
    template = make_workspace(tmp_path / "template")
    size = sum(p.stat().st_size for p in template.rglob("*") if p.is_file())
    with small_disk(tmp_path / "disk", f"{size * 3 // 1024 + 512}k") as disk:
        workspace = Path(shutil.copytree(template, disk / "data"))
        household = new_household(workspace, head=HEAD)
        window = open_window(qtbot, workspace, household)
        try:
            fill_disk(disk)
            type_answer(qtbot, window.interview_view, "unit_number", UNIT)
            assert window.interview_view.store.pending  # the save waits for its timer
            if thread == "ui":
                crash_on_ui_thread(window)
            else:
                crash_on_another_thread(qtbot, window)
            said = crash_box_text(qtbot, window)
            assert NOT_SAVED in said
            assert SAVED not in said
            assert unit_in_database(workspace, household) != UNIT  # indeed not saved
        finally:
            (disk / "filler.bin").unlink(missing_ok=True)  # room again: the retry can write
            window.close()
            wait_for_ops(qtbot, timeout=20_000)
            ops.shutdown()  # let go of the files before the disk is unmounted


def test_a_crash_whose_save_does_not_finish_in_time_says_it_may_not_be_saved(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program holds the database's write lock, so the save waits longer than the
    crash handler does: the box says the answers may not have been saved. Once the other
    program lets go, the save still lands."""
    monkeypatch.setattr(crash, "SAVE_WAIT_S", 0.5)
    workspace = make_workspace(tmp_path / "data")
    household = new_household(workspace, head=HEAD)
    window = open_window(qtbot, workspace, household)
    type_answer(qtbot, window.interview_view, "unit_number", UNIT)
    other = cipher.connect_workspace(workspace / "tinjau.sqlite", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # a backup or the command line writing meanwhile
    try:
        crash_on_ui_thread(window)
        said = crash_box_text(qtbot, window)
    finally:
        other.execute("COMMIT")
        other.close()
    assert NOT_SAVED in said and SAVED not in said
    wait_for_ops(qtbot, timeout=20_000)
    assert unit_in_database(workspace, household) == UNIT


def test_a_crash_in_another_thread_waits_for_the_save_before_saying_it_was_saved(
    qtbot, tmp_path: Path
) -> None:
    """An error on a worker thread: the handler has the UI thread save and waits for it, so
    when the hook returns the answer is in the database, and the box says it was saved."""
    workspace = make_workspace(tmp_path / "data")
    household = new_household(workspace, head=HEAD)
    window = open_window(qtbot, workspace, household)
    type_answer(qtbot, window.interview_view, "unit_number", UNIT)
    assert window.interview_view.store.pending
    seen: list[str | None] = []

    def fail_then_look() -> None:
        try:
            raise KeyError(HEAD)
        except KeyError as error:
            hook_args = (type(error), error, error.__traceback__, threading.current_thread())
            threading.excepthook(threading.ExceptHookArgs(hook_args))
        seen.append(unit_in_database(workspace, household))  # just after the hook returned

    undo = crash.install(window)
    try:
        worker = threading.Thread(target=fail_then_look, name="tinjau-test-worker")
        worker.start()
        qtbot.waitUntil(lambda: not worker.is_alive(), timeout=20_000)  # the UI thread saves
    finally:
        undo()
    assert seen == [UNIT]
    said = crash_box_text(qtbot, window)
    assert SAVED in said and NOT_SAVED not in said


@pytest.mark.parametrize(
    ("code", "start"),
    [
        ("ms", "Berlaku masalah dalam Tinjau. Jawapan temu bual yang terbuka mungkin tidak"),
        ("vi", "Đã xảy ra lỗi trong Tinjau. Các câu trả lời của cuộc phỏng vấn đang mở có thể"),
        ("fa", "مشکلی درون Tinjau پیش آمد. ممکن است پاسخ‌های مصاحبهٔ باز ذخیره نشده باشند"),
    ],
)
def test_the_not_saved_sentence_is_in_the_interface_language(
    qtbot, tmp_path: Path, code: str, start: str
) -> None:
    from app.ui import i18n

    window = MainWindow(opts.Settings())
    qtbot.addWidget(window)
    i18n.set_language(code)
    try:
        box = crash.CrashHandler(window).tell(tmp_path / "crash.txt", saved=None)
        assert box is not None and plain(box.text()).startswith(start)
    finally:
        i18n.set_language("en")
