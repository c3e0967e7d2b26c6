"""The window on a data folder it cannot use as usual: damaged or newer files are refused with the
reason shown where the list would be (never an empty list); a read-only folder is listed, says
it is read-only, and refuses changes in a sentence. Nothing in the folder changes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.paths import database_path
from app.survey.db import cipher
from app.ui import ops
from app.ui import settings as opts
from app.ui.main_window import MainWindow
from app.ui.qt import QMessageBox
from tests.ui.helpers import wait_for_ops
from tests.ui.test_gui_command import run_gui
from tests.workspace_files import damage, digests, read_only


@pytest.fixture
def workspace(census_dir: Path, tmp_path: Path) -> Path:
    """A copy of the 300-household test workspace that this test may spoil, as a closed
    workspace is: another test in this process may have the original open, which leaves an
    empty -wal and a -shm beside it that the window would then tidy away when it lets go."""
    folder = Path(shutil.copytree(census_dir, tmp_path / "data"))
    with cipher.connect_workspace(
        database_path(folder)
    ) as raw:  # fold any -wal in, as a close does
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    for leftover in ("-wal", "-shm"):
        (folder / f"{database_path(folder).name}{leftover}").unlink(missing_ok=True)
    return folder


def make_newer(folder: Path) -> None:
    with cipher.connect_workspace(database_path(folder)) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999_future'")
    raw.close()


def open_window(qtbot, folder: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(opts.Settings())
    qtbot.addWidget(window)
    window.open_workspace(folder)
    window.show()
    wait_for_ops(qtbot)
    return window


def error_boxes(window: MainWindow) -> list[str]:
    return [b.text() for b in window.findChildren(QMessageBox, "errorBox") if b.isVisible()]


@pytest.mark.parametrize(
    ("spoil", "reason"),
    [(lambda f: damage(database_path(f)), "tinjau.sqlite is damaged"),
     (make_newer, "written by a newer version of Tinjau (schema 9999_future)")],
    ids=["damaged", "newer"],
)  # fmt: skip
def test_window_shows_why_a_folder_cannot_be_opened(
    qtbot, workspace: Path, spoil, reason: str
) -> None:  # type: ignore[no-untyped-def]
    """The reason replaces the list (not an empty list), is said once, and no file changes."""
    spoil(workspace)
    before = digests(workspace)
    window = open_window(qtbot, workspace)
    assert window.pages.currentWidget() is window.first_run
    assert reason in window.welcome.text() and "nothing was changed" in window.welcome.text()
    assert window.workspace_problem == window.welcome.text()
    assert len(error_boxes(window)) <= 1
    window.retranslate()  # a language switch keeps the reason
    assert reason in window.welcome.text()
    wait_for_ops(qtbot)
    assert digests(workspace) == before


def test_a_damaged_file_with_a_crash_leftover_wal_is_not_checkpointed(
    qtbot, census_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A -wal left by a crash beside a damaged file stays a -wal: the window checks before it
    connects for writing, so the last connection's checkpoint never writes into the damaged
    file. (The -shm is SQLite's index of the -wal, rebuilt by any reader: not compared.)"""
    source = database_path(census_dir)
    writer = cipher.connect_workspace(source)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("CREATE TABLE crash_leftover (x)")
    writer.commit()
    folder = Path(shutil.copytree(census_dir, tmp_path / "data"))  # copied as a crash leaves it
    writer.execute("DROP TABLE crash_leftover")
    writer.commit()
    writer.close()
    wal = folder / f"{source.name}-wal"
    assert wal.stat().st_size > 0
    damage(database_path(folder))
    before = {name: d for name, d in digests(folder).items() if not name.endswith("-shm")}
    window = open_window(qtbot, folder)
    assert "tinjau.sqlite is damaged" in window.welcome.text()
    wait_for_ops(qtbot)
    after = {name: d for name, d in digests(folder).items() if not name.endswith("-shm")}
    assert after == before


def test_screenshot_of_a_newer_workspace_exits_1_with_the_reason(
    workspace: Path, tmp_path: Path
) -> None:
    """`tinjau gui --screenshot` on a newer-schema folder says why on stderr and exits 1."""
    make_newer(workspace)
    before = digests(workspace)
    result = run_gui("--data-dir", str(workspace), "--screenshot", str(tmp_path / "x.png"),
                     config=tmp_path / "config")  # fmt: skip
    assert result.returncode == 1
    assert "written by a newer version of Tinjau" in result.stderr
    assert "Traceback" not in result.stderr
    assert digests(workspace) == before


def test_read_only_folder_is_listed_and_refuses_changes(qtbot, workspace: Path) -> None:  # type: ignore[no-untyped-def]
    """In a read-only folder the window lists every household, says "Read-only" in its status
    bar, and "Add household" is refused with a sentence; no file changes."""
    before = digests(workspace)
    with read_only(workspace):
        window = open_window(qtbot, workspace)
        assert window.list_panel.model.rowCount() == 300
        assert window.list_panel.model.index(0, 1).data()  # a page of rows was read
        assert "Read-only" in window.status_label.text()
        assert window.add_household() is None
        assert any("read-only for you" in text for text in error_boxes(window))
        assert window.pages.currentWidget() is window.splitter
        ops.shutdown()  # close the database before the folder is writable again
    assert digests(workspace) == before


def test_screenshot_of_a_read_only_folder_works(workspace: Path, tmp_path: Path) -> None:
    """`tinjau gui --screenshot` renders a read-only folder's list and exits 0 (it crashed)."""
    before = digests(workspace)
    out = tmp_path / "shot.png"
    with read_only(workspace):
        result = run_gui("--data-dir", str(workspace), "--screenshot", str(out),
                         config=tmp_path / "config")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert out.exists()
    assert digests(workspace) == before


def test_damage_met_while_scrolling_is_said_in_a_sentence(qtbot, workspace: Path) -> None:  # type: ignore[no-untyped-def]
    """Damage that appears after the folder was opened, met by the list's own page reader on
    the UI thread, is shown as the damage sentence, not a traceback or a blank row."""
    window = MainWindow(opts.Settings())
    qtbot.addWidget(window)
    window.open_workspace(workspace)  # not shown: no page of rows is read yet
    wait_for_ops(qtbot)
    model = window.list_panel.model
    assert model.rowCount() == 300
    path = database_path(workspace)
    with path.open("r+b") as handle:  # every page but the first (the schema) overwritten
        handle.seek(int.from_bytes(handle.read(18)[16:18], "big"))
        handle.write(b"\x5a" * (path.stat().st_size - handle.tell()))
    assert model.index(0, 1).data() is None
    wait_for_ops(qtbot)
    assert any("tinjau.sqlite is damaged" in text for text in error_boxes(window))
