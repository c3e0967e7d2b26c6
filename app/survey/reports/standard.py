"""Which poverty standard a workspace's reports use unless the user names one."""

from __future__ import annotations

from sqlalchemy import Connection

from app.survey.scoring import Standard
from app.survey.scoring.workspace import find_workspace_standard
from app.survey.scoring.workspace import workspace_standard as _chosen


def workspace_standard(conn: Connection, standard_id: str | None = None) -> Standard:
    """`standard_id` (shipped or installed in the workspace) when given; else the standard the
    workspace scores its households under (the one chosen for it, else its country's)."""
    if standard_id:
        return find_workspace_standard(conn, standard_id)
    return _chosen(conn)
