"""File > Back up now, File > Restore from backup…, and the daily backup when a workspace opens.

All the work is in `app.survey.db.backups`, run by ops on the database thread; the window only
asks (which backup, restore over newer data?) and says what happened. A restore closes the
workspace first (its own connections would make the file "busy"), then opens it again.
"""

from __future__ import annotations

import logging
from pathlib import Path

from app.paths import database_path
from app.survey.db import backups, health
from app.survey.db.restore import Restored, check_backup, newer_than, restore_backup
from app.ui import ops
from app.ui.i18n import isolate_ltr
from app.ui.qt import QAction, QFileDialog, QMainWindow, QMessageBox, QObject

log = logging.getLogger(__name__)

STATUS_MS = 10_000


class BackupActions(QObject):
    """The two File menu actions of `window` (a MainWindow) and what they start."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.backup_action = QAction(window, objectName="backupAction")
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(window, objectName="restoreAction")
        self.restore_action.triggered.connect(self.choose_backup)
        # The data folder last opened, kept when it turns out unusable (damaged): restoring a
        # backup into it is then what the window says to do.
        self.folder: Path | None = None

    def actions(self) -> list[QAction]:
        return [self.backup_action, self.restore_action]

    def retranslate(self) -> None:
        self.backup_action.setText(self.tr("&Back up now"))
        self.restore_action.setText(self.tr("&Restore from backup…"))

    def _db_path(self) -> Path | None:
        workspace = getattr(self.window, "workspace", None)
        if workspace is not None:
            self.folder = workspace.data_dir
        return database_path(self.folder) if self.folder is not None else None

    def daily(self) -> None:
        """Make today's automatic backup of the open workspace if it is due (off the UI
        thread; only in the app a person runs, see backups.enable_automatic)."""
        self._db_path()  # remember the folder
        if not backups.automatic_enabled():
            return

        def op(ctx: ops.OpContext) -> Path | None:
            ctx.db.wait_until_checked()  # a damaged file is not copied (the window says why)
            return backups.daily_if_due(ctx.db.path)

        def failed(error: BaseException) -> None:
            log.warning("The daily backup was not made (%s)", type(error).__name__)

        ops.QueryOp(parent=self.window, op=op).failure(failed).run_in_background()

    def back_up_now(self) -> None:
        """Write a backup into the workspace's backups/ folder and say where."""
        if getattr(self.window, "workspace", None) is None:
            return

        def op(ctx: ops.OpContext) -> Path:
            ctx.db.wait_until_checked()
            return backups.backup_database(ctx.db.path, backups.MANUAL)

        ops.QueryOp(parent=self.window, op=op, success=self._backed_up).with_progress(
            self.tr("Backing up…")
        ).run_in_background()

    def _backed_up(self, made: Path) -> None:
        text = self.tr("Backed up to %1").replace("%1", isolate_ltr(str(made)))
        self.window.statusBar().showMessage(text, STATUS_MS)

    def choose_backup(self) -> QFileDialog | None:
        """Ask which backup to restore (not blocking), starting in the backups folder."""
        db_path = self._db_path()
        if db_path is None:
            return None
        dialog = QFileDialog(
            self.window,
            self.tr("Restore from backup"),
            str(health.backup_folder(db_path)),
            self.tr("Tinjau backups (*.sqlite)"),
        )
        dialog.setObjectName("restoreFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda chosen: self.restore(Path(chosen)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def restore(self, backup: Path) -> None:
        """Check `backup` (off the UI thread); when the workspace has changes made after it,
        ask first; then restore it."""
        db_path = self._db_path()
        if db_path is None:
            return

        def op(_ctx: ops.OpContext) -> str | None:
            return newer_than(db_path, check_backup(backup))

        def checked(newer: str | None) -> None:
            if newer is None:
                self._restore(backup, db_path, force=False)
            else:
                self._ask(backup, db_path)

        ops.QueryOp(parent=self.window, op=op, success=checked).run_in_background()

    def _ask(self, backup: Path, db_path: Path) -> QMessageBox:
        box = QMessageBox(self.window)
        box.setObjectName("restoreNewerQuestion")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Restore from backup"))
        box.setText(
            self.tr(
                "This data folder has changes made after the backup was taken; restoring the "
                "backup loses them. A copy of the data as it is now is kept in the backups "
                "folder. Restore anyway?"
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.buttonClicked.connect(
            lambda button: (
                self._restore(backup, db_path, force=True)
                if box.standardButton(button) == QMessageBox.StandardButton.Yes
                else None
            )
        )
        box.finished.connect(box.deleteLater)
        box.open()
        return box

    def _restore(self, backup: Path, db_path: Path, *, force: bool) -> None:
        """Close the workspace, restore on the database thread, then open it again (also when
        the restore was refused: nothing was changed then)."""
        window = self.window
        view = getattr(window, "interview_view", None)
        if view is not None:
            view.leave()  # its last answers are written (queued first) before the restore
        window.list_panel.model.close()  # type: ignore[attr-defined]
        ops.set_workspace(None)
        window.workspace = None  # type: ignore[attr-defined]

        def reopen() -> None:
            window.open_workspace(db_path.parent)  # type: ignore[attr-defined]

        def restored(done: Restored) -> None:
            reopen()
            text = self.tr("Restored %1. The data it replaced is kept in the backups folder.")
            window.statusBar().showMessage(text.replace("%1", isolate_ltr(backup.name)), STATUS_MS)

        def refused(error: BaseException) -> None:
            reopen()
            ops.show_error(window, ops.error_message(error))

        ops.CollectionOp(window, lambda _ctx: restore_backup(backup, db_path, force=force)).success(
            restored
        ).failure(refused).with_progress(self.tr("Restoring…")).run_in_background()
