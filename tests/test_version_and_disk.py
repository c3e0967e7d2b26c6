"""`tinjau --version` and `tinjau --self-test` from the source checkout, and a new workspace on a
disk with no room: one sentence, nothing left behind."""

from __future__ import annotations

import hashlib
import os
import shutil
import tomllib
from pathlib import Path

import pytest

from app import __version__
from app.paths import STANDARDS
from tests.workspace_files import digests, fill_disk, small_disk, tinjau

REPO = Path(__file__).resolve().parents[1]
EMPTY = hashlib.sha256(b"").hexdigest()


def test_version_names_the_app_the_form_and_every_standard() -> None:
    result = tinjau("--version")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith(f"Tinjau {__version__}\n")
    assert "Household form: household, version " in out
    for path in sorted(STANDARDS.glob("*.toml")):
        standard = tomllib.loads(path.read_text(encoding="utf-8"))
        assert f"  {standard['id']} {standard['version']}\n" in out


def test_the_package_version_is_the_apps() -> None:
    """pyproject.toml takes its version from app.__version__ (one number to bump)."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "app.__version__"}


def test_self_test_passes_from_the_checkout_and_leaves_nothing(tmp_path: Path) -> None:
    env = dict(os.environ, TMPDIR=str(tmp_path), PYTHONPATH=str(REPO))
    env.pop("QT_QPA_PLATFORM", None)
    result = tinjau("--self-test", env=env)
    assert result.returncode == 0, result.stderr
    for check in ("household form", "poverty standards", "translations", "fonts", "main window"):
        assert f"ok  {check}: " in result.stdout
    assert "self-test passed" in result.stdout
    assert list(tmp_path.iterdir()) == []  # its temporary workspace is gone


def test_self_test_names_a_missing_translation(tmp_path: Path) -> None:
    """A bundle that lost a resource fails loudly, naming it (a copy of the resources with the
    Persian translation removed, through a sitecustomize that points app.paths at it)."""
    resources = Path(shutil.copytree(REPO / "resources", tmp_path / "resources"))
    (resources / "translations" / "tinjau_fa.qm").unlink()
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(
        "import app.paths as p, pathlib\n"
        f"p.RESOURCES = pathlib.Path({str(resources)!r})\n"
        "p.FORMS = p.RESOURCES / 'forms'\np.STANDARDS = p.RESOURCES / 'standards'\n"
        "p.TRANSLATIONS = p.RESOURCES / 'translations'\n"
        "p.HOUSEHOLD_FORM = p.FORMS / 'household.xlsx'\n",
        encoding="utf-8",
    )
    env = dict(os.environ, PYTHONPATH=f"{hook}{os.pathsep}{REPO}")
    result = tinjau("--self-test", env=env)
    assert result.returncode == 1
    assert "self-test FAILED at resources" in result.stderr
    assert "the compiled fa translation is missing" in result.stderr
    assert "tinjau_fa.qm" in result.stderr


def test_a_new_workspace_on_a_full_disk_is_one_sentence_and_leaves_nothing(
    tmp_path: Path,
) -> None:
    with small_disk(tmp_path / "stick", "64k") as disk:
        fill_disk(disk)
        result = tinjau("init", "--data-dir", str(disk / "ws"), "--country", "my")
        left = sorted(p.name for p in disk.iterdir())
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"tinjau: The disk holding {disk / 'ws'} is full. Free some space on it and try again; "
        "what failed was not saved."
    )
    assert left == ["filler.bin"]


@pytest.mark.parametrize(
    "command",
    [
        ["census", "search", "ali"],
        ["census", "import", "docs/examples/census-my.xlsx", "--site", "a/b/c/d"],
        ["form", "install", "resources/forms/household.xlsx"],
        ["backup"],
    ],
    ids=["search", "import", "form-install", "backup"],
)
def test_a_workspace_on_a_full_disk_says_so_and_changes_nothing(
    tmp_path: Path, command: list[str]
) -> None:
    """SQLite reports a disk with no room for its -wal or -shm as an I/O error, not as a full
    disk: each command still says the disk is full and what to do, and the database does not
    change."""
    made = tinjau("init", "--data-dir", str(tmp_path / "ws"), "--country", "my")
    assert made.returncode == 0, made.stderr
    with small_disk(tmp_path / "stick", "2m") as disk:
        workspace = Path(shutil.copytree(tmp_path / "ws", disk / "ws"))
        fill_disk(disk)
        before = digests(workspace)
        args = [str(REPO / a) if a.startswith(("docs/", "resources/")) else a for a in command]
        result = tinjau(*args, "--data-dir", str(workspace))
        after = digests(workspace)
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"tinjau: The disk holding {workspace} is full. Free some space on it and try again; "
        "what failed was not saved."
    )
    # The database is as it was; SQLite may leave its (empty) journal and shared-memory files.
    assert after["tinjau.sqlite"] == before["tinjau.sqlite"]
    assert set(after) - set(before) <= {"tinjau.sqlite-wal", "tinjau.sqlite-shm"}
    assert after.get("tinjau.sqlite-wal", EMPTY) == EMPTY
