"""Background work for the desktop app: the one helper every database or file task goes through.

    CollectionOp(parent, lambda ctx: save_answer(ctx.db, ...)).success(on_saved).run_in_background()
    QueryOp(parent=self, op=lambda ctx: count(ctx.db), success=self.show_count).run_in_background()

The contract (the same shape as Anki's `CollectionOp` / `QueryOp`):

- `op(ctx)` runs on ONE worker thread shared by the whole app (SQLite connections belong to the
  thread that opened them, and one writer at a time is what SQLite wants anyway). Ops run one after
  another in the order they were started, so a save started before a read is seen by that read.
- Do not touch widgets, models or any QObject in `op`: Qt objects live on the UI thread. Read what
  you need from widgets before starting the op and pass plain values in the closure.
- `success(result)` and `failure(error)` run on the UI thread. They are skipped if `parent` has
  been deleted in the meantime.
- Work still running after a second shows a progress dialog (label from `with_progress`); shorter
  work shows nothing.
- A failure is shown as a sentence: a `TinjauError`'s own message, or for any other exception a
  generic sentence naming the log file, while the exception type and stack (never its message,
  which may hold personal data such as SQL parameters) go to the log.
- `CollectionOp` is for writes: after it succeeds, `task_manager().changed(parent, kinds)` is
  emitted so views refresh; `kinds` says what changed (default {"households"}; an interview's
  answer save says {"interview"} so the census list does not re-query on every keystroke).
  `QueryOp` is for reads and emits nothing.
- Tests wait with `qtbot.waitUntil(ops.is_idle)` (see tests/ui/helpers.py).
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from app.survey import applog
from app.survey.errors import DomainError, TinjauError
from app.ui.i18n import isolate_ltr
from app.ui.qt import (
    QCoreApplication,
    QMessageBox,
    QObject,
    QProgressDialog,
    Qt,
    QTimer,
    QWidget,
    Signal,
    is_alive,
)

if TYPE_CHECKING:
    from app.ui.workspace import Workspace

log = logging.getLogger(__name__)

T = TypeVar("T")

# Work shorter than this shows no progress at all (a flashing dialog is worse than none).
PROGRESS_DELAY_MS = 1000
DB_THREAD_NAME = "tinjau-db"


class OpContext:
    """What an op receives on the worker thread: the open workspace and a progress reporter."""

    def __init__(self, workspace: Workspace | None, report: Callable[[int, int], None]) -> None:
        self.workspace = workspace
        self._report = report

    @property
    def db(self) -> Any:
        """The workspace database, opened on (and owned by) the worker thread."""
        if self.workspace is None:
            raise TinjauError(
                QCoreApplication.translate(
                    "ops", "No data folder is open. Choose one in Settings and try again."
                )
            )
        return self.workspace.database()

    def progress(self, done: int, total: int) -> None:
        """Report how far the op is (thread-safe); shown if the progress dialog is up."""
        self._report(done, total)


class TaskManager(QObject):
    """Owns the database thread and hands results back to the UI thread through a signal."""

    # Emitted on the UI thread after any CollectionOp succeeds: (the op's parent, frozenset of
    # what changed, e.g. {"households"}).
    changed = Signal(object, object)
    # Carries a zero-argument callable from the worker thread to the UI thread.
    _deliver = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=DB_THREAD_NAME)
        self._pending = 0
        self.workspace: Workspace | None = None
        # A queued connection: the slot always runs on the thread this object lives on (the UI).
        self._deliver.connect(self._run_delivered, Qt.ConnectionType.QueuedConnection)

    def _run_delivered(self, fn: Callable[[], None]) -> None:
        fn()

    def pending(self) -> int:
        """How many ops have been started and not yet delivered their result."""
        return self._pending

    def submit(
        self,
        work: Callable[[OpContext], Any],
        done: Callable[[Any, BaseException | None], None],
        report: Callable[[int, int], None],
        workspace: Workspace | None = None,
    ) -> None:
        """Run `work` on the database thread, then `done(result, error)` on the UI thread;
        `ctx.workspace` is `workspace`, by default the one open now."""
        self._pending += 1
        workspace = workspace or self.workspace

        def post_progress(value: int, total: int) -> None:
            self._deliver.emit(lambda: report(value, total))

        def job() -> None:
            result: Any = None
            error: BaseException | None = None
            try:
                result = work(OpContext(workspace, post_progress))
            except BaseException as exc:  # noqa: BLE001 - every failure must reach the UI
                error = explained(exc, workspace.db_path if workspace else None)
            self._deliver.emit(lambda: self._finish(done, result, error))

        self._executor.submit(job)

    def _finish(
        self, done: Callable[[Any, BaseException | None], None], result: Any, error: Any
    ) -> None:
        self._pending -= 1
        done(result, error)

    def run_sync(self, work: Callable[[OpContext], T], timeout: float | None = None) -> T:
        """Run `work` on the database thread and wait for it (shutdown, the crash handler and
        tests only: the window would freeze meanwhile). With `timeout` (seconds), raises
        TimeoutError when the work has not finished by then (it still runs later)."""
        workspace = self.workspace
        future = self._executor.submit(lambda: work(OpContext(workspace, lambda _d, _t: None)))
        return future.result(timeout=timeout)

    def shutdown(self) -> None:
        """Finish every queued op (saves included), then stop the thread and close the database."""
        if self.workspace is not None:
            self.run_sync(lambda ctx: ctx.workspace.close() if ctx.workspace else None)
        self._executor.shutdown(wait=True)


def explained(error: BaseException, db_path: Path | None) -> BaseException:
    """An SQLite error that means the file at `db_path` is damaged or read-only, as its
    sentence: the list reads through plain sqlite3 connections, which SQLAlchemy's own
    translation (app.survey.db.engine) never sees."""
    if db_path is None:
        return error
    from app.survey.db.health import explain

    return explain(error, db_path) or error


_manager: TaskManager | None = None


def task_manager() -> TaskManager:
    """The app's single task manager (made on first use; call from the UI thread)."""
    global _manager
    if _manager is None:
        _manager = TaskManager()
    return _manager


