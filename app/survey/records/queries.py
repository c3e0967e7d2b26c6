"""The reads behind the census list (and its search), in plain SQL over a sqlite3 connection.

Two kinds, for two threads:
- `household_seqs` and `area_counts` may scan the whole table (tens of ms on 100,000
  households): they run on the database thread through `app.ui.ops`.
- `fetch_rows` reads one page of rows by primary key (about a millisecond): the list model calls
  it on the UI thread, on its own read-only connection, while the user scrolls.

The list holds only the ordered `seq` keys of the matching households (Anki's browser keeps card
ids the same way); the rows themselves are fetched a page at a time when they come into view.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from pathlib import Path

from app.survey.db import cipher, keys
from app.survey.db.health import can_write, read_uri
from app.survey.records.lifecycle import (
    APPROVED,
    COMPLETE,
    IN_PROGRESS,
    NOT_FOUND,
    NOT_VISITED,
    REFUSED,
    RETURNED,
    SYNCED,
    VISIT_STATUSES,
)

# The order of the work, not of the alphabet.
WORK_ORDER = (
    NOT_VISITED, IN_PROGRESS, RETURNED, NOT_FOUND, REFUSED, COMPLETE, SYNCED, APPROVED,
)  # fmt: skip

# Columns of the list, in order; the names are also the sort keys.
COLUMNS = ("unit", "head", "visit_status", "poverty_status", "updated_at")

_SORT_SQL = {
    # path_code is unique: u.id changes nothing in the order, but lets SQLite read it from the
    # index ix_areas_path_id alone (no look-up of each area's row, no sort step).
    "unit": "u.path_code, u.id",
    "head": "h.head_name COLLATE NOCASE",
    "visit_status": "CASE h.visit_status "
    + " ".join(f"WHEN '{status}' THEN {n}" for n, status in enumerate(WORK_ORDER))
    + f" ELSE {len(WORK_ORDER)} END",
    "poverty_status": "h.poverty_status",
    "updated_at": "h.updated_at",
}


def ordered_sql(sort: str) -> str:
    """The SELECT of every listed household's seq in `sort` order (a key of `_SORT_SQL`).

    Unit order, the first list, walks the index of areas by (path_code, id) and that of
    households by (unit_id, deleted_at): index pages only, no look-up of a row, no sort step
    (migration 0007; the cold start in bench/bench_scale.py).
    """
    join = "JOIN areas u ON u.id = h.unit_id " if sort == "unit" else ""
    return (
        f"SELECT h.seq FROM households h {join}WHERE h.deleted_at IS NULL "
        f"ORDER BY {_SORT_SQL[sort]}, h.seq"
    )


@dataclass(frozen=True)
class AreaFilter:
    """Which part of the site to list: everything, a site, a block, or one floor of a block."""

    site_id: str | None = None
    block_id: str | None = None
    floor: int | None = None


@dataclass(frozen=True)
class ListQuery:
    """Everything that decides which households the list shows, and in which order."""

    area: AreaFilter = AreaFilter()
    statuses: frozenset[str] = frozenset()  # empty = every status
    search: str = ""
    sort: str = "unit"
    descending: bool = False
    conflicts: bool = False  # only households whose last push came back as a conflict


@dataclass
class HouseholdRow:
    """One line of the census list."""

    seq: int
    id: str
    unit: str
    head: str
    visit_status: str
    poverty_status: str | None
    updated_at: str
    conflict: bool = False  # a record of it came back "conflict" from its last push


@dataclass
class AreaNode:
    """A site, block or floor in the navigator, with how many households it holds."""

    level: str  # "site", "block" or "floor"
    id: str | None
    label: str
    count: int = 0
    floor: int | None = None
    children: list[AreaNode] = field(default_factory=list)


def open_reader(db_path: Path) -> cipher.Connection:
    """A read-only connection for the UI thread's page reads (WAL lets it read while we write).

    In a folder this user may not write, SQLite could not make the -wal and -shm a plain
    read-only open needs: `read_uri` reads the file as it is then (nobody can change it).
    """
    writable = can_write(db_path)
    uri = f"{db_path.resolve().as_uri()}?mode=ro" if writable else read_uri(db_path)
    conn = cipher.connect(uri, keys.data_key_for(db_path), uri=True)
    conn.execute("PRAGMA query_only = ON")
    # Pages of rows are read while scrolling: memory-mapped reads and a bigger page cache keep
    # a page read around a millisecond.
    conn.execute("PRAGMA mmap_size = 268435456")
    conn.execute("PRAGMA cache_size = -32768")
    return conn


class ListIndex:
    """What the list filters and sorts on, for every household, held in memory on the DB thread.

    The first list is one indexed walk of the table in unit order. Right after it is shown,
    `warm()` reads every household's status and area into arrays; from then on a status or
    area filter is a pass over arrays (a few ms, not a table scan) and a search is the FTS hits
    put in order by rank. Other sort orders are read once, when first asked for. Touch it only
    on the database thread; `clear()` after any change to households (the list model does so
    when a CollectionOp reports one).
    """

    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        self._ordered: dict[str, list[int]] = {}
        self._ranks: dict[str, array[int]] = {}
        self._size = 0  # arrays are indexed by seq, so they are max(seq) + 1 long
        self._status = array("b")  # index into VISIT_STATUSES; -1 = not listed
        self._site = array("l")  # small numbers standing for area ids (see _area_numbers)
        self._block = array("l")
        self._floor = array("l")
        self._area_numbers: dict[str | None, int] = {None: 0}

    def warm(self, conn: cipher.Connection) -> None:
        """Read what filters need now, so the first filter or search is as quick as the rest."""
        self._attributes(conn)
        self._rank(conn, "unit")

    def _attributes(self, conn: cipher.Connection) -> None:
        if self._size:
            return
        rows = conn.execute(
            "SELECT h.seq, h.visit_status, h.site_id, h.block_id, u.floor "
            "FROM households h JOIN areas u ON u.id = h.unit_id WHERE h.deleted_at IS NULL"
        ).fetchall()
        size = max((row[0] for row in rows), default=0) + 1
        status = array("b", [-1]) * size
        site, block, floor = (array("l", [0]) * size for _ in range(3))
        codes = {name: i for i, name in enumerate(VISIT_STATUSES)}
        numbers = self._area_numbers
        for seq, visit, site_id, block_id, unit_floor in rows:
            status[seq] = codes.get(visit, -1)
            site[seq] = numbers.setdefault(site_id, len(numbers))
            block[seq] = numbers.setdefault(block_id, len(numbers))
            floor[seq] = -1 if unit_floor is None else unit_floor
        self._status, self._site, self._block, self._floor = status, site, block, floor
        self._size = size

    def _rank(self, conn: cipher.Connection, sort: str) -> array[int]:
        """rank[seq] = position of the household in `sort` order."""
        if sort not in self._ranks:
            self._attributes(conn)
            ranks = array("q", [0]) * self._size
            for rank, seq in enumerate(self.ordered(conn, sort)):
                if seq < self._size:
                    ranks[seq] = rank
            self._ranks[sort] = ranks
        return self._ranks[sort]

    def ordered(self, conn: cipher.Connection, sort: str) -> list[int]:
        """Every listed household's seq, ascending by `sort` (ties by seq)."""
        sort = sort if sort in _SORT_SQL else "unit"
        if sort not in self._ordered:
            self._ordered[sort] = [row[0] for row in conn.execute(ordered_sql(sort))]
        return self._ordered[sort]

    def select(self, conn: cipher.Connection, query: ListQuery, hits: set[int] | None) -> list[int]:
        """The seqs matching `query` (FTS `hits` already found, or None), ascending order."""
        sort = query.sort if query.sort in _SORT_SQL else "unit"
        ordered = self.ordered(conn, sort)
        filtered = (
            hits is not None or query.statuses or query.conflicts or query.area != AreaFilter()
        )
        if not filtered:
            return list(ordered)
        self._attributes(conn)
        status, size = self._status, self._size
        if hits is not None and len(hits) * 20 < len(ordered):
            # Few hits: put them in order by rank rather than walking the whole list.
            ranks = self._rank(conn, sort)
            seqs = sorted((s for s in hits if s < size and status[s] >= 0), key=ranks.__getitem__)
        elif hits is not None:
            seqs = [s for s in ordered if s in hits]
        else:
            seqs = ordered
        wanted = {VISIT_STATUSES.index(s) for s in query.statuses if s in VISIT_STATUSES}
        if wanted:
            seqs = [s for s in seqs if status[s] in wanted]
        if query.conflicts:
            # Few rows (the sync_conflicts table), read fresh: a sync adds them off this thread.
            conflicting = {
                row[0]
                for row in conn.execute(
                    "SELECT h.seq FROM sync_conflicts c JOIN households h ON h.id = c.household_id"
                )
            }
            seqs = [s for s in seqs if s in conflicting]
        area = query.area
        if area.block_id is not None:
            block_no = self._area_numbers.get(area.block_id, -1)
            blocks = self._block
            seqs = [s for s in seqs if blocks[s] == block_no]
            if area.floor is not None:
                floors, wanted_floor = self._floor, area.floor
                seqs = [s for s in seqs if floors[s] == wanted_floor]
        elif area.site_id is not None:
            site_no = self._area_numbers.get(area.site_id, -1)
            sites = self._site
            seqs = [s for s in seqs if sites[s] == site_no]
        return seqs if seqs is not ordered else list(ordered)


