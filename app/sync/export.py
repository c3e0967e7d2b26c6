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
It holds personal data (names, national IDs, answers), so it is sealed with an *export
passphrase* asked at export (the server cannot know the workspace's key) and written readable by
its owner only, in one function (`write_outbox_export`). The file on the disk is `TJOUTBX1`
(8 bytes), Argon2id's cost (passes, memory in KiB, lanes: three big-endian 32-bit numbers), a
16-byte random salt, then the gzip-compressed JSON sealed (app.survey.db.crypto's chunked
AES-256-GCM) with the key Argon2id derives from the passphrase and the salt. A changed cost or
salt in the header gives another key, so the file is refused like a wrong passphrase; a cost
beyond what Tinjau writes is refused before any work.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import io
import json
import os
import secrets
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.survey.db import Database, crypto, keys
from app.survey.errors import DatabaseError, TinjauError
from app.survey.records.attachments import folder_of, path_of, read_kept
from app.survey.records.recorder import now
from app.sync.attachments import files_of
from app.sync.push import DEFAULT_BATCH, new_batch, unacknowledged_batches

FORMAT = "tinjau-outbox"
VERSION = 1
EXPORT_SERVER = "outbox export"  # the `server` a batch made by an export is stored under
SEALED_MAGIC = b"TJOUTBX1"
_HEADER = struct.Struct(">III16s")
# The most an export's header may ask Argon2id for: a damaged or hostile header must not make
# the server spend gigabytes or minutes before refusing it.
_MAX_KDF = keys.KdfParams(time_cost=10, memory_kib=1024 * 1024, parallelism=8)


class ExportUnreadable(TinjauError):
    """An export that does not open: another kind of file, damaged, or a wrong passphrase."""


def _kdf_params() -> keys.KdfParams:
    return keys.KDF_TEST_ONLY if keys.cheap_kdf_allowed() else keys.KDF_DEFAULT


def seal_export(passphrase: str, data: bytes) -> bytes:
    """`data` sealed with a key derived from `passphrase` (the file's format: see above)."""
    params, salt = _kdf_params(), secrets.token_bytes(16)
    key = keys.derive(passphrase.encode("utf-8"), salt, params)
    out = io.BytesIO()
    out.write(SEALED_MAGIC)
    out.write(_HEADER.pack(params.time_cost, params.memory_kib, params.parallelism, salt))
    crypto.seal_stream(key, io.BytesIO(data), out)
    return out.getvalue()


def open_export(passphrase: str, raw: bytes, name: str) -> bytes:
    """What `seal_export` sealed; ExportUnreadable (a sentence) when it does not open."""
    head = len(SEALED_MAGIC) + _HEADER.size
    if raw[:2] == b"\x1f\x8b":
        raise ExportUnreadable(
            f"{name} is an outbox export of an older test version, not sealed with a "
            "passphrase; this server no longer takes those. Export it again on the device with "
            "tinjau outbox export. Nothing was changed."
        )
    if len(raw) < head or not raw.startswith(SEALED_MAGIC):
        raise ExportUnreadable(
            f"{name} is not a Tinjau outbox export (or its beginning was damaged). Export it "
            "again on the device with tinjau outbox export; nothing was changed."
        )
    time_cost, memory_kib, parallelism, salt = _HEADER.unpack(raw[len(SEALED_MAGIC) : head])
    params = keys.KdfParams(time_cost, memory_kib, parallelism)
    if not (
        1 <= time_cost <= _MAX_KDF.time_cost
        and 8 * parallelism <= memory_kib <= _MAX_KDF.memory_kib
        and 1 <= parallelism <= _MAX_KDF.parallelism
    ):
        raise ExportUnreadable(
            f"{name} is damaged (its header is not one Tinjau writes). Export it again on the "
            "device with tinjau outbox export; nothing was changed."
        )
    key = keys.derive(passphrase.encode("utf-8"), salt, params)
    out = io.BytesIO()
    try:
        crypto.open_stream(key, io.BytesIO(raw[head:]), out)
    except DatabaseError:
        raise ExportUnreadable(
            f"{name} does not open with this passphrase: the passphrase is wrong (ask the "
            "person who exported it), or the file was damaged or cut short on the way (export "
            "it again). Nothing was changed."
        ) from None
    return out.getvalue()


@dataclass(frozen=True)
class Exported:
    path: Path
    batches: int
    changes: int


def batches_digest(batches: list[dict[str, Any]]) -> str:
    text = json.dumps(batches, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def write_outbox_export(
    path: Path,
    batches: list[dict[str, Any]],
    files: dict[str, bytes] | None = None,
    *,
    passphrase: str,
) -> None:
    """Write `batches` (push bodies: device_id, batch_id, items) and the interviews' `files`
    (sha256 -> bytes) to `path` as the export file sealed with `passphrase`, readable by its
    owner only (0600), replacing it in one step. The one place the file is written."""
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
    data = seal_export(
        passphrase,
        gzip.compress(
            json.dumps(document, separators=(",", ":"), ensure_ascii=False).encode("utf-8"),
            mtime=0,
        ),
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


def export_outbox(
    db: Database, path: Path, *, passphrase: str, batch_size: int = DEFAULT_BATCH
) -> Exported:
    """Make batches of every pending change (the unacknowledged ones first, as a sync resends
    them), store their ids, and write them to `path` sealed with `passphrase` (at least
    keys.MIN_PASSPHRASE characters: refused with a sentence before anything is stored)."""
    keys.check_new_passphrase(passphrase)
    device_id = db.device_id
    with db.write() as conn:
        batches = unacknowledged_batches(conn)
        while (batch := new_batch(conn, EXPORT_SERVER, batch_size)) is not None:
            batches.append(batch)
    bodies = [
        {"device_id": device_id, "batch_id": batch.id, "items": batch.items} for batch in batches
    ]
    write_outbox_export(path, bodies, _files(db, bodies), passphrase=passphrase)
    return Exported(path, len(bodies), sum(len(b["items"]) for b in bodies))


def _files(db: Database, bodies: list[dict[str, Any]]) -> dict[str, bytes]:
    """The bytes of the files the batches' interviews name, each whole (its sha256 checked);
    one missing or damaged here is left out (see the module docstring)."""
    folder = folder_of(db)
    found: dict[str, bytes] = {}
    for sha, size in files_of(item for body in bodies for item in body["items"]).items():
        try:
            content = read_kept(path_of(folder, sha))
        except (OSError, DatabaseError):
            continue
        if len(content) == size and hashlib.sha256(content).hexdigest() == sha:
            found[sha] = content
    return found
