"""A whole interview through the real widgets: answers typed, three members added, skip logic,
a constraint error fixed, the refusal list, completion, and the census list afterwards."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.survey.db import cipher
from app.ui import ops
from app.ui import settings as opts
from app.ui.interview.view import InterviewView
from app.ui.main_window import MainWindow
from app.ui.qt import Qt
from tests.ui.helpers import wait_for_ops
from tests.ui.interview_helpers import (
    choose,
    fill_member,
    household_with,
    make_workspace,
    new_household,
    question,
    type_answer,
)


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    return make_workspace(tmp_path / "data")


@pytest.fixture
def window(qtbot, workspace: Path) -> MainWindow:
    """The main window on the demo workspace, with the interview screen attached."""
    main = MainWindow(opts.Settings())
    qtbot.addWidget(main)
    main.open_workspace(workspace)
    main.resize(1280, 860)
    main.show()
    wait_for_ops(qtbot)
    return main


def open_interview(qtbot, main: MainWindow, household_id: str) -> InterviewView:
    main.open_interview(household_id)
    wait_for_ops(qtbot)
    view = main.interview_view
    assert view.session is not None
    return view


def stored(folder: Path, household_id: str) -> tuple[str, str | None, str, str | None]:
    with cipher.connect_workspace(folder / "tinjau.sqlite") as conn:
        return conn.execute(
            "SELECT h.visit_status, h.poverty_status, i.status, i.answers FROM households h "
            "JOIN interviews i ON i.household_id = h.id WHERE h.id = ?",
            (household_id,),
        ).fetchone()


def fill_household_pages(qtbot, view: InterviewView) -> None:
    view.show_page("interview")
    consent = question(view, "consent").editor
    consent.check.setFocus()
    qtbot.keyClick(consent.check, Qt.Key.Key_Space)
    choose(qtbot, view, "country", "my")
    choose(qtbot, view, "state", "kuala_lumpur")
    for name, text in (
        ("district", "Lembah Pantai"),
        ("ward", "Kerinchi"),
        ("site", "PPR Sri Pantai"),
        ("unit_number", "12-05"),
    ):
        type_answer(qtbot, view, name, text)
    choose(qtbot, view, "stratum", "urban")


def fill_other_pages(qtbot, view: InterviewView) -> None:
    view.show_page("dwelling")
    choose(qtbot, view, "dwelling_type", "flat")
    choose(qtbot, view, "tenure", "rented_public")
    choose(qtbot, view, "housing_quality", "permanent")
    choose(qtbot, view, "floor_material", "ceramic_tiles")
    choose(qtbot, view, "roof_material", "concrete")
    choose(qtbot, view, "wall_material", "brick")
    type_answer(qtbot, view, "floor_area", "65.5")
    type_answer(qtbot, view, "rooms", "3")
    choose(qtbot, view, "water_source", "piped_dwelling")
    choose(qtbot, view, "toilet_type", "flush_sewer")
    choose(qtbot, view, "toilet_shared", "no")
    choose(qtbot, view, "cooking_fuel", "lpg")
    choose(qtbot, view, "electricity", "yes")
    view.show_page("assets_information")
    choose(qtbot, view, "assets", "tv", "mobile_phone")
    choose(qtbot, view, "telecom_use", "yes")
    choose(qtbot, view, "savings", "none")
    view.show_page("health_access")
    choose(qtbot, view, "sick_untreated", "no")
    type_answer(qtbot, view, "child_deaths_5y", "0")
    view.show_page("household_income")
    type_answer(qtbot, view, "income_property", "0")
    type_answer(qtbot, view, "income_other", "0")
    view.show_page("assistance_section")
    choose(qtbot, view, "assistance_received", "no")


def test_whole_interview_through_the_widgets_ends_complete_in_the_list(
    qtbot, window: MainWindow, workspace: Path
) -> None:
    """Typing a household with three members, fixing an age of 150 and completing it marks the
    interview and the household complete, stores the score and shows it in the census list."""
    household = new_household(workspace)
    view = open_interview(qtbot, window, household)
    fill_household_pages(qtbot, view)

    view.show_page("household_members")
    roster = view.current_page().roster
    members = [
        {"name": "Aminah binti Yusof", "relationship": "head", "sex": "female", "age": 150,
         "income_self_employment": 900},
        {"name": "Rahman bin Ali", "relationship": "spouse", "sex": "male", "age": 44,
         "income_wages": 1200},
        {"name": "Nur Aisyah", "relationship": "child", "sex": "female", "age": 3},
    ]  # fmt: skip
    for number, member in enumerate(members):
        qtbot.mouseClick(roster.add_button, Qt.MouseButton.LeftButton)
        assert view.current_page().index == (number,)
        if number == 0:
            # 150 is past the form's limit: the constraint message shows beside the age.
            type_answer(qtbot, view, "age", "150")
            age = question(view, "age")
            assert age.error.isVisible()
            assert "120" in age.error.text()
            member = dict(member, age=44)
        fill_member(qtbot, view, member)
        if number == 0:
            assert not question(view, "age").error.isVisible()
        if member["age"] == 3:
            # Skip logic: no school questions for a three-year-old.
            assert not question(view, "in_school").isVisible()
            assert not question(view, "education_level").isVisible()
            assert not question(view, "income_wages").isVisible()
        view.show_page("household_members")
        roster = view.current_page().roster
    assert roster.model.rowCount() == 3
    assert roster.model.index(2, 0).data() == "Nur Aisyah"
    assert roster.model.index(1, 1).data() == "Husband or wife"
    # The head was filled in alone: the questions asked once for a household of several are
    # on the head's page now (every member was asked, so: not the same, and yes to both).
    view.open_instance("members", (0,))
    for gate, said in (("same_background", "no"), ("anyone_chronic", "yes"),
                       ("anyone_disabled", "yes")):  # fmt: skip
        assert question(view, gate).isVisible()
        choose(qtbot, view, gate, said)

    fill_other_pages(qtbot, view)
    qtbot.mouseClick(view.complete_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)
    assert not view.problems.isVisible(), [
        view.problems.item(i).text() for i in range(view.problems.count())
    ]
    assert not view.editable

    visit, poverty, status, answers = stored(workspace, household)
    assert (visit, status) == ("complete", "complete")
    assert poverty and poverty == view.score_panel._result.status
    saved = json.loads(answers)
    assert [m["name"] for m in saved["members"]] == [m["name"] for m in members]
    assert saved["members"][0]["age"] == 44
    assert "in_school" not in saved["members"][2]
    with cipher.connect_workspace(workspace / "tinjau.sqlite") as conn:
        score_rows = conn.execute(
            "SELECT s.status FROM scores s JOIN interviews i ON i.id = s.interview_id "
            "WHERE i.household_id = ?",
            (household,),
        ).fetchall()
    assert score_rows == [(poverty,)]

    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)
    qtbot.waitUntil(lambda: not window.list_panel.model.loading)
    model = window.list_panel.model
    rows = [
        r for r in range(model.rowCount()) if model.index(r, 0).data(model.ID_ROLE) == household
    ]
    assert rows, "the household is still listed"
    assert model.index(rows[0], 2).data() == "Complete"
    assert model.index(rows[0], 3).data() not in ("", "Not scored")


def test_complete_is_refused_with_a_list_that_jumps_to_the_question(
    qtbot, window: MainWindow, workspace: Path
) -> None:
    """Completing an empty interview lists what is missing; clicking a member's problem opens
    that member's page with the cursor in the question."""
    household = new_household(workspace)
    view = open_interview(qtbot, window, household)
    view.show_page("household_members")
    qtbot.mouseClick(view.current_page().roster.add_button, Qt.MouseButton.LeftButton)
    type_answer(qtbot, view, "name", "Siti")
    qtbot.mouseClick(view.complete_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)
    assert view.problems.isVisible()
    texts = [view.problems.item(i).text() for i in range(view.problems.count())]
    assert any("Relationship" in text and "Siti" in text for text in texts), texts
    assert view.editable
    # Nothing was completed.
    assert stored(workspace, household)[2] == "draft"

    view.show_page("dwelling")
    row = next(i for i, text in enumerate(texts) if "Sex" in text)
    item = view.problems.item(row)
    rect = view.problems.visualItemRect(item)
    qtbot.mouseClick(view.problems.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = view.current_page()
    assert page.name == "members" and page.index == (0,)
    sex = question(view, "sex")
    assert sex.error.isVisible()
    assert view.focusWidget() in sex.editor.findChildren(type(view.focusWidget()))


def test_roster_model_passes_qtmodeltester(qtbot, qtmodeltester, window, workspace) -> None:
    """The members table model is a well-behaved Qt model with rows in it."""
    household = household_with(workspace, "in_progress")
    view = open_interview(qtbot, window, household)
    view.show_page("household_members")
    model = view.rosters["members"]
    assert model.rowCount() >= 1
    qtmodeltester.check(model)


def test_draft_resumes_at_the_same_member_and_question(
    qtbot, workspace: Path, window: MainWindow
) -> None:
    """A draft closed with the window reopens on the same member page, in the same question,
    with what was typed."""
    household = new_household(workspace)
    view = open_interview(qtbot, window, household)
    view.show_page("household_members")
    for _ in range(2):
        view.show_page("household_members")
        qtbot.mouseClick(view.current_page().roster.add_button, Qt.MouseButton.LeftButton)
    type_answer(qtbot, view, "name", "Lim Wei")
    type_answer(qtbot, view, "age", "37")
    window.close()
    wait_for_ops(qtbot)
    ops.shutdown()

    again = MainWindow(opts.Settings())
    qtbot.addWidget(again)
    again.open_workspace(workspace)
    again.show()
    wait_for_ops(qtbot)
    view = open_interview(qtbot, again, household)
    page = view.current_page()
    assert page.name == "members" and page.index == (1,)
    assert question(view, "name").editor.line.text() == "Lim Wei"
    age = question(view, "age").editor.line
    assert age.text() == "37"
    assert again.focusWidget() is age
    assert stored(workspace, household)[0] == "in_progress"


def test_enter_on_a_listed_household_opens_its_interview(qtbot, window: MainWindow) -> None:
    """Enter on a row of the census list shows that household's interview; "Back to the list"
    returns to the list."""
    table = window.list_panel.table
    model = window.list_panel.model
    table.setFocus()
    table.setCurrentIndex(model.index(2, 0))
    household = model.index(2, 0).data(model.ID_ROLE)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    wait_for_ops(qtbot)
    view = window.interview_view
    assert window.pages.currentWidget() is view
    assert view.opened_interview.household_id == household
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.splitter
