"""Census lists that field offices really produce, broken: each is refused with a located
sentence (or imported with a warning), never a traceback, a wrong value or a silent loss."""

from __future__ import annotations

import csv
import hashlib
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from app.paths import ROOT, database_path
from app.survey import census
from app.survey.census import import_census
from app.survey.census_file import UNIT_FORMS
from app.survey.db import Database, open_database
from app.survey.errors import LocatedErrors, TinjauError

SITE = "kuala_lumpur/LPT/LPT01/PPR001"
HEADER = "Unit,Nama KIR,No KP,Telefon,Bilangan AIR\n"


def _fingerprint(folder: Path) -> dict[str, str]:
    """sha256 of every file under `folder` (the database, its -wal and -shm included)."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def db(tmp_path: Path):
    database = open_database(tmp_path / "data" / "tinjau.sqlite")
    # The first read after opening sets up the WAL index (-shm); fingerprints start after it.
    _households(database)
    yield database
    database.close()


def _households(db: Database) -> list[tuple]:
    with db.read() as conn:
        return conn.exec_driver_sql(
            "SELECT address, head_name, head_national_id, household_size FROM households "
            "ORDER BY address"
        ).all()


def _refused(db: Database, path: Path, **options: str) -> LocatedErrors:
    """Import `path`, expecting a refusal that leaves every file of the data folder as it was."""
    before = _fingerprint(db.path.parent)
    with pytest.raises(LocatedErrors) as caught:
        import_census(db, path, **options)
    assert _fingerprint(db.path.parent) == before
    return caught.value


def test_an_unclosed_quote_is_a_located_error_not_a_merged_row(db: Database, tmp_path: Path):
    """A quote never closed swallowed the rows after it into one head's name (a household was
    silently lost); now the line it opens on is named and nothing is imported."""
    path = tmp_path / "l.csv"
    path.write_text(
        HEADER + 'A-01-01,"Ahmad bin Ali,800101-14-5671,,4\n'
        "A-01-02,Siti binti Abu,800202-14-5682,,3\n",
        encoding="utf-8",
    )
    error = _refused(db, path, site=SITE)
    assert [where for where, _ in error.problems] == ["l.csv!2"]
    assert "not valid CSV" in error.problems[0][1] and "quote" in error.problems[0][1]
    assert "Ahmad" not in str(error) and "800202" not in str(error)


def test_a_quote_closed_rows_later_leaves_a_name_with_a_line_break(db: Database, tmp_path: Path):
    """A quote left open and closed on a later line is valid CSV, but the name that holds a
    row separator, a national ID and a unit code is reported at its line, without its value."""
    path = tmp_path / "l.csv"
    path.write_text(
        HEADER + 'A-01-01,"Ahmad bin Ali,800101-14-5671,,4\n'
        'A-01-02,Siti binti Abu",800202-14-5682,,3\n'
        "A-01-03,Tan Ah Kow,800303-14-5673,,2\n",
        encoding="utf-8",
    )
    error = _refused(db, path, site=SITE)
    assert error.problems == [
        ("l.csv!2", "a cell of this row holds a line break: a quote left open reads the rows "
         "after it into that cell")
    ]  # fmt: skip
    assert "Siti" not in str(error) and "800101" not in str(error)


def test_a_workbook_name_with_a_line_break_is_suspicious(db: Database, tmp_path: Path):
    """In a workbook a name cell holding a line break (two rows pasted into one) is refused at
    its row, naming the column."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Unit", "Nama"])
    sheet.append(["A-01-01", "Ahmad bin Ali\nSiti binti Abu"])
    book.save(tmp_path / "l.xlsx")
    error = _refused(db, tmp_path / "l.xlsx", site=SITE)
    assert len(error.problems) == 1 and error.problems[0][0] == "Sheet!2"
    assert error.problems[0][1].startswith("head's name holds a line break")


@pytest.mark.parametrize(
    ("name", "what"),
    [
        ("Ahmad 800101-14-5671", "holds a number like a national ID"),
        ("Ahmad 800101145671", "holds a number like a national ID"),
        ("Ahmad bin Ali A-01-02", "holds a unit code"),
        ("Ahmad bin Ali 3-12-05", "holds a unit code"),
    ],
)
def test_a_name_holding_an_id_or_a_unit_code_is_suspicious(
    db: Database, tmp_path: Path, name: str, what: str
):
    """A head's name with a national ID or a unit code in it is the remains of a broken row:
    refused at its row, naming the column and never repeating the name."""
    path = tmp_path / "l.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["Unit", "Nama"], ["A-01-01", name]])
    error = _refused(db, path, site=SITE)
    assert error.problems == [("l.csv!2", error.problems[0][1])]
    assert error.problems[0][1].startswith(f"head's name {what}")
    assert "Ahmad" not in str(error)


