"""Fuzzing the census importer with mutations of a valid list, as CSV bytes and as workbook
cells: it never raises anything but a TinjauError, and never loses a row silently.

Each example is imported under a site of its own in one shared database, so on success every
data row of the input must be a new household there; on refusal no file of the data folder
may change.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from app.survey.census import import_census
from app.survey.db import Database, open_database
from app.survey.errors import LocatedErrors, TinjauError

HEADER = ["Unit", "Nama KIR", "No KP", "Telefon", "Bilangan AIR", "Blok"]
ROWS = [
    ["A-01-01", "Ahmad bin Ali", "800101-14-5671", "012-345 6789", "4", ""],
    ["A-01-02", "Siti Aminah binti Abu", "800202145682", "", "3", ""],
    ["12-05", "Tan Ah Kow", "", "03-2282 1234", "", "Blok 3"],
    ["12A-03-05", "Nguyễn Thị Hoa", "050101-14-5678", "", "2", ""],
    ["No. 7-11, Blok C", "Muthu a/l Raju", "", "+60 19-222 3333", "12", ""],
]
TOKENS = [b'"', b",", b";", b"\t", b"\n", b"\r\n", b"\r", b"\x00", b"\xff", b"\x81", b"\xc3",
          "²".encode(), "５".encode(), "\ufffd".encode(), b"A-01-01", b"800101-14-5671", b"  ",
          b"Unit", b"1e3", b"/"]  # fmt: skip
_counter = itertools.count()
SETTINGS = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,  # the same examples on every run: a failure here is reproducible
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory):
    database = open_database(tmp_path_factory.mktemp("fuzz") / "data" / "tinjau.sqlite")
    with database.read() as conn:  # the first read sets up the WAL index (-shm)
        conn.exec_driver_sql("SELECT 1").all()
    yield database
    database.close()


def _fingerprint(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def _check_import(db: Database, path: Path, data_rows: int | None) -> None:
    """Import `path` under a new site: a refusal is a TinjauError that changed no file; a
    success stored exactly `data_rows` new households (when the count is known)."""
    site = f"fz/FZ/FZ01/S{next(_counter)}"
    before = _fingerprint(db.path.parent)
    try:
        summary = import_census(db, path, site=site)
    except TinjauError as error:  # anything else is a traceback a person would see
        assert str(error)
        if isinstance(error, LocatedErrors):
            assert error.problems and all(where for where, _ in error.problems)
        assert _fingerprint(db.path.parent) == before
        return
    with db.read() as conn:
        stored, lost_characters = conn.exec_driver_sql(
            "SELECT count(*), sum(instr(h.head_name || h.address, char(65533)) > 0) "
            "FROM households h JOIN areas s ON s.id = h.site_id WHERE s.path_code = ?",
            (site,),
        ).one()
    assert not lost_characters
    assert summary.created == stored and summary.updated == summary.unchanged == 0
    if data_rows is not None:
        assert summary.rows == stored == data_rows


def _csv_bytes() -> bytes:
    lines = [",".join(f'"{c}"' if "," in c else c for c in row) for row in [HEADER, *ROWS]]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


_bytes = st.binary(max_size=3)
_mutation = st.one_of(
    st.tuples(st.just("insert"), st.integers(0, 10_000), st.sampled_from(TOKENS) | _bytes),
    st.tuples(st.just("delete"), st.integers(0, 10_000), st.integers(1, 8)),
    st.tuples(st.just("repeat_line"), st.integers(0, 20), st.integers(1, 3)),
)  # fmt: skip


def _mutate(data: bytes, mutations: list[tuple]) -> bytes:
    for kind, where, what in mutations:
        if kind == "insert":
            at = where % (len(data) + 1)
            data = data[:at] + what + data[at:]
        elif kind == "delete" and data:
            at = where % len(data)
            data = data[:at] + data[at + what :]
        elif kind == "repeat_line":
            lines = data.split(b"\n")
            line = lines[where % len(lines)]
            lines[where % len(lines) : where % len(lines)] = [line] * what
            data = b"\n".join(lines)
    return data


def _csv_data_rows(data: bytes) -> int | None:
    """Data rows of a CSV the importer accepted: its non-blank lines after the header."""
    for encoding in ("utf-16", "utf-8-sig", "cp1252") if data[:2] in (b"\xff\xfe",) else (
        "utf-8-sig", "cp1252"
    ):  # fmt: skip
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        return None
    lines = [line for line in re.split(r"\r\n|\r|\n", text) if re.search(r'[^\s,;\t"]', line)]
    return max(len(lines) - 1, 0)


@settings(SETTINGS, max_examples=120)
@given(mutations=st.lists(_mutation, min_size=1, max_size=4), utf16=st.booleans())
def test_csv_mutations_are_imported_whole_or_refused_with_reasons(
    db: Database, tmp_path: Path, mutations: list[tuple], utf16: bool
) -> None:
    """Random byte mutations of a valid CSV (quotes, separators, line breaks, NUL, undefined
    bytes, other digits, replacement characters, IDs and unit codes in the wrong place): every
    data row is stored, or the import is refused with located reasons and changes nothing."""
    data = _mutate(_csv_bytes(), mutations)
    if utf16:
        data = data.decode("utf-8", "ignore").encode("utf-16")
    path = tmp_path / f"l{next(_counter)}.csv"
    path.write_bytes(data)
    _check_import(db, path, _csv_data_rows(data))
    assert path.read_bytes() == data


_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=24).map(
    lambda text: ILLEGAL_CHARACTERS_RE.sub("", text)
)
_value = st.one_of(
    st.none(), _text, st.sampled_from(["²", "５", "5k", "1e3", "A-01-01", "800101-14-5671",
                                       "Blok 3", "\ufffd", "a\nb"]),
    st.integers(-(10**15), 10**15), st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(), st.dates(min_value=date(1900, 1, 1)),
)  # fmt: skip
_cell_edit = st.tuples(st.integers(0, 6), st.integers(0, 6), _value)


@settings(SETTINGS, max_examples=35)
@given(edits=st.lists(_cell_edit, min_size=1, max_size=4), extra_rows=st.integers(0, 2))
def test_xlsx_cell_mutations_are_imported_whole_or_refused_with_reasons(
    db: Database, tmp_path: Path, edits: list[tuple], extra_rows: int
) -> None:
    """Random values typed into a valid workbook's cells (numbers, dates, booleans, any text,
    rows repeated): every data row is stored, or the import is refused and changes nothing."""
    table: list[list[object]] = [list(HEADER), *(list(r) for r in ROWS)]
    table += [list(ROWS[0]) for _ in range(extra_rows)]
    for row, column, value in edits:
        table[row % len(table)][column % len(HEADER)] = value
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for values in table:
        sheet.append(values)
    path = tmp_path / f"l{next(_counter)}.xlsx"
    book.save(path)
    written = path.read_bytes()
    non_blank = [r for r in table if any(v is not None and str(v).strip() for v in r)]
    _check_import(db, path, max(len(non_blank) - 1, 0))
    assert path.read_bytes() == written


@settings(SETTINGS, max_examples=20)
@given(mutations=st.lists(_mutation, min_size=1, max_size=3))
def test_damaged_xlsx_bytes_are_refused_with_a_sentence(
    db: Database, tmp_path: Path, mutations: list[tuple]
) -> None:
    """A workbook whose bytes are damaged (a bad copy) is refused with a sentence or, when
    the damage missed what matters, imported whole; never a traceback."""
    source = tmp_path / "good.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for values in [HEADER, *ROWS]:
        sheet.append(values)
    book.save(source)
    path = tmp_path / f"l{next(_counter)}.xlsx"
    path.write_bytes(_mutate(source.read_bytes(), mutations))
    _check_import(db, path, None)
