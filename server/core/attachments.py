"""Attachments on the server: files interviews name, uploaded apart from batches in chunks,
kept once by sha256, and required before an interview that names them is accepted.

A device asks which of its files the server lacks (`lacking`), then PUTs each lacking file's
bytes chunk by chunk from the offset the server holds (`put_chunk`): an upload cut anywhere
resumes there, and a file the server holds whole is never sent again. When the last chunk
arrives the whole is hashed; a mismatch throws the bytes away (422) so the next try starts
clean. A batch holding an interview whose files are not all here whole is refused with 409
`attachments_missing` and stores nothing: the device uploads them and sends the batch again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from typing import Any

from pydantic import ValidationError
from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.sync.protocol import AttachmentRef, AttachmentStatus, PushItem
from server.core import audit
from server.core.accounts import Principal, refuse_area
from server.core.errors import Refusal, conflict, forbidden, not_found
from server.core.models import Attachment, AttachmentChunk, AttachmentUse, utcnow

CHUNK_IDS = 500  # sha256s per IN list


def status_of(row: Attachment | None, sha256: str) -> AttachmentStatus:
    if row is None:
        return AttachmentStatus(sha256=sha256, size=None, received=0, complete=False)
    return AttachmentStatus(
        sha256=sha256, size=int(row.size), received=int(row.received), complete=bool(row.complete)
    )


def status(session: Session, sha256: str) -> AttachmentStatus:
    """How much of the file with this sha256 the server holds."""
    return status_of(session.get(Attachment, sha256), sha256)


def _rows(session: Session, sha256s: Iterable[str]) -> dict[str, Attachment]:
    wanted = sorted(set(sha256s))
    found: dict[str, Attachment] = {}
    for start in range(0, len(wanted), CHUNK_IDS):
        chunk = wanted[start : start + CHUNK_IDS]
        for row in session.scalars(select(Attachment).where(Attachment.sha256.in_(chunk))):
            found[row.sha256] = row
    return found


def lacking(session: Session, sha256s: list[str]) -> list[AttachmentStatus]:
    """The files of `sha256s` the server does not hold whole, in the order asked."""
    rows = _rows(session, sha256s)
    seen: set[str] = set()
    out = []
    for sha in sha256s:
        if sha in seen:
            continue
        seen.add(sha)
        row = rows.get(sha)
        if row is None or not row.complete:
            out.append(status_of(row, sha))
    return out


def put_chunk(
    session: Session, who: Principal, sha256: str, *, offset: int, size: int, data: bytes,
    limit: int, address: str,
) -> AttachmentStatus:  # fmt: skip
    """Store `data` as the bytes at `offset` of the file `sha256` of `size` bytes; returns
    what the server now holds. A file held whole answers at once and stores nothing."""
    if size > limit:
        raise Refusal(
            413,
            "attachment_too_large",
            f"The file is larger than the server takes ({limit >> 20} MiB); nothing was stored.",
        )
    if not data or offset + len(data) > size:
        raise Refusal(
            422,
            "chunk_outside_file",
            "This chunk is empty or runs past the file's size. Send the file's bytes from the "
            "offset the server holds; nothing was stored.",
        )
    for attempt in range(2):
        try:
            return _put(session, who, sha256, offset=offset, size=size, data=data,
                        address=address)  # fmt: skip
        except IntegrityError:
            session.rollback()  # another worker began the same file meanwhile: read it again
            if attempt:
                raise
    raise AssertionError("unreachable")


def _put(
    session: Session, who: Principal, sha256: str, *, offset: int, size: int, data: bytes,
    address: str,
) -> AttachmentStatus:  # fmt: skip
    row = session.scalars(
        select(Attachment).where(Attachment.sha256 == sha256).with_for_update()
    ).first()
    if row is not None and row.complete:
        return status_of(row, sha256)  # held whole already: never stored twice
    if row is not None and row.size != size and offset == 0:
        # A start of the same sha256 with another size can only be wrong: begin again.
        session.execute(delete(AttachmentChunk).where(AttachmentChunk.sha256 == sha256))
        row.size, row.received = size, 0
    held = 0 if row is None else int(row.received)
    if offset != held or (row is not None and row.size != size):
        session.rollback()
        raise conflict(
            "offset_mismatch",
            f"The server holds {held} bytes of this file; send the rest from there (ask "
            f"GET /attachments/{sha256} when in doubt). Nothing was stored.",
        )
    if row is None:
        row = Attachment(
            sha256=sha256, size=size, received=0, complete=False,
            device_id=who.device_id or "", created_at=utcnow(),
        )  # fmt: skip
        session.add(row)
        session.flush()
    session.add(AttachmentChunk(sha256=sha256, start=offset, data=data))
    row.received = offset + len(data)
    if row.received == size:
        if _whole_hash(session, sha256) != sha256:
            session.execute(delete(AttachmentChunk).where(AttachmentChunk.sha256 == sha256))
            row.received = 0
            session.commit()
            raise Refusal(
                422,
                "attachment_hash_mismatch",
                "The file's bytes do not match its sha256 (it changed on the way or on the "
                "device); what arrived was thrown away. Send the whole file again.",
            )
        row.complete, row.completed_at = True, utcnow()
        audit.write(
            session, action="attachment.receive", actor=who.username, device_id=who.device_id,
            address=address, target_type="attachment", target_id=sha256,
            detail={"size": size},
        )  # fmt: skip
    session.commit()
    return status_of(row, sha256)


def _whole_hash(session: Session, sha256: str) -> str:
    digest = hashlib.sha256()
    for part in _parts(session, sha256):
        digest.update(part)
    return digest.hexdigest()


def _parts(session: Session, sha256: str) -> Iterator[bytes]:
    """The file's chunks in order, one at a time (a large file never whole in memory)."""
    starts = session.scalars(
        select(AttachmentChunk.start)
        .where(AttachmentChunk.sha256 == sha256)
        .order_by(AttachmentChunk.start)
    ).all()
    for start in starts:
        data = session.scalar(
            select(AttachmentChunk.data).where(
                AttachmentChunk.sha256 == sha256, AttachmentChunk.start == start
            )
        )
        yield bytes(data or b"")


