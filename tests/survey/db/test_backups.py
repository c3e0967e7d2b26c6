"""Backups and restore of a workspace, through the real `tinjau` command on real files: a copy
taken while interviews are being saved holds every completed one, and every refused restore
leaves every file in the data folder byte for byte as it was."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.paths import database_path
from app.survey.db import backups, cipher, health, open_database
from app.survey.errors import DatabaseError
from tests.workspace_files import (
    REPO,
    build_demo,
    damage,
    digests,
    read_only,
    small_disk,
    tinjau,
)

WORKER = Path(__file__).with_name("saving_worker.py")


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 200-household demo workspace, built once by `tinjau demo`; tests copy it."""
    return build_demo(tmp_path_factory.mktemp("demo") / "data")


@pytest.fixture
def workspace(demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo workspace for one test."""
    return Path(shutil.copytree(demo_template, tmp_path / "data"))


def _backup(workspace: Path, *more: str) -> Path:
    result = tinjau("backup", "--data-dir", str(workspace), *more)
    assert result.returncode == 0, result.stderr
    made = Path(result.stdout.strip())
    assert made.is_file()
    return made


def _complete_one(workspace: Path) -> str:
    """Interview and complete one household with the interview screen's record functions, in
    a program of its own, as a worker would; returns the interview's id."""
    worker = subprocess.run(
        [sys.executable, str(WORKER), str(workspace), "1"],
        cwd=REPO,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
        capture_output=True,
        text=True,
        check=True,
    )
    ready, interview_id = worker.stdout.split()
    return interview_id


def _status(db_file: Path, interview_id: str) -> str | None:
    with cipher.connect_workspace(db_file) as conn:
        row = conn.execute("SELECT status FROM interviews WHERE id = ?", (interview_id,)).fetchone()
    conn.close()
    return row[0] if row else None


def test_backup_taken_while_interviews_are_saved_restores_every_completed_one(
    workspace: Path, tmp_path: Path
) -> None:
    """`tinjau backup` taken while another program keeps saving and completing interviews is a
    sound copy holding every interview completed before it started; restored into a new
    folder, all of them are there and complete."""
    worker = subprocess.Popen(
        [sys.executable, str(WORKER), str(workspace)],
        cwd=REPO,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
        stdout=subprocess.PIPE,
        text=True,
    )
    assert worker.stdout is not None
    try:
        assert worker.stdout.readline() == "ready\n"
        completed = [worker.stdout.readline().strip() for _ in range(5)]
        backup = tinjau("backup", "--data-dir", str(workspace), "--to", str(tmp_path / "usb"))
        after = [worker.stdout.readline().strip() for _ in range(3)]
        assert worker.poll() is None, "the saving program stopped during the backup"
    finally:
        worker.kill()
        worker.wait()
    assert backup.returncode == 0, backup.stderr
    assert all(after), "the saving program did not go on saving after the backup"
    made = Path(backup.stdout.strip())
    assert made.parent == tmp_path / "usb" and made.stat().st_mode & 0o777 == 0o600

    fresh = tmp_path / "restored"
    restored = tinjau("restore", str(made), "--data-dir", str(fresh))
    assert restored.returncode == 0, restored.stderr
    db_file = database_path(fresh)
    with cipher.connect_workspace(db_file) as conn:
        assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    conn.close()
    for interview_id in completed:
        assert _status(db_file, interview_id) == "complete"


def test_restore_over_newer_data_is_refused_and_changes_nothing(
    workspace: Path, tmp_path: Path
) -> None:
    """A workspace with an interview completed after the backup was taken is not overwritten
    without --force: the command says why and what to do, and every file stays as it was;
    with --force it is, and the workspace it replaced is kept in backups/."""
    made = _backup(workspace, "--to", str(tmp_path / "usb"))
    interview_id = _complete_one(workspace)
    before = digests(workspace)

    refused = tinjau("restore", str(made), "--data-dir", str(workspace))
    assert refused.returncode == 1
    assert "has changes made after this backup" in refused.stderr
    assert "--force" in refused.stderr and "nothing was changed" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert digests(workspace) == before

    forced = tinjau("restore", str(made), "--data-dir", str(workspace), "--force")
    assert forced.returncode == 0, forced.stderr
    assert _status(database_path(workspace), interview_id) is None
    safety = [b for b in backups.listed(database_path(workspace)) if b.why == "restore"]
    assert len(safety) == 1 and _status(safety[0].path, interview_id) == "complete"
    assert safety[0].path.stat().st_mode & 0o777 == 0o600
    assert not health.companions(database_path(workspace))[0].exists()


def test_restore_while_another_program_has_the_workspace_open_is_refused(
    workspace: Path, tmp_path: Path
) -> None:
    """While another Tinjau program has the workspace open, even a forced restore is refused
    as busy and no file changes."""
    made = _backup(workspace, "--to", str(tmp_path / "usb"))
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_OPEN, str(database_path(workspace))],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    try:
        assert holder.stdout.readline() == "open\n"
        before = digests(workspace)
        refused = tinjau("restore", str(made), "--data-dir", str(workspace), "--force")
        assert digests(workspace) == before
    finally:
        holder.kill()
        holder.wait()
    assert refused.returncode == 1
    assert "is open in another Tinjau program" in refused.stderr
    assert "nothing was changed" in refused.stderr