def set_workspace(workspace: Workspace | None) -> None:
    """Make `workspace` the one ops see as `ctx.workspace`; the old one is closed on its thread
    after the ops already queued (the window does not wait for them)."""
    manager = task_manager()
    old = manager.workspace
    if old is not None and old is not workspace:
        manager.submit(lambda _ctx: old.close(), _ignore_result, _ignore_progress)
    manager.workspace = workspace
    # The app's log lives in the open data folder (only once the app has started its log).
    applog.use_data_folder(workspace.data_dir if workspace is not None else None)
    if workspace is not None:
        log.info("Data folder %s opened", workspace.data_dir)


def _ignore_result(_result: object, _error: BaseException | None) -> None:
    """Closing a folder left behind has no one to tell (a close that fails loses nothing)."""


def _ignore_progress(_done: int, _total: int) -> None:
    """No progress to show."""


def shutdown() -> None:
    """Stop the database thread after finishing queued work; safe to call when never started."""
    global _manager
    if _manager is not None:
        _manager.shutdown()
        _manager = None


def is_idle() -> bool:
    """True when no op is running or waiting to deliver its result."""
    return _manager is None or _manager.pending() == 0


def on_db_thread() -> bool:
    """True when called from the database thread (used to guard workspace access)."""
    return threading.current_thread().name.startswith(DB_THREAD_NAME)


def error_message(error: BaseException) -> str:
    """The sentence to show for `error`; logs what a developer needs, never personal data."""
    if isinstance(error, DomainError):
        from app.ui.messages import domain_text

        log.info("Task refused: %s", error.message_id)
        return domain_text(error)
    if isinstance(error, TinjauError):
        # The sentence is for the person at the screen; it may name a household or a member
        # (a unit on the door, a name typed), so the log gets only that there was one.
        log.info("Task stopped with a %s for the user", type(error).__name__)
        return str(error)
    # Only where it happened (file, line, function): the exception's message is left out on
    # purpose, since database errors quote the row's values (names, IDs).
    stack = "\n".join(
        f"  {frame.filename}:{frame.lineno} in {frame.name}"
        for frame in traceback.extract_tb(error.__traceback__)
    )
    log.error("Background task failed with %s\n%s", type(error).__name__, stack)
    where = applog.current_log()
    if where is None:  # no log, or it cannot be written (a read-only folder): do not point to it
        return QCoreApplication.translate(
            "ops",
            "Something went wrong and the work was not finished. Please try again; if it keeps "
            "happening, tell your supervisor.",
        )
    return QCoreApplication.translate(
        "ops",
        "Something went wrong and the work was not finished. Please try again; if it keeps "
        "happening, tell your supervisor (the details are in {log}).",
    ).format(log=isolate_ltr(str(where)))


