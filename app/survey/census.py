"""Importing a ward's census list into the local database, all rows or none.

`import_census(db, path, site=..., block=...)` reads and checks the whole file first
(`census_file.read_census`), then writes every household in one transaction. It is idempotent:
a household is keyed on its unit's path code plus the head's national ID (or, without an ID,
the head's name), so importing the same list again changes nothing, and an updated list only
updates what changed (a head once listed without an ID and now with one keeps the household).
Units missing from the area tree are created under `--site`/`--block`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection

from app.survey.census_file import CensusRow, read_census
from app.survey.db.engine import Database
from app.survey.db.types import format_utc
from app.survey.errors import LocatedErrors, TinjauError
from app.survey.ids import uuid7

# A unit written as on its door: block letters, floor, number ("A-12-05", "B 3 11").
_UNIT = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{1,3})\s*[-/ ]\s*(\d{1,3})\s*[-/ ]\s*(\d{1,4})(?!\d)")
# Only floor and number, when the block comes from --block or a block column.
_FLOOR_UNIT = re.compile(r"^\s*(\d{1,3})\s*[-/ ]\s*(\d{1,4})\s*$")
# A written address: "No. 12-05, Blok A, PPR Sri Pantai".
_ADDRESS_UNIT = re.compile(r"(?<![\d-])(\d{1,3})\s*-\s*(\d{1,4})(?![\d-])")
_ADDRESS_BLOCK = re.compile(r"\b(?:blok|block|blk)\.?\s+([A-Za-z]{1,3})\b", re.IGNORECASE)


@dataclass
class ImportSummary:
    rows: int
    created: int
    updated: int
    unchanged: int
    areas_created: int


@dataclass
class _Area:
    id: str
    parent_id: str | None
    level: str
    path_code: str


_INSERT_AREA = (
    "INSERT INTO areas (id, parent_id, level, code, path_code, name, floor, unit_number, "
    "created_at, updated_at, revision) VALUES (?,?,?,?,?,?,?,?,?,?,0)"
)
_INSERT_HOUSEHOLD = (
    "INSERT INTO households (id, unit_id, block_id, site_id, ward_id, address, head_name, "
    "head_national_id, phone, household_size, source, census_key, visit_status, created_at, "
    "updated_at, revision) VALUES (?,?,?,?,?,?,?,?,?,?,'census',?,'not_visited',?,?,0)"
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
# Rows are written in batches of this many (one executemany each, progress after each): a row
# at a time through SQLAlchemy cost more than SQLite's own work.
_BATCH = 5000


class _Areas:
    """The area tree in memory for one import: find units, queue the missing ones."""

    def __init__(self, conn: Connection, now: str) -> None:
        self.conn, self.now = conn, now
        self.by_path: dict[str, _Area] = {}
        self.by_id: dict[str, _Area] = {}
        self.created = 0
        self.new_rows: list[tuple[object, ...]] = []  # parents before children
        for row in conn.exec_driver_sql(
            "SELECT id, parent_id, level, path_code FROM areas WHERE deleted_at IS NULL"
        ):
            area = _Area(*row)
            self.by_path[area.path_code] = area
            self.by_id[area.id] = area

    def find(self, path: str, level: str) -> _Area | None:
        area = self.by_path.get(path)
        return area if area is not None and area.level == level else None

    def ensure(self, parent: _Area, level: str, code: str, name: str, floor: int | None = None,
               number: str | None = None) -> _Area:  # fmt: skip
        path = f"{parent.path_code}/{code}"
        existing = self.by_path.get(path)
        if existing is not None:
            return existing
        return self._add(_Area(uuid7(), parent.id, level, path), code, name, floor, number)

    def add_root(self, level: str, code: str) -> _Area:
        return self._add(_Area(uuid7(), None, level, code), code, code, None, None)

    def _add(self, area: _Area, code: str, name: str, floor: int | None, number: str | None
             ) -> _Area:  # fmt: skip
        self.new_rows.append((area.id, area.parent_id, area.level, code, area.path_code, name,
                              floor, number, self.now, self.now))  # fmt: skip
        self.by_path[area.path_code], self.by_id[area.id] = area, area
        self.created += 1
        return area

    def write(self) -> None:
        """Insert the queued areas (once every row is known to be good)."""
        if self.new_rows:
            self.conn.exec_driver_sql(_INSERT_AREA, self.new_rows)

    def ancestor(self, area: _Area, level: str) -> str | None:
        current: _Area | None = area
        while current is not None:
            if current.level == level:
                return current.id
            current = self.by_id.get(current.parent_id) if current.parent_id else None
        return None


def _resolve_unit(
    row: CensusRow, areas: _Areas, site: _Area | None, block: _Area | None
) -> _Area | str:
    """The row's unit (created when needed), or what is wrong with it."""
    text = row.unit.strip()
    known = areas.find(text, "unit")
    if known is not None:
        return known
    match = _UNIT.search(text)
    written = _ADDRESS_BLOCK.search(text)
    floor_unit = _ADDRESS_UNIT.search(text)
    if written and floor_unit:
        block_code = written.group(1).upper()
        floor, number = int(floor_unit.group(1)), floor_unit.group(2)
    elif match:
        block_code, floor, number = match.group(1).upper(), int(match.group(2)), match.group(3)
    elif (floor_unit := _FLOOR_UNIT.match(text)) and (block is not None or row.block):
        block_code = block.path_code.rsplit("/", 1)[-1] if block is not None else ""
        floor, number = int(floor_unit.group(1)), floor_unit.group(2)
    else:
        return "unit is neither a unit code (BLOCK-FLOOR-NUMBER, e.g. A-12-05) nor an area path"
    if row.block:
        block_code = row.block.strip().upper()
    number = number.zfill(2)
    code = f"{block_code}-{floor:02d}-{number}"
    parent = block
    if parent is None or parent.path_code.rsplit("/", 1)[-1] != block_code:
        if site is None:
            if parent is None:
                return "unit is not in the area tree; give --site (or --block) so it can be created"
            return "block column differs from --block; give --site instead"
        parent = areas.ensure(site, "block", block_code, f"Blok {block_code}")
    return areas.ensure(parent, "unit", code, code, floor, number)


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
        found = areas.by_path.get(step_path)
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


