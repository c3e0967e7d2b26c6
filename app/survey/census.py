"""Importing a ward's census list into the local database, all rows or none.

`import_census(db, path, site=..., block=...)` reads and checks the whole file first
(`census_file.read_census`), then writes every household in one transaction. It is idempotent:
a household is keyed on its unit's path code plus the head's national ID (or, without an ID,
the head's name), so importing the same list again changes nothing, and an updated list only
updates what changed (a head once listed without an ID and now with one keeps the household).
Units missing from the area tree are created under `--site`/`--block`.

Memory follows the file, not the workspace: the database is asked, a batch of rows at a time,
only for the areas and household keys that batch names. A first pass over the rows finds every
problem (and the warnings) without writing, since a refused import must leave the file as it
was; the second pass writes, in the same transaction.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection

from app.survey.census_file import UNIT_FORMS, CensusRow, read_census
from app.survey.countries import DEFAULT_COUNTRY, Country, country
from app.survey.db.bulk import larger_page_cache
from app.survey.db.engine import Database
from app.survey.db.types import format_utc
from app.survey.errors import LocatedErrors, TinjauError
from app.survey.ids import uuid7
from app.survey.records import recorder
from app.survey.records.areas import INSERT_AREA
from app.survey.records.lifecycle import NOT_VISITED


@dataclass
class ImportSummary:
    rows: int
    created: int
    updated: int
    unchanged: int
    areas_created: int
    # (sheet!row, what): the same national ID at two units; the import went ahead.
    warnings: list[tuple[str, str]] = field(default_factory=list)


@dataclass(slots=True)
class _Area:
    id: str
    parent_id: str | None
    level: str
    path_code: str


_INSERT_HOUSEHOLD = (
    "INSERT INTO households (id, unit_id, block_id, site_id, ward_id, address, head_name, "
    "head_national_id, phone, household_size, source, census_key, visit_status, created_at, "
    "updated_at, revision) VALUES (?,?,?,?,?,?,?,?,?,?,'census',?,"
    f"'{NOT_VISITED}',?,?,0)"
)
_UPDATE_HOUSEHOLD = (
    "UPDATE households SET head_name = ?, phone = ?, household_size = ?, address = ?, "
    "updated_at = ? WHERE census_key = ?"
)
# A household first listed without an ID, now listed with one: same household, new key.
_ADD_NATIONAL_ID = (
    "UPDATE households SET head_national_id = ?, census_key = ?, head_name = ?, phone = ?, "
    "household_size = ?, address = ?, updated_at = ? WHERE census_key = ?"
)
# Rows are checked and written in batches of this many: one SQL look-up of their units and
# keys, one executemany each, progress after each. Memory follows the batch, not the workspace.
_BATCH = 5000
# SQLite's page cache during an import: the households' indexes of a big workspace stay in
# memory. A fixed amount, whatever the workspace's size.
_CACHE_MIB = 64
# A list of values passed as one JSON parameter: no limit on how many, one statement.
_IN_JSON = "IN (SELECT value FROM json_each(?))"


class _Areas:
    """The areas one import touches, looked up by path code when first needed (the tree of a
    big workspace is never loaded whole), and the new ones it queues."""

    def __init__(self, conn: Connection, now: str, country: Country) -> None:
        self.conn, self.now = conn, now
        self.country = country  # names the blocks an import creates
        self.by_path: dict[str, _Area | None] = {}  # None: looked up, not there
        self.ancestors: dict[tuple[str, str], str | None] = {}  # (parent path, level) -> id
        self.created = 0
        self.new_rows: list[tuple[object, ...]] = []  # parents before children

    def load(self, paths: Iterable[str]) -> None:
        """Look up every path not seen yet, in one query."""
        wanted = sorted({p for p in paths if p not in self.by_path})
        if not wanted:
            return
        for row in self.conn.exec_driver_sql(
            "SELECT id, parent_id, level, path_code FROM areas "
            f"WHERE deleted_at IS NULL AND path_code {_IN_JSON}",
            (json.dumps(wanted),),
        ):
            self.by_path[row[3]] = _Area(*row)
        for path in wanted:
            self.by_path.setdefault(path, None)

    def find(self, path: str, level: str) -> _Area | None:
        area = self.find_any(path)
        return area if area is not None and area.level == level else None

    def ensure(self, parent: _Area, level: str, code: str, name: str, floor: int | None = None,
               number: str | None = None) -> _Area:  # fmt: skip
        path = f"{parent.path_code}/{code}"
        existing = self.find_any(path)
        if existing is not None:
            return existing
        return self._add(_Area(uuid7(), parent.id, level, path), code, name, floor, number)

    def add_root(self, level: str, code: str) -> _Area:
        return self._add(_Area(uuid7(), None, level, code), code, code, None, None)

    def _add(self, area: _Area, code: str, name: str, floor: int | None, number: str | None
             ) -> _Area:  # fmt: skip
        self.new_rows.append((area.id, area.parent_id, area.level, code, area.path_code, name,
                              floor, number, self.now, self.now))  # fmt: skip
        self.by_path[area.path_code] = area
        self.created += 1
        return area

    def write(self, actor: recorder.Actor) -> None:
        """Insert the queued areas (once every row is known to be good), recorded."""
        if self.new_rows:
            self.conn.exec_driver_sql(INSERT_AREA, self.new_rows)
            made = [str(row[0]) for row in self.new_rows]
            recorder.record_many(self.conn, action="area.add", record_ids=made, actor=actor)
            self.new_rows = []

    def ancestor(self, area: _Area, level: str) -> str | None:
        """The id of `area`'s ancestor at `level` (path codes nest: it is a path prefix)."""
        if area.level == level:
            return area.id
        parent_path = area.path_code.rpartition("/")[0]
        key = (parent_path, level)
        if key not in self.ancestors:
            parent = self.find_any(parent_path) if parent_path else None
            self.ancestors[key] = self.ancestor(parent, level) if parent is not None else None
        return self.ancestors[key]

    def find_any(self, path: str) -> _Area | None:
        if path not in self.by_path:
            self.load([path])
        return self.by_path[path]


