"""What this Tinjau is: the app's version, the household form's and each shipped standard's.

`tinjau --version`, Help > About and the crash report all print `describe()`. Nothing here
imports Qt, and reading the versions never touches a workspace.
"""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass

from app import __version__
from app.paths import HOUSEHOLD_FORM


@dataclass(frozen=True)
class Versions:
    app: str
    form_id: str
    form_version: str
    standards: list[tuple[str, str]]  # (id, version), sorted by id


def form_version() -> tuple[str, str]:
    """(form id, version) of the shipped household form, read from its settings sheet."""
    from openpyxl import load_workbook

    book = load_workbook(HOUSEHOLD_FORM, read_only=True)
    try:
        rows = list(book["settings"].iter_rows(values_only=True, max_row=2))
    finally:
        book.close()
    settings = dict(zip(rows[0], rows[1], strict=False))
    return str(settings.get("form_id") or "?"), str(settings.get("version") or "?")


def collect() -> Versions:
    """The versions of this installation (a missing or broken resource raises its error)."""
    from app.survey.scoring.registry import shipped_standards

    form_id, version = form_version()
    standards = sorted((s.id, s.version) for s in shipped_standards())
    return Versions(__version__, form_id, version, standards)


def describe(versions: Versions | None = None) -> str:
    """Several lines: the app, the form, each standard, Python and the platform."""
    v = versions or collect()
    lines = [
        f"Tinjau {v.app}",
        f"Household form: {v.form_id}, version {v.form_version}",
        "Poverty standards:",
        *(f"  {standard_id} {version}" for standard_id, version in v.standards),
        f"Python {platform.python_version()} on {platform.platform(terse=True)}"
        + (" (bundled)" if getattr(sys, "frozen", False) else ""),
    ]
    return "\n".join(lines)
