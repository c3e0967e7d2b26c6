"""The server's own request and answer models (`XCreate` in, `XPublic` out). Messages a
device exchanges in sync are in app/sync/protocol.py, shared with the client."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, StringConstraints

from app.sync.protocol import NO_NUL, DevicePublic, UserPublic

__all__ = ["AreaCreate", "AreaPublic", "AuditEntryPublic", "DevicePublic", "UserCreate",
           "UserPublic"]  # fmt: skip

Role = Literal["enumerator", "ward_officer", "supervisor", "admin"]
AreaCode = Annotated[str, StringConstraints(min_length=1, max_length=200, pattern=NO_NUL)]


class UserCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    username: Annotated[str, StringConstraints(min_length=1, max_length=64, pattern=NO_NUL)]
    password: Annotated[str, StringConstraints(min_length=1, max_length=1024, pattern=NO_NUL)]
    role: Role
    areas: list[AreaCode] = []


class AreaCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    parent_path: AreaCode | None = None
    code: Annotated[str, StringConstraints(min_length=1, max_length=60, pattern=NO_NUL)]
    name: Annotated[str, StringConstraints(min_length=1, max_length=200, pattern=NO_NUL)]


class AreaPublic(BaseModel):
    id: str
    parent_id: str | None
    level: str
    code: str
    path_code: str
    name: str
    revision: int


class AuditEntryPublic(BaseModel):
    id: int
    at: datetime
    actor: str | None
    device_id: str | None
    address: str | None
    action: str
    target_type: str | None
    target_id: str | None
    detail: dict[str, Any] | None
