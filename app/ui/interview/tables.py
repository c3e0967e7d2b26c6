"""ODK's `table-list` appearance: a group of choice questions that share a choice list, drawn as
one table, as ODK Collect draws it: a header row with the choices, then a row per question with
its label and a button under each choice. pyxform writes such a group as ODK Collect reads it:
a choice question with the `label` appearance (the header: only the choices' labels), then the
group's questions with the `list-nolabel` appearance (a row each: buttons without their texts).
Those two appearances make the table here too, whether the form says `table-list` or uses them
itself.

Each row is still a question of its own (its relevance, required mark and error line), and the
keyboard works as in any choice list: a digit picks the n-th choice, the first letters of a
choice move to it, Enter goes on to the next row.
"""

from __future__ import annotations

from typing import Any

from app.survey.forms import Question
from app.survey.forms.model import Choice, pick_label
from app.ui.interview.widgets import (
    Editor,
    QuestionWidget,
    SelectMultipleEditor,
    SelectOneEditor,
)
from app.ui.qt import QHBoxLayout, QLabel, QSizePolicy, Qt, QWidget

COLUMN_WIDTH = 104  # one choice's column, in the header and in every row
MARK_WIDTH = 14  # the required mark's column
CLEAR_WIDTH = 96  # the "Clear" button's place at the end of a row
SPACING = 2  # between columns: an editor's own spacing
TABLE_TYPES = ("select_one", "select_multiple")


def _columns(buttons: list[Any], labels: list[str]) -> None:
    """Buttons without their text (the header says it), each as wide as a header column; the
    text stays the button's accessible name, which the letters typed search."""
    for button, label in zip(buttons, labels, strict=True):
        button.setText("")
        button.setAccessibleName(label)
        button.setToolTip(label)
        button.setFixedWidth(COLUMN_WIDTH)


def _labels(choices: list[Choice], language: str, default: str) -> list[str]:
    return [pick_label(c.labels, language, default) or c.name for c in choices]


class TableSelectOne(SelectOneEditor):
    """A row of radio buttons under the table's header."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(as_list=False, parent=parent)
        self.box.setDirection(QHBoxLayout.Direction.LeftToRight)
        if self.clear_button is not None:
            self.clear_button.setFixedWidth(CLEAR_WIDTH)
            policy = self.clear_button.sizePolicy()
            policy.setRetainSizeWhenHidden(True)  # the columns stay where the header is
            self.clear_button.setSizePolicy(policy)

    def set_choices(self, choices: list[Choice], language: str, default: str) -> None:
        super().set_choices(choices, language, default)
        _columns(self.buttons, _labels(choices, language, default))


class TableSelectMultiple(SelectMultipleEditor):
    """A row of check boxes under the table's header."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box.setDirection(QHBoxLayout.Direction.LeftToRight)
        self.end = QWidget()  # where a row of radio buttons has "Clear"
        self.end.setFixedWidth(CLEAR_WIDTH)
        self.box.addWidget(self.end)

    def set_choices(self, choices: list[Choice], language: str, default: str) -> None:
        super().set_choices(choices, language, default)
        _columns(list(self.boxes.values()), _labels(choices, language, default))
        self.box.removeWidget(self.end)
        self.box.addWidget(self.end)


class TableHeader(QuestionWidget):
    """A choice question with the `label` appearance: only its choices' labels, each over its
    column, the header of the rows that follow (it takes no answer)."""

    def __init__(self, question: Question, controller: Any, parent: QWidget | None = None):
        super().__init__(question, controller, parent)
        self.setObjectName(f"header_{question.name}")
        self.mark.setFixedWidth(MARK_WIDTH)
        self.head = self.layout().itemAt(0).layout()
        self.head.setSpacing(SPACING)
        self.choice_labels: list[QLabel] = []
        self.end = QWidget()
        self.end.setFixedWidth(CLEAR_WIDTH)
        self.head.addWidget(self.end)

    def create_editor(self, choice_count: int) -> Editor | None:
        return None  # nothing to answer: the labels are everything

    def refresh_choices(self) -> None:
        session = self.controller.session
        choices = session.choices(self.question.name, self.index)
        texts = _labels(choices, session.language or "", session.definition.default_language)
        if [label.text() for label in self.choice_labels] != texts:
            self._make_labels(texts)
        # Each label on the side of its column where the button is: the left, or the right in
        # a right-to-left language (whatever the direction of the label's own text).
        side = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        for label in self.choice_labels:
            label.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignBottom)

    def _make_labels(self, texts: list[str]) -> None:
        for label in self.choice_labels:
            label.deleteLater()
        self.choice_labels = []
        for text in texts:
            label = QLabel(text)
            label.setWordWrap(True)
            label.setFixedWidth(COLUMN_WIDTH)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            self.head.insertWidget(self.head.count() - 1, label)
            self.choice_labels.append(label)

    def refresh_texts(self) -> None:
        super().refresh_texts()
        self.refresh_choices()  # a new language: the header in it
        self.title.setText(self.controller.session.label(self.question.name, self.index))


class TableRow(QuestionWidget):
    """A choice question with the `list-nolabel` appearance: its label, then its buttons in the
    columns of the header above, without their texts."""

    def __init__(self, question: Question, controller: Any, parent: QWidget | None = None):
        super().__init__(question, controller, parent)
        self.mark.setFixedWidth(MARK_WIDTH)
        if self.editor is not None:
            # The editor moves up beside the label: one line per question.
            head = self.layout().itemAt(0).layout()
            head.setSpacing(SPACING)
            self.layout().removeWidget(self.editor)
            head.addWidget(self.editor, 0, Qt.AlignmentFlag.AlignVCenter)
            self.editor.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)

    def create_editor(self, choice_count: int) -> Editor | None:
        if self.question.type == "select_one":
            return TableSelectOne()
        return TableSelectMultiple()


class GroupTitle(QuestionWidget):
    """The label (and hint) of a group inside a page, above its questions, shown while the group
    is: a `field-list` group nested in a section keeps its title, as in ODK Collect."""

    def __init__(self, question: Question, controller: Any, parent: QWidget | None = None):
        super().__init__(question, controller, parent)
        self.setObjectName(f"group_{question.name}")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)

    def create_editor(self, choice_count: int) -> Editor | None:
        return None


def question_widget(question: Question, controller: Any) -> QuestionWidget:
    """The widget of a question: a table's header or row for ODK's `label` and `list-nolabel`
    appearances on a choice question (what pyxform makes of a `table-list` group), else the
    usual one."""
    words = question.appearance.split()
    if question.type in TABLE_TYPES and "label" in words:
        return TableHeader(question, controller)
    if question.type in TABLE_TYPES and "list-nolabel" in words:
        return TableRow(question, controller)
    return QuestionWidget(question, controller)
