"""Areas: the place tree state > district > ward > site > block > unit.

`add_path` makes whatever part of a path is missing (census import and `tinjau init` use it),
recording each new area; areas that exist are left as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection

from app.survey.db.models import AREA_LEVELS
from app.survey.errors import DomainError
from app.survey.ids import uuid7
from app.survey.records import recorder
from app.survey.records.recorder import Actor

INSERT_AREA = (
    "INSERT INTO areas (id, parent_id, level, code, path_code, name, floor, unit_number, "
    "created_at, updated_at, revision) VALUES (?,?,?,?,?,?,?,?,?,?,0)"
)


@dataclass(frozen=True)
class Step:
    """One area of a path: its code and name (and, for a unit, its floor and number)."""

    code: str
    name: str
    floor: int | None = None
    unit_number: str | None = None


def add_path(conn: Connection, *, steps: Sequence[Step], actor: Actor) -> str:
    """Make the areas of a path from the state down (levels in `AREA_LEVELS` order, as many
    as `steps` gives), the missing ones only; returns the id of the last."""
    path = "/".join(step.code.strip() for step in steps)
    if not steps or len(steps) > len(AREA_LEVELS) or any(not s.code.strip() for s in steps):
        raise DomainError("area.bad_path", path=path)
    parent_id: str | None = None
    made: list[str] = []
    stamp = recorder.now()
    for depth, step in enumerate(steps):
        path_code = "/".join(s.code.strip() for s in steps[: depth + 1])
        row = conn.exec_driver_sql(
            "SELECT id, level FROM areas WHERE path_code = ?", (path_code,)
        ).first()
        if row is not None:
            if row[1] != AREA_LEVELS[depth]:
                raise DomainError("area.bad_path", path=path)
            parent_id = row[0]
            continue
        area_id = uuid7()
        conn.exec_driver_sql(
            INSERT_AREA,
            (area_id, parent_id, AREA_LEVELS[depth], step.code.strip(), path_code,
             step.name, step.floor, step.unit_number, stamp, stamp),
        )  # fmt: skip
        made.append(area_id)
        parent_id = area_id
    recorder.record_many(conn, action="area.add", record_ids=made, actor=actor)
    assert parent_id is not None
    return parent_id
