"""The CSV export: the workbook's tables as UTF-8 CSV files in one zip."""

from __future__ import annotations

import csv
import hashlib
import io
import zipfile
from pathlib import Path

import pytest

from app.cli import main
from app.paths import database_path
from app.survey.db import open_database
from app.survey.errors import TinjauError
from app.survey.reports.csvzip import export_csv_zip
from app.survey.reports.xlsx import ExportOptions


def _tables(path: Path) -> dict[str, list[list[str]]]:
    with zipfile.ZipFile(path) as archive:
        out = {}
        for name in archive.namelist():
            data = archive.read(name)
            assert data.startswith(b"\xef\xbb\xbf"), name  # the BOM Excel needs for UTF-8
            out[name] = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
        return out


def test_csv_zip_holds_one_file_per_table_with_every_record(
    demo_dir: Path, tmp_path: Path, capsys
) -> None:
    """`tinjau export csv` writes summary, households, members, enumerators and days, one row
    per household and member, headers in the chosen language."""
    target = tmp_path / "ward.zip"
    assert main(["export", "csv", str(target), "--data-dir", str(demo_dir), "--lang", "ms"]) == 0
    assert "1,500 households" in capsys.readouterr().out
    tables = _tables(target)
    assert list(tables) == [
        "summary.csv", "households.csv", "members.csv", "enumerators.csv", "days.csv",
        "assistance.csv", "codebook.csv",
    ]  # fmt: skip
    with open_database(database_path(demo_dir), read_only=True) as db, db.read() as conn:
        households = dict(conn.exec_driver_sql("SELECT id, head_national_id FROM households").all())
        members = conn.exec_driver_sql("SELECT count(*) FROM members").scalar_one()
    header, *rows = tables["households.csv"]
    assert header[8] == "Ketua isi rumah"
    assert {r[0]: r[9] or None for r in rows} == households  # IDs keep their digits as text
    assert len(tables["members.csv"]) == members + 1
    summary = tables["summary.csv"]
    assert summary[0][0] == "Piawaian kemiskinan" and "my-ekasih-pgk" in summary[0][1]
    assert summary[-1][2] == "1500"


def test_text_that_a_spreadsheet_would_run_gets_an_apostrophe(
    workspace: Path, tmp_path: Path
) -> None:
    """Names starting with = + - @ are written with a leading apostrophe, so a spreadsheet
    opening the CSV shows them as text instead of running them."""
    names = ['=HYPERLINK("http://example.invalid")', "+60123", "-1+2", "@SUM(A1)", "Ali"]
    with open_database(database_path(workspace)) as db, db.write() as conn:
        ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM households LIMIT 5")]
        for hid, name in zip(ids, names, strict=True):
            conn.exec_driver_sql("UPDATE households SET head_name = ? WHERE id = ?", (name, hid))
    target = tmp_path / "ward.zip"
    with open_database(database_path(workspace), read_only=True) as db:
        export_csv_zip(db, target, ExportOptions())
    found = {r[0]: r[8] for r in _tables(target)["households.csv"][1:]}
    assert [found[hid] for hid in ids] == [*("'" + n for n in names[:4]), "Ali"]


def test_a_refused_csv_export_leaves_the_old_zip(demo_dir: Path, tmp_path: Path) -> None:
    """A zip open elsewhere (a lock file beside it) is not replaced, and no half file stays."""
    target = tmp_path / "ward.zip"
    target.write_bytes(b"old")
    (tmp_path / ".~lock.ward.zip#").write_text("someone")
    with open_database(database_path(demo_dir), read_only=True) as db:
        with pytest.raises(TinjauError, match="ward.zip is open"):
            export_csv_zip(db, target)
    assert hashlib.sha256(target.read_bytes()).hexdigest() == hashlib.sha256(b"old").hexdigest()
    assert sorted(p.name for p in tmp_path.iterdir()) == [".~lock.ward.zip#", "ward.zip"]
