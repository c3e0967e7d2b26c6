"""A 5-member household (head 45, spouse 42, children 17, 12 and 6) interviewed from the keyboard
only: each key goes to the focused widget, nothing is clicked, and the keys are counted. Used by
tests/ui/test_interview_keyboard_household.py (which checks every answer is what was typed) and
by bench/bench_keyboard.py (which reports the key count and the time estimate):

    python -m tests.ui.keyboard_household      # prints "keys N questions M"

The worker's way: Enter after each answer (it goes to the next question, and on to the next page
at the end of one); a digit picks the n-th choice of a short list, letters find a choice in a
long one. The members come first in the grid (Insert, then each row typed across); Enter on the
empty new row opens the first member's page at its first question the grid did not ask, and
"Next member" (Enter) the next one's.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.ui.interview.pages import InstancePage
from app.ui.interview.view import InterviewView
from app.ui.interview.widgets import (
    QuestionWidget,
    SelectMultipleEditor,
    SelectOneEditor,
    searchable,
)
from app.ui.qt import QApplication, QComboBox, Qt, QWidget
from tests.ui.keyboard import Keyboard

SECONDS_PER_KEY = 0.3
SECONDS_PER_QUESTION = 5.0  # asking it aloud and hearing the answer

HOUSEHOLD: dict[str, Any] = {
    "consent": "OK",
    # The location (country to unit number) comes filled in from the census unit: Enter keeps it.
    "stratum": "urban",
    "dwelling_type": "flat",
    "tenure": "rented_public",
    "housing_quality": "permanent",
    "floor_material": "ceramic_tiles",
    "roof_material": "concrete",
    "wall_material": "brick",
    "floor_area": 60,
    "rooms": 3,
    "water_source": "piped_dwelling",
    "toilet_type": "flush_sewer",
    "toilet_shared": "no",
    "cooking_fuel": "lpg",
    "electricity": "yes",
    "assets": ["tv", "mobile_phone", "refrigerator"],
    "telecom_use": "yes",
    "savings": ["none"],
    "sick_untreated": "no",
    "child_deaths_5y": 0,
    "income_property": 0,
    "income_other": 0,
    "assistance_received": "no",
}
# Asked of everyone. Citizenship, ethnic group and religion are asked of the head only (the
# others share them: `same_background`), and no one has a long-term illness or a disability
# (`anyone_chronic`, `anyone_disabled`): asked once, on the head's page.
EVERYONE = {"health_insurance": "no", "undernourished": "no"}
HEAD_ONLY = {
    "same_background": "yes",
    "citizenship": "citizen",
    "ethnicity": "malay",
    "religion": "islam",
    "anyone_chronic": "no",
    "anyone_disabled": "no",
}
ADULT = {"skills": ["none"], "income_wages": 0, "income_transfers": 0}
MEMBERS: list[dict[str, Any]] = [
    {**EVERYONE, **HEAD_ONLY, **ADULT, "name": "Ahmad", "relationship": "head", "sex": "male",
     "age": 45, "marital_status": "married", "education_level": "upper_secondary",
     "years_schooling": 11, "employment_status": "self_employed", "occupation": "Penjual",
     "income_self_employment": 1500},
    {**EVERYONE, **ADULT, "name": "Siti", "relationship": "spouse", "sex": "female", "age": 42,
     "marital_status": "married", "education_level": "lower_secondary", "years_schooling": 9,
     "employment_status": "homemaker", "income_self_employment": 300},
    {**EVERYONE, **ADULT, "name": "Ali", "relationship": "child", "sex": "male", "age": 17,
     "marital_status": "never_married", "in_school": "yes", "education_level": "lower_secondary",
     "years_schooling": 10, "employment_status": "student", "income_self_employment": 0},
    {**EVERYONE, "name": "Nur", "relationship": "child", "sex": "female", "age": 12,
     "in_school": "yes", "education_level": "primary", "years_schooling": 6},
    {**EVERYONE, "name": "Adam", "relationship": "child", "sex": "male", "age": 6,
     "in_school": "yes", "education_level": "primary", "years_schooling": 1},
]  # fmt: skip


@dataclass
class Run:
    """What the keyboard did: keys pressed, questions answered (typed, picked or checked)."""

    keys: int = 0
    answered: int = 0
    questions: list[tuple[str, tuple[int, ...]]] = field(default_factory=list)

    @property
    def minutes(self) -> float:
        return (self.keys * SECONDS_PER_KEY + self.answered * SECONDS_PER_QUESTION) / 60


def holder(widget: QWidget | None) -> QuestionWidget | None:
    while widget is not None and not isinstance(widget, QuestionWidget):
        widget = widget.parentWidget()
    return widget


def planned(question: QuestionWidget) -> Any:
    """The answer the household gives to this question (None: leave it as it is)."""
    if question.index:
        return MEMBERS[question.index[0]].get(question.question.name)
    return HOUSEHOLD.get(question.question.name)


def _find(keys: Keyboard, label: str, reached: Any) -> None:
    """Type the first letters of `label` until `reached()` says the choice is there."""
    for ch in searchable(label):
        if reached():
            return
        keys.type(ch)
    assert reached(), f"typing {label!r} did not reach it"


def answer(keys: Keyboard, view: InterviewView, widget: QuestionWidget, value: Any) -> None:
    """Give `value` to the focused question by keys, then Enter (the next question)."""
    session = view.session
    assert session is not None
    name, index = widget.question.name, widget.index
    editor = widget.editor
    current = session.value(name, index)
    offered = list(session.choices(name, index)) if widget.question.is_select else []
    labels = {c.name: widget_label(view, c) for c in offered}
    if value is None or current == value:
        pass
    elif isinstance(editor, SelectOneEditor) and editor.combo is not None:
        combo: QComboBox = editor.combo
        _find(keys, labels[value], lambda: combo.currentData() == value)
    elif isinstance(editor, SelectOneEditor):
        keys.type(str([c.name for c in offered].index(value) + 1))
    elif isinstance(editor, SelectMultipleEditor):
        names = [c.name for c in offered]
        for choice in value:
            if len(names) <= 9:
                keys.type(str(names.index(choice) + 1))
            else:
                box = editor.boxes[choice]
                _find(keys, labels[choice], lambda box=box: QApplication.focusWidget() is box)
                keys.press(Qt.Key.Key_Space)
    elif widget.question.type == "acknowledge":
        keys.press(Qt.Key.Key_Space)
    else:
        if current is not None:
            keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        keys.type(str(value))
    keys.enter()


def widget_label(view: InterviewView, choice: Any) -> str:
    from app.survey.forms.model import pick_label

    session = view.session
    assert session is not None
    return pick_label(choice.labels, session.language, session.definition.default_language)


def grid(keys: Keyboard, view: InterviewView, run: Run) -> None:
    """The members grid: Insert, then each member's row typed across (Enter after each cell
    goes on, and on to a new row); Enter on the empty new row opens the first member's page."""
    session = view.session
    assert session is not None
    page = view.current_page()
    assert page is not None and page.roster is not None
    columns = page.roster.model.columns
    keys.press(Qt.Key.Key_Insert)
    for row, member in enumerate(MEMBERS):
        for name in columns:
            value = member[name]
            run.answered += 1
            run.questions.append((name, (row,)))
            if session.definition.questions[name].is_select:
                offered = [c.name for c in session.choices(name, (row,))]
                assert len(offered) <= 9, f"{name} has more choices than number keys"
                keys.type(str(offered.index(value) + 1))
            else:
                keys.type(str(value))
            keys.enter()
    keys.enter()


