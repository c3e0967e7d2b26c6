"""Assignments: an enumerator is given an area (usually a block) or one household."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection

from app.survey.errors import DomainError
from app.survey.ids import uuid7
from app.survey.records import recorder
from app.survey.records.recorder import Actor


def assign(
    conn: Connection,
    *,
    enumerator_id: str,
    actor: Actor,
    area_id: str | None = None,
    household_id: str | None = None,
    due_date: date | None = None,
    note: str | None = None,
) -> str:
    """Give `enumerator_id` an area or a household; returns the assignment's id."""
    if area_id is None and household_id is None:
        raise DomainError("assignment.target_missing")
    assignment_id = uuid7()
    stamp = recorder.now()
    conn.exec_driver_sql(
        "INSERT INTO assignments (id, enumerator_id, area_id, household_id, assigned_by, "
        "assigned_at, due_date, note, created_at, updated_at, revision) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,0)",
        (assignment_id, enumerator_id, area_id, household_id, actor.user, stamp,
         due_date.isoformat() if due_date else None, note, stamp, stamp),
    )  # fmt: skip
    recorder.record(conn, action="assignment.add", record_id=assignment_id, actor=actor)
    return assignment_id


def withdraw(conn: Connection, *, assignment_id: str, actor: Actor) -> None:
    """End an assignment (a tombstone, which ships like any change)."""
    stamp = recorder.now()
    conn.exec_driver_sql(
        "UPDATE assignments SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL",
        (stamp, stamp, assignment_id),
    )
    recorder.record(conn, action="assignment.withdraw", record_id=assignment_id, actor=actor)