def import_census(
    db: Database,
    path: Path,
    *,
    site: str | None = None,
    block: str | None = None,
    progress: Callable[[str, int, int], None] | None = None,
) -> ImportSummary:
    """Import the census list at `path`; see the module docstring. All rows or none."""
    rows = read_census(path, (lambda n: progress("read", n, 0)) if progress else None)
    device_id = db.device_id
    now = format_utc(datetime.now(UTC))
    with db.write() as conn:
        areas = _Areas(conn, now)
        site_area = _find_parent(areas, site, "site")
        block_area = _find_parent(areas, block, "block")
        if block_area is not None and site_area is None:
            site_area = areas.by_id.get(block_area.parent_id or "")
        existing = {
            key: (hid, name, phone, size, address)
            for key, hid, name, phone, size, address in conn.exec_driver_sql(
                "SELECT census_key, id, head_name, phone, household_size, address "
                "FROM households WHERE census_key IS NOT NULL"
            )
        }
        problems: list[tuple[str, str]] = []
        # Rows that come to the same household key (one unit written two ways, or two rows
        # without an ID and the same name) would overwrite each other: every import would then
        # "update" one from the other and a re-import would never be a no-op.
        first_row: dict[str, str] = {}
        inserts: list[tuple[object, ...]] = []
        changes: list[tuple[object, ...]] = []
        given_ids: list[tuple[object, ...]] = []
        for row in rows:
            unit = _resolve_unit(row, areas, site_area, block_area)
            if isinstance(unit, str):
                problems.append((row.where, unit))
                continue
            identity = (
                f"id:{row.national_id}" if row.national_id else f"name:{row.head_name.upper()}"
            )
            key = f"{unit.path_code}|{identity}"
            if key in first_row:
                problems.append((row.where, (
                    f"same unit and national ID as {first_row[key]}" if row.national_id else
                    f"same unit and head's name as {first_row[key]}, and no national ID to "
                    "tell them apart"
                )))  # fmt: skip
                continue
            first_row[key] = row.where
            address = unit.path_code.rsplit("/", 1)[-1] if row.unit == unit.path_code else row.unit
            before = existing.get(key)
            unnamed = f"{unit.path_code}|name:{row.head_name.upper()}"
            if before is None and row.national_id and unnamed in existing:
                # The list now gives the ID of a head it listed before without one (a
                # verification round fills them in): update that household, do not add another.
                if unnamed in first_row:
                    problems.append(
                        (row.where, f"same unit and head's name as {first_row[unnamed]}")
                    )
                    continue
                first_row[unnamed] = row.where
                given_ids.append((row.national_id, key, row.head_name, row.phone,
                                  row.household_size, address, now, unnamed))  # fmt: skip
            elif before is None:
                inserts.append(
                    (uuid7(), unit.id, areas.ancestor(unit, "block"), areas.ancestor(unit, "site"),
                     areas.ancestor(unit, "ward"), address, row.head_name, row.national_id,
                     row.phone, row.household_size, key, now, now)
                )  # fmt: skip
            elif before[1:] != (row.head_name, row.phone, row.household_size, address):
                changes.append((row.head_name, row.phone, row.household_size, address, now, key))
        if problems:
            # Nothing has been written; raising also rolls back the transaction.
            raise LocatedErrors(
                f"{path.name}: {len(problems)} problem(s); nothing was imported:", problems
            )
        areas.write()
        created, updated = len(inserts), len(changes) + len(given_ids)
        unchanged = len(rows) - created - updated
        writes = [
            (_INSERT_HOUSEHOLD, inserts),
            (_UPDATE_HOUSEHOLD, changes),
            (_ADD_NATIONAL_ID, given_ids),
        ]
        done = 0
        for sql, batch_rows in writes:
            for start in range(0, len(batch_rows), _BATCH):
                batch = batch_rows[start : start + _BATCH]
                conn.exec_driver_sql(sql, batch)
                done += len(batch)
                if progress and done < created + updated:
                    progress("write", done, created + updated)
        if created or updated or areas.created:
            conn.exec_driver_sql(
                "INSERT INTO audit_log (at, actor, device_id, action, detail) VALUES (?,?,?,?,?)",
                (now, None, device_id, "census.import", json.dumps({
                    "rows": len(rows), "created": created, "updated": updated,
                    "areas_created": areas.created,
                })),
            )  # fmt: skip
        if progress:
            progress("write", len(rows), len(rows))
    return ImportSummary(len(rows), created, updated, unchanged, areas.created)
