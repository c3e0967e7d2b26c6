"""Putting a backup back in place of a workspace (`tinjau restore`, File > Restore from backup…).

The backup is checked first; a workspace with changes later than the backup's is not replaced
without `force`, nor one another program has open; a safety copy of the workspace goes to its
backups/ folder; then the backup is swapped in atomically. Every refusal leaves every file as
it was. The rules are stated for users in docs/your-data.md.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.survey.db import cipher, health, keys
from app.survey.db.backups import (
    DAMAGED,
    STAMP_FORMAT,
    backup_database,
    copy_database,
    file_state,
    fsync,
    new_private_file,
    private_folder,
    prune,
)
from app.survey.errors import DatabaseError

log = logging.getLogger(__name__)

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


def last_change(conn: cipher.Connection) -> str | None:
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
    key: bytes | None = None


def check_backup(backup: Path) -> BackupCheck:
    """Refuse (DatabaseError) a file that is not a sound Tinjau database this version can
    read: not SQLite, damaged, without a schema version, or written by a newer Tinjau."""
    from app.survey.db import migrate

    backup = backup.resolve()
    nothing = "nothing was changed"
    if not backup.is_file():
        raise DatabaseError(f"There is no file {backup}. Give the backup's path; {nothing}.")
    encrypted = not keys.is_plain_sqlite(backup)
    if encrypted and not keys.find_key_file(backup).exists():
        raise DatabaseError(
            f"{backup} is not a Tinjau backup (not an SQLite file), or it is an encrypted one "
            f"whose key file ({keys.key_file(backup).name}) is not beside it; {nothing}."
        )
    key = keys.data_key_for(backup) if encrypted else None
    try:
        if encrypted:
            try:
                with health.peek(backup, key) as conn:
                    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except cipher.DatabaseError as error:
                if health.is_damage(error):
                    raise DatabaseError(
                        f"{backup} cannot be read: it is not an SQLite file, not one its key "
                        f"file opens (a backup of another workspace), or damaged. Choose "
                        f"another backup; {nothing}."
                    ) from None
                raise
        if not health.is_sound(backup):
            raise DatabaseError(
                f"{backup} is damaged (SQLite's check found errors in it). Choose another "
                f"backup; {nothing}."
            )
        with health.peek(backup, key) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if "alembic_version" not in tables:
                raise DatabaseError(
                    f"{backup} is an SQLite file but not a Tinjau backup; {nothing}."
                )
            revisions = frozenset(
                r[0] for r in conn.execute("SELECT version_num FROM alembic_version")
            )
            changed = last_change(conn)
    except cipher.DatabaseError as error:
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
    return BackupCheck(backup, revisions, changed, key)


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
    except (cipher.Error, DatabaseError):
        return None
    if ours is not None and (check.last_change is None or ours > check.last_change):
        return ours
    return None


def _when(stamp: str | None) -> str:
    """A stored UTC timestamp as a person reads it: "2026-12-04 08:15:02 UTC"."""
    if stamp is None:
        return "none"
    return f"{stamp[:19].replace('T', ' ')} UTC" if len(stamp) >= 19 else stamp


def _newer(path: Path, ours: str, check: BackupCheck) -> DatabaseError:
    return DatabaseError(
        f"The workspace in {path.parent} has changes made after this backup (its last "
        f"change is {_when(ours)}, the backup's {_when(check.last_change)}), and restoring "
        "would lose them. Restore anyway with --force (a copy of the workspace is kept in "
        "its backups folder); nothing was changed."
    )


def _busy(path: Path) -> DatabaseError:
    return DatabaseError(
        f"{path} is open in another Tinjau program (the window, or a command still running). "
        "Close it and try again; nothing was changed."
    )


@contextlib.contextmanager
def _sole_access(path: Path) -> Iterator[cipher.Connection]:
    """The workspace file locked for this connection alone: no other program has it open
    (SQLite connections in WAL mode hold a shared lock for as long as they are open), else
    DatabaseError "busy". Taking the lock changes no file."""
    conn = cipher.connect(path, keys.data_key_for(path), timeout=0, isolation_level=None)
    try:
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("ROLLBACK")  # the lock stays: exclusive mode keeps it until close
    except cipher.OperationalError as error:
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
        private_folder(folder)
    stamp = datetime.now(UTC).strftime(STAMP_FORMAT)
    target = folder / f"{path.stem}-backup-{stamp}-{DAMAGED}-{file_state(path)}{path.suffix}"
    for part, copy in ((path, target), (health.companions(path)[0], health.companions(target)[0])):
        if part.exists():
            new_private_file(copy)
            shutil.copyfile(part, copy)
            fsync(copy)
    return target


def restore_backup(backup: Path, path: Path, *, force: bool = False) -> Restored:
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
    own_key = keys.key_file(path)
    take_key = check.key is not None and not own_key.exists()
    if check.key is not None and not take_key and keys.open_existing(path) != check.key:
        raise DatabaseError(
            f"{backup} is a backup of another workspace (it is encrypted with another key), "
            f"and restoring it here would leave {path.parent} unreadable. Restore it into a "
            "new, empty data folder; nothing was changed."
        )
    if not path.parent.is_dir():
        health.make_private_folder(path.parent)
    if take_key:
        # The backup's key file comes with it: the same passphrase opens the restored data.
        keys.write_private(own_key, keys.find_key_file(check.path).read_bytes())
        keys.remember(path, check.key)  # type: ignore[arg-type]
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
            source = cipher.connect(health.read_uri(check.path), check.key, uri=True)
            try:
                copy_database(source, temporary, check.key)
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
        fsync(path.parent)
    finally:
        temporary.unlink(missing_ok=True)
    log.info("Restored %s over %s (safety copy %s)", check.path.name, path, safety)
    with open_database(path) as db:  # upgraded here when the backup is of an older schema
        upgraded = db.backup_path is not None
    if safety is not None:
        prune(path)
    return Restored(safety, upgraded)
