"""The interview screen: the form page by page, the members roster, the score, and saving.

`InterviewView.open_household(id)` reads (or begins) the household's interview on the database
thread and shows it. One page per top-level group of the form; a repeat (the members) is a
table on its group's page and a page of its own per instance. The `FormSession` is the only
state: widgets show it and tell it what the person typed, its ChangeSet says what to redraw
(skip logic shows and hides questions live), and `InterviewStore` writes every change.

The class is split by concern: this file opens, shows and closes an interview and says whether
it is saved; `navigation` moves between pages, members and questions; `answers` hands what was
typed to the session and redraws what changed; `completion` keeps the score current, completes
the interview and lists what is missing.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from app.paths import workspace_forms_dir
from app.survey.errors import TinjauError
from app.survey.forms import FormSession, parse_address
from app.survey.forms.session import interview_seed
from app.survey.records import interviews, lifecycle
from app.survey.records.attachments import path_of
from app.survey.records.interviews import OpenedInterview
from app.survey.scoring import Standard
from app.ui import i18n, ops
from app.ui import settings as opts
from app.ui.interview.answers import Answers
from app.ui.interview.completion import ADDRESS_ROLE, Completion
from app.ui.interview.navigation import LOOSE, Navigation
from app.ui.interview.pages import InstancePage, Page
from app.ui.interview.roster import RosterModel, RosterPanel
from app.ui.interview.score_panel import SCORE_PAUSE_MS, ScorePanel, resolve_standard
from app.ui.interview.store import InterviewStore
from app.ui.interview.widgets import QuestionWidget
from app.ui.qt import (
    QEvent,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QLocale,
    QProgressBar,
    QPushButton,
    QShortcut,
    QSplitter,
    QStackedWidget,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
    is_alive,
)

log = logging.getLogger(__name__)


class InterviewView(Navigation, Answers, Completion, QWidget):
    """The whole interview screen; see the module docstring."""

    closed = Signal()  # the worker went back to the list
    opened = Signal(str)  # interview id, once the form is on screen
    completed = Signal(str)  # household id

    def __init__(self, settings: opts.Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("interviewView")
        self.settings = settings
        self.session: FormSession | None = None
        self.device_id = ""  # the data folder's, read with the interview
        self.opened_interview: OpenedInterview | None = None
        # The interview's files by name: (media type, size, where kept); see answers.py.
        self.files: dict[str, tuple[str, int, Path]] = {}
        self.store: InterviewStore | None = None
        self.editable = True
        self.show_required_errors = False
        self.standard: Standard | None = None
        self.pages: dict[str, Page] = {}
        self.instance_pages: dict[str, InstancePage] = {}
        self.rosters: dict[str, RosterModel] = {}
        self.page_names: list[str] = []
        self.current_question: QuestionWidget | None = None
        self._referencing: list[QuestionWidget] = []
        self._opening = False
        self._save_state = ""  # "", "saved" or "failed": what saved_label says, in any language
        # Closed stores still trying to write a household's answers, by household id.
        self._retiring: dict[str, InterviewStore] = {}
        self._by_key: dict[tuple[str, tuple[int, ...]], list[QuestionWidget]] | None = None

        self.back_button = QPushButton(objectName="backToList")
        self.back_button.clicked.connect(self.close_interview)
        self.title = QLabel(objectName="interviewTitle")
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.saved_label = QLabel(objectName="savedIndicator")
        self.complete_button = QPushButton(objectName="completeInterview")
        self.complete_button.clicked.connect(self.complete)
        for button in (self.back_button, self.complete_button):
            button.setAutoDefault(True)  # Enter presses the focused button, as Space does
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.saved_label)
        top.addWidget(self.complete_button)

        self.page_list = QListWidget(objectName="pageList")
        self.page_list.setWordWrap(True)
        self.page_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page_list.currentRowChanged.connect(self._page_chosen)
        self.stack = QStackedWidget(objectName="pageStack")
        self.score_panel = ScorePanel()
        self.problems = QListWidget(objectName="problemList")
        self.problems.setMaximumHeight(140)
        self.problems.setWordWrap(True)
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problems.itemActivated.connect(self._problem_chosen)
        self.problems.itemClicked.connect(self._problem_chosen)
        self.problems_title = QLabel(objectName="problemTitle")
        self.problems_title.setStyleSheet("color: #b00020; font-weight: bold;")
        self.previous_button = QPushButton(objectName="previousPage")
        self.next_button = QPushButton(objectName="nextPage")
        self.previous_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        self.previous_button.setAutoDefault(True)
        self.next_button.setAutoDefault(True)

        centre = QWidget()
        middle = QVBoxLayout(centre)
        middle.setContentsMargins(0, 0, 0, 0)
        middle.addWidget(self.stack, 1)
        middle.addWidget(self.problems_title)
        middle.addWidget(self.problems)
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        middle.addLayout(nav)
        # What is left at a glance: open questions beside each section, the whole below.
        self.progress = QProgressBar(objectName="interviewProgress")
        self.progress.setTextVisible(True)
        sections = QWidget(objectName="sections")
        sections.setMaximumWidth(230)
        column = QVBoxLayout(sections)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.page_list, 1)
        column.addWidget(self.progress)
        self.splitter = QSplitter(objectName="interviewSplitter")
        self.splitter.addWidget(sections)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.score_panel)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([190, 700, 290])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self._hide_problems()

        self._score_timer = QTimer(self)
        self._score_timer.setSingleShot(True)
        self._score_timer.setInterval(SCORE_PAUSE_MS)
        self._score_timer.timeout.connect(self.update_score)
        for keys, slot in (
            ("Ctrl+PgDown", self.next_page),
            ("Ctrl+PgUp", self.previous_page),
            ("Alt+Right", self.next_page),
            ("Alt+Left", self.previous_page),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.retranslate()

    # -- opening and closing ---------------------------------------------------------------------

    def open_household(self, household_id: str) -> None:
        """Read (or begin) the household's interview in the background, then show it."""
        # The interview on screen is saved and taken down first: another household's answers
        # must never show under this one's name.
        self.leave()
        log.info("Opening the interview of household %s", household_id)  # its id, never a name
        self.title.setText(self.tr("Opening the interview…"))
        workspace = ops.task_manager().workspace
        forms_dir = workspace_forms_dir(workspace.data_dir if workspace else Path("."))

        def read(ctx: ops.OpContext) -> tuple[OpenedInterview, Standard | None, str]:
            # The workspace's standard is read (and compiled) here, off the UI thread.
            opened = interviews.open_for_household(
                ctx.db, household_id=household_id, forms_dir=forms_dir
            )
            return opened, resolve_standard(ctx.db), ctx.db.device_id

        def found(result: tuple[OpenedInterview, Standard | None, str]) -> None:
            self.device_id = result[2]
            self.show_interview(result[0], result[1])

        ops.QueryOp(parent=self, op=read, success=found).with_progress(
            self.tr("Opening the interview…")
        ).failure(self._open_failed).run_in_background()

    def _open_failed(self, error: BaseException) -> None:
        """Say why (a sentence) and go back to the list."""
        self.title.setText("")
        ops.show_error(self.window(), ops.error_message(error))
        self.closed.emit()

    def show_interview(self, opened: OpenedInterview, standard: Standard | None) -> None:
        """Lay out `opened`, scored under `standard`, and resume where the worker was."""
        self._clear()
        unwritten = self._take_unwritten(opened)
        language = i18n.current_language()
        try:
            session = FormSession(
                opened.form,
                opened.answers,
                language=language,
                strict=False,
                random_seed=interview_seed(opened.interview_id),
                metadata=self.metadata(),
            )
        except TinjauError as error:  # saved answers the form cannot hold: say so, keep them
            self._open_failed(error)
            return
        self.opened_interview = opened
        self.session = session
        folder = opened.attachments_folder
        self.files = {
            kept.name: (kept.media_type, kept.size, path_of(folder, kept.sha256))
            for kept in opened.attachments
            if folder is not None
        }
        self.session.add_listener(self._apply_changes)
        self.editable = opened.status in lifecycle.EDITABLE
        self.show_required_errors = False
        self.store = InterviewStore(
            self, opened, self._snapshot, self.settings.get(opts.ENUMERATOR_ID)
        )
        self.store.saved.connect(self._saved)
        self.store.failed.connect(self._save_failed)
        if unwritten:
            self.store.schedule()
        self.standard = standard
        definition = opened.form.definition
        # One page per top-level group; the questions outside every group share one page,
        # placed where the first of them is (forms from elsewhere often have no groups).
        self.page_names = list(
            dict.fromkeys(
                name if definition.questions[name].type == "group" else LOOSE
                for name in definition.top_level
            )
        )
        for name in self.page_names:
            item = QListWidgetItem()
            item.setData(ADDRESS_ROLE, name)
            self.page_list.addItem(item)
        self.complete_button.setEnabled(self.editable)
        self._retitle()
        self._refresh_page_list()
        self.update_score()
        self._show_status_text()
        self._opening = True  # showing the saved position is not a change to save
        try:
            self.resume(opened.position)
        finally:
            self._opening = False
        self.opened.emit(opened.interview_id)

    def metadata(self) -> dict[str, str]:
        """What the form's metadata questions are filled with: the data folder's device id
        (`deviceid`) and the enumerator ID of Settings (`username`). A laptop has no SIM card:
        `phonenumber`, `simserial` and `subscriberid` stay empty, as in ODK Collect without one."""
        return {
            "deviceid": self.device_id,
            "username": str(self.settings.get(opts.ENUMERATOR_ID) or ""),
        }

    def _take_unwritten(self, opened: OpenedInterview) -> bool:
        """When this household's last save failed and its closed store still holds the answers
        (newer than the database), open those instead; True if so."""
        left = self._retiring.pop(opened.household_id, None)
        unwritten = left.hand_over() if left is not None and is_alive(left) else None
        if left is None or unwritten is None:
            return False
        opened.interview_id, opened.exists, opened.form = left.interview_id, left.exists, left.form
        opened.answers, opened.position = unwritten
        return True

    def resume(self, position: dict[str, Any]) -> None:
        """Go to the page, member and question saved in `position` (the first page if none)."""
        path = position.get("path") if isinstance(position, dict) else None
        if isinstance(path, str) and path:
            try:
                name, index = parse_address(path)
                if self.goto(name, index):
                    return
            except TinjauError:
                log.info("Saved position no longer fits the form; starting at the first page")
        page = position.get("page") if isinstance(position, dict) else None
        member = position.get("member") if isinstance(position, dict) else None
        if isinstance(page, str) and page in self.page_names:
            repeat = position.get("repeat")
            if isinstance(member, list) and isinstance(repeat, str) and self._valid(repeat, member):
                self.open_instance(repeat, tuple(member))
            else:
                self.show_page(page)
            return
        if self.page_names:
            self.show_page(self.page_names[0])
            self._focus_first()

    def close_interview(self) -> None:
        """Save what is unsaved and go back to the list."""
        if self.store is not None:
            self.store.save_now()
        self.closed.emit()

    def leave(self) -> None:
        """Take the interview off the screen (its last answers are still written to the data
        folder it came from); used before another data folder is opened."""
        self._clear()
        self.session = None
        self.opened_interview = None
        self.title.setText("")
        self.complete_button.setEnabled(False)

    def _clear(self) -> None:
        if self.store is not None:
            # The store outlives the screen until its last write is acknowledged; a failure
            # then is said in a box (this screen's indicator belongs to the next interview).
            store, self.store = self.store, None
            store.saved.disconnect(self._saved)
            store.failed.disconnect(self._save_failed)
            told: list[str] = []

            def tell_once(message: str) -> None:
                if not told:
                    told.append(message)
                    ops.show_error(self.window(), message)

            store.failed.connect(tell_once)
            store.close()
            if store.pending:  # reopening this household takes its unwritten answers
                household = store.household_id
                self._retiring[household] = store
                store.destroyed.connect(
                    lambda *_, gone=store, key=household: (
                        self._retiring.get(key) is gone and self._retiring.pop(key)
                    )
                )
        self._show_save_state("")
        for page in [*self.pages.values(), *self.instance_pages.values()]:
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages, self.instance_pages, self.rosters = {}, {}, {}
        self.page_list.blockSignals(True)
        self.page_list.clear()
        self.page_list.blockSignals(False)
        self._referencing = []
        self._by_key = None
        self.current_question = None
        self._hide_problems()

    # -- saving ----------------------------------------------------------------------------------

    def _saved(self, sequence: int, _answers: object) -> None:
        # "Saved" only when nothing typed since is waiting: the label never claims more than
        # the database acknowledged.
        if self.store is not None and not self.store.pending:
            self._show_save_state("saved")

    def _save_failed(self, message: str) -> None:
        # Said once in a box (a sentence, what to do), then kept in the indicator while the
        # store retries; the answers stay on screen and in the session meanwhile.
        if self._save_state != "failed":
            kept = self.tr(
                "The answers are not saved yet. They stay on screen, and Tinjau keeps trying "
                "to save them."
            )
            ops.show_error(self.window(), f"{kept}\n\n{message}")
        self._show_save_state("failed")
        self.saved_label.setToolTip(message)

    def _show_save_state(self, state: str) -> None:
        # Style sheets re-polish the widget: set only when the state changes, not every save.
        if state == self._save_state:
            return
        self._save_state = state
        self.saved_label.setToolTip("")
        self._show_save_text()
        styles = {"saved": "color: #1b5e20;", "failed": "color: #b00020; font-weight: bold;"}
        self.saved_label.setStyleSheet(styles.get(state, ""))

    def _show_save_text(self) -> None:
        if self.opened_interview is not None and not self.editable:
            return  # _show_status_text says "Complete"
        texts = {"saved": self.tr("Saved"), "failed": self.tr("Not saved")}
        self.saved_label.setText(texts.get(self._save_state, ""))

    # -- texts -----------------------------------------------------------------------------------

    def _retitle(self) -> None:
        if self.opened_interview is not None:
            self.title.setText(i18n.isolate(self.opened_interview.household_label))

    def _refresh_page_list(self) -> None:
        if self.session is None:
            return
        for row, name in enumerate(self.page_names):
            self.page_list.item(row).setHidden(not self._page_relevant(name))
        self._show_open()
        self._update_nav()

    def _show_open(self) -> None:
        """Each section with its open questions (a tick when none), and the progress bar;
        the counts come from the session (FormSession.open_by_section, completeness)."""
        assert self.session is not None
        still_open: dict[str, int] = {}
        for section, count in self.session.open_by_section().items():
            page = self._top(section)  # a question outside every group: the loose page's
            still_open[page] = still_open.get(page, 0) + count
        for row, name in enumerate(self.page_names):
            item = self.page_list.item(row)
            label = self._page_title(name)
            count = still_open.get(name, 0)
            item.setText(f"{label}  ✓" if not count else f"{label}  ({QLocale().toString(count)})")
            item.setToolTip(
                self.tr("Nothing left to answer here")
                if not count
                else self.tr("%1 questions still to answer or correct here").replace(
                    "%1", QLocale().toString(count)
                )
            )
        done, asked = self.session.completeness()
        self.progress.setRange(0, max(asked, 1))
        self.progress.setValue(done if asked else 1)
        self.progress.setFormat(
            self.tr("%1 of %2 required answers")
            .replace("%1", QLocale().toString(done))
            .replace("%2", QLocale().toString(asked))
        )

    def _show_status_text(self) -> None:
        if self.opened_interview is not None and not self.editable:
            self.saved_label.setText(self.tr("Complete — read only"))

    def _retranslate_roster(self, panel: RosterPanel) -> None:
        people = self._is_roster_of_people(panel.model.repeat)
        add = self.tr("Add member") if people else self.tr("Add")
        if panel.grid and people:
            keys = self.tr(
                "Keys: Insert adds a member's row; type in each cell and press Enter to go on "
                "(Enter on an empty new row ends the table); Ctrl+Enter opens the chosen "
                "member's page; Delete removes it."
            )
        elif panel.grid:
            keys = self.tr(
                "Keys: Insert adds a row; type in each cell and press Enter to go on (Enter on "
                "an empty new row ends the table); Ctrl+Enter opens the chosen row's page; "
                "Delete removes it."
            )
        elif people and self.editable:
            keys = self.tr(
                "Keys: Insert adds a member on a page of its own; Enter opens the chosen "
                "member; Delete removes it."
            )
        elif self.editable:
            keys = self.tr(
                "Keys: Insert adds a row on a page of its own; Enter opens the chosen row; "
                "Delete removes it."
            )
        elif people:
            keys = self.tr("Keys: Enter opens the chosen member.")
        else:
            keys = self.tr("Keys: Enter opens the chosen row.")
        panel.retranslate(
            {"add": add, "edit": self.tr("Edit"), "remove": self.tr("Remove"), "keys": keys}
        )

    def _retranslate_instance(self, page: InstancePage) -> None:
        if self._is_roster_of_people(page.name):
            page.back.setText(self.tr("Back to the list of members"))
            page.previous.setText(self.tr("Previous member"))
            page.next.setText(self.tr("Next member"))
        else:
            page.back.setText(self.tr("Back to the table"))
            page.previous.setText(self.tr("Previous"))
            page.next.setText(self.tr("Next"))
        if page.index and self._valid(page.name, list(page.index)):  # not a removed member
            page.title.setText(self.rosters_label(page.name, page.index[-1]))

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Back to the list"))
        self.complete_button.setText(self.tr("Complete"))
        self.complete_button.setToolTip(
            self.tr("Check the answers and mark the interview complete")
        )
        self.previous_button.setText(self.tr("Previous page"))
        self.next_button.setText(self.tr("Next page"))
        self.previous_button.setToolTip("Ctrl+PgUp, Alt+←")
        self.next_button.setToolTip("Ctrl+PgDown, Alt+→")
        if self.session is None:
            return
        self.session.language = i18n.current_language()
        for page in self.pages.values():
            page.title.setText(self._page_title(page.name))  # the loose page is no question
            if page.roster is not None:
                self._retranslate_roster(page.roster)
        for page in self.instance_pages.values():
            self._retranslate_instance(page)
        for widget in self._bound_widgets():
            widget.refresh_choices()
            widget.refresh_value()
            widget.refresh_texts()
        self._refresh_page_list()
        if self.problems.isVisible():
            self._list_problems()
        self._show_save_text()
        self._show_status_text()
        self.update_score()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def hideEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        # The window closing (or the list shown instead): write what is not written yet.
        # `last`: queued even behind a running write, since after the window closes no result
        # comes back to start the next one (ops.shutdown only finishes what was queued).
        if self.store is not None:
            self.store.flush(last=True)
        super().hideEvent(event)
