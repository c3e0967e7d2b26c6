"""The household questionnaire: the workbook, its generating script and its documentation agree,
pyxform accepts it, every text is in four languages, and realistic households fill through the
form engine (skip logic, constraints, choice filters, totals), headless and by `tinjau form`.
"""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

REPO = Path(__file__).resolve().parents[2]
FORM = REPO / "resources" / "forms" / "household.xlsx"
SCRIPT = REPO / "scripts" / "build_household_form.py"
DOCS = REPO / "docs" / "household-form.md"
LANGUAGES = ("English (en)", "Malay (ms)", "Vietnamese (vi)", "Persian (fa)")
TRANSLATED = ("label", "hint", "required_message", "constraint_message")
EXPRESSION_COLUMNS = ("relevant", "constraint", "calculation", "choice_filter", "default")
# The ODK XPath functions issue 5 lists; the form may use these and nothing else.
ODK_SUBSET = {
    "if", "coalesce", "selected", "count-selected", "selected-at", "jr:choice-name", "concat",
    "string-length", "substr", "contains", "starts-with", "regex", "number", "int", "round",
    "string", "boolean", "today", "now", "date", "decimal-date-time", "format-date", "sum",
    "count", "max", "min", "position", "indexed-repeat", "once", "boolean-from-string", "true",
    "false", "not",
}  # fmt: skip
FIXED_NOW = datetime(2026, 11, 28, 9, 30, tzinfo=UTC)


# --- reading the workbook --------------------------------------------------------------------


def sheet_rows(book: openpyxl.Workbook, title: str) -> list[dict[str, str]]:
    """The rows of a sheet as dicts keyed by the header, empty cells as ''."""
    rows = list(book[title].iter_rows(values_only=True))
    header = [str(cell) for cell in rows[0]]
    return [
        {key: "" if cell is None else str(cell) for key, cell in zip(header, row, strict=True)}
        for row in rows[1:]
    ]


@pytest.fixture(scope="module")
def book() -> openpyxl.Workbook:
    return openpyxl.load_workbook(FORM, read_only=False)


@pytest.fixture(scope="module")
def fields(book: openpyxl.Workbook) -> dict[str, dict[str, Any]]:
    """Every named survey row by name, with the repeat and the group or repeat it sits in."""
    out: dict[str, dict[str, Any]] = {}
    containers: list[tuple[str, str]] = []  # (kind, name), outermost first
    for row in sheet_rows(book, "survey"):
        kind = row["type"]
        if kind.startswith("end "):
            containers.pop()
            continue
        repeats = [name for k, name in containers if k == "repeat"]
        out[row["name"]] = {
            **row,
            "repeat": repeats[-1] if repeats else None,
            "container": containers[-1][1] if containers else None,
        }
        if kind in ("begin group", "begin repeat"):
            containers.append((kind.split()[1], row["name"]))
    assert not containers, "every begin group/repeat has its end"
    return out


@pytest.fixture(scope="module")
def choice_lists(book: openpyxl.Workbook) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for row in sheet_rows(book, "choices"):
        out.setdefault(row["list_name"], []).append(row["name"])
    return out


def list_of(field: dict[str, Any]) -> str:
    """The choice list name of a select question."""
    return str(field["type"].split()[1])


# --- reading the documentation ---------------------------------------------------------------


def markdown_tables(text: str) -> list[tuple[str, list[str], list[list[str]]]]:
    """Every table as (the heading above it, header cells, rows of cells)."""
    tables: list[tuple[str, list[str], list[list[str]]]] = []
    heading = ""
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("#"):
            heading = line.lstrip("#").strip()
        if line.startswith("|") and i + 1 < len(lines) and lines[i + 1].startswith("|---"):
            header = cells(line)
            rows = []
            i += 2
            while i < len(lines) and lines[i].startswith("|"):
                rows.append(cells(lines[i]))
                i += 1
            tables.append((heading, header, rows))
            continue
        i += 1
    return tables


