"""The area hierarchy as the reports need it: every area above the units, read once.

Households carry their ward, site and block (copied from the unit), so a report groups by one
of those columns and rolls wards up to districts and states here. Units are not loaded: a
state's workspace has a million of them and a report never groups by unit.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

from app.survey.errors import TinjauError

REPORT_LEVELS = ("state", "district", "ward", "site", "block")
# The households column that points at an area of each level (None: reached through the ward).
HOUSEHOLD_COLUMN = {"ward": "ward_id", "site": "site_id", "block": "block_id"}


@dataclass(frozen=True)
class Area:
    id: str
    level: str
    code: str
    path_code: str
    name: str
    parent_id: str | None


class AreaTree:
    """The areas above units of one workspace, by id, with their ancestors at each level."""

    def __init__(self, areas: list[Area]) -> None:
        self.by_id = {area.id: area for area in areas}
        self._lineage: dict[str, dict[str, Area]] = {}

    @classmethod
    def load(cls, conn: Connection) -> AreaTree:
        rows = conn.execute(
            text(
                "SELECT id, level, code, path_code, name, parent_id FROM areas "
                "WHERE level != 'unit' AND deleted_at IS NULL"
            )
        )
        return cls([Area(*row) for row in rows])

    def lineage(self, area_id: str | None) -> dict[str, Area]:
        """The area and its ancestors, by level ({} for an unknown id)."""
        if area_id is None:
            return {}
        found = self._lineage.get(area_id)
        if found is None:
            found = {}
            current = self.by_id.get(area_id)
            while current is not None and current.level not in found:
                found[current.level] = current
                current = self.by_id.get(current.parent_id) if current.parent_id else None
            self._lineage[area_id] = found
        return found

    def find(self, code: str) -> Area:
        """The area whose path (kuala_lumpur/LPT/LPT01) or own code (LPT01) is `code`; a sentence
        naming how to give it when there is none or several."""
        wanted = code.strip().strip("/")
        matches = [a for a in self.by_id.values() if a.path_code == wanted]
        if not matches:
            matches = [a for a in self.by_id.values() if a.code.casefold() == wanted.casefold()]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise TinjauError(
                f"This workspace has no area with the code {_clip(code)!r}; give a state, "
                "district, ward, site or block code, or its whole path such as "
                "kuala_lumpur/LPT/LPT01."
            )
        paths = ", ".join(sorted(a.path_code for a in matches)[:5])
        raise TinjauError(
            f"Several areas have the code {_clip(code)!r} ({paths}); give the whole path of "
            "the one you mean."
        )

    def under(self, area: Area, level: str) -> list[Area]:
        """The areas of `level` inside `area` (the area itself when it is of that level)."""
        return [
            a
            for a in self.by_id.values()
            if a.level == level
            and (a.id == area.id or a.path_code.startswith(area.path_code + "/"))
        ]


def _clip(value: str, limit: int = 60) -> str:
    return value if len(value) <= limit else value[:limit] + "…"


def household_filter(tree: AreaTree, within: Area | None, alias: str = "h") -> tuple[str, dict]:
    """A SQL condition (and its parameters) keeping the households inside `within`."""
    if within is None:
        return "1 = 1", {}
    column = HOUSEHOLD_COLUMN.get(within.level)
    if column is not None:
        return f"{alias}.{column} = :within", {"within": within.id}
    wards = [a.id for a in tree.under(within, "ward")]
    if not wards:
        return "0 = 1", {}
    names = {f"w{i}": ward_id for i, ward_id in enumerate(wards)}
    return f"{alias}.ward_id IN ({', '.join(':' + n for n in names)})", names


def check_level(level: str, within: Area | None = None) -> str:
    """`level`, refused with a sentence when unknown; inside an area of a finer level (a block
    asked for per ward) the area's own level, so the report is that one area."""
    if level not in REPORT_LEVELS:
        raise TinjauError(
            f"Reports are grouped by {', '.join(REPORT_LEVELS)}; {_clip(level)!r} is not one."
        )
    if within is not None and REPORT_LEVELS.index(level) < REPORT_LEVELS.index(within.level):
        return within.level
    return level
