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
