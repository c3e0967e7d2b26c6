"""The first-run assistant: what a worker sees the first time Tinjau starts on a new laptop.

`tinjau gui` with no --data-dir and no data folder saved yet opens it before the main window.
Its pages, in `FirstRunWizard.PAGE_ORDER`:

1. language: the four interface languages, each in its own words; choosing one switches the
   assistant at once (Persian right-to-left);
2. worker: the enumerator's name and ID, kept in Settings and recorded on each interview;
3. how you work: with the office's server, or offline with a local workspace;
4. workspace: the folder (by default in the system's place for application data, never next to
   the program), the country and the area, made by the same code as `tinjau init` and
   File > New workspace (`WorkspaceFields`); a folder that already holds a workspace is used as
   it is. With a server only the folder and the country are asked (the server has no country;
   the areas come from it);
5. server (skipped offline): address, user name and password; Next signs the new workspace's
   device in (`app.sync.login.sign_in`, as the sign-in dialog does) and runs its first sync
   (`app.sync.history.sync_and_log`) with progress, both on network threads;
6. how an interview works: a short reminder, then Finish opens the census list.

Adding a page (a passphrase for an encrypted workspace): make a QWizardPage, give it an id in
`PAGE_ORDER` where it belongs and add it to `FirstRunWizard.pages`; `nextId` follows
`PAGE_ORDER` and skips pages whose `isSkipped()` (a method of theirs) says so.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from app.paths import database_path
from app.ui import i18n, ops
from app.ui import settings as opts
from app.ui.i18n import isolate, isolate_ltr
from app.ui.network import NetworkTask, TaskContext
from app.ui.new_workspace_dialog import WorkspaceFields
from app.ui.qt import (
    QButtonGroup,
    QDialog,
    QEvent,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QLocale,
    QProgressBar,
    QRadioButton,
    QStandardPaths,
    Qt,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from app.ui.sign_in_dialog import sign_in_failure_text, sign_in_problem
from app.ui.sync_text import progress_text, sync_error_text

LANGUAGE_PAGE, WORKER_PAGE, MODE_PAGE, WORKSPACE_PAGE, INTERVIEW_PAGE, SERVER_PAGE = range(6)
ERROR_STYLE = "color: #b00020"


def default_data_folder() -> Path:
    """Where a first workspace goes unless the worker chooses: the system's place for this
    app's data (~/.local/share/Tinjau/Tinjau on Linux, %APPDATA%\\Tinjau\\Tinjau on Windows,
    ~/Library/Application Support/Tinjau/Tinjau on macOS), folder `workspace`."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / "Tinjau") / "workspace"


def server_sign_in_page(wizard: FirstRunWizard) -> QWizardPage | None:
    """The page that signs the device in to a server and runs its first sync (None would
    bring back "work offline for now" only)."""
    return ServerPage(wizard.settings)


class _Page(QWizardPage):
    """A page whose texts are set in `retranslate()`, again on every language change."""

    def retranslate(self) -> None:  # pragma: no cover - every page has texts
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def isSkipped(self) -> bool:  # noqa: N802 - read by FirstRunWizard.nextId
        return False


def _problem_label() -> QLabel:
    label = QLabel(objectName="problem")
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


class LanguagePage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("languagePage")
        self.intro = QLabel(wordWrap=True)
        self.languages = QListWidget(objectName="languages")
        for code, name in i18n.LANGUAGES.items():
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.languages.addItem(item)
        current = list(i18n.LANGUAGES).index(i18n.current_language())
        self.languages.setCurrentRow(current)
        self.languages.currentRowChanged.connect(self._chosen)
        self.intro.setBuddy(self.languages)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.languages, 1)
        self.retranslate()

    def code(self) -> str:
        item = self.languages.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else i18n.SOURCE_LANGUAGE

    def _chosen(self, _row: int) -> None:
        i18n.set_language(self.code())  # every page retranslates; Persian turns right-to-left

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to Tinjau"))
        self.setSubTitle(self.tr("This assistant prepares this computer for your interviews."))
        self.intro.setText(self.tr("Choose the &language of the app:"))


