"""The log of each sync the desktop app runs (`sync_log` in the device database), read by its
sync panel, and `sync_and_log`, the one call its worker thread makes. No Qt here.

Nothing personal goes in either: the log keeps counts, the server's address, times, the error
sentence (the client's sentences never carry a record's values) and conflicts by unit code.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from app.survey.db import Database, open_database
from app.survey.records.recorder import now
from app.sync.client import SyncError
from app.sync.conflicts import conflict_places
from app.sync.push import DEFAULT_BATCH, SyncReport
from app.sync.run import SyncProgress, sync_workspace

OK, STOPPED, FAILED = "ok", "stopped", "failed"


@dataclass(frozen=True)
class SyncLogRow:
    """One sync in the log. `detail` has the report's counts and `conflict_units`."""

    id: int
    started_at: str
    finished_at: str
    server: str
    outcome: str
    sent: int
    conflicts: int
    pending: int
    error: str | None
    error_code: str | None
    detail: dict[str, Any] = field(default_factory=dict)


def record_sync(
    db: Database, *, started_at: str, report: SyncReport, error_code: str | None = None
) -> SyncLogRow:
    """Add one sync to the log and return it as stored."""
    outcome = FAILED if report.error else STOPPED if report.stopped else OK
    # The report's counts (those a later version adds too), and where the conflicts are.
    detail: dict[str, Any] = {
        key: value
        for key, value in report.as_json().items()
        if isinstance(value, (int, bool)) and key not in ("ok",)
    }
    detail["conflict_units"] = conflict_places(db, report.conflicts)
    # Records received but kept as they are here (a change of this device's waits to be sent),
    # and the published forms and standards that could not be installed, as sentences.
    detail["kept_local"] = len(report.kept_local)
    detail["not_installed"] = list(report.not_installed)
    row = SyncLogRow(
        id=0, started_at=started_at, finished_at=now(), server=report.server, outcome=outcome,
        sent=report.sent, conflicts=len(report.conflicts), pending=report.pending,
        error=report.error, error_code=error_code or None, detail=detail,
    )  # fmt: skip
    with db.write() as conn:
        row_id = conn.exec_driver_sql(
            "INSERT INTO sync_log (started_at, finished_at, server, outcome, sent, conflicts, "
            "pending, error, error_code, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "RETURNING id",
            (
                row.started_at,
                row.finished_at,
                row.server,
                row.outcome,
                row.sent,
                row.conflicts,
                row.pending,
                row.error,
                row.error_code,
                _json(detail),
            ),  # fmt: skip
        ).scalar_one()
    return replace(row, id=int(row_id))


def _json(value: Any) -> str:
    import json

    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def recent_syncs(db: Database, limit: int = 50) -> list[SyncLogRow]:
    """The latest `limit` syncs, newest first."""
    import json

    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT id, started_at, finished_at, server, outcome, sent, conflicts, pending, "
            "error, error_code, detail FROM sync_log ORDER BY id DESC LIMIT ?",
            (limit,),
        ).all()
    return [
        SyncLogRow(
            id=int(row[0]),
            started_at=str(row[1]),
            finished_at=str(row[2]),
            server=str(row[3]),
            outcome=str(row[4]),
            sent=int(row[5]),
            conflicts=int(row[6]),
            pending=int(row[7]),
            error=row[8],
            error_code=row[9],
            detail=(json.loads(row[10]) if isinstance(row[10], str) else row[10]) or {},
        )  # fmt: skip
        for row in rows
    ]


def last_success(db: Database) -> str | None:
    """When the last sync that finished with nothing going wrong ended (UTC text), or None."""
    with db.engine.connect() as conn:
        value = conn.exec_driver_sql(
            "SELECT max(finished_at) FROM sync_log WHERE outcome = ?", (OK,)
        ).scalar()
    return str(value) if value else None


def sync_and_log(
    data_dir: Path,
    database: Path,
    *,
    on_progress: Callable[[SyncProgress], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    on_retry: Callable[[int, SyncError, float], None] | None = None,
    retries: int = 5,
    batch_size: int = DEFAULT_BATCH,
) -> tuple[SyncReport, SyncLogRow]:
    """Run one whole sync (`run.sync_workspace`) and add it to the log, whether it finished,
    was cancelled or failed. A folder not signed in raises `SyncError` (code
    `not_signed_in`) and logs nothing: no sync was tried. Blocks: call it on a worker."""
    started = now()
    report = sync_workspace(
        data_dir,
        database,
        batch_size=batch_size,
        retries=retries,
        on_retry=on_retry,
        on_progress=on_progress,
        should_stop=should_stop,
    )
    with open_database(database) as db:
        return report, record_sync(
            db, started_at=started, report=report, error_code=report.error_code
        )