def _unit_place(
    row: CensusRow, site: _Area | None, block: _Area | None
) -> tuple[_Area, str, str] | str:
    """Where the row's door code goes: (its block, or the site its block is made in; block
    code; unit code), or what is wrong. An area path in the unit column is looked up first."""
    door = row.door
    if door is None:
        return UNIT_FORMS
    code = row.block or door.block or (_code_of(block) if block is not None else None)
    if code is None:
        return "unit has only floor and number; give its block in a block column or --block"
    if block is not None and _code_of(block) == code:
        return block, code, door.code(code)
    if site is None:
        if block is None:
            return "unit is not in the area tree; give --site (or --block) so it can be created"
        return "block column differs from --block; give --site instead"
    return site, code, door.code(code)


def _place_paths(place: tuple[_Area, str, str]) -> tuple[str, str]:
    """(block path, unit path) of a place from `_unit_place`."""
    parent, code, unit_code = place
    block_path = parent.path_code if parent.level == "block" else f"{parent.path_code}/{code}"
    return block_path, f"{block_path}/{unit_code}"


def _code_of(area: _Area) -> str:
    return area.path_code.rsplit("/", 1)[-1]


def _resolve_unit(
    row: CensusRow, place: tuple[_Area, str, str] | str, areas: _Areas
) -> _Area | str:
    """The row's unit (queued for creation when needed), or what is wrong with it; `place`
    is what `_unit_place` said of the row."""
    if "/" in row.unit:
        known = areas.find(row.unit.strip().strip("/"), "unit")
        if known is not None:
            return known
    if isinstance(place, str):
        return place
    parent, code, unit_code = place
    if parent.level != "block":
        parent = areas.ensure(parent, "block", code, areas.country.block_name(code))
    door = row.door
    assert door is not None  # _unit_place said where it goes
    return areas.ensure(parent, "unit", unit_code, unit_code, door.floor, door.number.zfill(2))


LEVEL_PATH = ("state", "district", "ward", "site", "block")


def _find_parent(areas: _Areas, path: str | None, level: str) -> _Area | None:
    """The site or block at `path`; a full path that does not exist yet is created."""
    if path is None:
        return None
    path = path.strip().strip("/")
    area = areas.find(path, level)
    if area is not None:
        return area
    codes = [c.strip() for c in path.split("/")]
    if len(codes) != LEVEL_PATH.index(level) + 1 or not all(codes):
        raise TinjauError(
            f"There is no {level} with the path code {path!r}. Give its full path "
            f"({'/'.join(LEVEL_PATH[: LEVEL_PATH.index(level) + 1])}, e.g. "
            "kuala_lumpur/LPT/LPT01/PPR001) to create it, or list the known ones with "
            "`tinjau census areas`."
        )
    parent: _Area | None = None
    for depth, code in enumerate(codes):
        step_path = "/".join(codes[: depth + 1])
        found = areas.find_any(step_path)
        if found is None:
            if parent is None:
                found = areas.add_root(LEVEL_PATH[depth], code)
            else:
                found = areas.ensure(parent, LEVEL_PATH[depth], code, code)
        elif found.level != LEVEL_PATH[depth]:
            raise TinjauError(f"The path code {step_path!r} is a {found.level}, not a "
                              f"{LEVEL_PATH[depth]}; check the --{level} option.")  # fmt: skip
        parent = found
    return parent


