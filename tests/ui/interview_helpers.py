"""Helpers for the interview screen tests: a demo workspace, and answering questions through
the real widgets (keys typed, buttons pressed with the space bar, lists searched by typing)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.survey.db import cipher, open_database
from app.survey.demo import build_demo
from app.survey.forms.model import pick_label
from app.ui.interview.view import InterviewView
from app.ui.interview.widgets import QuestionWidget, SelectOneEditor
from app.ui.qt import QApplication, QLineEdit, Qt, QWidget
from tests.ui.helpers import type_text, wait_for_ops


def make_workspace(folder: Path, households: int = 12) -> Path:
    """A demo data folder (households, members, the shipped form installed)."""
    with open_database(folder / "tinjau.sqlite") as db:
        build_demo(db, households=households, seed=7)
    return folder


def open_view(
    qtbot: Any, folder: Path, household: str, *, height: int = 800, active: bool = False
) -> InterviewView:
    """The interview screen on `folder` (made the ops workspace), shown, with `household`'s
    interview open; `active` also waits for the window to have the keyboard focus."""
    from app.ui import ops
    from app.ui import settings as opts
    from app.ui.workspace import Workspace

    ops.set_workspace(Workspace.open(folder))
    view = InterviewView(opts.Settings())
    qtbot.addWidget(view)
    view.resize(1200, height)
    view.show()
    if active:
        # waitActive is a context manager: called bare it returns without waiting.
        with qtbot.waitActive(view):
            view.activateWindow()
    view.open_household(household)
    wait_for_ops(qtbot)
    assert view.session is not None
    return view


def new_household(folder: Path, head: str = "Keluarga Baru") -> str:
    """A household found in the field (no census members), in the first unit of the demo."""
    from app.survey.db.types import format_utc, utcnow
    from app.survey.ids import uuid7

    household = uuid7()
    stamp = format_utc(utcnow())
    with cipher.connect_workspace(folder / "tinjau.sqlite") as conn:
        unit, block, site, ward = conn.execute(
            "SELECT unit_id, block_id, site_id, ward_id FROM households ORDER BY seq LIMIT 1"
        ).fetchone()
        conn.execute(
            "INSERT INTO households (id, unit_id, block_id, site_id, ward_id, address, head_name, "
            "source, visit_status, created_at, updated_at, revision) "
            "VALUES (?,?,?,?,?,'',?,'new','not_visited',?,?,0)",
            (household, unit, block, site, ward, head, stamp, stamp),
        )
    return household


def household_with(folder: Path, visit_status: str) -> str:
    with cipher.connect_workspace(folder / "tinjau.sqlite") as conn:
        row = conn.execute(
            "SELECT id FROM households WHERE visit_status = ? ORDER BY seq LIMIT 1",
            (visit_status,),
        ).fetchone()
    assert row is not None, f"the demo has no household {visit_status}"
    return str(row[0])


def question(view: InterviewView, name: str) -> QuestionWidget:
    """The widget of question `name` on the page now shown."""
    page = view.current_page()
    assert page is not None
    for widget in page.questions:
        if widget.question.name == name:
            return widget
    raise AssertionError(f"{name} is not on the page {page.name}")


def line_of(widget: QuestionWidget) -> QLineEdit:
    editor = widget.editor
    line = getattr(editor, "line", None)
    assert isinstance(line, QLineEdit), f"{widget.question.name} has no line edit"
    return line


def type_answer(qtbot: Any, view: InterviewView, name: str, text: str) -> None:
    """Click into the question's field, select what is there and type `text` over it."""
    line = line_of(question(view, name))
    line.setFocus()
    line.selectAll()
    if not text:
        qtbot.keyClick(line, Qt.Key.Key_Delete)
        return
    type_text(qtbot, line, text)


def choose(qtbot: Any, view: InterviewView, name: str, *choices: str) -> None:
    """Pick choices by name: space on a radio button or check box, typing into a list."""
    widget = question(view, name)
    editor = widget.editor
    session = view.session
    assert session is not None and editor is not None
    if isinstance(editor, SelectOneEditor) and editor.combo is not None:
        (choice,) = choices
        offered = {c.name: c for c in session.choices(name, widget.index)}
        label = pick_label(
            offered[choice].labels, session.language, session.definition.default_language
        )
        editor.combo.setFocus()
        # A list joins keys typed within the keyboard interval into one search. An empty search
        # starts a new one (not a continuation of the last choice), and a long interval keeps
        # this word's keys together however slowly a loaded machine delivers them.
        interval = QApplication.keyboardInputInterval()
        QApplication.setKeyboardInputInterval(60_000)
        try:
            editor.combo.view().keyboardSearch("")
            # The first word: a space would open the list's popup instead of searching.
            type_text(qtbot, editor.combo, label.split()[0])
        finally:
            QApplication.setKeyboardInputInterval(interval)
        assert editor.combo.currentData() == choice, f"{name}: typing {label!r} did not pick it"
        return
    for choice in choices:
        button = editor.findChild(QWidget, f"choice_{choice}")
        assert button is not None, f"{name} has no choice {choice}"
        button.setFocus()
        qtbot.keyClick(button, Qt.Key.Key_Space)


def fill_member(qtbot: Any, view: InterviewView, member: dict[str, Any]) -> None:
    """Answer a member page: the four roster columns, then what the member's age asks."""
    type_answer(qtbot, view, "name", member["name"])
    choose(qtbot, view, "relationship", member["relationship"])
    choose(qtbot, view, "sex", member["sex"])
    type_answer(qtbot, view, "age", str(member["age"]))
    age = member["age"]
    # The head of a household of several is asked these once: answered so that every member
    # is asked the questions below, as each member is filled here.
    gates = (("same_background", "no"), ("anyone_chronic", "yes"), ("anyone_disabled", "yes"))
    for gate, said in gates:
        if not question(view, gate).isHidden():
            choose(qtbot, view, gate, said)
    choose(qtbot, view, "citizenship", "citizen")
    choose(qtbot, view, "ethnicity", "malay")
    choose(qtbot, view, "religion", "islam")
    if age >= 15:
        choose(qtbot, view, "marital_status", "married")
        choose(qtbot, view, "skills", "none")
        choose(qtbot, view, "employment_status", "self_employed")
        type_answer(qtbot, view, "occupation", "Penjual")
        for income in ("income_wages", "income_self_employment", "income_transfers"):
            type_answer(qtbot, view, income, str(member.get(income, 0)))
    if 5 <= age <= 24:
        choose(qtbot, view, "in_school", "yes")
    if age >= 5:
        choose(qtbot, view, "education_level", "primary")
        type_answer(qtbot, view, "years_schooling", "6")
    choose(qtbot, view, "chronic_diseases", "none")
    choose(qtbot, view, "disability", "no")
    choose(qtbot, view, "health_insurance", "no")
    if age < 70:
        choose(qtbot, view, "undernourished", "no")
