"""The Excel export, read back with python-calamine (not the writer's library) and openpyxl
for the things only it shows (formats, frozen panes, filters, right to left)."""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
import subprocess
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from app.cli import main
from app.paths import database_path
from app.survey.db import open_database
from app.survey.errors import TinjauError
from app.survey.reports import AreaTree, coverage_by_area, poverty_by_area, workspace_standard
from app.survey.reports.progress import completed_by_day, progress_by_worker
from app.survey.reports.xlsx import ExportCancelled, ExportOptions, export_workbook


def _sheets(path: Path) -> dict[str, list[list]]:
    book = CalamineWorkbook.from_path(str(path))
    return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


def _export(folder: Path, target: Path, **options) -> None:
    with open_database(database_path(folder), read_only=True) as db:
        export_workbook(db, target, ExportOptions(**options))


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _folder_state(folder: Path) -> dict[str, str]:
    """Every file under `folder` (logs aside) with its sha256."""
    return {
        str(p.relative_to(folder)): _sha(p)
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "logs" not in p.parts
    }


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".partial"))


def test_every_household_and_member_is_in_the_workbook_as_in_the_database(
    demo_dir: Path, tmp_path: Path
) -> None:
    """Households and members sheets hold one row per record, with the database's values as
    real numbers, dates and text (national IDs stay text with their leading zeros)."""
    target = tmp_path / "ward.xlsx"
    _export(demo_dir, target, level="block")
    sheets = _sheets(target)
    assert list(sheets) == [
        "Summary", "Households", "Members", "Enumerators", "Days", "Assistance", "Codebook",
    ]  # fmt: skip
    with open_database(database_path(demo_dir), read_only=True) as db, db.read() as conn:
        households = {
            row[0]: row
            for row in conn.exec_driver_sql(
                "SELECT h.id, u.code, u.floor, h.head_name, h.head_national_id, h.phone, "
                "h.household_size, h.visit_status FROM households h "
                "JOIN areas u ON u.id = h.unit_id"
            )
        }
        members = {
            (row[0], row[1]): row
            for row in conn.exec_driver_sql(
                "SELECT household_id, line_number, name, national_id, sex, birth_date FROM members"
            )
        }
    header, *rows = sheets["Households"]
    assert header[:2] == ["household_id", "State"]
    assert len(rows) == len(households)
    column = {name: index for index, name in enumerate(header)}
    visit_words = {"not_visited": "Not visited", "in_progress": "In progress",
                   "complete": "Complete", "synced": "Synced", "approved": "Approved",
                   "returned": "Returned for correction"}  # fmt: skip
    for row in rows:
        hid, unit, floor, name, national_id, phone, size, visit = households[row[0]]
        assert row[column["Unit"]] == unit
        assert row[column["Floor"]] == floor
        assert row[column["Head of household"]] == name
        assert row[column["National ID"]] == (national_id or "")
        assert row[column["Phone"]] == (phone or "")
        assert row[column["Household size"]] == (size if size is not None else "")
        assert row[column["Visit status"]] == visit_words[visit]
    income = [r[column["Income per capita (MYR)"]] for r in rows]
    assert any(isinstance(v, float) and v > 0 for v in income)
    assert all(v == "" or isinstance(v, float) for v in income)
    done = [r for r in rows if r[column["Completed (UTC)"]] != ""]
    assert done and all(isinstance(r[column["Completed (UTC)"]], datetime) for r in done)
    header, *rows = sheets["Members"]
    assert len(rows) == len(members)
    for hid, line, _rel, name, national_id, sex, born in rows:
        _, _, db_name, db_id, db_sex, db_born = members[(hid, int(line))]
        assert (name, national_id or None) == (db_name, db_id)
        assert sex == {"male": "Male", "female": "Female"}[db_sex]
        assert born == date.fromisoformat(db_born)
    with open_database(database_path(demo_dir), read_only=True) as db, db.read() as conn:
        tree = AreaTree.load(conn)
        workers = progress_by_worker(conn, tree)
        days = completed_by_day(conn, tree)
    assert sheets["Enumerators"][1:] == [
        [w.enumerator, w.in_progress, w.completed, w.approved, w.returned] for w in workers
    ]
    assert sheets["Days"][1:] == [[day, count] for day, count in days]


