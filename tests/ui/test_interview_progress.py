"""What is left, at a glance: open questions beside each section (a tick when none), a progress
bar over the required answers, and the status "so far" from the incomes already given."""

from __future__ import annotations

from pathlib import Path

from app.ui import i18n
from app.ui.qt import Qt
from tests.ui.interview_helpers import make_workspace, new_household, open_view, question
from tests.ui.keyboard import Keyboard, focus_on


def section_text(view, name: str) -> str:  # type: ignore[no-untyped-def]
    return view.page_list.item(view.page_names.index(name)).text()


def test_sections_show_their_open_questions_and_the_bar_the_whole(qtbot, tmp_path: Path) -> None:
    """A new household's sections show how many questions are still open (the members
    section one: add the head), a section with none shows a tick; answering one moves the
    count and the progress bar together, in the interface language."""
    folder = make_workspace(tmp_path / "data", households=4)
    view = open_view(qtbot, folder, new_household(folder), height=900, active=True)
    session = view.session
    still_open = session.open_by_section()
    assert section_text(view, "household_members").endswith("(1)")
    assert section_text(view, "summary_section").endswith("✓")
    dwelling = still_open["dwelling"]
    assert section_text(view, "dwelling").endswith(f"({dwelling})")
    done, asked = session.completeness()
    assert (view.progress.value(), view.progress.maximum()) == (done, asked)
    assert view.progress.text() == f"{done} of {asked} required answers"
    view.show_page("dwelling")
    question(view, "electricity").focus_input()
    Keyboard(qtbot).type("1")
    qtbot.waitUntil(lambda: section_text(view, "dwelling").endswith(f"({dwelling - 1})"))
    assert view.progress.value() == done + 1
    i18n.set_language("fa")
    qtbot.waitUntil(lambda: any("۰" <= ch <= "۹" for ch in view.progress.text()))
    assert "required" not in view.progress.text()  # Persian words, Persian digits


def test_the_score_shows_the_status_so_far_from_the_incomes_given(qtbot, tmp_path: Path) -> None:
    """With the head's wages typed and the other incomes not yet, the panel shows the status
    so far (neutral, named "So far"), still naming what is missing; before any income it
    says there is not enough data."""
    folder = make_workspace(tmp_path / "data", households=4)
    view = open_view(qtbot, folder, new_household(folder), height=900, active=True)
    panel = view.score_panel
    session = view.session
    position, _ = session.add_repeat("members")
    for name, value in (("name", "Siti"), ("relationship", "head"), ("sex", "female")):
        session.set(name, value, (position,))
    session.set("age", 41, (position,))
    view.update_score()
    assert not panel.status.text().startswith("So far")
    view.open_instance("members", (position,))
    line = question(view, "income_wages").editor.line
    focus_on(qtbot, line)
    keys = Keyboard(qtbot)
    keys.type("250")
    keys.press(Qt.Key.Key_Return)
    view.update_score()
    assert panel.status.text().startswith("So far: ")
    assert "#5f6368" in panel.status.styleSheet()
    assert panel.pending.isVisible()
