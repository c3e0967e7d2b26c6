"""File > Back up now, File > Restore from backup…, and the daily backup when a workspace opens.

All the work is in `app.survey.db.backups` and `app.survey.db.restore`, run by ops on the
database thread; the window only asks (which backup, restore over newer data?) and says what
happened. Backups are offered by when they were made (local time, in the interface language)
and why, not by file name; "Other file…" picks one elsewhere (a USB stick). A restore closes the
workspace first (its own connections would make the file "busy"), then opens it again.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from app.paths import database_path
from app.survey.db import backups, health
from app.survey.db.restore import BackupCheck, Restored, check_backup, newer_than, restore_backup
from app.survey.errors import TinjauError
from app.ui import ops
from app.ui.household_model import CHANGED_FORMAT, changed_label
from app.ui.i18n import isolate_ltr
from app.ui.qt import (
    QAction,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QLocale,
    QMainWindow,
    QMessageBox,
    QObject,
    Qt,
    QVBoxLayout,
)

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
            if isinstance(error, TinjauError):  # no room, no drive: the person must know
                text = self.tr("Today's automatic backup was not made. %1")
                ops.show_error(self.window, text.replace("%1", str(error)))

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

    def why_label(self, why: str) -> str:
        """Why a backup was made, as the person reads it."""
        labels = {
            backups.DAILY: self.tr("Daily backup"),
            backups.MANUAL: self.tr("Made with Back up now"),
            "census-import": self.tr("Before a census list import"),
            "rescore": self.tr("Before the households were scored again"),
            "restore": self.tr("Before a restore"),
        }
        if why.startswith("schema-"):
            return self.tr("Before an upgrade of Tinjau")
        return labels.get(why, why)

    def choose_backup(self) -> None:
        """Offer this workspace's backups (listed off the UI thread), newest first."""
        db_path = self._db_path()
        if db_path is None:
            return

        def op(_ctx: ops.OpContext) -> list[backups.BackupFile]:
            # A damaged file kept by a restore is no backup to put back.
            return [b for b in backups.listed(db_path) if b.why != backups.DAMAGED]

        ops.QueryOp(
            parent=self.window, op=op, success=lambda found: self._offer(db_path, found)
        ).run_in_background()

    def _offer(self, db_path: Path, found: list[backups.BackupFile]) -> QDialog | QFileDialog:
        if not found:
            return self._file_dialog(db_path)
        dialog = QDialog(self.window)
        dialog.setObjectName("restoreChooser")
        dialog.setWindowTitle(self.tr("Restore from backup"))
        layout = QVBoxLayout(dialog)
        intro = QLabel(
            self.tr(
                "Choose the backup to put back. The data as it is now is kept in the backups "
                "folder first."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        listing = QListWidget(dialog)
        listing.setObjectName("backupList")
        for backup in found:
            item = QListWidgetItem(f"{made_label(backup.made_at)}   {self.why_label(backup.why)}")
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            item.setToolTip(isolate_ltr(str(backup.path)))
            listing.addItem(item)
        listing.setCurrentRow(0)
        layout.addWidget(listing)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, dialog)
        chosen = buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        chosen.setObjectName("restoreChosen")
        other = buttons.addButton(self.tr("Other file…"), QDialogButtonBox.ButtonRole.ActionRole)
        other.setObjectName("restoreOtherFile")
        layout.addWidget(buttons)

        def restore_current() -> None:
            item = listing.currentItem()
            if item is not None:
                dialog.accept()
                self.restore(Path(item.data(Qt.ItemDataRole.UserRole)))

        buttons.accepted.connect(restore_current)
        buttons.rejected.connect(dialog.reject)
        listing.itemActivated.connect(lambda _item: restore_current())
        other.clicked.connect(lambda: (dialog.reject(), self._file_dialog(db_path)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _file_dialog(self, db_path: Path) -> QFileDialog:
        """Ask for a backup file (not blocking), starting in the backups folder."""
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

        def op(_ctx: ops.OpContext) -> tuple[BackupCheck, str | None]:
            check = check_backup(backup)
            return check, newer_than(db_path, check)

        def checked(found: tuple[BackupCheck, str | None]) -> None:
            check, newer = found
            if newer is None:
                self._restore(backup, db_path, force=False)
            else:
                self._ask(backup, db_path, newer, check.last_change)

        ops.QueryOp(parent=self.window, op=op, success=checked).run_in_background()

    def _ask(self, backup: Path, db_path: Path, ours: str, theirs: str | None) -> QMessageBox:
        box = QMessageBox(self.window)
        box.setObjectName("restoreNewerQuestion")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Restore from backup"))
        text = self.tr(
            "This data folder has changes made after the backup was taken (its last change: "
            "%1; the backup's: %2); restoring the backup loses them. A copy of the data as it "
            "is now is kept in the backups folder. Restore anyway?"
        )
        box.setText(
            text.replace("%1", changed_label(ours)).replace(
                "%2", changed_label(theirs) if theirs else "–"
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
            known = backups.describe(backup)
            if known is None:  # a file named otherwise (renamed on a stick): its name
                text = self.tr("Restored %1. The data it replaced is kept in the backups folder.")
                text = text.replace("%1", isolate_ltr(backup.name))
            else:
                text = self.tr(
                    "Restored the backup made on %1 (%2). The data it replaced is kept in the "
                    "backups folder."
                )
                text = text.replace("%1", made_label(known.made_at))
                text = text.replace("%2", self.why_label(known.why))
            window.statusBar().showMessage(text, STATUS_MS)

        def refused(error: BaseException) -> None:
            reopen()
            ops.show_error(window, ops.error_message(error))

        ops.CollectionOp(window, lambda _ctx: restore_backup(backup, db_path, force=force)).success(
            restored
        ).failure(refused).with_progress(self.tr("Restoring…")).run_in_background()


def made_label(made: datetime) -> str:
    """When a backup was made, in local time and the interface language's month names and
    digits (the same form as the list's "Changed" column)."""
    return QLocale().toString(made.astimezone(), CHANGED_FORMAT)
