"""Supervisors' reports: coverage of the census list and poverty per area, and the workbook.

    tree = AreaTree.load(conn)
    rows, total = coverage_by_area(conn, tree, level="ward")
    report = poverty_by_area(conn, tree, workspace_standard(conn), level="ward")
    export_workbook(db, Path("ward.xlsx"), options)          # app.survey.reports.xlsx

No Qt here: the CLI, the window and the tests call the same functions.
"""

from __future__ import annotations

from app.survey.reports.areas import REPORT_LEVELS, Area, AreaTree
from app.survey.reports.coverage import Coverage, coverage_by_area
from app.survey.reports.poverty import PovertyReport, poverty_by_area, scored_households
from app.survey.reports.standard import workspace_standard

__all__ = [
    "REPORT_LEVELS",
    "Area",
    "AreaTree",
    "Coverage",
    "PovertyReport",
    "coverage_by_area",
    "poverty_by_area",
    "scored_households",
    "workspace_standard",
]
