"""Backups of a workspace: consistent copies, the automatic ones and how long they are kept.
Putting one back is `app.survey.db.restore`.

A backup is one SQLite file made with SQLite's online backup API: a consistent copy of the
database and its -wal taken while another program (the window) goes on writing. They live in
the data folder's `backups/` (0700, files 0600), named
`tinjau-backup-<UTC time>-<why>-<state>.sqlite`; `<why>` is `daily`, `manual`, or the bulk
change it was made before (`census-import`, `rescore`, `restore`, `schema-<old version>`).

Kept (the policy, per workspace in its `meta` table, set with `tinjau backup --keep-days N
--keep-changes K`): the daily backups of the last `keep_days` days (14), the newest `keep_changes`
backups made before a change (10), and every manual one. The newest daily backup is always kept.

Automatic backups are made only by the programs a person runs (`tinjau` and the window call
`enable_automatic()`; a library caller or a test never gets files it did not ask for): a daily
one after the first change of a day that a command commits (or when the window opens a
workspace), and one before each bulk change, removed again when that change is refused.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import logging
import os
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.survey.db import cipher, health, keys
from app.survey.errors import DatabaseError

log = logging.getLogger(__name__)

DAILY = "daily"
MANUAL = "manual"
DAMAGED = "damaged"
KEEP_DAYS = ("backup_keep_days", 14)
KEEP_CHANGES = ("backup_keep_changes", 10)
BUSY_TIMEOUT_S = 10.0
# Microseconds apart from the seconds: "HHMMSSffffff" is twelve digits in a row, which the
# log filter masks as a national ID, and the log line naming the backup became useless.
STAMP_FORMAT = "%Y%m%dT%H%M%S-%fZ"
_NAME = re.compile(r"-backup-(\d{8}T\d{6}-\d{6}Z)-(.+)-([0-9a-f]{10})\.[^.]+$")

_automatic = False


def enable_automatic(on: bool = True) -> None:
    """Make daily and before-change backups from now on (entry points only)."""
    global _automatic
    _automatic = on


def automatic_enabled() -> bool:
    return _automatic


@dataclass(frozen=True)
class BackupFile:
    """A backup found on disk: when it was made and why (`daily`, `manual`, `census-import`...)."""

    path: Path
    made_at: datetime
    why: str

    @property
    def before_change(self) -> bool:
        return self.why not in (DAILY, MANUAL, DAMAGED)


def describe(path: Path) -> BackupFile | None:
    """What a backup's name says, or None when it is not one of Tinjau's backup names."""
    found = _NAME.search(path.name)
    if found is None:
        return None
    made = datetime.strptime(found.group(1), STAMP_FORMAT).replace(tzinfo=UTC)
    return BackupFile(path, made, found.group(2))


def listed(path: Path) -> list[BackupFile]:
    """The backups of the database at `path` (in backups/ and, older ones, beside it), newest
    first."""
    found = [describe(p) for p in health.backups_of(path)]
    return [b for b in found if b is not None]


def file_state(path: Path) -> str:
    """A short digest of the file and its -wal: the same state, the same digest."""
    digest = hashlib.sha256()
    for part in (path, health.companions(path)[0]):
        if part.exists():
            with part.open("rb") as handle:
                while chunk := handle.read(1 << 20):
                    digest.update(chunk)
    return digest.hexdigest()[:10]


def fsync(path: Path) -> None:
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) if path.is_dir() else os.O_RDWR
    try:
        fd = os.open(path, flags)
    except OSError:
        return  # a folder cannot be opened on Windows: its entries are durable there anyway
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (a USB stick's FAT) refuse fsync on a folder
    finally:
        os.close(fd)


def _source(path: Path, key: bytes | None) -> cipher.Connection:
    """A connection that reads `path` under SQLite's locks (another program may be writing),
    or, in a folder nobody may write to, as it is."""
    if not health.can_write(path):
        return cipher.connect(health.read_uri(path), key, uri=True)
    conn = cipher.connect(path, key, timeout=BUSY_TIMEOUT_S)
    conn.execute("PRAGMA query_only=ON")
    return conn


def private_folder(folder: Path) -> None:
    """Make `folder` owner-only (0700) if it is new; a USB stick's FAT has no modes to set."""
    try:
        health.make_private_folder(folder)
    except PermissionError:
        if not folder.is_dir():
            raise


