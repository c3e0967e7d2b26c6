"""A workspace's standards through the real `tinjau` command: install, list, use, rescore, score
and measure with --data-dir; every refusal is a sentence and leaves every file byte-identical."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from app.survey.countries import set_workspace_country
from app.survey.db import cipher, open_database
from app.survey.scoring import find_standard, load_standard_file
from app.survey.scoring.workspace import version_key
from tests.workspace_files import REPO, build_demo, digests

EXAMPLES = REPO / "docs" / "examples"
TOWN = EXAMPLES / "town-2026.toml"
HOUSEHOLDS = EXAMPLES / "households.json"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo workspace built once by `tinjau demo`; tests work on copies of it."""
    return build_demo(tmp_path_factory.mktemp("demo") / "data", households=60)


@pytest.fixture
def workspace(demo: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo workspace, for one test to change."""
    return Path(shutil.copytree(demo, tmp_path / "data"))


def town(folder: Path, version: str = "1.0", line: int = 18000000) -> Path:
    """The docs' example standard at `version`, with its rural line at `line`."""
    text = TOWN.read_text(encoding="utf-8")
    text = text.replace('version = "1.0"', f'version = "{version}"', 1)
    text = text.replace("amount = 18000000", f"amount = {line}", 1)
    path = folder / f"town-{version}-{line}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def query(folder: Path, sql: str, *params: object) -> list[tuple]:
    """Run one statement on the workspace database (committed), and close it: no -wal left."""
    with closing(cipher.connect_workspace(folder / "tinjau.sqlite")) as conn, conn:
        return conn.execute(sql, params).fetchall()


def tinjau(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run the `tinjau` command line in a fresh process, as a user would."""
    return subprocess.run([sys.executable, "-m", "app", *args], input=stdin, text=True,
                          capture_output=True, cwd=REPO, timeout=300, check=False)  # fmt: skip


def ok(*args: str, stdin: str | None = None) -> str:
    """The output of a `tinjau` command that must succeed."""
    ran = tinjau(*args, stdin=stdin)
    assert ran.returncode == 0, ran.stderr
    return ran.stdout


def lines(output: str) -> list[dict]:
    """The JSON objects of a command's output, one a line."""
    return [json.loads(line) for line in output.splitlines()]


def listing(data: str) -> dict[str, dict]:
    """`tinjau standards list --json --data-dir`, by id."""
    return {row["id"]: row for row in lines(ok("standards", "list", "--json", "--data-dir", data))}


def test_install_list_use_and_rescore_round_trip(workspace: Path, tmp_path: Path) -> None:
    """An installed standard is listed, becomes the workspace's standard with `use` (every
    interview scored under it, the list's statuses from it), is replaced by a newer version
    (scored again at once), is used by score and measure with --data-dir, and travels with a
    copy of the database file."""
    data = str(workspace)
    said = ok("standards", "install", str(TOWN), "--data-dir", data)
    assert "Installed the standard 'town-2026' version 1.0." in said
    rows = listing(data)
    assert rows["town-2026"]["from"] == "installed" and not rows["town-2026"]["in_use"]
    assert rows["my-ekasih-pgk"]["in_use"]

    said = ok("standards", "use", "town-2026", "--data-dir", data)
    live = query(workspace, "SELECT count(*) FROM interviews WHERE deleted_at IS NULL")[0][0]
    assert f"; {live} interview(s) scored again" in said and live > 0
    assert query(workspace, "SELECT value FROM meta WHERE key = 'standard'") == [("town-2026",)]
    statuses = {s.code for s in load_standard_file(TOWN).statuses} | {"insufficient_data"}
    complete = "SELECT poverty_status FROM households WHERE visit_status = 'complete'"
    listed = {row[0] for row in query(workspace, complete)}
    assert listed and listed <= statuses

    newer = town(tmp_path, version="1.10", line=99000000)
    said = ok("standards", "install", str(newer), "--data-dir", data)
    assert "in place of version 1.0" in said and f"{live} interview(s) scored again" in said
    versions = query(
        workspace, "SELECT DISTINCT standard_version FROM scores WHERE standard_id = 'town-2026'"
    )
    assert versions == [("1.10",)]
    rescored = {
        row["standard"]: row for row in lines(ok("standards", "rescore", "--data-dir", data))
    }
    assert rescored["town-2026"] == {
        "standard": "town-2026",
        "version": "1.10",
        "rescored": 0,
        "current": live,
    }

    households = HOUSEHOLDS.read_text(encoding="utf-8")
    scored = lines(ok("score", "--data-dir", data, stdin=households))
    assert {(s["standard"], s["standard_version"]) for s in scored} == {("town-2026", "1.10")}
    measured = json.loads(
        ok("measure", "--data-dir", data, "--standard", "town-2026", "--input", str(HOUSEHOLDS))
    )
    assert (measured["standard"], measured["standard_version"]) == ("town-2026", "1.10")

    copy = tmp_path / "usb"
    copy.mkdir()
    shutil.copy2(workspace / "tinjau.sqlite", copy / "tinjau.sqlite")
    shutil.copy2(workspace / "tinjau.sqlite.key", copy / "tinjau.sqlite.key")  # its key file
    rows = listing(str(copy))
    assert rows["town-2026"]["in_use"] and rows["town-2026"]["version"] == "1.10"


def test_the_same_file_again_changes_nothing(workspace: Path) -> None:
    """Installing exactly the installed file again says so and leaves every file as it was."""
    ok("standards", "install", str(TOWN), "--data-dir", str(workspace))
    before = digests(workspace)
    said = ok("standards", "install", str(TOWN), "--data-dir", str(workspace))
    assert "already has the standard 'town-2026' version 1.0; nothing was changed" in said
    assert digests(workspace) == before


def _bad_file(folder: Path) -> tuple[Path, str]:
    path = town(folder)
    text = path.read_text(encoding="utf-8").replace('weight = "1/2"', 'weight = "1/0"', 1)
    path.write_text(text + '\n[[rule]]\nstatus = "poor"\nwhen = [["income", "=<", 3]]\n')
    return path, rf"{path.name}:\d+: 'weight' must be .*\n.*{path.name}:\d+: operator '=<'"


def _shipped_id(folder: Path) -> tuple[Path, str]:
    path = folder / "ekasih.toml"
    shutil.copy(REPO / "resources" / "standards" / "my-ekasih-pgk.toml", path)
    return path, "has the id 'my-ekasih-pgk' of a standard Tinjau ships. Give your standard an id"


def _same_version(folder: Path) -> tuple[Path, str]:
    return town(folder, line=19000000), r"at version 1\.0, and the file .* has version 1\.0"


def _older_version(folder: Path) -> tuple[Path, str]:
    return town(folder, version="0.9"), "raise 'version' in the file above the installed one"


def _not_utf8(folder: Path) -> tuple[Path, str]:
    path = folder / "latin1.toml"
    path.write_bytes(TOWN.read_text(encoding="utf-8").replace("Việt", "Viet").encode("utf-16"))
    return path, "is not UTF-8 text; save it as UTF-8"


def _missing(folder: Path) -> tuple[Path, str]:
    return folder / "nowhere.toml", "Cannot read the standard file"


@pytest.mark.parametrize(
    "make", [_bad_file, _shipped_id, _same_version, _older_version, _not_utf8, _missing]
)
def test_a_refused_install_is_a_sentence_and_changes_nothing(
    workspace: Path, tmp_path: Path, make
) -> None:
    """A file with mistakes (named by file:line), a shipped standard's id, a version not newer
    than the installed one, a file that is not UTF-8 or not there: refused with a sentence,
    every file of the workspace byte-identical."""
    ok("standards", "install", str(TOWN), "--data-dir", str(workspace))
    path, expected = make(tmp_path)
    before = digests(workspace)
    ran = tinjau("standards", "install", str(path), "--data-dir", str(workspace))
    assert ran.returncode == 1 and ran.stdout == ""
    assert "Traceback" not in ran.stderr and ran.stderr.startswith("tinjau: ")
    assert re.search(expected, ran.stderr), ran.stderr
    assert digests(workspace) == before


def test_use_is_refused_for_an_unknown_id_and_for_unreadable_answers(workspace: Path) -> None:
    """`use` of a standard the workspace does not have, or of one a stored interview's answers
    cannot be scored under (text where it reads a number), is refused and changes nothing."""
    data = str(workspace)
    before = digests(workspace)
    ran = tinjau("standards", "use", "nope", "--data-dir", data)
    assert ran.returncode == 1 and "This workspace has no standard 'nope'" in ran.stderr
    assert digests(workspace) == before

    (interview, answers), *_ = query(
        workspace, "SELECT id, answers FROM interviews WHERE status = 'complete' LIMIT 1"
    )
    spoiled = json.loads(answers)
    spoiled.pop("income_per_capita", None)
    spoiled["members"][0]["income_wages"] = "RM 5,000"
    spoil = "UPDATE interviews SET answers = ? WHERE id = ?"
    query(workspace, spoil, json.dumps(spoiled), interview)
    before = digests(workspace)
    ran = tinjau("standards", "use", "vn-2022-2025", "--data-dir", data)
    assert ran.returncode == 1, ran.stdout
    assert f"interview {interview}" in ran.stderr and "RM 5,000" not in ran.stderr
    assert digests(workspace) == before


@pytest.mark.parametrize(
    ("country", "expected"),
    [("my", "my-ekasih-pgk"), ("vn", "vn-2022-2025"), ("ir", "global-mpi-2018")],
)
def test_score_with_a_workspace_uses_its_country_standard(
    tmp_path: Path, country: str, expected: str
) -> None:
    """`tinjau score --data-dir` on a new workspace scores under its country's standard."""
    with open_database(tmp_path / "tinjau.sqlite") as db, db.write() as conn:
        set_workspace_country(conn, country)
    out = ok("score", "--data-dir", str(tmp_path), stdin=HOUSEHOLDS.read_text(encoding="utf-8"))
    assert {json.loads(line)["standard"] for line in out.splitlines()} == {expected}
    assert find_standard(expected).id == expected


def test_versions_compare_number_by_number() -> None:
    """1.10 is newer than 1.9, 2 than 1.9.9, and 1.0.1 than 1.0; equal versions are equal."""
    assert version_key("1.10") > version_key("1.9")
    assert version_key("2") > version_key("1.9.9")
    assert version_key("1.0.1") > version_key("1.0")
    assert version_key("1.0") == version_key(" 1.0 ")
