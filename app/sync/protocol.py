"""The sync protocol's messages, shared by the client (app/sync) and the server (server/): the
pydantic models both sides validate against, under `/api/v1`.

Every request model forbids unknown fields, so a typo or a client newer than the server is a
clear 422 rather than a field silently dropped. Errors are always an `ErrorBody`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

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


# Text without a NUL character: PostgreSQL cannot store one in a text column (nor compare with
# one), so a request holding one is refused as invalid before it reaches the database.
NO_NUL = r"^[^\x00]*$"
Username = Annotated[str, StringConstraints(min_length=1, max_length=64, pattern=NO_NUL)]
Password = Annotated[str, StringConstraints(min_length=1, max_length=1024, pattern=NO_NUL)]


class LoginRequest(Message):
    """A device signs in once with its user's name and password and gets its token."""

    username: Username
    password: Password
    device_id: UUID
    device_name: Annotated[str, StringConstraints(max_length=100, pattern=NO_NUL)] = ""
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


# --- Push: a device sends its outbox in batches --------------------------------------------

PUSH_FORMAT = 1
RECORD_TYPES = (
    "area", "household", "member", "interview", "assignment", "review_decision", "survey_round"
)  # fmt: skip
RecordType = Literal[
    "area", "household", "member", "interview", "assignment", "review_decision", "survey_round"
]  # fmt: skip
ContentHash = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
MAX_PUSH_ITEMS = 500


class PushItem(Message):
    """One outbox entry's payload exactly as the device stores it (docs/architecture.md, "The
    outbox format"): the record as it now stands, the server revision it was based on, and the
    sha256 of its canonical JSON."""

    format: Literal[1]
    record_type: RecordType
    record_id: UUID
    operation: Literal["upsert", "delete"]
    base_revision: Annotated[int, Field(ge=0)]
    content_hash: ContentHash
    data: dict[str, Any]


class PushRequest(Message):
    """A batch: applied in one transaction, idempotent on `batch_id`."""

    device_id: UUID
    batch_id: UUID
    items: Annotated[list[PushItem], Field(min_length=1, max_length=MAX_PUSH_ITEMS)]


class ItemReceipt(BaseModel):
    """What became of one item: `accepted` (stored at `revision`), `unchanged` (the server
    holds this very content at `revision`), or `conflict` (the item was based on an older
    revision than the server's `revision`: both versions are kept and the record is flagged
    for the ward officer; nothing was overwritten)."""

    record_type: RecordType
    record_id: str
    status: Literal["accepted", "unchanged", "conflict"]
    revision: int


class PushReceipt(BaseModel):
    """The answer to a batch; a replay of the same `batch_id` gets the very same receipt."""

    batch_id: str
    received_at: datetime
    items: list[ItemReceipt]


class ConflictPublic(BaseModel):
    """A version a device pushed on a stale base, kept beside the server's current one until a
    ward officer settles it; `data` is the device's version, `current` the server's."""

    id: str
    record_type: RecordType
    record_id: str
    area_path: str
    base_revision: int
    server_revision: int
    device_id: str
    received_at: datetime
    data: dict[str, Any]
    current: dict[str, Any] | None


# --- Pull: a device fetches what changed in its areas ---------------------------------------

MAX_PULL_PAGE = 1000


# Besides what devices send: what supervisors publish for devices to install.
PulledType = Literal[
    "area", "household", "member", "interview", "assignment", "review_decision", "survey_round",
    "form_version", "standard",
]  # fmt: skip


class PulledRecord(BaseModel):
    """A record as the server now holds it, at `revision` (the base of the device's next
    change to it). A `form_version` holds an XLSForm (`workbook` and `media` as base64), a
    `standard` a poverty standard file's `text`."""

    record_type: PulledType
    record_id: str
    operation: Literal["upsert", "delete"]
    revision: int
    data: dict[str, Any]


class PullPage(BaseModel):
    """One page of changes after a cursor. Ask again with `cursor` while `more` is true;
    `remaining` says how many changes are still to come (for a progress bar). `reset` is true
    when the cursor sent was unknown or expired: this is a full pull from the beginning, and
    the device should replace what it pulled before."""

    items: list[PulledRecord]
    cursor: str
    more: bool
    remaining: int
    reset: bool


# --- Attachments: the files interviews name, uploaded apart from batches --------------------

# A file is uploaded in chunks of at most this many bytes, each PUT at the offset the server
# says it holds, so a cut upload resumes where it stopped; files up to MAX_ATTACHMENT_BYTES.
ATTACHMENT_CHUNK = 1 << 20
MAX_ATTACHMENT_CHUNK = 8 << 20
MAX_ATTACHMENT_BYTES = 512 << 20
MAX_ATTACHMENT_QUERY = 1000


class AttachmentRef(Message):
    """One file an interview's data names under `attachments` (the device writes them)."""

    name: Annotated[str, StringConstraints(min_length=1, max_length=100)]
    sha256: ContentHash
    media_type: Annotated[str, StringConstraints(max_length=100)]
    size: Annotated[int, Field(ge=1, le=MAX_ATTACHMENT_BYTES)]


class AttachmentStatus(BaseModel):
    """What the server holds of the file with this sha256: `received` bytes of `size` (None:
    nothing yet); `complete` once all of it arrived and its sha256 was checked."""

    sha256: str
    size: int | None
    received: int
    complete: bool


class AttachmentQuery(Message):
    """Which of these files does the server lack?"""

    sha256: Annotated[list[ContentHash], Field(min_length=1, max_length=MAX_ATTACHMENT_QUERY)]


class AttachmentsLacking(BaseModel):
    """The files of a query the server does not hold whole, each with what it has of it."""

    lacking: list[AttachmentStatus]
