"""POST /api/v1/auth/login (a device signs in) and GET /api/v1/me (who this token is)."""

from __future__ import annotations

from fastapi import APIRouter

from app.sync.protocol import API_PREFIX, DeviceToken, LoginRequest, UserPublic
from server.api.deps import AddressDep, CurrentUser, SessionDep, SettingsDep
from server.core import accounts, devices
from server.core.errors import Refusal

router = APIRouter(prefix=API_PREFIX, tags=["auth"])


@router.post("/auth/login", status_code=201)
def login(
    body: LoginRequest, session: SessionDep, settings: SettingsDep, address: AddressDep
) -> DeviceToken:
    """A device token for this device, replacing any earlier one; failed logins are limited
    per username and address."""
    if body.protocol < 1:
        raise Refusal(426, "client_outdated", "Update the Tinjau app, then log in again.")
    done = devices.login(
        session,
        settings,
        username=body.username,
        password=body.password,
        device_id=str(body.device_id),
        device_name=body.device_name.strip(),
        address=address,
    )
    who = accounts.principal(session, done.user, done.device.id)
    return DeviceToken(
        token=done.token,
        device_id=done.device.id,
        user=user_public(who),
        issued_at=done.device.last_used_at or done.device.created_at,
    )


@router.get("/me")
def me(who: CurrentUser) -> UserPublic:
    return user_public(who)


def user_public(who: accounts.Principal) -> UserPublic:
    return UserPublic(id=who.user_id, username=who.username, role=who.role, areas=list(who.areas))