def interview(view: InterviewView, keys: Keyboard, limit: int = 2000) -> Run:
    """Go through the whole interview on screen from the keyboard and press Complete."""
    run = Run()
    session = view.session
    assert session is not None
    while keys.count < limit:
        QApplication.processEvents()
        focus = keys.focus()
        question = holder(focus)
        page = view.current_page()
        if question is not None:
            value = planned(question)
            if value is not None:
                run.answered += 1
                run.questions.append((question.question.name, question.index))
            if question.question.type == "text" and "multiline" in question.question.appearance:
                keys.tab()  # the notes at the end: nothing to add
                continue
            answer(keys, view, question, value)
            continue
        if isinstance(page, InstancePage) and focus in (page.next, page.back):
            keys.enter()  # "Next member" (at its first question after the grid), or back
            continue
        roster = page.roster if page is not None else None
        if roster is not None and focus is roster.table:
            if session.repeat_size("members") == 0:
                grid(keys, view, run)
            else:
                keys.press(Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
            continue
        if focus is view.complete_button:
            keys.enter()
            break
        keys.tab()  # the end of the last page: on to "Complete"
    run.keys = keys.count
    return run


def main() -> int:
    """Build a demo workspace, open a new household and interview it; print the counts."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.ui import ops
    from app.ui import settings as opts
    from app.ui.workspace import Workspace
    from tests.ui.interview_helpers import make_workspace, new_household

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as temp:
        opts.configure_storage()
        opts.use_storage_folder(Path(temp) / "config")
        folder = make_workspace(Path(temp) / "data", households=4)
        ops.set_workspace(Workspace.open(folder))
        view = InterviewView(opts.Settings())
        view.resize(1200, 900)
        view.show()
        view.activateWindow()
        view.open_household(new_household(folder))
        while view.session is None or not ops.is_idle():
            app.processEvents()
        run = interview(view, Keyboard())
        while not ops.is_idle():
            app.processEvents()
        status = view.opened_interview.status if view.opened_interview else "?"
        sys.stdout.write(f"keys {run.keys} questions {run.answered} status {status}\n")
        ops.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
