"""The reads behind the census list, in plain SQL over a sqlite3 connection.

Two kinds, for two threads:
- `household_seqs` and `area_counts` may scan the whole table (tens of ms on 100,000
  households): they run on the database thread through `app.ui.ops`.
- `fetch_rows` reads one page of rows by primary key (about a millisecond): the list model calls
  it on the UI thread, on its own read-only connection, while the user scrolls.

The list holds only the ordered `seq` keys of the matching households (Anki's browser keeps card
ids the same way); the rows themselves are fetched a page at a time when they come into view.
"""

from __future__ import annotations

import sqlite3
from array import array
from dataclasses import dataclass, field
from pathlib import Path

from app.survey.db.models import VISIT_STATUSES
from app.survey.db.search import build_match_query

# Columns of the list, in order; the names are also the sort keys.
COLUMNS = ("unit", "head", "visit_status", "poverty_status", "updated_at")

_SORT_SQL = {
    "unit": "u.path_code",
    "head": "h.head_name COLLATE NOCASE",
    "visit_status": "h.visit_status",
    "poverty_status": "h.poverty_status",
    "updated_at": "h.updated_at",
}


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


@dataclass
class AreaNode:
    """A site, block or floor in the navigator, with how many households it holds."""

    level: str  # "site", "block" or "floor"
    id: str | None
    label: str
    count: int = 0
    floor: int | None = None
    children: list[AreaNode] = field(default_factory=list)


def open_reader(db_path: Path) -> sqlite3.Connection:
    """A read-only connection for the UI thread's page reads (WAL lets it read while we write)."""
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    conn.execute("PRAGMA query_only = ON")
    return conn


class SortOrders:
    """The rank of every household under each sort key, computed once and reused by filters.

    Sorting 100,000 rows in SQL takes a few hundred ms; a filter or search result is instead
    read unordered through an index and put in order here in a few ms. Ranks are kept in an
    array indexed by `seq` (the dense integer key). Used only on the database thread; `clear()`
    after any change to households.
    """

    def __init__(self) -> None:
        self._ordered: dict[str, list[int]] = {}
        self._ranks: dict[str, array[int]] = {}

    def clear(self) -> None:
        self._ordered.clear()
        self._ranks.clear()

    def ordered(self, conn: sqlite3.Connection, sort: str) -> list[int]:
        """Every listed household's seq, ascending by `sort` (ties by seq)."""
        if sort not in self._ordered:
            order = _SORT_SQL.get(sort, _SORT_SQL["unit"])
            join = "JOIN areas u ON u.id = h.unit_id " if sort == "unit" else ""
            seqs = [
                row[0]
                for row in conn.execute(
                    f"SELECT h.seq FROM households h {join}"
                    f"WHERE h.deleted_at IS NULL ORDER BY {order}, h.seq"
                )
            ]
            ranks = array("q", bytes(8 * ((max(seqs) if seqs else 0) + 1)))
            for rank, seq in enumerate(seqs):
                ranks[seq] = rank
            self._ordered[sort], self._ranks[sort] = seqs, ranks
        return self._ordered[sort]

    def sort(self, conn: sqlite3.Connection, seqs: list[int], sort: str) -> list[int]:
        """`seqs` in the order of `sort` (ascending)."""
        self.ordered(conn, sort)
        ranks = self._ranks[sort]
        size = len(ranks)
        # A household newer than the ranks (not after clear(); cheap to be safe) goes last.
        return sorted(seqs, key=lambda seq: ranks[seq] if seq < size else size + seq)


def household_seqs(conn: sqlite3.Connection, query: ListQuery, orders: SortOrders) -> list[int]:
    """The `seq` of every household matching `query`, in the list's order."""
    where = ["h.deleted_at IS NULL"]
    params: list[object] = []
    join = ""
    if query.area.block_id is not None:
        where.append("h.block_id = ?")
        params.append(query.area.block_id)
        if query.area.floor is not None:
            join = "JOIN areas u ON u.id = h.unit_id "
            where.append("u.floor = ?")
            params.append(query.area.floor)
    elif query.area.site_id is not None:
        where.append("h.site_id = ?")
        params.append(query.area.site_id)
    statuses = sorted(s for s in query.statuses if s in VISIT_STATUSES)
    if statuses:
        where.append(f"h.visit_status IN ({', '.join('?' * len(statuses))})")
        params += statuses
    if query.search.strip():
        expression = build_match_query(query.search)
        if expression is None:
            return []
        where.append("h.seq IN (SELECT rowid FROM households_fts WHERE households_fts MATCH ?)")
        params.append(expression)
    if len(where) == 1:
        seqs = list(orders.ordered(conn, query.sort))
    else:
        sql = f"SELECT h.seq FROM households h {join}WHERE {' AND '.join(where)}"
        seqs = orders.sort(conn, [row[0] for row in conn.execute(sql, params)], query.sort)
    if query.descending:
        seqs.reverse()
    return seqs


def fetch_rows(conn: sqlite3.Connection, seqs: list[int]) -> dict[int, HouseholdRow]:
    """The list rows for `seqs` (at most a page), by primary key; missing ones are left out."""
    if not seqs:
        return {}
    sql = (
        "SELECT h.seq, h.id, b.code, u.floor, u.unit_number, u.code, h.head_name, "
        "h.visit_status, h.poverty_status, h.updated_at "
        "FROM households h JOIN areas u ON u.id = h.unit_id "
        "LEFT JOIN areas b ON b.id = h.block_id "
        f"WHERE h.seq IN ({', '.join('?' * len(seqs))})"
    )
    rows = {}
    for seq, hid, block, floor, number, code, head, status, poverty, updated in conn.execute(
        sql, seqs
    ):
        rows[seq] = HouseholdRow(
            seq=seq,
            id=hid,
            unit=unit_label(block, floor, number, code),
            head=head,
            visit_status=status,
            poverty_status=poverty,
            updated_at=updated or "",
        )
    return rows


def unit_label(block: str | None, floor: int | None, number: str | None, code: str) -> str:
    """How a unit is written on a door in the flats: block-floor-number (e.g. A-12-03)."""
    if block and floor is not None and number:
        return f"{block}-{floor:02d}-{number}"
    return code


def area_tree(conn: sqlite3.Connection) -> list[AreaNode]:
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
