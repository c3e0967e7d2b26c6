"""SQLite connections through SQLCipher 4 (the `sqlcipher3` binding): every connection Tinjau
makes to a workspace file, a backup or a copy goes through `connect`.

`sqlcipher3` is a DB-API module shaped like the standard library's `sqlite3` (the same
connection, backup and create_function API), so the rest of Tinjau uses it as it used
`sqlite3`; its exceptions are its own classes, caught here as `Error`, `DatabaseError` and
`OperationalError`. Why this binding and not apsw-sqlite3mc: bench/bench_cipher_choice.py (the
same speed on writes and searches, and no rewrite of every connection and of SQLAlchemy's
pool). A file with no key (`key=None`) is read as a plain SQLite file, which is how a workspace
made before encryption is read once, to be migrated (app.survey.db.encrypt).

The key is the raw 256-bit data key (`app.survey.db.keys`): SQLCipher's own PBKDF2 is not run
on each connection, the slow derivation (Argon2id) having been done once, when unlocking.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3.dbapi2 as dbapi

if TYPE_CHECKING:
    # sqlcipher3 ships no type hints; its API is the standard library's, so type as that.
    from sqlite3 import Connection, DatabaseError, Error, OperationalError
else:
    Connection = dbapi.Connection
    Error = dbapi.Error
    DatabaseError = dbapi.DatabaseError
    OperationalError = dbapi.OperationalError


def key_pragma(key: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(
    database: str | Path, key: bytes | None, *, uri: bool = False, **kwargs: Any
) -> Connection:
    """A connection to `database` (a path, or a URI with `uri=True`), keyed with `key` (None:
    a plain SQLite file). Other arguments as for sqlite3.connect."""
    conn: Connection = dbapi.connect(str(database), uri=uri, **kwargs)
    if key is not None:
        try:
            conn.execute(key_pragma(key))
        except BaseException:
            conn.close()
            raise
    return conn


def connect_workspace(path: Path, **kwargs: Any) -> Connection:
    """A connection to the database or backup at `path` with its own key (see
    `keys.data_key_for`): for tools and tests that look inside a workspace file."""
    from app.survey.db import keys

    return connect(path, keys.data_key_for(Path(path)), **kwargs)


def _quiet() -> None:
    """SQLCipher writes every failed decryption (a wrong key, a damaged page) to stderr; Tinjau
    says what went wrong in a sentence of its own instead."""
    conn = dbapi.connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
    finally:
        conn.close()


_quiet()
