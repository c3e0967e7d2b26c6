"""The records layer: every read and write of areas, households, members, interviews,
assignments and review decisions, for the window, the command line, the importer and (later)
the server and the sync client. No Qt here.

Functions take the caller's open SQLAlchemy `Connection` (inside `db.write()` for writes, so the
change and its trace commit together) and keyword-only arguments. Each write goes through
`recorder.record`, which writes the audit entry and, for changes that ship, the outbox entry in
that same transaction; `lifecycle` says which status moves are allowed. See docs/architecture.md.
"""
