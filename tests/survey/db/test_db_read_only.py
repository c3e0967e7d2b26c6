"""A data folder this user may only read: reads work without write access, writes are refused
with a sentence, and nothing in the folder changes.

The folder is made read-only for real (`tests.workspace_files.read_only`: chattr +i as root,
chmod otherwise), so SQLite itself meets a folder it cannot write.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.paths import database_path
from app.survey.db import open_database
from app.survey.errors import DatabaseError
from tests.workspace_files import build_demo, digests, read_only, tinjau


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo") / "data")


@pytest.fixture
def workspace(demo_template: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(demo_template, tmp_path / "data"))


def test_search_and_areas_work_in_a_read_only_folder(workspace: Path) -> None:
    """`census search` and `census areas` answer from a read-only folder and change nothing."""
    before = digests(workspace)
    with read_only(workspace):
        search = tinjau("census", "search", "bin", "--data-dir", str(workspace))
        areas = tinjau("census", "areas", "--data-dir", str(workspace))
    assert search.returncode == 0, search.stderr
    assert search.stdout.count("\n") > 0 and "Traceback" not in search.stderr
    assert areas.returncode == 0, areas.stderr
    assert "200 households" in areas.stdout
    assert digests(workspace) == before


@pytest.mark.parametrize(
    "args",
    [
        ["census", "import", "{csv}", "--site", "kuala_lumpur/LPT/LPT01/PPR001"],
        ["standards", "rescore", "--force"],
        ["demo", "--households", "10"],
    ],
    ids=["census import", "standards rescore", "demo"],
)
def test_writing_commands_refuse_a_read_only_folder_with_a_sentence(
    workspace: Path, tmp_path: Path, args: list[str]
) -> None:
    """A command that writes says the folder is read-only and what to do, not "damaged"."""
    csv = tmp_path / "ward.csv"
    csv.write_text("Unit,Name,IC\nZ-01-01,Ahmad bin Ali,800101145671\n", encoding="utf-8")
    before = digests(workspace)
    with read_only(workspace):
        result = tinjau(*[a.format(csv=csv) for a in args], "--data-dir", str(workspace))
    assert result.returncode == 1, result.stdout
    assert "is read-only for you, so Tinjau cannot save changes" in result.stderr
    assert "nothing was changed" in result.stderr
    assert "damaged" not in result.stderr and "Traceback" not in result.stderr
    assert digests(workspace) == before


def test_read_only_database_refuses_writes_in_a_sentence(workspace: Path) -> None:
    """open_database(read_only=True) reads a read-only folder; its write() and write sessions
    raise the read-only DatabaseError before touching anything."""
    path = database_path(workspace)
    before = digests(workspace)
    with read_only(workspace), open_database(path, read_only=True) as db:
        with db.read() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM households").scalar() == 200
        with pytest.raises(DatabaseError, match="read-only for you"), db.write():
            pass
        with pytest.raises(DatabaseError, match="read-only for you"):
            db.session(write=True)
        with pytest.raises(DatabaseError, match="read-only for you"):
            open_database(path)
    assert digests(workspace) == before
