"""The words of the reports and the exported workbook, in every language Tinjau speaks.

The domain never calls Qt's translate (the CLI and the server have no Qt), so the headers of a
workbook a supervisor opens live here, with the terms the window uses for the same things
(resources/translations/glossary.csv). English is the fallback for a language not listed.
"""

from __future__ import annotations

from app.survey.scoring.model import LANGUAGES

# fmt: off
WORDS: dict[str, tuple[str, str, str, str]] = {  # key: (en, ms, vi, fa)
    # sheet names (at most 31 characters, none of []:*?/\)
    "sheet_summary": ("Summary", "Ringkasan", "Tổng hợp", "خلاصه"),
    "sheet_households": ("Households", "Isi rumah", "Hộ gia đình", "خانوارها"),
    "sheet_members": ("Members", "Ahli isi rumah", "Thành viên", "اعضا"),
    "sheet_workers": ("Enumerators", "Pembanci", "Điều tra viên", "پرسشگران"),
    "sheet_days": ("Days", "Harian", "Theo ngày", "روزانه"),
    "sheet_codebook": ("Codebook", "Buku kod", "Từ điển dữ liệu", "راهنمای داده‌ها"),
    # the codebook's columns, and the record number of a repeat group's sheets
    "cb_sheet": ("Sheet", "Helaian", "Trang tính", "برگه"),
    "cb_label": ("Column", "Lajur", "Cột", "ستون"),
    "cb_name": ("Column name", "Nama lajur", "Tên cột", "نام ستون"),
    "cb_type": ("Type", "Jenis", "Kiểu", "نوع"),
    "cb_choices": ("Codes and their labels", "Kod dan labelnya", "Mã và nhãn",
                   "کدها و برچسب‌هایشان"),
    "instance": ("Record", "Rekod", "Bản ghi", "ردیف"),
    "deprived_yes": ("deprived", "mengalami kekurangan", "thiếu hụt", "دچار محرومیت"),
    "deprived_no": ("not deprived", "tiada kekurangan", "không thiếu hụt", "بدون محرومیت"),
    "day": ("Day (UTC)", "Hari (UTC)", "Ngày (UTC)", "روز (UTC)"),
    # areas
    "state": ("State", "Negeri", "Tỉnh", "استان"),
    "district": ("District", "Daerah", "Quận/huyện", "شهرستان"),
    "ward": ("Ward", "Zon", "Phường/xã", "شهر"),
    "site": ("Site", "Tapak", "Khu dân cư", "محله"),
    "block": ("Block", "Blok", "Lô", "بلوک"),
    "unit": ("Unit", "Unit", "Căn hộ", "واحد"),
    "floor": ("Floor", "Tingkat", "Tầng", "طبقه"),
    "area_code": ("Area code", "Kod kawasan", "Mã địa bàn", "کد منطقه"),
    "area_name": ("Area", "Kawasan", "Địa bàn", "منطقه"),
    "all_areas": ("All areas", "Semua kawasan", "Tất cả địa bàn", "همه مناطق"),
    # coverage
    "listed": ("Households listed", "Isi rumah disenaraikan", "Hộ trong danh sách",
               "خانوارهای فهرست‌شده"),
    "visited": ("Visited", "Dilawati", "Đã đến", "مراجعه‌شده"),
    "no_interview": ("Visited, no interview", "Dilawati, tiada temu bual",
                     "Đã đến, không phỏng vấn được", "مراجعه‌شده، بدون مصاحبه"),
    "in_progress": ("In progress", "Sedang dijalankan", "Đang thực hiện", "در حال انجام"),
    "completed": ("Interview complete", "Temu bual selesai", "Đã hoàn thành phỏng vấn",
                  "مصاحبه تکمیل‌شده"),
    "approved": ("Approved", "Diluluskan", "Đã duyệt", "تأییدشده"),
    "returned": ("Returned for correction", "Dikembalikan untuk pembetulan", "Trả lại để sửa",
                 "برگشت برای اصلاح"),
    "coverage_rate": ("Coverage", "Liputan", "Tỷ lệ hoàn thành", "درصد پوشش"),
    # poverty
    "standard": ("Poverty standard", "Piawaian kemiskinan", "Chuẩn nghèo", "معیار فقر"),
    "standard_version": ("Version", "Versi", "Phiên bản", "نسخه"),
    "assessed": ("Households assessed", "Isi rumah dinilai", "Hộ đã đánh giá",
                 "خانوارهای ارزیابی‌شده"),
    "persons": ("Persons", "Orang", "Số người", "نفر"),
    "households_n": ("Households", "Isi rumah", "Số hộ", "خانوار"),
    "share": ("share of households", "peratus isi rumah", "tỷ lệ hộ", "سهم خانوارها"),
    "unscored": ("Answers that could not be scored", "Jawapan yang tidak dapat dinilai",
                 "Câu trả lời không chấm điểm được", "پاسخ‌های غیرقابل امتیازدهی"),
    "H": ("Headcount ratio H", "Nisbah bilangan H", "Tỷ lệ nghèo H", "نسبت سرشمار H"),
    "A": ("Intensity A", "Keamatan A", "Cường độ A", "شدت A"),
    "M0": ("Adjusted headcount M0", "Nisbah terlaras M0", "Chỉ số MPI M0", "سرشمار تعدیل‌شده M0"),
    "exported": ("Exported (UTC)", "Dieksport (UTC)", "Thời điểm xuất (UTC)", "زمان خروجی (UTC)"),
    "workspace_country": ("Country", "Negara", "Quốc gia", "کشور"),
    # households
    "household_id": ("household_id", "household_id", "household_id", "household_id"),
    "head_name": ("Head of household", "Ketua isi rumah", "Chủ hộ", "سرپرست خانوار"),
    "national_id": ("National ID", "No. KP", "Số định danh", "کد ملی"),
    "phone": ("Phone", "Telefon", "Điện thoại", "تلفن"),
    "household_size": ("Household size", "Bilangan ahli isi rumah", "Số nhân khẩu",
                       "بعد خانوار"),
    "source": ("Source", "Sumber", "Nguồn", "منبع"),
    "visit_status": ("Visit status", "Status lawatan", "Trạng thái khảo sát", "وضعیت مراجعه"),
    "interview_status": ("Interview status", "Status temu bual", "Trạng thái phiếu",
                         "وضعیت مصاحبه"),
    "completed_at": ("Completed (UTC)", "Selesai (UTC)", "Hoàn thành lúc (UTC)",
                     "زمان تکمیل (UTC)"),
    "enumerator": ("Enumerator", "Pembanci", "Điều tra viên", "پرسشگر"),
    "income_per_capita": ("Income per capita", "Pendapatan per kapita",
                          "Thu nhập bình quân đầu người", "درآمد سرانه"),
    "poverty_status": ("Poverty status", "Status kemiskinan", "Tình trạng nghèo", "وضعیت فقر"),
    "score": ("Deprivation score", "Skor kekurangan", "Điểm thiếu hụt", "امتیاز محرومیت"),
    "deprived_count": ("Indicators deprived", "Penunjuk kekurangan", "Số chỉ số thiếu hụt",
                       "شاخص‌های محرومیت"),
    # members
    "line_number": ("Line", "Baris", "Dòng", "ردیف"),
    "relationship": ("Relationship to head", "Hubungan dengan ketua", "Quan hệ với chủ hộ",
                     "نسبت با سرپرست"),
    "name": ("Name", "Nama", "Họ và tên", "نام"),
    "sex": ("Sex", "Jantina", "Giới tính", "جنس"),
    "birth_date": ("Date of birth", "Tarikh lahir", "Ngày sinh", "تاریخ تولد"),
}
# Codes stored in the database, shown as words when the user asks for labels.
VALUES: dict[str, tuple[str, str, str, str]] = {
    "not_visited": ("Not visited", "Belum dilawati", "Chưa đến", "مراجعه‌نشده"),
    "in_progress": ("In progress", "Sedang dijalankan", "Đang thực hiện", "در حال انجام"),
    "complete": ("Complete", "Selesai", "Hoàn thành", "تکمیل‌شده"),
    "synced": ("Synced", "Disegerakkan", "Đã đồng bộ", "همگام‌شده"),
    "returned": ("Returned for correction", "Dikembalikan untuk pembetulan", "Trả lại để sửa",
                 "برگشت برای اصلاح"),
    "approved": ("Approved", "Diluluskan", "Đã duyệt", "تأییدشده"),
    "not_found": ("Not found", "Tidak ditemui", "Không gặp được hộ", "پیدا نشد"),
    "refused": ("Refused", "Enggan", "Từ chối phỏng vấn", "امتناع از مصاحبه"),
    "draft": ("Draft", "Draf", "Bản nháp", "پیش‌نویس"),
    "rejected": ("Rejected", "Ditolak", "Bị từ chối", "ردشده"),
    "census": ("Census list", "Senarai banci", "Danh sách rà soát", "فهرست سرشماری"),
    "new": ("Found in the field", "Ditemui di lapangan", "Phát hiện khi khảo sát",
            "یافته‌شده در میدان"),
    "male": ("Male", "Lelaki", "Nam", "مرد"),
    "female": ("Female", "Perempuan", "Nữ", "زن"),
    "head": ("Head", "Ketua", "Chủ hộ", "سرپرست"),
}
# fmt: on


def language(lang: str) -> str:
    """`lang` when Tinjau speaks it, else English."""
    return lang if lang in LANGUAGES else "en"


def word(key: str, lang: str) -> str:
    """A header or phrase in `lang` (English when the language is unknown)."""
    return WORDS[key][LANGUAGES.index(language(lang))]


def value_label(code: str, lang: str) -> str:
    """A stored code in words, or the code itself when it has none (a form's own choice)."""
    words = VALUES.get(code)
    return code if words is None else words[LANGUAGES.index(language(lang))]
