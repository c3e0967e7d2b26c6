"""The unlock screen: the passphrase that opens an encrypted workspace (app.survey.db.keys), or
the one a new (or not yet encrypted) workspace is given, with its recovery key shown once.

The key derivation (Argon2id) is deliberately slow, so it runs on a thread of its own and the
window stays responsive; a wrong passphrase is a sentence, and the attempts are counted.
"""

from __future__ import annotations

import threading
from pathlib import Path

from app.survey.db import keys
from app.survey.errors import DatabaseError
from app.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QObject,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)


class _Result(QObject):
    done = Signal(object)  # None, or the DatabaseError


def needs_passphrase(db_path: Path) -> str | None:
    """ "unlock" or "new" when the window must ask before opening `db_path`, else None."""
    if keys.passphrase_from_env() is not None:
        return None  # a passphrase file (./run's demo, a script): keys reads it
    if keys.key_file(db_path).exists():
        if keys.is_unlocked(db_path) or keys.is_demo(db_path):
            return None  # a demo opens with its known passphrase (tinjau demo)
        return "unlock"
    if db_path.exists() and keys.is_plain_sqlite(db_path):
        return "new"  # made before encryption: it is encrypted when opened
    return None


class UnlockDialog(QDialog):
    """Asks for the passphrase of the workspace at `db_path` (`mode` "unlock") or for a new
    one, twice (`mode` "new"); accepted once the key is unlocked (or the passphrase set)."""

    def __init__(self, db_path: Path, mode: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.mode = mode
        self.attempts = 0
        self.passphrase: str | None = None
        self._result = _Result(self)
        self._result.done.connect(self._finished)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.field = QLineEdit(self)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit(self)
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setVisible(mode == "new")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._try)
        self.buttons.rejected.connect(self.reject)
        for widget in (self.intro, self.field, self.again, self.message, self.buttons):
            layout.addWidget(widget)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Unlock the workspace"))
        if self.mode == "unlock":
            self.intro.setText(
                self.tr("This workspace is encrypted. Type its passphrase to open it.")
            )
        else:
            self.intro.setText(
                self.tr(
                    "Choose a passphrase for this workspace (at least 8 characters), and type "
                    "it twice. It encrypts the data on this computer. Write it down somewhere "
                    "safe: if both the passphrase and its recovery key are lost, the data is "
                    "gone and nobody can recover it."
                )
            )
        self.field.setPlaceholderText(self.tr("Passphrase"))
        self.again.setPlaceholderText(self.tr("The same passphrase again"))

    def _try(self) -> None:
        text = self.field.text()
        if self.mode == "new":
            if len(text) < keys.MIN_PASSPHRASE:
                self.message.setText(
                    self.tr("The passphrase is too short: use at least 8 characters.")
                )
                return
            if self.again.text() != text:
                self.message.setText(self.tr("The two passphrases differ. Type them again."))
                return
            self.passphrase = text
            if not self.db_path.exists():  # a new workspace: made with it (new_workspace.py)
                keys.set_window_passphrase(text)
                self.accept()
                return
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Unlocking…"))
        db_path, result, mode = self.db_path, self._result, self.mode

        def work() -> None:  # the slow key derivation, off the UI thread
            try:
                if mode == "new":
                    keys.create(db_path, text)  # encrypted with it when the window opens it
                else:
                    keys.unlock(db_path, text)
                result.done.emit(None)
            except DatabaseError as error:
                result.done.emit(error)

        threading.Thread(target=work, name="tinjau-unlock", daemon=True).start()

    def _finished(self, error: DatabaseError | None) -> None:
        self.buttons.setEnabled(True)
        if error is None:
            if self.mode == "new":
                show_recovery_key(self)
            self.accept()
            return
        self.attempts += 1
        if isinstance(error, keys.WrongPassphrase):
            self.message.setText(
                self.tr(
                    "That passphrase does not open this workspace. Check it (capital letters "
                    "count) and try again. Attempts: %1."
                ).replace("%1", str(self.attempts))
            )
        else:
            self.message.setText(str(error))
        self.field.selectAll()
        self.field.setFocus()


def show_recovery_key(parent: QWidget | None) -> None:
    """Show the recovery key of a key file just made, once (nothing when none was made)."""
    from app.ui.qt import QCoreApplication, QMessageBox

    recovery = keys.take_recovery_key()
    if recovery is None:
        return
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("UnlockDialog", "Recovery key"))
    box.setText(
        QCoreApplication.translate(
            "UnlockDialog",
            "Write this recovery key down now and keep it apart from the computer: it is shown "
            "only this once. With it a supervisor can set a new passphrase. If both the "
            "passphrase and the recovery key are lost, the data is gone: nobody can open it.",
        )
    )
    box.setInformativeText(recovery)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()


def ensure_unlocked(db_path: Path, parent: QWidget | None = None) -> bool:
    """Ask for the passphrase when `db_path` needs one; False when the person cancelled."""
    mode = needs_passphrase(db_path)
    if mode is None:
        return True
    dialog = UnlockDialog(db_path, mode, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
