"""Alembic's entry point for the server's migrations; `server.core.migrate` runs them over a
connection it opened itself (passed in `config.attributes["connection"]`)."""

from __future__ import annotations

from alembic import context

from server.core.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
