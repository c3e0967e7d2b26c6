"""The interview screen's navigation: pages, a repeat's instance pages, moving between them and
between questions (Enter moves on, Tab walks the screen in order), the members grid's rows
(Insert, Enter on an empty new row), and going to a question by its address.

Its texts are translated in the context "InterviewView", the class they belong to at run time.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.ui import i18n
from app.ui.interview.pages import InstancePage, Page
from app.ui.interview.roster import RosterModel, RosterPanel
from app.ui.interview.tables import GroupTitle, question_widget
from app.ui.interview.widgets import QuestionWidget, is_shown
from app.ui.qt import (
    QApplication,
    QCoreApplication,
    QMessageBox,
    QObject,
    QPushButton,
    Qt,
    QWidget,
)

# The name of the page holding the questions outside every top-level group (not an XML name,
# so no group of a form can have it).
LOOSE = "/"


class Navigation:
    """Page and question navigation of `InterviewView` (a mixin: it uses the view's widgets)."""

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
        label = self._label(name, ())
        first = self.session.definition.questions[name].children[:1]
        if not label and first and first[0].startswith("generated_table_list_label_"):
            # pyxform moves a table-list group's label into a note, its first question.
            label = self._label(first[0], ())
        return label or name

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
                if question.labels:  # a group inside the page: its title above its questions
                    self._add_widget(page, GroupTitle(question, self), index)
                self._add_questions(page, child, index)
            elif question.type == "repeat":
                model = RosterModel(self.session, child, (), self)
                if self.editable and model.typed:  # a grid the form declares is typed in
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
                self._add_widget(page, question_widget(question, self), index)

    def _add_widget(
        self, page: Page, widget: QuestionWidget, index: tuple[int, ...] | None
    ) -> None:
        page.questions.append(widget)
        page.column.addWidget(widget)
        if index is not None:
            widget.bind(index)
        texts = [*widget.question.labels.values(), *widget.question.hints.values()]
        if "${" in "".join(texts):
            self._referencing.append(widget)

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

    def confirm_remove(self, repeat: str, row: int) -> QMessageBox:
        """Ask before removing a member (its answers go with it)."""
        box = QMessageBox(self)
        box.setObjectName("confirmRemove")
        box.setIcon(QMessageBox.Icon.Question)
        name = self.rosters[repeat].index(row, 0).data() or str(row + 1)
        box.setText(
            QCoreApplication.translate("InterviewView", "Remove %1 and all their answers?").replace(
                "%1", i18n.isolate(name)
            )
        )
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
            # A question outside every group is on the shared page, not a page of its own.
            self.show_page(self._top(name))
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
