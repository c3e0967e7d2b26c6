"""What makes a demo site look like one country's: its places, people, IDs, phones and money.

One `DemoCountry` per country the app supports (app.survey.countries): Malaysian PPR flats in
Kuala Lumpur and Selangor; Ho Chi Minh City apartment estates (chung cư) in its wards, with
Vietnamese names and 12-digit personal identification numbers; social-housing estates in Tehran
province's counties and cities, with Persian names and 10-digit national codes. Incomes are
drawn in ringgit around Malaysia's PGK and multiplied into the country's currency
(`income_scale`) so that they sit around that country's default standard's lines in the same way.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

Places = tuple[tuple[str, str, tuple[tuple[str, str, tuple[str, ...]], ...]], ...]
Pairs = tuple[tuple[Any, float], ...]
EDUCATION_LEVELS = (
    "none", "primary", "lower_secondary", "upper_secondary", "vocational", "college", "university"
)  # fmt: skip


@dataclass(frozen=True)
class NameStyle:
    """How one people names its members: given names by sex, family names, and the pattern.

    `pattern` is "patronymic" (Malay: "Ahmad bin Roslan"), "surname_first" (Chinese, Vietnamese:
    the father's family name, then the given name) or "surname_last" (Persian)."""

    men: tuple[str, ...]
    women: tuple[str, ...]
    surnames: tuple[str, ...] = ()
    pattern: str = "surname_first"


@dataclass(frozen=True)
class DemoCountry:
    code: str  # app.survey.countries code
    places: Places  # (state code, name, ((district code, name, (ward names...)), ...))
    site_names: tuple[str, ...]
    site_prefix: str  # "PPR " before a site's name
    site_code: str  # "PPR" before a site's number
    spot: tuple[float, float, float]  # (south, west, span) of the sites, for GPS readings
    ethnicities: Pairs  # only Malaysia's form asks it; elsewhere it picks the name style
    phone_prefixes: tuple[str, ...]
    phone_digits: Callable[[str], int]  # digits after a prefix
    # (rng, birth, sex, id_places) -> ID; None: the MyKad (app.survey.demo_people)
    new_id: Callable[[random.Random, date, str, Any], str] | None
    id_places: Pairs  # birth places the ID encodes, with weights
    income_scale: float  # from ringgit to the country's currency
    income_round: int  # round incomes to 10**this
    currency_display: Callable[[str], str]  # "RM 1200" / "1200 VND"
    occupations: dict[str, tuple[str, ...]]
    other_skills: tuple[str, ...]
    notes: tuple[str, ...]
    # (agency, programme, amounts received over 12 months in ringgit, who it is for)
    aid: tuple[tuple[str, str, tuple[float, ...], str], ...]
    savings: tuple[tuple[str, float], ...]
    savings_muslim: tuple[tuple[str, float], ...]
    religions: dict[str, Pairs] = field(default_factory=dict)
    # Health and schooling, which the Global MPI counts: (answer, weight) for a member under
    # 70 being undernourished; education levels of adults 21-59 and of those 60 and over.
    undernourished: Pairs = (("no", 90), ("yes", 6), ("dont_know", 4))
    adult_education: Pairs = tuple(zip(EDUCATION_LEVELS, (3, 15, 20, 40, 8, 9, 5), strict=True))
    old_education: Pairs = tuple(zip(EDUCATION_LEVELS, (8, 25, 20, 30, 8, 7, 5), strict=True))
    toilet_shared: float = 0  # the chance that a flat shares its toilet with another household
    # What a ward officer writes when returning an interview, in the officer's language.
    return_comments: tuple[str, ...] = (
        "Income of the spouse is missing; please ask again.",
        "Household size differs from the census list; check who lives here.",
        "Ages of the children do not match their MyKid numbers.",
    )


# -- national IDs -------------------------------------------------------------------------


def _vn_personal_id(rng: random.Random, birth: date, sex: str, provinces: Pairs) -> str:
    """Province of birth (3 digits), century and sex (0 man / 1 woman born 1900-1999, 2 / 3
    born 2000-2099), the birth year's last two digits, six serial digits."""
    from app.survey.demo_people import _weighted

    century = (birth.year - 1900) // 100 * 2 + (0 if sex == "male" else 1)
    serial = int(rng.random() * 1_000_000)
    return f"{_weighted(rng, provinces)}{century}{birth.year % 100:02d}{serial:06d}"


def _ir_national_code(rng: random.Random, birth: date, sex: str, offices: Pairs) -> str:
    """The registration office's three digits, six serial digits, and the mod-11 check digit."""
    from app.survey.demo_people import _weighted

    body = f"{_weighted(rng, offices)}{int(rng.random() * 1_000_000):06d}"
    remainder = sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11
    return body + str(remainder if remainder < 2 else 11 - remainder)


# fmt: off
MALAYSIA = DemoCountry(
    code="my",
    places=(
        ("kuala_lumpur", "W.P. Kuala Lumpur", (
            ("LPT", "Lembah Pantai", ("Kerinchi", "Pantai Dalam", "Bangsar Selatan")),
            ("CHR", "Cheras", ("Taman Connaught", "Cheras Baru", "Bandar Tun Razak")),
            ("KPG", "Kepong", ("Jinjang", "Kepong Baru", "Desa Jaya")),
            ("SGB", "Segambut", ("Sentul", "Batu Muda", "Segambut Dalam")),
            ("TTW", "Titiwangsa", ("Setapak", "Air Panas", "Kampung Baru")),
            ("WMJ", "Wangsa Maju", ("Sri Rampai", "Taman Melati", "Wangsa Melawati")),
            ("SPT", "Seputeh", ("Salak Selatan", "Kuchai Lama", "Sungai Besi")),
        )),
        ("selangor", "Selangor", (
            ("PTG", "Petaling", ("Kota Damansara", "Subang Jaya", "Puchong")),
            ("KLG", "Klang", ("Bandar Botanik", "Meru", "Kapar")),
            ("GMB", "Gombak", ("Selayang", "Batu Caves", "Rawang")),
            ("HLG", "Hulu Langat", ("Kajang", "Cheras Selatan", "Ampang")),
        )),
    ),
    site_names=(
        "Sri Pantai", "Kerinchi", "Seri Cempaka", "Beringin", "Kampung Muhibbah", "Pantai Ria",
        "Raya Permai", "Sri Aman", "Laksamana", "Intan Baiduri", "Seri Semarak", "Taman Mulia",
        "Sri Selangor", "Batu Muda", "Desa Rejang", "Cochrane Perkasa", "Lembah Subang",
        "Taman Putra Damai", "Pinggiran Bukit Jalil", "Wangsa Sari", "Sungai Bonus", "Seri Alam",
        "Desa Tun Razak", "Kampung Limau", "Hiliran Ampang", "Taman Wahyu", "Seri Pulau",
        "Bukit Teratai", "Sri Kota", "Seri Melaka", "Taman Intan", "Air Panas", "Seri Anggerik",
    ),
    site_prefix="PPR ",
    site_code="PPR",
    spot=(2.95, 101.45, 0.3),  # the Klang Valley
    ethnicities=(("malay", 62), ("chinese", 18), ("indian", 20)),
    phone_prefixes=("010", "011", "012", "013", "014", "016", "017", "018", "019"),
    phone_digits=lambda prefix: 8 if prefix == "011" else 7,
    new_id=None,
    # State of birth (form choice names), for people living in a KL/Selangor PPR.
    id_places=(
        ("kuala_lumpur", 30), ("selangor", 20), ("perak", 9), ("johor", 5), ("kedah", 5),
        ("kelantan", 6), ("terengganu", 4), ("pahang", 4), ("negeri_sembilan", 4), ("melaka", 3),
        ("pulau_pinang", 4), ("perlis", 1), ("sabah", 2), ("sarawak", 2), ("labuan", 0.5),
    ),
    income_scale=1,
    income_round=0,
    currency_display=lambda amount: "RM " + amount,
    occupations={
        "employee_contract": (
            "Pengawal keselamatan", "Operator kilang", "Juruwang pasar raya", "Kerani",
            "Pemandu bas", "Juruteknik", "Pembantu perawatan", "Guru tadika", "Tukang masak",
            "Penyelia stor", "Jururawat", "Pemandu lori",
        ),
        "employee_no_contract": (
            "Pembantu kedai", "Pencuci pejabat", "Buruh binaan", "Pelayan restoran",
            "Penghantar barang", "Tukang kebun", "Pembantu gerai makan", "Pekerja cucian kereta",
        ),
        "self_employed": (
            "Penjaja makanan", "Pemandu e-hailing", "Penjual pasar malam", "Tukang jahit",
            "Penghantar makanan (p-hailing)", "Tukang gunting rambut", "Peniaga kedai runcit",
            "Mekanik motosikal", "Penjual kuih",
        ),
        "employer": ("Pengusaha kedai makan", "Kontraktor kecil", "Pengusaha bengkel kereta"),
        "family_worker": ("Membantu gerai makan keluarga", "Membantu kedai runcit keluarga"),
    },
    other_skills=(
        "Memasak dan katering", "Pendawaian elektrik", "Gunting rambut", "Membuat kuih",
        "Memandu kenderaan berat", "Kimpalan", "Jahitan manik", "Baiki telefon bimbit",
    ),
    notes=(
        "Ketua isi rumah bekerja syif malam; temu bual dibuat pada hujung minggu.",
        "Isteri menjawab bagi pihak suami yang bekerja di luar kawasan.",
        "Rumah sedang dibaiki; keluarga tinggal di sini sejak tiga tahun.",
        "Anak sulung bekerja di Johor dan pulang sebulan sekali.",
    ),
    aid=(
        ("br1m_str", "Sumbangan Tunai Rahmah (STR)", (500, 1000, 1500, 2000, 2500), "all"),
        ("jkm", "Bantuan Kanak-Kanak (BKK)", (1200, 2400, 3600, 5400), "kids"),
        ("jkm", "Bantuan Warga Emas (BWE)", (6000,), "old"),
        ("zakat", "Bantuan sara hidup", (2400, 3600, 4800), "all"),
        ("mains", "Bantuan fakir miskin", (1200, 1800, 2400), "all"),
        ("local_council", "Bakul makanan", (100, 150, 200), "all"),
        ("ngo", "Bantuan persekolahan", (150, 200, 300), "kids"),
        ("other", "Bantuan awal persekolahan", (150,), "kids"),
    ),
    savings=(("asn", 0.08), ("bank", 0.4), ("cooperative", 0.04), ("other", 0.08)),
    savings_muslim=(("tabung_haji", 0.35), ("asb", 0.2), ("asn", 0.05), ("bank", 0.25)),
)

VIETNAM = DemoCountry(
    code="vn",
    places=(
        ("ho_chi_minh", "Thành phố Hồ Chí Minh", (
            ("Q08", "Quận 8", ("Phường 1", "Phường 4", "Phường 16")),
            ("QBT", "Quận Bình Thạnh", ("Phường 2", "Phường 13", "Phường 26")),
            ("QGV", "Quận Gò Vấp", ("Phường 1", "Phường 10", "Phường 17")),
            ("Q04", "Quận 4", ("Phường 8", "Phường 13", "Phường 18")),
            ("QTP", "Quận Tân Phú", ("Phường Tân Sơn Nhì", "Phường Sơn Kỳ", "Phường Phú Thạnh")),
            ("QBN", "Quận Bình Tân", ("Phường An Lạc", "Phường Bình Hưng Hòa", "Phường Tân Tạo")),
        )),
    ),
    site_names=(
        "Chung cư Phạm Thế Hiển", "Chung cư Thanh Đa", "Chung cư Ngô Gia Tự",
        "Chung cư Bàu Cát", "Chung cư Cô Giang", "Chung cư Hùng Vương", "Chung cư Tôn Thất Thuyết",
        "Chung cư Phan Văn Trị", "Chung cư Bình Khánh", "Chung cư Lý Thường Kiệt",
        "Chung cư Nguyễn Thiện Thuật", "Chung cư Tân Hưng", "Chung cư Hòa Bình",
        "Chung cư Bến Vân Đồn", "Chung cư Xóm Củi", "Chung cư Đinh Tiên Hoàng",
    ),
    site_prefix="",
    site_code="CC",
    spot=(10.72, 106.60, 0.12),  # Ho Chi Minh City's inner districts
    ethnicities=(("kinh", 1),),
    phone_prefixes=("090", "091", "093", "094", "096", "097", "098", "032", "033", "035",
                    "037", "038", "070", "077", "079", "081", "083", "085", "088"),
    phone_digits=lambda prefix: 7,
    new_id=_vn_personal_id,
    # Province of birth (the ID's first three digits): the city itself, and the provinces
    # most of its migrants come from.
    id_places=(
        ("079", 55), ("083", 4), ("087", 4), ("089", 4), ("094", 4), ("086", 3), ("080", 3),
        ("082", 3), ("052", 4), ("051", 3), ("038", 3), ("040", 4), ("001", 3), ("045", 3),
    ),
    # The urban poverty line is 2,000,000 VND a month a person (vn-2022-2025); Kuala
    # Lumpur's PGK is RM 685: about 2,900 VND to the ringgit keeps the same share near the line.
    income_scale=2900,
    income_round=4,
    currency_display=lambda amount: amount + " VND",
    occupations={
        "employee_contract": (
            "Công nhân may", "Bảo vệ", "Nhân viên bán hàng siêu thị", "Tài xế xe buýt",
            "Công nhân khu chế xuất", "Nhân viên văn phòng", "Điều dưỡng", "Đầu bếp",
        ),
        "employee_no_contract": (
            "Phụ hồ", "Giúp việc nhà", "Phục vụ quán ăn", "Bốc xếp hàng hóa", "Rửa xe",
            "Phụ bán tiệm tạp hóa",
        ),
        "self_employed": (
            "Bán hàng rong", "Xe ôm công nghệ", "Bán tạp hóa", "Thợ may tại nhà",
            "Bán cơm tấm", "Sửa xe máy", "Bán vé số", "Thu mua ve chai",
        ),
        "employer": ("Chủ quán cà phê", "Chủ xưởng may nhỏ", "Chủ tiệm sửa xe"),
        "family_worker": ("Phụ bán quán cơm gia đình", "Phụ tiệm tạp hóa gia đình"),
    },
    other_skills=(
        "Nấu ăn", "Sửa điện", "Cắt tóc", "Làm bánh", "Lái xe tải", "Hàn", "Sửa điện thoại",
    ),
    notes=(
        "Chủ hộ làm ca đêm; phỏng vấn vào cuối tuần.",
        "Vợ trả lời thay chồng đi làm xa.",
        "Căn hộ đang sửa chữa; gia đình ở đây ba năm nay.",
        "Con cả làm ở Bình Dương, mỗi tháng về một lần.",
    ),
    aid=(
        ("vn_social_assistance", "Trợ cấp xã hội hằng tháng", (1300, 2500, 3700), "old"),
        ("vn_social_assistance", "Hỗ trợ trẻ em có hoàn cảnh đặc biệt", (1300, 2500), "kids"),
        ("vbsp", "Vay vốn hộ cận nghèo", (3500, 7000), "all"),
        ("vn_fund_for_the_poor", "Quỹ Vì người nghèo", (350, 700, 1000), "all"),
        ("local_council", "Quà Tết của phường", (100, 200), "all"),
        ("ngo", "Học bổng cho học sinh nghèo", (200, 350), "kids"),
    ),
    savings=(("bank", 0.3), ("cooperative", 0.03)),
    savings_muslim=(("bank", 0.3),),
    religions={
        "kinh": (("none", 70), ("buddhism", 18), ("christianity", 8), ("other", 4)),
    },
    return_comments=(
        "Thiếu thu nhập của vợ/chồng; vui lòng hỏi lại.",
        "Số người trong hộ khác với danh sách điều tra; kiểm tra lại ai đang sống ở đây.",
        "Tuổi của các con không khớp với số định danh cá nhân.",
    ),
)

IRAN = DemoCountry(
    code="ir",
    places=(
        ("tehran", "استان تهران", (
            ("THR", "شهرستان تهران", ("تهران",)),
            ("REY", "شهرستان ری", ("ری", "قلعه‌نو", "کهریزک")),
            ("ISL", "شهرستان اسلامشهر", ("اسلامشهر", "احمدآباد مستوفی")),
            ("SHR", "شهرستان شهریار", ("شهریار", "اندیشه", "باغستان")),
            ("PKD", "شهرستان پاکدشت", ("پاکدشت", "شریف‌آباد")),
        )),
    ),
    site_names=(
        "منطقه ۱۵", "منطقه ۱۶", "منطقه ۱۸", "منطقه ۱۹", "منطقه ۲۰", "نازی‌آباد", "خزانه",
        "یافت‌آباد", "نعمت‌آباد", "مسعودیه", "افسریه", "شهرک قائم", "شهرک ولیعصر",
        "مهرشهر", "شهرک بهاران", "باقرشهر",
    ),
    site_prefix="",
    site_code="MNT",
    spot=(35.55, 51.20, 0.15),  # southern Tehran and its neighbouring cities
    ethnicities=(("persian", 1),),
    phone_prefixes=("0912", "0919", "0935", "0936", "0937", "0939", "0901", "0902", "0990"),
    phone_digits=lambda prefix: 7,
    new_id=_ir_national_code,
    # Registration offices (the code's first three digits): Tehran's, then other provinces'.
    id_places=(
        ("001", 15), ("002", 12), ("003", 10), ("004", 10), ("005", 8), ("006", 7), ("007", 6),
        ("008", 6), ("136", 3), ("137", 3), ("371", 3), ("387", 2), ("459", 2), ("512", 2),
        ("641", 2), ("093", 3),
    ),
    # Scored under the Global MPI (no income line). About 60,000 rials to the ringgit puts a
    # wage at Iran's minimum (about 100 million rials a month) where Malaysia's (RM 1,700) is.
    income_scale=60_000,
    income_round=5,
    currency_display=lambda amount: amount + " IRR",
    occupations={
        "employee_contract": (
            "کارگر کارخانه", "نگهبان", "راننده اتوبوس", "فروشنده فروشگاه", "کارمند اداری",
            "بهیار", "آشپز",
        ),
        "employee_no_contract": (
            "کارگر ساختمانی", "نظافتچی", "پیک موتوری", "شاگرد مغازه", "کارگر روزمزد",
        ),
        "self_employed": (
            "راننده تاکسی اینترنتی", "دستفروش", "خیاط", "مغازه‌دار", "تعمیرکار موتورسیکلت",
            "آرایشگر",
        ),
        "employer": ("صاحب کارگاه کوچک", "صاحب رستوران", "پیمانکار"),
        "family_worker": ("کمک در مغازه خانوادگی", "کمک در کارگاه خانوادگی"),
    },
    other_skills=("آشپزی", "برق‌کاری", "آرایشگری", "قالی‌بافی", "رانندگی کامیون", "جوشکاری"),
    notes=(
        "سرپرست خانوار شیفت شب کار می‌کند؛ مصاحبه آخر هفته انجام شد.",
        "همسر به جای شوهر که در شهر دیگری کار می‌کند پاسخ داد.",
        "خانه در حال تعمیر است؛ خانواده سه سال است اینجا زندگی می‌کند.",
    ),
    aid=(
        ("imam_khomeini_relief", "مستمری کمیته امداد", (3000, 4800, 6000), "all"),
        ("behzisti", "مستمری بهزیستی", (2400, 3600), "old"),
        ("sakha_charity", "بسته معیشتی", (200, 300, 500), "all"),
        ("local_council", "کمک شهرداری", (150, 300), "all"),
        ("ngo", "کمک هزینه تحصیلی", (200, 400), "kids"),
    ),
    savings=(("bank", 0.3),),
    savings_muslim=(("bank", 0.35), ("cooperative", 0.03)),
    religions={
        "persian": (("islam", 97), ("christianity", 1), ("other", 2)),
    },
    # Southern Tehran's estates: more food insecurity than the Klang Valley's, many of the
    # older residents came from villages with little schooling, and some flats were divided.
    undernourished=(("no", 76), ("yes", 20), ("dont_know", 4)),
    adult_education=tuple(zip(EDUCATION_LEVELS, (6, 22, 22, 32, 6, 7, 5), strict=True)),
    old_education=tuple(zip(EDUCATION_LEVELS, (40, 30, 12, 10, 3, 3, 2), strict=True)),
    toilet_shared=0.15,  # older blocks subdivided into smaller flats
    return_comments=(
        "درآمد همسر وارد نشده است؛ لطفاً دوباره بپرسید.",
        "تعداد اعضای خانوار با فهرست سرشماری فرق دارد؛ بررسی کنید چه کسانی اینجا زندگی می‌کنند.",
        "سن فرزندان با کد ملی آن‌ها جور درنمی‌آید.",
    ),
)
# fmt: on

DEMO_COUNTRIES = {c.code: c for c in (MALAYSIA, VIETNAM, IRAN)}

# fmt: off
NAMES = {
    "malay": None,  # app.survey.demo_people's own tables
    "kinh": NameStyle(
        men=(
            "Văn An", "Văn Bình", "Minh Châu", "Văn Dũng", "Quốc Hùng", "Thanh Hải", "Đức Huy",
            "Văn Khoa", "Hoàng Long", "Văn Lâm", "Minh Nhật", "Tấn Phát", "Văn Phúc", "Hữu Quang",
            "Văn Sơn", "Minh Tâm", "Văn Thắng", "Đức Thịnh", "Văn Toàn", "Quang Trung", "Anh Tuấn",
            "Thành Vinh", "Gia Bảo", "Minh Khang", "Hoàng Nam", "Văn Tài", "Công Danh", "Văn Lợi",
        ),
        women=(
            "Thị Anh", "Thị Bích", "Ngọc Châu", "Thị Dung", "Thị Hà", "Thu Hằng", "Thị Hoa",
            "Thị Hồng", "Thị Hương", "Thị Lan", "Thị Liên", "Thị Mai", "Thị Minh", "Thị Ngọc",
            "Thị Nhung", "Kim Oanh", "Thị Phượng", "Thị Thảo", "Thị Thu", "Thanh Thủy",
            "Thị Trang", "Ngọc Trâm", "Thị Tuyết", "Thị Vân", "Bảo Ngọc", "Khánh Linh", "Gia Hân",
        ),
        surnames=(
            "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Huỳnh", "Hoàng",
            "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đinh",
        ),
        pattern="surname_first",
    ),
    "persian": NameStyle(
        men=(
            "علی", "محمد", "حسین", "رضا", "مهدی", "حسن", "امیر", "سعید", "مجید", "احمد",
            "جواد", "مصطفی", "محمدرضا", "ابوالفضل", "امیرحسین", "علیرضا", "مرتضی", "عباس",
            "حمید", "یوسف", "محسن", "کاظم", "اکبر", "هادی", "آرش", "پویا",
        ),
        women=(
            "فاطمه", "زهرا", "مریم", "معصومه", "زینب", "سمیه", "لیلا", "نرگس", "اعظم", "طاهره",
            "مهسا", "الهام", "فرشته", "شیما", "نازنین", "سارا", "ریحانه", "کوثر", "مینا",
            "پروین", "صدیقه", "منیژه", "هانیه", "نسرین",
        ),
        surnames=(
            "محمدی", "حسینی", "احمدی", "رضایی", "کریمی", "موسوی", "جعفری", "قاسمی", "رحیمی",
            "حیدری", "صادقی", "نوری", "کاظمی", "مرادی", "ابراهیمی", "عباسی", "اکبری", "یوسفی",
            "زارعی", "طاهری", "فراهانی", "تهرانی", "قربانی", "سلیمانی", "نجفی",
        ),
        pattern="surname_last",
    ),
}
# fmt: on


def demo_country(code: str) -> DemoCountry:
    return DEMO_COUNTRIES[code]
