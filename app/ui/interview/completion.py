"""The interview screen's score and completion: the score panel kept current, Complete (one
write of the whole completion by an op), and the list of problems that jumps to each question.

Its texts are translated in the context "InterviewView", the class they belong to at run time.
"""

from __future__ import annotations

import contextlib

from app.survey.errors import DatabaseError, TinjauError
from app.survey.forms.model import pick_label
from app.survey.records import attachments, interviews, lifecycle
from app.survey.records.interviews import Draft
from app.survey.scoring import Standard
from app.survey.scoring.draft import Needs
from app.ui import i18n, ops
from app.ui import settings as opts
from app.ui.interview.score_panel import score
from app.ui.qt import (
    QCoreApplication,
    QListWidgetItem,
    QLocale,
    Qt,
)

ADDRESS_ROLE = Qt.ItemDataRole.UserRole + 1  # a problem's (question, index) in the list


class Completion:
    """Score, completion and the problems list of `InterviewView` (a mixin)."""

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
            interview_id=opened.interview_id,
            household_id=opened.household_id,
            form_id=opened.form.definition.form_id,
            form_version=opened.form.definition.version,
            answers=answers,
            position=position,
            enumerator_id=self.settings.get(opts.ENUMERATOR_ID) or None,
            sequence=0,
        )
        self.store.stop()
        household_size = int(size) if isinstance(size, int | float) else None

        def write(ctx: ops.OpContext) -> None:
            with ctx.db.write() as conn:  # one transaction: all of the completion or none
                interviews.complete(conn, draft=draft, score=result, household_size=household_size)
            # After the commit: files no answer names any more (a replaced photo) may go.
            attachments.prune(ctx.db)
            # Files an older version kept plain (in a workspace encrypted before files were
            # sealed) are sealed now; one that cannot be stays readable as it is.
            with contextlib.suppress(OSError, DatabaseError):
                attachments.seal_plain_files(attachments.folder_of(ctx.db))

        ops.CollectionOp(self, write).success(lambda _none: self._completed()).failure(
            self._complete_failed
        ).run_in_background()

    def _completed(self) -> None:
        assert self.opened_interview is not None
        self.opened_interview.status = lifecycle.COMPLETE
        self.editable = False
        self.complete_button.setEnabled(False)
        for widget in self._bound_widgets():
            widget.refresh_state()
        for each in self.pages.values():
            if each.roster is not None:
                each.roster.set_editable(False)
                self._retranslate_roster(each.roster)
        self.saved_label.setText(QCoreApplication.translate("InterviewView", "Complete"))
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
                QCoreApplication.translate(
                    "InterviewView",
                    "The interview cannot be completed yet: %1 to fix. Click one to go there.",
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
        label = QCoreApplication.translate("InterviewView", "Member %1").replace("%1", number)
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

    def _label(self, name: str, index: tuple[int, ...]) -> str:
        assert self.session is not None
        try:
            return self.session.label(name, index)
        except TinjauError:  # a repeat asked about without an instance: its plain label
            question = self.session.definition.questions[name]
            return pick_label(
                question.labels, self.session.language, self.session.definition.default_language
            )
