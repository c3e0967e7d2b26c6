"""The server database's schema: where it stands and how it is brought to this version.

`tinjau-server init` calls `upgrade` (a SQLite file with data is backed up first, with SQLite's
online backup API); `tinjau-server serve` calls `check` and refuses a database whose schema is
older or newer than this server's, so two versions never write one database at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from app.survey.db.backups import backup_database
from app.survey.errors import DatabaseError

MIGRATIONS = Path(__file__).resolve().parents[1] / "migrations"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head() -> str:
    """The schema revision this server's code is written for."""
    revision = ScriptDirectory.from_config(_config()).get_current_head()
    assert revision is not None
    return revision


@dataclass(frozen=True)
class SchemaState:
    """Where a database stands: `current` is None for a database with no server schema yet."""

    current: str | None
    head: str
    known: bool  # False: a revision this server does not know (made by a newer server)
    empty: bool  # no tables at all

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head


def state(engine: Engine) -> SchemaState:
    script = ScriptDirectory.from_config(_config())
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
        empty = not inspect(connection).get_table_names()
    known = current is None or _knows(script, current)
    return SchemaState(current=current, head=head(), known=known, empty=empty)


def _knows(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except Exception:  # alembic raises its own errors for an unknown revision
        return False


def check(engine: Engine, where: str) -> None:
    """Refuse (DatabaseError) a database this server cannot serve as it is."""
    found = state(engine)
    if found.up_to_date:
        return
    if not found.known:
        raise DatabaseError(
            f"The database {where} was made by a newer version of the Tinjau server (schema "
            f"{found.current}). Run that version, or upgrade this one; nothing was changed."
        )
    if found.current is None and not found.empty:
        raise DatabaseError(
            f"The database {where} holds tables that are not a Tinjau server's. Give the server "
            "a database of its own; nothing was changed."
        )
    raise DatabaseError(
        f"The database {where} is not ready for this server (schema {found.current or 'none'}, "
        f"this server needs {found.head}). Run: tinjau-server init --db URL, which creates or "
        "migrates it (backing up a SQLite file first); nothing was changed."
    )


@dataclass(frozen=True)
class Upgrade:
    before: str | None
    after: str
    backup: Path | None


def upgrade(engine: Engine, where: str) -> Upgrade:
    """Bring the database to this server's schema; a SQLite file that already holds a schema is
    backed up first. Refuses a newer or foreign database without changing it."""
    found = state(engine)
    if not found.known:
        check(engine, where)
    if found.current is None and not found.empty:
        check(engine, where)
    if found.up_to_date:
        return Upgrade(before=found.current, after=found.head, backup=None)
    backup = None
    database = engine.url.database
    if engine.dialect.name == "sqlite" and found.current is not None and database:
        backup = backup_database(Path(database), f"schema-{found.current}")
    with engine.begin() as connection:
        config = _config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return Upgrade(before=found.current, after=found.head, backup=backup)
