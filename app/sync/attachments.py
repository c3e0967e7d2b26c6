"""Uploading the files interviews name (photos, recordings), before the batches that hold them.

The server accepts an interview only when every file it names is there whole (409
`attachments_missing` otherwise), so a sync first uploads the files of every interview waiting
in the outbox: it asks the server which of them it lacks (`POST /attachments/lacking`), and
for each lacking file PUTs its bytes chunk by chunk from the offset the server already holds.
A file the server holds whole is never sent again; an upload cut half way (the connection
dropped, the laptop slept) resumes at the server's offset next time.

No Qt here; the files are read from the data folder's `attachments/` (app/survey/records/
attachments.py), one chunk at a time, through `open_kept`: what is sent, resumed at an offset and
checked against the sha256 is the file's content, never its sealed bytes (the server cannot
open those; the connection itself is TLS).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.survey.db import Database
from app.survey.errors import DatabaseError
from app.survey.records.attachments import folder_of, open_kept, path_of
from app.sync.client import Connection, SyncError
from app.sync.protocol import ATTACHMENT_CHUNK, MAX_ATTACHMENT_QUERY, AttachmentStatus
from app.sync.push import SyncReport

# How often an upload may find the server holding another offset than it thought (another
# device sending the same file at the same moment) before it gives up for this sync.
_REALIGN = 5
# The code of a file that cannot go because this device's copy is missing or damaged.
# A file this device should send but cannot (gone, changed, cut short): the interviews naming it
# wait (set aside) while the rest goes. The report's code is the damaged one.
DAMAGED_HERE = "file_damaged"
NOT_SENDABLE = frozenset({"file_missing", "file_shorter", "file_damaged"})


@dataclass
class FilesSent:
    """What one upload did: files sent whole (or finished), their bytes, and files the server
    already held."""

    files: int = 0
    bytes: int = 0
    held: int = 0
    # Files the server lacks whose copy here is missing or damaged: not sent; the interviews
    # naming them wait (`push.set_aside`) while everything else goes.
    blocked: set[str] = field(default_factory=set)
    why: dict[str, str] = field(default_factory=dict)  # blocked file -> its SyncError code


def pending_files(db: Database) -> dict[str, int]:
    """sha256 -> size of every file an interview waiting in the outbox names."""
    with db.read() as conn:
        rows = conn.exec_driver_sql(
            "SELECT DISTINCT json_extract(a.value, '$.sha256'), json_extract(a.value, '$.size') "
            "FROM outbox o, json_each(o.payload, '$.data.attachments') a "
            "WHERE o.acked_at IS NULL AND o.record_type = 'interview' ORDER BY o.id"
        ).all()
    return {str(sha): int(size) for sha, size in rows if sha}


def files_of(items: Iterable[dict[str, Any]]) -> dict[str, int]:
    """sha256 -> size of the files the interview items of a batch name."""
    found: dict[str, int] = {}
    for item in items:
        if item.get("record_type") == "interview":
            for ref in item.get("data", {}).get("attachments") or []:
                found[str(ref["sha256"])] = int(ref["size"])
    return found


def lacking(connection: Connection, sha256s: list[str]) -> list[AttachmentStatus]:
    """The files of `sha256s` the server does not hold whole, with what it has of each."""
    out: list[AttachmentStatus] = []
    for start in range(0, len(sha256s), MAX_ATTACHMENT_QUERY):
        page = sha256s[start : start + MAX_ATTACHMENT_QUERY]
        answer = connection.post("/attachments/lacking", {"sha256": page})
        try:
            out += [AttachmentStatus.model_validate(s) for s in answer["lacking"]]
        except (KeyError, TypeError, ValueError):
            raise _unreadable(connection) from None
    return out


def upload_files(
    db: Database,
    connection: Connection,
    files: dict[str, int],
    *,
    chunk: int = ATTACHMENT_CHUNK,
    on_progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> FilesSent:
    """Upload those of `files` (sha256 -> size) the server lacks; `on_progress(bytes done,
    bytes to send)` follows each chunk. A file whose copy here is missing or damaged is not
    sent and is listed in `blocked`; any other failure raises `SyncError` with a sentence."""
    sent = FilesSent()
    if not files:
        return sent
    wanted = lacking(connection, sorted(files))
    sent.held = len(files) - len(wanted)
    folder = folder_of(db)
    total = sum(files[s.sha256] - _resume_at(s, files[s.sha256]) for s in wanted)
    done = 0
    for status in wanted:
        if should_stop is not None and should_stop():
            break
        size = files[status.sha256]

        def moved(count: int) -> None:
            nonlocal done
            done += count
            sent.bytes += count
            if on_progress is not None:
                on_progress(done, max(total, done))

        try:
            upload_file(
                connection, path_of(folder, status.sha256), status.sha256, size,
                start=_resume_at(status, size), chunk=chunk, on_chunk=moved,
            )  # fmt: skip
        except SyncError as error:
            if error.code not in NOT_SENDABLE:
                raise
            sent.blocked.add(status.sha256)  # the other files still go
            sent.why[status.sha256] = error.code
            continue
        sent.files += 1
    return sent


def _resume_at(status: AttachmentStatus, size: int) -> int:
    return status.received if status.size == size and status.received < size else 0


def upload_file(
    connection: Connection,
    path: Path,
    sha256: str,
    size: int,
    *,
    start: int = 0,
    chunk: int = ATTACHMENT_CHUNK,
    on_chunk: Callable[[int], None] | None = None,
) -> AttachmentStatus:
    """PUT the file at `path` from `start` (what the server holds) to its end, chunk by chunk;
    returns the server's last status (complete)."""
    offset, realigned = start, 0
    _check_whole(path, sha256, size)
    try:
        handle = open_kept(path)
    except OSError:
        raise _missing_here(sha256) from None
    except DatabaseError:
        raise _damaged_here(sha256) from None
    with handle:
        while True:
            handle.seek(offset)
            try:
                data = handle.read(chunk)
            except DatabaseError:
                raise _damaged_here(sha256) from None
            if not data:
                raise SyncError(
                    f"The file {sha256[:12]}… in the data folder's attachments/ is shorter than "
                    "its interview says; it was changed on this device. Nothing was sent.",
                    code="file_shorter",
                )
            try:
                answer = connection.send(
                    "PUT", f"/attachments/{sha256}", data,
                    {"Content-Type": "application/octet-stream"},
                    params={"offset": offset, "size": size},
                )  # fmt: skip
            except SyncError as error:
                if error.code != "offset_mismatch" or realigned >= _REALIGN:
                    raise
                realigned += 1  # someone else sent part of it: go on from the server's offset
                status = _status(connection, sha256)
                if status.complete:
                    return status
                offset = status.received if status.size == size else 0
                continue
            try:
                status = AttachmentStatus.model_validate(answer)
            except ValueError:
                raise _unreadable(connection) from None
            if on_chunk is not None:
                on_chunk(len(data))
            if status.complete:
                return status
            offset = status.received


