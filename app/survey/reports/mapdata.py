"""What the poverty map draws, without Qt: a site's units as a block x floor x unit grid, and
area boundaries from a GeoJSON file matched to the workspace's areas by code.

    grid = site_grid(conn, "PPR001", standard)          # blocks, each with its units
    shapes = load_boundaries(Path("wards.geojson"))     # refused with a sentence when unusable
    rates = area_rates(conn, standard, [s.code for s in shapes])

Units are coded block-floor-unit on the door (A-01-01: block A, floor 1, unit 01); the census
import keeps each unit's floor and number, which place it in the grid. A unit's colour follows
its household (the most severe one when several share the unit): its visit status, or the
poverty status of its latest finished interview, scored afresh as the reports score it.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, text

from app.survey.errors import TinjauError
from app.survey.reports.areas import Area, AreaTree
from app.survey.reports.poverty import poverty_by_area, scored_households
from app.survey.scoring import Standard
from app.survey.scoring.ranking import severity

MAX_BOUNDARY_BYTES = 50 * 1024 * 1024
CODE_KEYS = ("code", "area_code", "CODE", "id")


@dataclass
class GridUnit:
    code: str
    floor: int
    number: str
    household_id: str | None = None
    visit_status: str | None = None
    poverty_status: str | None = None


@dataclass
class GridBlock:
    code: str
    units: list[GridUnit] = field(default_factory=list)

    @property
    def floors(self) -> list[int]:
        return sorted({u.floor for u in self.units}, reverse=True)

    @property
    def numbers(self) -> list[str]:
        return sorted({u.number for u in self.units}, key=lambda n: (len(n), n))


@dataclass
class SiteGrid:
    site: Area
    blocks: list[GridBlock]


def site_grid(conn: Connection, site_code: str, standard: Standard) -> SiteGrid:
    """The units of the site (or the one block) `site_code` names, with their households."""
    tree = AreaTree.load(conn)
    area = tree.find(site_code)
    if area.level not in ("site", "block"):
        raise TinjauError(
            f"The site map draws a site or a block; {area.path_code} is a {area.level}. "
            "Choose one of its sites."
        )
    units = conn.execute(
        text(
            "SELECT u.id, u.code, u.floor, u.unit_number, u.parent_id FROM areas u "
            "WHERE u.level = 'unit' AND u.deleted_at IS NULL AND u.path_code LIKE :prefix "
            "ORDER BY u.path_code"
        ),
        {"prefix": area.path_code + "/%"},
    )
    blocks: dict[str, GridBlock] = {}
    by_unit: dict[str, GridUnit] = {}
    for _unit_id, code, floor, number, parent_id in units:
        if floor is None or number is None:
            continue  # a house without a floor: not part of a block's grid
        parent = tree.by_id.get(parent_id)
        block = blocks.setdefault(parent_id, GridBlock(parent.code if parent else "?"))
        placed = GridUnit(code, int(floor), str(number))
        block.units.append(placed)
        by_unit[code] = placed
    scored = scored_households(conn, tree, standard, area)
    for item in scored:
        cell = by_unit.get(item.row["unit_code"])
        if cell is None:
            continue
        status = item.score.status if item.score is not None else None
        if cell.household_id is not None and not _more_severe(standard, status, cell):
            continue
        cell.household_id = item.row["id"]
        cell.visit_status = item.row["visit_status"]
        cell.poverty_status = status
    ordered = sorted(blocks.values(), key=lambda b: b.code)
    return SiteGrid(area, ordered)


def _more_severe(standard: Standard, status: str | None, cell: GridUnit) -> bool:
    if status is None:
        return False
    if cell.poverty_status is None:
        return True
    return severity(standard, status) < severity(standard, cell.poverty_status)


# -- boundaries ------------------------------------------------------------------------------


@dataclass
class Shape:
    """One area's boundary: its code and name and its rings of (x, y) = (longitude, latitude)."""

    code: str
    name: str
    rings: list[list[tuple[float, float]]]


def _ring(points: Any) -> list[tuple[float, float]]:
    ring = []
    for point in points:
        if (
            not isinstance(point, list | tuple)
            or len(point) < 2
            or not all(isinstance(v, int | float) and math.isfinite(v) for v in point[:2])
        ):
            raise ValueError("point")
        ring.append((float(point[0]), float(point[1])))
    if len(ring) < 3:
        raise ValueError("ring")
    return ring


