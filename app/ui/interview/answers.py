"""The interview screen's answers: what the person typed goes to the form session, and the
session's changes (skip logic, calculations, rosters) are redrawn; the snapshot the store saves.

Its texts are translated in the context "InterviewView", the class they belong to at run time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.survey.errors import DomainError, TinjauError
from app.survey.forms import Question
from app.ui.interview.pages import InstancePage, repeat_shown
from app.ui.interview.widgets import QuestionWidget, ascii_digits
from app.ui.qt import (
    QCoreApplication,
    is_alive,
)


class Answers:
    """Answering and redrawing for `InterviewView` (a mixin: it uses the view's widgets)."""

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

    # -- files (photo, audio, video, file questions) ------------------------------------------

    def attachment_file(self, name: str) -> tuple[str, int, Path] | None:
        """(media type, size, where it is kept) of the interview's file `name`, or None."""
        files: dict[str, tuple[str, int, Path]] = getattr(self, "files", {})
        return files.get(name)

    def attach_file(self, widget: QuestionWidget, path: str) -> None:
        """A file was chosen in `widget`: check and keep it on the database thread, then
        answer with its name; a refusal is said under the question and changes nothing."""
        from app.survey.records import attachments
        from app.ui import ops
        from app.ui.messages import domain_text

        opened = self.opened_interview
        if opened is None or self.session is None or not self.editable:
            return
        question = widget.question
        interview_id = opened.interview_id

        def add(ctx: ops.OpContext) -> tuple[attachments.Attachment, Path]:
            kept = attachments.add_file(
                ctx.db, interview_id=interview_id, source=Path(path),
                question_type=question.type, pixels_limit=question.max_pixels or None,
            )  # fmt: skip
            return kept, attachments.path_of(attachments.folder_of(ctx.db), kept.sha256)

        def added(result: tuple[attachments.Attachment, Path]) -> None:
            kept, where = result
            if self.opened_interview is not opened or not is_alive(widget):
                return  # another interview is on screen now; the file stays unlinked there
            self.files[kept.name] = (kept.media_type, kept.size, where)
            if widget.editor is not None:
                widget.editor.say("")
            self.answer(widget, kept.name)
            widget.refresh_value()

        def refused(error: BaseException) -> None:
            if not is_alive(widget) or widget.editor is None:
                return
            if isinstance(error, DomainError):
                widget.editor.say(domain_text(error))
            else:
                widget.editor.say(ops.error_message(error))

        ops.CollectionOp(parent=self, op=add, success=added).affecting("interview").failure(
            refused
        ).run_in_background()

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

    def partial_message(self, question: Question) -> str:
        if question.type == "date":
            return QCoreApplication.translate("InterviewView", "Write the date as YYYY-MM-DD.")
        if question.type == "time":
            return QCoreApplication.translate("InterviewView", "Write the time as HH:MM.")
        if question.type == "dateTime":
            return QCoreApplication.translate(
                "InterviewView", "Write the date and time as YYYY-MM-DDTHH:MM."
            )
        if question.type == "geopoint":
            return QCoreApplication.translate(
                "InterviewView", "Write the latitude and the longitude, e.g. 3.1390 101.6869."
            )
        if question.type == "decimal":
            return QCoreApplication.translate(
                "InterviewView", "This is not a number yet; finish typing it."
            )
        return QCoreApplication.translate(
            "InterviewView", "This is not finished yet; write a whole number."
        )

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
