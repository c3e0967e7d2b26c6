"""Opening the local database: settings, refusal of foreign or newer files, backup, migrations."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from app.paths import database_path
from app.survey import logsafe
from app.survey.db import cipher, health, migrate, open_database
from app.survey.db import engine as engine_module
from app.survey.db.engine import backup_database
from app.survey.errors import DatabaseError


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return database_path(tmp_path / "workspace")


def test_new_database_uses_wal_full_sync_and_foreign_keys(db_path: Path) -> None:
    """A new file is created at the newest schema with WAL, synchronous=FULL and foreign keys."""
    with open_database(db_path) as db, db.read() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() > 0
        revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        assert revision == migrate.head_revision()
        assert db.backup_path is None


def test_every_pooled_connection_gets_the_settings(db_path: Path) -> None:
    """synchronous and foreign_keys are per connection: a second connection open at the same
    time (another thread's, a write session's) has them too, not only the first one."""
    open_database(db_path).close()
    with open_database(db_path) as db, db.read() as first, db.write() as second:
        assert first.connection.dbapi_connection is not second.connection.dbapi_connection
        for conn in (first, second):
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() > 0


def test_device_id_is_made_once_and_kept(db_path: Path) -> None:
    """The device id is a uuid7 made when the file is created and the same on every reopen."""
    with open_database(db_path) as db:
        first = db.device_id
    with open_database(db_path) as db:
        assert db.device_id == first
    assert first[14] == "7" and len(first) == 36


def test_database_from_a_newer_version_is_refused_untouched(db_path: Path) -> None:
    """A file stamped with an unknown (newer) revision is refused and left byte-for-byte as is."""
    open_database(db_path).close()
    with cipher.connect_workspace(db_path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999_future'")
    raw.close()
    before = _digest(db_path)
    with pytest.raises(DatabaseError) as caught:
        open_database(db_path)
    message = str(caught.value)
    assert "written by a newer version of Tinjau (schema 9999_future)" in message
    assert "nothing was changed" in message
    assert _digest(db_path) == before
    assert not [p for p in db_path.parent.iterdir() if "backup" in p.name]


def test_file_that_is_not_sqlite_is_refused_untouched(db_path: Path) -> None:
    """A text file where the database should be is refused with a message, not overwritten."""
    db_path.parent.mkdir(parents=True)
    db_path.write_text("name,national id\nAli,800101145678\n", encoding="utf-8")
    with pytest.raises(DatabaseError, match="not a Tinjau database .*not an SQLite file"):
        open_database(db_path)
    assert db_path.read_text(encoding="utf-8").startswith("name,national id")


def test_damaged_sqlite_file_is_refused(db_path: Path) -> None:
    """An SQLite header followed by garbage is reported as damaged, with a way out."""
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    before = _digest(db_path)
    with pytest.raises(DatabaseError, match="is damaged .*No good backup of it was found"):
        open_database(db_path)
    assert _digest(db_path) == before


def test_other_programs_sqlite_file_is_refused(db_path: Path) -> None:
    """An SQLite file with tables but no Tinjau schema stamp is not adopted."""
    db_path.parent.mkdir(parents=True)
    with cipher.connect_workspace(db_path) as raw:
        raw.execute("CREATE TABLE contacts (name TEXT)")
    raw.close()
    with pytest.raises(DatabaseError, match="SQLite file but not a Tinjau database"):
        open_database(db_path)


def test_backup_api_copy_opens_with_the_same_data(db_path: Path) -> None:
    """backup_database writes a complete, openable copy into the backups/ folder beside the
    original."""
    with open_database(db_path) as db:
        device = db.device_id
    copy = backup_database(db_path, "manual")
    assert copy.parent == db_path.parent / "backups" and copy.name.startswith("tinjau-backup-")
    # The name survives the log filter that masks ID-like numbers (it is logged for the user).
    assert logsafe.mask_ids(str(copy)) == str(copy)
    with cipher.connect_workspace(copy) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert raw.execute("SELECT value FROM meta WHERE key='device_id'").fetchone() == (device,)
    raw.close()


SECOND_REVISION = '''"""Test revision: adds a column."""
from __future__ import annotations
import sqlalchemy as sa
from alembic import op

revision = "0099_test"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("new_things", sa.Column("id", sa.Integer, primary_key=True))
    {fail}


def downgrade() -> None:
    op.drop_table("new_things")
'''


@pytest.fixture
def scripts_with_extra_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Use a copy of the real migrations plus one more revision written by the test."""

    def install(fail: bool) -> None:
        folder = tmp_path / "migrations"
        shutil.copytree(migrate.SCRIPT_LOCATION, folder, ignore=shutil.ignore_patterns("__py*"))
        body = SECOND_REVISION.format(
            down=migrate.head_revision(),
            fail='raise RuntimeError("migration failed half-way")' if fail else "pass",
        )
        (folder / "versions" / "0099_test.py").write_text(body, encoding="utf-8")
        monkeypatch.setattr(migrate, "SCRIPT_LOCATION", folder)
        migrate._graph.cache_clear()

    yield install
    migrate._graph.cache_clear()


