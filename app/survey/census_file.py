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
_PHONE = re.compile(r"^(?:\+?60|0)1\d{8,9}$|^(?:\+?60|0)[3-9]\d{7,8}$", re.ASCII)
_PHONE_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212().]")
_COUNTRY_CODE = re.compile(r"^\+?60")
_SIZE = re.compile(r"[0-9]{1,2}")  # ASCII digits only: "²" and "５" pass str.isdigit()
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_ENCODING_NAMES = {"utf-16": "UTF-16", "utf-8-sig": "UTF-8", "cp1252": "Windows-1252 (ANSI)"}
TEXT_COLUMNS = ("unit", "head_name", "block")
# What a name or other text cell never holds, unless a row was merged into it: a national ID
# (12 digits, dashes or not) or a door code; row separators are looked for on their own.
_ID_RUN = re.compile(r"(?<!\d)\d{6}[\s-]*\d{2}[\s-]*\d{4}(?!\d)", re.ASCII)
_ODD = re.compile(r"[\n\r]|\d{6}|[A-Za-z0-9]-\d")  # any of these may be there
_DOOR_CODE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]{1,3}-\d{1,3}-\d{1,4}(?!\d)", re.ASCII)

# Unit codes (see docs/census.md). A block is letters ("A", "BB") or a number with an optional
# letter ("3", "12A"); floor and unit number are numbers. Separators: "-", "/" or spaces.
_BLOCK = r"[A-Za-z]{1,3}|\d{1,3}[A-Za-z]?"
# BLOCK-FLOOR-NUMBER as on a door: "A-12-05", "3-12-05", "12A 3 11".
_UNIT = re.compile(
    rf"(?<![A-Za-z0-9])({_BLOCK})\s*[-/ ]\s*(\d{{1,3}})\s*[-/ ]\s*(\d{{1,4}})(?!\d)", re.ASCII
)
# Only floor and number, when the block comes from --block or a block column.
_FLOOR_UNIT = re.compile(r"^\s*(\d{1,3})\s*[-/ ]\s*(\d{1,4})\s*$", re.ASCII)
# A written address: "No. 12-05, Blok A, PPR Sri Pantai", "Block 12A, 3-11".
_ADDRESS_UNIT = re.compile(r"(?<![\d-])(\d{1,3})\s*-\s*(\d{1,4})(?![\d-])", re.ASCII)
_ADDRESS_BLOCK = re.compile(rf"\b(?:blok|block|blk)\.?\s*({_BLOCK})\b", re.ASCII | re.IGNORECASE)
# A block column: "A", "3", "12A", "Blok 3", "Block 12A".
_BLOCK_CELL = re.compile(
    rf"^\s*(?:(?:blok|block|blk)\.?\s*)?({_BLOCK})\s*$", re.ASCII | re.IGNORECASE
)
UNIT_FORMS = (
    "unit is not a unit code: write BLOCK-FLOOR-NUMBER (A-12-05, 3-12-05, 12A-03-05), "
    "FLOOR-NUMBER with a block column or --block (12-05), an address naming its block "
    "(No. 12-05, Blok 3), or a unit's area path"
)
BLOCK_FORMS = "block is not a block code (A, 3, 12A, Blok 3 or Block 12A)"


@dataclass(frozen=True, slots=True)
class Door:
    """A unit code read from a row: block (None when only floor and number were written)."""

    block: str | None
    floor: int
    number: str

    def code(self, block: str) -> str:
        return f"{block}-{self.floor:02d}-{self.number.zfill(2)}"


@dataclass(frozen=True, slots=True)
class CensusRow:
    where: str  # "Sheet1!7"
    unit: str
    head_name: str
    national_id: str | None  # 12 digits
    phone: str | None  # digits in the national form: 0123456789
    household_size: int | None
    block: str | None  # a block code from the block column: "A", "3", "12A"
    door: Door | None  # None: the unit is written as an area path


def block_code(text: str) -> str | None:
    """The block code a block cell or address names ("Blok 03" -> "3", "b" -> "B"), or None."""
    match = _BLOCK_CELL.match(text)
    return _block(match.group(1)) if match else None


def _block(code: str) -> str:
    code = code.upper()
    digits = code.rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return (str(int(digits)) + code[len(digits) :]) if digits else code  # "03" is block 3


