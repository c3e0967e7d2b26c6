"""Coverage of the census list per area: how many households are listed, visited, visited
without an interview (not found or refused at the door), in progress, complete, approved and
returned for correction.

Counted from each household's visit status (the census list's own column), grouped in SQL by
the household's ward, site or block and rolled up to districts and states in Python, so a
million-household workspace costs one indexed pass.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, text

from app.survey.reports.areas import (
    HOUSEHOLD_COLUMN,
    Area,
    AreaTree,
    check_level,
    household_filter,
)

# Visit statuses whose interview is finished (complete on the device, sent, or reviewed).
DONE = ("complete", "synced", "approved", "returned")
# Visits that ended at the door: counted as visited, never as complete.
NO_INTERVIEW = ("not_found", "refused")


@dataclass
class Coverage:
    """The households of one area (`area` None: all areas of the report) by visit status."""

    area: Area | None
    by_status: dict[str, int] = field(default_factory=dict)

    @property
    def listed(self) -> int:
        return sum(self.by_status.values())

    @property
    def visited(self) -> int:
        return self.listed - self.by_status.get("not_visited", 0)

    @property
    def no_interview(self) -> int:
        """Visited, but not found or refused: no interview to complete."""
        return sum(self.by_status.get(status, 0) for status in NO_INTERVIEW)

    @property
    def in_progress(self) -> int:
        return self.by_status.get("in_progress", 0)

    @property
    def completed(self) -> int:
        return sum(self.by_status.get(status, 0) for status in DONE)

    @property
    def approved(self) -> int:
        return self.by_status.get("approved", 0)

    @property
    def returned(self) -> int:
        return self.by_status.get("returned", 0)

    @property
    def rate(self) -> float | None:
        """Completed households as a share of those listed (None for an empty area)."""
        return self.completed / self.listed if self.listed else None

    def add(self, status: str, count: int) -> None:
        self.by_status[status] = self.by_status.get(status, 0) + count

    def to_json(self) -> dict[str, object]:
        return {
            "area": None if self.area is None else self.area.path_code,
            "name": None if self.area is None else self.area.name,
            "listed": self.listed,
            "visited": self.visited,
            "no_interview": self.no_interview,
            "in_progress": self.in_progress,
            "completed": self.completed,
            "approved": self.approved,
            "returned": self.returned,
            "rate": self.rate,
        }


def area_key(tree: AreaTree, level: str, ward_id: str | None, other_id: str | None) -> Area | None:
    """The area of `level` a household belongs to, from its ward (state, district, ward) or
    from its own site or block column (`other_id`)."""
    if level in ("site", "block"):
        return tree.by_id.get(other_id) if other_id else None
    return tree.lineage(ward_id).get(level)


def coverage_by_area(
    conn: Connection, tree: AreaTree, level: str = "ward", within: Area | None = None
) -> tuple[list[Coverage], Coverage]:
    """Coverage of each area of `level` (inside `within`, or everywhere), ordered by area path,
    and the total. Areas with no households are listed with zeros."""
    level = check_level(level, within)
    column = HOUSEHOLD_COLUMN.get(level, "ward_id")
    where, params = household_filter(tree, within)
    rows = conn.execute(
        text(
            f"SELECT h.ward_id, h.{column}, h.visit_status, count(*) FROM households h "
            f"WHERE h.deleted_at IS NULL AND {where} GROUP BY h.ward_id, h.{column}, "
            "h.visit_status"
        ),
        params,
    )
    groups: dict[str, Coverage] = {}
    if within is not None:
        for area in tree.under(within, level):
            groups[area.id] = Coverage(area)
    else:
        for area in tree.by_id.values():
            if area.level == level:
                groups[area.id] = Coverage(area)
    total = Coverage(None)
    for ward_id, other_id, status, count in rows:
        total.add(status, count)
        home = area_key(tree, level, ward_id, other_id)
        if home is None:
            continue  # a household outside the hierarchy is still counted in the total
        groups.setdefault(home.id, Coverage(home)).add(status, count)
    ordered = sorted(groups.values(), key=lambda c: c.area.path_code if c.area else "")
    return ordered, total
