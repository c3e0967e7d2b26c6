"""Census list import: headers in two languages, located errors, all-or-nothing, idempotence."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from app.paths import database_path
from app.survey.census import import_census
from app.survey.census_file import UNIT_FORMS
from app.survey.db import Database, open_database
from app.survey.db.search import search_households
from app.survey.errors import LocatedErrors, TinjauError

SITE = "kuala_lumpur/LPT/LPT01/PPR001"
TABLES = ("areas", "households", "audit_log")


def _write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def _write_xlsx(path: Path, header: list[str], rows: list[list[object]], title: str) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _dump(db: Database) -> dict[str, list[tuple]]:
    with db.read() as conn:
        return {t: conn.exec_driver_sql(f"SELECT * FROM {t} ORDER BY 1").all() for t in TABLES}


@pytest.fixture
def db(tmp_path: Path):
    database = open_database(tmp_path / "data" / "tinjau.sqlite")
    yield database
    database.close()


GOOD = [
    ["A-01-01", "Ahmad bin Ali", "800101-14-5671", "012-345 6789", "4"],
    ["A-01-02", "Siti Aminah binti Abu", "800202145682", "", "3"],
    ["B-12-05", "Tan Ah Kow", "", "03-2282 1234", ""],
]


def test_malay_headers_csv_imports_every_household_under_the_site(
    db: Database, tmp_path: Path
) -> None:
    """A CSV with Malay headers creates the site path, blocks, units and households."""
    path = _write_csv(tmp_path / "senarai.csv",
                      ["Unit", "Nama KIR", "No. KP", "Telefon", "Bilangan AIR"], GOOD)  # fmt: skip
    summary = import_census(db, path, site=SITE)
    assert (summary.rows, summary.created, summary.updated, summary.unchanged) == (3, 3, 0, 0)
    with db.read() as conn:
        rows = conn.exec_driver_sql(
            "SELECT u.path_code, u.floor, u.unit_number, h.head_national_id, h.phone, "
            "h.household_size, h.block_id = u.parent_id, h.site_id IS NOT NULL, h.source "
            "FROM households h JOIN areas u ON u.id = h.unit_id ORDER BY u.path_code"
        ).all()
    assert rows == [
        (f"{SITE}/A/A-01-01", 1, "01", "800101145671", "0123456789", 4, 1, 1, "census"),
        (f"{SITE}/A/A-01-02", 1, "02", "800202145682", None, 3, 1, 1, "census"),
        (f"{SITE}/B/B-12-05", 12, "05", None, "0322821234", None, 1, 1, "census"),
    ]


def test_english_headers_xlsx_in_any_case_imports(db: Database, tmp_path: Path) -> None:
    """An .xlsx with English headers in odd case and numbers typed as numbers imports."""
    rows: list[list[object]] = [[u, n, i, p, int(s) if s else None] for u, n, i, p, s in GOOD]
    path = _write_xlsx(tmp_path / "list.xlsx",
                       ["UNIT ADDRESS", "head's name", "National ID", "PHONE", "Household Size"],
                       rows, "Ward 3")  # fmt: skip
    assert import_census(db, path, site=SITE).created == 3
    assert [h.head_name for h in search_households(db, "siti amin")] == ["Siti Aminah binti Abu"]


def test_bad_rows_are_located_without_their_values_and_nothing_is_imported(
    db: Database, tmp_path: Path
) -> None:
    """Each bad row is reported as sheet!row: column and rule, no ID; the database is unchanged."""
    rows: list[list[object]] = [
        ["A-01-01", "Ahmad bin Ali", "800101-14-5671", "", 4],
        ["A-01-02", "Siti binti Abu", "12345", "", 3],
        ["A-01-03", "", "801332145671", "99", 0],
        ["A-01-04", "Muthu a/l Raju", "800101-18-5671", "", 2],
        ["A-01-05", "Tan Ah Kow", "800101145671", "", 2],
        ["A-01-01", "Ahmad bin Ali", "800101145671", "", 4],
    ]
    path = _write_xlsx(tmp_path / "list.xlsx", ["Unit", "Name", "IC", "Phone", "Size"], rows,
                       "Sheet1")  # fmt: skip
    before = _dump(db)
    with pytest.raises(LocatedErrors) as caught:
        import_census(db, path, site=SITE)
    assert caught.value.problems == [
        ("Sheet1!3", "national ID is not a MyKad number (12 digits, written YYMMDD-PB-###G)"),
        ("Sheet1!4", "head's name is empty"),
        ("Sheet1!4", "national ID does not start with a valid date (YYMMDD)"),
        ("Sheet1!4", "phone is not a Malaysian phone number (e.g. 012-345 6789)"),
        ("Sheet1!4", "household size is not a whole number from 1 to 99 (digits 0-9)"),
        ("Sheet1!5", "national ID has an unknown place-of-birth code (digits 7-8)"),
        ("Sheet1!7", "same unit and national ID as Sheet1!2"),
    ]
    message = str(caught.value)
    for secret in ("12345", "801332", "800101", "Siti", "Ahmad"):
        assert secret not in message
    assert _dump(db) == before


def test_unit_problems_found_while_writing_roll_back_created_units(
    db: Database, tmp_path: Path
) -> None:
    """A row whose unit cannot be placed fails the import after others created units: none stay."""
    path = _write_csv(tmp_path / "l.csv", ["Unit", "Name"],
                      [["A-01-01", "Ahmad bin Ali"], ["Rumah hujung", "Tan Ah Kow"]])  # fmt: skip
    before = _dump(db)
    with pytest.raises(LocatedErrors) as caught:
        import_census(db, path, site=SITE)
    assert caught.value.problems == [("l.csv!3", UNIT_FORMS)]
    assert UNIT_FORMS.startswith("unit is not a unit code: write BLOCK-FLOOR-NUMBER (A-12-05, ")
    assert _dump(db) == before


def test_units_outside_the_tree_need_a_site(db: Database, tmp_path: Path) -> None:
    """Without --site or --block a new unit cannot be placed, and the message says so."""
    path = _write_csv(tmp_path / "l.csv", ["Unit", "Name"], [["A-01-01", "Ahmad bin Ali"]])
    with pytest.raises(LocatedErrors, match=r"l.csv!2: unit is not in the area tree; give --site"):
        import_census(db, path)


def test_reimporting_the_same_list_changes_nothing(db: Database, tmp_path: Path) -> None:
    """A second import of the same file reports all rows unchanged and writes nothing at all."""
    path = _write_csv(tmp_path / "l.csv", ["Unit", "Nama", "No KP", "Telefon", "Bil AIR"], GOOD)
    import_census(db, path, site=SITE)
    before = _dump(db)
    summary = import_census(db, path, site=SITE)
    assert (summary.created, summary.updated, summary.unchanged, summary.areas_created) == (
        0, 0, 3, 0)  # fmt: skip
    assert _dump(db) == before


def test_ids_written_without_dashes_match_the_same_household(db: Database, tmp_path: Path) -> None:
    """The key uses the ID's digits, so a list re-typed without dashes updates, not duplicates."""
    first = _write_csv(tmp_path / "a.csv", ["Unit", "Name", "IC", "Phone"],
                       [["A-01-01", "Ahmad bin Ali", "800101-14-5671", ""]])  # fmt: skip
    second = _write_csv(tmp_path / "b.csv", ["Unit", "Name", "IC", "Phone"],
                        [["A-01-01", "Ahmad bin Ali", "800101145671", "0193456789"]])  # fmt: skip
    import_census(db, first, site=SITE)
    summary = import_census(db, second, site=SITE)
    assert (summary.created, summary.updated) == (0, 1)
    with db.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*), max(phone) FROM households").one() == (
            1, "0193456789")  # fmt: skip


