"""The sync client's batches: the batch_id a set of outbox entries was sent under, kept before
the first send so a resend after a lost answer reuses it, and the server's receipt, stored in
the transaction that marks the entries sent and acknowledged.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-05 01:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_batches",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("received_at", sa.String(length=27), nullable=True),
        sa.Column("receipt", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_batches")),
    )


def downgrade() -> None:
    op.drop_table("sync_batches")
