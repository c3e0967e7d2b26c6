"""Backups of a workspace: consistent copies, the automatic ones and how long they are kept,
and putting a backup back (restore).

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
import hashlib
import logging
import os
import re
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.survey.db import health
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
_STAMP = "%Y%m%dT%H%M%S-%fZ"
_NAME = re.compile(r"-backup-(\d{8}T\d{6}-\d{6}Z)-(.+)-([0-9a-f]{10})\.[^.]+$")
# Where a change is recorded, newest first by its text timestamp (UTC, fixed width).
_CHANGE_COLUMNS = (
    ("households", "updated_at"),
    ("members", "updated_at"),
    ("areas", "updated_at"),
    ("interviews", "updated_at"),
    ("interviews", "completed_at"),
    ("assignments", "updated_at"),
    ("review_decisions", "decided_at"),
    ("scores", "computed_at"),
    ("form_versions", "installed_at"),
    ("audit_log", "at"),
)

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
    made = datetime.strptime(found.group(1), _STAMP).replace(tzinfo=UTC)
    return BackupFile(path, made, found.group(2))


def listed(path: Path) -> list[BackupFile]:
    """The backups of the database at `path` (in backups/ and, older ones, beside it), newest
    first."""
    found = [describe(p) for p in health.backups_of(path)]
    return [b for b in found if b is not None]


def _state(path: Path) -> str:
    """A short digest of the file and its -wal: the same state, the same digest."""
    digest = hashlib.sha256()
    for part in (path, health.companions(path)[0]):
        if part.exists():
            with part.open("rb") as handle:
                while chunk := handle.read(1 << 20):
                    digest.update(chunk)
    return digest.hexdigest()[:10]


def _fsync(path: Path) -> None:
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


def _source(path: Path) -> sqlite3.Connection:
    """A connection that reads `path` under SQLite's locks (another program may be writing),
    or, in a folder nobody may write to, as it is."""
    if not health.can_write(path):
        return sqlite3.connect(health.read_uri(path), uri=True)
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S)
    conn.execute("PRAGMA query_only=ON")
    return conn


def _private_folder(folder: Path) -> None:
    """Make `folder` owner-only (0700) if it is new; a USB stick's FAT has no modes to set."""
    try:
        health.make_private_folder(folder)
    except PermissionError:
        if not folder.is_dir():
            raise