def read_door(text: str) -> Door | None:
    """The unit code written in `text` (a door code or an address), or None."""
    door = _UNIT.search(text)
    written = _ADDRESS_BLOCK.search(text)
    floor_unit = _ADDRESS_UNIT.search(text)
    if written and floor_unit:
        return Door(_block(written.group(1)), int(floor_unit.group(1)), floor_unit.group(2))
    if door:
        return Door(_block(door.group(1)), int(door.group(2)), door.group(3))
    if floor_unit := _FLOOR_UNIT.match(text):
        return Door(None, int(floor_unit.group(1)), floor_unit.group(2))
    return None


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
    """(sheet name, iterator of (1-based row or line number, cells)) for the file's first sheet.

    A CSV row is numbered by the line it starts on (what a text editor shows); CSV rows that
    break the format raise one LocatedErrors naming every such line."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return path.name, _csv_rows(path)
    if suffix in (".xlsx", ".xlsm"):
        return _xlsx_rows(path)
    raise TinjauError(f"{path.name}: census lists are read from .xlsx or .csv files.")


def _decode(data: bytes, name: str) -> str:
    """The file's text; bytes that are no character are a located refusal, never U+FFFD."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        candidates: tuple[str, ...] = ("utf-16",)  # Excel's "Unicode Text" export (and tabs)
    elif _UTF8_SEQUENCE.search(data):
        # UTF-8 with a few damaged bytes: read as cp1252 every accent would become two letters.
        candidates = ("utf-8-sig",)
    else:
        candidates = ("utf-8-sig", "cp1252")  # Excel on Windows saves "CSV" in the ANSI code page
    for encoding in candidates:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as error:
            failure = error
    if candidates == ("utf-16",):
        lines = [data[: failure.start].decode("utf-16", "replace").count("\n") + 1]
    else:
        lines = [n for n, line in enumerate(data.split(b"\n"), 1) if _undecodable(line, encoding)]
    what = " or ".join(_ENCODING_NAMES[c] for c in candidates)
    raise LocatedErrors(
        f"{name} holds bytes that are not characters in {what}, so some text would be stored "
        "wrong; nothing was imported. Open it in a spreadsheet program and save it as "
        '"CSV UTF-8" (or as .xlsx), then import it again:',
        [(f"{name}!{n}", "this line holds bytes that are not characters") for n in lines],
    )


def _undecodable(line: bytes, encoding: str) -> bool:
    try:
        line.decode(encoding)
    except UnicodeDecodeError:
        return True
    return False


def _csv_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise TinjauError(
            f"{path.name} cannot be read ({error.strerror}); check the file."
        ) from None
    text = _decode(data, path.name)
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], ",;\t")
    except csv.Error:
        dialect = csv.excel
    # strict: a quote left open is an error at the end of the file, not a field that silently
    # swallows every row after it.
    # doublequote: the sniffer says False when its sample has no "" in it, and a "" further
    # down the file would then break the row.
    reader = csv.reader(io.StringIO(text, newline=""), dialect, strict=True, doublequote=True)
    broken: list[tuple[str, str]] = []
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:  # its text names the rule broken, never the cell's content
            broken.append((f"{path.name}!{start}", f"this row is not valid CSV ({error}); a "
                           "quote may be left open or misplaced"))  # fmt: skip
            continue
        if any("\n" in c or "\r" in c for c in cells):
            # Whatever its column, a cell that spans lines may hold the rows after it.
            broken.append((f"{path.name}!{start}", "a cell of this row holds a line break: a "
                           "quote left open reads the rows after it into that cell"))  # fmt: skip
        elif not broken:
            yield start, [c.strip() for c in cells]
    if broken:
        raise LocatedErrors(
            f"{path.name} cannot be read as CSV; nothing was imported. Fix the quotes on these "
            "lines (or open the file in a spreadsheet program and save it again as CSV):",
            broken,
        )


def _xlsx_rows(path: Path) -> tuple[str, Iterator[tuple[int, list[str]]]]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a file it cannot read
        raise TinjauError(
            f"{path.name} cannot be read as an Excel workbook ({type(error).__name__}); "
            "save it again as .xlsx or export it as .csv."
        ) from None
    if not book.worksheets:
        book.close()
        raise TinjauError(f"{path.name} has no worksheet; put the list on the first sheet.")
    sheet = book.worksheets[0]

    def rows() -> Iterator[tuple[int, list[str]]]:
        number = 0
        try:
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                yield number, [_cell(v) for v in values]
        except Exception as error:  # a damaged sheet inside a workbook that opened
            raise TinjauError(
                f"{path.name} cannot be read past row {number} ({type(error).__name__}); "
                "nothing was imported. Save it again as .xlsx or export it as .csv."
            ) from None
        finally:
            book.close()

    return sheet.title, rows()


def _phone(text: str) -> str | None:
    """The number in its national form (0 then the digits), or None when it is not a phone.

    "+60 12-345 6789" and "012-345 6789" are one phone: stored one way, a search for either
    finds it, and a re-imported list written the other way is not an update."""
    digits = _PHONE_SEPARATORS.sub("", text)  # typographic dashes too
    return _COUNTRY_CODE.sub("0", digits) if _PHONE.match(digits) else None