def new_private_file(path: Path) -> None:
    """Create `path`, which must not exist, owner-only (0600; a FAT stick has no modes)."""
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, health.PRIVATE_FILE))
    with contextlib.suppress(OSError):
        path.chmod(health.PRIVATE_FILE)  # os.open's mode is filtered by the umask


def copy_refused(folder: Path, error: BaseException) -> DatabaseError | None:
    """The sentence for a copy into `folder` that failed for want of room or of a drive (a
    full USB stick, one pulled out), or None for any other failure."""
    code = health.error_code(error)
    number = error.errno if isinstance(error, OSError) else None
    undone = "what was written of it was removed and the workspace was not changed"
    if code == health.SQLITE_FULL or number in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return DatabaseError(
            f"There is not enough space on the disk holding {folder} for a copy of the "
            f"workspace; {undone}. Free some space on that disk, or use another, and try again."
        )
    if code in (health.SQLITE_IOERR, health.SQLITE_CANTOPEN) or number in (
        errno.EIO,
        errno.ENODEV,
        errno.ENXIO,
    ):
        return DatabaseError(
            f"The copy into {folder} failed because a disk could not be read or written (was "
            f"a drive or USB stick removed?); {undone}. Check the drives and try again."
        )
    return None


def _remove_copy(target: Path) -> None:
    """A copy that failed, with the journal and -wal/-shm SQLite may leave beside it."""
    for part in (target, target.with_name(target.name + "-journal"), *health.companions(target)):
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)


def copy_database(source: cipher.Connection, target: Path, key: bytes | None) -> None:
    """Write `source`'s database to the new file `target` (owner-only) in one step of SQLite's
    backup API (one read transaction: a consistent copy), flush it to disk and check it.
    `key` is the source's key: the copy is encrypted with it, page for page (None: both plain).

    A copy that fails is removed (with its journal); no room or no drive is a DatabaseError
    that says so (`copy_refused`).
    """
    try:
        new_private_file(target)
    except OSError as error:
        raise copy_refused(target.parent, error) or error from None
    try:
        copy = cipher.connect(target, key)
        try:
            source.backup(copy)
            sound = health.passes_quick_check(copy)
        finally:
            copy.close()
        if not sound:
            raise DatabaseError(
                f"The copy written to {target} failed SQLite's check (is the disk failing?); "
                "it was removed. Try again, or copy to another disk."
            )
        fsync(target)
    except (cipher.Error, OSError) as error:
        _remove_copy(target)
        refused = copy_refused(target.parent, error)
        if refused is None:
            raise
        log.info("A copy into %s failed (%s)", target.parent, type(error).__name__)
        raise refused from None
    except BaseException:
        _remove_copy(target)
        raise


def backup_database(
    path: Path, label: str, folder: Path | None = None, *, source: cipher.Connection | None = None
) -> Path:
    """Copy the database at `path` into `folder` (default its backups/ folder) with SQLite's
    online backup API, as `<name>-backup-<time>-<label>-<state>.sqlite`; `source` is a
    connection to read it through (default a new one that takes SQLite's locks).

    The copy is encrypted with the workspace's key. Outside the workspace's backups/ folder (a
    USB stick) a copy of the key file goes beside it (`<backup>.key`: the data key wrapped under
    the passphrase and the recovery key, nothing readable without one), so it can be restored
    on another computer.

    One backup per state of the file in the folder: asked again while the file is as it was (a
    migration that failed and is tried again), it returns the backup already made.
    """
    path = path.resolve()
    folder = (folder or health.backup_folder(path)).resolve()
    state = file_state(path)
    for earlier in listed(path) if folder == health.backup_folder(path) else []:
        if earlier.why == label and earlier.path.stem.endswith(f"-{state}"):
            return earlier.path
    made_folder = not folder.is_dir()
    if made_folder:
        try:
            private_folder(folder)
        except OSError as error:
            raise copy_refused(folder, error) or error from None
    stamp = datetime.now(UTC).strftime(STAMP_FORMAT)
    target = folder / f"{path.stem}-backup-{stamp}-{label}-{state}{path.suffix}"
    key = keys.data_key_for(path)
    holder = keys.find_key_file(path)
    beside = keys.key_file(target)
    try:
        if source is not None:
            copy_database(source, target, key)
        else:
            own = _source(path, key)
            try:
                copy_database(own, target, key)
            finally:
                own.close()
        if key is not None and folder != health.backup_folder(path) and holder.exists():
            new_private_file(beside)
            shutil.copyfile(holder, beside)
            fsync(beside)
    except BaseException:
        _remove_copy(target)
        beside.unlink(missing_ok=True)
        if made_folder:  # a refused copy leaves no empty folder behind either
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
    fsync(folder)
    return target