def test_bytes_the_ansi_code_page_does_not_define_are_refused_at_their_line(
    db: Database, tmp_path: Path
):
    """A Windows-1252 CSV with bytes that code page does not define (0x81, 0x9D) was stored
    with replacement characters in the names; now each such line is named and nothing is kept."""
    path = tmp_path / "ansi.csv"
    path.write_bytes(
        b"Unit;Nama;No KP\r\nA-01-01;Jos\xe9 Cruz;800101-14-5671\r\n"
        b"A-01-02;Nguy\x81n Hoa;800202-14-5682\r\nA-01-03;Tan;\r\nA-01-04;L\x9d Van;\r\n"
    )
    error = _refused(db, path, site=SITE)
    assert [where for where, _ in error.problems] == ["ansi.csv!3", "ansi.csv!5"]
    assert "Windows-1252" in error.summary and "CSV UTF-8" in error.summary
    assert _households(db) == []


def test_utf8_with_a_damaged_byte_is_refused_not_read_as_ansi(db: Database, tmp_path: Path):
    """A UTF-8 list with one damaged byte is refused at that line; read as Windows-1252 every
    accented name in it would have been stored garbled."""
    good = "Nguyễn Thị Hoa".encode()
    path = tmp_path / "l.csv"
    path.write_bytes(
        b"Unit,Nama\nA-01-01," + good + b"\nA-01-02," + good[:6] + b"\xff" + good[7:] + b"\n"
    )
    error = _refused(db, path, site=SITE)
    assert error.problems == [("l.csv!3", "this line holds bytes that are not characters")]
    assert "UTF-8" in error.summary


def test_a_replacement_character_already_in_the_file_is_never_stored(db: Database, tmp_path: Path):
    """A name that already holds U+FFFD (a character lost by an earlier save), in a CSV or a
    workbook, is refused naming the column; U+FFFD never reaches the database."""
    path = tmp_path / "l.csv"
    path.write_text("Unit,Nama\nA-01-01,Nguy\ufffdn Hoa\n", encoding="utf-8")
    error = _refused(db, path, site=SITE)
    assert error.problems[0][0] == "l.csv!2"
    assert error.problems[0][1].startswith("head's name holds a replacement character (U+FFFD)")
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Unit", "Nama", "Blok"])
    sheet.append(["12-05", "Hoa", "\ufffd"])
    book.save(tmp_path / "l.xlsx")
    error = _refused(db, tmp_path / "l.xlsx", site=SITE)
    assert error.problems[0][1].startswith("block holds a replacement character")


@pytest.mark.parametrize(
    "size", ["\u00b2", "\u00b9\u00b2", "5k", "1e3", "\uff15", "\u0663", "\u06f5", "4.5", "0",
             "100", "-3", "+4", "99999999999999999999999"],
)  # fmt: skip
def test_household_size_that_is_not_ascii_digits_is_a_problem_not_a_traceback(
    db: Database, tmp_path: Path, size: str
):
    """Superscript, fullwidth, Arabic-Indic digits, "5k", "1e3": str.isdigit() is True for some
    and int() then raised; now each is a problem naming the column, never a wrong number."""
    path = tmp_path / "l.csv"
    path.write_text(f"Unit,Nama,Bilangan AIR\nA-01-01,Ahmad,{size}\n", encoding="utf-8")
    error = _refused(db, path, site=SITE)
    assert error.problems == [
        ("l.csv!2", "household size is not a whole number from 1 to 99 (digits 0-9)")
    ]


@pytest.mark.parametrize(
    ("column", "value", "what"),
    [
        ("No KP", "\u00b2" * 12, "national ID is not a MyKad number"),
        ("No KP", "\u00b2" * 11, "national ID is not a MyKad number"),
        ("No KP", "８００１０１１４５６７１", "national ID is not a MyKad number"),
        ("Telefon", "０１２３４５６７８９", "phone is not a Malaysian phone number"),
    ],
)
def test_ids_and_phones_in_other_digits_are_refused(
    db: Database, tmp_path: Path, column: str, value: str, what: str
):
    """A national ID or phone written in superscript or fullwidth digits is refused (the ID in
    superscripts raised ValueError; fullwidth ones were stored as they were)."""
    path = tmp_path / "l.csv"
    path.write_text(f"Unit,Nama,{column}\nA-01-01,Ahmad,{value}\n", encoding="utf-8")
    error = _refused(db, path, site=SITE)
    assert len(error.problems) == 1 and error.problems[0][1].startswith(what)


