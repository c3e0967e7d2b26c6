"""Records whose last push the server answered "conflict" (`sync_conflicts` in the device
database): noted in the transaction that stores the receipt, forgotten when a later push of the
record is accepted or once the server's settled version of it arrives by pull (`settled`), and
read by the census list to mark their households. No Qt here."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection as SQLConnection

from app.survey.db import Database
from app.survey.records.queries import unit_label

# The household a conflicting record belongs to: a household itself, a member, an interview,
# an assignment of one household, an interview's review decision (areas belong to none).
_HOUSEHOLD_OF_CONFLICTS = (
    "UPDATE sync_conflicts SET household_id = CASE record_type "
    "WHEN 'household' THEN record_id "
    "WHEN 'member' THEN (SELECT household_id FROM members WHERE id = record_id) "
    "WHEN 'interview' THEN (SELECT household_id FROM interviews WHERE id = record_id) "
    "WHEN 'assignment' THEN (SELECT household_id FROM assignments WHERE id = record_id) "
    "WHEN 'review_decision' THEN (SELECT i.household_id FROM review_decisions r "
    "JOIN interviews i ON i.id = r.interview_id WHERE r.id = record_id) "
    "END WHERE household_id IS NULL"
)


def note_receipt(
    conn: SQLConnection, batch_id: str, items: Iterable[tuple[str, str, str]], stamp: str
) -> None:
    """In the transaction storing a receipt: note each (record_type, record_id, status) that
    came back "conflict", and forget an earlier conflict of a record now accepted."""
    for record_type, record_id, status in items:
        if status == "conflict":
            conn.exec_driver_sql(
                "INSERT OR REPLACE INTO sync_conflicts "
                "(record_type, record_id, household_id, batch_id, noted_at) "
                "VALUES (?, ?, NULL, ?, ?)",
                (record_type, record_id, batch_id, stamp),
            )
        else:
            conn.exec_driver_sql(
                "DELETE FROM sync_conflicts WHERE record_type = ? AND record_id = ?",
                (record_type, record_id),
            )
    conn.exec_driver_sql(_HOUSEHOLD_OF_CONFLICTS)


def settled(conn: SQLConnection, record_type: str, record_id: str, revision: int) -> None:
    """Forget the conflict of a record written here from the server at `revision`, when that
    is newer than the server's version the conflict was against (its receipt's revision): the
    ward officer's decision arrived by pull. The version the conflict was against arriving (as
    it does in the very sync that met the conflict) settles nothing. In the transaction that
    writes it."""
    conn.exec_driver_sql(
        "DELETE FROM sync_conflicts WHERE record_type = ? AND record_id = ? AND ? > coalesce(("
        "SELECT max(json_extract(i.value, '$.revision')) FROM sync_batches b, "
        "json_each(b.receipt, '$.items') i WHERE b.id = sync_conflicts.batch_id "
        "AND json_extract(i.value, '$.record_type') = sync_conflicts.record_type "
        "AND json_extract(i.value, '$.record_id') = sync_conflicts.record_id), 0)",
        (record_type, record_id, revision),
    )


def conflicting_households(db: Database) -> set[str]:
    """The ids of households with a record whose last push came back as a conflict."""
    with db.engine.connect() as conn:
        return {
            str(row[0])
            for row in conn.exec_driver_sql(
                "SELECT DISTINCT household_id FROM sync_conflicts WHERE household_id IS NOT NULL"
            )
        }


def conflict_places(db: Database, conflicts: list[dict[str, str]]) -> list[dict[str, str]]:
    """Each conflict as its record type and where it is (the unit's door label, or an area's
    code), never a name."""
    places: list[dict[str, str]] = []
    with db.engine.connect() as conn:
        for conflict in conflicts:
            record_type, record_id = conflict["record_type"], conflict["record_id"]
            if record_type == "area":
                row = conn.exec_driver_sql(
                    "SELECT path_code FROM areas WHERE id = ?", (record_id,)
                ).first()
                where = str(row[0]) if row else ""
            else:
                row = conn.exec_driver_sql(
                    "SELECT b.code, u.floor, u.unit_number, u.code FROM sync_conflicts c "
                    "JOIN households h ON h.id = c.household_id "
                    "JOIN areas u ON u.id = h.unit_id LEFT JOIN areas b ON b.id = h.block_id "
                    "WHERE c.record_type = ? AND c.record_id = ?",
                    (record_type, record_id),
                ).first()
                where = unit_label(row[0], row[1], row[2], row[3]) if row else ""
            places.append({"record_type": record_type, "unit": where})
    return places
