"""POST /api/v1/sync/push: a device's batch of outbox entries, gzip-compressed JSON.

The body is read with a limit (compressed and uncompressed), decompressed, and validated as a
`PushRequest`; the database work runs in a worker thread so the event loop never waits on it.
"""

from __future__ import annotations

import zlib
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError
from sqlalchemy.orm import Session

from app.sync.protocol import (
    API_PREFIX,
    MAX_PULL_PAGE,
    ConflictPublic,
    PullPage,
    PushReceipt,
    PushRequest,
)
from server.api.deps import AddressDep, CurrentUser, SessionDep, role
from server.core import pull as pulling
from server.core import push as pushing
from server.core.accounts import Principal
from server.core.errors import Refusal

router = APIRouter(prefix=f"{API_PREFIX}/sync", tags=["sync"])

_BODY_SCHEMA: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PushRequest"}}},
        "description": "A PushRequest as JSON, compressed with gzip (Content-Encoding: gzip).",
    }
}


def add_schemas(schema: dict[str, Any]) -> dict[str, Any]:
    """Put `PushRequest` (read from the raw body, so FastAPI does not see it) into the
    OpenAPI components the push route's request body points at."""
    model = PushRequest.model_json_schema(ref_template="#/components/schemas/{model}")
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    components.update(model.pop("$defs", {}))
    components["PushRequest"] = model
    return schema


@router.post("/push", openapi_extra=_BODY_SCHEMA)
async def push(request: Request, who: CurrentUser, address: AddressDep) -> PushReceipt:
    """Apply one batch in one transaction; a replay of its batch_id returns the first receipt."""
    settings = request.app.state.settings
    if request.headers.get("content-encoding", "").lower() != "gzip":
        raise Refusal(
            415,
            "gzip_required",
            "Send the batch compressed with gzip (Content-Encoding: gzip); nothing was stored.",
        )
    compressed = await request.body()  # bounded by server/api/limits.py
    body = _gunzip(compressed, settings.push_max_json_bytes)
    try:
        batch = PushRequest.model_validate_json(body)
    except ValidationError as error:
        raise RequestValidationError(
            [{**problem, "loc": ("body", *problem["loc"])} for problem in error.errors()]
        ) from None

    def apply() -> PushReceipt:
        with Session(request.app.state.engine, expire_on_commit=False) as session:
            return pushing.push(session, who, batch, address=address)

    return await run_in_threadpool(apply)


@router.get("/pull")
def pull(
    session: SessionDep,
    who: CurrentUser,
    cursor: Annotated[str | None, Query(max_length=40)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_PAGE)] = 500,
) -> PullPage:
    """The records in your areas that changed after `cursor` (none: from the beginning),
    oldest change first; an unknown or expired cursor starts a full pull (`reset`)."""
    return pulling.pull(session, who, cursor=cursor, limit=limit)


Reviewer = Annotated[Principal, Depends(role("ward_officer", "supervisor", "admin"))]


@router.get("/conflicts")
def list_conflicts(session: SessionDep, who: Reviewer) -> list[ConflictPublic]:
    """The unsettled conflicts in your areas, oldest first, each with both versions."""
    return pushing.open_conflicts(session, who)


def _too_large(limit: int) -> Refusal:
    return Refusal(
        413,
        "too_large",
        f"The batch is larger than the server takes ({limit // (1 << 20)} MiB). Send fewer "
        "items at a time; nothing was stored.",
    )


def _gunzip(data: bytes, limit: int) -> bytes:
    """`data` decompressed, refusing more than `limit` bytes (a small bomb stays small)."""
    inflater = zlib.decompressobj(wbits=31)  # 31: gzip header and trailer
    try:
        out = inflater.decompress(data, limit + 1)
        complete = inflater.eof and not inflater.unconsumed_tail
    except zlib.error:
        complete, out = False, b""
    if len(out) > limit:
        raise _too_large(limit)
    if not complete:
        raise Refusal(
            400,
            "gzip_invalid",
            "The body is not complete gzip data. Compress the batch with gzip and send it "
            "again; nothing was stored.",
        )
    return out
