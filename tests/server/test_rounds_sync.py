"""Survey rounds travel like every other record: a device with two rounds syncs to a real
`tinjau-server` process, and another device pulls the rounds and each interview's round
unchanged."""

from __future__ import annotations

from pathlib import Path

from app.paths import database_path
from app.survey.db import open_database
from tests.rounds_data import build_two_rounds
from tests.server.conftest import add_user, running_server
from tests.server.test_pull_client import rows, run, sign_in
from tests.server.test_sync_client import login, prepare_server, server_rows, sync


def test_rounds_and_the_round_of_each_interview_reach_another_device(
    db_url: str, tmp_path: Path
) -> None:
    """After the office syncs, the server holds each round once, and a supervisor's new
    device pulls the rounds (area, name, dates) and every interview with its round."""
    prepare_server(db_url)
    add_user(db_url, "sup", "supervisor", ["kuala_lumpur"])
    office = tmp_path / "office"
    build_two_rounds(office, households=150)
    with running_server(db_url) as base:
        assert login(office, base).returncode == 0
        done, answer = sync(office)
        assert done.returncode == 0, done.stderr
        assert answer["pending"] == 0
        rounds_sql = "SELECT id, area_id, name, opened_on, closed_on FROM survey_rounds ORDER BY id"
        sent = rows(office, rounds_sql)
        assert len(sent) == 2 and sent[0][4] is not None and sent[1][4] is None
        stored = server_rows(
            db_url, "SELECT record_id FROM records WHERE record_type = 'survey_round'"
        )
        assert sorted(r[0] for r in stored) == [r[0] for r in sent]

        tablet = tmp_path / "tablet"
        sign_in(tablet, base, "sup")
        report = run(tablet)
        assert report.error is None
    assert rows(tablet, rounds_sql) == sent
    interviews_sql = (
        "SELECT id, household_id, round_id FROM interviews WHERE status != 'draft' ORDER BY id"
    )
    theirs = rows(office, interviews_sql)
    assert rows(tablet, interviews_sql) == theirs
    assert {r[2] for r in theirs} == {r[0] for r in sent}
    # A household interviewed in both rounds has both interviews on the new device too.
    both = rows(
        tablet,
        "SELECT household_id FROM interviews WHERE status != 'draft' GROUP BY household_id "
        "HAVING count(DISTINCT round_id) = 2",
    )
    assert len(both) > 10
    with open_database(database_path(tablet)) as db, db.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM outbox").scalar() == 0
