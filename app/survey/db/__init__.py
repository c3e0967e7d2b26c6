"""The local SQLite database: models, opening and migrating, census search.

`Database` and `open_database` are imported on first use: the window imports `health` on its
UI thread, which must not wait for SQLAlchemy's ORM and the models (about 0.2 s).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.survey.db.engine import Database, open_database

__all__ = ["Database", "open_database"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from app.survey.db import engine

        return getattr(engine, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
