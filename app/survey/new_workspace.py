"""Starting a real survey: a new workspace for one country, with its area path and no households.

`check_area_path` reads "CODE/CODE/..." (state, district, ward, site — or the country's own
names for those levels) before any file is made; `create_workspace` makes the folder and the
database, records the country and creates the path in one transaction, and removes what it made
if anything fails: the folder is left as it was. `tinjau init` and the app's File > New
workspace both use it.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from app.paths import database_path
from app.survey.countries import AREA_LEVELS, Country, set_workspace_country
from app.survey.db.engine import Database, open_database
from app.survey.errors import TinjauError
from app.survey.identity import ascii_digits

_CODE = re.compile(r"[\w.\-]{1,40}")  # what a path code may hold: no "/", no spaces


@dataclass(frozen=True)
class AreaStep:
    level: str  # the database's level: state, district, ward, site
    code: str
    name: str


def check_area_path(country: Country, path: str | None, names: list[str]) -> list[AreaStep]:
    """The areas a path such as "selangor/petaling/pju/ppr-lembah" names, top first; names
    (one per level, optional) label them. A sentence naming the rule when it is not a path."""
    if not path:
        if names:
            raise TinjauError("--name labels the areas of --area; give --area too.")
        return []
    codes = [c.strip() for c in path.strip().strip("/").split("/")]
    levels = " / ".join(country.levels)
    if len(codes) > len(AREA_LEVELS) or not all(_CODE.fullmatch(c) for c in codes):
        raise TinjauError(
            f"--area is not an area path: give up to {len(AREA_LEVELS)} codes joined by '/' "
            f"({levels}), each of letters, digits, '-', '_' or '.' (at most 40); nothing was "
            "changed."
        )
    if len(names) > len(codes):
        raise TinjauError(
            f"--name gives {len(names)} names for {len(codes)} areas; give at most one name per "
            "code of --area, top first; nothing was changed."
        )
    for name in names:
        if not name.strip() or len(name) > 200:
            raise TinjauError("--name: each name is 1 to 200 characters; nothing was changed.")
    labels = [n.strip() for n in names] + codes[len(names) :]
    return [AreaStep(AREA_LEVELS[i], codes[i], labels[i]) for i in range(len(codes))]


def start_workspace(db: Database, country: Country, steps: list[AreaStep]) -> str | None:
    """Record the country and make the area path (a fresh database); returns the path code of
    the deepest area made, or None when no path was given. The areas are recorded like every
    other (app.survey.records)."""
    from app.survey.records import areas, recorder

    with db.write() as conn:
        if conn.exec_driver_sql("SELECT 1 FROM households LIMIT 1").first() is not None:
            raise TinjauError("This data folder already holds households; nothing was changed.")
        set_workspace_country(conn, country.code)
        if steps:
            who = recorder.actor(conn, None)
            areas.add_path(conn, steps=[areas.Step(s.code, s.name) for s in steps], actor=who)
    db.forget_meta()
    return "/".join(step.code for step in steps) or None


def area_code(name: str) -> str:
    """A path code made from an area's name, for a person who gives only names (the app):
    "Quận 8" -> "quận-8", "PPR Sri Pantai" -> "ppr-sri-pantai", Persian digits as 0-9; at
    most 40 characters."""
    words = re.findall(r"\w+", ascii_digits(unicodedata.normalize("NFC", name)).lower())
    return "-".join(words)[:40].strip("-_")


@contextlib.contextmanager
def undone_on_failure(data_dir: Path) -> Iterator[None]:
    """When the block fails, remove what it made of a new workspace (the folders it created,
    the files it added to an existing empty folder): the folder is left as it was. Does
    nothing for a folder that already holds a workspace."""
    if database_path(data_dir).exists():
        yield
        return
    top = None  # the outermost folder about to be created
    for folder in (data_dir, *data_dir.parents):
        if folder.exists():
            break
        top = folder
    before = set(data_dir.iterdir()) if top is None and data_dir.is_dir() else set()
    try:
        yield
    except BaseException:
        if top is not None:
            shutil.rmtree(top, ignore_errors=True)
        elif data_dir.is_dir():
            for path in set(data_dir.iterdir()) - before:
                if path.is_dir():
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    path.unlink(missing_ok=True)
        raise


def create_workspace(
    data_dir: Path,
    country: Country,
    steps: list[AreaStep],
    on_recovery_key: Callable[[str], None] | None = None,
) -> str | None:
    """A new workspace in `data_dir` (a new or empty folder) for `country` with the area path
    `steps`; returns the deepest area's path code. Refuses a folder already holding a workspace
    or other files, and changes nothing then. The new workspace is encrypted under the
    passphrase from app.survey.db.keys' sources; `on_recovery_key` is given its recovery key
    (to show once)."""
    if database_path(data_dir).exists():
        raise TinjauError(
            f"{data_dir} already holds a Tinjau workspace; nothing was changed. Give a new or "
            "empty folder, or open this one."
        )
    if data_dir.exists() and not data_dir.is_dir():
        raise TinjauError(f"{data_dir} is a file, not a folder; nothing was changed.")
    if data_dir.is_dir() and any(data_dir.iterdir()):
        raise TinjauError(
            f"{data_dir} is not empty; nothing was changed. Give a new or empty folder, so the "
            "workspace's files are not mixed with others."
        )
    with undone_on_failure(data_dir), open_database(database_path(data_dir)) as db:
        made = start_workspace(db, country, steps)
        if on_recovery_key is not None and db.recovery_key is not None:
            on_recovery_key(db.recovery_key)
        return made
