"""The server's database engine: SQLite for a single office or a demo, PostgreSQL in production.

A SQLite file is checked before anything opens it: a file that is not SQLite, or an SQLite file
of something else (the desktop app's workspace, another program's database), is refused and
left as it was. The server marks its own files with an SQLite application id.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from app.survey.db.engine import SQLITE_MAGIC
from app.survey.errors import DatabaseError, TinjauError

# "TjSv": in the file header (PRAGMA application_id), what says "a Tinjau server database".
SERVER_APPLICATION_ID = 0x546A5376

# Where `tinjau-server` keeps its data when given no --db.
DEFAULT_DB_URL = "sqlite:///tinjau-server.sqlite"


def describe_url(url: str) -> str:
    """The URL with any password hidden, safe to print and log."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        return "<unreadable database URL>"


def create_server_engine(url: str) -> Engine:
    """An engine for `url`; only SQLite and PostgreSQL (psycopg 3) are supported."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        # Not quoted back: an unreadable URL may still hold a password.
        raise TinjauError(
            "The database URL cannot be read. Use sqlite:///path/to/file.sqlite "
            "or postgresql+psycopg://user@host:5432/dbname."
        ) from None
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        if parsed.get_driver_name() != "pysqlite":
            raise TinjauError(
                f"Tinjau's server opens SQLite files with Python's own sqlite3, not "
                f"{parsed.get_driver_name()!r}. Use sqlite:///file.sqlite."
            )
        check_sqlite_file(parsed)
        engine = create_engine(
            parsed, connect_args={"check_same_thread": False}, hide_parameters=True
        )

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            # check_sqlite_file let this file through: it is ours, or empty and becomes ours.
            if cursor.execute("PRAGMA application_id").fetchone()[0] != SERVER_APPLICATION_ID:
                cursor.execute(f"PRAGMA application_id={SERVER_APPLICATION_ID}")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=5000")
            cursor.close()

        return engine
    if backend == "postgresql":
        if parsed.get_driver_name() != "psycopg":
            parsed = parsed.set(drivername="postgresql+psycopg")
        return create_engine(parsed, pool_pre_ping=True, hide_parameters=True)
    raise TinjauError(
        f"Tinjau's server runs on SQLite or PostgreSQL, not {backend!r}. "
        "Use sqlite:///file.sqlite or postgresql+psycopg://user@host:5432/dbname."
    )


def check_sqlite_file(url: URL) -> None:
    """Refuse, without writing anything, a SQLite URL whose file the server must not use: a
    missing folder, a folder, a file that is not SQLite or is another program's database."""
    database = url.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        return  # in memory, or a URI filename SQLite resolves itself
    path = Path(database)
    where = path.resolve()
    if not where.parent.is_dir():
        raise DatabaseError(
            f"The folder {where.parent} does not exist. Create it, or give the server database "
            "a path in a folder that exists; nothing was changed."
        )
    if where.is_dir():
        raise DatabaseError(
            f"{where} is a folder. Give the server database a file path such as "
            f"sqlite:///{path / 'tinjau-server.sqlite'}; nothing was changed."
        )
    if not where.exists():
        if not os.access(where.parent, os.W_OK):
            raise DatabaseError(
                f"The folder {where.parent} is read-only, so the server database cannot be "
                "made there. Choose a folder you can write to; nothing was changed."
            )
        return
    if not _is_server_database(where):
        raise DatabaseError(
            f"{where} is not a Tinjau server database (it is another kind of file, or another "
            "program's database). Give the server its own file, such as "
            "sqlite:///tinjau-server.sqlite; nothing was changed."
        )
    if not os.access(where, os.W_OK):
        raise DatabaseError(
            f"{where} is read-only; the server needs to write to its database. Give it write "
            "access or choose another file; nothing was changed."
        )


def _is_server_database(path: Path) -> bool:
    """True for an empty file, an SQLite file with the server's id, or one with no tables
    yet (made by a server that did not mark its files); read without writing anything."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise DatabaseError(
            f"{path} cannot be read ({error.strerror}); nothing was changed."
        ) from None
    if not header:
        return True
    if header != SQLITE_MAGIC:
        return False
    try:
        # immutable: read-only alone still creates -wal/-shm files beside a WAL database.
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            (application_id,) = connection.execute("PRAGMA application_id").fetchone()
            if application_id == SERVER_APPLICATION_ID:
                return True
            tables = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return False  # damaged, or not a database after all
    # Tables still only in a write-ahead log are invisible here: such a file is not empty.
    wal = path.with_name(path.name + "-wal")
    unmerged = wal.exists() and wal.stat().st_size > 0
    return application_id == 0 and tables == 0 and not unmerged
