"""Review decisions: approve, return (with a comment) or reject a completed interview; the
interview and its household move as the lifecycle says."""

from __future__ import annotations

from sqlalchemy import Connection

from app.survey.errors import DomainError
from app.survey.ids import uuid7
from app.survey.records import households, lifecycle, recorder
from app.survey.records.recorder import Actor

APPROVE, RETURN, REJECT = "approve", "return", "reject"
DECISIONS = (APPROVE, RETURN, REJECT)
# decision -> (interview status, household visit status; None = the visit stays as it is)
_MOVES = {
    APPROVE: (lifecycle.APPROVED, lifecycle.APPROVED),
    RETURN: (lifecycle.RETURNED, lifecycle.RETURNED),
    REJECT: (lifecycle.REJECTED, None),
}


def decide(
    conn: Connection, *, interview_id: str, decision: str, actor: Actor, comment: str | None = None
) -> str:
    """Record a reviewer's decision on an interview; returns the decision's id."""
    if decision == RETURN and not (comment or "").strip():
        raise DomainError("review.comment_missing")
    row = conn.exec_driver_sql(
        "SELECT status, household_id FROM interviews WHERE id = ? AND deleted_at IS NULL",
        (interview_id,),
    ).first()
    if row is None:
        raise DomainError("interview.gone")
    interview_status, visit = _MOVES[decision]
    lifecycle.check_interview(row[0], interview_status)
    stamp = recorder.now()
    conn.exec_driver_sql(
        "UPDATE interviews SET status = ?, updated_at = ? WHERE id = ?",
        (interview_status, stamp, interview_id),
    )
    if visit is not None:
        households.set_visit(conn, household_id=row[1], status=visit)
    decision_id = uuid7()
    conn.exec_driver_sql(
        "INSERT INTO review_decisions (id, interview_id, decision, comment, reviewer_id, "
        "decided_at, revision) VALUES (?,?,?,?,?,?,0)",
        (decision_id, interview_id, decision, comment, actor.user or "", stamp),
    )
    recorder.record(conn, action="review.decide", record_id=decision_id, actor=actor)
    return decision_id