HOLD_OPEN = """
import sys, time
from app.survey.db import open_database
db = open_database(sys.argv[1])
with db.read() as conn:
    conn.exec_driver_sql("SELECT count(*) FROM households").scalar()
print("open", flush=True)
time.sleep(120)
"""


def _newer_schema(path: Path) -> None:
    with cipher.connect_workspace(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()


@pytest.mark.parametrize(
    ("spoil", "said"),
    [
        (lambda p: p.write_text("not a database"), "not an SQLite file"),
        (damage, "is damaged"),
        (_newer_schema, "written by a newer version of Tinjau (schema 9999_future)"),
    ],
    ids=["not-sqlite", "damaged", "newer-schema"],
)
def test_a_bad_backup_is_refused_before_anything_changes(
    workspace: Path, tmp_path: Path, spoil, said: str
) -> None:
    """The backup is checked first: not SQLite, damaged, or from a newer Tinjau is refused
    with a sentence, --force or not, and every file stays as it was."""
    made = _backup(workspace, "--to", str(tmp_path / "usb"))
    spoil(made)
    before = digests(workspace)
    refused = tinjau("restore", str(made), "--data-dir", str(workspace), "--force")
    assert refused.returncode == 1
    assert said in refused.stderr and "nothing was changed" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert digests(workspace) == before


def test_restore_of_a_damaged_workspace_needs_no_force_and_keeps_its_bytes(
    workspace: Path, tmp_path: Path
) -> None:
    """The damage sentence names the backup and the restore command; running it replaces the
    damaged file, whose bytes are kept in backups/, and the workspace opens again."""
    path = database_path(workspace)
    good = backups.backup_database(path, backups.MANUAL)
    damage(path)
    with pytest.raises(DatabaseError) as caught:
        open_database(path)
    assert f"tinjau restore {good} --data-dir {workspace}" in str(caught.value)
    result = tinjau("restore", str(good), "--data-dir", str(workspace))
    assert result.returncode == 0, result.stderr
    kept = [b for b in backups.listed(path) if b.why == backups.DAMAGED]
    assert len(kept) == 1 and not health.is_sound(kept[0].path)
    with open_database(path) as db, db.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM households").scalar() == 200


def test_backups_are_made_before_a_rescore_and_removed_when_it_is_refused(
    workspace: Path,
) -> None:
    """`tinjau standards rescore` backs the workspace up first (in backups/, 0700, files 0600),
    and a later writing command on the same day makes no second daily one."""
    result = tinjau("standards", "rescore", "--data-dir", str(workspace), "--force")
    assert result.returncode == 0, result.stderr
    made = backups.listed(database_path(workspace))
    assert [b.why for b in made].count("rescore") == 1, made
    assert [b.why for b in made].count(backups.DAILY) == 1, made  # the first change today
    folder = health.backup_folder(database_path(workspace))
    assert folder.stat().st_mode & 0o777 == 0o700
    assert all(b.path.stat().st_mode & 0o777 == 0o600 for b in made)
    again = tinjau("standards", "rescore", "--data-dir", str(workspace), "--force")
    assert again.returncode == 0, again.stderr
    assert [b.why for b in backups.listed(database_path(workspace))].count(backups.DAILY) == 1


def test_a_refused_census_import_leaves_no_backup_behind(workspace: Path, tmp_path: Path) -> None:
    """The backup made before an import is removed again when the import is refused, so the
    folder is byte for byte as it was."""
    bad = tmp_path / "list.csv"
    bad.write_text("Unit,Name\nZ-99-99,Someone\n", encoding="utf-8")
    before = digests(workspace)
    result = tinjau("census", "import", str(bad), "--data-dir", str(workspace))
    assert result.returncode == 1
    assert digests(workspace) == before
    assert not health.backup_folder(database_path(workspace)).exists()


def test_old_automatic_backups_are_removed_by_the_policy(workspace: Path) -> None:
    """Daily backups older than the kept days go (the newest daily always stays), only the
    last K made before a change stay, and manual ones are never removed."""
    path = database_path(workspace)
    folder = health.backup_folder(path)
    health.make_private_folder(folder)
    now = datetime(2026, 12, 1, tzinfo=UTC)

    def fake(days_ago: float, why: str) -> Path:
        stamp = (now - timedelta(days=days_ago)).strftime("%Y%m%dT%H%M%S-%fZ")
        made = folder / f"tinjau-backup-{stamp}-{why}-0123456789.sqlite"
        shutil.copyfile(path, made)
        return made

    daily = [fake(d, "daily") for d in (1, 5, 20, 40)]
    changes = [fake(d + 0.5, "census-import") for d in range(12)]
    manual = fake(100, "manual")
    old_beside = workspace / "tinjau-backup-20200101T000000-000000Z-schema-0001-0123456789.sqlite"
    shutil.copyfile(path, old_beside)
    gone = set(backups.prune(path, now))
    assert gone == {daily[2], daily[3], *changes[10:], old_beside}  # the last 10 kept
    assert manual.exists() and all(p.exists() for p in daily[:2] + changes[:10])


def test_keep_options_are_stored_in_the_workspace(workspace: Path) -> None:
    """`tinjau backup --keep-days N --keep-changes K` keeps the policy in the workspace."""
    _backup(workspace, "--keep-days", "30", "--keep-changes", "3")
    assert backups.read_policy(database_path(workspace)) == backups.Policy(30, 3)


def test_daily_backup_is_made_once_a_day(workspace: Path) -> None:
    """The first change of a day makes the daily backup; the same day's next one does not,
    and the next day's does."""
    path = database_path(workspace)
    first = backups.daily_if_due(path)
    assert first is not None and first.parent == health.backup_folder(path)
    assert backups.daily_if_due(path) is None
    tomorrow = datetime.now(UTC) + timedelta(days=1, minutes=1)
    with open_database(path) as db, db.write() as conn:  # a change, so a new state
        conn.exec_driver_sql("INSERT INTO meta (key, value) VALUES ('note', 'later')")
    assert backups.daily_if_due(path, tomorrow) is not None


def test_a_backup_of_an_open_workspace_holds_what_is_still_in_its_wal(workspace: Path) -> None:
    """A backup taken while a connection holds the workspace open in WAL mode, with writes
    still in the -wal, is a complete copy."""
    path = database_path(workspace)
    with open_database(path) as db:
        with db.write() as conn:
            conn.exec_driver_sql("INSERT INTO meta (key, value) VALUES ('note', 'in the wal')")
        assert health.companions(path)[0].exists()
        made = backups.backup_database(path, backups.MANUAL)
    with cipher.connect_workspace(made) as conn:
        assert conn.execute("SELECT value FROM meta WHERE key = 'note'").fetchone() == (
            "in the wal",
        )
    conn.close()


def test_restore_refuses_a_backup_that_is_the_workspace_itself(workspace: Path) -> None:
    """Giving the workspace's own file as the backup is refused, untouched."""
    before = digests(workspace)
    result = tinjau("restore", str(database_path(workspace)), "--data-dir", str(workspace))
    assert result.returncode == 1 and "is the workspace itself" in result.stderr
    assert digests(workspace) == before


def test_backup_names_time_in_order(workspace: Path) -> None:
    """Backups made one after another sort newest first by name, whatever their reason."""
    path = database_path(workspace)
    first = backups.backup_database(path, backups.MANUAL)
    time.sleep(0.01)
    with open_database(path) as db, db.write() as conn:
        conn.exec_driver_sql("INSERT INTO meta (key, value) VALUES ('note', 'x')")
    second = backups.backup_database(path, "census-import")
    assert [b.path for b in backups.listed(path)] == [second, first]


def test_a_backup_beside_the_file_from_an_older_version_is_still_found(workspace: Path) -> None:
    """Backups written beside the database by older versions (before backups/) are still
    named by the damage sentence and restored by `tinjau restore`."""
    path = database_path(workspace)
    old = workspace / "tinjau-backup-20261101T080000-000000Z-schema-0001-0123456789.sqlite"
    shutil.copyfile(path, old)
    damage(path)
    with pytest.raises(DatabaseError) as caught:
        open_database(path)
    assert f"Restore the last good backup, {old.name}, in {workspace}" in str(caught.value)
    result = tinjau("restore", str(old), "--data-dir", str(workspace))
    assert result.returncode == 0, result.stderr


def test_restore_into_a_read_only_folder_is_refused_with_a_sentence(
    workspace: Path, tmp_path: Path
) -> None:
    """A data folder the user may only read is not restored into, --force or not: a sentence
    says so and no file changes."""
    made = _backup(workspace, "--to", str(tmp_path / "usb"))
    before = digests(workspace)
    with read_only(workspace):
        refused = tinjau("restore", str(made), "--data-dir", str(workspace), "--force")
    assert refused.returncode == 1, refused.stdout
    assert "is read-only for you" in refused.stderr and "nothing was changed" in refused.stderr
    assert digests(workspace) == before


def test_a_backup_to_a_full_stick_is_refused_with_a_sentence_and_leaves_nothing(
    workspace: Path, tmp_path: Path
) -> None:
    """A USB stick without room for the copy: one sentence says so (no traceback), and neither
    the part written, its journal nor the folder made for it is left on the stick."""
    before = digests(workspace)
    with small_disk(tmp_path / "stick", "256k") as stick:
        refused = tinjau("backup", "--data-dir", str(workspace), "--to", str(stick / "tinjau"))
        left = sorted(p.name for p in stick.rglob("*"))
    assert refused.returncode == 1, refused.stdout
    assert "not enough space on the disk holding" in refused.stderr, refused.stderr
    assert "unexpected" not in refused.stderr and "Traceback" not in refused.stderr
    assert left == []
    assert digests(workspace) == before


def test_a_restore_onto_a_full_disk_is_refused_and_changes_nothing(
    demo_template: Path, tmp_path: Path
) -> None:
    """When the data folder's disk has no room for the restored copy, the restore is refused
    with a sentence and every file of the workspace is as it was."""
    made = _backup(Path(shutil.copytree(demo_template, tmp_path / "first")))
    size = database_path(demo_template).stat().st_size
    with small_disk(tmp_path / "disk", f"{size * 3 // 2 // 1024}k") as disk:
        workspace = Path(shutil.copytree(demo_template, disk / "data"))
        before = digests(workspace)
        refused = tinjau("restore", str(made), "--data-dir", str(workspace), "--force")
        after = digests(workspace)
    assert refused.returncode == 1, refused.stdout
    assert "not enough space on the disk holding" in refused.stderr, refused.stderr
    assert "nothing was changed" in refused.stderr or "not changed" in refused.stderr
    assert after == before


def test_a_bulk_change_whose_backup_has_no_room_is_refused(
    demo_template: Path, tmp_path: Path
) -> None:
    """A rescore is not made without its backup: on a disk with no room for the copy it is
    refused with a sentence saying why, and every file is as it was."""
    size = database_path(demo_template).stat().st_size
    with small_disk(tmp_path / "disk", f"{size * 3 // 2 // 1024}k") as disk:
        workspace = Path(shutil.copytree(demo_template, disk / "data"))
        before = digests(workspace)
        refused = tinjau("standards", "rescore", "--data-dir", str(workspace), "--force")
        after = digests(workspace)
    assert refused.returncode == 1, refused.stdout
    assert "that backup failed, so nothing was changed" in refused.stderr, refused.stderr
    assert "not enough space on the disk holding" in refused.stderr
    assert after == before


def test_the_damage_sentence_never_names_a_kept_damaged_copy(workspace: Path) -> None:
    """A copy a restore kept of a damaged file (`...-damaged-...`) is never the backup the
    damage sentence tells the user to restore, even when SQLite's quick check passes it."""
    path = database_path(workspace)
    good = backups.backup_database(path, backups.MANUAL)
    kept = good.parent / "tinjau-backup-29991231T000000-000000Z-damaged-0123456789.sqlite"
    shutil.copyfile(path, kept)
    damage(path)
    with pytest.raises(DatabaseError) as caught:
        open_database(path)
    assert f"Restore the last good backup, {good.name}," in str(caught.value)