def read_census(path: Path, progress: Callable[[int], None] | None = None) -> list[CensusRow]:
    """Every data row of the list, checked; raises LocatedErrors listing all bad rows.

    Reads only the file: the database is not needed, so a bad file is refused before a new
    workspace is made."""
    if not path.exists():
        raise TinjauError(f"{path} does not exist; check the file name.")
    if path.is_dir():
        raise TinjauError(f"{path} is a folder; give the census list file.")
    sheet, rows = _raw_rows(path)
    columns: dict[str, int] | None = None
    width = 0
    problems: list[tuple[str, str]] = []
    result: list[CensusRow] = []
    for number, cells in rows:
        if not any(cells):
            continue
        where = f"{sheet}!{number}"
        if columns is None:
            columns = _columns(cells, where)
            width = max(i for i, text in enumerate(cells) if text) + 1
            continue
        row, row_problems = _check(where, cells, columns)
        if any(cells[width:]):
            row_problems.append(
                "has a value in a column without a header: columns may have shifted (a quote "
                "or separator out of place?)"
            )
        problems += [(where, p) for p in row_problems]
        if row is not None and not row_problems:
            result.append(row)
        if progress and len(result) % 10_000 == 0 and result:
            progress(len(result))
    if columns is None:
        raise TinjauError(f"{path.name} is empty: a census list needs a header row and households.")
    problems += _duplicates(result)
    if problems:
        raise LocatedErrors(
            f"{path.name}: {len(problems):,} problem(s); nothing was imported. Fix these rows "
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


def _suspicious(column: str, text: str) -> str | None:
    """Why a cell looks like the remains of a broken row (or a lost character), or None."""
    label = LABELS[column]
    if "\ufffd" in text:
        return (f"{label} holds a replacement character (U+FFFD) where a character was lost "
                "when the file was saved; type it again or save the file as CSV UTF-8")  # fmt: skip
    if column not in TEXT_COLUMNS or not _ODD.search(text):  # most cells: one search, not three
        return None
    if "\n" in text or "\r" in text:
        return f"{label} holds a line break: two rows may have run into one ({_MERGED})"
    if _ID_RUN.search(text):
        return f"{label} holds a number like a national ID ({_MERGED})"
    if column != "unit" and _DOOR_CODE.search(text):
        return f"{label} holds a unit code ({_MERGED})"
    return None


_MERGED = "a quote left open, or columns shifted? check this row and the next"


def _check(
    where: str, cells: list[str], columns: dict[str, int]
) -> tuple[CensusRow | None, list[str]]:
    count = len(cells)
    values = {c: cells[i] for c, i in columns.items() if i < count}  # already stripped

    def get(column: str) -> str:
        return values.get(column, "")

    # Most rows hold no replacement character and no odd text: two searches, not one a column.
    checked = values if "\ufffd" in "\t".join(values.values()) else TEXT_COLUMNS
    problems = [p for c in checked if (p := _suspicious(c, get(c)))]
    unit, name = get("unit"), " ".join(get("head_name").split())
    door = read_door(unit)
    if not unit:
        problems.append("unit is empty")
    elif door is None and "/" not in unit:  # with "/" it may be a known unit's area path
        problems.append(UNIT_FORMS)
    if not name:
        problems.append("head's name is empty")
    elif len(name) > 200:
        problems.append("head's name is longer than 200 characters")
    block = None
    if raw := get("block"):
        block = block_code(raw)
        if block is None:
            problems.append(BLOCK_FORMS)
    national_id = None
    if raw := get("national_id"):
        if raw.isascii() and raw.isdigit() and len(raw) == 11:
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
        if _SIZE.fullmatch(raw) and 1 <= int(raw) <= 99:
            size = int(raw)
        else:
            problems.append("household size is not a whole number from 1 to 99 (digits 0-9)")
    if problems:
        return None, problems
    return CensusRow(where, unit, name, national_id, phone, size, block, door), []


def _unit_key(row: CensusRow) -> str:
    """The row's unit as one string: one unit written two ways ("A-1-1", "a 01 01") is one key."""
    if row.door is None:
        return row.unit
    return row.door.code(row.block or row.door.block or "?")


def _duplicates(rows: list[CensusRow]) -> list[tuple[str, str]]:
    """Rows that are one household: same unit and ID, or same unit and name with no ID."""
    seen: dict[tuple[str, str], str] = {}
    problems = []
    for row in rows:
        identity = row.national_id or f"name:{row.head_name.upper()}"
        key = (_unit_key(row), identity)
        if key not in seen:
            seen[key] = row.where
        elif row.national_id:
            problems.append((row.where, f"same unit and national ID as {seen[key]}"))
        else:
            problems.append((row.where, f"same unit and head's name as {seen[key]}, and no "
                             "national ID to tell them apart"))  # fmt: skip
    return problems
