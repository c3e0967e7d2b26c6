"""Build the household questionnaire `resources/forms/household.xlsx` (an XLSForm) from this file.

This script is the source of truth: edit it, run `.venv/bin/python scripts/build_household_form.py`,
and commit both. Field names, types and choice names are a contract with the poverty standards
(docs/household-form.md); `tests/survey/test_household_form.py` checks the two agree.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "resources" / "forms" / "household.xlsx"

FORM_ID = "household"
FORM_VERSION = "2026120501"
FORM_TITLE = "Household questionnaire (Tinjau)"
# The column suffixes pyxform reads as languages: `label::English (en)` and so on.
LANGUAGES = ("English (en)", "Malay (ms)", "Vietnamese (vi)", "Persian (fa)")
DEFAULT_LANGUAGE = LANGUAGES[0]


@dataclass(frozen=True)
class T:
    """One text in the form's four languages."""

    en: str
    ms: str
    vi: str
    fa: str

    def texts(self) -> tuple[str, str, str, str]:
        return (self.en, self.ms, self.vi, self.fa)


def ltr(text: str) -> str:
    """Wrap a left-to-right run (an ID, coordinates, an amount) for right-to-left Persian text, so
    that "850101-14-5123" is not shown as "5123-14-850101" (Unicode isolates LRI ... PDI)."""
    return f"\u2066{text}\u2069"


# ---------------------------------------------------------------------------------------------
# Texts used by many questions
# ---------------------------------------------------------------------------------------------

REQUIRED = T(
    "This question must be answered.",
    "Soalan ini wajib dijawab.",
    "Câu hỏi này bắt buộc phải trả lời.",
    "پاسخ به این پرسش الزامی است.",
)
SELECT_ALL = T(
    "Select all that apply.",
    "Pilih semua yang berkenaan.",
    "Chọn tất cả các mục phù hợp.",
    "همه موارد مربوط را انتخاب کنید.",
)
NONE_ALONE = T(
    "The 'none' answer cannot be chosen together with other answers.",
    "Jawapan 'tiada' tidak boleh dipilih bersama jawapan lain.",
    "Không thể chọn 'không có' cùng với các lựa chọn khác.",
    "گزینه «هیچ‌کدام» را نمی‌توان همراه با گزینه‌های دیگر انتخاب کرد.",
)
MONEY_HINT = T(
    "Per month, in local currency (RM in Malaysia, VND in Vietnam, rials in Iran). "
    "Enter 0 if none.",
    "Sebulan, dalam mata wang tempatan (RM di Malaysia, VND di Vietnam, rial di Iran). "
    "Masukkan 0 jika tiada.",
    "Mỗi tháng, bằng nội tệ (RM ở Malaysia, đồng ở Việt Nam, rial ở Iran). Nhập 0 nếu không có.",
    "ماهانه، به پول رایج کشور (رینگیت در مالزی، دانگ در ویتنام، ریال در ایران). "
    "اگر ندارد، ۰ وارد کنید.",
)
MONEY_MESSAGE = T(
    "Enter an amount from 0 to 1,000,000,000 (0 if none).",
    "Masukkan jumlah antara 0 hingga 1,000,000,000 (0 jika tiada).",
    "Nhập số tiền từ 0 đến 1.000.000.000 (nhập 0 nếu không có).",
    "مبلغی بین ۰ تا ۱٬۰۰۰٬۰۰۰٬۰۰۰ وارد کنید (اگر ندارد، ۰).",
)
MONEY = ". >= 0 and . <= 1000000000"
# Dates are Gregorian everywhere; an Iranian identity card gives the Solar Hijri date.
GREGORIAN = T(
    "A Gregorian date.",
    "Tarikh Masihi.",
    "Ngày dương lịch.",
    "تاریخ میلادی (نه شمسی).",
)
# Most questions in the roster depend on age; these keep the thresholds in one place.
ADULT = "${age} >= 15"
SCHOOL_AGE = "${age} >= 5 and ${age} <= 24"
EDUCATION_ASKED = "${age} >= 5"
WORKING = (
    "${employment_status} = 'employee_contract' or ${employment_status} = 'employee_no_contract'"
    " or ${employment_status} = 'self_employed' or ${employment_status} = 'employer'"
    " or ${employment_status} = 'family_worker'"
)
# `decimal-date-time` gives days since 1970, so date arithmetic stays in plain numbers.
DAYS_OLD = "(decimal-date-time(today()) - decimal-date-time(.))"


# National ID checks, by country. MyKad (YYMMDD-PB-###G): a month and day that exist (29 February
# in any year: the century is ambiguous), a place-of-birth code from the national registration
# department's table (01-16, 21-59, 60-68, 71-72, 74-79, 82-93, 98, 99; docs/household-form.md)
# and a last digit odd for a man, even for a woman: the rules of app/survey/mykad.py.
_MONTH_DAY = (
    "((0[13578]|1[02])(0[1-9]|[12]\\d|3[01])|(0[469]|11)(0[1-9]|[12]\\d|30)|02(0[1-9]|[12]\\d))"
)
_BIRTH_PLACE = "(0[1-9]|1[0-6]|2[1-9]|[3-5]\\d|6[0-8]|7[12]|7[4-9]|8[2-9]|9[0-3]|9[89])"
MYKAD_FORMAT = f"regex(., '^\\d{{2}}{_MONTH_DAY}-?{_BIRTH_PLACE}-?\\d{{4}}$')"
MYKAD_LAST_DIGIT_ODD = "int(substr(., string-length(.) - 1)) mod 2 = 1"
MYKAD = (
    f"{MYKAD_FORMAT} and (${{sex}} = '' or (${{sex}} = 'male' and {MYKAD_LAST_DIGIT_ODD}) "
    f"or (${{sex}} = 'female' and not({MYKAD_LAST_DIGIT_ODD})))"
)
VIETNAM_ID = "regex(., '^\\d{12}$')"
# Iran's national code: with s the first nine digits weighted 10..2 and r = s mod 11, the check
# digit c is r when r < 2, else 11 - r; that is, (s + c) mod 11 = 0, or c = 1 when r = 1.
# ODK's substr() counts from 0.
_IRAN_SUM = "(" + " + ".join(f"int(substr(., {i}, {i + 1})) * {10 - i}" for i in range(9)) + ")"
_IRAN_CHECK = "int(substr(., 9, 10))"
IRAN_ID = (
    f"regex(., '^\\d{{10}}$') and (({_IRAN_SUM} + {_IRAN_CHECK}) mod 11 = 0"
    f" or ({_IRAN_CHECK} = 1 and {_IRAN_SUM} mod 11 = 1))"
)
NATIONAL_ID = (
    f"if(${{country}} = 'my', {MYKAD}, if(${{country}} = 'vn', {VIETNAM_ID}, "
    f"if(${{country}} = 'ir', {IRAN_ID}, true())))"
)


def none_alone(answer: str = ".") -> str:
    """Constraint: a select_multiple's `none` choice excludes every other choice."""
    return f"not(selected({answer}, 'none') and count-selected({answer}) > 1)"


# ---------------------------------------------------------------------------------------------
# Survey rows
# ---------------------------------------------------------------------------------------------

Row = dict[str, Any]


def q(
    type_: str,
    name: str,
    label: T | None = None,
    *,
    hint: T | None = None,
    required: bool | str = False,
    required_message: T | None = None,
    relevant: str = "",
    constraint: str = "",
    constraint_message: T | None = None,
    calculation: str = "",
    choice_filter: str = "",
    default: str = "",
    read_only: str = "",
    appearance: str = "",
) -> Row:
    """One survey row; a required question gets the shared required message unless given one.
    `required` is True, or an expression for a question required only when it holds."""
    if required and required_message is None:
        required_message = REQUIRED
    if constraint and constraint_message is None:
        raise ValueError(f"{name}: a constraint needs a constraint message in every language")
    return {
        "type": type_,
        "name": name,
        "label": label,
        "hint": hint,
        "required": required if isinstance(required, str) else ("yes" if required else ""),
        "required_message": required_message,
        "relevant": relevant,
        "constraint": constraint,
        "constraint_message": constraint_message,
        "calculation": calculation,
        "choice_filter": choice_filter,
        "default": default,
        "read_only": read_only,
        "appearance": appearance,
    }


def calc(name: str, expression: str) -> Row:
    return q("calculate", name, calculation=expression)


def begin_group(name: str, label: T, *, relevant: str = "", appearance: str = "") -> Row:
    return q("begin group", name, label, relevant=relevant, appearance=appearance)


def begin_repeat(name: str, label: T, *, relevant: str = "", appearance: str = "") -> Row:
    return q("begin repeat", name, label, relevant=relevant, appearance=appearance)


def end(kind: str) -> Row:
    return q(f"end {kind}", "")


def money(name: str, label: T, *, hint: T = MONEY_HINT, relevant: str = "") -> Row:
    """A required monthly amount in local currency, 0 allowed."""
    return q(
        "decimal",
        name,
        label,
        hint=hint,
        required=True,
        relevant=relevant,
        constraint=MONEY,
        constraint_message=MONEY_MESSAGE,
    )


def interview_section() -> list[Row]:
    return [
        begin_group(
            "interview",
            T(
                "Interview and location",
                "Temu bual dan lokasi",
                "Phỏng vấn và địa chỉ",
                "مصاحبه و نشانی",
            ),
            appearance="field-list",
        ),
        q(
            "acknowledge",
            "consent",
            T(
                "I have explained the survey and the household agrees to be interviewed.",
                "Saya telah menerangkan tinjauan ini dan isi rumah bersetuju untuk ditemu bual.",
                "Tôi đã giải thích về cuộc khảo sát và hộ gia đình đồng ý tham gia phỏng vấn.",
                "هدف این پرسش‌نامه را توضیح داده‌ام و خانوار با انجام مصاحبه موافق است.",
            ),
            hint=T(
                "Say who you are and why the survey is done, that the answers are confidential "
                "and used only to plan help, and that the household may stop at any time.",
                "Terangkan siapa anda dan tujuan tinjauan, bahawa jawapan adalah sulit dan hanya "
                "digunakan untuk merancang bantuan, dan isi rumah boleh berhenti pada bila-bila "
                "masa.",
                "Giới thiệu bản thân và mục đích khảo sát, cho biết thông tin được giữ bí mật, "
                "chỉ dùng để xác định hỗ trợ, và hộ có thể dừng bất cứ lúc nào.",
                "خودتان و هدف پیمایش را معرفی کنید و توضیح دهید که پاسخ‌ها محرمانه است، فقط "
                "برای برنامه‌ریزی کمک به کار می‌رود و خانوار هر زمان بخواهد می‌تواند مصاحبه را "
                "متوقف کند.",
            ),
            required=True,
            required_message=T(
                "The interview can only go on with the household's agreement.",
                "Temu bual hanya boleh diteruskan dengan persetujuan isi rumah.",
                "Chỉ được tiếp tục phỏng vấn khi hộ gia đình đồng ý.",
                "مصاحبه فقط با موافقت خانوار ادامه می‌یابد.",
            ),
        ),
        q(
            "date",
            "interview_date",
            T("Date of interview", "Tarikh temu bual", "Ngày phỏng vấn", "تاریخ مصاحبه"),
            hint=GREGORIAN,
            required=True,
            default="today()",
            constraint="decimal-date-time(.) <= decimal-date-time(today())",
            constraint_message=T(
                "The interview date cannot be in the future.",
                "Tarikh temu bual tidak boleh pada masa hadapan.",
                "Ngày phỏng vấn không được sau ngày hôm nay.",
                "تاریخ مصاحبه نمی‌تواند در آینده باشد.",
            ),
        ),
        q(
            "select_one country",
            "country",
            T("Country", "Negara", "Quốc gia", "کشور"),
            required=True,
        ),
        q(
            "select_one state",
            "state",
            T("State or province", "Negeri", "Tỉnh / thành phố", "استان"),
            hint=T(
                "Only the states or provinces of the chosen country are listed.",
                "Hanya negeri bagi negara yang dipilih disenaraikan.",
                "Chỉ hiện các tỉnh, thành phố của quốc gia đã chọn.",
                "فقط استان‌های کشور انتخاب‌شده نمایش داده می‌شود.",
            ),
            required=True,
            relevant="${country} != 'other'",
            choice_filter="country = ${country}",
        ),
        q(
            "text",
            "district",
            T(
                "District (if any)",
                "Daerah (jika ada)",
                "Quận / huyện (nếu có)",
                "شهرستان (اگر هست)",
            ),
            hint=T(
                "Name or code as in the census list. Leave empty only where there is none: "
                "Vietnam has had no districts since 1 July 2025.",
                "Nama atau kod seperti dalam senarai banci. Biarkan kosong hanya jika tiada: "
                "Vietnam tidak lagi mempunyai daerah sejak 1 Julai 2025.",
                "Tên hoặc mã như trong danh sách rà soát. Chỉ để trống khi không có: từ ngày "
                "1/7/2025 Việt Nam không còn cấp quận, huyện.",
                "نام یا کد، همان‌گونه که در فهرست سرشماری آمده است. فقط اگر نیست خالی بگذارید: "
                "ویتنام از ۱ ژوئیه ۲۰۲۵ دیگر شهرستان ندارد.",
            ),
            # Required where districts exist; Vietnam abolished them on 1 July 2025.
            required="${country} != 'vn'",
        ),
        q(
            "text",
            "ward",
            T(
                "Ward, mukim or commune",
                "Mukim atau zon PBT",
                "Phường / xã",
                "ناحیه، محله یا دهستان",
            ),
            hint=T(
                "Name or code as in the census list.",
                "Nama atau kod seperti dalam senarai banci.",
                "Tên hoặc mã như trong danh sách rà soát.",
                "نام یا کد، همان‌گونه که در فهرست سرشماری آمده است.",
            ),
            required=True,
        ),
        q(
            "text",
            "site",
            T(
                "Site: PPR project, housing area or village",
                "Tapak: projek PPR, taman perumahan atau kampung",
                "Khu dân cư: chung cư, khu phố hoặc thôn, ấp",
                "محل سکونت: مجتمع مسکونی، شهرک یا روستا",
            ),
            required=True,
        ),
        q(
            "text",
            "block",
            T("Block", "Blok", "Tòa nhà / lô", "بلوک"),
            hint=T(
                "Leave empty if the dwelling is not in a block of flats.",
                "Biarkan kosong jika kediaman bukan di blok rumah pangsa.",
                "Để trống nếu nhà không ở trong chung cư.",
                "اگر واحد در مجتمع آپارتمانی نیست، خالی بگذارید.",
            ),
        ),
        q(
            "text",
            "floor_level",
            T("Floor", "Tingkat", "Tầng", "طبقه"),
            hint=T(
                "For example G, 3 or 12A. Leave empty for a house.",
                "Contohnya G, 3 atau 12A. Biarkan kosong bagi rumah biasa.",
                "Ví dụ: G, 3 hoặc 12A. Để trống nếu là nhà riêng.",
                "مثلاً همکف، ۳ یا 12A. برای خانه ویلایی خالی بگذارید.",
            ),
        ),
        q(
            "text",
            "unit_number",
            T(
                "Unit or house number",
                "Nombor unit atau rumah",
                "Số căn hộ hoặc số nhà",
                "شماره واحد یا پلاک",
            ),
            required=True,
        ),
        q(
            "select_one stratum",
            "stratum",
            T("Area type", "Jenis kawasan (strata)", "Khu vực", "نوع منطقه"),
            hint=T(
                "As set for this site in the census list.",
                "Seperti yang ditetapkan bagi tapak ini dalam senarai banci.",
                "Theo phân loại của khu này trong danh sách rà soát.",
                "همان‌گونه که برای این محل در فهرست سرشماری تعیین شده است.",
            ),
            required=True,
        ),
        q(
            "text",
            "phone",
            T(
                "Household phone number",
                "Nombor telefon isi rumah",
                "Số điện thoại của hộ",
                "شماره تلفن خانوار",
            ),
            hint=T(
                "Optional.",
                "Tidak wajib.",
                "Không bắt buộc.",
                "اختیاری.",
            ),
            constraint="regex(., '^\\+?[0-9][0-9 -]{5,19}$')",
            constraint_message=T(
                "Enter 6 to 20 digits; spaces, dashes and a leading + are allowed.",
                "Masukkan 6 hingga 20 digit; jarak, sengkang dan tanda + di hadapan dibenarkan.",
                "Nhập từ 6 đến 20 chữ số; được dùng dấu cách, dấu gạch ngang và dấu + ở đầu.",
                "۶ تا ۲۰ رقم وارد کنید؛ فاصله، خط تیره و علامت + در ابتدا مجاز است.",
            ),
        ),
        q(
            "geopoint",
            "gps",
            T("GPS location", "Lokasi GPS", "Tọa độ GPS", "موقعیت جغرافیایی (GPS)"),
            hint=T(
                "Optional. Type latitude and longitude in decimal degrees, e.g. 3.1390 101.6869.",
                "Tidak wajib. Taip latitud dan longitud dalam darjah perpuluhan, cth. "
                "3.1390 101.6869.",
                "Không bắt buộc. Nhập vĩ độ và kinh độ dạng số thập phân, ví dụ 10.7626 106.6602.",
                "اختیاری. عرض و طول جغرافیایی را به درجه اعشاری بنویسید، مثلاً "
                f"{ltr('35.6892 51.3890')}.",
            ),
        ),
        end("group"),
    ]


