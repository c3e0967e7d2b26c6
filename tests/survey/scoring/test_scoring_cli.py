"""The `tinjau standards list`, `tinjau score` and `tinjau measure` commands, run as processes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.survey.scoring.scoring_households import household

ROOT = Path(__file__).resolve().parents[3]


def tinjau(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_standards_list_shows_id_version_name_verified() -> None:
    """The list names every shipped standard with its version and whether it is fully verified."""
    out = tinjau("standards", "list", "--json")
    assert out.returncode == 0, out.stderr
    rows = {row["id"]: row for row in map(json.loads, out.stdout.splitlines())}
    assert set(rows) == {
        "my-ekasih-pgk",
        "vn-2016-2020",
        "vn-2022-2025",
        "vn-hcmc-2019-2020",
        "global-mpi-2018",
    }
    assert rows["global-mpi-2018"]["verified"] is True
    assert rows["my-ekasih-pgk"]["verified"] is False
    table = tinjau("standards", "list")
    assert "vn-hcmc-2019-2020" in table.stdout and "verified" in table.stdout.splitlines()[0]


def test_score_prints_one_json_line_per_household(tmp_path: Path) -> None:
    """Two households give two JSON lines: status, label, score, deprived, explanation."""
    path = tmp_path / "households.json"
    households = [
        household(
            ["health_insurance", "latrine", "information_assets"], income=1_350_000, stratum="rural"
        ),
        household(income=9_000_000, stratum="urban"),
    ]
    path.write_text(json.dumps(households), encoding="utf-8")
    out = tinjau("score", "--standard", "vn-2022-2025", "--input", str(path), "--lang", "vi")
    assert out.returncode == 0, out.stderr
    first, second = map(json.loads, out.stdout.splitlines())
    assert (first["status"], first["label"], first["score"]) == ("poor", "Hộ nghèo", "1/4")
    assert first["deprived"]["latrine"] is True and first["deprived"]["telecom"] is False
    assert "1.350.000" in first["explanation"]
    assert second["status"] == "not_poor"


def test_score_reads_one_household_from_stdin() -> None:
    """`--input -` reads a single answer object from standard input."""
    answers = {"state": "johor", "stratum": "urban", "income_per_capita": 347}
    out = tinjau("score", "--standard", "my-ekasih-pgk", "--input", "-", stdin=json.dumps(answers))
    assert out.returncode == 0, out.stderr
    [line] = out.stdout.splitlines()
    assert json.loads(line)["status"] == "miskin"


def test_measure_prints_alkire_foster_json(tmp_path: Path) -> None:
    """measure gives H, A, M0, censored headcounts and contributions, overall and per area."""
    poor = household(["years_of_schooling", "school_attendance"])
    fine = household()
    fine["state"] = "ha_noi"
    path = tmp_path / "h.json"
    path.write_text(json.dumps([poor, fine]), encoding="utf-8")
    out = tinjau(
        "measure",
        "--standard",
        "global-mpi-2018",
        "--input",
        str(path),
        "--unit",
        "household",
        "--by",
        "state",
    )
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert (result["H"], result["A"]) == (0.5, 1 / 3)
    assert result["exact"]["M0"] == "1/6"
    assert set(result["censored_headcount"]) == set(result["contribution"])
    assert result["areas"]["ha_noi"]["H"] == 0.0 and result["areas"]["ho_chi_minh"]["H"] == 1.0
    k = tinjau("measure", "--standard", "global-mpi-2018", "--input", str(path), "--k", "1/2")
    assert json.loads(k.stdout)["H"] == 0.0


def test_broken_standard_file_is_refused_with_file_and_line(tmp_path: Path) -> None:
    """--standard-file with an error exits 1 and prints file:line: message, no traceback."""
    source = (ROOT / "resources" / "standards" / "global-mpi-2018.toml").read_text(encoding="utf-8")
    broken = tmp_path / "mine.toml"
    broken.write_text(source.replace('weight = "1/6"', 'weight = "1/7"', 1), encoding="utf-8")
    answers = tmp_path / "a.json"
    answers.write_text("{}", encoding="utf-8")
    out = tinjau(
        "score",
        "--standard",
        "global-mpi-2018",
        "--standard-file",
        str(broken),
        "--input",
        str(answers),
    )
    assert out.returncode == 1
    assert f"{broken}:" in out.stderr and "add up to" in out.stderr
    assert "Traceback" not in out.stderr


def test_bad_input_json_is_a_sentence(tmp_path: Path) -> None:
    """Input that is not JSON gives an error naming the line, and exit code 1."""
    path = tmp_path / "h.json"
    path.write_text("{not json", encoding="utf-8")
    out = tinjau("score", "--standard", "vn-2022-2025", "--input", str(path))
    assert out.returncode == 1 and "not valid JSON (line 1" in out.stderr


def test_bad_standard_input_is_named_in_words() -> None:
    """Bad JSON on standard input is reported as "The standard input", not as "-"."""
    out = tinjau("score", "--standard", "vn-2022-2025", "--input", "-", stdin="{nope")
    assert out.returncode == 1
    assert "The standard input is not valid JSON (line 1" in out.stderr


def test_a_folder_given_as_standard_file_is_named_a_folder(tmp_path: Path) -> None:
    """--standard-file pointing at a folder says it is a folder, not that it does not exist."""
    out = tinjau("score", "--standard", "x", "--standard-file", str(tmp_path), "--input", "-")
    assert out.returncode == 1 and "is a folder" in out.stderr


def test_input_that_is_not_utf8_is_a_sentence(tmp_path: Path) -> None:
    """Input bytes that are not UTF-8 give a sentence asking for UTF-8, not a traceback."""
    path = tmp_path / "h.json"
    path.write_bytes(b"\xff{}")
    out = tinjau("score", "--standard", "vn-2022-2025", "--input", str(path))
    assert out.returncode == 1 and "not UTF-8" in out.stderr
    assert "Traceback" not in out.stderr


def test_standards_rescore_refuses_a_folder_without_data(tmp_path: Path) -> None:
    """`standards rescore` on a folder holding no database says so and creates nothing there."""
    folder = tmp_path / "typo"
    out = tinjau("standards", "rescore", "--data-dir", str(folder))
    assert out.returncode == 1 and "holds no Tinjau data" in out.stderr
    assert not folder.exists()


def test_standards_rescore_scores_a_data_folder(tmp_path: Path) -> None:
    """`standards rescore` writes scores for a data folder's interviews, then finds them current."""
    from app.survey.db import open_database
    from app.survey.db.models import Area, Household, Interview

    db = open_database(tmp_path / "tinjau.sqlite")
    with db.session() as s, s.begin():
        unit = Area(level="unit", code="A-1", path_code="A-1", name="A-1")
        s.add(unit)
        s.flush()
        home = Household(unit_id=unit.id, head_name="Head")
        s.add(home)
        s.flush()
        s.add(Interview(household_id=home.id, form_id="h", form_version="1", answers=household()))
    db.close()
    args = ("standards", "rescore", "--data-dir", str(tmp_path), "--standard", "global-mpi-2018")
    first = tinjau(*args)
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout) == {
        "standard": "global-mpi-2018",
        "version": "1.0",
        "rescored": 1,
        "current": 0,
    }
    again = tinjau(*args)
    assert json.loads(again.stdout)["rescored"] == 0


