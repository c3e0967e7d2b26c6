"""The files of interviews (photos, audio, video, other files): checked, kept once, linked.

A file chosen for a question is checked against what the question takes before anything is
written: its kind judged from its content (`sniff`), never its name alone; an image's size in
pixels against the form's `max-pixels` parameter; its size against `MAX_BYTES`. A refusal is a
`DomainError` and changes nothing.

A file that passes is kept once, by the sha256 of its content, as `attachments/ab/<sha256>` in
the data folder, sealed with the workspace's key (app.survey.db.crypto, purpose "attachment":
chunked AES-256-GCM), owner-only, written to a temporary file, flushed and renamed, so a crash
leaves the file whole or absent. Every reader goes through `open_kept`, which opens the sealed
file chunk by chunk (and reads a file kept plain by a version before sealing as it is: such a
file is sealed when the same file is chosen again, or by `seal_plain_files`, which runs when a
plain workspace is encrypted and after each interview completed in the desktop app).

The interview's answer holds the file's name, as ODK does: the first 16 hex digits of the
sha256 and an extension for its kind (`3f9a0c...e1.jpg`), which says nothing about the person.
Table `interview_attachments` links interview -> name -> sha256, media type and size.

Files are removed only by `prune`, and only a file nothing names any more: no interview's link,
no change waiting in the outbox, no backup in `backups/` (a backup put back finds its files).
Completing an interview drops the links its answers no longer name (`reconcile`), so replacing
a photo frees the old one, never a file another interview uses.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import sqlite3
import tempfile
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, cast

from sqlalchemy import Connection

from app import paths
from app.survey.db import Database, crypto, keys
from app.survey.db.backups import fsync, listed, private_folder
from app.survey.db.health import PRIVATE_FILE
from app.survey.errors import DatabaseError, DomainError
from app.survey.records.recorder import now
from app.survey.records.sniff import HEAD_BYTES, image_size, sniff

FOLDER = "attachments"
# Question types that take a file, and the kind of file each takes ("any": every kind).
KIND_FOR_TYPE = {"photo": "image", "image": "image", "audio": "audio", "video": "video",
                 "file": "any"}  # fmt: skip
MIB = 1 << 20
# The largest file each kind of question takes: a phone's photo is a few MB, ten minutes of
# sound tens, a short video a few hundred. The server takes up to the largest of them.
MAX_BYTES = {"image": 25 * MIB, "audio": 100 * MIB, "video": 500 * MIB, "any": 100 * MIB}
_NOT_KIND = {"image": "attachment.not_image", "audio": "attachment.not_audio",
             "video": "attachment.not_video"}  # fmt: skip
_PIXEL_BYTES = 1 << 20  # an image's header (and EXIF before it) lies in its first MiB
_COPY_BYTES = 1 << 20
CHUNK_READ = crypto.CHUNK
PRUNE_GRACE_S = 3600.0  # a file younger than this may be about to be linked: kept


@dataclass(frozen=True)
class Attachment:
    """A file an interview uses: the answer holds `name`."""

    name: str
    sha256: str
    media_type: str
    size: int


PURPOSE = "attachment"
_databases: dict[Path, Path] = {}  # attachments folder -> its workspace's database


def folder_of(db: Database) -> Path:
    """The data folder's `attachments/` for the workspace `db`."""
    folder = db.path.parent / FOLDER
    _databases[folder] = db.path
    return folder


def _key(folder: Path) -> bytes | None:
    """The key files under `folder` are sealed with; None for a plain (unencrypted)
    workspace, whose files are kept plain like its database."""
    database = _databases.get(folder) or paths.database_path(folder.parent)
    if keys.data_key_for(database) is None:
        return None
    return crypto.purpose_key(database, PURPOSE)


def open_kept(path: Path) -> BinaryIO:
    """The kept file at `path` opened for reading its content (its plain bytes, with `seek`):
    a sealed file is opened chunk by chunk, one kept plain by an older version is read as it
    is. OSError when it is missing; DatabaseError (on reading) when it was damaged."""
    handle = path.open("rb")
    try:
        if handle.read(len(crypto.MAGIC)) != crypto.MAGIC:
            handle.seek(0)
            return handle
        handle.seek(0)
        key = _key(path.parent.parent)
        if key is None:
            raise DatabaseError(
                f"The file {path.name[:12]}… is sealed but its workspace is not encrypted: "
                "it belongs to another data folder. Nothing was read from it."
            )
        return cast(BinaryIO, io.BufferedReader(crypto.SealedReader(key, handle), CHUNK_READ))
    except BaseException:
        handle.close()
        raise