def test_summary_names_the_standard_and_holds_the_report_figures(
    demo_dir: Path, tmp_path: Path
) -> None:
    """The summary sheet names the standard with its version and gives, per block and in
    total, the coverage counts and each status's households, share and persons."""
    target = tmp_path / "ward.xlsx"
    _export(demo_dir, target, level="block")
    summary = _sheets(target)["Summary"]
    with open_database(database_path(demo_dir), read_only=True) as db, db.read() as conn:
        tree = AreaTree.load(conn)
        standard = workspace_standard(conn)
        blocks, total = coverage_by_area(conn, tree, "block")
        poverty = poverty_by_area(conn, tree, standard, "block")
    assert summary[0][:2] == ["Poverty standard", f"{standard.names['en']} (my-ekasih-pgk, 1.0)"]
    header = summary[4]
    table = summary[5:]
    assert len(table) == len(blocks) + 1
    column = {name: index for index, name in enumerate(header)}
    for line, cov in zip(table, [*blocks, total], strict=True):
        assert line[0] == (cov.area.path_code if cov.area else "")
        assert line[column["Households listed"]] == cov.listed
        assert line[column["Interview complete"]] == cov.completed
        assert line[column["Coverage"]] == pytest.approx(cov.rate)
    figures = poverty.total.measures
    assessed = sum(h for h, _ in figures.headcounts.values())
    last = table[-1]
    assert last[1] == "All areas"
    assert last[column["Households assessed"]] == assessed
    for code, (households, persons) in figures.headcounts.items():
        label = {"miskin_tegar": "Hardcore poor (miskin tegar)", "miskin": "Poor (miskin)",
                 "tidak_miskin": "Not poor"}[code]  # fmt: skip
        assert last[column[f"{label}: Households"]] == households
        assert last[column[f"{label}: Persons"]] == persons
        assert last[column[f"{label}: share of households"]] == pytest.approx(households / assessed)


def test_sheets_have_a_frozen_filtered_header_widths_and_number_formats(
    demo_dir: Path, tmp_path: Path
) -> None:
    """Each sheet freezes and filters its header row, sets its column widths, and formats
    incomes, shares and dates as numbers and dates, not text."""
    target = tmp_path / "ward.xlsx"
    _export(demo_dir, target)
    book = openpyxl.load_workbook(target)
    summary, households, members, _workers, days = book.worksheets[:5]
    assert (summary.freeze_panes, households.freeze_panes, members.freeze_panes) == (
        "A6",
        "A2",
        "A2",
    )
    assert households.auto_filter.ref == f"A1:S{households.max_row}"
    assert summary.auto_filter.ref.startswith("A5:")
    assert households.column_dimensions["I"].width > 20  # the head's name
    header = [c.value for c in households[1]]
    incomes = [
        households.cell(r, header.index("Income per capita (MYR)") + 1)
        for r in range(2, households.max_row + 1)
    ]
    income = next(c for c in incomes if c.value is not None)
    dated = [
        households.cell(r, header.index("Completed (UTC)") + 1)
        for r in range(2, households.max_row + 1)
    ]
    assert income.number_format == "#,##0.00" and income.data_type == "n"
    assert any(c.is_date and c.number_format == "yyyy-mm-dd hh:mm" for c in dated)
    assert members.cell(2, 7).is_date and members.cell(2, 7).number_format == "yyyy-mm-dd"
    assert days.cell(2, 1).is_date and days.cell(2, 2).data_type == "n"
    shares = [summary.cell(6, c) for c in range(1, summary.max_column + 1)]
    assert any(c.number_format == "0.0%" and c.data_type == "n" for c in shares)
    assert all(c.font.bold for c in households[1])


def test_names_that_look_like_formulas_stay_text(workspace: Path, tmp_path: Path) -> None:
    """A name starting with = + - or @ is written as a text cell, never a formula, and a
    control character that XML cannot hold is dropped instead of failing the export."""
    names = ['=HYPERLINK("http://example.invalid","click")', "+60123", "-1+2", "@SUM(A1)",
             "Siti\x07 binti Ali"]  # fmt: skip
    with open_database(database_path(workspace)) as db, db.write() as conn:
        ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM households LIMIT 5")]
        for hid, name in zip(ids, names, strict=True):
            conn.exec_driver_sql("UPDATE households SET head_name = ? WHERE id = ?", (name, hid))
    target = tmp_path / "ward.xlsx"
    _export(workspace, target)
    with zipfile.ZipFile(target) as archive:
        xml = "".join(
            archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/worksheets")
        )
    assert "<f>" not in xml and "<f " not in xml
    book = openpyxl.load_workbook(target)
    sheet = book["Households"]
    found = {row[0].value: row[8] for row in sheet.iter_rows(min_row=2)}
    expected = [*names[:4], "Siti binti Ali"]
    for hid, name in zip(ids, expected, strict=True):
        assert found[hid].value == name
        assert found[hid].data_type == "s"