def _new_private_file(path: Path) -> None:
    """Create `path`, which must not exist, owner-only (0600; a FAT stick has no modes)."""
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, health.PRIVATE_FILE))
    with contextlib.suppress(OSError):
        path.chmod(health.PRIVATE_FILE)  # os.open's mode is filtered by the umask


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Write `source`'s database to the new file `target` (owner-only) in one step of SQLite's
    backup API (one read transaction: a consistent copy), flush it to disk and check it."""
    _new_private_file(target)
    try:
        copy = sqlite3.connect(target)
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
        _fsync(target)
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def backup_database(
    path: Path, label: str, folder: Path | None = None, *, source: sqlite3.Connection | None = None
) -> Path:
    """Copy the database at `path` into `folder` (default its backups/ folder) with SQLite's
    online backup API, as `<name>-backup-<time>-<label>-<state>.sqlite`; `source` is a
    connection to read it through (default a new one that takes SQLite's locks).

    One backup per state of the file in the folder: asked again while the file is as it was (a
    migration that failed and is tried again), it returns the backup already made.
    """
    path = path.resolve()
    folder = (folder or health.backup_folder(path)).resolve()
    state = _state(path)
    for earlier in listed(path) if folder == health.backup_folder(path) else []:
        if earlier.why == label and earlier.path.stem.endswith(f"-{state}"):
            return earlier.path
    if not folder.is_dir():
        _private_folder(folder)
    stamp = datetime.now(UTC).strftime(_STAMP)
    target = folder / f"{path.stem}-backup-{stamp}-{label}-{state}{path.suffix}"
    if source is not None:
        copy_database(source, target)
    else:
        own = _source(path)
        try:
            copy_database(own, target)
        finally:
            own.close()
    _fsync(folder)
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
    except sqlite3.Error:
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
    except sqlite3.Error:
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
    made = backup_database(path, label)
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


# -- restore -----------------------------------------------------------------------------------


def last_change(conn: sqlite3.Connection) -> str | None:
    """The newest change recorded in the database (UTC text), or None when it holds none.

    A workspace is newer than a backup when its last change is later than the backup's: it
    holds something (a household, an answer, a score, a form) the backup does not.
    """
    tables = {
        (table, column)
        for table, column in _CHANGE_COLUMNS
        for (name,) in conn.execute(
            "SELECT name FROM pragma_table_info(?) WHERE name = ?", (table, column)
        )
    }
    newest: str | None = None
    for table, column in sorted(tables):
        (value,) = conn.execute(f'SELECT max("{column}") FROM "{table}"').fetchone()
        if value is not None and (newest is None or str(value) > newest):
            newest = str(value)
    return newest


@dataclass(frozen=True)
class BackupCheck:
    """A backup that passed every check before a restore: its schema and its last change."""

    path: Path
    revisions: frozenset[str]
    last_change: str | None


def check_backup(backup: Path) -> BackupCheck:
    """Refuse (DatabaseError) a file that is not a sound Tinjau database this version can
    read: not SQLite, damaged, without a schema version, or written by a newer Tinjau."""
    from app.survey.db import migrate

    backup = backup.resolve()
    nothing = "nothing was changed"
    if not backup.is_file():
        raise DatabaseError(f"There is no file {backup}. Give the backup's path; {nothing}.")
    with backup.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise DatabaseError(f"{backup} is not a Tinjau backup (not an SQLite file); {nothing}.")
    try:
        if not health.is_sound(backup):
            raise DatabaseError(
                f"{backup} is damaged (SQLite's check found errors in it). Choose another "
                f"backup; {nothing}."
            )
        with health.peek(backup) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if "alembic_version" not in tables:
                raise DatabaseError(
                    f"{backup} is an SQLite file but not a Tinjau backup; {nothing}."
                )
            revisions = frozenset(
                r[0] for r in conn.execute("SELECT version_num FROM alembic_version")
            )
            changed = last_change(conn)
    except sqlite3.DatabaseError as error:
        if health.is_damage(error):
            raise DatabaseError(
                f"{backup} is damaged (SQLite cannot read it). Choose another backup; {nothing}."
            ) from None
        raise DatabaseError(f"{backup} cannot be read ({error}); {nothing}.") from None
    if not revisions:
        raise DatabaseError(
            f"{backup} has lost its schema version; choose another backup; {nothing}."
        )
    unknown = revisions - migrate.known_revisions()
    if unknown:
        raise DatabaseError(
            f"{backup} was written by a newer version of Tinjau (schema "
            f"{', '.join(sorted(unknown))}). Install the newer version to restore it; {nothing}."
        )
    return BackupCheck(backup, revisions, changed)


@dataclass(frozen=True)
class Restored:
    """What a restore did: the safety copy of the workspace it replaced (None: there was no
    workspace), and whether the restored file was upgraded to this version's schema."""

    safety_copy: Path | None
    upgraded: bool


def newer_than(path: Path, check: BackupCheck) -> str | None:
    """The workspace's last change when it is later than the backup's, else None (also when
    there is no workspace, or it cannot be read: then the restore is what it needs)."""
    if not path.is_file():
        return None
    try:
        with health.peek(path) as conn:
            ours = last_change(conn)
    except sqlite3.Error:
        return None
    if ours is not None and (check.last_change is None or ours > check.last_change):
        return ours
    return None


def _newer(path: Path, ours: str, check: BackupCheck) -> DatabaseError:
    return DatabaseError(
        f"The workspace in {path.parent} has changes made after this backup (its last "
        f"change is {ours}, the backup's {check.last_change or 'none'}), and restoring "
        "would lose them. Restore anyway with --force (a copy of the workspace is kept in "
        "its backups folder); nothing was changed."
    )


def _busy(path: Path) -> DatabaseError:
    return DatabaseError(
        f"{path} is open in another Tinjau program (the window, or a command still running). "
        "Close it and try again; nothing was changed."
    )


@contextlib.contextmanager
def _sole_access(path: Path) -> Iterator[sqlite3.Connection]:
    """The workspace file locked for this connection alone: no other program has it open
    (SQLite connections in WAL mode hold a shared lock for as long as they are open), else
    DatabaseError "busy". Taking the lock changes no file."""
    conn = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("ROLLBACK")  # the lock stays: exclusive mode keeps it until close
    except sqlite3.OperationalError as error:
        conn.close()
        if "locked" in str(error) or "busy" in str(error):
            raise _busy(path) from None
        raise
    except BaseException:
        conn.close()
        raise
    try:
        yield conn
    finally:
        conn.close()


def _keep_damaged(path: Path) -> Path:
    """The bytes of a damaged workspace file (and its -wal), kept in backups/ as they are."""
    folder = health.backup_folder(path)
    if not folder.is_dir():
        _private_folder(folder)
    stamp = datetime.now(UTC).strftime(_STAMP)
    target = folder / f"{path.stem}-backup-{stamp}-{DAMAGED}-{_state(path)}{path.suffix}"
    for part, copy in ((path, target), (health.companions(path)[0], health.companions(target)[0])):
        if part.exists():
            _new_private_file(copy)
            shutil.copyfile(part, copy)
            _fsync(copy)
    return target


def restore(backup: Path, path: Path, *, force: bool = False) -> Restored:
    """Put `backup` in place of the workspace database at `path`; see docs/your-data.md.

    Checks the backup first, refuses a workspace with changes later than the backup's (unless
    `force`) or open in another program, keeps a safety copy of the workspace in backups/, then
    swaps the file in atomically (a copy in the same folder, flushed to disk, then renamed over
    it). Every refusal leaves every file as it was. A damaged workspace needs no --force: its
    bytes are kept as they are (`...-damaged-...`).
    """
    from app.survey.db.engine import open_database

    path = path.resolve()
    check = check_backup(backup)
    if check.path == path:
        raise DatabaseError(
            f"{backup} is the workspace itself; choose a backup. Nothing was changed."
        )
    exists = path.exists()
    damaged = exists and not health.is_sound(path)
    newer = None if damaged else newer_than(path, check)
    if newer is not None and not force:
        raise _newer(path, newer, check)
    if path.parent.is_dir() and not health.can_write(path):
        raise health.read_only(path)
    if not path.parent.is_dir():
        health.make_private_folder(path.parent)
    temporary = path.with_name(f".{path.name}.restoring")
    safety = None
    try:
        with contextlib.ExitStack() as stack:
            # Locked first: a workspace open elsewhere is refused before anything is written.
            sole = stack.enter_context(_sole_access(path)) if exists and not damaged else None
            if sole is not None and not force:
                # Asked again under the lock: a change saved since the first look counts too.
                ours = last_change(sole)
                if ours is not None and (check.last_change is None or ours > check.last_change):
                    raise _newer(path, ours, check)
            temporary.unlink(missing_ok=True)
            source = sqlite3.connect(health.read_uri(check.path), uri=True)
            try:
                copy_database(source, temporary)
            finally:
                source.close()
            if damaged:
                safety = _keep_damaged(path)
            elif sole is not None:
                safety = backup_database(path, "restore", source=sole)
                # Everything is in the file now; the -wal goes when this connection closes.
                sole.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        wal, shm = health.companions(path)
        if wal.exists() and exists and not damaged:
            raise _busy(path)  # opened by another program after the lock was let go
        # What is left belongs to the file being replaced (SQLite would read a -wal left here
        # into the restored file): a damaged file's -wal (its bytes are in the safety copy),
        # the -shm the exclusive lock leaves behind, or leftovers of a file since deleted.
        wal.unlink(missing_ok=True)
        shm.unlink(missing_ok=True)
        os.replace(temporary, path)
        _fsync(path.parent)
    finally:
        temporary.unlink(missing_ok=True)
    log.info("Restored %s over %s (safety copy %s)", check.path.name, path, safety)
    with open_database(path) as db:  # upgraded here when the backup is of an older schema
        upgraded = db.backup_path is not None
    if safety is not None:
        prune(path)
    return Restored(safety, upgraded)