def test_block_option_places_floor_unit_codes(db: Database, tmp_path: Path) -> None:
    """With --block, a unit given as FLOOR-NUMBER lands in that block as BLOCK-FLOOR-NUMBER."""
    path = _write_csv(tmp_path / "l.csv", ["No Rumah", "Nama KIR"], [["7-11", "Ahmad bin Ali"]])
    import_census(db, path, block=f"{SITE}/C")
    with db.read() as conn:
        assert conn.exec_driver_sql("SELECT path_code FROM areas WHERE level='unit'").scalar() == (
            f"{SITE}/C/C-07-11")  # fmt: skip


def test_unrecognised_header_is_reported(db: Database, tmp_path: Path) -> None:
    """A file whose header has no unit or name column is refused with an example of headers."""
    path = _write_csv(tmp_path / "l.csv", ["Flat", "Person"], [["A-01-01", "Ahmad"]])
    with pytest.raises(LocatedErrors, match=r"l.csv!1: no column for unit, head's name"):
        import_census(db, path, site=SITE)


def test_unsupported_file_type_is_refused(db: Database, tmp_path: Path) -> None:
    """Only .xlsx and .csv are read; anything else gets a sentence saying so."""
    path = tmp_path / "list.txt"
    path.write_text("Unit,Name\n", encoding="utf-8")
    with pytest.raises(TinjauError, match=r"\.xlsx or \.csv"):
        import_census(db, path, site=SITE)


