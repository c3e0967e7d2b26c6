"""Encrypting a workspace made before encryption, in place, on its first unlock.

In this order, each step flushed to disk before the next, so a kill at any moment loses
nothing (tests/survey/db/test_encrypt_kill9.py):

1. the workspace is locked for this program alone, its -wal folded into the file;
2. an encrypted copy goes to `backups/` (`...-encrypt-...`; SQLCipher's `sqlcipher_export`),
   checked with quick_check and compared table by table with the plain file: the verified
   backup;
3. a second copy of it becomes `.tinjau.sqlite.encrypting`, checked again;
4. the plain file gets a second name (`.tinjau.sqlite.plain`, a hard link), and the encrypted
   copy is renamed over `tinjau.sqlite` in one step;
5. the plain bytes are overwritten with zeros, flushed, and the file removed; backups made by
   older versions in plain text are encrypted the same way.

A kill before step 4 leaves the plain workspace (and a temporary file, removed at the next
open, which starts again); after it, the encrypted one and a `.plain` file that the next open
overwrites and removes (`tidy`). On a flash disk the overwrite does not reach every copy the
disk's controller keeps: docs/your-data.md says so.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

from app.survey.db import cipher, health, keys
from app.survey.db.backups import STAMP_FORMAT, file_state, fsync, new_private_file, private_folder
from app.survey.errors import DatabaseError

log = logging.getLogger(__name__)


def _encrypting(path: Path) -> Path:
    return path.with_name(f".{path.name}.encrypting")


def _plain(path: Path) -> Path:
    return path.with_name(f".{path.name}.plain")


def shred(path: Path) -> None:
    """Overwrite the file at `path` with zeros, flush it, and remove it."""
    try:
        size = path.stat().st_size
        with path.open("r+b") as handle:
            chunk = b"\0" * (1 << 20)
            left = size
            while left > 0:
                handle.write(chunk[: min(left, len(chunk))])
                left -= len(chunk)
            handle.flush()
            os.fsync(handle.fileno())
    except FileNotFoundError:
        return
    path.unlink(missing_ok=True)


def tidy(path: Path) -> None:
    """Finish or undo what a killed encryption left beside `path` (see the module docstring)."""
    folders = (path.parent, health.backup_folder(path))
    if not any(any(f.glob(".*.encrypting*")) or any(f.glob(".*.plain")) for f in folders):
        return  # nothing was left (every open asks)
    for target in (path, *keys_backups(path)):
        temporary = _encrypting(target)
        for leftover_copy in (temporary, temporary.with_name(temporary.name + "-journal")):
            leftover_copy.unlink(missing_ok=True)
        leftover = _plain(target)
        if not leftover.exists():
            continue
        if target.exists() and os.path.samefile(target, leftover):
            leftover.unlink()  # the plain file is still the live one: only its second name goes
        else:
            shred(leftover)
    fsync(path.parent)


def keys_backups(path: Path) -> list[Path]:
    return [b for b in health.backups_of(path) if b.is_file()]


def _export(source: cipher.Connection, target: Path, key: bytes) -> None:
    """Write the plain database behind `source` to the new file `target`, encrypted."""
    new_private_file(target)
    source.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(target),))
    try:
        source.execute("SELECT sqlcipher_export('encrypted')").fetchall()
    finally:
        source.execute("DETACH DATABASE encrypted")
    fsync(target)


def _counts(conn: cipher.Connection) -> dict[str, int]:
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def _verify(target: Path, key: bytes, expected: dict[str, int]) -> None:
    conn = cipher.connect(target, key)
    try:
        sound = health.passes_quick_check(conn) and _counts(conn) == expected
    finally:
        conn.close()
    if not sound:
        raise DatabaseError(
            f"The encrypted copy {target} did not match the workspace (is the disk failing?); "
            "the workspace was left as it was. Free some space or check the disk and try again."
        )


def _swap(plain: Path, encrypted: Path) -> None:
    """Step 4 and 5: the encrypted file in place of `plain`, the plain bytes overwritten."""
    second = _plain(plain)
    second.unlink(missing_ok=True)
    try:
        os.link(plain, second)
    except OSError:  # no hard links (a FAT stick): a copy, overwritten below all the same
        shutil.copyfile(plain, second)
    fsync(plain.parent)
    os.replace(encrypted, plain)
    fsync(plain.parent)
    shred(second)
    fsync(plain.parent)


def encrypt_file(path: Path, key: bytes, backup_first: bool = False) -> None:
    """Encrypt the plain SQLite file at `path` in place (the module docstring's steps)."""
    conn = cipher.connect(path, None, timeout=0, isolation_level=None)
    try:
        try:
            conn.execute("PRAGMA locking_mode=EXCLUSIVE")
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("ROLLBACK")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except cipher.OperationalError as error:
            if "locked" in str(error) or "busy" in str(error):
                raise DatabaseError(
                    f"{path} is open in another Tinjau program, so it cannot be encrypted now. "
                    "Close the other program and try again; nothing was changed."
                ) from None
            raise
        expected = _counts(conn)
        if backup_first:
            folder = health.backup_folder(path)
            if not folder.is_dir():
                private_folder(folder)
            stamp = datetime.now(UTC).strftime(STAMP_FORMAT)
            backup = folder / f"{path.stem}-backup-{stamp}-encrypt-{file_state(path)}{path.suffix}"
            try:
                _export(conn, backup, key)
                _verify(backup, key, expected)
            except BaseException:
                backup.unlink(missing_ok=True)
                raise
            fsync(folder)
        temporary = _encrypting(path)
        temporary.unlink(missing_ok=True)
        try:
            _export(conn, temporary, key)
            _verify(temporary, key, expected)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
    finally:
        conn.close()
    for companion in health.companions(path):
        companion.unlink(missing_ok=True)  # empty after the checkpoint
    _swap(path, temporary)


def encrypt_workspace(path: Path) -> str | None:
    """Encrypt the plain workspace at `path` and its plain backups; returns the recovery key
    when this made the key file (else None: it was there, unlocked with its passphrase)."""
    tidy(path)
    recovery = None
    if keys.key_file(path).exists():
        key = keys.open_existing(path)
    else:
        made = keys.create(path, keys.new_passphrase(path))
        key, recovery = made.data_key, made.recovery_key
    log.warning("Encrypting the workspace %s (it was made before Tinjau encrypted data)", path)
    encrypt_file(path, key, backup_first=True)
    _encrypt_the_rest(path, key)
    return recovery


def unfinished(path: Path) -> bool:
    """True when an encryption of the workspace at `path` was cut off after the workspace
    itself was encrypted: copies it left, or backups still plain."""
    folders = (path.parent, health.backup_folder(path))
    if any(any(f.glob(".*.encrypting*")) or any(f.glob(".*.plain")) for f in folders):
        return True
    return any(keys.is_plain_sqlite(backup) for backup in keys_backups(path))


def finish(path: Path) -> None:
    """Finish an encryption cut off after the workspace itself was encrypted (its key is
    unlocked): tidy what it left, encrypt the backups still plain and seal the files."""
    tidy(path)
    log.warning("Finishing the encryption of the backups of %s", path)
    _encrypt_the_rest(path, keys.open_existing(path))


def _encrypt_the_rest(path: Path, key: bytes) -> None:
    for backup in keys_backups(path):
        if keys.is_plain_sqlite(backup):
            with contextlib.suppress(DatabaseError):
                encrypt_file(backup, key)
    # The files of interviews, kept plain like the database was: sealed now (a file that
    # cannot be, on a read-only stick, is read plain and sealed when chosen again).
    from app.survey.records import attachments

    with contextlib.suppress(DatabaseError, OSError):
        attachments.seal_plain_files(path.parent / attachments.FOLDER, database=path)
