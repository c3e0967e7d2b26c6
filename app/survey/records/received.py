"""Records received from the server (by a pull, app/sync/pull.py): written into their own
tables as the server holds them, with the server's revision, never into the outbox.

`apply` leaves alone a record this device already holds at that revision or newer, and an
interview being worked on here (a draft, or a returned interview being corrected); the caller
leaves alone the records with a change waiting in the outbox (`pending`). A household gets a
visit status (not visited, or the outcome of a visit that ended at the door); an interview new
to this device shows on its household (`synced`, `returned`, `approved`) and links the files
its server version names (`interview_attachments`); a review decision new
to this device moves its interview and household as on the reviewer's device, where the status
machines allow it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from app.survey.records import lifecycle, recorder
from app.survey.records.recorder import DATA_COLUMNS, TABLES

_JSON_COLUMNS = {"answers", "extra"}
# What a review decision does to the interview and its household (reviews._MOVES).
_REVIEW_MOVES = {
    "approve": (lifecycle.APPROVED, lifecycle.APPROVED),
    "return": (lifecycle.RETURNED, lifecycle.RETURNED),
    "reject": (lifecycle.REJECTED, None),
}
# A household's visit as the list shows it once the server holds an interview of it.
_VISIT_OF = {
    lifecycle.COMPLETE: lifecycle.SYNCED,
    lifecycle.SYNCED: lifecycle.SYNCED,
    lifecycle.RETURNED: lifecycle.RETURNED,
    lifecycle.APPROVED: lifecycle.APPROVED,
}


@dataclass(frozen=True)
class Received:
    """One record as the server sent it."""

    record_type: str
    record_id: str
    revision: int
    data: dict[str, Any]


def pending(conn: Connection, record_ids: Iterable[str]) -> set[tuple[str, str]]:
    """(record type, id) of those of `record_ids` with a local change waiting in the outbox."""
    ids = sorted(set(record_ids))
    if not ids:
        return set()
    rows = conn.exec_driver_sql(
        "SELECT DISTINCT record_type, record_id FROM outbox WHERE acked_at IS NULL AND "
        "record_id IN (SELECT value FROM json_each(?))",
        (json.dumps(ids),),
    )
    return {(str(t), str(i)) for t, i in rows}


def apply(conn: Connection, item: Received) -> bool:
    """Write `item` unless this device already has it at that revision or newer, or is
    working on it; True when something was written. No outbox entry: the caller audits it
    as received (`recorder.record_many` with `TYPE.receive`)."""
    table = TABLES[item.record_type]
    column = "server_revision" if item.record_type == "interview" else "revision"
    extra = ", status" if item.record_type == "interview" else ""
    here = conn.exec_driver_sql(
        f"SELECT coalesce({column}, 0){extra} FROM {table} WHERE id = ?", (item.record_id,)
    ).first()
    if here is not None and int(here[0]) >= item.revision:
        return False
    if item.record_type == "interview" and here is not None and here[1] in lifecycle.EDITABLE:
        return False  # being worked on here (a draft, or a correction after a return)
    columns = [c for c in DATA_COLUMNS[item.record_type].split() if c != "id"]
    data = item.data
    values = [_value(c, data.get(c)) for c in columns]
    stamp = recorder.now()
    if item.record_type == "interview":
        assignments = ", ".join(f"{c} = ?" for c in columns)
        if here is None:
            conn.exec_driver_sql(
                f"INSERT INTO interviews (id, {', '.join(columns)}, server_revision, "
                f"base_revision, updated_at) VALUES (?, {', '.join('?' * len(columns))}, ?, ?, ?)",
                (item.record_id, *values, item.revision, item.revision, stamp),
            )
            _household_follows(conn, item.record_id, data)
        else:
            conn.exec_driver_sql(
                f"UPDATE interviews SET {assignments}, server_revision = ?, base_revision = ?, "
                "updated_at = ? WHERE id = ?",
                (*values, item.revision, item.revision, stamp, item.record_id),
            )
        _files_follow(conn, item.record_id, data.get("attachments"), stamp)
        return True
    if item.record_type == "review_decision":
        conn.exec_driver_sql(
            f"INSERT INTO review_decisions (id, {', '.join(columns)}, revision) "
            f"VALUES (?, {', '.join('?' * len(columns))}, ?) ON CONFLICT (id) DO UPDATE SET "
            + ", ".join(f"{c} = excluded.{c}" for c in (*columns, "revision")),
            (item.record_id, *values, item.revision),
        )
        if here is None:
            _review_follows(conn, data)
        return True
    timestamps = "updated_at" if here is not None else "created_at, updated_at"
    if here is None:
        visit = ""
        if item.record_type == "household":
            outcome = data.get("visit_outcome")
            visit_status = outcome if outcome in lifecycle.NO_INTERVIEW else lifecycle.NOT_VISITED
            visit = ", visit_status"
            values.append(visit_status)
        conn.exec_driver_sql(
            f"INSERT INTO {table} (id, {', '.join(columns)}{visit}, revision, {timestamps}) "
            f"VALUES (?, {', '.join('?' * (len(values)))}, ?, ?, ?)",
            (item.record_id, *values, item.revision, stamp, stamp),
        )
    else:
        assignments = ", ".join(f"{c} = ?" for c in columns)
        conn.exec_driver_sql(
            f"UPDATE {table} SET {assignments}, revision = ?, updated_at = ? WHERE id = ?",
            (*values, item.revision, stamp, item.record_id),
        )
    return True


def _value(column: str, value: Any) -> Any:
    if column in _JSON_COLUMNS:
        return json.dumps(value if value is not None else {}, ensure_ascii=False)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return value


def _files_follow(conn: Connection, interview_id: str, named: Any, stamp: str) -> None:
    """The interview's files are the ones the server's version names (`attachments`), so a
    device that corrects it pushes them again; their bytes stay on the server until asked
    for (the sync never uploads a file the server holds)."""
    conn.exec_driver_sql(
        "DELETE FROM interview_attachments WHERE interview_id = ?", (interview_id,)
    )
    for entry in named if isinstance(named, list) else []:
        if not isinstance(entry, dict):
            continue
        name, sha256 = entry.get("name"), entry.get("sha256")
        media_type, size = entry.get("media_type"), entry.get("size")
        if isinstance(name, str) and isinstance(sha256, str) and isinstance(size, int):
            conn.exec_driver_sql(
                "INSERT OR REPLACE INTO interview_attachments "
                "(interview_id, name, sha256, media_type, size, added_at) VALUES (?,?,?,?,?,?)",
                (interview_id, name, sha256, str(media_type or ""), size, stamp),
            )


def _household_follows(conn: Connection, interview_id: str, interview: dict[str, Any]) -> None:
    """A household's visit shows an interview the server holds that this device lacked: from
    `not_visited` (nothing happened here), or where the visit machine allows the move; never
    while this device holds an interview of the household being worked on (a draft, a
    returned one) or waiting to be sent, which stays what the household shows."""
    visit = _VISIT_OF.get(str(interview.get("status")))
    if visit is None or interview.get("deleted_at") is not None:
        return
    household_id = interview.get("household_id")
    row = conn.exec_driver_sql(
        "SELECT visit_status FROM households WHERE id = ?", (household_id,)
    ).first()
    if row is None or row[0] == visit:
        return
    current = str(row[0])
    if current != lifecycle.NOT_VISITED and visit not in lifecycle.VISIT_MOVES.get(
        current, frozenset()
    ):
        return
    local = conn.exec_driver_sql(
        "SELECT 1 FROM interviews i WHERE i.household_id = ? AND i.id != ? "
        "AND i.deleted_at IS NULL AND (i.status IN (?, ?) OR EXISTS (SELECT 1 FROM outbox o "
        "WHERE o.record_type = 'interview' AND o.record_id = i.id AND o.acked_at IS NULL))",
        (household_id, interview_id, *lifecycle.EDITABLE),
    ).first()
    if local is None:
        conn.exec_driver_sql(
            "UPDATE households SET visit_status = ? WHERE id = ?", (visit, household_id)
        )


def _review_follows(conn: Connection, decision: dict[str, Any]) -> None:
    """A review decision new to this device moves its interview and household as on the
    reviewer's device, where the status machines allow the move (an interview corrected and
    completed again after it is not sent back again)."""
    interview_status, visit = _REVIEW_MOVES.get(str(decision.get("decision")), (None, None))
    if interview_status is None:
        return
    row = conn.exec_driver_sql(
        "SELECT i.status, i.household_id, h.visit_status FROM interviews i "
        "LEFT JOIN households h ON h.id = i.household_id WHERE i.id = ?",
        (decision.get("interview_id"),),
    ).first()
    if row is None or row[0] == interview_status:
        return
    if interview_status not in lifecycle.INTERVIEW_MOVES.get(row[0], frozenset()):
        return
    conn.exec_driver_sql(
        "UPDATE interviews SET status = ? WHERE id = ?",
        (interview_status, decision.get("interview_id")),
    )
    if (
        visit is not None
        and row[2] is not None
        and visit in lifecycle.VISIT_MOVES.get(row[2], frozenset())
    ):
        conn.exec_driver_sql("UPDATE households SET visit_status = ? WHERE id = ?", (visit, row[1]))