def read_kept(path: Path) -> bytes:
    """The whole content of the kept file at `path` (see `open_kept`)."""
    with open_kept(path) as handle:
        return handle.read()


def kept_size(handle: BinaryIO) -> int:
    """The content's length of a file opened with `open_kept`."""
    handle.seek(0, io.SEEK_END)
    size = handle.tell()
    handle.seek(0)
    return size


def path_of(folder: Path, sha256: str) -> Path:
    """Where the file with this sha256 is kept under `folder`."""
    return folder / sha256[:2] / sha256


def add_file(
    db: Database,
    *,
    interview_id: str,
    source: Path,
    question_type: str,
    pixels_limit: int | None = None,
) -> Attachment:
    """Check `source` against what a `question_type` question takes, keep it once in the data
    folder and link it to the interview; returns what the answer should hold (`name`).
    Refused with a `DomainError` (and nothing written) when it does not fit."""
    kind = KIND_FOR_TYPE[question_type]
    try:
        handle = source.open("rb")
    except OSError:
        raise DomainError("attachment.unreadable") from None
    with handle:
        size = os.fstat(handle.fileno()).st_size
        if size == 0:
            raise DomainError("attachment.empty")
        limit = MAX_BYTES[kind]
        if size > limit:
            raise DomainError("attachment.too_large", limit=limit // MIB)
        start = handle.read(_PIXEL_BYTES)
        found = sniff(start[:HEAD_BYTES])
        if kind != "any" and found.kind != kind:
            raise DomainError(_NOT_KIND[kind])
        if found.kind == "image" and pixels_limit is not None:
            dimensions = image_size(start, found.media_type)
            if dimensions is not None and max(dimensions) > pixels_limit:
                width, height = dimensions
                raise DomainError(
                    "attachment.too_many_pixels", width=width, height=height, limit=pixels_limit
                )
        folder = folder_of(db)
        sha256 = _store(handle, start, folder, _key(folder))
    attachment = Attachment(
        name=sha256[:16] + found.extension, sha256=sha256, media_type=found.media_type, size=size
    )
    # A failure here leaves the kept file unlinked: `prune` removes it later.
    with db.write() as conn:
        link(conn, interview_id=interview_id, attachment=attachment)
    return attachment


class _Hashing:
    """A reader giving `start`, then the rest of `handle`, hashing all it gives."""

    def __init__(self, start: bytes, handle: Any) -> None:
        self.start, self.handle, self.digest = start, handle, hashlib.sha256()

    def read(self, size: int = _COPY_BYTES) -> bytes:
        if self.start:
            data, self.start = self.start[:size], self.start[size:]
            if len(data) < size:
                data += self.handle.read(size - len(data))
        else:
            data = self.handle.read(size)
        self.digest.update(data)
        return data


def _store(handle: Any, start: bytes, folder: Path, key: bytes | None) -> str:
    """Copy the open file (its first bytes already read as `start`) into `folder`, sealed,
    under the sha256 of its content (replacing what is there under that name); returns the
    sha256."""
    private_folder(folder)
    source = _Hashing(start, handle)
    fd, temporary = tempfile.mkstemp(prefix=".incoming-", dir=folder)
    try:
        with os.fdopen(fd, "wb") as out:
            os.chmod(temporary, PRIVATE_FILE)
            if key is not None:
                crypto.seal_stream(key, cast(BinaryIO, source), out)
            else:
                while chunk := source.read(_COPY_BYTES):
                    out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        sha256 = source.digest.hexdigest()
        target = path_of(folder, sha256)
        # Always put the fresh copy in place (atomically), even over a file of that name: a
        # copy damaged on the disk is repaired by choosing the same photo again (a file kept
        # plain by an older version is sealed so), and a reader (an upload) holding the old
        # one open keeps reading it whole.
        private_folder(target.parent)
        os.replace(temporary, target)
        fsync(target.parent)
        return sha256
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


def seal_plain_files(folder: Path, *, database: Path | None = None) -> int:
    """Seal every file under `folder` still kept plain (by a version before sealing), each
    replaced in one step and only when its content matches its name; returns how many.
    `database`: the workspace's database, when the folder's has not been opened yet."""
    if database is not None:
        _databases[folder] = database
    key = _key(folder)
    if key is None:
        return 0
    sealed = 0
    for path in stored(folder):
        if crypto.is_sealed(path):
            continue
        try:
            with path.open("rb") as handle:
                start = handle.read(_COPY_BYTES)
                work = Path(tempfile.mkdtemp(prefix=".sealing-", dir=folder))
                try:
                    sha256 = _store(handle, start, work, key)
                    if sha256 == path.name:
                        os.replace(path_of(work, sha256), path)
                        sealed += 1
                    # a plain file damaged on the disk stays as it is, for the upload's check
                finally:
                    for leftover in work.glob("**/*"):
                        if leftover.is_file():
                            leftover.unlink()
                    for leftover in sorted(work.glob("**/"), reverse=True):
                        leftover.rmdir()
        except OSError:
            continue  # unreadable, or a read-only stick: read plain until it can be sealed
    return sealed


def link(conn: Connection, *, interview_id: str, attachment: Attachment) -> None:
    """Name `attachment` as one of the interview's files (again: nothing changes)."""
    conn.exec_driver_sql(
        "INSERT OR REPLACE INTO interview_attachments "
        "(interview_id, name, sha256, media_type, size, added_at) VALUES (?,?,?,?,?,?)",
        (interview_id, attachment.name, attachment.sha256, attachment.media_type,
         attachment.size, now()),
    )  # fmt: skip


def for_interview(conn: Connection, interview_id: str) -> list[Attachment]:
    """The interview's files, by name."""
    rows = conn.exec_driver_sql(
        "SELECT name, sha256, media_type, size FROM interview_attachments "
        "WHERE interview_id = ? ORDER BY name",
        (interview_id,),
    ).all()
    return [Attachment(str(n), str(s), str(m), int(z)) for n, s, m, z in rows]


def find(conn: Connection, interview_id: str, name: str) -> Attachment | None:
    """The interview's file called `name`, or None."""
    for attachment in for_interview(conn, interview_id):
        if attachment.name == name:
            return attachment
    return None


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def reconcile(conn: Connection, *, interview_id: str, answers: Mapping[str, Any]) -> int:
    """Drop the interview's links to files its answers no longer name (a photo replaced or
    removed); the files stay until `prune`. Returns how many links were dropped."""
    named = set(_strings(answers))
    gone = [a.name for a in for_interview(conn, interview_id) if a.name not in named]
    if gone:
        conn.exec_driver_sql(
            "DELETE FROM interview_attachments WHERE interview_id = ? "
            "AND name IN (SELECT value FROM json_each(?))",
            (interview_id, json.dumps(gone)),
        )
    return len(gone)


def in_use(conn: Connection) -> set[str]:
    """The sha256 of every file an interview links or a change waiting in the outbox names."""
    linked = {str(r[0]) for r in conn.exec_driver_sql("SELECT sha256 FROM interview_attachments")}
    waiting = conn.exec_driver_sql(
        "SELECT json_extract(a.value, '$.sha256') FROM outbox o, "
        "json_each(o.payload, '$.data.attachments') a "
        "WHERE o.acked_at IS NULL AND o.record_type = 'interview'"
    )
    return linked | {str(r[0]) for r in waiting if r[0]}


def _in_backups(database: Path) -> set[str] | None:
    """The sha256 of every file a backup of `database` links; None when a backup cannot be
    read (then no file is removed)."""
    found: set[str] = set()
    for backup in listed(database):
        try:
            conn = sqlite3.connect(f"file:{backup.path}?mode=ro", uri=True)
        except sqlite3.Error:
            return None
        try:
            known = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE name = 'interview_attachments'"
            ).fetchone()
            if known:
                found.update(str(r[0]) for r in conn.execute(
                    "SELECT sha256 FROM interview_attachments"))  # fmt: skip
        except sqlite3.Error:
            return None
        finally:
            conn.close()
    return found


def stored(folder: Path) -> Iterable[Path]:
    """Every kept file under `folder`."""
    if not folder.is_dir():
        return []
    return [p for p in folder.glob("??/*") if p.is_file() and len(p.name) == 64]


def prune(db: Database, *, grace_s: float = PRUNE_GRACE_S) -> list[str]:
    """Remove the kept files nothing names (see the module's docstring) and older than
    `grace_s`; returns their sha256. Run after a transaction, never inside one."""
    folder = folder_of(db)
    files = list(stored(folder))
    if not files:
        return []
    with db.read() as conn:
        keep = in_use(conn)
    cutoff = time.time() - grace_s
    candidates = []
    for path in files:
        with contextlib.suppress(OSError):  # gone meanwhile: nothing to remove
            if path.name not in keep and path.stat().st_mtime <= cutoff:
                candidates.append(path)
    if not candidates:
        return []  # the usual case: the backups need not be read
    backed_up = _in_backups(db.path)
    if backed_up is None:
        return []
    removed = []
    for path in candidates:
        if path.name in backed_up:
            continue
        with contextlib.suppress(OSError):  # gone meanwhile, or a read-only stick: kept
            path.unlink()
            removed.append(path.name)
    return removed
