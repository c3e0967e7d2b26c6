"""Issue 16's keyboard case, keys only: a form with a secondary instance and current() in a
choice filter and a pulldata() lookup, answered in the desktop app by key events sent to
whatever has the focus (the interview puts it in the first question; nothing is focused or
clicked by the test). tests/ui/test_form_install.py covers the same form installed from
Settings, choosing by name."""

from __future__ import annotations

from pathlib import Path

from app.survey.db import open_database
from app.survey.db.types import format_utc, utcnow
from app.survey.forms.workspace import install_form_package, read_form_package
from app.ui.qt import QApplication, Qt
from tests.form_versions import lookup_form
from tests.ui.interview_helpers import make_workspace, new_household, open_view, question
from tests.ui.keyboard import Keyboard
from tests.ui.keyboard_household import holder


def test_a_lookup_form_is_answered_with_keys_only(qtbot, tmp_path: Path) -> None:
    folder = make_workspace(tmp_path / "data", households=2)
    with open_database(folder / "tinjau.sqlite") as db, db.write() as conn:
        install_form_package(
            conn,
            read_form_package(lookup_form(tmp_path / "supervisor")),
            forms_dir=folder / "forms",
            installed_at=format_utc(utcnow()),
        )
    view = open_view(qtbot, folder, new_household(folder), active=True)
    session = view.session
    assert holder(QApplication.focusWidget()).question.name == "country"
    keys = Keyboard()
    keys.type("2")  # Viet Nam
    keys.enter()
    # The cities follow the country through current(): only Ha Noi is offered.
    assert holder(QApplication.focusWidget()).question.name == "city"
    assert [c.name for c in session.choices("city")] == ["hn"]
    keys.type("1")
    assert session.value("city") == "hn"
    assert question(view, "shown").title.text() == "Ha Noi has 8000000 people"
    # Back to the country by Shift+Tab (past its Clear button); Malaysia by its first letters;
    # the cities change with it.
    keys.press(Qt.Key.Key_Backtab, times=2)
    assert QApplication.focusWidget().objectName() == "choice_vn"
    keys.type("m")
    keys.press(Qt.Key.Key_Space)
    assert session.value("country") == "my"
    keys.enter()
    assert [c.name for c in session.choices("city")] == ["kl", "pg"]
    keys.type("2")  # George Town
    assert session.value("city") == "pg"
    assert question(view, "shown").title.text() == "George Town has 700000 people"
    assert keys.count == 9
