"""Reading a ward's census list (.xlsx or .csv) into checked rows, before anything is written.

Columns are found by their header, in English or Malay, in any case and spacing. Every bad row
becomes a `(sheet!row, problem)` pair naming the column and the rule it breaks, never the value
(census lists are personal data and error lists end up in logs and screenshots).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from app.survey import mykad
from app.survey.errors import LocatedErrors, TinjauError

# Canonical column -> header spellings (compared after lower-casing and dropping punctuation).
HEADERS: dict[str, tuple[str, ...]] = {
    "unit": (
        "unit", "unit address", "unit code", "address", "unit no", "unit number", "alamat",
        "alamat unit", "kod unit", "no unit", "nombor unit", "rumah", "no rumah",
    ),
    "head_name": (
        "head name", "heads name", "head of household", "household head", "name", "nama",
        "nama ketua isi rumah", "nama kir", "kir", "ketua isi rumah",
    ),
    "national_id": (
        "national id", "head national id", "heads national id", "ic", "ic no", "ic number",
        "mykad", "mykad no", "no mykad", "no kp", "kp", "no kad pengenalan", "kad pengenalan",
        "nric", "no k p", "k p", "no ic", "no kad pengenalan mykad",
    ),
    "phone": (
        "phone", "phone number", "telephone", "mobile", "tel", "telefon", "no telefon", "no tel",
        "nombor telefon", "no hp", "handphone", "telefon bimbit", "no telefon bimbit",
    ),
    "household_size": (
        "household size", "size", "members", "number of members", "hh size", "bilangan air",
        "bil air", "bilangan ahli", "bilangan ahli isi rumah", "saiz isi rumah", "bil isi rumah",
    ),
    "block": ("block", "blok", "block code", "kod blok"),
}  # fmt: skip
REQUIRED = ("unit", "head_name")
LABELS = {
    "unit": "unit",
    "head_name": "head's name",
    "national_id": "national ID",
    "phone": "phone",
    "household_size": "household size",
    "block": "block",
}
_LOOKUP = {spelling: column for column, names in HEADERS.items() for spelling in names}
_PHONE = re.compile(r"^(?:\+?60|0)1\d{8,9}$|^(?:\+?60|0)[3-9]\d{7,8}$")


@dataclass(frozen=True)
class CensusRow:
    where: str  # "Sheet1!7"
    unit: str
    head_name: str
    national_id: str | None  # 12 digits
    phone: str | None  # digits in the national form: 0123456789
    household_size: int | None
    block: str | None


def _header_key(text: object) -> str:
    cleaned = re.sub(r"[^\w]+", " ", str(text or "").lower().replace("'", "")).strip()
    return re.sub(r"\s+", " ", cleaned.replace("_", " "))


def _column_of(header: str) -> str | None:
    """The canonical column a header names; "Nama Ketua Isi Rumah (KIR)" works without "(KIR)"."""
    found = _LOOKUP.get(_header_key(header))
    if found is None and "(" in header:
        found = _LOOKUP.get(_header_key(re.sub(r"\(.*?\)", " ", header)))
    return found


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a number typed into a spreadsheet cell: 12.0 -> "12"
    return str(value).strip()


def _raw_rows(path: Path) -> tuple[str, Iterator[tuple[int, list[str]]]]:
    """(sheet name, iterator of (1-based row number, cells)) for the file's first sheet."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return path.name, _csv_rows(path)
    if suffix in (".xlsx", ".xlsm"):
        return _xlsx_rows(path)
    raise TinjauError(f"{path.name}: census lists are read from .xlsx or .csv files.")


def _csv_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    data = path.read_bytes()
    try:
        # Excel's "Unicode Text" export is UTF-16 with a byte-order mark (and tabs).
        encoding = "utf-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8-sig"
        text = data.decode(encoding)
    except UnicodeDecodeError:
        # Excel on Windows saves "CSV" in the ANSI code page, not UTF-8.
        text = data.decode("cp1252", errors="replace")
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], ",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        for number, cells in enumerate(reader, start=1):
            yield number, [c.strip() for c in cells]
    except csv.Error as error:  # its text names the rule broken, never the cell's content
        raise LocatedErrors(
            f"{path.name} cannot be read as CSV; nothing was imported. Open it in a spreadsheet "
            "program and save it again as CSV:",
            [(f"{path.name}!{reader.line_num}", str(error))],
        ) from None


