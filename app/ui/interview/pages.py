"""The pages of the interview screen: a scrolling column of questions for a top-level group
(with the table of a repeat it holds), and the page of one repeat instance (one member)."""

from __future__ import annotations

from app.survey.forms import FormSession
from app.ui.interview.roster import RosterPanel
from app.ui.interview.widgets import QuestionWidget
from app.ui.qt import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    Qt,
    QVBoxLayout,
    QWidget,
)


def repeat_shown(session: FormSession, repeat: str) -> bool:
    """Whether the form asks for instances of `repeat` now (its group and its own `relevant`),
    also while it has none: the assistance table shows only after "received assistance: yes"."""
    question = session.definition.questions[repeat]
    if question.parent and not session.is_relevant(question.parent):
        return False
    if session.repeat_size(repeat):
        return session.is_relevant(repeat, (0,))
    return session.new_instance_relevant(repeat)


class Page(QScrollArea):
    """A scrolling column of question widgets (and a roster, on a page that holds a repeat)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.setObjectName(f"page_{name}")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from question to question
        self.body = QWidget()
        self.column = QVBoxLayout(self.body)
        self.column.setContentsMargins(12, 8, 12, 8)
        self.title = QLabel(objectName="pageTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.column.addWidget(self.title)
        self.questions: list[QuestionWidget] = []
        self.roster: RosterPanel | None = None
        self.setWidget(self.body)

    def finish(self) -> None:
        self.column.addStretch(1)

    def tab_stops(self) -> list[QWidget]:
        """Where Tab stops on this page now, in order: the questions' inputs, then the table."""
        stops = [stop for widget in self.questions for stop in widget.tab_stops()]
        return stops + (self.roster.tab_stops() if self.roster is not None else [])


class InstancePage(Page):
    """One repeat instance (one member): its questions, bound to the instance being edited."""

    def __init__(self, repeat: str, parent: QWidget | None = None) -> None:
        super().__init__(repeat, parent)
        self.index: tuple[int, ...] = ()
        self.back = QPushButton(objectName="backToRoster")
        self.previous = QPushButton(objectName="previousMember")
        self.next = QPushButton(objectName="nextMember")
        bar = QHBoxLayout()
        bar.addWidget(self.back)
        bar.addStretch(1)
        bar.addWidget(self.previous)
        bar.addWidget(self.next)
        self.column.insertLayout(0, bar)

    def tab_stops(self) -> list[QWidget]:
        # After the last question: the next member, then the way back to the table.
        return [*super().tab_stops(), self.next, self.previous, self.back]