def test_migration_backs_up_first_and_backup_holds_the_old_schema(
    db_path: Path, scripts_with_extra_revision, caplog: pytest.LogCaptureFixture
) -> None:
    """Upgrading an existing file first copies it into its backups/ folder (logged), then
    migrates."""
    with open_database(db_path) as db:
        old_head, device = migrate.head_revision(), db.device_id
    scripts_with_extra_revision(fail=False)
    with caplog.at_level("WARNING"), open_database(db_path) as db:
        backup = db.backup_path
        with db.read() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
                "0099_test"
            )
            conn.exec_driver_sql("SELECT count(*) FROM new_things")
    assert backup is not None and backup.exists() and backup.parent == db_path.parent / "backups"
    assert str(backup) in caplog.text
    with cipher.connect_workspace(backup) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == (old_head,)
        assert raw.execute("SELECT value FROM meta WHERE key='device_id'").fetchone() == (device,)
        names = {r[0] for r in raw.execute("SELECT name FROM sqlite_master")}
        assert "new_things" not in names
    raw.close()


def test_failed_migration_leaves_the_file_at_the_old_schema(
    db_path: Path, scripts_with_extra_revision
) -> None:
    """A migration that raises half-way is rolled back whole: no new table, old revision kept."""
    with open_database(db_path):
        old_head = migrate.head_revision()
    scripts_with_extra_revision(fail=True)
    with pytest.raises(RuntimeError, match="half-way"):
        open_database(db_path)
    with cipher.connect_workspace(db_path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == (old_head,)
        names = {r[0] for r in raw.execute("SELECT name FROM sqlite_master")}
        assert "new_things" not in names
    raw.close()


def test_read_only_open_of_an_older_file_upgrades_it_once_when_it_may(
    db_path: Path, scripts_with_extra_revision
) -> None:
    """A read (a search) of a file at an older schema, in a folder it may write, upgrades it
    (backed up first) and then reads it read-only."""
    open_database(db_path).close()
    scripts_with_extra_revision(fail=False)
    with open_database(db_path, read_only=True) as db, db.read() as conn:
        assert db.read_only
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
            "0099_test"
        )
    assert len(health.backups_of(db_path)) == 1


def test_failed_migration_tried_again_writes_no_second_backup(
    db_path: Path, scripts_with_extra_revision
) -> None:
    """Each attempt at a failing migration meets the same file: one backup of it, not one per
    attempt (a 13 MB copy each time filled the disk)."""
    open_database(db_path).close()
    scripts_with_extra_revision(fail=True)
    for _attempt in range(3):
        with pytest.raises(RuntimeError, match="half-way"):
            open_database(db_path)
    backups = health.backups_of(db_path)
    assert len(backups) == 1, backups