def test_the_household_form_and_the_standards_agree(tmp_path: Path) -> None:
    """Answers filled through the shipped household form score as the raw answers do: the form's
    income_per_capita equals the standards' fallback sum, and every field name resolves."""
    form = ROOT / "resources" / "forms" / "household.xlsx"
    raw = household(["health_insurance", "latrine", "information_assets"], stratum="rural")
    del raw["income_per_capita"]
    raw["members"][0]["income_wages"] = 2_500_000
    raw["members"][1]["income_self_employment"] = 1_550_000
    answers = tmp_path / "raw.json"
    answers.write_text(json.dumps(raw), encoding="utf-8")
    filled = tinjau("form", "fill", str(form), "--answers", str(answers),
                    "--cache-dir", str(tmp_path / "cache"))  # fmt: skip
    assert filled.returncode == 0, filled.stderr
    values = json.loads(filled.stdout)["values"]
    assert values["income_per_capita"] == 1_350_000
    (tmp_path / "filled.json").write_text(json.dumps([values, raw]), encoding="utf-8")
    for standard in ("vn-2022-2025", "global-mpi-2018", "my-ekasih-pgk"):
        out = tinjau("score", "--standard", standard, "--input", str(tmp_path / "filled.json"))
        from_form, from_raw = map(json.loads, out.stdout.splitlines())
        assert from_form["status"] == from_raw["status"], standard
        assert from_form["deprived"] == from_raw["deprived"], standard
        assert from_form["income_per_capita"] == from_raw["income_per_capita"], standard
