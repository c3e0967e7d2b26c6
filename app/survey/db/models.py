"""The local (device) database schema: SQLAlchemy 2 typed models, one class per table.

Tables
- `areas`: the place hierarchy state > district > ward > site > block > unit in one table
  (`parent_id`, `level`, `code` unique within the parent, `path_code` = codes joined by "/",
  unique). Units carry `floor` and `unit_number`.
- `households`: a census entry or a household found in the field (`source`), in a unit, with
  the head's name / national ID (12 digits, no dashes) / phone (digits), `household_size`,
  `visit_status` and `poverty_status` for the list (the status code of the household's
  latest score, e.g. e-Kasih `miskin_tegar` / `miskin` / `tidak_miskin`; NULL = not scored).
  `seq` is a local integer key (the rowid the search index points at); `id` (uuid7) is the
  identity everything else uses, and the one that crosses the wire. `site_id`, `block_id`
  and `ward_id` are copied from the unit for fast lists.
- `members`: people in a household (`line_number`, relationship to head, name, national ID,
  sex, birth date, `extra` JSON for whatever else the form asks).
- `interviews`: one filled form instance for a household: form id + version, the whole answer
  tree as JSON, `position` (where the worker was), status, timestamps, enumerator, device,
  `server_revision` / `base_revision` for sync.
- `survey_rounds`: a survey round of an area ("2026 census", "2027 follow-up"): name, opened
  and closed dates. Each interview names the round it was begun in (`interviews.round_id`); the
  workspace's current round is `meta.current_round`.
- `scores`: derived, recomputable: (interview, standard_id) -> version, status, score...
- `assignments`: an enumerator is given an area (usually a block) or one household.
- `review_decisions`: approve / return (with a comment) / reject of an interview.
- `form_versions`: installed questionnaires (workbook bytes, sha256, cached definition).
- `interview_attachments`: the files (photos, audio, video, others) an interview's answers
  name, by sha256; the files are kept once each in the data folder's `attachments/`.
- `outbox`: changes waiting to be pushed; marked acked only after the server's receipt is
  stored, and a trigger refuses to delete an entry that is not acked.
- `sync_conflicts`: records whose last push came back as a conflict (census list shows them).
- `sync_log`: one row per sync run from the desktop app (counts, server, the error sentence).
- `audit_log`: append-only (triggers RAISE on UPDATE and DELETE); ids and actions only, never
  personal data.
- `meta`: key/value facts about this database (`device_id`, made once; `current_round`).
- `households_fts` (not a model): FTS5 index over households, kept by triggers; see
  `app.survey.db.search`.

Synced tables carry `created_at`, `updated_at`, `revision` (the server revision the row was
last synced at; 0 = never) and `deleted_at` (a tombstone: rows are never deleted silently).
Timestamps are UTC-aware (`UTCDateTime`). UUIDs are 36-character text made by `app.survey.ids`.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from app.survey.db.types import UTCDateTime, utcnow
from app.survey.ids import uuid7
from app.survey.records.lifecycle import (
    DRAFT,
    INTERVIEW_STATUSES,
    NO_INTERVIEW,
    NOT_VISITED,
    VISIT_STATUSES,
)

AREA_LEVELS = ("state", "district", "ward", "site", "block", "unit")
HOUSEHOLD_SOURCES = ("census", "new")
REVIEW_DECISIONS = ("approve", "return", "reject")  # records.reviews.DECISIONS
OUTBOX_OPERATIONS = ("upsert", "delete")

# Stable constraint names, so Alembic batch migrations on SQLite can find them later.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

UUID = String(36)


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON, Any: JSON}


class Tracked:
    """Columns every synced table has: timestamps, sync revision and tombstone."""

    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)


class Area(Tracked, Base):
    __tablename__ = "areas"
    __table_args__ = (
        UniqueConstraint("parent_id", "code", name="uq_areas_parent_code"),
        CheckConstraint(_in("level", AREA_LEVELS), name="level"),
        Index("ix_areas_parent", "parent_id"),
        Index("ix_areas_level", "level"),
        # The census list's unit order with each area's id, read from the index alone (0007).
        Index("ix_areas_path_id", "path_code", "id", unique=True),
    )

    id: Mapped[str] = mapped_column(UUID, primary_key=True, default=uuid7)
    parent_id: Mapped[str | None] = mapped_column(UUID, ForeignKey("areas.id"))
    level: Mapped[str] = mapped_column(String(10))
    code: Mapped[str] = mapped_column(String(40))
    path_code: Mapped[str] = mapped_column(String(300), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    floor: Mapped[int | None] = mapped_column(Integer)
    unit_number: Mapped[str | None] = mapped_column(String(20))

    parent: Mapped[Area | None] = relationship(remote_side=[id], back_populates="children")
    children: Mapped[list[Area]] = relationship(back_populates="parent")


class Household(Tracked, Base):
    __tablename__ = "households"
    __table_args__ = (
        CheckConstraint(_in("source", HOUSEHOLD_SOURCES), name="source"),
        CheckConstraint(_in("visit_status", VISIT_STATUSES), name="visit_status"),
        CheckConstraint(
            f"visit_outcome IS NULL OR {_in('visit_outcome', NO_INTERVIEW)}", name="visit_outcome"
        ),
        CheckConstraint("household_size IS NULL OR household_size BETWEEN 1 AND 99", name="size"),
        # By unit, with what the list filters on: the list's first order reads no row (0007).
        Index("ix_households_unit_deleted", "unit_id", "deleted_at"),
        Index("ix_households_block_status", "block_id", "visit_status"),
        Index("ix_households_site_status", "site_id", "visit_status"),
        Index("ix_households_ward", "ward_id"),
        Index("ix_households_status", "visit_status"),
        Index("ix_households_national_id", "head_national_id"),
        # The identity a census import is idempotent on (unit path + ID, or + name).
        Index(
            "uq_households_census_key",
            "census_key",
            unique=True,
            sqlite_where=text("census_key IS NOT NULL"),
        ),
    )
    # `seq` is the table's INTEGER PRIMARY KEY (a stable rowid for the FTS index); the ORM
    # identity is the uuid `id`.
    __mapper_args__ = {"primary_key": ["id"]}

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(UUID, unique=True, default=uuid7)
    unit_id: Mapped[str] = mapped_column(UUID, ForeignKey("areas.id"))
    block_id: Mapped[str | None] = mapped_column(UUID, ForeignKey("areas.id"))
    site_id: Mapped[str | None] = mapped_column(UUID, ForeignKey("areas.id"))
    ward_id: Mapped[str | None] = mapped_column(UUID, ForeignKey("areas.id"))
    address: Mapped[str] = mapped_column(String(300), default="")
    head_name: Mapped[str] = mapped_column(String(200))
    head_national_id: Mapped[str | None] = mapped_column(String(20))
    phone: Mapped[str | None] = mapped_column(String(30))
    household_size: Mapped[int | None] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(10), default="census")
    census_key: Mapped[str | None] = mapped_column(String(400))
    visit_status: Mapped[str] = mapped_column(
        String(12), default=NOT_VISITED, server_default=NOT_VISITED
    )
    poverty_status: Mapped[str | None] = mapped_column(String(40))
    # The last visit that ended at the door without an interview (not found or refused) and
    # the worker's short note on it; shipped with the household (the server cannot derive it).
    visit_outcome: Mapped[str | None] = mapped_column(String(12))
    visit_note: Mapped[str | None] = mapped_column(String(200))

    unit: Mapped[Area] = relationship(foreign_keys=[unit_id])
    members: Mapped[list[Member]] = relationship(
        back_populates="household", order_by="Member.line_number"
    )
    interviews: Mapped[list[Interview]] = relationship(back_populates="household")


class Member(Tracked, Base):
    __tablename__ = "members"
    __table_args__ = (
        CheckConstraint("sex IS NULL OR sex IN ('male', 'female')", name="sex"),
        Index(
            "uq_members_household_line",
            "household_id",
            "line_number",
            unique=True,
            sqlite_where=text("deleted_at IS NULL"),
        ),
        Index("ix_members_national_id", "national_id"),
    )

    id: Mapped[str] = mapped_column(UUID, primary_key=True, default=uuid7)
    household_id: Mapped[str] = mapped_column(UUID, ForeignKey("households.id"))
    line_number: Mapped[int] = mapped_column(Integer)
    relationship_to_head: Mapped[str] = mapped_column(String(30))
    name: Mapped[str] = mapped_column(String(200))
    national_id: Mapped[str | None] = mapped_column(String(20))
    sex: Mapped[str | None] = mapped_column(String(6))
    birth_date: Mapped[date | None] = mapped_column(Date)
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    household: Mapped[Household] = relationship(back_populates="members")


class Interview(Base):
    __tablename__ = "interviews"
    __table_args__ = (
        CheckConstraint(_in("status", INTERVIEW_STATUSES), name="status"),
        Index("ix_interviews_household", "household_id"),
        Index("ix_interviews_status", "status"),
        Index("ix_interviews_round", "round_id"),
    )

    id: Mapped[str] = mapped_column(UUID, primary_key=True, default=uuid7)
    household_id: Mapped[str] = mapped_column(UUID, ForeignKey("households.id"))
    form_id: Mapped[str] = mapped_column(String(100))
    form_version: Mapped[str] = mapped_column(String(50))
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    position: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(10), default=DRAFT)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column()
    enumerator_id: Mapped[str | None] = mapped_column(String(100))
    device_id: Mapped[str | None] = mapped_column(String(36))
    # The revision the server gave this interview, and the one this local copy was based on;
    # a push whose base is stale is a conflict (see docs/architecture.md).
    server_revision: Mapped[int | None] = mapped_column(Integer)
    base_revision: Mapped[int | None] = mapped_column(Integer)
    deleted_at: Mapped[datetime | None] = mapped_column()
    # The survey round it was begun in. No foreign key: an interview received by a pull may
    # come before its round does.
    round_id: Mapped[str | None] = mapped_column(UUID)

    household: Mapped[Household] = relationship(back_populates="interviews")
    scores: Mapped[list[Score]] = relationship(back_populates="interview")
    review_decisions: Mapped[list[ReviewDecision]] = relationship(back_populates="interview")


class SurveyRound(Tracked, Base):
    """A survey round of an area: the households inside it surveyed (again) between
    `opened_on` and `closed_on` (None: still open)."""

    __tablename__ = "survey_rounds"
    __table_args__ = (Index("ix_survey_rounds_area", "area_id"),)

    id: Mapped[str] = mapped_column(UUID, primary_key=True, default=uuid7)
    area_id: Mapped[str] = mapped_column(UUID, ForeignKey("areas.id"))
    name: Mapped[str] = mapped_column(String(100))
    opened_on: Mapped[date] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)


class Score(Base):
    """Derived data: can always be recomputed from the interview and the standard."""

    __tablename__ = "scores"

    interview_id: Mapped[str] = mapped_column(UUID, ForeignKey("interviews.id"), primary_key=True)
    standard_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    standard_version: Mapped[str] = mapped_column(String(50))
    status: Mapped[str] = mapped_column(String(40))
    label: Mapped[str | None] = mapped_column(String(200))
    # Exact fractions as text ("5/12"), incomes as decimal text ("412.50"): no float rounding.
    score: Mapped[str | None] = mapped_column(String(40))
    deprived: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    explanation: Mapped[str] = mapped_column(Text, default="")
    income_per_capita: Mapped[str | None] = mapped_column(String(40))
    computed_at: Mapped[datetime] = mapped_column(default=utcnow)

    interview: Mapped[Interview] = relationship(back_populates="scores")


class Assignment(Tracked, Base):
    __tablename__ = "assignments"
    __table_args__ = (
        CheckConstraint("area_id IS NOT NULL OR household_id IS NOT NULL", name="target"),
        Index("ix_assignments_enumerator", "enumerator_id"),
        Index("ix_assignments_area", "area_id"),
    )

    id: Mapped[str] = mapped_column(UUID, primary_key=True, default=uuid7)
    enumerator_id: Mapped[str] = mapped_column(String(100))
    area_id: Mapped[str | None] = mapped_column(UUID, ForeignKey("areas.id"))
    household_id: Mapped[str | None] = mapped_column(UUID, ForeignKey("households.id"))
    assigned_by: Mapped[str | None] = mapped_column(String(100))
    assigned_at: Mapped[datetime] = mapped_column(default=utcnow)
    due_date: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


class ReviewDecision(Base):
    __tablename__ = "review_decisions"
    __table_args__ = (
        CheckConstraint(_in("decision", REVIEW_DECISIONS), name="decision"),
        CheckConstraint(
            "decision != 'return' OR length(trim(coalesce(comment, ''))) > 0",
            name="return_has_comment",
        ),
        Index("ix_review_decisions_interview", "interview_id"),
    )

    id: Mapped[str] = mapped_column(UUID, primary_key=True, default=uuid7)
    interview_id: Mapped[str] = mapped_column(UUID, ForeignKey("interviews.id"))
    decision: Mapped[str] = mapped_column(String(10))
    comment: Mapped[str | None] = mapped_column(Text)
    reviewer_id: Mapped[str] = mapped_column(String(100))
    decided_at: Mapped[datetime] = mapped_column(default=utcnow)
    revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    interview: Mapped[Interview] = relationship(back_populates="review_decisions")


class FormVersion(Base):
    __tablename__ = "form_versions"

    form_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    version: Mapped[str] = mapped_column(String(50), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    title: Mapped[str] = mapped_column(String(300))
    workbook: Mapped[bytes] = mapped_column(LargeBinary)
    # The parsed definition, cached at install so opening an interview never runs pyxform.
    definition: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    installed_at: Mapped[datetime] = mapped_column(default=utcnow)


class InterviewAttachment(Base):
    """A file an interview uses: the answer holds `name`; the bytes are kept once by `sha256`
    in the data folder (app/survey/records/attachments.py). No foreign key: a file is linked
    when it is chosen, which may be before the interview's first save inserts its row."""

    __tablename__ = "interview_attachments"
    __table_args__ = (Index("ix_interview_attachments_sha256", "sha256"),)

    interview_id: Mapped[str] = mapped_column(UUID, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[datetime] = mapped_column(default=utcnow)


class OutboxEntry(Base):
    """A change waiting to be pushed. Never deleted until acked (a trigger enforces it)."""

    __tablename__ = "outbox"
    __table_args__ = (
        CheckConstraint(_in("operation", OUTBOX_OPERATIONS), name="operation"),
        # Acked means the server's receipt was stored for a send that happened (ODK Collect).
        CheckConstraint("acked_at IS NULL OR sent_at IS NOT NULL", name="acked_after_sent"),
        Index("ix_outbox_pending", "id", sqlite_where=text("acked_at IS NULL")),
        Index("ix_outbox_batch", "batch_id"),
        Index("ix_outbox_record", "record_type", "record_id"),
    )

    # Local order of changes (oldest first); never crosses the wire.
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    record_type: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(UUID)
    operation: Mapped[str] = mapped_column(String(10))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    batch_id: Mapped[str | None] = mapped_column(UUID)
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_error: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime | None] = mapped_column()
    acked_at: Mapped[datetime | None] = mapped_column()


