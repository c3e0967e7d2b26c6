"""Every error the API answers is JSON `{"code", "message"}` (and `fields` for an invalid
request): refusals of the domain, FastAPI's validation, unknown routes and methods, and
unexpected failures alike. A validation error names where the request was wrong, never the
value it held (it may be a name or a national ID)."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from app.sync.protocol import NO_NUL
from server.api.limits import BodyTooLarge
from server.core.errors import Refusal

_HTTP_CODES = {
    400: ("bad_request", "The request could not be read. Check what was sent and try again."),
    401: ("token_missing", "This needs a signed-in device. Log in first, then try again."),
    403: ("forbidden", "You may not do this. Ask an administrator if you should."),
    404: ("not_found", "There is nothing at this address. Check the URL against "
          "/api/v1/openapi.json."),
    405: ("method_not_allowed", "This address does not take that method. Check the API "
          "description at /api/v1/openapi.json."),
    413: ("too_large", "The request is too large. Send less at a time."),
    415: ("unsupported_media_type", "Send the body as JSON (Content-Type: application/json)."),
}  # fmt: skip


def error(status: int, code: str, message: str, **extra: object) -> JSONResponse:
    return JSONResponse({"code": code, "message": message, **extra}, status_code=status)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(Refusal)
    async def refusal(_request: Request, exc: Refusal) -> JSONResponse:
        response = error(exc.status, exc.code, exc.message)
        response.headers.update(exc.headers or {})
        return response

    @app.exception_handler(BodyTooLarge)
    async def too_large(_request: Request, exc: BodyTooLarge) -> JSONResponse:
        return error(413, exc.code, exc.message)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        fields = []
        for problem in exc.errors():
            where = ".".join(str(part) for part in problem.get("loc", ()))
            said = problem.get("msg", "not valid")
            if problem.get("type") == "string_pattern_mismatch" and (
                problem.get("ctx", {}).get("pattern") == NO_NUL
            ):
                said = "must not hold a NUL character (code 0)"
            fields.append(f"{where}: {said}")
        if any(problem.get("type") == "json_invalid" for problem in exc.errors()):
            return error(
                422,
                "json_invalid",
                "The request body is not valid JSON. Check what was sent and try again.",
            )
        return error(
            422,
            "invalid_request",
            "The request is not valid: " + "; ".join(fields[:10]) + ". Correct it and try "
            "again; nothing was changed.",
            fields=fields,
        )

    @app.exception_handler(HTTPException)
    async def http(_request: Request, exc: HTTPException) -> JSONResponse:
        code, message = _HTTP_CODES.get(
            exc.status_code, ("http_error", "The request could not be served. Try again.")
        )
        return JSONResponse(
            {"code": code, "message": message},
            status_code=exc.status_code,
            headers=getattr(exc, "headers", None),
        )

    @app.exception_handler(Exception)
    async def unexpected(_request: Request, _exc: Exception) -> JSONResponse:
        # Starlette re-raises after this answer, so the server's log still gets the traceback
        # (through the ID-masking filter); the device gets only a sentence.
        return error(
            500,
            "internal_error",
            "The server met an unexpected problem; nothing was changed. Try again later, and "
            "tell the server's administrator if it goes on.",
        )
