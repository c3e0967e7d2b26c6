"""The outbox carried by hand, for a site that never gets a connection: `tinjau outbox export`
writes every pending change as the batches a sync would send, and the server's
`tinjau-server import-outbox` applies them through the push code.

The batches are made exactly as a sync makes them (`push.new_batch`): their ids are stored on
the device first, so a later real sync sends the very same batches under the very same ids and
the server answers the receipts it gave the import, storing nothing twice. The entries stay
pending on the device until such a sync stores the receipts.

The file is gzip-compressed JSON: `{"format": "tinjau-outbox", "version": 1, "device_id",
"exported_at", "batches": [{"device_id", "batch_id", "items"}], "sha256", "files"}`, where
`sha256` is the digest of the batches' canonical JSON (a file changed or cut short is refused
on import) and `files` maps the sha256 of every file the interviews name (photos, recordings)
to its bytes in base64: the server accepts an interview only with its files, so the import
stores them first (each checked against its sha256). A file missing or damaged on the device
is left out: the import then stops at the batch that needs it, unless the server has it.
It holds personal data (names, national IDs, answers), so it is written readable by its owner
only, in one function (`write_outbox_export`) that can be wrapped to encrypt it.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.survey.db import Database
from app.survey.records.attachments import folder_of, path_of
from app.survey.records.recorder import now
from app.sync.attachments import files_of
from app.sync.push import DEFAULT_BATCH, new_batch, unacknowledged_batches

FORMAT = "tinjau-outbox"
VERSION = 1
EXPORT_SERVER = "outbox export"  # the `server` a batch made by an export is stored under


@dataclass(frozen=True)
class Exported:
    path: Path
    batches: int
    changes: int


def batches_digest(batches: list[dict[str, Any]]) -> str:
    text = json.dumps(batches, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def write_outbox_export(
    path: Path, batches: list[dict[str, Any]], files: dict[str, bytes] | None = None
) -> None:
    """Write `batches` (push bodies: device_id, batch_id, items) and the interviews' `files`
    (sha256 -> bytes) to `path` as the export file, readable by its owner only (0600),
    replacing it in one step. The one place the file is written: wrap it to encrypt the
    export."""
    device_ids = {batch["device_id"] for batch in batches}
    document = {
        "format": FORMAT,
        "version": VERSION,
        "device_id": device_ids.pop() if len(device_ids) == 1 else None,
        "exported_at": now(),
        "batches": batches,
        "sha256": batches_digest(batches),
        "files": {
            sha: base64.b64encode(content).decode("ascii")
            for sha, content in sorted((files or {}).items())
        },
    }
    data = gzip.compress(
        json.dumps(document, separators=(",", ":"), ensure_ascii=False).encode("utf-8"), mtime=0
    )
    temporary = path.with_name(f".{path.name}.{os.getpid()}.new")
    descriptor = os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        temporary.chmod(0o600)  # os.open's mode is filtered by the umask; this is not
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def export_outbox(db: Database, path: Path, *, batch_size: int = DEFAULT_BATCH) -> Exported:
    """Make batches of every pending change (the unacknowledged ones first, as a sync resends
    them), store their ids, and write them to `path`."""
    device_id = db.device_id
    with db.write() as conn:
        batches = unacknowledged_batches(conn)
        while (batch := new_batch(conn, EXPORT_SERVER, batch_size)) is not None:
            batches.append(batch)
    bodies = [
        {"device_id": device_id, "batch_id": batch.id, "items": batch.items} for batch in batches
    ]
    write_outbox_export(path, bodies, _files(db, bodies))
    return Exported(path, len(bodies), sum(len(b["items"]) for b in bodies))


def _files(db: Database, bodies: list[dict[str, Any]]) -> dict[str, bytes]:
    """The bytes of the files the batches' interviews name, each whole (its sha256 checked);
    one missing or damaged here is left out (see the module docstring)."""
    folder = folder_of(db)
    found: dict[str, bytes] = {}
    for sha, size in files_of(item for body in bodies for item in body["items"]).items():
        try:
            content = path_of(folder, sha).read_bytes()
        except OSError:
            continue
        if len(content) == size and hashlib.sha256(content).hexdigest() == sha:
            found[sha] = content
    return found
