"""Opening the local SQLite database: safety checks, backup, migrations, connection settings.

`open_database(path)` is the only way the app, the CLI and the tests open a data folder's file.
It refuses files it must not touch (not SQLite, damaged, written by a newer Tinjau) before
anything writes to them, backs the file up before a migration, and migrates to the newest schema.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.survey.db import migrate
from app.survey.db.models import Meta
from app.survey.errors import DatabaseError
from app.survey.ids import uuid7

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


@dataclass
class Database:
    """An open local database. `session()` for ORM work, `write()` for one Core transaction."""

    path: Path
    engine: Engine
    backup_path: Path | None = None
    _sessions: sessionmaker[Session] = field(init=False, repr=False)
    _write_sessions: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        writer = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        self._write_sessions = sessionmaker(writer, expire_on_commit=False)

    def session(self, *, write: bool = False) -> Session:
        """A new ORM session. `write=True` takes the write lock when its transaction begins,
        so a read-then-write transaction never fails half-way on a lock held elsewhere."""
        return (self._write_sessions if write else self._sessions)()

    @contextlib.contextmanager
    def write(self) -> Iterator[Connection]:
        """One write transaction (BEGIN IMMEDIATE): committed on success, rolled back on error."""
        with self.engine.connect().execution_options(sqlite_begin="IMMEDIATE") as conn:
            try:
                transaction = conn.begin()
            except OperationalError as error:
                if "locked" in str(error.orig):
                    raise _busy(self.path) from None
                raise
            with transaction:
                yield conn

    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection for reads (one consistent snapshot while its transaction lasts)."""
        with self.engine.connect() as conn, conn.begin():
            yield conn

    @property
    def device_id(self) -> str:
        """This database's device id, made once when the file was created."""
        with self.session() as session:
            value = session.scalar(select(Meta.value).where(Meta.key == "device_id"))
        if value is None:  # pragma: no cover - open_database always sets it
            raise DatabaseError("This database has no device id; open it with open_database().")
        return value

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _busy(path: Path) -> DatabaseError:
    return DatabaseError(
        f"{path} is busy: another Tinjau program is writing to it. Try again when it has "
        "finished; nothing was changed."
    )


def _configure_connection(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own transaction handling
    # starts transactions late and breaks SAVEPOINT); see `_begin`.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
    finally:
        cursor.close()


def _begin(conn: Connection) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def create_sqlite_engine(path: Path) -> Engine:
    """An engine on `path` with WAL, synchronous=FULL, foreign keys and a busy timeout.

    No safety checks: use `open_database` unless you know the file is current.
    """
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        # SQLAlchemy's errors and echo logs quote the statement's parameters: names, national
        # IDs and incomes. Keep them out of every message and traceback.
        hide_parameters=True,
    )
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", _begin)
    return engine


def _inspect_existing(path: Path) -> tuple[bool, set[str]]:
    """(is it empty, its alembic revisions), read without writing; refuses foreign files."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise DatabaseError(
            f"{path} cannot be read ({error.strerror}). Move it away or choose another data "
            "folder; nothing was changed."
        ) from None
    if not header:
        return True, set()
    if header != SQLITE_MAGIC:
        raise DatabaseError(
            f"{path} is not a Tinjau database (it is not an SQLite file). "
            "Choose another data folder, or move this file away; nothing was changed."
        )
    try:
        ro = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            tables = {
                row[0] for row in ro.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            if not tables:
                return True, set()
            if "alembic_version" not in tables:
                raise DatabaseError(
                    f"{path} is an SQLite file but not a Tinjau database. "
                    "Choose another data folder; nothing was changed."
                )
            revisions = {row[0] for row in ro.execute("SELECT version_num FROM alembic_version")}
            return False, revisions
        finally:
            ro.close()
    except sqlite3.DatabaseError as error:
        raise DatabaseError(
            f"{path} is damaged or not a database ({error}). Restore it from a backup "
            "(tinjau-backup-*.sqlite beside it) or choose another data folder; nothing was changed."
        ) from error


def backup_database(path: Path, label: str) -> Path:
    """Copy `path` with SQLite's online backup API to a timestamped file beside it."""
    path = path.resolve()
    # Microseconds apart from the seconds: "HHMMSSffffff" is twelve digits in a row, which the
    # log filter masks as a national ID, and the log line naming the backup became useless.
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S-%fZ")
    target = path.with_name(f"{path.stem}-backup-{stamp}-{label}{path.suffix}")
    source = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    return target


def open_database(path: str | Path, *, migrate_schema: bool = True) -> Database:
    """Open (creating if needed) the database at `path`, migrated to this version's schema.

    Raises `DatabaseError` with a message for the user when the file is not a Tinjau database,
    is damaged, or was written by a newer Tinjau; in those cases the file is left untouched.
    """
    path = Path(path).resolve()  # absolute: SQLite's read-only URI needs it
    _make_folder(path.parent)
    fresh, revisions = _inspect_existing(path) if path.exists() else (True, set())
    known = migrate.known_revisions()
    unknown = revisions - known
    if unknown:
        raise DatabaseError(
            f"This data folder was written by a newer version of Tinjau (schema "
            f"{', '.join(sorted(unknown))}). Install the newer version; nothing was changed."
        )
    head = migrate.head_revision()
    backup_path = None
    if not fresh and revisions != {head} and migrate_schema:
        backup_path = backup_database(path, f"schema-{'-'.join(sorted(revisions)) or 'none'}")
        log.warning("Backed up %s to %s before upgrading its schema to %s", path, backup_path, head)
    engine = create_sqlite_engine(path)
    try:
        if migrate_schema and revisions != {head}:
            with engine.connect().execution_options(sqlite_begin="IMMEDIATE") as conn:
                migrate.upgrade(conn)
                if conn.in_transaction():
                    conn.commit()
        db = Database(path=path, engine=engine, backup_path=backup_path)
        _ensure_device_id(db)
    except OperationalError as error:
        engine.dispose()
        reason = str(error.orig)
        if "locked" in reason:
            raise _busy(path) from None
        if "unable to open" in reason or "readonly" in reason:
            raise DatabaseError(
                f"{path} cannot be opened for writing: the data folder is read-only or not "
                "accessible. Choose a folder you can write to; nothing was changed."
            ) from None
        raise
    except Exception:
        engine.dispose()
        raise
    return db


def _make_folder(folder: Path) -> None:
    """Create the data folder if needed; a path that cannot be one is a DatabaseError sentence."""
    if folder.is_dir():
        return
    if folder.exists():
        raise DatabaseError(f"{folder} is a file, not a folder; choose a data folder.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseError(
            f"The data folder {folder} cannot be created ({error.strerror}); "
            "choose a folder you can write to."
        ) from None


def _ensure_device_id(db: Database) -> None:
    # Read first: taking the write lock on every open would make opening wait for any long
    # write (a census import, a demo build) in another process.
    with db.session() as session:
        if session.get(Meta, "device_id") is not None:
            return
    with db.session(write=True) as session, session.begin():
        if session.get(Meta, "device_id") is None:
            session.add(Meta(key="device_id", value=uuid7()))
