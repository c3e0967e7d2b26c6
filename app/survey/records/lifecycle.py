"""The two status machines: a household's visit and an interview's life, as data.

Every status a record can hold is a constant here (use them, never a string literal), and
`VISIT_MOVES` / `INTERVIEW_MOVES` list the moves allowed from each. `check_visit` and
`check_interview` refuse any other move with a `DomainError` carrying the two statuses.
"""

from __future__ import annotations

from app.survey.errors import DomainError

# A household's visit, as the census list shows it.
NOT_VISITED = "not_visited"
IN_PROGRESS = "in_progress"  # an interview has been begun (a draft is on this device)
COMPLETE = "complete"  # its interview was completed here, not yet sent
SYNCED = "synced"  # the server holds the completed interview
RETURNED = "returned"  # a reviewer sent the interview back for correction
APPROVED = "approved"  # a reviewer accepted it; nothing changes any more
# A visit that ended without an interview. The worker may come back: when someone lets them in,
# the visit moves to "in progress" again (the next interview begun there).
NOT_FOUND = "not_found"  # nobody at the unit, or the unit is empty or demolished
REFUSED = "refused"  # the family declined the interview

# An interview's life.
DRAFT = "draft"
REJECTED = "rejected"  # COMPLETE, SYNCED, RETURNED and APPROVED are shared with the visit

VISIT_STATUSES = (
    NOT_VISITED, IN_PROGRESS, COMPLETE, SYNCED, RETURNED, APPROVED, NOT_FOUND, REFUSED,
)  # fmt: skip
# The visits that ended at the door, without an interview (a report counts them apart).
NO_INTERVIEW = (NOT_FOUND, REFUSED)
INTERVIEW_STATUSES = (DRAFT, COMPLETE, SYNCED, RETURNED, APPROVED, REJECTED)

VISIT_MOVES: dict[str, frozenset[str]] = {
    NOT_VISITED: frozenset({IN_PROGRESS, NOT_FOUND, REFUSED}),
    IN_PROGRESS: frozenset({COMPLETE, NOT_FOUND, REFUSED}),
    # A review made in this workspace (an office desktop) or received by sync.
    COMPLETE: frozenset({SYNCED, RETURNED, APPROVED}),
    SYNCED: frozenset({RETURNED, APPROVED}),
    RETURNED: frozenset({IN_PROGRESS, COMPLETE}),
    APPROVED: frozenset(),
    # Back at the door another day: let in, found empty again, or turned away.
    NOT_FOUND: frozenset({IN_PROGRESS, REFUSED}),
    REFUSED: frozenset({IN_PROGRESS, NOT_FOUND}),
}
INTERVIEW_MOVES: dict[str, frozenset[str]] = {
    DRAFT: frozenset({COMPLETE}),
    COMPLETE: frozenset({SYNCED, RETURNED, APPROVED, REJECTED}),
    SYNCED: frozenset({RETURNED, APPROVED, REJECTED}),
    # A returned interview is corrected in place (its answers stay editable) and completed
    # again, or reopened as a draft first.
    RETURNED: frozenset({DRAFT, COMPLETE}),
    APPROVED: frozenset(),
    REJECTED: frozenset(),
}
# Interviews whose answers the worker may still change on this device.
EDITABLE = (DRAFT, RETURNED)


def check_visit(current: str, wanted: str) -> None:
    """Refuse a visit move the machine does not allow (staying put is no move)."""
    if current != wanted and wanted not in VISIT_MOVES.get(current, frozenset()):
        raise DomainError("visit.move_refused", current=current, wanted=wanted)


def check_interview(current: str, wanted: str) -> None:
    """Refuse an interview move the machine does not allow (staying put is no move)."""
    if current != wanted and wanted not in INTERVIEW_MOVES.get(current, frozenset()):
        raise DomainError("interview.move_refused", current=current, wanted=wanted)
