"""Saving an open interview as it is filled: every change reaches the database within moments.

The screen calls `schedule()` after each change. The newest state (whole answer tree and the
worker's position) is written at most every `SAVE_INTERVAL_MS`, and at once by `flush()` (page
change, focus leaving a question, closing). One write is on the database thread at a time;
changes made meanwhile are written right after it, so a killed process loses at most what was
typed in the last interval. `saved(sequence, answers)` says a write was acknowledged, with
exactly what it wrote; `failed(sentence)` says one did not, and the draft stays in memory
and is tried again every `RETRY_MS` until it is written. A store that is closed (another
household opened, the window closing) still writes its last state and keeps retrying a failed
write; it deletes itself only once everything it was given is acknowledged.
"""

from __future__ import annotations

import logging
from typing import Any

from app.survey.records import interviews
from app.survey.records.interviews import Draft, OpenedInterview
from app.ui import ops
from app.ui.qt import QObject, QTimer, QWidget, Signal, is_alive

log = logging.getLogger(__name__)

SAVE_INTERVAL_MS = 150
RETRY_MS = 3000


class InterviewStore(QObject):
    """Writes one interview's drafts through ops; see the module docstring."""

    saved = Signal(int, object)  # sequence number, the answers written
    failed = Signal(str)

    def __init__(
        self, parent: QWidget, opened: OpenedInterview, snapshot: Any, enumerator: str | None
    ) -> None:
        super().__init__(parent)
        self._owner = parent
        self._opened = opened
        self._snapshot = snapshot  # () -> (answers, position), read on the UI thread
        self._enumerator = enumerator or None
        # The data folder the interview was opened from: its saves go there even after the
        # worker chooses another folder in Settings.
        self._workspace = ops.task_manager().workspace
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_INTERVAL_MS)
        self._timer.timeout.connect(self.flush)
        self._dirty = False
        self._in_flight = False
        self._stopped = False
        self._closing = False
        self._sequence = 0
        self.acknowledged = 0
        self.exists = opened.exists

    @property
    def interview_id(self) -> str:
        return self._opened.interview_id

    @property
    def household_id(self) -> str:
        return self._opened.household_id

    @property
    def form(self) -> Any:
        """The CompiledForm the answers were given on."""
        return self._opened.form

    @property
    def pending(self) -> bool:
        """True while a change is not yet acknowledged by the database."""
        return self._dirty or self._in_flight

    def schedule(self) -> None:
        """Something changed: write it within SAVE_INTERVAL_MS (not later while typing goes on)."""
        if self._stopped:
            return
        self._dirty = True
        if not self._timer.isActive() and not self._in_flight:
            self._timer.start()

    def save_now(self) -> None:
        """Write the newest state (the position too) now, or right after the running write."""
        self.schedule()
        self.flush()

    def flush(self, *, last: bool = False) -> None:
        """Write the newest state now (or right after the write that is running). `last`: the
        store is going away, so queue the write even behind a running one (ops run in order on
        one thread, so the newer state still lands last)."""
        self._timer.stop()
        if self._stopped or not self._dirty or (self._in_flight and not last):
            return
        answers, position = self._snapshot()
        self._dirty = False
        self._in_flight = True
        self._sequence += 1
        opened = self._opened
        form = opened.form.definition
        draft = Draft(
            interview_id=opened.interview_id,
            household_id=opened.household_id,
            form_id=form.form_id,
            form_version=form.version,
            answers=answers,
            position=position,
            enumerator_id=self._enumerator,
            sequence=self._sequence,
        )

        # The first save makes the interview row and marks the household "in progress": the
        # list must hear of that one. Later saves change nothing it shows, and saying
        # "interview" keeps it from querying 100,000 rows again on every keystroke.
        def write(ctx: ops.OpContext) -> int:
            with ctx.db.write() as conn:
                return interviews.save_draft(conn, draft=draft)

        op = ops.CollectionOp(self._owner, write)
        if self.exists:
            op.affecting("interview")
        op.in_workspace(self._workspace).success(
            lambda sequence: self._done(sequence, answers)
        ).failure(self._failed).run_in_background()

    def close(self) -> None:
        """The screen is done with this interview: write what is unwritten, even behind a
        running write, and delete the store once every write is acknowledged."""
        self._closing = True
        # From now on the screen shows another interview (or none): a retry must write this
        # interview's last state, never read the screen again.
        final = self._snapshot()
        self._snapshot = lambda: final
        self.flush(last=True)
        self._delete_when_settled()

    def hand_over(self) -> tuple[Any, Any] | None:
        """The same household is opened again while this closed store still has unwritten
        answers: give them (answers, position) to the new screen and stop retrying, so two
        stores never take turns overwriting one interview. None when all is written.
        A write still on its way counts as unwritten: it may yet fail, and the database copy
        the new screen would read instead lacks its answers (if it succeeds, the new screen
        simply writes the same answers again)."""
        if not self._closing or not self.pending:
            return None
        self._stopped = True
        self._timer.stop()
        self._dirty = False
        self._delete_when_settled()
        return self._snapshot()

    def _delete_when_settled(self) -> None:
        if self._closing and not self.pending:
            self.deleteLater()

    def stop(self) -> None:
        """No more saves (the interview was completed)."""
        self._stopped = True
        self._timer.stop()
        self._dirty = False

    def resume(self) -> None:
        """Saves again (completing failed, so the interview is still a draft)."""
        self._stopped = False
        self.schedule()

    def _done(self, sequence: int, answers: dict[str, Any]) -> None:
        if not is_alive(self):
            return
        self.exists = True
        if sequence < self._sequence:
            return  # a newer write (queued by close) is still on its way
        self._in_flight = False
        self.acknowledged = sequence
        log.debug("Interview %s: save %d written", self.interview_id, sequence)
        self.saved.emit(sequence, answers)
        if self._dirty:
            self.flush()
        self._delete_when_settled()

    def _failed(self, error: BaseException) -> None:
        if not is_alive(self):
            return
        self._in_flight = False
        if self._stopped and self._closing:
            self._delete_when_settled()  # handed over: the new store writes these answers
            return
        self._dirty = True  # still unsaved: tried again shortly, and on the next change
        QTimer.singleShot(RETRY_MS, self, self.flush)
        message = ops.error_message(error)
        self.failed.emit(message)
