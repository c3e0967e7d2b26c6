"""Workbooks for tests of installing forms: the shipped household form at another version with
one question's label changed, and a small form reading an attached file."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from app.paths import HOUSEHOLD_FORM

NEW_LABEL = "Name of the person (new form)"


def household_version(
    path: Path, version: str, *, label: str = NEW_LABEL, question: str = "name"
) -> Path:
    """The household form with `version` in its settings and `label` (English) on `question`."""
    book = openpyxl.load_workbook(HOUSEHOLD_FORM)
    survey = book["survey"]
    header = [cell.value for cell in survey[1]]
    name_col, label_col = header.index("name"), header.index("label::English (en)")
    for row in survey.iter_rows(min_row=2):
        if row[name_col].value == question:
            row[label_col].value = label
    settings = book["settings"]
    columns = [cell.value for cell in settings[1]]
    settings.cell(row=2, column=columns.index("version") + 1).value = version
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path


def shipped_version() -> str:
    """The version of the shipped household form."""
    book = openpyxl.load_workbook(HOUSEHOLD_FORM, read_only=True)
    rows = list(book["settings"].iter_rows(values_only=True))
    return str(rows[1][list(rows[0]).index("version")])


LOOKUP_CHOICES = [
    ["list_name", "name", "label", "country"],
    ["countries", "my", "Malaysia", ""],
    ["countries", "vn", "Viet Nam", ""],
    ["cities", "kl", "Kuala Lumpur", "my"],
    ["cities", "pg", "George Town", "my"],
    ["cities", "hn", "Ha Noi", "vn"],
]
LOOKUP_SURVEY = [  # fmt: skip
    ["type", "name", "label", "choice_filter", "calculation"],
    ["select_one countries", "country", "Country", "", ""],
    ["select_one cities", "city", "City", "country = current()/../country", ""],
    [
        "calculate",
        "city_label",
        "",
        "",
        "instance('cities')/root/item[name = current()/../city]/label",
    ],
    ["calculate", "population", "", "", "pulldata('citydata', 'population', 'code', ${city})"],
    ["note", "shown", "${city_label} has ${population} people", "", ""],
]
CITYDATA = "code,population\nkl,1800000\npg,700000\nhn,8000000\n"


def lookup_form(folder: Path, version: str = "1") -> Path:
    """`cities.xlsx` (form id `cities`): a city list filtered by the country with current(), its
    label read from the list's secondary instance, and its population by pulldata() from
    `cities-media/citydata.csv`."""
    from tests.survey.forms.conftest import write_workbook

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "cities-media").mkdir(exist_ok=True)
    (folder / "cities-media" / "citydata.csv").write_text(CITYDATA, encoding="utf-8")
    settings = {"form_id": "cities", "version": version, "form_title": "Cities"}
    return write_workbook(folder / "cities.xlsx", LOOKUP_SURVEY, LOOKUP_CHOICES, settings)
