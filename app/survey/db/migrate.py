"""Alembic, run from code: the migration scripts live in `migrations/` inside this package.

No alembic.ini is needed at run time; `alembic_config()` builds the configuration. Knowing the
revisions (to refuse a newer database, or to see that nothing needs migrating) only reads the
scripts' `revision = ...` lines, so opening an up-to-date database never imports Alembic.
To write a new migration during development:
    python -m app.survey.db.migrate revision -m "what changes"   (then edit the new file)
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Connection

SCRIPT_LOCATION = Path(__file__).resolve().parent / "migrations"
_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*=\s*(.+?)\s*$", re.MULTILINE)


def alembic_config(connection: Connection | None = None) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@lru_cache(maxsize=1)
def _graph() -> dict[str, str | None]:
    """revision -> down_revision, read from the scripts' text."""
    graph: dict[str, str | None] = {}
    for script in sorted((SCRIPT_LOCATION / "versions").glob("*.py")):
        values = dict(_ASSIGNMENT.findall(script.read_text(encoding="utf-8")))
        if "revision" not in values:
            continue  # __init__.py and helpers
        down = values.get("down_revision", "None").strip("\"'")
        graph[values["revision"].strip("\"'")] = None if down == "None" else down
    return graph


def known_revisions() -> set[str]:
    """Every schema revision this version of Tinjau knows."""
    return set(_graph())


def head_revision() -> str:
    """The newest revision: the one no other revision builds on."""
    graph = _graph()
    heads = set(graph) - {down for down in graph.values() if down}
    if len(heads) != 1:
        raise RuntimeError(f"the migrations must have one head, found {sorted(heads)}")
    return heads.pop()


def upgrade(connection: Connection, target: str = "head") -> None:
    """Migrate the database behind `connection` to `target`, in one transaction."""
    from alembic import command

    command.upgrade(alembic_config(connection), target)


def main(argv: list[str]) -> None:  # pragma: no cover - a developer tool
    """Developer entry: `revision -m MSG` creates a new empty migration script."""
    from alembic import command

    if len(argv) >= 3 and argv[0] == "revision" and argv[1] == "-m":
        command.revision(alembic_config(), message=" ".join(argv[2:]))
    else:
        raise SystemExit('usage: python -m app.survey.db.migrate revision -m "message"')


if __name__ == "__main__":  # pragma: no cover
    main(sys.argv[1:])
