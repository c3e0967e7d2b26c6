"""Conflict notes in the device database (migration 0004, app/sync/conflicts.py): kept per
record from the receipts, tied to the household, forgotten when a later push is accepted."""

from __future__ import annotations

import json
from pathlib import Path

from alembic import command

from app.survey.db import migrate, open_database
from app.survey.db.engine import create_sqlite_engine
from app.survey.demo import build_demo
from app.sync.conflicts import conflicting_households, note_receipt


def _receipt(items: list[tuple[str, str, str]]) -> str:
    return json.dumps(
        {"items": [{"record_type": t, "record_id": i, "status": s} for t, i, s in items]}
    )


def test_receipts_stored_before_the_migration_are_read_into_conflict_notes(
    tmp_path: Path,
) -> None:
    """Upgrading a workspace whose stored receipts hold conflicts notes each record whose
    latest answer was a conflict, with its household; one accepted later is not noted."""
    path = tmp_path / "tinjau.sqlite"
    with open_database(path) as db:
        build_demo(db, households=6, seed=1)
        with db.engine.connect() as conn:
            (member, member_household), (other, _h) = conn.exec_driver_sql(
                "SELECT id, household_id FROM members ORDER BY id LIMIT 2"
            ).all()
            household = conn.exec_driver_sql(
                "SELECT id FROM households WHERE id != ? ORDER BY id LIMIT 1", (member_household,)
            ).scalar_one()
    engine = create_sqlite_engine(path)
    with engine.connect().execution_options(sqlite_begin="IMMEDIATE") as conn:
        command.downgrade(migrate.alembic_config(conn), "0003")
        batches = [
            ("b1", "2026-12-01T10:00:00.000000Z", [("member", member, "conflict"),
                                                     ("member", other, "conflict")]),
            ("b2", "2026-12-02T10:00:00.000000Z", [("member", other, "accepted"),
                                                     ("household", household, "conflict")]),
        ]  # fmt: skip
        for batch_id, stamp, items in batches:
            conn.exec_driver_sql(
                "INSERT INTO sync_batches (id, server, created_at, attempts, received_at, "
                "receipt) VALUES (?, 'https://s', ?, 1, ?, ?)",
                (batch_id, stamp, stamp, _receipt(items)),
            )
        if conn.in_transaction():
            conn.commit()
    engine.dispose()
    with open_database(path) as db:
        with db.engine.connect() as conn:
            noted = conn.exec_driver_sql(
                "SELECT record_type, record_id, household_id, batch_id FROM sync_conflicts "
                "ORDER BY batch_id"
            ).all()
        assert [tuple(row) for row in noted] == [
            ("member", member, member_household, "b1"),
            ("household", household, household, "b2"),
        ]
        assert conflicting_households(db) == {member_household, household}


def test_an_accepted_push_forgets_the_records_conflict(tmp_path: Path) -> None:
    """A conflict noted from one receipt is gone once a later receipt accepts the record."""
    with open_database(tmp_path / "tinjau.sqlite") as db:
        build_demo(db, households=3, seed=2)
        with db.engine.connect() as conn:
            interview, household = conn.exec_driver_sql(
                "SELECT id, household_id FROM interviews LIMIT 1"
            ).one()
        with db.write() as conn:
            note_receipt(conn, "b1", [("interview", interview, "conflict")], "t1")
        assert conflicting_households(db) == {household}
        with db.write() as conn:
            note_receipt(conn, "b2", [("interview", interview, "unchanged")], "t2")
        assert conflicting_households(db) == set()
