"""The desktop app's sync log (one row per sync: counts, server, time, the error sentence) and
the records whose last push came back as a conflict (the census list marks their households).
Conflicts in receipts stored before this migration are noted from `sync_batches`.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05 21:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_conflicts",
        sa.Column("record_type", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("household_id", sa.String(length=36), nullable=True),
        sa.Column("batch_id", sa.String(length=36), nullable=False),
        sa.Column("noted_at", sa.String(length=27), nullable=False),
        sa.PrimaryKeyConstraint("record_type", "record_id", name=op.f("pk_sync_conflicts")),
    )
    op.create_index(
        op.f("ix_sync_conflicts_household_id"), "sync_conflicts", ["household_id"], unique=False
    )
    op.create_table(
        "sync_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.String(length=27), nullable=False),
        sa.Column("finished_at", sa.String(length=27), nullable=False),
        sa.Column("server", sa.Text(), nullable=False),
        sa.Column("outcome", sa.String(length=10), nullable=False),
        sa.Column("sent", sa.Integer(), server_default="0", nullable=False),
        sa.Column("conflicts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("pending", sa.Integer(), server_default="0", nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("error_code", sa.String(length=40), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_log")),
    )
    # Receipts already stored: each record's latest answer decides (batches in receipt order).
    op.execute(
        "INSERT OR REPLACE INTO sync_conflicts (record_type, record_id, batch_id, noted_at) "
        "SELECT json_extract(i.value, '$.record_type'), json_extract(i.value, '$.record_id'), "
        "b.id, b.received_at FROM sync_batches b, json_each(b.receipt, '$.items') i "
        "WHERE b.receipt IS NOT NULL AND json_extract(i.value, '$.status') = 'conflict' "
        "ORDER BY b.received_at"
    )
    op.execute(
        "DELETE FROM sync_conflicts WHERE EXISTS (SELECT 1 FROM sync_batches b, "
        "json_each(b.receipt, '$.items') i WHERE b.receipt IS NOT NULL "
        "AND b.received_at > sync_conflicts.noted_at "
        "AND json_extract(i.value, '$.record_type') = sync_conflicts.record_type "
        "AND json_extract(i.value, '$.record_id') = sync_conflicts.record_id "
        "AND json_extract(i.value, '$.status') != 'conflict')"
    )
    op.execute(HOUSEHOLD_OF_CONFLICTS)


# The household a conflicting record belongs to (a household itself, a member, an interview,
# an interview's review decision, an assignment of one household); areas belong to none.
HOUSEHOLD_OF_CONFLICTS = (
    "UPDATE sync_conflicts SET household_id = CASE record_type "
    "WHEN 'household' THEN record_id "
    "WHEN 'member' THEN (SELECT household_id FROM members WHERE id = record_id) "
    "WHEN 'interview' THEN (SELECT household_id FROM interviews WHERE id = record_id) "
    "WHEN 'assignment' THEN (SELECT household_id FROM assignments WHERE id = record_id) "
    "WHEN 'review_decision' THEN (SELECT i.household_id FROM review_decisions r "
    "JOIN interviews i ON i.id = r.interview_id WHERE r.id = record_id) "
    "END WHERE household_id IS NULL"
)


def downgrade() -> None:
    op.drop_table("sync_log")
    op.drop_index(op.f("ix_sync_conflicts_household_id"), table_name="sync_conflicts")
    op.drop_table("sync_conflicts")
