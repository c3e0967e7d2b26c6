"""A visit that ends at the door without an interview (not found, refused): the moves the visit
machine allows, the rows the recorder writes for them, and the way back when the worker is let
in."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.survey.db import open_database
from app.survey.db.engine import Database
from app.survey.demo import build_demo
from app.survey.errors import DomainError
from app.survey.ids import uuid7
from app.survey.records import households, interviews, lifecycle, recorder
from tests.survey.records.watch import RecordWatch

NOTE = "Jiran kata keluarga Ahmad pindah ke Johor"  # a note may name people


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    with open_database(tmp_path / "tinjau.sqlite") as database:
        build_demo(database, households=40, seed=3)
        yield database


def _household(db: Database, status: str) -> str:
    with db.read() as conn:
        return str(
            conn.exec_driver_sql(
                "SELECT id FROM households WHERE visit_status = ? ORDER BY seq LIMIT 1", (status,)
            ).scalar_one()
        )


def _actor(db: Database) -> recorder.Actor:
    return recorder.Actor(user="enum01", device_id=db.device_id)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("current", "wanted"),
    [
        (lifecycle.NOT_VISITED, lifecycle.NOT_FOUND),
        (lifecycle.NOT_VISITED, lifecycle.REFUSED),
        (lifecycle.IN_PROGRESS, lifecycle.NOT_FOUND),
        (lifecycle.IN_PROGRESS, lifecycle.REFUSED),
        (lifecycle.NOT_FOUND, lifecycle.IN_PROGRESS),
        (lifecycle.NOT_FOUND, lifecycle.REFUSED),
        (lifecycle.REFUSED, lifecycle.IN_PROGRESS),
        (lifecycle.REFUSED, lifecycle.NOT_FOUND),
    ],
)
def test_the_visit_machine_allows_the_door_outcomes(current: str, wanted: str) -> None:
    """A visit not begun or in progress may end not found or refused, and such a visit may
    move back to in progress (let in) or to the other outcome."""
    lifecycle.check_visit(current, wanted)


@pytest.mark.parametrize(
    ("current", "wanted"),
    [
        (lifecycle.COMPLETE, lifecycle.NOT_FOUND),
        (lifecycle.SYNCED, lifecycle.REFUSED),
        (lifecycle.APPROVED, lifecycle.REFUSED),
        (lifecycle.RETURNED, lifecycle.NOT_FOUND),
        (lifecycle.NOT_FOUND, lifecycle.COMPLETE),
        (lifecycle.REFUSED, lifecycle.NOT_VISITED),
    ],
)
def test_the_visit_machine_refuses_other_moves(current: str, wanted: str) -> None:
    """A finished interview cannot be marked not found or refused, and an outcome at the door
    is no completed interview: each is a DomainError naming both statuses."""
    with pytest.raises(DomainError) as refused:
        lifecycle.check_visit(current, wanted)
    assert refused.value.message_id == "visit.move_refused"
    assert refused.value.params == {"current": current, "wanted": wanted}


def test_marking_a_visit_not_found_is_audited_and_shipped_without_the_note(db: Database) -> None:
    """Marking not found, then refused, writes each time the audit entry (no note in it) and an
    outbox entry whose household data carries the outcome and the note, in one transaction."""
    household = _household(db, lifecycle.NOT_VISITED)
    watch = RecordWatch(db)
    with db.write() as conn:
        households.mark_visit(conn, household_id=household, status=lifecycle.NOT_FOUND,
                              actor=_actor(db), note=f"  {NOTE}  ")  # fmt: skip
    with db.write() as conn:
        households.mark_visit(conn, household_id=household, status=lifecycle.REFUSED,
                              actor=_actor(db))  # fmt: skip
    watch.close()
    assert watch.problems() == []
    with db.read() as conn:
        audit = conn.exec_driver_sql(
            "SELECT action, actor, detail FROM audit_log WHERE record_id = ? ORDER BY id",
            (household,),
        ).all()
        outbox = [
            json.loads(payload)
            for (payload,) in conn.exec_driver_sql(
                "SELECT payload FROM outbox WHERE record_id = ? ORDER BY id", (household,)
            )
        ]
        status = households.visit_status(conn, household_id=household)
    assert status == lifecycle.REFUSED
    assert [(action, actor) for action, actor, _ in audit[-2:]] == [
        ("household.visit_outcome", "enum01"),
        ("household.visit_outcome", "enum01"),
    ]
    assert json.loads(audit[-1][2]) == {"visit_status": "refused", "was": "not_found"}
    assert all("Ahmad" not in (detail or "") for _, _, detail in audit)
    assert [(p["operation"], p["data"]["visit_outcome"], p["data"]["visit_note"])
            for p in outbox[-2:]] == [("upsert", "not_found", NOTE),
                                      ("upsert", "refused", None)]  # fmt: skip


def test_a_refused_move_or_a_long_note_changes_nothing(db: Database) -> None:
    """Marking a completed household refused, or any household with a note over 200
    characters, is refused with its message id and leaves the database file byte-identical."""
    done = _household(db, lifecycle.APPROVED)
    fresh = _household(db, lifecycle.NOT_VISITED)
    db.engine.dispose()  # nothing open holds unwritten pages: the file is the database
    before = _sha(db.path)
    with pytest.raises(DomainError) as refused, db.write() as conn:
        households.mark_visit(conn, household_id=done, status=lifecycle.REFUSED, actor=_actor(db))
    assert refused.value.message_id == "visit.move_refused"
    with pytest.raises(DomainError) as too_long, db.write() as conn:
        households.mark_visit(conn, household_id=fresh, status=lifecycle.NOT_FOUND,
                              actor=_actor(db), note="x" * 201)  # fmt: skip
    assert too_long.value.message_id == "visit.note_too_long"
    db.engine.dispose()
    assert _sha(db.path) == before


def _draft(household: str, sequence: int, interview_id: str) -> interviews.Draft:
    return interviews.Draft(
        interview_id=interview_id, household_id=household, form_id="household",
        form_version="1", answers={"n": sequence}, position={"page": 0},
        enumerator_id="enum01", sequence=sequence,
    )  # fmt: skip


def test_the_worker_let_in_later_moves_the_visit_back_in_progress(db: Database) -> None:
    """An interview begun at a refused household, and a draft continued at one marked not
    found, put the visit back in progress; completing it then makes it complete."""
    refused = _household(db, lifecycle.NOT_VISITED)
    with db.write() as conn:
        households.mark_visit(conn, household_id=refused, status=lifecycle.REFUSED,
                              actor=_actor(db))  # fmt: skip
        interviews.save_draft(conn, draft=_draft(refused, 1, uuid7()))
        assert households.visit_status(conn, household_id=refused) == lifecycle.IN_PROGRESS
    begun = uuid7()
    with db.write() as conn:
        households.mark_visit(conn, household_id=refused, status=lifecycle.NOT_FOUND,
                              actor=_actor(db))  # fmt: skip
    with db.write() as conn:
        interviews.save_draft(conn, draft=_draft(refused, 2, begun))
        assert households.visit_status(conn, household_id=refused) == lifecycle.IN_PROGRESS
    with db.write() as conn:
        interviews.complete(conn, draft=_draft(refused, 3, begun), score=None, household_size=2)
        assert households.visit_status(conn, household_id=refused) == lifecycle.COMPLETE


def test_a_database_of_the_first_schema_is_upgraded_in_place(tmp_path: Path) -> None:
    """A workspace written before visit outcomes existed is backed up and upgraded: its
    households keep their search index and triggers, and can then be marked refused."""
    from app.survey.db import migrate
    from app.survey.db.engine import create_sqlite_engine

    path = tmp_path / "tinjau.sqlite"
    engine = create_sqlite_engine(path)
    with engine.connect().execution_options(sqlite_begin="IMMEDIATE") as conn:
        migrate.upgrade(conn, "0001")
        if conn.in_transaction():
            conn.commit()
    engine.dispose()
    with open_database(path) as db:
        build_demo(db, households=20, seed=3)
    # Back to the first schema (as an older Tinjau left it), then opened by this one.
    engine = create_sqlite_engine(path)
    with engine.connect().execution_options(sqlite_begin="IMMEDIATE") as conn:
        from alembic import command

        command.downgrade(migrate.alembic_config(conn), "0001")
        if conn.in_transaction():
            conn.commit()
    engine.dispose()
    with open_database(path) as db:
        assert db.backup_path is not None and db.backup_path.exists()
        household = _household(db, lifecycle.NOT_VISITED)
        with db.write() as conn:
            households.mark_visit(conn, household_id=household, status=lifecycle.REFUSED,
                                  actor=_actor(db), note="come back Sunday")  # fmt: skip
        with db.read() as conn:
            checked = conn.exec_driver_sql("PRAGMA integrity_check").scalar_one()
            triggers = conn.exec_driver_sql(
                "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                "AND tbl_name = 'households'"
            ).scalar_one()
            indexed = conn.exec_driver_sql("SELECT count(*) FROM households_fts").scalar_one()
            listed = conn.exec_driver_sql("SELECT count(*) FROM households").scalar_one()
            row = conn.exec_driver_sql(
                "SELECT visit_status, visit_outcome, visit_note FROM households WHERE id = ?",
                (household,),
            ).one()
    assert checked == "ok"
    assert triggers == 3 and indexed == listed == 20
    assert tuple(row) == ("refused", "refused", "come back Sunday")
