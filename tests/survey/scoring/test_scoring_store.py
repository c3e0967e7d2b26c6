"""Scores stored per interview with the standard's version, recomputed when the version changes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from app.survey.db import Database, open_database
from app.survey.db.models import Area, Household, Interview, Score
from app.survey.scoring import find_standard, load_standard_text, needs_rescore, score_household
from app.survey.scoring.store import decimal_text, rescore, store_score
from tests.survey.scoring.scoring_households import household

THREE = ["health_insurance", "latrine", "information_assets"]


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "tinjau.sqlite")
    yield database
    database.close()


def _interviews(db: Database, answer_sets: list[dict]) -> list[str]:
    with db.session() as s, s.begin():
        unit = Area(level="unit", code="A-1", path_code="79/A-1", name="A-1")
        s.add(unit)
        s.flush()
        ids = []
        for answers in answer_sets:
            home = Household(unit_id=unit.id, head_name="Head")
            s.add(home)
            s.flush()
            interview = Interview(
                household_id=home.id, form_id="household", form_version="1", answers=answers
            )
            s.add(interview)
            s.flush()
            ids.append(interview.id)
    return ids


def _scores(db: Database) -> dict[str, Score]:
    with db.session() as s:
        return {row.interview_id: row for row in s.scalars(select(Score))}


def test_needs_rescore_compares_versions() -> None:
    """A score made with another version (or none) needs recomputing; the same version does not."""
    std = find_standard("vn-2022-2025")
    assert needs_rescore(None, std) and needs_rescore("0.9", std)
    assert not needs_rescore(std.version, std)


def test_rescore_fills_missing_scores_then_skips_current_ones(db: Database) -> None:
    """The first rescore writes a row per interview; a second finds them current and writes none."""
    std = find_standard("vn-2022-2025")
    ids = _interviews(
        db,
        [household(THREE, income=1_350_000, stratum="rural"), household(income=9_000_000)],
    )
    with db.session(write=True) as s, s.begin():
        report = rescore(s, std)
    assert (report.rescored, report.current) == (2, 0)
    rows = _scores(db)
    poor = rows[ids[0]]
    assert (poor.status, poor.score, poor.standard_version) == ("poor", "1/4", std.version)
    assert poor.deprived["latrine"] is True and poor.income_per_capita == "1350000"
    assert poor.explanation.startswith("Poor: income 1,350,000 VND")
    assert rows[ids[1]].status == "not_poor"
    with db.session(write=True) as s, s.begin():
        assert rescore(s, std).rescored == 0


def test_new_standard_version_rescores_with_the_new_rules(db: Database) -> None:
    """Raising the rural line in a new version rescores every interview and changes the status."""
    std = find_standard("vn-2022-2025")
    [interview_id] = _interviews(db, [household(THREE, income=1_600_000, stratum="rural")])
    with db.write() as conn:
        rescore(conn, std)
    assert _scores(db)[interview_id].status == "average"
    assert std.path is not None
    text = std.path.read_text(encoding="utf-8")
    text = text.replace('version = "1.0"', 'version = "1.1"', 1)
    text = text.replace("amount = 1500000", "amount = 1700000", 1)
    newer = load_standard_text(text, "vn-2022-2025 v1.1")
    with db.write() as conn:
        report = rescore(conn, newer, lang="vi")
    assert report.rescored == 1
    row = _scores(db)[interview_id]
    assert (row.status, row.standard_version, row.label) == ("poor", "1.1", "Hộ nghèo")


def test_deleted_interviews_are_not_scored(db: Database) -> None:
    """A tombstoned interview gets no score row."""
    std = find_standard("global-mpi-2018")
    keep, gone = _interviews(db, [household(), household()])
    with db.session(write=True) as s, s.begin():
        s.get(Interview, gone).deleted_at = s.get(Interview, keep).started_at  # type: ignore[union-attr]
    with db.write() as conn:
        assert rescore(conn, std).rescored == 1
    assert set(_scores(db)) == {keep}


def test_store_score_replaces_the_row(db: Database) -> None:
    """Storing a new result for the same interview and standard replaces the old row."""
    std = find_standard("my-ekasih-pgk")
    [interview_id] = _interviews(db, [{}])
    poor = {"state": "johor", "stratum": "urban", "income_per_capita": "412.5"}
    with db.write() as conn:
        store_score(conn, interview_id, score_household(std, {}))
        store_score(conn, interview_id, score_household(std, poor))
    [row] = _scores(db).values()
    assert (row.status, row.income_per_capita) == ("miskin", "412.50")


def test_decimal_text_never_uses_floats() -> None:
    """Incomes are stored as exact decimal text with two places when not whole."""
    from fractions import Fraction

    assert decimal_text(Fraction(1350000)) == "1350000"
    assert decimal_text(Fraction("412.5")) == "412.50"
    assert decimal_text(None) is None
