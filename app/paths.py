"""Where Tinjau finds its shipped resources (forms, standards, translations)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
FORMS = RESOURCES / "forms"
STANDARDS = RESOURCES / "standards"
TRANSLATIONS = RESOURCES / "translations"
HOUSEHOLD_FORM = FORMS / "household.xlsx"
APP_ICON = RESOURCES / "icons" / "tinjau.png"

DB_FILENAME = "tinjau.sqlite"


def database_path(data_dir: str | Path) -> Path:
    """The SQLite file of a workspace (a data folder)."""
    return Path(data_dir) / DB_FILENAME


def workspace_forms_dir(data_dir: str | Path) -> Path:
    """Where a workspace keeps its installed form workbooks (by sha256); their compiled
    definitions are cached in `cache/` below it."""
    return Path(data_dir) / "forms"
