"""Alembic, run from code: the migration scripts live in `migrations/` inside this package.

No alembic.ini is needed at run time; `alembic_config()` builds the configuration. To write a
new migration during development:
    python -m app.survey.db.migrate revision -m "what changes"   (then edit the new file)
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

SCRIPT_LOCATION = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@lru_cache(maxsize=1)
def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def known_revisions() -> set[str]:
    """Every schema revision this version of Tinjau knows."""
    return {script.revision for script in _scripts().walk_revisions()}


def head_revision() -> str:
    head = _scripts().get_current_head()
    assert head is not None, "the migrations folder has no revisions"
    return head


def upgrade(connection: Connection, target: str = "head") -> None:
    """Migrate the database behind `connection` to `target`, in one transaction."""
    command.upgrade(alembic_config(connection), target)


def main(argv: list[str]) -> None:  # pragma: no cover - a developer tool
    """Developer entry: `revision -m MSG` creates a new empty migration script."""
    if len(argv) >= 3 and argv[0] == "revision" and argv[1] == "-m":
        command.revision(alembic_config(), message=" ".join(argv[2:]))
    else:
        raise SystemExit('usage: python -m app.survey.db.migrate revision -m "message"')


if __name__ == "__main__":  # pragma: no cover
    main(sys.argv[1:])
