"""The interview screen: the form page by page, the members roster, the score, and saving.

`InterviewView.open_household(id)` reads (or begins) the household's interview on the database
thread and shows it. One page per top-level group of the form; a repeat (the members) is a
table on its group's page and a page of its own per instance. The `FormSession` is the only
state: widgets show it and tell it what the person typed, its ChangeSet says what to redraw
(skip logic shows and hides questions live), and `InterviewStore` writes every change.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.paths import workspace_forms_dir
from app.survey.errors import TinjauError
from app.survey.forms import FormSession, Question, parse_address
from app.survey.forms.model import pick_label
from app.survey.forms.session import interview_seed
from app.survey.scoring import Standard
from app.survey.scoring.draft import Needs
from app.ui import i18n, ops
from app.ui import settings as opts
from app.ui.interview.pages import InstancePage, Page, repeat_shown
from app.ui.interview.records import (
    EDITABLE,
    Draft,
    OpenedInterview,
    complete_interview,
    open_for_household,
)
from app.ui.interview.roster import RosterModel, RosterPanel
from app.ui.interview.score_panel import SCORE_PAUSE_MS, ScorePanel, resolve_standard, score
from app.ui.interview.store import InterviewStore
from app.ui.interview.widgets import QuestionWidget, ascii_digits, is_shown
from app.ui.qt import (
    QApplication,
    QEvent,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QLocale,
    QMessageBox,
    QObject,
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

ADDRESS_ROLE = Qt.ItemDataRole.UserRole + 1
# The name of the page holding the questions outside every top-level group (not an XML name,
# so no group of a form can have it).
LOOSE = "/"


class InterviewView(QWidget):
    """The whole interview screen; see the module docstring."""

    closed = Signal()  # the worker went back to the list
    opened = Signal(str)  # interview id, once the form is on screen
    completed = Signal(str)  # household id

    def __init__(self, settings: opts.Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("interviewView")
        self.settings = settings
        self.session: FormSession | None = None
        self.opened_interview: OpenedInterview | None = None
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
        self.title.setText(self.tr("Opening the interview…"))
        workspace = ops.task_manager().workspace
        forms_dir = workspace_forms_dir(workspace.data_dir if workspace else Path("."))

        def read(ctx: ops.OpContext) -> tuple[OpenedInterview, Standard | None]:
            # The workspace's standard is read (and compiled) here, off the UI thread.
            return open_for_household(ctx.db, household_id, forms_dir), resolve_standard(ctx.db)

        ops.QueryOp(
            parent=self, op=read, success=lambda found: self.show_interview(*found)
        ).with_progress(self.tr("Opening the interview…")).failure(
            self._open_failed
        ).run_in_background()

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
            )
        except TinjauError as error:  # saved answers the form cannot hold: say so, keep them
            self._open_failed(error)
            return
        self.opened_interview = opened
        self.session = session
        self.session.add_listener(self._apply_changes)
        self.editable = opened.status in EDITABLE
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

    # -- building pages (on first visit) ---------------------------------------------------------

    def page(self, name: str) -> Page:
        """The page of top-level group `name`, built the first time it is asked for."""
        page = self.pages.get(name)
        if page is None:
            assert self.session is not None
            page = Page(name)
            if name == LOOSE:
                questions = self.session.definition.questions
                loose = [n for n in self.session.definition.top_level if n not in self.page_names]
                self._add_children(page, [n for n in loose if n in questions], ())
            else:
                self._add_questions(page, name, ())
            page.finish()
            self.pages[name] = page
            self._by_key = None
            self._show_rosters()
            self.stack.addWidget(page)
            page.title.setText(self._page_title(name))
        return page

    def _page_title(self, name: str) -> str:
        assert self.session is not None
        if name == LOOSE:
            return self.session.definition.title or self.session.definition.form_id
        return self._label(name, ()) or name

    def instance_page(self, repeat: str) -> InstancePage:
        page = self.instance_pages.get(repeat)
        if page is None:
            page = InstancePage(repeat)
            self._add_questions(page, repeat, None)
            page.finish()
            page.back.clicked.connect(lambda: self.back_to_roster(repeat))
            for button in (page.back, page.previous, page.next):
                button.setAutoDefault(True)  # Enter presses it
            page.previous.clicked.connect(lambda: self._step_instance(-1))
            page.next.clicked.connect(lambda: self._step_instance(1))
            self.instance_pages[repeat] = page
            self._by_key = None
            self.stack.addWidget(page)
            self._retranslate_instance(page)
        return page

    def _add_questions(self, page: Page, container: str, index: tuple[int, ...] | None) -> None:
        assert self.session is not None
        self._add_children(page, self.session.definition.questions[container].children, index)

    def _add_children(
        self, page: Page, children: Sequence[str], index: tuple[int, ...] | None
    ) -> None:
        assert self.session is not None
        questions = self.session.definition.questions
        for child in children:
            question = questions[child]
            if question.type == "group":
                self._add_questions(page, child, index)
            elif question.type == "repeat":
                model = RosterModel(self.session, child, (), self)
                if self.editable:
                    model.answer = self.answer_cell
                panel = RosterPanel(model)
                panel.add_requested.connect(lambda r=child: self.add_instance(r))
                panel.row_requested.connect(lambda r=child: self.add_row(r))
                panel.grid_done.connect(lambda row, r=child: self.end_grid(r, row))
                panel.edit_requested.connect(lambda row, r=child: self.edit_instance(r, row))
                panel.remove_requested.connect(lambda row, r=child: self.confirm_remove(r, row))
                panel.set_editable(self.editable)
                self.rosters[child] = model
                page.roster = panel
                page.column.addWidget(panel)
                self._retranslate_roster(panel)
            elif is_shown(question):
                widget = QuestionWidget(question, self)
                page.questions.append(widget)
                page.column.addWidget(widget)
                if index is not None:
                    widget.bind(index)
                if "${" in "".join(question.labels.values()) + "".join(question.hints.values()):
                    self._referencing.append(widget)

    # -- navigation ------------------------------------------------------------------------------

    def current_page(self) -> Page | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Page) else None

    def show_page(self, name: str) -> None:
        page = self.page(name)
        self.stack.setCurrentWidget(page)
        row = self.page_names.index(name)
        if self.page_list.currentRow() != row:
            self.page_list.blockSignals(True)
            self.page_list.setCurrentRow(row)
            self.page_list.blockSignals(False)
        self._moved()

    def _visible_pages(self) -> list[str]:
        assert self.session is not None
        return [n for n in self.page_names if self._page_relevant(n)]

    def _page_relevant(self, name: str) -> bool:
        assert self.session is not None
        if name != LOOSE:
            return self.session.is_relevant(name)
        # The loose page is listed while one of its questions is shown (the household form's
        # are all calculations: no page of nothing in the list).
        questions = self.session.definition.questions
        return any(
            questions[n].type != "group" and is_shown(questions[n]) and self.session.is_relevant(n)
            for n in self.session.definition.top_level
        )

    def _top(self, name: str) -> str:
        """The page `name` is on: its top-level group, or the page of questions outside one."""
        assert self.session is not None
        questions = self.session.definition.questions
        top = questions[name].path[0]
        return top if questions[top].type == "group" else LOOSE

    def _page_name(self) -> str | None:
        page = self.current_page()
        if page is None:
            return None
        return self._top(page.name) if isinstance(page, InstancePage) else page.name

    def next_page(self) -> None:
        self._step_page(1)

    def previous_page(self) -> None:
        self._step_page(-1)

    def _step_page(self, step: int) -> None:
        if self.session is None:
            return
        visible = self._visible_pages()
        current = self._page_name()
        if current not in visible:
            return
        target = visible.index(current) + step
        if 0 <= target < len(visible):
            self.show_page(visible[target])
            self._focus_first()

    def _page_chosen(self, row: int) -> None:
        if 0 <= row < len(self.page_names):
            self.show_page(self.page_names[row])

    def open_instance(self, repeat: str, index: tuple[int, ...]) -> None:
        """Show the page of one repeat instance (one member)."""
        if self.session is None or not self._valid(repeat, list(index)):
            return
        page = self.instance_page(repeat)
        page.index = index
        self._by_key = None
        for widget in page.questions:
            widget.bind(index)
        self._retranslate_instance(page)
        self.stack.setCurrentWidget(page)
        row = self.page_names.index(self._top(repeat))
        self.page_list.blockSignals(True)
        self.page_list.setCurrentRow(row)
        self.page_list.blockSignals(False)
        self._moved()

    def edit_instance(self, repeat: str, row: int) -> None:
        """Open a member from the table, the cursor in its first question the grid did not
        answer."""
        self.open_instance(repeat, (row,))
        self._focus_first(after_grid=True)

    def back_to_roster(self, repeat: str, row: int | None = None) -> None:
        """Show the table of `repeat` with the member just left (or `row`) chosen in it and
        the keyboard in the table, where Insert, Enter and Delete act."""
        page = self.current_page()
        if row is None and isinstance(page, InstancePage) and page.name == repeat:
            row = page.index[-1]
        self.show_page(self._top(repeat))
        roster = self.pages[self._top(repeat)].roster
        if roster is None:
            return
        if roster.model.rowCount():
            roster.select_row(row or 0)
            roster.table.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            roster.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _valid(self, repeat: str, index: list[Any]) -> bool:
        assert self.session is not None
        if len(index) != 1 or not isinstance(index[0], int):
            return False
        return 0 <= index[0] < self.session.repeat_size(repeat)

    def _step_instance(self, step: int) -> None:
        page = self.current_page()
        if isinstance(page, InstancePage) and self.session is not None:
            target = page.index[-1] + step
            if 0 <= target < self.session.repeat_size(page.name):
                self.open_instance(page.name, (target,))
                self._focus_first(after_grid=True)

    def add_instance(self, repeat: str) -> None:
        """Add a member (an instance) and open its page."""
        if self.session is None or not self.editable:
            return
        position, _changes = self.session.add_repeat(repeat)
        self.open_instance(repeat, (position,))
        self._focus_first()

    def add_row(self, repeat: str) -> None:
        """A new row in the grid of `repeat`, the cursor in its first cell."""
        if self.session is None or not self.editable:
            return
        position, _changes = self.session.add_repeat(repeat)
        roster = self.pages[self._top(repeat)].roster
        if roster is not None:
            roster.select_row(position)
            roster.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self._answered()

    def end_grid(self, repeat: str, row: int) -> None:
        """Enter on the empty new row of the grid: the row goes (nothing was typed in it) and
        the first member's page opens at the first question the grid did not ask."""
        if self.session is None or not self.editable:
            return
        self.session.remove_repeat(repeat, row)
        self.open_instance(repeat, (0,))
        self._focus_first(after_grid=True)
        self._answered()

    def answer_cell(self, name: str, index: tuple[int, ...], value: Any) -> None:
        """What was typed or picked in a cell of the grid (called by its model)."""
        if self.session is None or not self.editable:
            return
        question = self.session.definition.questions[name]
        roster = self.pages[self._top(name)].roster
        if isinstance(value, str) and question.type in ("integer", "decimal"):
            text = ascii_digits(value.strip())
            try:
                value = (int(text) if question.type == "integer" else float(text)) if text else None
            except ValueError:
                if roster is not None:
                    roster.say(self.partial_message(question))
                return  # nothing stored: the cell shows the answer it had
        elif isinstance(value, str):
            value = value.strip() or None
        try:
            self.session.set(name, value, index)
        except TinjauError:
            if roster is not None:
                roster.say(self.partial_message(question))
            return
        if roster is not None:
            roster.say(None)
        self._answered()

    def _answered(self) -> None:
        if self.store is not None:
            self.store.schedule()
            if self._save_state == "saved":
                self._show_save_state("")
        self._score_timer.start()

    def confirm_remove(self, repeat: str, row: int) -> QMessageBox:
        """Ask before removing a member (its answers go with it)."""
        box = QMessageBox(self)
        box.setObjectName("confirmRemove")
        box.setIcon(QMessageBox.Icon.Question)
        name = self.rosters[repeat].index(row, 0).data() or str(row + 1)
        box.setText(self.tr("Remove %1 and all their answers?").replace("%1", i18n.isolate(name)))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self.remove_instance(repeat, row))
        box.open()
        return box

    def remove_instance(self, repeat: str, row: int) -> None:
        if self.session is not None and self.editable:
            # The position saved next must not name a question of the member removed.
            if self.current_question is not None and self.current_question.index:
                self.current_question = None
            self.session.remove_repeat(repeat, row)
            self.back_to_roster(repeat, row)

    def goto(self, name: str, index: tuple[int, ...]) -> bool:
        """Show the question `name` of instance `index` and put the cursor in it."""
        if self.session is None or name not in self.session.definition.questions:
            return False
        question = self.session.definition.questions[name]
        if question.type == "repeat":
            self.show_page(self._top(name))
            return True
        if question.repeats:
            repeat = question.repeats[-1]
            if not self._valid(repeat, list(index[:1])):
                return False
            self.open_instance(repeat, index[:1])
        else:
            self.show_page(question.path[0])
        page = self.current_page()
        assert page is not None
        for widget in page.questions:
            if widget.question.name == name:
                page.ensureWidgetVisible(widget)
                if not widget.focus_input():
                    widget.setFocus()
                self.current_question = widget
                return True
        return True

    def tab_stops(self) -> list[QWidget]:
        """Where Tab stops on the screen, in order: the sections, the page's questions (and
        its table), the list of problems, then the buttons below and above the page."""
        page = self.current_page()
        stops = [
            self.page_list,
            *(page.tab_stops() if page is not None else []),
            self.problems,
            self.previous_button,
            self.next_button,
            self.complete_button,
            self.back_button,
        ]
        return [w for w in stops if w.isVisible() and w.isEnabled()]

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 - Qt's name
        # Tab walks tab_stops() whatever order Qt made the widgets in (choice buttons are made
        # when a member is opened); Qt's own chain put them after everything else.
        stops = self.tab_stops()
        focus = QApplication.focusWidget()
        if not stops or focus is None or not self.isAncestorOf(focus):
            return super().focusNextPrevChild(next)
        at = self._stop_of(focus, stops)
        if at < 0:
            target = stops[0] if next else stops[-1]
        else:
            target = stops[(at + (1 if next else -1)) % len(stops)]
        reason = Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        target.setFocus(reason)
        page = self.current_page()
        if page is not None and page.isAncestorOf(target):
            page.ensureWidgetVisible(target)
        return True

    @staticmethod
    def _stop_of(focus: QWidget, stops: list[QWidget]) -> int:
        """The position of `focus` among `stops`: itself, or the stop of its question (a
        choice reached by its letters is not the group's stop), or -1."""
        if focus in stops:
            return stops.index(focus)
        holder: QWidget | None = focus
        while holder is not None and not isinstance(holder, QuestionWidget):
            holder = holder.parentWidget()
        if holder is not None:
            for number, stop in enumerate(stops):
                if holder.isAncestorOf(stop):
                    return number
        return -1

    def _focus_first(self, after_grid: bool = False) -> None:
        """The cursor in the page's first question; `after_grid`: the first one the members
        grid did not answer."""
        page = self.current_page()
        if page is None:
            return
        asked: list[str] = []
        if after_grid and isinstance(page, InstancePage) and self.session is not None:
            roster = self.pages[self._top(page.name)].roster
            if roster is not None:
                asked = [
                    n for n in roster.model.columns
                    if self.session.value(n, page.index) is not None
                ]  # fmt: skip
        for widget in page.questions:
            if widget.question.name in asked:
                continue
            if widget.focus_input():
                return
        if page.roster is not None:
            page.roster.table.setFocus()

    def _moved(self) -> None:
        """A page change: save the position now."""
        self._update_nav()
        if self.store is not None and self.editable and not self._opening:
            self.store.save_now()

    def _update_nav(self) -> None:
        if self.session is None:
            return
        visible = self._visible_pages()
        current = self._page_name()
        at = visible.index(current) if current in visible else -1
        self.previous_button.setEnabled(at > 0)
        self.next_button.setEnabled(0 <= at < len(visible) - 1)
        page = self.current_page()
        if isinstance(page, InstancePage):
            size = self.session.repeat_size(page.name)
            page.previous.setEnabled(page.index[-1] > 0)
            page.next.setEnabled(page.index[-1] < size - 1)

    # -- answers ---------------------------------------------------------------------------------

    def answer(self, widget: QuestionWidget, value: Any) -> None:
        """The person changed an answer in `widget` (called by the widget)."""
        if self.session is None or not self.editable:
            return
        self.current_question = widget
        name, index = widget.question.name, widget.index
        try:
            self.session.set(name, value, index)
        except TinjauError:
            # Not a value of this type yet (a half-typed time): clear, and say how to write it.
            if widget.editor is not None:
                widget.editor.partial = True
            self.session.clear(name, index)
        widget.refresh_error()
        self._answered()

    def partial_message(self, question: Question) -> str:
        if question.type == "date":
            return self.tr("Write the date as YYYY-MM-DD.")
        if question.type == "time":
            return self.tr("Write the time as HH:MM.")
        if question.type == "dateTime":
            return self.tr("Write the date and time as YYYY-MM-DDTHH:MM.")
        if question.type == "geopoint":
            return self.tr("Write the latitude and the longitude, e.g. 3.1390 101.6869.")
        if question.type == "decimal":
            return self.tr("This is not a number yet; finish typing it.")
        return self.tr("This is not finished yet; write a whole number.")

    def _apply_changes(self, changes: Any) -> None:
        """Redraw what the session says changed (values, skip logic, errors, choices, rows)."""
        page = self.current_page()
        bound = page.questions if page is not None else []
        by_key = self._widgets_by_key()
        if changes.repeats:
            # Rows first: the keys below may name instances that moved or are gone, and the
            # member page may be bound to one of them.
            for model in self.rosters.values():
                model.reload()
            page_now = self.current_page()
            if isinstance(page_now, InstancePage) and not self._valid(
                page_now.name, list(page_now.index)
            ):
                self.show_page(self._top(page_now.name))

        def widgets(key: tuple[str, tuple[int, ...]]) -> list[QuestionWidget]:
            found = by_key.get(key, [])
            return [w for w in found if self._exists(w)] if changes.repeats else found

        for key in changes.choices:
            for widget in widgets(key):
                widget.refresh_choices()
                widget.refresh_value()
        for key in changes.values:
            for widget in widgets(key):
                widget.refresh_value()
            for model in self.rosters.values():
                model.value_changed(*key)
        for key in changes.relevance | changes.required | changes.read_only:
            for widget in widgets(key):
                widget.refresh_state()
        for key in changes.errors:
            for widget in widgets(key):
                widget.refresh_error()
        if changes.values:
            for widget in self._referencing:
                if widget in bound or widget.isVisible():
                    widget.refresh_texts()
        if changes.values or changes.relevance:
            self._show_rosters()
        page_now = self.current_page()
        if isinstance(page_now, InstancePage) and any(
            key == ("name", page_now.index) for key in changes.values
        ):
            page_now.title.setText(self.rosters_label(page_now.name, page_now.index[-1]))
        if any(key[0] in self.page_names for key in changes.relevance):
            self._refresh_page_list()
        if self.problems.isVisible():
            self._list_problems()

    def _bound_widgets(self) -> list[QuestionWidget]:
        """Every question widget showing answers that exist: a member page never opened, or
        left showing a member since removed, is skipped (it is bound again when opened)."""
        widgets = [widget for page in self.pages.values() for widget in page.questions]
        for page in self.instance_pages.values():
            if page.index and self._valid(page.name, list(page.index)):
                widgets.extend(page.questions)
        return widgets

    def _exists(self, widget: QuestionWidget) -> bool:
        """Whether the instance `widget` is bound to is still in the answers."""
        assert self.session is not None
        try:
            self.session.node(widget.question.name, widget.index)
        except TinjauError:
            return False
        return True

    def _show_rosters(self) -> None:
        assert self.session is not None
        for page in self.pages.values():
            if page.roster is not None:
                shown = repeat_shown(self.session, page.roster.model.repeat)
                if page.roster.isHidden() == shown:
                    page.roster.setVisible(shown)

    def _widgets_by_key(self) -> dict[tuple[str, tuple[int, ...]], list[QuestionWidget]]:
        """Question widgets by (name, instance), rebuilt only after pages or bindings change."""
        if self._by_key is None:
            self._by_key = {}
            for each in [*self.pages.values(), *self.instance_pages.values()]:
                for widget in each.questions:
                    self._by_key.setdefault((widget.question.name, widget.index), []).append(widget)
        return self._by_key

    def _snapshot(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """(answers, position) as they are now, for a save."""
        assert self.session is not None
        position: dict[str, Any] = {"page": self._page_name()}
        page = self.current_page()
        if isinstance(page, InstancePage):
            position["repeat"] = page.name
            position["member"] = list(page.index)
        widget = self.current_question
        if widget is not None and self.session.is_relevant(widget.question.name, widget.index):
            address = widget.question.name
            if widget.index:
                repeat = widget.question.repeats[-1]
                address = f"{repeat}[{widget.index[-1]}].{address}"
            position["path"] = address
        return self.session.answers(), position

    def focused(self, widget: QuestionWidget) -> None:
        """Focus entered a question: remember it (the position), and save what came before."""
        if widget is not self.current_question:
            self.current_question = widget
            if self.store is not None and self.editable and not self._opening:
                self.store.save_now()

    def enter_moves_on(self, widget: QuestionWidget, watched: QObject, event: Any) -> bool:
        """Enter in a question goes to the next one (Ctrl+Enter in a text area); on a button
        ("Clear") it presses the button."""
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        if isinstance(watched, QPushButton):
            return False
        multiline = widget.question.type == "text" and "multiline" in widget.question.appearance
        if multiline and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        self.focus_next(widget)
        return True

    def focus_next(self, widget: QuestionWidget) -> None:
        page = self.current_page()
        if page is None:
            return
        questions = page.questions
        start = questions.index(widget) + 1 if widget in questions else 0
        for candidate in questions[start:]:
            if candidate.focus_input():
                page.ensureWidgetVisible(candidate)
                return
        if isinstance(page, InstancePage):
            (page.next if page.next.isEnabled() else page.back).setFocus()
            return
        if page.roster is not None:
            page.roster.table.setFocus()
            return
        self.next_page()

    # -- saving, scoring, completing -------------------------------------------------------------

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

    def use_standard(self, standard: Standard | None) -> None:
        """Score under `standard` from now on (the workspace's, chosen in Settings), at once."""
        self.standard = standard
        self.update_score()

    def update_score(self) -> None:
        if self.session is None:
            return
        self._show_open()  # as often as the score: a short pause after the last change
        language = i18n.current_language()
        result, needs, so_far = score(self.standard, self.session, language)
        self.score_panel.show_result(self.standard, result, language, self._labels(needs), so_far)

    def _labels(self, needs: Needs) -> list[str]:
        """The questions in `needs.missing` by their labels in the interface language."""
        assert self.session is not None
        return [self._label(name, index) or name for name, index in needs.missing]

    def complete(self) -> None:
        """Mark the interview complete, or list what is missing or wrong (click to go there)."""
        if self.session is None or self.opened_interview is None or not self.editable:
            return
        self.show_required_errors = True
        for widget in self._bound_widgets():
            widget.refresh_error()
        if not self.session.can_complete():
            self._list_problems()
            # The keyboard goes to the list: Enter on a line goes to that question.
            self.problems.setCurrentRow(0)
            self.problems.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._hide_problems()
        assert self.store is not None
        answers = self.session.completed_answers()
        language = i18n.current_language()
        result, needs, _so_far = score(self.standard, self.session, language)
        self._score_timer.stop()
        self.score_panel.show_result(self.standard, result, language, self._labels(needs))
        _, position = self._snapshot()
        size = (
            self.session.value("hh_size")
            if "hh_size" in self.session.definition.questions
            else None
        )
        opened = self.opened_interview
        draft = Draft(
            opened.interview_id,
            opened.household_id,
            opened.form.definition.form_id,
            opened.form.definition.version,
            answers,
            position,
            self.settings.get(opts.ENUMERATOR_ID) or None,
            0,
        )
        self.store.stop()
        household_size = int(size) if isinstance(size, int | float) else None

        def write(ctx: ops.OpContext) -> None:
            complete_interview(ctx.db, draft, result, household_size)

        ops.CollectionOp(self, write).success(lambda _none: self._completed()).failure(
            self._complete_failed
        ).run_in_background()

    def _completed(self) -> None:
        assert self.opened_interview is not None
        self.opened_interview.status = "complete"
        self.editable = False
        self.complete_button.setEnabled(False)
        for widget in self._bound_widgets():
            widget.refresh_state()
        for each in self.pages.values():
            if each.roster is not None:
                each.roster.set_editable(False)
                self._retranslate_roster(each.roster)
        self.saved_label.setText(self.tr("Complete"))
        self._show_status_text()
        # Not left on the disabled Complete button (Qt would pass the focus to the next
        # widget, perhaps "Back to the list"): the sections, where reading it over starts.
        self.page_list.setFocus(Qt.FocusReason.OtherFocusReason)
        self.completed.emit(self.opened_interview.household_id)

    def _complete_failed(self, error: BaseException) -> None:
        ops.show_error(self, ops.error_message(error))
        if self.store is not None:
            self.store.resume()  # still a draft: keep saving it

    def _list_problems(self) -> None:
        assert self.session is not None
        errors = self.session.validate(i18n.current_language())
        self.problems.clear()
        for error in errors:
            label = self._label(error.name, error.index) or error.name
            where = ""
            question = self.session.definition.questions[error.name]
            if question.repeats and error.index:
                member = self.rosters_label(question.repeats[-1], error.index[-1])
                where = f"{member}: "
            item = QListWidgetItem(f"{where}{label} — {error.message}")
            item.setData(ADDRESS_ROLE, (error.name, error.index))
            self.problems.addItem(item)
        if errors:
            self.problems_title.setText(
                self.tr(
                    "The interview cannot be completed yet: %1 to fix. Click one to go there."
                ).replace("%1", QLocale().toString(len(errors)))
            )
            self.problems_title.show()
            self.problems.show()
        else:
            self._hide_problems()

    def rosters_label(self, repeat: str, row: int) -> str:
        """ "Member 2 (Siti)" for the members; the repeat's own label and number otherwise."""
        assert self.session is not None
        number = QLocale().toString(row + 1)
        if not self._is_roster_of_people(repeat):
            return f"{self._label(repeat, (row,))} {number}"
        name = self.session.value("name", (row,))
        label = self.tr("Member %1").replace("%1", number)
        return label + (f" ({i18n.isolate(name)})" if name else "")

    def _is_roster_of_people(self, repeat: str) -> bool:
        assert self.session is not None
        question = self.session.definition.questions.get("name")
        return question is not None and question.repeats == (repeat,)

    def _hide_problems(self) -> None:
        self.problems.hide()
        self.problems_title.hide()

    def _problem_chosen(self, item: QListWidgetItem) -> None:
        name, index = item.data(ADDRESS_ROLE)
        self.goto(name, tuple(index))

    # -- texts -----------------------------------------------------------------------------------

    def _label(self, name: str, index: tuple[int, ...]) -> str:
        assert self.session is not None
        try:
            return self.session.label(name, index)
        except TinjauError:  # a repeat asked about without an instance: its plain label
            question = self.session.definition.questions[name]
            return pick_label(
                question.labels, self.session.language, self.session.definition.default_language
            )

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
