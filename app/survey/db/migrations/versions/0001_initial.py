"""Initial schema: areas, households, members, interviews, scores, sync outbox, audit log, search.

Timestamps are UTC text (see app.survey.db.types); the FTS index and the guard triggers are
written out here as SQL so this migration never changes when the models do.

Revision ID: 0001
Revises:
Create Date: 2026-11-28 14:45:01.644131
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

APPEND_ONLY = (
    "SELECT RAISE(ABORT, 'audit_log is append-only: entries are never changed or removed')"
)
KEEP_UNACKED = (
    "SELECT RAISE(ABORT, 'an outbox entry may be removed only after the server acknowledged it')"
)
# What the census search sees of a household: only live (not tombstoned) rows are indexed.
# The address gets the unit code without dashes too ("A1205"), so a half-typed unit code
# ("a-12-0") is a cheap prefix search for "a120*".
FTS_VALUES = (
    "SELECT new.seq, new.head_name, coalesce(new.head_national_id, ''), "
    "new.address || ' ' || coalesce((SELECT replace(replace(code, '-', ''), ' ', '') "
    "FROM areas WHERE id = new.unit_id), ''), "
    "coalesce(new.phone, '') WHERE new.deleted_at IS NULL"
)
TRIGGERS_AND_SEARCH = [
    f"CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN {APPEND_ONLY}; END",
    f"CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN {APPEND_ONLY}; END",
    "CREATE TRIGGER outbox_keep_unacked BEFORE DELETE ON outbox WHEN old.acked_at IS NULL "
    f"BEGIN {KEEP_UNACKED}; END",
    "CREATE VIRTUAL TABLE households_fts USING fts5(head_name, national_id, address, phone, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')",
    "CREATE TRIGGER households_fts_insert AFTER INSERT ON households BEGIN "
    f"INSERT INTO households_fts(rowid, head_name, national_id, address, phone) {FTS_VALUES}; END",
    "CREATE TRIGGER households_fts_update AFTER UPDATE OF head_name, head_national_id, address, "
    "phone, unit_id, deleted_at ON households BEGIN "
    "DELETE FROM households_fts WHERE rowid = old.seq; "
    f"INSERT INTO households_fts(rowid, head_name, national_id, address, phone) {FTS_VALUES}; END",
    "CREATE TRIGGER households_fts_delete AFTER DELETE ON households BEGIN "
    "DELETE FROM households_fts WHERE rowid = old.seq; END",
]
DROP_ORDER = [
    "households_fts_delete",
    "households_fts_update",
    "households_fts_insert",
    "outbox_keep_unacked",
    "audit_log_no_delete",
    "audit_log_no_update",
]


def upgrade() -> None:
    op.create_table(
        "areas",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("parent_id", sa.String(length=36), nullable=True),
        sa.Column("level", sa.String(length=10), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("path_code", sa.String(length=300), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("floor", sa.Integer(), nullable=True),
        sa.Column("unit_number", sa.String(length=20), nullable=True),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("revision", sa.Integer(), server_default="0", nullable=False),
        sa.Column("deleted_at", sa.String(length=27), nullable=True),
        sa.CheckConstraint(
            "level IN ('state', 'district', 'ward', 'site', 'block', 'unit')",
            name=op.f("ck_areas_level"),
        ),
        sa.ForeignKeyConstraint(["parent_id"], ["areas.id"], name=op.f("fk_areas_parent_id_areas")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_areas")),
        sa.UniqueConstraint("parent_id", "code", name="uq_areas_parent_code"),
        sa.UniqueConstraint("path_code", name=op.f("uq_areas_path_code")),
    )
    with op.batch_alter_table("areas", schema=None) as batch_op:
        batch_op.create_index("ix_areas_level", ["level"], unique=False)
        batch_op.create_index("ix_areas_parent", ["parent_id"], unique=False)

    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.String(length=27), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=True),
        sa.Column("device_id", sa.String(length=36), nullable=True),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("record_type", sa.String(length=40), nullable=True),
        sa.Column("record_id", sa.String(length=36), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_table(
        "form_versions",
        sa.Column("form_id", sa.String(length=100), nullable=False),
        sa.Column("version", sa.String(length=50), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("workbook", sa.LargeBinary(), nullable=False),
        sa.Column("definition", sa.JSON(), nullable=True),
        sa.Column("installed_at", sa.String(length=27), nullable=False),
        sa.PrimaryKeyConstraint("form_id", "version", name=op.f("pk_form_versions")),
    )
    with op.batch_alter_table("form_versions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_form_versions_sha256"), ["sha256"], unique=False)

    op.create_table(
        "meta",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_meta")),
    )
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("record_type", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("operation", sa.String(length=10), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("batch_id", sa.String(length=36), nullable=True),
        sa.Column("attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("sent_at", sa.String(length=27), nullable=True),
        sa.Column("acked_at", sa.String(length=27), nullable=True),
        sa.CheckConstraint("operation IN ('upsert', 'delete')", name=op.f("ck_outbox_operation")),
        sa.CheckConstraint(
            "acked_at IS NULL OR sent_at IS NOT NULL", name=op.f("ck_outbox_acked_after_sent")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox")),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index("ix_outbox_batch", ["batch_id"], unique=False)
        batch_op.create_index(
            "ix_outbox_pending", ["id"], unique=False, sqlite_where=sa.text("acked_at IS NULL")
        )
        batch_op.create_index("ix_outbox_record", ["record_type", "record_id"], unique=False)

    op.create_table(
        "households",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_id", sa.String(length=36), nullable=False),
        sa.Column("block_id", sa.String(length=36), nullable=True),
        sa.Column("site_id", sa.String(length=36), nullable=True),
        sa.Column("ward_id", sa.String(length=36), nullable=True),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("head_name", sa.String(length=200), nullable=False),
        sa.Column("head_national_id", sa.String(length=20), nullable=True),
        sa.Column("phone", sa.String(length=30), nullable=True),
        sa.Column("household_size", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("census_key", sa.String(length=400), nullable=True),
        sa.Column(
            "visit_status", sa.String(length=12), server_default="not_visited", nullable=False
        ),
        sa.Column("poverty_status", sa.String(length=40), nullable=True),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("revision", sa.Integer(), server_default="0", nullable=False),
        sa.Column("deleted_at", sa.String(length=27), nullable=True),
        sa.CheckConstraint("source IN ('census', 'new')", name=op.f("ck_households_source")),
        sa.CheckConstraint(
            "visit_status IN ('not_visited', 'in_progress', 'complete', 'synced', "
            "'returned', 'approved')",
            name=op.f("ck_households_visit_status"),
        ),
        sa.CheckConstraint(
            "household_size IS NULL OR household_size BETWEEN 1 AND 99",
            name=op.f("ck_households_size"),
        ),
        sa.ForeignKeyConstraint(
            ["block_id"], ["areas.id"], name=op.f("fk_households_block_id_areas")
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["areas.id"], name=op.f("fk_households_site_id_areas")
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["areas.id"], name=op.f("fk_households_unit_id_areas")
        ),
        sa.ForeignKeyConstraint(
            ["ward_id"], ["areas.id"], name=op.f("fk_households_ward_id_areas")
        ),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_households")),
        sa.UniqueConstraint("id", name=op.f("uq_households_id")),
    )
    with op.batch_alter_table("households", schema=None) as batch_op:
        batch_op.create_index(
            "ix_households_block_status", ["block_id", "visit_status"], unique=False
        )
        batch_op.create_index("ix_households_national_id", ["head_national_id"], unique=False)
        batch_op.create_index(
            "ix_households_site_status", ["site_id", "visit_status"], unique=False
        )
        batch_op.create_index("ix_households_status", ["visit_status"], unique=False)
        batch_op.create_index("ix_households_unit", ["unit_id"], unique=False)
        batch_op.create_index("ix_households_ward", ["ward_id"], unique=False)
        batch_op.create_index(
            "uq_households_census_key",
            ["census_key"],
            unique=True,
            sqlite_where=sa.text("census_key IS NOT NULL"),
        )

    op.create_table(
        "assignments",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("enumerator_id", sa.String(length=100), nullable=False),
        sa.Column("area_id", sa.String(length=36), nullable=True),
        sa.Column("household_id", sa.String(length=36), nullable=True),
        sa.Column("assigned_by", sa.String(length=100), nullable=True),
        sa.Column("assigned_at", sa.String(length=27), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("revision", sa.Integer(), server_default="0", nullable=False),
        sa.Column("deleted_at", sa.String(length=27), nullable=True),
        sa.CheckConstraint(
            "area_id IS NOT NULL OR household_id IS NOT NULL", name=op.f("ck_assignments_target")
        ),
        sa.ForeignKeyConstraint(
            ["area_id"], ["areas.id"], name=op.f("fk_assignments_area_id_areas")
        ),
        sa.ForeignKeyConstraint(
            ["household_id"], ["households.id"], name=op.f("fk_assignments_household_id_households")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assignments")),
    )
    with op.batch_alter_table("assignments", schema=None) as batch_op:
        batch_op.create_index("ix_assignments_area", ["area_id"], unique=False)
        batch_op.create_index("ix_assignments_enumerator", ["enumerator_id"], unique=False)

    op.create_table(
        "interviews",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("household_id", sa.String(length=36), nullable=False),
        sa.Column("form_id", sa.String(length=100), nullable=False),
        sa.Column("form_version", sa.String(length=50), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("position", sa.JSON(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("started_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("completed_at", sa.String(length=27), nullable=True),
        sa.Column("enumerator_id", sa.String(length=100), nullable=True),
        sa.Column("device_id", sa.String(length=36), nullable=True),
        sa.Column("server_revision", sa.Integer(), nullable=True),
        sa.Column("base_revision", sa.Integer(), nullable=True),
        sa.Column("deleted_at", sa.String(length=27), nullable=True),
        sa.CheckConstraint(
            "status IN ('draft', 'complete', 'synced', 'returned', 'approved', 'rejected')",
            name=op.f("ck_interviews_status"),
        ),
        sa.ForeignKeyConstraint(
            ["household_id"], ["households.id"], name=op.f("fk_interviews_household_id_households")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interviews")),
    )
    with op.batch_alter_table("interviews", schema=None) as batch_op:
        batch_op.create_index("ix_interviews_household", ["household_id"], unique=False)
        batch_op.create_index("ix_interviews_status", ["status"], unique=False)

    op.create_table(
        "members",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("household_id", sa.String(length=36), nullable=False),
        sa.Column("line_number", sa.Integer(), nullable=False),
        sa.Column("relationship_to_head", sa.String(length=30), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("national_id", sa.String(length=20), nullable=True),
        sa.Column("sex", sa.String(length=6), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("extra", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("revision", sa.Integer(), server_default="0", nullable=False),
        sa.Column("deleted_at", sa.String(length=27), nullable=True),
        sa.CheckConstraint("sex IS NULL OR sex IN ('male', 'female')", name=op.f("ck_members_sex")),
        sa.ForeignKeyConstraint(
            ["household_id"], ["households.id"], name=op.f("fk_members_household_id_households")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_members")),
    )
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.create_index("ix_members_national_id", ["national_id"], unique=False)
        batch_op.create_index(
            "uq_members_household_line",
            ["household_id", "line_number"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "review_decisions",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("interview_id", sa.String(length=36), nullable=False),
        sa.Column("decision", sa.String(length=10), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("reviewer_id", sa.String(length=100), nullable=False),
        sa.Column("decided_at", sa.String(length=27), nullable=False),
        sa.Column("revision", sa.Integer(), server_default="0", nullable=False),
        sa.CheckConstraint(
            "decision != 'return' OR length(trim(coalesce(comment, ''))) > 0",
            name=op.f("ck_review_decisions_return_has_comment"),
        ),
        sa.CheckConstraint(
            "decision IN ('approve', 'return', 'reject')", name=op.f("ck_review_decisions_decision")
        ),
        sa.ForeignKeyConstraint(
            ["interview_id"],
            ["interviews.id"],
            name=op.f("fk_review_decisions_interview_id_interviews"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_decisions")),
    )
    with op.batch_alter_table("review_decisions", schema=None) as batch_op:
        batch_op.create_index("ix_review_decisions_interview", ["interview_id"], unique=False)

    op.create_table(
        "scores",
        sa.Column("interview_id", sa.String(length=36), nullable=False),
        sa.Column("standard_id", sa.String(length=100), nullable=False),
        sa.Column("standard_version", sa.String(length=50), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=True),
        sa.Column("score", sa.String(length=40), nullable=True),
        sa.Column("deprived", sa.JSON(), nullable=False),
        sa.Column("explanation", sa.Text(), nullable=False),
        sa.Column("income_per_capita", sa.String(length=40), nullable=True),
        sa.Column("computed_at", sa.String(length=27), nullable=False),
        sa.ForeignKeyConstraint(
            ["interview_id"], ["interviews.id"], name=op.f("fk_scores_interview_id_interviews")
        ),
        sa.PrimaryKeyConstraint("interview_id", "standard_id", name=op.f("pk_scores")),
    )
    for statement in TRIGGERS_AND_SEARCH:
        op.execute(statement)


def downgrade() -> None:
    for name in DROP_ORDER:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS households_fts")
    op.drop_table("scores")
    with op.batch_alter_table("review_decisions", schema=None) as batch_op:
        batch_op.drop_index("ix_review_decisions_interview")

    op.drop_table("review_decisions")
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.drop_index("uq_members_household_line", sqlite_where=sa.text("deleted_at IS NULL"))
        batch_op.drop_index("ix_members_national_id")

    op.drop_table("members")
    with op.batch_alter_table("interviews", schema=None) as batch_op:
        batch_op.drop_index("ix_interviews_status")
        batch_op.drop_index("ix_interviews_household")

    op.drop_table("interviews")
    with op.batch_alter_table("assignments", schema=None) as batch_op:
        batch_op.drop_index("ix_assignments_enumerator")
        batch_op.drop_index("ix_assignments_area")

    op.drop_table("assignments")
    with op.batch_alter_table("households", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_households_census_key", sqlite_where=sa.text("census_key IS NOT NULL")
        )
        batch_op.drop_index("ix_households_ward")
        batch_op.drop_index("ix_households_unit")
        batch_op.drop_index("ix_households_status")
        batch_op.drop_index("ix_households_site_status")
        batch_op.drop_index("ix_households_national_id")
        batch_op.drop_index("ix_households_block_status")

    op.drop_table("households")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_record")
        batch_op.drop_index("ix_outbox_pending", sqlite_where=sa.text("acked_at IS NULL"))
        batch_op.drop_index("ix_outbox_batch")

    op.drop_table("outbox")
    op.drop_table("meta")
    with op.batch_alter_table("form_versions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_form_versions_sha256"))

    op.drop_table("form_versions")
    op.drop_table("audit_log")
    with op.batch_alter_table("areas", schema=None) as batch_op:
        batch_op.drop_index("ix_areas_parent")
        batch_op.drop_index("ix_areas_level")

    op.drop_table("areas")
