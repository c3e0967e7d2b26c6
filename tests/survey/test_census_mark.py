"""`tinjau census mark UNIT --status not_found|refused`: a visit that ended at the door, recorded
from the command line for the one household of a unit; anything else is refused with a sentence
and leaves the database file as it was."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from app.cli import main
from app.paths import database_path
from app.survey.census import import_census
from app.survey.db import cipher, open_database

SITE = "selangor/PTG/PTG01/PPR001"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    listing = tmp_path / "list.csv"
    listing.write_text(
        "Unit,Nama KIR,No KP\nA-01-01,Ahmad,800101-14-5555\nA-01-02,Siti,820202-10-6666\n"
        "A-01-02,Lim,750303-08-7777\n",
        encoding="utf-8",
    )
    with open_database(database_path(data)) as db:
        import_census(db, listing, site=SITE)
    return data


def _visit(folder: Path, unit: str) -> list[tuple]:
    with cipher.connect_workspace(database_path(folder)) as conn:
        return conn.execute(
            "SELECT h.visit_status, h.visit_outcome, h.visit_note FROM households h "
            "JOIN areas u ON u.id = h.unit_id WHERE u.code = ?",
            (unit,),
        ).fetchall()


def _sha(folder: Path) -> str:
    return hashlib.sha256(database_path(folder).read_bytes()).hexdigest()


def test_a_unit_is_marked_refused_then_not_found(folder: Path, capsys) -> None:
    """The unit's household takes the outcome and the note, and its outbox entry ships them."""
    args = ["census", "mark", "a-01-01", "--data-dir", str(folder), "--enumerator", "enum01"]
    assert main([*args, "--status", "refused", "--note", "after 6 pm"]) == 0
    assert capsys.readouterr().out.endswith("A-01-01: refused\n")
    assert _visit(folder, "A-01-01") == [("refused", "refused", "after 6 pm")]
    assert main([*args, "--status", "not_found"]) == 0
    assert _visit(folder, "A-01-01") == [("not_found", "not_found", None)]
    with cipher.connect_workspace(database_path(folder)) as conn:
        payload = conn.execute("SELECT payload FROM outbox ORDER BY id DESC LIMIT 1").fetchone()
        actor = conn.execute("SELECT actor FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    assert json.loads(payload[0])["data"]["visit_outcome"] == "not_found"
    assert actor == ("enum01",)


@pytest.mark.parametrize(
    ("unit", "extra", "says"),
    [
        ("Z-09-09", [], "There is no unit Z-09-09"),
        ("A-01-02", [], "holds 2 households"),
        ("A-01-01", ["--note", "x" * 201], "at most 200 characters"),
    ],
)
def test_a_refusal_says_why_and_changes_nothing(
    folder: Path, capsys, unit: str, extra: list[str], says: str
) -> None:
    """An unknown unit, a unit of two households and a note too long are each a sentence on
    stderr, exit status 1, and a byte-identical database file."""
    before = _sha(folder)
    args = ["census", "mark", unit, "--status", "refused", "--data-dir", str(folder), *extra]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert says in err and "Traceback" not in err
    assert _sha(folder) == before