def test_an_xlsx_size_typed_as_a_fraction_or_a_huge_number_is_a_problem(
    db: Database, tmp_path: Path
):
    """Numbers typed into workbook cells (4.5, 1e3) and text ("4 orang") are problems; a whole
    number typed as 3.0 is 3."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Senarai"
    sheet.append(["Unit", "Nama", "Bil AIR"])
    for number, size in enumerate([4.5, 1e3, "4 orang", 3.0], start=1):
        sheet.append([f"A-01-{number:02d}", f"Orang {chr(64 + number)}", size])
    book.save(tmp_path / "l.xlsx")
    error = _refused(db, tmp_path / "l.xlsx", site=SITE)
    assert [where for where, _ in error.problems] == ["Senarai!2", "Senarai!3", "Senarai!4"]


def test_a_national_id_at_two_units_is_imported_with_a_warning_listing_the_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    """The same ID at two units of one list, or at a unit other than the one the workspace
    has it at, imports with a warning naming the rows (sheet!row pairs), no ID, no name."""
    data = tmp_path / "ws"
    first = tmp_path / "a.csv"
    first.write_text(
        "Unit,Nama,No KP\nA-01-01,Ahmad bin Ali,800101-14-5671\n"
        "A-01-02,Siti binti Abu,800202-14-5682\nB-03-04,Ahmad bin Ali,800101145671\n",
        encoding="utf-8",
    )
    assert main(["census", "import", str(first), "--data-dir", str(data), "--site", SITE]) == 0
    captured = capsys.readouterr()
    assert "3 households added" in captured.out
    assert "a.csv!4: same national ID as a.csv!2, at another unit" in captured.err
    second = tmp_path / "b.csv"
    second.write_text("Unit,Nama,No KP\nC-05-06,Siti binti Abu,800202-14-5682\n", "utf-8")
    assert main(["census", "import", str(second), "--data-dir", str(data), "--site", SITE]) == 0
    captured = capsys.readouterr()
    assert "1 households added" in captured.out
    assert (
        "b.csv!2: national ID already belongs to a household at another unit in this workspace"
        in captured.err
    )
    for secret in ("800101", "800202", "Ahmad", "Siti"):
        assert secret not in captured.err
    third = tmp_path / "c.csv"
    third.write_text("Unit,Nama,No KP\nD-01-01,Tan Ah Kow,800303-14-5673\n", "utf-8")
    for _ in range(2):  # the second time the ID is in the workspace, at this same unit
        assert main(["census", "import", str(third), "--data-dir", str(data), "--site", SITE]) == 0
        assert "warning" not in capsys.readouterr().err


@pytest.mark.parametrize("limit", ["1e20", "99999999999999999999", "-5", "0", "10001", "²"])
def test_search_limit_out_of_range_is_a_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], limit: str
):
    """`census search --limit` beyond 1..10,000 (1e20 overflowed SQLite) is a sentence."""
    data = tmp_path / "ws"
    open_database(database_path(data)).close()
    assert main(["census", "search", "ali", "--limit", limit, "--data-dir", str(data)]) == 1
    err = capsys.readouterr().err
    assert "--limit must be a whole number from 1 to 10,000" in err and "Traceback" not in err


def _tinjau(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args], cwd=ROOT, capture_output=True, text=True
    )


def test_a_refused_import_into_a_new_folder_leaves_no_workspace(tmp_path: Path):
    """A list refused for its rows, or for a unit it cannot place, leaves no data folder when
    the folder was new, and an existing empty folder as it was (before: an empty workspace)."""
    bad = tmp_path / "bad.csv"
    bad.write_text("Unit,Nama,No KP\nA-01-01,Ahmad,1234\n", encoding="utf-8")
    unplaced = tmp_path / "unplaced.csv"
    unplaced.write_text("Unit,Nama\nA-01-01,Ahmad\n", encoding="utf-8")
    new = tmp_path / "new" / "ws"
    for path, options in ((bad, ["--site", SITE]), (unplaced, [])):
        result = _tinjau("census", "import", str(path), "--data-dir", str(new), *options)
        assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
        assert not (tmp_path / "new").exists()
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.txt").write_text("kept", encoding="utf-8")
    before = _fingerprint(empty)
    result = _tinjau("census", "import", str(unplaced), "--data-dir", str(empty))
    assert result.returncode == 1 and "give --site" in result.stderr
    assert _fingerprint(empty) == before


def test_thousands_of_bad_rows_print_the_first_twenty_and_a_count(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    """A list with 3,000 bad rows prints 20 problem lines and '... and 2,980 more problems'."""
    path = tmp_path / "l.csv"
    path.write_text(
        "Unit,Nama,No KP\n" + "".join(f"A-01-{n:02d},Orang,12{n}\n" for n in range(3000)),
        encoding="utf-8",
    )
    code = main(["census", "import", str(path), "--data-dir", str(tmp_path / "ws"),
                 "--site", SITE])  # fmt: skip
    err = capsys.readouterr().err.splitlines()
    assert code == 1
    assert err[0] == "tinjau: l.csv: 3,000 problem(s); nothing was imported. Fix these rows and " \
        "import the file again:"  # fmt: skip
    assert len([line for line in err if line.startswith("l.csv!")]) == 20
    assert err[-1] == "... and 2,980 more problems"
    assert not (tmp_path / "ws").exists()


@pytest.mark.parametrize(
    ("header", "row", "path"),
    [
        ("Unit,Nama", "3-12-05,Ahmad", "3/3-12-05"),
        ("Unit,Nama", "12A-03-05,Ahmad", "12A/12A-03-05"),
        ("Unit,Nama", "12a 3 5,Ahmad", "12A/12A-03-05"),
        ("Unit,Nama", '"Block 12A, No. 3-11",Ahmad', "12A/12A-03-11"),
        ("Unit,Nama", '"No. 12-05, Blok 3, PPR Sri Pantai",Ahmad', "3/3-12-05"),
        ("Blok,Unit,Nama", "Blok 03,12-05,Ahmad", "3/3-12-05"),
        ("Blok,Unit,Nama", "Block 12A,12-05,Ahmad", "12A/12A-12-05"),
        ("Blok,Unit,Nama", "c,A-12-05,Ahmad", "C/C-12-05"),
    ],
)
def test_numbered_blocks_are_accepted_in_their_common_forms(
    db: Database, tmp_path: Path, header: str, row: str, path: str
):
    """PPR and flat blocks that are numbered ('Blok 3', '12A', 'Block 12A') are read into
    one block code; before, only letter blocks were understood."""
    file = tmp_path / "l.csv"
    file.write_text(f"{header}\n{row}\n", encoding="utf-8")
    assert import_census(db, file, site=SITE).created == 1
    with db.read() as conn:
        unit = conn.exec_driver_sql("SELECT path_code FROM areas WHERE level = 'unit'").scalar()
    assert unit == f"{SITE}/{path}"


@pytest.mark.parametrize(
    ("header", "row", "what"),
    [
        ("Unit,Nama", "Rumah hujung,Ahmad", UNIT_FORMS),
        ("Blok,Unit,Nama", "Cempaka,12-05,Ahmad", "block is not a block code (A, 3, 12A, Blok 3"),
        ("Unit,Nama", "12-05,Ahmad", "unit has only floor and number; give its block"),
    ],
)
def test_a_unit_in_no_accepted_form_is_refused_naming_the_forms(
    db: Database, tmp_path: Path, header: str, row: str, what: str
):
    """A unit or block the importer cannot read is refused with the forms it does accept."""
    file = tmp_path / "l.csv"
    file.write_text(f"{header}\n{row}\n", encoding="utf-8")
    error = _refused(db, file, site=SITE)
    assert error.problems[0][1].startswith(what)
    assert "A-12-05, 3-12-05, 12A-03-05" in UNIT_FORMS


def test_batches_keep_duplicates_ids_and_reimport_right_across_their_edges(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """With batches of 3 rows, a duplicate, an ID given to a head listed without one, and the
    same ID at two units are still found across batches; a re-import changes nothing."""
    monkeypatch.setattr(census, "_BATCH", 3)
    rows = [f"A-01-{n:02d},Orang {chr(65 + n)},\n" for n in range(1, 8)]
    first = tmp_path / "a.csv"
    first.write_text("Unit,Nama,No KP\n" + "".join(rows), encoding="utf-8")
    assert import_census(db, first, site=SITE).created == 7
    rows[5] = "A-01-06,Orang G,800101-14-5671\n"
    second = tmp_path / "b.csv"
    second.write_text(
        "Unit,Nama,No KP\n" + "".join(rows) + "B-02-02,Orang Z,800101145671\n", encoding="utf-8"
    )
    summary = import_census(db, second, site=SITE)
    assert (summary.created, summary.updated, summary.unchanged) == (1, 1, 6)
    assert summary.warnings == [("b.csv!9", "same national ID as b.csv!7, at another unit")]
    again = import_census(db, second, site=SITE)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 8)
    assert _households(db)[5][2] == "800101145671"
    dup = tmp_path / "c.csv"
    dup.write_text("Unit,Nama\n" + "".join(rows[:5]) + "X/Y,Q\n" + rows[0], encoding="utf-8")
    error = _refused(db, dup, site=SITE)
    assert ("c.csv!8", "same unit and head's name as c.csv!2, and no national ID to tell them "
            "apart") in error.problems  # fmt: skip


def test_a_folder_given_as_the_list_is_a_sentence(db: Database, tmp_path: Path):
    """A folder named like a list is refused with a sentence, not an IsADirectoryError."""
    (tmp_path / "list.csv").mkdir()
    with pytest.raises(TinjauError, match="is a folder"):
        import_census(db, tmp_path / "list.csv", site=SITE)