def _xlsx_rows(path: Path) -> tuple[str, Iterator[tuple[int, list[str]]]]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a file it cannot read
        raise TinjauError(
            f"{path.name} cannot be read as an Excel workbook ({type(error).__name__}); "
            "save it again as .xlsx or export it as .csv."
        ) from None
    sheet = book.worksheets[0]

    def rows() -> Iterator[tuple[int, list[str]]]:
        try:
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                yield number, [_cell(v) for v in values]
        finally:
            book.close()

    return sheet.title, rows()


def _phone(text: str) -> str | None:
    """The number in its national form (0 then the digits), or None when it is not a phone.

    "+60 12-345 6789" and "012-345 6789" are one phone: stored one way, a search for either
    finds it, and a re-imported list written the other way is not an update."""
    digits = re.sub(r"[\s\-\u2010-\u2015\u2212().]", "", text)  # typographic dashes too
    return re.sub(r"^\+?60", "0", digits) if _PHONE.match(digits) else None


def read_census(path: Path, progress: Callable[[int], None] | None = None) -> list[CensusRow]:
    """Every data row of the list, checked; raises LocatedErrors listing all bad rows."""
    if not path.exists():
        raise TinjauError(f"{path} does not exist; check the file name.")
    sheet, rows = _raw_rows(path)
    columns: dict[str, int] | None = None
    problems: list[tuple[str, str]] = []
    result: list[CensusRow] = []
    for number, cells in rows:
        if not any(cells):
            continue
        where = f"{sheet}!{number}"
        if columns is None:
            columns = _columns(cells, where)
            continue
        row, row_problems = _check(where, cells, columns)
        problems += [(where, p) for p in row_problems]
        if row is not None:
            result.append(row)
        if progress and len(result) % 10_000 == 0 and result:
            progress(len(result))
    if columns is None:
        raise TinjauError(f"{path.name} is empty: a census list needs a header row and households.")
    problems += _duplicates(result)
    if problems:
        raise LocatedErrors(
            f"{path.name}: {len(problems)} problem(s); nothing was imported. Fix these rows "
            "and import the file again:",
            problems,
        )
    return result


def _columns(cells: list[str], where: str) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, text in enumerate(cells):
        column = _column_of(text)
        if column and column not in found:
            found[column] = index
    missing = [LABELS[c] for c in REQUIRED if c not in found]
    if missing:
        raise LocatedErrors(
            "The census list's header row is not recognised; nothing was imported.",
            [(where, f"no column for {', '.join(missing)} (headers may be English or Malay, "
                     "e.g. 'Unit', 'Nama KIR', 'No KP', 'Telefon', 'Bilangan AIR')")],
        )  # fmt: skip
    return found


def _check(
    where: str, cells: list[str], columns: dict[str, int]
) -> tuple[CensusRow | None, list[str]]:
    def get(column: str) -> str:
        index = columns.get(column)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    problems = []
    unit, name = get("unit"), " ".join(get("head_name").split())
    if not unit:
        problems.append("unit is empty")
    if not name:
        problems.append("head's name is empty")
    elif len(name) > 200:
        problems.append("head's name is longer than 200 characters")
    national_id = None
    if raw := get("national_id"):
        if raw.isdigit() and len(raw) == 11:
            # A spreadsheet that holds the ID as a number drops the leading zero of everyone
            # born 2000-2009 (050101-14-5678 -> 50101145678); the date check still applies.
            raw = "0" + raw
        what = mykad.problem(raw)
        if what:
            problems.append(f"national ID {what}")
        else:
            national_id = mykad.digits_of(raw)
    phone = None
    if raw := get("phone"):
        phone = _phone(raw)
        if phone is None:
            problems.append("phone is not a Malaysian phone number (e.g. 012-345 6789)")
    size = None
    if raw := get("household_size"):
        if raw.isdigit() and 1 <= int(raw) <= 99:
            size = int(raw)
        else:
            problems.append("household size is not a whole number from 1 to 99")
    if problems:
        return None, problems
    block = get("block") or None
    return CensusRow(where, unit, name, national_id, phone, size, block), []


def _duplicates(rows: list[CensusRow]) -> list[tuple[str, str]]:
    seen: dict[tuple[str, str], str] = {}
    problems = []
    for row in rows:
        if row.national_id is None:
            continue
        key = (row.unit.upper().replace(" ", ""), row.national_id)
        if key in seen:
            problems.append((row.where, f"same unit and national ID as {seen[key]}"))
        else:
            seen[key] = row.where
    return problems
