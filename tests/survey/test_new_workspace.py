"""`tinjau init` starts a real survey: a workspace for one country with its area path and no
households; `tinjau census template` and the sample lists under docs/examples/ use each country's
headers, and a list is checked by the rules of the workspace's country."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from app.survey.census_file import read_census
from app.survey.census_template import TEMPLATE_HEADERS, write_list
from app.survey.countries import COUNTRIES
from app.survey.db import cipher
from tests.workspace_files import digests

EXAMPLES = Path(__file__).resolve().parent.parent.parent / "docs" / "examples"
AREAS = {
    "my": ("kuala_lumpur/lembah-pantai/kerinchi/ppr-sri-pantai",
           ["Kuala Lumpur", "Lembah Pantai", "Kerinchi", "PPR Sri Pantai"]),
    "vn": ("ho_chi_minh/quan-8/phuong-5/to-12",
           ["Thành phố Hồ Chí Minh", "Quận 8", "Phường 5", "Tổ dân phố 12"]),
    "ir": ("tehran/tehran/tehran/mantaqe-12",
           ["تهران", "شهرستان تهران", "شهر تهران", "منطقه ۱۲"]),
}  # fmt: skip


def init(folder: Path, code: str) -> int:
    path, names = AREAS[code]
    return main(["init", "--data-dir", str(folder), "--country", code, "--area", path,
                 "--name", *names])  # fmt: skip


@pytest.mark.parametrize("code", sorted(COUNTRIES))
def test_init_makes_the_country_and_its_area_path_with_no_households(
    tmp_path: Path, code: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The workspace records its country, holds the four areas with their names and path codes
    and no household, and the command says what to do next with the --site to use."""
    folder = tmp_path / "survey"
    assert init(folder, code) == 0
    out = capsys.readouterr().out
    path, names = AREAS[code]
    assert f"--site {path}" in out and f"census template LIST.xlsx --country {code}" in out
    assert COUNTRIES[code].levels[3] in out
    with cipher.connect_workspace(folder / "tinjau.sqlite") as conn:
        assert conn.execute("SELECT value FROM meta WHERE key = 'country'").fetchone() == (code,)
        areas = conn.execute("SELECT level, path_code, name FROM areas ORDER BY length(path_code)")
        assert [a[2] for a in areas] == names
        assert conn.execute("SELECT path_code FROM areas WHERE level = 'site'").fetchone() == (
            path,
        )
        assert conn.execute("SELECT count(*) FROM households").fetchone() == (0,)


@pytest.mark.parametrize("code", sorted(COUNTRIES))
def test_the_sample_list_imports_into_its_countrys_workspace(tmp_path: Path, code: str) -> None:
    """Each country's sample .csv and .xlsx import into a new workspace of that country: four
    households, IDs and phones stored in the country's form, the .xlsx then changing nothing."""
    folder = tmp_path / "survey"
    assert init(folder, code) == 0
    site = AREAS[code][0]
    for suffix in ("csv", "xlsx"):
        sample = EXAMPLES / f"census-{code}.{suffix}"
        assert (
            main(["census", "import", str(sample), "--data-dir", str(folder), "--site", site]) == 0
        )
    with cipher.connect_workspace(folder / "tinjau.sqlite") as conn:
        rows = conn.execute(
            "SELECT u.path_code, h.head_national_id, h.phone, h.source FROM households h "
            "JOIN areas u ON u.id = h.unit_id ORDER BY u.path_code"
        ).fetchall()
    assert len(rows) == 4 and {r[3] for r in rows} == {"census"}
    assert all(r[0].startswith(site + "/A/A-") for r in rows)
    ids = [r[1] for r in rows if r[1]]
    assert len(ids) == 3 and all(i.isascii() and i.isdigit() for i in ids)
    assert all(p.startswith("0") and p.isascii() for p in (r[2] for r in rows) if p)
    with cipher.connect_workspace(
        folder / "tinjau.sqlite"
    ) as conn:  # the block named in its language
        blocks = conn.execute("SELECT name FROM areas WHERE level = 'block'").fetchall()
    assert blocks == [({"my": "Blok A", "vn": "Lô A", "ir": "بلوک A"}[code],)]


