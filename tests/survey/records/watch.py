"""A watch on a real workspace database: every transaction that changes a synced record must
also have written its trace through the change recorder.

`RecordWatch(db)` adds triggers to the database file that note each changed record in a table
of their own, and hooks the engine's transactions: at each commit (still inside the
transaction) it checks that every record noted since the transaction began has an audit entry
written in it, and, when that change ships, an outbox entry whose data is the record as the
transaction leaves it. A record changed outside the engine (a plain sqlite3 connection) is left
noted and reported by `problems()` too. Rows are never deleted from synced tables: a DELETE is
a problem.

What each trigger watches comes from the recorder's own list of shipped columns: a change to
any of them is a data change. A household's visit status and an interview's status are
status changes: the audit entry may name the record or a record the change came with (the
household's interview, the interview's review decision). A draft save (answers of an
interview that stays editable) is neither: drafts stay on the device, unaudited.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import event

from app.survey.db.engine import Database
from app.survey.records import lifecycle, recorder

_STATUS = {"households": "visit_status", "interviews": "status"}


def _triggers() -> list[str]:
    statements = []
    for record_type, table in recorder.TABLES.items():
        columns = [c for c in recorder.DATA_COLUMNS[record_type].split() if c != "id"]
        data = [c for c in columns if c != _STATUS.get(table)]
        note = (
            "INSERT INTO _watch_touched (tbl, record_type, rid, kind) "
            f"VALUES ('{table}', '{record_type}', {{row}}.id, '{{kind}}')"
        )
        statements.append(
            f"CREATE TRIGGER _watch_{table}_insert AFTER INSERT ON {table} BEGIN "
            f"{note.format(row='new', kind='data')}; END"
        )
        editable = ", ".join(repr(s) for s in lifecycle.EDITABLE)
        draft_save = (
            f" WHEN NOT (new.status = old.status AND new.status IN ({editable}))"
            if table == "interviews"
            else ""
        )
        statements.append(
            f"CREATE TRIGGER _watch_{table}_data AFTER UPDATE OF {', '.join(data)} ON {table}"
            f"{draft_save} BEGIN {note.format(row='new', kind='data')}; END"
        )
        if table in _STATUS:
            statements.append(
                f"CREATE TRIGGER _watch_{table}_status AFTER UPDATE OF {_STATUS[table]} "
                f"ON {table} BEGIN {note.format(row='new', kind='status')}; END"
            )
        statements.append(
            f"CREATE TRIGGER _watch_{table}_delete AFTER DELETE ON {table} BEGIN "
            f"{note.format(row='old', kind='delete')}; END"
        )
    return statements


class RecordWatch:
    """Install on `db` (a real workspace), run writes, then assert `problems() == []`."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.found: list[str] = []
        self.commits_checked = 0
        self._marks: dict[int, tuple[int, int]] = {}
        with db.write() as conn:
            conn.exec_driver_sql(
                "CREATE TABLE IF NOT EXISTS _watch_touched "
                "(tbl TEXT, record_type TEXT, rid TEXT, kind TEXT)"
            )
            for statement in _triggers():
                conn.exec_driver_sql(statement)
        event.listen(db.engine, "begin", self._begin)
        event.listen(db.engine, "commit", self._commit)

    def close(self) -> None:
        event.remove(self.db.engine, "begin", self._begin)
        event.remove(self.db.engine, "commit", self._commit)

    def problems(self) -> list[str]:
        """Everything found so far, and the records changed where no commit was checked."""
        with self.db.read() as conn:
            left = conn.exec_driver_sql("SELECT DISTINCT tbl, kind FROM _watch_touched").all()
        return self.found + [f"{tbl}: a {kind} change outside the engine" for tbl, kind in left]

    # -- engine events -------------------------------------------------------------------------

    @staticmethod
    def _raw(conn: Any) -> Any:
        return conn.connection.driver_connection

    def _begin(self, conn: Any) -> None:
        raw = self._raw(conn)
        audit = raw.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0]
        outbox = raw.execute("SELECT coalesce(max(id), 0) FROM outbox").fetchone()[0]
        self._marks[id(raw)] = (audit, outbox)

    def _commit(self, conn: Any) -> None:
        raw = self._raw(conn)
        mark = self._marks.pop(id(raw), None)
        if mark is None or raw.execute("PRAGMA query_only").fetchone()[0]:
            return
        touched = raw.execute(
            "SELECT DISTINCT tbl, record_type, rid, kind FROM _watch_touched"
        ).fetchall()
        if not touched:
            return
        self.commits_checked += 1
        audits = raw.execute(
            "SELECT action, record_id FROM audit_log WHERE id > ?", (mark[0],)
        ).fetchall()
        audited = {rid for _, rid in audits if rid}
        shipped = {rid for action, rid in audits if rid and recorder.ACTIONS[action].ships}
        newest: dict[str, dict[str, Any]] = {}
        for rid, payload in raw.execute(
            "SELECT record_id, payload FROM outbox WHERE id > ? ORDER BY id", (mark[1],)
        ):
            newest[rid] = json.loads(payload)
        for table, record_type, rid, kind in touched:
            where = f"{table} {rid}"
            if kind == "delete":
                self.found.append(f"{where}: deleted (rows of synced tables are never deleted)")
                continue
            covered = rid in audited or (
                kind == "status" and bool(self._related(raw, table, rid) & audited)
            )
            if not covered:
                self.found.append(f"{where}: a {kind} change with no audit entry")
                continue
            if kind == "data" and rid in shipped:
                entry = newest.get(rid)
                current = raw.execute(recorder.data_sql(record_type), (rid,)).fetchone()[0]
                if entry is None:
                    self.found.append(f"{where}: shipped with no outbox entry")
                elif entry["data"] != json.loads(current):
                    self.found.append(f"{where}: the outbox entry is not the record as it is")
        raw.execute("DELETE FROM _watch_touched")

    @staticmethod
    def _related(raw: Any, table: str, rid: str) -> set[str]:
        """The records a status change of `rid` may come with."""
        if table == "households":
            sql = (
                "SELECT i.id FROM interviews i WHERE i.household_id = ?1 UNION "
                "SELECT d.id FROM review_decisions d JOIN interviews i ON i.id = d.interview_id "
                "WHERE i.household_id = ?1"
            )
        elif table == "interviews":
            sql = "SELECT id FROM review_decisions WHERE interview_id = ?1"
        else:
            return set()
        return {row[0] for row in raw.execute(sql, (rid,))}
