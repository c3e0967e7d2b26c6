"""Installing a form version: compiled into the workspace cache and recorded once."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.paths import HOUSEHOLD_FORM
from app.survey.db import open_database
from app.survey.errors import LocatedErrors
from app.survey.forms.install import install_form


def test_install_records_the_version_once_and_fills_the_cache(tmp_path: Path) -> None:
    """Installing the household form twice leaves one form_versions row with the workbook's
    bytes, and its compiled definition in the cache folder."""
    cache = tmp_path / "forms" / "cache"
    with open_database(tmp_path / "tinjau.sqlite") as db:
        for stamp in ("2026-11-01T00:00:00Z", "2026-11-02T00:00:00Z"):
            with db.write() as conn:
                form = install_form(conn, HOUSEHOLD_FORM, cache_dir=cache, installed_at=stamp)
        with db.read() as conn:
            rows = conn.exec_driver_sql(
                "SELECT form_id, version, workbook, installed_at FROM form_versions"
            ).fetchall()
    assert [(r[0], r[1]) for r in rows] == [(form.definition.form_id, form.definition.version)]
    assert rows[0][2] == HOUSEHOLD_FORM.read_bytes()
    assert str(rows[0][3]).startswith("2026-11-01")
    assert any(cache.iterdir())


def test_a_form_that_cannot_run_is_refused_and_not_recorded(tmp_path: Path) -> None:
    """A workbook that is not an XLSForm raises LocatedErrors and installs nothing."""
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a workbook")
    with open_database(tmp_path / "tinjau.sqlite") as db:
        with pytest.raises(LocatedErrors), db.write() as conn:
            install_form(conn, bad, cache_dir=tmp_path / "cache", installed_at="2026-11-01")
        with db.read() as conn:
            count = conn.exec_driver_sql("SELECT count(*) FROM form_versions").scalar()
    assert count == 0