def household_seqs(conn: cipher.Connection, query: ListQuery, index: ListIndex) -> list[int]:
    """The `seq` of every household matching `query`, in the list's order."""
    # Imported here (database thread) so the window's own imports stay free of SQLAlchemy.
    from app.survey.db.search import build_match_query

    hits = None
    if query.search.strip():
        expression = build_match_query(query.search)
        if expression is None:
            return []
        hits = {
            row[0]
            for row in conn.execute(
                "SELECT rowid FROM households_fts WHERE households_fts MATCH ?", (expression,)
            )
        }
    seqs = index.select(conn, query, hits)
    if query.descending:
        seqs.reverse()
    return seqs


def fetch_rows(conn: cipher.Connection, seqs: list[int]) -> dict[int, HouseholdRow]:
    """The list rows for `seqs` (at most a page), by primary key; missing ones are left out."""
    if not seqs:
        return {}
    sql = (
        "SELECT h.seq, h.id, b.code, u.floor, u.unit_number, u.code, h.head_name, "
        "h.visit_status, h.poverty_status, h.updated_at, "
        "EXISTS (SELECT 1 FROM sync_conflicts c WHERE c.household_id = h.id) "
        "FROM households h JOIN areas u ON u.id = h.unit_id "
        "LEFT JOIN areas b ON b.id = h.block_id "
        f"WHERE h.seq IN ({', '.join('?' * len(seqs))})"
    )
    rows = {}
    for (
        seq,
        hid,
        block,
        floor,
        number,
        code,
        head,
        status,
        poverty,
        updated,
        conflict,
    ) in conn.execute(sql, seqs):
        rows[seq] = HouseholdRow(
            seq=seq,
            id=hid,
            unit=unit_label(block, floor, number, code),
            head=head,
            visit_status=status,
            poverty_status=poverty,
            updated_at=updated or "",
            conflict=bool(conflict),
        )
    return rows


