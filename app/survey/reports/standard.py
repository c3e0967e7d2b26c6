"""Which poverty standard a workspace's reports use unless the user names one."""

from __future__ import annotations

from sqlalchemy import Connection, text

from app.survey.countries import workspace_country
from app.survey.scoring import Standard, find_standard


def workspace_standard(conn: Connection, standard_id: str | None = None) -> Standard:
    """`standard_id` when given; else the standard the workspace chose (the `meta` row
    `standard`), else its country's default (e-Kasih for Malaysia)."""
    if standard_id:
        return find_standard(standard_id)
    chosen = conn.execute(text("SELECT value FROM meta WHERE key = 'standard'")).scalar()
    return find_standard(chosen or workspace_country(conn).default_standard)