class SyncBatch(Base):
    """A batch of outbox entries the sync client sends under one `id` (its batch_id): made
    before the first send, so a resend reuses it; `receipt` is the server's answer, stored in
    the transaction that marks the batch's entries sent and acknowledged."""

    __tablename__ = "sync_batches"

    id: Mapped[str] = mapped_column(UUID, primary_key=True)
    server: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    received_at: Mapped[datetime | None] = mapped_column()
    receipt: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class SyncConflict(Base):
    """A record whose last push the server answered "conflict" (both versions kept there, for
    the ward officer): written with the receipt, removed when a later push of the record is
    accepted. `household_id` is the household it belongs to, for the census list."""

    __tablename__ = "sync_conflicts"

    record_type: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(UUID, primary_key=True)
    household_id: Mapped[str | None] = mapped_column(UUID, index=True)
    batch_id: Mapped[str] = mapped_column(UUID)
    noted_at: Mapped[datetime] = mapped_column(default=utcnow)


class SyncLogEntry(Base):
    """One sync as the sync panel lists it: when, which server, counts, and the sentence of
    what went wrong. `detail` holds the report's counts and the conflicts by unit; never a
    name, national ID or answer."""

    __tablename__ = "sync_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    started_at: Mapped[datetime] = mapped_column()
    finished_at: Mapped[datetime] = mapped_column()
    server: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str] = mapped_column(String(10))  # ok, stopped, failed
    sent: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    conflicts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    pending: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    error: Mapped[str | None] = mapped_column(Text)
    error_code: Mapped[str | None] = mapped_column(String(40))
    detail: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class AuditEntry(Base):
    """Append-only: who did what to which record. Ids and actions only, no personal data."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor: Mapped[str | None] = mapped_column(String(100))
    device_id: Mapped[str | None] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(60))
    record_type: Mapped[str | None] = mapped_column(String(40))
    record_id: Mapped[str | None] = mapped_column(String(36))
    detail: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class Meta(Base):
    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
