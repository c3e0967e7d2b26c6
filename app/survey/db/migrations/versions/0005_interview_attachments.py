"""Attachments of interviews (photos, audio, video, files): which interview uses which file,
under the name its answer holds. The files themselves are kept once by sha256 in the data
folder's `attachments/` (see app/survey/records/attachments.py).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05 21:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "interview_attachments",
        sa.Column("interview_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.String(length=27), nullable=False),
        sa.PrimaryKeyConstraint("interview_id", "name", name=op.f("pk_interview_attachments")),
    )
    op.create_index(
        "ix_interview_attachments_sha256", "interview_attachments", ["sha256"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_interview_attachments_sha256", table_name="interview_attachments")
    op.drop_table("interview_attachments")
