"""Survey rounds: opened, listed and closed by `tinjau round`, refused in clear sentences that
change nothing, recorded and shipped; an interview belongs to the round it was begun in, and
the migration that brought rounds in put earlier interviews into a first round."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from alembic import command

from app.cli import main
from app.paths import database_path
from app.survey.db import cipher, migrate, open_database
from app.survey.demo import build_demo
from app.survey.records.content import content_hash
from tests.rounds_data import SECOND, build_two_rounds

WARD = "kuala_lumpur/LPT/LPT01"


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    folder = tmp_path / "demo"
    with open_database(database_path(folder)) as db:
        build_demo(db, 200, seed=3, today=date(2026, 11, 20))
    return folder


def _state(folder: Path) -> tuple[Any, ...]:
    with cipher.connect_workspace(database_path(folder)) as conn:
        return (
            conn.execute("SELECT * FROM survey_rounds ORDER BY id").fetchall(),
            conn.execute("SELECT count(*) FROM outbox").fetchone(),
            conn.execute("SELECT count(*) FROM audit_log").fetchone(),
            conn.execute("SELECT value FROM meta WHERE key = 'current_round'").fetchone(),
        )


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_open_list_and_close_a_round(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`tinjau round open` makes the current round of the area, shipped in the outbox;
    `list` shows it beside the demo's first round; `close` ships the closing date."""
    d = str(demo)
    code, out, _ = _run(capsys, "round", "open", SECOND, "--area", "LPT01", "--data-dir", d,
                        "--on", "2027-03-01")  # fmt: skip
    assert code == 0 and f"Opened the survey round {SECOND} of {WARD} on 2027-03-01" in out
    code, out, _ = _run(capsys, "round", "list", "--data-dir", d)
    lines = out.splitlines()
    assert code == 0 and len(lines) == 3
    assert lines[1].startswith("*") and WARD in lines[1] and SECOND in lines[1]
    assert "First round" in lines[2] and lines[2].split()[-2] == "open"
    with cipher.connect_workspace(database_path(demo)) as conn:
        held = conn.execute("SELECT count(*) FROM interviews").fetchone()[0]
    assert int(lines[2].split()[-1]) == held
    code, out, _ = _run(capsys, "round", "close", SECOND, "--data-dir", d, "--on", "2027-06-30")
    assert code == 0 and "Closed the survey round" in out
    with cipher.connect_workspace(database_path(demo)) as conn:
        payloads = [
            json.loads(p)
            for (p,) in conn.execute(
                "SELECT payload FROM outbox WHERE record_type = 'survey_round' ORDER BY id"
            )
        ]
    mine = [p for p in payloads if p["data"]["name"] == SECOND]
    assert [p["data"]["closed_on"] for p in mine] == [None, "2027-06-30"]
    for payload in payloads:
        assert payload["content_hash"] == content_hash(payload["data"])
        assert set(payload["data"]) == {"id", "area_id", "name", "opened_on", "closed_on",
                                        "deleted_at"}  # fmt: skip


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (("open", "Again", "--area", "nowhere"), "There is no area nowhere in this workspace"),
        (("open", "  ", "--area", "LPT01"), "Give the survey round a name"),
        (("open", "x" * 101, "--area", "LPT01"), "at most 100 characters"),
        (("open", "Next", "--area", "LPT01", "--on", "2027-02-30"), "is not a date"),
        (("close", "No such round"), "There is no survey round No such round"),
        (("close", "First round", "--on", "2020-01-01"), "it cannot close before that"),
    ],
)
def test_bad_input_is_a_sentence_and_changes_nothing(
    demo: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], sentence: str
) -> None:
    """Each refusal says what to do and leaves the rounds, outbox, audit and current round."""
    before = _state(demo)
    code, _out, err = _run(capsys, "round", *args, "--data-dir", str(demo))
    assert code != 0 and sentence in err
    assert _state(demo) == before