# --- what a pushed batch needs --------------------------------------------------------------


def named_by(item: PushItem) -> list[AttachmentRef]:
    """The files an interview item names (none for other records and deletions)."""
    if item.record_type != "interview" or item.operation != "upsert":
        return []
    raw: Any = item.data.get("attachments")
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise _unreadable(str(item.record_id))
    try:
        return [AttachmentRef.model_validate(entry) for entry in raw]
    except ValidationError:
        raise _unreadable(str(item.record_id)) from None


def _unreadable(record_id: str) -> Refusal:
    return Refusal(
        422,
        "record_invalid",
        f"An interview ({record_id}) in this batch names its files in a way the server cannot "
        "read. The app that sent it needs an update; nothing was stored.",
    )


def require_present(session: Session, items: list[PushItem]) -> None:
    """Refuse the batch (409 `attachments_missing`) when an interview in it names a file the
    server does not hold whole."""
    wanted = {ref.sha256 for item in items for ref in named_by(item)}
    if not wanted:
        return
    rows = _rows(session, wanted)
    missing = sorted(sha for sha in wanted if sha not in rows or not rows[sha].complete)
    if missing:
        raise conflict(
            "attachments_missing",
            f"{len(missing)} file(s) the interviews of this batch name (photos, recordings) "
            "are not on the server yet. Upload them, then send the batch again; nothing was "
            "stored.",
        )


def record_uses(session: Session, interviews: list[str], uses: list[tuple[str, str, str]]) -> None:
    """Store `uses`, (sha256, interview id, area path) of accepted interviews, after
    removing the earlier uses of the changed `interviews`."""
    for start in range(0, len(interviews), CHUNK_IDS):
        session.execute(
            delete(AttachmentUse).where(
                AttachmentUse.interview_id.in_(interviews[start : start + CHUNK_IDS])
            )
        )
    rows = {(sha, interview): area for sha, interview, area in uses}
    session.add_all(
        AttachmentUse(sha256=sha, interview_id=interview, area_path=area)
        for (sha, interview), area in rows.items()
    )


def readable(session: Session, who: Principal, sha256: str) -> Iterator[bytes]:
    """The bytes of a whole file that an interview in `who`'s areas names."""
    row = session.get(Attachment, sha256)
    if row is None or not row.complete:
        raise not_found("attachment_unknown", "The server holds no such file whole.")
    areas = session.scalars(
        select(AttachmentUse.area_path).where(AttachmentUse.sha256 == sha256)
    ).all()
    if not areas:
        raise forbidden(
            "attachment_unused",
            "No interview on the server names this file yet, so no one may read it.",
        )
    if not any(who.covers(area) for area in areas):
        raise refuse_area(areas[0])
    return _parts(session, sha256)