def test_missing_schema_version_row_is_refused_without_a_backup(db_path: Path) -> None:
    """A file whose alembic_version table is empty is refused with a sentence on every attempt;
    no backup is written and every file stays byte-identical."""
    open_database(db_path).close()
    with cipher.connect_workspace(db_path) as raw:
        raw.execute("DELETE FROM alembic_version")
    raw.close()
    before = {p.name: _digest(p) for p in db_path.parent.iterdir()}
    for _attempt in range(2):
        with pytest.raises(DatabaseError) as caught:
            open_database(db_path)
        message = str(caught.value)
        assert "has lost its schema version" in message
        assert "No good backup of it was found" in message and "nothing was changed" in message
    assert {p.name: _digest(p) for p in db_path.parent.iterdir()} == before


@pytest.mark.parametrize("kind", ["write", "session"])
def test_write_transactions_take_the_write_lock_at_begin(db_path: Path, kind: str) -> None:
    """db.write() and session(write=True) hold the write lock before their first statement, so
    a read-then-write cannot fail half-way on a lock another process took in between."""
    with open_database(db_path) as db:
        other = cipher.connect_workspace(db_path, timeout=0, isolation_level=None)
        try:
            if kind == "write":
                with db.write() as conn:
                    conn.exec_driver_sql("SELECT 1")
                    with pytest.raises(cipher.OperationalError, match="locked"):
                        other.execute("BEGIN IMMEDIATE")
            else:
                with db.session(write=True) as session, session.begin():
                    session.execute(text("SELECT 1"))
                    with pytest.raises(cipher.OperationalError, match="locked"):
                        other.execute("BEGIN IMMEDIATE")
            with db.read() as conn:  # plain reads do not lock out writers
                conn.exec_driver_sql("SELECT count(*) FROM meta").scalar()
                other.execute("BEGIN IMMEDIATE")
                other.execute("ROLLBACK")
        finally:
            other.close()


def test_opening_does_not_wait_for_another_writer(db_path: Path) -> None:
    """An up-to-date database opens and reads while another process holds the write lock."""
    open_database(db_path).close()
    other = cipher.connect_workspace(db_path, timeout=0, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("INSERT INTO meta (key, value) VALUES ('busy', 'yes')")
        with open_database(db_path) as db:
            assert len(db.device_id) == 36
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_write_while_another_process_writes_is_a_sentence(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the write lock stays taken past the busy timeout, db.write() raises DatabaseError."""
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)
    with open_database(db_path) as db:
        other = cipher.connect_workspace(db_path, timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            with pytest.raises(DatabaseError, match="is busy: another Tinjau program"):
                with db.write() as conn:
                    conn.exec_driver_sql("SELECT 1")
            other.execute("ROLLBACK")
        finally:
            other.close()


def test_revision_graph_read_from_text_matches_alembic() -> None:
    """The quick text scan of the migration scripts agrees with Alembic's own script directory."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.known_revisions() == {s.revision for s in scripts.walk_revisions()}
    assert migrate.head_revision() == scripts.get_current_head()


def test_relative_paths_open_and_reopen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A data folder given relative to the working directory (as on a command line) works."""
    monkeypatch.chdir(tmp_path)
    relative = database_path("ws")
    open_database(relative).close()
    with open_database(relative) as db:
        assert db.path == (tmp_path / "ws" / "tinjau.sqlite").resolve()
    assert backup_database(relative, "manual").exists()


def test_database_path_that_is_a_folder_is_a_sentence(db_path: Path) -> None:
    """A folder where the database file should be is a DatabaseError sentence, no traceback."""
    db_path.mkdir(parents=True)
    with pytest.raises(DatabaseError, match="cannot be read .* choose another data folder"):
        open_database(db_path)
    assert db_path.is_dir() and not list(db_path.iterdir())
