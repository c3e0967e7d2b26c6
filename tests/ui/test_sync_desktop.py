"""The desktop app's sign-in dialog, sync panel and census-list sync marks, driven as a worker
would (real widgets, offscreen) against a real `tinjau-server` process on a loopback port and
real device databases."""

from __future__ import annotations

import shutil
import stat
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.paths import database_path
from app.survey.db import cipher, open_database
from app.survey.records import households, lifecycle, recorder, reviews
from app.sync.client import Credentials, save_credentials
from app.sync.login import sign_in
from app.ui import network
from tests.server.conftest import PASSWORD, free_port, running_server, server_command
from tests.server.test_sync_client import make_client, prepare_server, server_interviews
from tests.ui.helpers import plain, wait_for_ops

# Two wrong passwords for one user name from one address, then the server makes you wait.
LOGIN_ATTEMPTS = "2"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """A real server process with an admin account: (base URL, database URL)."""
    db_url = f"sqlite:///{tmp_path_factory.mktemp('server') / 'server.sqlite'}"
    prepare_server(db_url)
    made = server_command(
        "create-user", "--db", db_url, "--username", "siti", "--role", "admin",
        "--password-stdin", stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    env = {"TINJAU_SERVER_LOGIN_ATTEMPTS": LOGIN_ATTEMPTS}
    with running_server(db_url, env=env) as base:
        yield base, db_url


@pytest.fixture
def fresh_server(tmp_path: Path) -> Iterator[str]:
    """A server of the test's own (its census meets no other test's devices): its base URL."""
    db_url = f"sqlite:///{tmp_path / 'own-server.sqlite'}"
    prepare_server(db_url)
    with running_server(db_url) as base:
        yield base


def wait_for_network(qtbot, timeout: int = 60_000) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(network.is_idle, timeout=timeout)
    wait_for_ops(qtbot)


def open_window(qtbot, folder: Path):  # type: ignore[no-untyped-def]
    from app.ui import settings as opts
    from app.ui.main_window import MainWindow

    main = MainWindow(opts.Settings())
    qtbot.addWidget(main)
    main.open_workspace(folder)
    main.show()
    wait_for_ops(qtbot)
    return main


def signed_in_client(folder: Path, base: str, households_count: int = 6) -> set[str]:
    completed = make_client(folder, households=households_count)
    sign_in(folder, database_path(folder), server=base, username="admin", password=PASSWORD)
    return completed


def outbox(folder: Path) -> tuple[int, int]:
    """(entries acknowledged, entries waiting) in the folder's outbox."""
    with cipher.connect_workspace(database_path(folder)) as conn:
        acked, waiting = conn.execute(
            "SELECT count(acked_at), count(*) - count(acked_at) FROM outbox"
        ).fetchone()
    return int(acked), int(waiting)


def fill_sign_in(qtbot, dialog, server: str, username: str, password: str) -> None:  # type: ignore[no-untyped-def]
    for field, text in ((dialog.server, server), (dialog.username, username)):
        field.clear()
        qtbot.keyClicks(field, text)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # Enter signs in
    wait_for_network(qtbot)


def test_sign_in_with_the_right_password_keeps_only_the_token_and_signs_out(
    qtbot, server, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Signing in from the dialog writes the token owner-only (never the password), shows who
    is signed in, and Sign out deletes the token here."""
    base, _db = server
    folder = tmp_path / "tablet"
    make_client(folder)
    window = open_window(qtbot, folder)
    dialog = window.open_sign_in()
    wait_for_network(qtbot)
    assert "not signed in" in dialog.current.text()
    fill_sign_in(qtbot, dialog, base, "admin", PASSWORD)
    stored = folder / "sync.json"
    assert not dialog.problem.isVisible(), dialog.problem.text()
    assert stored.is_file() and stat.S_IMODE(stored.stat().st_mode) == 0o600
    assert PASSWORD not in stored.read_text(encoding="utf-8")
    assert not dialog.problem.isVisible()
    assert plain(dialog.current.text()) == f"Signed in to {base} as admin."
    assert dialog.password.text() == ""
    assert "admin" in plain(window.sync_panel.account.text())

    qtbot.mouseClick(dialog.sign_out_button, Qt.MouseButton.LeftButton)
    wait_for_network(qtbot)
    assert not stored.exists()
    assert "not signed in" in dialog.current.text()
    assert "Not signed in" in window.sync_panel.account.text()


def test_a_wrong_password_and_then_too_many_are_sentences_in_the_dialog(
    qtbot, server, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A wrong password says so and writes nothing; once the server's limit of wrong tries
    is reached the dialog says to wait, not that the password is wrong."""
    base, _db = server
    folder = tmp_path / "tablet"
    make_client(folder)
    window = open_window(qtbot, folder)
    dialog = window.open_sign_in()
    wait_for_network(qtbot)
    fill_sign_in(qtbot, dialog, base, "siti", "not the password")
    assert dialog.problem.isVisible()
    assert "user name or the password is wrong" in dialog.problem.text()
    assert not (folder / "sync.json").exists()
    assert dialog.focusWidget() is dialog.password  # the password, selected to retype

    for _ in range(int(LOGIN_ATTEMPTS)):
        fill_sign_in(qtbot, dialog, base, "siti", "still wrong")
    assert "Too many wrong passwords" in dialog.problem.text()
    assert not (folder / "sync.json").exists()


def test_addresses_that_cannot_be_used_are_refused_with_a_sentence(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Plain http to another computer is refused before the password is sent; a server that
    is not listening, and an address that is no Tinjau server, each get their own sentence."""
    folder = tmp_path / "tablet"
    make_client(folder)
    window = open_window(qtbot, folder)
    dialog = window.open_sign_in()
    wait_for_network(qtbot)
    fill_sign_in(qtbot, dialog, "http://192.0.2.10:8000", "admin", PASSWORD)
    assert "plain http" in dialog.problem.text()

    down = f"http://127.0.0.1:{free_port()}"
    fill_sign_in(qtbot, dialog, down, "admin", PASSWORD)
    assert "could not be reached" in dialog.problem.text()
    assert down in plain(dialog.problem.text())

    # Something listens there, but it is not a Tinjau server (a plain web server).
    import subprocess
    import sys

    port = free_port()
    web = subprocess.Popen(
        [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1"],
        cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        qtbot.waitUntil(lambda: _listening(port), timeout=10_000)
        fill_sign_in(qtbot, dialog, f"http://127.0.0.1:{port}", "admin", PASSWORD)
    finally:
        web.terminate()
        web.wait(10)
    assert "did not answer like a Tinjau server" in dialog.problem.text()
    assert not (folder / "sync.json").exists()


def _listening(port: int) -> bool:
    import socket

    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


def test_sync_now_sends_every_completed_interview_once_with_moving_progress(
    qtbot, server, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Shift+S opens the panel; "Sync now" sends the whole outbox in batches while the
    progress bar moves; the server then holds each completed interview once, nothing waits,
    and the log and the last successful sync say so."""
    base, db_url = server
    folder = tmp_path / "tablet"
    completed = signed_in_client(folder, base)
    window = open_window(qtbot, folder)
    qtbot.keyClick(
        window,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    panel = window.sync_panel
    assert panel.isVisible()
    wait_for_ops(qtbot)
    _acked, waiting = outbox(folder)
    assert plain(panel.pending_label.text()) == f"Changes waiting to be sent: {waiting}"
    assert "never" in panel.last_label.text()

    panel.batch_size = 4
    seen: list[tuple[str, int, int]] = []
    panel.sync_now()
    panel.task.progressed.connect(
        lambda value: (
            seen.append((value.phase, value.done, value.total)) if hasattr(value, "phase") else None
        )
    )
    assert panel.cancel_button.isEnabled() and not panel.sync_button.isEnabled()
    wait_for_network(qtbot)

    assert outbox(folder) == (waiting, 0)
    stored = server_interviews(db_url)
    assert {key: stored[key] for key in completed} == dict.fromkeys(completed, 1)
    pushes = [done for phase, done, _total in seen if phase == "push"]
    assert pushes == sorted(pushes) and len(set(pushes)) > 2 and pushes[-1] == waiting
    assert panel.progress.value() == panel.progress.maximum()
    assert "Changes waiting to be sent: 0" in panel.pending_label.text()
    assert "never" not in panel.last_label.text()
    log = plain(panel.log.toPlainText())
    assert "Finished" in log and f"Changes sent: {waiting} ({waiting} accepted" in log
    assert "Head" not in log  # no names in the log


def test_cancel_stops_between_batches_and_the_next_sync_sends_the_rest(
    qtbot, server, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Cancel after the first batch leaves the rest waiting (every batch sent is
    acknowledged); Sync now then sends the rest, and the server holds each interview once."""
    base, db_url = server
    folder = tmp_path / "tablet"
    completed = signed_in_client(folder, base)
    window = open_window(qtbot, folder)
    window.show_sync_panel()
    panel = window.sync_panel
    panel.batch_size = 2
    _acked, waiting = outbox(folder)
    panel.sync_now()
    panel.task.progressed.connect(
        lambda value: panel.cancel() if getattr(value, "done", 0) >= 2 else None
    )
    wait_for_network(qtbot)
    acked, left = outbox(folder)
    assert 2 <= acked < waiting and acked + left == waiting
    assert "Cancelled" in panel.log.toPlainText()
    assert f"Changes waiting to be sent: {left}" in plain(panel.pending_label.text())

    qtbot.mouseClick(panel.sync_button, Qt.MouseButton.LeftButton)
    wait_for_network(qtbot)
    assert outbox(folder) == (waiting, 0)
    stored = server_interviews(db_url)
    assert {key: stored[key] for key in completed} == dict.fromkeys(completed, 1)


def test_a_server_that_is_down_is_a_sentence_in_the_log_and_nothing_is_marked_sent(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Signed in to a server that no longer listens: the sync ends with the sentence saying
    what to do, in the panel and the log, and no outbox entry is marked sent."""
    folder = tmp_path / "tablet"
    make_client(folder)
    with open_database(database_path(folder)) as db, db.engine.connect() as conn:
        device = conn.exec_driver_sql("SELECT value FROM meta WHERE key='device_id'").scalar()
    down = f"http://127.0.0.1:{free_port()}"
    save_credentials(
        folder, Credentials(server=down, username="admin", device_id=device, token="t")
    )
    window = open_window(qtbot, folder)
    window.show_sync_panel()
    panel = window.sync_panel
    panel.retries = 1
    _acked, waiting = outbox(folder)
    window.sync_now_action.trigger()
    wait_for_network(qtbot)
    with cipher.connect_workspace(database_path(folder)) as conn:
        sent = conn.execute("SELECT count(*) FROM outbox WHERE sent_at IS NOT NULL").fetchone()[0]
    assert sent == 0 and outbox(folder) == (0, waiting)
    log = plain(panel.log.toPlainText())
    assert "Not finished" in log
    assert f"The server at {down} could not be reached" in log and "Wi-Fi" in log
    assert "could not be reached" in panel.phase_label.text()
    assert "never" in panel.last_label.text()


def test_closing_the_window_during_a_sync_stops_between_batches_then_closes(
    qtbot, server, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Closing while a sync runs does not cut a batch: the window waits for the batch on its
    way, stops there, and then closes; what was sent is acknowledged, the rest waits."""
    base, _db = server
    folder = tmp_path / "tablet"
    signed_in_client(folder, base)
    window = open_window(qtbot, folder)
    window.show_sync_panel()
    panel = window.sync_panel
    panel.batch_size = 1
    _acked, waiting = outbox(folder)
    panel.sync_now()
    window.close()
    assert window.isVisible()  # still there: waiting for the batch on its way
    wait_for_network(qtbot)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    acked, left = outbox(folder)
    assert acked + left == waiting and left > 0


def test_the_census_list_marks_returned_and_conflicting_households(
    qtbot, server, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Two tablets change the same household; the second one's push comes back a conflict,
    and its census list marks that household (text, icon, filter), as it does a household
    whose interview a ward officer returned."""
    base, _db = server
    first = tmp_path / "first"
    signed_in_client(first, base, households_count=8)
    window = open_window(qtbot, first)
    window.sync_now()
    wait_for_network(qtbot)
    window.close()
    # The second tablet starts as a copy of the first after its sync, as its own device.
    second = tmp_path / "second"
    shutil.copytree(first, second)
    with cipher.connect_workspace(database_path(second)) as conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'device_id'", (str(uuid.uuid4()),))
    (second / "sync.json").unlink()
    sign_in(second, database_path(second), server=base, username="admin", password=PASSWORD)

    with open_database(database_path(first)) as db, db.engine.connect() as conn:
        target, unit_id = conn.exec_driver_sql(
            "SELECT id, unit_id FROM households WHERE visit_status = 'not_visited' ORDER BY id"
        ).first()
        returned_interview, returned_household = conn.exec_driver_sql(
            "SELECT id, household_id FROM interviews WHERE status = 'complete' ORDER BY id"
        ).first()
    for folder, status in ((first, lifecycle.NOT_FOUND), (second, lifecycle.REFUSED)):
        with open_database(database_path(folder)) as db, db.write() as conn:
            households.mark_visit(
                conn, household_id=target, status=status, actor=recorder.actor(conn, "enum01")
            )
    with open_database(database_path(second)) as db, db.write() as conn:
        reviews.decide(
            conn, interview_id=returned_interview, decision=reviews.RETURN,
            actor=recorder.actor(conn, "ward01"), comment="Check the household size.",
        )  # fmt: skip

    window = open_window(qtbot, first)
    window.sync_now()
    wait_for_network(qtbot)
    window.close()
    window = open_window(qtbot, second)
    window.sync_now()
    wait_for_network(qtbot)
    panel = window.sync_panel
    assert "1 in conflict" in panel.log.toPlainText()
    with cipher.connect_workspace(database_path(second)) as conn:
        door = conn.execute(
            "SELECT b.code || '-' || printf('%02d', u.floor) || '-' || u.unit_number "
            "FROM areas u JOIN areas b ON b.id = u.parent_id WHERE u.id = ?",
            (unit_id,),
        ).fetchone()[0]
    assert f"Conflicts (the server kept both versions for the ward officer): {door}." in plain(
        panel.log.toPlainText()
    )

    model = window.list_panel.model
    rows = {model.index(r, 0).data(model.ID_ROLE): r for r in range(model.rowCount())}
    conflict_cell = model.index(rows[target], 2)
    assert conflict_cell.data() == "Refused · sync conflict"
    assert conflict_cell.data(model.CONFLICT_ROLE) is True
    assert conflict_cell.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "kept both" in conflict_cell.data(Qt.ItemDataRole.ToolTipRole)
    returned_cell = model.index(rows[returned_household], 2)
    assert returned_cell.data() == "Returned for correction"
    assert returned_cell.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "returned this interview" in returned_cell.data(Qt.ItemDataRole.ToolTipRole)

    status_filter = window.list_panel.status_filter
    status_filter.setCurrentIndex(status_filter.findData("sync_conflict"))
    wait_for_ops(qtbot)
    assert [model.index(r, 0).data(model.ID_ROLE) for r in range(model.rowCount())] == [target]
    status_filter.setCurrentIndex(status_filter.findData(lifecycle.RETURNED))
    wait_for_ops(qtbot)
    assert [model.index(r, 0).data(model.ID_ROLE) for r in range(model.rowCount())] == [
        returned_household
    ]


@pytest.mark.parametrize("code", ["en", "ms", "vi", "fa"])
def test_the_sync_menu_dialog_and_panel_have_distinct_keys_in_every_language(
    qtbot, tmp_path: Path, code: str
) -> None:  # type: ignore[no-untyped-def]
    """In each language the Sync menu, the sign-in dialog and the sync panel (with the rest of
    the window) give every entry its own Alt+letter, and Persian lays them out right to left."""
    from app.ui import i18n
    from app.ui.qt import QLabel, QPushButton
    from tests.ui.test_languages import clashes, mnemonic

    folder = tmp_path / "tablet"
    make_client(folder, households=2, completed=1)
    i18n.set_language(code)
    window = open_window(qtbot, folder)
    dialog = window.open_sign_in()
    wait_for_network(qtbot)
    window.show_sync_panel()
    groups = {
        "menu bar": [a.text() for a in window.menuBar().actions()],
        "sync menu": [a.text() for a in window.sync_menu.actions()],
        "dialog": [
            w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QPushButton)
        ],
        # The dock's keys work from the whole window: none may be the menu bar's or another
        # widget's of the window.
        "window with the panel": [a.text() for a in window.menuBar().actions()]
        + [
            w.text()
            for w in window.findChildren(QLabel) + window.findChildren(QPushButton)
            if w.isVisible() and w.window() is window
        ],
    }
    assert all(any(mnemonic(t) for t in texts) for texts in groups.values())
    assert {name: clashes(texts) for name, texts in groups.items()} == {n: [] for n in groups}
    rtl = code == "fa"
    assert (dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft) is rtl
    assert dialog.server.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert (window.sync_panel.layoutDirection() == Qt.LayoutDirection.RightToLeft) is rtl


def test_the_window_keeps_saving_while_a_sync_runs(qtbot, server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A change made in the window during a sync (a visit marked) is saved at once on the
    database thread, while the sync still runs on its own; the next sync sends it."""
    from app.ui import ops

    base, _db = server
    folder = tmp_path / "tablet"
    signed_in_client(folder, base, households_count=10)
    window = open_window(qtbot, folder)
    window.show_sync_panel()
    panel = window.sync_panel
    panel.batch_size = 1
    with cipher.connect_workspace(database_path(folder)) as conn:
        target = conn.execute(
            "SELECT id FROM households WHERE visit_status = 'not_visited' LIMIT 1"
        ).fetchone()[0]
    saved_while_syncing: list[bool] = []

    def mark(ctx: ops.OpContext) -> None:
        with ctx.db.write() as conn:
            households.mark_visit(
                conn, household_id=target, status=lifecycle.NOT_FOUND,
                actor=recorder.actor(conn, "enum01"),
            )  # fmt: skip

    panel.sync_now()
    ops.CollectionOp(window, mark).success(
        lambda _r: saved_while_syncing.append(panel.is_syncing())
    ).run_in_background()
    qtbot.waitUntil(lambda: bool(saved_while_syncing), timeout=10_000)
    assert saved_while_syncing == [True]
    wait_for_network(qtbot)
    if outbox(folder)[1]:  # the change came after the sync had read its last batch
        panel.sync_now()
        wait_for_network(qtbot)
    assert outbox(folder)[1] == 0
    with cipher.connect_workspace(database_path(folder)) as conn:
        status = conn.execute(
            "SELECT visit_status FROM households WHERE id = ?", (target,)
        ).fetchone()[0]
    assert status == lifecycle.NOT_FOUND


def test_a_command_line_sync_is_in_the_panels_log_and_sync_now_unsigned_asks_to_sign_in(
    qtbot, fresh_server, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """`tinjau sync` adds its run to the folder's log, which the panel shows with the last
    successful sync; in a folder not signed in, Sync now opens the sign-in dialog instead.
    (A server of its own: the admin receives every area, and the census other tests' devices
    sent for the same units would clash with this device's own.)"""
    from app.ui.sign_in_dialog import SignInDialog
    from tests.server.test_sync_client import sync

    base = fresh_server
    folder = tmp_path / "tablet"
    signed_in_client(folder, base)
    done, report = sync(folder)
    assert done.returncode == 0 and report["pending"] == 0, done.stderr
    window = open_window(qtbot, folder)
    window.show_sync_panel()
    wait_for_ops(qtbot)
    panel = window.sync_panel
    assert f"Changes sent: {report['sent']}" in panel.log.toPlainText()
    assert "never" not in panel.last_label.text()

    unsigned = tmp_path / "unsigned"
    make_client(unsigned, households=2, completed=1)
    window.open_workspace(unsigned)
    wait_for_network(qtbot)
    assert panel.log.toPlainText() == "No syncs yet."
    qtbot.mouseClick(panel.sync_button, Qt.MouseButton.LeftButton)
    assert not panel.is_syncing()
    dialogs = [d for d in window.findChildren(SignInDialog) if d.isVisible()]
    assert len(dialogs) == 1
    wait_for_network(qtbot)
    qtbot.keyClick(dialogs[0], Qt.Key.Key_Escape)  # Escape closes it
    assert not dialogs[0].isVisible()


def test_closing_the_dialog_while_it_signs_in_is_safe(qtbot, server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Escape right after Sign in closes the dialog at once; the sign-in still finishes on
    its thread, and the dialog opened again shows it."""
    base, _db = server
    folder = tmp_path / "tablet"
    make_client(folder)
    window = open_window(qtbot, folder)
    dialog = window.open_sign_in()
    wait_for_network(qtbot)
    dialog.server.setText(base)
    dialog.username.setText("admin")
    dialog.password.setText(PASSWORD)
    dialog.sign_in()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    wait_for_network(qtbot)
    assert (folder / "sync.json").is_file()
    again = window.open_sign_in()
    wait_for_network(qtbot)
    assert plain(again.current.text()) == f"Signed in to {base} as admin."


def test_progress_names_each_phase_and_any_phase_it_does_not_know(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Progress from a network thread moves the bar and says uploading files (by size),
    sending, receiving, or for a phase a later version adds, just syncing, without failing."""
    from app.sync.run import SyncProgress
    from app.ui.network import NetworkTask

    folder = tmp_path / "tablet"
    make_client(folder, households=2, completed=1)
    window = open_window(qtbot, folder)
    panel = window.sync_panel
    steps = [
        (
            SyncProgress("files", 1_500_000, 4_000_000),
            "Uploading files: 1.5 MB of 4.0 MB",
            (1_500_000, 4_000_000),
        ),
        (SyncProgress("files", 0, 0), "Uploading files…", (0, 1)),
        (SyncProgress("push", 2, 8), "Sending: 2 of 8 changes", (2, 8)),
        (SyncProgress("pull", 30, 120), "Receiving: 30 of 120 changes", (30, 120)),
        (SyncProgress("pull", 0, 0), "Receiving…", (0, 1)),
        (SyncProgress("attachments", 1, 4), "Syncing: 1 of 4", (1, 4)),
        (SyncProgress("attachments", 0, 0), "Syncing…", (0, 1)),
    ]
    for progress, text, (value, maximum) in steps:
        task = NetworkTask(None, lambda ctx, p=progress: ctx.report(p))
        task.progressed.connect(panel._progressed)  # noqa: SLF001 - the panel's own slot
        task.start()
        wait_for_network(qtbot)
        qtbot.waitUntil(lambda t=text: panel.phase_label.text() == t, timeout=5_000)
        assert (panel.progress.value(), panel.progress.maximum()) == (value, maximum)


def test_the_result_and_the_log_say_what_was_received_and_the_files_uploaded(
    qtbot, fresh_server, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """One laptop sends two interviews' photos with its census and interviews; a second one,
    new, receives it all. Each panel's result and log line say so in counts: files uploaded
    (and their size), records received and stored here."""
    from tests.server.test_attachments_sync import complete_with_files, photo

    base = fresh_server
    first = tmp_path / "first"
    make_client(first, households=4, completed=1)
    complete_with_files(
        first, [[photo(tmp_path, "a.png", 20_000, 1)], [photo(tmp_path, "b.png", 30_000, 2)]]
    )
    sign_in(first, database_path(first), server=base, username="admin", password=PASSWORD)
    window = open_window(qtbot, first)
    window.show_sync_panel()
    wait_for_network(qtbot)
    panel = window.sync_panel
    phases: list[str] = []
    panel.sync_now()
    panel.task.progressed.connect(lambda value: phases.append(getattr(value, "phase", "")))
    wait_for_network(qtbot)
    assert "files" in phases and "push" in phases
    result = plain(panel.phase_label.text())
    assert "Files uploaded: 2 (" in result and " kB)." in result
    assert "Files uploaded: 2 (" in plain(panel.log.toPlainText())
    with cipher.connect_workspace(database_path(first)) as conn:
        (sent_detail,) = conn.execute("SELECT detail FROM sync_log").fetchone()
    assert '"files_sent":2' in sent_detail

    second = tmp_path / "second"
    with open_database(database_path(second)):
        pass
    sign_in(second, database_path(second), server=base, username="admin", password=PASSWORD)
    window.open_workspace(second)
    wait_for_network(qtbot)
    panel.sync_now()
    wait_for_network(qtbot)
    with cipher.connect_workspace(database_path(second)) as conn:
        households_here = conn.execute("SELECT count(*) FROM households").fetchone()[0]
        (detail,) = conn.execute("SELECT detail FROM sync_log").fetchone()
    assert households_here == 4
    import json

    counts = json.loads(detail)
    assert counts["received"] >= 4 + 3 and counts["kept_local"] == 0
    line = (
        f"Received: {counts['received']} ({counts['updated']} stored here, 0 kept as changed here)."
    )
    assert line in plain(panel.phase_label.text())
    assert "Nothing was waiting to be sent." in plain(panel.phase_label.text())
    assert line in plain(panel.log.toPlainText())
    assert window.list_panel.model.rowCount() == 4  # the census list shows what arrived


def test_what_could_not_be_installed_is_in_the_log_in_each_language(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A sync whose pull kept two records as changed here and could not install a published
    standard: the log stores the counts and the sentence, and the panel shows them, in the
    interface's language."""
    from app.sync import history
    from app.sync.push import SyncReport
    from app.ui import i18n

    folder = tmp_path / "tablet"
    make_client(folder, households=2, completed=1)
    sentence = (
        "The published standard 'town-2026' version 2.0 was not installed: its weights do not "
        "add up to 1."
    )
    report = SyncReport(
        server="https://tinjau.example.org", received=5, updated=3,
        kept_local=[{"record_type": "household", "record_id": "a"},
                    {"record_type": "member", "record_id": "b"}],
        not_installed=[sentence],
    )  # fmt: skip
    with open_database(database_path(folder)) as db:
        history.record_sync(db, started_at=recorder.now(), report=report)
    window = open_window(qtbot, folder)
    window.show_sync_panel()
    wait_for_network(qtbot)
    log = plain(window.sync_panel.log.toPlainText())
    assert "Received: 5 (3 stored here, 2 kept as changed here)." in log
    assert f"Not installed (tell your supervisor): {sentence}" in log
    for code in ("ms", "vi", "fa"):
        i18n.set_language(code)
        qtbot.waitUntil(lambda: "Received: 5" not in window.sync_panel.log.toPlainText())
        assert sentence in window.sync_panel.log.toPlainText()  # the server's own words
    i18n.set_language("en")
