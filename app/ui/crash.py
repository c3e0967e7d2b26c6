"""When the desktop app meets an error nobody expected: keep the open interview, write a report
a supervisor can send to the developers, and tell the worker where it is.

`install(window)` (called by `app.ui.app.run` for the real window) takes over the hooks
`app.survey.applog` set (sys.excepthook, which PySide also calls for an exception in a slot, and
threading.excepthook) and installs a Qt message handler. On an uncaught exception it:

1. writes the open interview's unsaved answers to the database first (the interview screen's
   own save, on the database thread), waiting at most `SAVE_WAIT_S` for it, so nothing typed
   is lost; a crash on another thread asks the UI thread to save and waits as long;
2. writes `logs/crash-<UTC time>.txt` in the data folder (else in the app's own data location):
   the versions, the thread, the exception's type and the stack as file, line and function with
   the line of code. Never the exception's message, local variables or answers: those may hold
   names, national IDs or incomes;
3. shows a box saying whether the answers were kept (when the save failed, or did not finish
   in time, it says they may not have been and to check them) and where the report is, and
   puts the same stack (type, file, line, function; no message) in the log.

Qt's own warnings go to the log (through the ID-masking filter); a fatal Qt message writes the
report before Qt ends the program.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from app.survey import applog
from app.ui import i18n
from app.ui.qt import (
    QCoreApplication,
    QMessageBox,
    QObject,
    QStandardPaths,
    Qt,
    QtMsgType,
    Signal,
    is_alive,
    qInstallMessageHandler,
)

log = logging.getLogger(__name__)
qt_log = logging.getLogger("qt")

SAVE_WAIT_S = 10.0  # how long the crash handler waits for the interview's last save


def report_folder(data_dir: str | Path | None) -> Path:
    """Where crash reports go: the data folder's logs/, else the app's own data location."""
    if data_dir is not None and Path(data_dir).is_dir():
        return Path(data_dir) / applog.LOG_FOLDER
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".tinjau") / applog.LOG_FOLDER


def describe_stack(tb: TracebackType | None) -> str:
    """The stack as `file:line in function` with each line of code; no values, no message."""
    lines = []
    for frame in traceback.extract_tb(tb):
        lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
        if frame.line:
            lines.append(f"    {frame.line.strip()}")
    return "\n".join(lines)


def crash_report(kind: type[BaseException], tb: TracebackType | None, thread: str) -> str:
    """The text of a crash report (see the module docstring for what it leaves out)."""
    from app.ui.qt import QLibraryInfo

    try:
        from app.versions import describe

        versions = describe()
    except Exception as error:  # noqa: BLE001 - a report without versions is still a report
        versions = f"(the versions could not be read: {type(error).__name__})"
    return "\n".join(
        [
            "Tinjau crash report",
            f"Time (UTC): {datetime.now(UTC).isoformat(timespec='seconds')}",
            versions,
            f"Qt {QLibraryInfo.version().toString()}",
            f"Thread: {thread}",
            "",
            f"Error: {kind.__module__}.{kind.__qualname__}",
            "(Its message and the values in use are left out on purpose: they may hold the "
            "household's personal data.)",
            "Where it happened, innermost last:",
            describe_stack(tb),
            "",
        ]
    )


def write_report(text: str, folder: Path) -> Path:
    """Write `text` to a new owner-only `crash-<time>.txt` in `folder` (made 0700)."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    path = folder / f"crash-{stamp}.txt"
    n = 1
    while path.exists():
        n += 1
        path = folder / f"crash-{stamp}-{n}.txt"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)
    return path


class _Poster(QObject):
    """Carries the dialog from any thread to the UI thread."""

    post = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.post.connect(lambda fn: fn(), Qt.ConnectionType.QueuedConnection)


