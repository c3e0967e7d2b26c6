"""Settings for one long bulk write (a census import, a demo build) on an open connection."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlalchemy import Connection


@contextlib.contextmanager
def larger_page_cache(conn: Connection, mebibytes: int) -> Iterator[None]:
    """SQLite's page cache at `mebibytes` while the block runs, then as it was.

    Index pages of a big table stay in memory instead of being read again and spilled to the
    WAL for every few rows: bulk inserts run much faster, for a bounded amount of memory."""
    previous = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = {-1024 * int(mebibytes)}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(previous or -2000)}")
