"""Refusals the server gives: each has an HTTP status, a stable `code` a program can test, and a
sentence a person can act on. The API answers them as JSON `{"code": ..., "message": ...}`; the
command line prints the sentence. Never a personal value in either."""

from __future__ import annotations

from app.survey.errors import TinjauError


class Refusal(TinjauError):
    def __init__(
        self, status: int, code: str, message: str, headers: dict[str, str] | None = None
    ) -> None:
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers
        super().__init__(message)


def bad_request(code: str, message: str) -> Refusal:
    return Refusal(400, code, message)


def forbidden(code: str, message: str) -> Refusal:
    return Refusal(403, code, message)


def not_found(code: str, message: str) -> Refusal:
    return Refusal(404, code, message)


def conflict(code: str, message: str) -> Refusal:
    return Refusal(409, code, message)


def unauthorized(code: str, message: str) -> Refusal:
    return Refusal(401, code, message, {"WWW-Authenticate": "Bearer"})
