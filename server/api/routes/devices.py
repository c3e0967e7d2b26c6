"""GET /api/v1/devices (with their last use) and POST /api/v1/devices/{id}/revoke."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter
from sqlalchemy import select

from app.sync.protocol import API_PREFIX, DevicePublic
from server.api.deps import AddressDep, CurrentUser, SessionDep
from server.core import devices
from server.core.models import Device, User

router = APIRouter(prefix=f"{API_PREFIX}/devices", tags=["devices"])


@router.get("")
def list_devices(session: SessionDep, who: CurrentUser) -> list[DevicePublic]:
    """Your devices (an admin: every device), oldest first."""
    found = devices.visible_devices(session, who)
    names = dict(session.execute(select(User.id, User.username)).tuples().all())
    return [public(device, names.get(device.user_id, "")) for device in found]


@router.post("/{device_id}/revoke")
def revoke_device(
    device_id: UUID, session: SessionDep, who: CurrentUser, address: AddressDep
) -> DevicePublic:
    """End one device's token; its other devices, and the user's password, are untouched."""
    device = devices.revoke(session, who, device_id=str(device_id), address=address)
    owner = session.get(User, device.user_id)
    return public(device, owner.username if owner else "")


def public(device: Device, username: str) -> DevicePublic:
    return DevicePublic(
        id=device.id,
        name=device.name,
        username=username,
        created_at=device.created_at,
        last_used_at=device.last_used_at,
        revoked_at=device.revoked_at,
    )
