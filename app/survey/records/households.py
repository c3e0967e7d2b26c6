"""Households: add one found in the field, edit what the list says, move it to another unit,
and move its visit status (through `lifecycle`). Each write is recorded (`recorder`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from app.survey.countries import workspace_country
from app.survey.errors import DomainError
from app.survey.ids import uuid7
from app.survey.records import lifecycle, recorder
from app.survey.records.recorder import Actor

if TYPE_CHECKING:
    from app.survey.census_file import Door

_ID_SEPARATORS = re.compile(r"[\s\-]")


@dataclass(frozen=True)
class NewHousehold:
    """What a person types to add a household that is not on the list."""

    block_id: str
    unit_code: str
    head_name: str
    national_id: str = ""
    phone: str = ""
    household_size: int | None = None
    # The person said yes to adding the unit the census list missed (see `add`).
    create_unit: bool = False


def check_new(new: NewHousehold) -> DomainError | None:
    """The first problem with what was typed; None when it can be saved."""
    if not new.unit_code.strip():
        return DomainError("household.unit_missing")
    if not new.head_name.strip():
        return DomainError("household.head_missing")
    digits = _ID_SEPARATORS.sub("", new.national_id)
    if digits and not digits.isdigit():
        return DomainError("household.id_not_digits")
    if new.household_size is not None and not 1 <= new.household_size <= 99:
        return DomainError("household.size_out_of_range")
    return None


def add(conn: Connection, *, new: NewHousehold, actor: Actor) -> str:
    """Add a household found in the field to a unit of `new.block_id`; its id. A unit the
    census list missed (a code of this block) is refused as `household.unit_not_listed` unless
    `new.create_unit`, and then made. `new.block_id` may be a site with no blocks yet (a new
    workspace): the unit code names the block, made the same way."""
    problem = check_new(new)
    if problem is not None:
        raise problem
    site = conn.exec_driver_sql(
        "SELECT id, code, name, path_code FROM areas WHERE id = ? AND level = 'site'",
        (new.block_id,),
    ).first()
    if site is not None:
        new = replace(new, block_id=_block_in_site(conn, site, new, actor))
    block = conn.exec_driver_sql(
        "SELECT b.id, b.code, b.name, s.id, s.name, s.parent_id FROM areas b "
        "LEFT JOIN areas s ON s.id = b.parent_id WHERE b.id = ? AND b.level = 'block'",
        (new.block_id,),
    ).first()
    if block is None:
        raise DomainError("household.block_missing")
    _, block_code, block_name, site_id, site_name, ward_id = block
    code = new.unit_code.strip()
    listed = conn.exec_driver_sql(
        "SELECT id, code FROM areas WHERE level = 'unit' AND parent_id = ? "
        "AND upper(code) = ? AND deleted_at IS NULL",
        (new.block_id, code.upper()),
    ).first()
    unit = (
        (str(listed[0]), str(listed[1]))
        if listed is not None
        else _new_unit(conn, new, block_code, block_name or block_code, actor)
    )
    household_id = uuid7()
    stamp = recorder.now()
    conn.exec_driver_sql(
        "INSERT INTO households (id, unit_id, block_id, site_id, ward_id, address, head_name, "
        "head_national_id, phone, household_size, source, visit_status, created_at, updated_at, "
        "revision) VALUES (?,?,?,?,?,?,?,?,?,?,'new',?,?,?,0)",
        (
            household_id, unit[0], new.block_id, site_id, ward_id,
            f"{unit[1]}, {site_name}" if site_id else unit[1],
            new.head_name.strip(), _ID_SEPARATORS.sub("", new.national_id) or None,
            new.phone.strip() or None, new.household_size, lifecycle.NOT_VISITED, stamp, stamp,
        ),
    )  # fmt: skip
    recorder.record(conn, action="household.add", record_id=household_id, actor=actor)
    return household_id


def _door(new: NewHousehold) -> Door | None:
    from app.survey.census_file import read_door

    return read_door(new.unit_code.strip())


def _block_in_site(conn: Connection, site: Any, new: NewHousehold, actor: Actor) -> str:
    """The id of the block the unit code names in `site`, made when the person agreed."""
    site_id, _site_code, site_name, site_path = site
    door = _door(new)
    if door is None or door.block is None:
        raise DomainError("household.unit_needs_block")
    found = conn.exec_driver_sql(
        "SELECT id FROM areas WHERE level = 'block' AND parent_id = ? AND upper(code) = ? "
        "AND deleted_at IS NULL",
        (site_id, door.block),
    ).first()
    if found is not None:
        return str(found[0])
    if not new.create_unit:
        raise DomainError(
            "household.unit_not_listed", unit=door.code(door.block), block=site_name or site_path
        )
    return _insert_area(conn, actor, site_id, "block", door.block, f"{site_path}/{door.block}",
                        workspace_country(conn).block_name(door.block))  # fmt: skip


def _new_unit(
    conn: Connection, new: NewHousehold, block_code: str, block_label: str, actor: Actor
) -> tuple[str, str]:
    """(id, code) of the unit the census list missed, made in the block when the person
    agreed; a code that is not a unit of this block is refused."""
    door = _door(new)
    typed = new.unit_code.strip()
    if door is None or (door.block is not None and door.block != block_code.upper()):
        raise DomainError("household.no_such_unit", unit=typed, block=block_label)
    code = door.code(block_code)
    if not new.create_unit:
        raise DomainError("household.unit_not_listed", unit=code, block=block_label)
    block_path = conn.exec_driver_sql(
        "SELECT path_code FROM areas WHERE id = ?", (new.block_id,)
    ).scalar_one()
    unit_id = _insert_area(conn, actor, new.block_id, "unit", code, f"{block_path}/{code}", code,
                           door.floor, door.number.zfill(2))  # fmt: skip
    return unit_id, code


def _insert_area(
    conn: Connection,
    actor: Actor,
    parent_id: str,
    level: str,
    code: str,
    path: str,
    name: str,
    floor: int | None = None,
    number: str | None = None,
) -> str:
    from app.survey.records.areas import INSERT_AREA

    area_id = uuid7()
    stamp = recorder.now()
    conn.exec_driver_sql(
        INSERT_AREA, (area_id, parent_id, level, code, path, name, floor, number, stamp, stamp)
    )
    recorder.record(conn, action="area.add", record_id=area_id, actor=actor)
    return area_id


def edit(
    conn: Connection,
    *,
    household_id: str,
    actor: Actor,
    head_name: str | None = None,
    national_id: str | None = None,
    phone: str | None = None,
    household_size: int | None = None,
) -> None:
    """Change what the list says of a household (only the values given)."""
    if household_size is not None and not 1 <= household_size <= 99:
        raise DomainError("household.size_out_of_range")
    changes = {
        "head_name": head_name.strip() if head_name is not None else None,
        "head_national_id": _ID_SEPARATORS.sub("", national_id)
        if national_id is not None
        else None,
        "phone": phone.strip() if phone is not None else None,
        "household_size": household_size,
    }
    given = {column: value for column, value in changes.items() if value is not None}
    if given.get("head_name") == "":
        raise DomainError("household.head_missing")
    if not given:
        return
    visit_status(conn, household_id=household_id)
    sets = ", ".join(f"{column} = ?" for column in given)
    conn.exec_driver_sql(
        f"UPDATE households SET {sets}, updated_at = ? WHERE id = ?",
        (*given.values(), recorder.now(), household_id),
    )
    recorder.record(conn, action="household.edit", record_id=household_id, actor=actor)


def move(conn: Connection, *, household_id: str, unit_id: str, actor: Actor) -> None:
    """Move a household to another unit (it was listed at the wrong door)."""
    visit_status(conn, household_id=household_id)
    unit = conn.exec_driver_sql(
        "SELECT u.id, b.id, s.id, s.parent_id FROM areas u LEFT JOIN areas b ON b.id = u.parent_id "
        "LEFT JOIN areas s ON s.id = b.parent_id WHERE u.id = ? AND u.level = 'unit'",
        (unit_id,),
    ).first()
    if unit is None:
        raise DomainError("household.block_missing")
    conn.exec_driver_sql(
        "UPDATE households SET unit_id = ?, block_id = ?, site_id = ?, ward_id = ?, "
        "updated_at = ? WHERE id = ?",
        (*unit, recorder.now(), household_id),
    )
    recorder.record(conn, action="household.move", record_id=household_id, actor=actor)


NOTE_LIMIT = 200  # characters of a visit note (the column's width)


def mark_visit(
    conn: Connection, *, household_id: str, status: str, actor: Actor, note: str = ""
) -> None:
    """Move the household's visit status by hand, if the visit machine allows it.

    A visit that ended at the door (`lifecycle.NOT_FOUND`, `lifecycle.REFUSED`) keeps its
    outcome and the worker's optional `note` on the household and ships with it; the note may
    name people, so it goes to no audit entry or log. Other moves (a review received, a
    correction) are audited only: the server derives them from the interviews."""
    text = note.strip()
    if len(text) > NOTE_LIMIT:
        raise DomainError("visit.note_too_long", limit=NOTE_LIMIT)
    if text and status not in lifecycle.NO_INTERVIEW:
        raise DomainError("visit.note_without_outcome")
    current = set_visit(conn, household_id=household_id, status=status)
    if status in lifecycle.NO_INTERVIEW:
        conn.exec_driver_sql(
            "UPDATE households SET visit_outcome = ?, visit_note = ?, updated_at = ? WHERE id = ?",
            (status, text or None, recorder.now(), household_id),
        )
        action = "household.visit_outcome"
    else:
        action = "household.visit"
    recorder.record(
        conn, action=action, record_id=household_id, actor=actor,
        detail={"visit_status": status, "was": current},
    )  # fmt: skip


def let_in(conn: Connection, *, household_id: str) -> None:
    """An interview is begun or continued at the household: a visit not begun, or one that
    ended at the door earlier, is now in progress (inside the interview's recorded change)."""
    current = visit_status(conn, household_id=household_id)
    if current == lifecycle.NOT_VISITED or current in lifecycle.NO_INTERVIEW:
        set_visit(conn, household_id=household_id, status=lifecycle.IN_PROGRESS)


def start_round_visit(conn: Connection, *, household_id: str) -> None:
    """An interview begun at a household visited in an earlier survey round: its visit is a
    new one, in progress whatever the last round's ended as (the visit machine runs once per
    round; the earlier round's interview and its review stay as they were)."""
    visit_status(conn, household_id=household_id)  # refused when the household is gone
    conn.exec_driver_sql(
        "UPDATE households SET visit_status = ?, updated_at = ? WHERE id = ?",
        (lifecycle.IN_PROGRESS, recorder.now(), household_id),
    )


def set_visit(conn: Connection, *, household_id: str, status: str) -> str:
    """Move the visit status inside a larger recorded change (an interview begun or
    completed); returns the status it had. Not recorded on its own."""
    current = visit_status(conn, household_id=household_id)
    lifecycle.check_visit(current, status)
    if current != status:
        conn.exec_driver_sql(
            "UPDATE households SET visit_status = ?, updated_at = ? WHERE id = ?",
            (status, recorder.now(), household_id),
        )
    return current


def visit_status(conn: Connection, *, household_id: str) -> str:
    """The household's visit status; refused when it is gone."""
    row = conn.exec_driver_sql(
        "SELECT visit_status FROM households WHERE id = ? AND deleted_at IS NULL",
        (household_id,),
    ).first()
    if row is None:
        raise DomainError("household.gone")
    return str(row[0])


def unit_codes(conn: Connection, *, block_id: str) -> list[str]:
    """The codes of the units in a block, in door order (for the unit field's completer)."""
    rows = conn.exec_driver_sql(
        "SELECT code FROM areas WHERE level = 'unit' AND parent_id = ? AND deleted_at IS NULL "
        "ORDER BY floor, unit_number, code",
        (block_id,),
    )
    return [row[0] for row in rows]
