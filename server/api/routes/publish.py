"""What supervisors and admins publish for devices to pull: POST /api/v1/publish (households,
members, assignments), /api/v1/forms (XLSForm versions) and /api/v1/standards (poverty
standards); the GETs list the form versions and standards published for your areas."""

from __future__ import annotations

from fastapi import APIRouter, Response

from app.sync.protocol import API_PREFIX, PushReceipt
from server.api.deps import AddressDep, CurrentUser, Publisher, SessionDep
from server.api.schemas import (
    FormVersionCreate,
    FormVersionPublic,
    PublishRequest,
    StandardCreate,
    StandardPublic,
)
from server.core import publish
from server.core.models import Record

router = APIRouter(prefix=API_PREFIX, tags=["publish"])


@router.post("/publish")
def publish_records(
    body: PublishRequest, session: SessionDep, who: Publisher, address: AddressDep
) -> PushReceipt:
    """Census entries (households and members) and assignments, in your areas, in one
    transaction; each item's receipt as a push gives it."""
    items = [item.model_dump(mode="json") for item in body.items]
    return publish.publish_records(session, who, items, address=address)


@router.post("/forms", status_code=201)
def publish_form(
    body: FormVersionCreate, session: SessionDep, who: Publisher, address: AddressDep,
    response: Response,
) -> FormVersionPublic:  # fmt: skip
    """An XLSForm version for the devices of an area (201), or the same one again (200)."""
    record, new = publish.publish_form(
        session, who, area=body.area, file_name=body.file_name, workbook=body.workbook,
        media=body.media, address=address,
    )  # fmt: skip
    if not new:
        response.status_code = 200
    return form_public(record)


@router.get("/forms")
def list_forms(session: SessionDep, who: CurrentUser) -> list[FormVersionPublic]:
    """The form versions published for your areas, oldest first."""
    return [form_public(r) for r in publish.published(session, who, "form_version")]


@router.post("/standards", status_code=201)
def publish_standard(
    body: StandardCreate, session: SessionDep, who: Publisher, address: AddressDep,
    response: Response,
) -> StandardPublic:  # fmt: skip
    """A poverty standard for the devices of an area (201), or the same one again (200)."""
    record, new = publish.publish_standard(
        session, who, area=body.area, text=body.text, address=address
    )
    if not new:
        response.status_code = 200
    return standard_public(record)


@router.get("/standards")
def list_standards(session: SessionDep, who: CurrentUser) -> list[StandardPublic]:
    """The poverty standards published for your areas, oldest first."""
    return [standard_public(r) for r in publish.published(session, who, "standard")]


def _area(record: Record) -> str:
    return "ALL" if record.area_path == "*" else record.area_path


def form_public(record: Record) -> FormVersionPublic:
    data = record.data
    return FormVersionPublic(
        id=record.record_id, form_id=data["form_id"], version=data["version"],
        title=data["title"], sha256=data["sha256"], area=_area(record),
        published_at=record.updated_at,
    )  # fmt: skip


def standard_public(record: Record) -> StandardPublic:
    data = record.data
    return StandardPublic(
        id=record.record_id, standard_id=data["standard_id"], version=data["version"],
        area=_area(record), published_at=record.updated_at,
    )  # fmt: skip
