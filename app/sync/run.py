"""One whole sync of a data folder, as the command line and the desktop app both run it: sign-in
read from the folder, the outbox sent, then the server's changes received, and a report.

No Qt here: the desktop app calls `sync_workspace` on a worker thread, with `on_progress` to
move its progress bar and `should_stop` to cancel between two batches or two pulled pages (a
batch already sent is acknowledged or resent next time, never lost or doubled; a page is stored
whole or not at all, and the next sync goes on after the last one stored).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.paths import workspace_forms_dir
from app.survey.db import open_database
from app.sync.attachments import DAMAGED_HERE, FileUploads, files_of, pending_files
from app.sync.client import Connection, SyncError, load_credentials
from app.sync.pull import DEFAULT_PAGE, PullReport, pull_changes
from app.sync.push import DEFAULT_BATCH, SyncReport, push_outbox


@dataclass(frozen=True)
class SyncProgress:
    """Where a sync is: `phase` is "files" (uploading interviews' files: `done` of `total`
    bytes), "push" (sending the outbox) or "pull" (receiving); `done` of `total` items (total
    0 when not known yet)."""

    phase: str
    done: int
    total: int


def sync_workspace(
    data_dir: Path,
    database: Path,
    *,
    batch_size: int = DEFAULT_BATCH,
    page_size: int = DEFAULT_PAGE,
    retries: int = 5,
    on_retry: Callable[[int, SyncError, float], None] | None = None,
    on_progress: Callable[[SyncProgress], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> SyncReport:
    """Sync the workspace at `database` (in `data_dir`, which holds the sign-in): send the
    outbox, then receive what changed on the server (`page_size` records a page). Raises
    `SyncError` only when the folder is not signed in; every failure after that is the
    report's `error`, with what was done before it kept. Nothing is received after a push
    that failed or was stopped."""
    credentials = load_credentials(data_dir)
    connection = Connection(
        credentials.server, token=credentials.token, retries=retries, on_retry=on_retry
    )
    try:
        with open_database(database) as db:

            def pushed(done: int, total: int) -> None:
                if on_progress is not None:
                    on_progress(SyncProgress("push", done, total))

            def files_moved(done: int, total: int) -> None:
                if on_progress is not None:
                    on_progress(SyncProgress("files", done, total))

            # The interviews' files first: the server accepts an interview only with them.
            files = FileUploads(db, connection, on_progress=files_moved, should_stop=should_stop)
            try:
                files.upload(pending_files(db))
            except SyncError:
                # The push still sends what needs no file (areas, households...); a batch whose
                # interview names a file the server lacks is refused, and its files are
                # uploaded again then: that failure, if it lasts, is the report's error.
                pass

            def pulled(done: int, total: int) -> None:
                if on_progress is not None:
                    on_progress(SyncProgress("pull", done, total))

            report = push_outbox(
                db,
                connection,
                credentials.device_id,
                batch_size=batch_size,
                on_progress=pushed,
                should_stop=should_stop,
                upload_files=lambda items: files.upload(files_of(items)),
                blocked=files.blocked,
            )
            files.report(into=report)
            if report.error is not None or report.stopped:
                return report
            received = PullReport()
            try:
                pull_changes(
                    db, connection, forms_dir=workspace_forms_dir(data_dir),
                    page_size=page_size, on_progress=pulled, should_stop=should_stop,
                    report=received,
                )  # fmt: skip
            except SyncError as error:
                report.error, report.error_code = str(error), error.code
            report.received = received.received
            report.updated = received.applied
            report.kept_local = received.kept_local
            report.not_installed = received.not_installed
            report.clashes = received.clashes
            report.stopped = received.stopped
            if report.error is None and report.files_waiting:
                # Only interviews with a file missing here are left: say which, and how to
                # repair them (everything else was sent and received).
                why = sorted(set(files.sent.why.values())) or [DAMAGED_HERE]
                report.error, report.error_code = " ".join(report.files_waiting), why[0]
            return report
    finally:
        connection.close()