def member_questions() -> list[Row]:
    """The questions asked of every member, in the order a worker asks them at the door."""
    return [
        calc("line_number", "position(..)"),
        q(
            "text",
            "name",
            T("Full name", "Nama penuh", "Họ và tên", "نام و نام خانوادگی"),
            hint=T(
                "As on the identity card.",
                "Seperti dalam kad pengenalan.",
                "Như trên giấy tờ tùy thân.",
                "مطابق کارت شناسایی.",
            ),
            required=True,
        ),
        q(
            "select_one relationship",
            "relationship",
            T(
                "Relationship to the head of household",
                "Hubungan dengan ketua isi rumah",
                "Quan hệ với chủ hộ",
                "نسبت با سرپرست خانوار",
            ),
            required=True,
            # The head is entered first and is the only head: both follow from the position.
            constraint="(position(..) = 1 and . = 'head') or (position(..) > 1 and . != 'head')",
            constraint_message=T(
                "The first member must be the head of household, and only the first: "
                "a household has one head.",
                "Ahli pertama mesti ketua isi rumah, dan hanya ahli pertama: setiap isi rumah "
                "ada seorang ketua sahaja.",
                "Người đầu tiên phải là chủ hộ và chỉ người đầu tiên: mỗi hộ chỉ có một chủ hộ.",
                "نفر اول باید سرپرست خانوار باشد و فقط نفر اول؛ هر خانوار تنها یک سرپرست دارد.",
            ),
        ),
        q("select_one sex", "sex", T("Sex", "Jantina", "Giới tính", "جنسیت"), required=True),
        q(
            "integer",
            "age",
            T(
                "Age in completed years",
                "Umur (tahun genap)",
                "Tuổi (số năm tròn)",
                "سن (سال تمام)",
            ),
            hint=T(
                "Enter 0 for a baby under one year.",
                "Masukkan 0 bagi bayi bawah setahun.",
                "Nhập 0 với trẻ dưới một tuổi.",
                "برای نوزاد زیر یک سال، ۰ وارد کنید.",
            ),
            required=True,
            # One rule per person: the message names this member's lowest age (15 for the
            # head, 0 for anyone else), never the head's rule to a child.
            constraint=". >= ${age_minimum} and . <= 120",
            constraint_message=T(
                "For this member the age must be from ${age_minimum} to 120.",
                "Bagi ahli ini umur mesti antara ${age_minimum} hingga 120.",
                "Tuổi của người này phải từ ${age_minimum} đến 120.",
                "سن این عضو باید بین ${age_minimum} و ۱۲۰ باشد.",
            ),
        ),
        # The head of household is at least 15; anyone else may be a baby (0).
        calc("age_minimum", "if(${relationship} = 'head', 15, 0)"),
        q(
            "date",
            "dob",
            T("Date of birth", "Tarikh lahir", "Ngày sinh", "تاریخ تولد"),
            hint=T(
                "Optional: from the identity card or birth certificate, as a Gregorian date "
                "(convert a Solar Hijri date from an Iranian card first).",
                "Tidak wajib: daripada kad pengenalan atau sijil kelahiran, sebagai tarikh Masihi "
                "(tukar dahulu tarikh Hijrah Syamsiah pada kad Iran).",
                "Không bắt buộc: theo giấy tờ tùy thân hoặc giấy khai sinh, ghi theo dương lịch "
                "(ngày theo lịch Hijri Mặt Trời trên giấy tờ Iran phải đổi sang dương lịch trước).",
                "اختیاری: از روی کارت شناسایی یا شناسنامه، به تاریخ میلادی. تاریخ شمسی کارت را "
                f"نخست به میلادی برگردانید؛ مثلاً ۱۱ دی ۱۳۶۴ برابر است با {ltr('1986-01-01')}.",
            ),
            # Within a year of the stated age: the age may be told as of the last birthday.
            constraint=(
                f"{DAYS_OLD} >= 0 and (${{age}} = '' or "
                f"(int({DAYS_OLD} div 365.25) >= ${{age}} - 1 and "
                f"int({DAYS_OLD} div 365.25) <= ${{age}} + 1))"
            ),
            constraint_message=T(
                "The date of birth cannot be in the future and must agree with the age "
                "(within one year).",
                "Tarikh lahir tidak boleh pada masa hadapan dan mesti sepadan dengan umur "
                "(beza tidak lebih setahun).",
                "Ngày sinh không được sau hôm nay và phải khớp với tuổi (chênh lệch không quá "
                "một năm).",
                "تاریخ تولد نمی‌تواند در آینده باشد و باید با سن بخواند (حداکثر یک سال اختلاف).",
            ),
        ),
        q(
            "text",
            "national_id",
            T(
                "National ID number",
                "Nombor kad pengenalan (MyKad)",
                "Số định danh cá nhân / CCCD",
                "کد ملی",
            ),
            hint=T(
                "Malaysia: MyKad, 12 digits, e.g. 850101-14-5123 (dashes optional). Vietnam: "
                "12-digit personal ID. Iran: 10-digit national code. Leave empty if the person "
                "has none.",
                "Malaysia: MyKad, 12 digit, cth. 850101-14-5123 (sengkang tidak wajib). Vietnam: "
                "nombor pengenalan 12 digit. Iran: kod kebangsaan 10 digit. Biarkan kosong jika "
                "tiada.",
                "Malaysia: số MyKad 12 chữ số, ví dụ 850101-14-5123 (có thể bỏ dấu gạch). Việt "
                "Nam: số định danh cá nhân 12 chữ số. Iran: mã số quốc gia 10 chữ số. Để trống "
                "nếu không có.",
                f"مالزی: شماره MyKad، ۱۲ رقم، مثلاً {ltr('850101-14-5123')} (خط تیره اختیاری است). "
                "ویتنام: شماره شناسایی ۱۲ رقمی. ایران: کد ملی ۱۰ رقمی. اگر ندارد، خالی بگذارید.",
            ),
            constraint=NATIONAL_ID,
            constraint_message=T(
                "This is not a valid ID number for the country. A MyKad has 12 digits, "
                "YYMMDD-PB-###G, with a real month and day, a known place-of-birth code and a "
                "last digit odd for a man, even for a woman. A Vietnamese personal ID has 12 "
                "digits; an Iranian national code has 10 digits and a valid check digit.",
                "Nombor pengenalan ini tidak sah bagi negara ini. MyKad mempunyai 12 digit, "
                "YYMMDD-PB-###G, dengan bulan dan hari yang wujud, kod tempat lahir yang sah dan "
                "digit akhir ganjil bagi lelaki, genap bagi perempuan. Nombor pengenalan Vietnam "
                "12 digit; kod kebangsaan Iran 10 digit dengan digit semak yang betul.",
                "Số này không phải là số giấy tờ hợp lệ của quốc gia. MyKad có 12 chữ số "
                "YYMMDD-PB-###G: tháng và ngày có thật, mã nơi sinh hợp lệ, chữ số cuối lẻ với "
                "nam và chẵn với nữ. Số định danh cá nhân Việt Nam có 12 chữ số; mã số quốc gia "
                "Iran có 10 chữ số với chữ số kiểm tra đúng.",
                "این شماره شناسه معتبری برای این کشور نیست. MyKad دوازده رقم دارد "
                f"({ltr('YYMMDD-PB-###G')}) با ماه و روز درست، کد محل تولد معتبر و رقم آخرِ "
                "فرد برای مرد و زوج برای زن. شماره شناسایی ویتنام ۱۲ رقم است؛ "
                "کد ملی ایران ۱۰ رقم با رقم کنترل درست.",
            ),
        ),
        q(
            "select_one citizenship",
            "citizenship",
            T("Citizenship", "Kewarganegaraan", "Quốc tịch", "تابعیت"),
            required=True,
        ),
        q(
            "select_one ethnicity",
            "ethnicity",
            T("Ethnic group", "Keturunan (kumpulan etnik)", "Dân tộc", "قومیت"),
            required=True,
            relevant="${country} = 'my'",
        ),
        q(
            "select_one religion",
            "religion",
            T("Religion", "Agama", "Tôn giáo", "دین"),
            required=True,
        ),
        q(
            "select_one marital_status",
            "marital_status",
            T("Marital status", "Taraf perkahwinan", "Tình trạng hôn nhân", "وضعیت تأهل"),
            required=True,
            relevant=ADULT,
        ),
        q(
            "select_one yes_no",
            "in_school",
            T(
                "Is this person attending school, college or university now?",
                "Adakah individu ini sedang bersekolah atau belajar di kolej atau universiti?",
                "Hiện người này có đang đi học (phổ thông, cao đẳng, đại học) không?",
                "آیا این فرد اکنون به مدرسه، آموزشکده یا دانشگاه می‌رود؟",
            ),
            required=True,
            relevant=SCHOOL_AGE,
        ),
        q(
            "select_one education_level",
            "education_level",
            T(
                "Highest level of education completed",
                "Tahap pendidikan tertinggi yang ditamatkan",
                "Trình độ học vấn cao nhất đã tốt nghiệp",
                "بالاترین مقطع تحصیلی تمام‌شده",
            ),
            required=True,
            relevant=EDUCATION_ASKED,
        ),
        q(
            "integer",
            "years_schooling",
            T(
                "Years of schooling completed",
                "Bilangan tahun persekolahan yang ditamatkan",
                "Số năm đi học đã hoàn thành",
                "تعداد سال‌های تحصیل تمام‌شده",
            ),
            hint=T(
                "Count the school years passed, e.g. finished primary school (Year 6) = 6.",
                "Kira tahun persekolahan yang telah ditamatkan, cth. tamat sekolah rendah "
                "(Tahun 6) = 6.",
                "Đếm số lớp đã học xong, ví dụ học xong lớp 5 = 5.",
                "تعداد سال‌های تحصیلی گذرانده را بشمارید؛ مثلاً پایان دوره ابتدایی (کلاس ششم) = ۶.",
            ),
            required=True,
            relevant=EDUCATION_ASKED,
            constraint=". >= 0 and . <= 25 and . <= ${age}",
            constraint_message=T(
                "Years of schooling must be from 0 to 25 and cannot be more than the age.",
                "Tahun persekolahan mesti antara 0 hingga 25 dan tidak boleh melebihi umur.",
                "Số năm đi học phải từ 0 đến 25 và không được lớn hơn tuổi.",
                "سال‌های تحصیل باید بین ۰ تا ۲۵ باشد و نمی‌تواند از سن فرد بیشتر باشد.",
            ),
        ),
        q(
            "select_multiple skills",
            "skills",
            T("Skills", "Kemahiran", "Tay nghề, kỹ năng", "مهارت‌ها"),
            hint=SELECT_ALL,
            required=True,
            relevant=ADULT,
            constraint=none_alone(),
            constraint_message=NONE_ALONE,
        ),
        q(
            "text",
            "skills_other",
            T("Other skill", "Kemahiran lain", "Tay nghề khác", "مهارت دیگر"),
            required=True,
            relevant="selected(${skills}, 'other')",
        ),
        q(
            "select_one employment_status",
            "employment_status",
            T(
                "Employment status (main activity in the last 12 months)",
                "Status pekerjaan (aktiviti utama dalam 12 bulan lepas)",
                "Tình trạng việc làm (công việc chính trong 12 tháng qua)",
                "وضعیت اشتغال (فعالیت اصلی در ۱۲ ماه گذشته)",
            ),
            required=True,
            relevant=ADULT,
            # `child` stands for members under 15, who are not asked; an adult cannot pick it.
            choice_filter="name != 'child'",
        ),
        q(
            "text",
            "occupation",
            T(
                "Occupation (main job)",
                "Pekerjaan (kerja utama)",
                "Nghề nghiệp (công việc chính)",
                "شغل (شغل اصلی)",
            ),
            hint=T(
                "Describe the work, e.g. office cleaner, e-hailing driver, food stall owner.",
                "Nyatakan jenis kerja, cth. tukang cuci pejabat, pemandu e-hailing, peniaga "
                "gerai makanan.",
                "Mô tả công việc, ví dụ: lao công, tài xế xe công nghệ, bán hàng ăn.",
                "نوع کار را بنویسید، مثلاً نظافتچی اداره، راننده تاکسی اینترنتی، فروشنده غذا.",
            ),
            required=True,
            relevant=f"{ADULT} and ({WORKING})",
        ),
        q(
            "select_multiple chronic_disease",
            "chronic_diseases",
            T("Chronic diseases", "Penyakit kronik", "Bệnh mãn tính", "بیماری‌های مزمن"),
            hint=T(
                "Long-term illnesses diagnosed by a doctor. Select all that apply.",
                "Penyakit jangka panjang yang disahkan oleh doktor. Pilih semua yang berkenaan.",
                "Bệnh lâu dài đã được bác sĩ chẩn đoán. Chọn tất cả các mục phù hợp.",
                "بیماری‌های طولانی‌مدتی که پزشک تشخیص داده است. همه موارد را انتخاب کنید.",
            ),
            required=True,
            constraint=none_alone(),
            constraint_message=NONE_ALONE,
        ),
        q(
            "select_one treatment_place",
            "treatment_place",
            T(
                "Where is the chronic illness mainly treated?",
                "Di manakah penyakit kronik ini kebanyakannya dirawat?",
                "Bệnh mãn tính chủ yếu được điều trị ở đâu?",
                "بیماری مزمن بیشتر کجا درمان می‌شود؟",
            ),
            required=True,
            relevant=(
                "count-selected(${chronic_diseases}) > 0 "
                "and not(selected(${chronic_diseases}, 'none'))"
            ),
        ),
        q(
            "select_one yes_no",
            "disability",
            T(
                "Does this person have a disability that limits daily activities?",
                "Adakah individu ini mempunyai kecacatan yang mengehadkan aktiviti harian?",
                "Người này có khuyết tật làm hạn chế sinh hoạt hằng ngày không?",
                "آیا این فرد معلولیتی دارد که فعالیت‌های روزانه‌اش را محدود کند؟",
            ),
            required=True,
        ),
        q(
            "select_multiple disability_type",
            "disability_type",
            T("Type of disability", "Jenis kecacatan", "Dạng khuyết tật", "نوع معلولیت"),
            hint=SELECT_ALL,
            required=True,
            relevant="${disability} = 'yes'",
        ),
        q(
            "text",
            "oku_number",
            T(
                "OKU registration number (welfare department disability card)",
                "Nombor pendaftaran OKU (kad OKU JKM)",
                "Số đăng ký người khuyết tật (thẻ OKU của Cục Phúc lợi xã hội)",
                "شماره ثبت معلولیت (کارت OKU اداره رفاه اجتماعی مالزی)",
            ),
            hint=T(
                "Leave empty if the person is not registered with JKM.",
                "Biarkan kosong jika belum berdaftar dengan JKM.",
                "Để trống nếu chưa đăng ký với Cục Phúc lợi xã hội (JKM).",
                "اگر نزد اداره رفاه اجتماعی مالزی (JKM) ثبت نشده است، خالی بگذارید.",
            ),
            relevant="${disability} = 'yes' and ${country} = 'my'",
            constraint="string-length(.) <= 20",
            constraint_message=T(
                "An OKU number has at most 20 characters.",
                "Nombor OKU tidak melebihi 20 aksara.",
                "Số OKU có tối đa 20 ký tự.",
                "شماره OKU حداکثر ۲۰ نویسه دارد.",
            ),
        ),
        q(
            "select_one yes_no",
            "health_insurance",
            T(
                "Does this person have health insurance?",
                "Adakah individu ini mempunyai insurans kesihatan?",
                "Người này có bảo hiểm y tế không?",
                "آیا این فرد بیمه درمانی دارد؟",
            ),
            hint=T(
                "Any scheme: a Vietnamese BHYT card, Iranian basic health insurance, private "
                "insurance or takaful, cover from an employer.",
                "Apa-apa skim: insurans swasta atau takaful, perlindungan majikan, kad BHYT "
                "Vietnam, insurans kesihatan asas Iran.",
                "Bất kỳ loại nào: thẻ bảo hiểm y tế (BHYT), bảo hiểm tư nhân, bảo hiểm do nơi làm "
                "việc mua.",
                "هر نوع بیمه‌ای: بیمه سلامت، تأمین اجتماعی، بیمه تکمیلی یا بیمه کارفرما.",
            ),
            required=True,
        ),
        q(
            "select_one yes_no_dk",
            "undernourished",
            T(
                "Is this person underweight or stunted?",
                "Adakah individu ini kurang berat badan atau terbantut?",
                "Người này có bị nhẹ cân hoặc thấp còi không?",
                "آیا این فرد کم‌وزن یا کوتاه‌قد (دچار سوءتغذیه) است؟",
            ),
            hint=T(
                "For children under 16, go by the health card or your judgement; for adults, "
                "very thin for their height.",
                "Bagi kanak-kanak bawah 16 tahun, rujuk buku rekod kesihatan atau penilaian anda; "
                "bagi dewasa, terlalu kurus berbanding ketinggian.",
                "Trẻ dưới 16 tuổi: theo sổ theo dõi sức khỏe hoặc nhận định của bạn; người lớn: "
                "quá gầy so với chiều cao.",
                "برای کودکان زیر ۱۶ سال از کارت سلامت یا قضاوت خودتان کمک بگیرید؛ برای "
                "بزرگسالان: بسیار لاغر نسبت به قد.",
            ),
            required=True,
            relevant="${age} < 70",
        ),
        money(
            "income_wages",
            T(
                "Wages and salary a month",
                "Gaji dan upah sebulan",
                "Tiền lương, tiền công mỗi tháng",
                "مزد و حقوق ماهانه",
            ),
            relevant=ADULT,
        ),
        money(
            "income_self_employment",
            T(
                "Net income a month from own business, farming or fishing",
                "Pendapatan bersih sebulan daripada perniagaan sendiri, pertanian atau perikanan",
                "Thu nhập ròng mỗi tháng từ tự kinh doanh, trồng trọt, chăn nuôi hoặc đánh bắt",
                "درآمد خالص ماهانه از کسب‌وکار شخصی، کشاورزی یا ماهیگیری",
            ),
            relevant=ADULT,
        ),
        money(
            "income_transfers",
            T(
                "Pensions, remittances, alimony, scholarships and aid received by this person "
                "a month",
                "Pencen, kiriman wang, nafkah, biasiswa dan bantuan yang diterima oleh individu "
                "ini sebulan",
                "Lương hưu, tiền người thân gửi về, tiền cấp dưỡng, học bổng và trợ cấp người này "
                "nhận mỗi tháng",
                "مستمری، پول ارسالی خویشاوندان، نفقه، کمک‌هزینه تحصیلی و کمک‌هایی که این فرد "
                "ماهانه دریافت می‌کند",
            ),
            relevant=ADULT,
        ),
        # Incomes are asked from 15; a non-relevant answer counts as nothing, even if it was
        # typed before the age was corrected.
        calc(
            "member_income",
            f"if({ADULT}, coalesce(${{income_wages}}, 0) + "
            "coalesce(${income_self_employment}, 0) + coalesce(${income_transfers}, 0), 0)",
        ),
    ]


