"""The sync protocol's messages, shared by the client (app/sync) and the server (server/): the
pydantic models both sides validate against, under `/api/v1`.

Every request model forbids unknown fields, so a typo or a client newer than the server is a
clear 422 rather than a field silently dropped. Errors are always an `ErrorBody`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated
from uuid import UUID

from pydantic import BaseModel, ConfigDict, StringConstraints

API_PREFIX = "/api/v1"
PROTOCOL_VERSION = 1


class Message(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ErrorBody(BaseModel):
    """What every refusal answers: a stable `code` to test, a sentence for a person, and for
    an invalid request the places (never the values) that were wrong."""

    code: str
    message: str
    fields: list[str] | None = None


Username = Annotated[str, StringConstraints(min_length=1, max_length=64)]
Password = Annotated[str, StringConstraints(min_length=1, max_length=1024)]


class LoginRequest(Message):
    """A device signs in once with its user's name and password and gets its token."""

    username: Username
    password: Password
    device_id: UUID
    device_name: Annotated[str, StringConstraints(max_length=100)] = ""
    protocol: int = PROTOCOL_VERSION


class UserPublic(BaseModel):
    id: str
    username: str
    role: str
    areas: list[str]


class DeviceToken(BaseModel):
    """The answer to a login: keep `token` (owner-only) and send it as `Authorization: Bearer`."""

    token: str
    device_id: str
    user: UserPublic
    issued_at: datetime


class DevicePublic(BaseModel):
    id: str
    name: str
    username: str
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None
