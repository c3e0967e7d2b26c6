"""The poverty standards of one workspace: the shipped ones, those a supervisor installed in it,
and the one its households are scored under.

An installed standard is kept inside the workspace database, as the text of its file in the
`meta` row `standard_file:ID`, so it travels with every copy and backup of tinjau.sqlite. The
workspace's standard is the `meta` row `standard`; without one, its country's default
(app.survey.countries). Installing refuses, changing nothing:
- a file the loader refuses (every problem as `file:line: message`);
- the id of a shipped standard: the shipped file belongs to the program, and a copy under its id
  would hide the next corrected version the program brings; give yours an id of its own;
- the id of a standard installed before, unless the file's version is newer (compared number by
  number, so 1.10 is newer than 1.9). The same file again is accepted and changes nothing.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, text

from app.survey.countries import workspace_country
from app.survey.errors import TinjauError
from app.survey.records import lifecycle
from app.survey.scoring.loader import load_standard_text, read_standard_text
from app.survey.scoring.model import Standard
from app.survey.scoring.registry import shipped_standards
from app.survey.scoring.store import RescoreReport, rescore

CHOSEN_KEY = "standard"
FILE_PREFIX = "standard_file:"
# A standard is a few kilobytes of text; anything this big is the wrong file.
MAX_FILE_BYTES = 1_000_000
# Interviews whose score is the household's poverty status in the census list.
DONE_STATUSES = (lifecycle.COMPLETE, lifecycle.SYNCED, lifecycle.RETURNED, lifecycle.APPROVED)

_COMPILED: dict[str, Standard] = {}  # by sha256 of the text: compiled once per process


@dataclass(frozen=True)
class Installed:
    """What installing a file did: the standard, the version it replaced (None if it was new),
    whether the workspace already held exactly this file, and how many interviews were scored
    again (None unless it replaced the version the workspace scores under)."""

    standard: Standard
    replaced: str | None
    unchanged: bool
    rescored: int | None = None


def _from_text(source: str, origin: str) -> Standard:
    digest = hashlib.sha256(source.encode("utf-8")).hexdigest()
    standard = _COMPILED.get(digest)
    if standard is None:
        standard = _COMPILED[digest] = load_standard_text(source, origin)
    return standard


def _installed_texts(conn: Connection) -> dict[str, str]:
    rows = conn.execute(
        text("SELECT key, value FROM meta WHERE key LIKE :prefix ORDER BY key"),
        {"prefix": FILE_PREFIX + "%"},
    )
    return {key[len(FILE_PREFIX) :]: value for key, value in rows}


def installed_standards(conn: Connection) -> list[Standard]:
    """The standards installed in the workspace open on `conn`, sorted by id."""
    return [
        _from_text(source, f"installed standard {standard_id}")
        for standard_id, source in _installed_texts(conn).items()
    ]


def workspace_standards(conn: Connection) -> list[Standard]:
    """Every standard the workspace can score under: the shipped ones, then its installed ones."""
    return [*shipped_standards(), *installed_standards(conn)]


def find_workspace_standard(conn: Connection, standard_id: str) -> Standard:
    """The shipped or installed standard with this id; a sentence listing them otherwise."""
    source = _installed_texts(conn).get(standard_id)
    if source is not None:
        return _from_text(source, f"installed standard {standard_id}")
    standards = workspace_standards(conn)
    for standard in standards:
        if standard.id == standard_id:
            return standard
    known = ", ".join(s.id for s in standards)
    raise TinjauError(
        f"This workspace has no standard '{standard_id}'. Known standards: {known}. "
        "Install a file of your own with: tinjau standards install FILE --data-dir FOLDER"
    )


def chosen_standard_id(conn: Connection) -> str:
    """The id of the workspace's standard: the one chosen for it, else its country's default."""
    chosen = conn.execute(text("SELECT value FROM meta WHERE key = :key"), {"key": CHOSEN_KEY})
    return chosen.scalar() or workspace_country(conn).default_standard


def workspace_standard(conn: Connection) -> Standard:
    """The standard the workspace's households are scored under."""
    return find_workspace_standard(conn, chosen_standard_id(conn))


