"""Writes the household survey workbooks the form engine's tests use (run it to regenerate them).

`python tests/survey/forms/data/make_forms.py` rewrites household_roster.xlsx,
household_counted.xlsx and household_jobs.xlsx beside this file. They are small but real
household surveys: member rosters, skip logic, choice filters, constraints, several languages.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent

SURVEY_COLUMNS = [
    "type",
    "name",
    "label::English (en)",
    "label::Malay (ms)",
    "hint::English (en)",
    "hint::Malay (ms)",
    "required",
    "required_message::English (en)",
    "required_message::Malay (ms)",
    "relevant",
    "constraint",
    "constraint_message::English (en)",
    "constraint_message::Malay (ms)",
    "calculation",
    "choice_filter",
    "default",
    "read_only",
    "appearance",
    "trigger",
    "repeat_count",
]


def row(type_: str, name: str, en: str = "", ms: str = "", **columns: str) -> dict[str, str]:
    """One survey row; keyword names are column names with '::' written as '__'."""
    out = {"type": type_, "name": name, "label::English (en)": en, "label::Malay (ms)": ms}
    for key, value in columns.items():
        out[key.replace("__", "::")] = value
    return out


def save(
    filename: str,
    survey: list[dict[str, str]],
    choices: list[tuple[str, ...]],
    choice_columns: list[str],
    settings: dict[str, str],
    survey_columns: list[str] = SURVEY_COLUMNS,
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "survey"
    sheet.append(survey_columns)
    for item in survey:
        unknown = set(item) - set(survey_columns)
        assert not unknown, unknown
        sheet.append([item.get(column, "") for column in survey_columns])
    choice_sheet = book.create_sheet("choices")
    choice_sheet.append(choice_columns)
    for choice in choices:
        choice_sheet.append(list(choice))
    settings_sheet = book.create_sheet("settings")
    settings_sheet.append(list(settings))
    settings_sheet.append(list(settings.values()))
    book.save(HERE / filename)


ROSTER_CHOICES = [
    ("yes_no", "yes", "Yes", "Ya", ""),
    ("yes_no", "no", "No", "Tidak", ""),
    ("sex", "male", "Male", "Lelaki", ""),
    ("sex", "female", "Female", "Perempuan", ""),
    ("relation", "head", "Head", "Ketua", ""),
    ("relation", "spouse", "Spouse", "Pasangan", ""),
    ("relation", "child", "Child", "Anak", ""),
    ("relation", "other", "Other relative", "Saudara lain", ""),
    ("state", "sgr", "Selangor", "Selangor", ""),
    ("state", "jhr", "Johor", "Johor", ""),
    ("district", "klang", "Klang", "Klang", "sgr"),
    ("district", "petaling", "Petaling", "Petaling", "sgr"),
    ("district", "jb", "Johor Bahru", "Johor Bahru", "jhr"),
    ("tenure", "own", "Owned", "Milik sendiri", ""),
    ("tenure", "rent", "Rented", "Sewa", ""),
    ("tenure", "free", "Lives free", "Percuma", ""),
    ("asset", "tv", "Television", "Televisyen", ""),
    ("asset", "fridge", "Refrigerator", "Peti sejuk", ""),
    ("asset", "motorcycle", "Motorcycle", "Motosikal", ""),
    ("asset", "none", "None of these", "Tiada", ""),
    ("school", "primary", "Primary", "Rendah", ""),
    ("school", "secondary", "Secondary", "Menengah", ""),
]


def household_roster() -> None:
    """A Malaysian-style household form: head, member roster in a group, dwelling, assets."""
    survey = [
        row(
            "acknowledge",
            "consent",
            "The household agrees to the interview",
            "Isi rumah bersetuju ditemu bual",
            required="yes",
        ),
        row("start", "started"),
        row("today", "visit_day"),
        row("begin group", "location", "Location", "Lokasi"),
        row("select_one state", "state", "State", "Negeri", required="yes"),
        row(
            "select_one district",
            "district",
            "District",
            "Daerah",
            required="yes",
            choice_filter="state=${state}",
        ),
        row(
            "select_one_from_file units.csv",
            "unit",
            "Housing unit",
            "Unit kediaman",
            choice_filter="district=${district}",
        ),
        row("geopoint", "gps", "Location (typed)", "Lokasi (taip)"),
        row("end group", ""),
        row(
            "text",
            "head_name",
            "Name of the head of household",
            "Nama ketua isi rumah",
            required="yes",
        ),
        row(
            "integer",
            "head_age",
            "Age of the head",
            "Umur ketua",
            required="yes",
            constraint=". >= 15 and . <= 120",
        ),
        row("begin group", "roster", "Household members", "Ahli isi rumah"),
        row("begin repeat", "members", "Member", "Ahli"),
        row("text", "member_name", "Name", "Nama", required="yes"),
        row("select_one relation", "relation", "Relation to head", "Hubungan", required="yes"),
        row("select_one sex", "sex", "Sex", "Jantina"),
        row(
            "integer",
            "age",
            "Age in years",
            "Umur",
            required="yes",
            constraint=". >= 0 and . <= 120",
        ),
        row(
            "select_one yes_no",
            "in_school",
            "Attends school?",
            "Bersekolah?",
            relevant="${age} >= 5 and ${age} <= 18",
            required="yes",
        ),
        row(
            "select_one school",
            "school_level",
            "School level",
            "Peringkat sekolah",
            relevant="${in_school} = 'yes'",
            choice_filter="name = 'primary' or ${age} >= 12",
        ),
        row(
            "decimal",
            "income",
            "Monthly income (RM)",
            "Pendapatan bulanan (RM)",
            relevant="${age} >= 15",
            constraint=". >= 0",
            default="0",
        ),
        row("calculate", "member_no", calculation="position(..)"),
        row("end repeat", ""),
        row("end group", ""),
        row("calculate", "hh_size", calculation="count(${members})"),
        row("calculate", "total_income", calculation="sum(${income})"),
        row(
            "calculate",
            "per_capita",
            calculation="if(${hh_size} > 0, round(${total_income} div ${hh_size}, 2), 0)",
        ),
        row(
            "note",
            "summary_note",
            "${hh_size} members, RM ${per_capita} per person",
            "${hh_size} ahli, RM ${per_capita} seorang",
        ),
        row("begin group", "dwelling", "Dwelling", "Kediaman"),
        row("select_one tenure", "tenure", "Tenure", "Pemilikan", required="yes"),
        row(
            "decimal",
            "rent",
            "Monthly rent (RM)",
            "Sewa bulanan (RM)",
            relevant="${tenure} = 'rent'",
            required="yes",
            constraint=". > 0 and . < 5000",
        ),
        row(
            "select_multiple asset",
            "assets",
            "Assets owned",
            "Aset dimiliki",
            constraint="not(selected(., 'none') and count-selected(.) > 1)",
        ),
        row("end group", ""),
        row(
            "text",
            "phone",
            "Phone number",
            "Nombor telefon",
            constraint="regex(., '^01[0-9]{8,9}$')",
        ),
        row("date", "next_visit", "Next visit", "Lawatan seterusnya", constraint=". >= today()"),
        row("time", "visit_time", "Visit time", "Masa lawatan"),
        row("dateTime", "recorded_at", "Recorded at", "Direkod pada"),
        row("text", "officer", "Officer", "Pegawai", default="PPKB", read_only="yes"),
        row(
            "text",
            "head_copy",
            "Head's name as entered first",
            "Nama ketua",
            calculation="${head_name}",
            trigger="${head_name}",
        ),
    ]
    # Per-language messages and hints, set here so the row() helper stays simple.
    by_name = {item["name"]: item for item in survey}
    by_name["head_name"]["required_message::English (en)"] = "Write the head's name."
    by_name["head_name"]["required_message::Malay (ms)"] = "Tulis nama ketua."
    by_name["head_age"]["constraint_message::English (en)"] = "The head must be 15 to 120."
    by_name["head_age"]["constraint_message::Malay (ms)"] = "Ketua mesti berumur 15 hingga 120."
    by_name["head_age"]["hint::English (en)"] = "In completed years"
    by_name["rent"]["constraint_message::English (en)"] = "Rent is between RM 1 and RM 4999."
    by_name["phone"]["constraint_message::English (en)"] = "A Malaysian mobile: 01 and 8-9 digits."
    save(
        "household_roster.xlsx",
        survey,
        ROSTER_CHOICES,
        ["list_name", "name", "label::English (en)", "label::Malay (ms)", "state"],
        {
            "form_id": "household_roster",
            "version": "2026112801",
            "default_language": "English (en)",
            "form_title": "Household roster",
        },
    )
    (HERE / "units.csv").write_text(
        "name,label,district\n"
        "klang-a-1,Block A unit 1,klang\n"
        "klang-a-2,Block A unit 2,klang\n"
        "pj-b-1,Block B unit 1,petaling\n"
        "jb-c-1,Block C unit 1,jb\n",
        encoding="utf-8",
    )


def household_counted() -> None:
    """A roster whose size is typed first (repeat_count), with indexed-repeat and choice names."""
    survey = [
        row(
            "integer",
            "n_members",
            "How many people live here?",
            "Berapa orang tinggal di sini?",
            required="yes",
            constraint=". >= 1 and . <= 30",
        ),
        row(
            "begin repeat",
            "people",
            "Person",
            "Orang",
            repeat_count="${n_members}",
        ),
        row("text", "person_name", "Name of person ${person_no}", "Nama orang ${person_no}"),
        row("calculate", "person_no", calculation="position(..)"),
        row("select_one sex", "person_sex", "Sex", "Jantina"),
        row("integer", "person_age", "Age", "Umur", constraint=". >= 0 and . < 130"),
        row("calculate", "sex_label", calculation="jr:choice-name(${person_sex}, '${person_sex}')"),
        row("calculate", "first_seen", calculation="once(${person_age})"),
        row("end repeat", ""),
        row(
            "calculate",
            "first_name",
            calculation="indexed-repeat(${person_name}, ${people}, 1)",
        ),
        row("calculate", "children", calculation="count(${people}[person_age < 18])"),
        row("calculate", "oldest", calculation="max(${person_age})"),
        row(
            "select_one yes_no",
            "any_disabled",
            "Is anyone disabled?",
            "Adakah sesiapa OKU?",
            relevant="${n_members} > 0",
        ),
    ]
    save(
        "household_counted.xlsx",
        survey,
        [c[:4] for c in ROSTER_CHOICES if c[0] in ("yes_no", "sex")],
        ["list_name", "name", "label::English (en)", "label::Malay (ms)"],
        {
            "form_id": "household_counted",
            "version": "1",
            "default_language": "English (en)",
            "form_title": "Counted roster",
        },
    )


def household_jobs() -> None:
    """Vietnamese / Persian labels (English missing on purpose for one row), nested repeats."""
    columns = [
        "type",
        "name",
        "label::English (en)",
        "label::Vietnamese (vi)",
        "label::Persian (fa)",
        "required",
        "relevant",
        "constraint",
        "constraint_message::English (en)",
        "constraint_message::Vietnamese (vi)",
        "calculation",
    ]
    survey = [
        {
            "type": "begin repeat",
            "name": "workers",
            "label::English (en)": "Worker",
            "label::Vietnamese (vi)": "Người lao động",
            "label::Persian (fa)": "کارگر",
        },
        {
            "type": "text",
            "name": "worker_name",
            "label::English (en)": "Name",
            "label::Vietnamese (vi)": "Họ và tên",
            "label::Persian (fa)": "نام",
            "required": "yes",
        },
        {
            "type": "begin repeat",
            "name": "jobs",
            "label::English (en)": "Job",
            "label::Vietnamese (vi)": "Công việc",
        },
        {
            "type": "decimal",
            "name": "wage",
            "label::English (en)": "Monthly wage",
            "label::Vietnamese (vi)": "Tiền lương hàng tháng",
            "label::Persian (fa)": "دستمزد ماهانه",
            "constraint": ". >= 0",
            "constraint_message::English (en)": "A wage cannot be negative.",
            "constraint_message::Vietnamese (vi)": "Tiền lương không thể âm.",
        },
        {"type": "end repeat", "name": ""},
        {
            "type": "calculate",
            "name": "worker_total",
            "calculation": "sum(${wage})",
        },
        {"type": "end repeat", "name": ""},
        {"type": "calculate", "name": "household_wages", "calculation": "sum(${worker_total})"},
        {
            "type": "note",
            "name": "poor_note",
            "label::Vietnamese (vi)": "Hộ có thu nhập thấp",
            "relevant": "${household_wages} < 2000",
        },
    ]
    save(
        "household_jobs.xlsx",
        survey,
        [],
        ["list_name", "name", "label::English (en)"],
        {"form_id": "household_jobs", "version": "3", "default_language": "English (en)"},
        columns,
    )


if __name__ == "__main__":
    household_roster()
    household_counted()
    household_jobs()
