"""/api/v1/attachments: the files interviews name, uploaded apart from batches.

    POST /attachments/lacking          {"sha256": [...]} -> which the server does not hold whole
    GET  /attachments/{sha256}         -> how many bytes of it the server holds (HEAD: headers)
    PUT  /attachments/{sha256}?offset=N&size=S   (body: the bytes at N, application/octet-stream)
    GET  /attachments/{sha256}/content -> the file (ward officers and up, in their areas)

Every device user may upload (enumerators take the photos); a file is read back only by a
ward officer, supervisor or admin whose areas hold an interview naming it.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response, StreamingResponse
from sqlalchemy.orm import Session

from app.sync.protocol import (
    API_PREFIX,
    MAX_ATTACHMENT_BYTES,
    AttachmentQuery,
    AttachmentsLacking,
    AttachmentStatus,
)
from server.api.deps import AddressDep, CurrentUser, SessionDep, role
from server.core import attachments
from server.core.accounts import Principal

router = APIRouter(prefix=f"{API_PREFIX}/attachments", tags=["attachments"])

Sha256 = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$")]
Reviewer = Annotated[Principal, Depends(role("ward_officer", "supervisor", "admin"))]

_CHUNK_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
        "description": "The file's bytes from `offset`, at most 8 MiB.",
    }
}


@router.post("/lacking")
def lacking(query: AttachmentQuery, session: SessionDep, who: CurrentUser) -> AttachmentsLacking:
    """Which of these files the server does not hold whole, with how much it has of each."""
    return AttachmentsLacking(lacking=attachments.lacking(session, query.sha256))


@router.get("/{sha256}")
def held(sha256: Sha256, session: SessionDep, who: CurrentUser) -> AttachmentStatus:
    """How many bytes of this file the server holds (`received`), and whether it is whole."""
    return attachments.status(session, sha256)


@router.head("/{sha256}")
def held_head(sha256: Sha256, session: SessionDep, who: CurrentUser) -> Response:
    """The same as GET, in headers: `Upload-Offset` (bytes held), `Upload-Length` (the size,
    when known) and `Upload-Complete` (?1 or ?0)."""
    held = attachments.status(session, sha256)
    headers = {"Upload-Offset": str(held.received),
               "Upload-Complete": "?1" if held.complete else "?0"}  # fmt: skip
    if held.size is not None:
        headers["Upload-Length"] = str(held.size)
    return Response(status_code=200, headers=headers)


@router.put("/{sha256}", openapi_extra=_CHUNK_BODY)
async def put_chunk(
    sha256: Sha256,
    request: Request,
    who: CurrentUser,
    address: AddressDep,
    offset: Annotated[int, Query(ge=0, le=MAX_ATTACHMENT_BYTES)],
    size: Annotated[int, Query(ge=1, le=1 << 40)],
) -> AttachmentStatus:
    """Store the bytes at `offset` of the file (of `size` bytes); the answer says what the
    server now holds. The offset must be what the server holds (409 `offset_mismatch`)."""
    data = await request.body()  # bounded by server/api/limits.py

    def store() -> AttachmentStatus:
        with Session(request.app.state.engine, expire_on_commit=False) as session:
            return attachments.put_chunk(
                session, who, sha256, offset=offset, size=size, data=data,
                limit=MAX_ATTACHMENT_BYTES, address=address,
            )  # fmt: skip

    return await run_in_threadpool(store)


@router.get("/{sha256}/content", response_class=StreamingResponse)
def content(sha256: Sha256, request: Request, who: Reviewer) -> StreamingResponse:
    """The file, for a reviewer whose areas hold an interview that names it."""
    session = Session(request.app.state.engine)
    try:
        parts = attachments.readable(session, who, sha256)
        first = next(parts, b"")
    except BaseException:
        session.close()
        raise

    def stream() -> Any:
        try:
            yield first
            yield from parts
        finally:
            session.close()

    return StreamingResponse(stream(), media_type="application/octet-stream")
