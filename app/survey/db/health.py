"""Is a workspace file safe to read and to write: SQLite's own check, write access, the backups
beside it, owner-only files, and the sentences that say what to do when something is wrong.

Every check here reads without creating or changing any file in the data folder, so a refusal
leaves the folder byte for byte as it was. (With a -wal beside the database, because another
program has it open or was killed, reading it needs SQLite's index of the -wal in the -shm,
which any reader may update; the database and its -wal are never changed.)
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

from app.survey.db import cipher, keys
from app.survey.errors import DatabaseError

log = logging.getLogger(__name__)

# SQLite's primary result codes (an extended code keeps its primary one in the low byte).
SQLITE_PERM, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT = 3, 8, 10, 11
SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 13, 14, 26
PRIVATE_FILE = 0o600
# Less room than this on the data folder's disk is a full disk: SQLite cannot make its -wal or
# -shm there, and reports an I/O error rather than SQLITE_FULL.
FULL_BELOW_BYTES = 1 << 20
PRIVATE_FOLDER = 0o700


def companions(path: Path) -> list[Path]:
    """The -wal and -shm files SQLite keeps beside `path` while it is in use."""
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]


def can_write(path: Path) -> bool:
    """Whether this process may change the database at `path` (and create its -wal/-shm).

    os.access also answers for root (a read-only mount, an immutable file) and for Windows'
    read-only attribute, where the permission bits alone would not say.
    """
    existing = [p for p in (path, *companions(path)) if p.exists()]
    return os.access(path.parent, os.W_OK) and all(os.access(p, os.W_OK) for p in existing)


def read_uri(path: Path) -> str:
    """A URI that opens `path` for reading only, creating no -wal or -shm file.

    With no -wal beside the file, no program has it open (SQLite removes the -wal when the last
    connection closes), so every page is in the file and `immutable` may read it without taking
    locks, which is what keeps SQLite from creating a -wal and -shm (and, in a read-only folder,
    is the only way to read it at all). With a -wal, its pages are needed: a plain read-only open.
    """
    mode = "mode=ro" if companions(path)[0].exists() else "immutable=1"
    return f"{path.resolve().as_uri()}?{mode}"


@contextlib.contextmanager
def peek(path: Path, key: bytes | None | object = ...) -> Iterator[cipher.Connection]:
    """A read-only connection that creates and changes no file (see `read_uri`), with the
    file's key (`keys.data_key_for`) unless `key` is given (None: a plain SQLite file)."""
    data_key = keys.data_key_for(path) if key is ... else key
    conn = cipher.connect(
        read_uri(path), data_key if isinstance(data_key, bytes) else None, uri=True
    )
    try:
        yield conn
    finally:
        conn.close()


# Some of sqlcipher3's errors (its backup API's) carry no result code: known by their message.
_MESSAGES = (
    ("database or disk is full", SQLITE_FULL),
    ("disk i/o error", SQLITE_IOERR),
    ("unable to open database", SQLITE_CANTOPEN),
    ("file is not a database", SQLITE_NOTADB),
    ("database disk image is malformed", SQLITE_CORRUPT),
    ("attempt to write a readonly database", SQLITE_READONLY),
)


def _code(error: BaseException) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    if isinstance(error, cipher.Error):
        text = str(error).lower()
        for message, number in _MESSAGES:
            if message in text:
                return number
    return None


def error_code(error: BaseException) -> int | None:
    """SQLite's primary result code of `error`, or None when it is not an SQLite error."""
    return _code(error)


def is_damage(error: BaseException) -> bool:
    """The error SQLite raises for a damaged file ("database disk image is malformed")."""
    return _code(error) in (SQLITE_CORRUPT, SQLITE_NOTADB)


def passes_quick_check(conn: cipher.Connection) -> bool:
    """SQLite's quick_check on `conn`'s file: False when it finds damage.

    It reads every page and checks each b-tree's structure (not that indexes match their
    tables: that is integrity_check, 2-3 times slower; see bench/bench_db.py for both at
    100,000 households).
    """
    try:
        return conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    except cipher.DatabaseError as error:
        if is_damage(error):
            return False
        raise


def is_sound(path: Path) -> bool:
    """Whether the file at `path` passes quick_check, read without changing anything."""
    immutable = not companions(path)[0].exists()
    with peek(path) as conn:
        sound = passes_quick_check(conn)
    if not sound and immutable and companions(path)[0].exists():
        # Another program opened the file while it was read without locks: what it wrote
        # then may have looked like damage. Read it again, this time with locks.
        with peek(path) as conn:
            sound = passes_quick_check(conn)
    return sound


