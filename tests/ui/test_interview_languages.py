"""The interview in other languages: Vietnamese and Persian typed key by key, form labels from
the workbook's language columns, and a run-time switch that keeps the open interview."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.ui import i18n
from app.ui.interview.view import InterviewView
from app.ui.qt import Qt
from tests.ui.helpers import wait_for_ops
from tests.ui.interview_helpers import (
    make_workspace,
    new_household,
    open_view,
    question,
    type_answer,
)


@pytest.fixture
def view(qtbot, tmp_path: Path) -> InterviewView:
    """The interview screen on a household not visited yet."""
    folder = make_workspace(tmp_path / "data")
    return open_view(qtbot, folder, new_household(folder))


def test_vietnamese_and_persian_names_typed_into_the_roster(qtbot, view: InterviewView) -> None:
    """Non-ASCII names typed one character at a time reach the answers and the members table."""
    view.show_page("household_members")
    qtbot.mouseClick(view.current_page().roster.add_button, Qt.MouseButton.LeftButton)
    type_answer(qtbot, view, "name", "Nguyễn Thị Hồng")
    view.show_page("household_members")
    qtbot.mouseClick(view.current_page().roster.add_button, Qt.MouseButton.LeftButton)
    type_answer(qtbot, view, "name", "زهرا احمدی")
    assert view.session.value("name", (0,)) == "Nguyễn Thị Hồng"
    assert view.session.value("name", (1,)) == "زهرا احمدی"
    view.show_page("household_members")
    model = view.rosters["members"]
    assert [model.index(r, 0).data() for r in range(2)] == ["Nguyễn Thị Hồng", "زهرا احمدی"]
    wait_for_ops(qtbot)
    qtbot.waitUntil(lambda: view.saved_label.text() == "Saved")


def test_switching_to_persian_keeps_the_interview_and_lays_out_right_to_left(
    qtbot, view: InterviewView
) -> None:
    """Persian at run time: the same member page and answers, Persian form labels, the screen
    right to left; back in English the labels are English again."""
    view.show_page("household_members")
    qtbot.mouseClick(view.current_page().roster.add_button, Qt.MouseButton.LeftButton)
    type_answer(qtbot, view, "name", "Ali")
    type_answer(qtbot, view, "age", "41")
    english = question(view, "age").title.text()
    i18n.set_language("fa")
    # Qt delivers LanguageChange through the event loop.
    qtbot.waitUntil(lambda: question(view, "age").title.text() != english)
    page = view.current_page()
    assert page.name == "members" and page.index == (0,)
    assert question(view, "age").editor.line.text() == "41"
    assert question(view, "name").editor.line.text() == "Ali"
    persian = question(view, "age").title.text()
    assert persian != english and any("\u0600" <= ch <= "\u06ff" for ch in persian)
    assert view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert view.complete_button.text() != "Complete"
    i18n.set_language("vi")
    qtbot.waitUntil(lambda: question(view, "age").title.text() not in (english, persian))
    i18n.set_language("en")
    qtbot.waitUntil(lambda: question(view, "age").title.text() == english)
    assert view.session.value("age", (0,)) == 41


def test_interview_texts_are_in_every_translation(tmp_path: Path) -> None:
    """pyside6-lupdate finds no text in app/ui/interview that a .ts file lacks or leaves
    untranslated."""
    import subprocess
    import sys
    import xml.etree.ElementTree as ET

    root = Path(__file__).resolve().parents[2]
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    scratch = tmp_path / "interview.ts"
    sources = sorted(str(p) for p in (root / "app" / "ui" / "interview").glob("*.py"))
    subprocess.run(
        [str(lupdate), "-locations", "none", *sources, "-ts", str(scratch)],
        check=True,
        capture_output=True,
    )
    wanted = {
        (c.findtext("name"), m.findtext("source"))
        for c in ET.parse(scratch).getroot()
        for m in c.findall("message")
    }
    assert len(wanted) > 20
    for code in ("ms", "vi", "fa"):
        tree = ET.parse(root / "resources" / "translations" / f"tinjau_{code}.ts").getroot()
        done = {
            (c.findtext("name"), m.findtext("source"))
            for c in tree
            for m in c.findall("message")
            if (m.findtext("translation") or "").strip()
        }
        assert not wanted - done, (code, sorted(wanted - done))


def test_no_text_on_the_interview_screen_is_italic_in_persian(qtbot, view: InterviewView) -> None:
    """Persian text is never set in italic (the oblique font has no Arabic glyphs and draws
    empty boxes): every label and button of the screen, the score panel's notes included."""
    from app.ui.qt import QWidget

    i18n.set_language("fa")
    qtbot.waitUntil(lambda: view.complete_button.text() != "Complete")
    view.update_score()
    assert view.score_panel.isVisible()
    for widget in [view, *view.findChildren(QWidget)]:
        widget.ensurePolished()
        assert not widget.font().italic(), widget.objectName() or type(widget).__name__
        assert "italic" not in widget.styleSheet(), widget.objectName()
