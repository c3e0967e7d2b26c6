"""The same tables as the workbook, as CSV files in one zip, for statistics packages.

One file per sheet (summary.csv, households.csv, members.csv, enumerators.csv, days.csv),
UTF-8 with a byte-order mark (so Excel reads the accents and Persian script right), comma
separated, dates as YYYY-MM-DD and times as YYYY-MM-DD HH:MM (UTC), numbers with a dot. Each table
is written to an anonymous temporary file as the stream passes and copied into the zip at the
end; the zip is written beside its final name and renamed over it (app.survey.reports.files).

A CSV cell has no type, so a spreadsheet opening the file reads "=..." as a formula: text that
starts with = + - @ or a tab or carriage return gets a leading apostrophe, the usual guard.
"""

from __future__ import annotations

import csv
import io
import shutil
import tempfile
import time
import zipfile
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.survey.db.engine import Database
from app.survey.reports.files import atomic_file
from app.survey.reports.xlsx import Column, Exporter, ExportOptions, ExportSummary, clean_text, fill

FILE_NAMES = {
    "summary": "summary.csv",
    "households": "households.csv",
    "members": "members.csv",
    "workers": "enumerators.csv",
    "days": "days.csv",
    "codebook": "codebook.csv",
}
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _text(value: str) -> str:
    value = clean_text(value)
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return _text(value)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    return str(value)


class _CsvTable:
    """One CSV file, written to an anonymous temporary file until the zip is made."""

    def __init__(self, key: str, columns: list[Column]) -> None:
        # A repeat group's file is named after the group (repeat:assistance -> assistance.csv).
        self.name = FILE_NAMES.get(key) or f"{key.removeprefix('repeat:')}.csv"
        self.columns = columns
        self.rows = 0
        self.raw = tempfile.TemporaryFile()
        self.text = io.TextIOWrapper(self.raw, encoding="utf-8-sig", newline="")
        self.writer = csv.writer(self.text)

    def title_line(self, label: str, value: Any) -> None:
        self.writer.writerow([_cell(label), _cell(value)])

    def blank_line(self) -> None:
        self.writer.writerow([])

    def header(self) -> None:
        self.writer.writerow([_text(c.header) for c in self.columns])

    def row(self, values: Sequence[Any], bold: bool = False) -> None:
        self.writer.writerow([_cell(v) for v in values])
        self.rows += 1

    def finish(self) -> None:
        self.text.flush()

    def copy_into(self, archive: zipfile.ZipFile) -> None:
        self.raw.seek(0)
        info = zipfile.ZipInfo(self.name, date_time=time.localtime()[:6])
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o600 << 16  # personal data: the owner's only, when unpacked
        with archive.open(info, "w", force_zip64=True) as member:
            shutil.copyfileobj(self.raw, member, 1 << 20)

    def close(self) -> None:
        self.text.close()


def export_csv_zip(
    db: Database,
    target: Path,
    options: ExportOptions | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportSummary:
    """Write the zip of CSV files to `target` (a .zip path), with the same options, progress,
    cancel and refusals as `export_workbook`."""
    options = options or ExportOptions()
    tables: list[_CsvTable] = []

    def table(key: str, columns: list[Column], top: int) -> _CsvTable:
        made = _CsvTable(key, columns)
        tables.append(made)
        return made

    try:
        with atomic_file(target, ".zip") as temporary, db.read() as conn:
            exporter = Exporter(conn, options, progress, cancelled)
            summary = fill(exporter, table)
            with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                for made in tables:
                    made.copy_into(archive)
    finally:
        for made in tables:
            made.close()
    return summary