def unit_label(block: str | None, floor: int | None, number: str | None, code: str) -> str:
    """How a unit is written on a door in the flats: block-floor-number (e.g. A-12-03)."""
    if block and floor is not None and number:
        return f"{block}-{floor:02d}-{number}"
    return code


def area_tree(conn: cipher.Connection) -> list[AreaNode]:
    """Sites > blocks > floors that have households, each with its household count."""
    sites: dict[str, AreaNode] = {}
    blocks: dict[str, AreaNode] = {}
    for area_id, level, parent_id, code, name in conn.execute(
        "SELECT id, level, parent_id, code, name FROM areas "
        "WHERE level IN ('site', 'block') AND deleted_at IS NULL ORDER BY level DESC, code"
    ):
        label = name or code
        if level == "site":
            sites[area_id] = AreaNode("site", area_id, label)
        elif parent_id in sites:
            node = AreaNode("block", area_id, label)
            blocks[area_id] = node
            sites[parent_id].children.append(node)
    # Count per unit through the unit index first, then add units up by floor: far fewer rows
    # to join than one per household.
    for block_id, floor, count in conn.execute(
        "SELECT u.parent_id, u.floor, sum(c.n) FROM "
        "(SELECT unit_id, count(*) AS n FROM households WHERE deleted_at IS NULL "
        "GROUP BY unit_id) AS c JOIN areas u ON u.id = c.unit_id "
        "GROUP BY u.parent_id, u.floor ORDER BY u.parent_id, u.floor"
    ):
        block = blocks.get(block_id)
        if block is None:
            continue
        block.count += count
        block.children.append(
            AreaNode("floor", block_id, str(floor) if floor is not None else "?", count, floor)
        )
    for site in sites.values():
        site.count = sum(block.count for block in site.children)
    return [site for site in sites.values() if site.children]


def empty_workspace_site(conn: cipher.Connection) -> tuple[str, str, str] | None:
    """None when the workspace has households; else its first site's (path code, id, name),
    all "" when it has none yet: for the window's hint on importing a census list, and for
    "Add household" (a household added there makes the site's first block)."""
    if conn.execute("SELECT 1 FROM households LIMIT 1").fetchone() is not None:
        return None
    site = conn.execute(
        "SELECT path_code, id, name FROM areas WHERE level = 'site' AND deleted_at IS NULL "
        "ORDER BY path_code LIMIT 1"
    ).fetchone()
    return (str(site[0]), str(site[1]), str(site[2] or site[0])) if site else ("", "", "")
