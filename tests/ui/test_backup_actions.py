"""File > Back up now and File > Restore from backup… in the window, on real files: the work runs
on the database thread, a restore over newer data asks first (and "No" changes nothing), and
the window opens the restored workspace again. The daily backup is made when it opens."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.paths import database_path
from app.survey.db import backups, health, open_database
from app.survey.db.types import format_utc
from app.ui import i18n, ops
from app.ui import settings as opts
from app.ui.main_window import MainWindow
from app.ui.qt import QDialog, QFileDialog, QListWidget, QMessageBox, QPushButton, Qt
from tests.ui.helpers import plain, wait_for_ops
from tests.workspace_files import damage, digests, small_disk, tinjau


@pytest.fixture
def workspace(census_dir: Path, tmp_path: Path) -> Path:
    """A copy of the 300-household test workspace that this test may change, closed (see
    tests/ui/test_workspace_problems.py: another test may have the original open)."""
    folder = Path(shutil.copytree(census_dir, tmp_path / "data"))
    wal, shm = health.companions(database_path(folder))
    if wal.exists() and wal.stat().st_size == 0:
        wal.unlink()
        shm.unlink(missing_ok=True)
    return folder


@pytest.fixture
def automatic() -> Iterator[None]:
    """Automatic backups on, as in the app a person runs (tests have them off)."""
    backups.enable_automatic()
    yield
    backups.enable_automatic(False)


def open_window(qtbot, folder: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(opts.Settings())
    qtbot.addWidget(window)
    window.open_workspace(folder)
    window.show()
    wait_for_ops(qtbot)
    return window


def _household_count(folder: Path) -> int:
    with open_database(database_path(folder), read_only=True) as db, db.read() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM households").scalar() or 0)


def _add_note(folder: Path) -> None:
    """A change made after the backup: one household's head renamed (its updated_at now)."""
    with open_database(database_path(folder)) as db, db.write() as conn:
        conn.exec_driver_sql(
            "UPDATE households SET head_name = 'Later', updated_at = ? "
            "WHERE seq = (SELECT min(seq) FROM households)",
            (format_utc(datetime.now(UTC)),),
        )


def _heads_named_later(folder: Path) -> int:
    with open_database(database_path(folder), read_only=True) as db, db.read() as conn:
        return int(
            conn.exec_driver_sql(
                "SELECT count(*) FROM households WHERE head_name = 'Later'"
            ).scalar()
            or 0
        )


def test_back_up_now_writes_a_backup_and_says_where(qtbot, workspace: Path) -> None:  # type: ignore[no-untyped-def]
    """File > Back up now writes a checked backup into backups/ and names it in the status bar."""
    window = open_window(qtbot, workspace)
    assert window.backup_actions.backup_action in window.file_menu.actions()
    window.backup_actions.backup_action.trigger()
    wait_for_ops(qtbot)
    made = backups.listed(database_path(workspace))
    assert [b.why for b in made] == [backups.MANUAL]
    assert health.is_sound(made[0].path)
    assert str(made[0].path) in plain(window.statusBar().currentMessage())


def test_restore_over_newer_data_asks_and_no_changes_nothing(qtbot, workspace: Path) -> None:  # type: ignore[no-untyped-def]
    """Restoring a backup older than the workspace's last change asks first; "No" leaves every
    file as it was and the list open."""
    backup = backups.backup_database(database_path(workspace), backups.MANUAL)
    _add_note(workspace)
    before = digests(workspace)
    window = open_window(qtbot, workspace)
    window.backup_actions.restore(backup)
    qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox, "restoreNewerQuestion")))
    box = window.findChildren(QMessageBox, "restoreNewerQuestion")[0]
    assert "changes made after the backup" in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    wait_for_ops(qtbot)
    assert window.workspace is not None and window.list_panel.model.rowCount() == 300
    window.list_panel.model.close()
    window.close()
    ops.shutdown()
    assert digests(workspace) == before


def test_restore_over_newer_data_with_yes_replaces_it_and_reopens(qtbot, workspace: Path) -> None:  # type: ignore[no-untyped-def]
    """ "Yes" closes the workspace, restores the backup (keeping a copy of what it replaced)
    and lists the restored households."""
    backup = backups.backup_database(database_path(workspace), backups.MANUAL)
    _add_note(workspace)
    window = open_window(qtbot, workspace)
    window.backup_actions.restore(backup)
    qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox, "restoreNewerQuestion")))
    box = window.findChildren(QMessageBox, "restoreNewerQuestion")[0]
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: "Restored" in window.statusBar().currentMessage(), timeout=20_000)
    wait_for_ops(qtbot)
    assert window.workspace is not None and window.list_panel.model.rowCount() == 300
    assert not window.findChildren(QMessageBox, "errorBox")
    window.close()
    ops.shutdown()
    assert _heads_named_later(workspace) == 0
    safety = [b for b in backups.listed(database_path(workspace)) if b.why == "restore"]
    assert len(safety) == 1 and _household_count(workspace) == 300