def version_key(version: str) -> tuple[tuple[int, int | str], ...]:
    """A version as comparable parts: numbers by value (1.10 > 1.9), other text by letters."""
    parts = [part for part in re.split(r"[.\-_\s]+", version.strip()) if part]
    return tuple((0, int(part)) if part.isdecimal() else (1, part) for part in parts)


def install_standard(
    conn: Connection,
    path: str,
    lang: str = "en",
    progress: Callable[[int, int], None] | None = None,
) -> Installed:
    """Check the standard file at `path` and keep it in the workspace (in the caller's write
    transaction); see the module docstring for what is refused. A newer version of the
    standard the workspace scores under is applied at once (see `use_standard`)."""
    source = read_standard_text(path)
    if len(source.encode("utf-8")) > MAX_FILE_BYTES:
        raise TinjauError(
            f"The standard file {path} is larger than a megabyte; a standard is a few kilobytes "
            "of text, so check that this is the right file. Nothing was changed."
        )
    standard = load_standard_text(source, str(path))
    if any(shipped.id == standard.id for shipped in shipped_standards()):
        raise TinjauError(
            f"The standard file {path} has the id '{standard.id}' of a standard Tinjau ships. "
            "Give your standard an id of its own (for example "
            f"'{standard.id}-local') in its 'id' line; nothing was changed."
        )
    before = _installed_texts(conn).get(standard.id)
    replaced = None
    if before is not None:
        if before == source:
            return Installed(standard, None, unchanged=True)
        old = _from_text(before, f"installed standard {standard.id}")
        if version_key(standard.version) <= version_key(old.version):
            raise TinjauError(
                f"This workspace already has the standard '{standard.id}' at version "
                f"{old.version}, and the file {path} has version {standard.version}. To replace "
                "it, raise 'version' in the file above the installed one; nothing was changed."
            )
        replaced = old.version
    conn.execute(
        text(
            "INSERT INTO meta (key, value) VALUES (:key, :value) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        ),
        {"key": FILE_PREFIX + standard.id, "value": source},
    )
    if standard.id != chosen_standard_id(conn):
        return Installed(standard, replaced, unchanged=False)
    _, report = use_standard(conn, standard.id, lang, progress)
    return Installed(standard, replaced, unchanged=False, rescored=report.rescored)


def use_standard(
    conn: Connection,
    standard_id: str,
    lang: str = "en",
    progress: Callable[[int, int], None] | None = None,
) -> tuple[Standard, RescoreReport]:
    """Make `standard_id` the workspace's standard, score the stored interviews under it and
    show its statuses in the census list, all in the caller's write transaction (roll it back
    on an error: an interview whose answers the standard cannot read refuses the change)."""
    standard = find_workspace_standard(conn, standard_id)
    conn.execute(
        text(
            "INSERT INTO meta (key, value) VALUES (:key, :value) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        ),
        {"key": CHOSEN_KEY, "value": standard.id},
    )
    report = rescore(conn, standard, lang, progress=progress)
    refresh_poverty_status(conn, standard.id)
    return standard, report


def refresh_poverty_status(conn: Connection, standard_id: str) -> None:
    """Set each interviewed household's poverty status (the census list's column) to the status
    of its latest finished interview under `standard_id`; derived data, so the household's own
    change time is left as it is."""
    done = ", ".join(f"'{status}'" for status in DONE_STATUSES)
    finished = (
        "FROM interviews i WHERE i.household_id = households.id AND i.deleted_at IS NULL "
        f"AND i.status IN ({done})"
    )
    conn.execute(
        text(
            "UPDATE households SET poverty_status = (SELECT s.status FROM scores s "
            "WHERE s.standard_id = :standard AND s.interview_id = "
            f"(SELECT i.id {finished} ORDER BY i.completed_at DESC, i.id DESC LIMIT 1)) "
            f"WHERE EXISTS (SELECT 1 {finished})"
        ),
        {"standard": standard_id},
    )
