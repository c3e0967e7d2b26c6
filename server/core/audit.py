"""The server's audit log: one entry per change, written in the change's own transaction.

Entries hold ids, actions and counts, never a personal value (a name, a national ID, an
income). The database refuses UPDATE and DELETE on the table (see migration 0001)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from server.core.models import AuditEntry, utcnow


def write(
    session: Session,
    *,
    action: str,
    actor: str | None,
    device_id: str | None = None,
    address: str | None = None,
    target_type: str | None = None,
    target_id: str | None = None,
    detail: dict[str, Any] | None = None,
) -> None:
    session.add(
        AuditEntry(
            at=utcnow(),
            actor=actor,
            device_id=device_id,
            address=address,
            action=action,
            target_type=target_type,
            target_id=target_id,
            detail=detail,
        )
    )
