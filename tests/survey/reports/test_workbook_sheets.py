"""The workbook's sheet for each of the form's other repeat groups (aid records) and its
codebook, read back with an independent reader (python-calamine)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from python_calamine import CalamineWorkbook

from app.paths import database_path
from app.survey.db import open_database
from app.survey.records.lifecycle import VISIT_STATUSES
from app.survey.reports.xlsx import ExportOptions, export_workbook

DONE = ("complete", "synced", "returned", "approved")


def _export(folder: Path, target: Path, **options) -> dict[str, list[list]]:
    with open_database(database_path(folder), read_only=True) as db:
        export_workbook(db, target, ExportOptions(**options))
    book = CalamineWorkbook.from_path(str(target))
    return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


def _aid_records(folder: Path) -> list[tuple[str, int, dict]]:
    """(household, record number, record) of each latest finished interview's aid records."""
    with open_database(database_path(folder), read_only=True) as db, db.read() as conn:
        rows = conn.exec_driver_sql(
            "SELECT household_id, answers FROM interviews "
            f"WHERE status IN {DONE} AND deleted_at IS NULL ORDER BY completed_at, id"
        ).all()
    latest = {hid: json.loads(answers) for hid, answers in rows}
    return [
        (hid, n, record)
        for hid, answers in latest.items()
        for n, record in enumerate(answers.get("assistance") or [], 1)
    ]


def test_each_aid_record_is_a_row_linked_to_its_household(demo_dir: Path, tmp_path: Path) -> None:
    sheets = _export(demo_dir, tmp_path / "codes.xlsx", labels=False)
    header, *rows = sheets["Assistance"]
    assert header[:2] == ["household_id", "Record"]
    records = _aid_records(demo_dir)
    assert records  # the demo gives some households aid
    assert len(rows) == len(records)
    found = {(row[0], int(row[1])): row for row in rows}
    amount = header.index("Amount or value received")
    day = header.index(next(h for h in header if h.startswith("Date received")))
    agency = header.index("Agency")
    for hid, number, record in records:
        row = found[(hid, number)]
        assert row[amount] == record["assistance_amount"]
        assert row[day] == date.fromisoformat(record["assistance_date"])
        assert row[agency] == record["agency"]  # --codes: the stored code
    households = {row[0] for row in sheets["Households"][1:]}
    assert {row[0] for row in rows} <= households


def test_the_codebook_describes_every_column_of_every_sheet(demo_dir: Path, tmp_path) -> None:
    sheets = _export(demo_dir, tmp_path / "ms.xlsx", lang="ms")
    codebook_name = list(sheets)[-1]
    assert codebook_name == "Buku kod"
    header, *entries = sheets[codebook_name]
    assert header == ["Helaian", "Lajur", "Nama lajur", "Jenis", "Kod dan labelnya"]
    expected = []
    for name, rows in sheets.items():
        if name == codebook_name:
            continue
        table_header = rows[4] if name == "Ringkasan" else rows[0]  # 3 title lines, 1 blank
        expected += [(name, column) for column in table_header]
    assert [(e[0], e[1]) for e in entries] == expected
    by_name = {(e[0], e[2]): e for e in entries}
    visit = by_name[("Isi rumah", "visit_status")]
    assert [part.split(" = ")[0] for part in visit[4].split("; ")] == list(VISIT_STATUSES)
    assert "not_visited = Belum dilawati" in visit[4]
    poverty = by_name[("Isi rumah", "poverty_status")]
    assert poverty[4].startswith("miskin_tegar = ")
    agency = by_name[("Bantuan", "agency")]
    assert "jkm = Jabatan Kebajikan Masyarakat (JKM)" in agency[4]
    assert by_name[("Bantuan", "assistance_amount")][3] == "decimal"
    assert by_name[("Isi rumah", "household_id")][3] == "text"
