"""Signing in a device and knowing it again: login with its rate limit, token checks, the list
of a user's devices and their revocation.

One token per device: a new login from a device replaces its earlier token (the old one stops
working at once). Revoking a device ends its token; the device may sign in again afterwards.
Failed logins are counted in the database, per username and address and per address alone, so
every worker (and every machine behind a load balancer) applies the same limit.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from server.core import accounts, audit
from server.core.config import ServerSettings
from server.core.errors import Refusal, unauthorized
from server.core.models import Device, LoginFailure, User, utcnow
from server.core.security import hash_token, new_device_token, verify_password

# A device's last use is noted to the minute: a request within a minute of the last noted one
# writes nothing, so a sync of many batches does not add a write (and a disk flush) to each.
LAST_USE_STEP = timedelta(minutes=1)
LOGIN_FAILED = (
    "The username or password is wrong. Check them (passwords are case-sensitive) and try "
    "again, or ask your administrator to reset the password."
)


@dataclass(frozen=True)
class Login:
    token: str
    device: Device
    user: User


def login(
    session: Session,
    settings: ServerSettings,
    *,
    username: str,
    password: str,
    device_id: str,
    device_name: str,
    address: str,
) -> Login:
    """A fresh token for `device_id`, or a Refusal (wrong password, too many attempts,
    disabled account). Commits the failure count itself, so a refusal still counts."""
    name = username.strip().lower()
    # Failed attempts are counted under a digest of what was typed: a password typed into the
    # username box, or a national ID, is never stored. The audit names only real accounts.
    typed = hashlib.sha256(name.encode("utf-8")).hexdigest()
    now = utcnow()
    since = now - timedelta(seconds=settings.login_window_seconds)
    by_pair = session.scalar(
        select(func.count()).select_from(LoginFailure).where(
            LoginFailure.username == typed, LoginFailure.address == address,
            LoginFailure.at > since,
        )
    )  # fmt: skip
    by_address = session.scalar(
        select(func.count())
        .select_from(LoginFailure)
        .where(LoginFailure.address == address, LoginFailure.at > since)
    )
    if (by_pair or 0) >= settings.login_attempts or (
        by_address or 0
    ) >= settings.login_attempts_per_address:
        minutes = max(1, round(settings.login_window_seconds / 60))
        known = session.scalar(select(User.username).where(User.username == name))
        audit.write(session, action="login.throttled", actor=known, address=address)
        session.commit()
        raise Refusal(
            429,
            "login_rate_limited",
            f"Too many failed logins from this address. Wait {minutes} minutes and try again, "
            "or ask your administrator to reset the password.",
            {"Retry-After": str(settings.login_window_seconds)},
        )
    # Failures older than the window count no more: forget them (this address's only).
    session.execute(
        delete(LoginFailure).where(LoginFailure.address == address, LoginFailure.at <= since)
    )
    user = session.scalar(select(User).where(User.username == name))
    if not verify_password(password, user.password_hash if user else None) or user is None:
        session.add(LoginFailure(username=typed, address=address, at=now))
        actor = user.username if user is not None else None  # "no such account": not named
        audit.write(session, action="login.failed", actor=actor, address=address)
        session.commit()
        raise unauthorized("login_failed", LOGIN_FAILED)
    if user.disabled_at is not None:
        session.commit()
        raise unauthorized(
            "account_disabled",
            "This account is disabled. Ask your administrator to enable it again.",
        )
    session.execute(
        delete(LoginFailure).where(LoginFailure.username == typed, LoginFailure.address == address)
    )
    token = new_device_token()
    device = session.get(Device, device_id)
    replaced = device is not None
    if device is None:
        device = Device(id=device_id, created_at=now)
        session.add(device)
    device.user_id = user.id
    device.name = device_name
    device.token_hash = hash_token(token)
    device.last_used_at = now
    device.revoked_at = None
    device.revoked_by = None
    audit.write(
        session,
        action="device.login",
        actor=user.username,
        device_id=device_id,
        address=address,
        target_type="device",
        target_id=device_id,
        detail={"replaced": replaced},
    )
    session.commit()
    return Login(token=token, device=device, user=user)


def authenticate(session: Session, token: str | None) -> accounts.Principal:
    """The principal a bearer token belongs to, noting the device's last use; or a Refusal."""
    if not token:
        raise unauthorized(
            "token_missing",
            "This needs a signed-in device. Log in first (tinjau login), then try again.",
        )
    device = session.scalar(select(Device).where(Device.token_hash == hash_token(token)))
    if device is None:
        raise unauthorized(
            "token_unknown",
            "This device's sign-in is not known to the server (it was replaced by a newer "
            "login, or belongs to another server). Log in again.",
        )
    if device.revoked_at is not None:
        raise unauthorized(
            "token_revoked",
            "This device was signed out by an administrator or its owner. Log in again; ask "
            "your administrator if you do not know why.",
        )
    user = session.get(User, device.user_id)
    if user is None or user.disabled_at is not None:
        raise unauthorized(
            "account_disabled",
            "This account is disabled. Ask your administrator to enable it again.",
        )
    now = utcnow()
    if device.last_used_at is None or now - device.last_used_at >= LAST_USE_STEP:
        device.last_used_at = now  # else a read-only request stays read-only
    who = accounts.principal(session, user, device.id)
    # Committed last, so the request holds no database connection from here on: a route that
    # then reads a slow client's body, or opens its own session (a push), does not keep a
    # second one checked out meanwhile (enough concurrent pushes would exhaust the pool).
    session.commit()
    return who


def visible_devices(session: Session, who: accounts.Principal) -> list[Device]:
    """The devices `who` may see: their own; an admin sees every device."""
    query = select(Device).order_by(Device.created_at, Device.id)
    if who.role != "admin":
        query = query.where(Device.user_id == who.user_id)
    return list(session.scalars(query))


def revoke(session: Session, who: accounts.Principal, *, device_id: str, address: str) -> Device:
    """End `device_id`'s token: the owner may revoke their own devices, an admin any."""
    device = session.get(Device, device_id)
    if device is None or (device.user_id != who.user_id and who.role != "admin"):
        # Another user's device is "not found" to a non-admin: its existence is not theirs to see.
        raise Refusal(
            404,
            "device_not_found",
            "There is no such device among the ones you may manage. List them with "
            "GET /api/v1/devices.",
        )
    if device.revoked_at is None:
        device.revoked_at = utcnow()
        device.revoked_by = who.user_id
        audit.write(
            session,
            action="device.revoke",
            actor=who.username,
            device_id=who.device_id,
            address=address,
            target_type="device",
            target_id=device.id,
        )
        session.commit()
    return device
