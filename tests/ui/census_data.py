"""A small real census workspace for UI tests, written through the app's own database layer.

`tinjau demo` builds the big realistic one; the UI tests need a quick one whose contents they
know: every name below appears in a known number of households, some of them non-ASCII.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import insert

from app.paths import database_path
from app.survey.db import open_database
from app.survey.db.models import VISIT_STATUSES, Area, Household
from app.survey.ids import uuid7

NAMES = [
    "Ahmad bin Ali",
    "Siti Aminah binti Hassan",
    "Tan Mei Ling",
    "Rajendran a/l Muthu",
    "Nguyễn Văn An",
    "زهرا احمدی",
]
# The six statuses the list's counts were written for (a visit that ended at the door, not
# found or refused, is made by the records layer in the tests that need one).
LISTED_STATUSES = VISIT_STATUSES[:6]
# e-Kasih status codes, as scoring stores them (None = not scored yet).
POVERTY = (None, "miskin", "miskin_tegar", "tidak_miskin")
BLOCKS = ("A", "B")
FLOORS = 5
UNITS_PER_FLOOR = 10  # 2 blocks x 5 floors x 10 units = 100 units


def build_census(data_dir: Path, households: int = 300) -> Path:
    """Make `data_dir/tinjau.sqlite` with one site, two blocks and `households` households.

    Household i has head NAMES[i % 6] + f" {i}", visit status VISIT_STATUSES[i % 6], poverty
    status POVERTY[i % 4], national ID
    8001011400{i:02d}-like digits, and lives in unit i % 100.
    """
    path = database_path(data_dir)
    db = open_database(path)
    try:
        with db.write() as conn:
            ids = {}

            def area(level: str, parent: str | None, code: str, path_code: str, **extra: object):
                area_id = uuid7()
                conn.execute(
                    insert(Area).values(
                        id=area_id,
                        parent_id=parent,
                        level=level,
                        code=code,
                        path_code=path_code,
                        name=extra.pop("name", code),
                        **extra,
                    )
                )
                return area_id

            state = area("state", None, "14", "14", name="W.P. Kuala Lumpur")
            district = area("district", state, "01", "14/01", name="Kuala Lumpur")
            ward = area("ward", district, "05", "14/01/05", name="Cheras")
            site = area("site", ward, "PPRSR", "14/01/05/PPRSR", name="PPR Seri Ria")
            units = []
            for block in BLOCKS:
                block_path = f"14/01/05/PPRSR/{block}"
                block_id = area("block", site, block, block_path, name=f"Blok {block}")
                ids[block] = block_id
                for floor in range(1, FLOORS + 1):
                    for number in range(1, UNITS_PER_FLOOR + 1):
                        code = f"{block}-{floor:02d}-{number:02d}"
                        unit_id = area(
                            "unit",
                            block_id,
                            code,
                            f"{block_path}/{code}",
                            floor=floor,
                            unit_number=f"{number:02d}",
                        )
                        units.append((unit_id, block_id, code))
            rows = []
            for i in range(households):
                unit_id, block_id, code = units[i % len(units)]
                rows.append(
                    {
                        "id": uuid7(),
                        "unit_id": unit_id,
                        "block_id": block_id,
                        "site_id": site,
                        "ward_id": ward,
                        "address": f"{code}, PPR Seri Ria",
                        "head_name": f"{NAMES[i % len(NAMES)]} {i}",
                        "head_national_id": f"80010114{i:04d}",
                        "household_size": 1 + i % 7,
                        "source": "census",
                        "visit_status": LISTED_STATUSES[i % len(LISTED_STATUSES)],
                        "poverty_status": POVERTY[i % len(POVERTY)],
                    }
                )
            conn.execute(insert(Household), rows)
    finally:
        db.close()
    return path
