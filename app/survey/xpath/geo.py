"""area() and distance() over geopoint, geotrace and geoshape values (spec: Geographic Functions).

Method: the Earth is a sphere of radius 6,378,137 m (WGS 84's equatorial radius: the spec asks
for "the circumference of the Earth around the Equator"); altitude is ignored.
- distance(): the sum of great-circle distances between consecutive points (haversine formula).
- area(): the spherical polygon area of Chamberlain & Duquette, "Some Algorithms for Polygons
  on a Sphere" (JPL, 2007): |sum of (lon[i+1] - lon[i-1]) * sin(lat[i])| * R^2 / 2, an
  equal-area measure on the sphere.
"""

from __future__ import annotations

import math

from app.survey.errors import ExpressionError
from app.survey.xpath.functions import define
from app.survey.xpath.values import NodeSet, Value, to_string

EARTH_RADIUS = 6_378_137.0


def points(value: Value, function: str) -> list[tuple[float, float]]:
    """(lat, lon) in radians from a node-set of geopoints or one geotrace/geoshape text."""
    if isinstance(value, NodeSet):
        texts = [to_string(v) for v in value.values()]
    else:
        texts = to_string(value).split(";")
    found = []
    for text in texts:
        parts = text.split()
        if not parts:
            continue
        try:
            lat, lon = float(parts[0]), float(parts[1])
        except (IndexError, ValueError):
            lat = lon = math.nan
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise ExpressionError(
                f"{function}() was given a value that is not a list of points; a point is "
                "'latitude longitude' in degrees, points are separated by ';'."
            )
        found.append((math.radians(lat), math.radians(lon)))
    return found


def _distance(*values: Value) -> float:
    # distance(trace) or distance(node-set), or (newer spec) each argument one point.
    path = [p for value in values for p in points(value, "distance")]
    total = 0.0
    for (lat1, lon1), (lat2, lon2) in zip(path, path[1:], strict=False):
        a = math.sin((lat2 - lat1) / 2) ** 2
        a += math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
        total += 2 * EARTH_RADIUS * math.asin(min(1.0, math.sqrt(a)))
    return total


def _area(value: Value) -> float:
    shape = points(value, "area")
    if len(shape) > 1 and shape[0] == shape[-1]:
        shape = shape[:-1]  # a geoshape repeats its first point at the end
    if len(shape) < 3:
        return 0.0
    total = 0.0
    count = len(shape)
    for i in range(count):
        lon_next = shape[(i + 1) % count][1]
        lon_prev = shape[i - 1][1]
        total += (lon_next - lon_prev) * math.sin(shape[i][0])
    return abs(total) * EARTH_RADIUS**2 / 2


define("distance", 1, None, _distance)
define("area", 1, 1, _area)
define("enclosed-area", 1, 1, _area)  # JavaRosa's older name for area()