def test_restore_from_backup_offers_backups_by_local_time_and_reason(
    qtbot, workspace: Path
) -> None:  # type: ignore[no-untyped-def]
    """File > Restore from backup… lists the workspace's backups newest first by when they were
    made (local time, month names of the interface language) and why, not by file name; the
    chosen one is restored."""
    path = database_path(workspace)
    manual = backups.backup_database(path, backups.MANUAL)
    _add_note(workspace)
    daily = backups.backup_database(path, backups.DAILY)
    _add_note(workspace)
    window = open_window(qtbot, workspace)
    i18n.set_language("ms")
    window.backup_actions.restore_action.trigger()
    qtbot.waitUntil(lambda: bool(window.findChildren(QDialog, "restoreChooser")))
    chooser = window.findChildren(QDialog, "restoreChooser")[0]
    listing = chooser.findChild(QListWidget, "backupList")
    rows = [listing.item(i).text() for i in range(listing.count())]
    made = backups.describe(daily).made_at.astimezone()  # type: ignore[union-attr]
    month = ["Jan", "Feb", "Mac", "Apr", "Mei", "Jun", "Jul", "Ogo", "Sep", "Okt", "Nov", "Dis"]
    assert rows[0].startswith(f"{made.day} {month[made.month - 1]} {made.year} ")
    assert rows[0].endswith("Sandaran harian") and "manual" not in rows[1], rows
    assert [listing.item(i).data(Qt.ItemDataRole.UserRole) for i in range(2)] == [
        str(daily),
        str(manual),
    ]
    listing.setCurrentRow(1)
    chooser.findChild(QPushButton, "restoreChosen").click()
    qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox, "restoreNewerQuestion")))
    box = window.findChildren(QMessageBox, "restoreNewerQuestion")[0]
    assert str(made.year) in box.text()  # both last changes, as local dates
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(
        lambda: "Sandaran yang dibuat pada" in window.statusBar().currentMessage(), timeout=20_000
    )
    assert rows[1].split("   ")[0] in window.statusBar().currentMessage()
    qtbot.waitUntil(
        lambda: window.workspace is not None and window.list_panel.model.rowCount() == 300,
        timeout=20_000,
    )
    wait_for_ops(qtbot)
    window.close()
    ops.shutdown()
    assert _heads_named_later(workspace) == 0


def test_other_file_opens_in_the_backups_folder(qtbot, workspace: Path) -> None:  # type: ignore[no-untyped-def]
    """ "Other file…" (a backup on a USB stick) asks for the file without blocking, starting in
    backups/; with no backups yet the file is asked for at once."""
    backups.backup_database(database_path(workspace), backups.MANUAL)
    window = open_window(qtbot, workspace)
    window.backup_actions.restore_action.trigger()
    qtbot.waitUntil(lambda: bool(window.findChildren(QDialog, "restoreChooser")))
    chooser = window.findChildren(QDialog, "restoreChooser")[0]
    chooser.findChild(QPushButton, "restoreOtherFile").click()
    dialog = window.findChild(QFileDialog, "restoreFileDialog")
    assert dialog is not None and dialog.isVisible()
    assert Path(dialog.directory().absolutePath()) == health.backup_folder(database_path(workspace))
    dialog.reject()


def test_opening_a_workspace_makes_the_daily_backup(qtbot, workspace: Path, automatic) -> None:  # type: ignore[no-untyped-def]
    """The app's first open of a workspace on a day makes the daily backup, in the background."""
    window = open_window(qtbot, workspace)
    wait_for_ops(qtbot)
    assert [b.why for b in backups.listed(database_path(workspace))] == [backups.DAILY]
    window.close()


def test_a_damaged_workspace_is_restored_from_the_window(qtbot, workspace: Path) -> None:  # type: ignore[no-untyped-def]
    """The window that shows a damaged workspace's problem can still restore a backup into it
    (as the sentence says), without asking, and then lists its households again."""
    path = database_path(workspace)
    good = backups.backup_database(path, backups.MANUAL)
    damage(path)
    window = open_window(qtbot, workspace)
    assert window.workspace is None and "File > Restore from backup" in window.workspace_problem
    window.backup_actions.restore(good)
    qtbot.waitUntil(lambda: "Restored" in window.statusBar().currentMessage(), timeout=20_000)
    wait_for_ops(qtbot)
    assert not window.findChildren(QMessageBox, "restoreNewerQuestion")
    assert window.workspace is not None and window.list_panel.model.rowCount() == 300
    assert [b.why for b in backups.listed(path)].count(backups.DAMAGED) == 1


def test_a_daily_backup_with_no_room_says_so(
    qtbot, census_dir: Path, tmp_path: Path, automatic
) -> None:  # type: ignore[no-untyped-def]
    """A disk with room for the workspace but not for its daily backup: the window says the
    backup was not made and why (a log line alone would go unseen), and leaves no part of it."""
    size = database_path(census_dir).stat().st_size
    with small_disk(tmp_path / "disk", f"{size * 3 // 2 // 1024}k") as disk:
        folder = Path(shutil.copytree(census_dir, disk / "data"))
        for leftover in health.companions(database_path(folder)):
            leftover.unlink(missing_ok=True)
        window = open_window(qtbot, folder)
        qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox, "errorBox")))
        text = window.findChildren(QMessageBox, "errorBox")[0].text()
        assert "automatic backup was not made" in text and "not enough space" in text
        assert backups.listed(database_path(folder)) == []
        window.close()
        ops.shutdown()


def test_tinjau_restore_is_refused_while_the_window_has_the_workspace_open(
    qtbot, workspace: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """`tinjau restore --force` run while the window shows the workspace is refused (the window
    would go on writing to the file it replaced) and changes nothing; closed, it is restored."""
    made = backups.backup_database(database_path(workspace), backups.MANUAL, tmp_path / "usb")
    _add_note(workspace)
    window = open_window(qtbot, workspace)
    assert window.list_panel.model.rowCount() == 300
    refused = tinjau("restore", str(made), "--data-dir", str(workspace), "--force")
    assert refused.returncode == 1, refused.stdout
    assert "is open in another Tinjau program" in refused.stderr, refused.stderr
    assert _heads_named_later(workspace) == 1
    window.list_panel.model.close()
    window.close()
    ops.shutdown()
    done = tinjau("restore", str(made), "--data-dir", str(workspace), "--force")
    assert done.returncode == 0, done.stderr
    assert _heads_named_later(workspace) == 0
