"""The idle lock: after some minutes without a key press, click or mouse move (the setting
`security/idle_lock_minutes`, 10 by default, 0 for never), the window saves the open interview's
draft, hides everything and forgets the workspace's key; only its passphrase brings it back.

What it protects against is someone picking up a laptop left open in a void deck: the screen
shows nothing and the key is gone from the registry, so no new connection can be made to the
workspace. Cancelling the unlock screen closes the app. (The connections the window already
holds keep SQLCipher's key in memory until the app is closed.)
"""

from __future__ import annotations

from app.paths import database_path
from app.survey.db import keys
from app.ui import settings as opts
from app.ui.qt import QApplication, QEvent, QObject, QTimer
from app.ui.unlock import UnlockDialog

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleLock(QObject):
    """Locks `window` (a MainWindow) after its idle time; `lock()` locks it at once."""

    def __init__(self, window) -> None:  # type: ignore[no-untyped-def]
        super().__init__(window)
        self.window = window
        self.locked = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.restart()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def minutes(self) -> float:
        try:
            return max(0.0, float(self.window.settings.get(opts.IDLE_LOCK_MINUTES)))
        except ValueError:
            return float(opts.IDLE_LOCK_MINUTES.default)

    def restart(self) -> None:
        minutes = self.minutes()
        if minutes > 0 and not self.locked:
            self.timer.start(int(minutes * 60_000))
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _ACTIVITY and not self.locked:
            self.restart()
        return False

    def lock(self) -> None:
        """Save the draft, hide the window's contents, forget the key, ask for the passphrase."""
        workspace = getattr(self.window, "workspace", None)
        if self.locked or workspace is None:
            return
        db_path = database_path(workspace.data_dir)
        if not keys.key_file(db_path).exists():
            return  # not encrypted (a folder nobody may write to, read as it is)
        self.locked = True
        view = getattr(self.window, "interview_view", None)
        store = getattr(view, "store", None)
        if store is not None:
            store.save_now()  # the open interview's draft is written before anything hides
        central = self.window.centralWidget()
        central.setVisible(False)
        keys.forget(db_path)
        dialog = UnlockDialog(db_path, "unlock", self.window)
        if dialog.exec() != UnlockDialog.DialogCode.Accepted:
            self.window.close()  # cancelled: the app closes, its drafts saved, still hidden
            return
        central.setVisible(True)
        self.locked = False
        self.restart()
