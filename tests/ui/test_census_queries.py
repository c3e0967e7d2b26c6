"""The census list's SQL: filters with cached sort orders give exactly what SQL ordering gives."""

from __future__ import annotations

import pytest

from app.survey.records.queries import (
    AreaFilter,
    ListIndex,
    ListQuery,
    area_tree,
    household_seqs,
    open_reader,
    ordered_sql,
)
from tests.ui.census_data import build_census

SQL_ORDER = {
    "unit": "u.path_code",
    "head": "h.head_name COLLATE NOCASE",
    "visit_status": "CASE h.visit_status WHEN 'not_visited' THEN 0 WHEN 'in_progress' THEN 1 "
    "WHEN 'returned' THEN 2 WHEN 'complete' THEN 3 WHEN 'synced' THEN 4 "
    "WHEN 'approved' THEN 5 ELSE 6 END",
    "updated_at": "h.updated_at",
}


@pytest.fixture(scope="module")
def conn(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("queries")
    path = build_census(folder, households=240)
    reader = open_reader(path)
    yield reader
    reader.close()


def by_sql(conn, where: str, params: list, sort: str, descending: bool) -> list[int]:  # type: ignore[no-untyped-def]
    direction = "DESC" if descending else "ASC"
    sql = (
        "SELECT h.seq FROM households h JOIN areas u ON u.id = h.unit_id "
        f"WHERE h.deleted_at IS NULL {where} "
        f"ORDER BY {SQL_ORDER[sort]} {direction}, h.seq {direction}"
    )
    return [row[0] for row in conn.execute(sql, params)]


@pytest.mark.parametrize("sort", sorted(SQL_ORDER))
@pytest.mark.parametrize("descending", [False, True])
def test_status_filter_in_every_sort_order_matches_sql(conn, sort: str, descending: bool) -> None:
    """A status filter sorted through the cached ranks is the same list SQL's ORDER BY gives."""
    orders = ListIndex()
    query = ListQuery(
        statuses=frozenset({"complete", "returned"}), sort=sort, descending=descending
    )
    expected = by_sql(conn, "AND h.visit_status IN ('complete', 'returned')", [], sort, descending)
    assert household_seqs(conn, query, orders) == expected
    assert household_seqs(conn, ListQuery(sort=sort, descending=descending), orders) == by_sql(
        conn, "", [], sort, descending
    )


def test_search_block_and_floor_filters(conn) -> None:
    """Search, block and floor narrow the list the way the same SQL conditions do."""
    orders = ListIndex()
    tree = area_tree(conn)
    block_b = tree[0].children[1]
    floor_2 = AreaFilter(tree[0].id, block_b.id, 2)
    got = household_seqs(conn, ListQuery(area=floor_2, search="ahmad"), orders)
    expected = by_sql(
        conn,
        "AND h.block_id = ? AND u.floor = 2 AND h.head_name LIKE 'Ahmad%'",
        [block_b.id],
        "unit",
        False,
    )
    assert got == expected and len(got) > 0
    assert household_seqs(conn, ListQuery(search='* : "'), orders) == []


def test_area_tree_counts_add_up(conn) -> None:
    """Floors add up to their block, blocks to their site, the site to every household."""
    (site,) = area_tree(conn)
    assert site.count == 240
    for block in site.children:
        assert block.count == sum(floor.count for floor in block.children)
    assert [f.label for f in site.children[0].children] == ["1", "2", "3", "4", "5"]


def test_visit_status_sorts_in_the_order_of_the_work(conn) -> None:
    """Sorting by visit status goes not visited, in progress, returned, complete, synced,
    approved: the order a worker meets them, not the alphabet."""
    seqs = household_seqs(conn, ListQuery(sort="visit_status"), ListIndex())
    statuses = [
        conn.execute("SELECT visit_status FROM households WHERE seq = ?", (s,)).fetchone()[0]
        for s in seqs
    ]
    order = ["not_visited", "in_progress", "returned", "complete", "synced", "approved"]
    assert list(dict.fromkeys(statuses)) == order


def test_the_first_list_reads_indexes_only(conn) -> None:
    """The first list (every household in unit order) is read from two covering indexes, with
    no look-up of an areas or households row and no sort step: what keeps a cold start short
    at 1,000,000 households (bench/bench_scale.py)."""
    plan = [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + ordered_sql("unit"))]
    assert plan == [
        "SCAN u USING COVERING INDEX ix_areas_path_id",
        "SEARCH h USING COVERING INDEX ix_households_unit_deleted (unit_id=? AND deleted_at=?)",
    ]