def members_section() -> list[Row]:
    return [
        # No field-list here: ODK cannot show a repeat inside a one-page group.
        begin_group(
            "household_members",
            T("Household members", "Ahli isi rumah", "Thành viên hộ gia đình", "اعضای خانوار"),
        ),
        q(
            "note",
            "members_intro",
            T(
                "List everyone who usually lives and eats in this household, starting with the "
                "head of household. Include members away for less than 6 months.",
                "Senaraikan semua orang yang biasanya tinggal dan makan bersama dalam isi rumah "
                "ini, bermula dengan ketua isi rumah (KIR). Termasuk ahli yang berada di luar "
                "kurang daripada 6 bulan.",
                "Liệt kê tất cả những người thường xuyên ăn ở cùng hộ, bắt đầu từ chủ hộ. Tính cả "
                "những người đi vắng dưới 6 tháng.",
                "همه کسانی را که معمولاً در این خانوار زندگی می‌کنند و با هم غذا می‌خورند فهرست کنید؛ "
                "از سرپرست خانوار شروع کنید. اعضایی را که کمتر از ۶ ماه دور بوده‌اند هم بشمارید.",
            ),
        ),
        begin_repeat(
            "members",
            T("Household member", "Ahli isi rumah", "Thành viên", "عضو خانوار"),
            appearance="field-list",
        ),
        *member_questions(),
        end("repeat"),
        # XLSForm cannot require a repeat to have instances; a required, read-only question that
        # shows only while the roster is empty blocks completion until someone is added.
        q(
            "text",
            "roster_empty",
            T(
                "No one is listed yet: add the head of household first.",
                "Belum ada ahli disenaraikan: tambah ketua isi rumah dahulu.",
                "Chưa có ai trong danh sách: hãy thêm chủ hộ trước.",
                "هنوز کسی فهرست نشده است: ابتدا سرپرست خانوار را اضافه کنید.",
            ),
            required=True,
            required_message=T(
                "A household has at least one member: add the head of household.",
                "Isi rumah mesti ada sekurang-kurangnya seorang ahli: tambah ketua isi rumah.",
                "Hộ phải có ít nhất một thành viên: hãy thêm chủ hộ.",
                "خانوار دست‌کم یک عضو دارد: سرپرست خانوار را اضافه کنید.",
            ),
            relevant="count(${members}) = 0",
            read_only="true()",
        ),
        end("group"),
    ]