@pytest.mark.parametrize(("list_of", "workspace"), [("vn", "my"), ("ir", "vn"), ("my", "ir")])
def test_another_countrys_list_is_refused_and_changes_nothing(
    tmp_path: Path, list_of: str, workspace: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A list whose IDs follow another country's rules is refused, naming the rows and the
    workspace country's ID, and the workspace's files are byte-identical afterwards."""
    folder = tmp_path / "survey"
    assert init(folder, workspace) == 0
    before = digests(folder)
    sample = EXAMPLES / f"census-{list_of}.csv"
    site = AREAS[workspace][0]
    assert main(["census", "import", str(sample), "--data-dir", str(folder), "--site", site]) == 1
    err = capsys.readouterr().err
    assert "national ID" in err and "Traceback" not in err
    assert digests(folder) == before


def test_init_refuses_a_folder_that_already_holds_a_workspace(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A second `tinjau init` in the same folder is a sentence, and every file stays as it was."""
    folder = tmp_path / "survey"
    assert init(folder, "vn") == 0
    before = digests(folder)
    assert init(folder, "ir") == 1
    assert "already holds a Tinjau workspace" in capsys.readouterr().err
    assert digests(folder) == before


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--area", "a/b c/d"], "is not an area path"),
        (["--area", "a/b/c/d/e"], "up to 4 codes"),
        (["--area", "a/b", "--name", "A", "B", "C"], "3 names for 2 areas"),
        (["--name", "A"], "give --area too"),
    ],
)
def test_a_bad_area_is_refused_before_any_folder_is_made(
    tmp_path: Path, args: list[str], says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """An area path or names that cannot be used are refused with a sentence; no folder is made."""
    folder = tmp_path / "survey"
    assert main(["init", "--data-dir", str(folder), "--country", "my", *args]) == 1
    err = capsys.readouterr().err
    assert says in err and "Traceback" not in err
    assert not folder.exists()


@pytest.mark.parametrize("code", sorted(COUNTRIES))
def test_census_template_writes_the_countrys_headers_and_reads_back_empty(
    tmp_path: Path, code: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The template's first sheet is the country's header row, which the importer reads as a
    list with no households; a README sheet explains the columns; an existing file is kept."""
    out = tmp_path / "list.xlsx"
    assert main(["census", "template", str(out), "--country", code]) == 0
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Households", "README"]
    assert tuple(c.value for c in book["Households"][1]) == TEMPLATE_HEADERS[code]
    assert read_census(out, country=code) == []
    before = out.read_bytes()
    assert main(["census", "template", str(out), "--country", code]) == 1
    assert "already exists" in capsys.readouterr().err
    assert out.read_bytes() == before


@pytest.mark.parametrize("code", sorted(COUNTRIES))
def test_the_committed_samples_are_what_the_script_writes(tmp_path: Path, code: str) -> None:
    """docs/examples/ holds what scripts/make_census_examples.py writes (cell by cell)."""
    from scripts.make_census_examples import SAMPLES

    for suffix in ("csv", "xlsx"):
        fresh = tmp_path / f"census-{code}.{suffix}"
        write_list(fresh, COUNTRIES[code], SAMPLES[code])
        committed = EXAMPLES / fresh.name
        if suffix == "csv":
            assert committed.read_bytes() == fresh.read_bytes()
        else:
            cells = [
                [[c.value for c in row] for row in openpyxl.load_workbook(p).worksheets[0]]
                for p in (committed, fresh)
            ]
            assert cells[0] == cells[1]


def test_headers_and_cells_as_vietnamese_and_persian_lists_type_them(tmp_path: Path) -> None:
    """Decomposed Vietnamese accents, Arabic-keyboard Persian letters, a block written 'TÒA B'
    or 'بلوک ۳', and Persian digits in a household size are all read."""
    import unicodedata

    vn = tmp_path / "vn.csv"
    header = unicodedata.normalize("NFD", "Địa chỉ,Tòa nhà,Họ và tên chủ hộ,Số nhân khẩu")
    vn.write_text(f"{header}\n02-05,TÒA B,Lê Minh Châu,5\n", encoding="utf-8")
    (row,) = read_census(vn, country="vn")
    assert (row.unit, row.block, row.household_size) == ("02-05", "B", 5)
    ir = tmp_path / "ir.csv"
    # "کد ملی" typed on an Arabic keyboard (ك and ي).
    ir.write_text(
        "نشانی,بلوک,نام سرپرست خانوار,كد ملي,تعداد اعضا\n۰۲-۰۵,بلوک ۳,حسین احمدی,۲۴۵۹۱۱۳۰۷۲,۵\n",
        encoding="utf-8",
    )
    (row,) = read_census(ir, country="ir")
    assert (row.block, row.national_id, row.household_size) == ("3", "2459113072", 5)


def test_init_refuses_a_folder_holding_other_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder with someone's files in it is not made a workspace; its files stay as they were."""
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    before = digests(folder)
    assert init(folder, "my") == 1
    assert "is not empty" in capsys.readouterr().err
    assert digests(folder) == before and sorted(p.name for p in folder.iterdir()) == ["notes.txt"]


def test_area_codes_made_from_names_are_path_codes() -> None:
    """The app makes codes from the names typed: lower case, words joined by '-', accents kept,
    Persian digits as 0-9."""
    from app.survey.new_workspace import area_code

    assert area_code("Quận 8") == "quận-8"
    assert area_code("  PPR Sri Pantai (Fasa 2) ") == "ppr-sri-pantai-fasa-2"
    assert area_code("منطقه ۱۲") == "منطقه-12"