def test_cli_import_then_search(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`tinjau census import` then `tinjau census search` with an ID typed with dashes."""
    data = tmp_path / "ws"
    path = _write_csv(tmp_path / "l.csv", ["Unit", "Nama KIR", "No KP"],
                      [[u, n, i] for u, n, i, _p, _s in GOOD])  # fmt: skip
    assert main(["census", "import", str(path), "--data-dir", str(data), "--site", SITE]) == 0
    assert "3 households added" in capsys.readouterr().out
    assert main(["census", "search", "800202-14", "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 1 and "Siti Aminah binti Abu" in out[0] and "800202-14-5682" in out[0]
    assert main(["census", "search", "nobody", "--data-dir", str(data)]) == 1
    assert "no household matches. Try fewer or shorter words" in capsys.readouterr().err
    assert main(["census", "search", "siti", "--limit", "0", "--data-dir", str(data)]) == 1
    assert "--limit must be a whole number from 1 to 10,000" in capsys.readouterr().err
    assert database_path(data).exists()


def test_cli_reports_bad_rows_as_sheet_row_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The command exits 1 and prints one `sheet!row: problem` line per problem on stderr."""
    path = _write_csv(tmp_path / "l.csv", ["Unit", "Nama KIR", "No KP"],
                      [["A-01-01", "Ahmad", "1234"]])  # fmt: skip
    assert main(["census", "import", str(path), "--data-dir", str(tmp_path / "ws"),
                 "--site", SITE]) == 1  # fmt: skip
    err = capsys.readouterr().err
    assert "l.csv!2: national ID is not a MyKad number" in err and "1234" not in err


def test_block_column_and_full_unit_paths_are_understood(db: Database, tmp_path: Path) -> None:
    """A 'Blok' column names the block of a FLOOR-NUMBER unit; a full path finds a known unit."""
    first = _write_csv(tmp_path / "a.csv", ["Blok", "No Rumah", "Nama KIR"],
                       [["d", "3-7", "Ahmad bin Ali"]])  # fmt: skip
    import_census(db, first, site=SITE)
    second = _write_csv(tmp_path / "b.csv", ["Unit", "Nama KIR"],
                        [[f"{SITE}/D/D-03-07", "Siti binti Abu"]])  # fmt: skip
    summary = import_census(db, second)
    assert (summary.created, summary.areas_created) == (1, 0)
    with db.read() as conn:
        units = conn.exec_driver_sql(
            "SELECT DISTINCT u.path_code FROM households h JOIN areas u ON u.id = h.unit_id"
        ).all()
    assert units == [(f"{SITE}/D/D-03-07",)]


def test_import_is_audited_with_counts_and_ids_only(db: Database, tmp_path: Path) -> None:
    """An import that changes data adds one summary audit entry holding counts, and one entry
    and one outbox entry per area and household made (ids only in the audit, no names)."""
    path = _write_csv(tmp_path / "l.csv", ["Unit", "Nama", "No KP", "Telefon", "Bil AIR"], GOOD)
    import_census(db, path, site=SITE)
    with db.read() as conn:
        entries = conn.exec_driver_sql("SELECT action, detail FROM audit_log").all()
        audit_text = json.dumps(conn.exec_driver_sql("SELECT * FROM audit_log").all(), default=str)
        outbox = conn.exec_driver_sql(
            "SELECT record_type, count(*) FROM outbox GROUP BY record_type ORDER BY 1"
        ).all()
    summary = [detail for action, detail in entries if action == "census.import"]
    # areas: state, district, ward and site, blocks A and B, three units
    expected = {"rows": 3, "created": 3, "updated": 0, "areas_created": 9}
    assert len(summary) == 1 and json.loads(summary[0]) == expected
    actions = sorted(action for action, _ in entries if action != "census.import")
    assert actions == ["area.add"] * 9 + ["household.add"] * 3
    assert outbox == [("area", 9), ("household", 3)]
    for secret in ("Ahmad", "800101", "0123456789"):
        assert secret not in audit_text


def test_windows_ansi_csv_with_parenthesised_malay_headers(db: Database, tmp_path: Path) -> None:
    """A CSV saved by Excel in cp1252 with semicolons and headers like 'Nama Ketua Isi Rumah
    (KIR)' and 'No. K/P' imports, accents intact."""
    text = (
        "No. Unit;Nama Ketua Isi Rumah (KIR);No. K/P;No. Telefon Bimbit;Bil. AIR\r\n"
        "A-02-01;Jos\u00e9 D'Cruz;800101-14-5671;019-222 3333;2\r\n"
    )
    path = tmp_path / "ansi.csv"
    path.write_bytes(text.encode("cp1252"))
    assert import_census(db, path, site=SITE).created == 1
    with db.read() as conn:
        assert conn.exec_driver_sql("SELECT head_name, phone FROM households").one() == (
            "Jos\u00e9 D'Cruz", "0192223333")  # fmt: skip


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("No. 12-05, Blok C, PPR Sri Pantai", "C-12-05"),
        ("c-12-5", "C-12-05"),
        ("Blk. c 3-11", "C-03-11"),
        ("C 12 05", "C-12-05"),
    ],
)
def test_unit_addresses_as_people_write_them(
    db: Database, tmp_path: Path, written: str, code: str
) -> None:
    """Door codes and written addresses are read into the same BLOCK-FLOOR-NUMBER unit code."""
    path = _write_csv(tmp_path / "l.csv", ["Alamat", "Nama"], [[written, "Ahmad bin Ali"]])
    import_census(db, path, site=SITE)
    with db.read() as conn:
        assert conn.exec_driver_sql("SELECT code FROM areas WHERE level = 'unit'").scalar() == code


