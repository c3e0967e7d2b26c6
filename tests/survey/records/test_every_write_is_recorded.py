"""Every write to a synced table, by every path that makes one (the records functions, the
census import, the demo builder), leaves its audit entry and, when it ships, its outbox entry
in the same transaction: checked on the real database at each commit by `RecordWatch`."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Connection

from app.survey.census import import_census
from app.survey.db import cipher, open_database
from app.survey.db.engine import Database
from app.survey.demo import build_demo
from app.survey.ids import uuid7
from app.survey.records import (
    areas,
    assignments,
    households,
    interviews,
    lifecycle,
    members,
    recorder,
    reviews,
    rounds,
)
from app.survey.records.areas import Step
from app.survey.records.households import NewHousehold
from tests.survey.records.watch import RecordWatch

SITE = "selangor/PTG/PTG01/PPR001"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    with open_database(tmp_path / "tinjau.sqlite") as database:
        yield database


def _demo(db: Database, households: int = 40) -> None:
    build_demo(db, households=households, seed=3)


def test_census_import_is_recorded(db: Database, tmp_path: Path) -> None:
    """A census import (batched bulk writes) audits and ships every area and household it
    makes or changes, and a second import that changes some households ships those."""
    watch = RecordWatch(db)
    path = tmp_path / "list.csv"
    path.write_text(
        "Unit,Nama KIR,No KP,Telefon,Bilangan AIR\n"
        "A-01-01,Ahmad,800101-14-5555,0123456789,4\n"
        "A-01-02,Siti,820202-10-6666,0198765432,2\n"
        "B-02-01,Lim,750303-08-7777,,5\n",
        encoding="utf-8",
    )
    import_census(db, path, site=SITE)
    path.write_text(
        "Unit,Nama KIR,No KP,Telefon,Bilangan AIR\nA-01-01,Ahmad,800101-14-5555,0123456789,6\n",
        encoding="utf-8",
    )
    import_census(db, path, site=SITE)
    watch.close()
    assert watch.problems() == []
    assert watch.commits_checked == 2


def test_demo_build_is_recorded(db: Database) -> None:
    """The demo builder's batched writes audit every record, and every record that ships
    has an outbox entry holding it as written (the demo has never synced)."""
    watch = RecordWatch(db)
    _demo(db)
    watch.close()
    assert watch.problems() == []
    assert watch.commits_checked >= 1


def _new_household(conn: Connection, actor: recorder.Actor) -> str:
    block = conn.exec_driver_sql(
        "SELECT b.id, u.code FROM areas b JOIN areas u ON u.parent_id = b.id "
        "WHERE b.level = 'block' ORDER BY u.path_code LIMIT 1"
    ).first()
    assert block is not None
    return households.add(
        conn,
        new=NewHousehold(
            block_id=block[0],
            unit_code=block[1],
            head_name="Keluarga Baru",
            national_id="800101-14-5555",
            household_size=3,
        ),  # fmt: skip
        actor=actor,
    )


def test_every_records_function_is_recorded(db: Database) -> None:
    """Adding, editing and moving households, members, areas and assignments, opening and
    closing a survey round, an interview's
    life from first save to approval (returned and reopened on the way): each transaction
    holds its trace, and the outbox holds exactly what ships."""
    _demo(db)
    watch = RecordWatch(db)
    actor = recorder.Actor(user="enum01", device_id=db.device_id)
    with db.write() as conn:
        household = _new_household(conn, actor)
    with db.write() as conn:
        households.edit(conn, household_id=household, actor=actor, phone="0123456789")
        unit = conn.exec_driver_sql(
            "SELECT id FROM areas WHERE level = 'unit' ORDER BY path_code DESC LIMIT 1"
        ).scalar_one()
        households.move(conn, household_id=household, unit_id=unit, actor=actor)
    with db.write() as conn:
        member = members.add(
            conn, household_id=household, line_number=1, relationship_to_head="head",
            name="Keluarga Baru", actor=actor,
        )  # fmt: skip
        members.edit(conn, member_id=member, actor=actor, sex="female")
        members.remove(conn, member_id=member, actor=actor)
    with db.write() as conn:
        area = areas.add_path(conn, steps=[Step("selangor", "Selangor"), Step("HS", "Hulu"),
                                           Step("HS01", "Ward")], actor=actor)  # fmt: skip
        given = assignments.assign(conn, enumerator_id="enum02", area_id=area, actor=actor)
        assignments.withdraw(conn, assignment_id=given, actor=actor)
    with db.write() as conn:
        opened = rounds.open_round(conn, area="selangor/HS/HS01", name="2027 follow-up",
                                   actor=actor, opened_on=date(2027, 1, 4))  # fmt: skip
    with db.write() as conn:
        rounds.close_round(conn, ref=opened, actor=actor, closed_on=date(2027, 2, 1))
        rounds.choose(conn, ref="First round", actor=actor)
    draft = interviews.Draft(
        interview_id=uuid7(), household_id=household, form_id="household", form_version="1",
        answers={"hh_size": 3}, position={"page": 0}, enumerator_id="enum01", sequence=1,
    )  # fmt: skip
    for sequence in (1, 2, 3):  # the first save begins the interview, the others are drafts
        with db.write() as conn:
            interviews.save_draft(conn, draft=_again(draft, sequence))
    with db.write() as conn:
        interviews.complete(conn, draft=_again(draft, 4), score=None, household_size=4)
    reviewer = recorder.Actor(user="ward01", device_id=db.device_id)
    with db.write() as conn:
        reviews.decide(conn, interview_id=draft.interview_id, decision=reviews.RETURN,
                       comment="Ask for the spouse's income.", actor=reviewer)  # fmt: skip
    with db.write() as conn:
        interviews.reopen(conn, interview_id=draft.interview_id, actor=actor)
    with db.write() as conn:
        interviews.complete(conn, draft=_again(draft, 5), score=None, household_size=4)
    with db.write() as conn:
        reviews.decide(conn, interview_id=draft.interview_id, decision=reviews.APPROVE,
                       actor=reviewer)  # fmt: skip
    watch.close()
    assert watch.problems() == []
    with db.read() as conn:
        entries = conn.exec_driver_sql(
            "SELECT record_type, operation, count(*) FROM outbox o WHERE record_id IN "
            "(?, ?, ?, ?, ?, ?) OR record_type = 'review_decision' "
            "AND json_extract(payload, '$.data.interview_id') = ? GROUP BY 1, 2 ORDER BY 1, 2",
            (household, member, area, given, draft.interview_id, opened, draft.interview_id),
        ).all()
        visit = households.visit_status(conn, household_id=household)
    assert visit == lifecycle.APPROVED
    assert entries == [
        ("area", "upsert", 1),
        ("assignment", "delete", 1),
        ("assignment", "upsert", 1),
        # added, phone edited, moved; its size from the first completion
        ("household", "upsert", 4),
        ("interview", "upsert", 2),  # one per completion; no draft save, begin or reopen
        ("member", "delete", 1),
        ("member", "upsert", 2),
        ("review_decision", "upsert", 2),
        ("survey_round", "upsert", 2),  # opened, closed; choosing the current is not shipped
    ]


def _again(draft: interviews.Draft, sequence: int) -> interviews.Draft:
    answers = {**draft.answers, "note": f"save {sequence}"}
    return interviews.Draft(
        interview_id=draft.interview_id, household_id=draft.household_id,
        form_id=draft.form_id, form_version=draft.form_version, answers=answers,
        position=draft.position, enumerator_id=draft.enumerator_id, sequence=sequence,
    )  # fmt: skip


def test_the_watch_finds_writes_outside_the_recorder(db: Database) -> None:
    """The check can fail: a change written with no trace in a transaction of the engine, a
    change made by another program, and a deleted row are each reported."""
    _demo(db)
    watch = RecordWatch(db)
    with db.write() as conn:
        conn.exec_driver_sql("UPDATE households SET phone = '0' WHERE seq = 1")
    with db.write() as conn:
        conn.exec_driver_sql("DELETE FROM scores")
        conn.exec_driver_sql("DELETE FROM review_decisions WHERE rowid = 1")
    with cipher.connect_workspace(db.path) as raw:
        raw.execute("UPDATE members SET name = 'X' WHERE rowid = 1")
    watch.close()
    problems = watch.problems()
    assert [p.split(" ", 1)[0] for p in problems] == ["households", "review_decisions",
                                                       "members:"]  # fmt: skip
    assert "no audit entry" in problems[0] and "deleted" in problems[1]
    assert "outside the engine" in problems[2]
