"""Attachments: the files interviews name, kept once by sha256 with the bytes received so far
(in chunks, by offset), and which interview in which area names which file.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from server.core.models import UTCDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attachments",
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("received", sa.BigInteger(), nullable=False),
        sa.Column("complete", sa.Boolean(), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("completed_at", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_attachments")),
    )
    op.create_table(
        "attachment_chunks",
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("start", sa.BigInteger(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sha256"], ["attachments.sha256"], ondelete="CASCADE",
            name=op.f("fk_attachment_chunks_sha256_attachments"),
        ),
        sa.PrimaryKeyConstraint("sha256", "start", name=op.f("pk_attachment_chunks")),
    )  # fmt: skip
    op.create_table(
        "attachment_uses",
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("interview_id", sa.String(36), nullable=False),
        sa.Column("area_path", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("sha256", "interview_id", name=op.f("pk_attachment_uses")),
    )
    op.create_index("ix_attachment_uses_interview_id", "attachment_uses", ["interview_id"])


def downgrade() -> None:
    for table in ("attachment_uses", "attachment_chunks", "attachments"):
        op.drop_table(table)
