"""The members grid: the short member questions (name, relationship, sex, age) typed across the
members table like a spreadsheet, one row per member, before the longer member pages. Every key
goes to the focused widget (tests/ui/keyboard.py); nothing is clicked."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.ui import i18n
from app.ui.interview.pages import InstancePage
from app.ui.interview.view import InterviewView
from app.ui.qt import QApplication, Qt
from tests.ui.interview_helpers import make_workspace, new_household, open_view
from tests.ui.keyboard import Keyboard, focus_on
from tests.ui.test_interview_keys import holder


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return make_workspace(tmp_path / "data", households=4)


def to_grid(qtbot, folder: Path, language: str = "en") -> tuple[InterviewView, Keyboard]:  # type: ignore[no-untyped-def]
    """A new household's interview on the members page, the keyboard in the grid."""
    i18n.set_language(language)
    view = open_view(qtbot, folder, new_household(folder), height=900, active=True)
    view.show_page("household_members")
    focus_on(qtbot, view.current_page().roster.table)
    return view, Keyboard()


def type_row(keys: Keyboard, name: str, relationship: int, sex: int, age: str) -> None:
    """One row typed across, Enter after each cell (after the last, a new row begins)."""
    for typed in (name, str(relationship), str(sex), age):
        keys.type(typed)
        keys.enter()


@pytest.mark.parametrize("language", ["en", "ms", "vi", "fa"])
def test_members_are_typed_across_the_grid_one_row_each(qtbot, folder: Path, language: str) -> None:
    """Insert starts the first row with the cursor in its first cell; Enter goes along the row
    and on to a new one; the numbers pick the relationship and sex; Enter on the empty name of
    the new row ends the grid and opens the first member's page at the first question the grid
    did not ask. The answers are the ones typed (Persian names and digits too)."""
    view, keys = to_grid(qtbot, folder, language)
    roster = view.current_page().roster
    assert "Ctrl+Enter" in roster.keys.text()  # the grid's keys, in the language shown
    assert language == "en" or "Insert adds" not in roster.keys.text()
    keys.press(Qt.Key.Key_Insert)
    type_row(keys, "Aminah", 1, 2, "41")
    type_row(keys, "نرگس", 3, 2, "۱۲")
    qtbot.waitUntil(lambda: roster.model.rowCount() == 3)  # the last cell kept, a new row
    assert roster.table.hasFocus() and roster.current_row() == 2
    assert keys.count == 1 + (6 + 1 + 1 + 2 + 4) + (4 + 1 + 1 + 2 + 4)  # Insert, typed, 4 Enters
    keys.enter()  # on the empty name of the third row: the grid is done
    session = view.session
    got = [
        tuple(session.value(n, (row,)) for n in ("name", "relationship", "sex", "age"))
        for row in range(session.repeat_size("members"))
    ]
    assert got == [("Aminah", "head", "female", 41), ("نرگس", "child", "female", 12)]
    page = view.current_page()
    assert isinstance(page, InstancePage) and page.index == (0,)
    focused = holder(QApplication.focusWidget())
    assert focused is not None and focused.question.name == "dob"


def test_an_age_in_the_grid_is_checked_by_the_rule_for_that_member(qtbot, folder: Path) -> None:
    """A head of 12 is refused under the grid with the head's rule (15), and the answer is
    shown as the error of that row; a child of 12 is not."""
    view, keys = to_grid(qtbot, folder)
    roster = view.current_page().roster
    keys.press(Qt.Key.Key_Insert)
    for typed in ("Aminah", "1", "2", "12"):
        keys.type(typed)
        keys.enter()
    # The error keeps the cursor in the grid, on the age.
    qtbot.waitUntil(lambda: roster.error.isVisible())
    assert roster.table.hasFocus() and roster.table.currentIndex().column() == 3
    assert roster.error.isVisible() and "15" in roster.error.text()
    keys.type("45")
    keys.enter()
    qtbot.waitUntil(lambda: view.session.value("age", (0,)) == 45)
    assert not roster.error.isVisible()


def test_tab_leaves_the_grid_even_while_a_cell_is_typed(qtbot, folder: Path) -> None:
    """Tab in a cell being typed keeps what was typed and leaves the table (it never walks
    the cells), so the keyboard is never trapped."""
    view, keys = to_grid(qtbot, folder)
    roster = view.current_page().roster
    keys.press(Qt.Key.Key_Insert)
    keys.type("Aminah")
    keys.tab()
    qtbot.waitUntil(lambda: view.session.value("name", (0,)) == "Aminah")
    assert not roster.table.isAncestorOf(QApplication.focusWidget())
    assert QApplication.focusWidget() is not roster.table


def test_ctrl_enter_opens_the_chosen_member(qtbot, folder: Path) -> None:
    view, keys = to_grid(qtbot, folder)
    keys.press(Qt.Key.Key_Insert)
    keys.type("Aminah")
    keys.enter()
    keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    page = view.current_page()
    assert isinstance(page, InstancePage) and page.index == (0,)


def test_insert_while_a_cell_is_typed_keeps_what_was_typed(qtbot, folder: Path) -> None:
    """Insert in the middle of typing a name keeps the name and starts the next row."""
    view, keys = to_grid(qtbot, folder)
    roster = view.current_page().roster
    keys.press(Qt.Key.Key_Insert)
    keys.type("Aminah")
    keys.press(Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: roster.model.rowCount() == 2)
    assert view.session.value("name", (0,)) == "Aminah"
    assert roster.current_row() == 1 and roster.table.hasFocus()


def test_delete_while_a_cell_is_typed_deletes_a_letter_not_the_member(qtbot, folder: Path) -> None:
    from app.ui.qt import QMessageBox

    view, keys = to_grid(qtbot, folder)
    keys.press(Qt.Key.Key_Insert)
    keys.type("Aminah")
    keys.press(Qt.Key.Key_Home)
    keys.press(Qt.Key.Key_Delete)
    keys.enter()
    qtbot.waitUntil(lambda: view.session.value("name", (0,)) == "minah")
    assert view.findChild(QMessageBox, "confirmRemove") is None


def test_the_language_changes_after_the_page_of_loose_questions_was_built(
    qtbot, folder: Path
) -> None:
    """The page of the questions outside every group (the household form's totals) is no
    question of the form: a language switch after it was built retitles it, never fails. It
    holds only calculations here, so the section list does not show it."""
    from app.ui.interview.view import LOOSE

    view, _keys = to_grid(qtbot, folder)
    assert LOOSE in view.page_names
    assert view.page_list.item(view.page_names.index(LOOSE)).isHidden()
    page = view.page(LOOSE)
    i18n.set_language("fa")
    qtbot.waitUntil(lambda: view.next_button.text() != "Next page")
    assert page.title.text() == view.session.definition.title