def dwelling_section() -> list[Row]:
    not_piped_home = (
        "${water_source} != '' and ${water_source} != 'piped_dwelling' "
        "and ${water_source} != 'piped_yard'"
    )
    return [
        begin_group(
            "dwelling",
            T("Dwelling", "Tempat kediaman", "Nhà ở", "مسکن"),
            appearance="field-list",
        ),
        q(
            "select_one dwelling_type",
            "dwelling_type",
            T("Type of dwelling", "Jenis tempat kediaman", "Loại nhà ở", "نوع واحد مسکونی"),
            required=True,
        ),
        q(
            "select_one tenure",
            "tenure",
            T(
                "Ownership of the dwelling",
                "Pemilikan tempat kediaman",
                "Tình trạng sở hữu nhà ở",
                "وضعیت مالکیت مسکن",
            ),
            required=True,
        ),
        q(
            "select_one housing_quality",
            "housing_quality",
            T(
                "Overall quality of the dwelling",
                "Keadaan keseluruhan tempat kediaman",
                "Chất lượng nhà ở",
                "کیفیت کلی ساختمان",
            ),
            hint=T(
                "Permanent: walls, roof and floor of solid materials in good repair. "
                "Temporary: makeshift materials.",
                "Kekal: dinding, bumbung dan lantai daripada bahan kukuh dalam keadaan baik. "
                "Sementara: bahan seadanya.",
                "Kiên cố: tường, mái, nền đều bằng vật liệu bền chắc. Đơn sơ: vật liệu tạm bợ.",
                "بادوام: دیوار، سقف و کف از مصالح محکم و سالم. موقت: مصالح ناپایدار و سرهم‌بندی‌شده.",
            ),
            required=True,
        ),
        q(
            "select_one floor_material",
            "floor_material",
            T(
                "Main floor material",
                "Bahan utama lantai",
                "Vật liệu chính của nền nhà",
                "جنس اصلی کف",
            ),
            required=True,
        ),
        q(
            "select_one roof_material",
            "roof_material",
            T(
                "Main roof material",
                "Bahan utama bumbung",
                "Vật liệu chính của mái",
                "جنس اصلی سقف",
            ),
            hint=T(
                "In a flat: the roof of the building or the ceiling above the unit.",
                "Bagi rumah pangsa: bumbung bangunan atau siling di atas unit.",
                "Với căn hộ chung cư: mái của tòa nhà hoặc trần phía trên căn hộ.",
                "در آپارتمان: سقف ساختمان یا سقف بالای واحد.",
            ),
            required=True,
        ),
        q(
            "select_one wall_material",
            "wall_material",
            T(
                "Main wall material",
                "Bahan utama dinding",
                "Vật liệu chính của tường",
                "جنس اصلی دیوارها",
            ),
            required=True,
        ),
        q(
            "decimal",
            "floor_area",
            T(
                "Usable floor area of the dwelling (m²)",
                "Keluasan lantai yang boleh digunakan (m²)",
                "Diện tích sử dụng của nhà ở (m²)",
                "زیربنای قابل استفاده واحد (متر مربع)",
            ),
            hint=T(
                "A PPR unit is about 60 m². Estimate if the household does not know.",
                "Unit PPR kira-kira 60 m². Anggarkan jika isi rumah tidak tahu.",
                "Ước lượng nếu hộ không biết chính xác.",
                "اگر خانوار نمی‌داند، تخمین بزنید.",
            ),
            required=True,
            constraint=". >= 1 and . <= 1000",
            constraint_message=T(
                "Enter a floor area from 1 to 1,000 m².",
                "Masukkan keluasan antara 1 hingga 1,000 m².",
                "Nhập diện tích từ 1 đến 1.000 m².",
                "زیربنا را بین ۱ تا ۱٬۰۰۰ متر مربع وارد کنید.",
            ),
        ),
        q(
            "integer",
            "rooms",
            T(
                "Number of rooms used for sleeping",
                "Bilangan bilik yang digunakan untuk tidur",
                "Số phòng dùng để ngủ",
                "تعداد اتاق‌هایی که برای خواب استفاده می‌شود",
            ),
            required=True,
            constraint=". >= 1 and . <= 50",
            constraint_message=T(
                "Enter a number of rooms from 1 to 50.",
                "Masukkan bilangan bilik antara 1 hingga 50.",
                "Nhập số phòng từ 1 đến 50.",
                "تعداد اتاق را بین ۱ تا ۵۰ وارد کنید.",
            ),
        ),
        q(
            "select_one water_source",
            "water_source",
            T(
                "Main source of drinking water",
                "Sumber utama air minuman",
                "Nguồn nước uống chính",
                "منبع اصلی آب آشامیدنی",
            ),
            required=True,
        ),
        q(
            "select_one yes_no",
            "water_at_home",
            T(
                "Is this water source inside the dwelling, yard or plot?",
                "Adakah sumber air ini di dalam rumah, halaman atau kawasan rumah?",
                "Nguồn nước này có nằm trong nhà, sân hoặc khuôn viên nhà không?",
                "آیا این منبع آب داخل خانه، حیاط یا محوطه منزل است؟",
            ),
            required=True,
            relevant=not_piped_home,
        ),
        q(
            "integer",
            "water_minutes",
            T(
                "How many minutes does a round trip to fetch water take, waiting included?",
                "Berapa minit untuk pergi dan balik mengambil air, termasuk masa menunggu?",
                "Đi lấy nước một lượt cả đi và về mất bao nhiêu phút, kể cả thời gian chờ?",
                "رفت‌وبرگشت برای آوردن آب، با زمان انتظار، چند دقیقه طول می‌کشد؟",
            ),
            required=True,
            relevant="${water_at_home} = 'no'",
            constraint=". >= 0 and . <= 720",
            constraint_message=T(
                "Enter the minutes, from 0 to 720.",
                "Masukkan bilangan minit, antara 0 hingga 720.",
                "Nhập số phút, từ 0 đến 720.",
                "تعداد دقیقه را بین ۰ تا ۷۲۰ وارد کنید.",
            ),
        ),
        q(
            "select_one toilet_type",
            "toilet_type",
            T(
                "Type of toilet the household uses",
                "Jenis tandas yang digunakan oleh isi rumah",
                "Loại nhà tiêu hộ đang sử dụng",
                "نوع توالتی که خانوار استفاده می‌کند",
            ),
            required=True,
        ),
        q(
            "select_one yes_no",
            "toilet_shared",
            T(
                "Is the toilet shared with other households?",
                "Adakah tandas ini dikongsi dengan isi rumah lain?",
                "Nhà tiêu có dùng chung với hộ khác không?",
                "آیا توالت با خانوارهای دیگر مشترک است؟",
            ),
            required=True,
            relevant="${toilet_type} != '' and ${toilet_type} != 'none'",
        ),
        q(
            "select_one cooking_fuel",
            "cooking_fuel",
            T(
                "Main fuel used for cooking",
                "Bahan api utama untuk memasak",
                "Nhiên liệu chính dùng để nấu ăn",
                "سوخت اصلی برای پخت‌وپز",
            ),
            required=True,
        ),
        q(
            "select_one yes_no",
            "electricity",
            T(
                "Does the dwelling have electricity?",
                "Adakah tempat kediaman ini mempunyai bekalan elektrik?",
                "Nhà có điện không?",
                "آیا خانه برق دارد؟",
            ),
            required=True,
        ),
        end("group"),
    ]


def assets_section() -> list[Row]:
    return [
        begin_group(
            "assets_information",
            T(
                "Assets, savings and information",
                "Harta, simpanan dan maklumat",
                "Tài sản, tiết kiệm và thông tin",
                "دارایی‌ها، پس‌انداز و دسترسی به اطلاعات",
            ),
            appearance="field-list",
        ),
        q(
            "select_multiple assets",
            "assets",
            T(
                "Which of these does the household own and use?",
                "Antara berikut, yang manakah dimiliki dan digunakan oleh isi rumah?",
                "Hộ có sở hữu và sử dụng những thứ nào sau đây?",
                "خانوار کدام‌یک از این‌ها را دارد و از آن استفاده می‌کند؟",
            ),
            hint=T(
                "Select all that work. If the household has none of them, select 'None of these'.",
                "Pilih semua yang berfungsi. Jika tiada satu pun, pilih 'Tiada satu pun'.",
                "Chọn tất cả những thứ còn dùng được. Nếu không có thứ nào, chọn "
                "'Không có thứ nào'.",
                "همه مواردی را که سالم است انتخاب کنید. اگر هیچ‌کدام را ندارد، "
                "«هیچ‌کدام از این‌ها» را انتخاب کنید.",
            ),
            # Required since version 2026120501: an empty answer meant "owns none", so a
            # question skipped by mistake scored as deprived. Earlier interviews keep that meaning.
            required=True,
            constraint=none_alone(),
            constraint_message=NONE_ALONE,
        ),
        q(
            "select_one yes_no",
            "telecom_use",
            T(
                "Does any member use a phone or the internet?",
                "Adakah mana-mana ahli menggunakan telefon atau internet?",
                "Có thành viên nào sử dụng điện thoại hoặc Internet không?",
                "آیا یکی از اعضا از تلفن یا اینترنت استفاده می‌کند؟",
            ),
            required=True,
        ),
        q(
            "select_multiple savings",
            "savings",
            T(
                "Savings and investments held by any member",
                "Simpanan dan pelaburan yang dimiliki oleh mana-mana ahli",
                "Các khoản tiết kiệm, đầu tư của thành viên trong hộ",
                "پس‌انداز و سرمایه‌گذاری اعضای خانوار",
            ),
            hint=SELECT_ALL,
            required=True,
            # Tabung Haji, ASN and ASB exist only in Malaysia.
            choice_filter="scope = 'all' or scope = ${country}",
            constraint=none_alone(),
            constraint_message=NONE_ALONE,
        ),
        end("group"),
    ]


def health_access_section() -> list[Row]:
    return [
        begin_group(
            "health_access",
            T(
                "Health and access to care",
                "Kesihatan dan akses kepada rawatan",
                "Sức khỏe và tiếp cận dịch vụ y tế",
                "سلامت و دسترسی به درمان",
            ),
            appearance="field-list",
        ),
        q(
            "select_one yes_no",
            "sick_untreated",
            T(
                "In the last 12 months, was any member seriously ill and got no medical care?",
                "Dalam 12 bulan lepas, adakah mana-mana ahli sakit teruk tetapi tidak mendapat "
                "rawatan perubatan?",
                "Trong 12 tháng qua, có thành viên nào ốm đau nặng mà không được khám chữa bệnh "
                "không?",
                "در ۱۲ ماه گذشته، آیا یکی از اعضا به‌شدت بیمار شده و درمان پزشکی نگرفته است؟",
            ),
            required=True,
        ),
        q(
            "integer",
            "child_deaths_5y",
            T(
                "In the last 5 years, how many children (under 18) of this household have died?",
                "Dalam 5 tahun lepas, berapa orang kanak-kanak (bawah 18 tahun) dalam isi rumah "
                "ini telah meninggal dunia?",
                "Trong 5 năm qua, hộ có bao nhiêu trẻ em (dưới 18 tuổi) đã qua đời?",
                "در ۵ سال گذشته چند کودک (زیر ۱۸ سال) از این خانوار فوت کرده‌اند؟",
            ),
            hint=T(
                "Ask gently. Enter 0 if none.",
                "Tanya dengan berhemah. Masukkan 0 jika tiada.",
                "Hỏi nhẹ nhàng, tế nhị. Nhập 0 nếu không có.",
                "با ملاحظه بپرسید. اگر نبوده، ۰ وارد کنید.",
            ),
            required=True,
            constraint=". >= 0 and . <= 20",
            constraint_message=T(
                "Enter a number from 0 to 20.",
                "Masukkan nombor antara 0 hingga 20.",
                "Nhập số từ 0 đến 20.",
                "عددی بین ۰ تا ۲۰ وارد کنید.",
            ),
        ),
        end("group"),
    ]


def household_income_section() -> list[Row]:
    return [
        begin_group(
            "household_income",
            T("Household income", "Pendapatan isi rumah", "Thu nhập của hộ", "درآمد خانوار"),
            appearance="field-list",
        ),
        q(
            "note",
            "household_income_intro",
            T(
                "Each member's own income was asked in the roster. Ask here only for income of "
                "the household as a whole.",
                "Pendapatan setiap ahli telah ditanya dalam senarai ahli. Di sini tanya hanya "
                "pendapatan isi rumah secara keseluruhan.",
                "Thu nhập của từng thành viên đã hỏi ở phần thành viên. Ở đây chỉ hỏi các khoản "
                "thu nhập chung của cả hộ.",
                "درآمد هر عضو در بخش اعضا پرسیده شد. اینجا فقط درآمد کل خانوار را بپرسید.",
            ),
        ),
        money(
            "income_property",
            T(
                "Rent, interest and dividends received by the household a month",
                "Sewa, faedah dan dividen yang diterima oleh isi rumah sebulan",
                "Tiền cho thuê, lãi tiết kiệm, cổ tức hộ nhận được mỗi tháng",
                "اجاره، سود سپرده و سود سهامی که خانوار ماهانه دریافت می‌کند",
            ),
        ),
        money(
            "income_other",
            T(
                "Other regular income and aid to the household a month",
                "Pendapatan tetap lain dan bantuan kepada isi rumah sebulan",
                "Các khoản thu nhập thường xuyên khác và trợ cấp cho cả hộ mỗi tháng",
                "سایر درآمدهای منظم و کمک‌های ماهانه به خانوار",
            ),
            hint=T(
                "Only what was not counted for a member, e.g. monthly welfare aid paid to the "
                "household. Per month, in local currency; 0 if none.",
                "Hanya yang belum dikira bagi mana-mana ahli, cth. bantuan bulanan kepada isi "
                "rumah. Sebulan, dalam mata wang tempatan; 0 jika tiada.",
                "Chỉ tính khoản chưa tính cho thành viên nào, ví dụ trợ cấp hằng tháng cấp cho "
                "cả hộ. Mỗi tháng, bằng nội tệ; nhập 0 nếu không có.",
                "فقط آنچه برای هیچ عضوی حساب نشده است، مثلاً مستمری ماهانه‌ای که به خانوار "
                "پرداخت می‌شود. ماهانه، به پول رایج؛ اگر ندارد، ۰.",
            ),
        ),
        end("group"),
    ]


