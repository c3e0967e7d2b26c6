"""The server's tables (SQLAlchemy 2 models); their schema is made by the Alembic migrations in
server/migrations, and a test checks the two agree.

| model | what it is for |
|---|---|
| `User` | a person who signs in: username, Argon2id hash, role |
| `UserArea` | an area (path code such as `14/KL/W01`) a user works in; `*` means every area |
| `Area` | the place tree state > district > ward > site > block > unit, published to devices |
| `Device` | one per device: the hash of its token, its owner, last use, revocation |
| `LoginFailure` | failed logins by address and a digest of the typed username (rate limit) |
| `AuditEntry` | append-only: who did what (triggers refuse UPDATE and DELETE) |
| `SyncBatch` | a pushed batch, by its id: who sent it and the receipt a replay gets again |
| `Record` | the server's current version of each record devices push, with its revision |
| `Sequence` | the change counter pulls page by |
| `Conflict` | a pushed version based on an older revision: kept beside the current one |
| `Attachment` | a file interviews name (photo, sound...), by sha256: its size, bytes received |
| `AttachmentChunk` | the bytes of an attachment, as uploaded, by offset |
| `AttachmentUse` | which interview (in which area) names which attachment |

Ids that cross the wire are UUIDs made where the record is made; only the audit log and the
login failures, which never leave the server, count with integers.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

ROLES = ("enumerator", "ward_officer", "supervisor", "admin")
AREA_LEVELS = ("state", "district", "ward", "site", "block", "unit")
ALL_AREAS = "*"


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime: `timestamptz` on PostgreSQL; on SQLite, which keeps no
    zone, stored in UTC and read back as UTC."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware (use datetime.now(UTC))")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class User(Base):
    __tablename__ = "users"
    __table_args__ = (CheckConstraint(_in("role", ROLES), name="role"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    disabled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class UserArea(Base):
    __tablename__ = "user_areas"

    user_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    area_code: Mapped[str] = mapped_column(String(200), primary_key=True)


class Area(Base):
    __tablename__ = "areas"
    __table_args__ = (CheckConstraint(_in("level", AREA_LEVELS), name="level"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    parent_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("areas.id"))
    level: Mapped[str] = mapped_column(String(10))
    code: Mapped[str] = mapped_column(String(60))
    path_code: Mapped[str] = mapped_column(String(200), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    revision: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(36), ForeignKey("users.id"))


class Device(Base):
    __tablename__ = "devices"
    __table_args__ = (Index("ix_devices_user_id", "user_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # made by the device
    user_id: Mapped[str] = mapped_column(String(36), ForeignKey("users.id"))
    name: Mapped[str] = mapped_column(String(100), default="")
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_by: Mapped[str | None] = mapped_column(String(36), ForeignKey("users.id"))


class LoginFailure(Base):
    __tablename__ = "login_failures"
    __table_args__ = (
        Index("ix_login_failures_username_address_at", "username", "address", "at"),
        Index("ix_login_failures_address_at", "address", "at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(64))
    address: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AuditEntry(Base):
    """Append-only: ids, actions and counts, never a personal value."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str | None] = mapped_column(String(64))  # a username, or "cli"
    device_id: Mapped[str | None] = mapped_column(String(36))
    address: Mapped[str | None] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(60))
    target_type: Mapped[str | None] = mapped_column(String(40))
    target_id: Mapped[str | None] = mapped_column(String(200))
    detail: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class SyncBatch(Base):
    __tablename__ = "sync_batches"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the device's batch_id
    device_id: Mapped[str] = mapped_column(String(36))
    user_id: Mapped[str] = mapped_column(String(36), ForeignKey("users.id"))
    items_hash: Mapped[str] = mapped_column(String(64))  # tells a replay from a reused id
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    receipt: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class Record(Base):
    """A record as the server holds it; `area_path` is the area it lies in (its own path for
    an area), so access checks need no walk up the tree."""

    __tablename__ = "records"
    __table_args__ = (
        Index("ix_records_area_path", "area_path"),
        Index("ix_records_seq", "seq", unique=True),
    )

    record_type: Mapped[str] = mapped_column(String(20), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    revision: Mapped[int] = mapped_column(Integer)
    # The server-wide change number of the record's latest change: what a pull's cursor counts.
    seq: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(64))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    area_path: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    device_id: Mapped[str] = mapped_column(String(36))
    batch_id: Mapped[str] = mapped_column(String(36))


class Sequence(Base):
    """Named counters; `records` numbers the changes a pull pages through. Its row is locked
    by the transaction that takes numbers, so changes commit in the order of their numbers and
    a cursor never skips one committed late."""

    __tablename__ = "sequences"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(Integer)


class Conflict(Base):
    """The version a device sent on a stale base; the current one stays in `records`."""

    __tablename__ = "conflicts"
    __table_args__ = (Index("ix_conflicts_record", "record_type", "record_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    record_type: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[str] = mapped_column(String(36))
    base_revision: Mapped[int] = mapped_column(Integer)
    server_revision: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(64))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    area_path: Mapped[str] = mapped_column(String(200))
    device_id: Mapped[str] = mapped_column(String(36))
    batch_id: Mapped[str] = mapped_column(String(36))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Attachment(Base):
    """A file interviews name, kept once by its sha256, whoever sent it. `received` bytes of
    `size` have arrived (in `AttachmentChunk`s); `complete` once the last chunk came and the
    whole matched the sha256. All in the database: any worker can take the next chunk."""

    __tablename__ = "attachments"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    received: Mapped[int] = mapped_column(BigInteger, default=0)
    complete: Mapped[bool] = mapped_column(Boolean, default=False)
    device_id: Mapped[str] = mapped_column(String(36))  # the device that began the upload
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class AttachmentChunk(Base):
    __tablename__ = "attachment_chunks"

    sha256: Mapped[str] = mapped_column(
        String(64), ForeignKey("attachments.sha256", ondelete="CASCADE"), primary_key=True
    )
    start: Mapped[int] = mapped_column(BigInteger, primary_key=True)  # its offset in the file
    data: Mapped[bytes] = mapped_column(LargeBinary)


class AttachmentUse(Base):
    """An accepted interview names the attachment; `area_path` is the interview's area, for
    the access check of a download."""

    __tablename__ = "attachment_uses"
    __table_args__ = (Index("ix_attachment_uses_interview_id", "interview_id"),)

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    interview_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    area_path: Mapped[str] = mapped_column(String(200))
