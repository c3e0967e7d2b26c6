"""Opening the local SQLite database: safety checks, backup, migrations, connection settings.

`open_database(path)` is the only way the app, the CLI and the tests open a data folder's file.
It refuses files it must not touch (not SQLite, damaged, without or with a newer schema
version, in a folder it may not write to) before anything writes to them, backs the file up
before a migration, and migrates to the newest schema. `read_only=True` is for commands that
only read: they need no write access and can never change the file.

When to check for damage: SQLite's quick_check runs on every open, reads included. A damaged
file gives wrong answers to reads as well (a search silently missed households), and the check
costs about a second at 100,000 households (650 MB) and some 20 ms at a ward's 2,000
(bench/bench_db.py). The window cannot wait that second before its list (it would show 1.8 s
after start instead of 0.8 s on a busy machine; bench/bench_ui.py): it opens with
`check_in_background`, which runs the check on a thread of its own while the list loads, makes
every write wait for its verdict, and lets the window show the reason when it fails. A file that
needs a migration is always checked first. integrity_check also compares every index with its
table, 3 times as slow, for damage quick_check's page checks rarely miss.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, select
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from app.survey.db import backups, cipher, encrypt, health, keys, migrate
from app.survey.db.backups import backup_database
from app.survey.db.models import Meta
from app.survey.errors import DatabaseError
from app.survey.ids import uuid7
from app.survey.records import content

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


@dataclass
class Database:
    """An open local database. `session()` for ORM work, `write()` for one Core transaction.

    A database opened `read_only` refuses `write()` and `session(write=True)` with a sentence;
    one whose check runs in the background makes them wait for it (`wait_until_checked`).
    """

    path: Path
    engine: Engine
    backup_path: Path | None = None
    read_only: bool = False
    # Make the daily backup when closed after a commit (a workspace that existed before this
    # open: a new one has nothing to lose yet). Only where automatic backups are enabled.
    daily_backup: bool = False
    # The recovery key of a workspace this open created (show it once), else None.
    recovery_key: str | None = None
    _sessions: sessionmaker[Session] = field(init=False, repr=False)
    _write_sessions: sessionmaker[Session] = field(init=False, repr=False)
    _checked: Future[None] | None = field(default=None, init=False, repr=False)
    _meta: dict[str, str] | None = field(default=None, init=False, repr=False)
    _committed: bool = field(default=False, init=False, repr=False)

    def __post_init__(self) -> None:
        event.listen(self.engine, "commit", self._note_commit)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        writer = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        self._write_sessions = sessionmaker(writer, expire_on_commit=False)

    def session(self, *, write: bool = False) -> Session:
        """A new ORM session. `write=True` takes the write lock when its transaction begins,
        so a read-then-write transaction never fails half-way on a lock held elsewhere."""
        if write:
            self._before_write()
        return (self._write_sessions if write else self._sessions)()

    @contextlib.contextmanager
    def write(self, *, foreign_keys: bool = True) -> Iterator[Connection]:
        """One write transaction (BEGIN IMMEDIATE): committed on success, rolled back on error.

        `foreign_keys=False` lets the transaction write rows whose parent is not (yet) there:
        only for records received from the server, whose parents may come on a later page of
        the same pull (see app.sync.pull)."""
        self._before_write()
        with self.engine.connect().execution_options(sqlite_begin="IMMEDIATE") as conn:
            if not foreign_keys:
                _foreign_keys(conn, on=False)
            try:
                with self._transaction(conn):
                    yield conn
            finally:
                if not foreign_keys:
                    _foreign_keys(conn, on=True)

    @contextlib.contextmanager
    def _transaction(self, conn: Connection) -> Iterator[None]:
        try:
            transaction = conn.begin()
        except OperationalError as error:
            if "locked" in str(error.orig):
                raise _busy(self.path) from None
            raise
        with transaction:
            yield

    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection for reads (one consistent snapshot while its transaction lasts)."""
        with self.engine.connect() as conn, conn.begin():
            yield conn

    def settled_meta(self, key: str) -> str | None:
        """A `meta` value that is set when the workspace is made and not changed after (the
        country). The table is read when the database is opened, so a refused census import
        reads nothing and leaves even the -shm file as it was. `forget_meta` after setting one."""
        if self._meta is None:
            # Rolled back, not committed: a read is no change, and must not count as one for
            # the daily backup (see close).
            with self.engine.connect() as conn:
                rows = conn.exec_driver_sql("SELECT key, value FROM meta").all()
            self._meta = {str(k): str(v) for k, v in rows if v is not None}
        return self._meta.get(key)

    def forget_meta(self) -> None:
        self._meta = None

    @property
    def device_id(self) -> str:
        """This database's device id, made once when the file was created."""
        with self.session() as session:
            value = session.scalar(select(Meta.value).where(Meta.key == "device_id"))
        if value is None:  # pragma: no cover - open_database always sets it
            raise DatabaseError("This database has no device id; open it with open_database().")
        return value

    def check_in_background(self) -> None:
        """Start SQLite's quick_check of the file on a thread of its own."""
        # The engine's first connection makes the -wal, so the check reads with SQLite's locks
        # beside whatever this database writes meanwhile (see health.read_uri).
        self.engine.connect().close()
        checked: Future[None] = Future()

        def run() -> None:
            try:
                if not health.is_sound(self.path):
                    raise health.damaged(self.path)
                checked.set_result(None)
            except BaseException as error:  # noqa: BLE001 - handed to whoever waits
                checked.set_exception(error)

        self._checked = checked
        threading.Thread(target=run, name="tinjau-damage-check", daemon=True).start()

    def wait_until_checked(self) -> None:
        """Return once the background check has passed; raise its DatabaseError (the file is
        damaged) when it has not. Returns at once when the check ran on open."""
        if self._checked is not None:
            self._checked.result()

    def _before_write(self) -> None:
        if self.read_only:
            raise health.read_only(self.path)
        self.wait_until_checked()  # never write to a file before it is known to be sound

    def _note_commit(self, _conn: Connection) -> None:
        self._committed = True

    def close(self) -> None:
        if self._checked is not None:
            # Let the check finish: its connection must not be the last one open, which
            # would leave the -wal and -shm behind.
            self._checked.exception()
        self.engine.dispose()
        if self._committed and self.daily_backup and backups.automatic_enabled():
            # The first change of a day a program commits makes the daily backup (after it:
            # a refused change, rolled back, leaves the folder as it was).
            try:
                backups.daily_if_due(self.path)
            except (OSError, cipher.Error, DatabaseError) as error:
                log.warning("The daily backup of %s was not made (%s)", self.path, error)

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _foreign_keys(conn: Connection, *, on: bool) -> None:
    """Switch SQLite's foreign key checks on `conn`'s own connection (outside a transaction,
    where the pragma takes effect; the driver connection has no transaction of its own)."""
    driver = conn.connection.driver_connection
    assert driver is not None
    driver.execute(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")


def _busy(path: Path) -> DatabaseError:
    return DatabaseError(
        f"{path} is busy: another Tinjau program is writing to it. Try again when it has "
        "finished; nothing was changed."
    )


def _connect(path: Path, read_only: bool, key: bytes | None) -> cipher.Connection:
    """A new DB-API connection to `path` with Tinjau's settings (see `create_sqlite_engine`)."""
    timeout = BUSY_TIMEOUT_MS / 1000
    if read_only and not health.can_write(path):
        # Nobody may write here, so no -wal can be made: read the file as it is (read_uri).
        conn = cipher.connect(health.read_uri(path), key, uri=True, check_same_thread=False)
    else:
        # A plain connection even to read: it takes SQLite's locks (another program may be
        # writing) and, being able to, removes the -wal and -shm again when it is the last.
        conn = cipher.connect(path, key, timeout=timeout, check_same_thread=False)
    # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own transaction handling
    # starts transactions late and breaks SAVEPOINT); see `_begin`.
    conn.isolation_level = None
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    if read_only:
        conn.execute("PRAGMA query_only=ON")
    else:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    # The change recorder hashes each outbox entry's record in the INSERT that writes it.
    content.register(conn)
    return conn


def _begin(conn: Connection) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def create_sqlite_engine(
    path: Path, *, read_only: bool = False, key: bytes | None | object = ...
) -> Engine:
    """An engine on `path` with WAL, synchronous=FULL, foreign keys and a busy timeout
    (`read_only`: query_only, and no write access needed), keyed with the workspace's key
    (`keys.data_key_for`, unless `key` is given; None: a plain SQLite file).

    No safety checks: use `open_database` unless you know the file is current.
    """
    data_key = keys.data_key_for(path) if key is ... else key
    data_key = data_key if isinstance(data_key, bytes) else None
    engine = create_engine(
        # The connections are made by `_connect`: a path in the URL would be parsed as one
        # (a folder named "data#2" lost its "#2").
        "sqlite://",
        # SQLAlchemy's SQLite dialect over the sqlcipher3 module, so it knows (and wraps) its
        # exceptions. Not its `sqlite+pysqlcipher` dialect: that one keys each connection with
        # the URL's password through SQLCipher's own PBKDF2 (256,000 rounds per connection),
        # where Tinjau gives the raw key derived once (app.survey.db.keys).
        module=cipher.dbapi,
        creator=lambda: _connect(path, read_only, data_key),
        poolclass=QueuePool,
        # SQLAlchemy's errors and echo logs quote the statement's parameters: names, national
        # IDs and incomes. Keep them out of every message and traceback.
        hide_parameters=True,
    )
    event.listen(engine, "begin", _begin)

    def sentence_for_sqlite_errors(context: ExceptionContext) -> None:
        # Damage found at run time ("database disk image is malformed") or a folder that
        # became read-only is a sentence saying what to do, wherever it surfaces.
        problem = health.explain(context.original_exception, path)
        if problem is not None:
            raise problem

    event.listen(engine, "handle_error", sentence_for_sqlite_errors)
    return engine


def _inspect_existing(path: Path, check: bool) -> tuple[bool, set[str]]:
    """(is it empty, its alembic revisions), read without writing; refuses foreign and
    unversioned files, and (`check`) damaged ones."""
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
    encrypted = header != SQLITE_MAGIC
    if encrypted and not keys.find_key_file(path).exists():
        raise DatabaseError(
            f"{path} is not a Tinjau database (it is not an SQLite file, and there is no key "
            f"file {keys.key_file(path).name} beside it to open an encrypted one). Choose "
            "another data folder, or move this file away; nothing was changed."
        )
    # Locked, a wrong passphrase, a damaged key file: refused here.
    key = keys.data_key_for(path) if encrypted else None
    try:
        if encrypted:
            try:
                with health.peek(path, key) as ro:
                    ro.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except cipher.DatabaseError as error:
                if health.is_damage(error):
                    raise _not_this_key(path) from None
                raise
        if check and not health.is_sound(path):
            raise health.damaged(path)
        with health.peek(path, key) as ro:
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
    except cipher.DatabaseError as error:
        if health.is_damage(error):
            raise health.damaged(path) from None
        if health.disk_full(path.parent):  # no room for SQLite's -shm: an I/O error
            raise health.disk_is_full(path) from None
        raise DatabaseError(
            f"{path} cannot be read ({error}). Check that you may read the data folder, or "
            "choose another one; nothing was changed."
        ) from None
    if not revisions:
        # Migrating would guess, and every attempt would leave another full backup behind.
        raise DatabaseError(
            f"{path} has lost its schema version (its alembic_version table is empty), so "
            f"Tinjau cannot tell how to read it. {health.restore_advice(path)}; nothing was "
            "changed."
        )
    return False, revisions


def _not_this_key(path: Path) -> DatabaseError:
    return DatabaseError(
        f"{path} cannot be opened with this workspace's key: it is a file from another "
        f"workspace's folder, or it is damaged. Put the right file back, or "
        f"{health.restore_advice(path)[0].lower()}{health.restore_advice(path)[1:]}; nothing "
        "was changed."
    )


def _has_leftover_wal(path: Path) -> bool:
    wal = health.companions(path)[0]
    return wal.exists() and wal.stat().st_size > 0


def open_database(
    path: str | Path, *, read_only: bool = False, check_in_background: bool = False
) -> Database:
    """Open (creating if needed) the database at `path`, migrated to this version's schema.

    Raises `DatabaseError` with a message for the user when the file is not a Tinjau database,
    is damaged, has no or a newer schema version, or cannot be written (unless `read_only`);
    in those cases every file is left untouched. `read_only` never creates the file.
    `check_in_background` (the window) returns before the damage check has finished: see
    `Database.wait_until_checked` and this module's docstring.
    """
    path = Path(path).resolve()  # absolute: SQLite's read-only URI needs it
    if read_only:
        if not path.is_file():
            raise DatabaseError(f"{path.parent} holds no Tinjau data ({path.name}).")
    else:
        _make_folder(path.parent)
        if not health.can_write(path):
            raise health.read_only(path)
    exists = path.exists()
    fresh, revisions = _inspect_existing(path, not check_in_background) if exists else (True, set())
    unknown = revisions - migrate.known_revisions()
    if unknown:
        raise DatabaseError(
            f"This data folder was written by a newer version of Tinjau (schema "
            f"{', '.join(sorted(unknown))}). Install the newer version; nothing was changed."
        )
    head = migrate.head_revision()
    outdated = not fresh and revisions != {head}
    if check_in_background and outdated and not health.is_sound(path):
        raise health.damaged(path)  # checked before anything backs it up or migrates it
    background = check_in_background and not fresh and not outdated
    if background and _has_leftover_wal(path):
        # A -wal left by a crash would be checkpointed into the file when the engine's last
        # connection closes, changing a damaged file: check first, as the command line does.
        if not health.is_sound(path):
            raise health.damaged(path)
        background = False
    if read_only:
        if fresh:
            raise DatabaseError(f"{path} holds no Tinjau data yet; nothing was changed.")
        if outdated:
            if not health.can_write(path):
                raise DatabaseError(
                    f"{path} was written by an older version of Tinjau and must be upgraded "
                    "once, which needs write access to its folder. Open it once with write "
                    "access (for example with tinjau gui); nothing was changed."
                )
            open_database(path).close()  # upgrade it (backed up first), then read it
        elif (keys.is_plain_sqlite(path) or encrypt.unfinished(path)) and health.can_write(path):
            open_database(path).close()  # encrypt it (its first unlock), then read it
        db = Database(path=path, engine=create_sqlite_engine(path, read_only=True), read_only=True)
        if background:
            db.check_in_background()
        return db
    recovery_key = None
    encrypt.tidy(path)  # what an encryption killed half-way left (app.survey.db.encrypt)
    if exists and keys.is_plain_sqlite(path):
        # Made before Tinjau encrypted data: encrypted in place now, its first unlock.
        if check_in_background and not fresh and not health.is_sound(path):
            raise health.damaged(path)
        recovery_key = encrypt.encrypt_workspace(path)
    elif exists and encrypt.unfinished(path):
        encrypt.finish(path)  # cut off while encrypting its backups: they are done now
    elif fresh and not keys.find_key_file(path).exists():
        # A new workspace: encrypted from its first byte, under a new key file.
        recovery_key = keys.create(path, keys.new_passphrase(path)).recovery_key
    if not path.exists():
        health.create_private_file(path)
    backup_path = None
    if outdated:
        backup_path = backup_database(path, f"schema-{'-'.join(sorted(revisions))}")
        log.warning("Backed up %s to %s before upgrading its schema to %s", path, backup_path, head)
    engine = create_sqlite_engine(path)
    try:
        if revisions != {head}:
            with engine.connect().execution_options(sqlite_begin="IMMEDIATE") as conn:
                migrate.upgrade(conn)
                if conn.in_transaction():
                    conn.commit()
        db = Database(path=path, engine=engine, backup_path=backup_path, daily_backup=not fresh)
        db.recovery_key = recovery_key
        if background:
            db.check_in_background()
        _ensure_device_id(db)
        db.settled_meta("country")  # read now, with the open (see settled_meta)
    except OperationalError as error:
        engine.dispose()
        if "locked" in str(error.orig):
            raise _busy(path) from None
        raise
    except Exception:
        engine.dispose()
        raise
    return db


def _make_folder(folder: Path) -> None:
    """Create the data folder (owner-only) if needed; a path that cannot be one is a sentence."""
    if folder.is_dir():
        return
    if folder.exists():
        raise DatabaseError(f"{folder} is a file, not a folder; choose a data folder.")
    try:
        health.make_private_folder(folder)
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
