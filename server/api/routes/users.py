"""GET and POST /api/v1/users: accounts, managed by an administrator."""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import select

from app.sync.protocol import API_PREFIX
from server.api.deps import AddressDep, AdminUser, SessionDep
from server.api.routes.auth import user_public
from server.api.schemas import UserCreate, UserPublic
from server.core import accounts
from server.core.models import User

router = APIRouter(prefix=f"{API_PREFIX}/users", tags=["users"])


@router.get("")
def list_users(session: SessionDep, who: AdminUser) -> list[UserPublic]:
    users = session.scalars(select(User).order_by(User.username))
    return [user_public(accounts.principal(session, user)) for user in users]


@router.post("", status_code=201)
def create_user(
    body: UserCreate, session: SessionDep, who: AdminUser, address: AddressDep
) -> UserPublic:
    user = accounts.create_user(
        session,
        username=body.username,
        password=body.password,
        role=body.role,
        areas=body.areas,
        actor=who.username,
        address=address,
    )
    session.commit()
    return user_public(accounts.principal(session, user))
