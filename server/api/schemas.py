"""The server's own request and answer models (`XCreate` in, `XPublic` out). Messages a
device exchanges in sync are in app/sync/protocol.py, shared with the client."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from app.sync.protocol import NO_NUL, DevicePublic, UserPublic

__all__ = ["AreaCreate", "AreaPublic", "AuditEntryPublic", "DevicePublic", "FormVersionCreate",
           "FormVersionPublic", "PublishRequest", "StandardCreate", "StandardPublic",
           "UserCreate", "UserPublic"]  # fmt: skip

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


class PublishItem(BaseModel):
    """A household, member or assignment as a device stores it (the fields of
    docs/architecture.md's outbox format; those left out are null). `base_revision` is the
    revision a change is based on (0 for a new record)."""

    model_config = ConfigDict(extra="forbid")

    record_type: Literal["household", "member", "assignment"]
    record_id: UUID
    operation: Literal["upsert", "delete"] = "upsert"
    base_revision: Annotated[int, Field(ge=0)] = 0
    data: dict[str, Any]


class PublishRequest(BaseModel):
    """Census entries and assignments for devices to pull: one transaction."""

    model_config = ConfigDict(extra="forbid")

    items: Annotated[list[PublishItem], Field(min_length=1, max_length=500)]


MEDIA_NAME = r"^[^\x00-\x1f\x7f]+$"


class FormVersionCreate(BaseModel):
    """An XLSForm version for the devices of `area` (a path code, or ALL): the workbook and
    its attached files (by file name) as base64."""

    model_config = ConfigDict(extra="forbid")

    area: AreaCode
    file_name: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    workbook: Annotated[str, StringConstraints(min_length=1, max_length=28_000_000)]
    # At most 100 attached files, names of 1-200 characters without control characters (the
    # server refuses a name that is not a plain file name with `form_invalid`), each file's
    # base64 text at most what 50 MB make.
    media: Annotated[
        dict[
            Annotated[str, StringConstraints(min_length=1, max_length=200, pattern=MEDIA_NAME)],
            Annotated[str, StringConstraints(max_length=68_000_000)],
        ],
        Field(max_length=100),
    ] = {}


class FormVersionPublic(BaseModel):
    id: str
    form_id: str
    version: str
    title: str
    sha256: str
    area: str
    published_at: datetime


class StandardCreate(BaseModel):
    """A poverty standard file's text for the devices of `area` (a path code, or ALL)."""

    model_config = ConfigDict(extra="forbid")

    area: AreaCode
    text: Annotated[str, StringConstraints(min_length=1, max_length=1_000_000)]


class StandardPublic(BaseModel):
    id: str
    standard_id: str
    version: str
    area: str
    published_at: datetime
