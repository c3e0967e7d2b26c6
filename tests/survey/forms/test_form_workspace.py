"""A workspace runs its own questionnaire: `tinjau form install` keeps each form version in the
workspace database with the files it reads, makes it the form new interviews use, lists what
each poverty standard lacks, and refuses (changing nothing) what it cannot take."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest

from app.survey.db import cipher, open_database
from app.survey.forms.workspace import current_form_id, newest_version, stored_package
from tests.form_versions import CITYDATA, household_version, lookup_form, shipped_version
from tests.survey.forms.conftest import write_workbook
from tests.workspace_files import build_demo, digests, tinjau


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo workspace built once by the real command (copied per test)."""
    return build_demo(tmp_path_factory.mktemp("demo") / "data", households=30)


@pytest.fixture
def workspace(demo: Path, tmp_path: Path) -> Path:
    import shutil

    folder = tmp_path / "data"
    shutil.copytree(demo, folder)
    return folder


def rows(folder: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(cipher.connect_workspace(folder / "tinjau.sqlite")) as conn:
        return list(conn.execute(sql))


def test_a_new_household_version_is_installed_and_used_by_new_interviews(
    workspace: Path, tmp_path: Path
) -> None:
    """Installing a newer household form keeps both versions, makes the new one the form in
    use, leaves the stored interviews on theirs, and names every standard as satisfied."""
    old = shipped_version()
    before = rows(workspace, "SELECT id, form_version FROM interviews ORDER BY id")
    assert before and {version for _, version in before} == {old}
    workbook = household_version(tmp_path / "household-v2.xlsx", "2099010101")
    done = tinjau("form", "install", str(workbook), "--data-dir", str(workspace))
    assert done.returncode == 0, done.stderr
    assert f"after version {old}" in done.stdout
    assert "global-mpi-2018: every answer it reads is in the form" in done.stdout
    assert rows(workspace, "SELECT id, form_version FROM interviews ORDER BY id") == before
    assert rows(workspace, "SELECT version FROM form_versions ORDER BY version") == [
        (old,),
        ("2099010101",),
    ]
    listed = tinjau("form", "list", "--data-dir", str(workspace))
    in_use = [line for line in listed.stdout.splitlines() if line.rstrip().endswith("yes")]
    assert len(in_use) == 1 and "2099010101" in in_use[0]
    with open_database(workspace / "tinjau.sqlite", read_only=True) as db, db.read() as conn:
        assert current_form_id(conn) == "household"
        assert newest_version(conn, "household") == "2099010101"
        package = stored_package(conn, "household", "2099010101")
    assert package is not None and package.workbook == workbook.read_bytes()
    again = tinjau("form", "install", str(workbook), "--data-dir", str(workspace))
    assert again.returncode == 0 and "nothing was changed" in again.stdout


@pytest.mark.parametrize("case", ["older", "same_version", "malformed", "cannot_run", "no_version"])
def test_a_refused_form_is_a_sentence_and_changes_nothing(
    workspace: Path, tmp_path: Path, case: str
) -> None:
    """A workbook that is not an XLSForm, a form the engine cannot run, one without a version,
    and a version not newer than the installed one are refused with a sentence saying what to
    do, and every file of the data folder stays byte-identical."""
    if case == "older":
        workbook = household_version(tmp_path / "old.xlsx", "2020010101")
        expected = "raise 'version'"
    elif case == "same_version":
        workbook = household_version(tmp_path / "same.xlsx", shipped_version(), label="Other")
        expected = "raise 'version'"
    elif case == "malformed":
        workbook = tmp_path / "notes.xlsx"
        workbook.write_bytes(b"PK\x03\x04 this is not a workbook")
        expected = "not a readable XLSForm"
    elif case == "cannot_run":
        workbook = write_workbook(
            tmp_path / "broken.xlsx",
            [["type", "name", "label", "calculation"], ["calculate", "x", "", "no-such-fn(1)"]],
            settings={"form_id": "broken", "version": "1"},
        )
        expected = "survey!2"
    else:
        workbook = write_workbook(
            tmp_path / "plain.xlsx",
            [["type", "name", "label"], ["text", "x", "X"]],
            settings={"form_id": "plain", "version": " "},
        )
        expected = "no version"
    before = digests(workspace)
    refused = tinjau("form", "install", str(workbook), "--data-dir", str(workspace))
    assert refused.returncode == 1
    assert expected in refused.stderr, refused.stderr
    assert "Traceback" not in refused.stderr
    assert digests(workspace) == before


def test_another_form_lists_what_each_standard_lacks(workspace: Path, tmp_path: Path) -> None:
    """A form without the household questions becomes the form in use, and the report names,
    per standard, the answers that standard reads and the form does not ask."""
    workbook = write_workbook(
        tmp_path / "short.xlsx",
        [["type", "name", "label"], ["integer", "hh_size", "Size"], ["text", "toilet_type", "T"]],
        settings={"form_id": "short", "version": "1"},
    )
    done = tinjau("form", "install", str(workbook), "--data-dir", str(workspace))
    assert done.returncode == 0, done.stderr
    lines = {line.split(":")[0].strip(): line for line in done.stdout.splitlines()}
    assert "income_per_capita" in lines["my-ekasih-pgk"]
    assert "water_source" in lines["vn-2022-2025"]
    assert "toilet_type" not in lines["vn-2022-2025"]
    assert rows(workspace, "SELECT value FROM meta WHERE key = 'form'") == [("short",)]


def test_the_files_a_form_reads_are_kept_with_its_version(workspace: Path, tmp_path: Path) -> None:
    """The pulldata() file in FORM-media/ is stored in the workspace with the version; the
    original folder can go, and the stored package still runs."""
    import shutil

    from app.survey.forms import FormSession, load_form
    from app.survey.forms.workspace import stage

    workbook = lookup_form(tmp_path / "supervisor")
    done = tinjau("form", "install", str(workbook), "--data-dir", str(workspace))
    assert done.returncode == 0, done.stderr
    shutil.rmtree(tmp_path / "supervisor")
    with open_database(workspace / "tinjau.sqlite", read_only=True) as db, db.read() as conn:
        package = stored_package(conn, "cities", "1")
    assert package is not None
    assert package.media == {"citydata.csv": CITYDATA.encode()}
    form = load_form(stage(tmp_path / "opened", package), cache_dir=tmp_path / "cache")
    session = FormSession(form)
    session.set("country", "my")
    session.set("city", "pg")
    assert session.value("population") == 700000 or session.value("population") == "700000"
    assert session.value("city_label") == "George Town"


def test_staging_refuses_an_attached_file_named_outside_its_folder(tmp_path: Path) -> None:
    """`stage` (what the server and the device both write a received form with) refuses a
    media name with a folder part, a leading dot or a backslash, and writes nothing."""
    from app.survey.errors import TinjauError
    from app.survey.forms.workspace import FormPackage, stage

    inside = tmp_path / "inside"
    inside.mkdir()
    for name in ("../escaped.csv", "..\\escaped.csv", ".hidden.csv", "a/b.csv", "C:x.csv"):
        with pytest.raises(TinjauError, match="not a plain file name"):
            stage(inside, FormPackage("form.xlsx", b"workbook", {name: b"a,b\n"}))
        assert list(tmp_path.rglob("*.csv")) == [] and list(inside.iterdir()) == []
    staged = stage(inside, FormPackage("form.xlsx", b"workbook", {"lists.csv": b"a,b\n"}))
    assert (staged.parent / f"{staged.stem}-media" / "lists.csv").read_bytes() == b"a,b\n"