def test_a_second_open_round_of_an_area_or_a_name_used_is_refused(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """While the ward's round is open another round of the ward is refused; once closed, a
    new round may not reuse its name, and may not open before it did."""
    d = str(demo)
    assert _run(capsys, "round", "open", "2027", "--area", WARD, "--data-dir", d,
                "--on", "2027-01-01")[0] == 0  # fmt: skip
    before = _state(demo)
    code, _o, err = _run(capsys, "round", "open", "2028", "--area", "LPT01", "--data-dir", d)
    assert code != 0 and f"{WARD} already has an open survey round, 2027. Close it" in err
    assert _state(demo) == before
    assert _run(capsys, "round", "close", "2027", "--data-dir", d, "--on", "2027-02-01")[0] == 0
    before = _state(demo)
    code, _o, err = _run(capsys, "round", "open", "2027", "--area", "LPT01", "--data-dir", d)
    assert code != 0 and "already has a survey round named 2027" in err
    code, _o, err = _run(capsys, "round", "open", "2028", "--area", "LPT01", "--data-dir", d,
                         "--on", "2026-12-31")  # fmt: skip
    assert code != 0 and "cannot open before its previous round did (2027-01-01)" in err
    assert _state(demo) == before


def test_a_household_interviewed_again_in_a_new_round_keeps_both_interviews(
    tmp_path: Path,
) -> None:
    """Re-interviews begun after a round opened belong to it, each household keeps its first
    round's interview, and each completion's outbox entry names its round."""
    folder = tmp_path / "two"
    counts = build_two_rounds(folder, households=200)
    with cipher.connect_workspace(database_path(folder)) as conn:
        names = dict(conn.execute("SELECT id, name FROM survey_rounds"))
        per_household = conn.execute(
            "SELECT household_id, group_concat(round_id) FROM interviews "
            "WHERE status != 'draft' GROUP BY household_id HAVING count(*) > 1"
        ).fetchall()
        assert (
            conn.execute("SELECT count(*) FROM interviews WHERE round_id IS NULL").fetchone()[0]
            == 0
        )
        shipped = conn.execute(
            "SELECT o.payload, i.round_id FROM outbox o JOIN interviews i ON i.id = o.record_id "
            "WHERE o.record_type = 'interview'"
        ).fetchall()
        visits = dict(conn.execute(
            "SELECT h.id, h.visit_status FROM households h JOIN interviews i "
            "ON i.household_id = h.id JOIN survey_rounds r ON r.id = i.round_id "
            "WHERE r.name = ?", (SECOND,)))  # fmt: skip
    assert len(per_household) == counts["revisited"] > 10
    for _household, rounds_of in per_household:
        assert sorted(names[r] for r in rounds_of.split(",")) == ["2027 follow-up", "First round"]
    for payload, round_id in shipped:
        item = json.loads(payload)
        assert item["data"]["round_id"] == round_id
        assert item["content_hash"] == content_hash(item["data"])
    assert set(visits.values()) == {"complete"}


def test_the_migration_puts_earlier_interviews_in_a_first_round(demo: Path) -> None:
    """A workspace from before rounds (schema 0005) is upgraded: every interview lands in a
    "First round" of the smallest area holding them all, current and waiting in the outbox,
    and the completions not yet sent name it."""
    path = database_path(demo)
    with open_database(path) as db, db.engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0005")
    with cipher.connect_workspace(path) as conn:
        assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'survey_rounds'"
                            ).fetchone() is None  # fmt: skip
        interviews = conn.execute("SELECT count(*) FROM interviews").fetchone()[0]
    with open_database(path) as db, db.read() as conn:
        made = conn.exec_driver_sql(
            "SELECT r.id, r.name, a.level FROM survey_rounds r JOIN areas a ON a.id = r.area_id"
        ).all()
        inside = conn.exec_driver_sql(
            "SELECT count(*) FROM interviews WHERE round_id = ?", (made[0][0],)
        ).scalar()
        current = conn.exec_driver_sql(
            "SELECT value FROM meta WHERE key = 'current_round'"
        ).scalar()
        stale = conn.exec_driver_sql(
            "SELECT count(*) FROM outbox o JOIN interviews i ON i.id = o.record_id "
            "WHERE o.record_type = 'interview' AND "
            "json_extract(o.payload, '$.data.round_id') IS NOT i.round_id"
        ).scalar()
        waiting = conn.exec_driver_sql(
            "SELECT count(*) FROM outbox WHERE record_type = 'survey_round' AND record_id = ?",
            (made[0][0],),
        ).scalar()
    # (Downgrading dropped the demo's own round: the upgrade makes the first round anew.)
    assert [m[1:] for m in made] == [("First round", "block")]  # the demo fills one block
    assert inside == interviews and current == made[0][0] and stale == 0 and waiting == 1
