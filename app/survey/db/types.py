"""Column types shared by the local models: UTC-aware timestamps stored as sortable text."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

# Fixed width, so text order is time order; "Z" says UTC to anyone reading the file by hand.
_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def utcnow() -> datetime:
    """The current time, UTC-aware (what every timestamp column defaults to)."""
    return datetime.now(UTC)


def format_utc(value: datetime) -> str:
    """`value` as the stored text form; naive datetimes are refused (their zone is unknown)."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("timestamps must be timezone-aware (use datetime.now(UTC))")
    return value.astimezone(UTC).strftime(_FORMAT)


def parse_utc(text: str) -> datetime:
    """The stored text form back to a UTC-aware datetime."""
    return datetime.strptime(text, _FORMAT).replace(tzinfo=UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware datetime, stored as `YYYY-MM-DDTHH:MM:SS.ffffffZ` text in UTC."""

    impl = String(27)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return format_utc(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return parse_utc(value)
