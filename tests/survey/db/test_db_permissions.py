"""Workspace files hold names, national IDs and incomes: what Tinjau creates is owner-only,
whatever the umask (the data folder 0700, the database, its -wal/-shm and backups 0600)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.paths import database_path
from app.survey.db import open_database
from app.survey.db.engine import backup_database
from tests.workspace_files import build_demo


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(params=[0o022, 0o000], ids=["umask 022", "umask 000"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def test_new_workspace_folder_and_files_are_owner_only(tmp_path: Path, umask: int) -> None:
    """A data folder Tinjau creates is 0700; the database, its -wal and -shm and a backup are
    0600 (SQLite gives the -wal/-shm the database's own mode)."""
    folder = tmp_path / "ward" / "data"
    path = database_path(folder)
    with open_database(path) as db, db.write() as conn:
        conn.exec_driver_sql("INSERT INTO meta (key, value) VALUES ('note', 'x')")
        wal, shm = path.with_name("tinjau.sqlite-wal"), path.with_name("tinjau.sqlite-shm")
        assert wal.exists() and shm.exists()
        assert (mode(path), mode(wal), mode(shm)) == (0o600, 0o600, 0o600)
    assert mode(folder) == 0o700
    assert mode(backup_database(path, "manual")) == 0o600


def test_a_folder_the_user_made_keeps_its_mode(tmp_path: Path, umask: int) -> None:
    """An existing folder is the user's choice and keeps its mode; the new database in it is
    still 0600."""
    folder = tmp_path / "shared"
    folder.mkdir()
    folder.chmod(0o755)
    open_database(database_path(folder)).close()
    assert mode(folder) == 0o755
    assert mode(database_path(folder)) == 0o600


def test_demo_workspace_files_are_all_owner_only(tmp_path: Path) -> None:
    """`tinjau demo` into a new folder: the folder is 0700 and every file it writes there (the
    database and the compiled form cache included) is 0600."""
    folder = build_demo(tmp_path / "new" / "data", households=20)
    assert mode(folder) == 0o700
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert len(files) >= 2  # the database and the form cache
    assert {str(p.relative_to(folder)): mode(p) for p in files} == {
        str(p.relative_to(folder)): 0o600 for p in files
    }
