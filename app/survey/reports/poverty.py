"""Poverty per area under one standard: households and persons in each status, their rates, and
(for standards with deprivation indicators) the Alkire-Foster H, A and M0.

A household counts with its latest finished interview (complete, synced, returned or approved,
not deleted), scored afresh from the stored answers, so the figures never depend on whether the
stored scores are current and equal what `tinjau measure` gives for the same answers.
Households are read as a stream in area order, a batch at a time: the export writes its rows
from the same stream (`scored_households`) while the measures add up.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Hashable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from app.survey.reports.areas import (
    HOUSEHOLD_COLUMN,
    Area,
    AreaTree,
    check_level,
    household_filter,
)
from app.survey.reports.coverage import DONE, area_key
from app.survey.scoring import HouseholdScore, Measures, Standard, UnusableAnswers, measure
from app.survey.scoring import measure_by_area as _measure_by_area
from app.survey.scoring.household import scorer_for

BATCH = 1_000
TOTAL = "\x00total"  # the key the whole report's households are measured under

HOUSEHOLD_COLUMNS = (
    "id", "ward_id", "site_id", "block_id", "unit_code", "floor", "unit_number", "head_name",
    "head_national_id", "phone", "household_size", "source", "visit_status", "interview_id",
    "interview_status", "completed_at", "enumerator_id", "answers",
)  # fmt: skip


def _households_sql(where: str, round_only: bool = False) -> str:
    done = ", ".join(f"'{status}'" for status in DONE)
    # `+` keeps SQLite on the household index: a round holds most interviews, and its own
    # index would scan them all for every household.
    in_round = " AND +j.round_id = :round_id" if round_only else ""
    return (
        "SELECT h.id, h.ward_id, h.site_id, h.block_id, u.code, u.floor, u.unit_number, "
        "h.head_name, h.head_national_id, h.phone, h.household_size, h.source, h.visit_status, "
        "i.id, i.status, i.completed_at, i.enumerator_id, i.answers "
        "FROM households h JOIN areas u ON u.id = h.unit_id "
        "LEFT JOIN interviews i ON i.id = ("
        "  SELECT j.id FROM interviews j WHERE j.household_id = h.id AND j.deleted_at IS NULL"
        f"  AND j.status IN ({done}){in_round} ORDER BY j.completed_at DESC, j.id DESC LIMIT 1) "
        f"WHERE h.deleted_at IS NULL AND {where} ORDER BY u.path_code, h.seq"
    )


@dataclass
class ScoredHousehold:
    """One household's row with its finished interview's score (None: no finished interview,
    or answers that cannot be scored, when `unusable` is set)."""

    row: dict[str, Any]
    score: HouseholdScore | None
    unusable: bool = False


def scored_households(
    conn: Connection,
    tree: AreaTree,
    standard: Standard,
    within: Area | None = None,
    lang: str = "en",
    round_id: str | None = None,
) -> Iterator[ScoredHousehold]:
    """Every live household inside `within`, in area order, scored under `standard` (by its
    latest finished interview of the survey round `round_id` when given)."""
    where, params = household_filter(tree, within)
    if round_id is not None:
        params = {**params, "round_id": round_id}
    result = conn.execute(text(_households_sql(where, round_id is not None)), params)
    scorer = scorer_for(standard)
    while True:
        rows = result.fetchmany(BATCH)
        if not rows:
            return
        out: list[ScoredHousehold] = []
        paused = gc.isenabled()
        gc.disable()  # results live on until written: scanning them is wasted work
        try:
            for values in rows:
                row = dict(zip(HOUSEHOLD_COLUMNS, values, strict=True))
                answers = row.pop("answers")
                if answers is None:
                    out.append(ScoredHousehold(row, None))
                    continue
                try:
                    facts = scorer.facts(json.loads(answers))
                except (UnusableAnswers, ValueError, TypeError, AttributeError):
                    out.append(ScoredHousehold(row, None, unusable=True))
                    continue
                out.append(ScoredHousehold(row, HouseholdScore(standard, facts, lang)))
        finally:
            if paused:
                gc.enable()
        yield from out


@dataclass
class PovertyRow:
    area: Area | None  # None: all the report's areas together
    measures: Measures


@dataclass
class PovertyReport:
    """Measures per area and in total under one standard, and how many finished interviews
    could not be scored (answers that are not numbers where the standard reads numbers)."""

    standard: Standard
    level: str
    rows: list[PovertyRow]
    total: PovertyRow
    unusable: int


class PovertyTally:
    """Adds households up per area while something else (the export) walks the stream.

    `watch(stream)` passes each item through unchanged; `report()` afterwards gives the
    measures. The scoring package's `measure_by_area` consumes pairs, so the watched stream
    feeds it from a generator: each scored household is handed over twice, for its area and
    for the total.
    """

    def __init__(self, tree: AreaTree, standard: Standard, level: str) -> None:
        self.tree = tree
        self.standard = standard
        self.level = level
        self.unusable = 0

    def _key(self, row: dict[str, Any]) -> Hashable:
        column = HOUSEHOLD_COLUMN.get(self.level)
        other = row[column] if column else None
        area = area_key(self.tree, self.level, row["ward_id"], other)
        return area.id if area is not None else None

    def pairs(self, stream: Iterable[ScoredHousehold]) -> Iterator[tuple[Hashable, Any]]:
        for item in stream:
            if item.unusable:
                self.unusable += 1
            if item.score is not None:
                yield self._key(item.row), item.score
                yield TOTAL, item.score

    def measure(self, stream: Iterable[ScoredHousehold]) -> PovertyReport:
        """Consume `stream` and give the report."""
        measures = _measure_by_area(self.standard, self.pairs(stream))
        return self.report(measures)

    def report(self, measures: dict[Hashable, Measures]) -> PovertyReport:
        rows = [
            PovertyRow(self.tree.by_id.get(key) if isinstance(key, str) else None, m)
            for key, m in measures.items()
            if key != TOTAL
        ]
        rows.sort(key=lambda r: r.area.path_code if r.area else "\uffff")
        total = measures.get(TOTAL)
        if total is None:  # no household scored: zeros, under the same cutoff checks
            total = measure(self.standard, [])
        return PovertyReport(
            self.standard, self.level, rows, PovertyRow(None, total), self.unusable
        )


def poverty_by_area(
    conn: Connection,
    tree: AreaTree,
    standard: Standard,
    level: str = "ward",
    within: Area | None = None,
) -> PovertyReport:
    """Status counts and rates (and Alkire-Foster measures) per area of `level`, and in total."""
    tally = PovertyTally(tree, standard, check_level(level, within))
    return tally.measure(scored_households(conn, tree, standard, within))