def test_rows_that_are_one_household_are_refused_so_reimport_stays_a_no_op(
    db: Database, tmp_path: Path
) -> None:
    """Two rows that key to the same household (one unit written two ways with the same ID, or
    the same name with no ID) are located errors; before, the second silently overwrote the
    first and every re-import 'updated' them back and forth."""
    path = _write_csv(tmp_path / "l.csv", ["Unit", "Name", "IC", "Phone"], [
        ["A-01-01", "Ahmad bin Ali", "800101-14-5671", "0123456789"],
        ["A 1 1", "Ahmad bin Ali", "800101145671", "0193456789"],
        ["B-02-02", "Tan Ah Kow", "", "0123456789"],
        ["B-02-02", "TAN AH KOW", "", "0193456789"],
    ])  # fmt: skip
    before = _dump(db)
    with pytest.raises(LocatedErrors) as caught:
        import_census(db, path, site=SITE)
    assert caught.value.problems == [
        ("l.csv!3", "same unit and national ID as l.csv!2"),
        ("l.csv!5", "same unit and head's name as l.csv!4, and no national ID to tell them apart"),
    ]
    assert "Ahmad" not in str(caught.value) and "800101" not in str(caught.value)
    assert _dump(db) == before


def test_cli_search_of_a_folder_without_data_says_so_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`census search`/`areas` on a mistyped data folder exit 1 with a sentence and leave no
    empty workspace behind (before, they made the folder and answered 'no household matches')."""
    missing = tmp_path / "typo"
    for argv in (["census", "search", "ali"], ["census", "areas"]):
        assert main([*argv, "--data-dir", str(missing)]) == 1
        assert "holds no Tinjau data" in capsys.readouterr().err
    assert not missing.exists()


@pytest.mark.parametrize("where", ["file", "file/below"])
def test_cli_data_folder_that_cannot_be_one_is_a_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    """A --data-dir that is a file (or lies under one) is exit 1 and a sentence, no traceback."""
    (tmp_path / "file").write_text("x", encoding="utf-8")
    path = _write_csv(tmp_path / "l.csv", ["Unit", "Name"], [["A-01-01", "Ahmad bin Ali"]])
    code = main(["census", "import", str(path), "--data-dir", str(tmp_path / where),
                 "--site", SITE])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    assert "choose a data folder" in err or "choose a folder you can write to" in err


def test_phones_are_stored_in_one_form_so_either_spelling_is_the_same_household(
    db: Database, tmp_path: Path
) -> None:
    """'+60 12-345 6789' and '012-345 6789' are one phone: stored as 0123456789, found by a
    search for either, and a list re-typed the other way changes nothing."""
    first = _write_csv(tmp_path / "a.csv", ["Unit", "Name", "Phone"],
                       [["A-01-01", "Ahmad bin Ali", "+60 12-345 6789"]])  # fmt: skip
    second = _write_csv(tmp_path / "b.csv", ["Unit", "Name", "Phone"],
                        [["A-01-01", "Ahmad bin Ali", "012-345 6789"]])  # fmt: skip
    import_census(db, first, site=SITE)
    summary = import_census(db, second, site=SITE)
    assert (summary.created, summary.updated, summary.unchanged) == (0, 0, 1)
    with db.read() as conn:
        assert conn.exec_driver_sql("SELECT phone FROM households").scalar() == "0123456789"
    third = _write_csv(tmp_path / "c.csv", ["Unit", "Name", "Phone"],
                       [["A-01-01", "Ahmad bin Ali", "012\u2013345\u00a06789"]])  # fmt: skip
    assert import_census(db, third, site=SITE).unchanged == 1  # en dash, no-break space
    for query in ("012-345 6789", "+60 12-345 6789", "+60123"):
        assert [h.head_name for h in search_households(db, query)] == ["Ahmad bin Ali"]


def test_ids_stored_as_numbers_get_back_their_leading_zero(db: Database, tmp_path: Path) -> None:
    """A workbook holding a 2000s-born head's ID as a number (leading zero lost) imports it as
    the 12-digit ID; an 11-digit number that is no valid ID with the zero is still refused."""
    path = _write_xlsx(tmp_path / "l.xlsx", ["Unit", "Name", "IC"],
                       [["A-01-01", "Nur Aina", 50101145678],
                        ["A-01-02", "Ali", 51399145678]], "Senarai")  # fmt: skip
    with pytest.raises(LocatedErrors) as caught:
        import_census(db, path, site=SITE)
    assert caught.value.problems == [
        ("Senarai!3", "national ID does not start with a valid date (YYMMDD)")
    ]
    path = _write_xlsx(tmp_path / "l.xlsx", ["Unit", "Name", "IC"],
                       [["A-01-01", "Nur Aina", 50101145678]], "Senarai")  # fmt: skip
    import_census(db, path, site=SITE)
    with db.read() as conn:
        assert conn.exec_driver_sql("SELECT head_national_id FROM households").scalar() == (
            "050101145678")  # fmt: skip


def test_excel_unicode_text_export_is_read(db: Database, tmp_path: Path) -> None:
    """Excel's 'Unicode Text' save (UTF-16 with a byte-order mark, tab-separated) imports like
    a CSV; before, its header was not recognised."""
    path = tmp_path / "senarai.csv"
    path.write_text("Unit\tNama KIR\tNo KP\nA-01-01\tNguyễn Thị Hoa\t800101-14-5671\n",
                    encoding="utf-16")  # fmt: skip
    assert import_census(db, path, site=SITE).created == 1
    assert [h.head_name for h in search_households(db, "nguyen hoa")] == ["Nguyễn Thị Hoa"]


def test_csv_the_reader_cannot_parse_is_a_located_sentence(db: Database, tmp_path: Path) -> None:
    """A CSV whose text breaks the CSV reader (here a cell past its size limit) is a located
    error saying what to do, not a traceback; the cell's content is not repeated."""
    path = tmp_path / "l.csv"
    path.write_text('Unit,Name\nA-01-01,"' + "Ahmad" * 40_000 + '"\n', encoding="utf-8")
    with pytest.raises(LocatedErrors) as caught:
        import_census(db, path, site=SITE)
    assert caught.value.summary.startswith("l.csv cannot be read as CSV; nothing was imported.")
    assert caught.value.problems[0][0].startswith("l.csv!")
    assert "Ahmad" not in str(caught.value)


