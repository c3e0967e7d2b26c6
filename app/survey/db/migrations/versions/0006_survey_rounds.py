"""Survey rounds: the same area surveyed again later ("2026 census", "2027 follow-up"). Each
interview belongs to the round it was begun in (`interviews.round_id`).

Interviews made before rounds existed are put in a first round ("First round", opened on the
day of the earliest of them) per top-level area, so nothing is lost and every interview names
its round (`app.survey.records.rounds.first_rounds`). One of them becomes the current round.
The rounds made here wait in the outbox like rounds opened by hand (`round.open`), so the
server learns of them at the next sync.

`interviews.round_id` has no foreign key: an interview received by a pull may arrive before
its round does (and SQLite cannot add one to an existing table without rebuilding it).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05 22:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "survey_rounds",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("area_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("revision", sa.Integer(), server_default="0", nullable=False),
        sa.Column("deleted_at", sa.String(length=27), nullable=True),
        sa.ForeignKeyConstraint(
            ["area_id"], ["areas.id"], name=op.f("fk_survey_rounds_area_id_areas")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_rounds")),
    )
    op.create_index("ix_survey_rounds_area", "survey_rounds", ["area_id"], unique=False)
    op.add_column("interviews", sa.Column("round_id", sa.String(length=36), nullable=True))
    op.create_index("ix_interviews_round", "interviews", ["round_id"], unique=False)
    _first_rounds()


def _first_rounds() -> None:
    """Every interview so far into a first round (app.survey.records.rounds.first_rounds)."""
    from app.survey.records import recorder, rounds

    conn = op.get_bind()
    rounds.first_rounds(conn, actor=recorder.actor(conn, None))


def downgrade() -> None:
    op.execute("DELETE FROM meta WHERE key = 'current_round'")
    op.drop_index("ix_interviews_round", table_name="interviews")
    op.drop_column("interviews", "round_id")
    op.drop_index("ix_survey_rounds_area", table_name="survey_rounds")
    op.drop_table("survey_rounds")
