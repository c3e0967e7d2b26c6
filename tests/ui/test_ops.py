"""The background-work helper: ops run off the UI thread, deliver on it, fail as sentences."""

from __future__ import annotations

import logging
import threading

from app.survey.errors import TinjauError
from app.ui import ops
from app.ui.qt import QMessageBox, QWidget, is_alive
from tests.ui.helpers import wait_for_ops


def test_op_runs_on_the_database_thread_and_success_on_the_ui_thread(qtbot) -> None:
    """The op runs on the one database thread; its success callback on the UI thread."""
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, str] = {}

    def op(_ctx: ops.OpContext) -> str:
        seen["op"] = threading.current_thread().name
        return "done"

    def success(result: str) -> None:
        seen["success"] = threading.current_thread().name
        seen["result"] = result

    ops.QueryOp(parent=parent, op=op, success=success).run_in_background()
    wait_for_ops(qtbot)
    assert seen["op"].startswith(ops.DB_THREAD_NAME)
    assert seen["success"] == threading.main_thread().name
    assert seen["result"] == "done"


def test_ops_run_one_at_a_time_in_the_order_started(qtbot) -> None:
    """Every op shares one worker thread, so they finish in the order they were started."""
    order: list[int] = []
    threads: set[int] = set()

    def make(i: int):  # type: ignore[no-untyped-def]
        def op(_ctx: ops.OpContext) -> int:
            threads.add(threading.get_ident())
            return i

        return op

    for i in range(20):
        ops.CollectionOp(None, make(i)).success(order.append).run_in_background()
    wait_for_ops(qtbot)
    assert order == list(range(20))
    assert len(threads) == 1


def test_tinjau_error_is_shown_as_its_own_sentence(qtbot, caplog) -> None:
    """A TinjauError raised in an op reaches the user as its message, in a message box, and
    the message (which may name a household) stays out of the log."""
    caplog.set_level(logging.DEBUG)
    parent = QWidget()
    qtbot.addWidget(parent)

    def op(_ctx: ops.OpContext) -> None:
        raise TinjauError("The census list has no rows. Choose another file.")

    ops.QueryOp(parent=parent, op=op, success=lambda _r: None).run_in_background()
    wait_for_ops(qtbot)
    box = parent.findChild(QMessageBox, "errorBox")
    assert box is not None
    assert box.text() == "The census list has no rows. Choose another file."
    assert "TinjauError" in caplog.text and "census list has no rows" not in caplog.text


def test_other_errors_become_a_generic_sentence_and_keep_personal_data_out_of_the_log(
    qtbot, caplog
) -> None:
    """An unexpected error shows a generic sentence; its message (personal data) is not logged."""
    caplog.set_level(logging.INFO)
    caught: list[BaseException] = []

    def op(_ctx: ops.OpContext) -> None:
        raise ValueError("Siti Aminah 800101145678")

    ops.QueryOp(parent=None, op=op).failure(caught.append).run_in_background()
    wait_for_ops(qtbot)
    assert isinstance(caught[0], ValueError)
    message = ops.error_message(caught[0])
    assert "went wrong" in message and "Siti" not in message
    assert "ValueError" in caplog.text
    assert "Siti" not in caplog.text and "800101145678" not in caplog.text


def test_success_is_skipped_when_the_parent_widget_is_gone(qtbot) -> None:
    """A result arriving after its window was deleted is dropped, never touching a dead widget."""
    parent = QWidget()
    called: list[object] = []
    release = threading.Event()

    def op(_ctx: ops.OpContext) -> int:
        release.wait(5)
        return 1

    ops.QueryOp(parent=parent, op=op, success=called.append).run_in_background()
    parent.deleteLater()
    qtbot.waitUntil(lambda: not is_alive(parent))
    release.set()
    wait_for_ops(qtbot)
    assert called == []


def test_slow_op_shows_progress_and_a_quick_one_does_not(qtbot) -> None:
    """Work longer than a second shows the progress dialog with its label; it closes when done."""
    parent = QWidget()
    qtbot.addWidget(parent)
    release = threading.Event()

    ops.CollectionOp(parent, lambda _ctx: release.wait(10)).with_progress(
        "Importing the census list…"
    ).run_in_background()
    qtbot.waitUntil(lambda: parent.findChild(QWidget, "progressDialog") is not None, timeout=5000)
    dialog = parent.findChild(QWidget, "progressDialog")
    assert dialog.labelText() == "Importing the census list…"
    release.set()
    wait_for_ops(qtbot)
    qtbot.waitUntil(lambda: parent.findChild(QWidget, "progressDialog") is None)

    quick = QWidget()
    qtbot.addWidget(quick)
    ops.CollectionOp(quick, lambda _ctx: 1).with_progress("Saving…").run_in_background()
    wait_for_ops(qtbot)
    qtbot.wait(ops.PROGRESS_DELAY_MS + 200)
    assert quick.findChild(QWidget, "progressDialog") is None


