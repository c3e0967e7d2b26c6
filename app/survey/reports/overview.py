"""Everything the Reports window and the printed report show for one area, in one call.

    report = area_report(conn, "LPT01", standard_id=None, level="block", progress=report_fn)

Coverage per area of `level`, per enumerator and per day; poverty per area of `level` and in
total (the same figures as `tinjau report poverty` and `tinjau measure`); the priority list;
the area profile. One pass over the households scores them for both the poverty figures and the
priority list. `progress(done, total)` is called as households are read.

Change between survey rounds is a report of its own (app.survey.reports.rounds): here a
household counts with its latest finished interview, whatever its round.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, text

from app.survey.reports.areas import Area, AreaTree, check_level, household_filter
from app.survey.reports.coverage import Coverage, coverage_by_area
from app.survey.reports.poverty import (
    PovertyReport,
    PovertyTally,
    ScoredHousehold,
    scored_households,
)
from app.survey.reports.profile import AreaProfile, PriorityRow, area_profile, priority_list
from app.survey.reports.progress import WorkerProgress, completed_by_day, progress_by_worker
from app.survey.reports.standard import workspace_standard
from app.survey.scoring import Standard

PROGRESS_EVERY = 250


@dataclass
class AreaReport:
    area: Area | None  # None: the whole workspace
    level: str
    standard: Standard
    coverage: list[Coverage]
    coverage_total: Coverage
    workers: list[WorkerProgress]
    days: list[tuple[date, int]]
    poverty: PovertyReport
    priority: list[PriorityRow]
    profile: AreaProfile


def in_need(standard: Standard) -> set[str]:
    """The statuses of the priority list: every declared status but the last (the standards
    list their statuses most in need first and end with the one needing no assistance)."""
    return {status.code for status in standard.statuses[:-1]}


def area_choices(conn: Connection) -> list[Area]:
    """The areas a report can be asked for, in path order (states, districts, wards, sites,
    blocks)."""
    tree = AreaTree.load(conn)
    return sorted(tree.by_id.values(), key=lambda a: a.path_code)


def area_report(
    conn: Connection,
    area: str | None,
    standard_id: str | None = None,
    level: str = "block",
    lang: str = "en",
    progress: Callable[[int, int], None] | None = None,
) -> AreaReport:
    """The whole report for the area whose code or path is `area` (None: every area)."""
    tree = AreaTree.load(conn)
    within = tree.find(area) if area else None
    level = check_level(level, within)
    standard = workspace_standard(conn, standard_id)
    where, params = household_filter(tree, within)
    total = conn.execute(
        text(f"SELECT count(*) FROM households h WHERE h.deleted_at IS NULL AND {where}"),
        params,
    ).scalar_one()
    # Reading the households twice (poverty, then the profile): progress runs over both.
    steps = max(2 * total, 1)

    def tick(done: int) -> None:
        if progress is not None:
            progress(min(done, steps), steps)

    rows, coverage_total = coverage_by_area(conn, tree, level, within)
    kept: list[ScoredHousehold] = []
    wanted = in_need(standard)

    def watched() -> Iterator[ScoredHousehold]:
        for seen, item in enumerate(scored_households(conn, tree, standard, within, lang), 1):
            if item.score is not None and item.score.status in wanted:
                kept.append(item)
            if seen % PROGRESS_EVERY == 0:
                tick(seen)
            yield item

    poverty = PovertyTally(tree, standard, level).measure(watched())
    tick(total)
    priority = priority_list(standard, tree, kept, wanted)
    profile = area_profile(conn, tree, within, lambda done: tick(total + done))
    tick(steps)
    return AreaReport(
        area=within,
        level=level,
        standard=standard,
        coverage=rows,
        coverage_total=coverage_total,
        workers=progress_by_worker(conn, tree, within),
        days=completed_by_day(conn, tree, within),
        poverty=poverty,
        priority=priority,
        profile=profile,
    )


__all__ = ["AreaProfile", "AreaReport", "area_choices", "area_report"]
