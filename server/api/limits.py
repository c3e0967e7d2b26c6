"""Request bodies have a size limit on every route, checked before anything reads them: a body
declaring more (Content-Length) is refused at once, and one sent without a length (chunked) is
counted as it streams and refused the moment it passes the limit. Either way the answer is 413
with a stable code and a sentence, and nothing was read whole or stored.

The limits (`Limits.of`): a pushed batch as sent (`push_max_bytes`), a file's chunk
(`MAX_ATTACHMENT_CHUNK`, code `chunk_too_large`), a published form (its workbook and attached
files travel as base64 in one JSON body), and `request_max_bytes` for every other route. The
routes themselves then read their body whole (`await request.body()`), already bounded.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any

from fastapi.responses import JSONResponse
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException

from app.sync.protocol import API_PREFIX, MAX_ATTACHMENT_CHUNK

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

# A form's workbook (20 MB) and attached files (50 MB) as base64, with room for the JSON.
FORM_MAX_BYTES = 100 << 20


@dataclass(frozen=True)
class Limit:
    """The most a route's body may hold, and how a refusal says so."""

    bytes: int
    code: str = "too_large"
    what: str = "request"
    advice: str = "Send less at a time"

    def sentence(self) -> str:
        size = f"{self.bytes >> 20} MiB" if self.bytes >= 1 << 20 else f"{self.bytes:,} bytes"
        return (
            f"The {self.what} is larger than the server takes ({size}). {self.advice}; "
            "nothing was stored."
        )


@dataclass(frozen=True)
class Limits:
    request_max_bytes: int
    push_max_bytes: int

    def of(self, method: str, path: str) -> Limit:
        if path == f"{API_PREFIX}/sync/push":
            return Limit(self.push_max_bytes, what="batch", advice="Send fewer items at a time")
        if method == "PUT" and path.startswith(f"{API_PREFIX}/attachments/"):
            return Limit(
                MAX_ATTACHMENT_CHUNK, "chunk_too_large", "chunk", "Send the file in smaller chunks"
            )
        if path == f"{API_PREFIX}/forms":
            return Limit(FORM_MAX_BYTES, what="form", advice="Check the workbook and its files")
        return Limit(self.request_max_bytes)


class BodyTooLarge(HTTPException):
    """A request body over its limit, found while it streamed (an HTTPException, so FastAPI's
    body parsing lets it through to the handler that answers 413)."""

    def __init__(self, limit: Limit) -> None:
        super().__init__(413)
        self.code, self.message = limit.code, limit.sentence()


class BodyLimit:
    """ASGI middleware applying each route's body limit (see the module)."""

    def __init__(self, app: ASGIApp, limits: Limits) -> None:
        self.app, self.limits = app, limits

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limits.of(str(scope.get("method", "")), str(scope.get("path", "")))
        declared = Headers(scope=scope).get("content-length", "")
        if declared.isdigit() and int(declared) > limit.bytes:
            # Answered here, outside the app's handlers, before a byte of the body is read.
            answer = JSONResponse(
                {"code": limit.code, "message": limit.sentence()}, status_code=413,
                headers={"Connection": "close"},
            )  # fmt: skip
            await answer(scope, receive, send)
            return
        counted = 0

        async def limited() -> Message:
            nonlocal counted
            message = await receive()
            if message.get("type") == "http.request":
                counted += len(message.get("body", b""))
                if counted > limit.bytes:
                    raise BodyTooLarge(limit)
            return message

        await self.app(scope, limited, send)