def test_collection_op_announces_a_change_and_query_op_does_not(qtbot) -> None:
    """Views refresh after writes: only CollectionOp emits task_manager().changed."""
    seen: list[tuple[object, frozenset[str]]] = []
    ops.task_manager().changed.connect(lambda source, kinds: seen.append((source, kinds)))
    ops.QueryOp(parent=None, op=lambda _ctx: 1).run_in_background()
    wait_for_ops(qtbot)
    assert seen == []
    ops.CollectionOp(None, lambda _ctx: 1).run_in_background()
    ops.CollectionOp(None, lambda _ctx: 2).affecting("interview").run_in_background()
    wait_for_ops(qtbot)
    assert seen == [(None, frozenset({"households"})), (None, frozenset({"interview"}))]


def test_an_op_without_an_open_workspace_says_what_to_do(qtbot) -> None:
    """Asking for the database with no data folder open fails with a sentence, not a traceback."""
    caught: list[BaseException] = []
    ops.QueryOp(parent=None, op=lambda ctx: ctx.db).failure(caught.append).run_in_background()
    wait_for_ops(qtbot)
    assert isinstance(caught[0], TinjauError)
    assert "Settings" in str(caught[0])


def test_the_workspace_database_refuses_the_ui_thread(census_dir) -> None:
    """Only ops reach the database: asking for it on the UI thread is a programming error."""
    import pytest

    from app.ui.workspace import Workspace

    workspace = Workspace.open(census_dir)
    with pytest.raises(RuntimeError, match="only for ops"):
        workspace.database()
    ops.set_workspace(workspace)
    assert ops.task_manager().run_sync(lambda ctx: ctx.db.path.name) == "tinjau.sqlite"


def test_opening_another_folder_does_not_wait_for_running_work(qtbot, census_dir) -> None:
    """set_workspace returns while an op still runs; the old folder is closed after it, and
    ops started afterwards see the new folder."""
    from app.ui.workspace import Workspace

    first, second = Workspace.open(census_dir), Workspace.open(census_dir)
    ops.set_workspace(first)
    release = threading.Event()
    ops.QueryOp(parent=None, op=lambda _ctx: release.wait(30)).run_in_background()
    safety = threading.Timer(30, release.set)  # a blocking set_workspace would hang otherwise
    safety.start()
    try:
        ops.set_workspace(second)
        assert not release.is_set(), "set_workspace waited for the running op"
    finally:
        release.set()
        safety.cancel()
    seen: list[object] = []
    ops.QueryOp(parent=None, op=lambda ctx: ctx.workspace, success=seen.append).run_in_background()
    wait_for_ops(qtbot)
    assert seen == [second]


def _fail_with_the_app_log_on(qtbot, folder) -> tuple[str, str | None]:  # type: ignore[no-untyped-def]
    """(the error box's text, the log's text or None) after an op fails unexpectedly with a
    name and a MyKad number in its message, the app's log started on `folder`."""
    from app.survey import applog
    from app.ui.workspace import Workspace
    from tests.ui.census_data import build_census

    build_census(folder, households=3)
    stop = applog.start("tinjau")
    try:
        ops.set_workspace(Workspace.open(folder))
        parent = QWidget()
        qtbot.addWidget(parent)

        def op(_ctx: ops.OpContext) -> None:
            raise ValueError("Siti Aminah 800101145678")

        ops.QueryOp(parent=parent, op=op, success=lambda _r: None).run_in_background()
        wait_for_ops(qtbot)
        box = parent.findChild(QMessageBox, "errorBox")
        assert box is not None
    finally:
        stop()
    log = applog.log_path(folder)
    return box.text(), log.read_text(encoding="utf-8") if log.is_file() else None


def test_an_unexpected_error_names_the_log_file_it_went_to(qtbot, tmp_path) -> None:
    """Once the app keeps its log, the generic sentence names the log file, and that file
    (owner-only) holds the error's type and stack but not its message."""
    from app.survey.applog import log_path

    message, text = _fail_with_the_app_log_on(qtbot, tmp_path)
    assert str(log_path(tmp_path)) in message
    assert text is not None and "ValueError" in text
    assert "Siti" not in text and "800101145678" not in text
    assert log_path(tmp_path).stat().st_mode & 0o077 == 0


def test_a_log_that_cannot_be_written_is_not_pointed_to(qtbot, tmp_path) -> None:
    """When the log cannot be written (a file named `logs` is in the way), the sentence does
    not send anyone to a log that does not exist, and nothing fails because of it."""
    (tmp_path / "logs").write_text("in the way\n")
    message, text = _fail_with_the_app_log_on(qtbot, tmp_path)
    assert "went wrong" in message and "log" not in message
    assert text is None and (tmp_path / "logs").read_text() == "in the way\n"
