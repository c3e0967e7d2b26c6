"""Members of a household: add, edit, remove (a tombstone: rows are never deleted)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy import Connection

from app.survey.errors import DomainError
from app.survey.ids import uuid7
from app.survey.records import households, recorder
from app.survey.records.recorder import Actor

_EDITABLE = ("relationship_to_head", "name", "national_id", "sex", "birth_date", "extra")


def add(
    conn: Connection,
    *,
    household_id: str,
    line_number: int,
    relationship_to_head: str,
    name: str,
    actor: Actor,
    national_id: str | None = None,
    sex: str | None = None,
    birth_date: date | None = None,
    extra: dict[str, Any] | None = None,
) -> str:
    """Add a member to a household; returns the member's id."""
    households.visit_status(conn, household_id=household_id)  # refused when it is gone
    member_id = uuid7()
    stamp = recorder.now()
    conn.exec_driver_sql(
        "INSERT INTO members (id, household_id, line_number, relationship_to_head, name, "
        "national_id, sex, birth_date, extra, created_at, updated_at, revision) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,0)",
        (member_id, household_id, line_number, relationship_to_head, name, national_id, sex,
         birth_date.isoformat() if birth_date else None, json.dumps(extra or {}), stamp, stamp),
    )  # fmt: skip
    recorder.record(conn, action="member.add", record_id=member_id, actor=actor)
    return member_id


def edit(conn: Connection, *, member_id: str, actor: Actor, **changes: Any) -> None:
    """Change some of a member's values (`relationship_to_head`, `name`, `national_id`, `sex`,
    `birth_date`, `extra`)."""
    unknown = set(changes) - set(_EDITABLE)
    if unknown:
        raise TypeError(f"members.edit cannot change {sorted(unknown)}")
    _live(conn, member_id)
    values = {
        column: value.isoformat() if isinstance(value, date) else
        json.dumps(value) if column == "extra" else value
        for column, value in changes.items()
    }  # fmt: skip
    if not values:
        return
    sets = ", ".join(f"{column} = ?" for column in values)
    conn.exec_driver_sql(
        f"UPDATE members SET {sets}, updated_at = ? WHERE id = ?",
        (*values.values(), recorder.now(), member_id),
    )
    recorder.record(conn, action="member.edit", record_id=member_id, actor=actor)


def remove(conn: Connection, *, member_id: str, actor: Actor) -> None:
    """Mark a member as gone from the household (tombstone; the row stays, and ships)."""
    _live(conn, member_id)
    stamp = recorder.now()
    conn.exec_driver_sql(
        "UPDATE members SET deleted_at = ?, updated_at = ? WHERE id = ?", (stamp, stamp, member_id)
    )
    recorder.record(conn, action="member.remove", record_id=member_id, actor=actor)


def _live(conn: Connection, member_id: str) -> None:
    row = conn.exec_driver_sql(
        "SELECT 1 FROM members WHERE id = ? AND deleted_at IS NULL", (member_id,)
    ).first()
    if row is None:
        raise DomainError("member.gone")
