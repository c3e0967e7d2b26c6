"""GET /api/v1/audit: the server's append-only audit log, for an administrator, in pages."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from sqlalchemy import select

from app.sync.protocol import API_PREFIX
from server.api.deps import AdminUser, SessionDep
from server.api.schemas import AuditEntryPublic
from server.core.models import AuditEntry

LARGEST_ID = 2**31 - 1  # of an audit entry: an INTEGER column
router = APIRouter(prefix=f"{API_PREFIX}/audit", tags=["audit"])


@router.get("")
def list_audit(
    session: SessionDep,
    who: AdminUser,
    after: Annotated[int, Query(ge=0, le=2**62)] = 0,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> list[AuditEntryPublic]:
    """Entries after the id `after`, oldest first; ask again with the last id for more."""
    # Ids are 32-bit on PostgreSQL, which refuses to compare one with a larger number; no
    # entry has a larger id, so past it the answer is simply empty.
    after = min(after, LARGEST_ID)
    entries = session.scalars(
        select(AuditEntry).where(AuditEntry.id > after).order_by(AuditEntry.id).limit(limit)
    )
    return [AuditEntryPublic.model_validate(entry, from_attributes=True) for entry in entries]