def show_error(parent: QWidget | None, message: str) -> QMessageBox:
    """Show `message` in a window-modal box that does not block the caller (tests can find it).

    A message already shown in an open box is not shown twice (the list and the area tree fail
    together when the data folder cannot be opened)."""
    if parent is not None:
        for open_box in parent.window().findChildren(QMessageBox, "errorBox"):
            if open_box.isVisible() and open_box.text() == message:
                return open_box
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ops", "Tinjau"))
    box.setText(message)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName("errorBox")
    box.open()
    return box


class _Op(Generic[T]):
    """What CollectionOp and QueryOp share: callbacks, progress, and running on the worker."""

    _announces_change = False

    def __init__(
        self,
        parent: QWidget | None,
        op: Callable[[OpContext], T],
        success: Callable[[T], None] | None = None,
    ) -> None:
        self._parent = parent
        self._op = op
        self._success = success
        self._failure: Callable[[BaseException], None] | None = None
        self._label: str | None = None
        self._dialog: QProgressDialog | None = None
        self._finished = False
        self._kinds: frozenset[str] = frozenset({"households"})
        self._workspace: Workspace | None = None

    def success(self, callback: Callable[[T], None]) -> _Op[T]:
        """Call `callback(result)` on the UI thread when the op returns."""
        self._success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> _Op[T]:
        """Call `callback(error)` on the UI thread instead of showing the error box."""
        self._failure = callback
        return self

    def in_workspace(self, workspace: Workspace | None) -> _Op[T]:
        """Run on `workspace` even if another data folder is opened meanwhile (a save of the
        interview that was open in it); by default the op runs on the folder open now."""
        self._workspace = workspace
        return self

    def with_progress(self, label: str) -> _Op[T]:
        """Show a progress dialog with `label` if the op takes longer than a second."""
        self._label = label
        return self

    def run_in_background(self) -> None:
        """Queue the op on the database thread; returns at once."""
        task_manager().submit(self._op, self._done, self._report, self._workspace)
        if self._label is not None:
            QTimer.singleShot(PROGRESS_DELAY_MS, self._show_progress)

    def _parent_alive(self) -> bool:
        return self._parent is None or is_alive(self._parent)

    def _show_progress(self) -> None:
        if self._finished or not self._parent_alive():
            return
        dialog = QProgressDialog(self._label or "", "", 0, 0, self._parent)
        dialog.setCancelButton(None)  # type: ignore[arg-type]  # an op cannot be stopped midway
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setObjectName("progressDialog")
        dialog.show()
        self._dialog = dialog

    def _report(self, done: int, total: int) -> None:
        if self._dialog is not None and is_alive(self._dialog):
            self._dialog.setMaximum(total)
            self._dialog.setValue(done)

    def _done(self, result: Any, error: BaseException | None) -> None:
        self._finished = True
        if self._dialog is not None and is_alive(self._dialog):
            self._dialog.close()
            self._dialog.deleteLater()
        self._dialog = None
        if not self._parent_alive():
            log.debug("Op finished after its window closed; result dropped")
            return
        try:
            if error is not None:
                if self._failure is not None:
                    self._failure(error)
                else:
                    show_error(self._parent, error_message(error))
                return
            if self._announces_change:
                task_manager().changed.emit(self._parent, self._kinds)
            if self._success is not None:
                self._success(result)
        except Exception as callback_error:  # noqa: BLE001 - a broken callback is still a sentence
            show_error(self._parent, error_message(callback_error))


class CollectionOp(_Op[T]):
    """A change to the workspace (a write); views refresh through `task_manager().changed`."""

    _announces_change = True

    def affecting(self, *kinds: str) -> CollectionOp[T]:
        """Say what the op changes ("households", "interview", ...), for views to decide."""
        self._kinds = frozenset(kinds)
        return self


class QueryOp(_Op[T]):
    """A read from the workspace; its result goes to `success` and nothing else is told."""
