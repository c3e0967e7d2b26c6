"""A demo workspace for the reports tests and screenshots, with a second ward: the demo builds
one ward (LPT01) of two sites; its second site is moved into a new ward LPT02, so a ward map
has two wards with households (tests/data/wards.geojson also draws LPT03 and LPT04, which the
workspace lacks)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.paths import database_path
from app.survey.db import open_database
from app.survey.demo import build_demo
from app.survey.ids import uuid7

WARDS = Path(__file__).resolve().parent.parent / "data" / "wards.geojson"


def build_two_wards(folder: Path, households: int = 1500, seed: int = 7) -> Path:
    with open_database(database_path(folder)) as db:
        build_demo(db, households, seed=seed, today=date(2026, 11, 20))
        with db.write() as conn:
            ward_id, district_id, ward_path = conn.exec_driver_sql(
                "SELECT id, parent_id, path_code FROM areas WHERE level = 'ward'"
            ).one()
            site_id, site_path = conn.exec_driver_sql(
                "SELECT id, path_code FROM areas WHERE level = 'site' ORDER BY path_code DESC"
            ).first()
            new_ward = str(uuid7())
            new_path = ward_path.rsplit("/", 1)[0] + "/LPT02"
            conn.exec_driver_sql(
                "INSERT INTO areas (id, parent_id, level, code, path_code, name, created_at, "
                "updated_at, revision) SELECT ?, parent_id, 'ward', 'LPT02', ?, 'Pantai Dalam', "
                "created_at, updated_at, 0 FROM areas WHERE id = ?",
                (new_ward, new_path, ward_id),
            )
            conn.exec_driver_sql("UPDATE areas SET parent_id = ? WHERE id = ?", (new_ward, site_id))
            old_prefix = site_path
            moved = new_path + "/" + site_path.rsplit("/", 1)[1]
            conn.exec_driver_sql(
                "UPDATE areas SET path_code = ? || substr(path_code, ?) "
                "WHERE path_code = ? OR path_code LIKE ?",
                (moved, len(old_prefix) + 1, old_prefix, old_prefix + "/%"),
            )
            conn.exec_driver_sql(
                "UPDATE households SET ward_id = ? WHERE site_id = ?", (new_ward, site_id)
            )
    return folder
