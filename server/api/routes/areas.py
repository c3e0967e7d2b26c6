"""GET and POST /api/v1/areas: the place tree. Anyone signed in reads the areas they work in;
supervisors add areas inside theirs, an admin anywhere."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter

from app.sync.protocol import API_PREFIX
from server.api.deps import AddressDep, CurrentUser, Publisher, SessionDep
from server.api.schemas import AreaCreate, AreaPublic
from server.core import areas
from server.core.models import Area

router = APIRouter(prefix=f"{API_PREFIX}/areas", tags=["areas"])


@router.get("")
def list_areas(session: SessionDep, who: CurrentUser) -> list[AreaPublic]:
    """The areas you work in and everything inside them, by path."""
    return [public(area) for area in areas.visible(session, who)]


@router.get("/{area_id}")
def get_area(area_id: UUID, session: SessionDep, who: CurrentUser) -> AreaPublic:
    return public(areas.get(session, who, str(area_id)))


@router.post("", status_code=201)
def create_area(
    body: AreaCreate, session: SessionDep, who: Publisher, address: AddressDep
) -> AreaPublic:
    area = areas.create(
        session, who, parent_path=body.parent_path, code=body.code, name=body.name,
        address=address,
    )  # fmt: skip
    return public(area)


def public(area: Area) -> AreaPublic:
    return AreaPublic(
        id=area.id,
        parent_id=area.parent_id,
        level=area.level,
        code=area.code,
        path_code=area.path_code,
        name=area.name,
        revision=area.revision,
    )