def test_persian_workbook_runs_right_to_left_with_persian_headers(
    demo_dir: Path, tmp_path: Path
) -> None:
    """--lang fa gives Persian sheet names and headers, on sheets that run right to left."""
    target = tmp_path / "ward.xlsx"
    _export(demo_dir, target, lang="fa", standard="global-mpi-2018")
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == [
        "خلاصه", "خانوارها", "اعضا", "پرسشگران", "روزانه", "کمک", "راهنمای داده‌ها",
    ]  # fmt: skip
    assert all(ws.sheet_view.rightToLeft for ws in book.worksheets)
    assert "سرپرست خانوار" in [c.value for c in book["خانوارها"][1]]
    summary = _sheets(target)["خلاصه"]
    assert "global-mpi-2018" in summary[0][1]
    assert "نسبت سرشمار H" in summary[4]


def test_codes_instead_of_labels(demo_dir: Path, tmp_path: Path) -> None:
    """--codes writes the stored status codes instead of words."""
    target = tmp_path / "ward.xlsx"
    _export(demo_dir, target, labels=False)
    header, *rows = _sheets(target)["Households"]
    statuses = {r[header.index("Visit status")] for r in rows}
    poverty = {r[header.index("Poverty status")] for r in rows} - {""}
    assert statuses <= {"not_visited", "in_progress", "complete", "synced", "approved", "returned"}
    assert poverty == {"miskin_tegar", "miskin", "tidak_miskin"}


@pytest.mark.parametrize("lock", ["~$ward.xlsx", ".~lock.ward.xlsx#"])
def test_a_workbook_open_in_excel_or_libreoffice_is_not_overwritten(
    demo_dir: Path, tmp_path: Path, lock: str
) -> None:
    """An existing workbook with an office lock file beside it is refused with a sentence and
    stays byte for byte as it was."""
    target = tmp_path / "ward.xlsx"
    _export(demo_dir, target, level="site")
    before = _sha(target)
    (tmp_path / lock).write_text("someone")
    with pytest.raises(TinjauError, match="ward.xlsx is open in Excel or LibreOffice; close it"):
        _export(demo_dir, target)
    assert _sha(target) == before
    assert _leftovers(tmp_path) == []


def test_a_cancelled_export_leaves_the_old_file_and_no_half_file(
    demo_dir: Path, tmp_path: Path
) -> None:
    """Stopping the export part-way keeps the previous workbook and leaves no temporary file."""
    target = tmp_path / "ward.xlsx"
    _export(demo_dir, target, level="site")
    before = _sha(target)
    seen: list[int] = []
    with open_database(database_path(demo_dir), read_only=True) as db:
        with pytest.raises(ExportCancelled):
            export_workbook(
                db,
                target,
                progress=lambda done, total: seen.append(done),
                cancelled=lambda: len(seen) >= 1,
            )
    assert seen == [0]  # stopped at the first check after the start
    assert _sha(target) == before
    assert _leftovers(tmp_path) == []


def test_a_failure_part_way_writes_nothing_under_the_name(demo_dir: Path, tmp_path: Path) -> None:
    """An error in the middle (here the progress callback) leaves no file at all."""
    target = tmp_path / "ward.xlsx"

    def broken(done: int, total: int) -> None:
        raise OSError("disk full")

    with open_database(database_path(demo_dir), read_only=True) as db:
        with pytest.raises(OSError, match="disk full"):
            export_workbook(db, target, progress=broken)
    assert not target.exists()
    assert _leftovers(tmp_path) == []


def test_cli_exports_one_area_and_refuses_bad_targets(
    demo_dir: Path, tmp_path: Path, capsys
) -> None:
    """`tinjau export xlsx` writes one block's workbook; a name without .xlsx, a missing
    folder or an unknown area is one sentence, exit 1, and no file."""
    with open_database(database_path(demo_dir), read_only=True) as db, db.read() as conn:
        block, count = conn.exec_driver_sql(
            "SELECT a.path_code, count(*) FROM households h JOIN areas a ON a.id = h.block_id "
            "GROUP BY a.path_code ORDER BY a.path_code LIMIT 1"
        ).one()
    before = _folder_state(demo_dir)
    target = tmp_path / "block.xlsx"
    code = main(["export", "xlsx", str(target), "--data-dir", str(demo_dir), "--area", block,
                 "--lang", "vi"])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0 and f"{count:,} households" in out
    assert target.stat().st_mode & 0o777 == 0o600  # names and national IDs: the owner's only
    assert _folder_state(demo_dir) == before  # the workspace is only read
    sheets = _sheets(target)
    assert list(sheets)[:3] == ["Tổng hợp", "Hộ gia đình", "Thành viên"]
    assert len(sheets["Hộ gia đình"]) == count + 1
    assert sheets["Tổng hợp"][5][0] == block
    for argv, message in [
        (["x.csv"], "x.csv does not end in .xlsx"),
        (["nowhere/x.xlsx"], "The folder"),
        (["y.xlsx", "--area", "NOWHERE"], "no area with the code 'NOWHERE'"),
    ]:
        path = tmp_path / argv[0]
        code = main(["export", "xlsx", str(path), "--data-dir", str(demo_dir), *argv[1:]])
        err = capsys.readouterr().err
        assert code == 1 and message in err and "Traceback" not in err
        assert not path.exists()
    assert _leftovers(tmp_path) == []


