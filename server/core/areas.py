"""Areas published on the server: the place tree, each area known by its path code
(`14/KL/W01/PPR-A`) and its UUID. Supervisors add areas inside their own; an admin anywhere.
What a user may read is what lies inside the areas they work in."""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.survey.ids import uuid7
from app.survey.records.content import content_hash
from server.core import audit
from server.core.accounts import Principal, check_area_codes, refuse_area
from server.core.errors import bad_request, conflict, not_found
from server.core.models import ALL_AREAS, AREA_LEVELS, Area, Record, utcnow
from server.core.push import next_seq


def create(
    session: Session,
    who: Principal,
    *,
    parent_path: str | None,
    code: str,
    name: str,
    address: str,
) -> Area:
    """Add an area under `parent_path` (None: a state, the top of the tree)."""
    (clean,) = check_area_codes([code])
    if "/" in clean or clean == ALL_AREAS:
        raise bad_request(
            "area_code_invalid",
            "An area's own code is one part, without '/': give the parent's path as "
            "parent_path and the new area's code as code.",
        )
    parent = None
    if parent_path is not None:
        (parent_code,) = check_area_codes([parent_path])
        parent = session.scalar(select(Area).where(Area.path_code == parent_code))
        if parent is None:
            parent = _sent_by_a_device(session, parent_code)
        if parent is None or not who.covers(parent_code):
            if not who.covers(parent_code):
                raise refuse_area(parent_code)
            raise not_found(
                "area_not_found",
                f"There is no area {parent_code}. Add it first, or check the code.",
            )
        depth = AREA_LEVELS.index(parent.level) + 1
        if depth >= len(AREA_LEVELS):
            raise bad_request(
                "area_too_deep",
                "A unit is the smallest area; nothing can be added inside it.",
            )
        path_code = f"{parent.path_code}/{clean}"
    else:
        depth = 0
        path_code = clean
    if not who.covers(path_code):
        raise refuse_area(path_code)
    if session.scalar(select(Area.id).where(Area.path_code == path_code)) is not None or (
        session.scalar(
            select(Record.record_id).where(
                Record.record_type == "area", Record.area_path == path_code
            )
        )
        is not None
    ):
        raise conflict("area_exists", f"The area {path_code} exists already.")
    area = Area(
        id=uuid7(), parent_id=parent.id if parent else None, level=AREA_LEVELS[depth],
        code=clean, path_code=path_code, name=name.strip(), revision=1, created_at=utcnow(),
        created_by=who.user_id,
    )  # fmt: skip
    session.add(area)
    # Devices receive it by pull, as the record a device would have sent for it.
    data = {
        "id": area.id, "parent_id": area.parent_id, "level": area.level, "code": area.code,
        "path_code": path_code, "name": area.name, "floor": None, "unit_number": None,
        "deleted_at": None,
    }  # fmt: skip
    session.add(
        Record(
            record_type="area", record_id=area.id, revision=1, seq=next_seq(session),
            content_hash=content_hash(data), deleted=False, data=data, area_path=path_code,
            updated_at=utcnow(), device_id=who.device_id or "", batch_id=uuid7(),
        )
    )  # fmt: skip
    audit.write(
        session,
        action="area.create",
        actor=who.username,
        device_id=who.device_id,
        address=address,
        target_type="area",
        target_id=area.id,
        detail={"path_code": path_code, "level": area.level},
    )
    session.commit()
    return area


def _sent_by_a_device(session: Session, path_code: str) -> Area | None:
    """An area a device made and pushed (it has a record, not a row in `areas`), as an
    unsaved `Area` to add a child under."""
    record = session.scalar(
        select(Record).where(
            Record.record_type == "area", Record.area_path == path_code, Record.deleted.is_(False)
        )
    )
    if record is None or record.data.get("level") not in AREA_LEVELS:
        return None
    return Area(
        id=record.record_id, level=record.data["level"], path_code=path_code,
        code=str(record.data.get("code", "")), name=str(record.data.get("name", "")),
    )  # fmt: skip


def visible(session: Session, who: Principal) -> list[Area]:
    query = select(Area).order_by(Area.path_code)
    if not who.all_areas:
        if not who.areas:
            return []
        query = query.where(
            or_(
                *(
                    or_(
                        Area.path_code == code,
                        Area.path_code.startswith(code + "/", autoescape=True),
                    )
                    for code in who.areas
                )
            )
        )
    return list(session.scalars(query))


def get(session: Session, who: Principal, area_id: str) -> Area:
    area = session.get(Area, area_id)
    if area is None:
        raise not_found(
            "area_not_found", "There is no such area. List yours with GET /api/v1/areas."
        )
    if not who.covers(area.path_code):
        raise refuse_area(area.path_code)
    return area
