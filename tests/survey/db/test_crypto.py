"""Files sealed with the workspace's key (app.survey.db.crypto): what other parts of Tinjau use
for outbox exports and attachments."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from app.paths import database_path
from app.survey.db import crypto, open_database
from app.survey.errors import DatabaseError


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    for name in ("a", "b"):
        open_database(database_path(tmp_path / name)).close()
    return database_path(tmp_path / "a")


@pytest.mark.parametrize("size", [0, 10, crypto.CHUNK, crypto.CHUNK * 2 + 7])
def test_sealed_files_open_to_what_was_sealed_and_hold_none_of_it(
    workspace: Path, tmp_path: Path, size: int
) -> None:
    data = (b"Nur Aisyah binti Ahmad 900101-14-5678 " * (size // 38 + 1))[:size]
    target = tmp_path / "a" / "export.bin"
    crypto.write_sealed(workspace, target, io.BytesIO(data), purpose="outbox-export")
    sealed = target.read_bytes()
    assert target.stat().st_mode & 0o777 == 0o600
    assert (b"Aisyah" not in sealed) and (b"900101" not in sealed)
    assert crypto.read_sealed(workspace, target, purpose="outbox-export") == data


def test_another_key_purpose_or_a_change_is_refused(workspace: Path, tmp_path: Path) -> None:
    data = b"x" * (crypto.CHUNK + 100)
    sealed = crypto.seal(workspace, data, "attachment")
    other = database_path(tmp_path / "b")
    for db_path, blob, purpose in (
        (other, sealed, "attachment"),  # another workspace's key
        (workspace, sealed, "outbox-export"),  # another purpose
        (workspace, sealed[:-1], "attachment"),  # cut short
        (
            workspace,
            sealed[: len(crypto.MAGIC) + 16 + crypto.CHUNK + 16],
            "attachment",
        ),  # a chunk gone
        (workspace, sealed[:40] + bytes([sealed[40] ^ 1]) + sealed[41:], "attachment"),  # changed
        (workspace, b"plain text", "attachment"),
    ):
        with pytest.raises(DatabaseError):
            crypto.unseal(db_path, blob, purpose)
