"""Which form an interview opens with, what a new interview starts with, and removing a member."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import openpyxl
import pytest

from app.paths import HOUSEHOLD_FORM
from app.survey.db import cipher
from app.ui import ops
from app.ui import settings as opts
from app.ui.interview.view import InterviewView
from app.ui.qt import QMessageBox, Qt
from app.ui.workspace import Workspace
from tests.ui.helpers import wait_for_ops
from tests.ui.interview_helpers import household_with, make_workspace, open_view, question

NEW_VERSION = "2099010101"
NEW_LABEL = "Name of the person (new form)"


def install_newer_form(folder: Path) -> None:
    """A newer version of the household form (another label for `name`), installed later."""
    book = openpyxl.load_workbook(HOUSEHOLD_FORM)
    survey = book["survey"]
    header = [cell.value for cell in survey[1]]
    name_col, label_col = header.index("name"), header.index("label::English (en)")
    for row in survey.iter_rows(min_row=2):
        if row[name_col].value == "name":
            row[label_col].value = NEW_LABEL
    settings = book["settings"]
    columns = [cell.value for cell in settings[1]]
    settings.cell(row=2, column=columns.index("version") + 1).value = NEW_VERSION
    data = io.BytesIO()
    book.save(data)
    workbook = data.getvalue()
    with cipher.connect_workspace(folder / "tinjau.sqlite") as conn:
        conn.execute(
            "INSERT INTO form_versions (form_id, version, sha256, title, workbook, installed_at) "
            "VALUES ('household', ?, ?, 'Household', ?, '2099-01-01T00:00:00.000000Z')",
            (NEW_VERSION, hashlib.sha256(workbook).hexdigest(), workbook),
        )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return make_workspace(tmp_path / "data")


def test_a_draft_keeps_its_form_version_and_a_new_interview_takes_the_newest(
    qtbot, folder: Path
) -> None:
    """With a newer form installed, a draft begun on the old version opens with the old one;
    a household interviewed for the first time gets the new one."""
    install_newer_form(folder)
    draft = open_view(qtbot, folder, household_with(folder, "in_progress"))
    old_version = draft.session.definition.version
    assert old_version != NEW_VERSION
    draft.open_instance("members", (0,))
    assert question(draft, "name").title.text() != NEW_LABEL

    fresh = open_view(qtbot, folder, household_with(folder, "not_visited"))
    assert fresh.session.definition.version == NEW_VERSION
    fresh.open_instance("members", (0,))
    assert question(fresh, "name").title.text() == NEW_LABEL


def test_a_new_interview_starts_with_the_census_members_and_address(qtbot, folder: Path) -> None:
    """The census list's members (head first) and the unit's place fill a new interview."""
    household = household_with(folder, "not_visited")
    with cipher.connect_workspace(folder / "tinjau.sqlite") as conn:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM members WHERE household_id = ? ORDER BY line_number",
                (household,),
            )
        ]
    view = open_view(qtbot, folder, household)
    session = view.session
    assert [session.value("name", (i,)) for i in range(len(names))] == names
    assert session.value("relationship", (0,)) == "head"
    assert session.value("country") == "my"
    assert session.value("unit_number")
    view.show_page("household_members")
    assert view.rosters["members"].rowCount() == len(names)


def confirmation(view: InterviewView) -> QMessageBox:
    boxes = [b for b in view.findChildren(QMessageBox, "confirmRemove") if b.isVisible()]
    assert len(boxes) == 1
    return boxes[0]


def test_removing_a_member_asks_first(qtbot, folder: Path) -> None:
    """Remove asks for confirmation; "No" keeps the member, "Yes" removes them."""
    with cipher.connect_workspace(folder / "tinjau.sqlite") as conn:
        (household,) = conn.execute(
            "SELECT h.id FROM households h JOIN members m ON m.household_id = h.id "
            "WHERE h.visit_status = 'not_visited' GROUP BY h.id HAVING count(*) >= 3 LIMIT 1"
        ).fetchone()
    view = open_view(qtbot, folder, household)
    view.show_page("household_members")
    panel = view.current_page().roster
    before = panel.model.rowCount()
    assert before >= 2
    panel.table.selectRow(1)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    box = confirmation(view)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == before
    second = view.session.value("name", (1,))
    panel.table.selectRow(1)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    box = confirmation(view)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == before - 1
    assert second not in [view.session.value("name", (i,)) for i in range(panel.model.rowCount())]


def test_assistance_table_shows_only_when_assistance_was_received(qtbot, folder: Path) -> None:
    """The assistance records appear with "yes" and go with "no"; Add opens a record's page."""
    from tests.ui.interview_helpers import choose, new_household

    view = open_view(qtbot, folder, new_household(folder))
    view.show_page("assistance_section")
    roster = view.current_page().roster
    assert roster.isHidden()
    choose(qtbot, view, "assistance_received", "yes")
    assert not roster.isHidden()
    assert roster.add_button.text() == "Add"
    qtbot.mouseClick(roster.add_button, Qt.MouseButton.LeftButton)
    page = view.current_page()
    assert page.name == "assistance" and page.index == (0,)
    assert page.title.text().endswith("1")
    view.show_page("assistance_section")
    choose(qtbot, view, "assistance_received", "no")
    assert roster.isHidden()


def test_opening_another_household_saves_the_first_and_never_mixes_them(
    qtbot, folder: Path
) -> None:
    """What was just typed in one household is written when another is opened at once, and
    the second household's screen holds only its own answers."""
    from tests.ui.interview_helpers import new_household, type_answer

    first, second = new_household(folder, "Satu"), new_household(folder, "Dua")
    view = open_view(qtbot, folder, first)
    view.show_page("interview")
    type_answer(qtbot, view, "site", "PPR Kampung Limau")
    view.open_household(second)  # no pause: the save may still be pending
    assert view.session is None
    wait_for_ops(qtbot)
    assert view.opened_interview.household_id == second
    assert view.session.value("site") != "PPR Kampung Limau"
    with cipher.connect_workspace(folder / "tinjau.sqlite") as conn:
        (answers,) = conn.execute(
            "SELECT answers FROM interviews WHERE household_id = ?", (first,)
        ).fetchone()
    assert '"site":"PPR Kampung Limau"' in answers


def test_a_form_version_missing_from_the_device_is_a_sentence(qtbot, folder: Path) -> None:
    """An interview whose form version is not installed does not open; the worker is told to
    synchronise, in a sentence, and is back at the list."""
    household = household_with(folder, "in_progress")
    with cipher.connect_workspace(folder / "tinjau.sqlite") as conn:
        conn.execute(
            "UPDATE interviews SET form_version = '1999' WHERE household_id = ?", (household,)
        )
    ops.set_workspace(Workspace.open(folder))
    view = InterviewView(opts.Settings())
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.closed):
        view.open_household(household)
    wait_for_ops(qtbot)
    assert view.session is None
    boxes = [b for b in view.window().findChildren(QMessageBox, "errorBox") if b.isVisible()]
    assert len(boxes) == 1
    assert "1999" in boxes[0].text() and "Synchronise" in boxes[0].text()
