"""The local SQLite database: models, opening and migrating, census search."""

from __future__ import annotations

from app.survey.db.engine import Database, open_database

__all__ = ["Database", "open_database"]
