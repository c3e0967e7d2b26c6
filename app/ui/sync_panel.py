"""The sync panel (a dock, Ctrl+Shift+S): who is signed in, how many changes wait to be sent,
"Sync now" with a progress bar and Cancel, the last successful sync, and a readable log of
each sync with what went wrong and what to do.

A sync runs on a network thread (`app.ui.network`), never on the UI or database thread: the
window stays usable, an open interview keeps saving. Cancel (and closing the window) stops
between two batches: a batch already sent is acknowledged or sent again next time, never lost
or doubled. The log is kept in the workspace (`sync_log`, `app.sync.history`).
"""

from __future__ import annotations

from typing import Any

from app.ui import ops
from app.ui.household_model import changed_label
from app.ui.i18n import isolate, isolate_ltr
from app.ui.network import NetworkTask, TaskContext
from app.ui.qt import (
    QDockWidget,
    QEvent,
    QHBoxLayout,
    QLabel,
    QLocale,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from app.ui.sync_text import data_size, progress_text, sync_error_text
from app.ui.workspace import Workspace

LOG_ENTRIES = 30  # syncs shown in the panel's log (all are kept in the workspace)


def _number(value: int) -> str:
    return QLocale().toString(int(value))


class SyncPanel(QDockWidget):
    """See the module docstring. `synced` is emitted after each sync with its report (None
    when it failed before it could report)."""

    synced = Signal(object)
    # Asks the window to open the sign-in dialog.
    sign_in_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncPanel")
        self.workspace: Workspace | None = None
        self.task: NetworkTask | None = None
        self.credentials: Any = None
        self.pending: int | None = None
        self.last_success: str | None = None
        self.entries: list[Any] = []
        self._status: tuple[str, Any] = ("idle", None)
        # How a sync sends: the command line's defaults (tests make batches small, retries few).
        self.batch_size: int | None = None
        self.retries = 5

        body = QWidget()
        self.account = QLabel(objectName="syncAccount")
        self.account.setWordWrap(True)
        self.sign_in_button = QPushButton(objectName="syncSignIn")
        self.sign_in_button.clicked.connect(self.sign_in_requested)
        self.pending_label = QLabel(objectName="syncPending")
        self.last_label = QLabel(objectName="syncLastSuccess")
        self.progress = QProgressBar(objectName="syncProgress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(True)
        self.phase_label = QLabel(objectName="syncPhase")
        self.phase_label.setWordWrap(True)
        self.sync_button = QPushButton(objectName="syncNow")
        self.sync_button.setDefault(True)
        self.sync_button.clicked.connect(self.sync_now)
        self.cancel_button = QPushButton(objectName="syncCancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.log_title = QLabel(objectName="syncLogTitle")
        self.log = QPlainTextEdit(objectName="syncLog")
        self.log.setReadOnly(True)
        self.log.setTabChangesFocus(True)  # Tab leaves the log (it is read, not typed in)
        self.log_title.setBuddy(self.log)

        account_row = QHBoxLayout()
        account_row.addWidget(self.account, 1)
        account_row.addWidget(self.sign_in_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(body)
        layout.addLayout(account_row)
        layout.addWidget(self.pending_label)
        layout.addWidget(self.last_label)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.log_title)
        layout.addWidget(self.log, 1)
        self.setWidget(body)
        self.setTabOrder(self.sign_in_button, self.sync_button)
        self.setTabOrder(self.sync_button, self.cancel_button)
        self.setTabOrder(self.cancel_button, self.log)
        self.retranslate()

    # -- texts -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sync"))
        self.sync_button.setText(self.tr("Sync &now"))
        self.cancel_button.setText(self.tr("&Cancel"))
        self.log_title.setText(self.tr("Sync lo&g"))
        self._show_account()
        self._show_counts()
        self._show_status()
        self._show_log()

    def _show_account(self) -> None:
        credentials = self.credentials
        if credentials is None:
            self.account.setText(self.tr("Not signed in to a server."))
            self.sign_in_button.setText(self.tr("Sign &in…"))
        else:
            self.account.setText(
                self.tr("Signed in to %1 as %2.")
                .replace("%1", isolate_ltr(credentials.server))
                .replace("%2", isolate(credentials.username))
            )
            self.sign_in_button.setText(self.tr("Account…"))

    def _show_counts(self) -> None:
        if self.pending is None:
            self.pending_label.setText("")
        else:
            self.pending_label.setText(
                self.tr("Changes waiting to be sent: %1").replace("%1", _number(self.pending))
            )
        if self.last_success:
            self.last_label.setText(
                self.tr("Last successful sync: %1").replace("%1", changed_label(self.last_success))
            )
        else:
            self.last_label.setText(self.tr("Last successful sync: never"))

    def _show_status(self) -> None:
        kind, value = self._status
        if kind == "progress":
            text = progress_text(value.phase, value.done, value.total)
            self.phase_label.setText(text)
        elif kind == "retry":
            attempt, code, sentence, pause = value
            server = self.credentials.server if self.credentials is not None else ""
            self.phase_label.setText(
                sync_error_text(code, sentence, server)
                + " "
                + self.tr("Trying again in %1 s (try %2).")
                .replace("%1", _number(round(pause)))
                .replace("%2", _number(attempt))
            )
        elif kind == "stopping":
            self.phase_label.setText(
                self.tr("Stopping after the batch being sent… nothing is lost.")
            )
        elif kind == "done":
            self.phase_label.setText(self._summary(value))
        else:
            self.phase_label.setText("")

    def _summary(self, row: Any) -> str:
        """One sync as a sentence (or two): counts, and what went wrong with what to do."""
        detail = row.detail or {}
        if row.sent == 0 and row.error:
            text = self.tr("Nothing was sent. Still waiting: %1.").replace(
                "%1", _number(row.pending)
            )
        elif row.sent == 0 and row.pending == 0:
            text = self.tr("Nothing was waiting to be sent.")
        else:
            text = self.tr(
                "Changes sent: %1 (%2 accepted, %3 already on the server, %4 in conflict). "
                "Still waiting: %5."
            )
            for key, value in (
                ("%1", row.sent),
                ("%2", detail.get("accepted", 0)),
                ("%3", detail.get("unchanged", 0)),
                ("%4", row.conflicts),
                ("%5", row.pending),
            ):
                text = text.replace(key, _number(value))
        if detail.get("files_sent"):
            text += " " + self.tr("Files uploaded: %1 (%2).").replace(
                "%1", _number(detail["files_sent"])
            ).replace("%2", data_size(detail.get("file_bytes", 0)))
        received, kept = int(detail.get("received", 0)), int(detail.get("kept_local", 0))
        if received or kept:
            text += " " + (
                self.tr("Received: %1 (%2 stored here, %3 kept as changed here).")
                .replace("%1", _number(received))
                .replace("%2", _number(detail.get("updated", 0)))
                .replace("%3", _number(kept))
            )
        if row.outcome == "stopped":
            text += " " + self.tr("Cancelled; sync again to send the rest.")
        if row.error:
            text += " " + sync_error_text(row.error_code, row.error, row.server)
        units = [place.get("unit") or "?" for place in detail.get("conflict_units", [])]
        if units:
            text += " " + self.tr(
                "Conflicts (the server kept both versions for the ward officer): %1."
            ).replace("%1", ", ".join(isolate_ltr(unit) for unit in units))
        for sentence in detail.get("not_installed", []):
            text += " " + self.tr("Not installed (tell your supervisor): %1").replace(
                "%1", str(sentence)
            )
        return text

    def _show_log(self) -> None:
        # Each entry reads in the interface's direction (Persian from the right).
        option = self.log.document().defaultTextOption()
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        option.setTextDirection(self.layoutDirection())
        option.setAlignment(
            (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
            | Qt.AlignmentFlag.AlignAbsolute
        )
        self.log.document().setDefaultTextOption(option)
        lines = []
        for row in self.entries:
            when = changed_label(row.finished_at)
            outcome = {
                "ok": self.tr("Finished"),
                "stopped": self.tr("Cancelled"),
                "failed": self.tr("Not finished"),
            }.get(row.outcome, row.outcome)
            head = f"{when} · {outcome}" + (f" · {isolate_ltr(row.server)}" if row.server else "")
            lines.append(head + "\n" + self._summary(row))
        self.log.setPlainText("\n\n".join(lines) if lines else self.tr("No syncs yet."))

    # -- state -------------------------------------------------------------------------------

    def set_workspace(self, workspace: Workspace | None) -> None:
        self.workspace = workspace
        self.refresh()

    def refresh(self) -> None:
        """Read who is signed in, the pending count and the log (on the database thread)."""
        workspace = self.workspace
        self.sync_button.setEnabled(workspace is not None and not self.is_syncing())
        if workspace is None:
            self.credentials, self.pending, self.last_success, self.entries = None, None, None, []
            self.retranslate()
            return
        data_dir = workspace.data_dir

        def read(ctx: ops.OpContext) -> tuple[Any, int, str | None, list[Any]]:
            from app.sync import history
            from app.sync.login import signed_in
            from app.sync.push import pending_count

            db = ctx.db
            return (
                signed_in(data_dir),
                pending_count(db),
                history.last_success(db),
                history.recent_syncs(db, LOG_ENTRIES),
            )

        ops.QueryOp(parent=self, op=read, success=self._read).failure(
            lambda _error: None  # a folder that cannot be read says so in the window
        ).run_in_background()

    def _read(self, state: tuple[Any, int, str | None, list[Any]]) -> None:
        self.credentials, self.pending, self.last_success, self.entries = state
        self._show_account()
        self._show_counts()
        self._show_log()

    def is_syncing(self) -> bool:
        return self.task is not None and self.task.is_running()

    def sync_now(self) -> None:
        """Start a sync in the background (nothing happens while one runs)."""
        if self.workspace is None or self.is_syncing():
            return
        if self.credentials is None and self.pending is not None:
            self.sign_in_requested.emit()  # nothing to sync to yet: sign in first
            return
        from app.sync.history import sync_and_log
        from app.sync.push import DEFAULT_BATCH

        data_dir, database = self.workspace.data_dir, self.workspace.db_path
        batch_size, retries = self.batch_size or DEFAULT_BATCH, self.retries

        def work(ctx: TaskContext) -> Any:
            return sync_and_log(
                data_dir,
                database,
                batch_size=batch_size,
                retries=retries,
                on_progress=ctx.report,
                should_stop=ctx.stopping,
                on_retry=lambda attempt, error, pause: ctx.report(
                    ("retry", attempt, error.code, str(error), pause)
                ),
            )

        self.task = NetworkTask(None, work)
        self.task.progressed.connect(self._progressed)
        self.task.succeeded.connect(self._finished)
        self.task.failed.connect(self._failed)
        self.sync_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, 0)  # busy until the first count arrives
        self._status = ("progress", _Start())
        self._show_status()
        self.task.start()

    def cancel(self) -> None:
        """Stop after the batch being sent (a sync never stops half-way through a batch)."""
        if self.is_syncing() and self.task is not None:
            self.task.stop()
            self.cancel_button.setEnabled(False)
            self._status = ("stopping", None)
            self._show_status()

    def _progressed(self, value: Any) -> None:
        if isinstance(value, tuple) and value and value[0] == "retry":
            self._status = ("retry", value[1:])
        else:
            total = max(int(value.total), int(value.done))
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(int(value.done) if total else 0)
            if self._status[0] != "stopping":
                self._status = ("progress", value)
        self._show_status()

    def _finished(self, outcome: tuple[Any, Any]) -> None:
        report, row = outcome
        self.cancel_button.setEnabled(False)
        self.sync_button.setEnabled(self.workspace is not None)
        self.progress.setRange(0, 1)
        self.progress.setValue(1 if row.outcome == "ok" else 0)
        self._status = ("done", row)
        self._show_status()
        self.refresh()
        self.synced.emit(report)

    def _failed(self, error: BaseException) -> None:
        self.cancel_button.setEnabled(False)
        self.sync_button.setEnabled(self.workspace is not None)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self._status = ("idle", None)
        self._show_status()
        code = getattr(error, "code", None)
        server = self.credentials.server if self.credentials is not None else ""
        self.phase_label.setText(
            sync_error_text(code, str(error), server) if code else ops.error_message(error)
        )
        self.refresh()
        self.synced.emit(None)


class _Start:
    """The progress shown before the first count arrives."""

    phase, done, total = "push", 0, 0
