"""Fixtures for the form engine tests: real workbooks written with openpyxl, a private cache."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest

DATA = Path(__file__).resolve().parent / "data"
REPO = Path(__file__).resolve().parents[3]
PUBLIC_FORMS = REPO.parent / "shared" / "xlsforms"
FIXED_NOW = datetime(2026, 11, 28, 9, 30, tzinfo=UTC)


def write_workbook(
    path: Path,
    survey: Sequence[Sequence[object]],
    choices: Sequence[Sequence[object]] | None = None,
    settings: dict[str, str] | None = None,
) -> Path:
    """Write an XLSForm: `survey` and `choices` are rows whose first row is the header."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "survey"
    for row in survey:
        sheet.append(list(row))
    if choices:
        choice_sheet = book.create_sheet("choices")
        for row in choices:
            choice_sheet.append(list(row))
    if settings:
        settings_sheet = book.create_sheet("settings")
        settings_sheet.append(list(settings))
        settings_sheet.append(list(settings.values()))
    book.save(path)
    return path


@pytest.fixture
def cache_dir(tmp_path: Path) -> Path:
    """A cache folder private to the test."""
    return tmp_path / "cache"


@pytest.fixture
def make_form(tmp_path: Path) -> Callable[..., Path]:
    """Write a workbook into the test's folder and return its path."""

    def make(
        survey: Sequence[Sequence[object]],
        choices: Sequence[Sequence[object]] | None = None,
        settings: dict[str, str] | None = None,
        name: str = "form.xlsx",
    ) -> Path:
        return write_workbook(tmp_path / name, survey, choices, settings)

    return make


@pytest.fixture
def clock() -> Callable[[], datetime]:
    """A fixed clock, so today() and start are the same in every run."""
    return lambda: FIXED_NOW
