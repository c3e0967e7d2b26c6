"""Progress of the field work: interviews per enumerator and finished interviews per day.

Counted from the interviews themselves (who filled them and when they were finished), for the
households inside an area. Days are UTC dates, as the timestamps are stored; the header says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Connection, text

from app.survey.reports.areas import Area, AreaTree, household_filter
from app.survey.reports.coverage import DONE

# Interview statuses as the supervisor reads them: a draft is work in progress.
STAGES = {
    "draft": "in_progress",
    "complete": "completed",
    "synced": "completed",
    "approved": "approved",
    "returned": "returned",
    "rejected": "rejected",
}


@dataclass
class WorkerProgress:
    """One enumerator's interviews by stage (`completed` counts approved and returned too)."""

    enumerator: str
    stages: dict[str, int] = field(default_factory=dict)

    @property
    def in_progress(self) -> int:
        return self.stages.get("in_progress", 0)

    @property
    def completed(self) -> int:
        return sum(self.stages.get(s, 0) for s in ("completed", "approved", "returned"))

    @property
    def approved(self) -> int:
        return self.stages.get("approved", 0)

    @property
    def returned(self) -> int:
        return self.stages.get("returned", 0)

    def to_json(self) -> dict[str, object]:
        return {
            "enumerator": self.enumerator,
            "in_progress": self.in_progress,
            "completed": self.completed,
            "approved": self.approved,
            "returned": self.returned,
        }


def progress_by_worker(
    conn: Connection, tree: AreaTree, within: Area | None = None
) -> list[WorkerProgress]:
    """Each enumerator's live interviews inside `within`, by stage, ordered by enumerator."""
    where, params = household_filter(tree, within)
    rows = conn.execute(
        text(
            "SELECT coalesce(i.enumerator_id, ''), i.status, count(*) FROM interviews i "
            "JOIN households h ON h.id = i.household_id "
            f"WHERE i.deleted_at IS NULL AND h.deleted_at IS NULL AND {where} "
            "GROUP BY 1, 2"
        ),
        params,
    )
    workers: dict[str, WorkerProgress] = {}
    for enumerator, status, count in rows:
        worker = workers.setdefault(enumerator, WorkerProgress(enumerator))
        stage = STAGES.get(status, status)
        worker.stages[stage] = worker.stages.get(stage, 0) + count
    return [workers[name] for name in sorted(workers)]


def completed_by_day(
    conn: Connection, tree: AreaTree, within: Area | None = None
) -> list[tuple[date, int]]:
    """Finished interviews per UTC day of completion, oldest day first."""
    where, params = household_filter(tree, within)
    done = ", ".join(f"'{status}'" for status in DONE)
    rows = conn.execute(
        text(
            "SELECT substr(i.completed_at, 1, 10), count(*) FROM interviews i "
            "JOIN households h ON h.id = i.household_id "
            f"WHERE i.deleted_at IS NULL AND h.deleted_at IS NULL AND i.status IN ({done}) "
            f"AND i.completed_at IS NOT NULL AND {where} GROUP BY 1 ORDER BY 1"
        ),
        params,
    )
    return [(date.fromisoformat(day), count) for day, count in rows]