def test_report_commands_print_the_figures(demo_dir: Path, capsys) -> None:
    """`tinjau report coverage --json` and `tinjau report poverty --json` print one line per
    area and a total, naming the standard."""
    assert main(["report", "coverage", "--data-dir", str(demo_dir), "--level", "block",
                 "--json"]) == 0  # fmt: skip
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert lines[-1]["area"] is None and lines[-1]["listed"] == 1500
    assert sum(x["listed"] for x in lines[:-1]) == 1500
    assert main(["report", "poverty", "--data-dir", str(demo_dir), "--json"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert {x["standard"] for x in lines} == {"my-ekasih-pgk"}
    assert main(["report", "poverty", "--data-dir", str(demo_dir)]) == 0
    assert "Hardcore poor (miskin tegar)" in capsys.readouterr().out


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is not installed")
def test_libreoffice_opens_the_workbook_and_reads_the_same_figures(
    demo_dir: Path, tmp_path: Path
) -> None:
    """LibreOffice headless opens the export without repair and reads the summary's figures
    (first sheet, as CSV) as the report computed them."""
    target = tmp_path / "ward.xlsx"
    _export(demo_dir, target, level="block")
    profile = tmp_path / "lo-profile"
    done = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
         "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(tmp_path), str(target)],
        capture_output=True, timeout=180, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    rows = list(csv.reader((tmp_path / "ward.csv").read_text(encoding="utf-8").splitlines()))
    expected = _sheets(target)["Summary"]
    table = [r for r in rows[5:] if r]
    assert len(table) == len(expected) - 5
    for seen, wanted in zip(table, expected[5:], strict=True):
        assert seen[0] == wanted[0]
        assert int(seen[2].replace(",", "")) == wanted[2]  # households listed


def test_a_table_longer_than_a_sheet_goes_on_in_further_sheets(
    demo_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sheet holds 1,048,575 rows under its header; a longer table (a whole state's members)
    goes on in "Members (2)" and so on, beside the first, each with its header, and no row is
    lost. Shown here with sheets of 1,000 rows."""
    from app.survey.reports import xlsx

    monkeypatch.setattr(xlsx, "SHEET_ROWS", 1001)
    target = tmp_path / "ward.xlsx"
    _export(demo_dir, target)
    sheets = _sheets(target)
    with open_database(database_path(demo_dir), read_only=True) as db, db.read() as conn:
        households = conn.exec_driver_sql("SELECT count(*) FROM households").scalar_one()
        members = conn.exec_driver_sql("SELECT count(*) FROM members").scalar_one()
    house_parts = ["Households", *(f"Households ({n})" for n in range(2, 10))]
    member_parts = ["Members", *(f"Members ({n})" for n in range(2, 10))]
    names = list(sheets)
    assert names[:2] == ["Summary", "Households"]
    found_houses = [n for n in names if n in house_parts]
    found_members = [n for n in names if n in member_parts]
    assert found_houses == house_parts[: -(-households // 1000)]
    assert found_members == member_parts[: -(-members // 1000)]
    assert names.index(found_members[0]) == names.index(found_houses[-1]) + 1
    header = sheets["Households"][0]
    assert all(sheets[n][0] == header for n in found_houses)
    assert all(len(sheets[n]) == 1001 for n in found_houses[:-1])
    rows = [row[0] for n in found_houses for row in sheets[n][1:]]
    assert len(rows) == len(set(rows)) == households
    assert sum(len(sheets[n]) - 1 for n in found_members) == members
    book = openpyxl.load_workbook(target, read_only=False)
    last = book[found_members[-1]]
    assert last.freeze_panes == "A2" and last.auto_filter.ref == f"A1:G{last.max_row}"
