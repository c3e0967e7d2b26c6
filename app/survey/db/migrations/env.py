"""Alembic environment for the local database: runs on the connection `migrate.upgrade` passes."""

from __future__ import annotations

from alembic import context

from app.survey.db.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reachable when misused from the alembic CLI
    raise RuntimeError("run migrations through app.survey.db.migrate, which passes a connection")

# SQLite can roll back DDL, so a migration either completes or leaves the file as it was;
# batch mode lets later migrations alter tables the SQLite way (copy and swap).
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
