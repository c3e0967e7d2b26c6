"""Visits that end without an interview: a household's visit may be "not_found" or "refused",
with the outcome and the worker's short note kept beside it (they ship with the household).

SQLite cannot alter a CHECK constraint, and rebuilding `households` would drop its search
triggers and trip the foreign keys pointing at it. The new constraint only admits more values,
so the table's stored definition is rewritten in place, the way SQLite's documentation allows
for loosening a constraint (every existing row already satisfies it).

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-05 01:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

OLD_CHECK = "'returned', 'approved')"
NEW_CHECK = "'returned', 'approved', 'not_found', 'refused')"


def _rewrite_check(old: str, new: str) -> None:
    connection = op.get_bind()
    version = connection.exec_driver_sql("PRAGMA schema_version").scalar_one()
    connection.exec_driver_sql("PRAGMA writable_schema=ON")
    connection.exec_driver_sql(
        "UPDATE sqlite_master SET sql = replace(sql, ?, ?) "
        "WHERE type = 'table' AND name = 'households'",
        (old, new),
    )
    stored = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'households'"
    ).scalar_one()
    if new not in stored:  # the definition was not the one this migration knows: touch nothing
        connection.exec_driver_sql("PRAGMA writable_schema=OFF")
        raise RuntimeError("the households table's status check is not the expected one")
    connection.exec_driver_sql(f"PRAGMA schema_version={int(version) + 1}")
    connection.exec_driver_sql("PRAGMA writable_schema=OFF")


def upgrade() -> None:
    _rewrite_check(OLD_CHECK, NEW_CHECK)
    op.add_column(
        "households",
        sa.Column(
            "visit_outcome",
            sa.String(length=12),
            sa.CheckConstraint(
                "visit_outcome IS NULL OR visit_outcome IN ('not_found', 'refused')",
                name=op.f("ck_households_visit_outcome"),
            ),
            nullable=True,
        ),
    )
    op.add_column("households", sa.Column("visit_note", sa.String(length=200), nullable=True))


def downgrade() -> None:
    op.drop_column("households", "visit_note")
    op.drop_column("households", "visit_outcome")
    _rewrite_check(NEW_CHECK, OLD_CHECK)
