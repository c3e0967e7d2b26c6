"""A demo workspace shared by the report tests (read only: tests that change data copy it)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from app.paths import database_path
from app.survey.db import keys, open_database
from app.survey.demo import build_demo

DAY = date(2026, 11, 20)


@pytest.fixture(scope="package")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """1,500 households over several blocks of one ward, built once for the package."""
    folder = tmp_path_factory.mktemp("reports-demo")
    with open_database(database_path(folder)) as db:
        build_demo(db, 1500, seed=7, today=DAY)
    return folder


@pytest.fixture
def workspace(demo_dir: Path, tmp_path: Path) -> Path:
    """A copy of the demo workspace this test may change."""
    folder = tmp_path / "workspace"
    folder.mkdir()
    shutil.copy2(database_path(demo_dir), database_path(folder))
    shutil.copy2(keys.key_file(database_path(demo_dir)), keys.key_file(database_path(folder)))
    return folder
