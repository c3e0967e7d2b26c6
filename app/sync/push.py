"""Sending the outbox: oldest entry first, in batches, each acknowledged exactly once.

The steps, each its own local transaction, so a crash or a lost connection anywhere leaves a
state the next sync resumes from:

1. `open_batch`: the first batch made but not yet acknowledged, or else a new one: the oldest
   pending entries get a fresh batch_id, stored in `sync_batches` and on the entries *before*
   anything is sent. A resend after a lost answer reuses the id and the very same items, so the
   server recognises the replay and answers its first receipt, writing nothing.
2. The batch is pushed (`Connection.post`, with its own retries).
3. `store_receipt`: the server's receipt is stored, and only in that same transaction are the
   entries marked sent and acknowledged.

A batch never holds two entries of one record: the second goes in a later batch, based on the
revision the first one's receipt gave (the server would count a second change on the first's
base as a conflict). After a receipt, the record's local `revision` and the `base_revision` of
its later pending entries move up to the revision the server gave.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection as SQLConnection

from app.survey.db import Database
from app.survey.ids import uuid7
from app.survey.records.recorder import TABLES, now
from app.sync.client import Connection, SyncError
from app.sync.conflicts import note_receipt
from app.sync.protocol import MAX_PUSH_ITEMS, PushReceipt

DEFAULT_BATCH = 200


@dataclass
class Batch:
    id: str
    entries: list[int]
    items: list[dict[str, Any]]


@dataclass
class SyncReport:
    """What one sync did: counts, and the conflicts by record (type and id, nothing else)."""

    server: str
    batches: int = 0
    sent: int = 0
    accepted: int = 0
    unchanged: int = 0
    conflicts: list[dict[str, str]] = field(default_factory=list)
    pending: int = 0
    # What the pull after the push brought: records received, written here, and those kept
    # as they are here because a change of this device's own to them waits to be sent.
    received: int = 0
    updated: int = 0
    kept_local: list[dict[str, str]] = field(default_factory=list)
    not_installed: list[str] = field(default_factory=list)  # published forms and standards
    # Received records left out: this device holds the same entry under another id.
    clashes: list[dict[str, str]] = field(default_factory=list)
    error: str | None = None
    stopped: bool = False
    error_code: str = ""  # SyncError.code of `error`, for a window's own words
    # Interviews set aside because a file of theirs is missing or damaged here and the server
    # lacks it: one sentence each (the household's unit, what to do); the rest was sent.
    files_waiting: list[str] = field(default_factory=list)
    files_sent: int = 0  # attachment files uploaded (app/sync/attachments.py), and their bytes
    file_bytes: int = 0

    def as_json(self) -> dict[str, Any]:
        return {
            "server": self.server,
            "batches": self.batches,
            "sent": self.sent,
            "accepted": self.accepted,
            "unchanged": self.unchanged,
            "conflicts": self.conflicts,
            "pending": self.pending,
            "received": self.received,
            "updated": self.updated,
            "kept_local": self.kept_local,
            "not_installed": self.not_installed,
            "clashes": self.clashes,
            "ok": self.error is None and self.pending == 0,
            "error": self.error,
            "stopped": self.stopped,
            "files_sent": self.files_sent,
            "file_bytes": self.file_bytes,
            "files_waiting": self.files_waiting,
        }


def pending_count(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(
            conn.exec_driver_sql("SELECT count(*) FROM outbox WHERE acked_at IS NULL").scalar_one()
        )


def open_batch(
    db: Database, server: str, size: int = DEFAULT_BATCH, held: Collection[str] = ()
) -> Batch | None:
    """The batch to send next: the oldest unacknowledged one, or a new one made of the oldest
    pending entries (its id stored with them before anything is sent), leaving out the
    records `held` (set aside: see `set_aside`); None when nothing is pending."""
    size = max(1, min(size, MAX_PUSH_ITEMS))
    with db.write() as conn:
        row = conn.exec_driver_sql(
            "SELECT id FROM sync_batches WHERE received_at IS NULL AND id IN "
            "(SELECT batch_id FROM outbox WHERE acked_at IS NULL) ORDER BY created_at, id LIMIT 1"
        ).first()
        if row is not None:
            return _load(conn, str(row[0]))
        return new_batch(conn, server, size, held)


def unacknowledged_batches(conn: SQLConnection) -> list[Batch]:
    """Every batch made but not yet acknowledged, oldest first (what open_batch resends)."""
    rows = conn.exec_driver_sql(
        "SELECT id FROM sync_batches WHERE received_at IS NULL AND id IN "
        "(SELECT batch_id FROM outbox WHERE acked_at IS NULL) ORDER BY created_at, id"
    ).all()
    return [_load(conn, str(row[0])) for row in rows]


def new_batch(
    conn: SQLConnection, server: str, size: int = DEFAULT_BATCH, held: Collection[str] = ()
) -> Batch | None:
    """A new batch of the oldest pending entries not in a batch yet, at most one entry per
    record and none of the records `held`, its id stored with them (in the caller's write
    transaction); None when every such entry is in a batch."""
    size = max(1, min(size, MAX_PUSH_ITEMS))
    candidates = conn.exec_driver_sql(
        "SELECT id, record_type, record_id FROM outbox "
        "WHERE acked_at IS NULL AND batch_id IS NULL "
        "AND record_id NOT IN (SELECT value FROM json_each(?)) ORDER BY id LIMIT ?",
        (json.dumps(sorted(held)), size),
    ).all()
    chosen: list[int] = []
    seen: set[tuple[str, str]] = set()
    for entry_id, record_type, record_id in candidates:
        if (record_type, record_id) in seen:
            break  # its second change waits for the first one's receipt
        seen.add((record_type, record_id))
        chosen.append(int(entry_id))
    if not chosen:
        return None
    batch_id = uuid7()
    conn.exec_driver_sql(
        "INSERT INTO sync_batches (id, server, created_at, attempts) VALUES (?, ?, ?, 0)",
        (batch_id, server, now()),
    )
    conn.exec_driver_sql(
        "UPDATE outbox SET batch_id = ? WHERE id IN (SELECT value FROM json_each(?))",
        (batch_id, json.dumps(chosen)),
    )
    return _load(conn, batch_id)


def _load(conn: SQLConnection, batch_id: str) -> Batch:
    rows = conn.exec_driver_sql(
        "SELECT id, payload FROM outbox WHERE batch_id = ? AND acked_at IS NULL ORDER BY id",
        (batch_id,),
    ).all()
    return Batch(
        id=batch_id,
        entries=[int(row[0]) for row in rows],
        items=[json.loads(row[1]) if isinstance(row[1], str) else row[1] for row in rows],
    )


def set_aside(conn: SQLConnection, blocked: Collection[str]) -> set[str]:
    """The interviews waiting in the outbox that name one of the `blocked` files (the server
    lacks it and this device's copy is missing or damaged): their ids. An unacknowledged
    batch holding one is dissolved, its entries back to no batch, so the rest is sent in new
    batches. That is safe: the server stores a batch only when it holds every file the batch
    names, and it never loses a file, so a batch naming a file it lacks now was never stored."""
    if not blocked:
        return set()
    rows = conn.exec_driver_sql(
        "SELECT DISTINCT o.record_id FROM outbox o, json_each(o.payload, '$.data.attachments') a "
        "WHERE o.acked_at IS NULL AND o.record_type = 'interview' "
        "AND json_extract(a.value, '$.sha256') IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(blocked)),),
    ).all()
    held = {str(row[0]) for row in rows}
    if held:
        conn.exec_driver_sql(
            "UPDATE outbox SET batch_id = NULL WHERE acked_at IS NULL AND batch_id IN "
            "(SELECT batch_id FROM outbox WHERE acked_at IS NULL AND record_type = 'interview' "
            "AND record_id IN (SELECT value FROM json_each(?)))",
            (json.dumps(sorted(held)),),
        )
    return held


def waiting_sentences(conn: SQLConnection, held: Collection[str]) -> list[str]:
    """One sentence per interview set aside: its household's unit (a place, nothing
    personal) and how to repair it."""
    rows = conn.exec_driver_sql(
        "SELECT coalesce(u.path_code, ''), i.id FROM interviews i "
        "LEFT JOIN households h ON h.id = i.household_id LEFT JOIN areas u ON u.id = h.unit_id "
        "WHERE i.id IN (SELECT value FROM json_each(?)) ORDER BY 1, 2",
        (json.dumps(sorted(held)),),
    ).all()
    out = []
    for unit, interview_id in rows:
        where = f"the household at {str(unit).rsplit('/', 1)[-1]}" if unit else "a household"
        out.append(
            f"The interview of {where} ({str(interview_id)[:8]}…) waits on this device: a "
            "photo or file it names is missing or damaged in the data folder's attachments/, "
            "and the server does not have it. Put attachments/ back from a copy of the data "
            "folder, or, if the interview is returned for correction, choose the photo again "
            "or remove it; then sync again. Everything else was sent."
        )
    return out


def note_attempt(db: Database, batch: Batch, error: str | None = None) -> None:
    """Count a try of `batch` (and keep the sentence of its failure) on its entries."""
    ids = json.dumps(batch.entries)
    with db.write() as conn:
        conn.exec_driver_sql(
            "UPDATE sync_batches SET attempts = attempts + 1 WHERE id = ?", (batch.id,)
        )
        conn.exec_driver_sql(
            "UPDATE outbox SET attempts = attempts + 1, last_error = ? "
            "WHERE id IN (SELECT value FROM json_each(?))",
            (error, ids),
        )


# Entries whose batch was never sent from here: not in a batch yet, or in one made by
# `tinjau outbox export` ahead of its predecessors' receipts. Their base revisions may still move
# up after a receipt; the server's import of the export moves them the very same way
# (`rebase`), so a batch sent later under the same id is the same batch.
_NOT_SENT = (
    "(batch_id IS NULL OR batch_id IN "
    "(SELECT id FROM sync_batches WHERE attempts = 0 AND received_at IS NULL))"
)


def rebase(items: list[dict[str, Any]], receipt: PushReceipt) -> None:
    """Move the base revisions of `items` (later batches' payloads) up to what `receipt` gave
    their records, as `store_receipt` does for the entries still on the device."""
    given = {
        (item.record_type, item.record_id): item.revision
        for item in receipt.items
        if item.status != "conflict"
    }
    for item in items:
        revision = given.get((item["record_type"], str(item["record_id"])))
        if revision is not None and item["base_revision"] < revision:
            item["base_revision"] = revision


def store_receipt(db: Database, batch: Batch, answer: dict[str, Any]) -> PushReceipt:
    """Store the server's receipt for `batch` and, in the same transaction, mark its entries
    sent and acknowledged; move the records' revisions up to what the server gave."""
    try:
        receipt = PushReceipt.model_validate(answer)
    except ValueError:
        raise SyncError(
            "The server's receipt for a batch could not be read; nothing was marked as sent. "
            "Sync again; if it keeps happening, the server may need updating.",
            code="bad_receipt",
        ) from None
    sent = {(item["record_type"], str(item["record_id"])) for item in batch.items}
    got = {(item.record_type, item.record_id) for item in receipt.items}
    if receipt.batch_id != batch.id or sent != got:
        raise SyncError(
            "The server's receipt does not match the batch it answers; nothing was marked as "
            "sent. Sync again.",
            code="bad_receipt",
        )
    stamp = now()
    with db.write() as conn:
        conn.exec_driver_sql(
            "UPDATE sync_batches SET received_at = ?, receipt = ? WHERE id = ?",
            (stamp, receipt.model_dump_json(), batch.id),
        )
        conn.exec_driver_sql(
            "UPDATE outbox SET sent_at = ?, acked_at = ?, last_error = NULL "
            "WHERE batch_id = ? AND acked_at IS NULL",
            (stamp, stamp, batch.id),
        )
        note_receipt(
            conn,
            batch.id,
            ((item.record_type, item.record_id, item.status) for item in receipt.items),
            stamp,
        )
        for item in receipt.items:
            if item.status == "conflict":
                continue  # the server kept both versions; a ward officer settles it
            column = "server_revision" if item.record_type == "interview" else "revision"
            conn.exec_driver_sql(
                f"UPDATE {TABLES[item.record_type]} SET {column} = ? "
                f"WHERE id = ? AND coalesce({column}, 0) < ?",
                (item.revision, item.record_id, item.revision),
            )
            conn.exec_driver_sql(
                "UPDATE outbox SET payload = json_set(payload, '$.base_revision', ?) "
                "WHERE record_type = ? AND record_id = ? AND acked_at IS NULL "
                f"AND {_NOT_SENT} AND json_extract(payload, '$.base_revision') < ?",
                (item.revision, item.record_type, item.record_id, item.revision),
            )
    return receipt


def push_outbox(
    db: Database,
    connection: Connection,
    device_id: str,
    *,
    batch_size: int = DEFAULT_BATCH,
    on_progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    upload_files: Callable[[list[dict[str, Any]]], None] | None = None,
    blocked: Callable[[], Collection[str]] | None = None,
) -> SyncReport:
    """Send every pending entry, batch after batch; the report says what happened. A failure
    stops at the batch it happened in (its id kept for the resend) and is the report's
    `error`. `on_progress(sent, total)` follows each acknowledged batch; `should_stop` is asked
    before each batch (a stop leaves the rest pending and the report `stopped`). When the
    server refuses a batch for files it lacks (409 `attachments_missing`, nothing stored),
    `upload_files(items)` sends them and the same batch is sent once more. The interviews
    naming a file of `blocked()` (missing or damaged here, lacking on the server) are set
    aside (`set_aside`) and named in `files_waiting`; everything else goes."""
    report = SyncReport(server=connection.server)
    total = pending_count(db)
    held: set[str] = set()

    def hold() -> set[str]:
        """Set aside the interviews naming a file that cannot go; the newly held ones."""
        if blocked is None:
            return set()
        with db.write() as conn:
            found = set_aside(conn, blocked()) - held
        held.update(found)
        return found

    if on_progress is not None:
        on_progress(0, total)
    try:
        hold()
        while True:
            if should_stop is not None and should_stop():
                report.stopped = True
                break
            batch = open_batch(db, connection.server, batch_size, held)
            if batch is None:
                break
            body = {"device_id": device_id, "batch_id": batch.id, "items": batch.items}
            try:
                try:
                    answer = connection.post("/sync/push", body, compress=True)
                except SyncError as error:
                    if error.code != "attachments_missing" or upload_files is None:
                        raise
                    note_attempt(db, batch, str(error))
                    upload_files(batch.items)
                    if hold():
                        continue  # the batch named a file that cannot go: it was dissolved
                    answer = connection.post("/sync/push", body, compress=True)
            except SyncError as error:
                note_attempt(db, batch, str(error))
                raise
            note_attempt(db, batch)
            receipt = store_receipt(db, batch, answer)
            report.batches += 1
            report.sent += len(batch.items)
            for item in receipt.items:
                if item.status == "accepted":
                    report.accepted += 1
                elif item.status == "unchanged":
                    report.unchanged += 1
                else:
                    report.conflicts.append(
                        {"record_type": item.record_type, "record_id": item.record_id}
                    )
            if on_progress is not None:
                on_progress(min(report.sent, max(total, report.sent)), max(total, report.sent))
    except SyncError as error:
        report.error = str(error)
        report.error_code = error.code
    report.pending = pending_count(db)
    if held:
        with db.read() as conn:
            report.files_waiting = waiting_sentences(conn, held)
    return report