@dataclass
class _Writes:
    """What one batch of rows changes."""

    inserts: list[tuple[object, ...]] = field(default_factory=list)
    changes: list[tuple[object, ...]] = field(default_factory=list)
    given_ids: list[tuple[object, ...]] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)  # ids of the households updated


class _Plan:
    """Turns rows into writes, a batch at a time, looking up only what the batch names.

    Run twice over the same rows: first to find every problem and warning without writing
    (a refused import must not touch the file), then to write."""

    def __init__(self, conn: Connection, areas: _Areas, site: _Area | None, block: _Area | None,
                 now: str) -> None:  # fmt: skip
        self.conn, self.areas, self.site, self.block, self.now = conn, areas, site, block, now
        self.problems: list[tuple[str, str]] = []
        self.warnings: list[tuple[str, str]] = []
        # Rows that come to the same household key (one unit written two ways, or two rows
        # without an ID and the same name) would overwrite each other: every import would then
        # "update" one from the other and a re-import would never be a no-op.
        self.first_row: dict[str, str] = {}
        self.id_units: dict[str, tuple[str, str]] = {}  # national ID -> (unit path, sheet!row)
        self.units: list[_Area | str] = []  # each row's, from the first pass

    def batches(self, rows: list[CensusRow], *, write: bool) -> Iterator[_Writes]:
        """The writes, batch by batch; with write=False problems and warnings are collected
        (and the writes only counted)."""
        self.first_row = {}
        for start in range(0, len(rows), _BATCH):
            yield self._batch(rows[start : start + _BATCH], start, write)

    def _existing(self, keys: list[str]) -> dict[str, tuple[object, ...]]:
        return {
            key: tuple(rest)
            for key, *rest in self.conn.exec_driver_sql(
                "SELECT census_key, id, head_name, phone, household_size, address "
                f"FROM households WHERE census_key {_IN_JSON}",
                (json.dumps(keys),),
            )
        }

    def _units(self, rows: list[CensusRow]) -> list[_Area | str]:
        """Each row's unit (made when missing) or what is wrong with it."""
        places = [_unit_place(row, self.site, self.block) for row in rows]
        wanted = [row.unit.strip().strip("/") for row in rows if "/" in row.unit]
        for place in places:
            if not isinstance(place, str):
                wanted += _place_paths(place)
        self.areas.load(wanted)  # one query for the batch, not two per row
        pairs = zip(rows, places, strict=True)
        return [_resolve_unit(row, place, self.areas) for row, place in pairs]

    def _batch(self, rows: list[CensusRow], start: int, write: bool) -> _Writes:
        areas, now = self.areas, self.now
        if write:  # every row was placed by the first pass
            units = self.units[start : start + len(rows)]
        else:
            units = self._units(rows)
            self.units += units
        placed: list[tuple[CensusRow, _Area, str]] = []
        for row, unit in zip(rows, units, strict=True):
            if isinstance(unit, str):
                self.problems.append((row.where, unit))
                continue
            identity = (
                f"id:{row.national_id}" if row.national_id else f"name:{row.head_name.upper()}"
            )
            placed.append((row, unit, f"{unit.path_code}|{identity}"))
        existing = self._existing(
            [k for _, _, k in placed]
            + [f"{u.path_code}|name:{r.head_name.upper()}" for r, u, _ in placed if r.national_id]
        )
        if not write:
            self._warn_about_ids(placed)
        writes = _Writes()
        for row, unit, key in placed:
            if key in self.first_row:
                self.problems.append((row.where, (
                    f"same unit and national ID as {self.first_row[key]}" if row.national_id else
                    f"same unit and head's name as {self.first_row[key]}, and no national ID to "
                    "tell them apart"
                )))  # fmt: skip
                continue
            self.first_row[key] = row.where
            address = _code_of(unit) if row.unit == unit.path_code else row.unit
            before = existing.get(key)
            unnamed = f"{unit.path_code}|name:{row.head_name.upper()}"
            if before is None and row.national_id and unnamed in existing:
                # The list now gives the ID of a head it listed before without one (a
                # verification round fills them in): update that household, do not add another.
                if unnamed in self.first_row:
                    self.problems.append(
                        (row.where, f"same unit and head's name as {self.first_row[unnamed]}")
                    )
                    continue
                self.first_row[unnamed] = row.where
                writes.changed.append(str(existing[unnamed][0]))
                writes.given_ids.append((row.national_id, key, row.head_name, row.phone,
                                         row.household_size, address, now, unnamed))  # fmt: skip
            elif before is None and not write:
                writes.inserts.append(())  # counted only: ids and ancestors cost time
            elif before is None:
                writes.inserts.append(
                    (uuid7(), unit.id, areas.ancestor(unit, "block"), areas.ancestor(unit, "site"),
                     areas.ancestor(unit, "ward"), address, row.head_name, row.national_id,
                     row.phone, row.household_size, key, now, now)
                )  # fmt: skip
            elif before[1:] != (row.head_name, row.phone, row.household_size, address):
                writes.changed.append(str(before[0]))
                writes.changes.append(
                    (row.head_name, row.phone, row.household_size, address, now, key)
                )
        return writes

    def _warn_about_ids(self, placed: list[tuple[CensusRow, _Area, str]]) -> None:
        """Warn when a national ID is at two units: in this list, or in the workspace."""
        ids = sorted({row.national_id for row, _, _ in placed if row.national_id})
        elsewhere: dict[str, set[str]] = {}
        for national_id, unit_id in self.conn.exec_driver_sql(
            "SELECT head_national_id, unit_id FROM households WHERE deleted_at IS NULL "
            f"AND head_national_id {_IN_JSON}",
            (json.dumps(ids),),
        ):
            elsewhere.setdefault(national_id, set()).add(unit_id)
        for row, unit, _ in placed:
            if row.national_id is None:
                continue
            first = self.id_units.setdefault(row.national_id, (unit.path_code, row.where))
            if first[0] != unit.path_code:
                self.warnings.append(
                    (row.where, f"same national ID as {first[1]}, at another unit")
                )
            if elsewhere.get(row.national_id, set()) - {unit.id}:
                self.warnings.append((row.where, "national ID already belongs to a household at "
                                      "another unit in this workspace"))  # fmt: skip