def cells(line: str) -> list[str]:
    """The cells of a table row; `\\|` is a pipe inside a cell, as GitHub Markdown writes it."""
    inner = line.strip().removeprefix("|").removesuffix("|")
    return [cell.strip().replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", inner)]


def code(cell: str) -> str:
    """The text of a cell that is one `code span`, or '' for an empty cell."""
    return cell[1:-1] if cell.startswith("`") and cell.endswith("`") else cell


def code_spans(text: str) -> list[str]:
    return re.findall(r"`([^`]*)`", text)


DOC_TEXT = DOCS.read_text(encoding="utf-8")
REFERENCE_HEADER = ["name", "type", "required", "shown when", "constraint", "meaning"]
CONTRACT_HEADER = ["name", "where", "type", "meaning / choices"]


def contract_rows() -> list[list[str]]:
    found = [rows for _h, header, rows in markdown_tables(DOC_TEXT) if header == CONTRACT_HEADER]
    assert len(found) == 1, "docs/household-form.md has one contract table"
    return found[0]


def reference_sections() -> list[tuple[str, list[list[str]]]]:
    return [
        (heading, rows)
        for heading, header, rows in markdown_tables(DOC_TEXT)
        if header == REFERENCE_HEADER
    ]


# --- the workbook and the script -------------------------------------------------------------


def test_committed_workbook_is_what_the_script_builds(tmp_path: Path) -> None:
    """Running the script reproduces the committed workbook cell for cell (no hand edits)."""
    out = tmp_path / "household.xlsx"
    subprocess.run(
        [sys.executable, str(SCRIPT), "--output", str(out)], check=True, capture_output=True
    )
    built, committed = openpyxl.load_workbook(out), openpyxl.load_workbook(FORM)
    assert built.sheetnames == committed.sheetnames == ["survey", "choices", "settings"]
    for title in built.sheetnames:
        assert sheet_rows(built, title) == sheet_rows(committed, title), title


def test_pyxform_converts_the_workbook_without_warnings() -> None:
    """pyxform, the reference XLSForm parser, turns the workbook into an XForm without warnings."""
    from pyxform.xls2xform import convert

    warnings: list[str] = []
    result = convert(xlsform=str(FORM), warnings=warnings)
    assert warnings == []
    assert 'id="household"' in result.xform
    assert 'version="2026120503"' in result.xform
    for language in LANGUAGES:
        assert f'<translation lang="{language}"' in result.xform


def test_settings_name_the_form_its_version_and_default_language(book: openpyxl.Workbook) -> None:
    """The settings sheet gives form id `household`, a dated version and English as default."""
    (settings,) = sheet_rows(book, "settings")
    assert settings["form_id"] == "household"
    assert re.fullmatch(r"20\d{8}", settings["version"])
    assert settings["default_language"] == "English (en)"
    assert settings["form_title"]
    assert f"version `{settings['version']}`" in DOC_TEXT, (
        "docs/household-form.md names the version"
    )


# --- the documentation and the workbook ------------------------------------------------------


def test_contract_fields_exist_with_their_documented_type_place_and_choices(
    fields: dict[str, dict[str, Any]], choice_lists: dict[str, list[str]]
) -> None:
    """Each field the poverty standards rely on has the documented type, place and choice names."""
    rows = contract_rows()
    assert len(rows) >= 40
    for cell_name, where, kind, meaning in rows:
        name = code(cell_name)
        assert name in fields, f"{name} is in the contract but not in the form"
        field = fields[name]
        if kind == "—":
            assert where == "repeat" and field["type"] == "begin repeat", name
            continue
        assert field["repeat"] == (None if where == "household" else where), name
        if kind == "select_one (filtered by country)":
            assert field["type"].startswith("select_one "), name
            assert "${country}" in field["choice_filter"], name
        elif kind in ("select_one", "select_multiple"):
            assert field["type"].startswith(kind + " "), name
        else:
            assert field["type"] == kind, name
        if kind.startswith("select"):
            documented = {
                token
                for span in code_spans(meaning)
                for token in span.split()
                if re.fullmatch(r"[a-z0-9_]+", token)
            }
            offered = set(choice_lists[list_of(field)])
            if name == "state":  # "province codes such as ...": the form has more
                assert documented <= offered, name
            elif documented:
                assert documented == offered, name
        if kind == "calculate":
            for span in code_spans(meaning):
                for word in re.findall(r"[a-z_][a-z0-9_]*", span):
                    if word in fields:
                        assert "${" + word + "}" in field["calculation"], (name, word)
    assert set(choice_lists["yes_no"]) == {"yes", "no"}  # "`yes_no` is the choice list ..."


def test_field_reference_documents_every_field_exactly_as_the_workbook_has_it(
    fields: dict[str, dict[str, Any]],
) -> None:
    """The docs' reference tables give each field's type, requirement, skip logic, constraint and
    place exactly as the workbook does, and document every field and every group or repeat."""
    documented: set[str] = set()
    containers: set[str] = set()
    for heading, rows in reference_sections():
        match = re.search(r"\((group|repeat) `([a-z_]+)`", heading)
        container = match[2] if match else None
        if match:
            containers.add(container or "")
            assert fields[match[2]]["type"] == f"begin {match[1]}", heading
            shown = re.search(r"shown when `([^`]+)`", heading)
            assert fields[match[2]]["relevant"] == (shown[1] if shown else ""), heading
        else:
            assert "top level" in heading, heading
        for name_cell, kind, required, relevant, constraint, meaning in rows:
            name = code(name_cell)
            assert name in fields, f"docs describe {name}, which the form does not have"
            field = fields[name]
            assert kind == field["type"], name
            assert (required == "yes") == (field["required"] == "yes"), name
            assert code(relevant) == field["relevant"], name
            assert code(constraint) == field["constraint"], name
            assert field["container"] == container, f"{name} is documented in the wrong section"
            if field["calculation"]:
                assert field["calculation"] in code_spans(meaning), name
            assert name not in documented, f"{name} is documented twice"
            documented.add(name)
    questions = {n for n, f in fields.items() if not f["type"].startswith("begin ")}
    assert documented == questions
    assert containers == {n for n, f in fields.items() if f["type"].startswith("begin ")}


def test_documented_choice_lists_are_the_workbooks(choice_lists: dict[str, list[str]]) -> None:
    """The docs' choice-list table names every list and every choice name the workbook has."""
    documented: dict[str, set[str]] = {}
    (rows,) = [
        rows
        for _h, header, rows in markdown_tables(DOC_TEXT)
        if header[0] == "list" and header[1].startswith("choices")
    ]
    for list_cell, choices_cell in rows:
        documented.setdefault(code(list_cell), set()).update(code_spans(choices_cell))
    assert documented == {name: set(names) for name, names in choice_lists.items()}


# --- languages, names and expressions --------------------------------------------------------


@pytest.mark.parametrize("sheet", ["survey", "choices"])
def test_every_text_is_written_in_all_four_languages(book: openpyxl.Workbook, sheet: str) -> None:
    """A label, hint, required or constraint message in one language is there in all four."""
    rows = sheet_rows(book, sheet)
    header = set(rows[0])
    for column in header:
        base, _, language = column.partition("::")
        if base in TRANSLATED:
            assert language in LANGUAGES, f"{sheet} column {column} is not one of the languages"
        assert base not in TRANSLATED or language, f"{sheet} has an untranslated {column} column"
    for number, row in enumerate(rows, start=2):
        for base in TRANSLATED:
            texts = [row.get(f"{base}::{language}", "") for language in LANGUAGES]
            assert all(texts) or not any(texts), f"{sheet}!{number} {base}: {texts}"


def test_every_shown_question_has_labels_and_its_messages(
    fields: dict[str, dict[str, Any]],
) -> None:
    """Each question has a label, a required question a required message, a constrained one a
    constraint message; Persian and Vietnamese texts are in their own scripts, not English."""
    for name, field in fields.items():
        if field["type"] in ("calculate",) or field["type"].startswith("end"):
            continue
        assert field["label::English (en)"], name
        if field["required"] == "yes":
            assert field["required_message::Persian (fa)"], name
        if field["constraint"]:
            assert field["constraint_message::Persian (fa)"], name
        assert re.search("[\u0600-\u06ff]", field["label::Persian (fa)"]), name
        assert field["label::Vietnamese (vi)"] != field["label::English (en)"], name


def test_persian_texts_isolate_left_to_right_numbers(book: openpyxl.Workbook) -> None:
    """In Persian texts an ID, coordinates or an amount with its currency sits in a Unicode
    isolate, so right-to-left display keeps "850101-14-5123" in its order."""
    runs = re.compile(r"[0-9A-Z#]+(?:[-. ][0-9A-Z#]+)+|\$\{[a-z_]+_display\}")
    checked = 0
    for sheet in ("survey", "choices"):
        for number, row in enumerate(sheet_rows(book, sheet), start=2):
            for column, text in row.items():
                if not column.endswith("::Persian (fa)"):
                    continue
                for match in runs.finditer(text):
                    checked += 1
                    before, after = text[: match.start()], text[match.end() :]
                    assert before.endswith("\u2066") and after.startswith("\u2069"), (
                        f"{sheet}!{number} {column}: {match[0]}"
                    )
    assert checked >= 6


# Choice labels that are the same word in English and Malay or Vietnamese (names, and words
# Malay borrows); every other label must be translated. Place names (`state`) are exempt.
SAME_AS_ENGLISH = {
    "Malay (ms)": {
        ("country", "my"), ("country", "vn"), ("country", "ir"), ("ethnicity", "orang_asli"),
        ("religion", "islam"), ("chronic_disease", "gout"), ("cooking_fuel", "biogas"),
        ("assets", "radio"), ("savings", "tabung_haji"), ("savings", "asn"), ("savings", "asb"),
    },
    "Vietnamese (vi)": {("country", "my"), ("country", "ir")},
}  # fmt: skip


def test_choice_labels_are_translated(book: openpyxl.Workbook) -> None:
    """Persian choice labels are in Persian script; Malay and Vietnamese ones are not copies of
    the English label, except for the names listed in SAME_AS_ENGLISH and places."""
    for number, row in enumerate(sheet_rows(book, "choices"), start=2):
        assert re.search("[\u0600-\u06ff]", row["label::Persian (fa)"]), f"choices!{number}"
        if row["list_name"] == "state":
            continue
        for language, allowed in SAME_AS_ENGLISH.items():
            if row[f"label::{language}"] == row["label::English (en)"]:
                assert (row["list_name"], row["name"]) in allowed, f"choices!{number} {language}"


def test_choice_names_are_lowercase_ascii(choice_lists: dict[str, list[str]]) -> None:
    """Choice names are lower-case ASCII identifiers, unique within their list."""
    for list_name, names in choice_lists.items():
        assert len(names) == len(set(names)), list_name
        for name in names:
            assert re.fullmatch(r"[a-z][a-z0-9_]*", name), (list_name, name)


def test_expressions_use_only_the_odk_subset(fields: dict[str, dict[str, Any]]) -> None:
    """Every function called in an expression is one the form engine supports (issue 5)."""
    used: set[str] = set()
    for field in fields.values():
        for column in EXPRESSION_COLUMNS:
            text = re.sub(r"'[^']*'", "''", field[column])  # ignore regex patterns in strings
            used.update(re.findall(r"([a-z][a-z0-9:-]*)\s*\(", text))
    used -= {"and", "or", "div", "mod"}  # operators before a parenthesis
    assert used, "the form has expressions"
    assert used <= ODK_SUBSET, used - ODK_SUBSET


def test_states_cover_malaysia_vietnam_and_iran(book: openpyxl.Workbook) -> None:
    """The state list has Malaysia's 16 states, Vietnam's 34 provinces and Iran's 31, by country."""
    per_country: dict[str, int] = {}
    for row in sheet_rows(book, "choices"):
        if row["list_name"] == "state":
            per_country[row["country"]] = per_country.get(row["country"], 0) + 1
    assert per_country == {"my": 16, "vn": 34, "ir": 31}


# --- filling it through the form engine ------------------------------------------------------


def malaysian_household() -> dict[str, Any]:
    """A household of four in a Kuala Lumpur PPR flat: a lorry driver, a home tailor, two
    children (12 and 3), two aid programmes. Total income RM 2,300 a month."""
    return {
        "consent": "OK",
        "interview_date": "2026-11-20",
        "country": "my",
        "state": "kuala_lumpur",
        "district": "Kuala Lumpur",
        "ward": "Zon Bandar Tun Razak",
        "site": "PPR Desa Rejang",
        "block": "B",
        "floor_level": "7",
        "unit_number": "B-07-12",
        "stratum": "urban",
        "phone": "012-345 6789",
        "gps": "3.2015 101.7230",
        "members": [
            {
                "same_background": "no", "anyone_chronic": "yes", "anyone_disabled": "yes",
                "name": "Ahmad bin Ismail", "relationship": "head", "sex": "male", "age": 45,
                "dob": "1981-03-02", "national_id": "810302-14-5123", "citizenship": "citizen",
                "ethnicity": "malay", "religion": "islam", "marital_status": "married",
                "education_level": "upper_secondary", "years_schooling": 11,
                "skills": "mechanic", "employment_status": "employee_no_contract",
                "occupation": "lorry driver", "chronic_diseases": "hypertension",
                "treatment_place": "government_clinic", "disability": "no",
                "health_insurance": "no", "undernourished": "no", "income_wages": 1800,
                "income_self_employment": 0, "income_transfers": 0,
            },
            {
                "name": "Siti binti Rahman", "relationship": "spouse", "sex": "female",
                "age": 40, "national_id": "860715105544", "citizenship": "citizen",
                "ethnicity": "malay", "religion": "islam", "marital_status": "married",
                "education_level": "lower_secondary", "years_schooling": 9, "skills": "sewing",
                "employment_status": "self_employed", "occupation": "home tailor",
                "chronic_diseases": "none", "disability": "no", "health_insurance": "no",
                "undernourished": "no", "income_wages": 0, "income_self_employment": 400,
                "income_transfers": 0,
            },
            {
                "name": "Aisyah binti Ahmad", "relationship": "child", "sex": "female",
                "age": 12, "national_id": "140220-14-0128", "citizenship": "citizen",
                "ethnicity": "malay", "religion": "islam", "in_school": "yes",
                "education_level": "primary", "years_schooling": 6, "chronic_diseases": "asthma",
                "treatment_place": "government_clinic", "disability": "no",
                "health_insurance": "no", "undernourished": "no",
            },
            {
                "name": "Danish bin Ahmad", "relationship": "child", "sex": "male", "age": 3,
                "citizenship": "citizen", "ethnicity": "malay", "religion": "islam",
                "chronic_diseases": "none", "disability": "yes", "disability_type": "hearing",
                "oku_number": "230411140337", "health_insurance": "no",
                "undernourished": "dont_know",
            },
        ],
        "dwelling_type": "flat", "tenure": "rented_public", "housing_quality": "permanent",
        "floor_material": "ceramic_tiles", "roof_material": "concrete", "wall_material": "brick",
        "floor_area": 60, "rooms": 3, "water_source": "piped_dwelling",
        "toilet_type": "flush_sewer", "toilet_shared": "no", "cooking_fuel": "lpg",
        "electricity": "yes",
        "assets": "tv mobile_phone refrigerator motorbike washing_machine",
        "telecom_use": "yes", "savings": "tabung_haji bank",
        "sick_untreated": "no", "child_deaths_5y": 0,
        "income_property": 0, "income_other": 100,
        "assistance_received": "yes",
        "assistance": [
            {"agency": "br1m_str", "programme": "Sumbangan Tunai Rahmah",
             "assistance_date": "2026-08-15", "assistance_amount": 1000},
            {"agency": "jkm", "programme": "Bantuan Kanak-Kanak",
             "assistance_date": "2026-10-01", "assistance_amount": 1200},
        ],
    }  # fmt: skip


def vietnamese_household() -> dict[str, Any]:
    """A household of three in Ho Chi Minh City, renting a 20 m² room with a shared toilet and
    water from a public tap; a widowed street vendor, her unemployed son and a granddaughter
    of 7 out of school. Total income 4,500,000 VND a month."""
    return {
        "consent": "OK", "interview_date": "2026-11-25", "country": "vn",
        "state": "ho_chi_minh", "district": "Quận 11 (cũ)", "ward": "Phường Minh Phụng",
        "site": "Khu phố 5", "unit_number": "12/4 hẻm 38", "stratum": "urban",
        "members": [
            {
                "same_background": "no", "anyone_chronic": "yes", "anyone_disabled": "yes",
                "name": "Nguyễn Thị Lan", "relationship": "head", "sex": "female", "age": 58,
                "national_id": "079168001234", "citizenship": "citizen", "religion": "buddhism",
                "marital_status": "widowed", "education_level": "primary", "years_schooling": 5,
                "skills": "none", "employment_status": "self_employed",
                "occupation": "street food vendor", "chronic_diseases": "diabetes",
                "treatment_place": "government_clinic", "disability": "no",
                "health_insurance": "yes", "undernourished": "no", "income_wages": 0,
                "income_self_employment": 4000000, "income_transfers": 500000,
            },
            {
                "name": "Trần Văn Hùng", "relationship": "child", "sex": "male", "age": 30,
                "national_id": "079096004321", "citizenship": "citizen", "religion": "none",
                "marital_status": "divorced", "education_level": "lower_secondary",
                "years_schooling": 9, "skills": "mechanic other", "skills_other": "điện lạnh",
                "employment_status": "unemployed", "chronic_diseases": "none",
                "disability": "no", "health_insurance": "no", "undernourished": "no",
                "income_wages": 0, "income_self_employment": 0, "income_transfers": 0,
            },
            {
                "name": "Trần Ngọc Mai", "relationship": "grandchild", "sex": "female", "age": 7,
                "citizenship": "citizen", "religion": "none", "in_school": "no",
                "education_level": "none", "years_schooling": 0, "chronic_diseases": "none",
                "disability": "no", "health_insurance": "yes", "undernourished": "yes",
            },
        ],
        "dwelling_type": "room", "tenure": "rented_private", "housing_quality": "simple",
        "floor_material": "cement", "roof_material": "metal", "wall_material": "brick",
        "floor_area": 20, "rooms": 1, "water_source": "public_tap", "water_at_home": "no",
        "water_minutes": 15, "toilet_type": "flush_septic", "toilet_shared": "yes",
        "cooking_fuel": "lpg", "electricity": "yes", "assets": "mobile_phone tv",
        "telecom_use": "yes", "savings": "none", "sick_untreated": "yes",
        "child_deaths_5y": 0, "income_property": 0, "income_other": 0,
        "assistance_received": "no",
    }  # fmt: skip


def iranian_household() -> dict[str, Any]:
    """A household of four renting a flat in Tehran: a taxi driver, a homemaker, a university
    student and a schoolgirl, with monthly aid from the relief committee (an `other` agency).
    Incomes in rials."""
    return {
        "consent": "OK", "interview_date": "2026-11-27", "country": "ir", "state": "tehran",
        "district": "تهران", "ward": "منطقه ۱۶، ناحیه ۲", "site": "محله نازی‌آباد",
        "block": "۳", "floor_level": "2", "unit_number": "8", "stratum": "urban",
        "phone": "+98 912 345 6789",
        "members": [
            {
                "same_background": "no", "anyone_chronic": "yes", "anyone_disabled": "yes",
                "name": "احمد رضایی", "relationship": "head", "sex": "male", "age": 52,
                "national_id": "0061823341", "citizenship": "citizen", "religion": "islam",
                "marital_status": "married", "education_level": "upper_secondary",
                "years_schooling": 12, "skills": "mechanic", "employment_status": "self_employed",
                "occupation": "taxi driver", "chronic_diseases": "hypertension diabetes",
                "treatment_place": "government_clinic", "disability": "no",
                "health_insurance": "yes", "undernourished": "no", "income_wages": 0,
                "income_self_employment": 180_000_000, "income_transfers": 0,
            },
            {
                "name": "مریم کریمی", "relationship": "spouse", "sex": "female", "age": 47,
                "national_id": "0017452090", "citizenship": "citizen", "religion": "islam",
                "marital_status": "married", "education_level": "lower_secondary",
                "years_schooling": 9, "skills": "sewing handicraft",
                "employment_status": "homemaker", "chronic_diseases": "none", "disability": "no",
                "health_insurance": "yes", "undernourished": "no", "income_wages": 0,
                "income_self_employment": 15_000_000, "income_transfers": 0,
            },
            {
                "name": "علی رضایی", "relationship": "child", "sex": "male", "age": 19,
                "national_id": "0029135877", "citizenship": "citizen", "religion": "islam",
                "marital_status": "never_married", "in_school": "yes",
                "education_level": "upper_secondary", "years_schooling": 12, "skills": "none",
                "employment_status": "student", "chronic_diseases": "none", "disability": "no",
                "health_insurance": "yes", "undernourished": "no", "income_wages": 0,
                "income_self_employment": 0, "income_transfers": 0,
            },
            {
                "name": "زهرا رضایی", "relationship": "child", "sex": "female", "age": 9,
                "national_id": "0033812942", "citizenship": "citizen", "religion": "islam",
                "in_school": "yes", "education_level": "primary", "years_schooling": 3,
                "chronic_diseases": "asthma", "treatment_place": "government_hospital",
                "disability": "yes", "disability_type": "vision", "health_insurance": "yes",
                "undernourished": "no",
            },
        ],
        "dwelling_type": "flat", "tenure": "rented_private", "housing_quality": "permanent",
        "floor_material": "ceramic_tiles", "roof_material": "concrete", "wall_material": "brick",
        "floor_area": 75, "rooms": 2, "water_source": "piped_dwelling",
        "toilet_type": "flush_sewer", "toilet_shared": "no", "cooking_fuel": "natural_gas",
        "electricity": "yes", "assets": "tv refrigerator mobile_phone washing_machine",
        "telecom_use": "yes", "savings": "bank", "sick_untreated": "no", "child_deaths_5y": 0,
        "income_property": 0, "income_other": 12_000_000,
        "assistance_received": "yes",
        "assistance": [
            {"agency": "other", "agency_other": "کمیته امداد امام خمینی",
             "programme": "مستمری ماهانه", "assistance_date": "2026-11-01",
             "assistance_amount": 144_000_000},
        ],
    }  # fmt: skip


@pytest.fixture(scope="module")
def form(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from app.survey.forms import load_form

    return load_form(FORM, cache_dir=tmp_path_factory.mktemp("form-cache"))


def session(form: Any, answers: dict[str, Any]) -> Any:
    from app.survey.forms import FormSession

    return FormSession(form, answers, clock=lambda: FIXED_NOW)


def test_a_malaysian_household_completes_with_its_totals(form: Any) -> None:
    """A complete PPR household passes every check; size, income and area per person add up."""
    filled = session(form, malaysian_household())
    assert filled.validate() == []
    assert filled.can_complete()
    assert filled.value("hh_size") == 4
    assert filled.value("total_income") == 1800 + 400 + 100
    assert filled.value("income_per_capita") == 575
    assert filled.value("area_per_capita") == 15
    assert filled.value("assistance_total") == 2200
    assert [filled.value("line_number", (i,)) for i in range(4)] == [1, 2, 3, 4]
    assert "4 orang" in filled.label("summary", language="Malay (ms)")
    summary = filled.label("summary_income", language="Malay (ms)")
    assert summary == "Jumlah pendapatan sebulan: RM 2300. Pendapatan per kapita sebulan: RM 575."


def test_a_vietnamese_household_completes_in_dong(form: Any) -> None:
    """A Ho Chi Minh City household completes; its per-person income is in VND per month."""
    filled = session(form, vietnamese_household())
    assert filled.validate() == []
    assert filled.value("income_per_capita") == 4_500_000 / 3
    assert filled.value("currency") == "VND"
    summary = filled.label("summary_income", language="Vietnamese (vi)")
    assert "Thu nhập bình quân đầu người mỗi tháng: 1500000 VND." in summary
    assert filled.is_relevant("water_minutes")
    assert not filled.is_relevant("ethnicity", (0,))
    assert filled.value("assistance_total") == 0


def test_a_household_without_members_cannot_be_completed(form: Any) -> None:
    """An empty roster blocks completion with a message asking for the head of household."""
    answers = malaysian_household()
    answers["members"] = []
    filled = session(form, answers)
    assert [e.where for e in filled.validate()] == ["roster_empty"]
    filled.add_repeat("members")
    assert not filled.is_relevant("roster_empty")


@pytest.mark.parametrize(
    ("relationship", "age", "rule"),
    [("head", 12, "from 15 to 120"), ("child", 130, "from 0 to 120"), ("spouse", 121, "0 to 120")],
)
def test_an_age_error_names_the_rule_for_that_member(
    form: Any, relationship: str, age: int, rule: str
) -> None:
    """A wrong age is told the range that applies to that member: the head's 15, anyone
    else's 0; a child's message never quotes the head-of-household rule."""
    answers = malaysian_household()
    row = 0 if relationship == "head" else 1
    answers["members"][row].update(relationship=relationship, age=age)
    filled = session(form, answers)
    message = filled.error("age", (row,))
    assert message is not None and rule in message
    assert relationship == "head" or "head" not in message
    persian = filled.error("age", (row,), language="Persian (fa)")
    assert rule.split()[-3] in persian and "${" not in persian


def test_open_questions_are_counted_by_section(form: Any) -> None:
    """A finished household has no open question and is complete; taking back one income
    opens one question in its section; a wrong age opens one in the members' section; an
    empty draft has open questions in every section it asks something required in."""
    filled = session(form, malaysian_household())
    assert filled.open_by_section() == {}
    done, asked = filled.completeness()
    assert done == asked > 60
    filled.clear("income_property")
    assert filled.open_by_section() == {"household_income": 1}
    assert filled.completeness() == (asked - 1, asked)
    filled.set("age", 130, (1,))
    assert filled.open_by_section() == {"household_income": 1, "household_members": 1}
    empty = session(form, {})
    sections = empty.open_by_section()
    assert {"interview", "household_members", "dwelling"} <= set(sections)
    assert sections["household_members"] == 1  # "add the head of household first"
    done, asked = empty.completeness()
    assert done < asked


def test_an_iranian_household_completes_in_rials(form: Any) -> None:
    """A Tehran household with valid national codes, an `other` agency and a disabled child
    completes; Malaysia-only questions are not asked and amounts are in IRR."""
    filled = session(form, iranian_household())
    assert filled.validate() == []
    assert filled.value("total_income") == 180_000_000 + 15_000_000 + 12_000_000
    assert filled.value("area_per_capita") == 75 / 4
    assert filled.is_relevant("agency_other", (0,))
    assert not filled.is_relevant("oku_number", (3,)) and not filled.is_relevant("ethnicity", (0,))
    assert filled.value("income_per_capita_display") == "51750000 IRR"
    assert "tabung_haji" not in {c.name for c in filled.choices("savings")}


DISPLAYS = (
    "total_income_display", "income_per_capita_display", "assistance_total_display",
    "area_per_capita_display",
)  # fmt: skip
SUMMARY_LINES = ("summary_income", "summary_area", "summary_assistance")
PENDING = {
    "English (en)": "not answered yet",
    "Malay (ms)": "belum dijawab",
    "Vietnamese (vi)": "chưa trả lời",
    "Persian (fa)": "هنوز پاسخ داده نشده",
}


def shown_summary(draft: Any, language: str = "English (en)") -> str:
    """The summary page's notes as the worker sees them, in one language."""
    names = ["summary"] + [n for line in SUMMARY_LINES for n in (line, f"{line}_pending")]
    return " ".join(draft.label(n, language=language) for n in names if draft.is_relevant(n))


def test_an_empty_draft_summary_says_not_answered_instead_of_zero(form: Any) -> None:
    """A draft with nothing but the country shows "not answered yet" for every amount, never
    "RM 0", and in the interview's language only."""
    draft = session(form, {"country": "my"})
    assert [draft.value(name) for name in DISPLAYS] == [None] * 4
    english = shown_summary(draft)
    assert "Total income and income per person a month: not answered yet." in english
    assert "Floor area per person: not answered yet." in english
    assert "RM" not in english
    for language, words in PENDING.items():
        shown = shown_summary(draft, language)
        assert shown.count(words) == 3, language
        others = [w for lang, w in PENDING.items() if lang != language]
        assert not any(other in shown for other in others), language
    malay = shown_summary(draft, "Malay (ms)")
    assert "Jumlah pendapatan dan pendapatan per kapita sebulan: belum dijawab." in malay
    assert "RM" not in malay


def test_summary_shows_the_income_once_every_asked_income_is_answered(form: Any) -> None:
    """One unanswered income of an adult or of the household keeps the summary at "not
    answered yet" (the scoring's totals are computed all the same); answering it shows the
    amounts in English and Malay."""
    for where, name in [((0,), "income_wages"), ((1,), "income_self_employment"),
                        ((0,), "income_transfers"), ((), "income_property"),
                        ((), "income_other")]:  # fmt: skip
        answers = malaysian_household()
        value = (answers["members"][where[0]] if where else answers).pop(name)
        draft = session(form, answers)
        assert draft.value("total_income") == 1800 + 400 + 100 - value, name
        assert draft.value("income_per_capita") == (2300 - value) / 4, name
        assert draft.value("total_income_display") is None, name
        assert draft.value("income_per_capita_display") is None, name
        assert draft.is_relevant("summary_income_pending") and not draft.is_relevant(
            "summary_income"
        ), name
        draft.set(name, value, where)
        assert draft.value("total_income_display") == "RM 2300", name
        english = shown_summary(draft)
        assert "Total income a month: RM 2300. Income per person a month: RM 575." in english
        assert "not answered" not in english
        malay = shown_summary(draft, "Malay (ms)")
        assert "Jumlah pendapatan sebulan: RM 2300. Pendapatan per kapita sebulan: RM 575." in malay


def test_incomes_not_asked_do_not_hold_back_the_summary(form: Any) -> None:
    """A child's incomes are not asked, so they never count as unanswered; a member whose age
    is not answered yet does, since whether their incomes are asked is not known."""
    answers = malaysian_household()
    assert "income_wages" not in answers["members"][3]
    filled = session(form, answers)
    assert filled.value("total_income_display") == "RM 2300"
    filled.clear("age", (3,))
    assert filled.value("total_income_display") is None
    filled.set("age", 10, (3,))
    assert filled.value("total_income_display") == "RM 2300"
    filled.set("age", 40, (3,))
    assert filled.value("total_income_display") is None


def test_assistance_and_floor_area_say_not_answered_until_answered(form: Any) -> None:
    """Assistance is "not answered yet" until `assistance_received` is answered (and each
    record's amount when it is `yes`); floor area per person until `floor_area` is; the Persian
    summary keeps amounts in their left-to-right isolates."""
    answers = malaysian_household()
    del answers["assistance_received"], answers["floor_area"]
    draft = session(form, answers)
    assert draft.value("assistance_total") == 0
    assert draft.value("assistance_total_display") is None
    assert draft.value("area_per_capita_display") is None
    persian = shown_summary(draft, "Persian (fa)")
    assert "کمک‌های ۱۲ ماه گذشته: هنوز پاسخ داده نشده." in persian
    assert "\u2066RM 575\u2069" in persian
    draft.set("assistance_received", "no")
    draft.set("floor_area", 60)
    assert draft.value("assistance_total_display") == "RM 0"
    assert draft.value("area_per_capita_display") == 15
    assert "Assistance in the last 12 months: RM 0." in shown_summary(draft)
    draft.set("assistance_received", "yes")
    assert draft.value("assistance_total_display") == "RM 2200"
    draft.clear("assistance_amount", (0,))
    assert draft.value("assistance_total_display") is None
    assert "Assistance in the last 12 months: not answered yet." in shown_summary(draft)


def test_a_three_year_old_is_asked_no_school_work_or_income_questions(form: Any) -> None:
    """Skip logic hides school, marital, skills, work and income questions from a toddler."""
    filled = session(form, malaysian_household())
    toddler = (3,)
    for name in (
        "in_school", "education_level", "years_schooling", "marital_status", "skills",
        "employment_status", "occupation", "income_wages", "income_self_employment",
        "income_transfers",
    ):  # fmt: skip
        assert not filled.is_relevant(name, toddler), name
    assert filled.is_relevant("undernourished", toddler)
    assert filled.is_relevant("in_school", (2,)) and not filled.is_relevant("in_school", (0,))
    assert filled.value("member_income", toddler) == 0


def test_income_typed_before_an_age_correction_is_not_counted(form: Any) -> None:
    """Wages typed for a member later found to be 10 leave the household total."""
    filled = session(form, malaysian_household())
    filled.set("age", 10, (1,))
    assert filled.value("member_income", (1,)) == 0
    assert filled.value("total_income") == 1800 + 100


@pytest.mark.parametrize(
    ("country", "national_id", "accepted"),
    [
        ("my", "810302-14-5123", True),
        ("my", "810302145123", True),
        ("my", "810302-82-5123", True),  # 82: state unknown
        ("my", "81030214512", False),  # 11 digits
        ("my", "810302-14-512X", False),
        ("my", "8103-0214-5123", False),  # dashes in the wrong places
        ("my", "811302-14-5123", False),  # month 13
        ("my", "810332-14-5123", False),  # day 32
        ("my", "810230-14-5123", False),  # 30 February
        ("my", "810229-14-5123", True),  # 29 February: the century is unknown
        ("my", "810431-14-5123", False),  # 31 April
        ("my", "810302-17-5123", False),  # 17 is no place-of-birth code
        ("my", "810302-14-5124", False),  # even last digit: a woman's number for a man
        ("vn", "079168001234", True),
        ("vn", "07916800123", False),
        ("ir", "0499370899", True),
        ("ir", "0084575948", True),
        ("ir", "0499370898", False),  # wrong check digit
        ("ir", "04993708991", False),
        ("other", "AB 123456", True),
    ],
)
def test_national_id_format_follows_the_country(
    form: Any, country: str, national_id: str, accepted: bool
) -> None:
    """A bad MyKad, Vietnamese ID or Iranian national code is flagged; good ones pass."""
    answers = malaysian_household()
    answers["country"] = country
    answers["members"][0]["national_id"] = national_id  # the head, a man
    filled = session(form, answers)
    assert (filled.error("national_id", (0,)) is None) == accepted


def iranian_check_digit_is_right(code: str) -> bool:
    digits = [int(c) for c in code]
    remainder = sum(d * (10 - i) for i, d in enumerate(digits[:9])) % 11
    return digits[9] == (remainder if remainder < 2 else 11 - remainder)


def test_iranian_check_digit_agrees_with_the_published_rule(form: Any) -> None:
    """For every last digit of several bases, the form accepts exactly the valid national code."""
    answers = malaysian_household()
    answers["country"] = "ir"
    filled = session(form, answers)
    for base in ("049937089", "008457594", "123456789", "000000001", "999999999"):
        for last in "0123456789":
            code = base + last
            filled.set("national_id", code, (0,))
            accepted = filled.error("national_id", (0,)) is None
            assert accepted == iranian_check_digit_is_right(code), code


def test_mykad_last_digit_follows_the_members_sex(form: Any) -> None:
    """A woman's MyKad ends in an even digit: an odd one is flagged; fixing the sex clears it."""
    answers = malaysian_household()
    answers["members"][1]["national_id"] = "860715-10-5543"
    filled = session(form, answers)
    assert filled.error("national_id", (1,)) is not None
    filled.set("sex", "male", (1,))
    assert filled.error("national_id", (1,)) is None


def test_only_the_first_member_may_be_the_head(form: Any) -> None:
    """A second head, or a roster that does not start with the head, is flagged."""
    answers = malaysian_household()
    answers["members"][1]["relationship"] = "head"
    filled = session(form, answers)
    assert [e.where for e in filled.validate()] == ["members[1].relationship"]
    answers = malaysian_household()
    answers["members"][0]["relationship"] = "spouse"
    answers["members"][1]["relationship"] = "head"
    wrong = {e.where for e in session(form, answers).validate()}
    assert wrong == {"members[0].relationship", "members[1].relationship"}


@pytest.mark.parametrize(
    ("member", "name", "value", "accepted"),
    [
        (0, "age", 14, False),  # the head is at least 15
        (0, "age", 121, False),
        (2, "age", 0, True),
        (2, "years_schooling", 13, False),  # more than the age
        (0, "dob", "1981-03-02", True),
        (0, "dob", "1990-01-01", False),  # does not match the age 45
        (0, "dob", "2027-01-01", False),  # in the future
        (0, "income_wages", -5, False),
        (0, "income_wages", 2_000_000_000, False),
        (0, "skills", "none mechanic", False),
    ],
)
def test_member_constraints(form: Any, member: int, name: str, value: Any, accepted: bool) -> None:
    """Ages, schooling, dates of birth, incomes and 'none' answers are checked."""
    answers = malaysian_household()
    answers["members"][member][name] = value
    filled = session(form, answers)
    assert (filled.error(name, (member,)) is None) == accepted


def test_household_constraints(form: Any) -> None:
    """Floor area, rooms and aid amounts out of range are flagged with the form's own message."""
    answers = malaysian_household()
    answers["floor_area"] = 0.5
    answers["rooms"] = 0
    answers["assistance"][0]["assistance_amount"] = 0
    filled = session(form, answers)
    where = {e.where: e.message for e in filled.validate(language="Vietnamese (vi)")}
    assert set(where) == {"floor_area", "rooms", "assistance[0].assistance_amount"}
    assert where["floor_area"] == "Nhập diện tích từ 1 đến 1.000 m²."


def test_water_minutes_only_when_water_is_away_from_home(form: Any) -> None:
    """Water piped into the flat asks no walking time; a public tap away from home does."""
    filled = session(form, malaysian_household())
    assert not filled.is_relevant("water_at_home") and not filled.is_relevant("water_minutes")
    filled.set("water_source", "public_tap")
    assert filled.is_relevant("water_at_home") and not filled.is_relevant("water_minutes")
    filled.set("water_at_home", "no")
    assert filled.is_relevant("water_minutes") and not filled.can_complete()
    filled.set("water_minutes", 35)
    assert filled.can_complete()


def test_oku_number_only_for_a_disabled_member_in_malaysia(form: Any) -> None:
    """The OKU registration number is asked of disabled members in Malaysia and no one else."""
    filled = session(form, malaysian_household())
    assert filled.is_relevant("oku_number", (3,))
    assert not filled.is_relevant("oku_number", (0,))
    filled.set("country", "vn")
    assert not filled.is_relevant("oku_number", (3,))


def test_assistance_records_only_when_assistance_was_received(form: Any) -> None:
    """Answering no hides the assistance repeat; its records leave the completed instance."""
    filled = session(form, malaysian_household())
    filled.set("assistance_received", "no")
    assert filled.value("assistance_total") == 0
    assert filled.can_complete()
    assert filled.completed_answers().get("assistance", []) == []


def test_choice_filters_follow_the_country(form: Any) -> None:
    """States, savings schemes and the employment list offer what fits the household."""
    filled = session(form, malaysian_household())
    assert len(filled.choices("state")) == 16
    assert "tabung_haji" in {c.name for c in filled.choices("savings")}
    assert "child" not in {c.name for c in filled.choices("employment_status", (0,))}
    filled.set("country", "vn")
    assert "ho_chi_minh" in {c.name for c in filled.choices("state")}
    assert "asb" not in {c.name for c in filled.choices("savings")}
    filled.set("country", "other")
    assert not filled.is_relevant("state")


@pytest.mark.parametrize(
    "country, own, foreign",
    [
        ("my", {"jkm", "mains", "jakoa", "zakat"}, {"imam_khomeini_relief", "vbsp"}),
        ("vn", {"vn_social_assistance", "vbsp"}, {"jkm", "behzisti"}),
        ("ir", {"imam_khomeini_relief", "behzisti", "sakha_charity"}, {"jkm", "vbsp"}),
    ],
)
def test_assistance_agencies_follow_the_country(form: Any, country: str, own, foreign) -> None:
    """The agency list offers the household's country's own agencies, plus the council,
    charities and `other`, and none of another country's."""
    filled = session(form, malaysian_household())
    filled.set("country", country)
    offered = {c.name for c in filled.choices("agency", (0,))}
    assert own <= offered and not foreign & offered
    assert {"local_council", "ngo", "other"} <= offered


def test_district_is_optional_in_vietnam_only(form: Any) -> None:
    """The district, asked "if any", must be answered in Malaysia and Iran but may stay empty
    in Vietnam, which has had no districts since July 2025 — as its hint says."""
    answers = vietnamese_household()
    del answers["district"]
    filled = session(form, answers)
    assert filled.validate() == []
    assert not filled.is_required("district")
    filled.set("country", "my")
    assert filled.is_required("district")
    assert "district" in [e.where for e in filled.validate()]
    assert "(nếu có)" in filled.label("district", language="Vietnamese (vi)")


def test_labels_come_in_every_language(form: Any) -> None:
    """The engine reads each language's label and choice label from the workbook."""
    filled = session(form, malaysian_household())
    labels = {language: filled.label("age", (0,), language=language) for language in LANGUAGES}
    assert labels == {
        "English (en)": "Age in completed years",
        "Malay (ms)": "Umur (tahun genap)",
        "Vietnamese (vi)": "Tuổi (số năm tròn)",
        "Persian (fa)": "سن (سال تمام)",
    }
    assert filled.choice_label("relationship", "head", "Persian (fa)") == "سرپرست خانوار"


# --- the `tinjau form` command line ----------------------------------------------------------


def tinjau(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the `tinjau` command line in a fresh process, as a user would."""
    return subprocess.run(
        [sys.executable, "-c", "from app.cli import main; raise SystemExit(main())", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )


def test_tinjau_form_check_summarises_the_household_form(tmp_path: Path) -> None:
    """`tinjau form check` accepts the form and counts its questions, repeats and languages."""
    result = tinjau("form", "check", str(FORM), "--cache-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "form household version 2026120503" in result.stdout
    assert "2 repeats, 4 languages" in result.stdout


def test_tinjau_form_fill_skips_flags_and_totals(tmp_path: Path) -> None:
    """`tinjau form fill`: no school questions for a household whose only child is 3, a bad
    MyKad is reported by member, and the totals are computed."""
    answers = copy.deepcopy(malaysian_household())
    del answers["members"][2]  # the 12-year-old: the toddler is now the only child
    answers["members"][1]["national_id"] = "86071510554"  # 11 digits
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers), encoding="utf-8")
    result = tinjau(
        "form",
        "fill",
        str(FORM),
        "--answers",
        str(path),
        "--lang",
        "ms",
        "--cache-dir",
        str(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert "in_school" not in out["relevant"]
    assert "education_level" in out["relevant"]  # asked of the adults
    assert list(out["errors"]) == ["members[1].national_id"]
    assert out["errors"]["members[1].national_id"].startswith("Nombor pengenalan ini tidak sah")
    assert out["complete"] is False
    assert out["values"]["hh_size"] == 3
    assert out["values"]["total_income"] == 2300
    assert out["values"]["income_per_capita"] == pytest.approx(2300 / 3)


def test_every_shipped_standard_scores_the_filled_households(form: Any, tmp_path: Path) -> None:
    """The households, completed as ODK completes them, are scored by every standard in
    resources/standards/ with no indicator missing: the form asks all that the standards read."""
    completed = [
        session(form, household()).completed_answers()
        for household in (malaysian_household, vietnamese_household, iranian_household)
    ]
    path = tmp_path / "households.json"
    path.write_text(json.dumps(completed, ensure_ascii=False), encoding="utf-8")
    standards = sorted(p.stem for p in (REPO / "resources" / "standards").glob("*.toml"))
    assert standards
    for standard in standards:
        result = tinjau("score", "--standard", standard, "--input", str(path))
        assert result.returncode == 0, (standard, result.stderr)
        scored = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
        assert len(scored) == 3, standard
        for one in scored:
            missing = [name for name, deprived in one["deprived"].items() if deprived is None]
            assert missing == [] and one["missing_count"] == 0, (standard, missing)


def test_every_date_question_says_its_calendar(fields: dict[str, dict[str, Any]]) -> None:
    """Each date question's hint says the date is Gregorian in every language, and the date of
    birth's Persian hint tells how to convert a Solar Hijri date from an identity card."""
    dates = [name for name, field in fields.items() if field["type"] == "date"]
    assert dates == ["interview_date", "dob", "assistance_date"]
    words = {"en": "Gregorian", "ms": "Masihi", "vi": "dương lịch", "fa": "میلادی"}
    for name in dates:
        for code, word in words.items():
            language = next(lang for lang in LANGUAGES if lang.endswith(f"({code})"))
            assert word in fields[name][f"hint::{language}"], (name, code)
    assert "شمسی" in fields["dob"]["hint::Persian (fa)"]


def test_assets_skipped_by_mistake_block_completion(form: Any) -> None:
    """An empty asset list no longer means "owns none": the question is required, so a skipped
    answer is refused instead of scored as owning nothing."""
    answers = iranian_household()
    del answers["assets"]
    filled = session(form, answers)
    assert [e.where for e in filled.validate()] == ["assets"]
    assert not filled.can_complete()


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("English (en)", "The 'none' answer cannot be chosen together with other answers."),
        ("Persian (fa)", "گزینه «هیچ‌کدام» را نمی‌توان همراه با گزینه‌های دیگر انتخاب کرد."),
    ],
)
def test_no_assets_cannot_be_chosen_with_an_asset(form: Any, language: str, message: str) -> None:
    answers = iranian_household()
    answers["assets"] = "none tv"
    filled = session(form, answers)
    assert {e.where: e.message for e in filled.validate(language=language)} == {"assets": message}


def test_no_assets_scores_as_owning_nothing_under_the_global_mpi(form: Any) -> None:
    """`none` alone completes the form and is deprived in assets, as the empty answer of the
    earlier form versions is (interviews stored under them keep that meaning and their score)."""
    from app.survey.scoring import find_standard, score_household

    standard = find_standard("global-mpi-2018")
    answers = iranian_household()
    answers["assets"] = "none"
    filled = session(form, answers)
    assert filled.validate() == []
    assert score_household(standard, filled.completed_answers()).deprived["assets"] is True
    earlier = filled.completed_answers()
    earlier["assets"] = ""
    assert score_household(standard, earlier).deprived["assets"] is True


def test_no_assets_is_offered_in_every_language(form: Any) -> None:
    labels = {
        "English (en)": "None of these",
        "Malay (ms)": "Tiada satu pun",
        "Vietnamese (vi)": "Không có thứ nào",
        "Persian (fa)": "هیچ‌کدام از این‌ها",
    }
    filled = session(form, iranian_household())
    last = filled.choices("assets")[-1]
    assert (last.name, last.labels) == ("none", labels)
