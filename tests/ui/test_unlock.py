"""The unlock screen (app.ui.unlock): a wrong passphrase is a counted sentence, the right one
unlocks (on a thread of its own), and a plain workspace gets a passphrase and its recovery key."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.paths import database_path
from app.survey.db import keys, open_database
from app.ui.unlock import UnlockDialog, needs_passphrase
from tests.conftest import TEST_PASSPHRASE


@pytest.fixture
def no_passphrase_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TINJAU_PASSPHRASE_FILE")


def _locked_workspace(tmp_path: Path) -> Path:
    db_path = database_path(tmp_path / "data")
    keys.set_window_passphrase(TEST_PASSPHRASE)
    open_database(db_path).close()
    keys.forget(db_path)
    return db_path


def test_a_wrong_passphrase_is_a_counted_sentence_and_the_right_one_unlocks(
    qtbot, tmp_path: Path, no_passphrase_file: None
) -> None:
    db_path = _locked_workspace(tmp_path)
    assert needs_passphrase(db_path) == "unlock"
    dialog = UnlockDialog(db_path, "unlock")
    qtbot.addWidget(dialog)
    for attempt in (1, 2):
        dialog.field.setText("wrong passphrase")
        dialog.buttons.accepted.emit()
        qtbot.waitUntil(lambda: dialog.buttons.isEnabled())
        assert "does not open this workspace" in dialog.message.text()
        assert f"Attempts: {attempt}." in dialog.message.text()
    assert not keys.is_unlocked(db_path)
    dialog.field.setText(TEST_PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.buttons.accepted.emit()
    assert keys.is_unlocked(db_path) and needs_passphrase(db_path) is None
    keys.forget(db_path)


def test_a_new_passphrase_must_be_long_and_typed_twice(
    qtbot, tmp_path: Path, no_passphrase_file: None
) -> None:
    db_path = database_path(tmp_path / "new")
    dialog = UnlockDialog(db_path, "new")
    qtbot.addWidget(dialog)
    dialog.field.setText("short")
    dialog.again.setText("short")
    dialog.buttons.accepted.emit()
    assert "too short" in dialog.message.text()
    dialog.field.setText("a long passphrase")
    dialog.again.setText("a long passphrase!")
    dialog.buttons.accepted.emit()
    assert "differ" in dialog.message.text()
    dialog.again.setText("a long passphrase")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.buttons.accepted.emit()
    # The next new workspace is made with it.
    with open_database(db_path) as db:
        assert db.recovery_key is not None
    keys.forget(db_path)
    assert keys.unlock(db_path, "a long passphrase")
    assert not os.environ.get("TINJAU_PASSPHRASE_FILE")


def test_the_idle_lock_hides_the_window_forgets_the_key_and_asks_again(
    qtbot, window, census_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """After the idle time the window hides its contents and forgets the key; a wrong
    passphrase is refused (counted), the right one shows the window again."""
    from app.ui import settings as opts
    from app.ui.qt import QApplication, QTimer

    db_path = database_path(census_dir).resolve()
    window.settings.set(opts.IDLE_LOCK_MINUTES, "0.002")  # 120 ms
    window.idle_lock.restart()
    seen: dict[str, object] = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, UnlockDialog):
            QTimer.singleShot(20, answer)
            return
        seen["hidden"] = not window.centralWidget().isVisible()
        seen["forgotten"] = not keys.is_unlocked(db_path)
        if "wrong" not in seen:
            seen["wrong"] = True
            dialog.field.setText("not the passphrase")
            dialog.buttons.accepted.emit()
            QTimer.singleShot(20, answer)
        elif "Attempts: 1." in dialog.message.text() and dialog.buttons.isEnabled():
            seen["refused"] = True
            dialog.field.setText(TEST_PASSPHRASE)
            dialog.buttons.accepted.emit()
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)
    qtbot.waitUntil(lambda: seen.get("refused") is True, timeout=10_000)
    qtbot.waitUntil(lambda: not window.idle_lock.locked, timeout=10_000)
    assert seen["hidden"] and seen["forgotten"]
    assert window.centralWidget().isVisible() and keys.is_unlocked(db_path)
    window.settings.set(opts.IDLE_LOCK_MINUTES, "0")
    window.idle_lock.restart()
