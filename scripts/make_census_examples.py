"""Write the sample census lists under docs/examples/ (one .csv and one .xlsx per country).

Run `.venv/bin/python scripts/make_census_examples.py` after changing the samples or the
template's headers; tests/survey/test_census_countries.py checks the committed files match.
The people are made up; their ID numbers pass the country's checks.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.survey.census_template import write_list  # noqa: E402
from app.survey.countries import COUNTRIES  # noqa: E402

EXAMPLES = Path(__file__).resolve().parent.parent / "docs" / "examples"

# unit, block, head's name, national ID, phone, household size
SAMPLES: dict[str, list[tuple[str, str, str, str, str, str]]] = {
    "my": [
        ("A-01-01", "", "Siti Aminah binti Ali", "800101-14-5671", "012-345 6789", "4"),
        ("A-01-02", "", "Tan Ah Kow", "850612-10-5432", "+60 13-222 3344", "3"),
        ("02-05", "A", "Muthu a/l Raman", "920304-08-6218", "", "6"),
        ("No. 3-11, Blok A", "", "Nurul Huda binti Ahmad", "", "03-2274 1234", "2"),
    ],
    "vn": [
        ("A-01-01", "", "Nguyễn Văn An", "079089012345", "0912 345 678", "4"),
        ("A-01-02", "", "Trần Thị Bình", "079192003456", "+84 903 123 456", "3"),
        ("02-05", "A", "Lê Minh Châu", "001078005678", "", "5"),
        ("A-03-11", "", "Phạm Thị Dung", "", "028 3823 4567", "2"),
    ],
    "ir": [
        ("A-01-01", "", "علی رضایی", "0042156386", "0912 345 6789", "4"),
        ("A-01-02", "", "فاطمه محمدی", "۱۲۷۸۴۵۹۳۰۸", "+98 912 111 2233", "3"),
        ("۰۲-۰۵", "A", "حسین احمدی", "2459113072", "", "5"),
        ("A-03-11", "", "زهرا کریمی", "", "۰۲۱ ۲۲۲۲ ۳۳۳۳", "2"),
    ],
}


def main() -> None:
    EXAMPLES.mkdir(exist_ok=True)
    for code, rows in SAMPLES.items():
        for suffix in ("csv", "xlsx"):
            write_list(EXAMPLES / f"census-{code}.{suffix}", COUNTRIES[code], rows)


if __name__ == "__main__":
    main()
