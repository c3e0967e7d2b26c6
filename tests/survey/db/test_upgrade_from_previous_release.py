"""Installing a newer Tinjau over an older one keeps every interview.

`tests/fixtures/schema-0003.sqlite.gz` is a database as the previous release left it (schema
revision 0003; see tests/fixtures/README.md for how it was made): a small demo with draft and
complete interviews. Each test opens a copy with this version's code. When the code's schema is
newer, the open must back the file up first (a sound copy holding every interview) and migrate
it; either way every household and interview is as it was, and the app reads each interview.
The other direction, an older app on a newer database, is refused with a sentence and changes
nothing.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from app.paths import database_path
from app.survey.db import cipher, migrate, open_database
from app.survey.db.health import is_sound
from app.survey.records import interviews
from tests.workspace_files import tinjau

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "schema-0003.sqlite.gz"
FIXTURE_REVISION = "0003"


def unpack(folder: Path) -> Path:
    """The fixture as a workspace's database file in `folder`."""
    folder.mkdir(mode=0o700)
    path = database_path(folder)
    path.write_bytes(gzip.decompress(FIXTURE.read_bytes()))
    path.chmod(0o600)
    return path


def connect(path: Path) -> sqlite3.Connection:
    """The previous release's file as it is (plain), or once this version opened it, and its
    backups (then encrypted with the workspace's key)."""
    with path.open("rb") as file:
        plain = file.read(16) == b"SQLite format 3\x00"
    if not plain:
        return cipher.connect_workspace(path)  # type: ignore[return-value]
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def contents(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every interview and household as stored (answers parsed, so formatting may differ)."""
    with connect(path) as conn:
        found = conn.execute(
            "SELECT id, household_id, form_id, form_version, status, answers, enumerator_id "
            "FROM interviews ORDER BY id"
        ).fetchall()
        households = conn.execute(
            "SELECT id, head_name, head_national_id, visit_status, poverty_status "
            "FROM households ORDER BY id"
        ).fetchall()
    conn.close()
    return {
        "interviews": [(*row[:5], json.loads(row[5]), row[6]) for row in found],
        "households": households,
    }


def revision(path: Path) -> str:
    with connect(path) as conn:
        (found,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    conn.close()
    return str(found)


def test_the_fixture_is_the_previous_releases_schema(tmp_path: Path) -> None:
    """The fixture really is revision 0003, with drafts and complete interviews to keep."""
    path = unpack(tmp_path / "data")
    assert revision(path) == FIXTURE_REVISION
    assert FIXTURE_REVISION in migrate.known_revisions()
    statuses = {row[4] for row in contents(path)["interviews"]}
    assert {"draft", "complete"} <= statuses


def test_opening_the_previous_releases_database_keeps_every_interview(tmp_path: Path) -> None:
    path = unpack(tmp_path / "data")
    before = contents(path)
    assert len(before["interviews"]) >= 5
    with open_database(path) as db:
        upgraded = revision(path) != FIXTURE_REVISION
        if upgraded:  # this version's schema is newer: the backup comes first, and is sound
            assert db.backup_path is not None and is_sound(db.backup_path)
            assert contents(db.backup_path) == before
            assert revision(db.backup_path) == FIXTURE_REVISION
        else:
            assert db.backup_path is None  # nothing to migrate, nothing to back up
        # The app itself reads every interview back, answers included.
        for interview_id, household_id, *_rest, answers, _enumerator in before["interviews"]:
            opened = interviews.open_for_household(
                db, household_id=household_id, forms_dir=tmp_path / "data" / "forms"
            )
            assert opened.interview_id == interview_id
            assert opened.answers == answers
    assert revision(path) == migrate.head_revision()
    assert contents(path) == before


def test_an_older_schema_is_migrated_after_a_verified_backup(tmp_path: Path) -> None:
    """The same fixture taken one release further back (0003's own downgrade to 0002): opening
    it backs it up first, the backup is sound and holds every interview, and after the
    migration every interview is intact."""
    path = unpack(tmp_path / "data")
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        from alembic import command

        command.downgrade(migrate.alembic_config(conn), "0002")
    engine.dispose()
    assert revision(path) == "0002"
    before = contents(path)
    with open_database(path) as db:
        assert db.backup_path is not None, "the schema upgrade was made without a backup"
        assert is_sound(db.backup_path)
        assert revision(db.backup_path) == "0002"
        assert contents(db.backup_path) == before
    assert revision(path) == migrate.head_revision()
    assert contents(path) == before


def test_an_older_app_refuses_a_newer_database_with_a_sentence(tmp_path: Path) -> None:
    """A database stamped by a later release than this one is refused by every command with
    one sentence saying to install the newer version, and not one byte of it changes."""
    path = unpack(tmp_path / "data")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    result = tinjau("census", "search", "a", "--data-dir", str(path.parent))
    assert result.returncode == 1
    assert "written by a newer version of Tinjau (schema 9999_future)" in result.stderr
    assert "Install the newer version; nothing was changed." in result.stderr
    assert "Traceback" not in result.stderr
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert not (path.parent / "backups").exists()


@pytest.mark.parametrize("name", ["README.md"])
def test_the_fixture_says_how_it_was_made(name: str) -> None:
    text = (FIXTURE.parent / name).read_text(encoding="utf-8")
    assert FIXTURE.name in text and "tinjau demo" in text