def assistance_section() -> list[Row]:
    return [
        begin_group(
            "assistance_section",
            T("Assistance received", "Bantuan yang diterima", "Trợ giúp đã nhận", "کمک‌های دریافتی"),
        ),
        q(
            "select_one yes_no",
            "assistance_received",
            T(
                "In the last 12 months, did the household receive assistance from any agency "
                "or organisation?",
                "Dalam 12 bulan lepas, adakah isi rumah menerima bantuan daripada mana-mana "
                "agensi atau pertubuhan?",
                "Trong 12 tháng qua, hộ có nhận được trợ giúp từ cơ quan, tổ chức nào không?",
                "در ۱۲ ماه گذشته، آیا خانوار از سازمان یا نهادی کمک دریافت کرده است؟",
            ),
            required=True,
        ),
        begin_repeat(
            "assistance",
            T("Assistance", "Bantuan", "Khoản trợ giúp", "کمک"),
            relevant="${assistance_received} = 'yes'",
            appearance="field-list",
        ),
        q(
            "select_one agency",
            "agency",
            T("Agency", "Agensi", "Cơ quan, tổ chức hỗ trợ", "نهاد کمک‌کننده"),
            required=True,
            # Each country's own agencies, and those found anywhere (council, charity, other).
            choice_filter="scope = 'all' or scope = ${country}",
        ),
        q(
            "text",
            "agency_other",
            T("Name of the agency", "Nama agensi", "Tên cơ quan, tổ chức", "نام نهاد"),
            required=True,
            relevant="${agency} = 'other'",
        ),
        q(
            "text",
            "programme",
            T(
                "Programme or kind of aid",
                "Program atau jenis bantuan",
                "Chương trình hoặc loại trợ giúp",
                "برنامه یا نوع کمک",
            ),
            hint=T(
                "For example Bantuan Kanak-Kanak, food basket, school aid, rent relief.",
                "Contohnya Bantuan Kanak-Kanak, bakul makanan, bantuan persekolahan, "
                "pengurangan sewa.",
                "Ví dụ: trợ cấp xã hội hằng tháng, quà thực phẩm, hỗ trợ học phí, hỗ trợ tiền "
                "thuê nhà.",
                "مثلاً مستمری کمیته امداد، سبد غذایی، کمک‌هزینه تحصیلی، کمک‌هزینه اجاره.",
            ),
            required=True,
        ),
        q(
            "date",
            "assistance_date",
            T(
                "Date received (the last time, if regular)",
                "Tarikh diterima (kali terakhir, jika berkala)",
                "Ngày nhận (lần gần nhất, nếu nhận thường xuyên)",
                "تاریخ دریافت (آخرین بار، اگر منظم است)",
            ),
            hint=GREGORIAN,
            required=True,
            constraint=(
                "decimal-date-time(.) <= decimal-date-time(today()) and "
                "decimal-date-time(.) >= decimal-date-time(today()) - 366"
            ),
            constraint_message=T(
                "The date must be within the last 12 months and not in the future.",
                "Tarikh mesti dalam tempoh 12 bulan lepas dan bukan pada masa hadapan.",
                "Ngày phải trong vòng 12 tháng qua và không sau hôm nay.",
                "تاریخ باید در ۱۲ ماه گذشته باشد و نه در آینده.",
            ),
        ),
        q(
            "decimal",
            "assistance_amount",
            T(
                "Amount or value received",
                "Jumlah atau nilai yang diterima",
                "Số tiền hoặc giá trị nhận được",
                "مبلغ یا ارزش دریافتی",
            ),
            hint=T(
                "In local currency, over the last 12 months; for goods, their approximate value.",
                "Dalam mata wang tempatan, sepanjang 12 bulan lepas; bagi barangan, anggaran "
                "nilainya.",
                "Bằng nội tệ, tổng trong 12 tháng qua; nếu là hiện vật thì ước tính giá trị.",
                "به پول رایج، در مجموع ۱۲ ماه گذشته؛ برای کالا، ارزش تقریبی آن.",
            ),
            required=True,
            constraint=". > 0 and . <= 1000000000",
            constraint_message=T(
                "Enter an amount greater than 0 and at most 1,000,000,000.",
                "Masukkan jumlah lebih daripada 0 dan tidak melebihi 1,000,000,000.",
                "Nhập số tiền lớn hơn 0 và không quá 1.000.000.000.",
                "مبلغی بیشتر از ۰ و حداکثر ۱٬۰۰۰٬۰۰۰٬۰۰۰ وارد کنید.",
            ),
        ),
        end("repeat"),
        end("group"),
    ]


def totals() -> list[Row]:
    """Household-level calculations the scoring and the summary read."""
    return [
        calc("hh_size", "count(${members})"),
        calc(
            "total_income",
            "sum(${member_income}) + coalesce(${income_property}, 0) "
            "+ coalesce(${income_other}, 0)",
        ),
        calc("income_per_capita", "if(${hh_size} > 0, ${total_income} div ${hh_size}, '')"),
        calc(
            "area_per_capita",
            "if(${hh_size} > 0 and ${floor_area} != '', ${floor_area} div ${hh_size}, '')",
        ),
        calc(
            "assistance_total",
            "if(${assistance_received} = 'yes', sum(${assistance_amount}), 0)",
        ),
        calc(
            "currency",
            "if(${country} = 'my', 'RM', if(${country} = 'vn', 'VND', "
            "if(${country} = 'ir', 'IRR', '')))",
        ),
        # Rounded amounts with their currency, for the summary note only (the scoring reads the
        # exact values): "RM 575" in Malaysia, "1500000 VND" in Vietnam, "IRR" after in Iran.
        # While an amount's inputs are not all answered it would read as a fact ("RM 0"), so it
        # is empty instead, and the summary shows a note saying "not answered yet" in the
        # interview's language (a calculation has no language, a note's label has).
        calc(
            "total_income_display",
            unless_answered(INCOME_UNANSWERED, money_text("round(${total_income}, 2)")),
        ),
        calc(
            "income_per_capita_display",
            unless_answered(INCOME_UNANSWERED, money_text("round(${income_per_capita}, 2)")),
        ),
        calc(
            "assistance_total_display",
            unless_answered(ASSISTANCE_UNANSWERED, money_text("round(${assistance_total}, 2)")),
        ),
        calc(
            "area_per_capita_display",
            unless_answered(AREA_UNANSWERED, "round(${area_per_capita}, 1)"),
        ),
    ]


# True while an income the totals add up is still unknown: no member listed, a member without
# an age (whether their incomes are asked is not known yet), a member of 15 or more with an
# income question unanswered, or a household income unanswered. Inside the predicate the names
# are the member's own answers (relative to the repeat instance).
INCOME_UNANSWERED = (
    "count(${members}) = 0 or count(${members}[age = '' or (age >= 15 and "
    "(income_wages = '' or income_self_employment = '' or income_transfers = ''))]) > 0 "
    "or ${income_property} = '' or ${income_other} = ''"
)
ASSISTANCE_UNANSWERED = (
    "${assistance_received} = '' or (${assistance_received} = 'yes' and "
    "count(${assistance}[assistance_amount = '']) > 0)"
)
AREA_UNANSWERED = "count(${members}) = 0 or ${floor_area} = ''"


def unless_answered(unanswered: str, text: str) -> str:
    """`text`, or '' while `unanswered` holds (the summary then says "not answered yet")."""
    return f"if({unanswered}, '', {text})"


def money_text(amount: str) -> str:
    """An amount written with its currency as the country writes it."""
    return (
        f"if(${{currency}} = 'RM', concat('RM ', {amount}), "
        f"if(${{currency}} = '', string({amount}), concat({amount}, ' ', ${{currency}})))"
    )


def summary_line(name: str, display: str, answered: T, pending: T) -> list[Row]:
    """Two notes for one line of the summary: the amount once `display` has one, otherwise the
    line saying it is not answered yet, each in the interview's language."""
    return [
        q("note", name, answered, relevant=f"${{{display}}} != ''"),
        q("note", f"{name}_pending", pending, relevant=f"${{{display}}} = ''"),
    ]


def summary_section() -> list[Row]:
    return [
        begin_group(
            "summary_section",
            T("Summary", "Ringkasan", "Tóm tắt", "خلاصه"),
            appearance="field-list",
        ),
        q(
            "note",
            "summary",
            T(
                "Household size: ${hh_size}. Read these lines back to the household before you "
                "finish.",
                "Saiz isi rumah: ${hh_size} orang. Bacakan semula baris-baris ini kepada isi "
                "rumah sebelum selesai.",
                "Số nhân khẩu: ${hh_size} người. Đọc lại các dòng này cho hộ nghe trước khi kết "
                "thúc.",
                "تعداد اعضای خانوار: ${hh_size} نفر. پیش از پایان، این ارقام را برای خانوار "
                "بخوانید.",
            ),
        ),
        *summary_line(
            "summary_income",
            "income_per_capita_display",
            T(
                "Total income a month: ${total_income_display}. Income per person a month: "
                "${income_per_capita_display}.",
                "Jumlah pendapatan sebulan: ${total_income_display}. Pendapatan per kapita "
                "sebulan: ${income_per_capita_display}.",
                "Tổng thu nhập mỗi tháng: ${total_income_display}. Thu nhập bình quân đầu người "
                "mỗi tháng: ${income_per_capita_display}.",
                f"کل درآمد ماهانه: {ltr('${total_income_display}')}. درآمد سرانه ماهانه: "
                f"{ltr('${income_per_capita_display}')}.",
            ),
            T(
                "Total income and income per person a month: not answered yet.",
                "Jumlah pendapatan dan pendapatan per kapita sebulan: belum dijawab.",
                "Tổng thu nhập và thu nhập bình quân đầu người mỗi tháng: chưa trả lời.",
                "کل درآمد و درآمد سرانه ماهانه: هنوز پاسخ داده نشده.",
            ),
        ),
        *summary_line(
            "summary_area",
            "area_per_capita_display",
            T(
                "Floor area per person in m²: ${area_per_capita_display}.",
                "Keluasan lantai per kapita dalam m²: ${area_per_capita_display}.",
                "Diện tích ở bình quân đầu người (m²): ${area_per_capita_display}.",
                f"زیربنای سرانه به متر مربع: {ltr('${area_per_capita_display}')}.",
            ),
            T(
                "Floor area per person: not answered yet.",
                "Keluasan lantai per kapita: belum dijawab.",
                "Diện tích ở bình quân đầu người: chưa trả lời.",
                "زیربنای سرانه: هنوز پاسخ داده نشده.",
            ),
        ),
        *summary_line(
            "summary_assistance",
            "assistance_total_display",
            T(
                "Assistance in the last 12 months: ${assistance_total_display}.",
                "Bantuan dalam 12 bulan lepas: ${assistance_total_display}.",
                "Trợ giúp trong 12 tháng qua: ${assistance_total_display}.",
                f"کمک‌های ۱۲ ماه گذشته: {ltr('${assistance_total_display}')}.",
            ),
            T(
                "Assistance in the last 12 months: not answered yet.",
                "Bantuan dalam 12 bulan lepas: belum dijawab.",
                "Trợ giúp trong 12 tháng qua: chưa trả lời.",
                "کمک‌های ۱۲ ماه گذشته: هنوز پاسخ داده نشده.",
            ),
        ),
        q(
            "text",
            "enumerator_notes",
            T(
                "Notes from the interview",
                "Catatan temu bual",
                "Ghi chú của điều tra viên",
                "یادداشت‌های پرسشگر",
            ),
            hint=T(
                "Anything the ward officer should know. Do not write ID numbers or incomes here.",
                "Apa-apa yang perlu diketahui oleh pegawai. Jangan tulis nombor kad pengenalan "
                "atau pendapatan di sini.",
                "Những điều cán bộ phường cần biết. Không ghi số định danh hay thu nhập ở đây.",
                "هر نکته‌ای که مسئول ناحیه باید بداند. کد ملی یا درآمد را اینجا ننویسید.",
            ),
            appearance="multiline",
        ),
        end("group"),
    ]


def survey_rows() -> list[Row]:
    return [
        *interview_section(),
        *members_section(),
        *dwelling_section(),
        *assets_section(),
        *health_access_section(),
        *household_income_section(),
        *assistance_section(),
        *totals(),
        *summary_section(),
    ]


# ---------------------------------------------------------------------------------------------
# Choices: (name, English, Malay, Vietnamese, Persian[, extra columns])
# ---------------------------------------------------------------------------------------------

ChoiceRow = tuple[str, str, str, str, str]

OTHER: ChoiceRow = ("other", "Other", "Lain-lain", "Khác", "سایر")
NONE: ChoiceRow = ("none", "None", "Tiada", "Không có", "هیچ‌کدام")

