"""A damaged workspace file (pages overwritten in the middle) is refused by every command with a
sentence naming the backup to restore, and every file in the data folder is left as it was."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from app.paths import database_path
from app.survey.db import cipher, keys, open_database
from app.survey.db.engine import backup_database
from app.survey.errors import DatabaseError
from tests.workspace_files import build_demo, damage, digests, tinjau


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 200-household demo workspace, built once by `tinjau demo`; tests copy it."""
    return build_demo(tmp_path_factory.mktemp("demo") / "data")


@pytest.fixture
def workspace(demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo workspace for one test."""
    return Path(shutil.copytree(demo_template, tmp_path / "data"))


@pytest.fixture
def census_csv(tmp_path: Path) -> Path:
    path = tmp_path / "ward.csv"
    path.write_text(
        "Unit,Name,IC,Phone,Size\nZ-01-01,Ahmad bin Ali,800101145671,0123456789,4\n",
        encoding="utf-8",
    )
    return path


COMMANDS = {
    "census import": ["census", "import", "{csv}", "--site", "kuala_lumpur/LPT/LPT01/PPR001"],
    "census search": ["census", "search", "a"],
    "census areas": ["census", "areas"],
    "standards rescore": ["standards", "rescore"],
    "gui": ["gui", "--screenshot", "{tmp}/window.png"],
}


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_refuses_a_damaged_workspace_and_changes_nothing(
    workspace: Path, census_csv: Path, tmp_path: Path, command: str
) -> None:
    """census import, search and areas, standards rescore and the window each exit 1 with the
    damage sentence, no traceback, and every file in the data folder byte-identical."""
    damage(database_path(workspace))
    before = digests(workspace)
    args = [a.format(csv=census_csv, tmp=tmp_path) for a in COMMANDS[command]]
    env = dict(os.environ, TINJAU_CONFIG_DIR=str(tmp_path / "config"))  # the window's settings
    result = tinjau(*args, "--data-dir", str(workspace), env=env)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "tinjau.sqlite is damaged" in result.stderr
    assert "nothing was changed" in result.stderr
    assert "Traceback" not in result.stderr
    assert digests(workspace) == before
    assert not (tmp_path / "window.png").exists()


def test_refusal_names_the_newest_backup_that_is_itself_sound(workspace: Path) -> None:
    """Of the backups beside the file, the sentence names the newest one that passes SQLite's
    check (a newer damaged backup is passed over), and says to move the -wal/-shm away too."""
    path = database_path(workspace)
    good = backup_database(path, "manual")
    with open_database(path) as db, db.write() as conn:  # a newer state, backed up too
        conn.exec_driver_sql("INSERT INTO meta (key, value) VALUES ('note', 'later')")
    newer = backup_database(path, "manual")
    assert newer.name > good.name
    damage(newer)
    damage(path)
    before = digests(workspace)
    with pytest.raises(DatabaseError) as caught:
        open_database(path)
    message = str(caught.value)
    assert f"Restore the last good backup, {good.name}," in message
    assert newer.name not in message
    assert "tinjau.sqlite-wal / tinjau.sqlite-shm" in message
    assert digests(workspace) == before


def test_read_only_open_refuses_a_damaged_file_too(workspace: Path) -> None:
    """A read (a search) is refused as well: a damaged file silently lost households from
    search results."""
    damage(database_path(workspace))
    before = digests(workspace)
    with pytest.raises(DatabaseError, match="is damaged .*No good backup of it was found"):
        open_database(database_path(workspace), read_only=True)
    assert digests(workspace) == before


def test_damage_met_while_the_file_is_open_is_the_same_sentence(workspace: Path) -> None:
    """Damage that appears after the file was checked and opened surfaces as the same
    DatabaseError sentence, not as SQLite's "database disk image is malformed"."""
    with open_database(database_path(workspace)) as db:
        damage(db.path, pages=40)
        with pytest.raises(DatabaseError, match="is damaged"), db.read() as conn:
            conn.exec_driver_sql("SELECT count(*), sum(length(answers)) FROM interviews").all()
            conn.exec_driver_sql("SELECT count(*), max(name) FROM members").all()
            conn.exec_driver_sql("SELECT count(*), sum(length(payload)) FROM outbox").all()


def test_plain_sqlite_errors_of_damage_become_the_sentence(workspace: Path) -> None:
    """The window's own sqlite3 readers bypass SQLAlchemy: ops.explained turns their damage
    error into the sentence too."""
    from app.ui.ops import explained

    path = database_path(workspace)
    damage(path)
    raw = cipher.connect(f"{path.as_uri()}?immutable=1", keys.data_key_for(path), uri=True)
    try:
        # SQLCipher's quick_check lists a page it cannot decrypt rather than raising: reading
        # every table meets the damaged pages as an error, as the list's reads would.
        tables = [r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        with pytest.raises(cipher.DatabaseError) as caught:
            for table in tables:
                raw.execute(f'SELECT * FROM "{table}"').fetchall()
    finally:
        raw.close()
    sentence = explained(caught.value, path)
    assert isinstance(sentence, DatabaseError) and "is damaged" in str(sentence)
    other = cipher.OperationalError("no such table: x")
    assert explained(other, path) is other


def test_background_check_holds_writes_until_its_verdict(workspace: Path) -> None:
    """The window's open (check_in_background) returns before the check; a write waits for the
    verdict and, the file being damaged, is refused; closed again, every file is as it was."""
    path = database_path(workspace)
    damage(path)
    before = digests(workspace)
    db = open_database(path, check_in_background=True)
    try:
        with pytest.raises(DatabaseError, match="is damaged"), db.write():
            pass
        with pytest.raises(DatabaseError, match="is damaged"):
            db.wait_until_checked()
    finally:
        db.close()
    assert digests(workspace) == before
