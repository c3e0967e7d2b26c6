"""Users, their areas, and what a user may see: the account rules both the API and the command
line go through (keyword-only arguments; refusals are `Refusal`s with a code and a sentence)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.survey.ids import uuid7
from server.core import audit
from server.core.errors import Refusal, bad_request, conflict
from server.core.models import ALL_AREAS, ROLES, User, UserArea, utcnow
from server.core.security import hash_password

USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,63}")
AREA_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,59}(/[A-Za-z0-9][A-Za-z0-9._-]{0,59}){0,5}")
MIN_PASSWORD = 10
# Roles that work inside areas; an admin works everywhere.
AREA_ROLES = ("enumerator", "ward_officer", "supervisor")


@dataclass(frozen=True)
class Principal:
    """Who is asking: the user, the device the token belongs to, and the areas they work in."""

    user_id: str
    username: str
    role: str
    areas: tuple[str, ...]
    device_id: str | None = None

    @property
    def all_areas(self) -> bool:
        return self.role == "admin" or ALL_AREAS in self.areas

    def covers(self, path_code: str) -> bool:
        """True when `path_code` is one of this user's areas or lies inside one."""
        return self.all_areas or any(
            path_code == area or path_code.startswith(area + "/") for area in self.areas
        )


def check_username(username: str) -> str:
    name = username.strip().lower()
    if not USERNAME.fullmatch(name):
        raise bad_request(
            "username_invalid",
            "A username is 2 to 64 characters: lowercase letters, digits, '.', '_' or '-', "
            "beginning with a letter or digit. Choose another.",
        )
    return name


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise bad_request(
            "password_too_short",
            f"A password needs at least {MIN_PASSWORD} characters. Choose a longer one; a few "
            "words in a row are easy to remember.",
        )


def check_area_codes(codes: Iterable[str]) -> list[str]:
    """Area path codes such as `14/KL/W01`; `ALL` (or `*`) means every area."""
    result: list[str] = []
    for raw in codes:
        code = raw.strip().strip("/")
        if code.upper() == "ALL" or code == ALL_AREAS:
            code = ALL_AREAS
        elif not AREA_CODE.fullmatch(code):
            raise bad_request(
                "area_code_invalid",
                "An area code is the path of the area from the state down, such as 14/KL/W01: "
                "up to six parts of letters, digits, '.', '_' or '-', joined by '/'. "
                "Use ALL for every area.",
            )
        if code not in result:
            result.append(code)
    return result


def create_user(
    session: Session,
    *,
    username: str,
    password: str,
    role: str,
    areas: Sequence[str],
    actor: str,
    address: str | None = None,
) -> User:
    """Add a user (the caller commits); refused with a sentence when any part is wrong."""
    name = check_username(username)
    if role not in ROLES:
        raise bad_request(
            "role_unknown", f"The role must be one of {', '.join(ROLES)}; choose one of them."
        )
    check_password(password)
    codes = check_area_codes(areas)
    if role in AREA_ROLES and not codes:
        raise bad_request(
            "areas_missing",
            f"A user with the role {role} works in areas: give at least one area code "
            "(or ALL for every area).",
        )
    if session.scalar(select(User.id).where(User.username == name)) is not None:
        raise conflict(
            "username_taken", f"There is already a user named {name}. Choose another username."
        )
    user = User(
        id=uuid7(), username=name, password_hash=hash_password(password), role=role,
        created_at=utcnow(),
    )  # fmt: skip
    session.add(user)
    session.flush()
    session.add_all(UserArea(user_id=user.id, area_code=code) for code in codes)
    audit.write(
        session,
        action="user.create",
        actor=actor,
        address=address,
        target_type="user",
        target_id=user.id,
        detail={"role": role, "areas": codes},
    )
    return user


def areas_of(session: Session, user_id: str) -> tuple[str, ...]:
    return tuple(
        session.scalars(
            select(UserArea.area_code)
            .where(UserArea.user_id == user_id)
            .order_by(UserArea.area_code)
        )
    )


def principal(session: Session, user: User, device_id: str | None = None) -> Principal:
    return Principal(
        user_id=user.id,
        username=user.username,
        role=user.role,
        areas=areas_of(session, user.id),
        device_id=device_id,
    )


def refuse_role(role: str, allowed: Iterable[str]) -> Refusal:
    names = " or ".join(allowed)
    return Refusal(
        403,
        "role_forbidden",
        f"Your role ({role}) cannot do this; it needs {names}. Ask an administrator if you "
        "should have it.",
    )


def refuse_area(path_code: str) -> Refusal:
    return Refusal(
        403,
        "area_forbidden",
        f"The area {path_code} is not among the areas you work in. Ask your supervisor to "
        "assign it to you.",
    )