# The tables below keep one choice per line; the formatter would spread each over six.
# fmt: off
CHOICES: dict[str, list[ChoiceRow]] = {
    "yes_no": [
        ("yes", "Yes", "Ya", "Có", "بله"),
        ("no", "No", "Tidak", "Không", "خیر"),
    ],
    "yes_no_dk": [
        ("yes", "Yes", "Ya", "Có", "بله"),
        ("no", "No", "Tidak", "Không", "خیر"),
        ("dont_know", "Don't know", "Tidak tahu", "Không biết", "نمی‌دانم"),
    ],
    "country": [
        ("my", "Malaysia", "Malaysia", "Malaysia", "مالزی"),
        ("vn", "Vietnam", "Vietnam", "Việt Nam", "ویتنام"),
        ("ir", "Iran", "Iran", "Iran", "ایران"),
        OTHER,
    ],
    "stratum": [
        ("urban", "Urban", "Bandar", "Thành thị", "شهری"),
        ("rural", "Rural", "Luar bandar", "Nông thôn", "روستایی"),
    ],
    "relationship": [
        ("head", "Head of household", "Ketua isi rumah", "Chủ hộ", "سرپرست خانوار"),
        ("spouse", "Husband or wife", "Suami atau isteri", "Vợ hoặc chồng", "همسر"),
        ("child", "Son or daughter", "Anak", "Con", "فرزند"),
        ("child_in_law", "Son- or daughter-in-law", "Menantu", "Con dâu, con rể", "عروس یا داماد"),
        ("grandchild", "Grandchild", "Cucu", "Cháu nội, cháu ngoại", "نوه"),
        ("parent", "Parent or parent-in-law", "Ibu bapa atau mentua", "Cha mẹ hoặc cha mẹ vợ/chồng",
         "پدر یا مادر، یا پدر و مادر همسر"),
        ("sibling", "Brother or sister", "Adik-beradik", "Anh chị em ruột", "خواهر یا برادر"),
        ("other_relative", "Other relative", "Saudara lain", "Họ hàng khác", "سایر خویشاوندان"),
        ("non_relative", "Not related (lodger, helper)", "Bukan saudara (penyewa, pembantu)",
         "Không có quan hệ họ hàng (người ở trọ, người giúp việc)",
         "غیرخویشاوند (مستأجر، کمک‌کار منزل)"),
    ],
    "sex": [
        ("male", "Male", "Lelaki", "Nam", "مرد"),
        ("female", "Female", "Perempuan", "Nữ", "زن"),
    ],
    "citizenship": [
        ("citizen", "Citizen of this country", "Warganegara", "Công dân nước sở tại",
         "تبعه این کشور"),
        ("permanent_resident", "Permanent resident", "Penduduk tetap",
         "Người nước ngoài thường trú", "مقیم دائم"),
        ("foreign", "Foreign national", "Bukan warganegara", "Người nước ngoài", "تبعه خارجی"),
        ("no_document", "No citizenship document", "Tiada dokumen kewarganegaraan",
         "Không có giấy tờ quốc tịch", "فاقد مدرک تابعیت"),
    ],
    "ethnicity": [
        ("malay", "Malay", "Melayu", "Người Mã Lai", "مالایی"),
        ("chinese", "Chinese", "Cina", "Người Hoa", "چینی"),
        ("indian", "Indian", "India", "Người Ấn Độ", "هندی"),
        ("orang_asli", "Orang Asli", "Orang Asli", "Người Orang Asli (thổ dân bán đảo)",
         "اورنگ اصلی (بومیان شبه‌جزیره)"),
        ("bumiputera_sabah", "Sabah Bumiputera (e.g. Kadazan-Dusun, Bajau, Murut)",
         "Bumiputera Sabah (cth. Kadazan-Dusun, Bajau, Murut)",
         "Người bản địa Sabah (Kadazan-Dusun, Bajau, Murut...)",
         "بومیان صباح (مانند کادازان-دوسون، باجاو، موروت)"),
        ("bumiputera_sarawak", "Sarawak Bumiputera (e.g. Iban, Bidayuh, Melanau)",
         "Bumiputera Sarawak (cth. Iban, Bidayuh, Melanau)",
         "Người bản địa Sarawak (Iban, Bidayuh, Melanau...)",
         "بومیان ساراواک (مانند ایبان، بیدایوه، ملانائو)"),
        OTHER,
    ],
    "religion": [
        ("islam", "Islam", "Islam", "Hồi giáo", "اسلام"),
        ("buddhism", "Buddhism", "Buddha", "Phật giáo", "بودایی"),
        ("christianity", "Christianity", "Kristian", "Kitô giáo (Công giáo, Tin Lành)", "مسیحی"),
        ("hinduism", "Hinduism", "Hindu", "Ấn Độ giáo", "هندو"),
        ("chinese_folk", "Confucianism, Taoism or Chinese folk religion",
         "Konfusianisme, Tao atau kepercayaan tradisional Cina",
         "Đạo Khổng, Đạo giáo hoặc tín ngưỡng dân gian",
         "آیین کنفوسیوس، تائو یا آیین‌های سنتی چینی"),
        ("other", "Other religion", "Agama lain", "Tôn giáo khác", "سایر ادیان"),
        ("none", "No religion", "Tiada agama", "Không theo tôn giáo", "بدون دین"),
    ],
    "marital_status": [
        ("never_married", "Never married", "Belum pernah berkahwin", "Chưa kết hôn",
         "هرگز ازدواج نکرده"),
        ("married", "Married", "Berkahwin", "Đã kết hôn", "متأهل"),
        ("widowed", "Widowed", "Balu atau duda (pasangan meninggal dunia)", "Góa", "همسر فوت‌شده"),
        ("divorced", "Divorced", "Bercerai", "Ly hôn", "طلاق‌گرفته"),
        ("separated", "Separated", "Berpisah", "Ly thân", "جدا شده (بدون طلاق)"),
    ],
    "education_level": [
        ("none", "None (primary not completed)", "Tiada (sekolah rendah tidak tamat)",
         "Chưa tốt nghiệp tiểu học", "بدون مدرک (دوره ابتدایی تمام نشده)"),
        ("primary", "Primary", "Sekolah rendah", "Tiểu học", "ابتدایی"),
        ("lower_secondary", "Lower secondary (PT3 / Form 3)", "Menengah rendah (PT3 / Tingkatan 3)",
         "Trung học cơ sở", "متوسطه اول"),
        ("upper_secondary", "Upper secondary (SPM / Form 5)", "Menengah atas (SPM / Tingkatan 5)",
         "Trung học phổ thông", "متوسطه دوم (دیپلم)"),
        ("vocational", "Vocational or technical certificate",
         "Sijil vokasional atau teknikal (SKM)", "Sơ cấp, trung cấp nghề", "مدرک فنی و حرفه‌ای"),
        ("college", "Diploma, STPM or college", "Diploma, STPM atau kolej", "Cao đẳng", "کاردانی"),
        ("university", "University degree", "Ijazah universiti", "Đại học trở lên",
         "کارشناسی و بالاتر"),
    ],
    "skills": [
        ("mechanic", "Mechanic", "Mekanik", "Thợ máy, sửa chữa xe", "مکانیکی"),
        ("carpentry", "Carpentry", "Pertukangan kayu", "Thợ mộc", "نجاری"),
        ("handicraft", "Handicraft", "Kraftangan", "Thủ công mỹ nghệ", "صنایع دستی"),
        ("sewing", "Sewing and tailoring", "Jahitan", "May mặc", "خیاطی"),
        ("farming", "Farming", "Pertanian", "Trồng trọt, chăn nuôi", "کشاورزی و دامداری"),
        ("fishing", "Fishing", "Perikanan", "Đánh bắt, nuôi trồng thủy sản", "ماهیگیری"),
        NONE,
        OTHER,
    ],
    "employment_status": [
        ("employee_contract", "Employee with a written contract",
         "Pekerja bergaji dengan kontrak bertulis", "Làm công ăn lương có hợp đồng lao động",
         "مزدبگیر با قرارداد کتبی"),
        ("employee_no_contract", "Employee without a contract (casual, daily paid)",
         "Pekerja bergaji tanpa kontrak (sambilan, upah harian)",
         "Làm công ăn lương không có hợp đồng (thời vụ, công nhật)",
         "مزدبگیر بدون قرارداد (موقت، روزمزد)"),
        ("self_employed", "Self-employed", "Bekerja sendiri", "Tự làm, kinh doanh cá thể",
         "خویش‌فرما"),
        ("employer", "Employer", "Majikan", "Chủ cơ sở có thuê lao động", "کارفرما"),
        ("family_worker", "Unpaid family worker", "Pekerja keluarga tanpa gaji",
         "Lao động gia đình không hưởng lương", "کارکن فامیلی بدون مزد"),
        ("unemployed", "Unemployed, looking for work", "Menganggur, sedang mencari kerja",
         "Thất nghiệp, đang tìm việc", "بیکار و جویای کار"),
        ("student", "Student", "Pelajar", "Học sinh, sinh viên", "دانش‌آموز یا دانشجو"),
        ("homemaker", "Homemaker", "Suri rumah", "Nội trợ", "خانه‌دار"),
        ("retired", "Retired", "Pesara", "Nghỉ hưu", "بازنشسته"),
        ("unable_to_work", "Unable to work (illness, disability, old age)",
         "Tidak mampu bekerja (sakit, OKU, uzur)",
         "Không có khả năng lao động (ốm đau, khuyết tật, già yếu)",
         "ناتوان از کار (بیماری، معلولیت، کهولت)"),
        ("child", "Child under 15", "Kanak-kanak bawah 15 tahun", "Trẻ em dưới 15 tuổi",
         "کودک زیر ۱۵ سال"),
    ],
    "chronic_disease": [
        ("hypertension", "High blood pressure", "Darah tinggi", "Tăng huyết áp", "فشار خون بالا"),
        ("diabetes", "Diabetes", "Kencing manis", "Tiểu đường", "دیابت"),
        ("asthma", "Asthma", "Asma (lelah)", "Hen suyễn", "آسم"),
        ("kidney", "Kidney disease", "Penyakit buah pinggang", "Bệnh thận", "بیماری کلیوی"),
        ("cancer", "Cancer", "Kanser", "Ung thư", "سرطان"),
        ("heart", "Heart disease", "Penyakit jantung", "Bệnh tim", "بیماری قلبی"),
        ("gout", "Gout", "Gout", "Bệnh gút", "نقرس"),
        ("cerebral_palsy", "Cerebral palsy", "Cerebral palsy (lumpuh otak)", "Bại não", "فلج مغزی"),
        ("stroke", "Stroke", "Strok (angin ahmar)", "Đột quỵ", "سکته مغزی"),
        ("gastric", "Gastric ulcer", "Gastrik", "Bệnh dạ dày", "زخم معده"),
        ("tuberculosis", "Tuberculosis (TB)", "Batuk kering (TB)", "Bệnh lao", "سل"),
        OTHER,
        NONE,
    ],
    "treatment_place": [
        ("government_clinic", "Government clinic", "Klinik kesihatan kerajaan",
         "Trạm y tế, phòng khám công", "درمانگاه یا مرکز بهداشت دولتی"),
        ("government_hospital", "Government hospital", "Hospital kerajaan", "Bệnh viện công",
         "بیمارستان دولتی"),
        ("private_clinic", "Private clinic", "Klinik swasta", "Phòng khám tư",
         "مطب یا درمانگاه خصوصی"),
        ("private_hospital", "Private hospital", "Hospital swasta", "Bệnh viện tư",
         "بیمارستان خصوصی"),
        ("traditional", "Traditional medicine", "Perubatan tradisional",
         "Y học cổ truyền, thầy lang", "طب سنتی"),
        ("not_treated", "Not treated", "Tidak dirawat", "Không điều trị", "درمان نمی‌شود"),
    ],
    "disability_type": [
        ("hearing", "Hearing", "Pendengaran", "Khiếm thính", "شنوایی"),
        ("vision", "Seeing", "Penglihatan", "Khiếm thị", "بینایی"),
        ("speech", "Speech", "Pertuturan", "Khó khăn về nói", "گفتاری"),
        ("physical", "Physical (moving)", "Fizikal", "Vận động", "جسمی-حرکتی"),
        ("learning", "Learning", "Masalah pembelajaran", "Trí tuệ, học tập", "ذهنی و یادگیری"),
        ("mental", "Mental health", "Mental", "Tâm thần", "اعصاب و روان"),
        ("bedridden", "Bedridden", "Terlantar", "Nằm liệt giường", "زمین‌گیر"),
        OTHER,
    ],
    "dwelling_type": [
        ("flat", "Flat or apartment (PPR included)", "Rumah pangsa atau apartmen (termasuk PPR)",
         "Căn hộ chung cư", "آپارتمان (از جمله مسکن حمایتی)"),
        ("terrace", "Terrace or town house", "Rumah teres", "Nhà liền kề, nhà phố", "خانه ردیفی"),
        ("detached", "Detached or semi-detached house", "Rumah sesebuah atau berkembar",
         "Nhà riêng độc lập", "خانه ویلایی"),
        ("village_house", "Village house", "Rumah kampung", "Nhà ở nông thôn, nhà truyền thống",
         "خانه روستایی"),
        ("longhouse", "Longhouse", "Rumah panjang", "Nhà dài", "خانه بلند (لانگ‌هاوس)"),
        ("room", "Room in a shared house or shophouse", "Bilik di rumah kongsi atau rumah kedai",
         "Phòng trọ, phòng trong nhà ở chung", "اتاق در خانه مشترک"),
        ("makeshift", "Squatter or makeshift shelter", "Rumah setinggan atau sementara",
         "Nhà tạm, lều lán", "سرپناه موقت یا غیررسمی"),
        OTHER,
    ],
    "tenure": [
        ("owned", "Owned, fully paid", "Milik sendiri (sudah habis bayar)",
         "Nhà của hộ (đã trả hết)", "ملکی (بهای آن کامل پرداخت شده)"),
        ("owned_paying", "Owned, still paying a loan", "Milik sendiri (masih membayar pinjaman)",
         "Nhà của hộ (đang trả góp)", "ملکی (در حال پرداخت اقساط وام)"),
        ("rented_public", "Rented from the government or council (e.g. PPR)",
         "Sewa daripada kerajaan atau PBT (cth. PPR)", "Thuê nhà của Nhà nước, nhà ở xã hội",
         "اجاره از دولت یا شهرداری (مسکن حمایتی)"),
        ("rented_private", "Rented privately", "Sewa daripada pihak swasta", "Thuê nhà tư nhân",
         "اجاره از شخص یا بخش خصوصی"),
        ("free", "Free of charge (family, employer)", "Menumpang tanpa bayaran (keluarga, majikan)",
         "Ở nhờ không trả tiền (người thân, nơi làm việc)", "رایگان (منزل خویشاوند یا کارفرما)"),
        ("squatting", "Occupied without permission", "Menduduki tanpa kebenaran",
         "Chiếm dụng, ở không được phép", "تصرف بدون اجازه"),
        OTHER,
    ],
    "housing_quality": [
        ("permanent", "Permanent", "Kekal", "Nhà kiên cố", "بادوام"),
        ("semi_permanent", "Semi-permanent", "Separa kekal", "Nhà bán kiên cố", "نیمه‌بادوام"),
        ("simple", "Simple (less durable)", "Ringkas (kurang kukuh)", "Nhà thiếu kiên cố",
         "کم‌دوام"),
        ("temporary", "Temporary or makeshift", "Sementara", "Nhà đơn sơ", "موقت"),
    ],
    "floor_material": [
        ("earth", "Earth or sand", "Tanah atau pasir", "Đất, cát", "خاک یا شن"),
        ("dung", "Dung", "Tahi binatang", "Phân động vật", "فضولات دامی"),
        ("wood_planks", "Wood planks", "Papan kayu", "Ván gỗ", "تخته چوبی"),
        ("palm_bamboo", "Palm or bamboo", "Buluh atau pelepah", "Tre, nứa, lá cọ", "نخل یا بامبو"),
        ("parquet", "Parquet or polished wood", "Parket atau kayu bervarnis",
         "Sàn gỗ, gỗ đánh bóng", "پارکت یا چوب صیقلی"),
        ("vinyl", "Vinyl or linoleum", "Vinil atau linoleum", "Nhựa vinyl, simili",
         "وینیل یا کفپوش پلاستیکی"),
        ("ceramic_tiles", "Ceramic tiles", "Jubin seramik", "Gạch men", "کاشی یا سرامیک"),
        ("cement", "Cement", "Simen", "Xi măng", "سیمان"),
        ("carpet", "Carpet", "Permaidani", "Thảm", "فرش یا موکت"),
        OTHER,
    ],
    "roof_material": [
        ("none", "No roof", "Tiada bumbung", "Không có mái", "بدون سقف"),
        ("thatch", "Thatch or straw", "Jerami", "Tranh, rạ", "کاه و پوشال"),
        ("palm_leaf", "Palm leaves (attap)", "Daun nipah (atap)", "Lá cọ, lá dừa", "برگ نخل"),
        ("sod", "Sod (earth and grass)", "Tanah berumput", "Mái đất, cỏ", "خاک و چمن"),
        ("rustic_mat", "Rustic mat", "Tikar", "Phên, cót", "حصیر"),
        ("wood_planks", "Wood planks", "Papan kayu", "Ván gỗ", "تخته چوبی"),
        ("metal", "Metal or zinc sheets", "Zink atau kepingan logam", "Tôn, tấm kim loại",
         "ورق فلزی (حلبی، شیروانی)"),
        ("wood", "Wood", "Kayu", "Gỗ", "چوب"),
        ("calamine_cement_fibre", "Calamine or cement-fibre sheets",
         "Kepingan kalamin atau gentian simen", "Tấm fibro xi măng", "ورق فایبرسیمان"),
        ("ceramic_tiles", "Roof tiles", "Genting", "Ngói", "سفال"),
        ("cement", "Cement", "Simen", "Xi măng", "سیمان"),
        ("concrete", "Concrete", "Konkrit", "Bê tông", "بتن"),
        OTHER,
    ],
    "wall_material": [
        ("none", "No walls", "Tiada dinding", "Không có tường", "بدون دیوار"),
        ("cane_palm", "Cane, palm or trunks", "Rotan, pelepah atau batang kayu",
         "Tre, lá cọ, thân cây", "نی، نخل یا تنه درخت"),
        ("dirt", "Dirt or mud", "Tanah", "Đất", "خاک یا گل"),
        ("bamboo_mud", "Bamboo with mud", "Buluh bersalut tanah", "Tre trát đất", "بامبو و گل"),
        ("stone_mud", "Stone with mud", "Batu dengan tanah", "Đá trát đất", "سنگ و گل"),
        ("plywood", "Plywood", "Papan lapis", "Gỗ dán", "تخته چندلایه"),
        ("cardboard", "Cardboard", "Kadbod", "Bìa các-tông", "مقوا"),
        ("reused_wood", "Reused wood", "Kayu terpakai", "Gỗ tận dụng", "چوب کهنه"),
        ("cement", "Cement", "Simen", "Xi măng", "سیمان"),
        ("stone_lime", "Stone with lime or cement", "Batu dengan kapur atau simen",
         "Đá xây vôi hoặc xi măng", "سنگ و آهک یا سیمان"),
        ("brick", "Bricks", "Bata", "Gạch", "آجر"),
        ("cement_blocks", "Cement blocks", "Blok simen", "Gạch block xi măng", "بلوک سیمانی"),
        ("wood_planks", "Wood planks or shingles", "Papan kayu", "Ván gỗ", "تخته چوبی"),
        ("concrete", "Concrete", "Konkrit", "Bê tông", "بتن"),
        OTHER,
    ],
    "water_source": [
        ("piped_dwelling", "Piped into the dwelling", "Paip ke dalam rumah", "Nước máy vào tận nhà",
         "لوله‌کشی داخل منزل"),
        ("piped_yard", "Piped to the yard or plot", "Paip di halaman atau kawasan rumah",
         "Nước máy đến sân, khuôn viên", "لوله‌کشی در حیاط"),
        ("public_tap", "Public tap or standpipe", "Paip awam", "Vòi nước công cộng",
         "شیر آب عمومی"),
        ("tubewell", "Tube well or borehole", "Telaga tiub", "Giếng khoan", "چاه لوله‌ای عمیق"),
        ("protected_well", "Protected dug well", "Perigi bertutup", "Giếng đào có bảo vệ",
         "چاه دستی محافظت‌شده"),
        ("protected_spring", "Protected spring", "Mata air terlindung", "Nước suối, mạch có bảo vệ",
         "چشمه محافظت‌شده"),
        ("rainwater", "Rainwater", "Air hujan", "Nước mưa", "آب باران"),
        ("bottled", "Bottled water", "Air botol", "Nước đóng chai, đóng bình", "آب بطری"),
        ("tanker_truck", "Tanker truck", "Lori tangki air", "Xe bồn chở nước", "تانکر آب"),
        ("cart_tank", "Cart with a small tank", "Kereta sorong dengan tangki kecil",
         "Xe đẩy chở nước", "گاری با مخزن کوچک"),
        ("unprotected_well", "Unprotected dug well", "Perigi tidak bertutup",
         "Giếng đào không có bảo vệ", "چاه دستی محافظت‌نشده"),
        ("unprotected_spring", "Unprotected spring", "Mata air tidak terlindung",
         "Nước suối, mạch không có bảo vệ", "چشمه محافظت‌نشده"),
        ("surface_water", "River, lake, pond or canal", "Sungai, tasik, kolam atau parit",
         "Sông, hồ, ao, kênh mương", "رودخانه، دریاچه، برکه یا کانال"),
        OTHER,
    ],
    "toilet_type": [
        ("flush_sewer", "Flush to the sewer", "Tandas pam ke sistem pembetungan",
         "Xả nước vào hệ thống cống", "سیفون متصل به فاضلاب شهری"),
        ("flush_septic", "Flush to a septic tank", "Tandas pam ke tangki septik",
         "Xả nước vào bể tự hoại", "سیفون متصل به مخزن سپتیک"),
        ("flush_pit", "Flush to a pit", "Tandas pam ke lubang", "Xả nước vào hố",
         "سیفون متصل به چاه"),
        ("flush_elsewhere", "Flush to somewhere else (open drain)",
         "Tandas pam ke tempat lain (longkang terbuka)", "Xả nước ra nơi khác (mương hở)",
         "سیفون به جای دیگر (جوی روباز)"),
        ("pit_ventilated", "Ventilated improved pit latrine", "Tandas lubang berpengudaraan",
         "Hố xí cải tiến có ống thông hơi", "توالت چاهی بهسازی‌شده با هواکش"),
        ("pit_slab", "Pit latrine with a slab", "Tandas lubang berlantai", "Hố xí có bệ",
         "توالت چاهی با سکو"),
        ("pit_open", "Pit latrine without a slab", "Tandas lubang tanpa lantai",
         "Hố xí không có bệ", "توالت چاهی بدون سکو"),
        ("composting", "Composting toilet", "Tandas kompos", "Nhà tiêu ủ phân sinh thái",
         "توالت کمپوست"),
        ("bucket", "Bucket", "Baldi", "Xô, thùng", "سطل"),
        ("hanging", "Hanging toilet over water", "Tandas gantung di atas air",
         "Cầu tiêu treo trên ao, sông", "توالت آویزان روی آب"),
        ("none", "No facility (bush, field)", "Tiada tandas (semak, kawasan lapang)",
         "Không có nhà tiêu (đi bụi, ngoài đồng)", "بدون توالت (فضای باز)"),
        OTHER,
    ],
    "cooking_fuel": [
        ("electricity", "Electricity", "Elektrik", "Điện", "برق"),
        ("lpg", "Gas cylinder (LPG)", "Gas memasak (tong LPG)", "Gas bình (LPG)",
         "گاز مایع (کپسول)"),
        ("natural_gas", "Piped natural gas", "Gas asli berpaip", "Khí đốt tự nhiên qua đường ống",
         "گاز لوله‌کشی شهری"),
        ("biogas", "Biogas", "Biogas", "Khí sinh học (biogas)", "بیوگاز"),
        ("kerosene", "Kerosene", "Minyak tanah", "Dầu hỏa", "نفت سفید"),
        ("coal", "Coal or lignite", "Arang batu", "Than đá", "زغال‌سنگ"),
        ("charcoal", "Charcoal", "Arang kayu", "Than củi", "زغال چوب"),
        ("wood", "Wood", "Kayu api", "Củi", "هیزم"),
        ("straw_shrubs_grass", "Straw, shrubs or grass", "Jerami, semak atau rumput",
         "Rơm rạ, cành cây bụi, cỏ", "کاه، بوته یا علف"),
        ("crop_residue", "Crop residue", "Sisa tanaman", "Phụ phẩm nông nghiệp (trấu, lõi ngô)",
         "بقایای محصولات کشاورزی"),
        ("dung", "Animal dung", "Tahi binatang", "Phân động vật", "فضولات دامی (تاپاله)"),
        ("none", "No cooking at home", "Tidak memasak di rumah", "Không nấu ăn ở nhà",
         "در خانه آشپزی نمی‌شود"),
    ],
    "assets": [
        ("radio", "Radio", "Radio", "Đài, radio", "رادیو"),
        ("tv", "Television", "Televisyen", "Ti vi", "تلویزیون"),
        ("telephone", "Landline telephone", "Telefon talian tetap", "Điện thoại cố định",
         "تلفن ثابت"),
        ("mobile_phone", "Mobile phone", "Telefon bimbit", "Điện thoại di động", "تلفن همراه"),
        ("computer", "Computer, laptop or tablet", "Komputer, komputer riba atau tablet",
         "Máy vi tính, máy tính bảng", "رایانه، لپ‌تاپ یا تبلت"),
        ("internet", "Internet connection at home", "Sambungan internet di rumah",
         "Kết nối Internet tại nhà", "اینترنت خانگی"),
        ("animal_cart", "Animal-drawn cart", "Kereta lembu", "Xe súc vật kéo", "گاری"),
        ("bicycle", "Bicycle", "Basikal", "Xe đạp", "دوچرخه"),
        ("motorbike", "Motorcycle or scooter", "Motosikal", "Xe máy", "موتورسیکلت"),
        ("refrigerator", "Refrigerator", "Peti sejuk", "Tủ lạnh", "یخچال"),
        ("car", "Car or van", "Kereta atau van", "Ô tô", "خودروی سواری یا ون"),
        ("truck", "Lorry or truck", "Lori atau trak", "Xe tải", "کامیون یا وانت"),
        ("washing_machine", "Washing machine", "Mesin basuh", "Máy giặt", "ماشین لباسشویی"),
        ("air_conditioner", "Air conditioner", "Penyaman udara", "Máy điều hòa", "کولر گازی"),
        ("none", "None of these", "Tiada satu pun", "Không có thứ nào", "هیچ‌کدام از این‌ها"),
    ],
}

