"""The interview from the keyboard: Enter goes to the next question, Tab follows the questions,
Ctrl+PgDown / Ctrl+PgUp and Alt+Right / Alt+Left change the page."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.ui import ops
from app.ui import settings as opts
from app.ui.interview.view import InterviewView
from app.ui.qt import QApplication, Qt
from app.ui.workspace import Workspace
from tests.ui.helpers import wait_for_ops
from tests.ui.interview_helpers import (
    line_of,
    make_workspace,
    new_household,
    open_view,
    question,
)


@pytest.fixture
def view(qtbot, tmp_path: Path) -> InterviewView:
    """The interview screen, shown and active, on a household not visited yet."""
    folder = make_workspace(tmp_path / "data")
    return open_view(qtbot, folder, new_household(folder), height=900, active=True)


def test_enter_goes_to_the_next_question_that_is_shown(qtbot, view: InterviewView) -> None:
    """Enter in "district" moves the cursor to "ward", and from "site" past nothing hidden."""
    view.show_page("interview")
    district = line_of(question(view, "district"))
    district.setFocus()
    district.selectAll()
    qtbot.keyClicks(district, "Kepong")
    qtbot.keyClick(district, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is line_of(question(view, "ward"))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert QApplication.focusWidget() is line_of(question(view, "site"))
    assert view.session.value("district") == "Kepong"


def test_tab_follows_the_questions(qtbot, view: InterviewView) -> None:
    """Tab from one text question reaches the next one in the form's order."""
    view.show_page("interview")
    site = line_of(question(view, "site"))
    block = line_of(question(view, "block"))
    site.setFocus()
    # Focus changes arrive as events; on a busy machine they can come a little later.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is site)
    qtbot.keyClick(site, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is block)
    qtbot.keyClick(block, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is line_of(question(view, "floor_level")))


def test_page_shortcuts_move_between_pages(qtbot, view: InterviewView) -> None:
    """Ctrl+PgDown and Alt+Right go to the next page, Ctrl+PgUp and Alt+Left back."""
    view.show_page("interview")
    line_of(question(view, "district")).setFocus()
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier
    )
    assert view.current_page().name == "household_members"
    qtbot.keyClick(
        QApplication.focusWidget() or view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier
    )
    assert view.current_page().name == "dwelling"
    qtbot.keyClick(
        QApplication.focusWidget() or view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier
    )
    assert view.current_page().name == "household_members"
    qtbot.keyClick(
        QApplication.focusWidget() or view, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier
    )
    assert view.current_page().name == "interview"


def test_number_fields_take_only_numbers(qtbot, view: InterviewView) -> None:
    """Letters typed into a number question are refused by the field; digits are kept."""
    view.show_page("dwelling")
    rooms = line_of(question(view, "rooms"))
    rooms.setFocus()
    qtbot.keyClicks(rooms, "3x")
    assert rooms.text() == "3"
    assert view.session.value("rooms") == 3
    area = line_of(question(view, "floor_area"))
    area.setFocus()
    qtbot.keyClicks(area, "4a5.5")
    assert area.text() == "45.5"
    assert view.session.value("floor_area") == 45.5


def test_a_radio_answer_can_be_cleared_from_the_keyboard(qtbot, tmp_path: Path) -> None:
    """Tab from the chosen radio button reaches "Clear", and Space there takes the answer back:
    no button checked, the answer empty and saved; the button is translated."""
    from app.ui import i18n
    from app.ui.qt import QWidget
    from tests.ui.interview_helpers import choose

    folder = make_workspace(tmp_path / "data")
    ops.set_workspace(Workspace.open(folder))
    view = InterviewView(opts.Settings())
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.open_household(new_household(folder))
    wait_for_ops(qtbot)
    view.show_page("household_members")
    qtbot.mouseClick(view.current_page().roster.add_button, Qt.MouseButton.LeftButton)
    editor = question(view, "sex").editor
    clear = editor.clear_button
    assert clear is not None and clear.isHidden()  # nothing to clear yet
    choose(qtbot, view, "sex", "female")
    assert view.session.value("sex", (0,)) == "female"
    assert not clear.isHidden() and clear.text() == "Clear"
    chosen = editor.findChild(QWidget, "choice_female")
    assert chosen.hasFocus()
    qtbot.keyClick(chosen, Qt.Key.Key_Tab)
    assert clear.hasFocus()
    qtbot.keyClick(clear, Qt.Key.Key_Space)
    assert view.session.value("sex", (0,)) is None
    assert not any(button.isChecked() for button in editor.buttons)
    assert clear.isHidden()
    qtbot.waitUntil(lambda: view.saved_label.text() == "Saved")
    i18n.set_language("ms")
    choose(qtbot, view, "sex", "male")
    qtbot.waitUntil(lambda: clear.text() == "Kosongkan")
