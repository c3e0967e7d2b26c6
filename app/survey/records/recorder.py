"""The change recorder: the one place that writes `audit_log` and `outbox` rows.

`record(conn, action=..., record_id=..., actor=...)` is called by every records function in the
transaction of its change: it appends the audit entry (who, which device, what, which record,
when; never a personal value) and, when the action ships (`ACTIONS`), one outbox entry whose
payload is the record as it now stands, read by SQL from its own row. `record_many` writes the
very same rows for a batch (census import) with executemany.

The outbox is the "dirty" marker: a record with an unacked outbox entry has local changes the
server has not seen; the entry's id is the device's change order. Its payload is the push item:
the record's `data`, its `content_hash` and the `base_revision` (the server revision the change
was based on; a push with a stale base is a conflict). The format is in docs/architecture.md.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection

from app.survey.db.types import format_utc
from app.survey.records.content import FLAT_FUNCTION, SQL_FUNCTION


@dataclass(frozen=True)
class Actor:
    """Who makes a change: the person (enumerator or reviewer id; None for the system) and
    the device, for the audit entry."""

    user: str | None
    device_id: str | None


@dataclass(frozen=True)
class Rule:
    """What an action touches and whether it is sent to the server."""

    record_type: str
    ships: bool


# Every action the records layer records. Drafts stay on the device: beginning or reopening an
# interview is audited but not shipped (the household's move to "in progress" with it); its
# completion ships once, as the whole interview. A household's visit status is derived from its
# interviews and their reviews, so moving it by hand is audited, not shipped; a visit that ended
# at the door without an interview ships its outcome (`household.visit_outcome`).
ACTIONS: dict[str, Rule] = {
    "area.add": Rule("area", ships=True),
    # A removed area listed again by a census import.
    "area.restore": Rule("area", ships=True),
    "household.add": Rule("household", ships=True),
    "household.edit": Rule("household", ships=True),
    "household.move": Rule("household", ships=True),
    "household.visit": Rule("household", ships=False),
    # Not found or refused at the door: a fact of the field the server cannot derive, so the
    # household ships with its outcome and note.
    "household.visit_outcome": Rule("household", ships=True),
    "member.add": Rule("member", ships=True),
    "member.edit": Rule("member", ships=True),
    "member.remove": Rule("member", ships=True),
    "interview.begin": Rule("interview", ships=False),
    "interview.reopen": Rule("interview", ships=False),
    "interview.complete": Rule("interview", ships=True),
    "assignment.add": Rule("assignment", ships=True),
    "assignment.withdraw": Rule("assignment", ships=True),
    "review.decide": Rule("review_decision", ships=True),
    # Survey rounds (app/survey/records/rounds.py): opened and closed by a supervisor.
    "round.open": Rule("survey_round", ships=True),
    "round.close": Rule("survey_round", ships=True),
    # Which round is this workspace's current one: a choice of this device.
    "round.choose": Rule("survey_round", ships=False),
} | {
    # A record received from the server (by a pull) is audited and never sent back.
    f"{record_type.removesuffix('_decision')}.receive": Rule(record_type, ships=False)
    for record_type in ("area", "household", "member", "interview", "assignment",
                        "review_decision", "survey_round")
}  # fmt: skip

TABLES = {
    "area": "areas",
    "household": "households",
    "member": "members",
    "interview": "interviews",
    "assignment": "assignments",
    "review_decision": "review_decisions",
    "survey_round": "survey_rounds",
}
SYNCED_TABLES = tuple(TABLES.values())

# The columns of a record's `data`, per record type: what the device knows of it. Sync
# bookkeeping (revisions) travels beside the data, never in it, and so do the local timestamps
# `created_at` / `updated_at` and the derived `visit_status` / `poverty_status` of a household
# (the server derives them from the interviews, their scores and reviews).
DATA_COLUMNS = {
    "area": "id parent_id level code path_code name floor unit_number deleted_at",
    "household": "id unit_id block_id site_id ward_id address head_name head_national_id phone "
    "household_size source census_key visit_outcome visit_note deleted_at",
    "member": "id household_id line_number relationship_to_head name national_id sex "
    "birth_date extra deleted_at",
    "interview": "id household_id form_id form_version answers status started_at completed_at "
    "enumerator_id device_id deleted_at round_id",
    "assignment": "id enumerator_id area_id household_id assigned_by assigned_at due_date note "
    "deleted_at",
    "review_decision": "id interview_id decision comment reviewer_id decided_at",
    "survey_round": "id area_id name opened_on closed_on deleted_at",
}
# The server revision each record type's change was based on (0: the server never had it).
_BASE = dict.fromkeys(TABLES, "coalesce(revision, 0)") | {
    "interview": "coalesce(server_revision, 0)"
}
_JSON_COLUMNS = {"answers", "position", "extra"}


# An interview's data names its files (app/survey/records/attachments.py) under
# `attachments`, sorted by name; an interview without files has no such key, so its data (and
# content hash) is what it was before interviews had files.
_INTERVIEW_FILES = (
    "(SELECT CASE WHEN count(*) = 0 THEN json_object() ELSE json_object('attachments', "
    "json_group_array(json_object('media_type', media_type, 'name', name, 'sha256', sha256, "
    "'size', size))) END FROM (SELECT * FROM interview_attachments "
    "WHERE interview_id = interviews.id ORDER BY name))"
)


def _data_expression(record_type: str) -> str:
    """The SQL expression of one record's `data` JSON text, over its table's row."""
    # Keys in sorted order: for a record without nested JSON this text is already canonical.
    pairs = ", ".join(
        f"'{c}', json({c})" if c in _JSON_COLUMNS else f"'{c}', {c}"
        for c in sorted(DATA_COLUMNS[record_type].split())
    )
    if record_type == "interview":
        return f"json_patch(json_object({pairs}), {_INTERVIEW_FILES})"
    return f"json_object({pairs})"


def data_sql(record_type: str) -> str:
    """SQL for one record's `data` JSON text (parameter: the record id)."""
    return f"SELECT {_data_expression(record_type)} FROM {TABLES[record_type]} WHERE id = ?"