# Agencies carry a `scope` column like savings: each country's own, and those found anywhere.
AGENCIES: list[tuple[str, str, str, str, str, str]] = [
    ("jkm", "my", "Social Welfare Department (JKM)", "Jabatan Kebajikan Masyarakat (JKM)",
     "Cục Phúc lợi xã hội Malaysia (JKM)", "اداره رفاه اجتماعی مالزی (JKM)"),
    ("mains", "my", "State Islamic Religious Council (e.g. MAINS)",
     "Majlis Agama Islam Negeri (cth. MAINS)", "Hội đồng Hồi giáo bang (ví dụ MAINS)",
     "شورای دینی اسلامی ایالت (مانند MAINS)"),
    ("jakoa", "my", "Orang Asli Development Department (JAKOA)",
     "Jabatan Kemajuan Orang Asli (JAKOA)", "Cục Phát triển người Orang Asli (JAKOA)",
     "اداره توسعه بومیان اورنگ اصلی (JAKOA)"),
    ("zakat", "my", "Zakat or baitulmal", "Zakat atau Baitulmal", "Quỹ zakat (bố thí Hồi giáo)",
     "زکات یا بیت‌المال"),
    ("br1m_str", "my", "BR1M or STR cash aid", "BR1M atau Sumbangan Tunai Rahmah (STR)",
     "Trợ cấp tiền mặt BR1M / STR", "کمک نقدی BR1M یا STR"),
    ("vn_social_assistance", "vn", "Monthly social assistance (Decree 20/2021)",
     "Bantuan sosial bulanan (Dekri 20/2021)",
     "Trợ cấp xã hội hằng tháng (Nghị định 20/2021/NĐ-CP)",
     "مستمری اجتماعی ماهانه ویتنام (فرمان ۲۰/۲۰۲۱)"),
    ("vbsp", "vn", "Vietnam Bank for Social Policies (preferential loan)",
     "Bank Polisi Sosial Vietnam (pinjaman keutamaan)",
     "Ngân hàng Chính sách xã hội (vay ưu đãi)", "بانک سیاست‌های اجتماعی ویتنام (وام کم‌بهره)"),
    ("vn_fund_for_the_poor", "vn", "Fatherland Front's Fund for the Poor",
     "Dana untuk Golongan Miskin (Barisan Tanah Air)", "Quỹ Vì người nghèo (Mặt trận Tổ quốc)",
     "صندوق برای فقرا (جبهه میهنی ویتنام)"),
    ("imam_khomeini_relief", "ir", "Imam Khomeini Relief Committee",
     "Jawatankuasa Bantuan Imam Khomeini", "Ủy ban Cứu trợ Imam Khomeini",
     "کمیته امداد امام خمینی"),
    ("behzisti", "ir", "State Welfare Organisation (Behzisti)",
     "Pertubuhan Kebajikan Negeri Iran (Behzisti)", "Tổ chức Phúc lợi Nhà nước Iran (Behzisti)",
     "سازمان بهزیستی کشور"),
    ("sakha_charity", "ir", "Charity registered in Sakha", "Badan amal berdaftar dalam Sakha",
     "Tổ chức từ thiện đăng ký trên Sakha", "خیریهٔ ثبت‌شده در سامانه سخا"),
    ("local_council", "all", "Local council or ward office", "Pihak Berkuasa Tempatan (PBT)",
     "Chính quyền địa phương (UBND phường, xã)", "شهرداری یا دهیاری"),
    ("ngo", "all", "Charity or NGO", "NGO atau badan kebajikan", "Tổ chức từ thiện, phi chính phủ",
     "خیریه یا سازمان مردم‌نهاد"),
    ("other", "all", *OTHER[1:]),
]