class CrashHandler:
    """The hooks for one window; see the module docstring."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self._busy = False
        self._poster = _Poster()
        self.reports: list[Path] = []  # the reports written, newest last

    def data_dir(self) -> Path | None:
        workspace = getattr(self.window, "workspace", None) if is_alive(self.window) else None
        return workspace.data_dir if workspace is not None else None

    def save_interview(self, timeout: float | None = None) -> bool | None:
        """Write the open interview's unsaved answers and wait at most `timeout` seconds (by
        default SAVE_WAIT_S) for the write (UI thread only). True when there was nothing to
        save or it was saved, False when the save failed, None when it had not finished in
        time."""
        from app.ui import ops

        timeout = SAVE_WAIT_S if timeout is None else timeout

        view = getattr(self.window, "interview_view", None)
        store = getattr(view, "store", None) if view is not None and is_alive(view) else None
        if store is None or not is_alive(store) or not store.pending:
            return True
        try:
            # Queued even behind a write already on its way (ops run in order on one thread, so
            # this newest state lands last), so one wait covers everything typed.
            store.schedule()
            store.flush(last=True)
            # Ops run in order: once this empty op has run, the save before it has finished.
            ops.task_manager().run_sync(lambda _ctx: None, timeout=max(timeout, 0.0))
            QCoreApplication.processEvents()  # deliver the acknowledgement (or the failure)
            saved = not store.pending
        except TimeoutError:
            log.error("The interview's save did not finish within %.0f s of a crash", timeout)
            return None
        except Exception as error:  # noqa: BLE001 - the report must still be written
            log.error("The interview could not be saved after a crash (%s)", type(error).__name__)
            return False
        if not saved:
            log.error("The interview's save after a crash failed")
        return saved

    def save_from_any_thread(self, on_ui: bool) -> bool | None:
        """`save_interview` on the UI thread; from another thread, ask the UI thread to do it
        and wait for its answer, all within SAVE_WAIT_S (None when it did not come in time)."""
        if on_ui:
            return self.save_interview()
        wait = SAVE_WAIT_S
        deadline = time.monotonic() + wait
        answered = threading.Event()
        outcome: list[bool | None] = []

        def save_on_ui() -> None:
            try:
                outcome.append(self.save_interview(deadline - time.monotonic()))
            finally:
                answered.set()

        self._poster.post.emit(save_on_ui)
        if not answered.wait(wait):
            log.error("The UI thread did not save the interview within %.0f s", wait)
            return None
        return outcome[0] if outcome else False

    def handle(
        self, kind: type[BaseException], tb: TracebackType | None, thread: str, on_ui: bool
    ) -> Path | None:
        """Save, report, tell; returns the report written (None when one was being handled)."""
        if self._busy:
            return None
        self._busy = True
        try:
            saved = self.save_from_any_thread(on_ui)
            try:
                path = write_report(crash_report(kind, tb, thread), report_folder(self.data_dir()))
            except OSError as error:
                log.error("The crash report could not be written (%s)", error.strerror)
                path = None
            if path is not None:
                self.reports.append(path)
            self._poster.post.emit(lambda: self.tell(path, saved))
            return path
        finally:
            self._busy = False

    def tell(self, path: Path | None, saved: bool | None = True) -> QMessageBox | None:
        """The box saying what happened (UI thread); `saved` as `save_interview` returns it."""
        if not is_alive(self.window):
            return None
        if saved:
            text = QCoreApplication.translate(
                "CrashHandler",
                "Something went wrong inside Tinjau. The answers of the open interview were saved.",
            )
        else:  # the save failed, or had not finished in time: the worker must look
            text = QCoreApplication.translate(
                "CrashHandler",
                "Something went wrong inside Tinjau. The answers of the open interview may not "
                "have been saved; reopen the interview and check its last answers.",
            )
        if path is not None:
            text += " " + QCoreApplication.translate(
                "CrashHandler",
                "A report without personal data was written to %1; give it to your supervisor.",
            ).replace("%1", i18n.isolate_ltr(str(path)))
        text += " " + QCoreApplication.translate(
            "CrashHandler", "If the window misbehaves now, close Tinjau and start it again."
        )
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("CrashHandler", "Tinjau"))
        box.setText(text)
        box.setObjectName("crashBox")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def qt_message(self, kind: QtMsgType, context: Any, message: str) -> None:
        level = {
            QtMsgType.QtDebugMsg: logging.DEBUG,
            QtMsgType.QtInfoMsg: logging.INFO,
            QtMsgType.QtWarningMsg: logging.WARNING,
            QtMsgType.QtCriticalMsg: logging.ERROR,
            QtMsgType.QtFatalMsg: logging.CRITICAL,
        }.get(kind, logging.WARNING)
        qt_log.log(level, "%s", message)
        if kind == QtMsgType.QtFatalMsg:
            # Qt ends the program after this: keep the answers and leave a report first.
            self.handle(RuntimeError, None, "Qt (a fatal message)", on_ui=_on_ui_thread())


def install(window: Any) -> Callable[[], None]:
    """Take over the hooks installed now (the app's log hooks, app.survey.applog), for as long
    as the window runs; returns the undo. The log gets the error's type and stack without its
    message (which may quote names or answers), as the report does; stderr gets one sentence."""
    handler = CrashHandler(window)
    old_hook, old_thread_hook = sys.excepthook, threading.excepthook

    def on_uncaught(
        kind: type[BaseException], value: BaseException | None, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            old_hook(kind, value if value is not None else kind(), tb)
            return
        thread = threading.current_thread().name
        report = handler.handle(kind, tb, thread, on_ui=_on_ui_thread())
        _log_and_say(kind, tb, thread, report)

    def on_thread(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else "?"
        report = handler.handle(args.exc_type, args.exc_traceback, name, on_ui=False)
        _log_and_say(args.exc_type, args.exc_traceback, name, report)

    sys.excepthook, threading.excepthook = on_uncaught, on_thread
    old_qt = qInstallMessageHandler(handler.qt_message)
    install.handler = handler  # type: ignore[attr-defined]  # for tests

    def undo() -> None:
        sys.excepthook, threading.excepthook = old_hook, old_thread_hook
        qInstallMessageHandler(old_qt)

    return undo


def _log_and_say(
    kind: type[BaseException], tb: TracebackType | None, thread: str, report: Path | None
) -> None:
    log.error("Unexpected %s in thread %s\n%s", kind.__qualname__, thread, describe_stack(tb))
    where = f"; the report is {report}" if report is not None else ""
    sys.stderr.write(f"tinjau: an unexpected error ({kind.__qualname__}){where}\n")


def _on_ui_thread() -> bool:
    return threading.current_thread() is threading.main_thread()
