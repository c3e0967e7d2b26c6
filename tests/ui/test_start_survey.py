"""A survey started from nothing, in each country: `tinjau init`, the sample census list
imported, the app opened on it, the first household interviewed with its head already member 1,
completed, and scored under the country's default poverty standard."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.survey.countries import COUNTRIES
from app.survey.db import cipher
from app.ui import settings as opts
from app.ui.main_window import MainWindow
from app.ui.qt import Qt
from tests.survey.test_new_workspace import AREAS, EXAMPLES
from tests.ui.helpers import wait_for_ops
from tests.ui.interview_helpers import choose, question, type_answer
from tests.ui.test_interview_flow import fill_other_pages

HEADS = {"my": "Siti Aminah binti Ali", "vn": "Nguyễn Văn An", "ir": "علی رضایی"}
IDS = {"my": "800101145671", "vn": "079089012345", "ir": "0042156386"}


def fill_head(qtbot, view, code: str) -> None:
    """What the census list could not say about the head: a man of 44 (the sample MyKad ends
    in an odd digit, which the form checks against the sex)."""
    choose(qtbot, view, "sex", "male")
    type_answer(qtbot, view, "age", "44")
    choose(qtbot, view, "citizenship", "citizen")
    if code == "my":
        choose(qtbot, view, "ethnicity", "malay")
    choose(qtbot, view, "religion", "islam" if code != "vn" else "none")
    choose(qtbot, view, "marital_status", "married")
    choose(qtbot, view, "skills", "none")
    choose(qtbot, view, "employment_status", "self_employed")
    type_answer(qtbot, view, "occupation", "Seller")
    for income in ("income_wages", "income_self_employment", "income_transfers"):
        type_answer(qtbot, view, income, "0")
    choose(qtbot, view, "education_level", "primary")
    type_answer(qtbot, view, "years_schooling", "6")
    choose(qtbot, view, "chronic_diseases", "none")
    choose(qtbot, view, "disability", "no")
    choose(qtbot, view, "health_insurance", "no")
    choose(qtbot, view, "undernourished", "no")


@pytest.mark.parametrize("code", sorted(COUNTRIES))
def test_a_survey_started_from_nothing_interviews_and_scores_its_first_household(
    qtbot, tmp_path: Path, code: str
) -> None:
    """init, import, open: the list shows the four households; the first one's interview has
    the head as member 1 (name, head, ID), the country and state filled in; completing it
    stores a score under the country's default standard."""
    folder = tmp_path / "survey"
    site, _names = AREAS[code]
    assert main(["init", "--data-dir", str(folder), "--country", code, "--area", site]) == 0
    sample = str(EXAMPLES / f"census-{code}.xlsx")
    assert main(["census", "import", sample, "--data-dir", str(folder), "--site", site]) == 0

    window = MainWindow(opts.Settings())
    qtbot.addWidget(window)
    window.open_workspace(folder)
    window.resize(1280, 860)
    window.show()
    wait_for_ops(qtbot)
    model = window.list_panel.model
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == 4)
    with cipher.connect_workspace(folder / "tinjau.sqlite") as conn:
        (household,) = conn.execute(
            "SELECT h.id FROM households h JOIN areas u ON u.id = h.unit_id "
            "WHERE u.code = 'A-01-01'"
        ).fetchone()
    window.open_interview(household)
    wait_for_ops(qtbot)
    view = window.interview_view
    session = view.session
    assert session is not None
    assert session.value("country") == code
    assert session.value("state") == site.split("/")[0]
    view.show_page("household_members")
    roster = view.current_page().roster
    assert roster.model.rowCount() == 1
    assert roster.model.index(0, 0).data() == HEADS[code]

    view.show_page("interview")
    consent = question(view, "consent").editor
    consent.check.setFocus()
    qtbot.keyClick(consent.check, Qt.Key.Key_Space)
    choose(qtbot, view, "stratum", "urban")
    view.open_instance("members", (0,))
    wait_for_ops(qtbot)
    assert question(view, "name").editor.line.text() == HEADS[code]
    assert question(view, "national_id").editor.line.text() == IDS[code]
    fill_head(qtbot, view, code)
    fill_other_pages(qtbot, view)
    qtbot.mouseClick(view.complete_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)
    assert not view.problems.isVisible(), [
        view.problems.item(i).text() for i in range(view.problems.count())
    ]

    with cipher.connect_workspace(folder / "tinjau.sqlite") as conn:
        visit, answers = conn.execute(
            "SELECT h.visit_status, i.answers FROM households h JOIN interviews i "
            "ON i.household_id = h.id WHERE h.id = ?",
            (household,),
        ).fetchone()
        standards = conn.execute(
            "SELECT s.standard_id, s.status FROM scores s JOIN interviews i "
            "ON i.id = s.interview_id WHERE i.household_id = ?",
            (household,),
        ).fetchall()
    assert visit == "complete"
    head = json.loads(answers)["members"][0]
    assert (head["name"], head["relationship"]) == (HEADS[code], "head")
    assert [s[0] for s in standards] == [COUNTRIES[code].default_standard]
    assert standards[0][1]