class WorkerPage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("workerPage")
        self.name = QLineEdit(objectName="workerName")
        self.worker_id = QLineEdit(objectName="workerId")
        self.name_label, self.id_label = QLabel(), QLabel()
        self.name_label.setBuddy(self.name)
        self.id_label.setBuddy(self.worker_id)
        self.note = QLabel(wordWrap=True)
        self.problem = _problem_label()
        form = QFormLayout()
        form.addRow(self.name_label, self.name)
        form.addRow(self.id_label, self.worker_id)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("About you"))
        self.setSubTitle(self.tr("Your name and enumerator ID are recorded on each interview."))
        self.name_label.setText(self.tr("Your &name"))
        self.id_label.setText(self.tr("Enumerator &ID"))
        self.worker_id.setPlaceholderText(self.tr("as given by your office"))
        self.note.setText(self.tr("You can change them later in File > Settings."))

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        problem = None
        if not self.name.text().strip():
            problem = self.tr("Type your name.")
        elif not self.worker_id.text().strip():
            problem = self.tr("Type the enumerator ID your office gave you.")
        elif len(self.name.text().strip()) > 200 or len(self.worker_id.text().strip()) > 60:
            problem = self.tr("The name or the ID is too long; shorten it.")
        self.problem.setText(problem or "")
        self.problem.setVisible(problem is not None)
        return problem is None


class ModePage(_Page):
    def __init__(self, server_available: bool) -> None:
        super().__init__()
        self.setObjectName("modePage")
        self.server = QRadioButton(objectName="useServer")
        self.local = QRadioButton(objectName="useLocal")
        self.server.setEnabled(server_available)
        self.local.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.server)
        group.addButton(self.local)
        self.server_note = QLabel(wordWrap=True, objectName="serverNote")
        self.server_note.setIndent(24)
        self.local_note = QLabel(wordWrap=True)
        self.local_note.setIndent(24)
        self._server_available = server_available
        layout = QVBoxLayout(self)
        layout.addWidget(self.server)
        layout.addWidget(self.server_note)
        layout.addSpacing(12)
        layout.addWidget(self.local)
        layout.addWidget(self.local_note)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("How will you work?"))
        self.setSubTitle(self.tr("Your interviews are always kept on this computer first."))
        self.server.setText(self.tr("Connect to my office's &server"))
        self.server_note.setText(
            self.tr("Signing in and sending interviews from here comes in a later version.")
            if not self._server_available
            else self.tr("Sign in with the username and password your office gave you.")
        )
        self.local.setText(
            self.tr("&Work offline for now, with a workspace on this computer")
            if not self._server_available
            else self.tr("&Work offline, with a workspace on this computer")
        )
        self.local_note.setText(
            self.tr(
                "Choose the country and the area you survey; then import your census list or "
                "add households as you visit them."
            )
        )