BACKUP_FOLDER = "backups"


def backup_folder(path: Path) -> Path:
    """Where the backups of the database at `path` are written: `backups/` beside it."""
    return path.parent / BACKUP_FOLDER


def backups_of(path: Path) -> list[Path]:
    """Backups of `path` in its backups/ folder and (written by older versions) beside it,
    newest first (their names sort by the time in them)."""
    pattern = f"{path.stem}-backup-*{path.suffix}"
    found = [*backup_folder(path).glob(pattern), *path.parent.glob(pattern)]
    return sorted(found, key=lambda p: p.name, reverse=True)


def newest_good_backup(path: Path) -> Path | None:
    """The newest backup of `path` that itself passes quick_check, or None (never the copy of
    a damaged file a restore keeps, `...-damaged-...`, whatever its check finds)."""
    for backup in backups_of(path):
        if "-damaged-" in backup.name:
            continue
        try:
            if backup.is_file() and is_sound(backup):
                return backup
        except (cipher.Error, DatabaseError) as error:
            log.info("Backup %s cannot be checked (%s)", backup.name, type(error).__name__)
    return None


def restore_advice(path: Path) -> str:
    """What to do with a workspace file that cannot be used: name the backup to restore."""
    backup = newest_good_backup(path)
    if backup is None:
        return (
            "No good backup of it was found in its folder. Copy the whole data folder somewhere "
            "safe and ask your supervisor or support for help"
        )
    leftovers = " / ".join(p.name for p in companions(path))
    return (
        f"Restore the last good backup, {backup.name}, in {backup.parent}: in the app choose "
        f"File > Restore from backup…, or close Tinjau and run `tinjau restore {backup} "
        f"--data-dir {path.parent}` (either keeps the damaged file, and any {leftovers} files, "
        "in the backups folder)"
    )


def damaged(path: Path) -> DatabaseError:
    """The refusal for a file that fails SQLite's check."""
    return DatabaseError(
        f"{path} is damaged (SQLite's check found errors in it), so Tinjau will not use it. "
        f"{restore_advice(path)}; nothing was changed."
    )


def read_only(path: Path) -> DatabaseError:
    """The refusal to write to a workspace this process may only read."""
    return DatabaseError(
        f"The data folder {path.parent} is read-only for you, so Tinjau cannot save changes "
        "in it. Ask for write access to it, or copy the folder to one you can write to and "
        "use the copy; nothing was changed."
    )


def explain(error: BaseException, path: Path) -> DatabaseError | None:
    """The sentence for an SQLite error met while using `path` (damage found at run time,
    a folder that became read-only), or None when it is not one of those."""
    code = _code(error)
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        log.info("SQLite reported damage in %s while using it", path)
        return damaged(path)
    if code in (SQLITE_READONLY, SQLITE_PERM):
        return read_only(path)
    if code == SQLITE_FULL:
        return disk_is_full(path)
    if code in (SQLITE_IOERR, SQLITE_CANTOPEN) and disk_full(path.parent):
        return disk_is_full(path)
    if code in (SQLITE_IOERR, SQLITE_CANTOPEN):
        return DatabaseError(
            f"{path} cannot be read or written just now: was its drive removed, or the folder "
            "moved? Check the drive and the folder, then try again; what failed was not saved."
        )
    return None


def disk_full(folder: Path) -> bool:
    """True when the disk holding `folder` has (almost) no room left."""
    try:
        return shutil.disk_usage(folder).free < FULL_BELOW_BYTES
    except OSError:
        return False


def disk_is_full(path: Path) -> DatabaseError:
    """The sentence for a database whose disk has no room left."""
    return DatabaseError(
        f"The disk holding {path.parent} is full. Free some space on it and try again; "
        "what failed was not saved."
    )


def create_private_file(path: Path) -> None:
    """Create `path` empty and owner-only (0600 whatever the umask); SQLite gives the -wal
    and -shm it makes beside a database the database's own permissions."""
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE))
    except FileExistsError:
        return  # made meanwhile by another Tinjau program: keep it as it is
    path.chmod(PRIVATE_FILE)  # os.open's mode is filtered by the umask; this is not


def make_private_folder(folder: Path) -> None:
    """Create `folder` and its missing parents, each one made here owner-only (0700)."""
    missing = []
    for part in (folder, *folder.parents):
        if part.exists():
            break
        missing.append(part)
    folder.mkdir(parents=True, exist_ok=True)
    for part in missing:
        part.chmod(PRIVATE_FOLDER)
