"""docs/your-data.md is true: its `tinjau backup` and `tinjau restore` commands, run in the
order the page gives them against a demo workspace, all succeed and do what the page says."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from app.paths import database_path
from app.survey.db import cipher
from tests.workspace_files import REPO, build_demo, tinjau

PAGE = REPO / "docs" / "your-data.md"
FENCED_SH = re.compile(r"```sh\n(.*?)```", re.DOTALL)


def page_commands() -> list[str]:
    """The `tinjau backup` / `tinjau restore` lines of the page's ```sh blocks, in order."""
    lines = [
        line.strip()
        for block in FENCED_SH.findall(PAGE.read_text(encoding="utf-8"))
        for line in block.splitlines()
    ]
    return [line for line in lines if line.startswith(("tinjau backup", "tinjau restore"))]


def _households(folder: Path) -> int:
    with cipher.connect_workspace(database_path(folder)) as conn:
        (count,) = conn.execute("SELECT count(*) FROM households").fetchone()
    conn.close()
    return int(count)


def test_the_backup_and_restore_commands_of_the_page_work(tmp_path: Path) -> None:
    """Each command of the page succeeds on a demo workspace (its example folders mapped to
    temporary ones, a backup's example name to the newest backup in that folder), and the
    workspace restored at the ward office holds every household."""
    data = build_demo(tmp_path / "data", households=50)
    places = {
        "~/tinjau-data": str(data),
        "~/tinjau-ward": str(tmp_path / "ward"),
        "/media/usb/tinjau": str(tmp_path / "usb"),
    }
    commands = page_commands()
    assert any(c.startswith("tinjau backup") and "--to" in c for c in commands), commands
    assert any(c.startswith("tinjau restore") for c in commands), commands
    for command in commands:
        words = shlex.split(command)[1:]
        for index, word in enumerate(words):
            for example, real in places.items():
                word = word.replace(example, real)
            if Path(word).name.startswith("tinjau-backup-"):
                found = sorted(Path(word).parent.glob("tinjau-backup-*.sqlite"))
                assert found, f"{command}: no backup in {Path(word).parent} to restore"
                word = str(found[-1])
            words[index] = word
        result = tinjau(*words)
        assert result.returncode == 0, f"{command}\n{result.stderr}"
    assert _households(tmp_path / "ward") == _households(data) == 50
