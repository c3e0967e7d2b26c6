"""Covering indexes for the census list's first order (every household in unit order).

The list's first query walks the areas in `path_code` order and, for each unit, its
households not deleted. Through `uq_areas_path_code` and `ix_households_unit` it read, per
household, a row of `areas` (for its `id`) and a row of `households` (for `deleted_at`): a
random page each, decrypted, about 1.2 s of CPU at 1,000,000 households. With these two
indexes the walk reads index pages only:

- `ix_areas_path_id` (path_code, id), unique: the areas in order with their id; the list
  orders by `u.path_code, u.id, h.seq`, the same order (path codes are unique), so SQLite
  sees that this index gives it without a sort;
- `ix_households_unit_deleted` (unit_id, deleted_at) in place of `ix_households_unit`
  (unit_id): the same look-ups by unit, and `deleted_at` (and `seq`, the row id) with them.

Indexes only: no row changes. Building them reads each table once (a few seconds at
1,000,000 households), inside the migration's transaction, after the backup every upgrade
makes (app.survey.db.engine).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05 23:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_areas_path_id", "areas", ["path_code", "id"], unique=True)
    op.create_index(
        "ix_households_unit_deleted", "households", ["unit_id", "deleted_at"], unique=False
    )
    op.drop_index("ix_households_unit", table_name="households")


def downgrade() -> None:
    op.create_index("ix_households_unit", "households", ["unit_id"], unique=False)
    op.drop_index("ix_households_unit_deleted", table_name="households")
    op.drop_index("ix_areas_path_id", table_name="areas")
