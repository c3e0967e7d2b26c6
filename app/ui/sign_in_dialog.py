"""Sync > "Sign in to server…": the server's address, the user name and the password; who is
signed in now, and "Sign out". The sign-in runs off the UI thread (`app.ui.network`); the
password is sent once and never kept, the token goes to the data folder (owner-only) exactly as
`tinjau login` does (both call `app.sync.login.sign_in`)."""

from __future__ import annotations

from typing import Any

from app.ui import settings as opts
from app.ui.dialog import RememberedDialog
from app.ui.i18n import isolate, isolate_ltr
from app.ui.network import NetworkTask, TaskContext
from app.ui.qt import (
    QCoreApplication,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from app.ui.sync_text import sync_error_text
from app.ui.workspace import Workspace


class SignInDialog(RememberedDialog):
    """Signs the open data folder's device in to a server, or out."""

    # Emitted after a sign-in or sign-out changed who is signed in (None: nobody).
    changed = Signal(object)

    def __init__(
        self, settings: opts.Settings, workspace: Workspace, parent: QWidget | None = None
    ) -> None:
        super().__init__("signInDialog", settings, parent)
        self.workspace = workspace
        self.task: NetworkTask | None = None
        self.credentials: Any = None

        self.intro = QLabel(objectName="signInIntro")
        self.intro.setWordWrap(True)
        self.current = QLabel(objectName="signedInAs")
        self.current.setWordWrap(True)
        self.sign_out_button = QPushButton(objectName="signOut")
        self.sign_out_button.clicked.connect(self.sign_out)
        self.sign_out_button.hide()

        self.server = QLineEdit(objectName="serverAddress")
        self.server.setLayoutDirection(opts_ltr())
        self.server.setText(settings.get(opts.SERVER_URL))
        self.username = QLineEdit(objectName="username")
        self.username.setLayoutDirection(opts_ltr())
        self.password = QLineEdit(objectName="password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setLayoutDirection(opts_ltr())
        self.form = QFormLayout()
        self.server_label = QLabel()
        self.username_label = QLabel()
        self.password_label = QLabel()
        for label, field in (
            (self.server_label, self.server),
            (self.username_label, self.username),
            (self.password_label, self.password),
        ):
            label.setBuddy(field)
            self.form.addRow(label, field)

        self.problem = QLabel(objectName="problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        self.problem.hide()
        self.working = QLabel(objectName="signInWorking")
        self.working.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.sign_in_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in_button.setObjectName("signIn")
        self.sign_in_button.setDefault(True)
        self.buttons.accepted.connect(self.sign_in)
        self.buttons.rejected.connect(self.reject)
        # Enter in any field signs in (never closes: Escape or Close does that).
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        for field in (self.server, self.username, self.password):
            field.returnPressed.connect(self.sign_in)

        account = QHBoxLayout()
        account.addWidget(self.current, 1)
        account.addWidget(self.sign_out_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(account)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.working)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.server, self.username)
        self.setTabOrder(self.username, self.password)
        self.setTabOrder(self.password, self.sign_in_button)
        self.retranslate()
        self.restore_geometry()
        self.resize(max(self.width(), 520), self.height())
        self._start(_who_is_signed_in(workspace), self._show_current)

    # -- texts -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in to server"))
        self.intro.setText(
            self.tr(
                "Sign this computer in to your office's Tinjau server to send your finished "
                "work. Your password is sent once and never kept on this computer."
            )
        )
        self.server_label.setText(self.tr("Server &address:"))
        self.server.setPlaceholderText("https://tinjau.example.org")
        self.username_label.setText(self.tr("&User name:"))
        self.password_label.setText(self.tr("&Password:"))
        self.sign_in_button.setText(self.tr("&Sign in"))
        self.sign_out_button.setText(self.tr("Sign &out"))
        self.working.setText(self.tr("Signing in…"))
        self._show_current(self.credentials)

    def _show_current(self, credentials: Any) -> None:
        self.credentials = credentials
        if credentials is None:
            self.current.setText(self.tr("This computer is not signed in to a server."))
            self.sign_out_button.hide()
            return
        self.current.setText(
            self.tr("Signed in to %1 as %2.")
            .replace("%1", isolate_ltr(credentials.server))
            .replace("%2", isolate(credentials.username))
        )
        self.sign_out_button.show()
        if not self.server.text():
            self.server.setText(credentials.server)
        if not self.username.text():
            self.username.setText(credentials.username)

    def show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()

    # -- work --------------------------------------------------------------------------------

    def _start(self, work: Any, success: Any) -> None:
        self.problem.hide()
        self.sign_in_button.setEnabled(False)
        self.sign_out_button.setEnabled(False)
        task = NetworkTask(None, work)
        task.succeeded.connect(success)
        task.failed.connect(self._failed)
        task.succeeded.connect(self._idle)
        task.failed.connect(self._idle)
        self.task = task
        task.start()

    def _idle(self, _value: object) -> None:
        self.working.hide()
        self.sign_in_button.setEnabled(True)
        self.sign_out_button.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        self.show_problem(sign_in_failure_text(error, self.server.text().strip()))
        if getattr(error, "code", None) in ("login_failed", "no_password"):
            self.password.setFocus()
            self.password.selectAll()

    def sign_in(self) -> None:
        """Sign in with what is typed (in the background); says why when the server says no."""
        from app.sync.login import sign_in

        if self.task is not None and self.task.is_running():
            return
        server = self.server.text().strip()
        username = self.username.text().strip()
        password = self.password.text()
        problem = sign_in_problem(server, username, password)
        if problem is not None:
            sentence, field = problem
            self.show_problem(sentence)
            {"server": self.server, "username": self.username, "password": self.password}[
                field
            ].setFocus()
            return
        data_dir, database = self.workspace.data_dir, self.workspace.db_path
        self.working.show()

        def work(_ctx: TaskContext) -> Any:
            return sign_in(data_dir, database, server=server, username=username, password=password)

        self._start(work, self._signed_in)

    def _signed_in(self, credentials: Any) -> None:
        self.password.clear()
        self.settings.set(opts.SERVER_URL, credentials.server)
        self._show_current(credentials)
        self.changed.emit(credentials)

    def sign_out(self) -> None:
        """Forget this computer's sign-in (the token file); nothing waiting to be sent changes."""
        from app.sync.login import sign_out

        data_dir = self.workspace.data_dir
        self._start(lambda _ctx: sign_out(data_dir), self._signed_out)

    def _signed_out(self, _existed: object) -> None:
        self._show_current(None)
        self.changed.emit(None)


def sign_in_problem(server: str, username: str, password: str) -> tuple[str, str] | None:
    """What is missing before a sign-in can be tried: (sentence, "server" | "username" |
    "password"), or None. Shared with the first-run assistant's server page."""
    if not server:
        return QCoreApplication.translate("SignInDialog", "Type the server's address."), "server"
    if not username:
        return sync_error_text("no_user", ""), "username"
    if not password:
        return sync_error_text("no_password", ""), "password"
    return None


def sign_in_failure_text(error: BaseException, server: str) -> str:
    """A failed sign-in (or sync) as a sentence in the interface language, with what to do."""
    from app.ui import ops

    code = getattr(error, "code", None)
    if code is None:
        return ops.error_message(error)
    return sync_error_text(code, str(error), server)


def _who_is_signed_in(workspace: Workspace) -> Any:
    from app.sync.login import signed_in

    data_dir = workspace.data_dir
    return lambda _ctx: signed_in(data_dir)


def opts_ltr() -> Any:
    """Addresses, user names and passwords are typed left to right in every language."""
    from app.ui.qt import Qt

    return Qt.LayoutDirection.LeftToRight
