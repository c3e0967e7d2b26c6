"""Network work for the desktop app (sign in, sync), on threads of its own.

The database thread of `app.ui.ops` must stay free for the window's reads and saves while a
sync waits on a slow connection for minutes, so network work runs here instead (as Anki keeps
network tasks off its collection thread). A task's work opens what it needs itself (`app.sync`
opens its own connection to the device database: SQLite's WAL lets it write between the
window's own writes).

    task = NetworkTask(None, lambda ctx: sign_in(...))
    task.succeeded.connect(...); task.failed.connect(...); task.start()

The contract:
- `work(ctx)` runs on a new thread; it must not touch widgets. `ctx.report(value)` sends a
  value to `progressed` on the UI thread; `ctx.stopping()` is True once `stop()` was asked.
- `succeeded(result)` / `failed(error)` are emitted on the UI thread, after the work returned.
- `wait()` blocks until the work has returned (shutdown and tests only).
- Make a task without a parent (`NetworkTask(None, work)`): the module keeps it alive until it
  has delivered its result, so a dialog closed (and deleted) meanwhile costs nothing; Qt drops
  the connections to a deleted receiver.
- Tests wait with `qtbot.waitUntil(network.is_idle)`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from app.ui.qt import QObject, Qt, Signal

log = logging.getLogger(__name__)

_running: set[NetworkTask] = set()


class TaskContext:
    """What a task's work receives on its thread."""

    def __init__(self, task: NetworkTask) -> None:
        self._task = task

    def report(self, value: Any) -> None:
        """Send `value` to the task's `progressed` signal (thread-safe)."""
        self._task._deliver.emit(("progress", value))

    def stopping(self) -> bool:
        """True once the window asked the work to stop (at its next safe point)."""
        return self._task._stop.is_set()


class NetworkTask(QObject):
    """One piece of network work on its own thread; see the module docstring."""

    progressed = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    # Carries (kind, value) from the work's thread to the UI thread.
    _deliver = Signal(object)

    def __init__(self, parent: QObject | None, work: Callable[[TaskContext], Any]) -> None:
        super().__init__(parent)
        self._work = work
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._done = threading.Event()
        self._deliver.connect(self._delivered, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        _running.add(self)
        self._thread = threading.Thread(target=self._run, name="tinjau-net", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            message: tuple[str, Any] = ("succeeded", self._work(TaskContext(self)))
        except BaseException as error:  # noqa: BLE001 - every failure must reach the window
            message = ("failed", error)
        self._done.set()
        self._deliver.emit(message)

    def _delivered(self, message: tuple[str, Any]) -> None:
        kind, value = message
        if kind == "progress":
            self.progressed.emit(value)
            return
        _running.discard(self)
        if kind == "failed":
            self.failed.emit(value)
        else:
            self.succeeded.emit(value)

    def stop(self) -> None:
        """Ask the work to stop at its next safe point (between two batches of a sync)."""
        self._stop.set()

    def is_running(self) -> bool:
        return self in _running

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the work returned (its result is still delivered through the event
        loop); True when it did within `timeout` seconds."""
        return self._done.wait(timeout)


def is_idle() -> bool:
    """True when no network task is running or waiting to deliver its result."""
    return not _running
