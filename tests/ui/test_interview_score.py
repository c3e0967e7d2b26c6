"""The score panel on a draft: what the standard still needs is named, the status stays neutral
until it is answered, and unanswered income is never shown as 0."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.ui import i18n
from app.ui.interview.view import InterviewView
from app.ui.qt import Qt
from tests.ui.helpers import wait_for_ops
from tests.ui.interview_helpers import (
    choose,
    make_workspace,
    new_household,
    open_view,
    question,
    type_answer,
)

ALARM = "#b00020"


@pytest.fixture
def view(qtbot, tmp_path: Path) -> InterviewView:
    """The interview screen on a household found in the field (no members, no answers)."""
    folder = make_workspace(tmp_path / "data")
    return open_view(qtbot, folder, new_household(folder))


def add_member(qtbot, view: InterviewView, name: str, age: int) -> None:
    view.show_page("household_members")
    qtbot.mouseClick(view.current_page().roster.add_button, Qt.MouseButton.LeftButton)
    type_answer(qtbot, view, "name", name)
    choose(qtbot, view, "relationship", "head")
    choose(qtbot, view, "sex", "female")
    type_answer(qtbot, view, "age", str(age))


def test_a_draft_without_incomes_is_provisional_and_neutral(qtbot, view: InterviewView) -> None:
    """With the member's incomes unanswered the panel names them, the status is not a poverty
    status in an alarm colour, and no income of 0 is stated."""
    panel = view.score_panel
    view.update_score()
    assert panel.pending.isVisible()
    assert "Not enough answers yet" in panel.pending.text()
    add_member(qtbot, view, "Siti", 41)
    wait_for_ops(qtbot)
    view.update_score()
    wages = question(view, "income_wages").title.text().rstrip(" *")
    assert panel.pending.isVisible()
    assert wages.split()[0] in panel.pending.text()
    assert ALARM not in panel.status.styleSheet()
    assert panel.status.text() in ("Not enough data",) or panel.status.text().startswith(
        "Provisional"
    )
    assert "Hardcore" not in panel.status.text()
    assert " 0 " not in panel.explanation.text() and "RM 0" not in panel.explanation.text()


def test_answering_the_incomes_gives_the_status_its_colour(qtbot, view: InterviewView) -> None:
    """Once every answer the standard reads is in, the note goes and the status is final."""
    panel = view.score_panel
    view.show_page("interview")
    if view.session.value("stratum") is None:
        choose(qtbot, view, "stratum", "urban")
    add_member(qtbot, view, "Siti", 41)
    for name in ("income_wages", "income_self_employment", "income_transfers"):
        type_answer(qtbot, view, name, "100")
    view.show_page("household_income")
    type_answer(qtbot, view, "income_property", "0")
    type_answer(qtbot, view, "income_other", "0")
    view.update_score()
    assert not panel.pending.isVisible(), panel.pending.text()
    assert "Provisional" not in panel.status.text()
    assert panel.status.text() != "Not enough data"
    assert panel.status.styleSheet().startswith("color: #")
    assert "#5f6368" not in panel.status.styleSheet()


def test_the_missing_answers_are_named_in_persian(qtbot, view: InterviewView) -> None:
    """The note naming what is missing is in the interface language (Persian here)."""
    add_member(qtbot, view, "Siti", 41)
    i18n.set_language("fa")
    qtbot.waitUntil(lambda: view.complete_button.text() != "Complete")
    view.update_score()
    text = view.score_panel.pending.text()
    assert view.score_panel.pending.isVisible()
    assert "Not enough" not in text and any("\u0600" <= ch <= "\u06ff" for ch in text)


def test_a_standard_by_income_alone_lists_no_deprivations(qtbot, view: InterviewView) -> None:
    """Under a standard with no indicators (e-Kasih) the "Deprived in" list is not shown."""
    view.update_score()
    assert view.standard is not None and not view.standard.indicators
    assert view.score_panel.deprived_title.isHidden()
    from app.survey.scoring import find_standard

    view.use_standard(find_standard("global-mpi-2018"))
    assert not view.score_panel.deprived_title.isHidden()
