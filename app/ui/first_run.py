"""The first-run assistant: what a worker sees the first time Tinjau starts on a new laptop.

`tinjau gui` with no --data-dir and no data folder saved yet opens it before the main window.
Its pages, in `FirstRunWizard.PAGE_ORDER`:

1. language: the four interface languages, each in its own words; choosing one switches the
   assistant at once (Persian right-to-left);
2. worker: the enumerator's name and ID, kept in Settings and recorded on each interview;
3. how you work: a server (its sign-in is not built yet, so the choice is shown disabled and the
   worker works offline for now; see `server_sign_in_page`) or a local workspace;
4. workspace: the folder (by default in the system's place for application data, never next to
   the program), the country and the area, made by the same code as `tinjau init` and
   File > New workspace (`WorkspaceFields`); a folder that already holds a workspace is used as
   it is;
5. how an interview works: a short reminder, then Finish opens the census list.

Adding a page (a passphrase for an encrypted workspace, a server sign-in): make a QWizardPage,
give it an id in `PAGE_ORDER` where it belongs and build it in `_make_page`; `nextId` follows
`PAGE_ORDER` and skips pages whose `isSkipped()` (a method of theirs) says so.
"""

from __future__ import annotations

import html
from pathlib import Path

from app.paths import database_path
from app.ui import i18n, ops
from app.ui import settings as opts
from app.ui.new_workspace_dialog import WorkspaceFields
from app.ui.qt import (
    QButtonGroup,
    QEvent,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QLocale,
    QRadioButton,
    QStandardPaths,
    Qt,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

LANGUAGE_PAGE, WORKER_PAGE, MODE_PAGE, WORKSPACE_PAGE, INTERVIEW_PAGE = range(5)
ERROR_STYLE = "color: #b00020"


def default_data_folder() -> Path:
    """Where a first workspace goes unless the worker chooses: the system's place for this
    app's data (~/.local/share/Tinjau/Tinjau on Linux, %APPDATA%\\Tinjau\\Tinjau on Windows,
    ~/Library/Application Support/Tinjau/Tinjau on macOS), folder `workspace`."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / "Tinjau") / "workspace"


def server_sign_in_page(wizard: FirstRunWizard) -> QWizardPage | None:
    """The page that signs the device in to a server and runs its first sync; None until the
    sign-in exists, so the assistant offers "work offline for now". When it does, return its
    page here: the mode page then enables the server choice and leads to it."""
    return None


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
        self.note.setText(
            self.tr(
                "The country decides how ID numbers and phone numbers are checked and which "
                "poverty standard is used. Name the areas from the top; the lower ones may stay "
                "empty."
            )
        )

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

    PAGE_ORDER = [LANGUAGE_PAGE, WORKER_PAGE, MODE_PAGE, WORKSPACE_PAGE, INTERVIEW_PAGE]

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
        for page_id in self.PAGE_ORDER:
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
        self.settings.set(opts.LANGUAGE, self.language.code())
        self.settings.set(opts.ENUMERATOR_NAME, self.worker.name.text().strip())
        self.settings.set(opts.ENUMERATOR_ID, self.worker.worker_id.text().strip())
        if self.created() is not None:
            self.settings.set(opts.DATA_DIR, str(self.created()))
        self.settings.sync()
        super().accept()

    def reject(self) -> None:
        """Cancel. A workspace already made is kept and remembered (with the worker's answers),
        so the next start does not offer a folder that is no longer empty."""
        if self.created() is not None:
            self.accept()
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