def test_a_national_id_added_to_the_list_updates_the_household_it_belongs_to(
    db: Database, tmp_path: Path
) -> None:
    """A head first listed without an ID and later with one (a verification round filled it
    in) stays one household that gains the ID; before, a second household was added."""
    first = _write_csv(tmp_path / "a.csv", ["Unit", "Name", "IC"],
                       [["A-01-01", "Ahmad bin Ali", ""],
                        ["A-01-02", "Tan Ah Kow", ""]])  # fmt: skip
    second = _write_csv(tmp_path / "b.csv", ["Unit", "Name", "IC"],
                        [["A-01-01", "Ahmad bin Ali", "800101-14-5671"],
                         ["A-01-02", "Tan Ah Kow", ""]])  # fmt: skip
    import_census(db, first, site=SITE)
    with db.read() as conn:
        ids = conn.exec_driver_sql("SELECT id FROM households ORDER BY address").scalars().all()
    summary = import_census(db, second, site=SITE)
    assert (summary.created, summary.updated, summary.unchanged) == (0, 1, 1)
    with db.read() as conn:
        rows = conn.exec_driver_sql(
            "SELECT id, head_national_id FROM households ORDER BY address").all()  # fmt: skip
    assert rows == [(ids[0], "800101145671"), (ids[1], None)]
    again = import_census(db, second, site=SITE)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)


def test_cli_areas_lists_sites_and_blocks_or_says_how_to_make_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`census areas` on a folder without areas says how to create them; after an import it
    lists the site and its blocks with their household counts."""
    data = tmp_path / "ws"
    open_database(database_path(data)).close()
    assert main(["census", "areas", "--data-dir", str(data)]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and "no sites or blocks yet. Import a list with" in captured.err
    path = _write_csv(tmp_path / "l.csv", ["Unit", "Nama KIR"], [[u, n] for u, n, *_ in GOOD])
    assert main(["census", "import", str(path), "--data-dir", str(data), "--site", SITE]) == 0
    capsys.readouterr()
    assert main(["census", "areas", "--data-dir", str(data)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"site\t{SITE}\tPPR001\t3 households",
        f"block\t{SITE}/A\tBlok A\t2 households",
        f"block\t{SITE}/B\tBlok B\t1 households",
    ]
