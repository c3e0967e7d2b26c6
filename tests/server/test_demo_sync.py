"""A demo workspace is a device that has never synced: signed in as an admin to a fresh
server (a real `tinjau-server` process), `tinjau sync` sends its whole outbox, and the
server then holds every completed interview once."""

from __future__ import annotations

from pathlib import Path

from app.paths import database_path
from app.survey.db import cipher
from tests.server.test_sync_client import (
    login,
    prepare_server,
    running_server,
    server_interviews,
    server_rows,
    sync,
    tinjau,
)


def test_a_demo_syncs_whole_to_a_fresh_server(db_url: str, tmp_path: Path) -> None:
    prepare_server(db_url)  # a user of role admin: every area
    folder = tmp_path / "demo"
    built = tinjau("demo", "--households", "200", "--data-dir", str(folder))
    assert built.returncode == 0, built.stderr
    with cipher.connect_workspace(database_path(folder)) as conn:
        completed = {
            row[0] for row in conn.execute("SELECT id FROM interviews WHERE status != 'draft'")
        }
        households = conn.execute("SELECT count(*) FROM households").fetchone()[0]
        areas = conn.execute("SELECT count(*) FROM areas").fetchone()[0]
    assert completed and households == 200

    with running_server(db_url) as base:
        signed = login(folder, base)
        assert signed.returncode == 0, signed.stderr
        first, report = sync(folder)
        assert first.returncode == 0, first.stderr
        assert report["ok"] and report["pending"] == 0 and report["error"] is None
        assert report["sent"] == report["accepted"]
        assert server_interviews(db_url) == dict.fromkeys(completed, 1)
        counts = dict(
            server_rows(db_url, "SELECT record_type, count(*) FROM records GROUP BY record_type")
        )
        assert counts["household"] == households and counts["area"] == areas

        again, second = sync(folder)
        assert again.returncode == 0, again.stderr
        assert second["sent"] == 0 and second["batches"] == 0 and second["pending"] == 0