# Savings carry a `scope` column: `all`, or the country where the scheme exists.
SAVINGS: list[tuple[str, str, str, str, str, str]] = [
    ("tabung_haji", "my", "Tabung Haji", "Tabung Haji", "Quỹ hành hương Tabung Haji",
     "صندوق حج تابونگ حاجی"),
    ("asn", "my", "Amanah Saham Nasional (ASN)", "Amanah Saham Nasional (ASN)",
     "Quỹ Amanah Saham Nasional (ASN)", "صندوق سرمایه‌گذاری امانت سهام ملی (ASN)"),
    ("asb", "my", "Amanah Saham Bumiputera (ASB)", "Amanah Saham Bumiputera (ASB)",
     "Quỹ Amanah Saham Bumiputera (ASB)", "صندوق سرمایه‌گذاری امانت سهام بومیان (ASB)"),
    ("cooperative", "all", "Cooperative", "Koperasi", "Hợp tác xã, quỹ tín dụng nhân dân",
     "شرکت تعاونی"),
    ("bank", "all", "Bank savings", "Simpanan bank", "Tiết kiệm ngân hàng", "پس‌انداز بانکی"),
    ("other", "all", "Other savings (gold, savings group)", "Simpanan lain (emas, kutu)",
     "Tiết kiệm khác (vàng, hụi, họ)", "سایر پس‌اندازها (طلا، صندوق قرض‌الحسنه خانگی)"),
    ("none", "all", "No savings", "Tiada simpanan", "Không có tiết kiệm", "پس‌انداز ندارد"),
]

# States and provinces, filtered by `country`. Vietnam: the 34 provinces and cities in force
# since 1 July 2025; Iran: the 31 provinces.
STATES: list[tuple[str, str, str, str, str, str]] = [
    ("johor", "my", "Johor", "Johor", "Johor", "جوهور"),
    ("kedah", "my", "Kedah", "Kedah", "Kedah", "کداه"),
    ("kelantan", "my", "Kelantan", "Kelantan", "Kelantan", "کلانتان"),
    ("melaka", "my", "Melaka", "Melaka", "Melaka", "ملاکا"),
    ("negeri_sembilan", "my", "Negeri Sembilan", "Negeri Sembilan", "Negeri Sembilan",
     "نگری سمبیلان"),
    ("pahang", "my", "Pahang", "Pahang", "Pahang", "پاهانگ"),
    ("pulau_pinang", "my", "Penang (Pulau Pinang)", "Pulau Pinang", "Penang", "پنانگ"),
    ("perak", "my", "Perak", "Perak", "Perak", "پراک"),
    ("perlis", "my", "Perlis", "Perlis", "Perlis", "پرلیس"),
    ("selangor", "my", "Selangor", "Selangor", "Selangor", "سلانگور"),
    ("terengganu", "my", "Terengganu", "Terengganu", "Terengganu", "ترنگانو"),
    ("sabah", "my", "Sabah", "Sabah", "Sabah", "صباح"),
    ("sarawak", "my", "Sarawak", "Sarawak", "Sarawak", "ساراواک"),
    ("kuala_lumpur", "my", "Kuala Lumpur (Federal Territory)", "W.P. Kuala Lumpur", "Kuala Lumpur",
     "کوالالامپور"),
    ("labuan", "my", "Labuan (Federal Territory)", "W.P. Labuan", "Labuan", "لابوان"),
    ("putrajaya", "my", "Putrajaya (Federal Territory)", "W.P. Putrajaya", "Putrajaya",
     "پوتراجایا"),
    ("ha_noi", "vn", "Hanoi", "Hanoi", "Thành phố Hà Nội", "هانوی"),
    ("ho_chi_minh", "vn", "Ho Chi Minh City", "Bandar raya Ho Chi Minh", "Thành phố Hồ Chí Minh",
     "شهر هوشی‌مین"),
    ("hai_phong", "vn", "Hai Phong City", "Bandar raya Hai Phong", "Thành phố Hải Phòng",
     "هایفونگ"),
    ("da_nang", "vn", "Da Nang City", "Bandar raya Da Nang", "Thành phố Đà Nẵng", "دانانگ"),
    ("can_tho", "vn", "Can Tho City", "Bandar raya Can Tho", "Thành phố Cần Thơ", "کان‌تو"),
    ("hue", "vn", "Hue City", "Bandar raya Hue", "Thành phố Huế", "هوئه"),
    ("lai_chau", "vn", "Lai Chau", "Lai Chau", "Lai Châu", "لای‌چائو"),
    ("dien_bien", "vn", "Dien Bien", "Dien Bien", "Điện Biên", "دین‌بین"),
    ("son_la", "vn", "Son La", "Son La", "Sơn La", "سون‌لا"),
    ("lang_son", "vn", "Lang Son", "Lang Son", "Lạng Sơn", "لانگ‌سون"),
    ("quang_ninh", "vn", "Quang Ninh", "Quang Ninh", "Quảng Ninh", "کوانگ‌نین"),
    ("thanh_hoa", "vn", "Thanh Hoa", "Thanh Hoa", "Thanh Hóa", "تان‌هوا"),
    ("nghe_an", "vn", "Nghe An", "Nghe An", "Nghệ An", "نگه‌آن"),
    ("ha_tinh", "vn", "Ha Tinh", "Ha Tinh", "Hà Tĩnh", "هاتین"),
    ("cao_bang", "vn", "Cao Bang", "Cao Bang", "Cao Bằng", "کائوبانگ"),
    ("tuyen_quang", "vn", "Tuyen Quang", "Tuyen Quang", "Tuyên Quang", "توین‌کوانگ"),
    ("lao_cai", "vn", "Lao Cai", "Lao Cai", "Lào Cai", "لائوکای"),
    ("thai_nguyen", "vn", "Thai Nguyen", "Thai Nguyen", "Thái Nguyên", "تای‌نگوین"),
    ("phu_tho", "vn", "Phu Tho", "Phu Tho", "Phú Thọ", "فوتو"),
    ("bac_ninh", "vn", "Bac Ninh", "Bac Ninh", "Bắc Ninh", "باک‌نین"),
    ("hung_yen", "vn", "Hung Yen", "Hung Yen", "Hưng Yên", "هونگ‌ین"),
    ("ninh_binh", "vn", "Ninh Binh", "Ninh Binh", "Ninh Bình", "نین‌بین"),
    ("quang_tri", "vn", "Quang Tri", "Quang Tri", "Quảng Trị", "کوانگ‌تری"),
    ("quang_ngai", "vn", "Quang Ngai", "Quang Ngai", "Quảng Ngãi", "کوانگ‌نگای"),
    ("gia_lai", "vn", "Gia Lai", "Gia Lai", "Gia Lai", "زیالای"),
    ("khanh_hoa", "vn", "Khanh Hoa", "Khanh Hoa", "Khánh Hòa", "خان‌هوا"),
    ("lam_dong", "vn", "Lam Dong", "Lam Dong", "Lâm Đồng", "لام‌دونگ"),
    ("dak_lak", "vn", "Dak Lak", "Dak Lak", "Đắk Lắk", "داک‌لاک"),
    ("dong_nai", "vn", "Dong Nai", "Dong Nai", "Đồng Nai", "دونگ‌نای"),
    ("tay_ninh", "vn", "Tay Ninh", "Tay Ninh", "Tây Ninh", "تای‌نین"),
    ("vinh_long", "vn", "Vinh Long", "Vinh Long", "Vĩnh Long", "وین‌لونگ"),
    ("dong_thap", "vn", "Dong Thap", "Dong Thap", "Đồng Tháp", "دونگ‌تاپ"),
    ("ca_mau", "vn", "Ca Mau", "Ca Mau", "Cà Mau", "کامائو"),
    ("an_giang", "vn", "An Giang", "An Giang", "An Giang", "آن‌زیانگ"),
    ("tehran", "ir", "Tehran", "Tehran", "Tehran", "تهران"),
    ("alborz", "ir", "Alborz", "Alborz", "Alborz", "البرز"),
    ("qom", "ir", "Qom", "Qom", "Qom", "قم"),
    ("qazvin", "ir", "Qazvin", "Qazvin", "Qazvin", "قزوین"),
    ("markazi", "ir", "Markazi", "Markazi", "Markazi", "مرکزی"),
    ("semnan", "ir", "Semnan", "Semnan", "Semnan", "سمنان"),
    ("mazandaran", "ir", "Mazandaran", "Mazandaran", "Mazandaran", "مازندران"),
    ("gilan", "ir", "Gilan", "Gilan", "Gilan", "گیلان"),
    ("golestan", "ir", "Golestan", "Golestan", "Golestan", "گلستان"),
    ("ardabil", "ir", "Ardabil", "Ardabil", "Ardabil", "اردبیل"),
    ("east_azerbaijan", "ir", "East Azerbaijan", "Azerbaijan Timur", "Đông Azerbaijan",
     "آذربایجان شرقی"),
    ("west_azerbaijan", "ir", "West Azerbaijan", "Azerbaijan Barat", "Tây Azerbaijan",
     "آذربایجان غربی"),
    ("zanjan", "ir", "Zanjan", "Zanjan", "Zanjan", "زنجان"),
    ("kurdistan", "ir", "Kurdistan", "Kurdistan", "Kurdistan", "کردستان"),
    ("kermanshah", "ir", "Kermanshah", "Kermanshah", "Kermanshah", "کرمانشاه"),
    ("hamadan", "ir", "Hamadan", "Hamadan", "Hamadan", "همدان"),
    ("ilam", "ir", "Ilam", "Ilam", "Ilam", "ایلام"),
    ("lorestan", "ir", "Lorestan", "Lorestan", "Lorestan", "لرستان"),
    ("khuzestan", "ir", "Khuzestan", "Khuzestan", "Khuzestan", "خوزستان"),
    ("chaharmahal_bakhtiari", "ir", "Chaharmahal and Bakhtiari", "Chaharmahal dan Bakhtiari",
     "Chaharmahal và Bakhtiari", "چهارمحال و بختیاری"),
    ("kohgiluyeh_boyer_ahmad", "ir", "Kohgiluyeh and Boyer-Ahmad", "Kohgiluyeh dan Boyer-Ahmad",
     "Kohgiluyeh và Boyer-Ahmad", "کهگیلویه و بویراحمد"),
    ("isfahan", "ir", "Isfahan", "Isfahan", "Isfahan", "اصفهان"),
    ("yazd", "ir", "Yazd", "Yazd", "Yazd", "یزد"),
    ("fars", "ir", "Fars", "Fars", "Fars", "فارس"),
    ("bushehr", "ir", "Bushehr", "Bushehr", "Bushehr", "بوشهر"),
    ("hormozgan", "ir", "Hormozgan", "Hormozgan", "Hormozgan", "هرمزگان"),
    ("kerman", "ir", "Kerman", "Kerman", "Kerman", "کرمان"),
    ("sistan_baluchestan", "ir", "Sistan and Baluchestan", "Sistan dan Baluchestan",
     "Sistan và Baluchestan", "سیستان و بلوچستان"),
    ("south_khorasan", "ir", "South Khorasan", "Khorasan Selatan", "Nam Khorasan", "خراسان جنوبی"),
    ("razavi_khorasan", "ir", "Razavi Khorasan", "Khorasan Razavi", "Razavi Khorasan",
     "خراسان رضوی"),
    ("north_khorasan", "ir", "North Khorasan", "Khorasan Utara", "Bắc Khorasan", "خراسان شمالی"),
]
# fmt: on


# ---------------------------------------------------------------------------------------------
# Writing the workbook
# ---------------------------------------------------------------------------------------------

TRANSLATED = ("label", "hint", "required_message", "constraint_message")
SURVEY_COLUMNS = [
    "type",
    "name",
    *(f"label::{lang}" for lang in LANGUAGES),
    *(f"hint::{lang}" for lang in LANGUAGES),
    "required",
    *(f"required_message::{lang}" for lang in LANGUAGES),
    "relevant",
    "constraint",
    *(f"constraint_message::{lang}" for lang in LANGUAGES),
    "calculation",
    "choice_filter",
    "default",
    "read_only",
    "appearance",
]
CHOICE_COLUMNS = [
    "list_name",
    "name",
    *(f"label::{lang}" for lang in LANGUAGES),
    "country",
    "scope",
]


def survey_table() -> list[list[str]]:
    table = [SURVEY_COLUMNS]
    for row in survey_rows():
        cells: dict[str, str] = {}
        for key, value in row.items():
            if key in TRANSLATED:
                if value is not None:
                    for lang, text in zip(LANGUAGES, value.texts(), strict=True):
                        cells[f"{key}::{lang}"] = text
            else:
                cells[key] = value
        table.append([cells.get(column, "") for column in SURVEY_COLUMNS])
    return table


def choices_table() -> list[list[str]]:
    table = [CHOICE_COLUMNS]
    for list_name, rows in CHOICES.items():
        for name, *labels in rows:
            table.append([list_name, name, *labels, "", ""])
    for name, country, *labels in STATES:
        table.append(["state", name, *labels, country, ""])
    for list_name, scoped in (("agency", AGENCIES), ("savings", SAVINGS)):
        for name, scope, *labels in scoped:
            table.append([list_name, name, *labels, "", scope])
    return table


def settings_table() -> list[list[str]]:
    return [
        ["form_title", "form_id", "version", "default_language"],
        [FORM_TITLE, FORM_ID, FORM_VERSION, DEFAULT_LANGUAGE],
    ]


def build_workbook() -> Workbook:
    workbook = Workbook()
    sheets = [
        ("survey", survey_table()),
        ("choices", choices_table()),
        ("settings", settings_table()),
    ]
    first = workbook.active
    assert first is not None
    workbook.remove(first)
    for title, table in sheets:
        sheet = workbook.create_sheet(title)
        for row in table:
            sheet.append([cell if cell != "" else None for cell in row])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "C2" if title != "settings" else None
    return workbook


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", type=Path, default=OUTPUT, help=f"default: {OUTPUT}")
    args = parser.parse_args(argv)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    build_workbook().save(args.output)
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
