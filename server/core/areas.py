"""Areas published on the server: the place tree, each area known by its path code
(`14/KL/W01/PPR-A`) and its UUID. Supervisors add areas inside their own; an admin anywhere.
What a user may read is what lies inside the areas they work in."""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.survey.ids import uuid7
from server.core import audit
from server.core.accounts import Principal, check_area_codes, refuse_area
from server.core.errors import bad_request, conflict, not_found
from server.core.models import ALL_AREAS, AREA_LEVELS, Area, utcnow


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
    if session.scalar(select(Area.id).where(Area.path_code == path_code)) is not None:
        raise conflict("area_exists", f"The area {path_code} exists already.")
    area = Area(
        id=uuid7(), parent_id=parent.id if parent else None, level=AREA_LEVELS[depth],
        code=clean, path_code=path_code, name=name.strip(), revision=1, created_at=utcnow(),
        created_by=who.user_id,
    )  # fmt: skip
    session.add(area)
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
