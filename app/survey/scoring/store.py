"""Scores kept per interview in the local database, and recomputed when a standard changes.

A row of `scores` is derived data keyed by (interview, standard id) and stamped with the
standard's version; `rescore` finds the interviews whose row is missing or was made by another
version, scores their stored answers again, and writes the rows in one transaction per batch.
Works on a SQLAlchemy `Session` or `Connection` (SQLite on a device, PostgreSQL on the server).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any

from sqlalchemy import Connection, and_, func, or_, select
from sqlalchemy.orm import Session

from app.survey.db.models import Interview, Score
from app.survey.db.types import utcnow
from app.survey.scoring.model import Standard
from app.survey.scoring.numbers import LIMIT, UnusableAnswers
from app.survey.scoring.result import HouseholdScore, score_many

BATCH = 2_000


@dataclass(frozen=True)
class RescoreReport:
    """How many interviews were scored again, and how many already had a current score."""

    rescored: int
    current: int


def decimal_text(value: Fraction | None) -> str | None:
    """An income as decimal text ("412.50"; whole amounts without decimals), never a float."""
    if value is None:
        return None
    if value.denominator == 1:
        return str(value.numerator)
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return str(exact.quantize(Decimal("0.01")))


def score_row(interview_id: str, result: HouseholdScore) -> dict[str, Any]:
    """The `scores` row for one interview's result."""
    return {
        "interview_id": interview_id,
        "standard_id": result.standard_id,
        "standard_version": result.standard_version,
        "status": result.status,
        "label": result.label,
        "score": str(result.score),
        "deprived": result.deprived,
        "explanation": result.explanation,
        "income_per_capita": decimal_text(result.income),
        "computed_at": utcnow(),
    }


def _connection(target: Session | Connection) -> Connection:
    return target.connection() if isinstance(target, Session) else target


def save_scores(target: Session | Connection, rows: list[dict[str, Any]]) -> None:
    """Insert or replace `scores` rows (one per interview and standard)."""
    if not rows:
        return
    conn = _connection(target)
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert  # type: ignore[assignment]
    statement = insert(Score)
    updated = {
        column: statement.excluded[column]
        for column in rows[0]
        if column not in ("interview_id", "standard_id")
    }
    conn.execute(
        statement.on_conflict_do_update(
            index_elements=["interview_id", "standard_id"], set_=updated
        ),
        rows,
    )


def store_score(target: Session | Connection, interview_id: str, result: HouseholdScore) -> None:
    """Keep one interview's freshly computed score (the app calls this as answers change)."""
    save_scores(target, [score_row(interview_id, result)])


def rescore(
    target: Session | Connection,
    standard: Standard,
    lang: str = "en",
    *,
    force: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> RescoreReport:
    """Score again every live interview whose score for `standard` is missing or of another
    version (all of them with `force`). The caller's transaction is used; commit it after.
    `progress(done, total)` is called after each batch.

    Raises UnusableAnswers naming the interviews whose stored answers hold a non-number where
    the standard reads a number, after looking at all of them; roll the transaction back then."""
    conn = _connection(target)
    stale = or_(Score.standard_version.is_(None), Score.standard_version != standard.version)
    query = (
        select(Interview.id, Interview.answers)
        .outerjoin(
            Score,
            and_(Score.interview_id == Interview.id, Score.standard_id == standard.id),
        )
        .where(Interview.deleted_at.is_(None))
        .order_by(Interview.id)
    )
    live = conn.execute(
        select(func.count()).select_from(Interview).where(Interview.deleted_at.is_(None))
    ).scalar_one()
    if not force:
        query = query.where(stale)
    rescored = 0
    problems: list[tuple[str, str]] = []
    more = 0
    rows = conn.execute(query).all()
    for start in range(0, len(rows), BATCH):
        batch = [(iid, answers or {}) for iid, answers in rows[start : start + BATCH]]
        try:
            rescored += _write_batch(conn, standard, lang, batch)
        except UnusableAnswers as error:
            problems += error.problems
            more += error.more
        if progress is not None:
            progress(min(start + BATCH, len(rows)), len(rows))
    if problems:
        raise UnusableAnswers(problems[:LIMIT], more + len(problems[LIMIT:]))
    return RescoreReport(rescored=rescored, current=live - rescored)


def _write_batch(
    conn: Connection, standard: Standard, lang: str, batch: list[tuple[str, dict[str, Any]]]
) -> int:
    names = [f"interview {iid}" for iid, _ in batch]
    results = score_many(standard, [answers for _, answers in batch], lang, names)
    rows = [score_row(iid, result) for (iid, _), result in zip(batch, results, strict=True)]
    save_scores(conn, rows)
    return len(rows)