# -- the automatic ones ------------------------------------------------------------------------


@dataclass(frozen=True)
class Policy:
    """How many automatic backups are kept (see the module docstring)."""

    keep_days: int = KEEP_DAYS[1]
    keep_changes: int = KEEP_CHANGES[1]


def read_policy(path: Path) -> Policy:
    """The workspace's policy from its meta table (the defaults where it says nothing)."""
    values: dict[str, int] = {}
    try:
        with health.peek(path) as conn:
            for key, value in conn.execute(
                "SELECT key, value FROM meta WHERE key IN (?, ?)", (KEEP_DAYS[0], KEEP_CHANGES[0])
            ):
                if str(value).isdigit():
                    values[key] = int(value)
    except cipher.Error:
        pass  # no meta table yet: the defaults
    return Policy(
        keep_days=values.get(KEEP_DAYS[0], KEEP_DAYS[1]),
        keep_changes=values.get(KEEP_CHANGES[0], KEEP_CHANGES[1]),
    )


def prune(path: Path, now: datetime | None = None) -> list[Path]:
    """Remove the automatic backups the policy no longer keeps; returns them."""
    policy = read_policy(path)
    now = now or datetime.now(UTC)
    daily = [b for b in listed(path) if b.why == DAILY]
    changes = [b for b in listed(path) if b.before_change]
    old = [b for b in daily[1:] if now - b.made_at > timedelta(days=policy.keep_days)]
    gone = [b.path for b in old + changes[max(policy.keep_changes, 0) :]]
    for backup in gone:
        backup.unlink(missing_ok=True)
        log.info("Removed the old backup %s", backup.name)
    return gone


def _has_households(path: Path) -> bool:
    try:
        with health.peek(path) as conn:
            return conn.execute("SELECT 1 FROM households LIMIT 1").fetchone() is not None
    except cipher.Error:
        return False


def daily_if_due(path: Path, now: datetime | None = None) -> Path | None:
    """Make today's backup when the newest daily one is a day old or more (or there is none);
    an empty workspace has nothing to keep. Returns the new backup, or None."""
    now = now or datetime.now(UTC)
    path = path.resolve()
    newest = next((b for b in listed(path) if b.why == DAILY), None)
    if newest is not None and now - newest.made_at < timedelta(days=1):
        return None
    if not path.is_file() or not health.can_write(path) or not _has_households(path):
        return None
    made = backup_database(path, DAILY)
    log.info("Made the daily backup %s", made.name)
    prune(path, now)
    return made


@contextlib.contextmanager
def before_change(path: Path, label: str) -> Iterator[Path | None]:
    """Back the workspace up before a bulk change made inside the `with`; when the change is
    refused (the body raises) the backup made for it is removed again, so a refusal leaves
    the folder as it was. Does nothing unless automatic backups are enabled."""
    if not _automatic or not path.is_file() or not _has_households(path):
        yield None
        return
    folder = health.backup_folder(path)
    had_folder = folder.exists()
    known = {b.path for b in listed(path)}
    try:
        made = backup_database(path, label)
    except DatabaseError as error:
        raise DatabaseError(
            f"Tinjau backs the workspace up before a change like this one, and that backup "
            f"failed, so nothing was changed. {error}"
        ) from None
    try:
        yield made
    except BaseException:
        if made not in known:
            made.unlink(missing_ok=True)
        if not had_folder:
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
    prune(path)