class WorkspacePage(_Page):
    """The local workspace; Next makes it (on the database thread) and moves on once made."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("workspacePage")
        self.fields = WorkspaceFields()
        self.fields.folder.setText(str(default_data_folder()))
        self.note = QLabel(wordWrap=True)
        self.problem = _problem_label()
        self.created: Path | None = None
        self._creating = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        for field in [self.fields.folder, *self.fields.areas]:
            field.textChanged.connect(self._forget_created)
        self.fields.country.currentIndexChanged.connect(self._forget_created)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your workspace"))
        self.setSubTitle(
            self.tr("The folder on this computer that keeps your households and interviews.")
        )
        if self.server_mode():
            self.note.setText(
                self.tr(
                    "The country decides how ID numbers and phone numbers are checked and "
                    "which poverty standard is used. Your areas, census list and assignments "
                    "come from the server on the next page."
                )
            )
            return
        self.note.setText(
            self.tr(
                "The country decides how ID numbers and phone numbers are checked and which "
                "poverty standard is used. Name the areas from the top; the lower ones may stay "
                "empty."
            )
        )

    def server_mode(self) -> bool:
        wizard = self.wizard()
        return isinstance(wizard, FirstRunWizard) and wizard.mode.server.isChecked()

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        # With a server, the areas come from it (those the office assigned to this worker):
        # only the folder and the country are asked here.
        form = self.fields.layout()
        for field in self.fields.areas:
            if self.server_mode():
                field.clear()
            form.setRowVisible(field, not self.server_mode())  # type: ignore[attr-defined]
        self.retranslate()

    def _forget_created(self) -> None:
        if self.created is not None and not self._creating:
            self.created = None  # changed after it was made: a new one is made on Next

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        if self.created is not None:
            return True
        if self._creating:
            return False
        existing = Path(self.fields.folder.text().strip() or ".").expanduser()
        if database_path(existing).is_file():
            # A workspace made before (the settings were lost, or Tinjau was reinstalled): use
            # it as it is; the window checks it when it opens it.
            self.created = existing.resolve()
            return True

        def made(folder: Path) -> None:
            self._creating = False
            self.created = folder
            self.problem.hide()
            self.wizard().button(QWizard.WizardButton.NextButton).setEnabled(True)
            self.wizard().next()

        def failed(problem: str) -> None:
            self._creating = False
            self.problem.setText(problem)
            self.problem.show()
            self.wizard().button(QWizard.WizardButton.NextButton).setEnabled(True)

        self._creating = True
        self.wizard().button(QWizard.WizardButton.NextButton).setEnabled(False)
        if not self.fields.create(self, made, failed):
            self._creating = False
        return False  # moves on from `made`, once the workspace exists


class ServerPage(_Page):
    """Server mode, after the workspace page made the workspace: the server's address, the user
    name and the password. Next signs the workspace's device in (as Sync > Sign in to server
    does, off the UI thread), then runs its first sync with progress on the page: the areas,
    census list, assignments, forms and standards the office published for this user arrive.
    The page moves on once that sync finished; a failure is a sentence here and Next tries
    again (without signing in again once that worked)."""

    def __init__(self, settings: opts.Settings) -> None:
        super().__init__()
        self.setObjectName("serverPage")
        self.settings = settings
        self.server = QLineEdit(objectName="serverAddress")
        self.username = QLineEdit(objectName="username")
        self.password = QLineEdit(objectName="password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for field in (self.server, self.username, self.password):
            field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.server.setText(settings.get(opts.SERVER_URL))
        self.server_label, self.username_label, self.password_label = QLabel(), QLabel(), QLabel()
        form = QFormLayout()
        for label, field in (
            (self.server_label, self.server),
            (self.username_label, self.username),
            (self.password_label, self.password),
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        self.note = QLabel(wordWrap=True)
        self.progress = QProgressBar(objectName="firstSyncProgress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.hide()
        self.status = QLabel(wordWrap=True, objectName="firstSyncStatus")
        self.problem = _problem_label()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.folder: Path | None = None
        self.credentials: Any = None
        self.report: Any = None
        self.task: NetworkTask | None = None
        self._state = ""  # "", "signing_in", "syncing"
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Sign in to your office's server"))
        self.setSubTitle(
            self.tr("Use the user name and password your office gave you. The password is sent "
                    "once and never kept on this computer.")
        )  # fmt: skip
        self.server_label.setText(self.tr("Server &address"))
        self.server.setPlaceholderText("https://tinjau.example.org")
        self.username_label.setText(self.tr("&User name"))
        self.password_label.setText(self.tr("&Password"))
        self.note.setText(
            self.tr(
                "Next signs this computer in and receives your census list, your assignments "
                "and the forms and standards your office published. On a slow connection this "
                "can take a few minutes."
            )
        )
        self._show_state()

    def isSkipped(self) -> bool:  # noqa: N802 - read by FirstRunWizard.nextId
        wizard = self.wizard()
        return not (isinstance(wizard, FirstRunWizard) and wizard.mode.server.isChecked())

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        folder = self.wizard().created()  # type: ignore[attr-defined]
        if folder != self.folder:  # another workspace than last time: start again
            self.folder, self.credentials, self.report = folder, None, None
            self.problem.hide()
            self.progress.hide()
        self._show_state()
        (self.server if not self.server.text() else self.username).setFocus()

    def busy(self) -> bool:
        return self.task is not None and self.task.is_running()

    def done(self) -> bool:
        return self.report is not None

    def _show_state(self) -> None:
        if self._state == "signing_in":
            self.status.setText(self.tr("Signing in…"))
        elif self._state == "syncing" and not self.progress.isVisible():
            self.status.setText(self.tr("Receiving your work from the server…"))
        elif self.credentials is not None and self.report is None and not self.busy():
            self.status.setText(
                self.tr("Signed in to %1 as %2.")
                .replace("%1", isolate_ltr(self.credentials.server))
                .replace("%2", isolate(self.credentials.username))
            )
        elif self.report is not None:
            self.status.setText(
                self.tr("Received: %1 (%2 stored here).")
                .replace("%1", QLocale().toString(int(self.report.received)))
                .replace("%2", QLocale().toString(int(self.report.updated)))
            )
        elif not self.busy():
            self.status.setText("")

    def _show_problem(self, sentence: str) -> None:
        self.problem.setText(sentence)
        self.problem.show()

    def _set_busy(self, busy: bool) -> None:
        for field in (self.server, self.username, self.password):
            field.setEnabled(not busy)
        wizard = self.wizard()
        if wizard is not None:
            wizard.button(QWizard.WizardButton.NextButton).setEnabled(not busy)
            wizard.button(QWizard.WizardButton.BackButton).setEnabled(not busy)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        if self.done():
            return True
        if self.busy() or self.folder is None:
            return False
        self.problem.hide()
        if self.credentials is None:
            self._sign_in()
        else:
            self._first_sync()
        return False  # moves on from `_synced`, once the first sync finished

    def _sign_in(self) -> None:
        from app.paths import database_path
        from app.sync.login import sign_in

        server, username = self.server.text().strip(), self.username.text().strip()
        password = self.password.text()
        problem = sign_in_problem(server, username, password)
        if problem is not None:
            sentence, field = problem
            self._show_problem(sentence)
            {"server": self.server, "username": self.username, "password": self.password}[
                field
            ].setFocus()
            return
        folder = self.folder
        assert folder is not None

        def work(_ctx: TaskContext) -> Any:
            return sign_in(
                folder, database_path(folder), server=server, username=username, password=password
            )

        self._run("signing_in", work, self._signed_in)

    def _signed_in(self, credentials: Any) -> None:
        self.password.clear()
        self.credentials = credentials
        self.settings.set(opts.SERVER_URL, credentials.server)
        self._first_sync()

    def _first_sync(self) -> None:
        from app.paths import database_path
        from app.sync.history import sync_and_log

        folder = self.folder
        assert folder is not None
        self.progress.setRange(0, 0)  # busy until the first count arrives
        self.progress.show()

        def work(ctx: TaskContext) -> Any:
            return sync_and_log(
                folder, database_path(folder), on_progress=ctx.report, should_stop=ctx.stopping
            )

        self._run("syncing", work, self._synced)

    def _run(self, state: str, work: Any, success: Any) -> None:
        self._state = state
        self._set_busy(True)
        task = NetworkTask(None, work)
        task.progressed.connect(self._progressed)
        task.succeeded.connect(success)
        task.failed.connect(self._failed)
        self.task = task
        self._show_state()
        task.start()

    def _progressed(self, value: Any) -> None:
        if not hasattr(value, "phase"):
            return
        total = max(int(value.total), int(value.done))
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(int(value.done) if total else 0)
        self.status.setText(progress_text(value.phase, value.done, value.total))

    def _synced(self, outcome: tuple[Any, Any]) -> None:
        report, _row = outcome
        self._state = ""
        self._set_busy(False)
        if report.error is not None or report.stopped:
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
            sentence = (
                sync_error_text(report.error_code, report.error, self.credentials.server)
                if report.error is not None
                else self.tr("The first sync was cancelled.")
            )
            self._show_problem(
                sentence + " " + self.tr("Press Next to try again; you stay signed in.")
            )
            self._show_state()
            return
        self.report = report
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self._show_state()
        if report.not_installed:
            # Said here (and in the sync log); the worker reads it and presses Next.
            self._show_problem(
                "\n".join(
                    self.tr("Not installed (tell your supervisor): %1").replace("%1", sentence)
                    for sentence in report.not_installed
                )
            )
            return
        self.wizard().next()

    def _failed(self, error: BaseException) -> None:
        self._state = ""
        self._set_busy(False)
        self.progress.hide()
        self._show_state()
        self._show_problem(sign_in_failure_text(error, self.server.text().strip()))
        if getattr(error, "code", None) in ("login_failed", "no_password"):
            self.password.setFocus()
            self.password.selectAll()

    def stop(self) -> None:
        """Cancel: ask a sync under way to stop at its next safe point (what was received is
        kept; the sync panel's Sync now goes on from there)."""
        if self.task is not None and self.task.is_running():
            self.task.stop()


class InterviewPage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("interviewPage")
        self.text = QLabel(wordWrap=True, objectName="howItWorks")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("How an interview works"))
        self.setSubTitle(self.tr("Five steps, at each door."))
        steps = [
            self.tr(
                "Find the household in the census list: type part of a name, an ID or the "
                "unit, then press Enter."
            ),  # fmt: skip
            self.tr(
                "Press Enter again to open its interview. Ask each question and type the "
                "answer; every answer is saved as you type."
            ),  # fmt: skip
            self.tr("Add each member of the household in the members table."),
            self.tr(
                "Press Complete when every required answer is given: the household's "
                "poverty status shows at once."
            ),  # fmt: skip
            self.tr(
                "Nobody at home, or the household refused? Mark the visit in the Household "
                "menu instead."
            ),  # fmt: skip
        ]
        # Numbers drawn by the page, in the language's own digits (a rich-text <ol> puts the
        # dot on the wrong side in right-to-left text).
        locale = QLocale()
        rows = "".join(
            f"<tr><td><b>{locale.toString(n)}</b></td><td>{html.escape(step)}</td></tr>"
            for n, step in enumerate(steps, start=1)
        )
        self.text.setText(f"<table cellspacing='6'>{rows}</table>")


