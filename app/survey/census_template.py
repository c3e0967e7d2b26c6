"""Census list templates: a workbook with one country's headers and a README sheet.

`tinjau census template OUT.xlsx --country C` writes an empty one; scripts/make_census_examples.py
writes the samples under docs/examples/ with the same headers (`write_list`).
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from app.survey.countries import Country
from app.survey.errors import TinjauError
from app.survey.identity import rules_for

COLUMNS = ("unit", "block", "head_name", "national_id", "phone", "household_size")
# The header each country's template writes, in the order of COLUMNS (all are read back by
# app.survey.census_file, with many other spellings).
TEMPLATE_HEADERS: dict[str, tuple[str, ...]] = {
    "my": ("Unit", "Blok", "Nama KIR", "No KP", "Telefon", "Bilangan AIR"),
    "vn": ("Địa chỉ", "Tòa nhà", "Họ và tên chủ hộ", "Số CCCD", "Số điện thoại", "Số nhân khẩu"),
    "ir": ("نشانی", "بلوک", "نام سرپرست خانوار", "کد ملی", "تلفن", "تعداد اعضا"),
}


def _readme(country: Country) -> list[tuple[str, str]]:
    rules = rules_for(country.code)
    headers = TEMPLATE_HEADERS[country.code]
    what = {
        "unit": "Required. The unit's code: BLOCK-FLOOR-NUMBER (A-12-05), or FLOOR-NUMBER "
        "(12-05) when the block column says the block.",
        "block": "Optional. The block (A, 3, 12A) of a unit written as FLOOR-NUMBER.",
        "head_name": "Required. The head of household's name, up to 200 characters.",
        "national_id": f"Optional. The head's {rules.id_name} ({rules.id_example}).",
        "phone": f"Optional. A {rules.adjective} phone number ({rules.phone_example}).",
        "household_size": "Optional. How many people live in the household, 1 to 99.",
    }
    return [
        (f"Census list for a workspace in {country.name}", ""),
        ("Fill the first sheet: one row per household, below the header row.", ""),
        ("Import it with: tinjau census import FILE.xlsx --data-dir D --site PATH", ""),
        ("Every column and unit form is explained in docs/census.md.", ""),
        ("", ""),
        ("Column", "What it holds"),
        *((headers[i], what[column]) for i, column in enumerate(COLUMNS)),
    ]


def write_list(path: Path, country: Country, rows: Sequence[Sequence[str]] = ()) -> None:
    """A census list at `path` (.xlsx with a README sheet, or .csv in UTF-8) with the country's
    headers and `rows` (in the order of COLUMNS)."""
    headers = TEMPLATE_HEADERS[country.code]
    if path.suffix.lower() == ".csv":
        with path.open("w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(headers)
            writer.writerows(rows)
        return
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Households"
    sheet.append(headers)
    for row in rows:
        sheet.append(list(row))
    for letter, width in zip("ABCDEF", (14, 10, 30, 18, 16, 14), strict=True):
        sheet.column_dimensions[letter].width = width
        # Text, so a spreadsheet keeps an ID's or a phone's leading zeros.
        for cell in sheet[letter]:
            cell.number_format = "@"
    if country.code == "ir":
        sheet.sheet_view.rightToLeft = True
    readme = book.create_sheet("README")
    for line in _readme(country):
        readme.append(line)
    readme.column_dimensions["A"].width = 30
    readme.column_dimensions["B"].width = 90
    book.save(path)


def write_template(path: Path, country: Country) -> None:
    """An empty census list for `country` at `path` (.xlsx); refuses to overwrite a file."""
    if path.suffix.lower() != ".xlsx":
        raise TinjauError(
            f"{path.name}: a template is an .xlsx workbook; give a name ending .xlsx."
        )
    if path.exists():
        raise TinjauError(f"{path} already exists; nothing was changed. Give a new file name.")
    if not path.parent.is_dir():
        raise TinjauError(f"{path.parent} is not a folder; nothing was changed.")
    write_list(path, country)
