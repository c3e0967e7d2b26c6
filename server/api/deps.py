"""Typed dependencies of the routes: the database session, who is asking, and the role a route
needs. `Annotated` aliases keep each route's signature short:

    def list_areas(session: SessionDep, who: CurrentUser) -> ...
    def create_user(session: SessionDep, who: Annotated[Principal, Depends(role("admin"))]) ...

Every route except health and login takes `CurrentUser` (directly or through `role`), so no
endpoint answers a device that has not signed in; area checks are done where the area is known.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Annotated

from fastapi import Depends, Header, Request
from sqlalchemy.orm import Session

from app.sync.protocol import PROTOCOL_VERSION
from server.core import devices
from server.core.accounts import Principal, refuse_role
from server.core.config import ServerSettings
from server.core.errors import Refusal


def get_session(request: Request) -> Iterator[Session]:
    with Session(request.app.state.engine, expire_on_commit=False) as session:
        yield session


def get_settings(request: Request) -> ServerSettings:
    settings: ServerSettings = request.app.state.settings
    return settings


def client_address(request: Request) -> str:
    """The address the request came from (a proxy in front should pass the real one on to
    uvicorn with --forwarded-allow-ips)."""
    return request.client.host if request.client else "unknown"


SessionDep = Annotated[Session, Depends(get_session)]
SettingsDep = Annotated[ServerSettings, Depends(get_settings)]
AddressDep = Annotated[str, Depends(client_address)]


def current_user(session: SessionDep, authorization: Annotated[str | None, Header()] = None
                 ) -> Principal:  # fmt: skip
    scheme, _, token = (authorization or "").partition(" ")
    return devices.authenticate(session, token.strip() if scheme.lower() == "bearer" else None)


CurrentUser = Annotated[Principal, Depends(current_user)]


def role(*allowed: str) -> Callable[[Principal], Principal]:
    """A dependency that lets through only users with one of the `allowed` roles."""

    def check(who: CurrentUser) -> Principal:
        if who.role not in allowed:
            raise refuse_role(who.role, allowed)
        return who

    return check


AdminUser = Annotated[Principal, Depends(role("admin"))]
Publisher = Annotated[Principal, Depends(role("supervisor", "admin"))]


def check_protocol(
    x_tinjau_protocol: Annotated[int | None, Header(ge=0, le=1_000_000)] = None,
) -> None:
    """A client that says it speaks an older protocol is told to update."""
    if x_tinjau_protocol is not None and x_tinjau_protocol < PROTOCOL_VERSION:
        raise Refusal(
            426,
            "client_outdated",
            "This version of the Tinjau app is too old for the server. Update the app, then "
            "sync again; nothing was sent.",
        )