def _check_whole(path: Path, sha256: str, size: int) -> None:
    """Refuse to send a kept file that no longer is what its interview names (damaged on the
    disk): the server would throw it away after the last byte, on every sync."""
    digest = hashlib.sha256()
    try:
        with open_kept(path) as handle:
            while part := handle.read(ATTACHMENT_CHUNK):
                digest.update(part)
            length = handle.tell()
    except OSError:
        raise _missing_here(sha256) from None
    except DatabaseError:
        raise _damaged_here(sha256) from None
    if length != size or digest.hexdigest() != sha256:
        raise _damaged_here(sha256)


def _damaged_here(sha256: str) -> SyncError:
    return SyncError(
        f"The file {sha256[:12]}… in the data folder's attachments/ was damaged on this "
        "device (its content no longer matches what the interview names); put the data "
        "folder back from a copy, then sync again. Nothing of it was sent.",
        code="file_damaged",
    )


def _missing_here(sha256: str) -> SyncError:
    return SyncError(
        f"The file {sha256[:12]}… that a completed interview names is missing from the "
        "data folder's attachments/; put the whole data folder back from a copy, then sync "
        "again. Nothing was lost on the server.",
        code="file_missing",
    )


def _status(connection: Connection, sha256: str) -> AttachmentStatus:
    try:
        return AttachmentStatus.model_validate(connection.send("GET", f"/attachments/{sha256}"))
    except ValueError:
        raise _unreadable(connection) from None


def _unreadable(connection: Connection) -> SyncError:
    return SyncError(
        f"The server at {connection.server} answered about files in a way this app cannot "
        "read; the server or the app may need updating.",
        code="files_answer_unreadable",
    )


class FileUploads:
    """The file uploads of one sync: `upload` may be called more than once (before the
    batches, and again for a batch the server refused for files it lacks); the counts add up
    into the sync's report."""

    def __init__(
        self,
        db: Database,
        connection: Connection,
        *,
        on_progress: Callable[[int, int], None] | None = None,
        should_stop: Callable[[], bool] | None = None,
    ) -> None:
        self.db, self.connection = db, connection
        self.on_progress, self.should_stop = on_progress, should_stop
        self.sent = FilesSent()

    def upload(self, files: dict[str, int]) -> None:
        got = upload_files(
            self.db, self.connection, files, on_progress=self.on_progress,
            should_stop=self.should_stop,
        )  # fmt: skip
        self.sent.files += got.files
        self.sent.bytes += got.bytes
        self.sent.held += got.held
        self.sent.blocked |= got.blocked
        self.sent.why.update(got.why)

    def blocked(self) -> set[str]:
        """The files that cannot go from this device (missing or damaged here)."""
        return set(self.sent.blocked)

    def report(
        self, *, into: SyncReport | None = None, error: str | None = None, pending: int = 0
    ) -> SyncReport:
        """`into` (or a new report with `error` and `pending`) with the files sent."""
        report = into or SyncReport(server=self.connection.server, error=error, pending=pending)
        report.files_sent, report.file_bytes = self.sent.files, self.sent.bytes
        return report