class FirstRunWizard(QWizard):
    """The assistant; on Finish its choices are saved in Settings and `created` names the
    workspace to open."""

    PAGE_ORDER = [
        LANGUAGE_PAGE,
        WORKER_PAGE,
        MODE_PAGE,
        WORKSPACE_PAGE,
        SERVER_PAGE,
        INTERVIEW_PAGE,
    ]

    def __init__(self, settings: opts.Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.settings = settings
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.server_page = server_sign_in_page(self)
        self.pages = {
            LANGUAGE_PAGE: LanguagePage(),
            WORKER_PAGE: WorkerPage(),
            MODE_PAGE: ModePage(self.server_page is not None),
            WORKSPACE_PAGE: WorkspacePage(),
            INTERVIEW_PAGE: InterviewPage(),
        }
        if self.server_page is not None:
            self.pages[SERVER_PAGE] = self.server_page
        for page_id in self.PAGE_ORDER:
            if page_id in self.pages:
                self.setPage(page_id, self.pages[page_id])
        self.setStartId(LANGUAGE_PAGE)
        self.worker.name.setText(settings.get(opts.ENUMERATOR_NAME))
        self.worker.worker_id.setText(settings.get(opts.ENUMERATOR_ID))
        self.resize(760, 560)
        self.retranslate()

    @property
    def language(self) -> LanguagePage:
        return self.pages[LANGUAGE_PAGE]  # type: ignore[return-value]

    @property
    def worker(self) -> WorkerPage:
        return self.pages[WORKER_PAGE]  # type: ignore[return-value]

    @property
    def mode(self) -> ModePage:
        return self.pages[MODE_PAGE]  # type: ignore[return-value]

    @property
    def workspace(self) -> WorkspacePage:
        return self.pages[WORKSPACE_PAGE]  # type: ignore[return-value]

    def created(self) -> Path | None:
        return self.workspace.created

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        order = self.PAGE_ORDER
        current = self.currentId()
        if current not in order:
            return -1
        for page_id in order[order.index(current) + 1 :]:
            page = self.page(page_id)
            if page is not None and not page.isSkipped():  # type: ignore[attr-defined]
                return page_id
        return -1

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tinjau — first start"))
        # Qt translates its own buttons only for some languages (not Malay or Vietnamese).
        buttons = {
            QWizard.WizardButton.BackButton: self.tr("< &Back"),
            QWizard.WizardButton.NextButton: self.tr("&Next >"),
            QWizard.WizardButton.FinishButton: self.tr("&Finish"),
            QWizard.WizardButton.CancelButton: self.tr("Cancel"),
        }
        for which, text in buttons.items():
            self.setButtonText(which, text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def accept(self) -> None:
        """Finish: remember the language, the worker and the workspace."""
        self._remember()
        super().accept()

    def _remember(self) -> None:
        self.settings.set(opts.LANGUAGE, self.language.code())
        self.settings.set(opts.ENUMERATOR_NAME, self.worker.name.text().strip())
        self.settings.set(opts.ENUMERATOR_ID, self.worker.worker_id.text().strip())
        if self.created() is not None:
            self.settings.set(opts.DATA_DIR, str(self.created()))
        self.settings.sync()

    def reject(self) -> None:
        """Cancel. A workspace already made is kept and remembered (with the worker's answers),
        so the next start does not offer a folder that is no longer empty; signed in to the
        server already, it stays signed in, with what its first sync received so far (the sync
        panel's Sync now receives the rest)."""
        if isinstance(self.server_page, ServerPage):
            self.server_page.stop()
        if self.created() is not None:
            # Not accept() nor QWizard.done: QWizard asks the current page first, and a page
            # at work says no.
            self._remember()
            QDialog.done(self, QDialog.DialogCode.Accepted)
            return
        super().reject()


def needs_first_run(settings: opts.Settings) -> bool:
    """True when no data folder has been chosen yet (the assistant has never finished)."""
    return not settings.get(opts.DATA_DIR)


def run_first(window: QWidget, settings: opts.Settings) -> FirstRunWizard:
    """Open the assistant (not blocking); on Finish the window opens the workspace made and is
    shown, on Cancel it is shown on its first-run page."""
    wizard = FirstRunWizard(settings)

    def finished(result: int) -> None:
        folder = wizard.created()
        if result and folder is not None:
            try:
                window.open_workspace(folder)  # type: ignore[attr-defined]
            except Exception as error:  # noqa: BLE001 - a sentence, never a lost window
                ops.show_error(window, ops.error_message(error))
        window.show()
        wizard.deleteLater()

    wizard.finished.connect(finished)
    wizard.show()
    return wizard