def _rings(geometry: Any) -> list[list[tuple[float, float]]]:
    if not isinstance(geometry, dict):
        raise ValueError("geometry")
    kind, coordinates = geometry.get("type"), geometry.get("coordinates")
    if not isinstance(coordinates, list):
        raise ValueError("coordinates")
    if kind == "Polygon":
        return [_ring(r) for r in coordinates]
    if kind == "MultiPolygon":
        return [_ring(r) for polygon in coordinates for r in polygon]
    raise ValueError("type")


def load_boundaries(path: Path) -> list[Shape]:
    """The areas of a GeoJSON FeatureCollection of polygons, each with its code (a property
    named code, area_code or id); a sentence saying what to fix when the file cannot be used."""
    name = path.name
    try:
        if path.stat().st_size > MAX_BOUNDARY_BYTES:
            raise TinjauError(
                f"{name} is larger than 50 MB; simplify the boundaries (for example with "
                "mapshaper) and load it again."
            )
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise TinjauError(f"Cannot read {name}: {error.strerror}.") from None
    except (ValueError, UnicodeDecodeError):
        raise TinjauError(
            f"{name} is not a GeoJSON file (it is not UTF-8 JSON); export the boundaries as "
            "GeoJSON and load that file."
        ) from None
    features = data.get("features") if isinstance(data, dict) else None
    if not isinstance(features, list) or not features:
        raise TinjauError(
            f"{name} holds no features; give a GeoJSON FeatureCollection with one polygon per area."
        )
    shapes = []
    for index, feature in enumerate(features, 1):
        properties = feature.get("properties") if isinstance(feature, dict) else None
        properties = properties if isinstance(properties, dict) else {}
        code = next(
            (str(properties[k]).strip() for k in CODE_KEYS if properties.get(k) not in (None, "")),
            "",
        )
        if not code:
            raise TinjauError(
                f"Feature {index} of {name} has no area code; give each feature a property "
                "named code holding its area's code (such as LPT01)."
            )
        try:
            rings = _rings(feature.get("geometry"))
        except (ValueError, TypeError, AttributeError):
            raise TinjauError(
                f"Feature {index} of {name} ({code}) is not a polygon with longitude and "
                "latitude points; give each area a Polygon or MultiPolygon."
            ) from None
        shapes.append(Shape(code, str(properties.get("name") or code), rings))
    return shapes


@dataclass
class AreaRates:
    """The share of assessed households in need (every status but the last) per area code,
    and the codes on either side that found no partner."""

    rates: dict[str, Fraction | None]
    assessed: dict[str, int]
    no_boundary: list[str]  # workspace areas of the matched level without a shape
    not_in_workspace: list[str]  # shape codes naming no area of the workspace


def area_rates(conn: Connection, standard: Standard, codes: Iterable[str]) -> AreaRates:
    """Poverty rates of the areas whose codes the boundary file gives (matched case-blind, at
    the level most of them name: districts, wards or sites)."""
    tree = AreaTree.load(conn)
    wanted = {c.casefold(): c for c in codes}
    levels: dict[str, int] = {}
    for area in tree.by_id.values():
        if area.code.casefold() in wanted:
            levels[area.level] = levels.get(area.level, 0) + 1
    if not levels:
        return AreaRates({}, {}, [], sorted(wanted.values()))
    level = max(levels, key=lambda lv: levels[lv])
    report = poverty_by_area(conn, tree, standard, level)
    in_need = {s.code for s in standard.statuses[:-1]}
    rates: dict[str, Fraction | None] = {}
    assessed: dict[str, int] = {}
    for row in report.rows:
        if row.area is None:
            continue
        counts = row.measures.headcounts
        total = sum(h for h, _ in counts.values())
        poor = sum(h for code, (h, _) in counts.items() if code in in_need)
        rates[row.area.code.casefold()] = Fraction(poor, total) if total else None
        assessed[row.area.code.casefold()] = total
    areas = {a.code.casefold(): a.code for a in tree.by_id.values() if a.level == level}
    return AreaRates(
        rates={wanted[k]: rates.get(k) for k in wanted if k in areas},
        assessed={wanted[k]: assessed.get(k, 0) for k in wanted if k in areas},
        no_boundary=sorted(code for key, code in areas.items() if key not in wanted),
        not_in_workspace=sorted(code for key, code in wanted.items() if key not in areas),
    )
