"""The server's database engine: SQLite for a single office or a demo, PostgreSQL in production."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from app.survey.errors import TinjauError


def describe_url(url: str) -> str:
    """The URL with any password hidden, safe to print and log."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<unreadable database URL>"


def create_server_engine(url: str) -> Engine:
    """An engine for `url`; only SQLite and PostgreSQL (psycopg 3) are supported."""
    try:
        parsed = make_url(url)
    except ArgumentError as error:
        raise TinjauError(
            f"The database URL {url!r} cannot be read. Use sqlite:///path/to/file.sqlite "
            "or postgresql+psycopg://user@host:5432/dbname."
        ) from error
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        engine = create_engine(
            parsed, connect_args={"check_same_thread": False}, hide_parameters=True
        )

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=5000")
            cursor.close()

        return engine
    if backend == "postgresql":
        if parsed.get_driver_name() != "psycopg":
            parsed = parsed.set(drivername="postgresql+psycopg")
        return create_engine(parsed, pool_pre_ping=True, hide_parameters=True)
    raise TinjauError(
        f"Tinjau's server runs on SQLite or PostgreSQL, not {backend!r}. "
        "Use sqlite:///file.sqlite or postgresql+psycopg://user@host:5432/dbname."
    )