def import_census(
    db: Database,
    path: Path,
    *,
    site: str | None = None,
    block: str | None = None,
    progress: Callable[[str, int, int], None] | None = None,
) -> ImportSummary:
    """Import the census list at `path`; see the module docstring. All rows or none."""
    code = db.settled_meta("country") or DEFAULT_COUNTRY
    rows = read_census(path, (lambda n: progress("read", n, 0)) if progress else None, country=code)
    return import_rows(db, rows, name=path.name, site=site, block=block, progress=progress)


def import_rows(
    db: Database,
    rows: list[CensusRow],
    *,
    name: str,
    site: str | None = None,
    block: str | None = None,
    progress: Callable[[str, int, int], None] | None = None,
) -> ImportSummary:
    """Import rows already read by `read_census` from the file called `name`. All or none."""
    device_id = db.device_id
    now = format_utc(datetime.now(UTC))
    with db.write() as conn, larger_page_cache(conn, _CACHE_MIB):
        areas = _Areas(conn, now, country(db.settled_meta("country") or DEFAULT_COUNTRY))
        site_area = _find_parent(areas, site, "site")
        block_area = _find_parent(areas, block, "block")
        if block_area is not None and site_area is None:
            site_area = areas.find(block_area.path_code.rpartition("/")[0], "site")
        plan = _Plan(conn, areas, site_area, block_area, now)
        checked = 0
        for _ in plan.batches(rows, write=False):  # look, do not write yet
            checked += _BATCH
            if progress:
                progress("check", min(checked, len(rows)), len(rows))
        if plan.problems:
            # Nothing has been written; raising also rolls back the transaction.
            raise LocatedErrors(
                f"{name}: {len(plan.problems):,} problem(s); nothing was imported:", plan.problems
            )
        actor = recorder.Actor(user=None, device_id=device_id)
        areas.write(actor)
        created = updated = 0
        for writes in plan.batches(rows, write=True):
            for sql, batch_rows in ((_INSERT_HOUSEHOLD, writes.inserts),
                                    (_UPDATE_HOUSEHOLD, writes.changes),
                                    (_ADD_NATIONAL_ID, writes.given_ids)):  # fmt: skip
                if batch_rows:
                    conn.exec_driver_sql(sql, batch_rows)
            # The same audit and outbox rows as adding or editing each household by hand.
            added = [str(insert[0]) for insert in writes.inserts]
            recorder.record_many(conn, action="household.add", record_ids=added, actor=actor)
            recorder.record_many(
                conn, action="household.edit", record_ids=writes.changed, actor=actor
            )
            created += len(writes.inserts)
            updated += len(writes.changes) + len(writes.given_ids)
            if progress:
                progress("write", created + updated, len(rows))
        unchanged = len(rows) - created - updated
        if created or updated or areas.created:
            recorder.audit(conn, action="census.import", actor=actor, detail={
                "rows": len(rows), "created": created, "updated": updated,
                "areas_created": areas.created,
            })  # fmt: skip
    return ImportSummary(len(rows), created, updated, unchanged, areas.created, plan.warnings)