def _outbox_sql(record_type: str) -> str:
    """INSERT of the outbox entry of one record as it stands (parameters: time, record id).

    The payload is the push item as it goes on the wire (see docs/architecture.md); the
    content hash is taken by an SQL function the engine registers (`content.register`)."""
    record = _data_expression(record_type)
    columns = DATA_COLUMNS[record_type].split()
    hash_function = SQL_FUNCTION if _JSON_COLUMNS & set(columns) else FLAT_FUNCTION
    operation = (
        "CASE WHEN deleted_at IS NULL THEN 'upsert' ELSE 'delete' END"
        if "deleted_at" in columns
        else "'upsert'"  # a review decision is never taken back
    )
    return (
        "INSERT INTO outbox (record_type, record_id, operation, payload, created_at, attempts) "
        f"SELECT '{record_type}', id, op, json_object('format', {PAYLOAD_FORMAT}, "
        f"'record_type', '{record_type}', 'record_id', id, 'operation', op, "
        f"'base_revision', base, 'content_hash', {hash_function}(data), 'data', json(data)), "
        "?, 0 FROM ("
        f"SELECT id, {operation} AS op, {_BASE[record_type]} AS base, {record} AS data "
        f"FROM {TABLES[record_type]} WHERE id = ?)"
    )


PAYLOAD_FORMAT = 1
_OUTBOX_SQL = {record_type: _outbox_sql(record_type) for record_type in TABLES}
_AUDIT_SQL = (
    "INSERT INTO audit_log (at, actor, device_id, action, record_type, record_id, detail) "
    "VALUES (?,?,?,?,?,?,?)"
)


def now() -> str:
    """The stored text of the time now (UTC)."""
    return format_utc(datetime.now(UTC))


def actor(conn: Connection, user: str | None) -> Actor:
    """`user` on this database's device."""
    row = conn.exec_driver_sql("SELECT value FROM meta WHERE key = 'device_id'").first()
    return Actor(user=user or None, device_id=row[0] if row else None)


def record(
    conn: Connection,
    *,
    action: str,
    record_id: str,
    actor: Actor,
    detail: dict[str, Any] | None = None,
) -> None:
    """Write the audit entry of `action` on `record_id`, and its outbox entry if it ships."""
    record_many(conn, action=action, record_ids=[record_id], actor=actor, detail=detail)


def record_many(
    conn: Connection,
    *,
    action: str,
    record_ids: Sequence[str],
    actor: Actor,
    detail: dict[str, Any] | None = None,
) -> None:
    """`record` for many records of one action: the same rows, written with executemany."""
    if not record_ids:
        return
    rule = ACTIONS[action]
    stamp = now()
    extra = json.dumps(detail, separators=(",", ":")) if detail else None
    conn.exec_driver_sql(
        _AUDIT_SQL,
        [
            (stamp, actor.user, actor.device_id, action, rule.record_type, rid, extra)
            for rid in record_ids
        ],
    )
    if rule.ships:
        conn.exec_driver_sql(_OUTBOX_SQL[rule.record_type], [(stamp, rid) for rid in record_ids])


def restate_unbatched(conn: Connection, *, record_type: str, column: str) -> None:
    """Give the waiting outbox entries of `record_type` not yet put in a batch the record's
    `column` as it now stands (and their new content hash): for a column a migration or the
    demo builder fills in after the records were recorded (an interview's `round_id`). An
    entry in a batch already is left as it was: a resent batch must be the same."""
    if column not in DATA_COLUMNS[record_type].split() or column in _JSON_COLUMNS:
        raise ValueError(f"{column} is not a plain data column of {record_type}")
    table = TABLES[record_type]
    waiting = "record_type = ? AND acked_at IS NULL AND batch_id IS NULL"
    conn.exec_driver_sql(
        f"UPDATE outbox SET payload = json_set(payload, '$.data.{column}', "
        f"(SELECT t.{column} FROM {table} t WHERE t.id = outbox.record_id)) WHERE {waiting}",
        (record_type,),
    )
    conn.exec_driver_sql(
        f"UPDATE outbox SET payload = json_set(payload, '$.content_hash', "
        f"{SQL_FUNCTION}(json_extract(payload, '$.data'))) WHERE {waiting}",
        (record_type,),
    )


def audit(
    conn: Connection, *, action: str, actor: Actor, detail: dict[str, Any] | None = None
) -> None:
    """An audit entry for work over many records at once (a census import, a demo build):
    the counts in `detail`, no record."""
    conn.exec_driver_sql(
        _AUDIT_SQL,
        (now(), actor.user, actor.device_id, action, None, None,
         json.dumps(detail, separators=(",", ":")) if detail else None),
    )  # fmt: skip


def pending(conn: Connection, record_ids: Iterable[str]) -> int:
    """How many unacked outbox entries name these records (a test and sync helper)."""
    ids = list(record_ids)
    return int(
        conn.exec_driver_sql(
            "SELECT count(*) FROM outbox WHERE acked_at IS NULL AND record_id IN "
            "(SELECT value FROM json_each(?))",
            (json.dumps(ids),),
        ).scalar_one()
    )
