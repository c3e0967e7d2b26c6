"""A completed interview is scored under the workspace's standard: its country's default (e-Kasih
in Malaysia, the national standard in Vietnam, the Global MPI in Iran) or the one chosen for it."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.survey.countries import set_workspace_country
from app.survey.db import cipher, open_database
from app.survey.scoring import find_standard
from app.survey.scoring.workspace import use_standard
from app.ui import settings as opts
from app.ui.main_window import MainWindow
from app.ui.qt import Qt
from tests.ui.helpers import wait_for_ops
from tests.ui.interview_helpers import make_workspace


def reopened_draft(folder: Path) -> str:
    """A household whose demo interview, every answer given, is a draft again (unscored)."""
    with cipher.connect_workspace(folder / "tinjau.sqlite") as conn:
        interview, household = conn.execute(
            "SELECT id, household_id FROM interviews WHERE status = 'complete' ORDER BY id LIMIT 1"
        ).fetchone()
        conn.execute("DELETE FROM scores WHERE interview_id = ?", (interview,))
        conn.execute(
            "UPDATE interviews SET status = 'draft', completed_at = NULL WHERE id = ?",
            (interview,),
        )
        conn.execute(
            "UPDATE households SET visit_status = 'in_progress', poverty_status = NULL "
            "WHERE id = ?",
            (household,),
        )
    return str(household)


@pytest.mark.parametrize(
    ("country", "chosen", "expected"),
    [
        ("my", None, "my-ekasih-pgk"),
        ("vn", None, "vn-2022-2025"),
        ("vn", "vn-hcmc-2019-2020", "vn-hcmc-2019-2020"),
        ("ir", None, "global-mpi-2018"),
    ],
)
def test_completing_an_interview_scores_it_under_the_workspace_standard(
    qtbot, tmp_path: Path, country: str, chosen: str | None, expected: str
) -> None:
    """In a workspace of each country, completing an interview in the window stores its score
    under the country's default standard (or the chosen one), and the census list shows that
    standard's status name for the household."""
    folder = make_workspace(tmp_path / "data")
    with open_database(folder / "tinjau.sqlite") as db, db.write() as conn:
        set_workspace_country(conn, country)
        if chosen:
            use_standard(conn, chosen)
    household = reopened_draft(folder)

    main = MainWindow(opts.Settings())
    qtbot.addWidget(main)
    main.open_workspace(folder)
    main.resize(1280, 860)
    main.show()
    wait_for_ops(qtbot)
    main.open_interview(household)
    wait_for_ops(qtbot)
    view = main.interview_view
    assert view.standard is not None and view.standard.id == expected
    qtbot.mouseClick(view.complete_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)
    assert not view.editable, [view.problems.item(i).text() for i in range(view.problems.count())]

    with cipher.connect_workspace(folder / "tinjau.sqlite") as conn:
        scores = conn.execute(
            "SELECT s.standard_id, s.status FROM scores s JOIN interviews i "
            "ON i.id = s.interview_id WHERE i.household_id = ?",
            (household,),
        ).fetchall()
        listed = conn.execute(
            "SELECT poverty_status FROM households WHERE id = ?", (household,)
        ).fetchone()[0]
    assert [standard for standard, _ in scores] == [expected]
    assert listed == scores[0][1]

    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)
    qtbot.waitUntil(lambda: not main.list_panel.model.loading)
    model = main.list_panel.model
    row = next(
        r for r in range(model.rowCount()) if model.index(r, 0).data(model.ID_ROLE) == household
    )
    names = {s.code: s.names["en"] for s in find_standard(expected).statuses}
    assert model.index(row, 3).data() == names.get(listed, "Not enough data")
