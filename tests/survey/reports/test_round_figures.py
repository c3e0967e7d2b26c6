"""Change between survey rounds on a workspace with two rounds (the demo, then a second round
of re-interviews with changed incomes): each round's figures equal `tinjau measure --round`,
and the households entering and leaving each status equal a count from the stored scores."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from app.cli import main
from app.paths import database_path
from app.survey.db import open_database
from app.survey.reports.rounds import rounds_report
from tests.rounds_data import SECOND, build_two_rounds

DONE = ("complete", "synced", "approved", "returned")


@pytest.fixture(scope="module")
def two_rounds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("rounds") / "workspace"
    build_two_rounds(folder, households=500)
    return folder


def _report(folder: Path, **options: str | None):
    with open_database(database_path(folder), read_only=True) as db, db.read() as conn:
        return rounds_report(conn, **options)


def _measure(capsys: pytest.CaptureFixture[str], folder: Path, name: str, *extra: str) -> dict:
    assert main(["measure", "--data-dir", str(folder), "--round", name, *extra]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("standard", [None, "global-mpi-2018"])
def test_each_rounds_figures_equal_tinjau_measure_of_that_round(
    two_rounds: Path, capsys: pytest.CaptureFixture[str], standard: str | None
) -> None:
    """Households per status and every rate of each round are what `tinjau measure --round`
    gives for it, under the workspace's income standard and under the Global MPI."""
    report = _report(two_rounds, standard_id=standard)
    (section,) = report.areas
    assert [f.round.name for f in section.rounds] == ["First round", SECOND]
    for figures in section.rounds:
        extra = ("--standard", standard) if standard else ()
        measured = _measure(capsys, two_rounds, figures.round.name, *extra)
        assert measured["standard"] == report.standard.id
        assert figures.measures.statuses_json() == measured["statuses"]
        assert figures.households == measured["households"] > 40
        if report.rate_kind == "indicator":
            assert {k: float(v) for k, v in figures.rates.items()} == measured[
                "uncensored_headcount"
            ]
        else:
            assert {k: float(v) for k, v in figures.rates.items()} == measured["income_poverty"]


def test_transitions_equal_a_count_of_the_stored_scores(two_rounds: Path) -> None:
    """Entered, left and stayed per status, and the new and not revisited households, are
    what the scores stored at each completion say of each household's latest interview in
    each round."""
    with open_database(database_path(two_rounds), read_only=True) as db, db.read() as conn:
        rows = conn.exec_driver_sql(
            "SELECT i.household_id, r.name, s.status FROM interviews i "
            "JOIN survey_rounds r ON r.id = i.round_id JOIN scores s ON s.interview_id = i.id "
            f"WHERE i.status IN {DONE} ORDER BY i.completed_at, i.id"
        ).all()
    status: dict[str, dict[str, str]] = {"First round": {}, SECOND: {}}
    for household, name, code in rows:
        status[name][household] = code
    before, after = status["First round"], status[SECOND]
    both = before.keys() & after.keys()
    (section,) = _report(two_rounds).areas
    (change,) = section.changes
    assert (change.revisited, change.new, change.not_revisited) == (
        len(both),
        len(after.keys() - both),
        len(before.keys() - both),
    )
    moved = Counter((before[h], after[h]) for h in both)
    assert sum(n for (a, b), n in moved.items() if a != b) > 5  # incomes changed statuses
    for t in change.transitions:
        assert t.entered == sum(n for (a, b), n in moved.items() if b == t.status != a)
        assert t.left == sum(n for (a, b), n in moved.items() if a == t.status != b)
        assert t.stayed == moved[(t.status, t.status)]
        assert t.before == Counter(before.values())[t.status]
        assert t.after == Counter(after.values())[t.status]


def test_report_rounds_prints_the_same_figures(
    two_rounds: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`tinjau report rounds --json` prints the rounds and changes the report computes, and
    the table names both rounds with the households in both."""
    (section,) = _report(two_rounds, area="LPT01").areas
    assert main(["report", "rounds", "--data-dir", str(two_rounds), "--area", "LPT01",
                 "--json"]) == 0  # fmt: skip
    (line,) = capsys.readouterr().out.splitlines()
    printed = json.loads(line)
    assert printed["area"] == section.area.path_code
    assert [r["households"] for r in printed["rounds"]] == [f.households for f in section.rounds]
    assert printed["changes"][0]["revisited"] == section.changes[0].revisited
    assert main(["report", "rounds", "--data-dir", str(two_rounds)]) == 0
    out = capsys.readouterr().out
    assert f"{SECOND} since First round: {section.changes[0].revisited:,} households in both" in out


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (("report", "rounds", "--area", "nowhere"), "no area with the code 'nowhere'"),
        (("measure", "--round", "No such round"), "There is no survey round No such round"),
        (("measure", "--round", SECOND, "--input", "x.json"), "Give either --input FILE or"),
    ],
)
def test_bad_input_is_a_sentence(
    two_rounds: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], sentence: str
) -> None:
    """An unknown area or round, or --round with --input, is a sentence saying what to do."""
    assert main([*args, "--data-dir", str(two_rounds)]) != 0
    assert sentence in capsys.readouterr().err


def test_measure_round_needs_a_workspace(capsys: pytest.CaptureFixture[str]) -> None:
    """--round without --data-dir says to name the workspace."""
    assert main(["measure", "--standard", "global-mpi-2018", "--round", SECOND]) != 0
    assert "Give --data-dir FOLDER with --round" in capsys.readouterr().err
