"""Which SQLCipher binding: sqlcipher3 (DB-API, SQLAlchemy's pysqlcipher) or apsw-sqlite3mc.

The same work on each, in the same run: open a keyed connection, write N rows in one
transaction, then a LIKE search over them (the census search's shape), with a raw 256-bit key
(no PBKDF2 per connection: Tinjau derives its key once with Argon2id). Plain stdlib sqlite3 is
the baseline. Run: `python -m bench.bench_cipher_choice [N]`.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

KEY = os.urandom(32).hex()


def _work(conn, execute, n: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    execute("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT, ic TEXT, income INTEGER)")
    start = time.perf_counter()
    execute("BEGIN")
    for i in range(n):
        execute(
            "INSERT INTO people (name, ic, income) VALUES (?, ?, ?)",
            (f"Nur Aisyah binti Ahmad {i}", f"{900101000000 + i}", i * 7),
        )
    execute("COMMIT")
    write = time.perf_counter() - start
    start = time.perf_counter()
    for term in ("%aisyah 12%", "%ahmad 99%", "%90010100%", "%binti%5"):
        list(execute("SELECT id, name FROM people WHERE name LIKE ? OR ic LIKE ?", (term, term)))
    return write, time.perf_counter() - start


def run(n: int) -> list[tuple[str, float, float, float]]:
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        plain = Path(folder, "plain.db")
        t = time.perf_counter()
        conn = sqlite3.connect(plain, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        opened = time.perf_counter() - t
        rows.append(("sqlite3 (plain)", opened, *_work(conn, conn.execute, n)))
        conn.close()

        import sqlcipher3.dbapi2 as sqlcipher

        t = time.perf_counter()
        conn = sqlcipher.connect(str(Path(folder, "c.db")), isolation_level=None)
        conn.execute(f"PRAGMA key = \"x'{KEY}'\"")
        conn.execute("PRAGMA journal_mode=WAL")
        opened = time.perf_counter() - t
        rows.append(("sqlcipher3 (SQLCipher 4)", opened, *_work(conn, conn.execute, n)))
        conn.close()

        import apsw

        for cipher in ("sqlcipher", "chacha20"):
            t = time.perf_counter()
            mc = apsw.Connection(str(Path(folder, f"mc-{cipher}.db")))
            cursor = mc.cursor()
            cursor.execute(f"PRAGMA cipher = '{cipher}'")
            cursor.execute(f"PRAGMA hexkey = '{KEY}'")
            cursor.execute("PRAGMA journal_mode=WAL")
            opened = time.perf_counter() - t
            rows.append((f"apsw-sqlite3mc ({cipher})", opened, *_work(mc, cursor.execute, n)))
            mc.close()
    return rows


def benchmarks():  # type: ignore[no-untyped-def]
    """For bench/run.py: each binding's write and search time as a ratio to plain sqlite3."""
    rows: list[tuple[str, float, float, float]] = []

    def measured(index: int, what: int):  # type: ignore[no-untyped-def]
        def run() -> dict:
            if not rows:
                rows.extend(run_all())
            name, _opened, write, search = rows[index]
            base = rows[0]
            value = (write / base[2]) if what == 2 else (search / base[3])
            return {
                "value": value, "unit": "x", "target": "informative", "ok": True,
                "note": f"{name}: write {write:.3f} s, search {search:.3f} s",
            }  # fmt: skip

        return run

    return [
        (f"cipher choice: {label} {kind} / sqlite3", measured(i, what))
        for i, label in ((1, "sqlcipher3"), (2, "apsw-sqlite3mc sqlcipher"))
        for what, kind in ((2, "write"), (3, "search"))
    ]


def run_all() -> list[tuple[str, float, float, float]]:
    return run(50_000)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    rows = run(n)
    base = rows[0]
    print(f"{'binding':28} {'open ms':>8} {'write s':>8} {'x':>5} {'search s':>9} {'x':>5}")
    for name, opened, write, search in rows:
        print(
            f"{name:28} {opened * 1000:8.1f} {write:8.3f} {write / base[2]:5.2f} "
            f"{search:9.3f} {search / base[3]:5.2f}"
        )


if __name__ == "__main__":
    main()
